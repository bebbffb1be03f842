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


def test_a_word_wider_than_the_line_stands_alone_whole() -> None:
    """A link or a word longer than the line is never broken: it stands alone on its line,
    whole, so that it can be copied."""
    link = "https://news.example.id/read/2024/03/11/menhub-bocorkan-penyebab-kecelakaan"
    lines = wrap(words(f"Baca di {link} untuk selengkapnya."), 30)
    assert [" ".join(w.text for w in line) for line in lines] == [
        "Baca di",
        link,
        "untuk selengkapnya.",
    ]


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
    """For any words and width, every line with its indent fits (at least MIN_WIDTH columns)
    but for a word wider than that, which stands alone; the words come out whole and in
    order."""
    lines = wrap([Word(t) for t in texts], width, indent=indent)
    room = max(width, MIN_WIDTH) - indent
    for line in lines:
        assert columns(" ".join(w.text for w in line)) <= room or len(line) == 1
    assert [w.text for line in lines for w in line] == texts


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
