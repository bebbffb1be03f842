"""The whole article with its summary marked (``--highlight``). Pure functions, no I/O.

The article's text is printed paragraph by paragraph, each line of the input on a line of its
own (or wrapped to a terminal's width), with every chosen sentence marked and its rank in
brackets after it: in colour, bold on yellow; without colour, in ``**...**``, so that the
output is Markdown that shows exactly the article's text with exactly the chosen sentences in
bold. For that, the article's own Markdown characters are escaped ("\\*", "\\_", "\\[", and "#",
">", "-", "+", "=" or "1." where a line opens), white space at the ends of lines is dropped (it
could make a line a code block or a line break), and a run of blank lines is one blank line.
A chosen sentence and its rank always stand apart from the text around them: where the article
has no space there (rare), one is added, since Markdown could not mark the sentence otherwise.
A title that is not in the text (a page's headline) stands above it, in bold or as a Markdown
heading, with the date and site where known on a line below.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping

from ..model import Summary
from .controls import escape_controls
from .wrap import Word, wrap
from .writer import heading_lines

# Select Graphic Rendition sequences: a chosen sentence in bold, black on yellow (readable on
# dark and light terminals alike); its rank in bold.
MARK = "\x1b[1;30;43m"
RANK = "\x1b[1m"
RESET = "\x1b[0m"
_STYLES = {"mark": MARK, "rank": RANK}

# Lines end as the splitter says they do (segment.py): at LF, CRLF or CR.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Characters that mean something to Markdown wherever they stand: emphasis, code, links,
# HTML and character references, and GitHub's strikethrough, tables and maths.
_MARKDOWN_INLINE = re.compile(r"[\\`*_\[\]<>&~|$]")
# What opens a heading, a quotation, a list or a heading's underline where a line starts.
_MARKDOWN_BLOCK = re.compile(r"[#>+=-]")
_ORDERED_ITEM = re.compile(r"\d{1,9}[.)]")


def wants_color(choice: str, terminal: bool, environ: Mapping[str, str]) -> bool:
    """Whether to mark in colour: ``choice`` "always", "never", or "auto" (colour on a
    terminal, unless NO_COLOR is set to anything, see no-color.org, or TERM is "dumb")."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    return terminal and not environ.get("NO_COLOR") and environ.get("TERM") != "dumb"


def markdown_escape(text: str) -> str:
    """``text`` with the characters Markdown would act on wherever they stand escaped."""
    return _MARKDOWN_INLINE.sub(r"\\\g<0>", text)


def _markdown_line_start(word: str) -> str:
    """``word`` as it must be written to open a Markdown line and still be just text."""
    if _MARKDOWN_BLOCK.match(word):
        return "\\" + word
    if _ORDERED_ITEM.fullmatch(word):
        return word[:-1] + "\\" + word[-1]
    return word


def _same(word: str) -> str:
    return word


def highlight(summary: Summary, *, color: bool, width: int | None = None) -> str:
    """The whole text of ``summary``'s document with its chosen sentences marked, each with its
    rank after it: in colour (``color``) or as Markdown. With ``width`` (a terminal's), lines
    are wrapped to fit it. Needs ``summary.whole`` (``summarize(..., whole=True)``)."""
    whole = summary.whole
    if whole is None:
        raise ValueError("highlight needs the whole text: summarize(..., whole=True)")
    ranks = {s.index: s.rank for s in summary.sentences}
    marks = sorted(
        (start, end, ranks[sentence.index])
        for sentence, (start, end) in zip(whole.sentences, whole.spans, strict=True)
        if sentence.index in ranks
    )
    # Where a line break falls inside a sentence, the title or the dateline, the text was
    # wrapped by hand; elsewhere the line ends where something ends.
    spans = sorted([*whole.spans, *(s for s in (whole.title, whole.dateline) if s)])
    blocks = _blocks(whole.text, marks, spans, color)
    escape_start = _same if color else _markdown_line_start
    out: list[str] = _heading(summary, color, width)
    for number, block in enumerate(blocks):
        if number:
            out.append("\n")
        # Piped, each line of the input stays a line; on a terminal, a block is filled anew.
        lines = block if width is None else [[word for line in block for word in line]]
        for line in lines:
            for wrapped in wrap(line, width, line_start=escape_start):
                out.append(_render(wrapped, color) + "\n")
    return "".join(out)


def _heading(summary: Summary, color: bool, width: int | None) -> list[str]:
    """The lines above the text: its title where the text does not hold it (a page's headline),
    and the date and site where known, then a blank line; none for a text that holds its title
    and states no date or site."""
    assert summary.whole is not None
    lines = heading_lines(summary)
    in_text = summary.title is not None and summary.whole.title is not None
    if in_text:
        lines = lines[1:]  # the title is the text's first line, marked there
    if not lines:
        return []
    out: list[str] = []
    for number, line in enumerate(lines):
        words = line.split()
        if number == 0 and summary.title is not None and not in_text:
            if color:
                styled = [Word(w, "rank") for w in words]
            else:
                styled = [Word("#"), *(Word(markdown_escape(w)) for w in words)]
            out += [_render(wrapped, color) + "\n" for wrapped in wrap(styled, width)]
        else:
            escaped = words if color else [markdown_escape(w) for w in words]
            line_start = _same if color else _markdown_line_start
            out += [
                _render(wrapped, color) + "\n"
                for wrapped in wrap([Word(w) for w in escaped], width, line_start=line_start)
            ]
    return [*out, "\n"]


def _blocks(
    text: str,
    marks: list[tuple[int, int, int | None]],
    spans: list[tuple[int, int]],
    color: bool,
) -> list[list[list[Word]]]:
    """The blocks of ``text``, each a list of lines, each line a list of words; the chosen
    sentences' words styled "mark" (with ``**`` around them for Markdown) and followed by their
    rank. A block is a run of lines whose breaks fall inside a sentence (text wrapped by hand);
    a line that ends where a sentence ends, or before a blank line, ends its block. So an
    article with a paragraph on each line, and no blank line between, reads as it does in the
    input, also in Markdown, which would join the lines of a paragraph."""
    escape: Callable[[str], str] = (
        escape_controls if color else lambda word: escape_controls(markdown_escape(word))
    )
    starts = [start for start, _ in spans]
    blocks: list[list[list[Word]]] = [[[]]]

    def add(start: int, end: int, style: str = "", strong: bool = False) -> None:
        """Add the words of ``text[start:end]`` to the blocks; with ``strong``, in ``**``."""
        placed: list[tuple[list[Word], int]] = []
        at = start
        for line_break in [*_LINE_BREAK.finditer(text, start, end), None]:
            line = blocks[-1][-1]
            for word in text[at : line_break.start() if line_break else end].split():
                line.append(Word(escape(word), style))
                placed.append((line, len(line) - 1))
            if line_break is None:
                break
            at = line_break.end()
            k = bisect_right(starts, line_break.start()) - 1
            if k >= 0 and line_break.start() < spans[k][1]:
                blocks[-1].append([])  # wrapped by hand: the block goes on
            elif any(blocks[-1]):
                blocks.append([[]])
        if strong and placed:  # a sentence is never empty, nor white space only
            line, k = placed[0]
            line[k] = Word("**" + line[k].text, style)
            line, k = placed[-1]
            line[k] = Word(line[k].text + "**", style)

    at = 0
    for start, end, rank in marks:
        add(at, start)
        add(start, end, "mark", strong=not color)
        blocks[-1][-1].append(Word(f"[{rank}]", "rank"))
        at = end
    add(at, len(text))
    return [[line for line in block if line] for block in blocks if any(block)]


def _render(line: list[Word], color: bool) -> str:
    """A line of words as text; in colour, each run of words of one style in that style."""
    if not color:
        return " ".join(word.text for word in line)
    runs: list[tuple[str, list[str]]] = []
    for word in line:
        if runs and runs[-1][0] == word.style:
            runs[-1][1].append(word.text)
        else:
            runs.append((word.style, [word.text]))
    return " ".join(
        f"{_STYLES[style]}{' '.join(texts)}{RESET}" if style else " ".join(texts)
        for style, texts in runs
    )
