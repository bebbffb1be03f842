"""Ranking and choosing: sentence scores by one of several methods, and the summary chosen from
them (``select.py``).

``REGISTRY`` is the one table of ranking methods: ``--method``'s choices and help, the
library's ``method`` argument (``METHODS``, their names) and the docs' table all read it. A
method is a sumy summarizer class in a module of this package (``adapter.py`` asks it for every
sentence's rating, over Indonesian words), loaded only when a text is ranked with it; ``lead``
ranks by position alone. A new method is one new module, one line below and its tests.

Time is bounded for every method on any text within the 5 MiB input limit. ``positional``,
``textrank`` (time and memory that grow with the words: ``textrank.py``), ``lsa``, ``luhn`` and
``lead`` rank every sentence. ``kl``, ``lexrank`` and ``sumbasic`` choose sentences one round at
a time or compare every pair of sentences, so their time grows with the square of the number of
sentences: they rank the first ``limit`` sentences of the story, and any later sentence scores
below all of those, in document order (news puts its key facts first). Every news article is far
below these limits (benchmarks/pathological.py measures the worst inputs).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..model import Sentence


@dataclass(frozen=True, slots=True)
class Method:
    """One ranking method: its name (``--method NAME``), what it is, its sumy summarizer class
    as ``"module:Class"`` in this package (None: by position alone), and how many sentences
    from the start of the story it ranks, when its time grows with the square of their number."""

    name: str
    help: str
    summarizer: str | None
    limit: int | None = None

    def load(self) -> type:
        """The summarizer class (its module, and sumy and numpy with it, load here)."""
        if self.summarizer is None:
            raise ValueError(f"{self.name} ranks by position, with no summarizer")
        module, _, name = self.summarizer.partition(":")
        found: type = getattr(import_module(f".{module}", __name__), name)
        return found


REGISTRY: dict[str, Method] = {
    entry.name: entry
    for entry in (
        Method(
            "positional",
            "TextRank as sumy computes it, whose random jump prefers early sentences and "
            "reported speech over direct quotations",
            "textrank:PositionalTextRank",
        ),
        Method(
            "textrank",
            "classic TextRank (sumy's TextRankSummarizer)",
            "textrank:FastTextRankSummarizer",
        ),
        Method("lexrank", "sumy's LexRank", "lexrank:FastLexRankSummarizer", limit=2000),
        Method("lsa", "sumy's latent semantic analysis", "lsa:DirectLsa"),
        Method("luhn", "sumy's Luhn: sentences dense in frequent words", "luhn:SetLuhn"),
        Method("kl", "sumy's KL-Sum", "kl:FastKLSummarizer", limit=5000),
        Method("sumbasic", "sumy's SumBasic", "sumbasic:FastSumBasicSummarizer", limit=20000),
        Method("lead", "the first sentences, as a baseline", None),
    )
}
# The names of the methods, in the table's order, for the library's callers.
METHODS: tuple[str, ...] = tuple(REGISTRY)
DEFAULT_METHOD = "positional"


def scores(sentences: Sequence[Sentence], method: str = DEFAULT_METHOD) -> list[float]:
    """The score of each sentence under ``method`` (higher is more important), in order."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose from {', '.join(METHODS)}")
    if not sentences:
        return []
    entry = REGISTRY[method]
    if entry.summarizer is None:
        return [1.0 / (i + 1) for i in range(len(sentences))]
    from .adapter import rate  # sumy and numpy load here, on first use

    limit = entry.limit or len(sentences)
    ratings = rate([s.text for s in sentences[:limit]], method)
    if len(sentences) > limit:
        # Below every ranked sentence, all alike: ties go to the earlier sentence.
        ratings += [min(ratings) - 1.0] * (len(sentences) - limit)
    return ratings


def take_blas_buffer() -> None:
    """Have OpenBLAS, numpy's linear algebra, take the buffer it takes at its first matrix
    product and keeps (see ``command/process.py``, ``load_libraries``)."""
    import numpy

    numpy.ones((256, 256)).dot(numpy.ones((256, 256)))
