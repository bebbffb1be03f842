"""CSV for spreadsheets (``-f csv``): one row per document, under a header row. Pure functions,
no I/O.

The file is RFC 4180: fields separated by commas, a field quoted when it holds a comma, a quote
or a line break (a quote inside doubled), each row ending with CRLF, in UTF-8. Every document
has its row, a failure too (with its error, the other fields empty), so a batch's table has
as many rows as it has documents. The text of a cell is one line, with control characters
shown as escapes, as in the other outputs for people. A text cell that a spreadsheet would take
for a formula (it opens with "=", "+" or "@": a page's title is written by whoever wrote the
page) gets an apostrophe before it, as spreadsheets write text that looks like a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any

from ..model import Outcome, Summary
from .controls import one_line
from .writer import Writer

# The columns, in order: which document (as the Error lines name it; its line and id in JSON
# Lines), what is known of it, the dateline, the summary as text, its words, the numbers of
# the chosen sentences (from 1, as text output shows them) and the error.
COLUMNS = (
    "document",
    "line",
    "id",
    "url",
    "title",
    "date",
    "site",
    "author",
    "dateline",
    "summary",
    "words",
    "sentences",
    "error",
)


# What opens a formula in a spreadsheet.
_FORMULA = ("=", "+", "@")


def _text(value: str | None) -> str:
    """A text cell: one line, escapes for control characters, never a formula."""
    text = one_line(value or "")
    return "'" + text if text.startswith(_FORMULA) else text


def _row(label: str, fields: Mapping[str, Any], outcome: Outcome) -> dict[str, Any]:
    row: dict[str, Any] = {
        "document": _text(label),
        "line": fields.get("line", ""),
        "id": _text(str(fields["id"])) if "id" in fields else "",
    }
    if not isinstance(outcome, Summary):
        return {**row, "error": _text(outcome.message)}
    return {
        **row,
        "url": _text(outcome.url),
        "title": _text(outcome.title.text if outcome.title is not None else None),
        "date": _text(outcome.date),
        "site": _text(outcome.site),
        "author": _text(outcome.author),
        "dateline": _text(outcome.dateline.text if outcome.dateline is not None else None),
        "summary": _text(" ".join(s.text for s in outcome.sentences)),
        "words": outcome.words,
        "sentences": " ".join(str(s.index + 1) for s in outcome.sentences),
    }


def _csv(rows: list[Mapping[str, Any]], header: bool) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, restval="", lineterminator="\r\n")
    if header:
        writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


class CsvWriter(Writer):
    """``-f csv``: a header row, then one row per document, its failure included (even the
    only document's: its Error line is on stderr too)."""

    rows = True

    def write(self, label: str, fields: Mapping[str, Any], outcome: Outcome, first: bool) -> str:
        return _csv([_row(label, fields, outcome)], header=first)

    def end(self) -> str:
        return "" if self.count else _csv([], header=True)
