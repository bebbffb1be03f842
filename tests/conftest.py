"""Test set-up shared by every test module."""

from __future__ import annotations

import os
import struct
import sys
import threading
from pathlib import Path

import pytest

# ringkas must work with no NLTK data at all: point NLTK at a folder that does not exist before
# anything imports it, so a test that needed downloaded data would fail here too.
os.environ["NLTK_DATA"] = str(Path(__file__).parent / "no-nltk-data-here")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "harakatuna-suriah.txt"


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
