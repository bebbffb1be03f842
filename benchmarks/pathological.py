"""Time ringkas on the worst inputs within the 5 MiB limit: the splitter alone, and the whole
command with every ranking method.

Part 1, ``split``: each pathological text (runs of dots, abbreviations, quotes, marks, ...) is
built in memory at ``--megabytes`` (default 5) and split once, in this process; the table gives
characters, sentences and seconds: a 5 MB line of dots or of "a.b.c." splits in seconds.

Part 2, ``methods``: each worst-case document (many sentences of random words, many one-word
sentences, sentences that all share a word, one endless sentence, one sentence repeated, news
prose repeated, ...) is written to a file just under 5 MiB, and ``summarize -m METHOD -n 5 FILE``
runs on it as a user would run it, in a process of its own, for every method; the table gives
the CPU time (user + system), the wall time and the peak memory (resident set) of that
process, start-up included. A run that takes longer than ``--timeout`` is stopped and shown as
"> N". docs/speed.md, "Time on the worst inputs", gives the figures and what holds.

Part 3, ``pages``: hostile web pages just under the 5 MiB limit, or just under the 100,000 tags
a page may hold (nested ``<div>`` elements a million levels deep, thousands of unclosed
``<font>`` tags, tables nested in tables, 33,000 tables, 100,000 paragraphs, a whole 5 MiB
paragraph of prose), each summarised by ``summarize -n 5 -f json PAGE`` in a process of its
own: CPU, wall time, peak memory and the exit status (1: refused with an ``Error:`` line).

Usage, from the repository root (the machine is shared: be nice)::

    nice -n 19 .venv/bin/python benchmarks/pathological.py [--megabytes 5] [--part split|methods]
        [--method kl ...] [--case "one-word sentences" ...] [--timeout 120]
    nice -n 19 .venv/bin/python benchmarks/pathological.py --part pages
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import click

from ringkas.rank import METHODS
from ringkas.read.limits import MAX_BYTES
from ringkas.text.segment import split_sentences

ROOT = Path(__file__).resolve().parent.parent


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: unit * (size // len(unit))


SPLIT_CASES: dict[str, Callable[[int], str]] = {
    "dots": _repeat("."),
    "a.b.c.": _repeat("a.b.c."),
    "Dr. Dr. Dr.": _repeat("Dr. "),
    "short sentences": _repeat("Harga naik. "),
    "no punctuation": _repeat("kata "),
    "one long word": _repeat("a"),
    "open quotes": lambda size: "“" * (size // 2) + "a. " * (size // 6),
    "open brackets": _repeat("(a. "),
    "emoji": _repeat("😀"),
    "combining marks": _repeat("a" + "\u0301" * 20),
    "line breaks": _repeat("kata\n"),
    "blank lines": _repeat("a.\n\n"),
}


def _vocabulary(size: int, seed: int = 13) -> list[str]:
    """``size`` made-up lower-case words of 4 to 9 letters, the same on every run."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnoprstuwy"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(size)]


def _sentences(words_per_sentence: int, vocabulary: int, shared: str = "") -> Callable[[int], str]:
    """Sentences of random words (and ``shared`` in every one) up to ``size`` bytes."""

    def build(size: int) -> str:
        rng = random.Random(size)
        words = _vocabulary(vocabulary)
        parts: list[str] = []
        used = 0
        while True:
            chosen = [rng.choice(words) for _ in range(words_per_sentence)]
            if shared:
                chosen[rng.randrange(len(chosen))] = shared
            sentence = " ".join(chosen).capitalize() + ". "
            used += len(sentence.encode())
            if used > size:
                return "".join(parts)
            parts.append(sentence)

    return build


def _endless(size: int) -> str:
    """Random words without a full stop until the last, ``size`` bytes in all."""
    rng = random.Random(size)
    words = _vocabulary(20_000)
    parts: list[str] = []
    used = 1
    while used < size:
        word = rng.choice(words)
        used += len(word) + 1
        parts.append(word)
    return " ".join(parts[:-1]).capitalize() + "."


def _news(size: int) -> str:
    """The sample articles, one after the other, as often as they fit."""
    articles = "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))
    )
    unit = articles + "\n\n"
    return unit * (size // len(unit.encode()))


METHOD_CASES: dict[str, Callable[[int], str]] = {
    "random words, 10 a sentence": _sentences(10, 20_000),
    "random words, 40 a sentence": _sentences(40, 20_000),
    "one-word sentences": _sentences(1, 20_000),
    "one word shared by all": _sentences(6, 20_000, shared="beras"),
    "few words, all repeated": _sentences(8, 50),
    "one endless sentence": _endless,
    "one sentence repeated": _repeat("Harga beras di pasar induk naik lagi. "),
    "abbreviations, Dr. Dr. ...": _repeat("Dr. "),
    "news prose repeated": _news,
}


def _cpu_and_wall(
    command: list[str], timeout: float, output: Path
) -> tuple[float, float, bool, float, int]:
    """Run ``command`` (its output to ``output``); its CPU seconds, wall seconds, whether it
    finished within ``timeout``, its peak resident memory in MB and its exit status."""
    started = time.perf_counter()
    with output.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE)
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            pid, status, usage = os.wait4(process.pid, 0)
            cpu = usage.ru_utime + usage.ru_stime
            return cpu, time.perf_counter() - started, False, usage.ru_maxrss / 1024, -9
        time.sleep(0.05)
    process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if process.returncode not in (0, 1):
        assert process.stderr is not None
        raise click.ClickException(f"{command}: {process.stderr.read().decode()[-500:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return cpu, wall, True, usage.ru_maxrss / 1024, process.returncode


def split_part(size: int) -> None:
    click.echo(f"{'input':18} {'chars':>10} {'sentences':>10} {'seconds':>8}")
    for name, build in SPLIT_CASES.items():
        text = build(size)
        started = time.perf_counter()
        sentences = split_sentences(text)
        elapsed = time.perf_counter() - started
        click.echo(f"{name:18} {len(text):>10} {len(sentences):>10} {elapsed:>8.2f}")


def methods_part(
    size: int, methods: tuple[str, ...], cases: tuple[str, ...], timeout: float
) -> None:
    summarize = str(Path(sys.executable).with_name("summarize"))
    chosen = {name: build for name, build in METHOD_CASES.items() if not cases or name in cases}
    click.echo(
        f"{'input':28} {'MiB':>5} {'sentences':>9}  " + "  ".join(f"{m:>19}" for m in methods)
    )
    click.echo(
        f"{'':28} {'':>5} {'':>9}  " + "  ".join(f"{'CPU / wall s, MB':>19}" for _ in methods)
    )
    with tempfile.TemporaryDirectory() as folder:
        for name, build in chosen.items():
            text = build(size)
            path = Path(folder) / "input.txt"
            path.write_text(text, encoding="utf-8")
            count = "?"  # from the first run that finishes
            cells = []
            for method in methods:
                output = Path(folder) / "output.json"
                cpu, wall, finished, peak, _ = _cpu_and_wall(
                    [summarize, "-m", method, "-n", "5", "-f", "json", str(path)], timeout, output
                )
                if finished and count == "?" and output.stat().st_size:
                    count = str(json.loads(output.read_bytes())["total_sentences"])
                cells.append(
                    f"{cpu:6.1f} / {wall:5.1f}, {peak:5.0f}"
                    if finished
                    else f"> {timeout:.0f} (killed)"
                )
            mib = len(text.encode()) / 2**20
            click.echo(f"{name:28} {mib:>5.2f} {count:>9}  " + "  ".join(f"{c:>19}" for c in cells))


_STORY = (
    "<p>Jakarta - Pemerintah menetapkan kebijakan baru untuk daerah. Menteri mengatakan hal itu"
    " penting bagi rakyat. Kebijakan berlaku mulai bulan depan di seluruh wilayah.</p>"
) * 3
_HEAD = "<html><head><title>Judul berita</title></head><body>"


def _page(opening: str, closing: str = "", count: int | None = None) -> Callable[[int], str]:
    """A page whose story stands inside ``count`` repeats of ``opening`` (as many as the size
    allows without ``count``), each closed by ``closing`` after it."""

    def build(size: int) -> str:
        times = count or (size - len(_HEAD) - len(_STORY) - 100) // len(opening + closing)
        return _HEAD + opening * times + _STORY + closing * times + "</body></html>"

    return build


def _prose_page(size: int) -> str:
    """One paragraph of news prose as long as the size allows."""
    prose = _news(size - 200).replace("\n", " ")
    return f"{_HEAD}<p>{prose}</p></body></html>"


# Just under the page's tag limit: 100,000 (read/limits.py).
PAGE_CASES: dict[str, Callable[[int], str]] = {
    "divs nested to the limit": _page("<div>", "</div>"),
    "unclosed fonts to the limit": _page("<font>"),
    "divs nested, 99,900": _page("<div>", "</div>", 99_900),
    "text at every level, 99,900": _page("<div>x", "", 99_900),
    "tables nested, 33,300": _page("<table><tr><td>", "", 33_300),
    "33,300 tables": _page("<table><tr><td>x</td></tr></table>", "", 33_300),
    "99,900 paragraphs": _page("<p>kata lain", "", 99_900),
    "99,900 links": _page("<a href='/a'>x</a>", "", 99_900),
    "one paragraph of prose": _prose_page,
}


def pages_part(size: int, timeout: float) -> None:
    summarize = str(Path(sys.executable).with_name("summarize"))
    click.echo(
        f"{'page':30} {'MiB':>5}  {'CPU s':>6} {'wall s':>6} {'peak MiB':>8}  exit"
        f"  {'100x MiB':>8}  {'trafilatura alone MiB':>21}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for name, build in PAGE_CASES.items():
            page = build(size)
            path = Path(folder) / "page.html"
            path.write_text(page, encoding="utf-8")
            cpu, wall, finished, peak, status = _cpu_and_wall(
                [summarize, "-n", "5", "-f", "json", str(path)], timeout, Path(folder) / "out"
            )
            shown = f"{wall:6.1f}" if finished else f"> {timeout:.0f}"
            # The extractor ringkas reads a page with, alone in a process of its own: what it
            # needs sets a floor under ringkas's peak.
            *_, alone, _ = _cpu_and_wall(
                [sys.executable, "-c", _TRAFILATURA_ALONE, str(path)],
                timeout,
                Path(folder) / "alone",
            )
            mib = len(page.encode()) / 2**20
            click.echo(
                f"{name:30} {mib:>5.2f}  {cpu:6.1f} {shown:>6} {peak:8.0f}  {status:>4}"
                f"  {100 * mib:8.0f}  {alone:21.0f}"
            )


# trafilatura's extraction with metadata, as its own command line runs it on a file.
_TRAFILATURA_ALONE = (
    "import sys, trafilatura; "
    "trafilatura.extract(open(sys.argv[1], encoding='utf-8').read(), with_metadata=True)"
)


@click.command()
@click.option(
    "--megabytes",
    type=click.FloatRange(min=0.001),
    default=MAX_BYTES / 1_000_000,
    show_default=True,
    help="Input size (decimal MB; the default is the 5 MiB limit).",
)
@click.option("--part", type=click.Choice(["split", "methods", "pages", "both"]), default="both")
@click.option("--method", "methods", multiple=True, type=click.Choice(METHODS))
@click.option("--case", "cases", multiple=True, type=click.Choice(list(METHOD_CASES)))
@click.option("--timeout", type=float, default=120.0, show_default=True)
def main(
    megabytes: float, part: str, methods: tuple[str, ...], cases: tuple[str, ...], timeout: float
) -> None:
    """Print how long the splitter and every method take on the worst inputs."""
    size = min(int(megabytes * 1_000_000), MAX_BYTES)
    if part in ("split", "both"):
        split_part(size)
    if part in ("methods", "both"):
        if part == "both":
            click.echo()
        methods_part(size, methods or METHODS, cases, timeout)
    if part == "pages":
        pages_part(size, timeout)


if __name__ == "__main__":
    main()
