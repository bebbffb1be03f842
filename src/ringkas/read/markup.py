"""Read HTML into the blocks of text a browser shows, each character with its place in the source.

A web page is split into tags and text by ``tokens.py`` (the HTML standard's tokenizer) and
built into a light element tree, the way browsers recover from unclosed tags (a new paragraph
closes the open one, a list item the previous item). Its visible text is then laid out in
blocks, as a browser lays out paragraphs, headings, list items and table cells: white space
collapsed to one space, a ``<br>`` a line break, two or more ``<br>`` a new block. Nothing
invisible is kept: the head, scripts, styles, templates, forms' options, and elements marked
hidden.

No page is too deep to read, and nothing here recurses. An inline element opened inside one of
the same tag and attributes (the thousandth unclosed ``<font>``) changes nothing a reader sees and
adds no element. A tree deeper than ``MAX_DEPTH`` levels is then made shallow the way it reads:
an element that only wraps another (a ``<div>`` around a ``<div>``, shown and no link) is left out,
and below ``MAX_DEPTH`` what is left keeps its text, in order, its blocks apart. No tag costs more
than ``MAX_DEPTH`` steps beyond the elements it closes, so a page nested a hundred thousand levels
deep reads in time linear in its size. ``flat_html`` writes such a tree back as HTML for readers
with a lower limit (lxml leaves out whatever lies deeper than 255 levels).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from html import escape, unescape
from itertools import islice
from typing import Union

from ..errors import InputError
from .limits import MAX_TAGS
from .tokens import NO_ATTRIBUTES as _NO_ATTRIBUTES
from .tokens import RAW_TEXT as _RAW_TEXT
from .tokens import StartTag, tokens


def offsets(values: Iterable[int] = ()) -> array[int]:
    """Offsets into the source, one per character of text, kept as machine integers (8 bytes
    each, where a list of Python integers takes 36): a page of 5 MiB holds millions."""
    return array("q", values)


# The offsets of a run of text: a range where each character is one character of the source
# (text as it stands in the page, which takes no memory per character), else offsets.
Offsets = Union[range, "array[int]"]


def _joined(first: Offsets, second: Offsets) -> Offsets:
    """The offsets of two runs of text, one after the other."""
    if isinstance(first, range) and isinstance(second, range) and first.stop == second.start:
        return range(first.start, second.stop)
    joined = offsets(first)
    joined.extend(second)
    return joined


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
# Runs of white space other than one space between two other characters.
_GAPS = re.compile(r"^[ \t\n\r\f]+|[ \t\n\r\f]+\Z|[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+")
# The deepest level of a tree as parsed (below lxml's 255, so that ``flat_html`` of any tree
# reads whole there).
MAX_DEPTH = 200
# Inline elements that add nothing inside one of the same tag and attributes.
_REPEATS_ADD_NOTHING = frozenset(
    "a abbr b big code em font i nobr s small span strike strong tt u".split()
)


@dataclass(eq=False, slots=True)
class Element:
    """An element of the page: its tag, attributes, children and where it is in the source."""

    tag: str
    attrs: Mapping[str, str]
    parent: Element | None
    start: int  # source offset of its start tag
    end: int = -1  # source offset just past its end (its end tag, or where it was closed)
    # A page may hold a hundred thousand elements, most without attributes or children: those
    # share one empty mapping and one empty tuple, and a list is made for the first child.
    children: list[Element | Text] | tuple[()] = ()

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

    def add(self, node: Element | Text) -> None:
        """Append ``node`` to the element's children."""
        if self.children:
            self.children.append(node)
        else:
            self.children = [node]

    def ancestors(self) -> Iterator[Element]:
        """This element, its parent, and so on up to the root."""
        element: Element | None = self
        while element is not None:
            yield element
            element = element.parent


@dataclass(eq=False, slots=True)
class Root(Element):
    """The root of a page's tree, with what is known of the whole page."""

    source: str = ""  # the whole page's source
    deep: bool = False  # the source nests elements deeper than MAX_DEPTH
    tags: int = 0  # the start tags of the page


@dataclass(eq=False, slots=True)
class Text:
    """Decoded text from the source: ``text[i]`` came from ``source[starts[i]:ends[i]]``."""

    text: str
    starts: Offsets
    ends: Offsets


@dataclass(eq=False, slots=True)
class Block:
    """A block of visible text as a browser lays it out, white space collapsed.

    ``element`` is the block-level element it belongs to; ``link_chars`` counts the characters
    that are link text (``<a>``). ``hidden``: the page hides it (laid out only when asked for).
    """

    text: str
    starts: array[int]
    ends: array[int]
    element: Element
    link_chars: int = 0
    hidden: bool = False

    @property
    def start(self) -> int:
        return self.starts[0]

    @property
    def end(self) -> int:
        return self.ends[-1]


class _TreeBuilder:
    """Tokens of a page -> an element tree with source offsets.

    ``stack`` holds the open elements; beside each, ``hosts`` the element of the tree its
    content goes into (itself, or the one it repeats). ``open`` counts the open elements of
    each tag, so that no start or end tag looks through the whole stack for a tag that is not
    open.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self.root = Root("#root", _NO_ATTRIBUTES, None, 0, source=source)
        self.stack: list[Element] = [self.root]
        self.hosts: list[Element] = [self.root]
        self.open: dict[str, int] = {}
        self.tags = 0

    def build(self) -> Root:
        for token in tokens(self.source):
            if isinstance(token, tuple):
                start, end = token
                self.text(start, end)
            elif isinstance(token, StartTag):
                self.start_tag(token.name, token.attrs, token.start, token.end)
                if token.closed and token.name not in _VOID:
                    # <div/> and the like: closed at once
                    self._close(self.stack[-1], token.end)
            else:
                self.end_tag(token.name, token.start, token.end)
        while len(self.stack) > 1:
            self._pop(len(self.source))
        self.root.end = len(self.source)
        self.root.tags = self.tags
        return self.root

    def _push(self, element: Element, host: Element) -> None:
        self.stack.append(element)
        self.hosts.append(host)
        self.open[element.tag] = self.open.get(element.tag, 0) + 1

    def _pop(self, at: int) -> None:
        element = self.stack.pop()
        self.hosts.pop()
        element.end = at
        self.open[element.tag] -= 1

    def _close(self, element: Element, at: int) -> None:
        while self.stack[-1] is not element:
            self._pop(at)
        self._pop(at)

    def _close_last(self, tag: str, at: int) -> None:
        """Close the innermost open ``tag`` (one is open) and what is open inside it."""
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                self._close(self.stack[index], at)
                return

    def start_tag(self, tag: str, attributes: Mapping[str, str], at: int, end: int) -> None:
        self.tags += 1
        if self.tags > MAX_TAGS:
            raise InputError(
                "the page holds more than {count} tags, the most ringkas reads in one page",
                count=f"{MAX_TAGS:,}",
            )
        if tag in _CLOSES_P and self.open.get("p"):
            self._close_last("p", at)
        closes = _CLOSES_SIBLING.get(tag)
        if closes and any(self.open.get(name) for name in closes):
            for element in islice(reversed(self.stack), MAX_DEPTH):
                if element.tag in closes:
                    self._close(element, at)
                    break
                if element.tag in _BLOCKS and element.tag not in {"tbody", "thead"}:
                    break  # a list inside another item: leave the outer item open
        host = self.hosts[-1]
        if tag in _REPEATS_ADD_NOTHING and tag == host.tag and attributes == host.attrs:
            self._push(Element(tag, attributes, host, at), host)
            return
        element = Element(tag, attributes, host, at)
        host.add(element)
        if tag in _VOID:
            element.end = end
        else:
            self._push(element, element)
            if len(self.stack) > MAX_DEPTH:
                self.root.deep = True

    def end_tag(self, tag: str, at: int, end: int) -> None:
        if self.open.get(tag):
            self._close_last(tag, end)
        elif tag == "br":  # </br> is a line break in every browser
            self.start_tag("br", _NO_ATTRIBUTES, at, end)

    def text(self, start: int, end: int) -> None:
        text = self.source[start:end]
        starts: Offsets = range(start, end)
        ends: Offsets = range(start + 1, end + 1)
        parent = self.hosts[-1]
        if "&" in text and parent.tag not in _RAW_TEXT:
            text, starts, ends = _decode_references(text, starts, ends)
        last = parent.children[-1] if parent.children else None
        if isinstance(last, Text) and last.ends[-1] == starts[0]:
            last.text += text
            last.starts = _joined(last.starts, starts)
            last.ends = _joined(last.ends, ends)
        else:
            parent.add(Text(text, starts, ends))


def _decode_references(text: str, starts: Offsets, ends: Offsets) -> tuple[str, Offsets, Offsets]:
    """Character references left in data (without their semicolon, or at the very end)."""
    out: list[str] = []
    out_starts, out_ends = offsets(), offsets()
    position = 0
    for match in _REFERENCE.finditer(text):
        decoded = unescape(match.group())
        if decoded == match.group():
            continue
        out.append(text[position : match.start()])
        out_starts.extend(starts[position : match.start()])
        out_ends.extend(ends[position : match.start()])
        out.append(decoded)
        out_starts += offsets([starts[match.start()]]) * len(decoded)
        out_ends += offsets([ends[match.end() - 1]]) * len(decoded)
        position = match.end()
    if not out:
        return text, starts, ends
    out.append(text[position:])
    out_starts.extend(starts[position:])
    out_ends.extend(ends[position:])
    return "".join(out), out_starts, out_ends


def parse(source: str) -> Root:
    """The element tree of an HTML page (a root holding the top-level nodes), no deeper than
    ``MAX_DEPTH`` levels. Raises InputError for a page of more than ``MAX_TAGS`` tags."""
    root = _TreeBuilder(source).build()
    if root.deep:
        _leave_out_wrappers(root)
        _flatten_below(root, MAX_DEPTH - 1)  # its line breaks at MAX_DEPTH
    return root


def _wrapper(element: Element) -> bool:
    """Whether an element only wraps another and leaving it out changes nothing shown: it is
    not hidden and no link, and a block wraps a block."""
    if len(element.children) != 1 or element.tag in {"a", "table", "tr", "td", "th"}:
        return False
    inner = element.children[0]
    return (
        isinstance(inner, Element)
        and not element.hidden
        and (element.tag not in _BLOCKS or inner.tag in _BLOCKS)
    )


def _leave_out_wrappers(root: Element) -> None:
    stack = [root]
    while stack:
        element = stack.pop()
        for index, child in enumerate(element.children):
            if isinstance(child, Text):
                continue
            inner = child
            while _wrapper(inner):
                inner = inner.children[0]  # type: ignore[assignment,misc]
            if inner is not child:
                inner.parent = element
                element.children[index] = inner  # type: ignore[index]
            stack.append(inner)


def _flatten_below(root: Element, depth: int) -> None:
    """Every element ``depth`` levels down keeps the text of what it holds, in order, as its
    own, and a break where a block starts or ends; what is hidden is left out."""
    stack = [(root, 0)]
    while stack:
        element, level = stack.pop()
        if level < depth:
            stack += [(c, level + 1) for c in element.children if isinstance(c, Element)]
            continue
        content: list[Element | Text] = []
        broken = True  # content is empty or ends in a break put in for a block
        # What is still to take, next last: nodes, and the offsets where blocks end.
        inner: list[Element | Text | int] = list(reversed(element.children))
        while inner:
            node = inner.pop()
            if isinstance(node, Text) or (isinstance(node, Element) and node.tag == "br"):
                content.append(node)
                broken = False
                continue
            if isinstance(node, Element) and node.hidden:
                continue
            at = node if isinstance(node, int) else node.start
            if (isinstance(node, int) or node.tag in _BLOCKS) and not broken:
                content.append(Element("br", _NO_ATTRIBUTES, element, at, at))
                broken = True
            if isinstance(node, Element):
                if node.tag in _BLOCKS:
                    inner.append(node.end)
                inner.extend(reversed(node.children))
        for node in content:
            if isinstance(node, Element):
                node.parent = element
        element.children = content


class _Layout:
    """Lays the visible text of a tree out in blocks."""

    def __init__(self, source: str, with_hidden: bool = False) -> None:
        self.source = source
        self.with_hidden = with_hidden
        self.in_hidden = False  # laying out what the page hides
        self.blocks: list[Block] = []
        self.text: list[str] = []
        self.starts, self.ends = offsets(), offsets()
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
        self.text, self.starts, self.ends = [], offsets(), offsets()
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
        # A run of white space is one space (at the first of its characters), and none after
        # a space or a line break; the text between such runs is laid out whole, each character
        # with its place in the source. A single space between two words is already that
        # space, so only the other runs are looked at: those at the ends of the text and those
        # of another white space character or of more than one. (``text`` holds the text
        # between them as one item, never starting or ending with white space, which stands
        # alone: " " or "\n".)
        text = run.text
        position = 0
        for gap in _GAPS.finditer(text):
            at, end = gap.span()
            if at > position:
                self._add_words(run, position, at, in_link)
            if self.text and self.text[-1] not in " \n":
                self.emit(" ", run.starts[at], run.ends[at], in_link)
            position = end
        if position < len(text):
            self._add_words(run, position, len(text), in_link)

    def _add_words(self, run: Text, at: int, end: int, in_link: bool) -> None:
        self.breaks = 0
        self.text.append(run.text[at:end])
        self.starts.extend(run.starts[at:end])
        self.ends.extend(run.ends[at:end])
        if in_link:
            self.link_chars += end - at

    def walk(self, root: Element) -> None:
        """Lay out the tree under ``root``, depth first, with a stack of its own: each frame an
        element's children still to visit, the block they belong to, whether they are link
        text, and what ends with the element (a block, what the page hides, or nothing)."""
        self.element = root
        frames: list[tuple[Iterator[Element | Text], Element, bool, str]] = [
            (iter(root.children), root, False, "")
        ]
        while frames:
            children, block, in_link, closing = frames[-1]
            child = next(children, None)
            if child is None:
                frames.pop()
                if closing:
                    self.flush()
                    if closing == "hidden":
                        self.in_hidden = False
                    self.element = frames[-1][1] if frames else root
                continue
            if isinstance(child, Text):
                self.element = block
                self.add_text(child, in_link)
            elif child.hidden:
                if _holds_text(child):
                    # Text that is not shown (a script, a hidden note) ends the block here, so
                    # that no sentence spans it and every sentence's source shows only it.
                    self.flush()
                    self.element = block
                    if self.with_hidden and child.tag not in _INVISIBLE and not self.in_hidden:
                        # What the page hides is laid out in blocks of its own, marked hidden.
                        self.in_hidden = True
                        self.element = child
                        frames.append((iter(child.children), child, in_link, "hidden"))
            elif child.tag == "br":
                self.line_break(child.start, child.end)
            elif child.tag in _BLOCKS:
                self.flush()
                self.element = child
                frames.append((iter(child.children), child, in_link, "block"))
            else:
                frames.append((iter(child.children), block, in_link or child.tag == "a", ""))


def _holds_text(element: Element) -> bool:
    stack: list[Element | Text] = [element]
    while stack:
        node = stack.pop()
        if isinstance(node, Text):
            if node.text.strip():
                return True
        else:
            stack.extend(node.children)
    return False


def blocks(root: Root, with_hidden: bool = False) -> list[Block]:
    """The visible text of the tree under ``root``, block by block, in document order; with
    ``with_hidden``, also the text the page hides (by attribute, style or class; never scripts,
    styles and the like), in blocks marked ``hidden``."""
    layout = _Layout(root.source, with_hidden)
    layout.walk(root)
    layout.flush()
    return layout.blocks


def flat_html(root: Element) -> str:
    """The tree under ``root`` written out as HTML (elements, attributes and text; no comments
    or doctype): a page as this module placed it, none of it deeper than ``MAX_DEPTH``."""
    out: list[str] = []
    # What is still to write, last first: nodes with whether their text is raw, and end tags.
    stack: list[tuple[Element | Text, bool] | str] = [(node, False) for node in root.children]
    stack.reverse()
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        node, raw = item
        if isinstance(node, Text):
            out.append(node.text if raw else escape(node.text, quote=False))
            continue
        attributes = "".join(f' {name}="{escape(value)}"' for name, value in node.attrs.items())
        out.append(f"<{node.tag}{attributes}>")
        if node.tag not in _VOID:
            stack.append(f"</{node.tag}>")
            stack.extend((child, node.tag in _RAW_TEXT) for child in reversed(node.children))
    return "".join(out)
