"""Split Indonesian text into sentences that carry their exact offsets.

The pipeline:

1. Lines and paragraphs. Lines end at LF, CRLF or CR; a paragraph is a run of lines that are
   not blank. Single line breaks inside a paragraph are ordinary white space, so hard-wrapped
   text splits like unwrapped text.
2. NLTK's Punkt, built offline from Indonesian parameters (abbreviations, sentence starters and
   what their capitalisation says), proposes sentence spans inside each paragraph.
3. A few Indonesian rules then join spans that Punkt cut too early: a news dateline such as
   "Harakatuna.com." at the start of a paragraph, and a span that goes on in lower case
   ("“Apa kabar?” tanya dia.").

Every sentence is made with its offsets and never searched for afterwards.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from nltk.tokenize.punkt import (
    _ORTHO_BEG_UC,
    _ORTHO_MID_LC,
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from .indonesian.abbreviations import ABBREVIATIONS
from .indonesian.starters import SENTENCE_STARTERS
from .model import Sentence

_LINE_BREAK = re.compile(r"\r\n|\r|\n")

# A paragraph that opens with a lone outlet name ending in a full stop, the dateline of
# "Harakatuna.com. Damaskus – Menteri ..."; Punkt would make "Harakatuna.com." a sentence.
_DATELINE_OUTLET = re.compile(r"[^\W_][\w-]*(?:\.[^\W\d_][\w-]*)+\.")

# A lower-case word that opens a span continues the sentence before it, unless it is a brand
# written with an inner capital ("iPhone", "eFishery").
_LOWERCASE_BRAND = re.compile(r"[^\W\d_]+[A-Z]")
_OPENING_PUNCTUATION = "\"'“‘«([{"


class _IndonesianToken(PunktToken):
    """A Punkt token that also counts chains of initials ("B.J.", "A.S.") as initials.

    Punkt treats "B." as an initial and decides by the next word whether a sentence ends;
    Indonesian writes names and country abbreviations as chains ("B.J. Habibie", "A.S.").
    """

    _RE_INITIAL = re.compile(r"(?:[^\W\d_]\.)+$")


def _punkt_parameters() -> PunktParameters:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    for word in SENTENCE_STARTERS:
        # Seen capitalised at the start of sentences and in lower case inside them: after an
        # abbreviation or initial, the capitalised form therefore marks a new sentence.
        params.add_ortho_context(word, _ORTHO_BEG_UC | _ORTHO_MID_LC)
    return params


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    return PunktSentenceTokenizer(
        _punkt_parameters(), lang_vars=PunktLanguageVars(), token_cls=_IndonesianToken
    )


def _line_starts(text: str) -> list[int]:
    """Offsets at which each line of ``text`` starts."""
    return [0, *(m.end() for m in _LINE_BREAK.finditer(text))]


def _paragraph_spans(text: str, line_starts: list[int]) -> Iterator[tuple[int, int]]:
    """Spans of the paragraphs of ``text``, trimmed of surrounding white space."""
    start: int | None = None
    end = 0
    bounds = [*line_starts, len(text)]
    for line_start, next_start in zip(bounds, bounds[1:], strict=False):
        line = text[line_start:next_start]
        if line.isspace() or not line:
            if start is not None:
                yield start, end
                start = None
            continue
        content_start = line_start + (len(line) - len(line.lstrip()))
        if start is None:
            start = content_start
        end = line_start + len(line.rstrip())
    if start is not None:
        yield start, end


def _continues_previous(text: str, start: int) -> bool:
    """Whether the span starting at ``start`` goes on with the sentence before it."""
    i = start
    while i < len(text) and text[i] in _OPENING_PUNCTUATION:
        i += 1
    if i >= len(text) or not text[i].islower():
        return False
    return _LOWERCASE_BRAND.match(text, i) is None


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (offsets into ``text``) inside the paragraph ``text[start:end]``."""
    paragraph = text[start:end]
    spans: list[tuple[int, int]] = []
    for s, e in _punkt().span_tokenize(paragraph):
        # Trim defensively: a sentence never starts or ends with white space.
        chunk = paragraph[s:e]
        stripped = chunk.strip()
        if not stripped:
            continue
        s += len(chunk) - len(chunk.lstrip())
        e = s + len(stripped)
        s, e = s + start, e + start
        if spans and (
            _continues_previous(text, s)
            or (len(spans) == 1 and _DATELINE_OUTLET.fullmatch(text, *spans[0]))
        ):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences, each with its exact position in ``text``.

    Sentences come in document order, do not overlap, and only white space lies between them.
    Text that is empty or white space only gives an empty list.
    """
    line_starts = _line_starts(text)
    sentences: list[Sentence] = []
    for paragraph, (p_start, p_end) in enumerate(_paragraph_spans(text, line_starts)):
        for s, e in _sentence_spans(text, p_start, p_end):
            line = bisect_right(line_starts, s)
            sentences.append(
                Sentence(
                    index=len(sentences),
                    paragraph=paragraph,
                    start=s,
                    end=e,
                    line=line,
                    column=s - line_starts[line - 1] + 1,
                    text=text[s:e],
                )
            )
    return sentences
