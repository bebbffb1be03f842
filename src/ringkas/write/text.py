"""Text for people (``-f text``, the default): what each document is, then its summary's
sentences, each under the line that says where it is. Pure functions, no I/O.

Text comes in two layouts. Piped or saved, each sentence's text stands on one line, so scripts
and the samples' expected files stay stable. On a terminal (``width`` given), every line fits
the terminal: the position headers are shorter and the sentences wrap, indented. With
``--highlight``, each document is instead its whole text with the summary marked
(``highlight.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..i18n import _
from ..model import Dateline, Outcome, Paging, Sentence, Span, Summary
from .controls import escape_controls, one_line
from .wrap import Word, fill, plain_lines, wrap
from .writer import Writer, length_text, metadata


def _parts(parts: list[str], width: int) -> str:
    """A line of parts separated by " | ", broken between parts to fit ``width``; the lines
    after the first are indented by four."""
    items = [Word(f"{part} |") for part in parts[:-1]] + [Word(parts[-1])]
    lines = wrap(items, width, indent=4, first_indent=0)
    return plain_lines(lines[:1]) + plain_lines(lines[1:], 4)


def sentence_text(sentence: Sentence, total: int, width: int | None = None) -> str:
    """A sentence for people: where it is, then its text, indented; with ``width`` (a
    terminal's), a shorter header and the text wrapped to fit, else the text on one line."""
    page = [_("page {number}").format(number=sentence.page)] if sentence.page is not None else []
    chars = _("chars {start}-{end}").format(start=sentence.start, end=sentence.end)
    rank = _("rank {rank}").format(rank=sentence.rank)
    if width is not None:
        parts = [
            _("Sentence {number}/{total}").format(number=sentence.index + 1, total=total),
            *page,
            _("para {number}").format(number=sentence.paragraph + 1),
            f"{sentence.line}:{sentence.column}",
            chars,
        ]
        if sentence.rank is not None:
            parts.append(rank)
        if sentence.furniture is not None:
            parts.append(sentence.furniture)
        return _parts(parts, width) + fill(one_line(sentence.text), width, indent=2)
    where = " | ".join(
        [
            _("Sentence {number} of {total}").format(number=sentence.index + 1, total=total),
            *page,
            _("paragraph {number}").format(number=sentence.paragraph + 1),
            _("line {line}, column {column}").format(line=sentence.line, column=sentence.column),
            chars,
        ]
    )
    if sentence.rank is not None:
        where += f" | {rank}"
    if sentence.furniture is not None:
        where += f" | {sentence.furniture}"
    return f"{where}\n  {one_line(sentence.text)}\n"


def _span_text(name: str, span: Span | Dateline, width: int | None) -> str:
    chars = _("chars {start}-{end}").format(start=span.start, end=span.end)
    if width is not None:
        return f"{name}: {one_line(span.text)} | {span.line}:{span.column} | {chars}"
    where = _("line {line}, column {column}").format(line=span.line, column=span.column)
    return f"{name}: {one_line(span.text)} | {where} | {chars}"


def _about_text(summary: Summary, width: int | None = None) -> str:
    """The lines that say what the document is (its title, its dateline, the metadata of a web
    page) and how long the summary is."""
    lines = []
    if summary.title is not None:
        lines.append(_span_text(_("Title"), summary.title, width))
    if summary.dateline is not None:
        lines.append(_span_text(_("Dateline"), summary.dateline, width))
    if summary.paging is not None:
        lines.append(_("Pages: {pages}").format(pages=pages_text(summary.paging)))
    names = {"url": _("URL"), "date": _("Date"), "author": _("Author"), "site": _("Site")}
    found = [f"{names[key]}: {escape_controls(value)}" for key, value in metadata(summary).items()]
    if found:
        lines.append(" | ".join(found))
    lines.append(length_text(summary))
    return "".join(fill(line, width, hanging=4) for line in lines)


def pages_text(paging: Paging) -> str:
    """Which pages of a paged story were read: "all 3 read", "1 of 2 read", "the whole story,
    on one page"."""
    read = len(paging.pages)
    if paging.complete:
        if read == 1:
            return _("the whole story, on one page")
        return _("all {read} read").format(read=read)
    if paging.count is not None:
        return _("{read} of {count} read").format(read=read, count=paging.count)
    return _("{read} read; the story has more").format(read=read)


def summary_text(summary: Summary, width: int | None = None) -> str:
    """A summary for people: what the document is and how long its summary is, then its
    sentences, separated by blank lines; with ``width`` (a terminal's), every line fits it."""
    about = _about_text(summary, width)
    total = summary.total_sentences
    body = "\n".join(sentence_text(s, total, width) for s in summary.sentences)
    return f"{about}\n{body}" if body else about


def header_text(label: str) -> str:
    """The line that names a document when several are printed, as head(1) does."""
    return f"==> {escape_controls(label)} <=="


def error_text(message: str, width: int | None, *, markdown: bool = False) -> str:
    """A document's failure as its ``Error: ...`` line, in Markdown when ``markdown``."""
    error = f"{_('Error')}: {escape_controls(message)}"
    if markdown:
        from .highlight import markdown_escape

        error = markdown_escape(error)
    return fill(error, width, hanging=4)


class TextWriter(Writer):
    """``-f text``: each summary for people; with several documents each under a
    ``==> NAME <==`` header, and a failure as an ``Error: ...`` line under its header. With
    ``marks`` ("color" or "markdown"), each document is its whole text with the summary marked
    (``highlight.py``, loaded only then)."""

    def _body(self, outcome: Outcome) -> str:
        width, marks = self.settings.width, self.settings.marks
        if not isinstance(outcome, Summary):
            return error_text(outcome.said(_), width, markdown=marks == "markdown")
        if marks is None:
            return summary_text(outcome, width)
        from .highlight import highlight

        return highlight(outcome, color=marks == "color", width=width)

    def write(self, label: str, fields: Mapping[str, Any], outcome: Outcome, first: bool) -> str:
        body = self._body(outcome)
        if not self.settings.several:
            return body
        marks = self.settings.marks
        header = header_text(label)
        if marks == "markdown":
            from .highlight import markdown_escape

            header = f"==> {markdown_escape(escape_controls(label))} <=="
        # A line apart from the text below it, which Markdown would join to it.
        after = "\n" if marks is not None else ""
        return ("" if first else "\n") + fill(header, self.settings.width, hanging=4) + after + body
