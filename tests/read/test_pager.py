"""A page's pager, read from its links as a reader sees them: which page this is, how many the
story has, where the next one and the whole story on one page are."""

from __future__ import annotations

import pytest

from ringkas.read.markup import parse
from ringkas.read.pager import Pager, read_pager, same_site

STORY = "https://www.contoh.co.id/berita/2024/03/11/banjir-rendam-bekasi"


def _page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def _pager(body: str, url: str | None = STORY, head: str = "") -> Pager:
    return read_pager(parse(_page(body, head)), url)


def test_numbered_pages_in_the_query() -> None:
    """ "Halaman: 1 2 3" linking ?page=N: page 1 of 3, its next page and every page's address."""
    found = _pager(
        '<div class="paging">Halaman: <span>1</span> <a href="?page=2">2</a> '
        '<a href="?page=3">3</a> <a href="?page=2">Selanjutnya</a> '
        '<a href="?page=all">Tampilkan Semua</a></div>'
    )
    assert (found.current, found.last) == (1, 3)
    assert found.next == f"{STORY}?page=2"
    assert found.pages[3] == f"{STORY}?page=3"
    assert (found.whole, found.whole_known) == (f"{STORY}?page=all", False)


def test_numbered_pages_in_the_path() -> None:
    """Pages as "/2", "/3" after the story's path; on page 2 the next one is page 3."""
    found = _pager(
        f'<a href="{STORY}">1</a> <a href="{STORY}/2">2</a> <a href="{STORY}/3">3</a>'
        f'<a href="{STORY}/3">Next</a>',
        url=f"{STORY}/2",
    )
    assert (found.current, found.last, found.next) == (2, 3, f"{STORY}/3")


def test_rel_next_in_the_head() -> None:
    """<link rel="next"> in the head names the next page, with no visible pager."""
    found = _pager("<p>Isi berita.</p>", head=f'<link rel="next" href="{STORY}?page=2">')
    assert (found.current, found.last, found.next, found.paged) == (1, 2, f"{STORY}?page=2", True)


def test_a_next_link_by_its_words() -> None:
    """A link saying "Halaman Selanjutnya" to this story's second page is the next page."""
    found = _pager('<a class="btn" href="?page=2">Halaman Selanjutnya</a>')
    assert (found.next, found.last) == (f"{STORY}?page=2", 2)


def test_known_whole_story_form_when_none_is_shown() -> None:
    """A site known to serve the whole story on one page gets that address when its pager
    shows no whole-story link (detik's ?single=1); the page's own link wins where it has one."""
    detik = "https://news.detik.com/berita/d-7016153/banjir-rendam-bekasi"
    found = _pager(f'<a href="{detik}/2">2</a> <a href="{detik}/2">Selanjutnya</a>', url=detik)
    assert (found.whole, found.whole_known) == (f"{detik}?single=1", True)


def test_a_saved_page_knows_its_address_from_its_canonical_link() -> None:
    """Without the address it came from, a saved page's canonical link (or og:url) is its
    address, and its relative pager links resolve against it."""
    head = f'<link rel="canonical" href="{STORY}">'
    found = _pager('<a href="?page=2">2</a>', url=None, head=head)
    assert (found.address, found.last) == (STORY, 2)
    assert _pager('<a href="?page=2">2</a>', url=None).paged is False


@pytest.mark.parametrize(
    "body",
    [
        '<a href="https://www.lain.com/berita/banjir?page=2">2</a>',  # another site
        '<a href="/berita/2024/03/11/harga-beras-naik?page=2">2</a>',  # another story
        '<a href="?page=2">Berita lainnya</a>',  # a page number link without its number
        "<p>Halaman 1 dari 3</p>",  # no links at all
    ],
    ids=["another-site", "another-story", "not-a-number", "no-links"],
)
def test_what_is_no_pager_of_this_story(body: str) -> None:
    """Links to other sites or stories, or links that do not say their page, make no pager."""
    assert _pager(body).paged is False


def test_same_site() -> None:
    """One site whatever its "www." and port; another host is another site."""
    assert same_site("https://www.kompas.com/a", "https://kompas.com:443/b")
    assert not same_site("https://kompas.com/a", "https://evil.example/kompas.com/a")
    assert not same_site("http://[x/a", "http://[x/a")  # no address urllib can read


def test_addresses_urllib_cannot_read_lead_nowhere() -> None:
    """A canonical link, a given address or a link that urllib refuses ("http://[x/", a bracket
    that opens no IPv6 address) is no address: the page has no pager from it, and its other
    links still count."""
    bad = "http://[x/berita/2024/03/11/banjir-rendam-bekasi"
    canonical = f'<link rel="canonical" href="{bad}">'
    found = _pager('<a href="?page=2">2</a>', url=None, head=canonical)
    assert (found.address, found.paged) == (None, False)
    assert _pager('<a href="?page=2">2</a>', url=bad).address is None
    found = _pager('<a href="http://[x/?page=9">9</a> <a href="?page=2">2</a>')
    assert (found.address, found.last) == (STORY, 2)
