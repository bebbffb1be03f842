"""Take the dateline off an article's lead: "JAKARTA, KOMPAS.com - Harga beras naik ..." is the
dateline "JAKARTA, KOMPAS.com -" and the sentence "Harga beras naik ...".

A reader does not want the dateline in a summary, and human summaries never hold it. It is
reported on its own, with its place and outlet when they can be told apart; the lead starts
after it. A dateline that stands alone as a line is the dateline too, never a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..indonesian.datelines import OUTLET_NAME
from ..indonesian.furniture import DATELINE
from ..model import Dateline, Sentence
from .rules import DATELINE_LEAD, DATELINE_LINE
from .story import story_start

_OUTLET = re.compile(OUTLET_NAME, re.IGNORECASE)
# Whoever signs in brackets after the place: "JAKARTA (Poskota) –".
_BRACKETED = re.compile(r"(?<=\()(?!\s*\d)[^()]+(?=\))")
# The marks around a dateline's parts: brackets, dashes, colons, a full stop after the outlet.
_MARKS = " \t\n()-–—:.|,"
# A date in a dateline ("Jakarta, 5/3 (ANTARA) -", "Jakarta, 5 Maret 2024 (ANTARA) -",
# "Jakarta (5/3/2024) -") is not part of the place, nor does it sign it.
_DATE = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b")
_WITHOUT_EMPHASIS = str.maketrans("*_", "  ")


def _parts(text: str) -> tuple[str | None, str | None]:
    """The place and the outlet of a dateline, when they can be told apart:
    "Sukabumi, Jawa Barat (ANTARA News) -" is ("Sukabumi, Jawa Barat", "ANTARA News")."""
    found = _OUTLET.search(text) or _BRACKETED.search(text)
    if found is None:
        # "Jakarta, NU Online -": a place, then whoever signs; "JAKARTA -": a place alone.
        bare = _DATE.sub(" ", text).replace("(", " ").replace(")", " ")
        place, _, outlet = bare.rstrip(_MARKS).partition(",")
        return " ".join(place.split()) or None, " ".join(outlet.split()) or None
    start, end = found.span()
    opening, closing = text.rfind("(", 0, start), text.find(")", end)
    if opening != -1 and closing != -1:
        start, end = opening + 1, closing  # the whole of "(Antara Bali)"
    outlet = text[start:end].strip(_MARKS)
    rest = _DATE.sub(" ", f"{text[:start]} {text[end:]}").replace("(", " ").replace(")", " ")
    place = " ".join(rest.split()).strip(_MARKS)
    return " ".join(place.split()) or None, outlet


def _alone_above_lead(sentences: Sequence[Sentence], position: int, text: str) -> bool:
    """Whether sentence ``position`` is a dateline alone on the line above the lead ("Jakarta
    -"): a place and a dash making up a line of their own, the lead's first sentence on a line
    below them."""
    sentence = sentences[position]
    following = sentences[position + 1] if position + 1 < len(sentences) else None
    return (
        following is not None
        and not following.boilerplate
        and following.line > sentence.line + sentence.text.count("\n")
        and not text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start].strip()
        and DATELINE_LINE.fullmatch(sentence.text) is not None
    )


def split_dateline(
    sentences: Sequence[Sentence], text: str
) -> tuple[Dateline | None, list[Sentence]]:
    """The dateline of the article's lead, if it opens with one, and the sentences with the
    lead starting after it (a dateline alone on a line is no sentence any more)."""
    # The lead is the first sentence of the story below the furniture above it (a caption, a
    # byline, a list between the headline and the story).
    for position in range(story_start(sentences), len(sentences)):
        sentence = sentences[position]
        # A line of other furniture that opens like a dateline is none: "Kompas.com -
        # 02/11/2023, 21:34 WIB" is a date line.
        flagged = sentence.boilerplate and sentence.furniture != DATELINE
        # A dateline in bold or italics, as a chat app writes it ("*JAKARTA* - ..."), is read
        # without its marks; they stay in the dateline's span.
        plain = sentence.text
        if plain.startswith(("*", "_")):
            plain = plain.translate(_WITHOUT_EMPHASIS)
        opening = len(plain) - len(plain.lstrip())
        match = None if flagged else DATELINE_LEAD.match(plain, opening)
        if match is None and not flagged and _alone_above_lead(sentences, position, text):
            match = DATELINE_LINE.fullmatch(sentence.text)
        if match is None:
            if sentence.boilerplate:
                continue  # furniture above the lead: a caption, a byline
            break
        words = sentence.text[: match.end()].rstrip()
        place, outlet = _parts(plain[: len(words)])
        dateline = Dateline(
            text=words,
            start=sentence.start,
            end=sentence.start + len(words),
            line=sentence.line,
            column=sentence.column,
            place=place,
            outlet=outlet,
        )
        rest = sentence.text[match.end() :]
        skip = match.end() + len(rest) - len(rest.lstrip())
        if skip >= len(sentence.text):
            return dateline, [s for s in sentences if s is not sentence]
        start = sentence.start + skip
        line_start = text.rfind("\n", 0, start) + 1
        lead = replace(
            sentence,
            start=start,
            text=sentence.text[skip:],
            line=sentence.line + text.count("\n", sentence.start, start),
            column=start - line_start + 1,
        )
        return dateline, [lead if s is sentence else s for s in sentences]
    return None, list(sentences)
