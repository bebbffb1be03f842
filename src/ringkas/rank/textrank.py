"""sumy's TextRank, computed without comparing sentences pair by pair.

sumy rates the edge between two sentences as the number of word occurrences they share over the
sum of the logs of their lengths, compares every pair of sentences in Python, and runs the power
method on a dense n x n matrix: about 5 s for 800 sentences, and n squared memory. Here, with C
the sentence-by-word count matrix and a_i = log(length of sentence i):

    E[i, j] = (C C^T)[i, j] / (a_i + a_j)       (the shared count itself when a_i + a_j is 0)
    W       = E / (row sums of E + 1e-7)        (sumy's normalisation, self-links included)
    p'      = (1 - d) * jump * sum(p) + d * (W^T p + jump * (p of the sentences without edges))

with sumy's damping, epsilon and starting vector; ``jump`` is sumy's uniform 1 / n, or ringkas's
position prior (``PositionalTextRank``).

A news article's graph is built densely, in one matrix product (``EdgeGraph``). A longer
document's graph is never built: E's denominator takes one value per pair of sentence lengths,
so W^T p is computed from C alone, one column per length (``LengthGraph``). Its time and memory
grow with the words of the document, not with the pairs of sentences that share a word, and
every word counts, however common.

A sentence with no word that counts (only stop words: "Ya.") has no edges, not even to itself.
sumy's walk loses the probability that reaches it: on such a document its vector shrinks at
every step, and the power method stops when the steps are small because the vector is, after
hundreds of steps on a long document. Here that probability jumps on as the random jump does,
as PageRank treats a page without links. Where every sentence has a word that counts, the
result equals sumy's to floating-point rounding; tests/rank/test_textrank.py checks both.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from sumy.summarizers.text_rank import TextRankSummarizer

from .prior import position_prior
from .words import IndonesianWordTokenizer

FloatArray = numpy.ndarray[Any, numpy.dtype[numpy.float64]]
IntArray = numpy.ndarray[Any, numpy.dtype[numpy.int64]]

# sumy's guard against dividing by a row sum of 0.
_ZERO_DIVISION = TextRankSummarizer._ZERO_DIVISION_PREVENTION

# numpy.isclose's default absolute tolerance, which sumy's edge weight uses to compare with 0.
_ISCLOSE_ATOL = 1e-08

# Documents whose sentence-by-word count matrix, and whose sentence-by-sentence matrix, have at
# most this many cells (2 MB each; a news article has a few thousand) build their graph densely,
# in one matrix product.
_DENSE_CELLS = 250_000


def _edge_values(shared: Any, norm: Any) -> Any:
    """sumy's edge weights from shared counts and the sums of the two sentences' log lengths.

    sumy tests numpy.isclose(norm, 0.0), which for these finite, non-negative norms is
    norm <= 1e-8 (its absolute tolerance), without isclose's general machinery.
    """
    return shared / numpy.where(norm <= _ISCLOSE_ATOL, 1.0, norm)


@dataclass(frozen=True)
class EdgeGraph:
    """The non-zero edges of a sentence graph: ``values[k]`` links ``rows[k]`` to ``cols[k]``."""

    size: int
    rows: IntArray
    cols: IntArray
    values: FloatArray

    def row_sums(self) -> FloatArray:
        # (a bincount of no edges at all gives integers)
        sums = numpy.bincount(self.rows, weights=self.values, minlength=self.size)
        return sums.astype(float, copy=False)

    def transfer(self, row_sums: FloatArray) -> Callable[[FloatArray], FloatArray]:
        """W^T p for any p. The values are normalised in place (the graph is not used again)."""
        normalised = self.values
        normalised /= row_sums[self.rows] + _ZERO_DIVISION
        rows, cols, size = self.rows, self.cols, self.size
        return lambda p: numpy.bincount(cols, weights=normalised * p[rows], minlength=size).astype(
            float, copy=False
        )


def dense_graph(words: Sequence[Sequence[str]]) -> EdgeGraph | None:
    """The graph of a document small enough for a dense count matrix (a news article), or None.

    The edges come out sorted by row and column; the shared counts are sums of products of
    whole numbers, exact in any order.
    """
    size = len(words)
    vocabulary: dict[str, int] = {}
    ids = [vocabulary.setdefault(w, len(vocabulary)) for sentence in words for w in sentence]
    columns = len(vocabulary)
    if size * columns > _DENSE_CELLS or size * size > _DENSE_CELLS:
        return None
    log_length = _log_lengths(words)
    cell = numpy.repeat(numpy.arange(size) * columns, [len(w) for w in words])
    cell += numpy.array(ids, dtype=numpy.int64)
    counts = numpy.bincount(cell, minlength=size * columns).astype(float).reshape(size, columns)
    shared = counts @ counts.T
    rows, cols = numpy.nonzero(shared)
    values = _edge_values(shared[rows, cols], log_length[rows] + log_length[cols])
    return EdgeGraph(size=size, rows=rows, cols=cols, values=values)


def _log_lengths(words: Sequence[Sequence[str]]) -> FloatArray:
    """log of each sentence's length in words (0 for a sentence without words: it has no
    edges, so its length never counts)."""
    logs: FloatArray = numpy.log(numpy.maximum([len(w) for w in words], 1).astype(float))
    return logs


@dataclass(frozen=True)
class LengthGraph:
    """A sentence graph kept as its count matrix, for documents of any length.

    E[i, j] = sum over words w of C[i, w] C[j, w] f(L_i, L_j), with f the inverse of the sum
    of the two length logs; f takes one value per pair of length classes (sentences of one
    length). So for any q,

        (E^T q)[j] = sum over w of C[j, w] G[w, L_j],   G = U F,   U[w, l] = sum over i of
        length l of q_i C[i, w],   F[k, l] = f(k, l),

    one pass over the postings (sentence, word, count) to make U, one matrix product with the
    small F, and one pass to read G back. Words that occur in one sentence only link it to
    itself; their part of E is the diagonal ``own`` and they stay out of U and G, so U and G
    have a row per word shared by two sentences or more.
    """

    size: int
    sentence: IntArray  # each shared posting's sentence
    cell: IntArray  # each shared posting's cell of U and G: word * classes + length class
    count: FloatArray  # each shared posting's count
    factors: FloatArray  # F, classes x classes
    shared_words: int
    own: FloatArray  # E[i, i] from the words only sentence i has

    def spread(self, q: FloatArray) -> FloatArray:
        """E^T q (E is symmetric)."""
        classes = len(self.factors)
        weights = self.count * q[self.sentence]
        u = numpy.bincount(self.cell, weights=weights, minlength=self.shared_words * classes)
        g = (u.reshape(self.shared_words, classes) @ self.factors).ravel()
        flow: FloatArray = self.own * q
        flow += numpy.bincount(
            self.sentence, weights=self.count * g[self.cell], minlength=self.size
        )
        return flow

    def row_sums(self) -> FloatArray:
        return self.spread(numpy.ones(self.size))

    def transfer(self, row_sums: FloatArray) -> Callable[[FloatArray], FloatArray]:
        scale = 1.0 / (row_sums + _ZERO_DIVISION)
        return lambda p: self.spread(p * scale)


def length_graph(words: Sequence[Sequence[str]]) -> LengthGraph:
    """The graph of any document, as its count matrix by length class (see LengthGraph)."""
    size = len(words)
    vocabulary: dict[str, int] = {}
    # Machine integers, not lists of Python ones: a long document has millions of postings.
    sentence_ids, word_ids, counts = array("q"), array("q"), array("q")
    for sentence, sentence_words in enumerate(words):
        for word, count in Counter(sentence_words).items():
            sentence_ids.append(sentence)
            word_ids.append(vocabulary.setdefault(word, len(vocabulary)))
            counts.append(count)
    sentence_of = numpy.frombuffer(sentence_ids, dtype=numpy.int64)
    word_of = numpy.frombuffer(word_ids, dtype=numpy.int64)
    count_of = numpy.frombuffer(counts, dtype=numpy.int64).astype(float)
    lengths, length_class = numpy.unique(_log_lengths(words), return_inverse=True)
    sums = lengths[:, numpy.newaxis] + lengths[numpy.newaxis, :]
    factors = _edge_values(numpy.ones_like(sums), sums)
    # Words of one sentence only: their shared count with it is the square of their count.
    spread = numpy.bincount(word_of, minlength=len(vocabulary))
    alone = spread[word_of] == 1
    own_class = length_class[sentence_of[alone]]
    own = numpy.bincount(
        sentence_of[alone],
        weights=count_of[alone] ** 2 * factors[own_class, own_class],
        minlength=size,
    ).astype(float, copy=False)
    shared = ~alone
    in_several = spread > 1
    shared_word = numpy.cumsum(in_several) - 1  # each word's row in U and G
    classes = len(lengths)
    sentence_of = sentence_of[shared]
    cell = shared_word[word_of[shared]] * classes + length_class[sentence_of]
    return LengthGraph(
        size=size,
        sentence=sentence_of,
        cell=cell,
        count=count_of[shared],
        factors=factors,
        shared_words=int(in_several.sum()),
        own=own,
    )


def sentence_graph(words: Sequence[Sequence[str]]) -> EdgeGraph | LengthGraph:
    """sumy's TextRank graph of a document: its edges for a news article, else its counts."""
    return dense_graph(words) or length_graph(words)


def damped_walk(
    graph: EdgeGraph | LengthGraph, jump: FloatArray, damping: float, epsilon: float
) -> FloatArray:
    """The stationary vector of sumy's damped walk on ``graph``, jumping by ``jump``; what
    reaches a sentence without edges jumps on by ``jump`` too."""
    size = graph.size
    row_sums = graph.row_sums()
    dangling = numpy.flatnonzero(row_sums == 0)
    transfer = graph.transfer(row_sums)
    p_vector = numpy.full(size, 1.0 / size)
    jumping = (1.0 - damping) * jump
    change = 1.0
    while change > epsilon:
        flow = transfer(p_vector)
        if len(dangling):
            flow += jump * p_vector[dangling].sum()
        next_p = jumping * p_vector.sum() + damping * flow
        step = next_p - p_vector
        # The Euclidean norm as numpy.linalg.norm computes it for a vector: sqrt(x . x).
        change = math.sqrt(step.dot(step))
        p_vector = next_p
    return p_vector


class FastTextRankSummarizer(TextRankSummarizer):  # type: ignore[misc]
    """sumy's TextRankSummarizer with ``rate_sentences`` computed without pairwise loops.

    ``jump`` gives the random-jump distribution for a list of sentence texts: sumy's uniform
    one here, so the ratings are sumy's own; ringkas's position-aware variant overrides it.
    """

    def jump(self, texts: Sequence[str]) -> FloatArray:
        return numpy.full(len(texts), 1.0 / len(texts))

    def _to_words_set(self, sentence: Any) -> list[str]:
        """sumy's words of a sentence: lower case, stop words left out, each stemmed."""
        return self._stemmed([word.lower() for word in sentence.words], {})

    def _stemmed(self, tokens: Sequence[str], stems: dict[str, str | None]) -> list[str]:
        """The stems of ``tokens`` (lower case, as ringkas's tokenizer gives them) but stop
        words, as sumy takes them: sumy lower-cases every word, then again before stemming,
        which changes nothing in lower case. ``stems`` holds a document's word forms seen so
        far, each with its stem (None for a stop word): each form is stemmed once, and every
        occurrence shares one string."""
        unseen = [word for word in tokens if word not in stems]
        if unseen:
            stop_words, stem = self._stop_words, self._stemmer
            for word in unseen:
                stems[word] = None if word in stop_words else stem(word)
        return [found for found in map(stems.__getitem__, tokens) if found is not None]

    def rate_sentences(self, document: Any) -> dict[Any, float]:
        sentences = document.sentences
        if not sentences:
            return {}
        stems: dict[str, str | None] = {}
        # The words of ringkas's sumy sentences (adapter.py) are those of its tokenizer; they
        # are found here rather than through ``sentence.words``, which sumy keeps in every
        # sentence: a long text's word lists would stay for the whole ranking.
        tokenize = IndonesianWordTokenizer.to_words
        words = [self._stemmed(tokenize(str(s)), stems) for s in sentences]
        graph = sentence_graph(words)
        del words, stems  # the graph holds what the walk needs
        jump = self.jump([str(s) for s in sentences])
        ranks = damped_walk(graph, jump, self.damping, self.epsilon)
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
