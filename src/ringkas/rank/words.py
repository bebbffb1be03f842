"""Indonesian words as ranking and selection compare them.

Words are runs of letters and digits, lower-cased; a reduplication ("negara-negara",
"anak-anaknya") counts as its base word. Web addresses in a sentence are not words. Stop words
come from ``indonesian/stopwords.txt``.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ..indonesian.stopwords import stop_words

# Words are runs of letters and digits, joined by inner hyphens or apostrophes, so the
# reduplicated "negara-negara" and the name "Asy'ari" stay one word each.
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# A web address in a sentence: a link written out, or Markdown's "[text](address)".
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s)\]]+")


class IndonesianWordTokenizer:
    """The word tokenizer sumy's document model calls (``to_words``), for Indonesian."""

    @staticmethod
    def to_words(text: str) -> tuple[str, ...]:
        if "://" in text or "www." in text:
            text = _ADDRESS.sub(" ", text)  # an address is no word of the sentence
        return tuple(map(str.lower, _WORD.findall(text)))


@lru_cache(maxsize=1 << 16)
def normalize_word(word: str) -> str:
    """The form under which a word is compared: lower case, a reduplication as its base.

    "Negara-negara" and "negara" are the same word for ranking; so are "anak-anaknya" and
    "anak". Remembered for the most recent 65,536 words: a news text repeats most of its own.
    """
    word = word.lower()
    first, dash, rest = word.partition("-")
    if dash and (rest == first or rest.startswith(first)):
        return first
    return word


def content_words(text: str) -> frozenset[str]:
    """The normalised words of ``text`` that are not stop words."""
    stops = stop_words()
    return frozenset(
        normalize_word(w) for w in IndonesianWordTokenizer.to_words(text) if w not in stops
    )


def overlap(words1: frozenset[str], words2: frozenset[str]) -> float:
    """How much two sentences say the same: cosine of their content-word sets, 0 to 1."""
    if not words1 or not words2:
        return 0.0
    return len(words1 & words2) / math.sqrt(len(words1) * len(words2))
