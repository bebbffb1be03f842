"""Choose a summary's sentences from a ranking: as long as asked for, and no repeats."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..model import Sentence
from .words import content_words, overlap

# The default summary is about this many words. Human summaries of news are nearly constant in
# length, whatever the article's (IndoSum dev: 57.7 +- 3.9 words, r = 0.05 with its length);
# the target was chosen on the tuning half of IndoSum dev (docs/quality.md, "Summaries").
DEFAULT_WORDS = 60

# Two chosen sentences must not say nearly the same thing: a sentence whose content words
# overlap this much (cosine) with one already chosen is skipped.
REDUNDANCY = 0.7


def sentence_count(total: int, sentences: int | None, ratio: float | None) -> int | None:
    """How many sentences ``sentences`` or ``ratio`` of ``total`` ask for; None when neither
    is given."""
    if ratio is not None:
        # Round half up; the small tolerance keeps 0.3 * 10 == 3.0000000000000004 at 3.
        return max(1, math.floor(ratio * total + 0.5 + 1e-9))
    return sentences


def _choosable(candidates: Sequence[Sentence], ratings: Sequence[float]) -> Iterator[Sentence]:
    """The candidates best first that can be chosen, each with its score and rank set.

    Ties go to the earlier sentence. A sentence whose text repeats one before it, or says nearly
    the same (content words overlapping above REDUNDANCY), is skipped and gets no rank, so the
    ranks run 1, 2, 3, ...
    """
    best_first = sorted(range(len(candidates)), key=lambda k: (-ratings[k], k))
    seen_texts: set[str] = set()
    seen_words: list[frozenset[str]] = []
    for k in best_first:
        sentence = candidates[k]
        key = " ".join(sentence.text.split())
        if key in seen_texts:
            continue
        words = content_words(sentence.text)
        if any(overlap(words, other) > REDUNDANCY for other in seen_words):
            continue
        seen_texts.add(key)
        seen_words.append(words)
        yield replace(sentence, score=ratings[k], rank=len(seen_words))


def choose(
    candidates: Sequence[Sentence],
    ratings: Sequence[float],
    *,
    count: int | None = None,
    words: int = DEFAULT_WORDS,
) -> list[Sentence]:
    """The best of ``candidates`` by ``ratings``, best first.

    With ``count``, that many of them. Otherwise about ``words`` words: of the prefixes of the
    ranking, the one whose word count is closest to ``words`` (a tie goes to the shorter one,
    and the summary is never empty), as gensim's and summa's word counts work.
    """
    ranked = _choosable(candidates, ratings)
    if count is not None:
        return [sentence for _, sentence in zip(range(count), ranked, strict=False)]
    chosen: list[Sentence] = []
    used = 0
    for sentence in ranked:
        more = used + len(sentence.text.split())
        # Stop when the next sentence takes the count further from the target than it is.
        if chosen and abs(more - words) >= abs(used - words):
            break
        chosen.append(sentence)
        used = more
        if used >= words:
            break
    return chosen
