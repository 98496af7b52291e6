"""Engines: where accord's per-article and per-story work runs — this process, or a Ray cluster.

Both engines run the same callables (``accord.engines.work``) on the same rows and give the same
results; only the placement differs. ``local`` needs nothing beyond accord; ``ray`` needs the
optional extra (``pip install 'accord[ray]'``) and is imported only when asked for, so the base
install never imports Ray.

    from accord.engines import engine
    with engine("ray", address="auto") as eng:      # or engine("local")
        result = grouping.run(eng, rows, options)
"""
from __future__ import annotations

from typing import Any, Iterator, Protocol

from accord.errors import AccordError

ENGINES = ("local", "ray")


class Engine(Protocol):
    """What the pipeline asks of an engine. ``Data`` is the engine's own handle (a list of rows
    locally, a Ray Dataset on Ray); work classes come from ``accord.engines.work``."""

    name: str
    workers: int

    def rows(self, rows: list[dict[str, Any]], kind: str) -> Any: ...
    def read_parquet(self, paths: list[str]) -> Any: ...
    def map(self, data: Any, work: type, kwargs: dict[str, Any], kind: str, batch_size: int = 32) -> Any: ...
    def per_group(self, data: Any, key: str, work: type, kwargs: dict[str, Any], kind: str) -> Any: ...
    def keep(self, data: Any) -> Any: ...
    def where(self, data: Any, column: str, present: bool) -> Any: ...
    def collect(self, data: Any, columns: list[str] | None = None) -> list[dict[str, Any]]: ...
    def stream(self, data: Any) -> Iterator[dict[str, Any]]: ...
    def write(self, data: Any, path: str, kind: str) -> int: ...
    def close(self) -> None: ...


def engine(name: str = "local", address: str | None = None, workers: int | None = None) -> Any:
    """An engine by name. ``address`` (Ray only): ``auto`` (a running cluster on this machine) or
    ``ray://HOST:PORT``; without it Ray starts locally with ``workers`` CPUs (default: all cores)."""
    if name == "local":
        if address:
            raise AccordError("--address is for --engine ray")
        from accord.engines.local import LocalEngine

        return LocalEngine(workers or 1)
    if name == "ray":
        from accord.engines.ray import RayEngine

        return RayEngine(address=address, workers=workers)
    raise AccordError(f"unknown engine {name!r} (use one of: {', '.join(ENGINES)})")
