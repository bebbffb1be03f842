"""Benchmark HTML input on saved Indonesian news pages: extraction, positions and summaries.

Every ``NNN-site.html`` in ``--data`` with its ``NNN-site.gold.json`` (``title``, ``body``: the
article's paragraphs, ``furniture``: visible strings that are not article text) is measured in
four ways, each side by side with a baseline, and a final table sets every figure next to its
baseline and goal. Nothing here knows any particular site: the pages only check the idea.

ringkas runs in this process through click's ``CliRunner`` on the command ``summarize``:
``summarize -f json --split PAGE`` (every sentence) and ``summarize -f json PAGE`` (the default
summary). A non-zero exit, an exception, output that is not JSON, or JSON without the fields of
the HTML interface (``title``, ``url``, ``date``, ``author``, ``site``, ``total_sentences``,
``sentences``; each sentence with ``index``, ``paragraph``, ``start``, ``end``, ``line``,
``column``, ``boilerplate``, ``text``) is a failure of that page, reported with its reason
(stderr for an exit); its figures are then "n/a" and count as not met. A ringkas without the
HTML reader reads the page as plain text and gives no ``title``: that is reported so.

Sites seen and unseen
---------------------
Rules fitted to the pages they were written on fail on the pages they were not. So pages come in
two sets: ``--data`` holds the pages ringkas was developed on, and each ``--held-out DIR`` pages
kept out of development. Section 5 gives every page's extraction figures with its site (the name
after ``NNN-``) and its set, and pools them per set: development pages, held-out pages of sites
that development pages come from, and held-out pages of sites no development page comes from
(the figure to trust). With ``--held-out`` and no development pages wanted, ``--data`` may be
an empty folder.

Text comparisons
----------------
``collapse(s)`` turns every run of white space into one space and strips the ends. Words are
the multiset of ``\\w+`` tokens (Python's Unicode ``\\w``: letters of any script, digits, ``_``)
of the lower-cased text.

1. Extraction
-------------
What each system takes for the article, as paragraphs:

* ``ringkas``: the sentences of ``--split`` grouped by their ``paragraph``, each paragraph
  its sentences' texts joined by a space, the ``dateline`` (reported apart) opening the
  paragraph of the sentence after it; a paragraph of boilerplate only (a "Baca juga"
  line, an advertisement label) is left out, while boilerplate inside a paragraph of the
  story stays with it, as the gold keeps a desk code at the end of the last paragraph
  ("... tegasnya. (boy/jpnn)").
* ``trafilatura``: ``trafilatura.extract(html)`` with its defaults, and ``trafilatura
  favor_precision``: the same with ``favor_precision=True``; the paragraphs are the non-empty
  lines of its text (no output counts as no paragraphs).

Against the gold body: word precision, recall and F1 (the multiset intersection of the
extraction's words with the body's words over the extraction's words, over the body's words);
the first paragraph is right when ``collapse`` of it equals ``collapse(body[0])``, the last
when it equals ``collapse(body[-1])``; a gold ``furniture`` string leaks when its collapsed text
occurs, not inside a longer word, more often in the collapsed extraction than in the collapsed
gold body. The total row pools the word counts of all pages (micro average).
Goals: word F1 >= 0.97 and above trafilatura alone with either setting; first and last
paragraph right on at least 9 pages in 10.

2. Positions
------------
The page is decoded as a browser would: a byte-order mark, else the first ``<meta charset>``
(or ``<meta http-equiv ... charset=...>``) of the page, with the Encoding Standard's meaning of
Latin-1 and ASCII labels (windows-1252), else UTF-8; undecodable bytes become U+FFFD. In the
decoded source ``html``, every ``--split`` sentence must satisfy the position rule
``collapse(unescape(strip_tags(html[start:end]))) == collapse(text)``, where ``strip_tags``
removes every match of ``<[^>]*>`` (comments included) and ``unescape`` is ``html.unescape``;
``line`` and ``column`` must be those of ``start`` (from 1; lines end at LF, CRLF or CR; a column
counts code points); and the ``title`` span must satisfy the same. Goal: every position exact.
trafilatura gives no positions, so there is no baseline.

3. Summaries of saved pages
---------------------------
Every sentence of ``summarize -f json PAGE`` must be article text: its collapsed text lies
inside one collapsed gold body paragraph. The headline is chosen when the collapsed gold title
lies inside a chosen sentence. ``title.text`` must equal the gold title (collapsed).
Baselines: trafilatura's text (default settings, each line made a blank-line separated
paragraph) summarised by ``ringkas.summarize``, and trafilatura's own title
(``trafilatura.extract_metadata(html).title``). Goal: every summary sentence article text, the
headline never chosen, the title right. And the page's summary must be that of its article
given as clean text: ``ringkas.summarize`` of the gold body's paragraphs joined by blank lines
chooses the same sentences (texts collapsed) on at least 9 pages in 10 (baseline: trafilatura's
text summarised).

4. Copied visible text
----------------------
What a reader gets by selecting the article in the browser, from the headline to the end of the
article, and pasting it: the page is rendered to text with inscriptis using its ``strict`` CSS
profile (the browser's default display of each element; the ``relaxed`` profile pads every
``<span>`` with spaces, which a browser does not), and the rendering is cut:

* start: the first occurrence of the collapsed gold title that stands on lines of its own (only
  white space before it on its first line and after it on its last), i.e. the headline as a
  block rather than the same words inside a breadcrumb or a share link;
* end: the end of the first occurrence of the collapsed last gold paragraph after that start.

Both are found on collapsed text and mapped back to the rendering, so the cut keeps the
rendering's own line breaks and spacing. When either cannot be found the page is reported as
not cut, and is left out of this part rather than cut at a guess.

``--renderer chromium`` renders with a browser instead, as a reader copies from Chromium:
``document.body.innerText`` of the page without its own scripts, which applies the page's
style sheets (those saved with it) and shows lists without bullets and blocks without blank
lines between them. The rules were written from inscriptis's renderings; Chromium's are a
second view of the same pages. It needs Chromium (``apt-get install chromium``) and takes
about three seconds a page. ``--renderer lynx`` saves the page as text as a text browser does
(``lynx -dump -nolist``): paragraphs indented and hard-wrapped at 76 columns, rules drawn with
underscores, embedded frames as "IFRAME: ...", as archives of pages saved as text hold them. It
needs Lynx (``apt-get install lynx``). ``--renderer w3m`` (``w3m -dump -cols 80``: pictures
shown by their alternative text, rules drawn with box-drawing characters) and ``--renderer
elinks`` (``elinks -dump``: frames as "IFrame: ...", at times a frame's page as its HTML) are
two more text browsers, ``--renderer links2`` a fourth (``links2 -dump``), and ``--renderer
pandoc`` Pandoc's plain text (``pandoc --to=plain``: wrapped at 72 columns, pictures as "[alt
text]"), as notes and archives converted from HTML hold pages; each needs its program
(``apt-get install w3m elinks links2 pandoc``). ``--columns N`` has them wrap at N columns (a
narrow terminal, a wide one). The rules were
written from inscriptis's and Lynx's views; these are read as pages from elsewhere would be.
inscriptis applies the elements' default display and inline ``style`` attributes, not the
page's style sheets; so before rendering, what the page marks hidden is removed as a browser
would not show it: the ``hidden`` attribute, an inline ``display:none`` and the hiding classes
of the usual CSS frameworks (``hide``, ``hidden``, ``d-none``, ``sr-only``; a summary under
the headline with a "hide" class, say). Text hidden by a page's own style sheet under other
names stays in.

The cut text is summarised by ``ringkas.summarize(text)`` and by ``summarize -f json -``
(standard input) for its ``title`` field. Every chosen sentence must be article text (as in 3),
the headline must never be chosen, and ``title.text`` should be the headline; what was chosen
when not is printed. The command must choose the same sentences as the library. Baseline: the
first sentences, ``ringkas.summarize(text, method="lead")``.

5. A whole page copied
----------------------
The whole rendering, as a reader gets it by selecting the whole page (menus, lists of other
stories, footer and all), summarised by ``ringkas.summarize(text)``: the share of summary
sentences that are article text (goal: 95 %) and the pages whose summary is all article text
without the headline (goal: 9 in 10). Baseline: the first sentences (``method="lead"``).

Usage
-----
From the repository root::

    .venv/bin/python benchmarks/web.py [--data DIR] [--show N]

``--data`` defaults to ``../shared/data/web`` next to the repository. ``--show N`` prints up to
N failures per page and check (0: figures only).

trafilatura (the baseline, and the extractor the HTML reader is built on) and inscriptis (the
copied text, a benchmark-only dependency) are needed: ``pip install -e '.[benchmark]'
trafilatura``.
"""

from __future__ import annotations

import codecs
import contextlib
import html as html_lib
import json
import re
import shutil
import subprocess
import tempfile
import time
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any

import click
from click.testing import CliRunner

import ringkas
from ringkas.command.cli import command

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "web"

_PAGE_NAME = re.compile(r"^\d+-.+\.html$")

RINGKAS = "ringkas"
TRAFILATURA = "trafilatura"
TRAFILATURA_PRECISION = "trafilatura favor_precision"
EXTRACTORS = (RINGKAS, TRAFILATURA, TRAFILATURA_PRECISION)

F1_GOAL = 0.97
# First and last paragraph right on at least 9 pages in 10.
PARAGRAPH_GOAL = 0.9
# A whole page copied: at least this share of the summary's sentences are article text.
WHOLE_SHARE_GOAL = 0.95

DOCUMENT_FIELDS = ("total_sentences", "sentences")
# What ringkas says of a web page, each field only when it is known: at least one is there when
# the input was read as a page.
PAGE_FIELDS = ("title", "url", "date", "author", "site")
SENTENCE_FIELDS = ("index", "paragraph", "start", "end", "line", "column", "boilerplate", "text")
TITLE_FIELDS = ("text", "start", "end", "line", "column")


# --------------------------------------------------------------------------------------------
# Text


def collapse(text: str) -> str:
    """Every run of white space as one space, no white space at the ends."""
    return " ".join(text.split())


_TAG = re.compile(r"<[^>]*>")


def visible(fragment: str) -> str:
    """The position rule's view of a piece of HTML source: tags out, references decoded."""
    return collapse(html_lib.unescape(_TAG.sub("", fragment)))


_WORD = re.compile(r"\w+")


def words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text.lower()))


def occurrences(needle: str, haystack: str) -> int:
    """How often ``needle`` occurs in ``haystack``, not inside a longer word."""
    return len(re.findall(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack))


def clip(text: str, width: int = 110) -> str:
    text = collapse(text)
    if len(text) <= width:
        return text
    half = (width - 5) // 2
    return f"{text[:half]} ... {text[-half:]}"


class LineIndex:
    """Line and column (both from 1) of an offset; lines end at LF, CRLF or CR."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]

    def at(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


@dataclass(frozen=True, slots=True)
class Collapsed:
    """``collapse(source)`` with, for each of its characters, where it came from in source."""

    text: str
    origin: tuple[int, ...]

    @classmethod
    def of(cls, source: str) -> Collapsed:
        chars: list[str] = []
        origin: list[int] = []
        space_at: int | None = None
        for i, ch in enumerate(source):
            if ch.isspace():
                if chars and space_at is None:
                    space_at = i
                continue
            if space_at is not None:
                chars.append(" ")
                origin.append(space_at)
                space_at = None
            chars.append(ch)
            origin.append(i)
        return cls("".join(chars), tuple(origin))

    def span(self, start: int, length: int) -> tuple[int, int]:
        """The source span of the collapsed characters ``[start, start + length)``."""
        return self.origin[start], self.origin[start + length - 1] + 1


# --------------------------------------------------------------------------------------------
# Data


@dataclass(frozen=True, slots=True)
class Gold:
    title: str
    body: tuple[str, ...]
    furniture: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Page:
    name: str
    path: Path
    html: str
    gold: Gold


_META_CHARSET = re.compile(rb"<meta\s[^>]*?charset\s*=\s*[\"']?\s*([-\w.:]+)", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"))
_BOMS += ((codecs.BOM_UTF16_BE, "utf-16-be"),)
# The Encoding Standard reads these labels as windows-1252, as every browser does.
_WINDOWS_1252_LABELS = {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin1", "l1"}


def decode_page(data: bytes) -> str:
    """The page's source as a browser decodes it (see the module docstring)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    match = _META_CHARSET.search(data)
    encoding = "utf-8"
    if match:
        label = match.group(1).decode("ascii").lower()
        label = "cp1252" if label in _WINDOWS_1252_LABELS else label
        with contextlib.suppress(LookupError):  # an unknown label: UTF-8
            encoding = codecs.lookup(label).name
    return data.decode(encoding, errors="replace")


def read_pages(data: Path) -> tuple[list[Page], list[str]]:
    """The pages with gold, in name order, and the names of pages without gold."""
    pages: list[Page] = []
    skipped: list[str] = []
    for path in sorted(data.iterdir()):
        if not _PAGE_NAME.match(path.name):
            continue
        name = path.name.removesuffix(".html")
        gold_path = path.with_name(f"{name}.gold.json")
        if not gold_path.is_file():
            skipped.append(path.name)
            continue
        record = json.loads(gold_path.read_text(encoding="utf-8"))
        gold = Gold(
            title=record["title"],
            body=tuple(record["body"]),
            furniture=tuple(record.get("furniture", ())),
        )
        pages.append(Page(name, path, decode_page(path.read_bytes()), gold))
    return pages, skipped


# --------------------------------------------------------------------------------------------
# ringkas


@dataclass(frozen=True, slots=True)
class Failed:
    """Why a run gave nothing to measure."""

    message: str


Json = dict[str, Any]


def invoke(args: Sequence[str], stdin: str | None = None) -> Json | Failed:
    """``summarize ARGS`` in this process: its JSON object, or why there is none."""
    result = CliRunner().invoke(command, list(args), input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        error = result.exception
        return Failed(f"raised {type(error).__name__}: {error}")
    if result.exit_code != 0:
        stderr = result.stderr.strip() or "(nothing on stderr)"
        return Failed(f"exit status {result.exit_code}: {stderr}")
    try:
        output = json.loads(result.stdout)
    except json.JSONDecodeError as error:
        return Failed(f"the output is not JSON ({error})")
    if not isinstance(output, dict):
        return Failed(f"the output is a JSON {type(output).__name__}, not one object")
    return output


def html_interface(output: Json | Failed) -> Json | Failed:
    """``output`` if it has the fields of the HTML interface, else what is missing."""
    if isinstance(output, Failed):
        return output
    missing = [f for f in DOCUMENT_FIELDS if f not in output]
    if missing:
        return Failed(f"no HTML interface: the JSON has no {', '.join(missing)}")
    if not any(f in output for f in PAGE_FIELDS):
        fields = ", ".join(PAGE_FIELDS)
        return Failed(f"no HTML interface: the JSON has none of {fields} (read as plain text?)")
    sentences = output["sentences"]
    if not isinstance(sentences, list) or not all(isinstance(s, dict) for s in sentences):
        return Failed("no HTML interface: sentences is not a list of objects")
    for sentence in sentences:
        missing = [f for f in SENTENCE_FIELDS if f not in sentence]
        if missing:
            return Failed(f"no HTML interface: a sentence has no {', '.join(missing)}")
    title = output.get("title")
    if title is not None and not (
        isinstance(title, dict) and all(f in title for f in TITLE_FIELDS)
    ):
        return Failed(f"no HTML interface: title is not null or {{{', '.join(TITLE_FIELDS)}}}")
    return output


@dataclass(frozen=True, slots=True)
class PageRuns:
    split: Json | Failed
    summary: Json | Failed


def run_ringkas(page: Page) -> PageRuns:
    path = str(page.path)
    return PageRuns(
        split=html_interface(invoke(["-f", "json", "--split", path])),
        summary=html_interface(invoke(["-f", "json", path])),
    )


# --------------------------------------------------------------------------------------------
# Baselines


@cache
def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as error:
        raise click.ClickException(
            "trafilatura is not installed: pip install trafilatura (the baseline)"
        ) from error
    return trafilatura


def trafilatura_paragraphs(html: str, *, favor_precision: bool) -> list[str]:
    text = _trafilatura().extract(html, favor_precision=favor_precision) or ""
    return [line for line in text.splitlines() if line.strip()]


def trafilatura_title(html: str) -> str | None:
    metadata = _trafilatura().extract_metadata(html)
    return None if metadata is None else metadata.title


# What a browser does not show though the markup holds it: the hidden attribute, an inline
# display:none, and the hiding classes of the usual CSS frameworks (inscriptis reads no style
# sheets, so without this it would show them).
_HIDDEN = (
    "//*[@hidden] | //*[contains(translate(@style, ' ', ''), 'display:none')]"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' hide ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' hidden ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' d-none ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' sr-only ')]"
)


def render_text(html: str) -> str:
    """The page as text the way a browser displays it, by inscriptis (see the docstring),
    after removing what the page hides."""
    try:
        import lxml.html
        from inscriptis import get_text
        from inscriptis.css_profiles import CSS_PROFILES
        from inscriptis.model.config import ParserConfig
    except ImportError as error:
        raise click.ClickException(
            "inscriptis is not installed: pip install -e '.[benchmark]'"
        ) from error
    tree = lxml.html.fromstring(html)
    for element in tree.xpath(_HIDDEN):
        element.drop_tree()
    shown = lxml.html.tostring(tree, encoding="unicode")
    return str(get_text(shown, ParserConfig(css=CSS_PROFILES["strict"])))


# The page's own scripts are left out (a saved page's scripts fetch nothing offline, and the
# text must not depend on them); this one swaps the page for its text once it has loaded.
_SCRIPT = re.compile(r"<script\b.*?</script\s*>", re.DOTALL | re.IGNORECASE)
_COPY_TEXT = """<script>
window.addEventListener("load", () => {
  const text = document.body ? document.body.innerText : "";
  document.documentElement.innerHTML = '<body><textarea id="copied"></textarea></body>';
  document.getElementById("copied").textContent = text;
});
</script>"""
_COPIED = re.compile(r'<textarea id="copied">(.*?)</textarea>', re.DOTALL)
_CHROMIUM_SECONDS = 60


def render_chromium(html: str) -> str:
    """The page as a reader copies it from Chromium: ``document.body.innerText``, which applies
    the page's style sheets and default display, without the page's own scripts."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise click.ClickException("Chromium is not installed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "page.html"
        page.write_text(_SCRIPT.sub("", html) + _COPY_TEXT, encoding="utf-8")
        done = subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--blink-settings=imagesEnabled=false",
                "--virtual-time-budget=3000",
                f"--user-data-dir={folder}/profile",
                "--dump-dom",
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=_CHROMIUM_SECONDS,
            check=False,
        )
    found = _COPIED.search(done.stdout)
    if found is None:
        raise click.ClickException(f"Chromium gave no text: {done.stderr[-300:]}")
    return html_lib.unescape(found.group(1))


# How each text browser saves a page as text, UTF-8 in and out, and how Pandoc converts it to
# plain text (wrapped at 72 columns, pictures as "[alt text]", list items after "-   "); the
# page's file name ends the command.
_TEXT_BROWSERS = {
    "pandoc": ["--from=html", "--to=plain"],
    "lynx": ["-dump", "-nolist", "-display_charset=utf-8", "-assume_charset=utf-8"],
    "w3m": ["-dump", "-cols", "80", "-I", "UTF-8", "-O", "UTF-8", "-T", "text/html"],
    "elinks": [
        "-dump",
        "-no-references",
        "-no-numbering",
        "-dump-charset",
        "utf-8",
        "-eval",
        "set document.codepage.assume = 'utf-8'",
        "-eval",
        "set document.codepage.force_assumed = 1",
    ],
    "links2": ["-dump", "-codepage", "utf-8", "-html-assume-codepage", "utf-8"],
}
# How each sets the width it wraps at (--columns).
_WIDTH = {
    "pandoc": lambda n: [f"--columns={n}"],
    "lynx": lambda n: [f"-width={n}"],
    "w3m": lambda n: ["-cols", str(n)],
    "elinks": lambda n: ["-dump-width", str(n)],
    "links2": lambda n: ["-width", str(n)],
}


def text_browser(name: str, columns: int | None = None) -> Callable[[str], str]:
    """The page saved as text by the text browser ``name`` (``lynx -dump -nolist``, ...),
    wrapped at ``columns`` when given, else at the browser's own width."""
    width = _WIDTH[name](columns) if columns is not None else []

    def render(html: str) -> str:
        program = shutil.which(name)
        if program is None:
            raise click.ClickException(f"{name} is not installed: apt-get install {name}")
        with tempfile.TemporaryDirectory() as folder:
            page = Path(folder) / "page.html"
            page.write_text(html, encoding="utf-8")
            done = subprocess.run(
                [program, *_TEXT_BROWSERS[name], *width, str(page)],
                capture_output=True,
                encoding="utf-8",
                errors="replace",  # ELinks garbles a few characters of some pages
                timeout=_CHROMIUM_SECONDS,
                check=False,
            )
        if done.returncode != 0:
            raise click.ClickException(f"{name} gave no text: {done.stderr[-300:]}")
        return done.stdout

    return render


# --------------------------------------------------------------------------------------------
# 1. Extraction


@dataclass(frozen=True, slots=True)
class ExtractionScore:
    extracted: int  # words in the extraction
    gold: int  # words in the gold body
    overlap: int  # words in both (multiset intersection)
    first_right: bool
    last_right: bool
    leaked: tuple[str, ...]
    first: str  # the extraction's first and last paragraph, for the report
    last: str


def ratios(overlap: int, extracted: int, gold: int) -> tuple[float, float, float]:
    precision = overlap / extracted if extracted else 0.0
    recall = overlap / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_extraction(paragraphs: Sequence[str], gold: Gold) -> ExtractionScore:
    paragraphs = [collapse(p) for p in paragraphs if p.strip()]
    body = [collapse(p) for p in gold.body]
    extracted_words = words(" ".join(paragraphs))
    gold_words = words(" ".join(body))
    everything = " ".join(paragraphs)
    body_text = " ".join(body)
    leaked = tuple(
        f
        for f in gold.furniture
        if occurrences(collapse(f), everything) > occurrences(collapse(f), body_text)
    )
    first = paragraphs[0] if paragraphs else ""
    last = paragraphs[-1] if paragraphs else ""
    return ExtractionScore(
        extracted=extracted_words.total(),
        gold=gold_words.total(),
        overlap=(extracted_words & gold_words).total(),
        first_right=first == body[0],
        last_right=last == body[-1],
        leaked=leaked,
        first=first,
        last=last,
    )


# Sentences that are the article's own, though never chosen: its sections' headings.
_ARTICLE_FURNITURE = {"subheading"}


def ringkas_paragraphs(split: Json) -> list[str]:
    """The paragraphs that hold story (or a heading of the story's own), each with all its
    sentences, in document order; the dateline, reported apart, opens the paragraph of the
    sentence that follows it."""
    grouped: dict[int, list[str]] = {}
    story: set[int] = set()
    dateline = split.get("dateline")
    for sentence in split["sentences"]:
        if dateline is not None and sentence["start"] >= dateline["end"]:
            grouped.setdefault(sentence["paragraph"], []).append(dateline["text"])
            dateline = None
        grouped.setdefault(sentence["paragraph"], []).append(sentence["text"])
        if not sentence["boilerplate"] or sentence.get("furniture") in _ARTICLE_FURNITURE:
            story.add(sentence["paragraph"])
    return [" ".join(texts) for paragraph, texts in sorted(grouped.items()) if paragraph in story]


# --------------------------------------------------------------------------------------------
# 2. Positions


@dataclass(frozen=True, slots=True)
class PositionScore:
    sentences: int
    exact: int
    line_column: int  # sentences whose line and column are those of start
    title_checked: bool  # False when the title is null
    title_exact: bool
    title_line_column: bool
    failures: tuple[str, ...]


def _span_failures(html: str, lines: LineIndex, item: Json, what: str) -> tuple[bool, bool, str]:
    """(exact, line/column right, failure text or '') of one sentence or title."""
    start, end = item["start"], item["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(html)):
        return False, False, f"{what}: span {start}-{end} is not inside the page"
    exact = visible(html[start:end]) == collapse(item["text"])
    line_column = lines.at(start) == (item["line"], item["column"])
    problems = []
    if not exact:
        problems.append(
            f"{what} {start}-{end}: the source says «{clip(visible(html[start:end]), 70)}», "
            f"the text «{clip(item['text'], 70)}»"
        )
    if not line_column:
        line, column = lines.at(start)
        problems.append(
            f"{what} at {start}: line {item['line']}, column {item['column']}; "
            f"the page says line {line}, column {column}"
        )
    return exact, line_column, "; ".join(problems)


def score_positions(page: Page, split: Json) -> PositionScore:
    lines = LineIndex(page.html)
    exact = line_column = 0
    failures: list[str] = []
    for sentence in split["sentences"]:
        ok, lc, failure = _span_failures(
            page.html, lines, sentence, f"sentence {sentence['index']}"
        )
        exact += ok
        line_column += lc
        if failure:
            failures.append(failure)
    title = split.get("title")  # a page whose headline was not found has none
    title_exact = title_lc = False
    if title is not None:
        title_exact, title_lc, failure = _span_failures(page.html, lines, title, "title")
        if failure:
            failures.append(failure)
    return PositionScore(
        sentences=len(split["sentences"]),
        exact=exact,
        line_column=line_column,
        title_checked=title is not None,
        title_exact=title_exact,
        title_line_column=title_lc,
        failures=tuple(failures),
    )


# --------------------------------------------------------------------------------------------
# 3 and 4. Summaries


@dataclass(frozen=True, slots=True)
class SummaryScore:
    chosen: int
    article: int  # chosen sentences that are article text
    headline_chosen: bool
    failures: tuple[str, ...]  # what was chosen that is not article text, or the headline


def score_summary(texts: Sequence[str], gold: Gold) -> SummaryScore:
    body = [collapse(p) for p in gold.body]
    title = collapse(gold.title)
    article = 0
    headline = False
    failures: list[str] = []
    for text in texts:
        sentence = collapse(text)
        # A text browser may break a line inside a word ("(4/5" and "/2020)" on two lines),
        # which ringkas reads as a space: such a sentence is still article text.
        is_article = any(sentence in paragraph for paragraph in body) or any(
            _unspaced(sentence) in _unspaced(paragraph) for paragraph in body
        )
        is_headline = bool(title) and title in sentence
        article += is_article
        headline = headline or is_headline
        if is_headline:
            failures.append(f"the headline: «{clip(sentence)}»")
        elif not is_article:
            failures.append(f"not article text: «{clip(sentence)}»")
    return SummaryScore(len(texts), article, headline, tuple(failures))


def _unspaced(text: str) -> str:
    return "".join(text.split())


def title_text(output: Json) -> str | None:
    title = output.get("title")
    if isinstance(title, dict) and isinstance(title.get("text"), str):
        return str(title["text"])
    return None


@dataclass(frozen=True, slots=True)
class Cut:
    text: str
    start: int  # where it starts and ends in the rendering
    end: int
    found: int  # gold paragraphs found inside it


def cut_copied_text(rendering: str, gold: Gold) -> Cut | Failed:
    """From the headline on lines of its own to the end of the last gold paragraph."""
    collapsed = Collapsed.of(rendering)
    title = collapse(gold.title)
    last = collapse(gold.body[-1])
    at = collapsed.text.find(title)
    start = -1
    while at != -1:
        begin, end = collapsed.span(at, len(title))
        line_start = rendering.rfind("\n", 0, begin) + 1
        line_end = rendering.find("\n", end)
        after = rendering[end:] if line_end == -1 else rendering[end:line_end]
        if not rendering[line_start:begin].strip() and not after.strip():
            start = begin
            break
        at = collapsed.text.find(title, at + 1)
    if start == -1:
        return Failed("the headline is not on lines of its own in the rendered text")
    last_at = collapsed.text.find(last, at + len(title))
    if last_at == -1:
        return Failed("the last gold paragraph does not follow the headline in the rendered text")
    end = collapsed.span(last_at, len(last))[1]
    text = rendering[start:end]
    inside = collapse(text)
    found = sum(collapse(p) in inside for p in gold.body)
    return Cut(text, start, end, found)


@dataclass(frozen=True, slots=True)
class CopiedScore:
    cut: Cut
    summary: SummaryScore | Failed  # ringkas.summarize(text)
    lead: SummaryScore | Failed  # the baseline
    title: str | Failed | None  # the title field of summarize -f json -
    agree: bool | None  # the command chose what the library chose; None when unknown


def _library_summary(text: str, gold: Gold, method: str | None = None) -> SummaryScore | Failed:
    try:
        summary = (
            ringkas.summarize(text) if method is None else ringkas.summarize(text, method=method)
        )
    except ringkas.RingkasError as error:
        return Failed(f"ringkas.summarize raised {type(error).__name__}: {error}")
    return score_summary([s.text for s in summary.sentences], gold)


def score_copied(cut: Cut, gold: Gold) -> CopiedScore:
    try:
        chosen = ringkas.summarize(cut.text).sentences
    except ringkas.RingkasError as error:
        chosen = None
        summary: SummaryScore | Failed = Failed(
            f"ringkas.summarize raised {type(error).__name__}: {error}"
        )
    else:
        summary = score_summary([s.text for s in chosen], gold)
    lead = (
        _library_summary(cut.text, gold, method="lead")
        if "lead" in getattr(ringkas, "METHODS", ())
        else Failed("ringkas has no lead method")
    )
    output = invoke(["-f", "json", "-"], stdin=cut.text)
    title: str | Failed | None
    agree: bool | None = None
    if isinstance(output, Failed):
        title = output
    else:
        title = (
            title_text(output)
            if "title" in output
            else Failed("no title field in the JSON (no title for plain text)")
        )
        if chosen is not None:
            agree = [(s.start, s.end) for s in chosen] == [
                (s.get("start"), s.get("end")) for s in output.get("sentences", [])
            ]
    return CopiedScore(cut, summary, lead, title, agree)


# --------------------------------------------------------------------------------------------
# Report


@dataclass(frozen=True, slots=True)
class PageResult:
    page: Page
    runs: PageRuns
    extraction: dict[str, ExtractionScore | Failed]
    positions: PositionScore | Failed
    summary: SummaryScore | Failed
    baseline_summary: SummaryScore
    title: str | Failed | None  # ringkas's title text
    baseline_title: str | None
    copied: CopiedScore | Failed
    # The whole rendering summarised as plain text (a whole page copied), and the baseline.
    whole: SummaryScore | Failed
    whole_lead: SummaryScore | Failed
    # Whether the summary equals that of the gold article given as clean text (the same
    # sentence texts, white space collapsed); for ringkas's page and for trafilatura's text.
    same_as_clean: bool
    baseline_same_as_clean: bool


def measure(page: Page, render: Callable[[str], str]) -> PageResult:
    runs = run_ringkas(page)
    extraction: dict[str, ExtractionScore | Failed] = {
        RINGKAS: runs.split
        if isinstance(runs.split, Failed)
        else score_extraction(ringkas_paragraphs(runs.split), page.gold),
        TRAFILATURA: score_extraction(
            trafilatura_paragraphs(page.html, favor_precision=False), page.gold
        ),
        TRAFILATURA_PRECISION: score_extraction(
            trafilatura_paragraphs(page.html, favor_precision=True), page.gold
        ),
    }
    positions = runs.split if isinstance(runs.split, Failed) else score_positions(page, runs.split)
    summary = (
        runs.summary
        if isinstance(runs.summary, Failed)
        else score_summary([s["text"] for s in runs.summary["sentences"]], page.gold)
    )
    baseline_text = "\n\n".join(trafilatura_paragraphs(page.html, favor_precision=False))
    baseline_summary = _library_summary(baseline_text, page.gold)
    if isinstance(baseline_summary, Failed):  # trafilatura found nothing: nothing chosen
        baseline_summary = SummaryScore(0, 0, False, (baseline_summary.message,))
    title = runs.summary if isinstance(runs.summary, Failed) else title_text(runs.summary)
    rendering = render(page.html)
    cut = cut_copied_text(rendering, page.gold)
    copied = cut if isinstance(cut, Failed) else score_copied(cut, page.gold)
    whole = _library_summary(rendering, page.gold)
    whole_lead = _library_summary(rendering, page.gold, method="lead")
    clean = _chosen("\n\n".join(page.gold.body))
    ours = None
    if not isinstance(runs.summary, Failed):
        ours = [collapse(sentence["text"]) for sentence in runs.summary["sentences"]]
    return PageResult(
        page,
        runs,
        extraction,
        positions,
        summary,
        baseline_summary,
        title,
        trafilatura_title(page.html),
        copied,
        whole,
        whole_lead,
        same_as_clean=ours is not None and ours == clean,
        baseline_same_as_clean=_chosen(baseline_text) == clean,
    )


def _chosen(text: str) -> list[str] | None:
    """The texts of ringkas's default summary of a plain text (None when it refuses it)."""
    try:
        return [collapse(s.text) for s in ringkas.summarize(text).sentences]
    except ringkas.RingkasError:
        return None


def _fraction(count: int, total: int) -> str:
    return f"{count}/{total}"


def echo_failures(label: str, failures: Sequence[str], show: int) -> None:
    for failure in failures[:show]:
        click.echo(f"    {label}: {failure}")
    if len(failures) > show > 0:
        click.echo(f"    {label}: ... and {len(failures) - show} more")


def title_right(title: str | Failed | None, gold: Gold) -> bool:
    return isinstance(title, str) and collapse(title) == collapse(gold.title)


def report_extraction(results: Sequence[PageResult], show: int) -> None:
    click.echo(
        "\n1. Extraction: words are lower-cased \\w+ tokens, compared as multisets with the gold"
        " body; first/last: the paragraph equals the gold one (collapsed); leaked: gold"
        " furniture strings in the extraction"
    )
    name_width = max(len("page"), len("total (pooled)"), *(len(r.page.name) for r in results))
    system_width = max(len(s) for s in EXTRACTORS)
    header = (
        f"{'page':<{name_width}}  {'system':<{system_width}}  {'P':>6} {'R':>6} {'F1':>6}"
        f"  {'first':>5} {'last':>5} {'leaked':>6}"
    )
    click.echo(header)
    click.echo("-" * len(header))
    for result in results:
        for n, system in enumerate(EXTRACTORS):
            score = result.extraction[system]
            name = result.page.name if n == 0 else ""
            if isinstance(score, Failed):
                cells = f"{'n/a':>6} {'n/a':>6} {'n/a':>6}  {'n/a':>5} {'n/a':>5} {'n/a':>6}"
            else:
                p, r, f1 = ratios(score.overlap, score.extracted, score.gold)
                cells = (
                    f"{p:>6.3f} {r:>6.3f} {f1:>6.3f}  {_yes(score.first_right):>5}"
                    f" {_yes(score.last_right):>5} {len(score.leaked):>6}"
                )
            click.echo(f"{name:<{name_width}}  {system:<{system_width}}  {cells}")
        for system in EXTRACTORS:
            score = result.extraction[system]
            if isinstance(score, Failed):
                continue  # listed at the top
            problems = []
            if not score.first_right:
                problems.append(
                    f"first paragraph «{clip(score.first, 80)}», gold "
                    f"«{clip(result.page.gold.body[0], 80)}»"
                )
            if not score.last_right:
                problems.append(
                    f"last paragraph «{clip(score.last, 80)}», gold "
                    f"«{clip(result.page.gold.body[-1], 80)}»"
                )
            problems.extend(f"leaked «{clip(f, 80)}»" for f in score.leaked)
            echo_failures(system, problems, show)
    click.echo("-" * len(header))
    for n, system in enumerate(EXTRACTORS):
        totals = extraction_totals(results, system)
        name = "total (pooled)" if n == 0 else ""
        if totals is None:
            cells = f"{'n/a':>6} {'n/a':>6} {'n/a':>6}  {'n/a':>5} {'n/a':>5} {'n/a':>6}"
        else:
            first = _fraction(totals.first_right, totals.pages)
            last = _fraction(totals.last_right, totals.pages)
            cells = (
                f"{totals.precision:>6.3f} {totals.recall:>6.3f} {totals.f1:>6.3f}"
                f"  {first:>5} {last:>5} {totals.leaked:>6}"
            )
        click.echo(f"{name:<{name_width}}  {system:<{system_width}}  {cells}")


def _yes(value: bool) -> str:
    return "yes" if value else "no"


@dataclass(frozen=True, slots=True)
class ExtractionTotals:
    precision: float  # word counts pooled over the pages
    recall: float
    f1: float
    first_right: int  # pages
    last_right: int
    pages: int
    leaked: int  # furniture strings, all pages


def extraction_totals(results: Sequence[PageResult], system: str) -> ExtractionTotals | None:
    """The system's figures over all pages; None when it failed on any page."""
    scores = [r.extraction[system] for r in results]
    good = [s for s in scores if not isinstance(s, Failed)]
    if len(good) < len(scores):
        return None
    precision, recall, f1 = ratios(
        sum(s.overlap for s in good), sum(s.extracted for s in good), sum(s.gold for s in good)
    )
    return ExtractionTotals(
        precision,
        recall,
        f1,
        first_right=sum(s.first_right for s in good),
        last_right=sum(s.last_right for s in good),
        pages=len(good),
        leaked=sum(len(s.leaked) for s in good),
    )


def report_positions(results: Sequence[PageResult], show: int) -> None:
    click.echo(
        "\n2. Positions: collapse(unescape(strip_tags(html[start:end]))) == collapse(text);"
        " line/column of start; the title's span"
    )
    name_width = max(len("page"), *(len(r.page.name) for r in results))
    header = f"{'page':<{name_width}}  {'sentences':>9} {'exact':>7} {'line/col':>8}  title"
    click.echo(header)
    click.echo("-" * len(header))
    for result in results:
        score = result.positions
        if isinstance(score, Failed):
            click.echo(f"{result.page.name:<{name_width}}  {'n/a':>9} {'n/a':>7} {'n/a':>8}  n/a")
            continue
        title = (
            "null"
            if not score.title_checked
            else "exact"
            if score.title_exact and score.title_line_column
            else "wrong"
        )
        click.echo(
            f"{result.page.name:<{name_width}}  {score.sentences:>9} {score.exact:>7}"
            f" {score.line_column:>8}  {title}"
        )
        echo_failures("ringkas", score.failures, show)


def report_summaries(results: Sequence[PageResult], show: int) -> None:
    click.echo(
        "\n3. Summaries of saved pages: chosen sentences inside one gold body paragraph"
        " (collapsed); the headline chosen; title.text equal to the gold title"
    )
    name_width = max(len("page"), *(len(r.page.name) for r in results))
    system_width = len("trafilatura + ringkas.summarize")
    header = (
        f"{'page':<{name_width}}  {'system':<{system_width}}  {'article':>7} {'headline':>8}  title"
    )
    click.echo(header)
    click.echo("-" * len(header))
    for result in results:
        gold = result.page.gold
        rows: list[tuple[str, SummaryScore | Failed, str | Failed | None]] = [
            ("ringkas", result.summary, result.title),
            ("trafilatura + ringkas.summarize", result.baseline_summary, result.baseline_title),
        ]
        for n, (system, score, title) in enumerate(rows):
            name = result.page.name if n == 0 else ""
            title_cell = "n/a" if isinstance(title, Failed) else _yes(title_right(title, gold))
            if isinstance(score, Failed):
                cells = f"{'n/a':>7} {'n/a':>8}"
            else:
                cells = (
                    f"{_fraction(score.article, score.chosen):>7} {_yes(score.headline_chosen):>8}"
                )
            click.echo(f"{name:<{name_width}}  {system:<{system_width}}  {cells}  {title_cell}")
        for system, score, title in rows:
            if isinstance(score, Failed):
                continue  # listed at the top
            problems = list(score.failures)
            if not isinstance(title, Failed) and not title_right(title, gold):
                problems.append(f"title «{clip(title or 'null', 80)}»")
            echo_failures(system, problems, show)


def report_copied(results: Sequence[PageResult], show: int, renderer: str) -> None:
    click.echo(
        f"\n4. Copied visible text ({renderer}, cut from the headline to the end of the last gold"
        " paragraph): chosen sentences that are article text; the headline chosen; the title"
        " field of summarize -f json -"
    )
    name_width = max(len("page"), *(len(r.page.name) for r in results))
    system_width = len("ringkas.summarize")
    header = (
        f"{'page':<{name_width}}  {'chars':>6} {'gold p':>6}  {'system':<{system_width}}"
        f"  {'article':>7} {'headline':>8}  title"
    )
    click.echo(header)
    click.echo("-" * len(header))
    for result in results:
        copied = result.copied
        if isinstance(copied, Failed):
            click.echo(f"{result.page.name:<{name_width}}  not cut: {copied.message}")
            continue
        gold = result.page.gold
        cut = f"{len(copied.cut.text):>6} {_fraction(copied.cut.found, len(gold.body)):>6}"
        title_cell = (
            "n/a" if isinstance(copied.title, Failed) else _yes(title_right(copied.title, gold))
        )
        rows: list[tuple[str, SummaryScore | Failed, str]] = [
            ("ringkas.summarize", copied.summary, title_cell),
            ("lead", copied.lead, ""),
        ]
        for n, (system, score, title) in enumerate(rows):
            first = (result.page.name, cut) if n == 0 else ("", " " * len(cut))
            if isinstance(score, Failed):
                cells = f"{'n/a':>7} {'n/a':>8}"
            else:
                cells = (
                    f"{_fraction(score.article, score.chosen):>7} {_yes(score.headline_chosen):>8}"
                )
            click.echo(
                f"{first[0]:<{name_width}}  {first[1]}  {system:<{system_width}}  {cells}"
                f"  {title}".rstrip()
            )
        for system, score, _ in rows:
            if isinstance(score, Failed):
                echo_failures(system, [f"failed: {score.message}"], show)
            else:
                echo_failures(system, score.failures, show)
        problems = []
        if isinstance(copied.title, Failed):
            problems.append(f"title: {copied.title.message}")
        elif not title_right(copied.title, gold):
            problems.append(f"title «{clip(copied.title or 'null', 80)}»")
        if copied.agree is False:
            problems.append("summarize -f json - chose other sentences than ringkas.summarize")
        echo_failures("summarize -f json -", problems, show)
    click.echo(
        "(chars: length of the copied text; gold p: gold paragraphs found in it; lead:"
        ' ringkas.summarize(text, method="lead"), the baseline)'
    )


def report_whole(results: Sequence[PageResult], show: int, renderer: str) -> None:
    """The pages whose whole rendering, summarised, gave a sentence that is not article text."""
    click.echo(
        f"\n5. A whole page copied ({renderer}): the pages whose summary holds a sentence that is"
        " not article text, or the headline"
    )
    bad = 0
    for result in results:
        rows = [("ringkas.summarize", result.whole), ("lead", result.whole_lead)]
        if all(isinstance(s, SummaryScore) and not s.failures for _, s in rows):
            continue
        bad += 1
        click.echo(result.page.name)
        for system, score in rows:
            if isinstance(score, Failed):
                echo_failures(system, [f"failed: {score.message}"], show)
            else:
                echo_failures(system, score.failures, show)
    if not bad:
        click.echo("(none)")


# --------------------------------------------------------------------------------------------
# Final table


@dataclass(frozen=True, slots=True)
class Row:
    measure: str
    ringkas: str
    baseline: str
    goal: str
    met: str


def _summary_totals(scores: Sequence[SummaryScore | Failed]) -> tuple[int, int, int, int] | None:
    """(article sentences, chosen sentences, pages with the headline chosen, pages)."""
    good = [s for s in scores if not isinstance(s, Failed)]
    if len(good) < len(scores) or not good:
        return None
    return (
        sum(s.article for s in good),
        sum(s.chosen for s in good),
        sum(s.headline_chosen for s in good),
        len(good),
    )


def _met(value: bool | None) -> str:
    return "n/a: no" if value is None else _yes(value)


def summary_rows(
    label: str,
    scores: Sequence[SummaryScore | Failed],
    baseline_label: str,
    baseline: Sequence[SummaryScore | Failed],
) -> list[Row]:
    ours = _summary_totals(scores)
    theirs = _summary_totals(baseline)
    return [
        Row(
            f"{label}: summary sentences that are article text",
            "n/a" if ours is None else _fraction(ours[0], ours[1]),
            "n/a" if theirs is None else f"{baseline_label}: {_fraction(theirs[0], theirs[1])}",
            "all",
            _met(None if ours is None else ours[0] == ours[1]),
        ),
        Row(
            f"{label}: pages whose headline was chosen",
            "n/a" if ours is None else _fraction(ours[2], ours[3]),
            "n/a" if theirs is None else f"{baseline_label}: {_fraction(theirs[2], theirs[3])}",
            "none",
            _met(None if ours is None else ours[2] == 0),
        ),
    ]


def whole_rows(results: Sequence[PageResult]) -> list[Row]:
    """The whole rendering summarised as a whole page copied and pasted: the share of summary
    sentences that are article text, and the pages whose summary is all article text."""
    ours = _summary_totals([r.whole for r in results])
    theirs = _summary_totals([r.whole_lead for r in results])
    clean = [s for s in (r.whole for r in results) if not isinstance(s, Failed)]
    clean_lead = [s for s in (r.whole_lead for r in results) if not isinstance(s, Failed)]
    all_story = sum(s.article == s.chosen and not s.headline_chosen for s in clean)
    lead_story = sum(s.article == s.chosen and not s.headline_chosen for s in clean_lead)
    share = None if ours is None or not ours[1] else ours[0] / ours[1]
    return [
        Row(
            "whole page: summary sentences that are article text",
            "n/a" if ours is None else _fraction(ours[0], ours[1]),
            "n/a" if theirs is None else f"lead: {_fraction(theirs[0], theirs[1])}",
            ">= 95 %",
            _met(None if share is None else share >= WHOLE_SHARE_GOAL),
        ),
        Row(
            "whole page: pages whose summary is all story",
            _fraction(all_story, len(results)),
            f"lead: {_fraction(lead_story, len(results))}",
            "9 in 10",
            _met(all_story >= PARAGRAPH_GOAL * len(results)),
        ),
    ]


def final_rows(results: Sequence[PageResult]) -> list[Row]:
    n = len(results)
    rows: list[Row] = []

    ours = extraction_totals(results, RINGKAS)
    default = extraction_totals(results, TRAFILATURA)
    precise = extraction_totals(results, TRAFILATURA_PRECISION)
    assert default is not None and precise is not None  # trafilatura never fails
    best_f1 = max(default.f1, precise.f1)
    rows.append(
        Row(
            "word F1 against the gold body (pooled)",
            "n/a" if ours is None else f"{ours.f1:.3f}",
            f"trafilatura {default.f1:.3f} / favor_precision {precise.f1:.3f}",
            f">= {F1_GOAL} and > {best_f1:.3f}",
            _met(None if ours is None else ours.f1 >= F1_GOAL and ours.f1 > best_f1),
        )
    )
    for what, right in (
        ("first", attrgetter("first_right")),
        ("last", attrgetter("last_right")),
    ):
        rows.append(
            Row(
                f"{what} paragraph right (pages)",
                "n/a" if ours is None else _fraction(right(ours), n),
                f"trafilatura {_fraction(right(default), n)} / favor_precision "
                f"{_fraction(right(precise), n)}",
                "9 in 10",
                _met(None if ours is None else right(ours) >= PARAGRAPH_GOAL * n),
            )
        )
    rows.append(
        Row(
            "gold furniture strings leaked",
            "n/a" if ours is None else str(ours.leaked),
            f"trafilatura {default.leaked} / favor_precision {precise.leaked}",
            "(none set)",
            "-",
        )
    )

    positions = [r.positions for r in results]
    good = [p for p in positions if not isinstance(p, Failed)]
    measured = len(good) == len(positions)
    sentences = sum(p.sentences for p in good)
    exact = sum(p.exact for p in good)
    line_column = sum(p.line_column for p in good)
    titles = [p for p in good if p.title_checked]
    titles_exact = sum(p.title_exact and p.title_line_column for p in titles)
    no_positions = "none (trafilatura gives no positions)"
    rows.append(
        Row(
            "sentence spans that satisfy the position rule",
            _fraction(exact, sentences) if measured else "n/a",
            no_positions,
            "all",
            _met(exact == sentences if measured else None),
        )
    )
    rows.append(
        Row(
            "sentences whose line/column are those of start",
            _fraction(line_column, sentences) if measured else "n/a",
            no_positions,
            "all",
            _met(line_column == sentences if measured else None),
        )
    )
    rows.append(
        Row(
            "title spans exact (pages with a title)",
            _fraction(titles_exact, len(titles)) if measured else "n/a",
            no_positions,
            "all",
            _met(titles_exact == len(titles) if measured else None),
        )
    )

    rows.extend(
        summary_rows(
            "saved page",
            [r.summary for r in results],
            "trafilatura + ringkas",
            [r.baseline_summary for r in results],
        )
    )
    ringkas_titles = [r.title for r in results]
    titles_measured = not any(isinstance(t, Failed) for t in ringkas_titles)
    right = sum(title_right(r.title, r.page.gold) for r in results)
    baseline_right = sum(title_right(r.baseline_title, r.page.gold) for r in results)
    rows.append(
        Row(
            "saved page: title equal to the gold title",
            _fraction(right, n) if titles_measured else "n/a",
            f"trafilatura metadata: {_fraction(baseline_right, n)}",
            "all",
            _met(right == n if titles_measured else None),
        )
    )

    cut = [(r.page.gold, r.copied) for r in results if not isinstance(r.copied, Failed)]
    copied = [c for _, c in cut]
    rows.extend(
        summary_rows("copied text", [c.summary for c in copied], "lead", [c.lead for c in copied])
    )
    copied_measured = bool(copied) and not any(isinstance(c.title, Failed) for c in copied)
    copied_right = sum(title_right(c.title, gold) for gold, c in cut)
    rows.append(
        Row(
            "copied text: title field equal to the headline",
            _fraction(copied_right, len(copied)) if copied_measured else "n/a",
            "-",
            "all",
            _met(copied_right == len(copied) if copied_measured else None),
        )
    )
    rows.extend(whole_rows(results))
    same = sum(r.same_as_clean for r in results)
    baseline_same = sum(r.baseline_same_as_clean for r in results)
    rows.append(
        Row(
            "saved page: summary equal to the clean article's (pages)",
            _fraction(same, n),
            f"trafilatura + ringkas: {_fraction(baseline_same, n)}",
            "9 in 10",
            _met(same >= PARAGRAPH_GOAL * n),
        )
    )
    return rows


def _f1(score: ExtractionScore) -> float:
    return ratios(score.overlap, score.extracted, score.gold)[2]


def site_of(page: Page) -> str:
    """A page's site: its name after the number ("003-tribunnews": "tribunnews")."""
    return page.name.split("-", 1)[1] if "-" in page.name else page.name


def report_sites(results: Sequence[PageResult], held_out: set[str]) -> None:
    """Section 5: every page's extraction with its site and set, pooled per set."""
    seen = {site_of(r.page) for r in results if r.page.name not in held_out}

    def group(result: PageResult) -> str:
        if result.page.name not in held_out:
            return "development"
        return "held-out, site seen" if site_of(result.page) in seen else "held-out, site unseen"

    click.echo(
        "\n6. By site: the pages ringkas was developed on, and held-out pages of sites seen and"
        " unseen in development (word F1, first/last paragraph right)"
    )
    header = ("page", "site", "set", "ringkas F1", "trafilatura F1", "first", "last")
    rows = []
    for result in results:
        ours, theirs = result.extraction[RINGKAS], result.extraction[TRAFILATURA]
        rows.append(
            (
                result.page.name,
                site_of(result.page),
                group(result),
                "n/a" if isinstance(ours, Failed) else f"{_f1(ours):.3f}",
                "n/a" if isinstance(theirs, Failed) else f"{_f1(theirs):.3f}",
                "n/a" if isinstance(ours, Failed) else _yes(ours.first_right),
                "n/a" if isinstance(ours, Failed) else _yes(ours.last_right),
            )
        )
    for name in ("development", "held-out, site seen", "held-out, site unseen"):
        members = [r for r in results if group(r) == name]
        ours_total = extraction_totals(members, RINGKAS) if members else None
        theirs_total = extraction_totals(members, TRAFILATURA) if members else None
        if not members:
            continue
        rows.append(
            (
                f"all {name}",
                f"{len({site_of(r.page) for r in members})} sites",
                f"{len(members)} pages",
                "n/a" if ours_total is None else f"{ours_total.f1:.3f}",
                "n/a" if theirs_total is None else f"{theirs_total.f1:.3f}",
                "n/a" if ours_total is None else _fraction(ours_total.first_right, len(members)),
                "n/a" if ours_total is None else _fraction(ours_total.last_right, len(members)),
            )
        )
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    for n, row in enumerate((header, *rows)):
        click.echo("  ".join(f"{c:<{w}}" for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            click.echo("-" * (sum(widths) + 2 * (len(widths) - 1)))


def print_final(rows: Sequence[Row]) -> None:
    columns = ("measure", "ringkas", "baseline", "goal", "met")
    cells = [columns, *((r.measure, r.ringkas, r.baseline, r.goal, r.met) for r in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    click.echo("")
    for n, row in enumerate(cells):
        click.echo(" | ".join(f"{c:<{w}}" for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            click.echo("-+-".join("-" * w for w in widths))


# --------------------------------------------------------------------------------------------
# Command line


@click.command(help=(__doc__ or "").split("\n\n")[0])
@click.option(
    "--data",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_DATA,
    show_default=True,
    help="Directory of NNN-site.html pages with their NNN-site.gold.json.",
)
@click.option(
    "--show",
    type=click.IntRange(min=0),
    default=3,
    show_default=True,
    help="Print up to N failures per page and check (0: figures only).",
)
@click.option(
    "--held-out",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    multiple=True,
    help="A directory of pages kept out of development (NNN-site.html with gold); repeatable.",
)
@click.option(
    "--renderer",
    type=click.Choice(["inscriptis", "chromium", *_TEXT_BROWSERS]),
    default="inscriptis",
    show_default=True,
    help="What renders a page to the text a reader copies (parts 4 and 5).",
)
@click.option(
    "--columns",
    type=click.IntRange(min=20),
    default=None,
    help="The width a text browser or Pandoc wraps at (default: its own).",
)
def main(
    data: Path, show: int, held_out: tuple[Path, ...], renderer: str, columns: int | None
) -> None:
    if not data.is_dir():
        raise click.FileError(str(data), hint="not found; pass --data")
    started = time.perf_counter()
    pages, skipped = read_pages(data)
    kept_out: set[str] = set()
    for folder in held_out:
        more, more_skipped = read_pages(folder)
        pages += more
        skipped += more_skipped
        kept_out |= {page.name for page in more}
    if not pages:
        raise click.ClickException(f"{data} holds no NNN-site.html pages with gold")
    _trafilatura()  # say at once if the baseline cannot run
    if renderer in _TEXT_BROWSERS:
        render = text_browser(renderer, columns)
    elif columns is not None:
        raise click.UsageError("--columns is for the text browsers and Pandoc")
    else:
        render = render_chromium if renderer == "chromium" else render_text
    results = [measure(page, render) for page in pages]

    click.echo(f"{len(pages)} saved pages with gold in {data}")
    for name in skipped:
        click.echo(f"(skipped {name}: no gold file)")
    failed = [
        (r.page.name, run.message)
        for r in results
        for run in (r.runs.split, r.runs.summary)
        if isinstance(run, Failed)
    ]
    if failed:
        click.echo(f"ringkas failed {len(failed)} of {2 * len(results)} runs on the pages:")
        for name, message in dict.fromkeys(failed):
            click.echo(f"  {name}: {clip(message, 200)}")
    report_extraction(results, show)
    report_positions(results, show)
    report_summaries(results, show)
    report_copied(results, show, renderer)
    report_whole(results, show, renderer)
    report_sites(results, kept_out)
    print_final(final_rows(results))
    cut = sum(not isinstance(r.copied, Failed) for r in results)
    click.echo(f"copied text: {cut} of {len(results)} pages cut; the others are left out of it")
    click.echo(f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
