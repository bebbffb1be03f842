"""Read HTML into the blocks of text a browser shows, each character with its place in the source.

A web page is parsed with the standard library's tolerant HTML tokenizer into a light element
tree, the way browsers recover from unclosed tags (a new paragraph closes the open one, a list
item the previous item). Its visible text is then laid out in blocks, as a browser lays out
paragraphs, headings, list items and table cells: white space collapsed to one space, a ``<br>``
a line break, two or more ``<br>`` a new block. Nothing invisible is kept: the head, scripts,
styles, templates, forms' options, and elements marked hidden.

Every character of a block's text carries the source span it came from (``starts``/``ends``),
so a character reference such as ``&amp;`` maps to all of its five source characters and a
collapsed run of white space to its first character. That is what lets every sentence found in a
page point back into the HTML exactly: the source of a block, its tags removed and references
decoded, shows the block's text, since hidden text inside a paragraph (an inline script) ends
one block and starts another.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

# Elements whose content is never shown as text.
_INVISIBLE = frozenset(
    "head script style noscript template svg math iframe object embed canvas select option"
    " datalist audio video map button textarea title".split()
)
# Elements that start a new block of text, as browsers lay them out.
_BLOCKS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset"
    " figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu"
    " nav ol p pre section summary table caption tbody thead tfoot tr td th ul".split()
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# A start tag of one of these closes an open <p>, as in HTML's parsing rules.
_CLOSES_P = _BLOCKS - {"body", "html", "td", "th", "tr", "li", "dd", "dt", "tbody", "thead"}
# Tags that close an open element of the same kind (or the listed kinds) when they start.
_CLOSES_SIBLING = {
    "li": {"li"},
    "dt": {"dt", "dd"},
    "dd": {"dt", "dd"},
    "tr": {"tr", "td", "th"},
    "td": {"td", "th"},
    "th": {"td", "th"},
    "option": {"option"},
}
# Class names that hide an element in the CSS frameworks and themes news sites use.
HIDING_CLASSES = frozenset(
    "hide hidden d-none is-hidden sr-only visually-hidden screen-reader-text invisible".split()
)
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_REFERENCE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_SPACE = " \t\n\r\f"


@dataclass(eq=False, slots=True)
class Element:
    """An element of the page: its tag, attributes, children and where it is in the source."""

    tag: str
    attrs: dict[str, str]
    parent: Element | None
    start: int  # source offset of its start tag
    end: int = -1  # source offset just past its end (its end tag, or where it was closed)
    children: list[Element | Text] = field(default_factory=list)
    source: str = ""  # the whole page's source (set on the root)

    @property
    def hidden(self) -> bool:
        """Whether the element itself says it is not shown."""
        return self.tag in _INVISIBLE or self.hidden_by_page

    @property
    def hidden_by_page(self) -> bool:
        """Whether the page hides an element that could show text: by its ``hidden``
        attribute, its style or a hiding class (a later page of a story, say, shown when the
        reader clicks the pager)."""
        if "hidden" in self.attrs or _HIDING_STYLE.search(self.attrs.get("style", "")):
            return True
        return not HIDING_CLASSES.isdisjoint(self.attrs.get("class", "").split())

    def ancestors(self) -> Iterator[Element]:
        """This element, its parent, and so on up to the root."""
        element: Element | None = self
        while element is not None:
            yield element
            element = element.parent


@dataclass(eq=False, slots=True)
class Text:
    """Decoded text from the source: ``text[i]`` came from ``source[starts[i]:ends[i]]``."""

    text: str
    starts: list[int]
    ends: list[int]


@dataclass(eq=False, slots=True)
class Block:
    """A block of visible text as a browser lays it out, white space collapsed.

    ``element`` is the block-level element it belongs to; ``link_chars`` counts the characters
    that are link text (``<a>``). ``hidden``: the page hides it (laid out only when asked for).
    """

    text: str
    starts: list[int]
    ends: list[int]
    element: Element
    link_chars: int = 0
    hidden: bool = False

    @property
    def start(self) -> int:
        return self.starts[0]

    @property
    def end(self) -> int:
        return self.ends[-1]


class _TreeBuilder(HTMLParser):
    """HTMLParser callbacks -> an element tree with source offsets."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_offsets = [0, *(m.end() for m in re.finditer("\n", source))]
        self.root = Element("#root", {}, None, 0, source=source)
        self.stack = [self.root]

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        # A malformed marked section ("<![<!DOCTYPE", found by fuzzing) makes Python's parser
        # raise AssertionError, after moving its position on; a browser reads it as a bogus
        # comment up to the next ">".
        position = self.getpos()
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = position
            return self.parse_bogus_comment(i)

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_offsets[line - 1] + column

    def _close(self, element: Element, at: int) -> None:
        while self.stack[-1] is not element:
            self.stack.pop().end = at
        self.stack.pop().end = at

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        at = self._offset()
        open_tags = [e.tag for e in self.stack]
        if tag in _CLOSES_P and "p" in open_tags:
            self._close(self.stack[len(open_tags) - 1 - open_tags[::-1].index("p")], at)
        closes = _CLOSES_SIBLING.get(tag)
        if closes:
            for element in reversed(self.stack):
                if element.tag in closes:
                    self._close(element, at)
                    break
                if element.tag in _BLOCKS and element.tag not in {"tbody", "thead"}:
                    break  # a list inside another item: leave the outer item open
        element = Element(tag, {k: v or "" for k, v in attrs}, self.stack[-1], at)
        self.stack[-1].children.append(element)
        if tag in _VOID:
            element.end = at + len(self.get_starttag_text() or "")
        else:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:  # <div/> and the like: closed at once
            self._close(self.stack[-1], self._offset() + len(self.get_starttag_text() or ""))

    def handle_endtag(self, tag: str) -> None:
        at = self._offset()
        for element in reversed(self.stack[1:]):
            if element.tag == tag:
                end = self.source.find(">", at)
                self._close(element, end + 1 if end >= 0 else len(self.source))
                return
        if tag == "br":  # </br> is a line break in every browser
            self.handle_starttag("br", [])

    def handle_data(self, data: str) -> None:
        at = self._offset()
        self._add_text(
            data, list(range(at, at + len(data))), list(range(at + 1, at + len(data) + 1))
        )

    def _add_reference(self, opening: str, name: str) -> None:
        # The reference as the parser took it: "&" or "&#", its name (which may run on past
        # the entity, "&copynaik"), and a closing ";" if there is one.
        at = self._offset()
        raw = opening + name
        if self.source.startswith(";", at + len(raw)):
            raw += ";"
        decoded = unescape(raw)
        self._add_text(decoded, [at] * len(decoded), [at + len(raw)] * len(decoded))

    def handle_entityref(self, name: str) -> None:
        self._add_reference("&", name)

    def handle_charref(self, name: str) -> None:
        self._add_reference("&#", name)

    def _add_text(self, text: str, starts: list[int], ends: list[int]) -> None:
        if not text:
            return
        parent = self.stack[-1]
        if "&" in text and parent.tag not in {"script", "style"}:
            text, starts, ends = _decode_references(text, starts, ends)
        last = parent.children[-1] if parent.children else None
        if isinstance(last, Text) and last.ends[-1] == starts[0]:
            last.text += text
            last.starts += starts
            last.ends += ends
        else:
            parent.children.append(Text(text, starts, ends))

    def close(self) -> None:
        super().close()
        while len(self.stack) > 1:
            self.stack.pop().end = len(self.source)
        self.root.end = len(self.source)


def _decode_references(
    text: str, starts: list[int], ends: list[int]
) -> tuple[str, list[int], list[int]]:
    """Character references left in data (without their semicolon, or at the very end)."""
    out: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    position = 0
    for match in _REFERENCE.finditer(text):
        decoded = unescape(match.group())
        if decoded == match.group():
            continue
        out.append(text[position : match.start()])
        out_starts += starts[position : match.start()]
        out_ends += ends[position : match.start()]
        out.append(decoded)
        out_starts += [starts[match.start()]] * len(decoded)
        out_ends += [ends[match.end() - 1]] * len(decoded)
        position = match.end()
    if not out:
        return text, starts, ends
    out.append(text[position:])
    out_starts += starts[position:]
    out_ends += ends[position:]
    return "".join(out), out_starts, out_ends


def parse(source: str) -> Element:
    """The element tree of an HTML page (a root holding the top-level nodes)."""
    builder = _TreeBuilder(source)
    builder.feed(source)
    builder.close()
    return builder.root


class _Layout:
    """Lays the visible text of a tree out in blocks."""

    def __init__(self, source: str, with_hidden: bool = False) -> None:
        self.source = source
        self.with_hidden = with_hidden
        self.in_hidden = False  # laying out what the page hides
        self.blocks: list[Block] = []
        self.text: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.link_chars = 0
        self.element: Element | None = None
        self.space_pending = False
        self.breaks = 0  # consecutive <br> since the last text

    def flush(self) -> None:
        if self.text and self.element is not None:
            # Drop the trailing line break or space, as a browser does at the end of a block.
            while self.text and self.text[-1] in " \n":
                self.text.pop()
                self.starts.pop()
                self.ends.pop()
        if self.text and self.element is not None:
            self.blocks.append(
                Block(
                    "".join(self.text),
                    self.starts,
                    self.ends,
                    self.element,
                    self.link_chars,
                    self.in_hidden,
                )
            )
        self.text, self.starts, self.ends = [], [], []
        self.link_chars = 0
        self.space_pending = False
        self.breaks = 0

    def emit(self, char: str, start: int, end: int, in_link: bool) -> None:
        self.text.append(char)
        self.starts.append(start)
        self.ends.append(end)
        if in_link:
            self.link_chars += 1

    def line_break(self, at: int, end: int) -> None:
        self.breaks += 1
        spaced = self.source[at - 1 : at].isspace() or self.source[end : end + 1].isspace()
        if self.breaks >= 2 or not spaced:
            # Two line breaks in a row make a new block; so does one with no white space
            # around it in the source ("baris<br>baris"), where the source shows no space.
            self.flush()
            return
        if self.text:
            if self.text[-1] == " ":
                self.text.pop()
                self.starts.pop()
                self.ends.pop()
            self.emit("\n", at, end, False)
        self.space_pending = False

    def add_text(self, run: Text, in_link: bool) -> None:
        for char, start, end in zip(run.text, run.starts, run.ends, strict=True):
            if char in _SPACE:
                if self.text and self.text[-1] not in " \n":
                    self.emit(" ", start, end, in_link)
                continue
            self.breaks = 0
            self.emit(char, start, end, in_link)

    def walk(self, element: Element, block: Element, in_link: bool) -> None:
        for child in element.children:
            if isinstance(child, Text):
                if self.element is None or self.element is not block:
                    self.element = block
                self.add_text(child, in_link)
                continue
            if child.hidden:
                if _holds_text(child):
                    # Text that is not shown (a script, a hidden note) ends the block here, so
                    # that no sentence spans it and every sentence's source shows only it.
                    self.flush()
                    if self.with_hidden and child.tag not in _INVISIBLE and not self.in_hidden:
                        # What the page hides is laid out in blocks of its own, marked hidden.
                        self.in_hidden = True
                        self.element = child
                        self.walk(child, child, in_link)
                        self.flush()
                        self.in_hidden = False
                    self.element = block
                continue
            if child.tag == "br":
                self.line_break(child.start, child.end)
                continue
            if child.tag in _BLOCKS:
                self.flush()
                self.element = child
                self.walk(child, child, in_link)
                self.flush()
                self.element = block
                continue
            self.walk(child, block, in_link or child.tag == "a")


def _holds_text(element: Element) -> bool:
    return any(
        child.text.strip() if isinstance(child, Text) else _holds_text(child)
        for child in element.children
    )


def blocks(root: Element, with_hidden: bool = False) -> list[Block]:
    """The visible text of the tree under ``root``, block by block, in document order; with
    ``with_hidden``, also the text the page hides (by attribute, style or class; never scripts,
    styles and the like), in blocks marked ``hidden``."""
    layout = _Layout(root.source, with_hidden)
    layout.element = root
    layout.walk(root, root, False)
    layout.flush()
    return layout.blocks
