"""Plain text, the first kind of document: the input is the article's text as it stands."""

from __future__ import annotations

from ..model import Article, Decoded
from .decode import decode


def decode_text(data: bytes, charset: str | None = None, encoding: str | None = None) -> str:
    """The text of ``data``: in the user's ``encoding``, else the ``charset`` a web server gave,
    else UTF-8 (or as a byte-order mark says)."""
    return decode(data, encoding or charset)


def read_document(document: Decoded) -> Article:
    """The article of a plain text: the text itself, every position a position in it."""
    return Article(text=document.text)
