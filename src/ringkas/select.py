"""Choose a summary's sentences from a ranking: as many as asked for, and no repeats."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from .model import Sentence
from .words import content_words, overlap

DEFAULT_SENTENCES = 3

# Two chosen sentences must not say nearly the same thing: a sentence whose content words
# overlap this much (cosine) with one already chosen is skipped.
REDUNDANCY = 0.7


def sentence_count(total: int, sentences: int | None, ratio: float | None) -> int:
    """How many sentences ``sentences`` or ``ratio`` of ``total`` ask for (default 3)."""
    if ratio is not None:
        # Round half up; the small tolerance keeps 0.3 * 10 == 3.0000000000000004 at 3.
        return max(1, math.floor(ratio * total + 0.5 + 1e-9))
    return DEFAULT_SENTENCES if sentences is None else sentences


def _word_count(sentence: Sentence) -> int:
    return len(sentence.text.split())


def choose(
    candidates: Sequence[Sentence],
    ratings: Sequence[float],
    *,
    count: int,
    words: int | None = None,
) -> list[Sentence]:
    """The best of ``candidates`` by ``ratings``, best first, with their score and rank set.

    Ties go to the earlier sentence. A sentence whose text repeats one already chosen, or says
    nearly the same (content words overlapping above REDUNDANCY), is skipped and gets no rank,
    so the ranks of a summary run 1, 2, 3, ... With ``words``, sentences are taken while they
    fit in that many words (at least one); otherwise ``count`` of them.
    """
    best_first = sorted(range(len(candidates)), key=lambda k: (-ratings[k], k))
    chosen: list[Sentence] = []
    chosen_words: list[frozenset[str]] = []
    seen_texts: set[str] = set()
    words_used = 0
    for k in best_first:
        sentence = candidates[k]
        key = " ".join(sentence.text.split())
        if key in seen_texts:
            continue
        words_k = content_words(sentence.text)
        if any(overlap(words_k, other) > REDUNDANCY for other in chosen_words):
            continue
        if words is not None:
            words_used += _word_count(sentence)
            if chosen and words_used > words:
                break
        elif len(chosen) == count:
            break
        seen_texts.add(key)
        chosen_words.append(words_k)
        chosen.append(replace(sentence, score=ratings[k], rank=len(chosen) + 1))
        if words is not None and words_used >= words:
            break
    return chosen
