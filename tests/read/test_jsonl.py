"""JSON Lines batches: each line its own record, whatever it holds (too large, too deep, lone
surrogates, no line end, any encoding); a bad record is that record's error alone."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from ringkas.read import jsonl
from ringkas.read.inputs import count_documents
from ringkas.read.jsonl import SKIP_LIMIT
from ringkas.read.limits import MAX_BYTES

from ..conftest import TOO_LARGE, failed, invoke, jsonl_bytes, output_lines


def test_huge_record_fails_alone() -> None:
    """A JSONL record over 5 MiB becomes its own error line; its neighbours are summarised."""
    huge = json.dumps({"id": "besar", "text": "a" * MAX_BYTES})
    stdin = f'{{"id": 1, "text": "Satu."}}\n{huge}\n{{"id": 3, "text": "Tiga."}}\n'.encode()
    done = invoke("--input-format", "jsonl", "-f", "jsonl", stdin=stdin)
    failed(done, 1)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line.get("id") for line in lines] == [1, None, 3]
    assert lines[1] == {"line": 2, "error": f"the record is {TOO_LARGE}"}


def test_deep_nesting_is_that_records_error() -> None:
    """A record nested 10,000 levels deep is an error line; the batch goes on (it raised
    RecursionError and lost the rest)."""
    deep = '{"id": 2, "x": ' + "[" * 10_000 + "]" * 10_000 + ', "text": "Dua."}'
    deep_id = '{"id": ' + "[" * 500 + "]" * 500 + ', "text": "Tiga."}'
    stdin = jsonl_bytes('{"id": 1, "text": "Satu."}', deep, deep_id, '{"id": 4, "text": "Empat."}')
    done = invoke("--input-format", "jsonl", "-f", "jsonl", stdin=stdin)
    assert done.exit_code == 1
    lines = output_lines(done)
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
    stdin = jsonl_bytes(LONE, '{"id": 2, "text": "Dua."}')
    done = invoke("--input-format", "jsonl", "-f", output_format, "--split", stdin=stdin)
    assert done.exit_code == 0
    assert "\\ud800" in done.stdout and "\\udfff" in done.stdout
    if output_format == "text":
        assert done.stdout.startswith('==> <stdin>, line 1 (id "a\\ud800") <==\n')
        return
    first = json.loads(done.stdout)[0] if output_format == "json" else output_lines(done)[0]
    assert (first["id"], first["sentences"][0]["text"]) == ("a\ud800", "Harga \udfff naik.")


def test_an_endless_line_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    """/dev/zero as JSON Lines (an endless line without a line end): one error record, then
    the input is given up; it used to be read for ever. (Given up after 5 MiB more here, to be
    quick; the command reads 80 MiB more.)"""
    assert SKIP_LIMIT == 80 * 2**20
    monkeypatch.setattr(jsonl, "SKIP_LIMIT", MAX_BYTES)
    done = invoke("--input-format", "jsonl", "-f", "jsonl", "/dev/zero")
    assert done.exit_code == 1
    message = (
        f"the record is {TOO_LARGE}, and no line end follows within 5 MiB: the rest of the "
        "input is not read"
    )
    assert output_lines(done) == [{"line": 1, "error": message}]
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
    done = invoke("--input-format", "jsonl", "-f", "jsonl", "-n", "1", str(path))
    lines = output_lines(done)
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
    stdin = jsonl_bytes(*(f'{{"id": {i}, "text": "Satu."}}' for i in ids))
    done = invoke("--input-format", "jsonl", "-f", "jsonl", stdin=stdin)
    assert done.exit_code == 0
    assert [line["id"] for line in output_lines(done)] == [
        "1e400",
        "-1E400",
        "NaN",
        "Infinity",
        "-Infinity",
        ["1e999", 2.5],
    ]


@pytest.mark.parametrize("encoding", ["cp037", "cp500", "cp1140"])
def test_ebcdic_records_give_one_answer_each(encoding: str) -> None:
    """In an EBCDIC code page a line ends at 0x25, not 0x0A: every record is its own
    document, as in UTF-16, and a bad one is its own error."""
    records = [
        json.dumps({"id": 1, "text": "Presiden meresmikan jembatan baru. Warga senang."}),
        "{tidak sah",
        json.dumps({"id": 3, "text": "Harga beras naik tajam. Petani mengeluh."}),
    ]
    data = "".join(record + "\n" for record in records).encode(encoding)
    done = invoke("--input-format", "jsonl", "--encoding", encoding, "-f", "jsonl", "-n", "1",
                  stdin=data)  # fmt: skip
    lines = output_lines(done)
    assert [(line["line"], line.get("id")) for line in lines] == [(1, 1), (2, None), (3, 3)]
    assert lines[1]["error"].startswith("not valid JSON")
    assert [line["sentences"][0]["text"] for line in (lines[0], lines[2])] == [
        "Presiden meresmikan jembatan baru.",
        "Harga beras naik tajam.",
    ]
