"""sumy's LexRank, with the similarity matrix built from word postings instead of pair loops.

sumy compares every pair of sentences in Python (the idf-modified cosine of their tf-idf
vectors, each norm summed again for every pair) and counts each word's sentences by scanning
them all: 1,000 short sentences took 13 s, 500 long ones 14 s. Here the dot products of all
pairs are the Gram matrix A A^T of the sentence-by-word tf-idf matrix A, summed word by word:
the sentences a word occurs in, times each other (as one dense product for words found in many
sentences). The threshold, the degree normalisation and sumy's own power method follow as sumy
has them, so the ratings are sumy's up to floating-point rounding (tests/rank/test_rank.py compares
them with stock sumy).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import numpy
from sumy.summarizers.lex_rank import LexRankSummarizer

# Words found in more than this share of the sentences are multiplied as one dense product.
_DENSE_SHARE = 1 / 8


class FastLexRankSummarizer(LexRankSummarizer):  # type: ignore[misc]
    """sumy's LexRankSummarizer with its matrix made by products of word postings."""

    def __call__(self, document: Any, sentences_count: int) -> Any:
        sentences_words = [self._to_words_set(s) for s in document.sentences]
        if not sentences_words:
            return ()
        tf_metrics = self._compute_tf(sentences_words)
        idf_metrics = _idf(sentences_words)
        matrix = _matrix(tf_metrics, idf_metrics, self.threshold)
        scores = self.power_method(matrix, self.epsilon)
        ratings = dict(zip(document.sentences, scores, strict=True))
        return self._get_best_sentences(document.sentences, sentences_count, ratings)


def _idf(sentences: list[list[str]]) -> dict[str, float]:
    """sumy's idf: log(sentences / (1 + sentences holding the word)), counted in one pass."""
    holding = Counter(word for words in sentences for word in set(words))
    return {word: math.log(len(sentences) / (1 + n)) for word, n in holding.items()}


def _matrix(
    tf_metrics: list[dict[str, float]], idf_metrics: dict[str, float], threshold: float
) -> Any:
    """sumy's LexRank matrix: 1 where the cosine of two sentences' tf-idf vectors is above
    ``threshold``, each row divided by its number of such links."""
    size = len(tf_metrics)
    postings: dict[str, tuple[list[int], list[float]]] = {}
    norms = numpy.zeros(size)
    for row, metrics in enumerate(tf_metrics):
        squares = 0.0
        for word, tf in metrics.items():
            weight = tf * idf_metrics[word]
            squares += weight * weight
            rows, weights = postings.setdefault(word, ([], []))
            rows.append(row)
            weights.append(weight)
        norms[row] = math.sqrt(squares)
    dots = numpy.zeros((size, size))
    dense: list[tuple[list[int], list[float]]] = []
    for rows, weights in postings.values():
        if len(rows) > size * _DENSE_SHARE:
            dense.append((rows, weights))
            continue
        at = numpy.array(rows)
        values = numpy.array(weights)
        dots[numpy.ix_(at, at)] += numpy.outer(values, values)
    for first in range(0, len(dense), 256):  # the common words, 256 columns at a time
        block = numpy.zeros((size, len(dense[first : first + 256])))
        for column, (rows, weights) in enumerate(dense[first : first + 256]):
            block[rows, column] = weights
        dots += block @ block.T
    with numpy.errstate(divide="ignore", invalid="ignore"):
        cosines = dots / numpy.outer(norms, norms)
    # sumy: a sentence without weighted words is similar to none (not even itself).
    cosines[(norms == 0)[:, numpy.newaxis] | (norms == 0)[numpy.newaxis, :]] = 0.0
    links = (cosines > threshold).astype(float)
    degrees = links.sum(axis=1)
    degrees[degrees == 0] = 1
    return links / degrees[:, numpy.newaxis]
