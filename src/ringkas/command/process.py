"""The summarize command as an operating-system process: signals, worker processes, standard
input and output. Everything that deals with signals and with the processes a run starts is
here; ``batch.py`` only decides what runs where.

Ctrl-C (SIGINT) ends the command at any moment with exit status 130 and nothing on stderr: no
traceback, no "Exception ignored" message. Python's own handler raises KeyboardInterrupt
wherever the program happens to be, and an exception raised inside a finaliser or a lock
release is printed and swallowed, after which the run would go on and exit 0. So the command
replaces that handler, before it imports anything heavy, with one that ends the process itself
(``os._exit``), which nothing can intercept. SIGTERM and SIGHUP (``kill``, a closed terminal, a
service manager stopping it) end it the same way, with status 143 and 129 (128 + the signal's
number). These three are ``ENDING_SIGNALS``, the one set every part of the command uses.

Before it ends, the process stops its worker processes (``stop_workers``, the one way workers
are stopped, also when a batch gives up a pool), so none goes on running or holds standard
output open. Workers are set up by ``start_worker``: they ignore Ctrl-C, which the terminal
sends to the whole process group (stopping is the main process's decision), end at once on
SIGTERM and SIGHUP, and exit by themselves when they see their parent gone, however it ended
(``kill -9`` included). While workers start, the ending signals are held back
(``InterruptsHeld``), so that no worker sees one before it has set itself up.

Standard output is written a whole record at a time (one document's text, or one JSON line) by
``Output``. A signal while a record is half written waits until the record is complete, so the
output holds only whole records; a second signal does not wait. ``Output`` waits for a slow
reader even when the descriptor is non-blocking, and turns every failure to write (a full disk,
a closed or read-only descriptor) into ``OutputError``. ``stdin_bytes`` reads standard input to
its end the same way, waiting for data on a non-blocking descriptor.
"""

from __future__ import annotations

import codecs
import io
import os
import select
import signal
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing before the take-over
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from types import FrameType
    from typing import Any, BinaryIO, NoReturn, TextIO

    from _typeshed import WriteableBuffer

INTERRUPTED = 130  # the exit status of a run ended by Ctrl-C (128 + SIGINT)

# The signals that end the command quietly, as Ctrl-C does (SIGHUP does not exist on Windows).
ENDING_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)

# At most this many bytes go to a pipe in one write, which the system then makes all or nothing.
_PIPE_BUF = getattr(select, "PIPE_BUF", 512)


class OutputError(Exception):
    """Standard output cannot be written (a full disk, a closed descriptor)."""


class OutputClosed(OutputError):
    """The reader of standard output has gone away (``summarize ... | head -1``)."""


class _Interrupts:
    """What Ctrl-C, SIGTERM and SIGHUP do once the command has taken them over."""

    def __init__(self) -> None:
        self.taken_over = False
        self.busy = False  # part of a record is on its way out: finish it before ending
        self.pending = 0  # the signal that came while busy
        self.before_exit: list[Callable[[], None]] = []  # e.g. wipe the progress line

    def handle(self, signum: int, frame: FrameType | None) -> None:
        if self.busy and not self.pending:
            self.pending = signum
            return
        self.exit(signum)

    def exit(self, signum: int = signal.SIGINT) -> NoReturn:
        for action in (*self.before_exit, _kill_workers):
            try:  # noqa: SIM105 - contextlib would be one more import before the take-over
                action()
            except Exception:  # ending anyway: nothing may stop it
                pass
        os._exit(128 + signum)


_interrupts = _Interrupts()


def _kill_workers() -> None:
    """Stop the worker processes this process started (multiprocessing's, which ``batch.py``
    uses), so that none outlives it."""
    multiprocessing = sys.modules.get("multiprocessing")  # none started if it is not loaded
    if multiprocessing is not None:
        stop_workers(multiprocessing.active_children())


def stop_workers(processes: Iterable[Any]) -> None:
    """Kill these worker processes (``multiprocessing`` processes; some may never have got
    going) and wait until each is gone and reaped."""
    processes = list(processes)
    for process in processes:
        process.kill()
    for process in processes:
        process.join(timeout=5)


class InterruptsHeld:
    """Holds Ctrl-C, SIGTERM and SIGHUP back while worker processes may be started (they start
    when work is first submitted), so that a worker never sees one before it has set itself up
    (``with InterruptsHeld(): ...``). A signal that comes meanwhile is delivered when it ends."""

    def __enter__(self) -> None:
        self.previous = None
        if hasattr(signal, "pthread_sigmask"):  # not on Windows, where workers are not forked
            self.previous = signal.pthread_sigmask(signal.SIG_BLOCK, ENDING_SIGNALS)

    def __exit__(self, *exc_info: object) -> None:
        if self.previous is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, self.previous)


def start_worker() -> None:
    """Set up a worker process: ignore Ctrl-C, end at once on SIGTERM and SIGHUP (the command's
    own handlers are inherited through fork), and exit as soon as the parent is gone."""
    import multiprocessing
    import threading

    for signum in ENDING_SIGNALS:
        signal.signal(signum, signal.SIG_IGN if signum == signal.SIGINT else signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, ENDING_SIGNALS)
    parent = multiprocessing.parent_process()
    if parent is not None:
        watcher = threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True)
        try:  # noqa: SIM105 - contextlib would be one more import before the take-over
            watcher.start()
        except RuntimeError:
            pass  # no thread to spare (the system's limit): the parent still kills it as it ends


def _exit_with_parent(parent: Any) -> None:
    # The parent's sentinel becomes readable when the parent process ends, however it ends.
    parent.join()
    os._exit(1)


def take_over_interrupts() -> None:
    """From now on, Ctrl-C, SIGTERM and SIGHUP end the process at once with status 128 + the
    signal's number (after completing a record being written), taking its worker processes
    with it. For the command only: a library leaves signals to its caller."""
    for signum in ENDING_SIGNALS:
        signal.signal(signum, _interrupts.handle)
    _interrupts.taken_over = True


def on_interrupt(action: Callable[[], None]) -> None:
    """Run ``action`` (quick, no output to stdout) if a signal ends the process."""
    _interrupts.before_exit.append(action)


class Output:
    """Standard output, written a whole record at a time.

    Records go straight to the file descriptor, so nothing is left in a buffer for Python to
    write (or fail to write) at exit. Text is encoded in the stream's encoding; characters it
    cannot hold are written as backslash escapes rather than failing the run (JSON asks for
    ASCII escapes instead when ``unicode`` is false, so that it stays valid).
    """

    def __init__(self, stream: TextIO | None) -> None:
        if stream is None:
            raise OutputError("standard output is closed")
        try:
            stream.flush()
        except (OSError, ValueError) as error:
            raise OutputError(getattr(error, "strerror", None) or str(error)) from None
        self.encoding = _text_encoding(getattr(stream, "encoding", None))
        self.buffer: BinaryIO = stream.buffer
        try:
            self.fd: int | None = stream.fileno()
        except (AttributeError, ValueError, OSError):
            self.fd = None  # an in-memory stream (tests): write through its buffer

    @property
    def unicode(self) -> bool:
        """Whether the output's encoding can hold every character."""
        return codecs.lookup(self.encoding).name.startswith(("utf-8", "utf-16", "utf-32"))

    def write(self, text: str) -> None:
        """Write ``text`` whole; raises OutputClosed or OutputError when it cannot be."""
        if not text:
            return
        data = text.encode(self.encoding, errors="backslashreplace")
        try:
            if self.fd is None:
                self.buffer.write(data)
                self.buffer.flush()
            else:
                self._write_whole(self.fd, data)
        except BrokenPipeError:
            raise OutputClosed from None
        except OSError as error:
            raise OutputError(error.strerror or str(error)) from None

    def _write_whole(self, fd: int, data: bytes) -> None:
        view = memoryview(data)
        try:
            while view:
                # Wait until a piece can be written without blocking: Ctrl-C while waiting for
                # a slow reader ends the run at once when nothing of this record is out yet.
                # A non-blocking descriptor (set so by whoever shares it) may still refuse a
                # piece; then wait again, so that no byte is ever dropped.
                wait_until_ready(fd, writing=True)
                _interrupts.busy = True
                try:
                    written = os.write(fd, view[:_PIPE_BUF])
                except BlockingIOError:
                    continue
                view = view[written:]
        finally:
            _interrupts.busy = False
            if _interrupts.pending:
                _interrupts.exit(_interrupts.pending)


def _text_encoding(name: str | None) -> str:
    """The codec output is encoded in: the stream's, when Python knows it as a text encoding
    that can encode, else UTF-8."""
    try:
        info = codecs.lookup(name or "utf-8")
        "?".encode(info.name)
    except (LookupError, UnicodeError):
        return "utf-8"
    return info.name if getattr(info, "_is_text_encoding", True) else "utf-8"


def wait_until_ready(fd: int, *, writing: bool) -> None:
    """Wait until ``fd`` can be read from (or written to) without blocking, or has failed: the
    read or write that follows tells which. poll() takes descriptors of any number."""
    if not hasattr(select, "poll"):  # Windows: descriptors block, and select() takes no pipes
        return
    poller = select.poll()
    poller.register(fd, select.POLLOUT if writing else select.POLLIN)
    poller.poll()


class _WaitingReader(io.RawIOBase):
    """The raw bytes of a descriptor, waiting for data when it is non-blocking (a descriptor
    shared with a program that set it so), so that a read never ends early or fails. Closing it
    leaves the descriptor open."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self.fd = fd

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        while True:
            try:
                return os.readv(self.fd, [buffer])
            except BlockingIOError:
                wait_until_ready(self.fd, writing=False)


def stdin_bytes() -> BinaryIO | None:
    """Standard input as a binary stream read to its end, or None when it is closed (``<&-``).

    Reads wait for data even on a non-blocking descriptor, where Python's own stream returns
    None or raises.
    """
    if sys.stdin is None:
        return None
    buffer: BinaryIO = sys.stdin.buffer
    try:
        fd = buffer.fileno()
    except (AttributeError, ValueError, OSError):
        return buffer  # an in-memory stream (tests)
    if not hasattr(os, "readv"):  # Windows: descriptors block
        return buffer
    return io.BufferedReader(_WaitingReader(fd))


# The address space NLTK, numpy and OpenBLAS take as they load (about 115 MB, most of it
# OpenBLAS's buffers), with room to spare.
_LIBRARIES_ROOM = 160 << 20


def load_libraries(load: Callable[[], object], take_buffers: Callable[[], object]) -> None:
    """Run ``load``, which imports NLTK and with it numpy and OpenBLAS.

    Under a limit on the address space (``ulimit -v``, a container), loading them can fail in
    ways that are not a MemoryError: OpenBLAS ends the whole process with a message of its own
    when it cannot allocate its buffers, and the loader fails to map a library (ImportError) or
    fails inside (SystemError). Where such a limit is set, the room they need is tried first, a
    failure to load is lack of memory (a MemoryError, which the command reports as its one
    ``Error:`` line), and ``take_buffers`` has OpenBLAS take the buffer it keeps, while there is
    room, rather than in the middle of a batch after a document used up the memory.
    """
    try:
        import resource

        limited = resource.getrlimit(resource.RLIMIT_AS)[0] != resource.RLIM_INFINITY
    except ImportError:  # not on this system, so no such limit
        limited = False
    if not limited:
        load()
        return
    import mmap

    try:
        mmap.mmap(-1, _LIBRARIES_ROOM).close()
        load()
        take_buffers()
    except (OSError, ImportError, SystemError) as error:
        raise MemoryError from error
