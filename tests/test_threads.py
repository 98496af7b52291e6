"""accord.threads: numpy's BLAS on one thread inside the context, the process's own setting outside it."""

from __future__ import annotations

import numpy  # noqa: F401  (loads the BLAS threadpoolctl finds)
import pytest

from accord.threads import one_blas_thread


def test_one_blas_thread_limits_blas_and_gives_the_setting_back() -> None:
    threadpoolctl = pytest.importorskip("threadpoolctl")

    def blas_threads() -> set[int]:
        return {lib["num_threads"] for lib in threadpoolctl.threadpool_info() if lib["user_api"] == "blas"}

    if not blas_threads():
        pytest.skip("numpy links no BLAS threadpoolctl can see")
    with threadpoolctl.threadpool_limits(2, user_api="blas"):
        with one_blas_thread():
            assert blas_threads() == {1}
        assert blas_threads() == {2}  # restored on exit, not left at one
