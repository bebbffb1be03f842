"""Run documents through a function in input order, in this process or in several.

The runner knows nothing of documents or summaries: it is given items and a function to apply
to each (``pipeline.outcome`` with the user's options bound), and gives back each item's label
with the function's outcome, in input order.

With one job, or with too few items to share, everything happens here. With more, items go to
worker processes in small chunks, a bounded number of chunks at a time, and results come back
in input order as soon as the oldest chunk is done: memory stays constant however many items
stream in, and the output does not depend on the number of jobs. If a worker process dies
(killed, out of memory), the items of its chunk are run again one at a time in fresh workers,
and only an item that kills a worker on its own becomes a failure: none is lost or repeated.

There are never more workers than usable cores, nor than chunks to share (``worker_count``):
more would only take memory. When workers cannot be started (too many processes or open files
for the system's limits), the items are run in this process instead, after a warning; none is
lost, and the output is the same.

How workers are started, set up and stopped, and how they never outlive the main process, is
``process.py``'s part.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from ..model import Failure, Outcome
from .process import InterruptsHeld, start_worker, stop_workers

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

Label = TypeVar("Label")  # what the caller keeps beside each item (its source)
Item = TypeVar("Item")  # what the function is applied to (a document as read)

CHUNK = 8  # documents per task sent to a worker
WINDOW = 4  # chunks in flight per worker


def _run_chunk(apply: Callable[[Item], Outcome], items: list[Item]) -> list[Outcome]:
    return [apply(item) for item in items]


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
    items: Iterable[tuple[Label, Item]],
    apply: Callable[[Item], Outcome],
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
            yield from ((label, apply(doc)) for label, doc in chunk)
        for label, doc in source:
            yield label, apply(doc)
        return
    yield from _run_in_workers(
        ahead, source, apply, workers, pool_factory or _default_pool, warn or (lambda _: None)
    )


def _chunks(
    source: Iterator[tuple[Label, Item]], limit: int | None = None
) -> Iterator[list[tuple[Label, Item]]]:
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
    ahead: list[list[tuple[Label, Item]]],
    source: Iterator[tuple[Label, Item]],
    apply: Callable[[Item], Outcome],
    workers: int,
    make_pool: Callable[[int], ProcessPoolExecutor],
    warn: Callable[[str], None],
) -> Iterator[tuple[Label, Outcome]]:
    from concurrent.futures.process import BrokenProcessPool

    more = _chunks(source)
    waiting: deque[list[tuple[Label, Item]]] = deque(ahead)  # chunks to hand out, in order
    in_flight: deque[tuple[list[tuple[Label, Item]], Future[list[Outcome]]]] = deque()
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
                    with InterruptsHeld():  # workers start with the first chunk
                        future = pool.submit(_run_chunk, apply, [doc for _, doc in chunk])
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
                outcomes = [_survive(apply, doc, make_pool) for _, doc in chunk]
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
            yield from ((label, apply(doc)) for label, doc in chunk)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _stop(pool: ProcessPoolExecutor | None) -> None:
    """Stop the workers of ``pool`` (some of them may never have got going) and let it go."""
    if pool is None:
        return
    # ProcessPoolExecutor.kill_workers() comes with Python 3.14; before, only its own dict
    # knows the processes.
    stop_workers((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)


def _survive(
    apply: Callable[[Item], Outcome],
    document: Item,
    make_pool: Callable[[int], ProcessPoolExecutor],
) -> Outcome:
    """Run one document in a worker of its own; if that worker dies too, say so."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        pool = make_pool(1)
    except OSError as error:
        return Failure(_NO_NEW_WORKER.format(error.strerror or error))
    try:
        with InterruptsHeld():
            future = pool.submit(apply, document)
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
