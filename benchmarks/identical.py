"""Prove that a speed change changed no output: digests of ringkas's output, saved and compared.

A speed change must leave every output byte as it was. This script runs the installed
``summarize`` over a fixed set of inputs and records the SHA-256 of each output:

- every article of IndoSum dev (``--data``) through ``--input-format jsonl -f jsonl``, with the
  default summary, with ``-n 3`` (the batch of ``benchmarks/speed.py``), and with
  ``--method textrank`` at both lengths; ``--jobs 1`` and ``--jobs 2`` must agree;
- every sample in ``samples/`` as text and as JSON, default and ``--method textrank``;
- long documents of about 1,200 and 2,000 sentences built from the articles as
  ``benchmarks/speed.py`` builds them, with ``-n 5 -f json`` (default and textrank) and
  ``--split -f json``.

Usage, from the repository root::

    .venv/bin/python benchmarks/identical.py --save /tmp/before.json   # before the change
    .venv/bin/python benchmarks/identical.py --check /tmp/before.json  # after: exit 1 on a change

The digests depend on the data file, so they are kept outside the repository.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import click

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import DEFAULT_DATA, REPO_ROOT, _summarize_command, _texts, build_document

METHOD_ARGS = {"default": [], "textrank": ["--method", "textrank"]}


def _digest(command: list[str]) -> str:
    done = subprocess.run(command, capture_output=True, check=False)
    if done.returncode != 0:
        raise click.ClickException(f"{' '.join(command)} exited {done.returncode}: {done.stderr!r}")
    return hashlib.sha256(done.stdout).hexdigest()


def digests(data: Path) -> dict[str, str]:
    """Every output's digest, by a name that says what was run."""
    summarize = _summarize_command()
    found: dict[str, str] = {}
    for method, method_args in METHOD_ARGS.items():
        for length in ([], ["-n", "3"]):
            name = f"dev {method} {' '.join(length) or 'default length'}"
            for jobs in ("1", "2"):
                command = [*summarize, "--input-format", "jsonl", "-f", "jsonl", "--jobs", jobs]
                found[f"{name} --jobs {jobs}"] = _digest(
                    [*command, *method_args, *length, str(data)]
                )
                click.echo(f"{name} --jobs {jobs}: {found[f'{name} --jobs {jobs}'][:16]}", err=True)
        for sample in sorted((REPO_ROOT / "samples").glob("*.txt")) + sorted(
            (REPO_ROOT / "samples").glob("*.html")
        ):
            for output in ("text", "json"):
                command = [*summarize, "-f", output, *method_args, str(sample)]
                found[f"{sample.name} {method} {output}"] = _digest(command)
    texts = list(_texts(data))
    with tempfile.TemporaryDirectory() as scratch:
        for size in (1_200, 2_000):
            text, _ = build_document(texts, size)
            path = Path(scratch) / f"long{size}.txt"
            path.write_text(text, encoding="utf-8")
            for name, extra in (
                ("default -n 5", ["-n", "5"]),
                ("textrank -n 5", ["--method", "textrank", "-n", "5"]),
                ("--split", ["--split"]),
            ):
                command = [*summarize, "-f", "json", *extra, str(path)]
                found[f"long {size} {name}"] = _digest(command)
    return found


@click.command()
@click.option(
    "--data",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=DEFAULT_DATA,
    show_default=True,
    help="IndoSum JSONL file.",
)
@click.option(
    "--save", type=click.Path(dir_okay=False, path_type=Path), help="Write the digests here."
)
@click.option(
    "--check",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Compare with digests saved before; exit 1 when any output changed.",
)
def main(data: Path, save: Path | None, check: Path | None) -> None:
    """Digest ringkas's outputs to prove a change left them byte-identical."""
    found = digests(data)
    jobs_differ = [
        name
        for name in found
        if name.endswith("--jobs 1")
        and found[name] != found[name.removesuffix("--jobs 1") + "--jobs 2"]
    ]
    for name in jobs_differ:
        click.echo(f"DIFFERS between --jobs 1 and 2: {name.removesuffix(' --jobs 1')}")
    if save is not None:
        save.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        click.echo(f"{len(found)} digests saved to {save}")
    failed = bool(jobs_differ)
    if check is not None:
        before = json.loads(check.read_text(encoding="utf-8"))
        changed = sorted(
            name for name in before.keys() | found.keys() if before.get(name) != found.get(name)
        )
        for name in changed:
            click.echo(f"CHANGED: {name}")
        click.echo(f"{len(found) - len(changed)} of {len(found)} outputs identical to {check}")
        failed = failed or bool(changed)
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
