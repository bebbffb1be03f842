"""The ``summarize`` command: read files or stdin, call the library, print the result.

This module is the only one that knows about click, and the only place where ringkas's errors
become an ``Error: ...`` line on stderr.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from typing import Any, Literal, TextIO

import click

from . import __version__, batch, render
from .decode import check_encoding
from .errors import InputError
from .inputs import STDIN, Document, documents
from .model import Summary
from .rank import DEFAULT_METHOD, METHODS


class _Printer:
    """Writes each document's result as soon as it is ready, in the chosen format."""

    def __init__(self, output_format: str, several: bool) -> None:
        self.format = output_format
        self.several = several  # several documents: headers in text, an array in JSON
        self.count = 0

    def _emit_json_item(self, obj: dict[str, Any]) -> None:
        if self.format == "jsonl":
            click.echo(render.to_json(obj))
        elif not self.several:
            click.echo(render.to_json(obj, indent=2))
        else:
            item = render.to_json(obj, indent=2).replace("\n", "\n  ")
            click.echo(("[\n  " if self.count == 0 else ",\n  ") + item, nl=False)

    def _emit_text(self, label: str, body: str) -> None:
        if self.several:
            click.echo(("" if self.count == 0 else "\n") + render.header_text(label))
        click.echo(body, nl=False)

    def result(self, doc: Document, summary: Summary) -> None:
        if self.format == "text":
            self._emit_text(doc.label, render.summary_text(summary))
        else:
            self._emit_json_item(render.summary_dict(summary, doc.fields))
        self.count += 1

    def failure(self, doc: Document, message: str) -> None:
        if self.format == "text":
            self._emit_text(doc.label, f"Error: {render.escape_controls(message)}\n")
        else:
            self._emit_json_item({**doc.fields, "error": message})
        self.count += 1

    def close(self) -> None:
        if self.format == "json" and self.several:
            click.echo("[]" if self.count == 0 else "\n]")


def _fail(message: str) -> None:
    # File names and record ids come from the user: nothing in them may act on the terminal.
    click.echo(f"Error: {render.escape_controls(message)}", err=True)


class _Progress:
    """A one-line progress report on stderr, only on a terminal: documents done, the rate and,
    when the total is known, the time left."""

    def __init__(self, stream: TextIO, enabled: bool, total: int | None = None) -> None:
        self.stream = stream
        self.enabled = enabled
        self.total = total
        self.done = 0
        self.started = time.monotonic()
        self.shown = 0.0

    def line(self, now: float) -> str:
        rate = self.done / max(now - self.started, 1e-9)
        if not self.total:
            return f"{self.done} documents, {rate:.0f}/s"
        left = max(self.total - self.done, 0) / max(rate, 1e-9)
        return f"{self.done}/{self.total} documents, {rate:.0f}/s, {_duration(left)} left"

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.enabled and now - self.shown >= 0.2:
            self.shown = now
            self.stream.write(f"\r{self.line(now)}\033[K")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _duration(seconds: float) -> str:
    """A short duration for people: "45s", "3m05s", "2h07m"."""
    minutes, rest = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    if minutes:
        return f"{minutes}m{rest:02d}s"
    return f"{rest}s"


def _count_documents(paths: tuple[str, ...], jsonl: bool) -> int | None:
    """How many documents the inputs hold, for the time left; None when stdin is read."""
    if STDIN in paths:
        return None
    if not jsonl:
        return len(paths)
    total = 0
    for path in paths:
        try:
            with open(path, "rb") as handle:
                last = b"\n"
                for block in iter(lambda: handle.read(1 << 20), b""):
                    total += block.count(b"\n")
                    last = block[-1:]
                total += last != b"\n"
        except OSError:
            total += 1  # reported as one error document
    return total


def _check_encoding_option(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> str | None:
    if value is None:
        return None
    try:
        return check_encoding(value)
    except InputError as error:
        raise click.BadParameter(str(error), ctx=ctx, param=param) from None


HELP = """Print the most important sentences of Indonesian news articles, each with its
exact position in the input.

FILE is a plain-text article (UTF-8 unless --encoding says otherwise). With no FILE, or when
FILE is -, the article is read from standard input. Several FILEs are summarised one after the
other, each under its name.

\b
Examples:
  summarize artikel.txt                  the 3 best sentences, in document order
  cat artikel.txt | summarize -n 5       the 5 best, read from stdin
  summarize -r 0.2 --order rank a.txt    the best fifth of the sentences, best first
  summarize -w 60 -f json artikel.txt    as many as fit in 60 words, as JSON
  summarize -m textrank artikel.txt      ranked by classic TextRank instead
  summarize --split artikel.txt          every sentence with its position, no ranking
  summarize --input-format jsonl -f jsonl berita.jsonl
                                         one summary line per {"id": ..., "text": ...} line

Positions: sentence and paragraph numbers count from 1 in text output and from 0 in JSON
("index", "paragraph"); line and column count from 1; "start" and "end" are character
offsets into the decoded input, so text == input[start:end].

Exit status: 0 on success, 1 when an input could not be summarised (the others are still
printed), 2 for a wrong option.
"""


@click.command("summarize", help=HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("files", nargs=-1, metavar="[FILE]...")
@click.option(
    "-n",
    "--sentences",
    type=click.IntRange(min=1),
    metavar="N",
    help="How many sentences to print.  [default: 3]",
)
@click.option(
    "-r",
    "--ratio",
    type=click.FloatRange(0, 1, min_open=True),
    metavar="R",
    help="Print this fraction of the sentences (0 < R <= 1), rounded, at least one.",
)
@click.option(
    "-w",
    "--words",
    type=click.IntRange(min=1),
    metavar="W",
    help="Print as many of the best sentences as fit in W words, at least one.",
)
@click.option(
    "--order",
    type=click.Choice(["document", "rank"]),
    default="document",
    show_default=True,
    help="Print the sentences as they stand in the text, or best first.",
)
@click.option(
    "-m",
    "--method",
    type=click.Choice(METHODS),
    default=DEFAULT_METHOD,
    show_default=True,
    help="How sentences are ranked: positional is TextRank that prefers early sentences; "
    "textrank is classic TextRank; lexrank, lsa, luhn, kl and sumbasic are sumy's other "
    "methods; lead takes the first sentences.",
)
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "jsonl"]),
    default="text",
    show_default=True,
    help="text for people; json (one object per document) or jsonl (one line per document).",
)
@click.option(
    "--input-format",
    type=click.Choice(["text", "jsonl"]),
    default="text",
    show_default=True,
    help='jsonl: every input line is a JSON object with a "text" (and maybe an "id").',
)
@click.option(
    "--split",
    "split_only",
    is_flag=True,
    help="Print every sentence with its position instead of a summary.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Summarise several documents at once in this many processes (0: one per core). "
    "The output is the same, in the same order.",
)
@click.option(
    "--encoding",
    metavar="NAME",
    callback=_check_encoding_option,
    help="Encoding of the input, e.g. latin-1.  [default: UTF-8, or as a BOM says]",
)
@click.version_option(__version__, "--version", prog_name="ringkas")
def main(
    files: tuple[str, ...],
    sentences: int | None,
    ratio: float | None,
    words: int | None,
    order: Literal["document", "rank"],
    method: str,
    output_format: str,
    input_format: str,
    split_only: bool,
    jobs: int,
    encoding: str | None,
) -> None:
    given = [name for name, value in (("-n", sentences), ("-r", ratio), ("-w", words)) if value]
    if len(given) > 1:
        raise click.UsageError(f"{' and '.join(given)} cannot be used together; choose one.")
    if split_only and (given or order != "document" or method != DEFAULT_METHOD):
        raise click.UsageError(
            "--split prints every sentence; it takes no -n, -r, -w, --order or --method."
        )

    paths = files or (STDIN,)
    if STDIN in paths and sys.stdin.isatty():
        # Typed (or pasted) at the terminal: say what is expected rather than wait in silence.
        click.echo(
            "Reading the article from the terminal; end it with Ctrl-D (summarize -h for help).",
            err=True,
        )
    batch_mode = len(paths) > 1 or input_format == "jsonl"
    request = batch.Request(
        split=split_only,
        sentences=sentences,
        ratio=ratio,
        words=words,
        order=order,
        method=method,
    )
    printer = _Printer(output_format, batch_mode)
    show_progress = batch_mode and sys.stderr.isatty()
    total = _count_documents(paths, input_format == "jsonl") if show_progress else None
    progress = _Progress(sys.stderr, show_progress, total)
    docs = documents(paths, jsonl=input_format == "jsonl", encoding=encoding)
    try:
        failed = _print_all(batch.run(docs, request, jobs), printer, progress, batch_mode)
    except KeyboardInterrupt:
        # Ctrl-C: stop quietly, with the conventional status for SIGINT.
        progress.close()
        sys.exit(130)
    if failed:
        sys.exit(1)


def _print_all(
    results: Iterator[tuple[Document, batch.Outcome]],
    printer: _Printer,
    progress: _Progress,
    batch_mode: bool,
) -> bool:
    """Print each result as it comes; whether any document failed."""
    failed = False
    for doc, outcome in results:
        progress.step()
        if outcome.summary is not None:
            printer.result(doc, outcome.summary)
            continue
        failed = True
        message = outcome.error or "unknown error"
        progress.close()
        _fail(f"{doc.label}: {message}")
        if batch_mode:
            printer.failure(doc, message)
    progress.close()
    printer.close()
    return failed
