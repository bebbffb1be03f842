"""Lines of Indonesian news pages that are not part of the story.

A sentence that matches is kept in ``--split`` output, flagged, but never chosen for a summary
and left out of the ranking: "Baca juga: ..." links, advertisements, photo captions, bylines
and editor lines, reporters' signatures such as "(ant/dil)", and datelines standing alone.
"""

from __future__ import annotations

import re

_PATTERNS = (
    # Links to other stories: "Baca juga: ...", "SIMAK JUGA: ...", "Lihat Video: ...".
    r"(?:baca|simak|lihat|tonton|saksikan|klik)\s+(?:juga|pula|selengkapnya|video|di\s+sini)\b",
    r"advertisement\b",
    r"scroll\s+(?:to|untuk)\s+(?:continue|melanjutkan)",
    # Captions, bylines and editor lines: "Foto: ...", "Penulis: ...", "Editor: ...".
    r"\(?(?:foto|keterangan\s+foto|ilustrasi|video|grafis|infografis|sumber\s+foto)\s*:",
    r"(?:penulis|editor|reporter|pewarta|redaktur|fotografer|kontributor|penyunting)\s*:",
    # Signatures that close a news item: "(ant/dil)", "(tyo)", "[feb]", "(rah / rah)".
    r"[(\[][a-z][a-z /]{0,40}[)\]]$",
    # A dateline on its own: "JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta:",
    # "Jakarta (ANTARA) -".
    r"[\w.]+(?:,?\s+[\w.()]+){0,3}\s*(?:-{1,2}|–|—|:)$",
)
_BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
_DATELINE_ONLY_WORDS = 5
# What makes a short fragment ending in a dash or colon a dateline: an outlet's domain, a news
# agency or channel, or a city in capitals.
_OUTLET = re.compile(r"\w\.(?:com|co|id|net|org)\b|\(antara|cnn indonesia")
_CAPITALS = re.compile(r"\b[A-Z]{3,}\b")


def is_boilerplate(sentence: str) -> bool:
    """Whether ``sentence`` is page furniture rather than part of the story."""
    text = sentence.strip()
    match = _BOILERPLATE.match(text)
    if match is None:
        return False
    if match.end() == len(text) and text[-1] in "-–—:":
        # The dateline pattern: only a short fragment ending in a dash or colon that names an
        # outlet or a city in capitals ("Hal itu dikatakan Budi:" is not one).
        return len(text.split()) <= _DATELINE_ONLY_WORDS and bool(
            _CAPITALS.search(text) or _OUTLET.search(text.lower())
        )
    return True
