"""A story behind a link, over all its pages.

Many Indonesian news sites tell a story over several pages. For a link, ringkas reads the first
page's pager (``pager.py``) and then gets the whole story: the site's whole-story form of the
address where the page advertises one or the site is known to serve one (``?page=all``,
``?single=1``), and otherwise page after page through the pager's next links.

Only pages of the same site are read, never one twice (pagers link back), at most
``max_pages``, each within ``--timeout`` and all of them within one deadline for the story. A
page that cannot be fetched, a next link to another site, a pager that leads back, or a limit
reached ends the reading there: what was read is summarised, and the document's ``Paging``
says which pages were read, whether the story is complete and, for people, why not (each
reason becomes one ``Warning:`` line of the command).
"""

from __future__ import annotations

import time

from ..errors import RingkasError
from ..model import Decoded, Failure, Message, Paging
from . import KINDS, markup
from .fetch import Page
from .pager import Pager, read_pager, same_site

# The whole story must be read within this many times --timeout (120 s by default).
STORY_DEADLINE_FACTOR = 8
# A whole-story page holds clearly more than the first page: at least this much more text.
_MORE_TEXT = 1.1


def _visible_chars(tree: markup.Root) -> int:
    return sum(len(block.text) for block in markup.blocks(tree))


class _Reading:
    """The pages of one story, fetched one after another."""

    def __init__(self, timeout: float, encoding: str | None) -> None:
        from .fetch import fetch

        self.fetch = fetch
        self.timeout = timeout
        self.encoding = encoding
        self.deadline = time.monotonic() + STORY_DEADLINE_FACTOR * timeout
        self.warnings: list[Message] = []

    def page(self, url: str, what: Message) -> tuple[Page, str, markup.Root] | None:
        """A page of the story, decoded and parsed, or None (with a warning) when it cannot be
        had in time or is no web page."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            limit = STORY_DEADLINE_FACTOR * self.timeout
            self.warnings.append(
                Message.made(
                    "{what} ({url}) not read: the story took longer than {limit} s",
                    what=what,
                    url=url,
                    limit=f"{limit:g}",
                )
            )
            return None
        try:
            page = self.fetch(url, timeout=self.timeout, within=left)
            if page.media_type not in KINDS["html"].media_types | {""}:
                raise RingkasError("it is not a web page ({type})", type=page.media_type)
            html = KINDS["html"].decode(page.data, page.charset, self.encoding)
        except RingkasError as error:
            self.warnings.append(
                Message.made("{what} ({url}): {error}", what=what, url=url, error=Failure.of(error))
            )
            return None
        return page, html, markup.parse(html)


def read_story(
    first: Page, html: str, timeout: float, encoding: str | None, max_pages: int
) -> Decoded:
    """The document of a fetched web page, with the rest of its story when it has pages."""
    tree = markup.parse(html)
    pager = read_pager(tree, first.url)
    if not pager.paged:
        return Decoded("html", html, first.url)
    count = pager.last if pager.counted else None
    reading = _Reading(timeout, encoding)
    if max_pages > 1 and pager.whole is not None and same_site(pager.whole, first.url):
        whole = reading.page(pager.whole, Message("the whole story"))
        if whole is not None and _visible_chars(whole[2]) >= _MORE_TEXT * _visible_chars(tree):
            page, whole_html, _ = whole
            return Decoded("html", whole_html, page.url, paging=Paging((page.url,), count, True))
        if whole is not None:
            reading.warnings.append(
                Message.made(
                    "the whole story ({url}) held no more than its first page", url=pager.whole
                )
            )
    more, stopped = _follow(reading, first.url, pager, max_pages)
    complete = not stopped and (count is None or 1 + len(more) >= count)
    pages = (first.url, *(url for url, _ in more))
    paging = Paging(pages, count, complete, tuple(reading.warnings))
    return Decoded("html", html, first.url, more=tuple(more), paging=paging)


def _follow(
    reading: _Reading, url: str, pager: Pager, max_pages: int
) -> tuple[list[tuple[str, str]], bool]:
    """The pages after the first through the pager's next links, and whether the reading was
    stopped before the pager's last page (a limit, a failure, another site)."""
    seen = {_key(url)}
    more: list[tuple[str, str]] = []
    while pager.next is not None:
        number = len(more) + 2
        if len(more) + 1 >= max_pages:
            total = (
                Message.made("{count} pages", count=pager.last)
                if pager.counted
                else Message("more pages")
            )
            reading.warnings.append(
                Message.made(
                    "read {read} pages, the most asked for (--max-pages {most}); the story has "
                    "{total}",
                    read=len(more) + 1,
                    most=max_pages,
                    total=total,
                )
            )
            return more, True
        if not same_site(pager.next, url):
            reading.warnings.append(
                Message.made(
                    "page {number} ({url}) is on another site; not read",
                    number=number,
                    url=pager.next,
                )
            )
            return more, True
        if _key(pager.next) in seen:
            return more, False  # a pager that leads back to a page already read: the end
        seen.add(_key(pager.next))
        fetched = reading.page(pager.next, Message.made("page {number}", number=number))
        if fetched is None:
            return more, True
        page, html, tree = fetched
        more.append((page.url, html))
        seen.add(_key(page.url))
        pager = read_pager(tree, page.url)
    return more, False


def _key(url: str) -> str:
    """An address as compared for "read already": without its fragment."""
    return url.split("#", 1)[0]
