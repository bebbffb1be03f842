"""Flag sentences that are page furniture rather than part of the story.

A flagged sentence is kept in ``--split`` output but never ranked or chosen: "Baca juga: ..."
links, advertisements, photo captions, bylines and editor lines, reporters' signatures such as
"(ant/dil)", and datelines standing alone. The patterns are Indonesian news conventions and
live in ``indonesian/furniture.py`` and ``indonesian/datelines.py``.
"""

from __future__ import annotations

import re

from .indonesian import datelines, furniture

_FURNITURE = re.compile(
    "|".join(f"(?:{p})" for p in (*furniture.FURNITURE, furniture.SIGNATURE + "$")), re.IGNORECASE
)
_DATELINE_ALONE = re.compile(datelines.ALONE, re.IGNORECASE)
_OUTLET = re.compile(datelines.OUTLET, re.IGNORECASE)
_CITY_IN_CAPITALS = re.compile(datelines.CITY_IN_CAPITALS)


def is_boilerplate(sentence: str) -> bool:
    """Whether ``sentence`` is page furniture rather than part of the story."""
    text = sentence.strip()
    if _FURNITURE.match(text):
        return True
    # A dateline on its own: only a short fragment ending in a dash or colon that names an
    # outlet or a city in capitals ("Hal itu dikatakan Budi:" is not one).
    return (
        _DATELINE_ALONE.fullmatch(text) is not None
        and len(text.split()) <= datelines.ALONE_MAX_WORDS
        and bool(_CITY_IN_CAPITALS.search(text) or _OUTLET.search(text))
    )
