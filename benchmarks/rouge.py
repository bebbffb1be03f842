"""Benchmark summary quality with ROUGE on IndoSum.

Every article of an IndoSum JSONL file (one JSON object per line with ``id``, ``text``,
``summary``, the human reference, and ``sentences``, IndoSum's own automatic split as a list of
paragraphs, each a list of sentence strings) is summarised by each system:

* ``ringkas``: ``ringkas.summarize(text)``, the defaults (the default method, about 60 words).
* ``ringkas -n 3``: ``ringkas.summarize(text, sentences=3)``, the default method at three
  sentences, to show what the length rule adds.
* ``ringkas --method NAME``: ``ringkas.summarize(text, method=NAME)`` for every name in
  ``ringkas.METHODS`` (or those given with ``--methods``), at the default length.
* ``LEAD-3 (IndoSum split)``: the first three sentences of the flattened ``sentences`` field.
* ``LEAD ~W words (IndoSum split)``: the prefix of IndoSum's sentences whose word count is
  closest to ringkas's default W (ties to the shorter): LEAD at the default's length.
* ``stock sumy TextRank``: sumy without any Indonesian processing. Sentences come from untrained
  NLTK Punkt (``PunktSentenceTokenizer()``) run on each blank-line separated paragraph of
  ``text``, words are ``re.findall(r"\\w+", ...)``, no stop words, no stemmer, and
  ``TextRankSummarizer()(document, 3)`` picks three sentences.

A summary is its chosen sentences' text joined with single spaces. It is scored against
``summary`` with the ``rouge_score`` package, ``RougeScorer(["rouge1", "rouge2", "rougeL"],
use_stemmer=False)``, and the F1 (``fmeasure``) of each measure is averaged over articles and
printed times 100, next to the mean length of the summaries in words (runs of characters between
spaces). ROUGE F1 depends on length: compare systems at about the same length. A ringkas call
that raises ``ringkas.RingkasError`` (an empty text, say) counts as an empty summary, scoring 0;
such articles are counted and reported under the table, never dropped.

Under the table: how many sentences chosen by the default open with a dateline, by a check
looser than ringkas's own rule and independent of it (an outlet's name, a news agency or a word
in capitals, then a dash or a colon, within the first 60 characters), and how many are page
furniture by ringkas's rules (``ringkas.text.furniture.is_furniture``).

Tune/confirm split
------------------
An article belongs to the TUNE part when ``int(sha256(id).hexdigest(), 16) % 2 == 0`` and to the
CONFIRM part otherwise. Tune against the first; check on the second that a gain was not fitted
to it. The table shows both parts and all articles together. ``--sweep-words 40,50,60`` scores
the default method at each of these word targets on the TUNE part only, to choose the default.

Usage
-----
From the repository root::

    .venv/bin/python benchmarks/rouge.py [--data PATH] [--jobs 2] [--limit N] [--methods a,b]
                                         [--sweep-words A,B,...]

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
from ringkas.rank.select import DEFAULT_WORDS
from ringkas.text.furniture import is_furniture

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "indosum" / "dev.jsonl"

SENTENCES = 3
MEASURES = ("rouge1", "rouge2", "rougeL")
PARTS = ("tune", "confirm", "all")

LEAD_SYSTEM = "LEAD-3 (IndoSum split)"
LEAD_WORDS_SYSTEM = f"LEAD ~{DEFAULT_WORDS} words (IndoSum split)"
SUMY_SYSTEM = "stock sumy TextRank"

# Reference figures from the issues: ROUGE F1 x 100 on all of dev.jsonl.
REFERENCE_LINE = (
    "Reference (issue, all of dev.jsonl, R1/R2/RL): LEAD-3 66.09/59.55/63.26, "
    "stock sumy TextRank 42.34/29.38/35.06"
)

# A dateline at the start of a sentence, by a rule looser than ringkas's own and written apart
# from it: within the first 50 characters, an outlet's domain, a news agency or channel (then a
# dash or a colon), or among the first four words one in capitals followed by a dash set off by
# a space ("JAKARTA -", not "TNI-Polri").
_DATELINE_LIKE = re.compile(
    r"^(?:[^.!?]{0,50}?(?:\w\.(?:com|co|id|net|news|tv)\b|\((?:ANTARA|Antara)\b|CNN Indonesia"
    r"|Pos ?[Kk]ota)[^.!?]{0,25}?\s?(?:-{1,3}|–|—|:)"
    r"|(?:[^\s.!?]+\s+){0,3}[A-Z]{3,}\b\)?(?:\s+(?:-{1,3}|–|—)|(?:-{1,3}|–|—)\s))",
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
    """ROUGE F1 of one system on one article, in the order of MEASURES, and its length."""

    f1: tuple[float, float, float]
    words: int
    failed: bool


@dataclass(frozen=True, slots=True)
class Checks:
    """What the default chose on one article: sentences, those opening with a dateline, those
    that are furniture."""

    chosen: int = 0
    dateline: int = 0
    furniture: int = 0


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


def lead_words(sentences: Sequence[str], target: int) -> str:
    """The first sentences whose word count is closest to ``target`` (ties to the shorter)."""
    chosen: list[str] = []
    used = 0
    for sentence in sentences:
        more = used + len(sentence.split())
        if chosen and abs(more - target) >= abs(used - target):
            break
        chosen.append(sentence)
        used = more
    return " ".join(chosen)


# A ringkas system: keyword arguments of ringkas.summarize.
Request = tuple[tuple[str, Any], ...]


def ringkas_summary(text: str, request: Request) -> ringkas.Summary:
    """Raises ringkas.RingkasError when ringkas refuses the text."""
    return ringkas.summarize(text, **dict(request))


def score(reference: str, prediction: str) -> tuple[float, float, float]:
    scores = _scorer().score(reference, prediction)
    r1, r2, rl = (scores[m].fmeasure for m in MEASURES)
    return r1, r2, rl


def check(summary: ringkas.Summary) -> Checks:
    texts = [sentence.text for sentence in summary.sentences]
    return Checks(
        chosen=len(texts),
        dateline=sum(bool(_DATELINE_LIKE.match(text)) for text in texts),
        furniture=sum(is_furniture(text) for text in texts),
    )


def score_article(
    article: Article, requests: Sequence[Request], baselines: bool
) -> tuple[list[ArticleScore], Checks]:
    """Scores of one article: one per ringkas request, then (with ``baselines``) LEAD-3, LEAD
    at the default's length and stock sumy; and the checks of the first request's summary."""
    predictions: list[tuple[str, bool]] = []
    checks = Checks()
    for number, request in enumerate(requests):
        try:
            summary = ringkas_summary(article.text, request)
        except ringkas.RingkasError:
            predictions.append(("", True))
            continue
        predictions.append((" ".join(s.text for s in summary.sentences), False))
        if number == 0:
            checks = check(summary)
    if baselines:
        predictions.append((" ".join(article.sentences[:SENTENCES]), False))
        predictions.append((lead_words(article.sentences, DEFAULT_WORDS), False))
        predictions.append((sumy_textrank(article.text), False))
    # Systems often agree (the default method and its named row, two leads); score each
    # distinct summary once.
    f1 = {p: score(article.summary, p) for p in dict.fromkeys(p for p, _ in predictions)}
    scores = [ArticleScore(f1[p], len(p.split()), failed) for p, failed in predictions]
    return scores, checks


def score_chunk(
    articles: Sequence[Article], requests: Sequence[Request], baselines: bool
) -> list[tuple[list[ArticleScore], Checks]]:
    return [score_article(article, requests, baselines) for article in articles]


def chunks(articles: Sequence[Article], size: int) -> Iterator[Sequence[Article]]:
    for start in range(0, len(articles), size):
        yield articles[start : start + size]


def score_all(
    articles: Sequence[Article], requests: Sequence[Request], jobs: int, baselines: bool = True
) -> list[tuple[list[ArticleScore], Checks]]:
    """Per-article scores in input order, whatever ``jobs`` is."""
    if jobs == 1:
        return score_chunk(articles, requests, baselines)
    results: list[tuple[list[ArticleScore], Checks]] = []
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [
            pool.submit(score_chunk, chunk, requests, baselines)
            for chunk in chunks(articles, CHUNK_SIZE)
        ]
        for future in futures:
            results.extend(future.result())
    return results


# --------------------------------------------------------------------------------------------
# Report


def means(scores: Sequence[ArticleScore]) -> tuple[float, ...]:
    """Mean R1, R2, RL (x 100) and mean words."""
    if not scores:
        return (math.nan,) * (len(MEASURES) + 1)
    f1 = tuple(100 * math.fsum(s.f1[m] for s in scores) / len(scores) for m in range(3))
    return (*f1, sum(s.words for s in scores) / len(scores))


def print_table(
    names: Sequence[str],
    articles: Sequence[Article],
    results: Sequence[Sequence[ArticleScore]],
    parts: Sequence[str] = PARTS,
) -> None:
    name_width = max(len("system"), *(len(n) for n in names))
    cell = 6
    headings = ("R1", "R2", "RL", "words")
    group_width = len(headings) * (cell + 1) - 1
    groups = " | ".join(f"{part:^{group_width}}" for part in parts)
    measures = " | ".join(" ".join(f"{m:>{cell}}" for m in headings) for _ in parts)
    click.echo(f"{'':<{name_width}} | {groups}".rstrip())
    click.echo(f"{'system':<{name_width}} | {measures}")
    click.echo("-+-".join(["-" * name_width] + ["-" * group_width] * len(parts)))
    for column, name in enumerate(names):
        per_article = [row[column] for row in results]
        in_part = {
            "tune": [s for a, s in zip(articles, per_article, strict=True) if a.tune],
            "confirm": [s for a, s in zip(articles, per_article, strict=True) if not a.tune],
            "all": per_article,
        }
        cells = " | ".join(
            " ".join(
                f"{value:>{cell}.{1 if n == 3 else 2}f}"
                for n, value in enumerate(means(in_part[part]))
            )
            for part in parts
        )
        click.echo(f"{name:<{name_width}} | {cells}".rstrip())


def sweep(articles: Sequence[Article], targets: Sequence[int], jobs: int) -> None:
    """The default method at each word target, on the tuning part only."""
    tune = [a for a in articles if a.tune]
    requests = [(("words", target),) for target in targets]
    results = [scores for scores, _ in score_all(tune, requests, jobs, baselines=False)]
    click.echo(f"Word targets, default method, tuning part only ({len(tune)} articles):")
    print_table([f"ringkas -w {t}" for t in targets], tune, results, parts=("tune",))


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
@click.option(
    "--sweep-words",
    "sweep_option",
    default=None,
    metavar="A,B",
    help="Instead of the table: the default method at these word targets, tuning part only.",
)
def main(
    data: Path,
    limit: int | None,
    jobs: int,
    methods_option: str | None,
    sweep_option: str | None,
) -> None:
    if not data.is_file():
        raise click.FileError(str(data), hint="not found; pass --data")
    available: tuple[str, ...] = tuple(ringkas.METHODS)
    if methods_option is None:
        methods = available
    else:
        methods = tuple(m.strip() for m in methods_option.split(",") if m.strip())
        unknown = [m for m in methods if m not in available]
        if unknown:
            raise click.BadParameter(
                f"unknown method(s) {', '.join(unknown)} (known: {', '.join(available)})",
                param_hint="--methods",
            )

    started = time.perf_counter()
    articles = read_articles(data, limit)
    if not articles:
        raise click.ClickException(f"{data} holds no articles")
    label = f"IndoSum {data.stem}"
    if limit is not None:
        label += f" (first {limit})"
    if sweep_option is not None:
        try:
            targets = [int(t) for t in sweep_option.split(",") if t.strip()]
        except ValueError:
            raise click.BadParameter("give whole numbers", param_hint="--sweep-words") from None
        click.echo(f"{label}; ROUGE F1 x 100, mean words per summary")
        sweep(articles, targets, jobs)
        click.echo(f"{time.perf_counter() - started:.1f} s with --jobs {jobs}")
        return

    requests: list[Request] = [(), (("sentences", SENTENCES),)]
    requests += [(("method", m),) for m in methods]
    names = [
        f"ringkas (default: {ringkas.DEFAULT_METHOD}, ~{DEFAULT_WORDS} words)",
        f"ringkas -n {SENTENCES}",
        *(f"ringkas --method {m}" for m in methods),
        LEAD_SYSTEM,
        LEAD_WORDS_SYSTEM,
        SUMY_SYSTEM,
    ]
    scored = score_all(articles, requests, jobs)
    results = [scores for scores, _ in scored]

    tune = sum(a.tune for a in articles)
    click.echo(
        f"{label}: {len(articles)} articles (tune {tune}, confirm {len(articles) - tune}); "
        "ROUGE F1 x 100, mean words per summary"
    )
    print_table(names, articles, results)
    for column, name in enumerate(names):
        failed = sum(row[column].failed for row in results)
        if failed:
            click.echo(f"{failed} articles failed for system {name} (scored as empty summaries)")
    chosen = sum(c.chosen for _, c in scored)
    click.echo(
        f"Default: {sum(c.dateline for _, c in scored)} of {chosen} chosen sentences open with "
        f"a dateline, {sum(c.furniture for _, c in scored)} are page furniture"
    )
    click.echo(REFERENCE_LINE)
    click.echo(f"{time.perf_counter() - started:.1f} s with --jobs {jobs}")


if __name__ == "__main__":
    main()
