"""Fit text for people to a terminal: lines broken between words, never wider than the screen.

Pure functions, no I/O (``terminal_width`` only asks the terminal its size). Widths count
terminal columns: a wide East Asian character takes two, a combining mark or an invisible
format character none. Words are never broken: a word wider than a whole line (a link, say)
stands alone on its own line, whole, so that it can still be copied.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

# Narrower than this, text is laid out as if the terminal had this many columns: a line of a
# few characters helps nobody read.
MIN_WIDTH = 20


@dataclass(frozen=True, slots=True)
class Word:
    """A word to lay out, and a style the caller gives it (a colour, say); the wrapper only
    keeps the style with the word, and with each piece of it if it has to be cut."""

    text: str
    style: str = ""


def columns(text: str) -> int:
    """How many terminal columns ``text`` takes."""
    if text.isascii():
        return len(text)
    return sum(_char_columns(char) for char in text)


def _char_columns(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def words(text: str, style: str = "") -> list[Word]:
    """The words of ``text`` (split at white space), each with ``style``."""
    return [Word(part, style) for part in text.split()]


def _same(text: str) -> str:
    return text


def wrap(
    items: Sequence[Word],
    width: int | None,
    *,
    indent: int = 0,
    first_indent: int | None = None,
    line_start: Callable[[str], str] = _same,
) -> list[list[Word]]:
    """``items`` in lines, a space between two words, each line at most ``width`` columns
    counting the ``indent`` columns that the caller writes before it (``first_indent`` before
    the first line, when it differs), but for a word wider than that, alone on its line. With
    ``width`` None, all on one line. ``line_start`` says how a word must be written when it
    opens a line (Markdown escapes a "-" there, say); the result holds it so written.
    """
    if width is None:
        if not items:
            return []
        first, *others = items
        return [[replace(first, text=line_start(first.text)), *others]]
    width = max(width, MIN_WIDTH)
    lines: list[list[Word]] = []
    line: list[Word] = []
    used = 0

    def room() -> int:  # the columns of the line being filled
        return width - (first_indent if not lines and first_indent is not None else indent)

    for word in items:
        if line and used + 1 + columns(word.text) <= room():
            line.append(word)
            used += 1 + columns(word.text)
            continue
        if line:
            lines.append(line)
        # A word wider than a whole line opens its line and fills it: it stands alone, whole.
        line = [replace(word, text=line_start(word.text))]
        used = columns(line[0].text)
    if line:
        lines.append(line)
    return lines


def plain_lines(lines: list[list[Word]], indent: int = 0) -> str:
    """Lines of words as text, each indented and ending with a line break; styles ignored."""
    pad = " " * indent
    return "".join(pad + " ".join(word.text for word in line) + "\n" for line in lines)


def fill(
    text: str,
    width: int | None,
    *,
    indent: int = 0,
    hanging: int | None = None,
    line_start: Callable[[str], str] = _same,
) -> str:
    """``text`` (one paragraph) in lines of at most ``width`` columns: the first line indented
    by ``indent`` columns, the others by ``hanging`` (``indent`` when not given), each line's
    start written as ``line_start`` says (see ``wrap``). With ``width`` None, ``text`` as it is
    on one indented line."""
    if width is None:
        return " " * indent + text + "\n"
    rest = indent if hanging is None else hanging
    lines = wrap(words(text), width, indent=rest, first_indent=indent, line_start=line_start)
    if not lines:
        return "\n"
    return plain_lines(lines[:1], indent) + plain_lines(lines[1:], rest)


def terminal_width(fd: int, environ: Mapping[str, str] = os.environ) -> int | None:
    """How wide the terminal on file descriptor ``fd`` is, or None when ``fd`` is no terminal:
    the COLUMNS variable when it holds a positive number (as shells and ``script`` set it),
    else what the terminal says, else 80."""
    try:
        if not os.isatty(fd):
            return None
    except OSError:
        return None
    given = environ.get("COLUMNS", "")
    if given.isdigit() and int(given) > 0:
        return int(given)
    try:
        size = os.get_terminal_size(fd).columns
    except OSError:
        size = 0
    return size if size > 0 else 80
