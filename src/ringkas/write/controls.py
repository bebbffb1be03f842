"""Text that is safe to print on a terminal or show in a page: control characters and
direction overrides shown as escapes."""

from __future__ import annotations

import re

# Characters that could act on a terminal if printed raw, or reorder what a reader sees around
# them: C0 and C1 controls and DEL (tabs and line breaks excepted), and the bidirectional
# embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069). Every output but JSON
# shows them escaped ("\x1b", "\u202e").
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def escape_controls(text: str) -> str:
    """``text`` with control characters and direction overrides shown as escapes, safe to
    print on a terminal."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


_LINE_BREAKS = re.compile(r"\s*(?:\r\n|\r|\n)\s*")


def one_line(text: str) -> str:
    """A sentence's text on one line, safe to print: a sentence may span hard-wrapped lines,
    and people read it best on one."""
    return escape_controls(_LINE_BREAKS.sub(" ", text))
