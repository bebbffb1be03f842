"""Stories told over several pages: a link gives the whole story, in every way Indonesian news
sites serve one, and a saved page says which pages it lacks.

Each site is served by the test on 127.0.0.1; nothing touches the internet.
"""

from __future__ import annotations

import html as html_module
import http.server
import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner, Result

from ringkas.command.cli import command

from ..conftest import serving

# The story: three pages of two paragraphs each, every sentence its page's own.
PARAGRAPHS = [
    [
        "JAKARTA, KABARKITA - Hujan deras mengguyur Jakarta sejak Senin malam. Air sungai "
        "Ciliwung meluap ke permukiman warga.",
        "Badan Penanggulangan Bencana Daerah mencatat ratusan rumah terendam. Ketinggian air "
        "mencapai satu meter di beberapa titik.",
    ],
    [
        "Warga Kampung Melayu mengungsi ke masjid dan sekolah terdekat. Petugas mengerahkan "
        "perahu karet untuk mengevakuasi lansia.",
        "Dapur umum didirikan di tiga lokasi pengungsian. Relawan membagikan makanan dan air "
        "bersih kepada warga.",
    ],
    [
        "Pemerintah provinsi menyiapkan bantuan bagi warga terdampak. Gubernur meninjau lokasi "
        "banjir pada Selasa pagi.",
        "Air diperkirakan surut dalam dua hari jika hujan tidak kembali turun. Warga diminta "
        "tetap waspada.",
    ],
]
TITLE = "Banjir Rendam Ratusan Rumah di Jakarta"


def _page(body: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{TITLE}</title>{head}</head><body>"
        f"<nav><a href='/'>Beranda</a> <a href='/nasional'>Nasional</a></nav>"
        f"<main><article><h1>{TITLE}</h1>{body}</article></main>"
        "<footer><p>Hak cipta 2024 Kabar Kita.</p></footer></body></html>"
    )


def _story(numbers: list[int]) -> str:
    return "".join(f"<p>{p}</p>" for n in numbers for p in PARAGRAPHS[n - 1])


def _numbered(base: str, current: int, form: str, last: int = 3) -> str:
    links = []
    for n in range(1, last + 1):
        href = base if n == 1 else form.format(base=base, n=n)
        links.append(f"<span>{n}</span>" if n == current else f'<a href="{href}">{n}</a>')
    return "<div class='paging'>Halaman: " + " ".join(links) + "</div>"


class _Site(http.server.BaseHTTPRequestHandler):
    """A news site whose stories are paged in one way each (the first part of the path)."""

    timeout = 5

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean."""

    def _reply(self, body: str, status: int = 200) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        page = query.get("page", ["1"])[0]
        kind, _, rest = parts.path.strip("/").partition("/")
        found = self._story(kind, rest, page)
        if found is None:
            self._reply("<h1>Tidak ada</h1>", 404)
        else:
            self._reply(found)

    def _story(self, kind: str, rest: str, page: str) -> str | None:
        base = f"/{kind}/kisah"
        number = int(page) if page.isdigit() else 0
        port = self.server.server_address[1]
        if kind == "semua":  # a pager with a whole-story link
            if page == "all":
                return _page(_story([1, 2, 3]))
            pager = _numbered(base, number, "{base}?page={n}")
            return _page(
                _story([number]) + pager + f'<a href="{base}?page=all">Tampilkan Semua</a>'
            )
        if kind == "lanjut":  # numbered pages and a "Selanjutnya" link, nothing else
            after = f'<a href="{base}?page={number + 1}">Selanjutnya</a>' if number < 3 else ""
            return _page(_story([number]) + _numbered(base, number, "{base}?page={n}") + after)
        if kind == "jalur":  # pages in the path, the next one only in the head
            number = int(rest.rpartition("/")[2]) if rest.count("/") else 1
            head = f'<link rel="next" href="{base}/{number + 1}">' if number < 3 else ""
            return _page(_story([number]), head)
        if kind == "putar":  # page 2 leads "next" back to page 1
            target = 2 if number == 1 else 1
            return _page(_story([number]) + f'<a href="{base}?page={target}">Selanjutnya</a>')
        if kind == "asing":  # page 2 is on another host
            far = f"http://localhost:{port}{base}?page=2"
            return _page(_story([1]) + f'<a href="{far}">Selanjutnya</a>')
        if kind == "hilang":  # page 3 is missing
            if number == 3:
                return None
            return _page(_story([number]) + _numbered(base, number, "{base}?page={n}"))
        if kind == "tanpa-akhir":  # every page has a next one
            text = f"<p>Halaman {number} berisi kabar terbaru dari lokasi banjir di Jakarta.</p>"
            return _page(text + f'<a href="{base}?page={number + 1}">Selanjutnya</a>')
        if kind == "semu":  # a whole-story link that gives only the first page again
            pager = _numbered(base, max(number, 1), "{base}?page={n}")
            more = f'<a href="{base}?page=all">Tampilkan Semua</a>'
            return _page(_story([max(number, 1)]) + pager + more)
        return None


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """The address of the paged news site on this machine."""
    with serving(_Site) as address:
        yield address


def run(*args: str) -> Result:
    return CliRunner().invoke(command, list(args), catch_exceptions=False)


def _split(*args: str) -> tuple[dict[str, object], str, int]:
    done = run("--split", "-f", "json", *args)
    return json.loads(done.stdout), done.stderr, done.exit_code


def _texts(result: dict[str, object]) -> list[str]:
    sentences = result["sentences"]
    assert isinstance(sentences, list)
    return [s["text"] for s in sentences]


def _sentences_of(numbers: list[int]) -> list[str]:
    """The story's sentences on these pages, the dateline apart."""
    text = " ".join(p for n in numbers for p in PARAGRAPHS[n - 1])
    return re.split(r"(?<=\.) ", text.removeprefix("JAKARTA, KABARKITA - "))


def test_a_whole_story_link_is_read_on_one_page(site: str) -> None:
    """A pager with "Tampilkan Semua": the whole-story page is read, on one page, complete."""
    result, stderr, status = _split(f"{site}/semua/kisah")
    assert (status, stderr) == (0, "")
    assert _texts(result) == _sentences_of([1, 2, 3])
    assert result["pages"] == [f"{site}/semua/kisah?page=all"]
    assert result["complete"] is True
    assert "page" not in result["sentences"][0]  # type: ignore[index]


@pytest.mark.parametrize("kind", ["lanjut", "jalur"])
def test_pages_are_read_one_after_another(site: str, kind: str) -> None:
    """Numbered pages with a "Selanjutnya" link, or pages in the path with rel="next" in the
    head: every page is read in order, every sentence placed in its own page's HTML."""
    result, stderr, status = _split(f"{site}/{kind}/kisah")
    assert (status, stderr) == (0, "")
    assert _texts(result) == _sentences_of([1, 2, 3])
    pages = result["pages"]
    assert isinstance(pages, list) and len(pages) == 3
    assert result["complete"] is True
    sources = [_fetch(url) for url in pages]
    for sentence in result["sentences"]:  # type: ignore[attr-defined]
        page = sentence["page"]
        assert sentence["url"] == pages[page - 1]
        source = sources[page - 1]
        shown = " ".join(html_module.unescape(source[sentence["start"] : sentence["end"]]).split())
        assert shown == sentence["text"]
        assert sentence["text"] in " ".join(PARAGRAPHS[page - 1])


def _fetch(url: str) -> str:
    import urllib.request

    with urllib.request.urlopen(url, timeout=5) as response:
        return str(response.read().decode("utf-8"))


def test_text_output_names_each_sentences_page(site: str) -> None:
    """Text output says which page a sentence stands on, and how many pages were read."""
    done = run("-n", "2", "--order", "rank", f"{site}/lanjut/kisah")
    assert done.exit_code == 0
    assert "Pages: all 3 read\n" in done.stdout
    assert re.search(r"^Sentence \d+ of 12 \| page [123] \| paragraph ", done.stdout, re.M)


@pytest.mark.parametrize(
    ("kind", "read", "warning"),
    [
        ("putar", [1, 2], None),
        ("asing", [1], "page 2 ({far}/asing/kisah?page=2) is on another site; not read"),
        ("hilang", [1, 2], "page 3 ({site}/hilang/kisah?page=3): HTTP 404 Not Found"),
    ],
    ids=["loop", "another-host", "missing-page"],
)
def test_a_story_ends_where_its_pages_do(
    site: str, kind: str, read: list[int], warning: str | None
) -> None:
    """A pager leading back ends the story without reading a page twice; a next page on
    another site, or one that cannot be fetched, ends it with one warning, and what was read
    is summarised (exit status 0), the JSON saying the story is incomplete."""
    result, stderr, status = _split(f"{site}/{kind}/kisah")
    assert status == 0
    assert _texts(result) == _sentences_of(read)
    far = site.replace("127.0.0.1", "localhost")
    if warning is None:
        assert stderr == ""
        assert result["complete"] is True
    else:
        message = warning.format(site=site, far=far)
        assert stderr == f"Warning: {site}/{kind}/kisah: {message}\n"
        assert result["complete"] is False
        assert result["warnings"] == [message]


def test_an_endless_story_stops_at_the_most_pages(site: str) -> None:
    """A chain of next pages without end is read to --max-pages (10 by default), then stops
    with a warning."""
    result, stderr, status = _split(f"{site}/tanpa-akhir/kisah")
    assert status == 0
    assert len(result["pages"]) == 10  # type: ignore[arg-type]
    assert stderr == (
        f"Warning: {site}/tanpa-akhir/kisah: read 10 pages, the most asked for "
        "(--max-pages 10); the story has more pages\n"
    )
    few, _, _ = _split("--max-pages", "3", f"{site}/tanpa-akhir/kisah")
    assert len(few["pages"]) == 3  # type: ignore[arg-type]


def test_max_pages_1_reads_just_the_link(site: str) -> None:
    """--max-pages 1 reads the page linked to, and says the story has more."""
    result, stderr, status = _split("--max-pages", "1", f"{site}/lanjut/kisah")
    assert status == 0
    assert _texts(result) == _sentences_of([1])
    assert (result["page_count"], result["complete"]) == (3, False)
    assert "--max-pages 1" in stderr


def test_a_whole_story_link_that_gives_one_page_falls_back_to_the_pager(site: str) -> None:
    """A whole-story address that gives no more than the first page: the pages are read one
    by one instead, with a warning saying so."""
    result, stderr, status = _split(f"{site}/semu/kisah")
    assert status == 0
    assert _texts(result) == _sentences_of([1, 2, 3])
    assert "held no more than its first page" in stderr


def test_a_saved_page_says_which_pages_it_lacks(site: str, tmp_path: Path) -> None:
    """A saved page whose pager shows pages that are not in the file is summarised as it is,
    with one warning naming the pages it lacks; the JSON says the story is incomplete."""
    saved = tmp_path / "kisah.html"
    canonical = f'<link rel="canonical" href="{site}/lanjut/kisah">'
    page = _fetch(f"{site}/lanjut/kisah").replace("</head>", f"{canonical}</head>")
    saved.write_text(page, encoding="utf-8")
    result, stderr, status = _split(str(saved))
    assert status == 0
    assert stderr == f"Warning: {saved}: page 1 of 3; pages 2-3 are not in this file\n"
    assert (result["pages"], result["page_count"], result["complete"]) == (
        [f"{site}/lanjut/kisah"],
        3,
        False,
    )
    whole = tmp_path / "semua.html"
    canonical = f'<link rel="canonical" href="{site}/semua/kisah?page=all">'
    whole.write_text(
        _fetch(f"{site}/semua/kisah?page=all").replace("</head>", f"{canonical}</head>"),
        encoding="utf-8",
    )
    result, stderr, _ = _split(str(whole))
    assert stderr == ""
    assert result["complete"] is True


def test_paging_warnings_in_indonesian(site: str, tmp_path: Path) -> None:
    """The warnings about a story's pages are said in the user's language, the page numbers
    kept; the JSON keeps them in English."""
    saved = tmp_path / "kisah.html"
    canonical = f'<link rel="canonical" href="{site}/lanjut/kisah">'
    page = _fetch(f"{site}/lanjut/kisah").replace("</head>", f"{canonical}</head>")
    saved.write_text(page, encoding="utf-8")
    done = run("--lang", "id", "--split", "-f", "json", str(saved))
    assert done.stderr == (
        f"Peringatan: {saved}: halaman 1 dari 3; halaman 2-3 tidak ada di berkas ini\n"
    )
    assert json.loads(done.stdout)["warnings"] == ["page 1 of 3; pages 2-3 are not in this file"]
    limited = run("--lang", "id", "--max-pages", "1", "-n", "1", f"{site}/lanjut/kisah")
    assert "1 halaman dibaca, batas yang diminta (--max-pages 1); beritanya berisi 3 halaman" in (
        limited.stderr
    )
