"""Benchmark summary quality with ROUGE on IndoSum.

Every article of an IndoSum JSONL file (one JSON object per line with ``id``, ``text``,
``summary``, the human reference, and ``sentences``, IndoSum's own automatic split as a list of
paragraphs, each a list of sentence strings) is summarised to three sentences by each system:

* ``ringkas``: ``ringkas.summarize(text, sentences=3)``, the default method.
* ``ringkas --method NAME``: ``ringkas.summarize(text, sentences=3, method=NAME)`` for every
  name in ``ringkas.METHODS`` (or those given with ``--methods``). When ringkas has no
  ``METHODS`` only the default row is shown.
* ``LEAD-3 (IndoSum split)``: the first three sentences of the flattened ``sentences`` field.
* ``stock sumy TextRank``: sumy without any Indonesian processing. Sentences come from untrained
  NLTK Punkt (``PunktSentenceTokenizer()``) run on each blank-line separated paragraph of
  ``text``, words are ``re.findall(r"\\w+", ...)``, no stop words, no stemmer, and
  ``TextRankSummarizer()(document, 3)`` picks the sentences.

A summary is its chosen sentences' text joined with single spaces. It is scored against
``summary`` with the ``rouge_score`` package, ``RougeScorer(["rouge1", "rouge2", "rougeL"],
use_stemmer=False)``, and the F1 (``fmeasure``) of each measure is averaged over articles and
printed times 100. A ringkas call that raises ``ringkas.RingkasError`` (an empty text, say)
counts as an empty summary, scoring 0; such articles are counted and reported under the table,
never dropped.

Tune/confirm split
------------------
An article belongs to the TUNE part when ``int(sha256(id).hexdigest(), 16) % 2 == 0`` and to the
CONFIRM part otherwise. Tune against the first; check on the second that a gain was not fitted
to it. The table shows both parts and all articles together.

Usage
-----
From the repository root::

    .venv/bin/python benchmarks/rouge.py [--data PATH] [--jobs 2] [--limit N] [--methods a,b]

``--data`` defaults to ``../shared/data/indosum/dev.jsonl`` next to the repository. ``--jobs``
is the number of worker processes; the figures do not depend on it. ``--limit N`` scores only
the first N articles, for quick runs.

rouge-score is a benchmark dependency, not a dependency of ringkas: install it with
``pip install -e '.[benchmark]'``.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import click

import ringkas

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "indosum" / "dev.jsonl"

SENTENCES = 3
MEASURES = ("rouge1", "rouge2", "rougeL")
PARTS = ("tune", "confirm", "all")

DEFAULT_SYSTEM = "ringkas"
LEAD_SYSTEM = "LEAD-3 (IndoSum split)"
SUMY_SYSTEM = "stock sumy TextRank"

# Reference figures from the issue: ROUGE F1 x 100 on all of dev.jsonl.
REFERENCE_LINE = (
    "Reference (issue, all of dev.jsonl, R1/R2/RL): LEAD-3 66.09/59.55/63.26, "
    "stock sumy TextRank 42.34/29.38/35.06"
)

# Articles per task sent to a worker process.
CHUNK_SIZE = 16


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    summary: str
    sentences: tuple[str, ...]  # IndoSum's split, flattened

    @property
    def tune(self) -> bool:
        return int(hashlib.sha256(self.id.encode()).hexdigest(), 16) % 2 == 0


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """ROUGE F1 of one system on one article, in the order of MEASURES."""

    f1: tuple[float, float, float]
    failed: bool


def read_articles(path: Path, limit: int | None) -> list[Article]:
    articles = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(articles) >= limit:
                break
            if not line.strip():
                continue
            record = json.loads(line)
            articles.append(
                Article(
                    id=record["id"],
                    text=record["text"],
                    summary=record["summary"],
                    sentences=tuple(s for paragraph in record["sentences"] for s in paragraph),
                )
            )
    return articles


# --------------------------------------------------------------------------------------------
# Systems. The scorer and the sumy objects are built once per process, on first use.


class _WordTokenizer:
    """The word tokenizer handed to sumy: runs of word characters, nothing Indonesian."""

    @staticmethod
    def to_words(text: str) -> list[str]:
        return re.findall(r"\w+", text)


@cache
def _scorer() -> Any:
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(MEASURES), use_stemmer=False)


@cache
def _sumy() -> tuple[Any, Any, Any]:
    """(Punkt tokenizer, word tokenizer, TextRank summarizer)."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    return PunktSentenceTokenizer(), _WordTokenizer(), TextRankSummarizer()


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def sumy_textrank(text: str) -> str:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    punkt, tokenizer, summarizer = _sumy()
    paragraphs = []
    for paragraph in _PARAGRAPH_BREAK.split(text):
        sentences = [Sentence(s, tokenizer) for s in punkt.tokenize(paragraph)]
        if sentences:
            paragraphs.append(Paragraph(sentences))
    document = ObjectDocumentModel(paragraphs)
    return " ".join(str(sentence) for sentence in summarizer(document, SENTENCES))


def ringkas_summary(text: str, method: str | None) -> str:
    """Raises ringkas.RingkasError when ringkas refuses the text."""
    if method is None:
        summary = ringkas.summarize(text, sentences=SENTENCES)
    else:
        summary = ringkas.summarize(text, sentences=SENTENCES, method=method)
    return " ".join(sentence.text for sentence in summary.sentences)


def score(reference: str, prediction: str) -> tuple[float, float, float]:
    scores = _scorer().score(reference, prediction)
    r1, r2, rl = (scores[m].fmeasure for m in MEASURES)
    return r1, r2, rl


def score_article(article: Article, methods: Sequence[str | None]) -> list[ArticleScore]:
    """Scores of one article: one per ringkas method (None = default), then LEAD-3, then sumy."""
    predictions: list[tuple[str, bool]] = []
    for method in methods:
        try:
            predictions.append((ringkas_summary(article.text, method), False))
        except ringkas.RingkasError:
            predictions.append(("", True))
    predictions.append((" ".join(article.sentences[:SENTENCES]), False))
    predictions.append((sumy_textrank(article.text), False))
    # Systems often agree (the default method and its named row, two leads); score each
    # distinct summary once.
    f1 = {p: score(article.summary, p) for p in dict.fromkeys(p for p, _ in predictions)}
    return [ArticleScore(f1[p], failed) for p, failed in predictions]


def score_chunk(
    articles: Sequence[Article], methods: Sequence[str | None]
) -> list[list[ArticleScore]]:
    return [score_article(article, methods) for article in articles]


def chunks(articles: Sequence[Article], size: int) -> Iterator[Sequence[Article]]:
    for start in range(0, len(articles), size):
        yield articles[start : start + size]


def score_all(
    articles: Sequence[Article], methods: Sequence[str | None], jobs: int
) -> list[list[ArticleScore]]:
    """Per-article scores in input order, whatever ``jobs`` is."""
    if jobs == 1:
        return score_chunk(articles, methods)
    results: list[list[ArticleScore]] = []
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [
            pool.submit(score_chunk, chunk, methods) for chunk in chunks(articles, CHUNK_SIZE)
        ]
        for future in futures:
            results.extend(future.result())
    return results


# --------------------------------------------------------------------------------------------
# Report


def mean_f1(scores: Sequence[ArticleScore]) -> tuple[float, ...]:
    if not scores:
        return (math.nan,) * len(MEASURES)
    return tuple(100 * math.fsum(s.f1[m] for s in scores) / len(scores) for m in range(3))


def print_table(
    names: Sequence[str], articles: Sequence[Article], results: Sequence[Sequence[ArticleScore]]
) -> None:
    name_width = max(len("system"), *(len(n) for n in names))
    cell = 6
    group_width = len(MEASURES) * (cell + 1) - 1
    groups = " | ".join(f"{part:^{group_width}}" for part in PARTS)
    measures = " | ".join(" ".join(f"{m:>{cell}}" for m in ("R1", "R2", "RL")) for _ in PARTS)
    click.echo(f"{'':<{name_width}} | {groups}".rstrip())
    click.echo(f"{'system':<{name_width}} | {measures}")
    click.echo("-+-".join(["-" * name_width] + ["-" * group_width] * len(PARTS)))
    for column, name in enumerate(names):
        per_article = [row[column] for row in results]
        parts = {
            "tune": [s for a, s in zip(articles, per_article, strict=True) if a.tune],
            "confirm": [s for a, s in zip(articles, per_article, strict=True) if not a.tune],
            "all": per_article,
        }
        cells = " | ".join(
            " ".join(f"{value:>{cell}.2f}" for value in mean_f1(parts[part])) for part in PARTS
        )
        click.echo(f"{name:<{name_width}} | {cells}".rstrip())


@click.command(help=(__doc__ or "").split("\n\n")[0])
@click.option(
    "--data",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_DATA,
    show_default=True,
    help="IndoSum JSONL file (id, text, summary, sentences).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="Score only the first N articles.",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Worker processes; the figures do not depend on it.",
)
@click.option(
    "--methods",
    "methods_option",
    default=None,
    metavar="A,B",
    help="Comma-separated ringkas methods to run (default: all of ringkas.METHODS).",
)
def main(data: Path, limit: int | None, jobs: int, methods_option: str | None) -> None:
    if not data.is_file():
        raise click.FileError(str(data), hint="not found; pass --data")
    available: tuple[str, ...] = tuple(getattr(ringkas, "METHODS", ()))
    if methods_option is None:
        methods = available
    else:
        methods = tuple(m.strip() for m in methods_option.split(",") if m.strip())
        unknown = [m for m in methods if m not in available]
        if unknown:
            known = ", ".join(available) if available else "none: ringkas has no METHODS"
            raise click.BadParameter(
                f"unknown method(s) {', '.join(unknown)} (known: {known})",
                param_hint="--methods",
            )

    started = time.perf_counter()
    articles = read_articles(data, limit)
    if not articles:
        raise click.ClickException(f"{data} holds no articles")
    default_method = getattr(ringkas, "DEFAULT_METHOD", None)
    names = [
        DEFAULT_SYSTEM
        if default_method is None
        else f"{DEFAULT_SYSTEM} (default: {default_method})",
        *(f"ringkas --method {m}" for m in methods),
        LEAD_SYSTEM,
        SUMY_SYSTEM,
    ]
    results = score_all(articles, [None, *methods], jobs)

    tune = sum(a.tune for a in articles)
    label = f"IndoSum {data.stem}"
    if limit is not None:
        label += f" (first {limit})"
    click.echo(
        f"{label}: {len(articles)} articles (tune {tune}, confirm {len(articles) - tune}); "
        "ROUGE F1 x 100"
    )
    if not available:
        click.echo("(ringkas has no METHODS: only the default ringkas row)")
    print_table(names, articles, results)
    for column, name in enumerate(names):
        failed = sum(row[column].failed for row in results)
        if failed:
            click.echo(f"{failed} articles failed for system {name} (scored as empty summaries)")
    click.echo(REFERENCE_LINE)
    click.echo(f"{time.perf_counter() - started:.1f} s with --jobs {jobs}")


if __name__ == "__main__":
    main()
