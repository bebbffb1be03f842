"""Turn the bytes a user gives into text, refusing what is not text."""

from __future__ import annotations

import codecs
import re

from .errors import InputError

# Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# Bytes that cp1252 (Windows Western) makes printable and latin-1 makes control characters.
_WINDOWS_ONLY = re.compile(rb"[\x80-\x9f]")

_BINARY = "the input looks binary (it contains NUL bytes), not text"


def check_encoding(name: str) -> str:
    """The canonical name of the codec ``name``; raises InputError for an unknown one."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise InputError(f"unknown encoding {name!r}") from None
    if not isinstance(info.incrementaldecoder, type) or info.name in {"base64", "hex", "rot-13"}:
        raise InputError(f"{name!r} is not a text encoding")
    return info.name


def codec_for(head: bytes, encoding: str | None = None) -> str:
    """The codec that reads bytes starting with ``head`` (a BOM decides when no encoding is
    named; a UTF-8 BOM is dropped either way)."""
    if encoding is None:
        return next((name for bom, name in _BOMS if head.startswith(bom)), "utf-8")
    codec = check_encoding(encoding)
    return "utf-8-sig" if codec == "utf-8" else codec


def _guess(data: bytes) -> str:
    """The single-byte encoding to suggest for text that is not UTF-8.

    Windows text (cp1252) puts typographic quotes and dashes in 0x80-0x9F ("–" is 0x96), where
    latin-1 has invisible control characters; elsewhere the two agree.
    """
    if _WINDOWS_ONLY.search(data):
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            pass  # bytes cp1252 leaves undefined: not Windows text either
        else:
            return "cp1252"
    return "latin-1"


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode ``data`` as text.

    Without ``encoding`` the bytes are read as UTF-8, and a byte-order mark (UTF-8, UTF-16 or
    UTF-32) is honoured and dropped, so offsets count from the first character after it. With
    ``encoding`` that codec is used (a UTF-8 mark is still dropped for "utf-8").
    """
    codec = codec_for(data, encoding)
    wide = codec.startswith(("utf-16", "utf-32"))
    if not wide and b"\x00" in data:
        raise InputError(_BINARY)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        bad = error.object[error.start : error.start + 1].hex()
        shown = "UTF-8" if codec in {"utf-8", "utf-8-sig"} else codec
        raise InputError(
            f"not valid {shown}: byte 0x{bad} at offset {error.start} cannot be decoded; "
            f"name the input's encoding with --encoding (for example --encoding {_guess(data)})"
        ) from None
    if "\x00" in text:
        raise InputError(_BINARY)
    return text
