"""Run documents through the library in input order, in this process or in several.

With one job, or with too few documents to share, everything happens here. With more, documents
go to worker processes in small chunks, a bounded number of chunks at a time, and results come
back in input order as soon as the oldest chunk is done: memory stays constant however many
documents stream in, and the output does not depend on the number of jobs. If a worker process
dies (killed, out of memory), the documents of its chunk are run again one at a time in fresh
workers, and only a document that kills a worker on its own becomes a failure: none is lost or
repeated.

Workers never outlive the main process, however it ends (Ctrl-C, a signal, a crash): each
watches its parent and exits when the parent is gone. They ignore Ctrl-C, which the terminal
sends to every process of the group: stopping is the main process's decision.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import RingkasError
from .inputs import Document, Html, Text
from .model import Article, Failure, Outcome, Summary

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

# What is done with each text or article: summarize() or split() with the user's options bound,
# so that it can be sent to a worker process as it is.
Work = Callable[[str | Article], Summary]

Label = TypeVar("Label")  # what the caller keeps beside each document (its source)

CHUNK = 8  # documents per task sent to a worker
WINDOW = 4  # chunks in flight per worker


def run_one(work: Work, document: Document) -> Outcome:
    """The outcome of one document: its summary, or why there is none."""
    try:
        match document:
            case Failure():
                return document
            case Text(text=text):
                return work(text)
            case Html(html=html, url=url):
                from .page import read_html  # trafilatura loads here, for web pages only

                return work(read_html(html, url))
    except RingkasError as error:
        return Failure(str(error))


def _run_chunk(work: Work, documents: list[Document]) -> list[Outcome]:
    return [run_one(work, document) for document in documents]


def worker_count(jobs: int) -> int:
    """The number of processes for ``--jobs``: 0 means one per core."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def run(
    items: Iterable[tuple[Label, Document]],
    work: Work,
    jobs: int = 1,
    pool_factory: Callable[[int], ProcessPoolExecutor] | None = None,
) -> Generator[tuple[Label, Outcome], None, None]:
    """Each item's label with the outcome of its document, in input order."""
    source = iter(items)
    workers = worker_count(jobs)
    # With several jobs, read ahead a chunk for each worker first: fewer chunks than workers
    # need fewer workers, and a single chunk needs none.
    ahead = list(_chunks(source, workers)) if workers > 1 else []
    workers = min(workers, len(ahead))
    if workers <= 1:
        for chunk in ahead:
            yield from ((label, run_one(work, doc)) for label, doc in chunk)
        for label, doc in source:
            yield label, run_one(work, doc)
        return
    yield from _run_in_workers(ahead, source, work, workers, pool_factory or _default_pool)


def _chunks(
    source: Iterator[tuple[Label, Document]], limit: int | None = None
) -> Iterator[list[tuple[Label, Document]]]:
    made = 0
    while limit is None or made < limit:
        chunk = list(islice(source, CHUNK))
        if not chunk:
            return
        made += 1
        yield chunk


def _run_in_workers(
    ahead: list[list[tuple[Label, Document]]],
    source: Iterator[tuple[Label, Document]],
    work: Work,
    workers: int,
    make_pool: Callable[[int], ProcessPoolExecutor],
) -> Iterator[tuple[Label, Outcome]]:
    from concurrent.futures.process import BrokenProcessPool

    more = _chunks(source)
    pending = iter(ahead)
    in_flight: deque[tuple[list[tuple[Label, Document]], Future[list[Outcome]]]] = deque()
    pool = make_pool(workers)

    def submit(chunk: list[tuple[Label, Document]]) -> None:
        with interrupts_held():
            future = pool.submit(_run_chunk, work, [doc for _, doc in chunk])
        in_flight.append((chunk, future))

    try:
        while True:
            while len(in_flight) < workers * WINDOW:
                chunk = next(pending, None) or next(more, None)
                if chunk is None:
                    break
                submit(chunk)
            if not in_flight:
                return
            chunk, future = in_flight.popleft()
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                # A worker died: every chunk still in flight is lost with the pool. Run this
                # chunk again one document at a time, then resubmit the others to a new pool.
                pool.shutdown(wait=False, cancel_futures=True)
                lost = [c for c, _ in in_flight]
                in_flight.clear()
                outcomes = [_survive(work, doc, make_pool) for _, doc in chunk]
                pool = make_pool(workers)
                for other in lost:
                    submit(other)
            yield from zip((label for label, _ in chunk), outcomes, strict=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _survive(
    work: Work, document: Document, make_pool: Callable[[int], ProcessPoolExecutor]
) -> Outcome:
    """Run one document in a worker of its own; if that worker dies too, say so."""
    from concurrent.futures.process import BrokenProcessPool

    with make_pool(1) as pool:
        try:
            with interrupts_held():
                future = pool.submit(run_one, work, document)
            return future.result()
        except BrokenProcessPool:
            return Failure("the worker process summarising this record died")


def _default_pool(workers: int) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Fork starts workers with ringkas already imported; elsewhere the platform's default.
    methods = multiprocessing.get_all_start_methods()
    context: Any = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=start_worker)


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C back while worker processes may be started (they start when work is first
    submitted), so that a worker never sees it before it has set itself to ignore it. A Ctrl-C
    that comes meanwhile is delivered when this ends."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: workers are not forked
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def start_worker() -> None:
    """Set up a worker process: ignore Ctrl-C, and exit as soon as the parent is gone."""
    import multiprocessing
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: Any) -> None:
    # The parent's sentinel becomes readable when the parent process ends, however it ends.
    parent.join()
    os._exit(1)
