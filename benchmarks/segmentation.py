"""Benchmark sentence segmentation on Universal Dependencies Indonesian data.

Three splitters are compared side by side:

* ``ringkas``: :func:`ringkas.text.segment.split_sentences`.
* ``punkt-untrained``: NLTK's ``PunktSentenceTokenizer()`` with no training and no downloaded
  data (no abbreviations, no collocations, no sentence starters), via ``span_tokenize``.
* ``regex``: a naive baseline that cuts after ``.``, ``!`` or ``?`` when white space and then
  an upper-case letter or an opening quote follow.

ringkas gets the whole text and finds paragraphs itself. The two baselines only ever cut at
``.``, ``!`` or ``?``, so they are run on each blank-line separated paragraph and the paragraph
breaks count as boundaries for them too; otherwise every sentence without final punctuation
would cost them two errors for something no splitter has to guess.

Data
----
The treebanks ``id_csui-ud-train.conllu`` (CSUI train) and ``id_gsd-ud-dev.conllu`` (GSD dev)
are read from ``--ud-dir``. Only the ``# text = ...`` comment of each sentence is used; other
comments (``# text_en``, ``# newpar``, ``# newdoc``, ...) and the token lines are ignored.

A treebank is a list of sentences, not running text, so each file is rejoined into one text.
After a sentence whose text ends in ``.``, ``!``, ``?`` or a closing quote or bracket
(``"”’)]``) the next one follows after a single space; after any other sentence (a headline,
a list item, a sentence without final punctuation) it follows after a blank line, so that it is
a paragraph of its own, as it would be in a real article. The gold sentence spans are recorded
as character offsets while joining. (The straight ``'`` does not count as closing, so CSUI
train's "` Berkaki pendek '" is followed by a blank line; this is the joining behind the issue's
reference figures, untrained Punkt F1 95.43 on CSUI train and 84.60 on GSD dev.)

Metric
------
The sentence metric of the CoNLL 2018 shared task: spans are compared on non-white-space
characters only. Each span becomes the pair (index of its first non-white-space character,
index of its last non-white-space character), counted in the sequence of the text's
non-white-space characters, so white space a splitter keeps or drops at either end does not
matter. A predicted sentence is correct when both ends equal those of a gold sentence.

    P = correct / predicted    R = correct / gold    F1 = 2PR / (P + R)

reported as percentages.

Usage
-----
From the repository root::

    .venv/bin/python benchmarks/segmentation.py [--ud-dir PATH] [--errors N]

``--errors N`` prints up to N ringkas errors per dataset: each shows the gold sentences and the
predicted sentences over a region where the two disagree.

Hard-wrapped text
-----------------
``--wrap W`` (repeatable) also scores every dataset hard-wrapped at W columns, as a plain-text
e-mail or an archive's .txt file is: each blank-line separated paragraph is filled with
``textwrap.fill(paragraph, W, break_long_words=False, break_on_hyphens=False)``, so only spaces
become line breaks and the gold sentences stay the same non-white-space characters. A splitter
that reads wrapped prose as prose scores the same wrapped and unwrapped. ``--wrap-articles``
wraps each IndoSum article by itself at a width drawn from 40 to 100 columns (seeded), whole and
with one drawn paragraph wrapped alone, and counts the articles whose sentences change.
"""

from __future__ import annotations

import json
import random
import re
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import click
from nltk.tokenize.punkt import PunktSentenceTokenizer

from ringkas.text.segment import split_sentences

Span = tuple[int, int]
Splitter = Callable[[str], list[Span]]

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_UD_DIR = (REPO_ROOT / ".." / "shared" / "data" / "ud").resolve()
DEFAULT_INDOSUM = (REPO_ROOT / ".." / "shared" / "data" / "indosum" / "dev.jsonl").resolve()

DATASETS: tuple[tuple[str, str], ...] = (
    ("CSUI train", "id_csui-ud-train.conllu"),
    ("GSD dev", "id_gsd-ud-dev.conllu"),
)
# Hand-checked sentence ends inside the multi-sentence units of a dataset, for its tolerant score.
INNER_ENDS = {"GSD dev": Path(__file__).resolve().parent / "gsd-dev-sentence-ends.tsv"}

# A sentence ending in one of these is followed by a space; any other by a blank line.
FINAL_CHARS = '.!?"”’)]'

_TEXT_COMMENT = re.compile(r"^# text = (.*)$")


# --------------------------------------------------------------------------------------------
# Data


@dataclass(frozen=True)
class Document:
    """One treebank rejoined into running text, with the gold sentence spans."""

    name: str
    text: str
    gold: list[Span]


def read_sentences(path: Path) -> list[str]:
    """The ``# text = ...`` of every sentence in a CoNLL-U file, in order."""
    sentences: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            match = _TEXT_COMMENT.match(line.rstrip("\r\n"))
            if match:
                text = match.group(1).strip()
                if text:
                    sentences.append(text)
    return sentences


def read_sentence_ids(path: Path) -> list[str]:
    """The ``# sent_id = ...`` of every sentence :func:`read_sentences` returns, in order."""
    ids: list[str] = []
    current = ""
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if line.startswith("# sent_id"):
                current = line.split("=", 1)[1].strip()
            match = _TEXT_COMMENT.match(line)
            if match and match.group(1).strip():
                ids.append(current)
    return ids


def read_inner_ends(path: Path, doc: Document, ids: Sequence[str]) -> list[int]:
    """The hand-checked sentence ends inside multi-sentence units (``INNER_ENDS``), as offsets
    into the joined text; each must follow final punctuation and come before white space."""
    units = dict(zip(ids, doc.gold, strict=True))
    ends: list[int] = []
    with path.open(encoding="utf-8") as f:
        rows = [line.split("\t") for line in f if line.strip() and not line.startswith("#")]
    for sent_id, offset in rows[1:]:
        start, end = units[sent_id]
        at = start + int(offset)
        if not (start < at < end and doc.text[at - 1] in FINAL_CHARS and doc.text[at].isspace()):
            raise click.ClickException(f"{path.name}: {sent_id} {offset.strip()} ends no sentence")
        ends.append(at)
    return ends


def join_sentences(sentences: Iterable[str]) -> tuple[str, list[Span]]:
    """Rejoin sentences into one text; return it with each sentence's (start, end) offsets."""
    parts: list[str] = []
    spans: list[Span] = []
    offset = 0
    previous: str | None = None
    for sentence in sentences:
        if previous is not None:
            separator = " " if previous.endswith(tuple(FINAL_CHARS)) else "\n\n"
            parts.append(separator)
            offset += len(separator)
        parts.append(sentence)
        spans.append((offset, offset + len(sentence)))
        offset += len(sentence)
        previous = sentence
    return "".join(parts), spans


def load_document(name: str, path: Path) -> Document:
    text, gold = join_sentences(read_sentences(path))
    return Document(name, text, gold)


def load_indosum(path: Path) -> Document:
    """IndoSum's articles, one after the other, with IndoSum's own sentences as the reference.

    IndoSum split its articles automatically and its text was rebuilt from tokens, so spacing
    inside a sentence may differ from the article; the non-white-space characters agree, so
    each reference sentence is placed by counting them.
    """
    texts: list[str] = []
    gold: list[Span] = []
    offset = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            text: str = record["text"]
            position = 0
            for paragraph in record["sentences"]:
                for sentence in paragraph:
                    remaining = sum(not ch.isspace() for ch in sentence)
                    while text[position].isspace():
                        position += 1
                    start = position
                    while remaining:
                        remaining -= not text[position].isspace()
                        position += 1
                    gold.append((offset + start, offset + position))
            texts.append(text)
            offset += len(text) + 2
    return Document("IndoSum dev*", "\n\n".join(texts), gold)


# --------------------------------------------------------------------------------------------
# Splitters


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def paragraphs(text: str) -> Iterator[Span]:
    """Spans of the blank-line separated paragraphs of ``text``."""
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def per_paragraph(split: Splitter) -> Splitter:
    """Run ``split`` on each paragraph separately and shift its spans back into ``text``.

    Neither baseline knows about blank lines: untrained Punkt and the regex only ever cut at
    ``.``, ``!`` or ``?``. They get the paragraph breaks for free, as ringkas handles them.
    """

    def split_text(text: str) -> list[Span]:
        return [
            (p_start + s, p_start + e)
            for p_start, p_end in paragraphs(text)
            for s, e in split(text[p_start:p_end])
        ]

    return split_text


def ringkas_spans(text: str) -> list[Span]:
    """ringkas on the whole text: it finds paragraphs itself."""
    return [(s.start, s.end) for s in split_sentences(text)]


def punkt_untrained_spans(text: str) -> list[Span]:
    """NLTK Punkt with default parameters: no abbreviations, collocations or starters."""
    return list(PunktSentenceTokenizer().span_tokenize(text))


_REGEX_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“‘«])")


def regex_spans(text: str) -> list[Span]:
    """Cut after ``[.!?]`` followed by white space and an upper-case letter or opening quote."""
    spans: list[Span] = []
    start = 0
    for match in _REGEX_BOUNDARY.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


SPLITTERS: tuple[tuple[str, Splitter], ...] = (
    ("ringkas", ringkas_spans),
    ("punkt-untrained", per_paragraph(punkt_untrained_spans)),
    ("regex", per_paragraph(regex_spans)),
)


# --------------------------------------------------------------------------------------------
# Scoring


class NonSpaceIndex:
    """Maps character offsets of a text to indices among its non-white-space characters."""

    def __init__(self, text: str) -> None:
        self._text = text
        # before[i] = number of non-white-space characters in text[:i]
        before = [0] * (len(text) + 1)
        count = 0
        for i, ch in enumerate(text):
            before[i] = count
            if not ch.isspace():
                count += 1
        before[len(text)] = count
        self._before = before

    def ends(self, span: Span) -> Span | None:
        """(first, last) non-white-space index of ``span``, or None if it holds none."""
        start, end = span
        first = self._before[start]
        last = self._before[end] - 1
        if last < first:
            return None
        return first, last


@dataclass(frozen=True)
class Score:
    """``correct`` predicted sentences and ``found`` gold ones (the same but for a tolerant
    gold, where a unit found in several pieces gives several correct sentences)."""

    gold: int
    predicted: int
    correct: int
    found: int | None = None

    @property
    def precision(self) -> float:
        return 100.0 * self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        found = self.correct if self.found is None else self.found
        return 100.0 * found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def to_ends(index: NonSpaceIndex, spans: Iterable[Span]) -> list[Span]:
    return [e for e in map(index.ends, spans) if e is not None]


def score(gold: Sequence[Span], predicted: Sequence[Span]) -> Score:
    """CoNLL 2018 sentence score of ends already mapped to non-white-space indices."""
    correct = len(set(gold) & set(predicted))
    return Score(gold=len(gold), predicted=len(predicted), correct=correct)


def score_tolerant(gold: Sequence[Span], predicted: Sequence[Span], inner: set[int]) -> Score:
    """The CoNLL score with a tolerant gold: a gold unit counts as found when the predicted
    sentences cover it exactly, cut inside it only at its ``inner`` sentence ends (indices of
    their last non-white-space character); each predicted sentence inside a found unit is
    correct. Recall counts found units, precision correct predicted sentences."""
    by_start = {first: n for n, (first, _) in enumerate(predicted)}
    found = correct = 0
    for first, last in gold:
        n = by_start.get(first)
        if n is None:
            continue
        pieces = 1
        while predicted[n][1] < last and predicted[n][1] in inner and n + 1 < len(predicted):
            n, pieces = n + 1, pieces + 1
        if predicted[n][1] == last:
            found, correct = found + 1, correct + pieces
    return Score(gold=len(gold), predicted=len(predicted), correct=correct, found=found)


# --------------------------------------------------------------------------------------------
# Error report


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    half = (width - 5) // 2
    return f"{text[:half]} ... {text[-half:]}"


def error_regions(
    gold: Sequence[Span], predicted: Sequence[Span]
) -> list[tuple[list[int], list[int]]]:
    """Groups of gold and predicted sentence indices whose boundaries disagree.

    Both lists are sorted and cover the same non-white-space characters, so walking them
    together and closing a group wherever a gold and a predicted sentence end at the same place
    yields minimal regions; a region is an error unless it holds one sentence on each side.
    """
    regions: list[tuple[list[int], list[int]]] = []
    i = j = 0
    while i < len(gold) and j < len(predicted):
        gi, pj = [i], [j]
        while gold[gi[-1]][1] != predicted[pj[-1]][1]:
            if gold[gi[-1]][1] < predicted[pj[-1]][1]:
                if gi[-1] + 1 >= len(gold):
                    break
                gi.append(gi[-1] + 1)
            else:
                if pj[-1] + 1 >= len(predicted):
                    break
                pj.append(pj[-1] + 1)
        if len(gi) > 1 or len(pj) > 1 or gold[gi[0]] != predicted[pj[0]]:
            regions.append((gi, pj))
        i, j = gi[-1] + 1, pj[-1] + 1
    return regions


def print_errors(doc: Document, predicted: Sequence[Span], limit: int, width: int = 160) -> None:
    index = NonSpaceIndex(doc.text)
    gold_ends = [index.ends(s) for s in doc.gold]
    pred_spans = [s for s in predicted if index.ends(s) is not None]
    pred_ends = [index.ends(s) for s in pred_spans]
    regions = error_regions(
        [e for e in gold_ends if e is not None], [e for e in pred_ends if e is not None]
    )
    gold_spans = [s for s, e in zip(doc.gold, gold_ends, strict=True) if e is not None]
    click.echo(f"\n## ringkas errors on {doc.name}: {len(regions)} regions, showing {limit}")
    for n, (gi, pj) in enumerate(regions[:limit], 1):
        kind = "merged" if len(gi) > len(pj) else "split" if len(pj) > len(gi) else "shifted"
        click.echo(f"\n[{n}] {kind}: {len(gi)} gold vs {len(pj)} predicted")
        for i in gi:
            s, e = gold_spans[i]
            click.echo(f"  gold: {_clip(doc.text[s:e], width)}")
        for j in pj:
            s, e = pred_spans[j]
            click.echo(f"  pred: {_clip(doc.text[s:e], width)}")


def _fill(paragraph: str, width: int) -> str:
    return textwrap.fill(paragraph, width, break_long_words=False, break_on_hyphens=False)


def wrapped(text: str, width: int) -> str:
    """``text`` with every paragraph hard-wrapped at ``width`` columns (only spaces change)."""
    return "\n\n".join(_fill(paragraph, width) for paragraph in text.split("\n\n"))


def boundaries(text: str) -> list[Span]:
    """ringkas's sentences of ``text`` in non-white-space characters, which wrapping keeps."""
    return to_ends(NonSpaceIndex(text), ringkas_spans(text))


def wrapped_articles(path: Path, seed: int = 7) -> tuple[int, int, int]:
    """How many IndoSum articles split differently when hard-wrapped at a width drawn from 40
    to 100 columns: every paragraph, and one paragraph drawn alone. Returns (articles, changed
    wrapped whole, changed with one paragraph wrapped)."""
    draw = random.Random(seed)
    articles = whole = one = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            paragraphs = text.split("\n\n")
            width = draw.randint(40, 100)
            chosen = draw.randrange(len(paragraphs))
            alone = [
                *paragraphs[:chosen],
                _fill(paragraphs[chosen], width),
                *paragraphs[chosen + 1 :],
            ]
            expected = boundaries(text)
            articles += 1
            whole += boundaries(wrapped(text, width)) != expected
            one += boundaries("\n\n".join(alone)) != expected
    return articles, whole, one


# --------------------------------------------------------------------------------------------
# Command line


@click.command(help=(__doc__ or "").split("\n\n")[0])
@click.option(
    "--ud-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_UD_DIR,
    show_default=True,
    help="Directory holding the UD Indonesian .conllu files.",
)
@click.option(
    "--indosum",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_INDOSUM,
    show_default=True,
    help="IndoSum JSONL file whose automatic sentence split is compared with.",
)
@click.option(
    "--wrap",
    "widths",
    type=click.IntRange(min=20),
    multiple=True,
    help="Also score every dataset hard-wrapped at this many columns (repeatable).",
)
@click.option(
    "--wrap-articles",
    is_flag=True,
    help="Also count the IndoSum articles that split differently hard-wrapped, each at its own"
    " width from 40 to 100 columns (seeded): wrapped whole, and with one paragraph wrapped.",
)
@click.option(
    "--errors",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Print up to N ringkas errors per dataset.",
)
def main(
    ud_dir: Path, indosum: Path, widths: tuple[int, ...], wrap_articles: bool, errors: int
) -> None:
    ud_dir = ud_dir.resolve()
    docs = []
    inner_ends: dict[str, list[int]] = {}
    for name, filename in DATASETS:
        path = ud_dir / filename
        if not path.is_file():
            raise click.FileError(str(path), hint="not found; pass --ud-dir")
        doc = load_document(name, path)
        docs.append(doc)
        if name in INNER_ENDS:
            inner_ends[name] = read_inner_ends(INNER_ENDS[name], doc, read_sentence_ids(path))
    if not indosum.is_file():
        raise click.FileError(str(indosum), hint="not found; pass --indosum")
    docs.append(load_indosum(indosum))

    header = f"{'dataset':<16} {'splitter':<16} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}"
    click.echo(header)
    click.echo("-" * len(header))
    ringkas_predictions: list[list[Span]] = []
    for doc in docs:
        gold = to_ends(NonSpaceIndex(doc.text), doc.gold)
        for width in (None, *widths):
            text = doc.text if width is None else wrapped(doc.text, width)
            name = doc.name if width is None else f"{doc.name} @{width}"
            index = NonSpaceIndex(text)
            for splitter_name, splitter in SPLITTERS:
                predicted = splitter(text)
                if splitter_name == "ringkas" and width is None:
                    ringkas_predictions.append(predicted)
                result = score(gold, to_ends(index, predicted))
                click.echo(
                    f"{name:<16} {splitter_name:<16} {result.gold:>5} {result.predicted:>5} "
                    f"{result.precision:>6.2f} {result.recall:>6.2f} {result.f1:>6.2f}"
                )
        if doc.name in inner_ends:
            index = NonSpaceIndex(doc.text)
            inner = {index.ends((0, end))[1] for end in inner_ends[doc.name]}
            for splitter_name, splitter in SPLITTERS:
                result = score_tolerant(gold, to_ends(index, splitter(doc.text)), inner)
                click.echo(
                    f"{doc.name + ' tol.†':<16} {splitter_name:<16} {result.gold:>5} "
                    f"{result.predicted:>5} {result.precision:>6.2f} {result.recall:>6.2f} "
                    f"{result.f1:>6.2f}"
                )

    click.echo(
        "† tolerant gold: a unit of several sentences also counts as found when it is cut at the"
        f" sentence ends inside it listed in {INNER_ENDS['GSD dev'].name} (checked by hand)."
    )
    click.echo(
        "* IndoSum's sentences were split automatically upstream, so that row measures agreement"
        " with a rough reference on 1,956 news articles ringkas was not built on, not accuracy."
    )
    if wrap_articles:
        articles, whole, one = wrapped_articles(indosum)
        click.echo(
            f"IndoSum articles wrapped at 40-100 columns: {whole} of {articles} split differently"
            f" wrapped whole, {one} of {articles} with one paragraph wrapped alone"
        )
    if errors:
        for doc, predicted in zip(docs, ringkas_predictions, strict=True):
            print_errors(doc, predicted, errors)


if __name__ == "__main__":
    main()
