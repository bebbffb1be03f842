"""sumy's TextRank, computed with sparse matrix products instead of pairwise Python loops.

sumy rates the edge between two sentences as the number of word occurrences they share over the
sum of the logs of their lengths, compares every pair of sentences in Python, and runs the power
method on a dense n x n matrix: about 5 s for 800 sentences, and n squared memory. The shared
counts are the product C C^T of the sentence-by-word count matrix C with its transpose, and the
damped random walk never needs the dense matrix either, so here:

    shared  = C @ C.T                          (sparse: only pairs that share a word)
    W[i, j] = shared[i, j] / (log len_i + log len_j)    (shared[i, j] when both lengths are 1)
    W       = W / (row sums of W + 1e-7)        (sumy's normalisation, self-links included)
    p'      = (1 - d) * jump * sum(p) + d * W^T p      until |p' - p| <= epsilon

with sumy's damping, epsilon and starting vector; ``jump`` is sumy's uniform 1 / n, or
ringkas's position prior. The result equals sumy's to floating-point rounding
(tests/test_textrank.py checks rankings and scores against stock sumy).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy
from scipy import sparse
from sumy.summarizers.text_rank import TextRankSummarizer

FloatArray = numpy.ndarray[Any, numpy.dtype[numpy.float64]]


def _count_matrix(words: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """The sentence-by-word matrix of occurrence counts."""
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    columns: list[int] = []
    counts: list[int] = []
    for row, sentence_words in enumerate(words):
        for word, count in Counter(sentence_words).items():
            rows.append(row)
            columns.append(vocabulary.setdefault(word, len(vocabulary)))
            counts.append(count)
    return sparse.csr_matrix(
        (numpy.array(counts, dtype=float), (rows, columns)),
        shape=(len(words), max(len(vocabulary), 1)),
    )


def edge_weights(words: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """sumy's TextRank edge weights between all sentences, self-links included, unnormalised."""
    counts = _count_matrix(words)
    shared = (counts @ counts.T).tocoo()
    # A sentence with no words shares none, so it has no entries and its log is never used.
    log_lengths = numpy.log(numpy.maximum([len(w) for w in words], 1).astype(float))
    norm = log_lengths[shared.row] + log_lengths[shared.col]
    # sumy: rank / norm, except rank itself when norm is (close to) zero, i.e. both sentences
    # are one word long.
    one_word_pair = numpy.isclose(norm, 0.0)
    values = shared.data / numpy.where(one_word_pair, 1.0, norm)
    return sparse.csr_matrix((values, (shared.row, shared.col)), shape=shared.shape)


def damped_walk(
    weights: sparse.csr_matrix, jump: FloatArray, damping: float, epsilon: float
) -> FloatArray:
    """The stationary vector of sumy's damped walk on ``weights``, jumping by ``jump``."""
    count = weights.shape[0]
    row_sums = numpy.asarray(weights.sum(axis=1)).ravel()
    normalised = sparse.diags(1.0 / (row_sums + TextRankSummarizer._ZERO_DIVISION_PREVENTION))
    transposed = (normalised @ weights).T.tocsr()
    p_vector = numpy.full(count, 1.0 / count)
    change = 1.0
    while change > epsilon:
        next_p = (1.0 - damping) * jump * p_vector.sum() + damping * (transposed @ p_vector)
        change = float(numpy.linalg.norm(next_p - p_vector))
        p_vector = next_p
    return p_vector


class FastTextRankSummarizer(TextRankSummarizer):  # type: ignore[misc]
    """sumy's TextRankSummarizer with ``rate_sentences`` computed by sparse products.

    ``jump`` gives the random-jump distribution for a list of sentence texts; None is sumy's
    uniform jump, so the ratings are sumy's own.
    """

    def jump(self, texts: Sequence[str]) -> FloatArray:
        return numpy.full(len(texts), 1.0 / len(texts))

    def rate_sentences(self, document: Any) -> dict[Any, float]:
        sentences = document.sentences
        if not sentences:
            return {}
        words = [self._to_words_set(s) for s in sentences]
        ranks = damped_walk(
            edge_weights(words), self.jump([str(s) for s in sentences]), self.damping, self.epsilon
        )
        return dict(zip(sentences, ranks.tolist(), strict=True))
