"""Run documents through the library in input order, in this process or in several.

With one job everything happens here. With more, documents go to worker processes in small
chunks, a bounded number of chunks at a time, and results come back in input order as soon as
the oldest chunk is done: memory stays constant however many documents stream in, and the
output does not depend on the number of jobs. If a worker process dies (killed, out of
memory), the documents of its chunk are run again one at a time in fresh workers, and only a
document that kills a worker on its own becomes an error: none is lost or repeated.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import Any

from .errors import RingkasError
from .inputs import Document
from .model import Summary
from .rank import DEFAULT_METHOD
from .summarize import split, summarize

CHUNK = 8  # documents per task sent to a worker
WINDOW = 4  # chunks in flight per worker


@dataclass(frozen=True)
class Request:
    """What to do with every document: summarise (how) or split."""

    split: bool = False
    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None
    order: str = "document"
    method: str = DEFAULT_METHOD


@dataclass(frozen=True)
class Outcome:
    """The result for one document: its summary, or why there is none."""

    summary: Summary | None = None
    error: str | None = None


def run_one(doc: Document, request: Request) -> Outcome:
    """Summarise or split one document; a problem with its input becomes the outcome's error."""
    if doc.error is not None:
        return Outcome(error=doc.error)
    assert doc.text is not None
    try:
        if request.split:
            return Outcome(summary=split(doc.text))
        return Outcome(
            summary=summarize(
                doc.text,
                sentences=request.sentences,
                ratio=request.ratio,
                words=request.words,
                order=request.order,  # type: ignore[arg-type]
                method=request.method,
            )
        )
    except RingkasError as error:
        return Outcome(error=str(error))


def _run_chunk(docs: list[Document], request: Request) -> list[Outcome]:
    return [run_one(doc, request) for doc in docs]


def _context() -> Any:
    # Fork starts workers with ringkas already imported; elsewhere the platform's default.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _ignore_interrupts() -> None:
    # Ctrl-C reaches every process of the terminal's group; the main process stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def worker_count(jobs: int) -> int:
    """The number of processes for ``--jobs``: 0 means one per core."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def run(
    docs: Iterable[Document],
    request: Request,
    jobs: int = 1,
    pool_factory: Callable[[int], ProcessPoolExecutor] | None = None,
) -> Iterator[tuple[Document, Outcome]]:
    """Each document with its outcome, in input order."""
    workers = worker_count(jobs)
    if workers == 1:
        for doc in docs:
            yield doc, run_one(doc, request)
        return
    make_pool = pool_factory or (
        lambda n: ProcessPoolExecutor(
            max_workers=n, mp_context=_context(), initializer=_ignore_interrupts
        )
    )
    source = iter(docs)
    pool = make_pool(workers)
    in_flight: deque[tuple[list[Document], Future[list[Outcome]]]] = deque()
    try:
        while True:
            while len(in_flight) < workers * WINDOW:
                chunk = list(islice(source, CHUNK))
                if not chunk:
                    break
                in_flight.append((chunk, pool.submit(_run_chunk, chunk, request)))
            if not in_flight:
                return
            chunk, future = in_flight.popleft()
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                # A worker died: every chunk still in flight is lost with the pool. Run this
                # chunk again one document at a time, then resubmit the others to a new pool.
                pool.shutdown(wait=False, cancel_futures=True)
                lost = [chunk, *(c for c, _ in in_flight)]
                in_flight.clear()
                outcomes = [_survive(doc, request, make_pool) for doc in lost[0]]
                pool = make_pool(workers)
                for other in lost[1:]:
                    in_flight.append((other, pool.submit(_run_chunk, other, request)))
            yield from zip(chunk, outcomes, strict=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _survive(
    doc: Document, request: Request, make_pool: Callable[[int], ProcessPoolExecutor]
) -> Outcome:
    """Run one document in a worker of its own; if that worker dies too, say so."""
    with make_pool(1) as pool:
        try:
            return pool.submit(run_one, doc, request).result()
        except BrokenProcessPool:
            return Outcome(error="the worker process summarising this record died")
