"""The one orchestration step: split -> flag -> title and dateline -> rank -> select -> place ->
Summary."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Literal

from .errors import NO_MEMORY, EmptyInputError, RingkasError
from .model import (
    Article,
    Dateline,
    Document,
    Failure,
    Message,
    Outcome,
    Sentence,
    Span,
    Summary,
    Whole,
)
from .rank import DEFAULT_METHOD, METHODS, scores
from .rank.select import DEFAULT_WORDS, choose, sentence_count
from .text import furniture, story
from .text.dateline import split_dateline
from .text.headline import flag_above_lead, flag_header, split_title
from .text.language import NAMES as LANGUAGE_NAMES
from .text.language import other_language
from .text.segment import line_starts, split_sentences, without_bullet

Order = Literal["document", "rank"]

# What is done with each text or article: summarize() or split() with the user's options bound,
# so that it can be sent to a worker process as it is.
Work = Callable[[str | Article], Summary]


# A carriage return that ends a line by itself, not before a line feed.
_LONE_CARRIAGE_RETURN = re.compile(r"\r(?!\n)")


def _article(document: str | Article) -> Article:
    if isinstance(document, Article):
        return document
    if isinstance(document, str):
        return Article(text=document)
    if isinstance(document, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"expected a str or an Article, not {type(document).__name__}: decode the bytes "
            "first (ringkas.decode reads them as the command does), or pass a str"
        )
    raise TypeError(f"expected a str or an Article, not {type(document).__name__}")


def _sentences_or_error(
    article: Article,
) -> tuple[Span | None, Dateline | None, list[Sentence]]:
    """The title, the lead's dateline and the sentences of the article, page furniture flagged
    as boilerplate, numbered without the title; the lead starts after its dateline."""
    if not article.text:
        raise EmptyInputError("the input is empty")
    # A line may end in a carriage return alone (as old Mac files end theirs): the rules read
    # the text with a line feed in its place, one character for one, so that every position
    # stays; each sentence, the title and the dateline keep the text as it stands.
    text = _LONE_CARRIAGE_RETURN.sub("\n", article.text) if "\r" in article.text else article.text
    sentences = split_sentences(text)
    if not sentences:
        raise EmptyInputError("the input contains only white space")
    # A page's markup says which lines are the story's headings; the rules judge the rest.
    flagged = furniture.flag(furniture.flag_headings(sentences, article.headings), text)
    flagged = story.flag_outside(flagged, text)
    flagged = furniture.flag_teasers(flagged, text, story.story_start(flagged))
    title, rest = (article.title, flagged) if article.title else split_title(flagged)
    rest = flag_above_lead(rest, text)
    if title is not None:
        rest = flag_header(rest, text)
    dateline, rest = split_dateline(rest, text)
    if len(rest) < len(flagged):
        rest = _renumbered(rest)
    # A list item's bullet served the rules above as a clue to a menu; it is no part of a
    # sentence.
    rest = [without_bullet(s, text) for s in rest]
    if text is article.text:
        return title, dateline, rest
    original = article.text
    return (
        replace(title, text=original[title.start : title.end])
        if title is not None and article.title is None
        else title,
        replace(dateline, text=original[dateline.start : dateline.end])
        if dateline is not None
        else None,
        [replace(s, text=original[s.start : s.end]) for s in rest],
    )


def _renumbered(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Sentences numbered from 0 again, and their paragraphs too, after the title left."""
    paragraphs = {p: n for n, p in enumerate(dict.fromkeys(s.paragraph for s in sentences))}
    return [replace(s, index=n, paragraph=paragraphs[s.paragraph]) for n, s in enumerate(sentences)]


class _Placer:
    """Moves positions in an article's text to positions in its source: its one page, or the
    page of a story read from several that the text stands on."""

    def __init__(self, article: Article) -> None:
        self.article = article
        sources = [page.source for page in article.pages]
        if article.source is not None:
            sources = [article.source]
        self.placed = bool(sources)
        self.page_starts = [page.start for page in article.pages] or [0]
        self.line_starts = [line_starts(source) for source in sources]

    def span(self, start: int, end: int) -> tuple[int, int, int, int, int | None]:
        """Source start, end, line and column of the text between ``start`` and ``end``, and
        the number of the page it stands on (None for a single source)."""
        page = bisect_right(self.page_starts, start) - 1
        lines = self.line_starts[page]
        source_start = self.article.starts[start]
        source_end = self.article.ends[end - 1]
        line = bisect_right(lines, source_start)
        number = page + 1 if self.article.pages else None
        return source_start, source_end, line, source_start - lines[line - 1] + 1, number

    def sentence(self, sentence: Sentence) -> Sentence:
        if not self.placed:
            return sentence
        start, end, line, column, page = self.span(sentence.start, sentence.end)
        return replace(sentence, start=start, end=end, line=line, column=column, page=page)

    def title(self, title: Span | None) -> Span | None:
        if title is None or not self.placed or self.article.title is not None:
            return title  # a reader's title is placed in the source already
        start, end, line, column, _ = self.span(title.start, title.end)
        return replace(title, start=start, end=end, line=line, column=column)

    def dateline(self, dateline: Dateline | None) -> Dateline | None:
        if dateline is None or not self.placed:
            return dateline
        start, end, line, column, _ = self.span(dateline.start, dateline.end)
        return replace(dateline, start=start, end=end, line=line, column=column)


def _summary(
    article: Article,
    sentences: Sequence[Sentence],
    total: int,
    title: Span | None,
    dateline: Dateline | None,
) -> Summary:
    placer = _Placer(article)
    return Summary(
        sentences=tuple(placer.sentence(s) for s in sentences),
        total_sentences=total,
        title=placer.title(title),
        dateline=placer.dateline(dateline),
        url=article.url,
        date=article.date,
        author=article.author,
        site=article.site,
        paging=article.paging,
    )


def _whole(
    article: Article,
    found: Sequence[Sentence],
    rated: dict[int, float],
    chosen: Sequence[Sentence],
    title: Span | None,
    dateline: Dateline | None,
) -> Whole:
    """Every sentence of the article, placed as the summary's are, each story sentence with its
    score and each chosen one as chosen (with its rank); their spans in the article's text."""
    placer = _Placer(article)
    picked = {s.index: s for s in chosen}
    sentences = tuple(
        placer.sentence(picked.get(s.index) or replace(s, score=rated.get(s.index))) for s in found
    )
    # A reader's own title is placed in its source, not in the text (a page's <h1>).
    title_span = (title.start, title.end) if title and article.title is None else None
    return Whole(
        text=article.text,
        sentences=sentences,
        spans=tuple((s.start, s.end) for s in found),
        title=title_span,
        dateline=(dateline.start, dateline.end) if dateline else None,
    )


def split(document: str | Article) -> Summary:
    """Every sentence of a text or article with its position, unranked (``score`` and ``rank``
    are None), its title when it has a headline and the dateline its lead opens with.

    Raises EmptyInputError when the text is empty or white space only.
    """
    article = _article(document)
    title, dateline, sentences = _sentences_or_error(article)
    return _summary(article, sentences, len(sentences), title, dateline)


def _check_request(
    sentences: int | None, ratio: float | None, words: int | None, order: str, method: str
) -> None:
    """Every argument of summarize() but the document: TypeError for a wrong type (a bool is
    no number here, a float no count), ValueError for a value that makes no sense (NaN
    included)."""
    for name, value in (("sentences", sentences), ("words", words)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if ratio is not None and (isinstance(ratio, bool) or not isinstance(ratio, (int, float))):
        raise TypeError(f"ratio must be a float, not {type(ratio).__name__}")
    for name, text in (("order", order), ("method", method)):
        if not isinstance(text, str):
            raise TypeError(f"{name} must be a str, not {type(text).__name__}")
    if sum(x is not None for x in (sentences, ratio, words)) > 1:
        raise ValueError("give at most one of sentences, ratio and words")
    if sentences is not None and sentences < 1:
        raise ValueError("sentences must be at least 1")
    if ratio is not None and not 0 < ratio <= 1:  # NaN fails every comparison
        raise ValueError("ratio must be more than 0 and at most 1")
    if words is not None and words < 1:
        raise ValueError("words must be at least 1")
    if order not in ("document", "rank"):
        raise ValueError(f"order must be 'document' or 'rank', not {order!r}")
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose from {', '.join(METHODS)}")


def _no_story(sentences: Sequence[Sentence], title: Span | None) -> EmptyInputError:
    """Why an input without a sentence to choose has no summary."""
    if len(sentences) == 1:
        return EmptyInputError(
            "no story text: the sentence is page furniture (bylines, captions, links, ...)"
        )
    if sentences:
        return EmptyInputError(
            "no story text: all {count} sentences are page furniture (bylines, captions, "
            "links, ...)",
            count=len(sentences),
        )
    if title:
        return EmptyInputError("no story text: the input holds only a headline")
    return EmptyInputError("no story text: the input holds only a dateline")


def summarize(
    document: str | Article,
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
    order: Order = "document",
    method: str = DEFAULT_METHOD,
    whole: bool = False,
) -> Summary:
    """The most important sentences of an Indonesian text, with their exact positions.

    ``document`` is plain text, or an Article from a reader (``read_html`` for a web page).
    Ask for at most one of: ``sentences`` (how many), ``ratio`` (a fraction of all sentences,
    rounded, at least one) or ``words`` (about that many words: the best sentences whose
    word count comes closest to it, at least one); without any, about ``DEFAULT_WORDS`` (60)
    words. Asking for more than there are returns them all. The lead's dateline
    ("JAKARTA, KOMPAS.com -") is reported apart and never part of a sentence. A sentence
    that says nearly the same as an already chosen one is skipped; page furniture ("Baca juga:
    ...", captions, bylines, signatures) and the headline are never chosen. ``order`` is
    "document" (as in the text) or "rank" (best first). Ties in score go to the earlier
    sentence. ``method`` is one of ``METHODS``: "positional" (TextRank that prefers early
    sentences, the default), "textrank" (classic TextRank), "lexrank", "lsa", "luhn", "kl",
    "sumbasic" (sumy's summarizers) or "lead" (the first sentences). With ``whole``, the
    summary also carries the whole text with every sentence and its score (``Summary.whole``),
    for output that shows the summary inside the article.

    Raises EmptyInputError when the text is empty or white space only, or holds nothing but
    page furniture (a headline, bylines, captions, links: no sentence to choose); TypeError for
    an argument of the wrong type (bytes included: decode them first) and ValueError for a
    request that makes no sense.
    """
    _check_request(sentences, ratio, words, order, method)
    article = _article(document)
    title, dateline, found = _sentences_or_error(article)
    # Boilerplate is left out of the ranking: it would distort the graph, and is never chosen.
    story = [s for s in found if not s.boilerplate]
    if not story:
        raise _no_story(found, title)
    count = sentence_count(len(story), sentences, ratio)
    target = DEFAULT_WORDS if words is None else words
    ratings = scores(story, method)
    chosen = choose(story, ratings, count=count, words=target)
    if order == "document":
        chosen.sort(key=lambda s: s.index)
    summary = replace(
        _summary(article, chosen, len(found), title, dateline),
        language=other_language(s.text for s in story),
    )
    if not whole:
        return summary
    rated = {s.index: score for s, score in zip(story, ratings, strict=True)}
    return replace(summary, whole=_whole(article, found, rated, chosen, title, dateline))


def warnings(summary: Summary) -> list[Message]:
    """What a reader of ``summary`` should know, for ``Warning:`` lines: pages of a story that
    were not read, a text that does not look Indonesian."""
    found = list(summary.paging.warnings) if summary.paging is not None else []
    if summary.language is not None:
        looks = (
            f"looks {LANGUAGE_NAMES[summary.language]}, not Indonesian"
            if summary.language in LANGUAGE_NAMES
            else "does not look Indonesian"
        )
        found.append(
            Message(
                f"the text {looks}; ringkas's sentence rules, stop words and page furniture "
                "are Indonesian, so the summary may be poor"
            )
        )
    return found


def outcome(work: Work, document: Document) -> Outcome:
    """The outcome of one document as read: ``work`` (summarize or split, the user's options
    bound) done on its article, or why there is none. The article is made here, by the reader
    of the document's kind, so that in a batch it is made in the worker process."""
    if isinstance(document, Failure):
        return document
    from .read import KINDS  # a kind's reader (trafilatura for a page) loads on first use

    try:
        return work(KINDS[document.kind].read(document))
    except RingkasError as error:
        return Failure.of(error)
    except MemoryError:
        # What the document's work held is freed as the exception leaves it: the next
        # document of a batch still has the memory this one had.
        return Failure(NO_MEMORY)
