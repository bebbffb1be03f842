"""Split Indonesian text into sentences that carry their exact offsets.

The pipeline:

1. Lines and paragraphs. Lines end at LF, CRLF or CR; a paragraph is a run of lines that are
   not blank. A line break inside a paragraph is ordinary white space, so hard-wrapped text
   splits like unwrapped text, except after a line without final punctuation that is not
   wrapped prose: a headline, a caption or "Baca juga: ..." line, a list item. There the
   sentence ends with the line.
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
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

import regex  # type: ignore[import-untyped]
from nltk.tokenize import punkt
from nltk.tokenize.punkt import (
    _ORTHO_BEG_UC,
    _ORTHO_MID_LC,
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from ..indonesian.abbreviations import ABBREVIATIONS, CAPITALISED_ACRONYMS, SENTENCE_FINAL
from ..indonesian.datelines import OUTLET_OPENER
from ..indonesian.dates import TIME_AT_LINE_END
from ..indonesian.furniture import SEPARATOR
from ..indonesian.starters import SENTENCE_STARTERS
from ..model import Sentence
from .furniture import family_of, is_date_line
from .rules import (
    BRACKETED_CROSS_LINK,
    CREDIT_AT_END,
    DATE_STAMP,
    DATELINE_LEAD,
    LABEL_LINE,
    LINE_SPACE,
    LIST_SPLITTER,
    SIGNATURE_IN_TEXT,
    in_title_case,
)

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Text without a letter or a digit: emoji, a row of marks.
_WORDLESS = re.compile(r"[^\w]+")
# Emoji and other pictographs, with their joiners and variation selectors.
_PICTOGRAPHS = "\u200d\ufe0e\ufe0f\u2600-\u27bf\U0001f000-\U0001faff"
_LEADING_PICTOGRAPHS = re.compile(f"[{_PICTOGRAPHS}]+(?=\\s)")
# Emoji at the end of a line, after its last word or punctuation.
TRAILING_EMOJI = re.compile(f"[\\s{_PICTOGRAPHS}]+$")

# A paragraph that opens with a lone outlet name ending in a full stop, the dateline of
# "Harakatuna.com. Damaskus – Menteri ..."; Punkt would make "Harakatuna.com." a sentence.
_DATELINE_OUTLET = re.compile(OUTLET_OPENER)

# A lower-case word that opens a span continues the sentence before it, unless it is a name
# written with an inner capital: a brand ("iPhone", "eFishery") or an e- word ("e-KTP").
_LOWERCASE_BRAND = re.compile(r"[^\W\d_]+-?[A-Z]")
_OPENING_PUNCTUATION = "\"'“‘«([{"
_CLOSING_PUNCTUATION = "\"'”’»)]}"
_SENTENCE_END = (".", "!", "?")

# Lines that end a sentence at their line break even without final punctuation: list items
# ("- beras", "• minyak", "1. Pendaftaran", "a) syarat") and the label lines of news pages
# ("Baca juga: ...", "Foto: ...", "ADVERTISEMENT").
_BULLETS = "•*+▪●◦‣·–—-"  # "-" last, as a character class wants it
_LIST_ITEM = re.compile(rf"(?:[{_BULLETS}]|\d{{1,3}}[.)]|[a-zA-Z]\))\s")
# A list item's bullet, as copied or rendered text shows one at the start of a line ("* ",
# "• ", "- "), and the marker of a quoted line ("> ", as Markdown and e-mail write it) are
# layout like the white space after them: no part of the sentence. A row of bullets ("* * *")
# is a section break, left whole.
_BULLET = re.compile(rf"(?:[{_BULLETS}]|>+){LINE_SPACE}+(?=[^\s>{_BULLETS}])")
# A caption's line ends with its photo's credit ("... Jumat (8/3). (ANTARA/Eka Hakim)",
# CREDIT_AT_END): the sentence ends there too. So does a date line: "Senin, 14 Mar 2022 09:15
# WIB".
_TIME_AT_LINE_END = re.compile(TIME_AT_LINE_END)
_TIME_ZONE = re.compile(r"(?:WIB|WITA|WIT|GMT)\b", re.IGNORECASE)
# An ellipsis before a capitalised word, with or without closing quotes after it: the sentence
# ends after them ("Ia terdiam sejenak… Kemudian ..."). Also the abbreviations that close a
# list ("dll.", "dsb.", "sbb.", ...): a capitalised word after them opens a new sentence, while
# a lower-case one goes on ("dsb. disalurkan lewat kelurahan"). Both patterns start with a
# literal, so a scan over a block skips quickly to the places they could match.
_QUOTE_AFTER_ELLIPSIS = re.compile(
    r"(?:\.\.|…)[”\"’»]+(?=\s+[“\"(]?[A-Z0-9])|(?:\.\.\.|…)(?=\s+[“\"(]?[A-Z])"
)
_LIST_CLOSERS = tuple(f"{word}." for word in sorted(SENTENCE_FINAL))
# A sentence end that no abbreviation has: a span's last word is a whole word, a number of
# three digits or more or a roman numeral with a full stop, or ends in "?" or "!". Before a
# word in lower case Punkt goes on after such a number or numeral, so the splitter cuts there
# itself.
_FULL_WORD_AT_END = re.compile(r"(?:.*\W)?(?:[^\W\d_]{4,}|\d{3,}|[IVXLC]{2,})\.|.*\w[?!]")
_END_WORD_CHARS = 24
_FULL_STOP_BEFORE_LOWER = re.compile(r"\.(?=\s+[a-z])")
_NUMBER_BEFORE = re.compile(r"(?:\b\d{3,}|\b[IVXLC]{2,})$")
_LETTER = re.compile(r"[^\W\d_]")
_LIST_CLOSER = re.compile(
    rf"(?i:{'|'.join(map(re.escape, sorted(SENTENCE_FINAL)))})\.(?=\s+[“\"(]?[A-Z])"
)
# The number of a numbered list item ("1. Pendaftaran dibuka"): Punkt ends a sentence after it.
_LIST_NUMBER = re.compile(r"\d{1,3}\.")
# A byline in English, in lower case, on a line of its own: "by Jenly Wenur". Indonesian
# prose has no "by" to go on with.
_ENGLISH_BYLINE = re.compile(r"by\s+(?:[A-Z][\w'’-]*\s*){1,5}")
# A line that only separates ("______", "* * *"): a sentence of its own, in any paragraph.
_SEPARATOR_LINE = re.compile(SEPARATOR)
# A line of nothing but HTML tags (and the white space between them).
_MARKUP_LINE = re.compile(r"[ \t]*(?:</?[a-zA-Z][^<>]*>[ \t]*)+")
# A headline that asks or exclaims before its end has at most this many words.
_HEADLINE_QUESTION_WORDS = 16
# A Markdown heading's marker opens a line of its own: "# Harga Beras Naik".
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+\S")
# A line shorter than this share of its paragraph's longest line is not hard-wrapped prose;
# one longer than the second share may be wrapped prose even when all its words are
# capitalised ("... kata Menteri Koordinator Bidang Perekonomian Airlangga" + "Hartarto ...").
_SHORT_LINE = 0.6
# A headline wrapped over the first two lines of a hard-wrapped text is at most this many words.
_WRAPPED_HEADLINE_WORDS = 20
_WRAPPED_LINE = 0.85
# Hard-wrapped prose is wrapped at this many columns at least (narrower lines are a list, a
# poem, a table).
_MIN_WRAP = 30
# A text whose paragraphs do not show their wrapping one by one is taken as wrapped at its
# longest line when that is this wide (at least, at most), and at least this many of the line
# breaks inside its paragraphs stand where a line filled to it would break.
_FILLED_WRAP = (60, 100)
_FILLED_BREAKS = 4
# Lines of at most this many words one below the other, where the next line's first word would
# have fitted, are a column: a menu, a list or a poem, each line ending its sentence.
_COLUMN_WORDS = 4
# A wrapped paragraph may have this share of lines that read as furniture taken alone (a
# fragment such as "pada 22 Februari 2007 tersebut akan" reads as a date line): one in a
# paragraph of ten lines, none in a block of three such as a headline, byline and date line.
_FURNITURE_LINES = 0.1
# In wrapped prose, at least this share of the line breaks fall mid-clause (most words of
# Indonesian prose are in lower case); lines of their own (headlines, names) are capitalised.
_GOING_ON = 0.2

# Quotation marks: double quotes, and single ones that are no apostrophe (not between two
# letters).
_QUOTE_MARK = re.compile(r"[“”\"]|(?<!\w)[‘’']|[‘’'](?!\w)")
_SINGLE_QUOTES = "‘’'"
_QUOTE_CHAR = re.compile("[“”\"‘’']")
_NOT_OPENING_CURLY = re.compile("[”\"‘’']")
_BEFORE_OPENING = " \t\r\n“\"‘'([«"
_BEFORE_MISMATCHED_CLOSE = ".!?…"
# How many following spans a quotation may run on for before it is taken to be unbalanced.
_MAX_QUOTED_SPANS = 8


def _untimed(pattern: Any) -> Any:
    """One of NLTK's Punkt patterns, compiled by the same engine with the same flags, but
    without NLTK's timeout.

    NLTK compiles its patterns with the third-party ``regex`` module and wraps each one so
    that every match runs under a timeout (``nltk.redos``); on the short tokens Punkt looks at,
    the wrapper costs several times the match itself. These patterns are linear, and ringkas
    bounds its input size. The engine stays NLTK's: ``re`` and ``regex`` disagree on what a word
    character is ("½", "²"). NLTK is pinned in ``pyproject.toml``; ``tests/test_pinned.py``
    checks that these are still NLTK's patterns and match as NLTK's do.
    """
    return regex.compile(pattern.pattern, pattern.flags)


class _IndonesianToken(PunktToken):  # type: ignore[misc]
    """A Punkt token with two Indonesian refinements.

    Chains of initials count as initials ("B.J. Habibie", "A.S."): Punkt knows only "B." and
    decides by the next word whether a sentence ends. A listed abbreviation that looks like a
    chain ("S.H.") is an abbreviation instead, so a sentence starter after it still ends the
    sentence ("Hendra, S.H. Ia menilai ..."). Names written with a lower-case first letter
    ("eFishery", "e-KTP") count as capitalised, as they would start a sentence.
    """

    _RE_INITIAL = re.compile(r"(?:[^\W\d_]\.)+$")
    # NLTK's own patterns, without its timeout (see _untimed).
    _RE_ELLIPSIS = _untimed(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _untimed(PunktToken._RE_NUMERIC)
    _RE_ALPHA = _untimed(PunktToken._RE_ALPHA)
    _RE_NON_PUNCT = _untimed(punkt._re_non_punct)

    @property
    def is_initial(self) -> bool:
        return bool(self._RE_INITIAL.match(self.tok)) and self.tok[:-1].lower() not in ABBREVIATIONS

    @property
    def first_upper(self) -> bool:
        return self.tok[0].isupper() or _LOWERCASE_BRAND.match(self.tok) is not None

    @property
    def first_lower(self) -> bool:
        return self.tok[0].islower() and _LOWERCASE_BRAND.match(self.tok) is None

    @property
    def is_non_punct(self) -> Any:
        return self._RE_NON_PUNCT.search(self.type)


class _IndonesianLanguageVars(PunktLanguageVars):  # type: ignore[misc]
    """Punkt's language variables, with their patterns matched without NLTK's timeout.

    Recent NLTK runs the boundary-candidate pattern under a 5-second limit that counts all of
    Punkt's work while it walks the matches, so a long paragraph with many full stops ("Dr. Dr.
    Dr. ...") would fail although the pattern itself is linear: a sentence-ending character and
    a look at the next token. Input size is bounded by ringkas itself instead.
    """

    re_boundary_realignment = _untimed(PunktLanguageVars.re_boundary_realignment)

    def __init__(self) -> None:
        super().__init__()
        self._period_context = re.compile(
            self._period_context_fmt
            % {"NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars},
            re.VERBOSE,
        )
        self._word_tokenizer = _untimed(PunktLanguageVars._word_tokenizer_re(self))

    def period_context_re(self) -> re.Pattern[str]:
        return self._period_context

    def _word_tokenizer_re(self) -> Any:
        return self._word_tokenizer


class _IndonesianPunkt(PunktSentenceTokenizer):  # type: ignore[misc]
    """Punkt, with abbreviations that are acronyms when written in capitals ("PK.", "PKL.")
    taken as ordinary words, which may end a sentence, and abbreviations after a slash
    ("Foto/Dok.") taken as abbreviations."""

    # The most common context of a candidate end: a plain word, its mark and the next token
    # ("naik. Harga", "apa? Kata").
    _PLAIN_END = re.compile(r"([A-Za-z]{2,})([.?!])\s+\S+")

    def text_contains_sentbreak(self, text: str) -> bool:
        # After a plain word that is no abbreviation, Punkt's annotation always ends the
        # sentence: "?" and "!" end one, and so does a full stop that is neither an
        # abbreviation's, an initial's, a number's nor an ellipsis's. That is decided here
        # without tokenising the context; tests/test_pinned.py checks it against NLTK.
        plain = self._PLAIN_END.fullmatch(text)
        if plain is not None and (
            plain[2] != "." or plain[1].lower() not in self._params.abbrev_types
        ):
            return True
        return bool(super().text_contains_sentbreak(text))

    def _first_pass_annotation(self, aug_tok: PunktToken) -> None:
        super()._first_pass_annotation(aug_tok)
        word = aug_tok.tok[:-1]
        if aug_tok.abbr and word.isupper() and word.lower() in CAPITALISED_ACRONYMS:
            aug_tok.abbr = False
            aug_tok.sentbreak = True
        elif aug_tok.sentbreak and word.rpartition("/")[2].lower() in ABBREVIATIONS and "/" in word:
            # An abbreviation after a slash, as in a photo credit: "(Foto/Dok. SINDOnews)".
            aug_tok.abbr = True
            aug_tok.sentbreak = False


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
    return _IndonesianPunkt(
        _punkt_parameters(), lang_vars=_IndonesianLanguageVars(), token_cls=_IndonesianToken
    )


def line_starts(text: str) -> list[int]:
    """Offsets at which each line of ``text`` starts (lines end at LF, CRLF or CR)."""
    return [0, *(m.end() for m in _LINE_BREAK.finditer(text))]


def _paragraphs(text: str, starts: list[int]) -> Iterator[list[tuple[int, int]]]:
    """The paragraphs of ``text``, each as the spans of its lines without surrounding space."""
    lines: list[tuple[int, int]] = []
    for line_start, next_start in pairwise([*starts, len(text)]):
        line = text[line_start:next_start]
        content = line.strip()
        if not content:
            if lines:
                yield lines
                lines = []
            continue
        content_start = line_start + (len(line) - len(line.lstrip()))
        lines.append((content_start, content_start + len(content)))
    if lines:
        yield lines


def _line_ends_sentence(line: str) -> bool:
    """Whether a line ends as a sentence does, closing quotes and brackets aside, and emoji
    after the end ("... itu. 🙏")."""
    if TRAILING_EMOJI.match(line, len(line) - 1) is not None:  # white space or emoji last
        line = TRAILING_EMOJI.sub("", line)
    return line.rstrip(_CLOSING_PUNCTUATION)[-1:] in _SENTENCE_END


def _starts_like_sentence(line: str) -> bool:
    first = line.lstrip(_OPENING_PUNCTUATION)[:1]
    return (
        _MARKDOWN_HEADING.match(line) is not None
        or first.isupper()
        or first.isdigit()
        or line[0] in _OPENING_PUNCTUATION
        or _LOWERCASE_BRAND.match(line) is not None
    )


def _line_break_ends_sentence(
    line: str, next_line: str, width: int, wrap: int | None = None
) -> bool:
    """Whether the break between two lines of a paragraph ends a sentence, though ``line`` has
    no final punctuation: it is a list item, a label line ("Baca juga: ...", "Foto: ..."), or
    a line broken on purpose, such as a headline or a byline: the next line's first word would
    have fitted on it, or it is short beside the paragraph's longest line, or in title case. A
    line of hard-wrapped prose goes on in the next line: its next word did not fit.
    """
    if LABEL_LINE.match(next_line) or _set_apart(line, next_line):
        return True  # a label starts its own line ("loading...", "Baca juga: ..."), a rule, ...
    if _wraps_on(line, next_line, width):
        return False
    if _ENGLISH_BYLINE.fullmatch(next_line):
        return True  # a byline below the headline ("by Jenly Wenur")
    if _line_ends_sentence(line) and DATELINE_LEAD.match(next_line):
        # The lead opens with its dateline ("tirto.id - ...") below a line that ends as a
        # sentence does, also after an abbreviation ("... Syawal 1439 H.").
        return True
    if LABEL_LINE.match(line) and not _line_ends_sentence(line.rstrip(".…")):
        # A label such as "loading..." ends its line, its dots notwithstanding; in text
        # hard-wrapped at ``wrap`` columns, a full line goes on below when the next word did
        # not fit ("Baca juga: ... Tak Elok Pilih" over "Gubernur yang ...").
        return not _fills_wrap(line, next_line, wrap)
    if _wrapped_headline(line, next_line, wrap):
        return False
    if line.rstrip(_CLOSING_PUNCTUATION).endswith(("...", "…")) and _starts_like_sentence(
        next_line
    ):
        return True  # a teaser cut off with an ellipsis ("Jika ada satu label ...")
    if _line_ends_sentence(line):
        return False  # Punkt decides, as anywhere else
    if any(_LIST_ITEM.match(x) or LABEL_LINE.match(x) for x in (line, next_line)):
        return True
    if CREDIT_AT_END.search(line) or _TIME_AT_LINE_END.search(line):
        return True
    next_word = next_line.split(maxsplit=1)[0]
    if (
        len(line.split()) <= _COLUMN_WORDS
        and len(next_line.split()) <= _COLUMN_WORDS
        and len(line) + 1 + len(next_word) <= width
    ):
        return True  # a column of short lines, in lower case too ("olah raga", "politik")
    if not _starts_like_sentence(next_line):
        return False
    return (
        len(line) + 1 + len(next_word) <= width
        or len(line) < _SHORT_LINE * width
        or (len(line) < _WRAPPED_LINE * width and in_title_case(line))
        # A headline above a byline: two lines in title case.
        or (in_title_case(line) and in_title_case(next_line))
    )


def _fills_wrap(line: str, next_line: str, wrap: int | None) -> bool:
    """Whether, in text hard-wrapped at ``wrap`` columns, a line is full and goes on below:
    the next line's first word did not fit on it, and the next line is no list item."""
    return (
        wrap is not None
        and len(line) >= _WRAPPED_LINE * wrap
        and len(line) + 1 + len(next_line.split(maxsplit=1)[0]) > wrap
        and not _LIST_ITEM.match(next_line)
    )


def _wrapped_headline(line: str, next_line: str, wrap: int | None) -> bool:
    """Whether, in hard-wrapped text, a headline goes on in the next line: the line is full,
    without final punctuation, and the two lines together are in title case ("Peringatan Dini
    Cuaca sudah Dikeluarkan BMKG Sebelum Banjir Bandang Lahar" over "Dingin Terjadi di
    Sumbar"; "Baca: ... Belajar dari Rumah di TVRI, Kain" over "Batik")."""
    return (
        _fills_wrap(line, next_line, wrap)
        and not _line_ends_sentence(line)
        and next_line[:1].isupper()  # a word, not a bullet or a mark ("*", "[javascript]")
        and in_title_case(line)
        and in_title_case(f"{line} {next_line}")
    )


def _wrapped_top_headline(text: str, lines: list[tuple[int, int]], wrap: int | None) -> bool:
    """Whether the two lines of a hard-wrapped text's first paragraph are one headline, in
    any case: the first line is full, neither line ends as a sentence does, the second is
    shorter and no furniture by itself (a byline, a date line), and together they are no
    longer than a headline ("IHSG Hari Ini: Sempat Tembus 9.000, Indeks Berbalik Melemah
    akibat Profit" over "Taking")."""
    (s, e), (t, u) = lines
    line, next_line = text[s:e], text[t:u]
    return (
        _fills_wrap(line, next_line, wrap)
        and not any(
            _line_ends_sentence(x) or x.endswith((",", ";", ":")) for x in (line, next_line)
        )
        and len(next_line) < len(line)
        and len(line.split()) + len(next_line.split()) <= _WRAPPED_HEADLINE_WORDS
        and family_of(next_line) is None
        and _starts_like_sentence(line)
    )


def _wraps_on(line: str, next_line: str, width: int) -> bool:
    """Whether a line is wrapped prose going on in the next line: it is long, the next line's
    first word would not have fitted on it, and the next line goes on in lower case (not a
    signature such as "(rsa)"); a date line goes on in no line ("Kompas.com - 17/05/2018, 19:00
    WIB" over a picture's "bopav Mengatur waktu makan")."""
    return (
        len(line) >= _MIN_WRAP
        and _goes_on(next_line)
        and len(line) + 1 + len(next_line.split(maxsplit=1)[0]) > width
        and not SIGNATURE_IN_TEXT.match(next_line)
        and not _ENGLISH_BYLINE.fullmatch(next_line)
        and not (_TIME_AT_LINE_END.search(line) and is_date_line(line))
    )


def _greedy(text: str, lines: list[tuple[int, int]], width: int) -> bool:
    """Whether every line break of a paragraph is where filling lines ``width`` columns wide
    would break them: the next line's first word would not have fitted on the line."""
    for (s, e), (next_s, next_e) in pairwise(lines):
        first_word = text[next_s:next_e].split(maxsplit=1)[0]
        if e - s + 1 + len(first_word) <= width:
            return False
    return True


def _wrapped(text: str, lines: list[tuple[int, int]], width: int | None) -> bool:
    """Whether a paragraph is hard-wrapped prose, its line breaks mere layout.

    ``width`` is the width the text's wrapped paragraphs are filled to, None when it has none.
    With a width, a paragraph is wrapped when its lines are filled to it: every break stands
    where the next word would no longer have fitted. Without one, a paragraph must show it by
    itself: at least three lines filled to its longest, breaking mid-clause (after a comma or
    a word in lower case, or before one), with at most one list item and hardly a line that
    is furniture taken alone (a label, "Baca juga: ...", a byline, a date line). Either way no
    line stands by itself by its shape: a date line, or a caption ending with its credit,
    before a line that does not go on with it, or a date line at the end.
    """
    if len(lines) < 2:
        return False
    longest = _line_width(text, lines)
    if width is not None:
        # A line alone longer than the width fills it.
        filled = longest >= _SHORT_LINE * width or max(e - s for s, e in lines) > width
        if not (longest <= width and filled and _greedy(text, lines, width)):
            return False
    else:
        if longest < _MIN_WRAP or len(lines) < 3:
            return False
        breaks = sum(_mid_clause(text[s:e], text[t:u]) for (s, e), (t, u) in pairwise(lines))
        if not (
            breaks >= max(1, (len(lines) - 1) * _GOING_ON)
            and sum(bool(_LIST_ITEM.match(text, s, e)) for s, e in lines) <= 1
            and _greedy(text, lines, longest)
            and sum(bool(LABEL_LINE.match(text, s, e) or family_of(text[s:e])) for s, e in lines)
            <= len(lines) * _FURNITURE_LINES
        ):
            return False
    if any(_ends_by_itself(text[s:e], text[t:u]) for (s, e), (t, u) in pairwise(lines)):
        return False
    last = text[slice(*lines[-1])]
    return not (_TIME_AT_LINE_END.search(last) and is_date_line(last))


def _line_width(text: str, lines: list[tuple[int, int]]) -> int:
    """The longest line of a paragraph that holds more than one word (a word longer than the
    wrapping width, a link, stands on a line alone and longer); 0 when no line does."""
    return max((e - s for s, e in lines if " " in text[s:e].strip()), default=0)


def _ends_by_itself(line: str, next_line: str) -> bool:
    """Whether a line stands by itself by its shape before a line that does not go on with it
    (one that opens in lower case or with a time zone, "pukul 15.00" + "WIB, ..."): a date line
    ("Senin, 14 Mar 2022 09:15 WIB", "Reporter : Budi | 23 Agustus 2017 12:25") or a caption
    that ends with its photo's credit ("... di Istana Negara (ANTARA/Fulan)")."""
    if (_goes_on(next_line) or _TIME_ZONE.match(next_line)) and not CREDIT_AT_END.fullmatch(
        next_line
    ):
        return False
    if CREDIT_AT_END.search(line):
        return True
    return _TIME_AT_LINE_END.search(line) is not None and is_date_line(line)


def _mid_clause(line: str, next_line: str) -> bool:
    """Whether a line break falls inside a clause: the line ends with a comma or a word in
    lower case ("... akan hadir di" + "Indonesia pada ..."), or the next line goes on in lower
    case."""
    words = line.split()
    last = words[-1] if words else ""
    return last.endswith(",") or last.islower() or _goes_on(next_line)


def _goes_on(line: str) -> bool:
    """Whether a line opens in lower case, going on with a sentence from the line before (a
    name written with an inner capital, "kumparanNEWS", "iPhone", opens a line of its own)."""
    word = line.lstrip(_OPENING_PUNCTUATION)
    return word[:1].islower() and _LOWERCASE_BRAND.match(word) is None


def _wrap_width(text: str, paragraphs: list[list[tuple[int, int]]]) -> int | None:
    """The width a hard-wrapped text is wrapped at: the longest line of its paragraphs that
    show by themselves that they are wrapped; None when it has none."""
    widths = [_line_width(text, lines) for lines in paragraphs if _wrapped(text, lines, None)]
    return max(widths) if widths else _filled_width(text, paragraphs)


def _filled_width(text: str, paragraphs: list[list[tuple[int, int]]]) -> int | None:
    """The width of a hard-wrapped text whose paragraphs are too short to show it one by one
    (two lines each, as a text browser saves a short article): its longest line, when that is
    a wrapping width and most line breaks inside its paragraphs stand where a line filled to it
    would break, at least _FILLED_BREAKS of them; None otherwise."""
    pairs = [
        (text[s:e], text[t:u])
        for lines in paragraphs
        for (s, e), (t, u) in pairwise(lines)
        if " " in text[s:e]
    ]
    if len(pairs) < _FILLED_BREAKS:
        return None
    longest = max(_line_width(text, lines) for lines in paragraphs)
    if not _FILLED_WRAP[0] <= longest <= _FILLED_WRAP[1]:
        return None
    filled = sum(_fills_wrap(line, next_line, longest) for line, next_line in pairs)
    return longest if filled >= max(_FILLED_BREAKS, len(pairs) / 2) else None


def _blocks(
    text: str, lines: list[tuple[int, int]], first: bool = False, wrap: int | None = None
) -> Iterator[tuple[int, int]]:
    """Split a paragraph's lines where a line break ends a sentence; yield the pieces' spans.

    Below a list label ("BACA JUGA", "Berita Terkait") every line of the paragraph is an item
    of the list and ends at its line break; so is every line of a paragraph where no line ends
    a sentence, such as the headline, byline and date lines at the top of a copied page. The
    ``first`` paragraph of a text ends its first line when that line is a headline in title
    case without final punctuation. ``wrap`` is the width the text is hard-wrapped at, if it
    is.
    """
    width = max(end - start for start, end in lines)
    start = lines[0][0]
    # Where a headline or a list's item goes on in the next line of hard-wrapped text.
    wrapped_on = [
        _wrapped_headline(text[s:e], text[t:u], wrap) for (s, e), (t, u) in pairwise(lines)
    ]
    if first and len(lines) == 2 and _wrapped_top_headline(text, lines, wrap):
        wrapped_on = [True]
    listing = not any(_line_ends_sentence(text[s:e]) for s, e in lines) and not any(
        _wraps_on(text[s:e], text[t:u], width) or wrapped
        for ((s, e), (t, u)), wrapped in zip(pairwise(lines), wrapped_on, strict=True)
    )
    for number, ((s, e), (next_s, next_e)) in enumerate(pairwise(lines)):
        listing = listing or LIST_SPLITTER.fullmatch(text, s, e) is not None
        # A headline over a teaser or the lead: two lines (three or more may be wrapped
        # prose), or below a rubric's date line ("BISNIS | 19 Februari 2018 11:45").
        # Below a whole page's menu the headline's paragraph is not the first.
        below_date = number > 0 and _TIME_AT_LINE_END.search(text, *lines[number - 1]) is not None
        headline = (
            ((number == 0 and len(lines) == 2) or below_date)
            and in_title_case(text[s:e])
            and _starts_like_sentence(text[next_s:next_e])
        )
        # In hard-wrapped text a list's lines may be wrapped prose, going on in the next line
        # (a picture's caption below a "Share" label, as a text browser saves a page).
        wrapped = wrapped_on[number] or (
            wrap is not None and _wraps_on(text[s:e], text[next_s:next_e], wrap)
        )
        if (
            (listing and not wrapped)
            or (headline and not wrapped and not _line_ends_sentence(text[s:e]))
            or _line_break_ends_sentence(text[s:e], text[next_s:next_e], width, wrap)
        ):
            yield start, e
            start = next_s
    yield start, lines[-1][1]


def _continues_previous(text: str, start: int, end: int) -> bool:
    """Whether the span ``text[start:end]`` goes on with the sentence before it."""
    if SIGNATURE_IN_TEXT.fullmatch(text, start, end):
        return False
    i = start
    while i < len(text) and text[i] in _OPENING_PUNCTUATION:
        i += 1
    if i >= len(text) or not text[i].islower():
        return False
    return _LOWERCASE_BRAND.match(text, i) is None


def _ends_with_full_word(text: str, start: int, end: int) -> bool:
    """Whether a span ends a sentence where no abbreviation ends: a full stop after a whole
    word of four letters or more, a number of three digits or more or a roman numeral, or a
    question or exclamation mark right after a word. The sentence ended there even if the next
    one opens in lower case, as careless writing has it ("... di Jakarta. kemudian ...")."""
    # Only the span's last word is looked at: a span may have grown long.
    last = text[max(start, end - _END_WORD_CHARS) : end].rsplit(maxsplit=1)
    return bool(last) and _FULL_WORD_AT_END.fullmatch(last[-1]) is not None


def _open_quotes(chunk: str, stack: list[str]) -> list[str]:
    """The quotations still open after ``chunk``: ``stack`` (those open before it) with the
    chunk's quotation marks applied in order.

    A closing double quote closes the innermost double quotation, and any single ones left
    open inside it; it need not match, as typed text mixes them (“...", "...’). A straight
    double quote closes an open double quotation and opens one otherwise. A single quote opens
    a quotation after white space or another opening mark, and otherwise closes an open single
    one (’ also a straight double one right after a sentence's end: "...tunggu aja.’"); between two
    letters it is an apostrophe ("Jum’at", "Ma'ruf").
    """
    if not _NOT_OPENING_CURLY.search(chunk):
        stack.extend("“" * chunk.count("“"))  # only opening curly quotes, if any
        return stack
    for match in _QUOTE_MARK.finditer(chunk):
        mark = match.group()
        if mark in '”"':
            while stack and stack[-1] in _SINGLE_QUOTES:
                stack.pop()
            if stack:
                stack.pop()
            elif mark == '"':
                stack.append(mark)
        elif mark == "“" or match.start() == 0 or chunk[match.start() - 1] in _BEFORE_OPENING:
            stack.append(mark)
        elif stack and (
            stack[-1] in _SINGLE_QUOTES
            or (
                mark == "’"
                and stack[-1] == '"'
                and chunk[match.start() - 1] in _BEFORE_MISMATCHED_CLOSE
            )
        ):
            stack.pop()
    return stack


def _join_quotations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join the spans of a quotation that Punkt cut into sentences, if it closes soon after."""
    if spans and not _QUOTE_CHAR.search(text, spans[0][0], spans[-1][1]):
        return spans
    joined: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        stack = _open_quotes(text[spans[i][0] : spans[i][1]], [])
        last = i
        if stack:
            for j in range(i + 1, min(len(spans), i + 1 + _MAX_QUOTED_SPANS)):
                if not _open_quotes(text[spans[j][0] : spans[j][1]], stack):
                    last = j
                    break
        joined.append((spans[i][0], spans[last][1]))
        i = last + 1
    return joined


def _punkt_spans(block: str) -> Iterator[tuple[int, int]]:
    """Punkt's sentence spans in ``block``, also cut where a capitalised word follows a quotation
    that ends in an ellipsis ("“Entahlah...” Setelah itu ia pergi.", Punkt looks at the quote,
    not the word after it) or a list-closing abbreviation ("... gula, dll. Harga beras naik."),
    and around a cross-link in brackets ("[Baca juga: ...]").
    """
    forced = []
    if ".." in block or "…" in block:
        forced += [m.end() for m in _QUOTE_AFTER_ELLIPSIS.finditer(block)]
    if "." in block:
        # Punkt goes on after a number or a roman numeral when a word in lower case follows.
        forced += [
            m.end()
            for m in _FULL_STOP_BEFORE_LOWER.finditer(block)
            if _NUMBER_BEFORE.search(block, max(0, m.start() - _END_WORD_CHARS), m.start())
        ]
    lower = block.lower()
    if any(word in lower for word in _LIST_CLOSERS):
        forced += [
            m.end()
            for m in _LIST_CLOSER.finditer(block)
            # not the end of a longer word ("Abdll.")
            if m.start() == 0 or not _LETTER.match(block, m.start() - 1)
        ]
    forced.sort()
    may_link = "[" in block or "(" in block
    for s, e in _punkt().span_tokenize(block):
        cuts = set(forced[bisect_right(forced, s) : bisect_left(forced, e)])
        if may_link:
            for m in BRACKETED_CROSS_LINK.finditer(block, s, e):
                cuts.update((m.start(), m.end()))
        for cut in sorted(cuts):
            if s < cut < e:
                yield s, cut
                s = cut
        yield s, e


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (offsets into ``text``) inside the block ``text[start:end]``."""
    block = text[start:end]
    if _headline_with_question(block):
        at = start + len(block) - len(block.lstrip())
        return [(at, at + len(block.strip()))]
    spans: list[tuple[int, int]] = []
    for s, e in _punkt_spans(block):
        # Trim defensively: a sentence never starts or ends with white space.
        chunk = block[s:e]
        stripped = chunk.strip()
        if not stripped:
            continue
        s += len(chunk) - len(chunk.lstrip())
        e = s + len(stripped)
        s, e = s + start, e + start
        closing = _LEADING_PICTOGRAPHS.match(text, s, e) if spans else None
        if (
            closing is not None
            and "\n" not in text[spans[-1][1] : s]
            and not _WORDLESS.fullmatch(text, *spans[-1])
        ):
            # Emoji after a sentence ("... beras. 🙏 Harga ...") close it, on its line or at
            # the end of it; the next sentence starts after them.
            spans[-1] = (spans[-1][0], closing.end())
            s = closing.end() + len(text[closing.end() : e]) - len(text[closing.end() : e].lstrip())
        if (
            spans
            and (
                (_continues_previous(text, s, e) and not _ends_with_full_word(text, *spans[-1]))
                # A Markdown picture, which Punkt cuts after its "!": "![caption](address)".
                or (spans[-1][1] == s and text[spans[-1][0] : s] == "!" and text.startswith("[", s))
                # Marks without a word after a sentence ("... itu. 🙏", "... persen. .") close it.
                or (_WORDLESS.fullmatch(text, s, e) and not _WORDLESS.fullmatch(text, *spans[-1]))
                or (len(spans) == 1 and _DATELINE_OUTLET.fullmatch(text, *spans[0]))
                or _LIST_NUMBER.fullmatch(text, *spans[-1])
            )
        ):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return _join_quotations(text, spans)


def _headline_with_question(block: str) -> bool:
    """Whether ``block`` is a headline that asks or exclaims before its end, one sentence: a
    line in title case, of at most ``_HEADLINE_QUESTION_WORDS`` words, without final
    punctuation ("Punya Kebiasaan Mengupil? Awas Radang Otak Mengintai"). Every block of a text
    is asked, so the words are counted no further than the limit before anything is copied."""
    if not ("?" in block or "!" in block):
        return False
    if len(block.split(maxsplit=_HEADLINE_QUESTION_WORDS)) > _HEADLINE_QUESTION_WORDS:
        return False
    line = block.strip()
    return "\n" not in line and not _line_ends_sentence(line) and in_title_case(line)


def without_bullet(sentence: Sentence, text: str) -> Sentence:
    """``sentence`` without the list bullet it opens with, if it opens its line with one."""
    bullet = _BULLET.match(sentence.text)
    if bullet is None or text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start].strip():
        return sentence
    skip = bullet.end()
    return replace(
        sentence,
        start=sentence.start + skip,
        column=sentence.column + skip,
        text=sentence.text[skip:],
    )


def _separates(line: str) -> bool:
    """Whether ``line`` only separates: a rule of at least four marks ("______", "-----")."""
    return len(line) >= 4 and _SEPARATOR_LINE.fullmatch(line) is not None


def _stamp_below_headline(line: str, next_line: str) -> bool:
    """Whether ``next_line`` opens with a teaser's rubric and date stamp ("DETIKNEWS | Minggu
    20 Mei 2018, 12:19 WIB ...") below ``line``, a headline without final punctuation. A
    wrapped line of prose may open with a date and time, but not with a rubric set off by a
    bar."""
    stamp = DATE_STAMP.match(next_line)
    return (
        stamp is not None
        and "|" in stamp.group()
        and line[:1].isupper()
        and not _line_ends_sentence(line)
        and is_date_line(stamp.group())
    )


def _markup(line: str) -> bool:
    """Whether ``line`` is nothing but HTML tags, as a page shows an advertisement's code:
    "<a href='...' target='_blank'><img src='...' /></a>"."""
    return _MARKUP_LINE.fullmatch(line) is not None


def _set_apart(line: str, next_line: str) -> bool:
    """Whether two lines are set apart however the text is wrapped: a rule ("______") or
    nothing but tags on either, or a teaser's date stamp below its headline."""
    return (
        _separates(line)
        or _separates(next_line)
        or _markup(line)
        or _markup(next_line)
        or _stamp_below_headline(line, next_line)
    )


def _stamped_blocks(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A hard-wrapped paragraph's span, cut where two lines are set apart (``_set_apart``)."""
    blocks = []
    start = lines[0][0]
    for (s, e), (next_s, next_e) in pairwise(lines):
        if _set_apart(text[s:e], text[next_s:next_e]):
            blocks.append((start, e))
            start = next_s
    blocks.append((start, lines[-1][1]))
    return blocks


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences, each with its exact position in ``text``.

    Sentences come in document order, do not overlap, and only white space lies between them.
    Text that is empty or white space only gives an empty list.
    """
    starts = line_starts(text)
    sentences: list[Sentence] = []
    paragraphs = list(_paragraphs(text, starts))
    width = _wrap_width(text, paragraphs)
    for paragraph, lines in enumerate(paragraphs):
        if _wrapped(text, lines, width):
            # Hard-wrapped prose: its line breaks are spaces, and Punkt finds its sentences;
            # but a rule, or a teaser's date stamp below its headline, stands apart.
            blocks: Iterable[tuple[int, int]] = _stamped_blocks(text, lines)
        else:
            blocks = _blocks(text, lines, first=paragraph == 0, wrap=width)
        spans = (span for block in blocks for span in _sentence_spans(text, *block))
        for s, e in spans:
            line = bisect_right(starts, s)
            sentences.append(
                Sentence(
                    index=len(sentences),
                    paragraph=paragraph,
                    start=s,
                    end=e,
                    line=line,
                    column=s - starts[line - 1] + 1,
                    text=text[s:e],
                )
            )
    return sentences
