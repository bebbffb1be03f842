"""Check that ``-f csv`` opens in LibreOffice as it should: every cell as ringkas wrote it.

ringkas's CSV of the samples and of a batch of awkward records (commas, quotes, line breaks,
tabs, Indonesian and other non-ASCII text, a text that starts with "=" or "-", an error row)
is opened by LibreOffice Calc, without a window, as a spreadsheet user opens it (comma,
double quote, UTF-8, formulas evaluated as Calc does by default), and saved again as CSV; each
cell of the result must equal the cell ringkas wrote (a text that would open a formula, "=1+1",
is written "'=1+1", and stays text). Needs LibreOffice (``apt-get install libreoffice-calc``);
not part of the test suite.

Usage, from the repository root::

    .venv/bin/python benchmarks/spreadsheet.py
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent

# Comma, double quote, UTF-8 (76), rows from line 1, the columns' formats standard, the rest
# as Calc's own defaults (quoted fields not forced to text, formulas evaluated).
_IMPORT = "CSV:44,34,76,1,,0"
# Written back the same way: comma, double quote, UTF-8, every text cell quoted.
_EXPORT = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true"

_AWKWARD = [
    {"id": 'koma, kutip "ganda"', "text": 'Harga beras naik, kata "pedagang".\nPetani senang.'},
    {"id": "=1+1", "text": "-5 persen: harga turun.\tPasar sepi. Pembeli ragu."},
    {"id": "unicode", "text": "Kafe “Kopi” di Yogyakarta buka lagi. Harga naik 10 %. 日本 juga."},
    {"id": "kosong", "text": "   "},
]


def _cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def _round_trip(soffice: str, ours: bytes, scratch: Path, name: str) -> bytes:
    source = scratch / f"{name}.csv"
    source.write_bytes(ours)
    out = scratch / "out"
    out.mkdir(exist_ok=True)
    done = subprocess.run(
        [
            soffice, "--headless", f"--infilter={_IMPORT}", "--convert-to", _EXPORT,
            "--outdir", str(out), str(source),
        ],
        capture_output=True,
        check=False,
        timeout=300,
    )  # fmt: skip
    result = out / f"{name}.csv"
    if done.returncode != 0 or not result.exists():
        raise click.ClickException(f"LibreOffice failed: {done.stderr.decode()[-500:]}")
    return result.read_bytes()


@click.command()
def main() -> None:
    """Open ringkas's CSV in LibreOffice Calc and compare every cell."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise click.ClickException(
            "LibreOffice is not installed (apt-get install libreoffice-calc)"
        )
    summarize = str(Path(sys.executable).with_name("summarize"))
    samples = sorted(
        str(p) for p in (ROOT / "samples").glob("*.*") if p.suffix in {".txt", ".html"}
    )
    batch = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in _AWKWARD)
    runs = {
        "samples": subprocess.run([summarize, "-f", "csv", *samples], capture_output=True),
        "awkward": subprocess.run(
            [summarize, "-f", "csv", "--input-format", "jsonl", "-"],
            input=batch.encode(),
            capture_output=True,
        ),
    }
    failures = 0
    with tempfile.TemporaryDirectory() as directory:
        for name, done in runs.items():
            ours = _cells(done.stdout)
            theirs = _cells(_round_trip(soffice, done.stdout, Path(directory), name))
            differing = [
                (row, column, mine, calc)
                for row, (ours_row, calc_row) in enumerate(zip(ours, theirs, strict=False))
                for column, (mine, calc) in enumerate(zip(ours_row, calc_row, strict=False))
                if mine != calc
            ]
            shape = (len(ours), {len(r) for r in ours}) == (len(theirs), {len(r) for r in theirs})
            click.echo(
                f"{name}: {len(ours)} rows of {len(ours[0])} columns; LibreOffice read "
                f"{len(theirs)} rows; cells that differ: {len(differing)}"
            )
            for row, column, mine, calc in differing[:10]:
                click.echo(f"  row {row + 1}, column {column + 1}: {mine!r} -> {calc!r}")
            failures += len(differing) + (not shape)
    if failures:
        raise click.ClickException(f"{failures} differences")
    click.echo("every cell as ringkas wrote it")


if __name__ == "__main__":
    main()
