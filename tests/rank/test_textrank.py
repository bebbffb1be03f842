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
    """The positional variant computed the slow way: sumy's dense matrix, jump replaced."""

    damping = PositionalTextRank.damping

    def rate_sentences(self, document: object) -> dict[object, float]:
        sentences = document.sentences  # type: ignore[attr-defined]
        count = len(sentences)
        matrix = self._create_matrix(document) - (1.0 - self.damping) / count
        prior = position_prior([str(s) for s in sentences])
        matrix = matrix + (1.0 - self.damping) * prior[numpy.newaxis, :]
        return dict(zip(sentences, self.power_method(matrix, self.epsilon), strict=True))


@pytest.mark.parametrize(
    ("reference", "fast"),
    [(TextRankSummarizer, FastTextRankSummarizer), (_DenseReference, PositionalTextRank)],
    ids=["textrank-vs-stock-sumy", "positional-vs-dense-reference"],
)
@settings(max_examples=120, deadline=None)
@given(documents)
def test_fast_walk_equals_the_slow_one(reference: type, fast: type, texts: list[str]) -> None:
    """On random documents the fast computation ranks exactly as the slow one (stock sumy, or
    sumy's dense matrix with the position jump) and scores within 1e-9."""
    expected = _rate(configured(reference), texts)
    got = _rate(configured(fast), texts)
    assert got == pytest.approx(expected, abs=1e-9, rel=0)
    assert _ranking(got) == _ranking(expected)


def test_seed_article_scores_match_sumy(seed_text: str) -> None:
    """On the seed article the fast scores equal sumy's."""
    sentences = split_sentences(seed_text)
    document, sumy_sentences = sumy_document([s.text for s in sentences])
    stock = configured(TextRankSummarizer).rate_sentences(document)
    fast = configured(FastTextRankSummarizer).rate_sentences(document)
    assert [fast[s] for s in sumy_sentences] == pytest.approx(
        [stock[s] for s in sumy_sentences], abs=1e-12, rel=0
    )


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=8), min_size=1, max_size=30))
def test_dense_graph_equals_the_sparse_one(words: list[list[str]]) -> None:
    """A small document's graph, built densely in one matrix product, is exactly the graph the
    sparse construction builds: same edges in the same order, same values to the last bit."""
    dense = textrank.edge_weights(words)
    original = textrank._DENSE_CELLS
    textrank._DENSE_CELLS = 0
    try:
        sparse = textrank.edge_weights(words)
    finally:
        textrank._DENSE_CELLS = original
    assert dense.size == sparse.size
    for field in ("rows", "cols", "values"):
        assert numpy.array_equal(getattr(dense, field), getattr(sparse, field))
        assert getattr(dense, field).dtype == getattr(sparse, field).dtype


def test_graph_is_the_same_whatever_the_block_size(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Summing the graph a few rows at a time gives exactly the edges of one block."""
    sentences = split_sentences(seed_text * 3)
    document, _ = sumy_document([s.text for s in sentences])
    summarizer = configured(FastTextRankSummarizer)
    words = [summarizer._to_words_set(s) for s in document.sentences]
    whole = textrank.edge_weights(words)
    monkeypatch.setattr(textrank, "_DENSE_CELLS", 0)  # the sparse construction
    monkeypatch.setattr(textrank, "_BLOCK_PAIRS", 100)  # a few rows at a time
    blocked = textrank.edge_weights(words)
    assert len(whole.rows) > 1000
    for field in ("rows", "cols", "values"):
        assert numpy.array_equal(getattr(whole, field), getattr(blocked, field))


def test_beyond_the_pair_limit_the_commonest_words_leave_the_graph(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Over PAIR_LIMIT, the most frequent word stops linking sentences; the rest stay."""
    words = [["beras", "harga"], ["beras", "petani"], ["beras", "harga"], ["beras", "pasar"]]
    full = textrank.edge_weights(words)  # beras: 16 pairs, harga: 4, petani and pasar: 1 each
    assert len(full.rows) == 16
    monkeypatch.setattr(textrank, "PAIR_LIMIT", 10)
    pruned = textrank.edge_weights(words)
    # Without "beras": harga links 0 and 2 (and themselves); 1 and 3 keep only self-links.
    assert list(zip(pruned.rows.tolist(), pruned.cols.tolist(), strict=True)) == [
        (0, 0), (0, 2), (1, 1), (2, 0), (2, 2), (3, 3),
    ]  # fmt: skip
