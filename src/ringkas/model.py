"""The values ringkas passes between its steps and returns: documents as they are read, articles
as readers give them, sentences with their exact source positions, summaries, and failures."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .errors import RingkasError


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the input and where it came from.

    ``start`` and ``end`` are 0-based code-point offsets into the decoded input (``end`` is
    exclusive), so ``text == input[start:end]`` always holds for plain text. For a web page
    they point into its HTML source, and ``text`` is what the page shows there: the source
    with its tags removed, character references decoded and white space collapsed. ``line`` and
    ``column`` are the 1-based position of ``start``. ``index`` counts sentences and
    ``paragraph`` counts paragraphs (blocks separated by blank lines), both from 0. ``score``
    and ``rank`` (1 = most important) are set when the sentence has been ranked and are
    ``None`` otherwise.
    ``furniture`` names the family of page furniture the sentence belongs to ("cross-link" for
    "Baca juga: ...", "caption", "signature" for "(ant/dil)", ...), or is None for a sentence of
    the story; furniture is never ranked or chosen. ``page`` is the number (from 1) of the page
    the sentence stands on, for a story read from several pages: its offsets, line and column
    are then in that page's HTML.
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
    furniture: str | None = None
    page: int | None = None

    @property
    def boilerplate(self) -> bool:
        """Whether the sentence is page furniture (of any family)."""
        return self.furniture is not None


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the input that is not a sentence of the story, such as its headline: its text
    and where it is, as for a Sentence."""

    text: str
    start: int
    end: int
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where and by whom a story was filed, as its lead opens: "JAKARTA, KOMPAS.com -". Its text
    and position as for a Span; ``place`` ("JAKARTA") and ``outlet`` ("KOMPAS.com") when they
    can be told apart."""

    text: str
    start: int
    end: int
    line: int
    column: int
    place: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Whole:
    """The whole text a summary was made from, for output that shows the summary inside it
    (``--highlight``, the HTML report).

    ``text`` is what was split into sentences: the input, or for a web page its article as
    extracted. ``sentences`` holds every sentence of it in document order, boilerplate
    included, placed as the summary's are (for a web page, in its HTML source); a story
    sentence has its ``score`` when it was ranked, and a chosen one its ``rank`` too, exactly
    as in the summary. ``spans`` gives each sentence's ``(start, end)`` in ``text``, so that
    ``text[start:end]`` is its text; ``title`` and ``dateline`` are the spans of the headline and
    the dateline in ``text`` when they stand in it.
    """

    text: str
    sentences: tuple[Sentence, ...]
    spans: tuple[tuple[int, int], ...]
    title: tuple[int, int] | None = None
    dateline: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Paging:
    """What is known of the pages of a story told over several pages: the addresses of the
    pages read, in order (one, for the whole story on one page); how many pages the story has,
    when its pager says; whether the whole story was read; and why not, for people (a page that
    could not be fetched, a limit reached, pages missing from a saved file)."""

    pages: tuple[str | None, ...]
    count: int | None
    complete: bool
    warnings: tuple[Message, ...] = ()


@dataclass(frozen=True, slots=True)
class Summary:
    """The sentences chosen from one document, and what is known about the document.

    ``sentences`` holds the chosen sentences in the requested order (document order or rank
    order); ``total_sentences`` is how many sentences the whole document has. ``title`` is its
    headline and ``dateline`` the dateline its lead opens with, when it has them; ``url``,
    ``date``, ``author`` and ``site`` are set when a web page states them. ``paging`` says which
    pages were read of a story told over several. ``whole`` is the whole text with all its
    sentences, when it was asked for (``summarize(..., whole=True)``). ``language`` is set when
    the text does not look Indonesian: "en" when it looks English, "und" for another language.
    """

    sentences: tuple[Sentence, ...]
    total_sentences: int
    title: Span | None = None
    dateline: Dateline | None = None
    url: str | None = None
    date: str | None = None
    author: str | None = None
    site: str | None = None
    paging: Paging | None = None
    whole: Whole | None = None
    language: str | None = None

    @property
    def words(self) -> int:
        """How long the summary is in words, as a reader counts them (runs of characters
        between spaces)."""
        return sum(len(sentence.text.split()) for sentence in self.sentences)


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a story read from several: its address, its HTML source, and the offset in
    the article's text where the page's text begins."""

    url: str | None
    source: str
    start: int


@dataclass(frozen=True, slots=True)
class Article:
    """A document as a reader hands it to the pipeline.

    ``text`` is what is split into sentences. For plain text it is the whole input and the
    positions of sentences are positions in it. A reader that makes its text out of another
    source (the HTML of a web page) gives that ``source`` and, for every character of
    ``text``, the span of the source it came from (``starts[i]`` to ``ends[i]``), so that every
    sentence points into the source. A story read from several pages gives each page as one of
    ``pages`` instead of ``source``: ``starts`` and ``ends`` then point into the source of the
    page a character stands on. The reader also gives what it found out about the document:
    its ``title`` (already placed in the source), metadata, ``paging``, and the spans of
    ``text`` that are the story's own headings (a section's heading in a page), which are never
    chosen.
    """

    text: str
    source: str | None = None
    starts: Sequence[int] = ()
    ends: Sequence[int] = ()
    title: Span | None = None
    url: str | None = None
    date: str | None = None
    author: str | None = None
    site: str | None = None
    pages: tuple[Page, ...] = ()
    paging: Paging | None = None
    headings: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """Where a document came from: how messages and text headers name it (``label``, safe to
    print), and what JSON output says of it (``fields``: "file", "line", "id")."""

    label: str
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Decoded:
    """A document read and decoded: its ``kind`` (a name in ``ringkas.read.KINDS``: "text",
    "html"), its text (for a web page, its HTML source), and the address it came from. A story
    fetched over several pages gives its later pages in ``more`` (address and HTML, in order)
    and what was found of its pages in ``paging``."""

    kind: str
    text: str
    url: str | None = None
    more: tuple[tuple[str, str], ...] = ()
    paging: Paging | None = None


_M = TypeVar("_M", bound="Message")


@dataclass(frozen=True, slots=True)
class Message:
    """Something said to people: ``message`` in English; for a message with values in it,
    ``template`` is the message with ``{name}`` fields and ``values`` what fills them, so that
    it can be said in another language (``said``)."""

    message: str
    template: str | None = None
    values: tuple[tuple[str, object], ...] = ()

    @classmethod
    def made(cls: type[_M], template: str, **values: object) -> _M:
        """The message of ``template`` filled with ``values``."""
        if not values:
            return cls(template)
        return cls(template.format(**values), template, tuple(values.items()))

    @classmethod
    def of(cls: type[_M], error: RingkasError) -> _M:
        """What ``error`` says."""
        return cls.made(error.template, **error.values)

    def said(self, translate: Callable[[str], str]) -> str:
        """The message, translated by ``translate`` (English: as it is)."""
        if self.template is None:
            return translate(self.message)
        # A value may be words that have a translation too ("a PDF document"), or a message
        # itself; names, numbers and paths have none and stay as they are.
        values = {key: _said(value, translate) for key, value in self.values}
        return translate(self.template).format(**values)

    def __str__(self) -> str:
        return self.message


def _said(value: object, translate: Callable[[str], str]) -> object:
    if isinstance(value, Message):
        return value.said(translate)
    return translate(value) if isinstance(value, str) else value


@dataclass(frozen=True, slots=True)
class Failure(Message):
    """Why a document has no summary: its input could not be read, or its text could not be
    summarised. ``message`` says why, for people ("no such file", "the input is empty")."""


# One document as read: its text, or why it could not be read.
Document = Decoded | Failure

# What came of one document: its summary, or why there is none.
Outcome = Summary | Failure
