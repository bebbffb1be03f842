"""The HTML report (``-f html``): one page for a browser, whole in itself. Pure, no I/O.

For each document: its title, what is known of it (file, dateline, a web page's address, date,
author and site, the summary's length), the summary, then the whole article (for a web page,
its article as extracted) with every chosen sentence in a ``<mark>`` holding exactly its text
and its rank beside it, every sentence shaded by its score, and its position in the input
shown at the foot of the window when it is pointed at, reached with Tab or linked to from the
summary. Several documents share one page under a table of contents.

The page loads nothing: its style is inline, it has no script, no image and no font from
anywhere, and its Content-Security-Policy forbids all of them, so a browser opens it offline
and nothing an article holds can run. Every piece of text from the input is escaped, so an
article that contains ``<script>`` shows it as text. Carriage returns are written as ``&#13;``,
which the HTML parser keeps (a raw one it would turn into a line feed), so that the text of a
mark is exactly the sentence's.
"""

from __future__ import annotations

import html
from bisect import bisect_left
from collections.abc import Mapping
from typing import Any

from ..i18n import _
from ..model import Dateline, Failure, Outcome, Sentence, Span, Summary
from .controls import escape_controls
from .writer import Settings, Writer, length_text

# Shades of score: where a story sentence's score stands among its document's scores (lowest
# to highest) picks one of this many shades. By standing rather than by value, since scores of
# one method crowd at one end (the default's fall steeply after the first sentences).
LEVELS = 10

_CSS = """
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 50rem; padding: 1rem 1.5rem 5rem; color: #1c1c1c;
  background: #fff; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.5rem; margin: .5rem 0; }
h2 { font-size: 1.3rem; margin: 2rem 0 .25rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; text-transform: uppercase;
  letter-spacing: .05em; color: #555; }
.legend, .file { color: #555; font-size: .9rem; margin: 0; }
nav ol { padding-left: 1.5rem; }
article.doc { border-top: 1px solid #ccc; margin-top: 1.5rem; }
dl.about { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; margin: .5rem 0;
  font-size: .9rem; }
dl.about dt { color: #555; }
dl.about dd { margin: 0; overflow-wrap: anywhere; }
.error { color: #a51d2d; font-weight: 600; }
ul.summary { list-style: none; padding: 0; margin: 0; }
ul.summary li { margin: .4rem 0; }
ul.summary a { color: inherit; text-decoration: none; }
ul.summary a:hover, ul.summary a:focus { text-decoration: underline; }
.rank { display: inline-block; min-width: 1.4em; margin-right: .4em; padding: 0 .3em;
  border-radius: 1em; background: #1c1c1c; color: #fff; font: 600 .75rem/1.5 system-ui,
  sans-serif; text-align: center; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font: 1.05rem/1.75 Georgia,
  "Times New Roman", serif; }
.text .title { font-weight: 700; }
.text .dateline { font-style: italic; color: #555; }
.s { border-radius: .2em; }
.s:focus { outline: 2px solid #1a5fb4; outline-offset: 1px; }
.s:target { outline: 2px solid #1a5fb4; }
.bp { color: #777; }
mark.s { color: inherit; font-weight: 700; box-shadow: 0 2px 0 #c88800; }
mark.s::before { content: attr(data-rank); display: inline-block; min-width: 1.2em;
  margin-right: .25em; padding: 0 .25em; border-radius: 1em; background: #1c1c1c; color: #fff;
  font: 600 .7rem/1.5 system-ui, sans-serif; text-align: center; vertical-align: .15em; }
.s:hover::after, .s:focus::after, .s:target::after { content: attr(data-pos); position: fixed;
  left: 0; right: 0; bottom: 0; padding: .5rem 1.5rem; background: #1c1c1c; color: #fff;
  font: 400 .9rem/1.4 system-ui, sans-serif; white-space: normal; z-index: 1; }
"""
# One shade per level: blue for the sentences not chosen, yellow for the chosen, darker for a
# higher score.
_SHADES = "".join(
    f"span.l{k} {{ background: rgba(53, 132, 228, {0.04 + 0.36 * k / (LEVELS - 1):.3f}); }}\n"
    f"mark.l{k} {{ background: hsl(48, 100%, {86 - 30 * k / (LEVELS - 1):.1f}%); }}\n"
    for k in range(LEVELS)
)
# Nothing may be loaded or run: only the inline style is allowed.
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
_LEGEND = (
    "Every sentence of the article is shaded by its score: the darker, the higher it stands "
    "among the article's sentences. The summary's sentences are marked in yellow, each with "
    "its rank. Point at a sentence, move to it with Tab, or follow a sentence of the summary "
    "to see where it is in the input."
)


def _text(text: str) -> str:
    """``text`` escaped for the page, as it is but for control characters and direction
    overrides, shown as escapes ("\x1b")."""
    return html.escape(_shown(text), quote=False).replace("\r", "&#13;")


def _attribute(text: str) -> str:
    return html.escape(_shown(text), quote=True).replace("\r", "&#13;")


def _shown(text: str) -> str:
    """Control characters and direction overrides escaped; carriage returns kept."""
    return "\r".join(escape_controls(part) for part in text.split("\r"))


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def _score(score: float) -> str:
    # Six significant digits, as JSON gives them.
    return repr(float(f"{score:.6g}"))


def position(sentence: Sentence, total: int) -> str:
    """Where a sentence is, for people: what its mark shows when pointed at."""
    parts = [
        _("Sentence {number} of {total}").format(number=sentence.index + 1, total=total),
        _("paragraph {number}").format(number=sentence.paragraph + 1),
        _("line {line}, column {column}").format(line=sentence.line, column=sentence.column),
        _("chars {start}-{end}").format(start=sentence.start, end=sentence.end),
    ]
    if sentence.score is not None:
        parts.append(_("score {score}").format(score=_score(sentence.score)))
    if sentence.rank is not None:
        parts.append(_("rank {rank}").format(rank=sentence.rank))
    if sentence.furniture is not None:
        parts.append(_("page furniture ({family}), never chosen").format(family=sentence.furniture))
    return " · ".join(parts)


def _level(score: float | None, ordered: list[float]) -> str:
    """The shade of a sentence: where its score stands in ``ordered``, the document's scores
    from lowest to highest (equal scores share a shade); "bp" for furniture, not scored."""
    if score is None:
        return "bp"
    share = bisect_left(ordered, score) / (len(ordered) - 1) if len(ordered) > 1 else 1.0
    return f"l{round(share * (LEVELS - 1))}"


def _where(span: Span | Dateline) -> str:
    return f"line {span.line}, column {span.column}, chars {span.start}-{span.end}"


class Report:
    """An HTML report being made, a document at a time; ``page`` gives the whole page."""

    def __init__(self) -> None:
        self.sections: list[tuple[str, str, str]] = []  # id, heading, section

    def add(self, label: str, outcome: Outcome) -> None:
        """Add a document: its summary, or why it has none."""
        number = len(self.sections) + 1
        match outcome:
            case Summary():
                self.sections.append(_document(f"d{number}", label, outcome))
            case Failure() as failure:
                ident = f"d{number}"
                said = _text(failure.said(_))
                self.sections.append(
                    (
                        ident,
                        label,
                        f'<article class="doc" id="{ident}">\n<h2>{_text(label)}</h2>\n'
                        f'<p class="error">{_("Error")}: {said}</p>\n</article>\n',
                    )
                )

    def page(self, *, ascii_only: bool = False) -> str:
        """The whole page; with ``ascii_only``, every character beyond ASCII written as a
        character reference (for an output that cannot encode it)."""
        several = len(self.sections) > 1
        title = (
            _("Summaries of {count} documents").format(count=len(self.sections))
            if several
            else _("Summary")
        )
        if len(self.sections) == 1:
            title = _("Summary: {heading}").format(heading=self.sections[0][1])
        toc = ""
        if several:
            items = "".join(
                f'<li><a href="#{ident}">{_text(heading)}</a></li>\n'
                for ident, heading, _section in self.sections
            )
            toc = (
                f'<nav aria-labelledby="toc">\n<h2 id="toc">{_("Contents")}</h2>\n'
                f"<ol>\n{items}</ol>\n</nav>\n"
            )
        body = "".join(section for _ident, _heading, section in self.sections)
        page = (
            "<!DOCTYPE html>\n"
            f'<html lang="{_("en")}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_text(title)}</title>\n<style>{_CSS}{_SHADES}</style>\n</head>\n<body>\n"
            f'<header>\n<h1>{_text(title)}</h1>\n<p class="legend">{_(_LEGEND)}</p>\n</header>\n'
            f"{toc}<main>\n{body}</main>\n</body>\n</html>\n"
        )
        if ascii_only:
            return page.encode("ascii", "xmlcharrefreplace").decode("ascii")
        return page


class ReportWriter(Writer):
    """``-f html``: one page for all documents, written at the end, since its table of contents
    comes first."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.report = Report()

    def write(self, label: str, fields: Mapping[str, Any], outcome: Outcome, first: bool) -> str:
        self.report.add(label, outcome)
        return ""

    def end(self) -> str:
        return self.report.page(ascii_only=self.settings.ascii_only) if self.count else ""


def _document(ident: str, label: str, summary: Summary) -> tuple[str, str, str]:
    """The id, heading and section of one summarised document."""
    whole = summary.whole
    if whole is None:
        raise ValueError("the HTML report needs the whole text: summarize(..., whole=True)")
    heading = _collapsed(summary.title.text) if summary.title is not None else label
    lang = ' lang="id"' if summary.title is not None else ""  # a headline; else a file name
    about = [(_("File"), _text(label))] if heading != label else []
    if summary.dateline is not None:
        dateline = summary.dateline
        named = ", ".join(x for x in (dateline.place, dateline.outlet) if x)
        about.append(
            (
                _("Dateline"),
                f"{_text(_collapsed(dateline.text))} ({_text(named) + '; ' if named else ''}"
                f"{_where(dateline)})",
            )
        )
    if summary.title is not None:
        about.append((_("Title at"), _where(summary.title)))
    for name, value in (
        (_("URL"), summary.url),
        (_("Date"), summary.date),
        (_("Author"), summary.author),
        (_("Site"), summary.site),
    ):
        if value is not None:
            about.append((name, _text(value)))
    about.append((_("Summary"), length_text(summary)))
    facts = "".join(f"<dt>{name}</dt><dd>{value}</dd>\n" for name, value in about)
    chosen = "".join(
        f'<li><a href="#{ident}-s{s.index + 1}"><span class="rank">{s.rank}</span>'
        f"{_text(_collapsed(s.text))}</a></li>\n"
        for s in summary.sentences
    )
    return (
        ident,
        heading,
        f'<article class="doc" id="{ident}">\n<h2{lang}>{_text(heading)}</h2>\n'
        f'<dl class="about">\n{facts}</dl>\n'
        f'<h3>{_("Summary")}</h3>\n<ul class="summary" lang="id">\n{chosen}</ul>\n'
        f'<h3>{_("Article")}</h3>\n<div class="text" lang="id">{_article(ident, summary)}</div>\n'
        "</article>\n",
    )


def _article(ident: str, summary: Summary) -> str:
    """The article's whole text, every sentence in an element of its own."""
    whole = summary.whole
    assert whole is not None
    chosen = {s.index for s in summary.sentences}
    ordered = sorted(s.score for s in whole.sentences if s.score is not None)
    total = summary.total_sentences
    pieces: list[tuple[int, int, str, str]] = []  # start, end, opening tag, closing tag
    if whole.title is not None:
        pieces.append((*whole.title, '<span class="title">', "</span>"))
    if whole.dateline is not None:
        pieces.append((*whole.dateline, '<span class="dateline">', "</span>"))
    for sentence, (start, end) in zip(whole.sentences, whole.spans, strict=True):
        tag = "mark" if sentence.index in chosen else "span"
        rank = f' data-rank="{sentence.rank}"' if tag == "mark" else ""
        level = _level(sentence.score, ordered)
        pieces.append(
            (
                start,
                end,
                f'<{tag} class="s {level}" id="{ident}-s{sentence.index + 1}" tabindex="0"'
                f'{rank} data-pos="{_attribute(position(sentence, total))}">',
                f"</{tag}>",
            )
        )
    pieces.sort()
    text = whole.text
    out: list[str] = []
    at = 0
    for start, end, opening, closing in pieces:
        out += [_text(text[at:start]), opening, _text(text[start:end]), closing]
        at = end
    out.append(_text(text[at:]))
    return "".join(out)
