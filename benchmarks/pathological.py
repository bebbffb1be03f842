"""Time the splitter on pathological text, to show it has no catastrophic backtracking.

Each input is built in memory (no data needed) at the size given by ``--megabytes`` (default 5)
and split once; the table gives characters, sentences found and seconds. Issue 3's goal: a 5 MB
line of dots or of "a.b.c." splits in seconds.

Usage, from the repository root::

    .venv/bin/python benchmarks/pathological.py [--megabytes 5]
"""

from __future__ import annotations

import time
from collections.abc import Callable

import click

from ringkas.segment import split_sentences


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: unit * (size // len(unit))


CASES: dict[str, Callable[[int], str]] = {
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


@click.command()
@click.option("--megabytes", type=click.FloatRange(min=0.001), default=5.0, show_default=True)
def main(megabytes: float) -> None:
    """Print how long splitting each pathological input takes."""
    size = int(megabytes * 1_000_000)
    click.echo(f"{'input':18} {'chars':>10} {'sentences':>10} {'seconds':>8}")
    for name, build in CASES.items():
        text = build(size)
        started = time.perf_counter()
        sentences = split_sentences(text)
        elapsed = time.perf_counter() - started
        click.echo(f"{name:18} {len(text):>10} {len(sentences):>10} {elapsed:>8.2f}")


if __name__ == "__main__":
    main()
