"""Names that come from the user (file names, links, record ids) as ringkas shows them.

A file system allows almost any bytes in a name: line breaks, escape sequences, bytes that are
not UTF-8 (Python holds those as "surrogate escapes", U+DC80-U+DCFF). Record ids from JSON may
hold lone surrogates ("\\ud800"). None of these may break a header or an error line, act on a
terminal, or make the output undecodable, so every name goes through this module on its way out.
"""

from __future__ import annotations

import re

# What a name may not show raw: C0 and C1 controls (line breaks and tabs included) and DEL, lone
# surrogates, the line and paragraph separators, and the bidirectional controls that would
# reorder the rest of a terminal line.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")

_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # a byte that was not UTF-8, as Python escaped it
    if char in _SHORT:
        return _SHORT[char]
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def one_line(name: str) -> str:
    """``name`` as one safe, printable line: a byte that is not UTF-8 as ``\\xff``, controls
    and line breaks as ``\\x1b``, ``\\n``, ``\\t``, other lone surrogates and separators as
    ``\\ud800``; everything else as it is."""
    return _UNSAFE.sub(lambda m: _escape(m.group()), name)


def json_name(name: str) -> str:
    """``name`` for a JSON string: exact (JSON escapes control characters itself), except that a
    byte that was not UTF-8 becomes ``\\xff`` and a lone surrogate ``\\ud800``, so the output is
    valid Unicode."""
    return _SURROGATES.sub(lambda m: _escape(m.group()), name)
