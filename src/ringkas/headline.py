"""Recognise the headline at the top of an article's text: it is the title, not a sentence.

Text copied from a news page starts with the headline: a line of its own without a final full
stop, usually in title case ("Harga Beras Naik Jelang Lebaran"), perhaps below a rubric or date
line, and followed by the article. A Markdown heading ("# Harga beras naik") is a headline too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .indonesian.headlines import TITLE_SMALL_WORDS
from .model import Sentence, Span

# A headline is a line of at most this many words.
_MAX_WORDS = 30
# How many sentences of furniture (a rubric, a date line, a breadcrumb) may stand above it.
_MAX_ABOVE = 4
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+")
_CLOSING = "\"'”’»)]"


def _title_cased(text: str) -> bool:
    words = [w for w in text.split() if w[0].isalpha() and w.lower() not in TITLE_SMALL_WORDS]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _is_headline(sentence: Sentence, following: Sentence | None) -> bool:
    text = sentence.text
    if "\n" in text or "\r" in text or following is None or following.line <= sentence.line:
        return False  # a headline is a line of its own, with the article below it
    if _MARKDOWN_HEADING.match(text):
        return True
    if len(text.split()) > _MAX_WORDS or text.rstrip(_CLOSING).endswith((".", ",", ";", ":")):
        return False
    # Without final punctuation, or a question or exclamation in title case.
    return text.rstrip(_CLOSING)[-1:] not in "!?" or _title_cased(text)


def split_title(sentences: Sequence[Sentence]) -> tuple[Span | None, list[Sentence]]:
    """The headline at the top of the text, if there is one, and the other sentences.

    The headline is the first sentence that is not furniture, among the first few, when it is a
    line of its own without a final full stop and more of the article follows. Its Markdown
    marker ("# ") is left out of the title.
    """
    for position, sentence in enumerate(sentences[: _MAX_ABOVE + 1]):
        if sentence.boilerplate:
            continue
        story_after = [s for s in sentences[position + 1 :] if not s.boilerplate]
        if len(story_after) < 2 or not _is_headline(sentence, sentences[position + 1]):
            break
        marker = _MARKDOWN_HEADING.match(sentence.text)
        skip = marker.end() if marker else 0
        title = Span(
            text=sentence.text[skip:],
            start=sentence.start + skip,
            end=sentence.end,
            line=sentence.line,
            column=sentence.column + skip,
        )
        return title, [s for s in sentences if s is not sentence]
    return None, list(sentences)
