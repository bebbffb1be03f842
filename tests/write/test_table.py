"""CSV for spreadsheets (-f csv): RFC 4180, one row per document, failures included."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner, Result

from ringkas.command.cli import command
from ringkas.write.table import COLUMNS

from ..conftest import SAMPLES


def run(args: list[str], stdin: str | None = None) -> Result:
    return CliRunner().invoke(command, args, input=stdin)


def rows(output: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(output.decode("utf-8"), newline="")))


def test_a_page_is_one_row_under_the_header() -> None:
    """A saved page: the header, then one row with what is known of it and its summary; every
    row ends with CRLF."""
    page = str(SAMPLES / "kabarkita-banjir.html")
    done = run(["-f", "csv", "-n", "2", page])
    assert done.exit_code == 0
    out = done.stdout_bytes
    assert out.startswith(",".join(COLUMNS).encode() + b"\r\n")
    assert out.count(b"\r\n") == 2 and b"\n" not in out.replace(b"\r\n", b"")
    assert rows(out) == [
        {
            "document": page,
            "line": "",
            "id": "",
            "url": "https://kabarkita.example/nasional/2024/03/11/banjir-bekasi",
            "title": "Banjir Rendam Ribuan Rumah di Bekasi, Warga Mengungsi",
            "date": "2024-03-11",
            "site": "Kabar Kita",
            "author": "Rina Lestari",
            "dateline": "BEKASI, KABARKITA –",
            "summary": "Banjir merendam ribuan rumah di Kota Bekasi, Jawa Barat, sejak Minggu "
            "(10/3/2024) malam setelah hujan deras mengguyur kawasan itu selama enam jam tanpa "
            "henti. Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi mencatat ketinggian "
            "air mencapai satu meter di sejumlah perumahan, antara lain Pondok Gede Permai dan "
            "Villa Jatirasa.",
            "words": "48",
            "sentences": "1 2",
            "error": "",
        }
    ]


def test_a_batch_has_a_row_per_record_with_quotes_and_failures(tmp_path: Path) -> None:
    """JSON Lines: one row per record in order, its line and id; commas, quotes and line
    breaks are quoted as RFC 4180 says; a record that fails has its row with its error."""
    archive = tmp_path / "arsip.jsonl"
    archive.write_text(
        '{"id": "a,1", "text": "Harga beras naik \\"tajam\\".\\nPetani senang."}\n'
        "bukan json\n"
        '{"id": 7, "text": "Gempa mengguncang Lombok."}\n',
        encoding="utf-8",
    )
    done = run(["-f", "csv", "-n", "1", "--input-format", "jsonl", str(archive)])
    assert done.exit_code == 1
    assert b'"Harga beras naik ""tajam""."' in done.stdout_bytes
    found = rows(done.stdout_bytes)
    assert [(r["document"], r["line"], r["id"], r["summary"], r["error"]) for r in found] == [
        (f'{archive}, line 1 (id "a,1")', "1", "a,1", 'Harga beras naik "tajam".', ""),
        (
            f"{archive}, line 2",
            "2",
            "",
            "",
            "not valid JSON (Expecting value: line 1 column 1 (char 0))",
        ),
        (f"{archive}, line 3 (id 7)", "3", "7", "Gempa mengguncang Lombok.", ""),
    ]


def test_the_only_document_failing_still_has_its_row(tmp_path: Path) -> None:
    """A table keeps a row per document, also when the only one fails (its Error line is on
    stderr too, and the exit status 1)."""
    missing = str(tmp_path / "hilang.txt")
    done = run(["-f", "csv", missing])
    assert done.exit_code == 1
    assert done.stderr == f"Error: {missing}: no such file\n"
    assert [(r["document"], r["error"], r["summary"]) for r in rows(done.stdout_bytes)] == [
        (missing, "no such file", "")
    ]


def test_control_characters_are_escaped_in_cells() -> None:
    """A cell is one line, with what could act on a terminal shown as an escape."""
    done = run(["-f", "csv", "-"], stdin="Harga naik \x1b[31mlagi.\nPetani senang.")
    assert rows(done.stdout_bytes)[0]["summary"] == "Harga naik \\x1b[31mlagi. Petani senang."


def test_a_text_that_looks_like_a_formula_stays_text() -> None:
    """A cell that opens with "=", "+" or "@" (a page's title is written by anyone) gets an
    apostrophe before it, so that a spreadsheet shows it as text and runs nothing."""
    done = run(
        ["-f", "csv", "--input-format", "jsonl", "-"],
        stdin='{"id": "=HYPERLINK(1)", "text": "+62 812 adalah nomor kantor. Harga naik."}\n',
    )
    found = rows(done.stdout_bytes)[0]
    assert (found["id"], found["summary"]) == (
        "'=HYPERLINK(1)",
        "'+62 812 adalah nomor kantor. Harga naik.",
    )
