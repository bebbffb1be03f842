"""sumy's LSA, its ranks computed without the singular value decomposition."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from sumy.summarizers.lsa import LsaSummarizer


class DirectLsa(LsaSummarizer):  # type: ignore[misc]
    """sumy's LSA, its ranks computed without the singular value decomposition.

    sumy keeps every dimension (REDUCTION_RATIO 1), so a sentence's rank, the square root
    of the sum over dimensions of sigma_i^2 v_ij^2, is the length of the sentence's column
    of the weighted term matrix M (M^T M = V Sigma^2 V^T). sumy builds M densely, words by
    sentences, and decomposes it: minutes and gigabytes for a long text (39 s for 1,119
    short sentences). Here each column's length is summed from the sentence's own words:
    every cell of a column is sumy's smoothed frequency, 0.4 for the words the sentence
    lacks. The same ranks, without the rounding noise of the decomposition, which also
    made near ties follow Python's string hashing.
    """

    def __call__(self, document: Any, sentences_count: int) -> Any:
        if LsaSummarizer.REDUCTION_RATIO != 1:  # a sumy that drops dimensions: its own way
            return super().__call__(document, sentences_count)
        dictionary = self._create_dictionary(document)
        if not dictionary:
            return ()
        ranks = iter([self._column_length(s, dictionary) for s in document.sentences])
        return self._get_best_sentences(document.sentences, sentences_count, lambda s: next(ranks))

    def _column_length(
        self, sentence: Any, dictionary: dict[str, int], smooth: float = 0.4
    ) -> float:
        # The counts of sumy's _create_matrix, weighted as its _compute_term_frequency does.
        counts = Counter(w for w in map(self.stem_word, sentence.words) if w in dictionary)
        if not counts:
            return 0.0  # sumy leaves a column without words at zero
        most = max(counts.values())
        present = sum((smooth + (1.0 - smooth) * (c / most)) ** 2 for c in counts.values())
        return math.sqrt(present + (len(dictionary) - len(counts)) * smooth**2)
