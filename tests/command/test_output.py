"""Standard output as the command writes it: a full disk, a read-only or non-blocking
descriptor, an encoding that cannot hold every character. Nothing lost, never a traceback."""

from __future__ import annotations

import fcntl
import json
import os
import threading

import pytest

from ringkas.command.process import Output, OutputError

from ..conftest import SHORT, invoke, non_blocking, pending


@pytest.mark.parametrize(
    ("path", "mode", "reason"),
    [("/dev/full", "w", "No space left on device"), ("/dev/null", "r", "Bad file descriptor")],
    ids=["full-disk", "read-only"],
)
def test_output_that_cannot_be_written(path: str, mode: str, reason: str) -> None:
    """`> /dev/full` and a descriptor opened read-only: OutputError with the system's reason
    (the command prints it as one Error line, exit 1), never a traceback."""
    with open(path, mode, encoding="utf-8") as stream:
        output = Output(stream)  # type: ignore[arg-type]
        with pytest.raises(OutputError) as raised:
            output.write("Harga beras naik.\n" * 1000)
    assert str(raised.value) == reason


def test_non_blocking_output_of_any_number_loses_nothing() -> None:
    """stdout shared with a program that made it non-blocking, numbered beyond select()'s
    1,024, with a reader that lets the pipe fill up: every byte arrives, none is dropped."""
    read_end, write_end = os.pipe()
    try:
        high = os.dup2(write_end, 1500)
    except OSError:
        pytest.skip("the descriptor limit is below 1,500")
    os.close(write_end)
    non_blocking(high)
    data = "Harga beras naik – kata petani.\n" * 20_000  # 640 KB: ten pipes full
    errors: list[BaseException] = []

    def write() -> None:
        try:
            with open(high, "w", encoding="utf-8", closefd=True) as stream:
                Output(stream).write(data)
        except BaseException as error:
            errors.append(error)

    writer = threading.Thread(target=write)
    writer.start()
    full = fcntl.fcntl(read_end, fcntl.F_GETPIPE_SZ) if hasattr(fcntl, "F_GETPIPE_SZ") else 4096
    while pending(read_end) < full and writer.is_alive():  # the writer meets a full pipe
        os.sched_yield()
    with open(read_end, "rb") as reader:
        received = reader.read()
    writer.join()
    assert errors == []
    assert received == data.encode()


def test_latin1_output_degrades_and_json_stays_valid() -> None:
    """Under a latin-1 locale, text shows what latin-1 cannot hold as escapes; JSON escapes it
    and stays exact."""
    text = invoke("--split", stdin=SHORT.encode(), charset="latin-1")
    assert text.exit_code == 0
    assert "  Harga \\u201cberas\\u201d naik \\u2013 kata petani.\n" in text.stdout
    done = invoke("--split", "-f", "json", stdin=SHORT.encode(), charset="latin-1")
    assert done.stdout.isascii()
    assert [s["text"] for s in json.loads(done.stdout)["sentences"]] == [
        "Harga “beras” naik – kata petani.",
        "Petani di Karawang senang.",
    ]
