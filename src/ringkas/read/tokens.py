"""Split an HTML page into tags and text, each with its place in the source, as browsers do.

This follows the tokenizer of the HTML standard (https://html.spec.whatwg.org/#tokenization)
where it decides what a reader sees, so that a page reads the same with every Python:

- A start tag is ``<`` and a letter; its attributes may be quoted with ``"`` or ``'`` (a ``>``
  inside quotes does not end the tag) or bare. The first of two attributes of the same name
  counts. A ``<`` before anything else (``a < b``) is text.
- An end tag is ``</`` and a letter, up to its ``>``; ``</>`` is nothing, and ``</`` before
  anything else opens a bogus comment up to the next ``>``.
- A comment runs from ``<!--`` to ``-->`` (or ``--!>``; ``<!-->`` and ``<!--->`` are empty ones);
  a declaration (``<!DOCTYPE ...>``, ``<![CDATA[...]``) or processing instruction (``<?...``) up
  to the next ``>``. None of them is text.
- The content of ``<script>`` and ``<style>`` is text up to the first ``</script`` (or
  ``</style``) followed by a space, ``/`` or ``>``: markup in it is not markup.
- A tag, comment or declaration that the page ends inside is left out, with all that follows.

Text is handed on raw, character references and all: the reader decodes them with their places.
Every regular expression here can match in only one way, so a hostile page (a tag of a million
attributes, an endless quoted value) is read in time linear in its size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from html import unescape
from types import MappingProxyType

# An attribute: its name, and its value after "=", quoted or bare (a quote the page ends in
# runs to the end).
_NAME = r"[^\t\n\f\r />][^\t\n\f\r />=]*"
_EQUALS = r"[\t\n\f\r ]*=[\t\n\f\r ]*"
_VALUE = r"""(?:"[^"]*"?|'[^']*'?|[^\t\n\f\r >]*)"""
_ATTRIBUTE_PARTS = rf"{_NAME}(?:{_EQUALS}{_VALUE})?"
# The next piece of markup: a start or end tag (its "/", name, attributes, the white space and
# "/" before its ">", and the ">", missing where the page ends inside the tag), a comment, a
# bogus comment (a declaration, a processing instruction, "</" before a non-letter), or "</>".
# Every part of a tag is optional and greedy, so the first way it matches is the only one.
_MARKUP = re.compile(
    r"<(?:"
    rf"(/?)([a-zA-Z][^\t\n\f\r />]*)((?:[\t\n\f\r /]*{_ATTRIBUTE_PARTS})*)([\t\n\f\r /]*)(>)?"
    r"|(!--)|([!?]|/(?=[^>]))|/>)"
)
_ATTRIBUTE = re.compile(rf"({_NAME})(?:{_EQUALS}({_VALUE}))?")
_COMMENT_END = re.compile(r"-->|--!>")
# Elements whose content is text up to their own end tag (and written out raw).
RAW_TEXT = frozenset({"script", "style"})
_RAW_TEXT_END = {
    name: re.compile(rf"</{name}(?=[\t\n\f\r />])", re.IGNORECASE) for name in RAW_TEXT
}
NO_ATTRIBUTES: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class StartTag:
    """``<name ...>`` at ``source[start:end]``; ``closed``: written ``<name .../>``."""

    name: str
    attrs: Mapping[str, str]
    start: int
    end: int
    closed: bool


@dataclass(frozen=True, slots=True)
class EndTag:
    """``</name ...>`` at ``source[start:end]``."""

    name: str
    start: int
    end: int


# Text is a (start, end) pair of offsets: ``source[start:end]``, raw.
Token = StartTag | EndTag | tuple[int, int]


def _attributes(text: str) -> Mapping[str, str]:
    found: dict[str, str] = {}
    for name, value in _ATTRIBUTE.findall(text):
        name = name.lower()
        if name in found:
            continue
        if value[:1] in {'"', "'"}:
            value = value[1:-1] if len(value) > 1 and value[-1] == value[0] else value[1:]
        found[name] = unescape(value) if "&" in value else value
    return found


def tokens(source: str) -> Iterator[Token]:
    """The start tags, end tags and runs of text of ``source``, in order."""
    length = len(source)
    at = 0
    while at < length:
        found = _MARKUP.search(source, at)
        if found is None:
            yield at, length
            return
        opening = found.start()
        if opening > at:
            yield at, opening
        slash, name, attributes, last, closing, comment, bogus = found.groups()
        if name is not None:
            if closing is None:
                return  # the page ends inside the tag
            at = found.end()
            name = name.lower()
            if slash:
                yield EndTag(name, opening, at)
                continue
            closed = last.endswith("/")
            found_attributes = _attributes(attributes) if attributes else NO_ATTRIBUTES
            yield StartTag(name, found_attributes, opening, at, closed)
            if name in RAW_TEXT and not closed:
                end = _RAW_TEXT_END[name].search(source, at)
                text_end = end.start() if end is not None else length
                if text_end > at:
                    yield at, text_end
                at = text_end
        elif comment:
            if source.startswith(">", opening + 4) or source.startswith("->", opening + 4):
                at = source.find(">", opening + 4) + 1
                continue
            end = _COMMENT_END.search(source, opening + 4)
            if end is None:
                return
            at = end.end()
        elif bogus:
            end_at = source.find(">", found.end())
            if end_at < 0:
                return
            at = end_at + 1
        else:  # "</>"
            at = found.end()
