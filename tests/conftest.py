"""Test set-up shared by every test module."""

from __future__ import annotations

import http.server
import json
import os
import struct
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from socketserver import BaseRequestHandler
from typing import Any

import pytest
from click.testing import CliRunner, Result
from hypothesis import settings

# The property tests draw the same examples on every run and machine, so a run of the suite
# cannot fail by the luck of its draw; benchmarks/fuzz.py is where new inputs are explored.
# HYPOTHESIS_PROFILE=explore draws new examples on each run, to look for failures by hand.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

# ringkas must work with no NLTK data at all: point NLTK at a folder that does not exist before
# anything imports it, so a test that needed downloaded data would fail here too.
os.environ["NLTK_DATA"] = str(Path(__file__).parent / "no-nltk-data-here")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "harakatuna-suriah.txt"


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test speaks English unless it asks for Indonesian, whatever the machine's locale
    (the language is the locale's: ringkas/i18n.py); the language is chosen anew after it."""
    from ringkas import i18n

    monkeypatch.setenv("LANGUAGE", "en")
    i18n.choose()
    yield
    monkeypatch.setenv("LANGUAGE", "en")
    i18n.choose()


@pytest.fixture
def seed_text() -> str:
    """The article ringkas started from, as decoded text."""
    return SEED.read_text(encoding="utf-8")


# -- the command on a terminal -----------------------------------------------------------------

_DONE = "\x00done\x00"  # written after the command's output: the terminal has it all


def on_terminal(
    args: list[str], monkeypatch: pytest.MonkeyPatch, environ: dict[str, str], columns: int = 60
) -> str:
    """What a terminal of ``columns`` columns shows when the command writes to it (run in this
    process, its output on a pseudo-terminal), line ends as LF."""
    import fcntl  # POSIX only, as pseudo-terminals are
    import termios

    main, terminal = os.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    received = bytearray()

    def read() -> None:
        while not received.endswith(_DONE.encode()):
            try:
                received.extend(os.read(main, 65536))
            except OSError:  # the terminal was closed: the command failed
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    screen = open(terminal, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    monkeypatch.setattr(sys, "stdout", screen)
    monkeypatch.delenv("COLUMNS", raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    from ringkas.command.cli import command

    try:
        command.main(args, prog_name="summarize", standalone_mode=False)
        screen.write(_DONE)
        screen.flush()
        reader.join(timeout=30)
    finally:
        screen.close()
        os.close(terminal)
        os.close(main)
    return received.decode().removesuffix(_DONE).replace("\r\n", "\n")


# -- the command in this process -----------------------------------------------------------------

# A short article with typographic quotes and a dash, on two lines.
SHORT = "Harga “beras” naik – kata petani.\nPetani di Karawang senang."
# Control characters and escape sequences a hostile text may hold.
HOSTILE = "Judul\x1b]0;diretas\x07 berita.\x1b[2J\x08\x9b31m Isi berita\x85 di sini."
# What an error says of an input over the size limit.
TOO_LARGE = "larger than 5 MiB, the most ringkas reads as one document; split it"


def invoke(*args: str, stdin: bytes = b"", charset: str = "utf-8") -> Result:
    """The command as a user runs it, in this process; an exception fails the test."""
    from ringkas.command.cli import command

    return CliRunner(charset=charset).invoke(
        command, list(args), input=stdin, catch_exceptions=False
    )


def failed(result: Result, status: int) -> str:
    """The stderr of a run that ended with ``status`` (the test fails otherwise)."""
    assert result.exit_code == status, result.stderr
    return result.stderr


def output_lines(done: Result) -> list[dict[str, Any]]:
    """The JSON lines of ``done``'s output, read as strict JSON (no NaN, no Infinity)."""

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} is not JSON")

    return [json.loads(line, parse_constant=refuse) for line in done.stdout.splitlines()]


def jsonl_bytes(*records: str) -> bytes:
    """JSON Lines of these records, as bytes."""
    return "".join(record + "\n" for record in records).encode()


def non_blocking(fd: int) -> None:
    """Make a descriptor non-blocking, as a program sharing it might."""
    import fcntl

    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_NONBLOCK)


def pending(fd: int) -> int:
    """Bytes waiting in a pipe."""
    import fcntl
    import termios

    return int.from_bytes(fcntl.ioctl(fd, termios.FIONREAD, b"\0" * 4), sys.byteorder)


# -- a web site on this machine -----------------------------------------------------------------


@contextmanager
def serving(handler: Callable[..., BaseRequestHandler]) -> Iterator[str]:
    """A web server on 127.0.0.1 answering with ``handler`` while the block runs; gives its
    address ("http://127.0.0.1:PORT"). Nothing a test serves leaves this machine."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
