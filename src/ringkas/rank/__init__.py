"""Sentence scores: how important each sentence is, by one of several methods.

- ``positional`` (the default): TextRank whose random jump prefers early sentences
  (personalised PageRank over sumy's TextRank sentence graph), because news puts its key facts
  first (``prior.py``, ``textrank.py``).
- ``textrank``: classic TextRank, sumy's ``TextRankSummarizer`` (computed fast, same result).
- ``lexrank``, ``lsa``, ``luhn``, ``kl``, ``sumbasic``: sumy's other summarizers.
- ``lead``: the first sentences, as a baseline.

Every method but ``lead`` goes through sumy (``adapter.py``), which is imported only when a
text is ranked: naming the methods (``--help``) needs none of it.

Time is bounded for every method on any text within the 5 MiB input limit. ``positional``,
``textrank`` (sparse products, a bound on sentence pairs: ``textrank.py``), ``lsa`` and ``luhn``
(``adapter.py``) and ``lead`` rank every sentence. ``kl``, ``lexrank`` and ``sumbasic`` choose
sentences one round at a time or compare every pair of sentences, so their time grows with the
square of the number of sentences: they rank the first ``SENTENCE_LIMITS[method]`` sentences of
the story, and any later sentence scores below all of those, in document order (news puts its
key facts first). Every news article is far below these limits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..model import Sentence

# How many sentences, from the start of the story, a method whose time grows with the square of
# their number ranks (benchmarks/pathological.py measures them on the worst inputs).
SENTENCE_LIMITS: dict[str, int] = {"lexrank": 2000, "kl": 5000, "sumbasic": 20000}

DEFAULT_METHOD = "positional"
METHODS: tuple[str, ...] = (
    "positional",
    "textrank",
    "lexrank",
    "lsa",
    "luhn",
    "kl",
    "sumbasic",
    "lead",
)


def scores(sentences: Sequence[Sentence], method: str = DEFAULT_METHOD) -> list[float]:
    """The score of each sentence under ``method`` (higher is more important), in order."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose from {', '.join(METHODS)}")
    if not sentences:
        return []
    if method == "lead":
        return [1.0 / (i + 1) for i in range(len(sentences))]
    from .adapter import rate  # sumy and numpy load here, on first use

    limit = SENTENCE_LIMITS.get(method, len(sentences))
    ratings = rate([s.text for s in sentences[:limit]], method)
    if len(sentences) > limit:
        # Below every ranked sentence, all alike: ties go to the earlier sentence.
        ratings += [min(ratings) - 1.0] * (len(sentences) - limit)
    return ratings
