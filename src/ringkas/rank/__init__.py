"""Sentence scores: how important each sentence is, by one of several methods.

- ``positional`` (the default): TextRank whose random jump prefers early sentences
  (personalised PageRank over sumy's TextRank sentence graph), because news puts its key facts
  first (``prior.py``, ``textrank.py``).
- ``textrank``: classic TextRank, sumy's ``TextRankSummarizer`` (computed fast, same result).
- ``lexrank``, ``lsa``, ``luhn``, ``kl``, ``sumbasic``: sumy's other summarizers.
- ``lead``: the first sentences, as a baseline.

Every method but ``lead`` goes through sumy (``adapter.py``), which is imported only when a
text is ranked: naming the methods (``--help``) needs none of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..model import Sentence

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

    return rate([s.text for s in sentences], method)
