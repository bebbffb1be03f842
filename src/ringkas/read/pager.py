"""A page's pager: which page of a story this page is, how many there are, where the next one
and the whole story on one page are.

Read from the page's own structure, as a reader sees it: links whose address is this story's
address in the form of another page ("?page=2", "/2") and whose text is that page's number, a
link to the next page (``rel="next"`` in the head or on a link, or a link saying "Selanjutnya",
"Next", "»"), and a link to the whole story ("Tampilkan Semua", "Show All", ``?page=all``).
Only links to this same story count: a pager of other stories, or a link to another site, is
no pager of this one. Where a page shows a pager but no whole-story link, the site's known form
(``indonesian/sites.py``) is tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from ..indonesian.sites import NEXT_LABELS, PAGE_PARAMETERS, WHOLE_LABELS, WHOLE_STORY_QUERY
from . import markup

# The path form of a page: "/judul-berita/2", "/judul-berita/2/".
_PAGE_IN_PATH = re.compile(r"^(?P<base>.*?)/(?P<number>[1-9][0-9]{0,2})/?$")
# A pager's number link: "2", "Halaman 2", "[2]".
_NUMBER_TEXT = re.compile(r"(?:halaman|hal\.?|page)?\s*\[?(?P<number>[1-9][0-9]{0,2})\]?", re.I)
_WHOLE_VALUES = frozenset({"all", "semua"})
_WHOLE_FLAGS = frozenset({"single", "showall", "all", "full"})
_MOST_PAGES = 99


@dataclass(frozen=True, slots=True)
class Pager:
    """What a page's pager says. ``address`` is the story's address as the page gives it (the
    link it was fetched from, else its canonical link); ``current`` is this page's number;
    ``last`` the highest page number the pager shows; ``pages`` each page's address by number;
    ``next`` the next page's address; ``whole`` the whole story's address on one page, as the
    page advertises it, or as the site is known to serve it (``whole_known``); this page's own
    address when it is the whole story. ``counted``: the pager numbers its pages, so ``last``
    is the story's number of pages (else ``last`` only counts up to the next page)."""

    address: str | None
    current: int = 1
    last: int = 1
    pages: dict[int, str] = field(default_factory=dict)
    next: str | None = None
    whole: str | None = None
    whole_known: bool = False
    counted: bool = False

    @property
    def paged(self) -> bool:
        """Whether the story has more pages than this one."""
        return self.last > 1 or self.next is not None


def _host(netloc: str) -> str:
    host = netloc.lower().rsplit("@", 1)[-1].split(":", 1)[0]
    return host.removeprefix("www.")


def _parses(address: str) -> bool:
    """Whether ``address`` can be read as a web address: urllib refuses some a page may hold
    ("http://[x/", with a bracket that opens no IPv6 address)."""
    try:
        urlsplit(address)
    except ValueError:
        return False
    return True


def same_site(first: str, second: str) -> bool:
    """Whether two addresses are of one site (the same host, "www." aside); an address urllib
    cannot read is of none."""
    try:
        return _host(urlsplit(first).netloc) == _host(urlsplit(second).netloc)
    except ValueError:
        return False


def _story_and_page(address: str) -> tuple[tuple[str, str, str, str], int | str | None]:
    """An address as (scheme, host, path, query) of its story, without any page part, and the
    page part: a number, "all" for the whole story, or None for the story's first address."""
    parts = urlsplit(address)
    query = parse_qsl(parts.query, keep_blank_values=True)
    page: int | str | None = None
    rest = []
    for name, value in query:
        key = name.lower()
        if key in PAGE_PARAMETERS and value.isdigit():
            page = int(value)
        elif (key in PAGE_PARAMETERS and value.lower() in _WHOLE_VALUES) or (
            key in _WHOLE_FLAGS and value.lower() in {"1", "true", "yes", "all"}
        ):
            page = "all"
        else:
            rest.append((name, value))
    path = parts.path
    found = _PAGE_IN_PATH.match(path)
    if page is None and found is not None and found.group("base").count("/") >= 1:
        page, path = int(found.group("number")), found.group("base")
    story = (parts.scheme.lower(), _host(parts.netloc), path.rstrip("/"), urlencode(sorted(rest)))
    return story, page


def _anchors(root: markup.Element) -> Iterator[markup.Element]:
    """Every link and <link> of the page, in document order."""
    stack = [root]
    while stack:
        element = stack.pop()
        if element.tag in {"a", "link"} and element.attrs.get("href"):
            yield element
        stack.extend(
            child for child in reversed(element.children) if isinstance(child, markup.Element)
        )


def _text_of(element: markup.Element) -> str:
    parts: list[str] = []
    stack: list[markup.Element | markup.Text] = [element]
    while stack:
        node = stack.pop()
        if isinstance(node, markup.Text):
            parts.append(node.text)
        elif not node.hidden or node is element:
            stack.extend(reversed(node.children))
    return " ".join(" ".join(parts).split())


def _address(root: markup.Element, url: str | None) -> str | None:
    """The story's address: the link it came from, else the page's canonical or og:url (an
    address urllib cannot read is none)."""
    if url and _parses(url):
        return url
    stack = [root]
    found: dict[str, str] = {}
    while stack:
        element = stack.pop()
        if element.tag == "link" and "canonical" in element.attrs.get("rel", "").lower().split():
            found.setdefault("canonical", element.attrs.get("href", ""))
        if element.tag == "meta" and element.attrs.get("property", "").lower() == "og:url":
            found.setdefault("og", element.attrs.get("content", ""))
        stack.extend(child for child in element.children if isinstance(child, markup.Element))
    address = found.get("canonical") or found.get("og")
    if not address or not address.lower().startswith(("http://", "https://")):
        return None
    return address if _parses(address) else None


def _whole_known(address: str) -> str | None:
    """The whole story's address by the site's known convention, if the site has one."""
    parts = urlsplit(address)
    host = _host(parts.netloc)
    for domain, query in WHOLE_STORY_QUERY.items():
        if host == domain or host.endswith("." + domain):
            story, _ = _story_and_page(address)
            path = story[2] or "/"
            joined = "&".join(q for q in (story[3], query) if q)
            return urlunsplit((parts.scheme, parts.netloc, path, joined, ""))
    return None


def read_pager(root: markup.Element, url: str | None = None) -> Pager:
    """The pager of the page whose element tree is ``root``, fetched from ``url`` if known."""
    address = _address(root, url)
    if address is None:
        return Pager(None)
    story, current = _story_and_page(address)
    if current == "all":
        return Pager(address, whole=address)
    current_number = current if isinstance(current, int) else 1
    pages: dict[int, str] = {}
    next_link: str | None = None
    whole: str | None = None
    # A page links to the same addresses many times over (menus, lists): each is read once.
    # A link urllib cannot read ("http://[x/") leads nowhere: None.
    read: dict[str, tuple[str, tuple[tuple[str, str, str, str], int | str | None]] | None] = {}
    # An address written whole or from the site's root names the story's path, so holds the
    # last part of it ("/read/2024/03/11/banjir-bekasi?page=2"): the others are other stories.
    slug = story[2].rsplit("/", 1)[-1]
    for element in _anchors(root):
        raw = element.attrs["href"].strip()
        if slug and raw.startswith(("/", "http:", "https:", "HTTP")) and slug not in raw:
            continue
        if raw not in read:
            try:
                joined = urljoin(address, raw)
                read[raw] = (joined, _story_and_page(joined))
            except ValueError:
                read[raw] = None
        found = read[raw]
        if found is None or not found[0].lower().startswith(("http://", "https://")):
            continue
        href, (linked_story, page) = found
        rel = element.attrs.get("rel", "").lower().split()
        if linked_story != story:
            # A next link to this story's address on another host is still the story's next
            # page, which the reader of a link refuses to follow (it says so); nothing else is.
            ahead = isinstance(page, int) and page > current_number
            if linked_story[2:] == story[2:] and ahead:
                label = _text_of(element).lower().strip(" :")
                if "next" in rel or label in NEXT_LABELS:
                    next_link = next_link or href
            continue
        label = _text_of(element).lower().strip(" :")
        if (page == "all" and (label in WHOLE_LABELS or not label or element.tag == "link")) or (
            label in WHOLE_LABELS and page is None
        ):
            whole = whole or href
        elif isinstance(page, int) or page is None:
            number = page if isinstance(page, int) else 1
            shown = _NUMBER_TEXT.fullmatch(label)
            if shown is not None and int(shown.group("number")) == number:
                pages.setdefault(number, href)
            if ("next" in rel or label in NEXT_LABELS) and number > current_number:
                next_link = next_link or href
    counted = len(pages) > 1 or (len(pages) == 1 and current_number not in pages)
    pages.setdefault(current_number, address)
    if next_link is None and current_number + 1 in pages:
        next_link = pages[current_number + 1]
    last = min(max([*pages, current_number]), _MOST_PAGES)
    if next_link is not None:
        next_page = _story_and_page(next_link)[1]
        if isinstance(next_page, int):
            last = max(last, next_page)
    known = False
    if whole is None and (last > 1 or next_link is not None):
        whole = _whole_known(address)
        known = whole is not None
    return Pager(address, current_number, last, pages, next_link, whole, known, counted)
