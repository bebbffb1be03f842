"""Recognise the headline at the top of an article's text: it is the title, not a sentence.

Text copied from a news page starts with the headline: a line of its own without a final full
stop, usually in title case ("Harga Beras Naik Jelang Lebaran"), perhaps below a rubric or date
line, and followed by the article. A Markdown heading ("# Harga beras naik") is a headline too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..indonesian.furniture import (
    ABOVE_LEAD,
    BYLINE,
    DATE_LINE,
    DATELINE,
    HEADLINE_AGAIN,
    MAIL_FAMILY,
    RUBRIC,
    STAFF_LINE,
)
from ..model import Sentence, Span
from .furniture import is_date_line
from .rules import DATELINE_LEAD, DATELINE_LINE, in_title_case
from .segment import TRAILING_EMOJI
from .story import is_prose, story_start

# A headline is a line of at most this many words (Indonesian headlines run from about 5 to 15).
_MAX_WORDS = 20
# How many sentences of furniture (a rubric, a date line, a breadcrumb) may stand above it.
_MAX_ABOVE = 4
# A rubric above the headline is at most this many words.
_RUBRIC_WORDS = 3
# A headline that asks or exclaims is in title case but for a word or two in lower case: this
# share of its words capitalised.
_TITLE_CASE_SHARE = 0.8
# A lead that opens with its dateline is looked for among this many sentences, below at most
# this many paragraphs of prose that are not furniture.
_MAX_BEFORE_LEAD = 8
_MAX_PARAGRAPHS_BEFORE_LEAD = 3
# A line of the header below the headline holds fewer words than this (a prose sentence at
# least story.py's six, with its final punctuation).
_HEADER_WORDS = 6
# A photo's credit after the headline repeated as its caption is at most this many words.
_CREDIT_WORDS = 4
# The start of a headline broken over two lines is at least this many words.
_BROKEN_HEADLINE_WORDS = 3
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+")
_BRACKETED_HEADLINE = re.compile(r"\[\s*([^\[\]\s](?:[^\[\]]*[^\[\]\s])?)\s*\]")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)[^*_\n]*[^*_\s]\1")
# A person's name as a byline: two to five capitalised words ("Rizky Purnomo", "Siti Nur
# Hasanah"), without digits or punctuation but a name's own.
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:bin|binti|van|de|[A-Z][\w'’.-]*)){1,4}")
_CLOSING = "\"'”’»)]"
# An e-mail's subject field, with the marks of a reply or a forward: "Subject: Fwd: ".
_SUBJECT = re.compile(r"(?i:subject|subjek|perihal)\s*:\s*(?:(?i:fwd?|re|tr|fw)\s*:\s*)*")
# An e-mail's header is among this many sentences from the top.
_MAX_MAIL_HEADER = 12


def _is_headline(sentence: Sentence, following: Sentence | None) -> bool:
    text = sentence.text
    if (
        text.count("\n") > 1
        or "\r" in text
        or following is None
        or following.line <= sentence.line + text.count("\n")
    ):
        # A headline is a line of its own (two in hard-wrapped text), with the article below.
        return False
    if text.startswith("<"):
        return False  # markup read as text ("<!DOCTYPE html>") is no headline
    if DATELINE_LEAD.match(text) or DATELINE_LINE.fullmatch(text):
        return False  # a lead that opens with its dateline, or one alone: "Jakarta -"
    if _MARKDOWN_HEADING.match(text):
        return True
    # Emoji after the end are no part of it: "... beras. 🙏" ends with a full stop.
    end = TRAILING_EMOJI.sub("", text).rstrip(_CLOSING)
    if len(text.split()) > _MAX_WORDS or end.endswith((".", ",", ";", ":")):
        return False
    # Without final punctuation, or a question or exclamation in title case.
    return end[-1:] not in "!?" or in_title_case(text, _TITLE_CASE_SHARE)


def _is_rubric(sentence: Sentence, following: Sequence[Sentence]) -> bool:
    """A rubric or section name above the headline: a line of one to three words without final
    punctuation ("NASIONAL", "Seleb", "detikSport", "Sepak Bola"), with a longer headline
    below it."""
    text = sentence.text
    return (
        len(following) >= 2
        and following[0].line > sentence.line
        and len(text.split()) <= _RUBRIC_WORDS < len(following[0].text.split())
        and "\n" not in text
        and text.rstrip(_CLOSING)[-1:] not in ".!?,;:"
        and _is_headline(following[0], following[1])
    )


def split_title(sentences: Sequence[Sentence]) -> tuple[Span | None, list[Sentence]]:
    """The headline at the top of the text, if there is one, and the other sentences.

    The headline is the first sentence that is not furniture, among the first few, when it is a
    line of its own without a final full stop and more of the article follows. A rubric above
    it (a line of a word or three) is flagged as furniture. The headline's Markdown marker
    ("# ") and the marks of bold or italics around it ("*Judul*", "**Judul**") are left out of
    the title.
    """
    sentences = list(sentences)
    # Above a whole page's story, its menus and lists (flagged already) are no part of it.
    top = story_start(sentences)
    for position, sentence in enumerate(sentences[: top + _MAX_ABOVE + 1]):
        if position < top or sentence.boilerplate:
            continue
        following = sentences[position + 1] if position + 1 < len(sentences) else None
        rest = [s for s in sentences[position + 1 :] if not s.boilerplate][:2]
        if _is_rubric(sentence, rest) and not _MARKDOWN_HEADING.match(sentence.text):
            sentences[position] = replace(sentence, furniture=RUBRIC)
            continue
        story_after = [s for s in sentences[position + 1 :] if not s.boilerplate]
        if len(story_after) < 2 or not _is_headline(sentence, following):
            break
        marker = _MARKDOWN_HEADING.match(sentence.text)
        skip = marker.end() if marker else 0
        # A headline in bold or italics, as a chat app or Markdown writes it ("*Judul*").
        emphasis = _EMPHASIS.fullmatch(sentence.text, skip)
        close = len(emphasis.group(1)) if emphasis else 0
        skip += close
        # A picture whose alternative text is the headline, in square brackets as a text
        # browser or a converter shows it ("[Sakit Hati, Beckham Absen Tonton MU]").
        bracketed = _BRACKETED_HEADLINE.fullmatch(sentence.text)
        if bracketed:
            skip, close = bracketed.start(1), len(sentence.text) - bracketed.end(1)
        title = Span(
            text=sentence.text[skip : len(sentence.text) - close],
            start=sentence.start + skip,
            end=sentence.end - close,
            line=sentence.line,
            column=sentence.column + skip,
        )
        # The headline again further down (a photo's caption repeating it) is furniture.
        rest = [s for s in sentences if s is not sentence]
        for n, again in enumerate(rest):
            if not again.boilerplate and _repeats(rest, n, title.text):
                rest[n] = replace(again, furniture=HEADLINE_AGAIN)
        _flag_writers(rest, position)
        return title, rest
    return _subject(sentences), sentences


def _repeats(sentences: Sequence[Sentence], n: int, headline: str) -> bool:
    """Whether sentence ``n`` is the headline again: as it is or in square brackets (a
    picture's alternative text as a text browser shows it), with a photo's credit, or its start
    where a line break cut it."""
    again = sentences[n]
    return (
        again.text == headline
        or (
            again.text[:1] == "["
            and again.text[-1:] == "]"
            and again.text[1:-1].strip() == headline
        )
        or _headline_credited(again.text, headline)
        or (n + 1 < len(sentences) and _headline_broken(again, sentences[n + 1], headline))
    )


def _headline_credited(text: str, headline: str) -> bool:
    """Whether ``text`` is the headline with a photo's credit after it, as a picture's caption
    repeats it: "Walau Kena Covid-19, ... Pemicu Kiamat Dunia /Xinhua"."""
    text, headline = " ".join(text.split()), " ".join(headline.split())
    if not text.startswith(headline) or len(text) == len(headline):
        return False
    credit = text[len(headline) :]
    return (
        credit[:1].isspace()
        and len(credit.split()) <= _CREDIT_WORDS
        and not credit.rstrip(_CLOSING).endswith((".", "!", "?"))
    )


def _headline_broken(first: Sentence, second: Sentence, headline: str) -> bool:
    """Whether ``first`` is the headline's start, cut at a line break that wrapped it, and
    ``second`` goes on with its end: a text browser's copy of a picture whose alt text repeats
    the headline ("KPK tak Temukan ... Apa Iya Betul" over "Dicabut? Kondisi Tambang ...")."""
    start = " ".join(first.text.split())
    if len(start.split()) < _BROKEN_HEADLINE_WORDS or not headline.startswith(start + " "):
        return False
    return " ".join(second.text.split()).startswith(headline[len(start) + 1 :].strip())


def _subject(sentences: Sequence[Sentence]) -> Span | None:
    """The subject of an e-mail that carries the article, from its header's field ("Subject:
    Fwd: Harga Beras Naik"), without the marks of a reply or a forward; None without one."""
    for sentence in sentences[:_MAX_MAIL_HEADER]:
        field = _SUBJECT.match(sentence.text)
        if (
            sentence.furniture == MAIL_FAMILY
            and field is not None
            and field.end() < len(sentence.text)
        ):
            skip = field.end()
            return Span(
                text=sentence.text[skip:],
                start=sentence.start + skip,
                end=sentence.end,
                line=sentence.line,
                column=sentence.column + skip,
            )
    return None


def _flag_writers(sentences: list[Sentence], start: int) -> None:
    """Flag what stands between the headline and the story: lines without final punctuation
    (the writer's name, a caption without its credit), up to the first sentence that ends as
    a sentence does."""
    for position in range(start, min(start + _MAX_ABOVE, len(sentences))):
        sentence = sentences[position]
        if sentence.boilerplate:
            continue
        before = sentences[position - 1] if position > 0 else None
        after = sentences[position + 1] if position + 1 < len(sentences) else None
        own_line = (before is None or before.line < sentence.line) and (
            after is None or after.line > sentence.line
        )
        text = sentence.text.rstrip(_CLOSING)
        unfinished = text[-1:] not in ".!?…" and len(text.split()) <= _MAX_WORDS // 2
        if not (own_line and (unfinished or _NAME.fullmatch(sentence.text))):
            return
        if DATELINE_LINE.fullmatch(sentence.text):
            return  # the dateline alone above the lead ("Jakarta -"), where the story starts
        sentences[position] = replace(sentence, furniture=BYLINE)


def flag_above_lead(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Flag what stands above a lead that opens with its dateline ("JAKARTA, KOMPAS.com -"),
    among the first sentences: a caption, a teaser, a byline that the rules above missed. The
    story starts at its dateline."""
    top = story_start(sentences)
    # The paragraphs of prose above the sentence looked at: the lead has few above it, while
    # short lines (a picture's alt text, "Perbesar", a caption without its credit) may be
    # more. Furniture already flagged (a date line, a caption) does not count.
    above: set[int] = set()
    unflagged = 0
    for position in range(top, len(sentences)):
        sentence = sentences[position]
        if unflagged > _MAX_BEFORE_LEAD:
            break
        near_top = len(above) <= _MAX_PARAGRAPHS_BEFORE_LEAD
        if not sentence.boilerplate:
            unflagged += 1
            if is_prose(sentence.text):
                above.add(sentence.paragraph)
        # The lead opens a line (a page copied whole sets its blocks apart by one line break);
        # furniture that opens like a dateline ("Kompas.com - 13/05/2024, 14:04 WIB") is none.
        if (
            near_top
            and sentence.furniture in (None, DATELINE)
            and _opens_line(sentence, text)
            and DATELINE_LEAD.match(sentence.text)
        ):
            return [
                replace(s, furniture=ABOVE_LEAD) if top <= k < position and not s.boilerplate else s
                for k, s in enumerate(sentences)
            ]
    return sentences


def _opens_line(sentence: Sentence, text: str) -> bool:
    """Whether only spaces or tabs stand between the start of a line and ``sentence``."""
    at = sentence.start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] == "\n"


# The families of the lines that name an article's writer or date: below a deck, as other header
# lines are.
_WRITER_OR_DATE = frozenset({BYLINE, STAFF_LINE, DATE_LINE})


def flag_header(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Flag the rest of an article's header, below its headline: the short lines that stand
    between the headline and the story's first prose (a view count, a writer's name, "Ayo
    berbagi!", a reporter's credit in capitals), and a deck above them (one sentence on a line
    of its own, with such a line, or a writer's or date line, below it). A header line holds
    fewer words than a sentence of prose, and no prose; the story starts at its first other
    prose sentence or its dateline. For texts with a headline only."""
    top = story_start(sentences)
    header: list[int] = []
    deck: int | None = None
    looked_at = 0  # sentences not flagged already
    for position in range(top, len(sentences)):
        sentence = sentences[position]
        if sentence.boilerplate:
            if deck is not None and deck not in header and sentence.furniture in _WRITER_OR_DATE:
                header.append(deck)  # "Penulis : Nama" below it: the sentence above was a deck
            continue
        looked_at += 1
        if looked_at > 2 * _MAX_BEFORE_LEAD:
            return sentences
        if DATELINE_LEAD.match(sentence.text) or DATELINE_LINE.fullmatch(sentence.text):
            break
        line = _line_of(sentence, text)
        nearby = sentences[max(0, position - _MAX_BEFORE_LEAD) : position + _MAX_BEFORE_LEAD]
        on_line = [s for s in nearby if s.line == sentence.line and not s.boilerplate]
        if is_prose(sentence.text):
            if deck is None and on_line == [sentence]:
                deck = position  # a deck, if a header line follows it
                continue
            break
        words = text[line[0] : line[1]].split()
        dated = _opens_with_date(words) and len(words) <= 3 * _HEADER_WORDS
        if (len(words) >= _HEADER_WORDS and not dated) or any(is_prose(s.text) for s in on_line):
            return sentences  # a line that is neither header nor prose: no header to tell
        header.append(position)
        if deck is not None and deck not in header:
            header.append(deck)  # a header line below it: the sentence above was a deck
        if len(header) > _MAX_BEFORE_LEAD:
            return sentences
    else:
        return sentences  # no story below: short lines are all the text has
    if not header:
        return sentences
    chosen = set(header)
    return [replace(s, furniture=ABOVE_LEAD) if k in chosen else s for k, s in enumerate(sentences)]


def _opens_with_date(words: Sequence[str]) -> bool:
    """Whether a line opens with a date, its writer or section after it ("May 29, 2025 Relawan
    Mafindo Fitnah / Hoax", "Senin, 30 Januari 2017 Redaksi")."""
    return any(is_date_line(" ".join(words[:n])) for n in range(3, min(len(words), 6) + 1))


def _line_of(sentence: Sentence, text: str) -> tuple[int, int]:
    """Where the line that holds the start of ``sentence`` starts and ends in ``text``."""
    start = text.rfind("\n", 0, sentence.start) + 1
    end = text.find("\n", sentence.start)
    return start, len(text) if end < 0 else end
