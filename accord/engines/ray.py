"""The Ray engine: the same work classes as Ray Data actors (``map_batches``), tables read with
``read_parquet`` and written with ``write_parquet`` by the workers.

Needs the optional extra: ``pip install 'accord[ray]'``. Every worker runs with one BLAS thread
(``OMP/OPENBLAS/MKL_NUM_THREADS=1``), as the local engine does, so results do not depend on the
number of workers. Row order is preserved (``preserve_order``): outputs come back in input order.
"""
from __future__ import annotations

import logging
import os
import pickle
from typing import Any, Iterator

from accord.engines.work import BLAS_THREADS, schema
from accord.errors import AccordError

ENV = {name: "1" for name in BLAS_THREADS} | {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def _ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401 - Ray Data is part of the extra
    except ImportError as exc:
        raise AccordError(f"--engine ray needs Ray: pip install 'accord[ray]' ({exc})") from None
    return ray


class _Batches:
    """A Ray Data actor: builds the work object once (models load once per actor), then turns each
    Arrow batch into rows, runs the work and returns an Arrow table of the row kind's schema."""

    def __init__(self, work: type, kwargs: dict[str, Any], kind: str) -> None:
        from accord.engines.work import pin_threads

        pin_threads()
        self.work = work(**kwargs)
        self.schema = schema(kind)

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        rows = self.work(batch.to_pylist())
        names = self.schema.names
        return pa.Table.from_pylist([{n: r.get(n) for n in names} for r in rows], schema=self.schema)


class _Groups(_Batches):
    """The actor for ``per_group``: each input row holds one group's rows (pickled); the work
    object gets one group at a time."""

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        rows = [r for packed in batch.column("rows").to_pylist() for r in self.work(pickle.loads(packed))]
        names = self.schema.names
        return pa.Table.from_pylist([{n: r.get(n) for n in names} for r in rows], schema=self.schema)


_MADE: dict[tuple[type, str], Any] = {}  # work objects of this worker process (task stages)


def _task(batch: Any, work: type, kwargs: dict[str, Any], kind: str, nested: bool = False) -> Any:
    """A light stage as Ray tasks: the work object is built once per worker process and reused."""
    import hashlib

    key = (work, hashlib.sha1(pickle.dumps(sorted(kwargs.items()))).hexdigest())
    if key not in _MADE:
        _MADE[key] = _Groups(work, kwargs, kind) if nested else _Batches(work, kwargs, kind)
    return _MADE[key](batch)


def _nest(group: Any) -> Any:
    """One group's rows → one row holding them (pickled), so a batch of one is one whole group."""
    import pyarrow as pa

    return pa.table({"rows": [pickle.dumps(group.to_pylist())]})


class RayEngine:
    name = "ray"

    def __init__(self, address: str | None = None, workers: int | None = None) -> None:
        from accord.engines.work import pin_threads

        pin_threads()  # the reconcile runs here, in the driver: one BLAS thread as in every worker
        ray = _ray()
        self.ray = ray
        self.started = False
        if not ray.is_initialized():
            kwargs: dict[str, Any] = {"runtime_env": {"env_vars": ENV}, "include_dashboard": False,
                                      "log_to_driver": False, "logging_level": logging.WARNING}
            if address:
                kwargs["address"] = address
            else:
                kwargs["num_cpus"] = workers or os.cpu_count() or 1
            try:
                ray.init(**kwargs)
            except Exception as exc:  # noqa: BLE001 - an unreachable cluster is one line, not a traceback
                raise AccordError(f"cannot start or reach Ray{f' at {address}' if address else ''}: {exc}") from None
            self.started = True
        cpus = int(ray.cluster_resources().get("CPU", 1))
        self.workers = max(1, min(workers or cpus, cpus))
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True  # outputs in input order, as the local engine
        ctx.enable_progress_bars = False  # accord prints one progress line per stage
        ctx.print_on_execution_start = False
        for name in ("ray.data", "ray"):
            logging.getLogger(name).setLevel(logging.WARNING)

    def __enter__(self) -> "RayEngine":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _compute(self, size: int | None = None) -> Any:
        return self.ray.data.ActorPoolStrategy(size=size or self.workers)

    # Scheduling rule (2 CPUs must never deadlock): an actor pool takes every worker CPU, so the
    # input of an actor stage is computed before its actors start and its output is materialised
    # before the next stage runs.
    def rows(self, rows: list[dict[str, Any]], kind: str) -> Any:
        import pyarrow as pa

        sch = schema(kind)
        table = pa.Table.from_pylist([{n: r.get(n) for n in sch.names} for r in rows], schema=sch)
        step = max(1, -(-len(rows) // (self.workers * 4)))
        return self.ray.data.from_arrow([table.slice(i, step) for i in range(0, max(len(rows), 1), step)])

    def read_parquet(self, paths: list[str]) -> Any:
        return self.ray.data.read_parquet(paths).materialize()

    def _apply(self, data: Any, adapter: type, work: type, kwargs: dict[str, Any], kind: str, batch_size: int) -> Any:
        """Work that loads models (``work.models``) runs in an actor pool (models load once per
        actor); light work runs as tasks (no actor start-up per stage)."""
        args = {"work": work, "kwargs": kwargs, "kind": kind}
        data = data.materialize()
        if getattr(work, "models", False):
            out = data.map_batches(adapter, fn_constructor_kwargs=args, batch_format="pyarrow",
                                   batch_size=batch_size, compute=self._compute())
        else:
            out = data.map_batches(_task, fn_kwargs={**args, "nested": adapter is _Groups},
                                   batch_format="pyarrow", batch_size=batch_size)
        return out.materialize()

    def map(self, data: Any, work: type, kwargs: dict[str, Any], kind: str, batch_size: int = 32) -> Any:
        return self._apply(data, _Batches, work, kwargs, kind, batch_size)

    def per_group(self, data: Any, key: str, work: type, kwargs: dict[str, Any], kind: str) -> Any:
        nested = data.groupby(key).map_groups(_nest, batch_format="pyarrow")
        return self._apply(nested, _Groups, work, kwargs, kind, 1)

    def keep(self, data: Any) -> Any:
        """Compute once and hold in the object store (the data is read more than once)."""
        return data.materialize()

    def where(self, data: Any, column: str, present: bool) -> Any:
        import pyarrow.compute as pc

        def keep(batch: Any) -> Any:
            mask = pc.is_valid(batch[column]) if present else pc.is_null(batch[column])
            return batch.filter(mask)

        return data.map_batches(keep, batch_format="pyarrow")  # callers pass computed data: no actor waits

    def collect(self, data: Any, columns: list[str] | None = None) -> list[dict[str, Any]]:
        if columns is not None:
            data = data.select_columns(columns)
        return [row for batch in data.iter_batches(batch_format="pyarrow", batch_size=4096) for row in batch.to_pylist()]

    def stream(self, data: Any) -> Iterator[dict[str, Any]]:
        for batch in data.iter_batches(batch_format="pyarrow", batch_size=256):
            yield from batch.to_pylist()

    def write(self, data: Any, path: str, kind: str) -> int:
        """Parquet files in the folder ``path``, written by the workers (into a temporary folder,
        renamed when complete: a killed run never leaves a half-written table under the real name)."""
        import shutil
        from pathlib import Path

        tmp = Path(path).with_name(Path(path).name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        data = data.materialize()
        n = data.count()
        if n:
            data.write_parquet(str(tmp))
        else:
            from accord.engines.local import LocalEngine

            LocalEngine().write([], str(tmp), kind)
        shutil.rmtree(path, ignore_errors=True)
        tmp.rename(path)
        return n

    def close(self) -> None:
        if self.started and self.ray.is_initialized():
            self.ray.shutdown()
