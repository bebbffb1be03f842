"""What a page says about itself, made right or left out: its author and its site.

A page's metadata names more than its writer: the company that runs the site ("PT Indonesia
News Center", "Kompas Cyber Media"), its developers ("Mediaindonesia Com Developer", "Web
Design"), the site itself ("Www Akurat Co", "Metro Bali"), a role before the name ("Pewarta Nur
Imansyah"). An author is kept only as a person's name: each of the names given (split at ";")
loses a role word before it and a number after it, and is left out when it names the site (its
words, run together, are the site's name or domain label, or begin it: "Liputan" of liputan6)
or holds a word that names an organisation. The site is the page's own: its stated name when
that name is the page's domain label or holds it ("KOMPAS.com" on money.kompas.com), cut
before a tagline or a notice; otherwise the page's domain. When neither can be told, the field
is left out rather than guessed.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..indonesian.sites import DOMAIN_SUFFIXES, ORGANISATION_WORDS, ROLE_WORDS

_WORD = re.compile(r"[^\W_]+")
# Where a stated site name ends and a tagline or a notice begins: "BeritaManado.com: Berita
# Terkini ...", "metrotvnews.com, All Rights Reserved", "Tempo - Berita ...".
_TAGLINE = re.compile(r"\s*(?:[:,|]|\s[-–—]\s).*", re.DOTALL)
# A web archive's copy of a page names the page's own address after its own: the page is the
# original's.
_IP_ADDRESS = re.compile(r"[\d.]+")
_ARCHIVED = re.compile(r"https?://web\.archive\.org/web/[^/]+/(?P<url>https?://.+)", re.IGNORECASE)


def _squeezed(text: str) -> str:
    """Lower case, letters and digits only: "Metro Bali" and "metrobali" alike."""
    return "".join(_WORD.findall(text.lower()))


def page_host(url: str | None) -> str | None:
    """The host of a page's address, "www." left out; an archived copy's original host."""
    if not url:
        return None
    archived = _ARCHIVED.match(url)
    if archived is not None:
        url = archived.group("url")
    try:
        host = urlsplit(url).hostname
    except ValueError:  # no address a browser would go to ("http://[x/", a bad port)
        return None
    return host.removeprefix("www.") if host else None


def domain_label(host: str | None) -> str | None:
    """The name a site is registered under: "kompas" of money.kompas.com, "prokal" of
    radarkaltim.prokal.co, "mediaindonesia" of mediaindonesia.com; None for a host without
    one (localhost, an IP address)."""
    if not host or "." not in host or _IP_ADDRESS.fullmatch(host) or ":" in host:
        return None  # "localhost", an IP address: no site's name in it
    labels = host.lower().split(".")
    # Leave out the public suffix: one label ("com"), or two for Indonesia's second-level
    # domains ("co.id").
    cut = 2 if len(labels) > 2 and ".".join(labels[-2:]) in DOMAIN_SUFFIXES else 1
    rest = labels[:-cut]
    return rest[-1] if rest else None


def _names_site(squeezed: str, label: str | None, site: str | None) -> bool:
    """Whether a name, squeezed, names the site: its domain label or its stated name, whole, or
    the start of one of them (at least four letters)."""
    for own in filter(None, (label, _squeezed(site or ""))):
        if len(squeezed) >= 4 and (own.startswith(squeezed) or squeezed.startswith(own)):
            return True
    return False


def clean_author(author: str | None, site: str | None, url: str | None) -> str | None:
    """The people among a page's stated authors (see the module's docstring), or None."""
    if not author:
        return None
    label = domain_label(page_host(url))
    people: list[str] = []
    for part in author.split(";"):
        words = part.split()
        while words and words[0].lower().rstrip(":") in ROLE_WORDS:
            words = words[1:]
        while words and words[-1].isdigit():
            words = words[:-1]
        if not words:
            continue
        if any(word.lower().strip(".,") in ORGANISATION_WORDS for word in words):
            continue
        if _names_site(_squeezed(" ".join(words)), label, site):
            continue
        name = " ".join(words)
        if name not in people:
            people.append(name)
    return "; ".join(people) or None


def own_site(site: str | None, url: str | None) -> str | None:
    """The page's own site: its stated name, cut before a tagline, when it names the page's
    domain; else the page's host; None when neither is known."""
    host = page_host(url)
    label = domain_label(host)
    name = _TAGLINE.sub("", site).strip() if site else ""
    if name and (label is None or label in _squeezed(name)):
        return name
    return host if label is not None else None
