"""Flag sentences that are page furniture rather than part of the story, naming the family.

A flagged sentence is kept in ``--split`` output, with its family ("cross-link", "caption",
"byline", ...), but never ranked or chosen. Furniture is what a news page prints around its story
and what comes along when its text is copied: cross-links ("Baca juga: ..."), advertising and
scroll labels, photo captions and credits, bylines and staff lines, date lines, share, tag and
related-story blocks with their lists of headlines, pagers, video and channel promos, copyright
lines, reporters' signatures such as "(ant/dil)", and datelines standing alone. The rules are
Indonesian news conventions and live in ``indonesian/furniture.py`` (compiled in ``rules.py``);
this module decides with them, one sentence at a time and, for lists, captions and teasers, from
the lines around it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace
from operator import attrgetter

from ..indonesian import datelines, dates
from ..indonesian.furniture import (
    BREADCRUMB_FAMILY,
    BYLINE,
    CAPTION_FAMILY,
    CODE,
    CREDIT_MARKS,
    CROSS_LINK_FAMILY,
    DATE_LINE,
    DATELINE,
    EMBED_FAMILY,
    LINK_LIST,
    MAIL_FAMILY,
    MAIL_SIGNATURE,
    STAFF_LINE,
    SUBHEADING,
    TEASER,
)
from ..model import Sentence
from .rules import (
    CITY_IN_CAPITALS,
    CREDIT_AT_END,
    CREDIT_FAMILY,
    CREDIT_SENTENCE,
    DATELINE_ALONE,
    DATELINE_LEAD,
    LINE_SPACE,
    LIST_HEAD,
    OPENING,
    OUTLET,
    PERSON_NAME_LINE,
    STAFF_LABEL_LINE,
    WHOLE_SENTENCE,
    in_title_case,
)

# The pieces of a date line: words, numbers with their separators ("4/5/2020", "09:15",
# "07.45"), and the marks between them.
_DATE_TOKEN = re.compile(r"[^\W\d_][\w'’]*|\d+(?:[/:.-]\d+)*")
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[:.]\d{2}")
_NUMBER = re.compile(r"[0-9]+")
_TIME_OR_YEAR = re.compile(r"\b(?:\d{1,2}[:.]\d{2}|(?:19|20)\d{2}|\d{1,2}/\d{1,2}/\d{2})\b")
# At most this many other words in a date line: a rubric, an outlet ("NASIONAL | ...",
# "Kompas.com - 14/03/2022, 09:15 WIB").
_DATE_LINE_OTHER_WORDS = 3
_SENTENCE_END = (".", "!", "?")
_TIME_ZONE_AT_END = re.compile(r"\b(?:wib|wita|wit)\.$", re.IGNORECASE)
_TIME_ZONE_CHARS = len("wita.") + 1
_CLOSING = "\"'”’»)]"
# A line of an address: one unbroken word with a slash or a dot in it.
_ADDRESS_LINE = re.compile(r"[^\s/.]*[/.]\S*")
# A sentence that is all in brackets, perhaps with a full stop after: a credit, a note.
_BRACKETED = re.compile(r"[(\[][^()\[\]\n]{2,80}[)\]]\.?")
_LIST_MARKER = re.compile(f"[*+•·▪●◦‣]{LINE_SPACE}+")

# A caption is at most this many sentences (and, with its credit below it, this many words);
# a teaser repeats at least this much of the lead.
_CAPTION_SENTENCES = 3
_CAPTION_WORDS = 35
_CREDIT_WORDS = 8
_TEASER_CHARS = 30
_TEASER_WORDS = 8
# ... or, shorter, the lead itself where it opens its line or follows its dateline.
_TEASER_LEAD_WORDS = 3
# A teaser stands among the first sentences of a copied page, above the story.
_TEASER_ABOVE = 8

# A list of headlines under a label is at most this many words a line; a tag at most _TAG_WORDS.
_HEADLINE_WORDS = 25
# A headline in a bulleted list of other stories is at least this many words (a list of names
# or items is shorter).
_BULLETED_HEADLINE_WORDS = 8
# A line between paragraphs of prose that is no sentence holds this many words (at least, at
# most); the prose around it, sentences of at least _PROSE_WORDS words.
_BETWEEN_PROSE_WORDS = (3, 15)
_PROSE_WORDS = 6
_TAG_WORDS = 4
# A caption's label at the end of a line ("... Foto:"), the caption below it; and at the start
# of a sentence ("Foto: ...").
_CAPTION_LABELS = r"(?:foto|photo|gambar|keterangan\s+foto)\s*:"
_CAPTION_LABEL_AT_END = re.compile(rf"(?:^|\s){_CAPTION_LABELS}$", re.I)
_CAPTION_LABEL = re.compile(rf"\(?\s*{_CAPTION_LABELS}", re.I)
# A caption's day and date at its end: ", Senin (30/4).", ", Jumat (8/3/2024)"; such a caption
# holds at most this many words, and no quotation.
_CAPTION_DATE = re.compile(
    rf",\s*(?:{'|'.join(sorted(dates.DAYS))})\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)\.?$",
    re.IGNORECASE,
)
_DATED_CAPTION_WORDS = 10
_QUOTES = "\"“”'‘’"
# A headline that asks has at least this share of its words capitalised, of this many at least.
_HEADLINE_CAPITALS = 0.8
_HEADLINE_MIN_WORDS = 3
# A picture's alternative text shown in square brackets holds at most this many words.
_BRACKETED_PARAGRAPH_WORDS = 2 * _CAPTION_WORDS
# A picture's alt text repeated as its caption holds this many words (at least, at most).
_CAPTION_REPEATED_WORDS = (3, _CAPTION_WORDS)
# ... and the credit after the caption's repeat at most this many words. The caption's
# label before the repeat is at most _LABEL_CHARS characters ("Keterangan foto: ").
_ALT_CREDIT_WORDS = 3
_OPENING_CHARS = 12
_LABEL_CHARS = 20
# A line that holds more than white space.
_NONBLANK_LINE = re.compile(r"[^\r\n]*\S[^\r\n]*")
# Program code has _CODE_SYMBOLS symbols or more, one that prose hardly ever has (a brace, a
# bracket, an equals sign, a semicolon with no space after it, "&&" or "||"), and a symbol in
# half of its words or more (where prose holding a tag or two has plain words).
_CODE_SYMBOL = re.compile(r"[(){}\[\]=;!&|<>]")
_CODE_MARK = re.compile(r"[{}\[\]=]|;(?=\S)|&&|\|\|")
_CODE_MARK_CHAR = re.compile(r"[{}\[\]=;&|]")
_CODE_SYMBOLS = 6
# An e-mail's signature is at most this many sentences.
_SIGNATURE_SENTENCES = 6
# What stands below a story's headline: its byline and date line.
_HEADER_BELOW_HEADLINE = frozenset({(BYLINE, DATE_LINE), (STAFF_LINE, DATE_LINE)})


def is_date_line(text: str) -> bool:
    """Whether ``text`` is a date or time line: "Senin, 14 Mar 2022 09:15 WIB",
    "NASIONAL | 3 Mei 2020 07:45", "Diperbarui 5 Agu 2019, 16:02 WIB", "08/01/2024 13:30"."""
    ended = text.rstrip(_CLOSING).endswith(_SENTENCE_END) and not text.endswith("..")
    # The time zone is among the last characters: only they are searched.
    if ended and _TIME_ZONE_AT_END.search(text, max(0, len(text) - _TIME_ZONE_CHARS)) is None:
        return False  # a sentence, unless the full stop is a time zone's ("... 09.15 WIB.")
    tokens = _DATE_TOKEN.findall(text)
    words = [token.lower() for token in tokens]
    # A date line has a date (in figures, or a month's name) and says when: a time, a year or
    # a weekday. Most sentences fail here, before their words are weighed.
    if not (_NUMERIC_DATE.search(text) or any(word in dates.MONTHS for word in words)):
        return False
    if not (_TIME_OR_YEAR.search(text) or any(word in dates.DAYS for word in words)):
        return False
    dated = other = 0
    for token, word in zip(tokens, words, strict=True):
        if _NUMERIC_DATE.fullmatch(token):
            dated += 2
        elif _NUMBER.fullmatch(token) and (int(token) <= 31 or 1900 <= int(token) <= 2100):
            dated += 1  # a day of the month or a year
        elif token[0].isdigit():
            other += 1  # a score, an amount: "4-0", "26.468", "²"
        elif word in dates.MONTHS or word in dates.DAYS or word in dates.TIME_ZONES:
            dated += 2
        elif word in dates.DATE_LABELS:
            continue
        else:
            other += 1
    # A date line that ends with a full stop ("Senin, 14 Mar 2022 09.15 WIB.") has hardly a
    # word besides: "Acara dimulai pada pukul 16.30 WIB." is a sentence.
    limit = 1 if ended else _DATE_LINE_OTHER_WORDS
    return dated >= 3 and other <= limit


def family_of(sentence: str) -> str | None:
    """The furniture family of ``sentence`` taken alone ("cross-link", "caption", ...), or None
    when it is part of the story."""
    # A list item's marker, as a rendered page shows a menu ("* Facebook"), is no part of it,
    # nor are the marks of bold or italics that open it ("**Baca juga:** ...").
    stripped = sentence.strip()
    text = _LIST_MARKER.sub("", stripped, count=1).lstrip("*_")
    if not text.strip(" *_"):
        text = stripped  # marks are all there is ("* * *", "____"): the line as it is
    if not text:
        return None
    family = OPENING.family_at_start(text)
    if family is not None:
        return family
    if CREDIT_AT_END.fullmatch(text):
        return CREDIT_FAMILY
    family = WHOLE_SENTENCE.family_of_whole(text)
    if family is not None:
        return family
    if is_date_line(text):
        return DATE_LINE
    if _is_code(text):
        return CODE
    # A dateline on its own: only a short fragment ending in a dash or colon that names an
    # outlet or a city in capitals ("Hal itu dikatakan Budi:" is not one).
    if (
        DATELINE_ALONE.fullmatch(text) is not None
        and len(text.split()) <= datelines.ALONE_MAX_WORDS
        and bool(CITY_IN_CAPITALS.search(text) or OUTLET.search(text))
    ):
        return DATELINE
    return None


def _is_code(text: str) -> bool:
    """Whether ``text`` is program code: "r=document,s=window;var t=function(a,b){for(var c
    in"; not "Skor akhir 2-1 (1-0) untuk Persib (Bandung)." nor "Warga <img src=x
    onerror="alert(2)"> mengungsi ke masjid & sekolah."."""
    # The mark first: most sentences have none (and not even one of its characters).
    if (
        _CODE_MARK_CHAR.search(text) is None
        or _CODE_MARK.search(text) is None
        or len(_CODE_SYMBOL.findall(text)) < _CODE_SYMBOLS
    ):
        return False
    words = text.split()
    return 2 * sum(1 for word in words if _CODE_SYMBOL.search(word)) >= len(words)


def is_furniture(sentence: str) -> bool:
    """Whether ``sentence``, taken alone, is page furniture rather than part of the story."""
    return family_of(sentence) is not None


def _opens_a_list(text: str) -> bool:
    """Whether ``text`` is a label that a list of headlines or tags follows: "Baca Juga",
    "BERITA TERKAIT", "Rekomendasi", "TOPIK TERKAIT:", "Baca juga:"."""
    return LIST_HEAD.fullmatch(text) is not None


def _is_headline_line(sentence: Sentence, text: str) -> bool:
    """Whether ``sentence`` is a line of its own that reads like a headline: no final full
    stop, not too long, not opening in lower case."""
    body = sentence.text.rstrip(_CLOSING)
    words = len(sentence.text.split())
    return (
        own_line(sentence, text)
        and not body.endswith((".", ",", ";"))
        and words <= _HEADLINE_WORDS
        # A tag may be in lower case ("kesehatan", "gaya hidup"); a headline is not.
        and (not sentence.text[:1].islower() or words <= _TAG_WORDS)
    )


def flag(sentences: Sequence[Sentence], text: str) -> list[Sentence]:
    """The sentences of ``text`` with the furniture among them flagged with its family.

    Besides the sentences that are furniture on their own, some are known by their neighbours:
    the headlines listed under a label ("Baca Juga", "Berita Terkait", "TOPIK TERKAIT"), each a
    line without a final full stop (a "link-list"); a caption, a line that ends with its photo's
    credit ("Presiden meninjau banjir di Demak. (Foto: Setpres)") or has the credit on the line
    below it; a name above a staff block's label. Teasers are flagged by ``flag_teasers``, once
    the story's part of the page is known.
    """
    families = [family_of(s.text) for s in sentences]
    listing = False
    kind = ""  # what the list has held so far: "headlines", then maybe a "breadcrumb"
    for n, sentence in enumerate(sentences):
        # A list runs on from its label, line after line; a blank line ends it, unless it
        # stands right below the label.
        after_label = n > 0 and _opens_a_list(sentences[n - 1].text.strip())
        if listing and not after_label and _blank_line_between(sentences[n - 1], sentence, text):
            listing = False
        # The story's own headline may follow a list without a blank line between (as a
        # browser copies a page): a headline over its byline and date line ends the list.
        header = tuple(families[n + 1 : n + 3]) in _HEADER_BELOW_HEADLINE
        if listing and _is_headline_line(sentence, text) and not header:
            words = len(sentence.text.split())
            if kind and words <= _TAG_WORDS and sentence.text[:1].islower():
                # A list is of one kind: words in lower case after its headlines are a
                # breadcrumb ("home", "gaya", "kesehatan"), and what follows it no item.
                families[n] = families[n] or BREADCRUMB_FAMILY
                kind = BREADCRUMB_FAMILY
                continue
            if kind != BREADCRUMB_FAMILY:
                families[n] = families[n] or LINK_LIST
                kind = kind or ("headlines" if words > _TAG_WORDS else "")
                continue
        listing = families[n] is not None and _opens_a_list(sentence.text.strip())
        kind = ""
    for n, sentence in enumerate(sentences):
        credit = _ends_with_credit(sentence.text) or CREDIT_SENTENCE.match(sentence.text)
        if credit is None or not _ends_line(sentence, text):
            continue
        # The credit ends its line: the line is a caption, if it is short and a line of its
        # own; a credit that is a line of its own makes the line above it the caption.
        on_line = _line_of(sentences, n)
        # Only a credit that is nothing else ("Foto: Setpres", "(TEMPO/Rina)") captions the
        # line above it.
        alone = CREDIT_AT_END.fullmatch(sentence.text) or CREDIT_SENTENCE.match(sentence.text)
        above = n > 0 and text.count("\n", sentences[n - 1].end, sentence.start) == 1
        if on_line == [n] and above and alone and len(sentence.text.split()) <= _CREDIT_WORDS:
            caption = _line_of(sentences, n - 1)
            if sum(len(sentences[k].text.split()) for k in caption) <= _CAPTION_WORDS:
                on_line = [*caption, n]
        first = on_line[0]
        if (
            first > 0
            and not starts_line(sentences[first], text)
            and "\n" not in text[sentences[first - 1].end : sentences[first].start]
            and len(sentences[first - 1].text.split()) <= _CAPTION_WORDS
        ):
            # The caption's words began on the line above, where the text was wrapped
            # ("Medical illustration of a brain" over "Ilustrasi stroke. (Foto: Getty ...").
            on_line = [first - 1, *on_line]
        if len(on_line) <= _CAPTION_SENTENCES + 1 and starts_line(sentences[on_line[0]], text):
            for k in on_line:
                families[k] = families[k] or CAPTION_FAMILY
    for n in range(1, len(sentences)):
        # A credit in brackets after a caption, ending the caption's line: "Foto: Presiden
        # Joko Widodo. (Vico-Biro Pers Sekretariat Presiden)." is one caption.
        sentence = sentences[n]
        if (
            families[n] is None
            and families[n - 1] == CAPTION_FAMILY
            and not starts_line(sentence, text)  # on the caption's line, after it
            and _BRACKETED.fullmatch(sentence.text) is not None
            and len(sentence.text.split()) <= _CREDIT_WORDS
            and _ends_line(sentence, text)
        ):
            families[n] = CAPTION_FAMILY
    for n in range(len(sentences) - 1, 0, -1):
        # A caption that opens its line may go on from the line above, where a text browser
        # wrapped it mid-clause ("... Menteri Keuangan Purbaya di Istana Negara," over
        # "Jakarta(Biro Pers Sekretariat Presiden)"): that sentence is the caption's start.
        opening = sentences[n - 1]
        if (
            families[n] == CAPTION_FAMILY
            and families[n - 1] is None
            and opening.paragraph == sentences[n].paragraph
            and opening.text.endswith(",")
            and starts_line(sentences[n], text)
            and len(opening.text.split()) <= _CAPTION_WORDS
        ):
            families[n - 1] = CAPTION_FAMILY
    for n, label in enumerate(sentences):
        # A staff block may print its names on the lines above their label ("Rina Lestari"
        # over "Penulis", two names over "Tim Redaksi"); the label's family takes them along.
        if families[n] is None or not STAFF_LABEL_LINE.fullmatch(label.text):
            continue
        k = n - 1
        while (
            k >= 0
            and families[k] is None
            and PERSON_NAME_LINE.fullmatch(sentences[k].text)
            and own_line(sentences[k], text)
        ):
            families[k] = families[n]
            k -= 1
    # A picture as a text browser saves it: its alt text, then its caption's label on the same
    # line ("... Tak Puasa Foto:" over "Reinhard Soplantika/detikSport", or "Presiden Joko
    # Widodo. Foto: Presiden Joko Widodo."): the alt text is the caption's, and so is the
    # credit on the line below a label that ends a line.
    for n, sentence in enumerate(sentences):
        if (
            sentence.text.endswith(":")
            and _CAPTION_LABEL_AT_END.search(sentence.text)
            and _ends_line(sentence, text)
        ):
            on_line = _line_of(sentences, n)
            below = n + 1
            while (
                below < len(sentences)
                and sentences[below].line == sentences[n + 1].line
                and _short(sentences[below])
            ):
                on_line.append(below)
                below += 1
        elif (
            families[n] == CAPTION_FAMILY
            and _CAPTION_LABEL.match(sentence.text)
            and not starts_line(sentence, text)
        ):
            on_line = _line_of(sentences, n)
        else:
            continue
        if sum(len(sentences[k].text.split()) for k in on_line) <= 2 * _CAPTION_WORDS:
            for k in on_line:
                families[k] = families[k] or CAPTION_FAMILY
    # A picture as a text browser saves it with its alt text on a line of its own, and the
    # same words again on the next line as the caption, alone or after its label
    # ("Selebrasi Atletico Madrid ..." twice, "Presiden Joko Widodo." over "Foto: Presiden Joko
    # Widodo."): both lines are the caption.
    for start, end in _alt_text_and_caption(text):
        k = bisect_left(sentences, start, key=attrgetter("start"))
        while k < len(sentences) and sentences[k].end <= end:
            families[k] = families[k] or CAPTION_FAMILY
            k += 1
    # Code is cut into sentences at its "?" and "!" ("=a?"): what stands between two pieces
    # of code in one paragraph, with a symbol of code in each sentence, is code too.
    last_code: int | None = None
    for n, sentence in enumerate(sentences):
        if families[n] == CODE:
            if last_code is not None and sentences[last_code].paragraph == sentence.paragraph:
                between = range(last_code + 1, n)
                if all(
                    families[k] is None and _CODE_SYMBOL.search(sentences[k].text) for k in between
                ):
                    for k in between:
                        families[k] = CODE
            last_code = n
    # A paragraph of code is cut at its colons that end a line ("ENABLE_CPE:" over
    # "Boolean(true),ENGAGEMENT_URL:"), into pieces too short to tell by themselves: a paragraph
    # that holds code and is code taken whole is code in every sentence.
    if CODE in families:
        for first, last in _paragraph_bounds(sentences):
            inside = range(first, last + 1)
            if any(families[k] == CODE for k in inside) and _is_code(
                text[sentences[first].start : sentences[last].end]
            ):
                for k in inside:
                    families[k] = families[k] or CODE
    # Two or more linked headlines as bullets inside the story, without a label above them
    # ("• Pesan Nunung Setelah Sembuh dari Covid-19 : Corona Bisa Diobati, Tapi Gak Bisa
    # Disepelekan"): other stories, as a list under "Baca juga" is.
    run: list[int] = []
    n = 0
    while n <= len(sentences):
        item = _bulleted_item(sentences, n, text) if n < len(sentences) else []
        if item and all(families[k] is None for k in item):
            run += item
            n = item[-1] + 1
            continue
        if len({sentences[k].line for k in run if _LIST_MARKER.match(sentences[k].text)}) >= 2:
            for k in run:
                families[k] = LINK_LIST
        run = []
        n += 1
    # A cross-link's headline may ask or exclaim before its end ("Baca juga: Butuh tenaga kerja
    # terbaik untuk bisnismu? Cari di sini!"): the rest of the label's line is the headline's.
    for n in range(1, len(sentences)):
        label = sentences[n - 1]
        if (
            families[n] is None
            and families[n - 1] == CROSS_LINK_FAMILY
            and label.text.rstrip(_CLOSING).endswith(("?", "!"))
            and not starts_line(sentences[n], text)
            and _ends_line(sentences[n], text)
            and len(label.text.split()) + len(sentences[n].text.split()) <= _HEADLINE_WORDS
        ):
            families[n] = CROSS_LINK_FAMILY
    # What a text browser prints for an embedded frame: "IFRAME:" on a line, its address on the
    # lines below, broken where the line is full ("...?href=http://contoh.com/" over
    # "2013/09/news/.../&permalink=1"): each a line of one unbroken word, up to a blank line.
    for n, sentence in enumerate(sentences):
        if families[n] != EMBED_FAMILY or not _ends_line(sentence, text):
            continue
        k = n + 1
        while (
            k < len(sentences)
            and families[k] is None
            and text.count("\n", sentences[k - 1].end, sentences[k].start) == 1
            and _ADDRESS_LINE.fullmatch(sentences[k].text) is not None
            and own_line(sentences[k], text)
        ):
            families[k] = EMBED_FAMILY
            k += 1
    # A line without a sentence's end, standing as a paragraph between paragraphs of prose, is
    # no sentence of the story: a section's heading, or a picture's caption without a credit
    # ("Seorang ajudan presiden AS membawa PES Opera News").
    for n in range(1, len(sentences) - 1):
        if families[n] is None and _between_prose(sentences, families, n, text):
            families[n] = SUBHEADING
    # A picture's caption that has no credit but its date, as Indonesian captions end ("Talkshow
    # Youvit di Jakarta, Senin (30/4)."): a short paragraph of its own, set between furniture
    # (a list of other stories above, "Baca juga" below), where a picture stands in a story.
    for n in range(1, len(sentences) - 1):
        if families[n] is None and _dated_caption(sentences, families, n, text):
            families[n] = CAPTION_FAMILY
    # A picture as a text browser or a converter shows it, its alternative text in square
    # brackets ("[Foto: Presiden Joko Widodo. (Vico-Biro Pers Sekretariat Presiden).]"): a
    # paragraph that opens with "[" and closes with the "]" that matches it, and holds a
    # caption's label or ends with a credit, is its caption, every sentence of it.
    for first, last in _bracketed_paragraphs(sentences, text):
        for k in range(first, last + 1):
            families[k] = families[k] or CAPTION_FAMILY
    # An e-mail's signature: its delimiter on a line of its own, a few sentences from the end,
    # and what stands below it.
    for n in range(max(1, len(sentences) - _SIGNATURE_SENTENCES - 1), len(sentences)):
        if sentences[n].text == MAIL_SIGNATURE and own_line(sentences[n], text):
            for k in range(n, len(sentences)):
                families[k] = families[k] or MAIL_FAMILY
            break
    return [
        replace(s, furniture=family) if family is not None and s.furniture is None else s
        for s, family in zip(sentences, families, strict=True)
    ]


def _between_prose(
    sentences: Sequence[Sentence], families: Sequence[str | None], n: int, text: str
) -> bool:
    """Whether sentence ``n`` is a paragraph of one line without final punctuation, of a few
    words, between two paragraphs of the story that end as sentences do (not with a colon,
    which announces a list)."""
    sentence = sentences[n]
    # Most sentences end as sentences do: that is asked first.
    if (
        sentence.text.rstrip(_CLOSING).endswith((".", "!", "?", "…", ":", ";", ","))
        or sentences[n - 1].paragraph == sentence.paragraph
        or sentences[n + 1].paragraph == sentence.paragraph
        or not _BETWEEN_PROSE_WORDS[0] <= len(sentence.text.split()) <= _BETWEEN_PROSE_WORDS[1]
        or not own_line(sentence, text)
    ):
        return False
    above = next((k for k in range(n - 1, -1, -1) if families[k] is None), None)
    below = next((k for k in range(n + 1, len(sentences)) if families[k] is None), None)
    return (
        above is not None
        and below is not None
        and all(
            sentences[k].text.rstrip(_CLOSING).endswith((".", "!", "?"))
            and len(sentences[k].text.split()) >= _PROSE_WORDS
            for k in (above, below)
        )
    )


def _paragraph_bounds(sentences: Sequence[Sentence]) -> Iterator[tuple[int, int]]:
    """The first and last sentence of each paragraph, in order."""
    first = 0
    for n, sentence in enumerate(sentences):
        if n + 1 == len(sentences) or sentences[n + 1].paragraph != sentence.paragraph:
            yield first, n
            first = n + 1


def _bracketed_paragraphs(sentences: Sequence[Sentence], text: str) -> Iterator[tuple[int, int]]:
    """The first and last sentence of each paragraph that is all in square brackets, of at
    most _BRACKETED_PARAGRAPH_WORDS words, and a caption by its own marks."""
    for start, n in _paragraph_bounds(sentences):
        opening, sentence = sentences[start], sentences[n]
        if not (opening.text.startswith("[") and sentence.text.rstrip(".").endswith("]")):
            continue
        inside = text[opening.start + 1 : sentence.end].rstrip(".")[:-1]
        if (
            "[" not in inside
            and "]" not in inside
            and len(inside.split()) <= _BRACKETED_PARAGRAPH_WORDS
            # a caption by its own marks: its label, or a credit at its end (a source cited in
            # brackets, "[Ni’matul Ukhuwah hal. 41]", is the story's)
            and (
                _CAPTION_LABEL.match(inside.strip()) is not None
                or _ends_with_credit(inside.strip().rstrip(".")) is not None
            )
        ):
            yield start, n


def _dated_caption(
    sentences: Sequence[Sentence], families: Sequence[str | None], n: int, text: str
) -> bool:
    """Whether sentence ``n`` is a paragraph of its own of a few words that ends with the day
    and date of a caption (", Senin (30/4)."), quotes no one, and has furniture right above
    and right below it."""
    sentence = sentences[n]
    # Most sentences have story around them: that is asked first.
    return (
        families[n - 1] is not None
        and families[n + 1] is not None
        and sentences[n - 1].paragraph < sentence.paragraph < sentences[n + 1].paragraph
        and sentence.text.endswith((")", ")."))
        and len(sentence.text.split()) <= _DATED_CAPTION_WORDS
        and _CAPTION_DATE.search(sentence.text) is not None
        and not any(mark in sentence.text for mark in _QUOTES)
        and own_line(sentence, text)
    )


def _bulleted_item(sentences: Sequence[Sentence], n: int, text: str) -> list[int]:
    """The sentences of the list item that a bullet opens at sentence ``n``, when it holds a
    headline, else []: a paragraph of its own (a headline may ask before its end: "• Apakah
    Vaksin Jadi Satu-satunya Solusi Pandemi? Begini Jawaban Satgas ..."), in title case, of
    ``_BULLETED_HEADLINE_WORDS`` words or more, not opening with a quotation mark (a song's or
    a book's title), without a final full stop, comma or colon."""
    marker = _LIST_MARKER.match(sentences[n].text)
    if marker is None or not starts_line(sentences[n], text):
        return []
    item = [n]
    while (
        item[-1] + 1 < len(sentences)
        and sentences[item[-1] + 1].paragraph == sentences[n].paragraph
        and not starts_line(sentences[item[-1] + 1], text)
    ):
        item.append(item[-1] + 1)
    if not _ends_line(sentences[item[-1]], text):
        return []
    body = " ".join(sentences[k].text for k in item)[marker.end() :].rstrip(_CLOSING)
    return (
        item
        if _BULLETED_HEADLINE_WORDS <= len(body.split()) <= _HEADLINE_WORDS
        and body[:1].isupper()
        and not body.endswith((".", ",", ";", ":"))
        and in_title_case(body)
        else []
    )


def flag_teasers(sentences: Sequence[Sentence], text: str, top: int = 0) -> list[Sentence]:
    """The sentences with the teasers among the first few from ``top`` (where the story's part
    of the page begins, below a whole page's menus) flagged: a line that the article repeats
    further down, the lead's first words cut off with "..." or whole."""
    flagged = list(sentences)
    for n in range(top, min(top + _TEASER_ABOVE, len(sentences))):
        if not flagged[n].boilerplate and _is_teaser(flagged[n], text):
            flagged[n] = replace(flagged[n], furniture=TEASER)
    return flagged


def flag_headings(
    sentences: Sequence[Sentence], headings: Sequence[tuple[int, int]]
) -> list[Sentence]:
    """The sentences with those that stand inside one of ``headings`` (spans of the text that
    are the story's own section headings, as a page's markup says) flagged as subheadings."""
    if not headings:
        return list(sentences)
    starts = [start for start, _ in headings]
    flagged = []
    for sentence in sentences:
        at = bisect_right(starts, sentence.start) - 1
        inside = at >= 0 and sentence.end <= headings[at][1]
        if inside and sentence.furniture is None:
            sentence = replace(sentence, furniture=SUBHEADING)
        flagged.append(sentence)
    return flagged


def _ends_with_credit(text: str) -> re.Match[str] | None:
    """The photo credit that ends ``text``, if any ("... (Foto: Setpres)").

    Every credit holds a closing bracket, a slash, a colon or "©"; the search, which tries every
    position of the sentence, runs only when one of them is there.
    """
    if any(mark in text for mark in CREDIT_MARKS):
        return CREDIT_AT_END.search(text)
    return None


def _alt_text_and_caption(text: str) -> Iterator[tuple[int, int]]:
    """Where a line of a few words (a picture's alt text) stands over the next line that is not
    blank, and that line says it again as the picture's caption, from the start of the first
    to the end of the second. The caption shows itself as one: it has a caption's label
    ("Foto: ..."), a credit after the words, or the full stop the alt text lacks; or the line
    below it is the photo's credit; or the alt text is in square brackets, as text browsers and
    converters show it ("[Seorang ajudan membawa PES]"), which also marks a line that says its
    words again after it ("[Pelatih Ong Kim Swee]Dok. Goal Pelatih Ong Kim Swee"). (The same
    sentence twice with nothing of a caption is a teaser over the lead, and a line said twice
    without a full stop may be the headline, "Sering Depresi Berat, Hati-Hati Diabetes!": their
    own rules find them.)"""
    lines = list(_NONBLANK_LINE.finditer(text))
    for n, above in enumerate(lines):
        first = above.group().strip()
        bracketed = first[:1] == "["
        if bracketed:
            alt, _, rest = first[1:].partition("]")
            first = alt.strip()
            if _reads_as_headline(first):
                continue  # the headline again, which its own rule finds
        below = lines[n + 1] if n + 1 < len(lines) else None
        if bracketed and len(first.split()) >= _CAPTION_REPEATED_WORDS[0]:
            # Said again on its line, or going on to the next line of its paragraph.
            if first in rest:
                yield above.start(), above.end()
                continue
            if (
                below is not None
                and text.count("\n", above.end(), below.start()) == 1
                and first in " ".join(f"{rest} {below.group()}".split())
            ):
                yield above.start(), below.end()
                continue
        if below is None:
            break
        second = below.group().strip()
        # Most lines are not said again below: their opening words are looked for first, at
        # the start of the next line or after a caption's label.
        if first[:_OPENING_CHARS] not in second[: _OPENING_CHARS + _LABEL_CHARS]:
            continue
        if not _CAPTION_REPEATED_WORDS[0] <= len(first.split()) <= _CAPTION_REPEATED_WORDS[1]:
            continue
        label = _CAPTION_LABEL.match(second) if len(second) > len(first) else None
        if label is not None:
            second = second[label.end() :].strip()
            repeated = first.removesuffix(".") == second.removesuffix(".")
        elif first == second:
            credit = lines[n + 2].group().strip() if n + 2 < len(lines) else ""
            repeated = bracketed or (
                first.endswith(".") and CREDIT_SENTENCE.match(credit) is not None
            )
        else:
            repeated = first + "." == second or _credited_again(first, second)
        if repeated:
            yield above.start(), below.end()


def _asks_as_headline(text: str) -> bool:
    """Whether ``text`` is a headline that asks or exclaims ("KPK tak Temukan Surat Pencabutan
    IUP Nikel: Apa Iya Betul Dicabut?"), which a picture's alt text may say again below it: no
    teaser."""
    return text.rstrip(_CLOSING)[-1:] in "?!" and in_title_case(
        text, _HEADLINE_CAPITALS, _HEADLINE_MIN_WORDS
    )


def _reads_as_headline(text: str) -> bool:
    """Whether ``text`` reads as a headline: in title case, without a full stop at its end."""
    return in_title_case(text) and not text.rstrip().endswith(".")


def _credited_again(first: str, second: str) -> bool:
    """Whether ``second`` is ``first`` with a photo's credit after it, a few capitalised words
    ("Seorang ajudan presiden AS membawa PES" over "... membawa PES Opera News"), and ``first``
    is no headline in title case (which its own rule finds again with its credit)."""
    if not second.startswith(first + " "):
        return False
    credit = second[len(first) :].split()
    return (
        len(credit) <= _ALT_CREDIT_WORDS
        and all(word[:1].isupper() for word in credit)
        and not in_title_case(first)
    )


def _short(sentence: Sentence) -> bool:
    return len(sentence.text.split()) <= _CREDIT_WORDS


def _blank_line_between(first: Sentence, second: Sentence, text: str) -> bool:
    between = text[first.end : second.start]
    return any(not line.strip() for line in between.split("\n")[1:-1])


def _line_of(sentences: Sequence[Sentence], n: int) -> list[int]:
    """The sentences up to ``n`` that start on the line where sentence ``n`` starts."""
    return [k for k in range(n + 1) if sentences[k].line == sentences[n].line]


def _is_teaser(sentence: Sentence, text: str) -> bool:
    """A line of its own that the article repeats further down: the lead's first words cut
    off with an ellipsis, or a sentence that comes again."""
    if not own_line(sentence, text) or _asks_as_headline(sentence.text):
        return False
    body = sentence.text.rstrip(_CLOSING)
    if body.endswith(("...", "…")):
        cut = body.rstrip(".…").strip()
        if len(cut) >= _TEASER_CHARS:
            return cut in text[sentence.end :]
        return len(cut.split()) >= _TEASER_LEAD_WORDS and _repeated_as_lead(cut, sentence, text)
    # The lead itself, perhaps without its dateline: a sentence, with its final punctuation
    # (a headline, which has none, may come again as a caption).
    if body[-1:] not in ".!?" or len(sentence.text.split()) < _TEASER_LEAD_WORDS:
        return False
    if len(sentence.text.split()) >= _TEASER_WORDS:
        return sentence.text in text[sentence.end :]
    return _repeated_as_lead(sentence.text, sentence, text)


def _repeated_as_lead(words: str, sentence: Sentence, text: str) -> bool:
    """Whether ``words`` come again after ``sentence`` where a line opens, or its dateline."""
    again = re.compile(re.escape(words))
    return any(_opens_lead(text, m.start()) for m in again.finditer(text, sentence.end))


def _opens_lead(text: str, start: int) -> bool:
    """Whether ``text[start:]`` opens a line, or follows the dateline that opens one."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if not before.strip():
        return True
    dateline = DATELINE_LEAD.match(before)
    return dateline is not None and not before[dateline.end() :].strip()


def starts_line(sentence: Sentence, text: str) -> bool:
    """Whether ``sentence`` opens its line in ``text`` (white space aside)."""
    return not text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start].strip()


def _ends_line(sentence: Sentence, text: str) -> bool:
    line_end = text.find("\n", sentence.end)
    return not text[sentence.end : line_end if line_end >= 0 else len(text)].strip()


def own_line(sentence: Sentence, text: str) -> bool:
    """Whether ``sentence`` stands on a line of its own in ``text`` (white space aside)."""
    return starts_line(sentence, text) and _ends_line(sentence, text)
