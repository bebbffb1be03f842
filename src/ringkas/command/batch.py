"""Run documents through the library in input order, in this process or in several.

With one job, or with too few documents to share, everything happens here. With more, documents
go to worker processes in small chunks, a bounded number of chunks at a time, and results come
back in input order as soon as the oldest chunk is done: memory stays constant however many
documents stream in, and the output does not depend on the number of jobs. If a worker process
dies (killed, out of memory), the documents of its chunk are run again one at a time in fresh
workers, and only a document that kills a worker on its own becomes a failure: none is lost or
repeated.

There are never more workers than usable cores, nor than chunks to share (``worker_count``):
more would only take memory. When workers cannot be started (too many processes or open files
for the system's limits), the documents are summarised in this process instead, after a
warning; none is lost, and the output is the same.

Workers never outlive the main process, however it ends (Ctrl-C, a signal, a crash): the
command kills them when a signal ends it (``process.py``), and each watches its parent and exits
when the parent is gone. They ignore Ctrl-C, which the terminal sends to every process of the
group: stopping is the main process's decision.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import contextmanager, suppress
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import RingkasError
from ..model import Article, Failure, Outcome, Summary
from ..read.inputs import Document, Html, Text

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
                from ..read.page import read_html  # trafilatura loads here, for web pages only

                return work(read_html(html, url))
    except RingkasError as error:
        return Failure(str(error))


def _run_chunk(work: Work, documents: list[Document]) -> list[Outcome]:
    return [run_one(work, document) for document in documents]


def usable_cores() -> int:
    """How many cores this process may run on (its CPU affinity, where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def worker_count(jobs: int) -> int:
    """The number of processes for ``--jobs``: 0 means one per core, and there are never more
    than the usable cores (the work is all computation: more would only take memory)."""
    cores = usable_cores()
    return min(jobs, cores) if jobs > 0 else cores


def run(
    items: Iterable[tuple[Label, Document]],
    work: Work,
    jobs: int = 1,
    pool_factory: Callable[[int], ProcessPoolExecutor] | None = None,
    warn: Callable[[str], None] | None = None,
) -> Generator[tuple[Label, Outcome], None, None]:
    """Each item's label with the outcome of its document, in input order.

    ``warn`` is told when worker processes cannot be started and the documents are summarised
    in this process instead.
    """
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
    yield from _run_in_workers(
        ahead, source, work, workers, pool_factory or _default_pool, warn or (lambda _: None)
    )


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


class _StartFailed(Exception):
    """Worker processes could not be started (the system's limit on processes or open files)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or str(error))


def _run_in_workers(
    ahead: list[list[tuple[Label, Document]]],
    source: Iterator[tuple[Label, Document]],
    work: Work,
    workers: int,
    make_pool: Callable[[int], ProcessPoolExecutor],
    warn: Callable[[str], None],
) -> Iterator[tuple[Label, Outcome]]:
    from concurrent.futures.process import BrokenProcessPool

    more = _chunks(source)
    waiting: deque[list[tuple[Label, Document]]] = deque(ahead)  # chunks to hand out, in order
    in_flight: deque[tuple[list[tuple[Label, Document]], Future[list[Outcome]]]] = deque()
    pool: ProcessPoolExecutor | None = None

    try:
        while True:
            while len(in_flight) < workers * WINDOW:
                chunk = waiting.popleft() if waiting else next(more, None)
                if chunk is None:
                    break
                waiting.appendleft(chunk)  # until it is surely in a worker's hands
                try:
                    pool = pool or make_pool(workers)
                    with interrupts_held():  # workers start with the first chunk
                        future = pool.submit(_run_chunk, work, [doc for _, doc in chunk])
                except OSError as error:
                    raise _StartFailed(error) from None
                in_flight.append((waiting.popleft(), future))
            if not in_flight:
                return
            chunk, future = in_flight.popleft()
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                # A worker died: every chunk still in flight is lost with the pool. Run this
                # chunk again one document at a time, then hand the others to a new pool.
                _stop(pool)
                pool = None
                waiting.extendleft(reversed([c for c, _ in in_flight]))
                in_flight.clear()
                outcomes = [_survive(work, doc, make_pool) for _, doc in chunk]
            yield from zip((label for label, _ in chunk), outcomes, strict=True)
    except _StartFailed as failure:
        # None of the chunks not yet yielded has a result that counts: run them all here.
        _stop(pool)
        pool = None
        warn(
            f"cannot start {workers} worker processes ({failure}); "
            "summarising in this process instead"
        )
        left = [c for c, _ in in_flight] + list(waiting)
        in_flight.clear()
        for chunk in [*left, *more]:
            yield from ((label, run_one(work, doc)) for label, doc in chunk)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _stop(pool: ProcessPoolExecutor | None) -> None:
    """Kill the workers of ``pool`` (some of them may never have got going) and let it go."""
    if pool is None:
        return
    # ProcessPoolExecutor.kill_workers() comes with Python 3.14; before, only its own dict
    # knows the processes.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.kill()
    for process in processes:
        process.join(timeout=5)  # gone, and reaped, before the run goes on
    pool.shutdown(wait=False, cancel_futures=True)


def _survive(
    work: Work, document: Document, make_pool: Callable[[int], ProcessPoolExecutor]
) -> Outcome:
    """Run one document in a worker of its own; if that worker dies too, say so."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        pool = make_pool(1)
    except OSError as error:
        return Failure(_NO_NEW_WORKER.format(error.strerror or error))
    try:
        with interrupts_held():
            future = pool.submit(run_one, work, document)
        return future.result()
    except BrokenProcessPool:
        return Failure("the worker process summarising this record died")
    except OSError as error:
        _stop(pool)
        return Failure(_NO_NEW_WORKER.format(error.strerror or error))
    finally:
        pool.shutdown(wait=True)


_NO_NEW_WORKER = "a worker process died with this record, and no new one could be started ({})"


def _default_pool(workers: int) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Fork starts workers with ringkas already imported; elsewhere the platform's default.
    methods = multiprocessing.get_all_start_methods()
    context: Any = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=start_worker)


# The signals that end a run: held back while workers start, and set to their defaults in them.
_ENDING = {
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
}


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C, SIGTERM and SIGHUP back while worker processes may be started (they start
    when work is first submitted), so that a worker never sees one before it has set itself up.
    A signal that comes meanwhile is delivered when this ends."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: workers are not forked
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _ENDING)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def start_worker() -> None:
    """Set up a worker process: ignore Ctrl-C, end at once on SIGTERM and SIGHUP (the command's
    own handlers are inherited through fork), and exit as soon as the parent is gone."""
    import multiprocessing
    import threading

    for signum in _ENDING:
        signal.signal(signum, signal.SIG_IGN if signum == signal.SIGINT else signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _ENDING)
    parent = multiprocessing.parent_process()
    if parent is not None:
        watcher = threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True)
        # Without a thread to spare (the system's limit), the parent still kills it as it ends.
        with suppress(RuntimeError):
            watcher.start()


def _exit_with_parent(parent: Any) -> None:
    # The parent's sentinel becomes readable when the parent process ends, however it ends.
    parent.join()
    os._exit(1)
