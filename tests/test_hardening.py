"""Bad input, faults and hostile text: never a traceback, a hang, a lost record or a live escape."""

from __future__ import annotations

import codecs
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from ringkas import METHODS
from ringkas.cli import command
from ringkas.inputs import MAX_BYTES

from .conftest import ROOT, SEED

COMMAND = str(Path(sys.executable).with_name("summarize"))
TOO_LARGE = "larger than 5 MiB, the most ringkas reads as one document; split it"


def summarize_process(
    *args: str, stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run the installed command as a user would."""
    return subprocess.run(
        [COMMAND, *args], input=stdin, capture_output=True, check=False, cwd=ROOT, env=env
    )


def assert_clean_failure(done: subprocess.CompletedProcess[bytes], status: int) -> str:
    """Exit status as given, no traceback, and the stderr text."""
    stderr = done.stderr.decode()
    assert done.returncode == status, stderr
    assert "Traceback" not in stderr
    return stderr


# -- unreadable and empty input, through the installed command ------------------------------------


def test_missing_file_and_directory(tmp_path: Path) -> None:
    """A missing file and a directory: one Error line each, exit 1."""
    missing = tmp_path / "hilang.txt"
    done = summarize_process(str(missing))
    assert assert_clean_failure(done, 1) == f"Error: {missing}: no such file\n"
    done = summarize_process(str(tmp_path))
    assert assert_clean_failure(done, 1) == f"Error: {tmp_path}: is a directory, not a file\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file; see test_cli's simulation")
def test_unreadable_file(tmp_path: Path) -> None:
    """A file without read permission: one Error line, exit 1."""
    path = tmp_path / "rahasia.txt"
    path.write_text("Rahasia.", encoding="utf-8")
    path.chmod(0)
    done = summarize_process(str(path))
    assert assert_clean_failure(done, 1) == f"Error: {path}: permission denied\n"


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        (b"", "<stdin>: the input is empty"),
        (b" \n\t\r\n ", "<stdin>: the input contains only white space"),
    ],
)
def test_empty_stdin(stdin: bytes, message: str) -> None:
    """Empty and blank standard input are errors, exit 1."""
    assert assert_clean_failure(summarize_process(stdin=stdin), 1) == f"Error: {message}\n"


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
    done = summarize_process("--split", "-f", "json", *args, stdin=data)
    assert done.returncode == 0
    sentences = json.loads(done.stdout)["sentences"]
    assert [(s["start"], s["line"], s["column"]) for s in sentences] == [(0, 1, 1), (20, 2, 1)]


def test_invalid_utf8_suggests_encoding() -> None:
    """Latin-1 bytes read as UTF-8: the error names the byte and suggests --encoding."""
    done = summarize_process(stdin="Kafe café.".encode("latin-1"))
    stderr = assert_clean_failure(done, 1)
    assert stderr == (
        "Error: <stdin>: not valid UTF-8: byte 0xe9 at offset 8 cannot be decoded; name the "
        "input's encoding with --encoding (for example --encoding latin-1)\n"
    )


def test_binary_input_is_refused() -> None:
    """An image (NUL bytes) is refused as binary."""
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"
    stderr = assert_clean_failure(summarize_process(stdin=png), 1)
    assert stderr == "Error: <stdin>: the input looks binary (it contains NUL bytes), not text\n"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_lone_cr(newline: str) -> None:
    """CRLF and lone-CR text splits as LF text, with offsets into the text as given."""
    lf = "Harga naik.\nWarga mengeluh.\n\nPemerintah diam.\n"
    text = lf.replace("\n", newline)
    done = summarize_process("--split", "-f", "json", stdin=text.encode())
    sentences = json.loads(done.stdout)["sentences"]
    assert [s["text"] for s in sentences] == ["Harga naik.", "Warga mengeluh.", "Pemerintah diam."]
    assert all(text[s["start"] : s["end"]] == s["text"] for s in sentences)
    assert [(s["line"], s["paragraph"]) for s in sentences] == [(1, 0), (2, 0), (4, 1)]


# -- size and pathological text -------------------------------------------------------------------


def test_input_over_the_size_limit(tmp_path: Path) -> None:
    """A file over 5 MiB is refused with a clear error; one of exactly 5 MiB is read."""
    path = tmp_path / "besar.txt"
    path.write_bytes(b"a" * (MAX_BYTES + 1))
    stderr = assert_clean_failure(summarize_process(str(path)), 1)
    assert stderr == f"Error: {path}: the input is {TOO_LARGE}\n"
    path.write_bytes(b"a" * MAX_BYTES)
    assert summarize_process("-n", "1", str(path)).returncode == 0


def test_huge_record_fails_alone() -> None:
    """A JSONL record over 5 MiB becomes its own error line; its neighbours are summarised."""
    huge = json.dumps({"id": "besar", "text": "a" * MAX_BYTES})
    stdin = f'{{"id": 1, "text": "Satu."}}\n{huge}\n{{"id": 3, "text": "Tiga."}}\n'.encode()
    done = summarize_process("--input-format", "jsonl", "-f", "jsonl", stdin=stdin)
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
        "Dr. " * 50_000,
        "“(" * 50_000 + "Kalimat. " * 1_000,
        "😀" * 200_000,
        "a" + "\u0301" * 200_000,
        "\u202e\u200b\ufeff" * 50_000,
    ],
    ids=["no-punct", "dots", "abc", "dr", "unbalanced", "emoji", "combining", "format-chars"],
)
def test_pathological_text_through_the_command(text: str) -> None:
    """Long runs without punctuation, of dots, abbreviations, quotes or marks: a summary, exit 0.

    (How long they take at 5 MB is measured by benchmarks/pathological.py.)
    """
    done = summarize_process("-n", "2", "-f", "json", stdin=text.encode())
    assert_clean_failure(done, 0)
    for sentence in json.loads(done.stdout)["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]


# -- usage errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["-n", "0"], ["-n", "-3"], ["-n", "abc"], ["--ratio", "1.5"], ["--ratio", "0"], ["-w", "0"],
     ["-n", "2", "-w", "5"], ["-j", "-1"], ["--method", "x"]],
)  # fmt: skip
def test_usage_errors_through_the_command(args: list[str]) -> None:
    """Wrong options: click's message, exit 2, no traceback."""
    done = summarize_process(*args, str(SEED))
    stderr = assert_clean_failure(done, 2)
    assert stderr.startswith("Usage: summarize [OPTIONS] [FILE]...\n")
    assert stderr.splitlines()[-1].startswith("Error: ")


# -- pipes and Ctrl-C -----------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_closed_pipe_is_quiet(tmp_path: Path, jobs: str) -> None:
    """`summarize ... | head -1`: no BrokenPipeError and no traceback."""
    path = tmp_path / "arsip.jsonl"
    path.write_text('{"text": "Satu. Dua. Tiga."}\n' * 3000, encoding="utf-8")
    pipeline = f"{COMMAND} --input-format jsonl -j {jobs} {path} | head -1"
    done = subprocess.run(["bash", "-c", pipeline], capture_output=True, check=False)
    assert done.stdout.startswith(b"==> ")
    assert done.stderr == b""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_without_traceback(tmp_path: Path, jobs: str) -> None:
    """Ctrl-C (SIGINT to the process group) stops the run: exit 130, nothing on stderr."""
    path = tmp_path / "arsip.jsonl"
    line = json.dumps({"text": SEED.read_text(encoding="utf-8")})
    path.write_text((line + "\n") * 3000, encoding="utf-8")
    process = subprocess.Popen(
        [COMMAND, "--input-format", "jsonl", "-f", "jsonl", "-j", jobs, str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    time.sleep(1.5)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert (process.returncode, stderr) == (130, b"")


# -- terminal safety ------------------------------------------------------------------------------

HOSTILE = "Judul\x1b]0;diretas\x07 berita.\x1b[2J\x08\x9b31m Isi berita\x85 di sini."


def test_text_output_shows_controls_escaped() -> None:
    """Text output never emits ESC, BEL, backspace or C1 controls from the input."""
    done = summarize_process("--split", stdin=HOSTILE.encode())
    out = done.stdout.decode()
    assert not any(ch in out for ch in "\x1b\x07\x08\x9b\x85")
    assert "\\x1b]0;diretas\\x07" in out and "\\x9b31m" in out


def test_json_output_is_exact_and_escaped() -> None:
    """JSON escapes every control character and decodes back to the exact input."""
    done = summarize_process("--split", "-f", "json", stdin=HOSTILE.encode())
    out = done.stdout.decode()
    assert not any(ch in out for ch in "\x1b\x07\x08\x9b\x85")
    sentences = json.loads(out)["sentences"]
    assert "".join(HOSTILE[s["start"] : s["end"]] for s in sentences) == "".join(
        s["text"] for s in sentences
    )


def test_error_messages_escape_file_names(tmp_path: Path) -> None:
    """A file name with an escape sequence is shown escaped in the error line."""
    missing = tmp_path / "a\x1b[31mb.txt"
    stderr = assert_clean_failure(summarize_process(str(missing)), 1)
    assert "\x1b" not in stderr
    assert "a\\x1b[31mb.txt: no such file" in stderr


# -- determinism ---------------------------------------------------------------------------------


def test_same_output_for_any_hash_seed_and_jobs() -> None:
    """Every method prints the same bytes whatever PYTHONHASHSEED and --jobs are."""
    records = "".join(
        json.dumps({"id": n, "text": p.read_text(encoding="utf-8")}) + "\n"
        for n, p in enumerate(sorted((ROOT / "samples").glob("*.txt")))
    ).encode()
    outputs = set()
    for seed, jobs in (("0", "1"), ("1", "2"), ("12345", "1"), ("random", "2")):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        for method in METHODS:
            done = summarize_process(
                "--input-format", "jsonl", "-f", "jsonl", "-m", method, "-n", "4", "-j", jobs,
                stdin=records, env=env,
            )  # fmt: skip
            assert done.returncode == 0
            outputs.add((method, done.stdout))
    assert len(outputs) == len(METHODS)


def test_offline_without_nltk_data() -> None:
    """The command works with NLTK_DATA pointing nowhere (and no network is needed)."""
    env = {**os.environ, "NLTK_DATA": "/nonexistent/nltk_data"}
    done = summarize_process(str(SEED), env=env)
    assert done.returncode == 0
    assert done.stdout == SEED.with_suffix(".expected").read_bytes()


def test_library_and_cli_agree_on_duplicates() -> None:
    """Repeated sentences keep their own positions and are never printed twice."""
    text = "Harga beras naik. " * 4 + "Petani senang. Harga beras naik."
    result = CliRunner().invoke(command, ["-n", "5", "-f", "json"], text)
    sentences = json.loads(result.stdout)["sentences"]
    texts = [s["text"] for s in sentences]
    assert len(texts) == len(set(texts)) == 2
    assert [s["start"] for s in sentences] == [0, 72]
