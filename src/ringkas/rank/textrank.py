"""sumy's TextRank, computed with sparse matrix products instead of pairwise Python loops.

sumy rates the edge between two sentences as the number of word occurrences they share over the
sum of the logs of their lengths, compares every pair of sentences in Python, and runs the power
method on a dense n x n matrix: about 5 s for 800 sentences, and n squared memory. The shared
counts are the product C C^T of the sentence-by-word count matrix C with its transpose, and the
damped random walk never needs the dense matrix either, so here:

    shared  = C @ C.T                          (only pairs that share a word are kept)
    W[i, j] = shared[i, j] / (log len_i + log len_j)    (shared[i, j] when both lengths are 1)
    W       = W / (row sums of W + 1e-7)        (sumy's normalisation, self-links included)
    p'      = (1 - d) * jump * sum(p) + d * W^T p      until |p' - p| <= epsilon

with sumy's damping, epsilon and starting vector; ``jump`` is sumy's uniform 1 / n, or
ringkas's position prior (``PositionalTextRank``). The result equals sumy's to floating-point
rounding (tests/rank/test_textrank.py checks rankings and scores against stock sumy).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from sumy.summarizers.text_rank import TextRankSummarizer

from .prior import position_prior

FloatArray = numpy.ndarray[Any, numpy.dtype[numpy.float64]]
IntArray = numpy.ndarray[Any, numpy.dtype[numpy.int64]]
IndexArray = numpy.ndarray[Any, numpy.dtype[numpy.int32]]

# How many sentence pairs are summed at once: rows are taken in blocks of about this many
# pairs, so working memory stays near 15 MB plus the edges kept (blocks this small are also
# faster than larger ones: they stay in the processor's caches).
_BLOCK_PAIRS = 250_000
# The edges' sentence numbers: a document of the 5 MiB limit has far fewer than 2**31
# sentences, and half the width halves the memory of the graph's indices.
_INDEX = numpy.int32

# The most sentence pairs the graph is built from (a word in k sentences makes k * k pairs).
# A 20,000-sentence book of news prose makes about 18.5 million and is ranked exactly, in
# about 1 GB. Beyond the limit the most common words are left out of the similarities, most
# frequent first, until the pairs fit: memory stays bounded however long the document, and
# such words say least about which sentence matters.
PAIR_LIMIT = 25_000_000

# numpy.isclose's default absolute tolerance, which sumy's edge weight uses to compare with 0.
_ISCLOSE_ATOL = 1e-08

# Documents whose sentence-by-word count matrix, and whose sentence-by-sentence matrix, have at
# most this many cells (2 MB each; a news article has a few thousand) build their graph densely,
# in one matrix product.
_DENSE_CELLS = 250_000


@dataclass(frozen=True)
class Graph:
    """The non-zero edges of a sentence graph: ``values[k]`` links ``rows[k]`` to ``cols[k]``."""

    size: int
    rows: IndexArray
    cols: IndexArray
    values: FloatArray


def _postings(words: Sequence[Sequence[str]]) -> tuple[IntArray, IntArray, FloatArray]:
    """Every (sentence, word, count) of the documents, sorted by sentence."""
    vocabulary: dict[str, int] = {}
    sentence_ids: list[int] = []
    word_ids: list[int] = []
    counts: list[int] = []
    for sentence, sentence_words in enumerate(words):
        for word, count in Counter(sentence_words).items():
            sentence_ids.append(sentence)
            word_ids.append(vocabulary.setdefault(word, len(vocabulary)))
            counts.append(count)
    return (
        numpy.array(sentence_ids, dtype=numpy.int64),
        numpy.array(word_ids, dtype=numpy.int64),
        numpy.array(counts, dtype=float),
    )


def _within_pair_limit(
    sentence_of: IntArray, word_of: IntArray, count_of: FloatArray
) -> tuple[IntArray, IntArray, FloatArray]:
    """The postings without the most common words, if the graph would exceed PAIR_LIMIT."""
    spread = numpy.bincount(word_of, minlength=1).astype(float)
    if (spread**2).sum() <= PAIR_LIMIT:
        return sentence_of, word_of, count_of
    by_frequency = numpy.argsort(-spread, kind="stable")
    remaining = (spread**2).sum() - numpy.cumsum(spread[by_frequency] ** 2)
    dropped = by_frequency[: int(numpy.argmax(remaining <= PAIR_LIMIT)) + 1]
    keep = ~numpy.isin(word_of, dropped)
    return sentence_of[keep], word_of[keep], count_of[keep]


def _edge_values(shared: Any, norm: FloatArray) -> FloatArray:
    """sumy's edge weights from shared counts and the sums of the two sentences' log lengths.

    sumy tests numpy.isclose(norm, 0.0), which for these finite, non-negative norms is
    norm <= 1e-8 (its absolute tolerance), without isclose's general machinery.
    """
    values: FloatArray = shared / numpy.where(norm <= _ISCLOSE_ATOL, 1.0, norm)
    return values


def _dense_edges(words: Sequence[Sequence[str]], log_length: FloatArray) -> Graph | None:
    """The graph of a document small enough for a dense count matrix (a news article), or None.

    C C^T is then one matrix product. The shared counts are sums of products of whole numbers,
    exact in any order, and the edges come out sorted by row and column as in the sparse
    construction: the graph is identical, found with a few numpy calls instead of dozens.
    """
    size = len(words)
    vocabulary: dict[str, int] = {}
    ids = [vocabulary.setdefault(w, len(vocabulary)) for sentence in words for w in sentence]
    columns = len(vocabulary)
    # The shared counts form a size x size matrix; within PAIR_LIMIT, so no word is left out.
    if size * columns > _DENSE_CELLS or size * size > min(_DENSE_CELLS, PAIR_LIMIT):
        return None
    cell = numpy.repeat(numpy.arange(size) * columns, [len(w) for w in words])
    cell += numpy.array(ids, dtype=numpy.int64)
    counts = numpy.bincount(cell, minlength=size * columns).astype(float).reshape(size, columns)
    shared = counts @ counts.T
    rows, cols = numpy.nonzero(shared)
    values = _edge_values(shared[rows, cols], log_length[rows] + log_length[cols])
    return Graph(size=size, rows=rows.astype(_INDEX), cols=cols.astype(_INDEX), values=values)


def edge_weights(words: Sequence[Sequence[str]]) -> Graph:
    """sumy's TextRank edge weights between all sentences, self-links included, unnormalised.

    The shared count of two sentences is the product of their word counts summed over the
    words they share: C C^T for the sentence-by-word count matrix C. It is summed from each
    word's postings, a block of rows at a time, by sorting the pairs: the work follows the
    pairs (bounded by PAIR_LIMIT), not the square of the number of sentences.
    """
    size = len(words)
    # sumy's edge: shared / (log len_i + log len_j), or shared itself when both sentences are
    # one word long (norm 0). A sentence with no words shares none and has no edges.
    log_length = numpy.log(numpy.maximum([len(w) for w in words], 1).astype(float))
    dense = _dense_edges(words, log_length)
    if dense is not None:
        return dense
    sentence_of, word_of, count_of = _postings(words)
    sentence_of, word_of, count_of = _within_pair_limit(sentence_of, word_of, count_of)
    # Each word's postings, grouped by word: the sentences it occurs in, with its counts there.
    by_word = numpy.argsort(word_of, kind="stable")
    posting_sentence, posting_count = sentence_of[by_word], count_of[by_word]
    word_size = numpy.bincount(word_of, minlength=1)
    word_start = numpy.concatenate(([0], numpy.cumsum(word_size)[:-1]))

    # Rows in blocks of about _BLOCK_PAIRS pairs (a row makes one pair per posting of each of
    # its words); a block is never empty.
    pairs_of_row = numpy.bincount(sentence_of, weights=word_size[word_of], minlength=size)
    block_of_row = ((numpy.cumsum(pairs_of_row) - pairs_of_row) // _BLOCK_PAIRS).astype(numpy.int64)
    first_rows = numpy.flatnonzero(numpy.diff(block_of_row, prepend=-1))
    parts: list[tuple[IntArray, IntArray, FloatArray]] = []
    occurrence_start = numpy.searchsorted(sentence_of, first_rows)
    occurrence_end = numpy.append(occurrence_start[1:], len(sentence_of))
    for begin, end in zip(occurrence_start, occurrence_end, strict=True):
        spread = word_size[word_of[begin:end]]
        # For each occurrence of a word in these rows, every posting of that word.
        posting = numpy.repeat(
            word_start[word_of[begin:end]] - numpy.cumsum(spread) + spread, spread
        )
        posting += numpy.arange(len(posting))
        pair_row = numpy.repeat(sentence_of[begin:end], spread)
        pair_value = numpy.repeat(count_of[begin:end], spread) * posting_count[posting]
        # Sum the products of each (row, column) pair: its shared count.
        cells, which = numpy.unique(
            pair_row * size + posting_sentence[posting], return_inverse=True
        )
        shared = numpy.bincount(which, weights=pair_value)
        rows, cols = cells // size, cells % size
        values = _edge_values(shared, log_length[rows] + log_length[cols])
        parts.append((rows.astype(_INDEX), cols.astype(_INDEX), values))
    if not parts:
        empty = numpy.zeros(0, dtype=_INDEX)
        return Graph(size=size, rows=empty, cols=empty, values=numpy.zeros(0))
    return Graph(
        size=size,
        rows=numpy.concatenate([p[0] for p in parts]),
        cols=numpy.concatenate([p[1] for p in parts]),
        values=numpy.concatenate([p[2] for p in parts]),
    )


def damped_walk(graph: Graph, jump: FloatArray, damping: float, epsilon: float) -> FloatArray:
    """The stationary vector of sumy's damped walk on ``graph``, jumping by ``jump``. The
    graph's values are normalised in place (its largest array; the graph is not used again)."""
    size = graph.size
    row_sums = numpy.bincount(graph.rows, weights=graph.values, minlength=size)
    normalised = graph.values
    normalised /= row_sums[graph.rows] + TextRankSummarizer._ZERO_DIVISION_PREVENTION
    p_vector = numpy.full(size, 1.0 / size)
    rows, cols = graph.rows, graph.cols
    jumping = (1.0 - damping) * jump
    change = 1.0
    while change > epsilon:
        flow = numpy.bincount(cols, weights=normalised * p_vector[rows], minlength=size)
        next_p = jumping * p_vector.sum() + damping * flow
        step = next_p - p_vector
        # The Euclidean norm as numpy.linalg.norm computes it for a vector: sqrt(x . x).
        change = math.sqrt(step.dot(step))
        p_vector = next_p
    return p_vector


class FastTextRankSummarizer(TextRankSummarizer):  # type: ignore[misc]
    """sumy's TextRankSummarizer with ``rate_sentences`` computed by sparse products.

    ``jump`` gives the random-jump distribution for a list of sentence texts: sumy's uniform
    one here, so the ratings are sumy's own; ringkas's position-aware variant overrides it.
    """

    def jump(self, texts: Sequence[str]) -> FloatArray:
        return numpy.full(len(texts), 1.0 / len(texts))

    def _to_words_set(self, sentence: Any) -> list[str]:
        """sumy's words of a sentence: lower case, stop words left out, each stemmed.

        sumy lower-cases every word, then lower-cases it again before stemming; once is the
        same, and a third of the work.
        """
        stop_words, stem = self._stop_words, self._stemmer
        return [stem(w) for w in map(str.lower, sentence.words) if w not in stop_words]

    def rate_sentences(self, document: Any) -> dict[Any, float]:
        sentences = document.sentences
        if not sentences:
            return {}
        words = [self._to_words_set(s) for s in sentences]
        ranks = damped_walk(
            edge_weights(words), self.jump([str(s) for s in sentences]), self.damping, self.epsilon
        )
        return dict(zip(sentences, ranks.tolist(), strict=True))


class PositionalTextRank(FastTextRankSummarizer):
    """TextRank whose random jump prefers early sentences: personalised PageRank.

    The graph, edge weights, power method and convergence test are sumy's TextRank. Where sumy
    jumps to every sentence alike, (1 - d) / n, this jumps to sentence i with probability
    ``position_prior(texts)[i]``.
    """

    # Tuned on half of IndoSum dev (docs/quality.md, "Summaries"): with the prior, ROUGE is flat
    # for damping 0 to 0.2 and falls beyond, as the walk drifts to long, late sentences that
    # are well connected but not summary material. 0.2 keeps the graph's vote.
    damping = 0.2

    def jump(self, texts: Sequence[str]) -> FloatArray:
        return position_prior(texts)
