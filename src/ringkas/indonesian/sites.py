"""Conventions of Indonesian news sites that a page does not always show: how a story told over
several pages is asked for on one page.

A pager advertises its whole-story link on most sites ("Tampilkan Semua", "Show All",
``?page=all``), and ringkas follows what the page shows first. These forms are used only when a
page shows a pager but no whole-story link: each is the query that the site's servers answer with
every page of the story, by the site's domain (its subdomains included).
"""

from __future__ import annotations

# The query that asks a site for the whole story on one page.
WHOLE_STORY_QUERY = {
    "kompas.com": "page=all",
    "tribunnews.com": "page=all",
    "grid.id": "page=all",
    "kontan.co.id": "page=all",
    "suara.com": "page=all",
    "okezone.com": "page=all",
    "sindonews.com": "showpage=all",
    "detik.com": "single=1",
}

# The query parameters and path forms sites use for one page of a story: "?page=2", "?hal=2".
PAGE_PARAMETERS = ("page", "halaman", "hal", "p", "pg", "paged", "showpage")

# What the links of a pager say: to the next page, and to the whole story on one page.
NEXT_LABELS = (
    "selanjutnya",
    "halaman selanjutnya",
    "halaman berikutnya",
    "berikutnya",
    "lanjut",
    "lanjutkan",
    "baca selanjutnya",
    "next",
    "next page",
    "›",
    "»",
    ">",
    ">>",
)
WHOLE_LABELS = (
    "tampilkan semua",
    "tampilkan semua halaman",
    "lihat semua",
    "baca semua",
    "show all",
    "view all",
    "single page",
    "satu halaman",
    "baca dalam satu halaman",
)

# Second-level domains under which Indonesian sites are registered ("kompas.co.id" is "kompas"),
# with the common ones of other countries the same shape.
DOMAIN_SUFFIXES = frozenset(
    {
        "co.id", "or.id", "ac.id", "go.id", "web.id", "my.id", "sch.id", "net.id", "biz.id",
        "ponpes.id", "desa.id", "mil.id", "co.uk", "com.au", "com.my", "com.sg",
    }
)  # fmt: skip

# Words that make a stated author an organisation, not a person: companies ("PT", "Tbk"),
# media and web teams, newsrooms and desks, and the parts of a site's name ("Com", "Co").
ORGANISATION_WORDS = frozenset(
    {
        "pt", "cv", "tbk", "persero", "inc", "ltd", "llc", "corp", "group", "grup", "media",
        "network", "jaringan", "developer", "developers", "development", "design", "web",
        "website", "admin", "administrator", "redaksi", "tim", "team", "desk", "newsroom",
        "online", "digital", "com", "co", "id", "net", "www", "news", "berita", "relawan",
        "activation", "humas", "staff", "kontributor",
    }
)  # fmt: skip

# Words of a role that pages put before a writer's name: "Pewarta Nur Imansyah".
ROLE_WORDS = frozenset(
    {"pewarta", "penulis", "reporter", "wartawan", "editor", "oleh", "by", "jurnalis"}
)
