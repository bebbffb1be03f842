"""Reading: the inputs a user names (files, standard input, links, JSON Lines records, saved
pages) turned into documents, and a document into the article the pipeline summarises.

``KINDS`` is the one table of the kinds of document ringkas reads: ``--input-format``'s choices
and help, how ``auto`` recognises a kind (by a link's media type, else by content), which field
of a JSON Lines record holds one, and the docs' table all read it. A kind is a decoder (bytes to
text) and a reader (a decoded document to ``Article``), functions of a module in this package,
loaded when a document of that kind is read. A new kind is one new module, one line below and
its tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..model import Article, Decoded


def _load(where: str) -> Any:
    module, _, name = where.partition(":")
    return getattr(import_module(f".{module}", __name__), name)


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of document: its name (``--input-format NAME``, and the JSON Lines field that
    holds one), what it is, and its functions as ``"module:function"`` in this package."""

    name: str
    help: str
    # decode(data, charset, encoding) -> text: ``charset`` is what a web server said, if
    # anything; ``encoding`` the user's --encoding, which wins.
    decoder: str
    # read(document) -> Article (from a ``Decoded`` document), run where the document is
    # summarised (a worker process).
    reader: str
    # A link whose Content-Type is one of these is of this kind.
    media_types: frozenset[str] = frozenset()
    # sniff(data) -> bool: whether bytes of unknown kind are of this one ("auto").
    sniffer: str | None = None

    def decode(self, data: bytes, charset: str | None, encoding: str | None) -> str:
        """The text of a document of this kind, from its bytes."""
        text: str = _load(self.decoder)(data, charset, encoding)
        return text

    def read(self, document: Decoded) -> Article:
        """The article of a document of this kind, as read."""
        article: Article = _load(self.reader)(document)
        return article

    def sniff(self, data: bytes) -> bool:
        """Whether ``data`` is a document of this kind by its content."""
        return self.sniffer is not None and bool(_load(self.sniffer)(data))


KINDS: dict[str, Kind] = {
    entry.name: entry
    for entry in (
        Kind(
            "text",
            "plain text, or text copied from a news site",
            "plain:decode_text",
            "plain:read_document",
            frozenset({"text/plain"}),
        ),
        Kind(
            "html",
            "a web page, saved or fetched",
            "decode:decode_html",
            "page:read_document",
            frozenset({"text/html", "application/xhtml+xml"}),
            sniffer="decode:looks_like_html",
        ),
    )
}
# What bytes are when no kind recognises them.
DEFAULT_KIND = "text"

# The other values of --input-format: "auto" recognises each input's kind; "jsonl" reads every
# line of an input as a JSON object holding one document in a field named by its kind.
AUTO = "auto"
JSONL = "jsonl"
INPUT_FORMATS = (AUTO, *KINDS, JSONL)


def kind_of(data: bytes, media_type: str | None = None) -> Kind:
    """The kind of a document of unknown kind: by the media type a web server gave, else by
    its content; plain text when nothing says otherwise."""
    if media_type:
        found = (kind for kind in KINDS.values() if media_type in kind.media_types)
    else:
        found = (kind for kind in KINDS.values() if kind.sniff(data))
    return next(found, KINDS[DEFAULT_KIND])
