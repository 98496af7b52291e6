"""The local engine: the work classes called in this process, rows as lists of dicts, tables
written with pyarrow. The reference the Ray engine must match."""
from __future__ import annotations

import hashlib
import itertools
import pickle
from pathlib import Path
from typing import Any, Iterator

from accord.engines.work import pin_threads, schema

Rows = list[dict[str, Any]]


class LocalEngine:
    name = "local"

    def __init__(self, workers: int = 1) -> None:
        pin_threads()  # the same one BLAS thread as every Ray worker: identical floating point
        self.workers = workers
        self._made: dict[tuple[type, str], Any] = {}  # work objects by class and arguments

    def __enter__(self) -> "LocalEngine":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _work(self, work: type, kwargs: dict[str, Any]) -> Any:
        key = (work, hashlib.sha1(pickle.dumps(sorted(kwargs.items()))).hexdigest())
        if key not in self._made:  # built once, as a Ray actor is: models load once
            self._made[key] = work(**kwargs)
        return self._made[key]

    def rows(self, rows: Rows, kind: str) -> Rows:
        return list(rows)

    def read_parquet(self, paths: list[str]) -> Rows:
        import pyarrow.parquet as pq

        return [row for p in paths for row in pq.read_table(p).to_pylist()]

    def map(self, data: Rows, work: type, kwargs: dict[str, Any], kind: str, batch_size: int = 32) -> Rows:
        fn = self._work(work, kwargs)
        out: Rows = []
        it = iter(data)
        while batch := list(itertools.islice(it, batch_size)):
            out.extend(fn(batch))
        return out

    def per_group(self, data: Rows, key: str, work: type, kwargs: dict[str, Any], kind: str) -> Rows:
        fn = self._work(work, kwargs)
        groups: dict[Any, Rows] = {}
        for row in data:
            groups.setdefault(row[key], []).append(row)
        return [r for k in sorted(groups) for r in fn(groups[k])]

    def keep(self, data: Rows) -> Rows:
        return data

    def where(self, data: Rows, column: str, present: bool) -> Rows:
        return [r for r in data if (r.get(column) is not None) == present]

    def collect(self, data: Rows, columns: list[str] | None = None) -> Rows:
        return data if columns is None else [{c: r.get(c) for c in columns} for r in data]

    def stream(self, data: Rows) -> Iterator[dict[str, Any]]:
        return iter(data)

    def write(self, data: Rows, path: str, kind: str) -> int:
        """One Parquet file in the folder ``path`` (written under a temporary name, then renamed)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        sch = schema(kind)
        table = pa.Table.from_pylist([{f: r.get(f) for f in sch.names} for r in data], schema=sch)
        Path(path).mkdir(parents=True, exist_ok=True)
        tmp = Path(path) / ".part-0.parquet.tmp"
        pq.write_table(table, tmp)
        tmp.rename(Path(path) / "part-0.parquet")
        return table.num_rows

    def close(self) -> None:
        self._made.clear()
