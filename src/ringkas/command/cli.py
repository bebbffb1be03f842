"""The ``summarize`` command: read files or stdin, call the library, print the result.

This module is the only one that knows about click, and the only place where ringkas's errors
become an ``Error: ...`` line on stderr. At import it loads only what option parsing needs; the
rest of ringkas, and the library's NLTK, sumy and numpy, are loaded in the command's body, so
``--help``, ``--version`` and shell completion answer about as fast as click itself loads.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Iterable, Sequence
from contextlib import suppress
from typing import TYPE_CHECKING, Any, Literal

import click

from ..errors import InputError
from ..i18n import LANGUAGES, _, choose
from ..rank import DEFAULT_METHOD, METHODS, REGISTRY
from ..read import AUTO, INPUT_FORMATS, JSONL, KINDS
from ..read.limits import DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT, MAX_TIMEOUT
from ..version import __version__
from ..write import COLORS, DEFAULT_FORMAT, FORMATS

if TYPE_CHECKING:
    from ..pipeline import Work


def _fail(message: str, kind: str = "Error") -> None:
    from ..read.names import one_line

    # File names and record ids come from the user: nothing in them may act on the terminal or
    # break the line. stderr may be closed or full: an error about it cannot be told.
    with suppress(OSError, ValueError):
        click.echo(f"{_(kind)}: {one_line(message)}", err=True)


def _lang_in(args: Sequence[str]) -> str | None:
    """The language ``--lang`` asks for among the command's arguments, if any (read before
    the options are parsed, so that --help and click's own messages speak it too)."""
    for at, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and at + 1 < len(args) and args[at + 1] in LANGUAGES:
            return args[at + 1]
        if arg.startswith("--lang=") and arg[len("--lang=") :] in LANGUAGES:
            return arg[len("--lang=") :]
    return None


class _Command(click.Command):
    """The summarize command, speaking the language chosen (``i18n.py``): before its arguments
    are parsed the language is chosen, and its help and options' help are shown in it."""

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        choose(_lang_in(args))
        return super().make_context(info_name, args, parent, **extra)

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        options = [param for param in self.get_params(ctx) if isinstance(param, click.Option)]
        english = {param: param.help for param in options}
        help_text = self.help
        try:
            for param, text in english.items():
                param.help = _(text) if text else text
            self.help = _(help_text) if help_text else help_text
            super().format_help(ctx, formatter)
        finally:
            for param, text in english.items():
                param.help = text
            self.help = help_text


def _either(names: Iterable[str]) -> str:
    """ "a, b or c" of ``names``."""
    items = list(names)
    return ", ".join(items[:-1]) + _(" or ") + items[-1] if len(items) > 1 else items[0]


_FIELDS = " or ".join(f'"{kind}"' for kind in KINDS)  # English: the msgid of the help below
_INPUT_HELP = (
    f"{AUTO}: each input's kind recognised by its content (a link's by its type); "
    + "; ".join(f"{kind.name}: {kind.help}" for kind in KINDS.values())
    + f"; {JSONL}: every input line is a JSON object holding one document in a field named by "
    f'its kind ({_FIELDS}), and maybe its "url" and an "id".'
)


class _Finite(click.FloatRange):
    """A FloatRange that refuses NaN, which every comparison lets through, and infinity."""

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> float:
        number = click.FLOAT.convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number.", param, ctx)
        return float(super().convert(number, param, ctx))


def _check_encoding_option(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> str | None:
    if value is None:
        return None
    from ..read.decode import check_encoding  # its patterns are compiled only when needed

    try:
        return check_encoding(value)
    except InputError as error:
        from ..model import Message

        raise click.BadParameter(Message.of(error).said(_), ctx=ctx, param=param) from None


HELP = """Print the most important sentences of Indonesian news articles, each with its
exact position in the input.

FILE is an article as plain text (UTF-8 unless --encoding says otherwise), text copied from a
news site, or a saved web page (HTML, recognised by its content); an http or https link is
fetched and summarised as the page it is, and only then is the network used. With no FILE, or
when FILE is -, the article is read from standard input. Several FILEs are summarised one after
the other, each under its name. The summary is about 60 words, as long as the summaries
people write. The headline, bylines, captions, "Baca juga" links and other page furniture are
recognised and never chosen; the dateline the story opens with ("JAKARTA, KOMPAS.com -") is
shown apart and is part of no sentence.

\b
Examples:
  summarize artikel.txt                  the best sentences, about 60 words, in document order
  summarize halaman.html                 the article of a saved web page
  summarize https://example.com/berita   the article of a page on the web
  cat artikel.txt | summarize -n 5       the 5 best, read from stdin
  summarize -r 0.2 --order rank a.txt    the best fifth of the sentences, best first
  summarize -w 40 -f json artikel.txt    about 40 words, as JSON
  summarize -m textrank artikel.txt      ranked by classic TextRank instead
  summarize --split artikel.txt          every sentence with its position, no ranking
  summarize --highlight artikel.txt      the whole article, the summary marked in it
  summarize -f html *.txt > r.html       one page for a browser, the summaries marked
  summarize -f plain artikel.txt         the summary as one paragraph of prose
  summarize -f csv *.txt > r.csv         one row per article, for a spreadsheet
  summarize --lang id artikel.txt        labels and messages in Indonesian
  summarize --input-format jsonl -f jsonl berita.jsonl
                                         one summary line per {"id": ..., "text": ...} line

Positions: sentence and paragraph numbers count from 1 in text output and from 0 in JSON
("index", "paragraph"); line and column count from 1; "start" and "end" are character
offsets into the decoded input, so text == input[start:end]. For a web page they point into
its HTML source: there, the source without its tags, with character references decoded and
white space collapsed, is the sentence.

Exit status: 0 on success (also when the reader of the output stops early, as in
"summarize ... | head"), 1 when an input could not be summarised (the others are still
printed), 2 for a wrong option, 130 when interrupted with Ctrl-C (143 for SIGTERM, 129 for
SIGHUP).

\b
Tab completion of options, methods and file names:
  bash: eval "$(_SUMMARIZE_COMPLETE=bash_source summarize)"   in ~/.bashrc
  zsh:  eval "$(_SUMMARIZE_COMPLETE=zsh_source summarize)"    in ~/.zshrc
  fish: _SUMMARIZE_COMPLETE=fish_source summarize > ~/.config/fish/completions/summarize.fish
"""

# Encodings offered by tab completion for --encoding; any other name Python knows works too.
_COMMON_ENCODINGS = ("utf-8", "cp1252", "latin-1", "utf-16", "ascii")


def _complete_encoding(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    return [name for name in _COMMON_ENCODINGS if name.startswith(incomplete.lower())]


@click.command(
    "summarize",
    cls=_Command,
    help=HELP,
    context_settings={"help_option_names": ["-h", "--help"]},
)
# A path type, so that tab completion offers file names; nothing is checked here, since each
# file's problems are reported with the others still summarised.
@click.argument("files", nargs=-1, metavar="[FILE]...", type=click.Path(allow_dash=True))
@click.option(
    "-n",
    "--sentences",
    type=click.IntRange(min=1),
    metavar="N",
    help="Print exactly N sentences instead.",
)
@click.option(
    "-r",
    "--ratio",
    type=_Finite(0, 1, min_open=True),
    metavar="R",
    help="Print this fraction of the sentences instead (0 < R <= 1), rounded, at least one.",
)
@click.option(
    "-w",
    "--words",
    type=click.IntRange(min=1),
    metavar="W",
    help="Print about W words: the best sentences, in rank order, whose word count comes "
    "closest to W (a tie goes to the shorter; never none).  [default: 60]",
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
    help="How sentences are ranked: "
    + "; ".join(f"{entry.name}: {entry.help}" for entry in REGISTRY.values())
    + ".",
)
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(tuple(FORMATS)),
    default=DEFAULT_FORMAT,
    show_default=True,
    help="; ".join(f"{entry.name}: {entry.help}" for entry in FORMATS.values()) + ".",
)
@click.option(
    "--highlight",
    is_flag=True,
    help="Print the whole article with the summary's sentences marked, each with its rank in "
    "brackets after it: in colour, or in Markdown's **...**.",
)
@click.option(
    "--color",
    type=click.Choice(COLORS),
    help="How --highlight marks: auto colours on a terminal (not when NO_COLOR is set or "
    "TERM is dumb); never gives Markdown. Without --highlight nothing is coloured, so it "
    "changes nothing (it may stay in an alias).  [default: auto]",
)
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    default=AUTO,
    show_default=True,
    help=_INPUT_HELP,
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
    help="Summarise several documents at once in this many processes (0: one per core; never "
    "more than the cores, nor than one per 8 documents). The output is the same, in the same "
    "order.",
)
@click.option(
    "--encoding",
    metavar="NAME",
    callback=_check_encoding_option,
    shell_complete=_complete_encoding,
    help="Encoding of the input, e.g. latin-1.  [default: UTF-8, or as a BOM says]",
)
@click.option(
    "--timeout",
    type=_Finite(min=0, min_open=True, max=MAX_TIMEOUT),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    metavar="SECONDS",
    help="For links: how long to wait to connect, and for each piece of the page.",
)
@click.option(
    "--max-pages",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_PAGES,
    show_default=True,
    metavar="N",
    help="For links to a story told over several pages: read at most N of its pages (1: just "
    "the link). The whole-story form of the address is read instead where the page or its "
    "site offers one.",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    expose_value=False,
    help="The language of messages and labels: en or id.  [default: the locale's (LANGUAGE, "
    "LC_ALL, LC_MESSAGES, LANG); English unless it is Indonesian]",
)
@click.version_option(__version__, "--version", prog_name="ringkas")
def command(
    files: tuple[str, ...],
    sentences: int | None,
    ratio: float | None,
    words: int | None,
    order: Literal["document", "rank"],
    method: str,
    output_format: str,
    highlight: bool,
    color: str | None,
    input_format: str,
    split_only: bool,
    jobs: int,
    encoding: str | None,
    timeout: float,
    max_pages: int,
) -> None:
    given = [name for name, value in (("-n", sentences), ("-r", ratio), ("-w", words)) if value]
    if len(given) > 1:
        raise click.UsageError(
            _("{options} cannot be used together; choose one.").format(
                options=_(" and ").join(given)
            )
        )
    if split_only and (given or order != "document" or method != DEFAULT_METHOD):
        raise click.UsageError(
            _("--split prints every sentence; it takes no -n, -r, -w, --order or --method.")
        )
    chosen = FORMATS[output_format]
    if split_only and (highlight or not chosen.split):
        shows = [name for name, entry in FORMATS.items() if entry.split]
        others = [f"-f {name}" for name, entry in FORMATS.items() if not entry.split]
        raise click.UsageError(
            _(
                "--split prints every sentence with its position, as {formats}; it takes no "
                "{others}."
            ).format(formats=_either(shows), others=_either(["--highlight", *others]))
        )
    if highlight and not chosen.highlight:
        shows = [name for name, entry in FORMATS.items() if entry.highlight]
        raise click.UsageError(
            _("--highlight prints {formats}; it takes no -f {format}.").format(
                formats=_either(shows), format=output_format
            )
        )
    from functools import partial
    from importlib import import_module

    from ..rank import take_blas_buffer
    from .process import load_libraries

    load_libraries(lambda: import_module("ringkas.pipeline"), take_blas_buffer)
    from ..model import Failure
    from ..pipeline import outcome, split, summarize, warnings
    from ..read.inputs import STDIN, count_documents, documents
    from ..write.writer import Settings
    from . import batch
    from .process import Output, OutputClosed, OutputError, on_interrupt, stdin_bytes
    from .progress import Progress

    work: Work = (
        split
        if split_only
        else partial(
            summarize,
            sentences=sentences,
            ratio=ratio,
            words=words,
            order=order,
            method=method,
            # The article with the summary in it: the whole text and every sentence's score.
            whole=highlight or chosen.whole,
        )
    )
    paths = files or (STDIN,)
    if STDIN in paths and sys.stdin is not None and sys.stdin.isatty():
        # Typed (or pasted) at the terminal: say what is expected rather than wait in silence.
        click.echo(
            _("Reading the article from the terminal; end it with Ctrl-D (summarize -h for help)."),
            err=True,
        )
    jsonl = input_format == JSONL
    several = len(paths) > 1 or jsonl
    try:
        output = Output(sys.stdout)
    except OutputError as error:
        _fail(f"cannot write the output: {error}")
        sys.exit(1)
    from ..write.wrap import terminal_width

    # Text for people fits a terminal; piped or saved, it stays one sentence a line.
    width = terminal_width(output.fd) if output.fd is not None else None
    marks = None
    if highlight:
        from ..write.highlight import wants_color

        colored = wants_color(color or "auto", width is not None, os.environ)
        marks = "color" if colored else "markdown"
    settings = Settings(several, ascii_only=not output.unicode, width=width, marks=marks)
    writer = chosen.load()(settings)
    # Results that go to the terminal show the progress themselves, and a progress line drawn
    # between them would run into them.
    show_progress = several and width is None and sys.stderr is not None and sys.stderr.isatty()
    progress = Progress(
        sys.stderr, show_progress, count_documents(paths, jsonl) if show_progress else None
    )
    on_interrupt(progress.clear)
    failed = False
    read = documents(paths, input_format, encoding, timeout, stdin=stdin_bytes, max_pages=max_pages)
    apply = partial(outcome, work)
    results = batch.run(read, apply, jobs, warn=lambda message: _fail(message, "Warning"))
    try:
        for source, result in results:
            progress.step()
            if isinstance(result, Failure):
                failed = True
                progress.clear()
                _fail(f"{source.label}: {result.said(_)}")
            else:
                for warning in warnings(result):
                    progress.clear()
                    _fail(f"{source.label}: {warning.said(_)}", "Warning")
            output.write(writer.document(source.label, source.fields, result))
        output.write(writer.end())
    except OutputClosed:
        pass  # the reader has all it wants (summarize ... | head -1): stop quietly
    except OutputError as error:
        progress.clear()
        _fail(f"cannot write the output: {error}")
        failed = True
    finally:
        results.close()
        progress.clear()
    if failed:
        sys.exit(1)
