"""Fitting text to a terminal: widths, breaks, indents, and the terminal's size."""

from __future__ import annotations

import fcntl
import os
import struct
import termios

from hypothesis import given
from hypothesis import strategies as st

from ringkas.write.wrap import MIN_WIDTH, Word, columns, fill, terminal_width, words, wrap


def test_columns_count_as_a_terminal_does() -> None:
    """ASCII one column each, wide East Asian characters two, combining marks and zero-width
    characters none."""
    assert columns("Harga") == 5
    assert columns("日本") == 4
    assert columns("cafe\u0301") == 4
    assert columns("a\u200bb") == 2


def test_fill_with_a_hanging_indent() -> None:
    """The first line with its indent, the others with theirs; words never cut when they fit."""
    text = "Menteri Luar Negeri Iran, Abbas Araghchi mengatakan kebangkitan Takfiri"
    assert fill(text, 30, indent=2) == (
        "  Menteri Luar Negeri Iran,\n  Abbas Araghchi mengatakan\n  kebangkitan Takfiri\n"
    )
    assert fill(text, 30, hanging=4) == (
        "Menteri Luar Negeri Iran,\n    Abbas Araghchi mengatakan\n    kebangkitan Takfiri\n"
    )
    assert fill(text, None, indent=2) == f"  {text}\n"  # piped: one line, as it is


def test_a_word_wider_than_the_line_is_cut_but_not_its_escapes() -> None:
    """A long word is cut to fit, never between a backslash and what it escapes, nor away
    from a ** that marks it."""
    word = "**" + "a\\*" * 12 + "**"
    lines = wrap([Word(word)], 20)
    pieces = [line[0].text for line in lines]
    assert "".join(pieces) == word
    assert all(columns(piece) <= 20 for piece in pieces)
    assert not any(piece.endswith("\\") or piece.startswith("*a") for piece in pieces)
    assert pieces[0].startswith("**a") and pieces[-1].endswith("\\***")


def test_line_start_is_applied_to_every_line() -> None:
    """The form a word must take to open a line is used on every line it opens, and counted."""
    items = words("satu - dua - tiga - empat - lima - enam - tujuh")
    lines = wrap(items, 20, line_start=lambda w: "\\" + w if w == "-" else w)
    assert [" ".join(w.text for w in line) for line in lines] == [
        "satu - dua - tiga -",
        "empat - lima - enam",
        "\\- tujuh",
    ]


@given(
    st.lists(st.text(alphabet="ab日\\*-", min_size=1, max_size=40), max_size=30),
    st.integers(min_value=1, max_value=70),
    st.integers(min_value=0, max_value=4),
)
def test_no_line_is_wider_than_asked(texts: list[str], width: int, indent: int) -> None:
    """For any words and width, every line with its indent fits (at least MIN_WIDTH columns),
    and the words come out whole and in order, cut only when they do not fit a line."""
    lines = wrap([Word(t) for t in texts], width, indent=indent)
    assert all(indent + columns(" ".join(w.text for w in line)) <= max(width, MIN_WIDTH)
               for line in lines)  # fmt: skip
    assert "".join(w.text for line in lines for w in line) == "".join(texts)


def test_terminal_width() -> None:
    """A terminal's width comes from COLUMNS when it is set, else from the terminal; a pipe
    has none."""
    main, terminal = os.openpty()
    read, write = os.pipe()
    try:
        fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 72, 0, 0))
        assert terminal_width(terminal, {}) == 72
        assert terminal_width(terminal, {"COLUMNS": "60"}) == 60
        assert terminal_width(terminal, {"COLUMNS": "lebar"}) == 72
        assert terminal_width(write, {"COLUMNS": "60"}) is None
    finally:
        for fd in (main, terminal, read, write):
            os.close(fd)
