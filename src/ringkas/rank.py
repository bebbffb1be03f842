"""Score sentences with sumy's summarizers, over Indonesian words.

Every method builds one sumy document from ringkas's sentences, with an Indonesian word
tokenizer, Indonesian stop words and word normalisation, and asks a sumy summarizer to rate it.
sumy identifies sentences by their text, so two identical sentences would share one rating;
here each sumy sentence is a distinct object (compared by identity), so every score maps back to
the position of its own sentence.

Methods:

- ``positional`` (the default): TextRank whose random jump prefers early sentences
  (personalised PageRank over sumy's TextRank sentence graph), because news puts its key facts
  first.
- ``textrank``: classic TextRank, sumy's ``TextRankSummarizer`` (computed fast, same result).
- ``lexrank``, ``lsa``, ``luhn``, ``kl``, ``sumbasic``: sumy's other summarizers.
- ``lead``: the first sentences, as a baseline.
"""

from __future__ import annotations

import importlib
import math
import re
import warnings
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import numpy
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence

from .indonesian.stopwords import stop_words
from .model import Sentence
from .textrank import FastTextRankSummarizer

# Words are runs of letters and digits, joined by inner hyphens or apostrophes, so the
# reduplicated "negara-negara" and the name "Asy'ari" stay one word each.
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")

DEFAULT_METHOD = "positional"


class IndonesianWordTokenizer:
    """The word tokenizer sumy's document model calls (``to_words``), for Indonesian."""

    @staticmethod
    def to_words(text: str) -> tuple[str, ...]:
        return tuple(m.group().lower() for m in _WORD.finditer(text))


def normalize_word(word: str) -> str:
    """The form under which a word is compared: lower case, a reduplication as its base.

    "Negara-negara" and "negara" are the same word for ranking; so are "anak-anaknya" and
    "anak".
    """
    word = word.lower()
    first, dash, rest = word.partition("-")
    if dash and (rest == first or rest.startswith(first)):
        return first
    return word


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


class _PositionalTextRank(FastTextRankSummarizer):
    """TextRank whose random jump prefers early sentences: personalised PageRank.

    The graph, edge weights, power method and convergence test are sumy's TextRank (computed
    fast, see textrank.py). Where sumy jumps to every sentence alike, (1 - d) / n, this jumps to
    sentence i with probability ``position_prior(texts)[i]``.
    """

    # Tuned on half of IndoSum dev (README, "Summary quality"): with the prior below, ROUGE is
    # flat for damping 0 to 0.2 and falls beyond, as the walk drifts to long, late sentences
    # that are well connected but not summary material. 0.2 keeps the graph's vote.
    damping = 0.2

    def jump(self, texts: Sequence[str]) -> numpy.ndarray[Any, numpy.dtype[numpy.float64]]:
        return position_prior(texts)


# The prior's form, chosen on half of IndoSum dev: the jump to sentence i is proportional to
# 1 / (i + 1), news putting its key facts first, and a sentence holding a direct quotation gets
# QUOTATION_WEIGHT of that, because summaries report what was said rather than quote it (among
# the first six sentences of an IndoSum article, one holding a quotation belongs to the best
# three-sentence choice 13 % of the time, any other 57 %).
QUOTATION_WEIGHT = 0.3
_QUOTATION = re.compile(r"[\"“”«»]")
# Two chosen sentences must not say nearly the same thing: a sentence whose content words
# overlap this much (cosine) with one already chosen is skipped.
REDUNDANCY = 0.7


def position_prior(texts: Sequence[str]) -> numpy.ndarray[Any, numpy.dtype[numpy.float64]]:
    """The random-jump distribution over sentences with these texts, highest for the first."""
    prior = 1.0 / numpy.arange(1, len(texts) + 1, dtype=float)
    quoted = numpy.array([_QUOTATION.search(text) is not None for text in texts], dtype=bool)
    prior[quoted] *= QUOTATION_WEIGHT
    return prior / prior.sum()  # type: ignore[no-any-return]


def _sorted_lsa() -> type:
    from sumy.summarizers.lsa import LsaSummarizer

    class SortedLsa(LsaSummarizer):  # type: ignore[misc]
        """sumy's LSA with its words numbered in sorted order.

        sumy numbers them in frozenset order, which follows Python's string hashing, so near
        ties in the decomposition went different ways from one run to the next.
        """

        def _create_dictionary(self, document: ObjectDocumentModel) -> dict[str, int]:
            words = map(self.normalize_word, document.words)
            unique = sorted({self.stem_word(w) for w in words if w not in self._stop_words})
            return {w: i for i, w in enumerate(unique)}

    return SortedLsa


def _sumy(module: str, name: str) -> Callable[[], type]:
    """A sumy summarizer class, imported only when its method is used."""

    def load() -> type:
        return getattr(importlib.import_module(f"sumy.summarizers.{module}"), name)  # type: ignore[no-any-return]

    return load


# Each method's summarizer class, loaded when the method is first used.
_CLASSES: dict[str, Callable[[], type]] = {
    "positional": lambda: _PositionalTextRank,
    "textrank": lambda: FastTextRankSummarizer,
    "lexrank": _sumy("lex_rank", "LexRankSummarizer"),
    "lsa": _sorted_lsa,
    "luhn": _sumy("luhn", "LuhnSummarizer"),
    "kl": _sumy("kl", "KLSummarizer"),
    "sumbasic": _sumy("sum_basic", "SumBasicSummarizer"),
}


@cache
def _summarizer_class(method: str) -> Any:
    """The ratings-recording summarizer class of ``method``, made once."""
    base = _CLASSES[method]()
    return type(f"Recording{base.__name__}", (_RatingsRecorder, base), {})


METHODS: tuple[str, ...] = (*_CLASSES, "lead")


def _document(sentences: Sequence[Sentence]) -> tuple[ObjectDocumentModel, list[Any]]:
    tokenizer = IndonesianWordTokenizer()
    sumy_sentences = [_PositionedSentence(s.text, tokenizer) for s in sentences]
    return ObjectDocumentModel([Paragraph(sumy_sentences)]), sumy_sentences


def scores(sentences: Sequence[Sentence], method: str = DEFAULT_METHOD) -> list[float]:
    """The score of each sentence under ``method`` (higher is more important), in order."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose from {', '.join(METHODS)}")
    if not sentences:
        return []
    if method == "lead":
        return [1.0 / (i + 1) for i in range(len(sentences))]
    document, _ = _document(sentences)
    summarizer = _summarizer_class(method)(normalize_word)
    summarizer.stop_words = stop_words()
    # sumy's LSA stops before rating anything when the text has no words it can use; then
    # every sentence rates alike and document order decides.
    summarizer.ratings = [0.0] * len(sentences)
    with warnings.catch_warnings(), numpy.errstate(divide="ignore", invalid="ignore"):
        # sumy's LSA warns when a text has fewer distinct words than sentences, and LexRank
        # divides 0 by 0 on a text with no words (its NaN ratings count as 0 below); a user
        # should not see Python warnings for a short article.
        warnings.filterwarnings("ignore", "Number of words", UserWarning)
        summarizer(document, len(sentences))
    ratings: list[float] = summarizer.ratings
    return [_stable(r) for r in ratings]


def _stable(rating: float) -> float:
    """``rating`` to 12 significant digits (NaN as 0).

    Some of sumy's sums run over sets, whose order follows Python's string hashing, so equal
    ratings can differ in their last bits from run to run; rounded, they tie, and ties go to
    the earlier sentence.
    """
    return 0.0 if math.isnan(rating) else float(f"{rating:.12g}")


def content_words(text: str) -> frozenset[str]:
    """The normalised words of ``text`` that are not stop words."""
    stops = stop_words()
    return frozenset(
        normalize_word(w) for w in IndonesianWordTokenizer.to_words(text) if w not in stops
    )


def overlap(words1: frozenset[str], words2: frozenset[str]) -> float:
    """How much two sentences say the same: cosine of their content-word sets, 0 to 1."""
    if not words1 or not words2:
        return 0.0
    return len(words1 & words2) / math.sqrt(len(words1) * len(words2))
