"""Turn summaries into text for people or JSON for programs. Pure functions, no I/O.

Text for people comes in two layouts. Piped or saved, each sentence's text stands on one line,
so scripts and the samples' expected files stay stable. On a terminal (``width`` given), every
line fits the terminal: the position headers are shorter and the sentences wrap, indented.
The whole article with its summary marked is ``highlight.py``; the HTML report ``report.py``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..model import Dateline, Failure, Outcome, Sentence, Span, Summary
from .controls import escape_controls
from .wrap import Word, fill, plain_lines, wrap

if TYPE_CHECKING:
    from .report import Report

# JSON escapes the C0 controls itself; these are escaped after it, so that nothing in JSON acts
# on a terminal either, with lone surrogates (from "\ud800" in JSON input), which no output
# encoding can hold raw.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\s*(?:\r\n|\r|\n)\s*")


def _significant(score: float | None) -> float | None:
    # Six significant digits: enough to compare sentences, and stable across machines whose
    # floating-point sums differ in the last bits.
    return None if score is None else float(f"{score:.6g}")


def sentence_dict(sentence: Sentence) -> dict[str, Any]:
    """The JSON object of one sentence."""
    return {
        "index": sentence.index,
        "paragraph": sentence.paragraph,
        "start": sentence.start,
        "end": sentence.end,
        "line": sentence.line,
        "column": sentence.column,
        "score": _significant(sentence.score),
        "rank": sentence.rank,
        "boilerplate": sentence.boilerplate,
        "text": sentence.text,
    }


def span_dict(span: Span | Dateline) -> dict[str, Any]:
    """The JSON object of a title: its text and position."""
    return {
        "text": span.text,
        "start": span.start,
        "end": span.end,
        "line": span.line,
        "column": span.column,
    }


def dateline_dict(dateline: Dateline) -> dict[str, Any]:
    """The JSON object of a dateline: its position, and its place and outlet when known."""
    parts = {"place": dateline.place, "outlet": dateline.outlet}
    return {**span_dict(dateline), **{k: v for k, v in parts.items() if v is not None}}


def _metadata(summary: Summary) -> dict[str, str]:
    found = {"url": summary.url, "date": summary.date, "author": summary.author}
    return {k: v for k, v in {**found, "site": summary.site}.items() if v is not None}


def summary_dict(summary: Summary, label: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON object of one document: ``label`` (file, id) first, then what is known about
    the document (title, dateline, url, date, author, site: only what was found), then how long
    it and its summary are, then the summary's sentences."""
    known: dict[str, Any] = {}
    if summary.title is not None:
        known["title"] = span_dict(summary.title)
    if summary.dateline is not None:
        known["dateline"] = dateline_dict(summary.dateline)
    return {
        **label,
        **known,
        **_metadata(summary),
        "total_sentences": summary.total_sentences,
        "words": summary.words,
        "sentences": [sentence_dict(s) for s in summary.sentences],
    }


def to_json(obj: Any, *, indent: int | None = None, ascii_only: bool = False) -> str:
    """Strict JSON with Indonesian text left readable and nothing a terminal would act on; with
    ``ascii_only``, every character beyond ASCII escaped (for an output that cannot encode
    them). NaN and Infinity, which JSON does not have, never get here (``inputs.py`` carries
    them as strings)."""
    text = json.dumps(obj, ensure_ascii=ascii_only, indent=indent, allow_nan=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _one_line(text: str) -> str:
    # A sentence may span hard-wrapped lines; people read it best on one line.
    return escape_controls(_LINE_BREAKS.sub(" ", text))


def _parts(parts: list[str], width: int) -> str:
    """A line of parts separated by " | ", broken between parts to fit ``width``; the lines
    after the first are indented by four."""
    items = [Word(f"{part} |") for part in parts[:-1]] + [Word(parts[-1])]
    lines = wrap(items, width, indent=4, first_indent=0)
    return plain_lines(lines[:1]) + plain_lines(lines[1:], 4)


def sentence_text(sentence: Sentence, total: int, width: int | None = None) -> str:
    """A sentence for people: where it is, then its text, indented; with ``width`` (a
    terminal's), a shorter header and the text wrapped to fit, else the text on one line."""
    if width is not None:
        parts = [
            f"Sentence {sentence.index + 1}/{total}",
            f"para {sentence.paragraph + 1}",
            f"{sentence.line}:{sentence.column}",
            f"chars {sentence.start}-{sentence.end}",
        ]
        if sentence.rank is not None:
            parts.append(f"rank {sentence.rank}")
        if sentence.boilerplate:
            parts.append("boilerplate")
        return _parts(parts, width) + fill(_one_line(sentence.text), width, indent=2)
    where = (
        f"Sentence {sentence.index + 1} of {total} | paragraph {sentence.paragraph + 1} | "
        f"line {sentence.line}, column {sentence.column} | chars {sentence.start}-{sentence.end}"
    )
    if sentence.rank is not None:
        where += f" | rank {sentence.rank}"
    if sentence.boilerplate:
        where += " | boilerplate"
    return f"{where}\n  {_one_line(sentence.text)}\n"


def _span_text(name: str, span: Span | Dateline, width: int | None) -> str:
    if width is not None:
        return (
            f"{name}: {_one_line(span.text)} | {span.line}:{span.column} | "
            f"chars {span.start}-{span.end}"
        )
    return (
        f"{name}: {_one_line(span.text)} | line {span.line}, column {span.column} | "
        f"chars {span.start}-{span.end}"
    )


def _about_text(summary: Summary, width: int | None = None) -> str:
    """The lines that say what the document is (its title, its dateline, the metadata of a web
    page) and how long the summary is."""
    lines = []
    if summary.title is not None:
        lines.append(_span_text("Title", summary.title, width))
    if summary.dateline is not None:
        lines.append(_span_text("Dateline", summary.dateline, width))
    names = {"url": "URL", "date": "Date", "author": "Author", "site": "Site"}
    found = [f"{names[key]}: {escape_controls(value)}" for key, value in _metadata(summary).items()]
    if found:
        lines.append(" | ".join(found))
    total, words = summary.total_sentences, summary.words
    lines.append(
        f"{len(summary.sentences)} of {total} {'sentence' if total == 1 else 'sentences'}, "
        f"{words} {'word' if words == 1 else 'words'}"
    )
    return "".join(fill(line, width, hanging=4) for line in lines)


def summary_text(summary: Summary, width: int | None = None) -> str:
    """A summary for people: what the document is and how long its summary is, then its
    sentences, separated by blank lines; with ``width`` (a terminal's), every line fits it."""
    about = _about_text(summary, width)
    total = summary.total_sentences
    body = "\n".join(sentence_text(s, total, width) for s in summary.sentences)
    return f"{about}\n{body}" if body else about


def summary_plain(summary: Summary, width: int | None = None) -> str:
    """A summary as prose: its sentences as one paragraph, nothing else; on one line, or
    wrapped to ``width``."""
    return fill(" ".join(_one_line(s.text) for s in summary.sentences), width)


def header_text(label: str) -> str:
    """The line that names a document when several are printed, as head(1) does."""
    return f"==> {escape_controls(label)} <=="


class Stream:
    """The output of a whole run, a document at a time, in one format.

    ``text``: each summary for people; with several documents each under a ``==> NAME <==``
    header, and a failure as an ``Error: ...`` line under its header. With ``marks``
    ("color" or "markdown"), each document is instead its whole text with the summary marked
    (``highlight.py``). ``plain``: each summary as one paragraph, a blank line between two, a
    failure as its ``Error: ...`` line. ``json``: one indented object, or an array of them for
    several documents. ``jsonl``: one object per line. ``html``: one page for all documents
    (``report.py``), written at the end, since its table of contents comes first. A failure of
    a single document is reported on stderr only, so its output is empty. ``width`` is the
    terminal's when the output is one: text for people then fits it.
    """

    def __init__(
        self,
        output_format: str,
        several: bool,
        *,
        ascii_only: bool = False,
        width: int | None = None,
        marks: str | None = None,
    ) -> None:
        self.format = output_format
        self.several = several
        # JSON and HTML: all but ASCII escaped, for an output that cannot encode it.
        self.ascii_only = ascii_only
        self.width = width
        self.marks = marks
        self.count = 0
        # The HTML report and the highlighter load only for the formats that use them.
        self.report: Report | None = None
        if output_format == "html":
            from .report import Report

            self.report = Report()

    def _people(self, outcome: Outcome) -> str:
        """The text of one document for people, in the text and plain formats."""
        match outcome:
            case Summary() if self.marks is not None:
                from .highlight import highlight

                return highlight(outcome, color=self.marks == "color", width=self.width)
            case Summary() if self.format == "plain":
                return summary_plain(outcome, self.width)
            case Summary():
                return summary_text(outcome, self.width)
            case Failure(message=message):
                error = f"Error: {escape_controls(message)}"
                if self.marks == "markdown":
                    from .highlight import markdown_escape

                    error = markdown_escape(error)
                return fill(error, self.width, hanging=4)

    def document(self, label: str, fields: Mapping[str, Any], outcome: Outcome) -> str:
        """The output of one document: its summary, or its failure."""
        if isinstance(outcome, Failure) and not self.several:
            return ""
        first = self.count == 0
        self.count += 1
        if self.report is not None:
            self.report.add(label, outcome)
            return ""
        if self.format == "plain":
            return ("" if first else "\n") + self._people(outcome)
        if self.format == "text":
            body = self._people(outcome)
            if not self.several:
                return body
            header = header_text(label)
            if self.marks == "markdown":
                from .highlight import markdown_escape

                header = f"==> {markdown_escape(escape_controls(label))} <=="
            # A line apart from the text below it, which Markdown would join to it.
            after = "\n" if self.marks is not None else ""
            return ("" if first else "\n") + fill(header, self.width, hanging=4) + after + body
        obj = (
            summary_dict(outcome, fields)
            if isinstance(outcome, Summary)
            else {**fields, "error": outcome.message}
        )
        if self.format == "jsonl":
            return to_json(obj, ascii_only=self.ascii_only) + "\n"
        item = to_json(obj, indent=2, ascii_only=self.ascii_only)
        if not self.several:
            return item + "\n"
        # An array item, indented one level. JSON text holds no raw line breaks inside its
        # strings, so indenting every line is exact.
        return ("[\n" if first else ",\n") + "\n".join("  " + line for line in item.split("\n"))

    def end(self) -> str:
        """What closes the output after the last document (the end of a JSON array, or the
        whole HTML page)."""
        if self.format == "json" and self.several:
            return "\n]\n" if self.count else "[]\n"
        if self.report is not None and self.count:
            return self.report.page(ascii_only=self.ascii_only)
        return ""
