"""sumy's KL-Sum, with each round's divergences updated instead of recomputed.

KL-Sum adds sentences to a summary one at a time, each time the one whose words, joined to the
summary's, diverge least from the document's word distribution; a sentence's rating is the
round it is added in. sumy recomputes every remaining sentence's divergence from scratch in
every round, over the whole summary's words: the cube of the number of sentences (250
sentences of ten random words took 19 s, 500 took 160 s). The divergence splits into parts that
change only for the words the last added sentence brought, so here each round costs one
vectorised pass over the remaining sentences (postings of the changed words, then an argmin):

    KL(s) = sum over words w of (s + summary) with p(w) > 0 of  p(w) log(p(w) / q(w))
    q(w)  = (c_s(w) + S(w)) / (n_s + L)
          = B + X_s + log(n_s + L) (P + Y_s)

where p is the document's distribution (sumy's ``compute_tf``), c_s and n_s the sentence's
content words and their number, S and L the summary's words as sumy counts them (all words of
its sentences, as tokenised) and their number, B and P sums over the summary's words alone, and
X_s and Y_s what the sentence's own words change in them. The ratings are sumy's; only the
floating-point rounding of the sums differs, so divergences are compared to 12 decimals
(tests/rank/test_rank.py compares the ratings with stock sumy's).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy
from sumy.summarizers.kl import KLSummarizer


class FastKLSummarizer(KLSummarizer):  # type: ignore[misc]
    """sumy's KLSummarizer with ``_compute_ratings`` computed incrementally."""

    def _compute_ratings(self, sentences: Any) -> dict[Any, float]:
        sentences = list(sentences)
        count = len(sentences)
        if not count:
            return {}
        word_freq: dict[str, float] = self.compute_tf(sentences)
        vocabulary = {word: k for k, word in enumerate(word_freq)}
        p = numpy.array(list(word_freq.values()), dtype=float)
        log_p = numpy.log(p) if len(p) else p

        # Each sentence's content words as sumy takes them (normalised, then stop words out):
        # their number, and for those in the document's distribution, the postings.
        contents = [self._get_content_words_in_sentence(s) for s in sentences]
        sizes = numpy.array([len(words) for words in contents], dtype=float)
        posting_sentence: list[int] = []
        posting_word: list[int] = []
        posting_count: list[int] = []
        for index, words in enumerate(contents):
            for word, times in sorted(Counter(words).items()):
                if word in vocabulary:
                    posting_sentence.append(index)
                    posting_word.append(vocabulary[word])
                    posting_count.append(times)
        of_sentence = numpy.array(posting_sentence, dtype=numpy.int64)
        of_word = numpy.array(posting_word, dtype=numpy.int64)
        times_in = numpy.array(posting_count, dtype=float)
        # The postings grouped by word, to update the sentences a word occurs in.
        by_word = numpy.argsort(of_word, kind="stable")
        starts = numpy.searchsorted(of_word[by_word], numpy.arange(len(p) + 1))

        # With an empty summary: X_s = sum of p (log p - log c_s), Y_s = sum of p.
        weight = p[of_word] if len(of_word) else numpy.zeros(0)
        x = numpy.bincount(
            of_sentence,
            weights=weight * (log_p[of_word] - numpy.log(times_in)) if len(of_word) else None,
            minlength=count,
        ).astype(float)
        y = numpy.bincount(of_sentence, weights=weight, minlength=count).astype(float)

        in_summary = numpy.zeros(len(p))  # S(w) for the words of the distribution
        summary_length = 0  # L
        b = 0.0  # sum over the summary's words of p (log p - log S)
        p_summary = 0.0  # sum over the summary's words of p
        remaining = numpy.ones(count, dtype=bool)
        ratings: dict[Any, float] = {}
        for round_number in range(count):
            total = sizes + summary_length
            with numpy.errstate(divide="ignore", invalid="ignore"):
                divergence = b + x + numpy.log(total) * (p_summary + y)
            # A sentence without content words beside an empty summary: nothing to compare.
            divergence[total == 0] = 0.0
            # Rounded, so that sentences that tie (as sumy computes them) tie here too despite
            # the different rounding of the sums, and the first of them wins, as in sumy.
            divergence = numpy.round(divergence, 12)
            divergence[~remaining] = numpy.inf
            best = int(numpy.argmin(divergence))
            remaining[best] = False
            ratings[sentences[best]] = -round_number
            # The best sentence joins the summary with all its words, as sumy counts them.
            added = sentences[best].words
            summary_length += len(added)
            for word, times in Counter(added).items():
                k = vocabulary.get(word)
                if k is None:
                    continue
                before, after = in_summary[k], in_summary[k] + times
                in_summary[k] = after
                if before:
                    b -= p[k] * (log_p[k] - numpy.log(before))
                else:
                    p_summary += p[k]
                b += p[k] * (log_p[k] - numpy.log(after))
                postings = by_word[starts[k] : starts[k + 1]]
                who, c = of_sentence[postings], times_in[postings]
                # A word's part of X_s: p (log S - log(c + S)) once in the summary, else
                # p (log p - log c); and p leaves Y_s when the word joins the summary.
                old = (
                    numpy.log(before) - numpy.log(c + before) if before else log_p[k] - numpy.log(c)
                )
                x[who] += p[k] * (numpy.log(after) - numpy.log(c + after) - old)
                if not before:
                    y[who] -= p[k]
        return ratings
