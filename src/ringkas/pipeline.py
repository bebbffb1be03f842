"""The one orchestration step: segment -> flag -> rank -> select -> Summary."""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from .boilerplate import is_boilerplate
from .errors import EmptyInputError
from .model import Sentence, Summary
from .rank import DEFAULT_METHOD, METHODS, scores
from .segment import split_sentences
from .select import choose, sentence_count

Order = Literal["document", "rank"]


def _sentences_or_error(text: str) -> list[Sentence]:
    """The sentences of ``text``, page furniture flagged as boilerplate."""
    if not text:
        raise EmptyInputError("the input is empty")
    sentences = split_sentences(text)
    if not sentences:
        raise EmptyInputError("the input contains only white space")
    return [replace(s, boilerplate=True) if is_boilerplate(s.text) else s for s in sentences]


def split(text: str) -> Summary:
    """Every sentence of ``text`` with its position, unranked (``score`` and ``rank`` are None).

    Raises EmptyInputError when ``text`` is empty or white space only.
    """
    sentences = _sentences_or_error(text)
    return Summary(sentences=tuple(sentences), total_sentences=len(sentences))


def _check_request(sentences: int | None, ratio: float | None, words: int | None) -> None:
    if sum(x is not None for x in (sentences, ratio, words)) > 1:
        raise ValueError("give at most one of sentences, ratio and words")
    if sentences is not None and sentences < 1:
        raise ValueError("sentences must be at least 1")
    if ratio is not None and not 0 < ratio <= 1:
        raise ValueError("ratio must be more than 0 and at most 1")
    if words is not None and words < 1:
        raise ValueError("words must be at least 1")


def summarize(
    text: str,
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
    order: Order = "document",
    method: str = DEFAULT_METHOD,
) -> Summary:
    """The most important sentences of an Indonesian text, with their exact positions.

    Ask for at most one of: ``sentences`` (how many, default 3), ``ratio`` (a fraction of all
    sentences, rounded, at least one) or ``words`` (as many of the best sentences as fit in
    that many words, at least one). Asking for more than there are returns them all. A sentence
    that says nearly the same as an already chosen one is skipped, and boilerplate ("Baca juga:
    ...", captions, bylines, signatures) is never chosen. ``order`` is "document" (as in the
    text) or "rank" (best first). Ties in score go to the earlier sentence. ``method`` is one of
    ``METHODS``: "positional" (TextRank that prefers early sentences, the default), "textrank"
    (classic TextRank), "lexrank", "lsa", "luhn", "kl", "sumbasic" (sumy's summarizers) or
    "lead" (the first sentences).

    Raises EmptyInputError when ``text`` is empty or white space only, ValueError for a
    request that makes no sense.
    """
    _check_request(sentences, ratio, words)
    if order not in ("document", "rank"):
        raise ValueError(f"order must be 'document' or 'rank', not {order!r}")
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose from {', '.join(METHODS)}")
    found = _sentences_or_error(text)
    # Boilerplate is left out of the ranking: it would distort the graph, and is never chosen.
    story = [s for s in found if not s.boilerplate]
    chosen = choose(
        story,
        scores(story, method),
        count=sentence_count(len(story), sentences, ratio),
        words=words,
    )
    if order == "document":
        chosen.sort(key=lambda s: s.index)
    return Summary(sentences=tuple(chosen), total_sentences=len(found))
