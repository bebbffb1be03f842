"""sumy's SumBasic, choosing each round's best sentence without rescoring every sentence.

SumBasic takes, round after round, the sentence whose words have the highest average
probability, then squares the probability of each word it took; a sentence's rating is the
round it is taken in. sumy rescores every remaining sentence in every round: the number of
sentences times the number of words (2,000 sentences of 40 words took 20 s). Probabilities only
fall (squared, they are at most 1), so a score computed in an earlier round is an upper bound
of the sentence's score now. The sentences wait in a heap by their last score; each round the
top one is rescored, and it is the round's best as soon as its score is still what the heap
says (the lazy greedy of Minoux, 1978). Scores are computed exactly as sumy computes them, the
same sums in the same order, and ties go to the earlier sentence as in sumy, so the ratings
are sumy's, bit for bit (tests/rank/test_rank.py compares them with stock sumy).
"""

from __future__ import annotations

import heapq
from typing import Any

from sumy.summarizers.sum_basic import SumBasicSummarizer


class FastSumBasicSummarizer(SumBasicSummarizer):  # type: ignore[misc]
    """sumy's SumBasicSummarizer with ``_compute_ratings`` by lazy greedy choice."""

    def _compute_ratings(self, sentences: Any) -> dict[Any, float]:
        sentences = list(sentences)
        word_freq = self._compute_tf(sentences)
        contents = [self._get_content_words_in_sentence(s) for s in sentences]
        average = self._compute_average_probability_of_words

        # (-score, index): the highest score first, and of equal scores the earliest sentence,
        # which is the one sumy's scan in document order keeps.
        waiting = [(-average(word_freq, words), index) for index, words in enumerate(contents)]
        heapq.heapify(waiting)
        ratings: dict[Any, float] = {}
        while waiting:
            bound, index = heapq.heappop(waiting)
            score = -average(word_freq, contents[index])
            if score != bound:  # some of its words were taken since: wait with the new score
                heapq.heappush(waiting, (score, index))
                continue
            ratings[sentences[index]] = -len(ratings)
            self._update_tf(word_freq, contents[index])
        return ratings
