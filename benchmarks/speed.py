"""Time ringkas against stock sumy and against its own goals, all in one run on this machine.

Every ringkas figure is the whole ``summarize`` process (start-up included), run as a subprocess
with its standard output sent to ``/dev/null``. Every stock sumy figure is measured inside this
process, so it pays no start-up at all.

1. Long document. IndoSum articles (``--data``) are joined in file order, a blank line between
   two articles, until ``ringkas.text.segment.split_sentences`` finds at least 1,200 sentences in
   the text, which is written to a temporary file. ringkas: ``summarize -n 5 FILE``, run in turn
   with the import floor (below) ``--repeat-start`` times each; medians compared. Goal: the
   whole process at most 1.25 times the floor. For comparison only, stock sumy's
   ``TextRankSummarizer()`` asked for 5 sentences of the same sentences
   (``split_sentences``' output, words are ``re.findall(r"\\w+", ...)``, no stop words, no
   stemmer), run once because it is slow; only the summarizer call is timed.
2. Scaling. Documents of about 2,000 and 20,000 sentences, built the same way (cycling through
   the articles again if the file runs out). For each, the median wall time of
   ``summarize -n 5 FILE`` over ``--repeat`` runs and the peak resident memory of that process
   (``/usr/bin/time -f "%e %M"`` when it exists, else ``os.wait4``). Goals: the 20,000-sentence
   document takes at most 20 times as long as the 2,000-sentence one, and peaks at 2 GiB or less.
3. Cold start. ``summarize samples/harakatuna-suriah.txt`` against the import floor
   ``python -c "import click, nltk, sumy.summarizers.text_rank"`` (this Python), run in turn
   ``--repeat-start`` times each after one untimed warm-up of each; medians compared. Goal:
   ringkas within 1.1 times the floor.
4. Batch. Every article of ``--data`` (the first ``--limit`` only, when given) through
   ``summarize --input-format jsonl -f jsonl --jobs 1 -n 3 FILE`` and ``--jobs 2``, run in turn
   ``--repeat`` times each (medians), against stock sumy over the same articles in this
   process: untrained NLTK Punkt (``PunktSentenceTokenizer().tokenize``, built once) on every
   blank-line separated paragraph of ``text``, the word tokenizer above and
   ``TextRankSummarizer()(document, 3)``, the whole loop timed. Both ringkas runs are then run
   again with their output captured to files, which must be byte-identical. Goals: ringkas with
   one job at least 3 times as fast per article as stock sumy, and two jobs at least 1.6 times
   as fast as one.
5. Help. ``summarize --help`` and ``summarize --version`` against ``python -c "import click"``
   (this Python), run in turn ``--repeat-start`` times each after one untimed warm-up; medians
   compared. They need nothing of ringkas's library, so the goal is at most 1.5 times the cost
   of loading click.
6. Ranking. Documents of about 2,000, 10,000, 20,000 and 40,000 sentences, built as above,
   split once; the default method's scores of all their sentences (``ringkas.rank.scores``)
   timed in this process, best of ``--repeat``. Goal: the time per sentence at 40,000 at most
   twice that at 2,000 (ranking in linear time).
7. Prose. The articles joined until the text is just under the 5 MiB input limit;
   ``summarize -n 5 FILE``, median wall time and peak memory of ``--repeat`` runs. Goals: at
   most 3 s and 500 MiB.

The load average is printed at the start and at the end: the machine may be busy with other work,
and the figures are only comparable when it is not.

Usage, from the repository root::

    .venv/bin/python benchmarks/speed.py [--data PATH] [--repeat 3] [--repeat-start 15]
                                         [--skip-20k] [--limit N] [--only long,help,...]

A full run takes a few minutes, most of it in stock sumy on the 1,200-sentence document and the
20,000-sentence ringkas run; ``--skip-20k``, ``--limit`` and ``--only`` (some of long, scaling,
start, batch, help, ranking, prose) shorten it while developing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import cycle
from pathlib import Path

import click
from nltk.tokenize.punkt import PunktSentenceTokenizer
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.summarizers.text_rank import TextRankSummarizer

from ringkas.model import Sentence
from ringkas.text.segment import split_sentences

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT / ".." / "shared" / "data" / "indosum" / "dev.jsonl"
COLD_START_SAMPLE = REPO_ROOT / "samples" / "harakatuna-suriah.txt"
IMPORT_FLOOR = "import click, nltk, sumy.summarizers.text_rank"
GNU_TIME = Path("/usr/bin/time")

LONG_SENTENCES = 1_200
SCALING_SENTENCES = (2_000, 20_000)

GOAL_LONG_RATIO = 1.25
GOAL_SCALING_RATIO = 20.0
GOAL_PEAK_BYTES = 2 * 1024**3
GOAL_COLD_START_RATIO = 1.1
GOAL_BATCH_VS_STOCK = 3.0
GOAL_JOBS_SPEEDUP = 1.6
GOAL_HELP_RATIO = 1.5
CLICK_FLOOR = "import click"
RANKING_SENTENCES = (2_000, 10_000, 20_000, 40_000)
GOAL_RANKING_RATIO = 2.0
PROSE_BYTES = 5 * 1024 * 1024 - 4096
GOAL_PROSE_SECONDS = 3.0
GOAL_PROSE_PEAK_BYTES = 500 * 1024**2
MEASURES = ("long", "scaling", "start", "batch", "help", "ranking", "prose")

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


class _WordTokenizer:
    """The word tokenizer handed to sumy: runs of word characters, nothing Indonesian."""

    @staticmethod
    def to_words(text: str) -> list[str]:
        return re.findall(r"\w+", text)


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the final table."""

    measure: str
    ringkas: str
    baseline: str
    ratio: str
    goal: str
    met: bool | None  # None: no goal to meet


@dataclass(frozen=True, slots=True)
class Run:
    """One finished ``summarize`` process."""

    seconds: float
    peak_kib: int | None
    returncode: int


def _summarize_command() -> list[str]:
    beside_python = Path(sys.executable).parent / "summarize"
    if beside_python.exists():
        return [str(beside_python)]
    found = shutil.which("summarize")
    if found is None:
        raise click.ClickException("no summarize command next to this Python or on PATH")
    return [found]


def _texts(data: Path) -> Iterator[str]:
    with data.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                text = json.loads(line)["text"]
                if text.strip():
                    yield text


def build_document(texts: Sequence[str], sentences: int) -> tuple[str, int]:
    """Articles joined in order (cycling) until the text has at least ``sentences`` sentences.

    Splitting the growing text again after every article would be quadratic, so each article
    is split alone and the sums are checked against a split of the whole text, which goes on
    adding articles while it finds fewer. Returns the text and its sentence count.
    """
    if not texts:
        raise click.ClickException("the data file has no article with text")
    parts: list[str] = []
    estimate = 0
    for text in cycle(texts):
        parts.append(text)
        estimate += len(split_sentences(text))
        if estimate >= sentences:
            document = "\n\n".join(parts)
            found = len(split_sentences(document))
            if found >= sentences:
                return document, found
            estimate = found
    raise AssertionError("unreachable")


def _write_temp(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def run_process(command: Sequence[str], *, memory: bool = False, stdout: Path | None = None) -> Run:
    """Run ``command`` to the end; its wall time and, with ``memory``, its peak RSS in KiB.

    Standard output goes to ``stdout`` (a file) or to ``/dev/null``; standard error is kept
    in memory and shown if the process fails.
    """
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "time"
        use_gnu_time = memory and GNU_TIME.exists()
        argv = list(command)
        if use_gnu_time:
            argv = [str(GNU_TIME), "-f", "%e %M", "-o", str(report), *argv]
        sink = stdout.open("wb") if stdout is not None else subprocess.DEVNULL
        try:
            started = time.perf_counter()
            process = subprocess.Popen(argv, stdout=sink, stderr=subprocess.PIPE)
            if memory and not use_gnu_time:
                # wait4 reaps the child itself, so its rusage is this child's alone.
                assert process.stderr is not None
                stderr = process.stderr.read()
                _, status, usage = os.wait4(process.pid, 0)
                seconds = time.perf_counter() - started
                process.returncode = os.waitstatus_to_exitcode(status)
                peak_kib: int | None = int(usage.ru_maxrss)
            else:
                _, stderr = process.communicate()
                seconds = time.perf_counter() - started
                peak_kib = None
                if use_gnu_time:
                    peak_kib = int(report.read_text().split()[-1])
        finally:
            if stdout is not None and not isinstance(sink, int):
                sink.close()
    if process.returncode not in (0, 1):
        message = stderr.decode(errors="replace").strip()[-2000:]
        raise click.ClickException(
            f"{' '.join(command)} exited with {process.returncode}:\n{message}"
        )
    return Run(seconds, peak_kib, process.returncode)


def _median_run(command: Sequence[str], repeat: int, *, memory: bool = False) -> Run:
    runs = [run_process(command, memory=memory) for _ in range(repeat)]
    peaks = [run.peak_kib for run in runs if run.peak_kib is not None]
    return Run(
        statistics.median(run.seconds for run in runs),
        max(peaks) if peaks else None,
        max(run.returncode for run in runs),
    )


def stock_textrank_seconds(text: str, count: int) -> float:
    """Seconds stock sumy's TextRank takes to pick ``count`` of ``split_sentences(text)``."""
    tokenizer = _WordTokenizer()
    sentences = split_sentences(text)
    document = ObjectDocumentModel(
        [Paragraph([SumySentence(sentence.text, tokenizer) for sentence in sentences])]
    )
    summarizer = TextRankSummarizer()
    started = time.perf_counter()
    summarizer(document, count)
    return time.perf_counter() - started


def stock_batch_seconds(texts: Sequence[str]) -> float:
    """Seconds stock sumy (untrained Punkt + TextRank, 3 sentences) takes over ``texts``."""
    tokenizer = _WordTokenizer()
    started = time.perf_counter()
    punkt = PunktSentenceTokenizer()
    for text in texts:
        paragraphs = []
        for paragraph in _PARAGRAPH_BREAK.split(text):
            sentences = [SumySentence(s, tokenizer) for s in punkt.tokenize(paragraph)]
            if sentences:
                paragraphs.append(Paragraph(sentences))
        TextRankSummarizer()(ObjectDocumentModel(paragraphs), 3)
    return time.perf_counter() - started


def _echo(message: str = "") -> None:
    click.echo(message)
    sys.stdout.flush()


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} (1/5/15 min, {os.cpu_count()} cores)"


def _seconds(value: float) -> str:
    return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"


def _row(
    measure: str,
    ringkas: str,
    baseline: str,
    ratio: float | None,
    goal: str,
    met: bool | None,
) -> Row:
    return Row(measure, ringkas, baseline, "-" if ratio is None else f"{ratio:.2f}x", goal, met)


def measure_long(texts: Sequence[str], scratch: Path, repeat: int) -> list[Row]:
    _echo(f"== 1. Long document ({LONG_SENTENCES:,} sentences)")
    text, found = build_document(texts, LONG_SENTENCES)
    path = _write_temp(scratch, "long.txt", text)
    _echo(f"document: {found:,} sentences, {len(text):,} characters")
    times = _paired_medians(
        {
            "ringkas": [*_summarize_command(), "-n", "5", str(path)],
            "floor": [sys.executable, "-c", IMPORT_FLOOR],
        },
        repeat,
    )
    ringkas, floor = statistics.median(times["ringkas"]), statistics.median(times["floor"])
    ratio = ringkas / floor
    _echo(f"ringkas summarize -n 5, whole process (median of {repeat}): {_seconds(ringkas)}")
    _echo(f'python -c "{IMPORT_FLOOR}" (median of {repeat}): {_seconds(floor)}')
    _echo(f"ringkas / floor: {ratio:.2f}x (goal <= {GOAL_LONG_RATIO:g}x)")
    stock = stock_textrank_seconds(text, 5)
    _echo(f"stock sumy TextRankSummarizer()(document, 5), in process (once): {_seconds(stock)}")
    _echo(f"stock / ringkas: {stock / ringkas:.1f}x")
    _echo()
    return [
        _row(
            f"{found:,}-sentence doc: process vs import floor",
            _seconds(ringkas),
            _seconds(floor),
            ratio,
            f"<= {GOAL_LONG_RATIO:g}x",
            ratio <= GOAL_LONG_RATIO,
        ),
        _row(
            f"{found:,}-sentence doc: process vs sumy TextRank",
            _seconds(ringkas),
            _seconds(stock),
            stock / ringkas,
            "",
            None,
        ),
    ]


def measure_scaling(texts: Sequence[str], scratch: Path, repeat: int, skip_20k: bool) -> list[Row]:
    sizes = SCALING_SENTENCES[:1] if skip_20k else SCALING_SENTENCES
    method = "/usr/bin/time %M" if GNU_TIME.exists() else "os.wait4 ru_maxrss"
    _echo(f"== 2. Scaling (peak memory by {method})")
    runs: dict[int, Run] = {}
    for size in sizes:
        text, found = build_document(texts, size)
        path = _write_temp(scratch, f"scaling-{size}.txt", text)
        run = _median_run([*_summarize_command(), "-n", "5", str(path)], repeat, memory=True)
        runs[size] = run
        _echo(
            f"~{size:,}: {found:,} sentences, {len(text):,} characters; "
            f"median of {repeat}: {_seconds(run.seconds)}, peak {_mib(run.peak_kib)}"
        )
    small, large = SCALING_SENTENCES
    if large not in runs:
        _echo("20,000-sentence document skipped (--skip-20k)")
        _echo()
        return [
            _row(
                f"~{small:,}-sentence doc: time", _seconds(runs[small].seconds), "", None, "", None
            ),
        ]
    ratio = runs[large].seconds / runs[small].seconds
    peak = runs[large].peak_kib
    peak_met = None if peak is None else peak * 1024 <= GOAL_PEAK_BYTES
    _echo(f"time 20k / 2k: {ratio:.1f}x (goal <= {GOAL_SCALING_RATIO:g}x)")
    _echo(f"peak memory of the 20k run: {_mib(peak)} (goal <= 2 GiB)")
    _echo()
    return [
        _row(
            "20k vs 2k-sentence doc: time",
            _seconds(runs[large].seconds),
            _seconds(runs[small].seconds),
            ratio,
            f"<= {GOAL_SCALING_RATIO:g}x",
            ratio <= GOAL_SCALING_RATIO,
        ),
        _row("20k-sentence doc: peak memory", _mib(peak), "", None, "<= 2 GiB", peak_met),
    ]


def measure_ranking(texts: Sequence[str], repeat: int) -> list[Row]:
    from ringkas.rank import scores

    _echo("== 6. Ranking per sentence (default method, in process)")
    per_sentence: dict[int, float] = {}
    for size in RANKING_SENTENCES:
        text, _ = build_document(texts, size)
        sentences = split_sentences(text)
        best = min(_timed(scores, sentences) for _ in range(repeat))
        per_sentence[size] = best / len(sentences)
        _echo(
            f"~{size:,}: {len(sentences):,} sentences, {_seconds(best)}, "
            f"{per_sentence[size] * 1e6:.1f} µs a sentence"
        )
    small, large = RANKING_SENTENCES[0], RANKING_SENTENCES[-1]
    ratio = per_sentence[large] / per_sentence[small]
    _echo(f"per sentence, {large:,} / {small:,}: {ratio:.2f}x (goal <= {GOAL_RANKING_RATIO:g}x)")
    _echo()
    return [
        _row(
            f"ranking per sentence, {large // 1000}k vs {small // 1000}k",
            f"{per_sentence[large] * 1e6:.1f} µs",
            f"{per_sentence[small] * 1e6:.1f} µs",
            ratio,
            f"<= {GOAL_RANKING_RATIO:g}x",
            ratio <= GOAL_RANKING_RATIO,
        )
    ]


def _timed(work: Callable[[Sequence[Sentence]], object], sentences: Sequence[Sentence]) -> float:
    started = time.perf_counter()
    work(sentences)
    return time.perf_counter() - started


def measure_prose(texts: Sequence[str], scratch: Path, repeat: int) -> list[Row]:
    _echo("== 7. 5 MiB of news prose (whole process)")
    parts, size = [], 0
    for text in cycle(texts):
        encoded = len(text.encode()) + 2
        if size + encoded > PROSE_BYTES:
            break
        parts.append(text)
        size += encoded
    path = _write_temp(scratch, "prose.txt", "\n\n".join(parts) + "\n")
    run = _median_run([*_summarize_command(), "-n", "5", str(path)], repeat, memory=True)
    peak = run.peak_kib
    _echo(
        f"{path.stat().st_size / 1024**2:.2f} MiB: median of {repeat}: {_seconds(run.seconds)}, "
        f"peak {_mib(peak)}"
    )
    _echo()
    return [
        _row(
            "5 MiB of prose: time",
            _seconds(run.seconds),
            "",
            None,
            f"<= {GOAL_PROSE_SECONDS:g} s",
            run.seconds <= GOAL_PROSE_SECONDS,
        ),
        _row(
            "5 MiB of prose: peak memory",
            _mib(peak),
            "",
            None,
            "<= 500 MiB",
            None if peak is None else peak * 1024 <= GOAL_PROSE_PEAK_BYTES,
        ),
    ]


def _mib(kib: int | None) -> str:
    return "?" if kib is None else f"{kib / 1024:.0f} MiB"


def _paired_medians(commands: dict[str, list[str]], repeat: int) -> dict[str, list[float]]:
    """Each command's wall times over ``repeat`` rounds, the commands run in turn within a
    round (so a change in the machine's speed touches all alike), after one untimed warm-up."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # warm the page cache, untimed
        run_process(command)
    for _ in range(repeat):
        for name, command in commands.items():
            times[name].append(run_process(command).seconds)
    for name, values in times.items():
        _echo(f"  {name} runs, ms: {' '.join(f'{v * 1000:.0f}' for v in values)}")
    return times


def measure_cold_start(repeat: int) -> list[Row]:
    _echo("== 3. Cold start")
    times = _paired_medians(
        {
            "ringkas": [*_summarize_command(), str(COLD_START_SAMPLE)],
            "floor": [sys.executable, "-c", IMPORT_FLOOR],
        },
        repeat,
    )
    ringkas = statistics.median(times["ringkas"])
    floor = statistics.median(times["floor"])
    ratio = ringkas / floor
    _echo(f"summarize {COLD_START_SAMPLE.name} (median of {repeat}): {ringkas * 1000:.0f} ms")
    _echo(f'python -c "{IMPORT_FLOOR}" (median of {repeat}): {floor * 1000:.0f} ms')
    _echo(f"ringkas / floor: {ratio:.2f}x (goal <= {GOAL_COLD_START_RATIO:g}x)")
    _echo()
    return [
        _row(
            "cold start: sample vs import floor",
            f"{ringkas * 1000:.0f} ms",
            f"{floor * 1000:.0f} ms",
            ratio,
            f"<= {GOAL_COLD_START_RATIO:g}x",
            ratio <= GOAL_COLD_START_RATIO,
        )
    ]


def measure_help(repeat: int) -> list[Row]:
    _echo("== 5. Help and version")
    times = _paired_medians(
        {
            "--help": [*_summarize_command(), "--help"],
            "--version": [*_summarize_command(), "--version"],
            "click": [sys.executable, "-c", CLICK_FLOOR],
        },
        repeat,
    )
    floor = statistics.median(times["click"])
    _echo(f'python -c "{CLICK_FLOOR}" (median of {repeat}): {floor * 1000:.0f} ms')
    rows = []
    for flag in ("--help", "--version"):
        median = statistics.median(times[flag])
        ratio = median / floor
        _echo(f"summarize {flag} (median of {repeat}): {median * 1000:.0f} ms, {ratio:.2f}x")
        rows.append(
            _row(
                f"summarize {flag} vs import click",
                f"{median * 1000:.0f} ms",
                f"{floor * 1000:.0f} ms",
                ratio,
                f"<= {GOAL_HELP_RATIO:g}x",
                ratio <= GOAL_HELP_RATIO,
            )
        )
    _echo()
    return rows


def measure_batch(data: Path, scratch: Path, limit: int | None, repeat: int) -> list[Row]:
    _echo("== 4. Batch")
    if limit is None:
        path = data
    else:
        with data.open(encoding="utf-8") as lines:
            head = [line for _, line in zip(range(limit), lines, strict=False)]
        path = scratch / "batch.jsonl"
        path.write_text("".join(head), encoding="utf-8")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    texts = [record["text"] for record in records]
    articles = len(texts)
    _echo(f"{articles:,} articles from {path}")

    def command(jobs: int) -> list[str]:
        return [
            *_summarize_command(),
            *("--input-format", "jsonl", "-f", "jsonl", "--jobs", str(jobs), "-n", "3", str(path)),
        ]

    times = _paired_medians({f"--jobs {jobs}": command(jobs) for jobs in (1, 2)}, repeat)
    medians = {jobs: statistics.median(times[f"--jobs {jobs}"]) for jobs in (1, 2)}
    outputs = {jobs: scratch / f"batch-jobs{jobs}.jsonl" for jobs in (1, 2)}
    for jobs, output in outputs.items():
        run_process(command(jobs), stdout=output)
    identical = outputs[1].read_bytes() == outputs[2].read_bytes()
    stock = stock_batch_seconds(texts)

    def per_article(seconds: float) -> float:
        return seconds / articles * 1000

    jobs1, jobs2 = per_article(medians[1]), per_article(medians[2])
    stock_ms = per_article(stock)
    for jobs, seconds in medians.items():
        _echo(
            f"ringkas --jobs {jobs} -n 3, whole process (median of {repeat}): "
            f"{_seconds(seconds)}, {per_article(seconds):.2f} ms per article"
        )
    _echo(
        f"stock sumy (Punkt + TextRank, 3), in process: {_seconds(stock)}, "
        f"{stock_ms:.2f} ms per article"
    )
    versus_stock = stock_ms / jobs1
    speedup = jobs1 / jobs2
    _echo(f"stock / ringkas --jobs 1: {versus_stock:.2f}x (goal >= {GOAL_BATCH_VS_STOCK:g}x)")
    _echo(f"--jobs 1 / --jobs 2: {speedup:.2f}x (goal >= {GOAL_JOBS_SPEEDUP:g}x)")
    _echo(f"outputs of --jobs 1 and --jobs 2 identical: {'yes' if identical else 'no'}")
    _echo()
    return [
        _row(
            "batch: --jobs 1 vs stock sumy, per article",
            f"{jobs1:.2f} ms",
            f"{stock_ms:.2f} ms",
            versus_stock,
            f">= {GOAL_BATCH_VS_STOCK:g}x",
            versus_stock >= GOAL_BATCH_VS_STOCK,
        ),
        _row(
            "batch: --jobs 2 vs --jobs 1, per article",
            f"{jobs2:.2f} ms",
            f"{jobs1:.2f} ms",
            speedup,
            f">= {GOAL_JOBS_SPEEDUP:g}x",
            speedup >= GOAL_JOBS_SPEEDUP,
        ),
        _row(
            "batch: --jobs 1 and 2 output identical",
            "yes" if identical else "no",
            "",
            None,
            "yes",
            identical,
        ),
    ]


def print_table(rows: Sequence[Row]) -> None:
    width = max(len("measure"), *(len(row.measure) for row in rows))
    columns: list[tuple[str, Callable[[Row], str], int]] = [
        ("ringkas", lambda row: row.ringkas, 12),
        ("baseline", lambda row: row.baseline, 12),
        ("ratio", lambda row: row.ratio, 9),
        ("goal", lambda row: row.goal, 10),
        ("met", lambda row: "-" if row.met is None else ("yes" if row.met else "no"), 3),
    ]
    _echo(f"{'measure':{width}}  " + " ".join(f"{name:{size}}" for name, _, size in columns))
    for row in rows:
        cells = " ".join(f"{cell(row):{size}}" for _, cell, size in columns)
        _echo(f"{row.measure:{width}}  {cells}".rstrip())
    _echo()
    _echo("The same, as Markdown for the README:")
    _echo()
    _echo("| measure | " + " | ".join(name for name, _, _ in columns) + " |")
    _echo("| --- " * (len(columns) + 1) + "|")
    for row in rows:
        met = "" if row.met is None else ("yes" if row.met else "**no**")
        parts = [row.ringkas, row.baseline, "" if row.ratio == "-" else row.ratio, row.goal, met]
        _echo(f"| {row.measure} | " + " | ".join(parts) + " |")


@click.command()
@click.option(
    "--data",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=DEFAULT_DATA,
    show_default=True,
    help="IndoSum JSONL file (id, text, ...).",
)
@click.option(
    "--repeat",
    type=click.IntRange(min=1),
    default=3,
    show_default=True,
    help="Runs whose median is taken for the scaling documents and the batch.",
)
@click.option(
    "--repeat-start",
    type=click.IntRange(min=1),
    default=15,
    show_default=True,
    help="Runs of each command for the long-document, cold-start and help medians.",
)
@click.option("--skip-20k", is_flag=True, help="Leave out the slow 20,000-sentence document.")
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="Use only the first N articles in the batch measure.  [default: all]",
)
@click.option(
    "--only",
    default=",".join(MEASURES),
    show_default=True,
    help="Comma-separated measures to run.",
)
def main(
    data: Path, repeat: int, repeat_start: int, skip_20k: bool, limit: int | None, only: str
) -> None:
    """Time ringkas against stock sumy and its speed goals, and print a table."""
    chosen = {name.strip() for name in only.split(",") if name.strip()}
    if not chosen <= set(MEASURES):
        raise click.BadParameter(f"choose from {', '.join(MEASURES)}", param_hint="--only")
    _echo(f"load average at start: {_load()}")
    _echo(f"summarize: {' '.join(_summarize_command())}; data: {data.resolve()}")
    _echo()
    texts = list(_texts(data))
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="ringkas-speed-") as directory:
        scratch = Path(directory)
        if "long" in chosen:
            rows += measure_long(texts, scratch, repeat_start)
        if "scaling" in chosen:
            rows += measure_scaling(texts, scratch, repeat, skip_20k)
        if "start" in chosen:
            rows += measure_cold_start(repeat_start)
        if "batch" in chosen:
            rows += measure_batch(data, scratch, limit, repeat)
        if "help" in chosen:
            rows += measure_help(repeat_start)
        if "ranking" in chosen:
            rows += measure_ranking(texts, repeat)
        if "prose" in chosen:
            rows += measure_prose(texts, scratch, repeat)
    print_table(rows)
    _echo()
    _echo(f"load average at end: {_load()}")


if __name__ == "__main__":
    main()
