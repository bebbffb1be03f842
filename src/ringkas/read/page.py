"""Find the article in a web page, keeping every character's place in the HTML source.

No main-text extractor maps its text back to the page, so ringkas combines one with its own
reading of the page:

1. The page's visible text is laid out in blocks, each character with its source span
   (``markup.py``).
2. trafilatura, a well-kept main-text extractor, says which text is the article's. Its text is
   only used to recognise blocks: everything ringkas returns is the page's own text, placed in
   the source.
3. The article's container is the element whose paragraphs hold most of that text; its
   blocks from the first to the last one trafilatura kept make the article, without blocks
   that are mostly links (lists of other stories) or furniture by nature (figures, asides,
   navigation, forms).
4. The article starts and ends with a block that is not furniture: Indonesian furniture at
   either end ("Baca juga", captions, bylines, promos, desk codes, "Filed under", copyright
   lines, the headline or the page's description repeated) is left out by ringkas's own rules
   (``boilerplate.py``); furniture inside the article stays, flagged, as in plain text.
5. The headline is the heading that matches the page's title; it becomes the article's title,
   placed in the source. Date, author, site and URL come from the page's metadata.

trafilatura is imported here only, and this module only when a page is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..errors import InputError
from ..model import Article, Decoded, Failure, Message, Page, Paging, Span
from ..text.furniture import is_furniture
from ..text.rules import DATELINE_LEAD
from ..text.segment import line_starts
from . import markup
from .about import clean_author, own_site
from .pager import Pager, read_pager

# The elements that hold paragraphs directly: a block of one of these belongs to its parent.
_PARAGRAPHS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote pre dd dt td th".split())
# Elements whose text is never the article's, wherever they stand.
_NOT_ARTICLE = frozenset("figure figcaption aside nav footer form header menu dialog".split())
# ... and elements whose class or id names a caption ("photo__caption", "wp-caption-text"):
# photo captions set in plain <div>s, often with the credit run on ("... PES Opera News").
# ... and posts of social media embedded in a story, as the platforms' embed codes mark them
# ("twitter-tweet", "instagram-media", "tiktok-embed", "fb-post"): a post quoted, not the story.
_NOT_ARTICLE_NAMES = re.compile(
    r"caption|twitter-tweet|instagram-media|tiktok-embed|fb-post|fb-video", re.IGNORECASE
)
_HEADINGS = frozenset("h1 h2 h3".split())
# The headings of a story's own sections, inside its text.
_SUBHEADINGS = frozenset("h2 h3 h4 h5 h6".split())
# When the element whose paragraphs hold most of the kept text holds less than _WEAK of it, the
# article's paragraphs are wrapped one by one, and the container is the nearest ancestor that
# holds _MOST of it.
_WEAK = 0.4
_MOST = 0.6
# A section of a story repeats the best section's shape and holds at least this much kept text
# (a caption or a one-line teaser in an element of that shape is no section).
_SECTION = 120
# A block whose text is at least this share link text is a list of other pages.
_LINK_SHARE = 0.6
# A block shorter than this must equal a whole line of the extractor's text to count as kept
# (short texts such as "Jawaban" occur inside many lines).
_SHORT = 25
# How a paragraph of prose ends.
_PROSE_END = (".", "!", "?", '"', "”", "’")

NO_ARTICLE = "no article text found in the page"


# Characters a page may hold that show nothing: zero-width spaces and joiners, soft hyphens,
# direction marks and isolates, word joiners, byte-order marks. The extractor drops them, so a
# block is compared with its text without them; ringkas's own text keeps them.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]"
)


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def _comparable(text: str) -> str:
    """``text`` as the extractor's text is compared with it: without invisible characters,
    white space collapsed."""
    return _collapsed(_INVISIBLE.sub("", text))


class _Kept:
    """Tells whether a block's text is among what the extractor kept."""

    def __init__(self, extracted: str) -> None:
        lines = [_comparable(line) for line in extracted.splitlines()]
        self.lines = {line for line in lines if line}
        self.flat = " ".join(line for line in lines if line)

    def __call__(self, block: markup.Block) -> bool:
        text = _comparable(block.text)
        if len(text) < _SHORT:
            return text in self.lines
        return text in self.flat


def _group(block: markup.Block) -> markup.Element:
    """The element a block's paragraph belongs to: a paragraph's parent, or the block itself
    when its text stands directly in a division."""
    element = block.element
    if element.tag in _PARAGRAPHS and element.parent is not None:
        return element.parent
    return element


def _inside(element: markup.Element, container: markup.Element) -> bool:
    return any(ancestor is container for ancestor in element.ancestors())


def _not_article(element: markup.Element) -> bool:
    """Whether an element's text is never the article's, by its tag or its class and id."""
    if element.tag in _NOT_ARTICLE:
        return True
    names = f"{element.attrs.get('class', '')} {element.attrs.get('id', '')}"
    return _NOT_ARTICLE_NAMES.search(names) is not None


def _furniture_by_nature(block: markup.Block, container: markup.Element) -> bool:
    for element in block.element.ancestors():
        if element is container:
            return False
        if _not_article(element):
            return True
    return False


def _link_list(block: markup.Block) -> bool:
    return block.link_chars >= _LINK_SHARE * len(block.text.replace(" ", ""))


def _article_blocks(
    shown: Sequence[markup.Block],
    hidden: Sequence[markup.Block],
    extracted: str,
    title: str,
    description: str,
) -> list[markup.Block]:
    """The blocks of the article: inside its container, from the first to the last block the
    extractor kept that is not furniture, without lists of links and furniture by nature; and
    what the page hides of the story after its start (later pages shown when the reader clicks
    the pager), where the extractor kept it and it does not repeat what is shown."""
    kept = _Kept(extracted)
    blocks = shown
    is_kept = [kept(block) for block in blocks]
    weight: dict[int, int] = {}
    groups: dict[int, markup.Element] = {}
    for block, flag in zip(blocks, is_kept, strict=True):
        if flag:
            group = _group(block)
            weight[id(group)] = weight.get(id(group), 0) + len(block.text)
            groups[id(group)] = group
    if not weight:
        return []
    container = groups[max(weight, key=lambda key: weight[key])]
    # A story in sections repeats its shape: each section's paragraphs stand in an element of
    # the same kind (tag and class) as the best one's. The story's container holds them all.
    shape = _shape(container)
    sections = [g for key, g in groups.items() if _shape(g) == shape and weight[key] >= _SECTION]
    hidden_weight: dict[int, int] = {}
    for block in hidden:
        group = _group(block)
        if _shape(group) == shape and kept(block):
            hidden_weight[id(group)] = hidden_weight.get(id(group), 0) + len(block.text)
            groups.setdefault(id(group), group)
    sections += [groups[key] for key, held in hidden_weight.items() if held >= _SECTION]
    total = sum(weight.values())
    if len(sections) > 1:
        container = _common_ancestor(sections)
    elif weight[id(container)] < _WEAK * total:
        # Paragraphs each wrapped in an element of their own: the container is the nearest
        # ancestor holding most of the kept text.
        container = _holding(container, blocks, is_kept, _MOST * total)
    inside = [
        n
        for n, block in enumerate(blocks)
        if _inside(block.element, container)
        and not _link_list(block)
        and not _furniture_by_nature(block, container)
    ]
    story = [n for n in inside if is_kept[n] and not _furniture(blocks[n], title, description)]
    if not story:
        return []
    found = [blocks[n] for n in inside if story[0] <= n <= story[-1]]
    # The story may open or close outside its container (a lead, a closing paragraph in an
    # element of its own): kept blocks right before and after it are the story's too.
    found = [
        *_adjacent(blocks, is_kept, story[0], -1, title, description)[::-1],
        *found,
        *_adjacent(blocks, is_kept, story[-1], 1, title, description),
    ]
    seen = {_comparable(block.text) for block in found}
    later = [
        block
        for block in hidden
        if block.start > found[0].start
        and _inside(block.element, container)
        and kept(block)
        and not _link_list(block)
        and not _furniture_by_nature(block, container)
        and not _furniture(block, title, description)
        and _comparable(block.text) not in seen
    ]
    return sorted([*found, *later], key=lambda block: block.start) if later else found


def _adjacent(
    blocks: Sequence[markup.Block],
    is_kept: Sequence[bool],
    edge: int,
    step: int,
    title: str,
    description: str,
) -> list[markup.Block]:
    """The blocks that go on the story from block ``edge`` outwards (``step`` -1: before it,
    1: after it), nearest first: blocks the extractor kept, with furniture between them (an
    advertisement label) taken along, and a heading only with the paragraph it heads (a heading
    after the story heads nothing of it); it stops at any other block, a list of links,
    furniture by nature, or the title or the page's description repeated. Before the story, a
    block that opens with a dateline ("Kapanlagi.com - Apa ...") is its lead, kept or not, and
    nothing before it is the story's."""
    taken: list[markup.Block] = []
    waiting: list[markup.Block] = []  # furniture, taken when a kept block follows it
    apart = _Apart()
    n = edge + step
    while 0 <= n < len(blocks):
        block = blocks[n]
        if apart(block) or _comparable(block.text) in (title, description):
            break
        heading = block.element.tag in _SUBHEADINGS
        furniture = _furniture(block, title, description)
        lead = step < 0 and not heading and DATELINE_LEAD.match(block.text) is not None
        if (is_kept[n] or lead) and not _link_list(block) and not furniture:
            if lead:
                taken += [*waiting, block]
                break
            if heading and step > 0:
                waiting.append(block)  # taken with the paragraph below it
            else:
                taken += [*waiting, block]
                waiting = []
        elif furniture:
            waiting.append(block)
        else:
            break
        n += step
    return taken


class _Apart:
    """Whether a block stands in an element whose text is never the article's (navigation,
    a figure, a caption, an embedded post, ...); each element is looked at once."""

    def __init__(self) -> None:
        self.known: dict[markup.Element, bool] = {}

    def __call__(self, block: markup.Block) -> bool:
        below: list[markup.Element] = []
        element: markup.Element | None = block.element
        apart = False
        while element is not None:
            known = self.known.get(element)
            if known is not None:
                apart = known
                break
            below.append(element)
            if _not_article(element):
                apart = True
                break
            element = element.parent
        for element in below:
            self.known[element] = apart
        return apart


def _shape(element: markup.Element) -> tuple[str, frozenset[str]]:
    """What makes two elements repeats of one pattern: their tag and their classes (but one
    that hides it: a later page is the first page's repeat, hidden)."""
    return element.tag, frozenset(element.attrs.get("class", "").split()) - markup.HIDING_CLASSES


def _common_ancestor(elements: Sequence[markup.Element]) -> markup.Element:
    """The nearest element that holds every one of ``elements``."""
    first = list(elements[0].ancestors())
    for candidate in first:
        if all(_inside(element, candidate) for element in elements[1:]):
            return candidate
    return first[-1]


def _holding(
    start: markup.Element, blocks: Sequence[markup.Block], is_kept: Sequence[bool], wanted: float
) -> markup.Element:
    """The nearest ancestor of ``start`` (itself included) whose blocks hold ``wanted``
    characters of kept text."""
    for element in start.ancestors():
        held = sum(
            len(block.text)
            for block, flag in zip(blocks, is_kept, strict=True)
            if flag and _inside(block.element, element)
        )
        if held >= wanted:
            return element
    return start


def _furniture(block: markup.Block, title: str, description: str) -> bool:
    """Whether a block repeats the title or the page's description, or is furniture by
    ringkas's rules, every line of it."""
    text = _comparable(block.text)
    return text in (title, description) or all(
        is_furniture(line) for line in block.text.split("\n") if line.strip()
    )


def _shown(source: str) -> str:
    """What a stretch of source shows: its text without tags and white space."""
    return "".join(re.sub(r"<[^>]*>", "", source).split())


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", _INVISIBLE.sub("", text).lower())


def _headline(
    blocks: Sequence[markup.Block], title: str, headings: bool = True
) -> markup.Block | None:
    """The heading block whose words are the page title's, or begin or end it (a title that
    names the site after or before the headline: "Kapanlagi.com: Musik - Bikin Gaduh ..."),
    the first found; with ``headings`` False, the first such block that is no link, of any
    element (a headline set in large type in a <div>)."""
    wanted = _words(title)
    if not wanted:
        return None
    for block in blocks:
        if block.element.tag not in _HEADINGS if headings else block.link_chars:
            continue
        words = _words(block.text)
        if words == wanted or (
            len(words) >= 4 and words in (wanted[: len(words)], wanted[-len(words) :])
        ):
            return block
    return None


def _span(block: markup.Block, source_lines: list[int]) -> Span:
    from bisect import bisect_right

    line = bisect_right(source_lines, block.start)
    return Span(
        text=_collapsed(block.text),
        start=block.start,
        end=block.end,
        line=line,
        column=block.start - source_lines[line - 1] + 1,
    )


def _metadata(page: Any, url: str | None) -> Any:
    """The page's metadata, from its source or its lxml tree (which it leaves as it was)."""
    from trafilatura import extract_metadata

    # Only what the page states as its date (its metadata, structured data, <time>, its
    # address): the extensive search would take a copyright footer's year or a date in the
    # text for the article's date.
    return extract_metadata(page, default_url=url, extensive=False)


def read_html(html: str, url: str | None = None) -> Article:
    """The article of a web page, ready for ``summarize`` or ``split``.

    ``html`` is the page's source, decoded; ``url`` where it came from, if known. Sentence
    positions will point into ``html``. When the page's pager shows that the story has pages
    this page is not, the article's ``paging`` says so (they are not in a saved file). Raises
    InputError when the page holds no article.
    """
    article, pager = _read_page(html, url)
    if pager.whole == pager.address and pager.address is not None:
        return replace(article, paging=Paging((pager.address,), None, True))
    if not pager.paged:
        return article
    return replace(
        article, paging=Paging((url or pager.address,), _count(pager), False, (_missing(pager),))
    )


def read_document(document: Decoded) -> Article:
    """The article of a web page as read (``Decoded``): one page, or a story fetched over
    several, whose pages are joined in order, each sentence placed in its own page."""
    if document.paging is None:
        return read_html(document.text, document.url)
    first, _ = _read_page(document.text, document.url)
    pages: list[tuple[str | None, str, Article]] = [(document.url, document.text, first)]
    warnings = list(document.paging.warnings)
    for number, (url, html) in enumerate(document.more, start=2):
        try:
            pages.append((url, html, _read_page(html, url)[0]))
        except InputError as error:
            warnings.append(
                Message.made(
                    "page {number} ({url}): {error}",
                    number=number,
                    url=url,
                    error=Failure.of(error),
                )
            )
    complete = document.paging.complete and len(pages) == 1 + len(document.more)
    paging = replace(document.paging, complete=complete, warnings=tuple(warnings))
    if len(pages) == 1:
        return replace(first, paging=paging)
    text: list[str] = []
    starts, ends = markup.offsets(), markup.offsets()
    parts: list[Page] = []
    headings: list[tuple[int, int]] = []
    for address, source, article in pages:
        if text:
            # Pages stand apart as paragraphs do; the gap belongs to the page after it.
            text.append("\n\n")
            starts += markup.offsets([article.starts[0]]) * 2
            ends += markup.offsets([article.starts[0]]) * 2
        at = sum(map(len, text))
        headings += [(start + at, end + at) for start, end in article.headings]
        parts.append(Page(address, source, at))
        text.append(article.text)
        starts.extend(article.starts)
        ends.extend(article.ends)
    return replace(
        first,
        text="".join(text),
        source=None,
        starts=starts,
        ends=ends,
        pages=tuple(parts),
        paging=paging,
        headings=tuple(headings),
    )


def _count(pager: Pager) -> int | None:
    """How many pages the story has, when its pager numbers them all."""
    return pager.last if pager.counted else None


def _missing(pager: Pager) -> Message:
    """What a saved page's pager shows that the file does not hold: "page 1 of 3; pages 2-3
    are not in this file"."""
    others = [n for n in range(1, pager.last + 1) if n != pager.current]
    if not pager.counted:
        return Message.made(
            "page {current} of a story told over more pages; the others are not in this file",
            current=pager.current,
        )
    if len(others) == 1:
        return Message.made(
            "page {current} of {last}; page {other} is not in this file",
            current=pager.current,
            last=pager.last,
            other=others[0],
        )
    shown = (
        f"{others[0]}-{others[-1]}"
        if others == list(range(others[0], others[-1] + 1))
        else ", ".join(map(str, others))
    )
    return Message.made(
        "page {current} of {last}; pages {others} are not in this file",
        current=pager.current,
        last=pager.last,
        others=shown,
    )


def _read_page(html: str, url: str | None) -> tuple[Article, Pager]:
    """The article of one page and its pager."""
    from trafilatura import extract, load_html

    tree = markup.parse(html)
    # lxml leaves out what lies deeper than 255 levels: a deeper page goes to the extractor as
    # placed here, no deeper than markup.MAX_DEPTH. Its metadata is read from the page as it
    # is. Otherwise lxml parses the page once, for both (the extractor works on a copy).
    if tree.deep:
        page: Any = f"<!DOCTYPE html>{markup.flat_html(tree)}"
        metadata = _metadata(html, url)
    else:
        page = load_html(html)
        metadata = _metadata(page, url) if page is not None else None
    laid_out = markup.blocks(tree, with_hidden=True)
    # The extractor's second opinions (readability, jusText) take a tenth of the time of reading
    # a page, more on large pages (their time grows with the square of the page's size), and on
    # every page of the web benchmark the article read is the same without them. They are asked
    # for only where the page hides prose as long as a section of a story: the later pages of a
    # story held in the page, which only they find.
    hidden_prose = sum(
        len(block.text) for block in laid_out if block.hidden and block.text.endswith(_PROSE_END)
    )
    fast = hidden_prose < _SECTION
    extracted = (
        extract(page, url=url, fast=fast, include_comments=False, include_tables=True) or ""
        if page is not None
        else ""
    )
    blocks = [block for block in laid_out if not block.hidden]
    pager = read_pager(tree, url)
    title = _comparable(metadata.title or "") if metadata is not None else ""
    description = _comparable(metadata.description or "") if metadata is not None else ""
    headline = _headline(blocks, title)
    shown_title = _comparable(headline.text) if headline is not None else title
    hidden = [block for block in laid_out if block.hidden]
    article = _article_blocks(blocks, hidden, extracted, shown_title, description)
    if not article:
        raise InputError(NO_ARTICLE)
    if headline is None:
        # No heading holds the headline: the nearest block above the story that does.
        above = [block for block in blocks if block.end <= article[0].start]
        headline = _headline(above[::-1], title, headings=False)
    if any(block.hidden for block in article):
        pager = Pager(pager.address)  # the later pages are in the page, hidden: it holds them all
    text: list[str] = []
    starts, ends = markup.offsets(), markup.offsets()
    headings: list[tuple[int, int]] = []
    for previous, block in zip([None, *article], article, strict=False):
        if previous is not None:
            # A dateline set apart in a block of its own ("<p><b>JAKARTA, KOMPAS.com -</b></p>")
            # opens the lead's paragraph; nothing shown stands between them in the source.
            alone = previous.text.strip()
            dateline = DATELINE_LEAD.match(f"{alone} {block.text.lstrip()}")
            joined = (
                dateline is not None
                and len(dateline.group().rstrip()) >= len(alone)
                and not _shown(html[previous.end : block.start])
            )
            gap = " " if joined else "\n\n"
            text.append(gap)
            starts += markup.offsets([block.start]) * len(gap)
            ends += markup.offsets([block.start]) * len(gap)
        if block.element.tag in _SUBHEADINGS:
            at = len(starts)
            headings.append((at, at + len(block.text)))
        text.append(block.text)
        starts += block.starts
        ends += block.ends
    source_lines = line_starts(html)
    address = url or (metadata.url if metadata is not None else None)
    stated_author = metadata.author if metadata is not None else None
    stated_site = metadata.sitename if metadata is not None else None
    found = Article(
        text="".join(text),
        source=html,
        starts=starts,
        ends=ends,
        title=_span(headline, source_lines) if headline is not None else None,
        url=address,
        date=metadata.date if metadata is not None else None,
        author=clean_author(stated_author, stated_site, address),
        site=own_site(stated_site, address),
        headings=tuple(headings),
    )
    return found, pager
