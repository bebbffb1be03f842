"""Score sentences with TextRank, computed by sumy's TextRankSummarizer.

sumy identifies sentences by their text, so two identical sentences would share one score
entry. Here each sumy sentence is a distinct object (compared by identity), so every score maps
back to the position of its own sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.summarizers.text_rank import TextRankSummarizer

from .indonesian.stopwords import stop_words
from .model import Sentence

# Words are runs of letters and digits, joined by inner hyphens or apostrophes, so the
# reduplicated "negara-negara" and the name "Asy'ari" stay one word each.
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


class IndonesianWordTokenizer:
    """The word tokenizer sumy's document model calls (``to_words``), for Indonesian."""

    @staticmethod
    def to_words(text: str) -> tuple[str, ...]:
        return tuple(m.group().lower() for m in _WORD.finditer(text))


class _PositionedSentence(SumySentence):  # type: ignore[misc]
    """A sumy sentence that equals only itself, so duplicates keep separate scores."""

    __slots__ = ()

    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __hash__ = object.__hash__


def _summarizer() -> TextRankSummarizer:
    summarizer = TextRankSummarizer()
    summarizer.stop_words = stop_words()
    return summarizer


def textrank_scores(sentences: Sequence[Sentence]) -> list[float]:
    """TextRank score of each sentence, in the order given."""
    if not sentences:
        return []
    tokenizer = IndonesianWordTokenizer()
    sumy_sentences = [_PositionedSentence(s.text, tokenizer) for s in sentences]
    document = ObjectDocumentModel([Paragraph(sumy_sentences)])
    ratings = _summarizer().rate_sentences(document)
    return [float(ratings[s]) for s in sumy_sentences]
