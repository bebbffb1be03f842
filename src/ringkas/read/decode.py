"""Turn the bytes a user gives into text, refusing what is not text."""

from __future__ import annotations

import codecs
import re
import sys

from ..errors import InputError
from .labels import web_codec

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

# Files that are not text, by the bytes they open with, and what they are called.
_FORMATS = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (a Word or OpenDocument file is one)"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)
_READS = "ringkas reads plain text, saved web pages (HTML) and JSON Lines"


def refuse_other_formats(data: bytes) -> None:
    """Raise InputError naming what ``data`` is when it is a known format that is not text (a
    PDF, an image, an archive), with what ringkas reads instead."""
    for magic, name in _FORMATS:
        if data.startswith(magic):
            advice = " (pdftotext FILE.pdf - | summarize)" if magic == b"%PDF-" else ""
            raise InputError(
                "the input is {kind}, not text; " + _READS + ": take the text out of it first"
                "{advice}",
                kind=name,
                advice=advice,
            )


def check_encoding(name: str) -> str:
    """The canonical name of the text encoding ``name``; raises InputError for an unknown one,
    for a codec that is not a text encoding (bytes to bytes: zlib, bz2, base64, uu, quopri,
    hex; str to str: rot13) and for "undefined", which decodes nothing."""
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):  # ValueError: a name with a NUL in it
        raise InputError("unknown encoding {name!r}", name=name) from None
    # Python marks the codecs that are not text encodings; codecs of other packages that do
    # not say are taken for text encodings, as Python's own open() takes them.
    if getattr(info, "_is_text_encoding", True) is False or info.name == "undefined":
        raise InputError("{name!r} is not a text encoding", name=name)
    return info.name


def codec_for(head: bytes, encoding: str | None = None) -> str:
    """The codec that reads bytes starting with ``head`` (a BOM decides when no encoding is
    named; a UTF-8 BOM is dropped either way)."""
    if encoding is None:
        return next((name for bom, name in _BOMS if head.startswith(bom)), "utf-8")
    codec = check_encoding(encoding)
    return "utf-8-sig" if codec == "utf-8" else codec


def line_codec(head: bytes, encoding: str | None = None) -> tuple[str, int]:
    """For text read a line at a time (JSON Lines) from bytes starting with ``head``: the codec
    that decodes each line, and the length of the byte-order mark to skip. The byte order of
    UTF-16 and UTF-32 is the mark's, or the machine's without one, as ``decode`` reads it."""
    codec = codec_for(head, encoding)
    if codec == "utf-8-sig":
        return "utf-8", len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0
    if codec in {"utf-16", "utf-32"}:
        marks = (
            ((codecs.BOM_UTF16_LE, "le"), (codecs.BOM_UTF16_BE, "be"))
            if codec == "utf-16"
            else ((codecs.BOM_UTF32_LE, "le"), (codecs.BOM_UTF32_BE, "be"))
        )
        for mark, order in marks:
            if head.startswith(mark):
                return f"{codec}-{order}", len(mark)
        return f"{codec}-{'le' if sys.byteorder == 'little' else 'be'}", 0
    return codec, 0


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
    refuse_other_formats(data)
    codec = codec_for(data, encoding)
    wide = codec.startswith(("utf-16", "utf-32"))
    if not wide and b"\x00" in data:
        raise InputError(_BINARY)
    shown = "UTF-8" if codec in {"utf-8", "utf-8-sig"} else codec
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        bad = error.object[error.start : error.start + 1].hex()
        raise InputError(
            "not valid {encoding}: byte 0x{byte} at offset {offset} cannot be decoded; name the "
            "input's encoding with --encoding (for example --encoding {guess})",
            encoding=shown,
            byte=bad,
            offset=error.start,
            guess=_guess(data),
        ) from None
    except UnicodeError as error:  # codecs that say less (idna, punycode)
        raise InputError(
            "not valid {encoding}: {reason}", encoding=shown, reason=str(error)
        ) from None
    if "\x00" in text:
        raise InputError(_BINARY)
    return text


# What opens an HTML document, after white space, comments and an XML declaration (XHTML:
# '<?xml version="1.0"?>'): a doctype or an <html> or <head> tag (case does not matter).
# The tags are those the WHATWG MIME Sniffing Standard takes for HTML, with <meta>, <link>,
# <base> and <noscript>, which pages saved without their first lines open with too.
_HTML_START = re.compile(
    rb"(?:\s|<!--.*?-->|<\?xml[^>]{0,200}>)*<(?:!doctype\s+html|(?:html|head|body|script"
    rb"|iframe|h1|div|font|table|a|style|title|b|br|p|meta|link|base|noscript)[\s>/])",
    re.IGNORECASE | re.DOTALL,
)
# A charset declared in the page: <meta charset="utf-8">, or
# <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">.
_META_CHARSET = re.compile(
    rb"<meta[^>]+?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE | re.DOTALL
)
# Browsers look for the declaration in the first 1,024 bytes; pages in the wild put it later.
_META_WINDOW = 8192


def looks_like_html(data: bytes) -> bool:
    """Whether ``data`` is a web page by its content: it opens with a doctype or a tag only HTML
    opens with (<html>, <head>, <body>, <meta>, <link>, <script>, <div>, <p>, ...), after a
    byte-order mark, white space and comments."""
    head = data[:4096]
    for bom, codec in _BOMS:
        if head.startswith(bom):
            head = head.decode(codec, errors="ignore").encode("utf-8")
            break
    return _HTML_START.match(head) is not None


def decode_html(data: bytes, charset: str | None = None, encoding: str | None = None) -> str:
    """Decode a web page as a browser would: with ``encoding`` when the user names one, else
    by its byte-order mark, the charset of its HTTP header (``charset``), the charset its
    <meta> declares, UTF-8 when it is valid, and otherwise by detection. Bytes the chosen
    encoding cannot read become U+FFFD, as in a browser."""
    refuse_other_formats(data)
    if encoding is None:
        # Labels are read as browsers read them (labels.py): one they do not know is ignored,
        # and UTF-16 declared in the page's own markup means UTF-8.
        declared = _META_CHARSET.search(data[:_META_WINDOW])
        encoding = (
            next((name for bom, name in _BOMS if data.startswith(bom)), None)
            or web_codec(charset)
            or web_codec(declared.group(1).decode("ascii") if declared else None, in_page=True)
            or _detected(data)
        )
    codec = codec_for(data, encoding)
    # The web reads latin-1 and ASCII labels as windows-1252 (WHATWG Encoding Standard).
    codec = "cp1252" if codec in _WEB_WINDOWS_1252 else codec
    try:
        text = data.decode(codec, errors="replace")
    except UnicodeError:  # a codec that cannot replace (idna): strictly, or not at all
        text = decode(data, codec)
    if "\x00" in text:
        raise InputError(_BINARY)
    return text


_WEB_WINDOWS_1252 = frozenset({"latin-1", "iso8859-1", "ascii"})


def _detected(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # it comes with requests and trafilatura; without it, the web's default
        return "cp1252"
    best = from_bytes(data[: 1 << 20]).best()
    return best.encoding if best is not None else "cp1252"
