"""Thread limits for numpy's BLAS.

A brief's matrices (its sentences) and a split check's products (a story's members) are small: waking
BLAS's threads for them costs more than it saves, and on the shared machines accord runs on it costs far
more (a brief took 1.6× as long with them; a 92 × 92 × 384 split-check product 3.4 ms of CPU instead of
0.07 ms). One thread computes the same floats, so nothing a brief or a story holds changes.
"""

from __future__ import annotations

from typing import Any

_CONTROLLER: list[Any] = []  # one threadpoolctl controller per process, made on first use


def one_blas_thread() -> Any:
    """A context in which numpy's BLAS runs on one thread (threadpoolctl's limit: process-wide while it
    lasts, restored on exit)."""
    if not _CONTROLLER:
        from threadpoolctl import ThreadpoolController

        _CONTROLLER.append(ThreadpoolController())
    return _CONTROLLER[0].limit(limits=1, user_api="blas")


__all__ = ["one_blas_thread"]
