"""The values ringkas returns: sentences with their exact source positions, summaries, and
failures."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the input and where it came from.

    ``start`` and ``end`` are 0-based code-point offsets into the decoded input (``end`` is
    exclusive), so ``text == input[start:end]`` always holds. ``line`` and ``column`` are the
    1-based position of ``start``. ``index`` counts sentences and ``paragraph`` counts
    paragraphs (blocks separated by blank lines), both from 0. ``score`` and ``rank`` (1 = most
    important) are set when the sentence has been ranked and are ``None`` otherwise.
    ``boilerplate`` marks page furniture ("Baca juga: ...", "Foto: ...", "(ant/dil)"), which is
    never ranked or chosen.
    """

    index: int
    paragraph: int
    start: int
    end: int
    line: int
    column: int
    text: str
    score: float | None = None
    rank: int | None = None
    boilerplate: bool = False


@dataclass(frozen=True, slots=True)
class Summary:
    """The sentences chosen from one document.

    ``sentences`` holds the chosen sentences in the requested order (document order or rank
    order); ``total_sentences`` is how many sentences the whole document has.
    """

    sentences: tuple[Sentence, ...]
    total_sentences: int


@dataclass(frozen=True, slots=True)
class Failure:
    """Why a document has no summary: its input could not be read, or its text could not be
    summarised. ``message`` says why, for people ("no such file", "the input is empty")."""

    message: str


# What came of one document: its summary, or why there is none.
Outcome = Summary | Failure
