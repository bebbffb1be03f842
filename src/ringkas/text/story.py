"""Find the story in the text of a whole page, and flag what stands outside it.

A reader who selects a whole news page and pastes it gets the page's menus, section lists,
lists of other stories ("Terpopuler", "Berita Terkait"), teasers and footers around the story.
They tell the story apart by its shape: it is the longest run of prose, sentences that end as
sentences do; menus are runs of short lines, lists of stories are runs of headlines, each a
line of its own without a final full stop. This module does the same, after the rules of
``furniture.py`` have flagged what they know:

- each sentence is prose, a menu item (a line of a few words), a headline (a longer line
  without final punctuation), other text, or furniture already flagged;
- runs of prose are cut where at least ``_BREAK`` menu items or headlines stand one after the
  other between two prose sentences (furniture flagged already may stand among them): the
  story is the run with the most words of prose;
- above the story, its headline (the last headline-like line before it) and what stands
  between the headline and the story (a byline, a date, a dateline) stay for the title and
  dateline rules; what stands above them is furniture when it holds such a break. Below the
  story, what follows the first break is furniture.

Outside the story, a menu item is a ``menu``, a headline a ``link-list`` entry, and prose or
other text ``other-story`` (a teaser or an excerpt of another story, a footer's sentences). A
text without such breaks (an article, or a copy from its headline down) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from itertools import pairwise

from ..indonesian.furniture import (
    BYLINE,
    CAPTION_FAMILY,
    DATE_LINE,
    LINK_LIST,
    LIST_LABEL_FAMILY,
    MENU,
    OTHER_STORY,
    STAFF_LINE,
)
from ..indonesian.headlines import TITLE_SMALL_WORDS
from ..model import Sentence
from .furniture import is_date_line, own_line, starts_line
from .rules import DATE_STAMP, LINE_SPACE, PERSON_NAME_LINE

# A prose sentence has at least this many words and ends as a sentence does.
_PROSE_WORDS = 6
# A menu item is a line of at most this many words; a headline one of at most _HEADLINE_WORDS.
_MENU_WORDS = 4
_HEADLINE_WORDS = 25
# The story's headline has at least this many words.
_HEADLINE_MIN_WORDS = 3
# At least this many menu items and headlines between two prose sentences cut the story there.
_BREAK = 3
# In a list of stories with their teasers, each headline has at least this many words and at
# most this many sentences under it.
_LISTED_HEADLINE_WORDS = 6
_TEASER_SENTENCES = 1
# Between the headline and the story stand at most this many lines that are not furniture
# already (a writer's name, a dateline alone).
_BELOW_HEADLINE = 3
# Between a header's date line or byline and a list of headlines below it stand at most this
# many short lines that are not furniture already (a font size's "small", "medium", "large", a
# view count).
_HEADER_TOOLS = 6
# A list item's marker as a rendered or copied page shows it ("* Nasional", "+ Hukum", "• ...").
_MARKER = re.compile(f"[*+o•·▪●◦‣-]{LINE_SPACE}+")
_WORD = re.compile(r"\w+")
# What a line of the story's own lists holds and a link seldom does: a list number, a score or
# a figure ("Persiba 0-2 Persipura", "Simona Halep (RUM) 6.425", "... - finis 4"), a label with
# its value ("Pemain putri terbaik: Chen Qingchen").
_LISTED = re.compile(
    r"^\s*\d{1,3}[.)]\s"  # a list number
    r"|\d\s*[-–:]\s*\d|\s[-–]\s*\d"  # a score or a time, a finishing place
    r"|\s(?!(?:19|20)\d\d\b)\d[\d.,]*\)?\s*$"  # a figure at the end, not a year
    r"|^\s*\S+(?:\s+\S+)+?\s*:\s"  # a label of two words or more and its value
)
# The teaser of an item in a list of stories (a headline over its date line) is at most this
# many sentences.
_ITEM_SENTENCES = 2
# A link's title has at least this share of its words capitalised (small words aside).
_TITLE_CASE = 0.8
_FINAL = (".", "!", "?", "…", ":")
# How a headline may end: a question, an exclamation, an ellipsis ("Sebabnya...").
_HEADLINE_FINAL = ("!", "?", "…", "...")
_CLOSING = "\"'”’»)]"

# A run of prose under the page's header is the story when it has at least this share of the
# words of the longest run; a teaser under another story's headline and date has less.
_DATED_SHARE = 0.2
# The furniture that dates a header: its date line, its byline.
_DATING = frozenset({DATE_LINE, BYLINE, STAFF_LINE})

# The families this module flags.
OUTSIDE = frozenset({MENU, LINK_LIST, OTHER_STORY})


class _Shape(Enum):
    PROSE = "prose"
    MENU = "menu"
    HEADLINE = "headline"
    TEASER = "teaser"  # another story's lead under its headline in a list of stories
    OTHER = "other"
    FLAGGED = "flagged"
    NAVIGATION = "navigation"  # flagged already as a list, a label, tags, a breadcrumb
    LISTED = "listed"  # a headline in a list under a label in the story's header


# Families of furniture that navigation is made of: a long run of them sets the story apart.
_NAVIGATION = frozenset({"link-list", "label", "tags", "breadcrumb", "share", "pager"})
# A run of at least this many lines of navigation, flagged already or not, is a break too (a
# menu under a label: "Terpopuler" over section names); a story's own block of related links
# is shorter.
_LONG_BREAK = 6


def _without_marker(text: str) -> str:
    """``text`` without the list item's marker it opens with, if any (``text`` itself when it
    has none)."""
    marker = _MARKER.match(text)
    return text if marker is None else text[marker.end() :]


def _shape(sentence: Sentence, text: str, words: int) -> _Shape:
    """What a sentence of ``words`` words looks like on the page, taken with its line.

    A menu item or a headline in a list of stories is a line of its own in title case, as
    links are written; a line of the story's own lists is not: it has a number ("3. Pratu
    Ridai, ..."), a score or a figure ("Persiba 0-2 Persipura"), a label and its value
    ("Pelatih: Milomir Seslija") or words in lower case ("Melupakan rencana orang lain").
    """
    if sentence.boilerplate:
        return _Shape.NAVIGATION if sentence.furniture in _NAVIGATION else _Shape.FLAGGED
    body = _without_marker(sentence.text)
    if body is not sentence.text:
        words = len(_WORD.findall(body))
    end = body.rstrip(_CLOSING)
    # A question, an exclamation or a trailing ellipsis on a line of its own in title case is
    # a headline's ("Awas Meterai Palsu, Ini Cara Membedakan!"): prose is not in title case.
    if end.endswith(_FINAL) and not (
        end.endswith(_HEADLINE_FINAL) and own_line(sentence, text) and _title_cased(body.split())
    ):
        return _Shape.PROSE if words >= _PROSE_WORDS else _Shape.OTHER
    if (
        words > _HEADLINE_WORDS
        or _LISTED.search(body)
        or not own_line(sentence, text)
        or not _title_cased(body.split())
    ):
        return _Shape.OTHER
    if words <= _MENU_WORDS:
        return _Shape.OTHER if ":" in body else _Shape.MENU
    return _Shape.HEADLINE


def is_prose(text: str) -> bool:
    """Whether a sentence reads as prose: enough words, and the end of a sentence."""
    body = _without_marker(text)
    return len(_WORD.findall(body)) >= _PROSE_WORDS and body.rstrip(_CLOSING).endswith(_FINAL)


def _title_cased(words: Sequence[str]) -> bool:
    """Whether the words are written as a link's title: capitalised, but for small words and
    names written in lower case that hold a capital ("detikNews")."""
    counted = [w for w in words if w[:1].isalpha() and w.lower() not in TITLE_SMALL_WORDS]
    capitalised = sum(w[0].isupper() or not w.islower() for w in counted)
    return capitalised >= _TITLE_CASE * len(counted)


def _introduced(shapes: list[_Shape], sentences: Sequence[Sentence]) -> list[_Shape]:
    """The shapes with the lines of a list that the story announces with a colon ("Berikut
    hasil lengkapnya:") counted as the story's own, up to the next prose sentence."""
    announced = False
    for n, sentence in enumerate(sentences):
        if _flagged(shapes[n]):
            continue
        if announced and shapes[n] in (_Shape.MENU, _Shape.HEADLINE):
            shapes[n] = _Shape.OTHER
        if sentence.text.rstrip(_CLOSING).endswith(":"):
            announced = True
        elif shapes[n] is _Shape.PROSE:
            announced = False
    return shapes


def _menus_above(shapes: list[_Shape], sentences: Sequence[Sentence], text: str) -> list[_Shape]:
    """The shapes with list items above the first prose sentence counted as a menu's, in lower
    case too ("+ olah raga", "o sepak bola": a menu styled in capitals is often written in
    lower case). Nothing above the first prose can be the story's own list. Without bullets (a
    browser copies a menu as bare lines), a column of at least ``_LONG_BREAK`` such short lines
    is a menu's."""
    column: list[int] = []  # short lines one after the other; furniture may stand among them
    for n, sentence in enumerate(sentences):
        if shapes[n] is _Shape.PROSE:
            break
        if _flagged(shapes[n]):
            continue
        body = _without_marker(sentence.text)
        short = (
            shapes[n] in (_Shape.OTHER, _Shape.MENU)
            and not body.rstrip(_CLOSING).endswith(_FINAL)
            and len(_WORD.findall(body)) <= _MENU_WORDS
            and own_line(sentence, text)
        )
        if short and body != sentence.text:
            shapes[n] = _Shape.MENU
        if short:
            column.append(n)
            continue
        _menu_column(shapes, column)
        column = []
    _menu_column(shapes, column)
    return shapes


def _menu_column(shapes: list[_Shape], column: Sequence[int]) -> None:
    if len(column) >= _LONG_BREAK:
        for n in column:
            shapes[n] = _Shape.MENU


def _teasers(shapes: list[_Shape], words: Sequence[int], heads: Sequence[bool]) -> list[_Shape]:
    """The shapes with the teasers of a list of stories marked: at least ``_BREAK`` lines that
    read like headlines of ``_LISTED_HEADLINE_WORDS`` words or more in a row, each with one
    sentence under it (another story's lead), as "Terpopuler" lists print them. A story's
    subheadings are shorter, and head longer sections."""
    listed = [n for n, head in enumerate(heads) if head and words[n] >= _LISTED_HEADLINE_WORDS]
    chain: list[int] = []
    for n in listed:
        between = [k for k in range(chain[-1] + 1, n) if not _flagged(shapes[k])] if chain else []
        if chain and not (
            1 <= len(between) <= _TEASER_SENTENCES
            and all(shapes[k] in (_Shape.PROSE, _Shape.OTHER) for k in between)
        ):
            _mark_teasers(shapes, chain)
            chain = []
        chain.append(n)
    _mark_teasers(shapes, chain)
    return shapes


def _dated_teasers(
    shapes: list[_Shape], sentences: Sequence[Sentence], heads: Sequence[bool], text: str
) -> list[_Shape]:
    """The shapes with the items of a list of stories marked where each item is a headline
    over its teaser, and the teaser opens with the story's date stamp ("Sepakbola | Minggu 20
    Mei 2018, 19:14 WIB Masa depan ..."): at least ``_BREAK`` such items. The teaser runs to
    the end of its paragraph. A story's own paragraphs do not open with a date stamp under a
    headline, item after item."""
    items: list[tuple[int, int]] = []  # (headline, first sentence of its teaser)
    for n, sentence in enumerate(sentences):
        stamp = DATE_STAMP.match(sentence.text)
        if (
            stamp is None
            or _flagged(shapes[n])
            or not sentence.text[stamp.end() :].strip()
            or not starts_line(sentence, text)
            or not is_date_line(stamp.group())
        ):
            continue
        above = n - 1
        # A photo story's headline ("Foto: ...") right above is flagged as a caption already;
        # another item's headline stands above furniture.
        photo = above >= 0 and sentences[above].furniture == CAPTION_FAMILY
        while not photo and above >= 0 and _flagged(shapes[above]):
            above -= 1
        if above >= 0 and (photo or heads[above]):
            items.append((above, n))
    if len(items) < _BREAK:
        return shapes
    for headline, first in items:
        if not _flagged(shapes[headline]):
            shapes[headline] = _Shape.HEADLINE
        n = first
        while (
            n < len(sentences)
            and sentences[n].paragraph == sentences[first].paragraph
            and not _flagged(shapes[n])
        ):
            shapes[n] = _Shape.TEASER
            n += 1
    return shapes


def _dated_items(
    shapes: list[_Shape], sentences: Sequence[Sentence], heads: Sequence[bool]
) -> list[_Shape]:
    """The shapes with the items of a list of stories marked where each item is a headline with
    its date line right below it and a short teaser (at most ``_ITEM_SENTENCES`` sentences of
    one paragraph), or a date line over such a headline and teaser (as a feed prints them), and
    what follows an item is the next one (past furniture and short lines such as a rubric): at
    least ``_BREAK`` such items in a row. The story's own header is followed by more of its
    prose, so it is no such item."""
    ends = [
        _item_end(shapes, sentences, heads, n)
        if sentences[n].furniture != DATE_LINE
        else _item_below_date(shapes, sentences, heads, n)
        for n in range(len(sentences))
    ]
    n = 0
    while n < len(sentences):
        chain: list[tuple[int, int]] = []  # (headline or date line, end of its item)
        k = n
        while k < len(sentences) and (end := ends[k]) is not None:
            chain.append((k, end))
            k = _next_item(shapes, heads, ends, end)
        if len(chain) >= _BREAK:
            for first, end in chain:
                if sentences[first].furniture == DATE_LINE:
                    for item in range(first + 1, end):
                        if not _flagged(shapes[item]):
                            shapes[item] = _Shape.HEADLINE if heads[item] else _Shape.TEASER
                    continue
                shapes[first] = _Shape.HEADLINE
                for teaser in range(first + 2, end):
                    if not _flagged(shapes[teaser]):
                        shapes[teaser] = _Shape.TEASER
        n = max(k, n + 1)
    return shapes


def _item_below_date(
    shapes: Sequence[_Shape], sentences: Sequence[Sentence], heads: Sequence[bool], n: int
) -> int | None:
    """Where the item of a list of stories under the date line ``n`` ends (its headline, if
    on a line of its own, and a short teaser, in one paragraph, "Jum'at, 19 Juni 2015 | 13:12
    WIB" over "Satu ABK Indonesia di Kapal Malaysia Kena Tembak Pembajak" and "21 ABK lainnya
    ..."), or None when no such item stands under it; the next item's date line follows it."""
    start = n + 1
    if start >= len(sentences) or _flagged(shapes[start]):
        return None
    k = _teaser_end(shapes, sentences, heads, start, start + heads[start])  # past its headline
    if k - start > _ITEM_SENTENCES + heads[start]:
        return None
    following = k
    while following < len(sentences) and _between_items(shapes, sentences, following):
        if sentences[following].furniture == DATE_LINE:
            return k
        following += 1
    return None


def _item_end(
    shapes: Sequence[_Shape], sentences: Sequence[Sentence], heads: Sequence[bool], n: int
) -> int | None:
    """Where the item of a list of stories headed by sentence ``n`` ends (a headline over its
    date line, then a short teaser), or None when ``n`` heads no such item."""
    if (
        not heads[n]
        or _flagged(shapes[n])
        or n + 1 >= len(sentences)
        or sentences[n + 1].furniture != DATE_LINE
    ):
        return None
    start = n + 2
    k = _teaser_end(shapes, sentences, heads, start, start)
    if k - start > _ITEM_SENTENCES:
        return None
    following = k
    while (
        following < len(sentences)
        and not heads[following]
        and _between_items(shapes, sentences, following)
    ):
        following += 1
    return k if following == len(sentences) or heads[following] else None


def _teaser_end(
    shapes: Sequence[_Shape],
    sentences: Sequence[Sentence],
    heads: Sequence[bool],
    start: int,
    k: int,
) -> int:
    """Where an item's teaser that goes on at sentence ``k`` ends: at the first sentence that
    is flagged, reads like a headline or stands outside the paragraph of sentence ``start``."""
    while (
        k < len(sentences)
        and not _flagged(shapes[k])
        and not heads[k]
        and sentences[k].paragraph == sentences[start].paragraph
    ):
        k += 1
    return k


def _between_items(shapes: Sequence[_Shape], sentences: Sequence[Sentence], n: int) -> bool:
    """Whether sentence ``n`` may stand between two items of a list of stories: furniture, or
    a short line without final punctuation (a rubric, a view count)."""
    body = sentences[n].text.rstrip(_CLOSING)
    return _flagged(shapes[n]) or (shapes[n] is not _Shape.PROSE and not body.endswith(_FINAL))


def _next_item(
    shapes: Sequence[_Shape], heads: Sequence[bool], ends: Sequence[int | None], end: int
) -> int:
    """The next item's headline after an item that ends at ``end``: past furniture, short
    lines and headlines that head no item."""
    k = end
    while (
        k < len(shapes)
        and ends[k] is None
        and (heads[k] or _flagged(shapes[k]) or shapes[k] in (_Shape.MENU, _Shape.OTHER))
    ):
        k += 1
    return k


def _mark_teasers(shapes: list[_Shape], chain: Sequence[int]) -> None:
    """Mark what stands under each headline of ``chain`` but the last as a teaser, and under
    the last as much as under the one before it, when the chain is a list of stories."""
    if len(chain) < _BREAK:
        return
    for first, second in pairwise(chain):
        for k in range(first + 1, second):
            if not _flagged(shapes[k]):
                shapes[k] = _Shape.TEASER
    # Under the last headline: its teaser, as long as the others'.
    size = sum(shapes[k] is _Shape.TEASER for k in range(chain[-2] + 1, chain[-1]))
    k = chain[-1] + 1
    while size and k < len(shapes):
        if shapes[k] in (_Shape.PROSE, _Shape.OTHER):
            shapes[k] = _Shape.TEASER
            size -= 1
        elif not _flagged(shapes[k]):
            break
        k += 1


def _is_break(shapes: Sequence[_Shape]) -> bool:
    """Whether a stretch of text between two prose sentences cuts the story: it holds at least
    ``_BREAK`` menu items and headlines one after the other (furniture flagged already, and the
    teasers of a list of stories, may stand between them, other text may not)."""
    return _break_at(shapes, 0) is not None


def _break_at(shapes: Sequence[_Shape], start: int) -> int | None:
    """Where the first break from ``start`` on begins, or None: ``_BREAK`` menu items and
    headlines in a row, or ``_LONG_BREAK`` lines of navigation in a row counting those flagged
    already."""
    streak: list[int] = []  # menu items and headlines
    long: list[int] = []  # and navigation flagged already
    for n in range(start, len(shapes)):
        if shapes[n] in (_Shape.MENU, _Shape.HEADLINE):
            streak.append(n)
            long.append(n)
        elif shapes[n] is _Shape.NAVIGATION:
            long.append(n)
        elif shapes[n] not in (_Shape.FLAGGED, _Shape.TEASER):
            streak, long = [], []
        if len(streak) >= _BREAK:
            return streak[0]
        if len(long) >= _LONG_BREAK:
            return long[0]
    return None


def _runs(shapes: Sequence[_Shape], words: Sequence[int]) -> list[tuple[int, int, int]]:
    """The runs of prose: (first prose sentence, last prose sentence, words of prose)."""
    prose = [n for n, shape in enumerate(shapes) if shape is _Shape.PROSE]
    runs: list[tuple[int, int, int]] = []
    for n in prose:
        if runs and not _is_break(shapes[runs[-1][1] + 1 : n]):
            first, _, total = runs[-1]
            runs[-1] = (first, n, total + words[n])
        else:
            runs.append((n, n, words[n]))
    return runs


@dataclass(frozen=True)
class _Lines:
    """What the header rules ask of each sentence of a page."""

    # Reads like the story's headline, which is no list item ("* Share on Twitter"), as a listed
    # one may be.
    titles: Sequence[bool]
    labels: Sequence[bool]  # a list's label ("Berita Terkait")
    dating: Sequence[bool]  # a date line or a byline
    items: Sequence[bool]  # a list item, with its bullet ("* Kembali ke Atas 0.7700, ...")
    words: Sequence[int]
    names: Sequence[bool]  # a person's name alone ("Ariska Puspita Anggraini")

    @classmethod
    def of(
        cls, sentences: Sequence[Sentence], heads: Sequence[bool], words: Sequence[int]
    ) -> _Lines:
        items = [_MARKER.match(s.text) is not None for s in sentences]
        return cls(
            titles=[head and not item for head, item in zip(heads, items, strict=True)],
            labels=[s.furniture == LIST_LABEL_FAMILY for s in sentences],
            dating=[s.furniture in _DATING for s in sentences],
            items=items,
            words=words,
            names=[PERSON_NAME_LINE.fullmatch(s.text) is not None for s in sentences],
        )


def _header_start(shapes: Sequence[_Shape], lines: _Lines, start: int) -> int:
    """Where the story's header begins above its first prose sentence ``start``: its headline,
    the last line above the story that reads like one (in title or sentence case), with what
    stands between it and the story; without one, the story's first sentence. A list under a
    label ("Berita Terkait") between the headline and the story is passed over: its lines are
    other stories' headlines. So are furniture and lines without a word (a row of icons shows
    their bullets alone), and a list of at least ``_BREAK`` items with bullets. A line that
    reads like a headline right above the header's date line or byline is the headline, even at
    the foot of such a list."""
    heads, labels, words = lines.titles, lines.labels, lines.words
    below = 0
    dated = False  # the header's date line or byline stands below
    since = 0  # lines passed over above the last date line or byline
    listed = False  # a list with bullets was passed over: a header above it must be dated
    n = start
    while n > 0:
        if _flagged(shapes[n - 1]) or not words[n - 1]:
            if lines.dating[n - 1]:
                dated, since = True, 0
            n -= 1
            continue
        if heads[n - 1] and dated and not since:
            if n > 1 and heads[n - 2] and lines.names[n - 1]:
                return n - 2  # the headline over its writer's name, over the date line
            return n - 1  # right above its date line or byline: the headline, under any list
        if n > 1 and heads[n - 2] and shapes[n - 1] is _Shape.PROSE and dated and not since:
            return n - 2  # the headline over its deck, over the date line or byline
        if heads[n - 1] and listed and not dated:
            break  # a menu's list, and a line above it (a site's slogan)
        if heads[n - 1]:
            top = n - 1
            while top > 0 and (heads[top - 1] or shapes[top - 1] is _Shape.NAVIGATION):
                top -= 1
                if labels[top]:
                    break
            if not labels[top]:
                listed_heads = sum(heads[top:n]) >= _BREAK
                above = _dated_headline_above(shapes, lines, top) if listed_heads else None
                # The last of a list of headlines, under the header's dated headline, is
                # another story's.
                return n - 1 if above is None else above
            n = top  # a labelled list: the headline stands above it
            continue
        if lines.items[n - 1]:
            top = n - 1
            while top > 0 and (lines.items[top - 1] or _flagged(shapes[top - 1])):
                top -= 1
            if sum(lines.items[top:n]) >= _BREAK:
                if any(lines.dating[top:n]):
                    dated, since = True, 0
                n = top  # a list with bullets: the headline stands above it
                listed = True
                continue
        below += 1
        since += 1
        if below > _BELOW_HEADLINE or shapes[n - 1] is _Shape.PROSE:
            break
        n -= 1
    return start


def _dated_headline_above(shapes: Sequence[_Shape], lines: _Lines, n: int) -> int | None:
    """The headline of a header right above line ``n``, a line that reads like one over its
    date line or byline (past furniture and at most ``_HEADER_TOOLS`` other short lines, the
    header's tools: a font size's "small", "medium", "large", "Dibaca 640"); None without such
    a header."""
    dated = False
    passed = 0
    while n > 0:
        k = n - 1
        if _flagged(shapes[k]) or not lines.words[k]:
            dated = dated or lines.dating[k]
        elif lines.titles[k] and dated:
            return k
        elif shapes[k] is _Shape.PROSE or lines.titles[k] or passed >= _HEADER_TOOLS:
            return None
        else:
            passed += 1
        n = k
    return None


def _labelled_lists(
    shapes: list[_Shape], heads: Sequence[bool], labels: Sequence[bool], start: int, end: int
) -> list[_Shape]:
    """The shapes with the headlines of a list under a label ("Berita Terkait") in the story's
    header, between ``start`` and ``end``, marked as navigation: other stories' headlines."""
    listed = False
    for n in range(start, end):
        if labels[n]:
            listed = True
        elif listed and heads[n] and not _flagged(shapes[n]):
            shapes[n] = _Shape.LISTED
        elif not _flagged(shapes[n]):
            listed = False
    return shapes


def _headline_like(sentence: Sentence, text: str, words: int) -> bool:
    """A line of its own of ``words`` words that reads like a headline: a few words or more
    without final punctuation (or, in title case, a question, an exclamation or an ellipsis),
    not opening in lower case."""
    body = sentence.text.rstrip(_CLOSING)
    return (
        # a few words as written ("Today's Analysis" is two)
        len(body.split()) >= _HEADLINE_MIN_WORDS
        and words <= _HEADLINE_WORDS
        and (
            not body.endswith((*_FINAL, ",", ";"))
            or (body.endswith(_HEADLINE_FINAL) and _title_cased(body.split()))
        )
        # not in lower case, but for a name that holds a capital ("iPad Pro ...")
        and (not body[:1].islower() or body[1:2].isupper())
        and own_line(sentence, text)
    )


def _flagged(shape: _Shape) -> bool:
    return shape in (_Shape.FLAGGED, _Shape.NAVIGATION)


def _story_run(
    runs: Sequence[tuple[int, int, int]], shapes: Sequence[_Shape], lines: _Lines
) -> tuple[int, int, int]:
    """Where the story's header starts, and its first and last prose sentence: the longest run
    of prose under the page's header (a headline with its date line or byline below it), or
    the longest run of all when no run under such a header has at least ``_DATED_SHARE`` of
    its words. A block of prose elsewhere on the page, such as a glossary, may be longer than
    the story."""
    longest = max(run[2] for run in runs)
    # (header start, first, last, words) of each run
    headed = [(_header_start(shapes, lines, first), first, last, n) for first, last, n in runs]
    dated = [
        run
        for run in headed
        if run[3] >= _DATED_SHARE * longest and any(lines.dating[run[0] + 1 : run[1]])
    ]
    start, first, last, _ = max(dated or headed, key=lambda run: (run[3], -run[1]))
    return start, first, last


def _tail_end(shapes: Sequence[_Shape], end: int) -> int:
    """Where the story ends below its last prose sentence ``end``: at the first break below
    it, or at the end of the text."""
    found = _break_at(shapes, end + 1)
    return len(shapes) if found is None else found


def _family(shape: _Shape) -> str:
    if shape is _Shape.MENU:
        return MENU
    if shape in (_Shape.HEADLINE, _Shape.LISTED):
        return LINK_LIST
    return OTHER_STORY


def flag_outside(sentences: Sequence[Sentence], text: str) -> list[Sentence]:
    """The sentences of ``text`` with what stands outside its story flagged: the menus, lists
    of other stories and their teasers of a whole page copied as text. A text whose story is
    not set apart from the rest by menus or lists of headlines is returned as it is."""
    words = [len(_WORD.findall(s.text)) for s in sentences]
    heads = [
        not s.boilerplate and _headline_like(s, text, n)
        for s, n in zip(sentences, words, strict=True)
    ]
    shapes = [_shape(s, text, n) for s, n in zip(sentences, words, strict=True)]
    shapes = _introduced(shapes, sentences)
    shapes = _menus_above(shapes, sentences, text)
    shapes = _teasers(shapes, words, heads)
    shapes = _dated_teasers(shapes, sentences, heads, text)
    shapes = _dated_items(shapes, sentences, heads)
    runs = _runs(shapes, words)
    if len(sentences) < _BREAK or not runs:
        return list(sentences)
    lines = _Lines.of(sentences, heads, words)
    start, first, last = _story_run(runs, shapes, lines)
    shapes = _labelled_lists(shapes, heads, lines.labels, start, first)
    end = _tail_end(shapes, last)
    outside = [n for n in [*range(start), *range(end, len(sentences))] if not _flagged(shapes[n])]
    # Only what a break sets apart is outside: above the story, a stretch that holds one;
    # below it, everything after the first (which _tail_end found).
    if not _is_break(shapes[:start]):
        outside = [n for n in outside if n >= end]
    outside += [n for n in range(start, first) if shapes[n] is _Shape.LISTED]
    flagged = list(sentences)
    for n in outside:
        flagged[n] = replace(sentences[n], furniture=_family(shapes[n]))
    return flagged


def story_start(sentences: Sequence[Sentence]) -> int:
    """The position of the first sentence below what ``flag_outside`` flagged above the story
    (0 when it flagged nothing there): where the story's headline is looked for."""
    for n, sentence in enumerate(sentences):
        if not sentence.boilerplate:
            above = [k for k in range(n) if sentences[k].furniture in OUTSIDE]
            return above[-1] + 1 if above else 0
    return 0
