"""What every output format shares: the settings of a run, and a writer that takes a run's
documents one at a time and gives the text to print for each."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..i18n import ngettext
from ..model import Failure, Outcome, Summary
from .controls import one_line


@dataclass(frozen=True, slots=True)
class Settings:
    """How a run's output is written.

    ``several``: more than one document (several files, or JSON Lines), so each is named;
    ``ascii_only``: the output cannot encode more than ASCII, so JSON and HTML escape the rest;
    ``width``: the terminal's, when the output is one (text for people then fits it);
    ``marks``: with --highlight, "color" or "markdown".
    """

    several: bool
    ascii_only: bool = False
    width: int | None = None
    marks: str | None = None


class Writer:
    """The output of a whole run in one format, a document at a time.

    A failure of the only document of a run is reported on stderr alone (by the command), so
    its output is empty; with several, each failure has its place in the output. A format with
    ``rows`` (a table) keeps a row for every document, the only one's failure too.
    """

    rows = False

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.count = 0  # documents written so far

    def document(self, label: str, fields: Mapping[str, Any], outcome: Outcome) -> str:
        """The output of one document: its summary, or its failure. ``label`` names it for
        people, ``fields`` for programs ("file", "line", "id")."""
        if isinstance(outcome, Failure) and not self.settings.several and not self.rows:
            return ""
        first = self.count == 0
        self.count += 1
        return self.write(label, fields, outcome, first)

    def write(self, label: str, fields: Mapping[str, Any], outcome: Outcome, first: bool) -> str:
        """The output of one document in this format; ``first`` when none came before it."""
        raise NotImplementedError

    def end(self) -> str:
        """What closes the output after the last document (the end of a JSON array, the whole
        HTML page)."""
        return ""


def metadata(summary: Summary) -> dict[str, str]:
    """What a web page states about itself, as far as it was found: url, date, author, site."""
    found = {"url": summary.url, "date": summary.date, "author": summary.author}
    return {k: v for k, v in {**found, "site": summary.site}.items() if v is not None}


def heading_lines(summary: Summary) -> list[str]:
    """What a reader looks for above a summary: its title, and the date and site where known
    ("2024-03-11 · Kabar Kita"); none of them for a text without a title."""
    lines = [one_line(summary.title.text)] if summary.title is not None else []
    when_where = [one_line(value) for value in (summary.date, summary.site) if value]
    if when_where:
        lines.append(" · ".join(when_where))
    return lines


def length_text(summary: Summary) -> str:
    """How long a summary is, against its document: "4 of 19 sentences, 58 words"."""
    total, words = summary.total_sentences, summary.words
    chosen = ngettext("{chosen} of {total} sentence", "{chosen} of {total} sentences", total)
    counted = ngettext("{words} word", "{words} words", words)
    return (
        f"{chosen.format(chosen=len(summary.sentences), total=total)}, "
        f"{counted.format(words=words)}"
    )
