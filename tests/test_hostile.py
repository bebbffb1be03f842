"""Hostile environments, second round (issue 13): what an attacker or a sysadmin does to the
command. Nothing lost, nothing hung, never a traceback.

Output and input descriptors (full, read-only, non-blocking, closed), output encodings, names
no file system forbids, hostile JSON Lines, options and library arguments that slip through
type checks, and input that is nothing but page furniture. Everything here runs in this process
(CliRunner, or the reader and writer on real descriptors); what needs a real process (signals,
a failing worker start) is in test_process.py.
"""

from __future__ import annotations

import codecs
import errno
import fcntl
import io
import json
import math
import multiprocessing
import os
import sys
import termios
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from ringkas import split, summarize
from ringkas.command import batch
from ringkas.command.cli import command
from ringkas.command.process import Output, OutputError, stdin_bytes
from ringkas.errors import EmptyInputError, InputError
from ringkas.model import Decoded, Document, Failure, Outcome, Source, Summary
from ringkas.pipeline import outcome
from ringkas.read import jsonl
from ringkas.read.decode import check_encoding
from ringkas.read.inputs import count_documents, documents
from ringkas.read.jsonl import SKIP_LIMIT
from ringkas.read.limits import MAX_BYTES
from ringkas.read.names import json_name, one_line

TOO_LARGE = "larger than 5 MiB, the most ringkas reads as one document; split it"
SHORT = "Harga “beras” naik – kata petani.\nPetani di Karawang senang."


def run(*args: str, stdin: bytes = b"", charset: str = "utf-8") -> Result:
    """The command as a user runs it, in this process; an exception fails the test."""
    return CliRunner(charset=charset).invoke(
        command, list(args), input=stdin, catch_exceptions=False
    )


# -- output and descriptors -----------------------------------------------------------------------


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


def _non_blocking(fd: int) -> None:
    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_NONBLOCK)


def test_non_blocking_output_of_any_number_loses_nothing() -> None:
    """stdout shared with a program that made it non-blocking, numbered beyond select()'s
    1,024, with a reader that lets the pipe fill up: every byte arrives, none is dropped."""
    read_end, write_end = os.pipe()
    try:
        high = os.dup2(write_end, 1500)
    except OSError:
        pytest.skip("the descriptor limit is below 1,500")
    os.close(write_end)
    _non_blocking(high)
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
    while _pending(read_end) < full and writer.is_alive():  # the writer meets a full pipe
        os.sched_yield()
    with open(read_end, "rb") as reader:
        received = reader.read()
    writer.join()
    assert errors == []
    assert received == data.encode()


def test_closed_stdin_is_one_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """`summarize <&-`: standard input is an error document, not AttributeError."""
    monkeypatch.setattr(sys, "stdin", None)
    assert list(documents(("-",))) == [(Source("<stdin>"), Failure("standard input is closed"))]


def _pending(fd: int) -> int:
    """Bytes waiting in a pipe."""
    return int.from_bytes(fcntl.ioctl(fd, termios.FIONREAD, b"\0" * 4), sys.byteorder)


@pytest.mark.parametrize("input_format", ["text", "jsonl"])
def test_non_blocking_stdin_is_read_to_its_end(
    input_format: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Standard input made non-blocking, its data coming in two parts: the reader waits for the
    second part (it once took the first part for all, or raised TypeError when none was there
    yet)."""
    if input_format == "jsonl":
        data = (json.dumps({"id": 1, "text": SHORT}) + "\n").encode() * 2
    else:
        data = SHORT.encode()
    half = len(data) // 2
    read_end, write_end = os.pipe()
    _non_blocking(read_end)
    os.write(write_end, data[:half])

    def rest() -> None:
        while _pending(read_end):  # the reader has taken the first part and found no more
            os.sched_yield()
        os.write(write_end, data[half:])
        os.close(write_end)

    writer = threading.Thread(target=rest)
    writer.start()
    with open(read_end, "rb") as raw:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw))
        found = list(documents(("-",), input_format=input_format, stdin=stdin_bytes))
    writer.join()
    if input_format == "jsonl":
        assert [document for _, document in found] == [
            Decoded("text", SHORT),
            Decoded("text", SHORT),
        ]
    else:
        assert found == [(Source("<stdin>"), Decoded("text", SHORT))]


def test_latin1_output_degrades_and_json_stays_valid() -> None:
    """Under a latin-1 locale, text shows what latin-1 cannot hold as escapes; JSON escapes it
    and stays exact."""
    text = run("--split", stdin=SHORT.encode(), charset="latin-1")
    assert text.exit_code == 0
    assert "  Harga \\u201cberas\\u201d naik \\u2013 kata petani.\n" in text.stdout
    done = run("--split", "-f", "json", stdin=SHORT.encode(), charset="latin-1")
    assert done.stdout.isascii()
    assert [s["text"] for s in json.loads(done.stdout)["sentences"]] == [
        "Harga “beras” naik – kata petani.",
        "Petani di Karawang senang.",
    ]


# -- names from the user --------------------------------------------------------------------------

# Bytes a Linux file name may hold: not UTF-8 (0xff), a line break, an escape sequence, a tab.
HOSTILE_NAME = b"berita\xff\n\x1b[31m\t.txt"


def test_one_line_and_json_name() -> None:
    """The two shapes of a name: one safe line for people, valid Unicode for JSON (exact but
    for bytes that are not UTF-8)."""
    name = os.fsdecode(HOSTILE_NAME) + "\ud800\u2028\u202e"
    assert one_line(name) == "berita\\xff\\n\\x1b[31m\\t.txt\\ud800\\u2028\\u202e"
    assert json_name(name) == "berita\\xff\n\x1b[31m\t.txt\\ud800\u2028\u202e"
    assert one_line("Berita “baru”.txt") == "Berita “baru”.txt"


def test_any_name_is_one_safe_line(tmp_path: Path) -> None:
    """A file name with bytes that are not UTF-8, a line break and an escape sequence: one
    header line, one error line, valid JSON; nothing raw reaches the terminal."""
    hostile = os.fsencode(tmp_path) + b"/" + HOSTILE_NAME
    with open(hostile, "wb") as handle:
        handle.write(SHORT.encode())
    good = tmp_path / "baik.txt"
    good.write_text(SHORT, encoding="utf-8")
    name = os.fsdecode(hostile)
    shown = f"{tmp_path}/berita\\xff\\n\\x1b[31m\\t.txt"
    text = run("-n", "1", str(good), name)
    assert text.exit_code == 0
    assert f"\n==> {shown} <==\n" in text.stdout
    assert "\x1b" not in text.stdout
    lines = run("-n", "1", "-f", "jsonl", str(good), name).stdout.splitlines()
    assert json.loads(lines[1])["file"] == f"{tmp_path}/berita\\xff\n\x1b[31m\t.txt"
    assert json.loads(run("-n", "1", "-f", "json", str(good), name).stdout)[1]["file"] == (
        f"{tmp_path}/berita\\xff\n\x1b[31m\t.txt"
    )
    missing = run(name + "-hilang")
    assert (missing.exit_code, missing.stderr) == (1, f"Error: {shown}-hilang: no such file\n")


# -- processes ------------------------------------------------------------------------------------


def _summary(document: Document) -> Outcome:
    """What the command applies to each document, with the library's defaults."""
    return outcome(summarize, document)


def test_workers_that_cannot_start_leave_the_work_here() -> None:
    """When worker processes cannot be started (too many open files or processes), every
    document is summarised in this process, in order, after one warning: no traceback, no
    hang, nothing lost."""

    def no_pool(workers: int) -> ProcessPoolExecutor:
        raise OSError(errno.EMFILE, "Too many open files")

    warnings: list[str] = []
    docs = [(n, Decoded("text", f"Kalimat nomor {n}.")) for n in range(3 * batch.CHUNK)]
    outcomes = list(batch.run(docs, _summary, jobs=2, pool_factory=no_pool, warn=warnings.append))
    assert [n for n, _ in outcomes] == list(range(3 * batch.CHUNK))
    assert all(isinstance(outcome, Summary) for _, outcome in outcomes)
    assert warnings == [
        "cannot start 2 worker processes (Too many open files); summarising in this process instead"
    ]


def test_a_worker_that_cannot_start_leaves_none_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first worker starts, the second cannot (fork fails with EAGAIN, as at the system's
    process limit): the started worker is stopped, not left waiting for work (which hung the
    command at exit, after a traceback), and every document is summarised here, in order."""
    if batch.usable_cores() < 2:
        pytest.skip("one core: --jobs 2 starts no worker")
    real_fork = os.fork
    forks: list[int] = []

    def fork_once() -> int:
        forks.append(1)
        if len(forks) > 1:
            raise BlockingIOError(errno.EAGAIN, os.strerror(errno.EAGAIN))
        return real_fork()

    before = set(multiprocessing.active_children())  # other tests' children, if any
    monkeypatch.setattr(os, "fork", fork_once)
    warnings: list[str] = []
    docs = [(n, Decoded("text", f"Kalimat nomor {n}.")) for n in range(batch.CHUNK + 1)]
    outcomes = list(batch.run(docs, _summary, jobs=2, warn=warnings.append))
    monkeypatch.undo()
    assert [n for n, _ in outcomes] == list(range(batch.CHUNK + 1))
    assert all(isinstance(outcome, Summary) for _, outcome in outcomes)
    assert warnings == [
        "cannot start 2 worker processes (Resource temporarily unavailable); summarising in "
        "this process instead"
    ]
    assert set(multiprocessing.active_children()) <= before  # the started worker is gone


# -- hostile JSON Lines ---------------------------------------------------------------------------


def _jsonl(*records: str) -> bytes:
    return "".join(record + "\n" for record in records).encode()


def _output_lines(done: Result) -> list[dict[str, Any]]:
    """The JSON lines of ``done``'s output, read as strict JSON (no NaN, no Infinity)."""

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} is not JSON")

    return [json.loads(line, parse_constant=refuse) for line in done.stdout.splitlines()]


def test_deep_nesting_is_that_records_error() -> None:
    """A record nested 10,000 levels deep is an error line; the batch goes on (it raised
    RecursionError and lost the rest)."""
    deep = '{"id": 2, "x": ' + "[" * 10_000 + "]" * 10_000 + ', "text": "Dua."}'
    deep_id = '{"id": ' + "[" * 500 + "]" * 500 + ', "text": "Tiga."}'
    stdin = _jsonl('{"id": 1, "text": "Satu."}', deep, deep_id, '{"id": 4, "text": "Empat."}')
    done = run("--input-format", "jsonl", "-f", "jsonl", stdin=stdin)
    assert done.exit_code == 1
    lines = _output_lines(done)
    assert [line.get("id") for line in lines] == [1, None, None, 4]
    assert lines[1] == {"line": 2, "error": "not valid JSON: nested too deeply"}
    assert lines[2] == {"line": 3, "error": "the id is nested more than 100 levels deep"}
    assert done.stderr == (
        "Error: <stdin>, line 2: not valid JSON: nested too deeply\n"
        "Error: <stdin>, line 3: the id is nested more than 100 levels deep\n"
    )


LONE = '{"id": "a\\ud800", "text": "Harga \\udfff naik."}'


@pytest.mark.parametrize("output_format", ["text", "json", "jsonl"])
def test_lone_surrogates_come_out_escaped(output_format: str) -> None:
    """A lone surrogate in a record's text or id: JSON output carries it as the escape it came
    in as (still valid JSON), text output shows the escape."""
    stdin = _jsonl(LONE, '{"id": 2, "text": "Dua."}')
    done = run("--input-format", "jsonl", "-f", output_format, "--split", stdin=stdin)
    assert done.exit_code == 0
    assert "\\ud800" in done.stdout and "\\udfff" in done.stdout
    if output_format == "text":
        assert done.stdout.startswith('==> <stdin>, line 1 (id "a\\ud800") <==\n')
        return
    first = json.loads(done.stdout)[0] if output_format == "json" else _output_lines(done)[0]
    assert (first["id"], first["sentences"][0]["text"]) == ("a\ud800", "Harga \udfff naik.")


def test_an_endless_line_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    """/dev/zero as JSON Lines (an endless line without a line end): one error record, then
    the input is given up; it used to be read for ever. (Given up after 5 MiB more here, to be
    quick; the command reads 80 MiB more.)"""
    assert SKIP_LIMIT == 80 * 2**20
    monkeypatch.setattr(jsonl, "SKIP_LIMIT", MAX_BYTES)
    done = run("--input-format", "jsonl", "-f", "jsonl", "/dev/zero")
    assert done.exit_code == 1
    message = (
        f"the record is {TOO_LARGE}, and no line end follows within 5 MiB: the rest of the "
        "input is not read"
    )
    assert _output_lines(done) == [{"line": 1, "error": message}]
    assert count_documents(("/dev/zero",), jsonl=True) is None  # the progress line's count


@pytest.mark.parametrize(
    ("encoding", "mark", "width"),
    [
        ("utf-16-le", codecs.BOM_UTF16_LE, 2),
        ("utf-16-be", codecs.BOM_UTF16_BE, 2),
        ("utf-32-le", codecs.BOM_UTF32_LE, 4),
    ],
    ids=["utf-16-le", "utf-16-be", "utf-32-le"],
)
def test_records_are_found_alike_in_every_encoding(
    encoding: str, mark: bytes, width: int, tmp_path: Path
) -> None:
    """The size limit (5 MiB of the input's bytes) is per record in every encoding: UTF-16 and
    UTF-32 files over 5 MiB are read record by record (they were refused whole), and a record
    over the limit is its own error line there too."""
    half = " " * (MAX_BYTES // width // 2 - 100)  # two records of this fill 5 MiB
    records = [
        json.dumps({"id": 1, "text": "Satu dua tiga.", "pad": half}),
        json.dumps({"id": 2, "text": "Besar.", "pad": " " * (MAX_BYTES // width)}),
        json.dumps({"id": 3, "text": "Empat lima enam.", "pad": half}),
    ]
    path = tmp_path / "arsip.jsonl"
    path.write_bytes(mark + "\n".join(records).encode(encoding))
    assert path.stat().st_size > MAX_BYTES
    done = run("--input-format", "jsonl", "-f", "jsonl", "-n", "1", str(path))
    lines = _output_lines(done)
    assert [(line.get("id"), line.get("error")) for line in lines] == [
        (1, None),
        (None, f"the record is {TOO_LARGE}"),
        (3, None),
    ]
    assert lines[2]["sentences"][0]["text"] == "Empat lima enam."


def test_ids_json_cannot_hold_are_carried_as_strings() -> None:
    """1e400 is valid JSON in but Infinity out is not: an id too large for a float, and
    Python's NaN and Infinity, come out as strings of what the input says; output is strict
    JSON."""
    ids = ["1e400", "-1E400", "NaN", "Infinity", "-Infinity", "[1e999, 2.5]"]
    stdin = _jsonl(*(f'{{"id": {i}, "text": "Satu."}}' for i in ids))
    done = run("--input-format", "jsonl", "-f", "jsonl", stdin=stdin)
    assert done.exit_code == 0
    assert [line["id"] for line in _output_lines(done)] == [
        "1e400",
        "-1E400",
        "NaN",
        "Infinity",
        "-Infinity",
        ["1e999", 2.5],
    ]


# -- options and the library ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-r", "nan"], "Invalid value for '-r' / '--ratio': 'nan' is not a finite number."),
        (["--ratio", "NaN"], "Invalid value for '-r' / '--ratio': 'NaN' is not a finite number."),
        (
            ["--timeout", "nan"],
            "Invalid value for '--timeout': 'nan' is not a finite number.",
        ),
        (
            ["--timeout", "inf"],
            "Invalid value for '--timeout': 'inf' is not a finite number.",
        ),
        *(
            (
                ["--encoding", name],
                f"Invalid value for '--encoding': {name!r} is not a text encoding",
            )
            for name in ("zlib", "bz2", "uu", "quopri", "undefined", "rot13", "base64")
        ),
    ],
    ids=lambda value: "-".join(value) if isinstance(value, list) else "",
)
def test_options_that_slipped_through_are_usage_errors(args: list[str], message: str) -> None:
    """NaN passes every comparison of click's FloatRange, and byte codecs passed the encoding
    check: each is now a usage error, exit 2, and no traceback."""
    done = run(*args, stdin=SHORT.encode())
    assert done.exit_code == 2
    assert done.stderr.endswith(f"\nError: {message}\n")


def test_check_encoding_takes_text_encodings() -> None:
    """Every text encoding is taken by its canonical name (idna and punycode too, which Python
    counts as text encodings and which then fail on the input, with an Error line)."""
    assert [check_encoding(n) for n in ("latin-1", "CP1252", "utf_16", "idna")] == [
        "iso8859-1",
        "cp1252",
        "utf-16",
        "idna",
    ]
    with pytest.raises(InputError, match="unknown encoding"):
        check_encoding("utf-8\0")


def test_a_codec_that_cannot_replace_gives_an_error_line() -> None:
    """A web page read with --encoding idna, which cannot replace what it cannot decode: an
    Error line, not a traceback."""
    done = run("--encoding", "idna", stdin=b"<html><p>Harga \xe2\x80\x93 naik.</p>")
    assert done.exit_code == 1
    assert done.stderr.startswith("Error: <stdin>: not valid idna: ")


@pytest.mark.parametrize(
    ("document", "kwargs", "error", "message"),
    [
        pytest.param(
            "Satu.", {"sentences": 2.5}, TypeError, "sentences must be an int, not float", id="n"
        ),
        pytest.param(
            "Satu.",
            {"sentences": math.nan},
            TypeError,
            "sentences must be an int, not float",
            id="n-nan",
        ),
        pytest.param(
            "Satu.", {"sentences": True}, TypeError, "sentences must be an int, not bool", id="n-b"
        ),
        pytest.param(
            "Satu.", {"words": math.nan}, TypeError, "words must be an int, not float", id="w-nan"
        ),
        pytest.param(
            "Satu.", {"words": 40.0}, TypeError, "words must be an int, not float", id="w-float"
        ),
        pytest.param(
            "Satu.", {"ratio": "0.5"}, TypeError, "ratio must be a float, not str", id="r-str"
        ),
        pytest.param(
            "Satu.", {"ratio": True}, TypeError, "ratio must be a float, not bool", id="r-bool"
        ),
        pytest.param(
            "Satu.",
            {"ratio": math.nan},
            ValueError,
            "ratio must be more than 0 and at most 1",
            id="r-nan",
        ),
        pytest.param(
            "Satu.", {"method": None}, TypeError, "method must be a str, not NoneType", id="m"
        ),
        pytest.param("Satu.", {"order": 1}, TypeError, "order must be a str, not int", id="o"),
        pytest.param(
            b"Satu.",
            {},
            TypeError,
            "expected a str or an Article, not bytes: decode the bytes first "
            "(ringkas.decode reads them as the command does), or pass a str",
            id="bytes",
        ),
        pytest.param(None, {}, TypeError, "expected a str or an Article, not NoneType", id="none"),
    ],
)
def test_library_arguments_are_checked(
    document: Any, kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    """summarize() checks its arguments' types and values and says what it expected (2.5 and
    NaN sentences returned every sentence, bytes failed deep inside, None was "empty")."""
    with pytest.raises(error) as raised:
        summarize(document, **kwargs)
    assert str(raised.value) == message


# -- nothing but page furniture -------------------------------------------------------------------

FURNITURE = "Baca juga: Harga Beras Naik Lagi\n\nEditor: Rina Lestari\n\nADVERTISEMENT\n"


def test_only_furniture_says_so() -> None:
    """Input that is nothing but page furniture printed nothing and exited 0: now an Error
    line and exit 1, an error record in a batch; --split still shows the furniture."""
    done = run(stdin=FURNITURE.encode())
    assert (done.exit_code, done.stdout) == (1, "")
    reason = "no story text: all 3 sentences are page furniture (bylines, captions, links, ...)"
    assert done.stderr == f"Error: <stdin>: {reason}\n"
    batch_run = run(
        "--input-format",
        "jsonl",
        "-f",
        "jsonl",
        stdin=_jsonl(json.dumps({"id": 1, "text": FURNITURE}), '{"id": 2, "text": "Dua."}'),
    )
    assert [line.get("error") for line in _output_lines(batch_run)] == [reason, None]
    assert run("--split", stdin=FURNITURE.encode()).exit_code == 0
    assert len(split(FURNITURE).sentences) == 3
    with pytest.raises(EmptyInputError, match="no story text"):
        summarize(FURNITURE)
