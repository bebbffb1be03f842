"""The summarize command as an operating-system process: Ctrl-C, and output written whole.

Ctrl-C (SIGINT) ends the command at any moment with exit status 130 and nothing on stderr: no
traceback, no "Exception ignored" message. Python's own handler raises KeyboardInterrupt
wherever the program happens to be, and an exception raised inside a finaliser or a lock
release is printed and swallowed, after which the run would go on and exit 0. So the command
replaces that handler, before it imports anything heavy, with one that ends the process itself
(``os._exit``), which nothing can intercept. Worker processes ignore Ctrl-C and exit when they
see their parent gone (``batch.py``).

Standard output is written a whole record at a time (one document's text, or one JSON line) by
``Output``. Ctrl-C while a record is half written waits until the record is complete, so the
output holds only whole records; a second Ctrl-C does not wait.
"""

from __future__ import annotations

import codecs
import os
import select
import signal

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing before the take-over
if TYPE_CHECKING:
    from collections.abc import Callable
    from types import FrameType
    from typing import BinaryIO, NoReturn, TextIO

INTERRUPTED = 130  # the exit status of a run ended by Ctrl-C (128 + SIGINT)

# At most this many bytes go to a pipe in one write, which the system then makes all or nothing.
_PIPE_BUF = getattr(select, "PIPE_BUF", 512)


class OutputError(Exception):
    """Standard output cannot be written (a full disk, a closed descriptor)."""


class OutputClosed(OutputError):
    """The reader of standard output has gone away (``summarize ... | head -1``)."""


class _Interrupts:
    """What Ctrl-C does once the command has taken it over."""

    def __init__(self) -> None:
        self.taken_over = False
        self.busy = False  # part of a record is on its way out: finish it before ending
        self.pending = False  # Ctrl-C came while busy
        self.before_exit: list[Callable[[], None]] = []  # e.g. wipe the progress line

    def handle(self, signum: int, frame: FrameType | None) -> None:
        if self.busy and not self.pending:
            self.pending = True
            return
        self.exit()

    def exit(self) -> NoReturn:
        for action in self.before_exit:
            try:  # noqa: SIM105 - contextlib would be one more import before the take-over
                action()
            except Exception:  # ending anyway: nothing may stop it
                pass
        os._exit(INTERRUPTED)


_interrupts = _Interrupts()


def take_over_interrupts() -> None:
    """From now on, Ctrl-C ends the process at once with status 130 (after completing a record
    being written). For the command only: a library leaves signals to its caller."""
    signal.signal(signal.SIGINT, _interrupts.handle)
    _interrupts.taken_over = True


def on_interrupt(action: Callable[[], None]) -> None:
    """Run ``action`` (quick, no output to stdout) if Ctrl-C ends the process."""
    _interrupts.before_exit.append(action)


class Output:
    """Standard output, written a whole record at a time.

    Records go straight to the file descriptor, so nothing is left in a buffer for Python to
    write (or fail to write) at exit. Text is encoded in the stream's encoding; characters it
    cannot hold are written as backslash escapes rather than failing the run.
    """

    def __init__(self, stream: TextIO | None) -> None:
        if stream is None:
            raise OutputError("standard output is closed")
        stream.flush()
        self.encoding = getattr(stream, "encoding", None) or "utf-8"
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
                _wait_writable(fd)
                _interrupts.busy = True
                written = os.write(fd, view[:_PIPE_BUF])
                view = view[written:]
        finally:
            _interrupts.busy = False
            if _interrupts.pending:
                _interrupts.exit()


def _wait_writable(fd: int) -> None:
    try:  # noqa: SIM105 - as above
        select.select([], [fd], [])
    except (OSError, ValueError):
        pass  # a descriptor select() does not know (or too high a number for it): write waits
