"""Ranking: TextRank through sumy on tiny hand-built documents, and ringkas's faster versions
of sumy's other methods against stock sumy."""

from __future__ import annotations

import warnings
from dataclasses import replace

import numpy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer

from ringkas import rank
from ringkas.rank import scores
from ringkas.rank.adapter import _RatingsRecorder, _stable, configured, rate, sumy_document
from ringkas.rank.words import IndonesianWordTokenizer
from ringkas.text.segment import split_sentences


def _scores(text: str) -> list[float]:
    return scores(split_sentences(text), "textrank")


def test_no_sentences_no_scores() -> None:
    """An empty document has no scores (and does not crash sumy)."""
    assert scores([], "textrank") == []


def test_one_sentence_takes_all_the_weight() -> None:
    """A single sentence gets the whole stationary probability."""
    assert _scores("Jakarta banjir.") == [pytest.approx(1.0, abs=1e-6)]


def test_one_word_sentences() -> None:
    """One-word sentences (log length 0) are scored without dividing by zero."""
    assert _scores("Hujan. Hujan. Banjir.") == pytest.approx(
        [0.33333331916666736, 0.33333331916666736, 0.3333333050000028], abs=1e-12
    )


def test_sentence_linked_to_both_others_scores_highest() -> None:
    """The sentence that shares words with both others is the centre of the graph."""
    scores = _scores("Harga beras naik. Beras impor tiba di pelabuhan. Harga minyak naik.")
    assert scores == pytest.approx(
        [0.38717550907805026, 0.29625546087683385, 0.31656865303470605], abs=1e-12
    )


def test_duplicates_keep_their_own_scores() -> None:
    """Identical sentences each get a score at their own position (sumy alone merges them)."""
    scores = _scores("Harga beras naik. Harga beras naik. Petani senang.")
    assert len(scores) == 3
    assert scores[0] == scores[1]
    assert scores[0] > scores[2]


def test_tokenizer_keeps_reduplication_and_drops_punctuation() -> None:
    """Words are lower-cased; "negara-negara" stays one word; punctuation is not a word."""
    words = IndonesianWordTokenizer.to_words("Negara-negara “Asia”, kata Asy'ari: 2,5 persen!")
    assert words == ("negara-negara", "asia", "kata", "asy'ari", "2", "5", "persen")


def test_stop_words_do_not_link_sentences() -> None:
    """Sentences that share only stop words gain nothing from it; the one with content wins."""
    scores = _scores("Ia yang ada di sana. Ia yang ada di sini. Gempa mengguncang Lombok.")
    assert scores[0] == scores[1] < scores[2]


# -- ringkas's faster sumy methods rate as sumy does ----------------------------------------------


class _KLTiesToTheEarlier(KLSummarizer):  # type: ignore[misc]
    """Stock sumy KL-Sum, except that divergences equal to 12 decimals tie and the earlier
    sentence wins (sumy's own rounding noise decides such ties; kl.py keeps the earlier)."""

    @staticmethod
    def _find_index_of_best_sentence(kls: list[float]) -> int:
        rounded = [round(kl, 12) for kl in kls]
        return rounded.index(min(rounded))


STOCK = {
    "kl": _KLTiesToTheEarlier,
    "lexrank": LexRankSummarizer,
    "lsa": LsaSummarizer,
    "luhn": LuhnSummarizer,
    "sumbasic": SumBasicSummarizer,
}

# Few words, so that sentences share many and ties come up; "yang" and "dan" are stop words.
_WORDS = ["harga", "beras", "naik", "pasar", "petani", "panen", "yang", "dan", "2024", "Harga"]
_documents = st.lists(
    st.lists(st.sampled_from([*_WORDS, "negara-negara", "negara"]), max_size=8).map(
        lambda words: " ".join(words) + "."
    ),
    min_size=1,
    max_size=20,
)


def _stock_ratings(method: str, texts: list[str]) -> list[float]:
    recording = type("Recording", (_RatingsRecorder, STOCK[method]), {})
    document, _ = sumy_document(texts)
    summarizer = configured(recording)
    summarizer.ratings = [0.0] * len(texts)
    with warnings.catch_warnings(), numpy.errstate(divide="ignore", invalid="ignore"):
        warnings.simplefilter("ignore")
        summarizer(document, len(texts))
    return [_stable(r) for r in summarizer.ratings]


@pytest.mark.parametrize("method", sorted(STOCK))
@settings(max_examples=15, deadline=None)
@given(texts=_documents)
def test_faster_methods_rate_as_stock_sumy(method: str, texts: list[str]) -> None:
    """kl.py, lexrank.py, sumbasic.py and the LSA and Luhn of adapter.py give stock sumy's
    ratings (to rounding) on random documents full of shared words, duplicates and ties."""
    expected = _stock_ratings(method, texts)
    got = rate(texts, method)
    assert got == pytest.approx(expected, abs=1e-9, rel=0)
    assert sorted(range(len(got)), key=lambda i: (-round(got[i], 9), i)) == sorted(
        range(len(expected)), key=lambda i: (-round(expected[i], 9), i)
    )


def test_quadratic_methods_rank_the_first_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    """Beyond its limit, a method whose time grows with the square of the sentences ranks the
    first ones; the later ones score below them all and follow in document order."""
    sentences = split_sentences(
        "Harga beras naik. Petani senang. Harga beras turun. Pasar ramai. Harga naik lagi."
    )
    full = scores(sentences, "sumbasic")
    monkeypatch.setitem(rank.REGISTRY, "sumbasic", replace(rank.REGISTRY["sumbasic"], limit=3))
    limited = scores(sentences, "sumbasic")
    assert limited[:3] == scores(sentences[:3], "sumbasic")
    assert limited[3] == limited[4] < min(limited[:3])
    assert limited != full
