"""Bad input, faults and hostile text: never a traceback, a hang, a lost record or a live escape.

These run the command in-process with click's CliRunner, with exceptions passed through, so any
traceback a user could see fails the test. What needs a real process (Ctrl-C, pipes, hash
seeds) is in test_process.py.
"""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from ringkas import METHODS
from ringkas.command.cli import command
from ringkas.read.limits import MAX_BYTES

from .conftest import SAMPLES

TOO_LARGE = "larger than 5 MiB, the most ringkas reads as one document; split it"


def summarize_in_process(*args: str, stdin: bytes = b"") -> Result:
    """Run the command as a user would, in this process; an exception fails the test."""
    return CliRunner().invoke(command, list(args), input=stdin, catch_exceptions=False)


def assert_clean_failure(result: Result, status: int) -> str:
    """Exit status as given, and the stderr text."""
    assert result.exit_code == status, result.stderr
    return result.stderr


# -- unreadable input -----------------------------------------------------------------------------


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file; see test_cli's simulation")
def test_unreadable_file(tmp_path: Path) -> None:
    """A file without read permission: one Error line, exit 1."""
    path = tmp_path / "rahasia.txt"
    path.write_text("Rahasia.", encoding="utf-8")
    path.chmod(0)
    done = summarize_in_process(str(path))
    assert assert_clean_failure(done, 1) == f"Error: {path}: permission denied\n"


# -- encodings ------------------------------------------------------------------------------------

TEXT = "Harga “beras” naik.\nPetani di Karawang senang."


@pytest.mark.parametrize(
    ("data", "args"),
    [
        (codecs.BOM_UTF8 + TEXT.encode(), []),
        (TEXT.encode("utf-16"), []),
        (TEXT.encode("utf-32"), []),
        (TEXT.encode("cp1252"), ["--encoding", "cp1252"]),
        (TEXT.replace("“", '"').replace("”", '"').encode("latin-1"), ["--encoding", "latin-1"]),
    ],
    ids=["utf8-bom", "utf16-bom", "utf32-bom", "cp1252", "latin1"],
)
def test_encodings_give_the_same_positions(data: bytes, args: list[str]) -> None:
    """BOM-marked UTF-8/16/32 and named encodings are read; offsets index the decoded text."""
    done = summarize_in_process("--split", "-f", "json", *args, stdin=data)
    assert done.exit_code == 0
    sentences = json.loads(done.stdout)["sentences"]
    assert [(s["start"], s["line"], s["column"]) for s in sentences] == [(0, 1, 1), (20, 2, 1)]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_lone_cr(newline: str) -> None:
    """CRLF and lone-CR text splits as LF text, with offsets into the text as given."""
    lf = "Harga naik.\nWarga mengeluh.\n\nPemerintah diam.\n"
    text = lf.replace("\n", newline)
    done = summarize_in_process("--split", "-f", "json", stdin=text.encode())
    sentences = json.loads(done.stdout)["sentences"]
    assert [s["text"] for s in sentences] == ["Harga naik.", "Warga mengeluh.", "Pemerintah diam."]
    assert all(text[s["start"] : s["end"]] == s["text"] for s in sentences)
    assert [(s["line"], s["paragraph"]) for s in sentences] == [(1, 0), (2, 0), (4, 1)]


# -- size and pathological text -------------------------------------------------------------------


def test_input_over_the_size_limit(tmp_path: Path) -> None:
    """A file over 5 MiB is refused with a clear error; one of exactly 5 MiB is read."""
    path = tmp_path / "besar.txt"
    path.write_bytes(b"a" * (MAX_BYTES + 1))
    stderr = assert_clean_failure(summarize_in_process(str(path)), 1)
    assert stderr == f"Error: {path}: the input is {TOO_LARGE}\n"
    # Exactly 5 MiB is read: white space, so that it is quick to find it holds no sentence.
    path.write_bytes(b" " * MAX_BYTES)
    stderr = assert_clean_failure(summarize_in_process(str(path)), 1)
    assert stderr == f"Error: {path}: the input contains only white space\n"


def test_huge_record_fails_alone() -> None:
    """A JSONL record over 5 MiB becomes its own error line; its neighbours are summarised."""
    huge = json.dumps({"id": "besar", "text": "a" * MAX_BYTES})
    stdin = f'{{"id": 1, "text": "Satu."}}\n{huge}\n{{"id": 3, "text": "Tiga."}}\n'.encode()
    done = summarize_in_process("--input-format", "jsonl", "-f", "jsonl", stdin=stdin)
    assert_clean_failure(done, 1)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line.get("id") for line in lines] == [1, None, 3]
    assert lines[1] == {"line": 2, "error": f"the record is {TOO_LARGE}"}


@pytest.mark.parametrize(
    "text",
    [
        "kata " * 200_000,
        "." * 200_000,
        "a.b.c." * 50_000,
        "Dr. " * 12_500,
        "“(" * 12_500 + "Kalimat. " * 1_000,
        "😀" * 200_000,
        "a" + "\u0301" * 200_000,
        "\u202e\u200b\ufeff" * 50_000,
    ],
    ids=["no-punct", "dots", "abc", "dr", "unbalanced", "emoji", "combining", "format-chars"],
)
def test_pathological_text_through_the_command(text: str) -> None:
    """Long runs without punctuation, of dots, abbreviations, quotes or marks: a summary, exit 0.

    (The splitter alone is tested on longer runs in test_segment.py; how long they take at
    5 MB is measured by benchmarks/pathological.py.)
    """
    done = summarize_in_process("-n", "2", "-f", "json", stdin=text.encode())
    assert_clean_failure(done, 0)
    for sentence in json.loads(done.stdout)["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]


# -- terminal safety ------------------------------------------------------------------------------

HOSTILE = "Judul\x1b]0;diretas\x07 berita.\x1b[2J\x08\x9b31m Isi berita\x85 di sini."


def test_text_output_shows_controls_escaped() -> None:
    """Text output never emits ESC, BEL, backspace or C1 controls from the input."""
    done = summarize_in_process("--split", stdin=HOSTILE.encode())
    out = done.stdout
    assert not any(ch in out for ch in "\x1b\x07\x08\x9b\x85")
    assert "\\x1b]0;diretas\\x07" in out and "\\x9b31m" in out


def test_json_output_is_exact_and_escaped() -> None:
    """JSON escapes every control character and decodes back to the exact input."""
    done = summarize_in_process("--split", "-f", "json", stdin=HOSTILE.encode())
    out = done.stdout
    assert not any(ch in out for ch in "\x1b\x07\x08\x9b\x85")
    sentences = json.loads(out)["sentences"]
    assert "".join(HOSTILE[s["start"] : s["end"]] for s in sentences) == "".join(
        s["text"] for s in sentences
    )


def test_error_messages_escape_file_names(tmp_path: Path) -> None:
    """A file name with an escape sequence is shown escaped in the error line."""
    missing = tmp_path / "a\x1b[31mb.txt"
    stderr = assert_clean_failure(summarize_in_process(str(missing)), 1)
    assert "\x1b" not in stderr
    assert "a\\x1b[31mb.txt: no such file" in stderr


# -- determinism ---------------------------------------------------------------------------------


@pytest.mark.parametrize("method", METHODS)
def test_same_output_for_any_number_of_jobs(method: str) -> None:
    """Every method prints the same bytes with one job or two (hash seeds: test_process.py)."""
    records = "".join(
        json.dumps({"id": n, "text": p.read_text(encoding="utf-8")}) + "\n"
        for n, p in enumerate(sorted(SAMPLES.glob("*.txt")) * 3)
    )
    args = ["--input-format", "jsonl", "-f", "jsonl", "-m", method, "-n", "4"]
    one, two = (summarize_in_process(*args, "-j", jobs, stdin=records.encode()) for jobs in "12")
    assert (one.exit_code, two.exit_code) == (0, 0)
    assert one.stdout == two.stdout
    assert one.stdout.count("\n") == 12


def test_library_and_cli_agree_on_duplicates() -> None:
    """Repeated sentences keep their own positions and are never printed twice."""
    text = "Harga beras naik. " * 4 + "Petani senang. Harga beras naik."
    result = CliRunner().invoke(command, ["-n", "5", "-f", "json"], text)
    sentences = json.loads(result.stdout)["sentences"]
    texts = [s["text"] for s in sentences]
    assert len(texts) == len(set(texts)) == 2
    assert [s["start"] for s in sentences] == [0, 72]
