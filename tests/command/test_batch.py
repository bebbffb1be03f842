"""Batches: JSONL streams, any number of jobs gives the same output, no record is ever lost."""

from __future__ import annotations

import errno
import io
import json
import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner

from ringkas import METHODS, summarize
from ringkas.command import batch
from ringkas.command.cli import command
from ringkas.command.process import start_worker
from ringkas.model import Decoded, Document, Failure, Outcome, Source, Summary
from ringkas.pipeline import outcome
from ringkas.read import inputs

from ..conftest import SAMPLES, invoke

ARTICLES = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]


def _jsonl(count: int) -> str:
    lines = []
    for n in range(count):
        if n % 7 == 3:
            lines.append("bukan json")
        elif n % 11 == 5:
            lines.append(json.dumps({"id": n, "text": "   "}))
        else:
            lines.append(json.dumps({"id": n, "text": ARTICLES[n % len(ARTICLES)]}))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text"])
def test_output_is_identical_for_any_number_of_jobs(fmt: str) -> None:
    """--jobs 1, 2 and 3 print byte-identical output and the same errors, in input order."""
    stdin = _jsonl(40)
    results = [
        CliRunner().invoke(command, ["--input-format", "jsonl", "-f", fmt, "-j", str(jobs)], stdin)
        for jobs in (1, 2, 3)
    ]
    assert {r.exit_code for r in results} == {1}
    assert len({r.stdout for r in results}) == 1
    assert len({r.stderr for r in results}) == 1


def test_every_record_gets_exactly_one_line_in_order() -> None:
    """With two jobs, output line n belongs to input line n, errors included."""
    result = CliRunner().invoke(
        command, ["--input-format", "jsonl", "-f", "jsonl", "-j", "2"], _jsonl(60)
    )
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["line"] for o in out] == list(range(1, 61))
    assert sum("error" in o for o in out) == sum(n % 7 == 3 or n % 11 == 5 for n in range(60))
    assert [o["id"] for o in out if "id" in o] == [n for n in range(60) if n % 7 != 3]


def test_undecodable_line_is_that_records_error_only(tmp_path: Path) -> None:
    """A line that is not UTF-8 gives an error object; the lines around it are summarised."""
    path = tmp_path / "campur.jsonl"
    path.write_bytes(
        b'{"id": 1, "text": "Satu kalimat."}\n'
        b'{"id": 2, "text": "Caf\xe9 tutup."}\n'
        b'{"id": 3, "text": "Tiga kalimat."}\n'
    )
    result = CliRunner().invoke(command, ["--input-format", "jsonl", "-f", "jsonl", str(path)])
    first, second, third = (json.loads(line) for line in result.stdout.splitlines())
    assert first["sentences"][0]["text"] == "Satu kalimat."
    assert second["line"] == 2 and second["error"].startswith("not valid UTF-8: byte 0xe9")
    assert third["sentences"][0]["text"] == "Tiga kalimat."


def test_crlf_and_bom_in_jsonl(tmp_path: Path) -> None:
    """CRLF line ends and a UTF-8 BOM on the first line are read as plain JSONL."""
    path = tmp_path / "windows.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "Satu."}\r\n{"id": "b", "text": "Dua."}\r\n')
    result = CliRunner().invoke(command, ["--input-format", "jsonl", "-f", "jsonl", str(path)])
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b"]


def test_utf16_jsonl_is_read(tmp_path: Path) -> None:
    """JSONL in UTF-16 with a BOM is decoded as a whole and read the same way."""
    path = tmp_path / "utf16.jsonl"
    path.write_bytes('{"id": 1, "text": "Satu."}\n{"id": 2, "text": "Dua."}\n'.encode("utf-16"))
    result = CliRunner().invoke(command, ["--input-format", "jsonl", "-f", "jsonl", str(path)])
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [1, 2]


def _summary(document: Document) -> Outcome:
    """What the command applies to each document, with the library's defaults."""
    return outcome(summarize, document)


def _kill_on_marker(document: Document) -> Outcome:
    """A function to apply whose worker dies on the document saying "MATI"."""
    if document == Decoded("text", "MATI"):
        os.kill(os.getpid(), signal.SIGKILL)
    return _summary(document)


def test_a_dying_worker_loses_no_record() -> None:
    """When a worker process is killed, its chunk is rerun; only the killer record fails."""
    docs = [(n, Decoded("text", "MATI" if n == 21 else f"Kalimat nomor {n}.")) for n in range(50)]
    outcomes = list(batch.run(docs, _kill_on_marker, jobs=2))
    assert [n for n, _ in outcomes] == list(range(50))
    assert [n for n, outcome in outcomes if isinstance(outcome, Failure)] == [21]
    assert outcomes[21][1] == Failure("the worker process summarising this record died")
    assert all(isinstance(o, Summary) for n, o in outcomes if n != 21)


def test_jobs_zero_means_one_per_core_and_no_more() -> None:
    """--jobs 0 uses every core this process may run on, and no --jobs starts more workers
    than that (-j 10000 once started 10,000 processes)."""
    cores = batch.usable_cores()
    assert 1 <= cores <= (os.cpu_count() or 1)
    assert batch.worker_count(0) == cores
    assert batch.worker_count(1) == 1
    assert batch.worker_count(10_000) == cores


def test_pool_factory_is_used() -> None:
    """run() builds its pools through the factory it is given (a hook for tests and tools)."""
    made: list[int] = []

    def factory(workers: int) -> ProcessPoolExecutor:
        made.append(workers)
        return ProcessPoolExecutor(max_workers=workers, initializer=start_worker)

    docs = [(n, Decoded("text", "Satu. Dua.")) for n in range(batch.CHUNK + 1)]
    outcomes = list(batch.run(docs, _summary, jobs=2, pool_factory=factory))
    assert [n for n, _ in outcomes] == list(range(batch.CHUNK + 1))
    assert all(isinstance(outcome, Summary) for _, outcome in outcomes)
    assert made == [2]


def test_no_more_workers_than_chunks() -> None:
    """Too few documents to share need no worker process; two chunks need two, not three."""
    made: list[int] = []

    def factory(workers: int) -> ProcessPoolExecutor:
        made.append(workers)
        return ProcessPoolExecutor(max_workers=workers, initializer=start_worker)

    few = [(n, Decoded("text", "Satu.")) for n in range(batch.CHUNK)]
    assert len(list(batch.run(few, _summary, jobs=3, pool_factory=factory))) == batch.CHUNK
    assert made == []
    two_chunks = [(n, Decoded("text", "Satu.")) for n in range(batch.CHUNK + 1)]
    assert len(list(batch.run(two_chunks, _summary, jobs=3, pool_factory=factory))) == 9
    assert made == [2]


class _FailingStream(io.BytesIO):
    """A stream whose reads fail after the first line, as a disk or network error would."""

    lines_read = 0

    def readline(self, size: int | None = -1) -> bytes:
        self.lines_read += 1
        if self.lines_read > 1:
            raise OSError(5, "Input/output error")
        return super().readline(size)


def test_read_error_part_way_ends_the_file_with_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A read that fails in the middle of a JSONL file: records so far, then one error entry."""
    stream = _FailingStream(b'{"id": 1, "text": "Satu."}\n{"id": 2, "text": "Dua."}\n')
    monkeypatch.setattr(inputs, "_open", lambda path, stdin: stream)
    docs = list(inputs.documents(("arsip.jsonl",), input_format="jsonl"))
    assert docs == [
        (Source("arsip.jsonl, line 1 (id 1)", {"line": 1, "id": 1}), Decoded("text", "Satu.")),
        (Source("arsip.jsonl", {}), Failure("Input/output error")),
    ]


@pytest.mark.parametrize("method", METHODS)
def test_same_output_for_any_number_of_jobs(method: str) -> None:
    """Every method prints the same bytes with one job or two (hash seeds: test_process.py)."""
    records = "".join(
        json.dumps({"id": n, "text": p.read_text(encoding="utf-8")}) + "\n"
        for n, p in enumerate(sorted(SAMPLES.glob("*.txt")) * 3)
    )
    args = ["--input-format", "jsonl", "-f", "jsonl", "-m", method, "-n", "4"]
    one, two = (invoke(*args, "-j", jobs, stdin=records.encode()) for jobs in "12")
    assert (one.exit_code, two.exit_code) == (0, 0)
    assert one.stdout == two.stdout
    assert one.stdout.count("\n") == 12


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


def test_a_record_whose_address_urllib_cannot_read_is_summarised() -> None:
    """A page's record whose "url" urllib refuses ("http://[x/...") is read as a page without
    an address, and the batch goes on to the next record."""
    page = (
        "<!DOCTYPE html><html><head><title>Harga Beras Naik</title></head><body><article>"
        "<h1>Harga Beras Naik</h1><p>Harga beras medium naik delapan persen sepekan terakhir di "
        "pasar induk. Pedagang mengeluh karena pasokan berkurang.</p><p>Pemerintah menambah "
        "pasokan beras ke pasar induk pekan depan.</p></article></body></html>"
    )
    records = [
        {"id": "a", "html": page, "url": "http://[x/berita/1"},
        {"id": "b", "text": "Harga beras naik tajam. Pedagang mengeluh soal pasokan."},
    ]
    stdin = "".join(json.dumps(record) + "\n" for record in records).encode()
    done = invoke("--input-format", "jsonl", "-f", "jsonl", "-n", "1", stdin=stdin)
    assert done.exit_code == 0, done.stderr
    found = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["id"], r.get("url")) for r in found] == [
        ("a", "http://[x/berita/1"),
        ("b", None),
    ]
    assert found[0]["title"]["text"] == "Harga Beras Naik"
