"""Inputs as the reading part finds them: files it cannot read or that are too large, standard
input closed or non-blocking, names that must be shown safely in errors."""

from __future__ import annotations

import io
import json
import os
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from ringkas.command.cli import command
from ringkas.command.process import stdin_bytes
from ringkas.model import Decoded, Failure, Source
from ringkas.read.inputs import documents
from ringkas.read.limits import MAX_BYTES

from ..conftest import SHORT, TOO_LARGE, failed, invoke, non_blocking, pending


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file; see test_cli's simulation")
def test_unreadable_file(tmp_path: Path) -> None:
    """A file without read permission: one Error line, exit 1."""
    path = tmp_path / "rahasia.txt"
    path.write_text("Rahasia.", encoding="utf-8")
    path.chmod(0)
    done = invoke(str(path))
    assert failed(done, 1) == f"Error: {path}: permission denied\n"


def test_input_over_the_size_limit(tmp_path: Path) -> None:
    """A file over 5 MiB is refused with a clear error; one of exactly 5 MiB is read."""
    path = tmp_path / "besar.txt"
    path.write_bytes(b"a" * (MAX_BYTES + 1))
    stderr = failed(invoke(str(path)), 1)
    assert stderr == f"Error: {path}: the input is {TOO_LARGE}\n"
    # Exactly 5 MiB is read: white space, so that it is quick to find it holds no sentence.
    path.write_bytes(b" " * MAX_BYTES)
    stderr = failed(invoke(str(path)), 1)
    assert stderr == f"Error: {path}: the input contains only white space\n"


def test_error_messages_escape_file_names(tmp_path: Path) -> None:
    """A file name with an escape sequence is shown escaped in the error line."""
    missing = tmp_path / "a\x1b[31mb.txt"
    stderr = failed(invoke(str(missing)), 1)
    assert "\x1b" not in stderr
    assert "a\\x1b[31mb.txt: no such file" in stderr


def test_closed_stdin_is_one_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """`summarize <&-`: standard input is an error document, not AttributeError."""
    monkeypatch.setattr(sys, "stdin", None)
    assert list(documents(("-",))) == [(Source("<stdin>"), Failure("standard input is closed"))]


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
    non_blocking(read_end)
    os.write(write_end, data[:half])

    def rest() -> None:
        while pending(read_end):  # the reader has taken the first part and found no more
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


@pytest.mark.parametrize(
    ("start", "name"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive (a Word or OpenDocument file is one)"),
    ],
    ids=["pdf", "png", "docx"],
)
@pytest.mark.parametrize("options", [[], ["--encoding", "latin-1"], ["--input-format", "html"]])
def test_a_file_that_is_not_text_is_named(
    tmp_path: Path, start: bytes, name: str, options: list[str]
) -> None:
    """A PDF, an image or an archive is named as what it is, with what ringkas reads instead,
    whatever encoding or kind is asked for (latin-1 would read any bytes)."""
    path = tmp_path / "berkas"
    path.write_bytes(start + bytes(range(256)) * 4)
    done = CliRunner().invoke(command, [*options, str(path)])
    advice = " (pdftotext FILE.pdf - | summarize)" if name == "a PDF document" else ""
    assert (done.exit_code, done.output) == (
        1,
        f"Error: {path}: the input is {name}, not text; ringkas reads plain text, saved web "
        f"pages (HTML) and JSON Lines: take the text out of it first{advice}\n",
    )


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("www.detik.com/berita/d-7212345/banjir", True),
        ("kompas.com/read/2024/03/11/banjir", True),
        ("www.kabarkita.example", True),
        ("artikel.txt", False),
        ("arsip/artikel.txt", False),
        ("kompas.com", False),
    ],
)
def test_a_link_without_its_scheme_gets_a_hint(
    name: str, hint: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A web address copied without https:// that is no file gets "did you mean https://...";
    a missing file's name gets no such guess."""
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(command, [name])
    expected = f"no such file; did you mean https://{name}" if hint else "no such file"
    assert (done.exit_code, done.output) == (1, f"Error: {name}: {expected}\n")
