"""A page's author and site: people and the page's own outlet, or nothing."""

from __future__ import annotations

import pytest

from ringkas.read.about import clean_author, domain_label, own_site, page_host


@pytest.mark.parametrize(
    ("author", "site", "url", "expected"),
    [
        ("Kompas Cyber Media; Yoga Sukmana", "KOMPAS.com", "https://kompas.com/r", "Yoga Sukmana"),
        ("Mediaindonesia Com Developer; Heryadi", "MI", "https://mediaindonesia.com/e", "Heryadi"),
        ("Liputan", "Liputan6.com", "https://www.liputan6.com/news/read/1", None),
        ("Www Akurat Co", "AkuratCO", "http://news.akurat.co/id-1", None),
        ("Metro Bali", "metrobali.com", "http://metrobali.com/cegah", None),
        ("Prokal Co", "radarkaltim.prokal.co", "http://radarkaltim.prokal.co/read/1", None),
        ("PT VIVA MEDIA BARU", "VIVA", "http://life.viva.co.id/read/1", None),
        ("Web Design; Development", "Tempo", "http://gaya.tempo.co/read/1", None),
        ("Pewarta Nur Imansyah", "Antara News", None, "Nur Imansyah"),
        ("Donny Afroni 0", "Goal.com", "http://www.goal.com/id-ID/news/1", "Donny Afroni"),
        ("Andika", None, None, "Andika"),
        ("Rina Lestari; Budi", "Kabar Kita", "https://kabarkita.id/a", "Rina Lestari; Budi"),
    ],
)  # fmt: skip
def test_an_author_is_a_person(
    author: str, site: str | None, url: str | None, expected: str | None
) -> None:
    """Organisations, the site's own name and its fragments, roles and numbers are left out."""
    assert clean_author(author, site, url) == expected


@pytest.mark.parametrize(
    ("site", "url", "expected"),
    [
        ("KOMPAS.com", "https://money.kompas.com/read/1", "KOMPAS.com"),
        ("liputan6.id", "https://www.fimela.com/lifestyle/read/1", "fimela.com"),
        ("metrotvnews.com, All Rights Reserved", "http://metrotvnews.com/r", "metrotvnews.com"),
        ("BeritaManado.com: Berita Terkini", "https://beritamanado.com/a", "BeritaManado.com"),
        ("Kabar tentang Dunia Islam", "https://kabarislamia.com/2015/a", "kabarislamia.com"),
        ("Maxim Indonesia", "http://www.maximindonesia.co.id/article/1", "Maxim Indonesia"),
        ("www.jpnn.com", "https://web.archive.org/web/2022/https://jpnn.com/a", "www.jpnn.com"),
        (None, "https://www.tempo.co/a", "tempo.co"),
        ("Antara News", None, "Antara News"),
        ("Kabar Kita", "http://127.0.0.1:8000/banjir.html", "Kabar Kita"),
        ("Kabar Kita", "http://localhost:8000/banjir.html", "Kabar Kita"),
        (None, None, None),
    ],
)  # fmt: skip
def test_the_site_is_the_pages_own(site: str | None, url: str | None, expected: str | None) -> None:
    """The stated name where it names the page's domain, cut before a tagline; else the
    page's own host (an archived copy's original)."""
    assert own_site(site, url) == expected


def test_domain_labels() -> None:
    assert [domain_label(page_host(u)) for u in (
        "https://money.kompas.com/a", "http://radarkaltim.prokal.co/b",
        "https://www.republika.co.id/c", "https://web.archive.org/web/1/https://www.jpnn.com/d",
    )] == ["kompas", "prokal", "republika", "jpnn"]  # fmt: skip
