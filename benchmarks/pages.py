"""Saved pages per second: ringkas against trafilatura's own command line, on one folder.

The saved pages of ``--pages`` folders (``*.html``; by default the development pages of
``../shared/data/web``) are copied, in turn, into a temporary folder until it holds ``--count``
pages (default 230), as an archive of saved pages would. Then, run in turn ``--repeat`` times
each (medians):

- ``summarize --jobs 1 -f jsonl -n 3 FOLDER/*.html`` (and ``--jobs 2``), output to /dev/null;
- ``trafilatura --input-dir FOLDER --output-dir OUT --parallel 1``, trafilatura's command line
  with one process, writing the text of every page.

Both are whole processes, start-up included. Goals (issue "Speed for archives"): ringkas with
one job at least 0.75 times trafilatura's pages per second, and two jobs at least 1.6 times one.
The load average is printed before and after: figures are only comparable on a quiet machine.

Usage, from the repository root::

    .venv/bin/python benchmarks/pages.py [--pages DIR ...] [--count 230] [--repeat 3]
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAGES = ROOT / ".." / "shared" / "data" / "web"
GOAL_AGAINST_TRAFILATURA = 0.75
GOAL_TWO_JOBS = 1.6


def _seconds(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise click.ClickException(f"{command[0]} exited {done.returncode}: {done.stderr[-300:]!r}")
    return elapsed


@click.command()
@click.option(
    "--pages",
    "folders",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder of saved pages (*.html); may be repeated.  [default: ../shared/data/web]",
)
@click.option("--count", type=click.IntRange(1, 100_000), default=230, show_default=True)
@click.option("--repeat", type=click.IntRange(1, 50), default=3, show_default=True)
def main(folders: tuple[Path, ...], count: int, repeat: int) -> None:
    """Time ringkas and trafilatura on the same folder of saved pages."""
    sources = sorted(p for folder in folders or (DEFAULT_PAGES,) for p in folder.glob("*.html"))
    if not sources:
        raise click.ClickException("no *.html pages in the folders given")
    bin_dir = Path(sys.executable).parent
    summarize, trafilatura = str(bin_dir / "summarize"), str(bin_dir / "trafilatura")
    click.echo(f"load average before: {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as scratch:
        folder, out = Path(scratch, "pages"), Path(scratch, "out")
        folder.mkdir()
        for n in range(count):
            source = sources[n % len(sources)]
            shutil.copyfile(source, folder / f"{n:05d}-{source.name}")
        files = sorted(str(p) for p in folder.glob("*.html"))
        commands = {
            "ringkas --jobs 1": [summarize, "--jobs", "1", "-f", "jsonl", "-n", "3", *files],
            "ringkas --jobs 2": [summarize, "--jobs", "2", "-f", "jsonl", "-n", "3", *files],
            "trafilatura --parallel 1": [
                trafilatura, "--input-dir", str(folder), "--output-dir", str(out), "--parallel", "1"
            ],
        }  # fmt: skip
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(repeat):
            for name, command in commands.items():
                shutil.rmtree(out, ignore_errors=True)
                times[name].append(_seconds(command))
    click.echo(f"{count} pages ({len(sources)} distinct), median of {repeat} runs each:")
    rate = {name: count / statistics.median(found) for name, found in times.items()}
    for name, pages_per_second in rate.items():
        click.echo(f"  {name:26} {pages_per_second:7.1f} pages/s")
    against = rate["ringkas --jobs 1"] / rate["trafilatura --parallel 1"]
    two = rate["ringkas --jobs 2"] / rate["ringkas --jobs 1"]
    click.echo(
        f"ringkas --jobs 1 / trafilatura: {against:.2f}x (goal >= {GOAL_AGAINST_TRAFILATURA}x)"
    )
    click.echo(f"ringkas --jobs 2 / --jobs 1: {two:.2f}x (goal >= {GOAL_TWO_JOBS}x)")
    click.echo(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
