"""Whether a text looks Indonesian: ringkas's sentence rules, stop words and page furniture are
Indonesian, so a summary of a text in another language may be poor, and the user is told.

A text is taken for English when English function words are at least ``ENGLISH_SHARE`` of its
words and twice the Indonesian ones; for another language (not told which) when Indonesian and
English function words are both rare. A text of fewer than ``MIN_WORDS`` words is not judged;
a longer one by its first sentences, up to ``MAX_WORDS`` words.
Malay, which shares Indonesian's function words, passes for Indonesian.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..indonesian.languages import ENGLISH, INDONESIAN

MIN_WORDS = 20
# The words a text is judged by, from its start: enough to tell, and a book costs no more.
MAX_WORDS = 2000
ENGLISH_SHARE = 0.15
# Below both shares, a text is in neither language. IndoSum's articles have at least 6 %
# Indonesian function words.
RARE_INDONESIAN = 0.03
RARE_ENGLISH = 0.05

_WORD = re.compile(r"[^\W\d_]+")
# A text of up to this many characters is searched for words in one go.
_WHOLE_CHARACTERS = 50_000

ENGLISH_CODE = "en"
UNDETERMINED = "und"  # ISO 639: a language not told
# The names of the languages a text can be told to be in.
NAMES = {ENGLISH_CODE: "English"}


def other_language(texts: Iterable[str]) -> str | None:
    """ "en" when the texts look English, "und" when they look like neither Indonesian nor
    English, None when they look Indonesian or are too short to tell."""
    sentences = list(texts)
    # One search over the whole text when it is judged whole: a text of under MAX_WORDS words,
    # such as a news article (a longer one is judged by its first sentences).
    whole = "\n".join(sentences) if sum(map(len, sentences)) <= _WHOLE_CHARACTERS else ""
    words = _WORD.findall(whole)
    if not whole or len(words) >= MAX_WORDS:
        words = []
        for text in sentences:
            words += _WORD.findall(text)
            if len(words) >= MAX_WORDS:
                break
    counts = Counter(map(str.lower, words))
    total = len(words)
    if total < MIN_WORDS:
        return None
    indonesian = sum(n for word, n in counts.items() if word in INDONESIAN) / total
    english = sum(n for word, n in counts.items() if word in ENGLISH) / total
    if english >= ENGLISH_SHARE and english >= 2 * indonesian:
        return ENGLISH_CODE
    if indonesian < RARE_INDONESIAN and english < RARE_ENGLISH:
        return UNDETERMINED
    return None
