"""Writing: summaries turned into what the user reads (text, prose, the article with its summary
marked, an HTML report) or what programs and spreadsheets read (JSON, JSON Lines, CSV), safe to
print.

``FORMATS`` is the one table of output formats: ``--format``'s choices, its help, which formats
take ``--split`` and ``--highlight``, and the docs' table all read it. A format is a writer class
(``writer.Writer``) in a module of this package, loaded only when the format is used. A new
format is one new module, one line below and its tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .writer import Writer


@dataclass(frozen=True, slots=True)
class Format:
    """One output format: its name (``-f NAME``), what it is for, its writer class as
    ``"module:Class"`` in this package, and what it can show."""

    name: str
    help: str
    writer: str
    # Whether it prints --split's every sentence with its position.
    split: bool = True
    # Whether it prints the whole article with the summary marked (--highlight).
    highlight: bool = False
    # Whether it needs every sentence of the article with its score (summarize(whole=True)).
    whole: bool = False

    def load(self) -> type[Writer]:
        """The writer class of this format (its module is imported here, on first use)."""
        module, _, name = self.writer.partition(":")
        found: type[Writer] = getattr(import_module(f".{module}", __name__), name)
        return found


FORMATS: dict[str, Format] = {
    entry.name: entry
    for entry in (
        Format("text", "for people", "text:TextWriter", highlight=True),
        Format("json", "one object per document (an array for several)", "json:JsonWriter"),
        Format("jsonl", "one line per document", "json:JsonLinesWriter"),
        Format(
            "plain",
            "each summary as one paragraph of prose, under its title, date and site",
            "plain:PlainWriter",
            split=False,
        ),
        Format(
            "csv",
            "one row per document, for spreadsheets (RFC 4180, UTF-8)",
            "table:CsvWriter",
            split=False,
        ),
        Format(
            "html",
            "one page for a browser with the summary marked in the whole article",
            "report:ReportWriter",
            split=False,
            whole=True,
        ),
    )
}
DEFAULT_FORMAT = "text"

# How --highlight marks the chosen sentences: "auto" (in colour on a terminal that takes it),
# "always" (in colour) or "never" (in Markdown's **...**).
COLORS = ("auto", "always", "never")
