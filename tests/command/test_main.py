"""The command's start-up: numpy's thread pools, set for the command only."""

from __future__ import annotations

import os

from ringkas import summarize
from ringkas.__main__ import one_thread_for_numpy


def test_numpy_threads_default_to_one() -> None:
    environ: dict[str, str] = {}
    one_thread_for_numpy(environ)
    assert environ == {
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "VECLIB_MAXIMUM_THREADS": "1",
        "NUMEXPR_NUM_THREADS": "1",
    }


def test_the_users_choice_stands() -> None:
    environ = {"OPENBLAS_NUM_THREADS": "4", "OMP_NUM_THREADS": "2", "PATH": "/bin"}
    one_thread_for_numpy(environ)
    assert environ["OPENBLAS_NUM_THREADS"] == "4"
    assert environ["OMP_NUM_THREADS"] == "2"
    assert environ["MKL_NUM_THREADS"] == "1"
    assert environ["PATH"] == "/bin"


def test_the_library_leaves_the_environment_alone(seed_text: str) -> None:
    before = dict(os.environ)
    summarize(seed_text)
    assert dict(os.environ) == before
