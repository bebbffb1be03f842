"""Rate sentences with sumy's summarizers, over Indonesian words.

Every method builds one sumy document from the sentences' texts, with an Indonesian word
tokenizer, Indonesian stop words and word normalisation (``words.py``), and asks a sumy
summarizer to rate it. sumy identifies sentences by their text, so two identical sentences
would share one rating; here each sumy sentence is a distinct object (compared by identity), so
every rating maps back to the position of its own sentence.
"""

from __future__ import annotations

import copy
import math
import warnings
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence

from ..indonesian.stopwords import stop_words
from . import REGISTRY
from .words import IndonesianWordTokenizer, normalize_word


class _PositionedSentence(SumySentence):  # type: ignore[misc]
    """A sumy sentence that equals only itself, so duplicates keep separate scores."""

    __slots__ = ()

    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __hash__ = object.__hash__


class _RatingsRecorder:
    """Mix-in that keeps a sumy summarizer's rating of every sentence instead of selecting.

    Each sumy summarizer hands its ratings (a dict or a rating function) to
    ``_get_best_sentences``; this records them in document order.
    """

    ratings: list[float]

    def _get_best_sentences(
        self, sentences: Sequence[Any], count: object, rating: Any, *args: Any, **kwargs: Any
    ) -> tuple[()]:
        if isinstance(rating, dict):
            self.ratings = [float(rating[s]) for s in sentences]
        else:
            self.ratings = [float(rating(s, *args, **kwargs)) for s in sentences]
        return ()


@cache
def _summarizer_class(method: str) -> Any:
    """The ratings-recording summarizer class of ``method``, made once."""
    base = REGISTRY[method].load()
    return type(f"Recording{base.__name__}", (_RatingsRecorder, base), {})


def sumy_document(texts: Sequence[str]) -> tuple[ObjectDocumentModel, list[Any]]:
    """A sumy document of one paragraph holding these sentences, and its sumy sentences."""
    tokenizer = IndonesianWordTokenizer()
    sumy_sentences = [_PositionedSentence(text, tokenizer) for text in texts]
    return ObjectDocumentModel([Paragraph(sumy_sentences)]), sumy_sentences


def configured(summarizer_class: type) -> Any:
    """A summarizer of this class comparing words as ringkas does, without stop words."""
    summarizer = summarizer_class(normalize_word)
    summarizer.stop_words = stop_words()
    return summarizer


@cache
def _configured_once(method: str) -> Any:
    """The configured summarizer of ``method``, made once per process.

    sumy normalises its ~750 stop words whenever they are set; each text is rated by a shallow
    copy of this one instead, so the work is done once and no two texts share an instance.
    """
    return configured(_summarizer_class(method))


def rate(texts: Sequence[str], method: str) -> list[float]:
    """sumy's rating of each sentence under ``method``, in document order."""
    document, _ = sumy_document(texts)
    summarizer = copy.copy(_configured_once(method))
    # sumy's LSA stops before rating anything when the text has no words it can use; then
    # every sentence rates alike and document order decides.
    summarizer.ratings = [0.0] * len(texts)
    with warnings.catch_warnings(), numpy.errstate(divide="ignore", invalid="ignore"):
        # sumy's LSA warns when a text has fewer distinct words than sentences, and LexRank
        # divides 0 by 0 on a text with no words (its NaN ratings count as 0 below); a user
        # should not see Python warnings for a short article.
        warnings.filterwarnings("ignore", "Number of words", UserWarning)
        summarizer(document, len(texts))
    ratings: list[float] = summarizer.ratings
    return [_stable(r) for r in ratings]


def _stable(rating: float) -> float:
    """``rating`` to 12 significant digits (NaN as 0).

    Some of sumy's sums run over sets, whose order follows Python's string hashing, so equal
    ratings can differ in their last bits from run to run; rounded, they tie, and ties go to
    the earlier sentence.
    """
    return 0.0 if math.isnan(rating) else float(f"{rating:.12g}")
