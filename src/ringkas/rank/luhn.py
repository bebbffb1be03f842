"""sumy's Luhn, with its significant words in a set."""

from __future__ import annotations

from typing import Any

from sumy.summarizers.luhn import LuhnSummarizer


class SetLuhn(LuhnSummarizer):  # type: ignore[misc]
    """sumy's Luhn with its significant words in a set: sumy keeps them in a tuple and
    looks every word of every sentence up in it, the product of the two counts."""

    def _get_significant_words(self, words: Any) -> frozenset[str]:
        return frozenset(super()._get_significant_words(words))
