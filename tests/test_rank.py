"""TextRank scoring through sumy, on tiny hand-built documents."""

from __future__ import annotations

import pytest

from ringkas.rank import scores
from ringkas.segment import split_sentences
from ringkas.words import IndonesianWordTokenizer


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
