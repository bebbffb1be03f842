"""Split Indonesian text into sentences that carry their exact offsets.

The pipeline:

1. Lines and paragraphs. Lines end at LF, CRLF or CR; a paragraph is a run of lines that are
   not blank. Single line breaks inside a paragraph are ordinary white space, so hard-wrapped
   text splits like unwrapped text.
2. NLTK's Punkt, built offline from Indonesian parameters (abbreviations, sentence starters and
   what their capitalisation says), proposes sentence spans inside each paragraph.
3. A few Indonesian rules then join spans that Punkt cut too early: a news dateline such as
   "Harakatuna.com." at the start of a paragraph, a span that goes on in lower case
   ("“Apa kabar?” tanya dia."), and the sentences of one quotation, which stay together with
   their attribution, as UD Indonesian-CSUI annotates them ("“Kami siap. Semua siaga,” ujarnya.").

Every sentence is made with its offsets and never searched for afterwards.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

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

# A lower-case word that opens a span continues the sentence before it, unless it is a name
# written with an inner capital: a brand ("iPhone", "eFishery") or an e- word ("e-KTP").
_LOWERCASE_BRAND = re.compile(r"[^\W\d_]+-?[A-Z]")
_OPENING_PUNCTUATION = "\"'“‘«([{"

# How many following spans a quotation may run on for before it is taken to be unbalanced.
_MAX_QUOTED_SPANS = 8


class _IndonesianToken(PunktToken):  # type: ignore[misc]
    """A Punkt token with two Indonesian refinements.

    Chains of initials count as initials ("B.J. Habibie", "A.S."): Punkt knows only "B." and
    decides by the next word whether a sentence ends. A listed abbreviation that looks like a
    chain ("S.H.") is an abbreviation instead, so a sentence starter after it still ends the
    sentence ("Hendra, S.H. Ia menilai ..."). Names written with a lower-case first letter
    ("eFishery", "e-KTP") count as capitalised, as they would start a sentence.
    """

    _RE_INITIAL = re.compile(r"(?:[^\W\d_]\.)+$")

    @property
    def is_initial(self) -> bool:
        return bool(self._RE_INITIAL.match(self.tok)) and self.tok[:-1].lower() not in ABBREVIATIONS

    @property
    def first_upper(self) -> bool:
        return self.tok[0].isupper() or _LOWERCASE_BRAND.match(self.tok) is not None

    @property
    def first_lower(self) -> bool:
        return self.tok[0].islower() and _LOWERCASE_BRAND.match(self.tok) is None


class _IndonesianLanguageVars(PunktLanguageVars):  # type: ignore[misc]
    """Punkt's language variables, with the boundary-candidate pattern compiled by ``re``.

    Recent NLTK runs this pattern under a 5-second limit that counts all of Punkt's work while it
    walks the matches, so a long paragraph with many full stops ("Dr. Dr. Dr. ...") would fail
    although the pattern itself is linear: a sentence-ending character and a look at the next
    token. Input size is bounded by ringkas itself instead.
    """

    def period_context_re(self) -> re.Pattern[str]:
        return _compile_verbose(
            self._period_context_fmt
            % {"NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars}
        )


@lru_cache(maxsize=4)
def _compile_verbose(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.UNICODE | re.VERBOSE)


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
        _punkt_parameters(), lang_vars=_IndonesianLanguageVars(), token_cls=_IndonesianToken
    )


def _line_starts(text: str) -> list[int]:
    """Offsets at which each line of ``text`` starts."""
    return [0, *(m.end() for m in _LINE_BREAK.finditer(text))]


def _paragraph_spans(text: str, line_starts: list[int]) -> Iterator[tuple[int, int]]:
    """Spans of the paragraphs of ``text``, trimmed of surrounding white space."""
    start: int | None = None
    end = 0
    bounds = [*line_starts, len(text)]
    for line_start, next_start in pairwise(bounds):
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


def _open_quotes(chunk: str) -> tuple[int, int]:
    """How many curly quotations ``chunk`` leaves open, and the parity of its straight quotes."""
    return chunk.count("“") - chunk.count("”"), chunk.count('"') % 2


def _join_quotations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join the spans of a quotation that Punkt cut into sentences, if it closes soon after."""
    joined: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        curly, straight = _open_quotes(text[spans[i][0] : spans[i][1]])
        last = i
        if curly > 0 or straight:
            for j in range(i + 1, min(len(spans), i + 1 + _MAX_QUOTED_SPANS)):
                more_curly, more_straight = _open_quotes(text[spans[j][0] : spans[j][1]])
                curly, straight = curly + more_curly, straight ^ more_straight
                if curly <= 0 and not straight:
                    last = j
                    break
        joined.append((spans[i][0], spans[last][1]))
        i = last + 1
    return joined


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
    return _join_quotations(text, spans)


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
