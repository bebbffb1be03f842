"""The fast TextRank equals sumy's: same rankings, scores within 1e-9."""

from __future__ import annotations

import numpy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sumy.summarizers.text_rank import TextRankSummarizer

from ringkas.rank import textrank
from ringkas.rank.adapter import configured, sumy_document
from ringkas.rank.prior import position_prior
from ringkas.rank.textrank import FastTextRankSummarizer, PositionalTextRank
from ringkas.text.segment import split_sentences

# Few words, so that sentences share many; "yang" and "dan" are stop words.
WORDS = ["harga", "beras", "naik", "pasar", "petani", "panen", "yang", "dan", "2024", "Harga"]

documents = st.lists(
    st.lists(st.sampled_from(WORDS), min_size=0, max_size=8).map(
        lambda words: (" ".join(words) + ".") if words else "Ya."
    ),
    min_size=1,
    max_size=40,
)


def _ranking(scores: list[float]) -> list[int]:
    return sorted(range(len(scores)), key=lambda i: (-round(scores[i], 12), i))


def _rate(summarizer: TextRankSummarizer, texts: list[str]) -> list[float]:
    sentences = split_sentences(" ".join(texts))
    document, sumy_sentences = sumy_document([s.text for s in sentences])
    ratings = summarizer.rate_sentences(document)
    return [float(ratings[s]) for s in sumy_sentences]


class _DenseReference(TextRankSummarizer):  # type: ignore[misc]
    """TextRank computed the slow way: sumy's dense matrix, its random jump ``jump`` (sumy's
    uniform one, or the position prior), and what reaches a sentence without edges jumping on
    by the same jump."""

    positional = False

    def rate_sentences(self, document: object) -> dict[object, float]:
        sentences = document.sentences  # type: ignore[attr-defined]
        count = len(sentences)
        matrix = self._create_matrix(document)
        texts = [str(s) for s in sentences]
        jump = position_prior(texts) if self.positional else numpy.full(count, 1.0 / count)
        matrix = (
            matrix - (1.0 - self.damping) / count + (1.0 - self.damping) * jump[numpy.newaxis, :]
        )
        # A row of the walk without edges holds only the jump: its weights summed to 0.
        without_edges = [not self._to_words_set(s) for s in sentences]
        matrix[without_edges] += self.damping * jump[numpy.newaxis, :]
        return dict(zip(sentences, self.power_method(matrix, self.epsilon), strict=True))


class _PositionalReference(_DenseReference):
    damping = PositionalTextRank.damping
    positional = True


@pytest.mark.parametrize(
    ("reference", "fast"),
    [(_DenseReference, FastTextRankSummarizer), (_PositionalReference, PositionalTextRank)],
    ids=["textrank-vs-dense-reference", "positional-vs-dense-reference"],
)
@settings(max_examples=120, deadline=None)
@given(documents)
def test_fast_walk_equals_the_slow_one(reference: type, fast: type, texts: list[str]) -> None:
    """On random documents, some with sentences of stop words only, the fast computation ranks
    exactly as sumy's dense matrix with the same jump and scores within 1e-9."""
    expected = _rate(configured(reference), texts)
    got = _rate(configured(fast), texts)
    assert got == pytest.approx(expected, abs=1e-9, rel=0)
    assert _ranking(got) == _ranking(expected)


@settings(max_examples=120, deadline=None)
@given(documents)
def test_textrank_equals_stock_sumy_where_every_sentence_has_a_word(texts: list[str]) -> None:
    """Where every sentence has a word that counts, the fast TextRank is stock sumy's."""
    sentences = split_sentences(" ".join(texts))
    document, _ = sumy_document([s.text for s in sentences])
    summarizer = configured(TextRankSummarizer)
    if not all(summarizer._to_words_set(s) for s in document.sentences):
        return  # a sentence of stop words only ("yang dan.")
    expected = _rate(summarizer, texts)
    got = _rate(configured(FastTextRankSummarizer), texts)
    assert got == pytest.approx(expected, abs=1e-9, rel=0)
    assert _ranking(got) == _ranking(expected)


def test_a_sentence_without_words_passes_its_share_on() -> None:
    """sumy's walk loses what reaches a sentence of stop words only, so its vector shrinks;
    here it jumps on, and the ratings of a document sum to 1."""
    texts = ["Harga beras naik.", "Yang dan.", "Harga beras di pasar naik.", "Petani panen."]
    got = _rate(configured(FastTextRankSummarizer), texts)
    stock = _rate(configured(TextRankSummarizer), texts)
    assert sum(got) == pytest.approx(1.0, abs=1e-6)
    assert sum(stock) < 0.9
    assert _ranking(got) == _ranking(stock)


def test_seed_article_scores_match_sumy(seed_text: str) -> None:
    """On the seed article the fast scores equal sumy's."""
    sentences = split_sentences(seed_text)
    document, sumy_sentences = sumy_document([s.text for s in sentences])
    stock = configured(TextRankSummarizer).rate_sentences(document)
    fast = configured(FastTextRankSummarizer).rate_sentences(document)
    assert [fast[s] for s in sumy_sentences] == pytest.approx(
        [stock[s] for s in sumy_sentences], abs=1e-12, rel=0
    )


def _spread(graph: textrank.EdgeGraph | textrank.LengthGraph, q: numpy.ndarray) -> numpy.ndarray:
    return graph.transfer(numpy.zeros(graph.size))(q)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(WORDS), max_size=8), min_size=1, max_size=30),
    st.randoms(use_true_random=False),
)
def test_length_graph_equals_the_edges(words: list[list[str]], rng: object) -> None:
    """A long document's graph, kept as counts by sentence length, moves any vector as the
    edges of the dense graph do, and has the same row sums."""
    dense = textrank.dense_graph(words)
    assert dense is not None
    by_length = textrank.length_graph(words)
    q = numpy.array([rng.random() for _ in words])  # type: ignore[attr-defined]
    assert by_length.row_sums() == pytest.approx(dense.row_sums(), rel=1e-12, abs=1e-12)
    assert by_length.spread(q) == pytest.approx(
        numpy.bincount(dense.cols, weights=dense.values * q[dense.rows], minlength=len(words)),
        rel=1e-12,
        abs=1e-12,
    )


def test_long_documents_use_the_length_graph(seed_text: str) -> None:
    """Past the dense size a document's graph is its counts, and ranks as the edges would."""
    sentences = split_sentences(seed_text * 30)
    document, _ = sumy_document([s.text for s in sentences])
    summarizer = configured(FastTextRankSummarizer)
    words = [summarizer._to_words_set(s) for s in document.sentences]
    assert textrank.dense_graph(words) is None
    assert isinstance(textrank.sentence_graph(words), textrank.LengthGraph)
    few = words[:40]
    jump = numpy.full(len(few), 1.0 / len(few))
    dense = textrank.damped_walk(textrank.dense_graph(few), jump, 0.85, 1e-4)
    by_length = textrank.damped_walk(textrank.length_graph(few), jump, 0.85, 1e-4)
    assert by_length == pytest.approx(dense, rel=1e-12, abs=0)
