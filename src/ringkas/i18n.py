"""The language of what the command says to people: English, or Indonesian.

The messages are marked with ``_`` (and ``ngettext`` where a number decides the form) and
translated through GNU gettext catalogs, Python's own ``gettext``: ``locale/id/LC_MESSAGES/
ringkas.po`` holds the Indonesian, compiled to ``ringkas.mo`` beside it (``compile_catalog``;
a test checks that the two agree). The language is chosen once per run (``choose``): by
``--lang`` when given, else by the locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``,
in gettext's order); English for any other. The catalog is also bound as gettext's default
domain, so that click's own messages (usage errors, "Show this message and exit.") come in the
same language. JSON and CSV keys and values never change.
"""

from __future__ import annotations

import gettext
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

DOMAIN = "ringkas"
# (os.path, not pathlib: the command loads this before anything else, --help included)
LOCALE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "locale")
# The languages the command speaks besides English (the codes --lang takes).
LANGUAGES = ("en", "id")

_translation: gettext.NullTranslations = gettext.NullTranslations()


def choose(language: str | None = None) -> str:
    """Speak ``language`` ("en" or "id"), or the locale's language when None; returns the code
    chosen. Click's messages follow (gettext's default domain is ringkas's catalog)."""
    global _translation
    languages = [language] if language else None
    found = gettext.translation(DOMAIN, LOCALE_DIR, languages=languages, fallback=True)
    _translation = found
    gettext.bindtextdomain(DOMAIN, LOCALE_DIR)
    gettext.textdomain(DOMAIN)
    if language is not None:
        # click's gettext.gettext reads the locale itself: tell it the same language.
        os.environ["LANGUAGE"] = language
    return "id" if isinstance(found, gettext.GNUTranslations) else "en"


def _(message: str) -> str:
    """``message`` in the chosen language."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message for ``count``, in the chosen language."""
    return _translation.ngettext(singular, plural, count)


def _unquote(line: str) -> str:
    import ast

    literal: str = ast.literal_eval(line)
    return literal


def read_po(path: Path) -> dict[str, str]:
    """The translations of a .po file: msgid (with "\\x00" between a singular and its plural)
    to msgstr (the forms joined by "\\x00"); the header under the empty msgid."""
    entries: dict[str, str] = {}
    field = ""
    current: dict[str, list[str]] = {}

    def done() -> None:
        if "msgid" in current:
            msgid = "".join(current["msgid"])
            if "msgid_plural" in current:
                msgid += "\x00" + "".join(current["msgid_plural"])
                forms = sorted(k for k in current if k.startswith("msgstr["))
                text = "\x00".join("".join(current[k]) for k in forms)
            else:
                text = "".join(current.get("msgstr", []))
            if text:
                entries[msgid] = text

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith('"'):
            current[field].append(_unquote(line))
            continue
        keyword, _space, rest = line.partition(" ")
        if keyword == "msgid":
            done()
            current = {}
        field = keyword
        current[field] = [_unquote(rest)]
    done()
    return entries


def compile_catalog(po: Path) -> bytes:
    """The .mo file of a .po file (GNU gettext's binary format, little-endian)."""
    import struct

    entries = sorted(read_po(po).items())
    ids = b"".join(k.encode() + b"\x00" for k, _v in entries)
    strs = b"".join(v.encode() + b"\x00" for _k, v in entries)
    count = len(entries)
    start = 7 * 4 + count * 16
    offsets: list[int] = []
    at = 0
    for key, _value in entries:
        offsets += [len(key.encode()), start + at]
        at += len(key.encode()) + 1
    base = start + len(ids)
    at = 0
    for _key, value in entries:
        offsets += [len(value.encode()), base + at]
        at += len(value.encode()) + 1
    header = struct.pack("<7I", 0x950412DE, 0, count, 7 * 4, 7 * 4 + count * 8, 0, 0)
    return header + struct.pack(f"<{len(offsets)}I", *offsets) + ids + strs


if __name__ == "__main__":  # python src/ringkas/i18n.py: compile every catalog after an edit
    from pathlib import Path

    for catalog in sorted(Path(LOCALE_DIR).glob("*/LC_MESSAGES/*.po")):
        catalog.with_suffix(".mo").write_bytes(compile_catalog(catalog))
        print(f"{catalog.with_suffix('.mo')}")
