"""The summarize command: every option and error of the command-line contract."""

from __future__ import annotations

import importlib.metadata
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from ringkas import __version__
from ringkas.command.cli import command
from ringkas.command.progress import Progress, duration
from ringkas.write.wrap import columns

from ..conftest import ROOT, SAMPLES, SEED, failed, invoke, on_terminal

ARTICLE = (
    "JAKARTA, KOMPAS.com - Harga beras di pasar Jakarta naik tajam pekan ini.\n"
    "Pedagang beras mengeluhkan harga yang terus naik.\n"
    "\n"
    "Pemerintah berjanji menambah pasokan beras ke pasar.\n"
    "Hujan turun sore hari.\n"
)
# The dateline, reported apart: the first sentence starts after it.
DATELINE = "Dateline: JAKARTA, KOMPAS.com - | line 1, column 1 | chars 0-21\n"
S1 = (
    "Sentence 1 of 4 | paragraph 1 | line 1, column 23 | chars 22-72 | rank 1\n"
    "  Harga beras di pasar Jakarta naik tajam pekan ini.\n"
)
S2 = (
    "Sentence 2 of 4 | paragraph 1 | line 2, column 1 | chars 73-122 | rank 2\n"
    "  Pedagang beras mengeluhkan harga yang terus naik.\n"
)
S3 = (
    "Sentence 3 of 4 | paragraph 2 | line 4, column 1 | chars 124-176 | rank 3\n"
    "  Pemerintah berjanji menambah pasokan beras ke pasar.\n"
)
S4 = (
    "Sentence 4 of 4 | paragraph 2 | line 5, column 1 | chars 177-199 | rank 4\n"
    "  Hujan turun sore hari.\n"
)
DATELINE_JSON = {
    "text": "JAKARTA, KOMPAS.com -", "start": 0, "end": 21, "line": 1, "column": 1,
    "place": "JAKARTA", "outlet": "KOMPAS.com",
}  # fmt: skip
S1_JSON = {
    "index": 0, "paragraph": 0, "start": 22, "end": 72, "line": 1, "column": 23,
    "score": 0.4583, "rank": 1, "boilerplate": False, "furniture": None,
    "text": "Harga beras di pasar Jakarta naik tajam pekan ini.",
}  # fmt: skip


def head(sentences: int, words: int) -> str:
    """The lines above the sentences of a summary of the article: its dateline and length."""
    return f"{DATELINE}{sentences} of 4 sentences, {words} words\n\n"


def run(args: list[str], stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(command, args, input=stdin, catch_exceptions=False)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "artikel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def assert_error(result: Result, exit_code: int, message: str) -> None:
    """One Error line on stderr, nothing on stdout, the expected exit status."""
    assert result.exit_code == exit_code, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"Error: {message}\n"


def assert_usage_error(result: Result, message: str) -> None:
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.endswith(f"\nError: {message}\n")
    assert result.stderr.startswith("Usage: summarize [OPTIONS] [FILE]...\n")


# -- what is printed ---------------------------------------------------------------------------


def test_default_text_output(article: Path) -> None:
    """The dateline and the summary's length, then the sentences closest to 60 words (here
    all 27) in document order, each with its position and rank."""
    result = run([str(article)])
    assert result.exit_code == 0
    assert result.stdout == f"{head(4, 27)}{S1}\n{S2}\n{S3}\n{S4}"
    assert result.stderr == ""


@pytest.mark.parametrize("how", ["file", "stdin", "dash"])
@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_file_and_stdin_give_identical_output(article: Path, how: str, fmt: str) -> None:
    """A file, piped stdin and `-` print exactly the same, in every format."""
    expected = run(["-f", fmt, str(article)]).stdout
    args = {"file": [str(article)], "stdin": [], "dash": ["-"]}[how]
    assert run(["-f", fmt, *args], stdin=ARTICLE).stdout == expected


def test_sentences_option_and_rank_order(article: Path) -> None:
    """-n picks how many; --order rank prints best first."""
    assert run(["-n", "2", "--order", "rank", str(article)]).stdout == f"{head(2, 16)}{S1}\n{S2}"
    assert run(["-n", "3", "--order", "rank", str(article)]).stdout == (
        f"{head(3, 23)}{S1}\n{S2}\n{S3}"
    )
    assert run(["--sentences", "1", str(article)]).stdout == f"{head(1, 9)}{S1}"


def test_more_sentences_than_there_are(article: Path) -> None:
    """Asking for more sentences than the article has prints them all."""
    result = run(["-n", "99", "-f", "jsonl", str(article)])
    assert [s["index"] for s in json.loads(result.stdout)["sentences"]] == [0, 1, 2, 3]


def test_ratio_option(article: Path) -> None:
    """-r 0.5 of 4 sentences prints 2."""
    assert run(["-r", "0.5", str(article)]).stdout == f"{head(2, 16)}{S1}\n{S2}"
    assert run(["--ratio", "0.01", str(article)]).stdout == f"{head(1, 9)}{S1}"


def test_words_option(article: Path) -> None:
    """-w W takes the best sentences whose word count comes closest to W (9, 16, 23, 27
    words for one to four): 20 is nearer 23 than 16, 12 nearer 9; 19 is nearer 16 than 23."""
    assert run(["-w", "20", str(article)]).stdout == f"{head(3, 23)}{S1}\n{S2}\n{S3}"
    assert run(["--words", "12", str(article)]).stdout == f"{head(1, 9)}{S1}"
    assert run(["-w", "19", str(article)]).stdout == f"{head(2, 16)}{S1}\n{S2}"
    assert run(["-w", "1", str(article)]).stdout == f"{head(1, 9)}{S1}"


@pytest.mark.parametrize(
    "method", ["positional", "textrank", "lexrank", "lsa", "luhn", "kl", "sumbasic", "lead"]
)
def test_every_method_summarises_the_seed(method: str) -> None:
    """--method works for every method: three distinct seed sentences, ranks 1 to 3."""
    result = run(["-m", method, "-n", "3", "-f", "json", "--order", "rank", str(SEED)])
    assert result.exit_code == 0
    sentences = json.loads(result.stdout)["sentences"]
    assert [s["rank"] for s in sentences] == [1, 2, 3]
    assert len({s["text"] for s in sentences}) == 3


def test_lead_method_takes_the_first_sentences(article: Path) -> None:
    """--method lead is the LEAD baseline: the first sentences in order."""
    assert run(["--method", "lead", "-n", "2", str(article)]).stdout == (f"{head(2, 16)}{S1}\n{S2}")


def test_json_output(article: Path) -> None:
    """-f json prints one indented object with the documented fields."""
    result = run(["-f", "json", "-n", "1", str(article)])
    assert (
        result.stdout
        == json.dumps(
            {"dateline": DATELINE_JSON, "total_sentences": 4, "words": 9, "sentences": [S1_JSON]},
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )


def test_jsonl_output(article: Path) -> None:
    """-f jsonl prints one object on one line."""
    result = run(["--format", "jsonl", "-n", "1", str(article)])
    assert (
        result.stdout
        == json.dumps(
            {"dateline": DATELINE_JSON, "total_sentences": 4, "words": 9, "sentences": [S1_JSON]},
            ensure_ascii=False,
        )
        + "\n"
    )


def test_json_positions_index_the_input(seed_text: str) -> None:
    """For every sentence, text == input[start:end], and line and column point at start."""
    result = run(["--split", "-f", "json", str(SEED)])
    sentences = json.loads(result.stdout)["sentences"]
    assert len(sentences) == 19
    lines = seed_text.split("\n")
    for s in sentences:
        assert seed_text[s["start"] : s["end"]] == s["text"]
        line_start = sum(len(line) + 1 for line in lines[: s["line"] - 1])
        assert line_start + s["column"] - 1 == s["start"]


def test_dateline_never_stands_alone() -> None:
    """ "Harakatuna.com. Damaskus –" is the dateline, reported apart; it is no sentence and
    part of none, and the first sentence starts after it."""
    result = json.loads(run(["--split", "-f", "jsonl", str(SEED)]).stdout)
    assert result["dateline"] == {
        "text": "Harakatuna.com. Damaskus –", "start": 0, "end": 26, "line": 1, "column": 1,
        "place": "Damaskus", "outlet": "Harakatuna.com",
    }  # fmt: skip
    texts = [s["text"] for s in result["sentences"]]
    assert texts[0].startswith("Menteri Luar Negeri Iran, Abbas Araghchi")
    assert result["sentences"][0]["start"] == 27
    assert not any("Harakatuna.com" in text for text in texts)


def test_split_in_every_format(article: Path) -> None:
    """--split prints every sentence with no score or rank, in text, json and jsonl."""
    text = run(["--split", str(article)]).stdout
    assert text.count("Sentence ") == 4
    assert "rank" not in text
    assert text.startswith(
        f"{DATELINE}4 of 4 sentences, 27 words\n\n"
        "Sentence 1 of 4 | paragraph 1 | line 1, column 23 | chars 22-72\n"
        "  Harga beras di pasar Jakarta naik tajam pekan ini.\n\n"
        "Sentence 2 of 4 | paragraph 1 | line 2, column 1 | chars 73-122\n"
    )
    for fmt in ("json", "jsonl"):
        doc = json.loads(run(["--split", "-f", fmt, str(article)]).stdout)
        assert [(s["index"], s["score"], s["rank"]) for s in doc["sentences"]] == [
            (0, None, None),
            (1, None, None),
            (2, None, None),
            (3, None, None),
        ]


def test_several_files_are_labelled(article: Path, tmp_path: Path) -> None:
    """Each document's output is headed by its file name (text) or has a "file" field (json)."""
    other = tmp_path / "lain.txt"
    other.write_text("Gempa mengguncang Lombok.", encoding="utf-8")
    result = run(["-n", "1", str(article), str(other)])
    assert result.stdout == (
        f"==> {article} <==\n{head(1, 9)}{S1}\n==> {other} <==\n"
        "1 of 1 sentence, 3 words\n\n"
        "Sentence 1 of 1 | paragraph 1 | line 1, column 1 | chars 0-25 | rank 1\n"
        "  Gempa mengguncang Lombok.\n"
    )
    docs = json.loads(run(["-n", "1", "-f", "json", str(article), str(other)]).stdout)
    assert [d["file"] for d in docs] == [str(article), str(other)]
    lines = run(["-n", "1", "-f", "jsonl", str(article), str(other)]).stdout.splitlines()
    assert [json.loads(line)["file"] for line in lines] == [str(article), str(other)]


def test_one_bad_file_among_several(article: Path, tmp_path: Path) -> None:
    """A missing file is reported and marked in the output; the others are still summarised."""
    missing = tmp_path / "hilang.txt"
    result = run(["-n", "1", "-f", "jsonl", str(missing), str(article)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {missing}: no such file\n"
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first == {"file": str(missing), "error": "no such file"}
    assert second["file"] == str(article)
    text = run(["-n", "1", str(missing), str(article)]).stdout
    assert text == (
        f"==> {missing} <==\nError: no such file\n\n==> {article} <==\n{head(1, 9)}{S1}"
    )


def test_plain_is_the_summary_as_prose(article: Path) -> None:
    """-f plain: the summary's sentences as one paragraph (a text without a title has no
    heading); several documents a blank line apart, each under its name, a failure as its
    Error line in its place."""
    assert run(["-f", "plain", "-n", "2", str(article)]).stdout == (
        "Harga beras di pasar Jakarta naik tajam pekan ini. "
        "Pedagang beras mengeluhkan harga yang terus naik.\n"
    )
    result = run(
        ["-f", "plain", "-n", "1", str(article), "hilang.txt", "-"], stdin="Satu dua. Tiga."
    )
    assert result.exit_code == 1
    assert result.stdout == (
        f"==> {article} <==\nHarga beras di pasar Jakarta naik tajam pekan ini.\n\n"
        "==> hilang.txt <==\nError: no such file\n\n==> <stdin> <==\nSatu dua.\n"
    )
    assert result.stderr == "Error: hilang.txt: no such file\n"


def test_plain_puts_the_title_date_and_site_above_the_summary() -> None:
    """-f plain on a page: its headline, then its date and site on a short line, a blank line,
    then the summary; a text's own title line stands above it alone."""
    page = str(ROOT / "samples" / "kabarkita-banjir.html")
    assert run(["-f", "plain", "-n", "1", page]).stdout == (
        "Banjir Rendam Ribuan Rumah di Bekasi, Warga Mengungsi\n"
        "2024-03-11 · Kabar Kita\n\n"
        "Banjir merendam ribuan rumah di Kota Bekasi, Jawa Barat, sejak Minggu (10/3/2024) "
        "malam setelah hujan deras mengguyur kawasan itu selama enam jam tanpa henti.\n"
    )
    titled = run(["-f", "plain", "-n", "1", "-"], stdin="Harga Beras Naik\n\n" + ARTICLE)
    assert titled.stdout == (
        "Harga Beras Naik\n\nHarga beras di pasar Jakarta naik tajam pekan ini.\n"
    )


# -- JSONL input -------------------------------------------------------------------------------

JSONL_INPUT = (
    '{"id": "a-1", "text": "Harga beras naik. Petani senang."}\n'
    "bukan json\n"
    "[1, 2]\n"
    '{"id": 7, "judul": "tanpa teks"}\n'
    '{"text": "   "}\n'
    "\n"
    '{"text": "Gempa mengguncang Lombok."}\n'
)


def test_jsonl_input_gives_one_line_per_record_in_order() -> None:
    """Every input line gets exactly one output line; bad records become error objects."""
    result = run(["--input-format", "jsonl", "-f", "jsonl", "-n", "1"], stdin=JSONL_INPUT)
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 7
    assert out[0]["id"] == "a-1" and out[0]["line"] == 1
    assert [s["text"] for s in out[0]["sentences"]] == ["Harga beras naik."]
    assert out[1] == {
        "line": 2,
        "error": "not valid JSON (Expecting value: line 1 column 1 (char 0))",
    }
    assert out[2] == {"line": 3, "error": "not a JSON object"}
    assert out[3] == {"line": 4, "id": 7, "error": 'no "text" or "html" field with a string value'}
    assert out[4] == {"line": 5, "error": "the input contains only white space"}
    assert out[5] == {"line": 6, "error": "empty line"}
    assert out[6]["sentences"][0]["text"] == "Gempa mengguncang Lombok."
    assert result.stderr.splitlines() == [
        "Error: <stdin>, line 2: not valid JSON (Expecting value: line 1 column 1 (char 0))",
        "Error: <stdin>, line 3: not a JSON object",
        'Error: <stdin>, line 4 (id 7): no "text" or "html" field with a string value',
        "Error: <stdin>, line 5: the input contains only white space",
        "Error: <stdin>, line 6: empty line",
    ]


def test_jsonl_input_all_good_exits_zero() -> None:
    """When every record is fine the exit status is 0."""
    stdin = '{"id": 1, "text": "Satu. Dua."}\n{"id": 2, "text": "Tiga."}\n'
    result = run(["--input-format", "jsonl", "-f", "jsonl"], stdin=stdin)
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [1, 2]


def test_jsonl_input_with_json_output_is_an_array() -> None:
    """-f json over JSONL input prints one array with an object per record."""
    stdin = '{"id": 1, "text": "Satu. Dua."}\n{"id": 2, "text": "Tiga."}\n'
    docs = json.loads(run(["--input-format", "jsonl", "-f", "json"], stdin=stdin).stdout)
    assert [d["id"] for d in docs] == [1, 2]


def test_jsonl_input_with_split_and_text_output() -> None:
    """--split works on JSONL input; text output heads each record."""
    stdin = '{"id": "x", "text": "Satu. Dua."}\n'
    result = run(["--input-format", "jsonl", "--split"], stdin=stdin)
    assert result.stdout == (
        '==> <stdin>, line 1 (id "x") <==\n'
        "2 of 2 sentences, 2 words\n\n"
        "Sentence 1 of 2 | paragraph 1 | line 1, column 1 | chars 0-5\n  Satu.\n\n"
        "Sentence 2 of 2 | paragraph 1 | line 1, column 7 | chars 6-10\n  Dua.\n"
    )


# -- errors ------------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    """A file that does not exist: one Error line, exit 1."""
    missing = tmp_path / "tidak-ada.txt"
    assert_error(run([str(missing)]), 1, f"{missing}: no such file")


def test_directory(tmp_path: Path) -> None:
    """A directory is not a file."""
    assert_error(run([str(tmp_path)]), 1, f"{tmp_path}: is a directory, not a file")


def test_unreadable_file(article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file the user may not read (simulated: tests may run as root, who reads anything)."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("ringkas.read.inputs.open", refuse, raising=False)
    assert_error(run([str(article)]), 1, f"{article}: permission denied")


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("", "<stdin>: the input is empty"),
        ("   \n\t\n", "<stdin>: the input contains only white space"),
    ],
)
def test_empty_input(stdin: str, message: str) -> None:
    """Empty and white-space-only input are errors, not empty summaries."""
    assert_error(run([], stdin=stdin), 1, message)


def test_empty_file(tmp_path: Path) -> None:
    """An empty file is an error naming the file."""
    empty = tmp_path / "kosong.txt"
    empty.write_bytes(b"")
    assert_error(run([str(empty)]), 1, f"{empty}: the input is empty")


def test_undecodable_bytes_suggest_encoding(tmp_path: Path) -> None:
    """Latin-1 bytes read as UTF-8 give a clear error that suggests --encoding."""
    path = tmp_path / "latin1.txt"
    path.write_bytes("Kafe di Bandung menjual café au lait.".encode("latin-1"))
    assert_error(
        run([str(path)]),
        1,
        f"{path}: not valid UTF-8: byte 0xe9 at offset 27 cannot be decoded; name the input's "
        "encoding with --encoding (for example --encoding latin-1)",
    )
    result = run(["--encoding", "latin-1", "-f", "jsonl", str(path)])
    assert json.loads(result.stdout)["sentences"][0]["text"] == (
        "Kafe di Bandung menjual café au lait."
    )


def test_utf8_bom_offsets_count_after_it(tmp_path: Path) -> None:
    """With a UTF-8 BOM, offsets index the text after the BOM."""
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    result = run(["-n", "1", "-f", "jsonl", str(path)])
    assert json.loads(result.stdout)["sentences"] == [S1_JSON]


def test_crlf_is_kept_in_offsets(tmp_path: Path) -> None:
    """CRLF input keeps its CRs, and offsets count them."""
    path = tmp_path / "crlf.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode())
    sentences = json.loads(run(["--split", "-f", "json", str(path)]).stdout)["sentences"]
    assert [(s["start"], s["line"], s["column"]) for s in sentences] == [
        (22, 1, 23),
        (74, 2, 1),
        (127, 4, 1),
        (181, 5, 1),
    ]


def test_binary_input_is_refused(tmp_path: Path) -> None:
    """Binary data of no known format is not text."""
    path = tmp_path / "data.bin"
    path.write_bytes(b"\x03\x00\x10\x00\x00\x00\rIHDR")
    assert_error(
        run([str(path)]), 1, f"{path}: the input looks binary (it contains NUL bytes), not text"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-n", "0"], "Invalid value for '-n' / '--sentences': 0 is not in the range x>=1."),
        (["-n", "-3"], "Invalid value for '-n' / '--sentences': -3 is not in the range x>=1."),
        (
            ["-n", "abc"],
            "Invalid value for '-n' / '--sentences': 'abc' is not a valid integer range.",
        ),
        (["-r", "0"], "Invalid value for '-r' / '--ratio': 0.0 is not in the range 0<x<=1."),
        (["-r", "1.5"], "Invalid value for '-r' / '--ratio': 1.5 is not in the range 0<x<=1."),
        (["-w", "0"], "Invalid value for '-w' / '--words': 0 is not in the range x>=1."),
        (["-n", "2", "-r", "0.5"], "-n and -r cannot be used together; choose one."),
        (["-n", "2", "-w", "10"], "-n and -w cannot be used together; choose one."),
        (["-r", "0.5", "-w", "10"], "-r and -w cannot be used together; choose one."),
        (
            ["--split", "-n", "2"],
            "--split prints every sentence; it takes no -n, -r, -w, --order or --method.",
        ),
        (
            ["--split", "--order", "rank"],
            "--split prints every sentence; it takes no -n, -r, -w, --order or --method.",
        ),
        (
            ["--split", "--method", "lead"],
            "--split prints every sentence; it takes no -n, -r, -w, --order or --method.",
        ),
        (
            ["--method", "magic"],
            "Invalid value for '-m' / '--method': 'magic' is not one of 'positional', "
            "'textrank', 'lexrank', 'lsa', 'luhn', 'kl', 'sumbasic', 'lead'.",
        ),
        (
            ["--order", "best"],
            "Invalid value for '--order': 'best' is not one of 'document', 'rank'.",
        ),
        (
            ["-f", "xml"],
            "Invalid value for '-f' / '--format': 'xml' is not one of 'text', 'json', 'jsonl', "
            "'plain', 'csv', 'html'.",
        ),
        (["--highlight", "-f", "json"], "--highlight prints text; it takes no -f json."),
        (["--highlight", "-f", "html"], "--highlight prints text; it takes no -f html."),
        (
            ["--highlight", "--color", "red"],
            "Invalid value for '--color': 'red' is not one of 'auto', 'always', 'never'.",
        ),
        *(
            (
                ["--split", *extra],
                "--split prints every sentence with its position, as text, json or jsonl; it "
                "takes no --highlight, -f plain, -f csv or -f html.",
            )
            for extra in (["--highlight"], ["-f", "plain"], ["-f", "html"])
        ),
        (
            ["--input-format", "csv"],
            "Invalid value for '--input-format': 'csv' is not one of 'auto', 'text', 'html', "
            "'jsonl'.",
        ),
        (
            ["--encoding", "klingon"],
            "Invalid value for '--encoding': unknown encoding 'klingon'",
        ),
        (["--zzqx"], "No such option '--zzqx'."),
    ],
)
def test_usage_errors_exit_2(article: Path, args: list[str], message: str) -> None:
    """Wrong options are usage errors: click's message, exit status 2."""
    assert_usage_error(run([*args, str(article)]), message)


@pytest.mark.parametrize("color", ["auto", "always", "never"])
@pytest.mark.parametrize("fmt", ["text", "plain", "json"])
def test_color_without_highlight_changes_nothing(article: Path, color: str, fmt: str) -> None:
    """--color asks how --highlight marks; without --highlight it is accepted (it may stay in an
    alias) and the output is exactly the output without it."""
    plain = run(["-f", fmt, str(article)])
    colored = run(["--color", color, "-f", fmt, str(article)])
    assert (colored.exit_code, colored.output) == (0, plain.output)
    assert "\x1b[" not in colored.output


# -- help and version --------------------------------------------------------------------------


def test_version() -> None:
    """--version prints the program and its version."""
    result = run(["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"ringkas, version {__version__}\n"


@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_help_has_real_examples(flag: str) -> None:
    """-h and --help print the usage with examples and every option."""
    result = run([flag])
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: summarize [OPTIONS] [FILE]...\n")
    for text in (
        "Examples:",
        "summarize artikel.txt",
        "--sentences",
        "--ratio",
        "--words",
        "--order",
        "--method",
        "--format",
        "--input-format",
        "--split",
        "--encoding",
        "--version",
        "--highlight",
        "--color",
        "summarize --highlight artikel.txt",
    ):
        assert text in result.stdout


def test_version_has_one_source() -> None:
    """The installed package's metadata carries the version the code declares."""
    assert importlib.metadata.version("ringkas") == __version__


def _complete(words: str) -> list[str]:
    """What tab completion in bash offers for the command line ``words`` (cursor at its end)."""
    parts = words.split(" ")
    result = CliRunner().invoke(
        command,
        prog_name="summarize",
        env={
            "_SUMMARIZE_COMPLETE": "bash_complete",
            "COMP_WORDS": words,
            "COMP_CWORD": str(len(parts) - 1),
        },
    )
    assert result.exit_code == 0
    return result.stdout.splitlines()


def test_tab_completion(monkeypatch: pytest.MonkeyPatch) -> None:
    """Completion offers options, the choices of an option, encodings and file names."""
    monkeypatch.chdir(ROOT)
    assert _complete("summarize --enc") == ["plain,--encoding"]
    assert _complete("summarize -m l") == ["plain,lexrank", "plain,lsa", "plain,luhn", "plain,lead"]
    assert _complete("summarize -f j") == ["plain,json", "plain,jsonl"]
    assert _complete("summarize -f ") == [
        f"plain,{f}" for f in ("text", "json", "jsonl", "plain", "csv", "html")
    ]
    assert _complete("summarize --hi") == ["plain,--highlight"]
    assert _complete("summarize --highlight --color ") == [
        "plain,auto", "plain,always", "plain,never"
    ]  # fmt: skip
    assert _complete("summarize --encoding cp") == ["plain,cp1252"]
    assert _complete("summarize samples/h") == ["file,samples/h"]  # the shell lists the files


def test_completion_script_for_each_shell() -> None:
    """The completion scripts the README tells users to install exist for bash, zsh and fish."""
    for shell in ("bash", "zsh", "fish"):
        result = CliRunner().invoke(
            command, prog_name="summarize", env={"_SUMMARIZE_COMPLETE": f"{shell}_source"}
        )
        assert result.exit_code == 0
        assert "_SUMMARIZE_COMPLETE" in result.stdout


# -- samples and the installed command -----------------------------------------------------------


@pytest.mark.parametrize(
    "sample", sorted([*SAMPLES.glob("*.txt"), *SAMPLES.glob("*.html")]), ids=lambda p: p.stem
)
def test_samples_match_their_expected_output(sample: Path) -> None:
    """`summarize SAMPLE` prints exactly what SAMPLE.expected holds."""
    expected = sample.with_suffix(".expected").read_text(encoding="utf-8")
    assert run([str(sample.relative_to(ROOT))]).stdout == expected


# -- progress ------------------------------------------------------------------------------------


def test_progress_line_shows_done_rate_and_time_left() -> None:
    """The progress line counts documents, gives the rate and, with a total, the time left."""
    progress = Progress(io.StringIO(), enabled=True, total=1000)
    progress.started = 100.0
    progress.done = 250
    assert progress.line(110.0) == "250/1000 documents, 25/s, 30s left"
    progress.total = None
    assert progress.line(110.0) == "250 documents, 25/s"
    assert [duration(s) for s in (7, 185, 7620)] == ["7s", "3m05s", "2h07m"]


def test_progress_is_silent_when_stderr_is_not_a_terminal() -> None:
    """Redirected stderr gets no progress line, only errors."""
    stdin = '{"text": "Satu."}\n' * 5
    result = run(["--input-format", "jsonl", "-f", "jsonl"], stdin=stdin)
    assert result.stderr == ""


def test_progress_on_a_terminal_is_wiped_at_the_end(tmp_path: Path) -> None:
    """On a real terminal the progress line is shown and wiped; stdout keeps only results."""
    if shutil.which("script") is None:
        pytest.skip("needs script(1) to give the command a terminal")
    path = tmp_path / "arsip.jsonl"
    path.write_text('{"text": "Harga beras naik. Petani senang."}\n' * 200, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    command = f"{Path(sys.executable).with_name('summarize')} --input-format jsonl -f jsonl"
    done = subprocess.run(
        ["script", "-qec", f"{command} {path} > {out}", "/dev/null"],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 200
    terminal = done.stdout.decode()
    assert "/200 documents, " in terminal
    assert terminal.endswith("\r\x1b[K")


def test_typing_at_the_terminal_gets_a_hint() -> None:
    """With no FILE and a terminal for input, a one-line hint says how to end the article."""
    if shutil.which("script") is None:
        pytest.skip("needs script(1) to give the command a terminal")
    command = f"{Path(sys.executable).with_name('summarize')} -n 1"
    done = subprocess.run(
        ["script", "-qec", command, "/dev/null"],
        input=b"Harga beras naik tajam. Petani senang.\n\x04",
        capture_output=True,
        check=False,
        timeout=60,
    )
    terminal = done.stdout.decode()
    assert done.returncode == 0
    assert "Reading the article from the terminal; end it with Ctrl-D" in terminal
    # The summary comes to the terminal too, laid out for it.
    assert "Sentence 1/2 | para 1 | 1:1 | chars 0-23 | rank 1\r\n  Harga beras" in terminal


def test_no_hint_when_input_is_piped() -> None:
    """Piped input gets no hint: stderr stays empty."""
    result = run([], stdin="Harga beras naik tajam.")
    assert result.exit_code == 0
    assert result.stderr == ""


# -- on a terminal -------------------------------------------------------------------------------

SGR = re.compile(r"\x1b\[[0-9;]*m")


def texts(output: str) -> list[str]:
    """The sentences' texts in text output: the runs of lines indented by two."""
    return [" ".join(run.split()) for run in re.findall(r"(?:^  \S.*\n)+", output, re.MULTILINE)]


def widest(screen: str) -> int:
    """The widest line on the screen, in columns, colour sequences aside."""
    return max(columns(SGR.sub("", line)) for line in screen.splitlines())


def test_text_on_a_terminal_fits_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a 60-column terminal no line is wider than 60 columns, but for a word longer than a
    line (a link), which stands alone on its line, whole: the headers are shorter and the
    sentences wrap, indented; the words are those of the piped output."""
    page = str(SAMPLES / "kabarkita-banjir.html")
    screen = on_terminal([str(SEED), page], monkeypatch, {"TERM": "xterm"})
    assert all(columns(line) <= 60 or " " not in line.strip() for line in screen.splitlines())
    assert "\nSentence 1/19 | para 1 | 1:28 | chars 27-163 | rank 1\n  Menteri Luar" in screen
    assert (
        "\nURL:\n    https://kabarkita.example/nasional/2024/03/11/banjir-bekasi\n    |" in screen
    )
    # The same sentences as piped, each now on the indented lines under its header.
    piped = run([str(SEED), page]).stdout
    assert texts(screen) == texts(piped)
    assert "\x1b" not in screen


@pytest.mark.parametrize(
    ("environ", "colour"),
    [
        ({"TERM": "xterm"}, True),
        ({"TERM": "xterm", "NO_COLOR": "1"}, False),
        ({"TERM": "dumb"}, False),
    ],
)
def test_highlight_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, environ: dict[str, str], colour: bool
) -> None:
    """--highlight on a terminal: in colour unless NO_COLOR is set or TERM is dumb (then
    Markdown), wrapped to its width either way."""
    screen = on_terminal(["--highlight", str(SEED)], monkeypatch, environ)
    assert widest(screen) <= 60
    assert ("\x1b[" in screen) is colour
    assert (" **Menteri Luar Negeri Iran, Abbas" in screen) is not colour


def test_plain_on_a_terminal_is_filled(monkeypatch: pytest.MonkeyPatch) -> None:
    """-f plain on a terminal: the paragraph filled to its width."""
    screen = on_terminal(["-f", "plain", str(SEED)], monkeypatch, {}, columns=44)
    assert widest(screen) <= 44
    assert " ".join(screen.split()) == run(["-f", "plain", str(SEED)]).stdout.strip()


def test_real_terminal_of_60_columns() -> None:
    """The installed command under script(1) with COLUMNS=60: no line wider than 60 columns."""
    if shutil.which("script") is None:
        pytest.skip("needs script(1) to give the command a terminal")
    command = f"{Path(sys.executable).with_name('summarize')} {SEED}"
    done = subprocess.run(
        ["script", "-qec", command, "/dev/null"],
        env={**os.environ, "COLUMNS": "60", "TERM": "xterm"},
        capture_output=True,
        check=False,
        timeout=60,
    )
    screen = done.stdout.decode().replace("\r\n", "\n")
    assert done.returncode == 0
    assert widest(screen) <= 60
    assert "Sentence 4/19 | para 1 | 2:172 | chars 409-477 | rank 4\n" in screen


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_lone_cr(newline: str) -> None:
    """CRLF and lone-CR text splits as LF text, with offsets into the text as given."""
    lf = "Harga naik.\nWarga mengeluh.\n\nPemerintah diam.\n"
    text = lf.replace("\n", newline)
    done = invoke("--split", "-f", "json", stdin=text.encode())
    sentences = json.loads(done.stdout)["sentences"]
    assert [s["text"] for s in sentences] == ["Harga naik.", "Warga mengeluh.", "Pemerintah diam."]
    assert all(text[s["start"] : s["end"]] == s["text"] for s in sentences)
    assert [(s["line"], s["paragraph"]) for s in sentences] == [(1, 0), (2, 0), (4, 1)]


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
    done = invoke("-n", "2", "-f", "json", stdin=text.encode())
    failed(done, 0)
    for sentence in json.loads(done.stdout)["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]


def test_library_and_cli_agree_on_duplicates() -> None:
    """Repeated sentences keep their own positions and are never printed twice."""
    text = "Harga beras naik. " * 4 + "Petani senang. Harga beras naik."
    result = CliRunner().invoke(command, ["-n", "5", "-f", "json"], text)
    sentences = json.loads(result.stdout)["sentences"]
    texts = [s["text"] for s in sentences]
    assert len(texts) == len(set(texts)) == 2
    assert [s["start"] for s in sentences] == [0, 72]


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
        (
            ["--timeout", "1e10"],
            "Invalid value for '--timeout': 10000000000.0 is not in the range 0<x<=3600.0.",
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
    done = run(args, stdin="Harga beras naik.")
    assert done.exit_code == 2
    assert done.stderr.endswith(f"\nError: {message}\n")


ENGLISH = (
    "The future of Twitter is uncertain after Salesforce said it would not bid for the company. "
    "Shares fell sharply on Friday as investors worried about growth, and analysts said the "
    "board has few options left."
)
FRENCH = (
    "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les "
    "agriculteurs touchés par la sécheresse dans le sud du pays. Les syndicats ont salué une "
    "avancée mais réclament davantage."
)


@pytest.mark.parametrize(
    ("text", "looks", "code"),
    [(ENGLISH, "looks English, not Indonesian", "en"), (FRENCH, "does not look Indonesian", "und")],
    ids=["english", "french"],
)
def test_a_text_that_is_not_indonesian_gets_a_warning(text: str, looks: str, code: str) -> None:
    """A text in another language is still summarised, with one Warning line saying what it
    looks like (and "language" in JSON); an Indonesian text gets none."""
    done = run(["-n", "1", "-f", "json", "-"], stdin=text)
    assert done.exit_code == 0
    assert done.stderr == (
        f"Warning: <stdin>: the text {looks}; ringkas's sentence rules, stop words and page "
        "furniture are Indonesian, so the summary may be poor\n"
    )
    assert json.loads(done.stdout)["language"] == code
    indonesian = run(["-n", "1", "-f", "json", str(SEED)])
    assert indonesian.stderr == "" and "language" not in json.loads(indonesian.stdout)
