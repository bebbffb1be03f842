"""Text that is safe to print on a terminal: control characters shown as escapes."""

from __future__ import annotations

import re

# Characters that could act on a terminal if printed raw: C0 and C1 controls and DEL (tabs and
# line breaks excepted). Text output shows them escaped.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape_controls(text: str) -> str:
    """``text`` with control characters shown as escapes, safe to print on a terminal."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
