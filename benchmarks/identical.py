"""Prove that a speed change changed no output: digests of ringkas's output, saved and compared.

A speed change must leave every output byte as it was. This script runs the installed
``summarize`` over a fixed set of inputs and records the SHA-256 of each output:

- every article of IndoSum dev (``--data``) through ``--input-format jsonl -f jsonl``, with the
  default summary, with ``-n 3`` (the batch of ``benchmarks/speed.py``), and with
  ``--method textrank`` at both lengths; ``--jobs 1`` and ``--jobs 2`` must agree;
- every article of IndoSum dev with ``--split -f jsonl`` (every sentence, its position and
  whether it is furniture);
- the first ``--dressed`` articles of IndoSum dev dressed as a copied news page by
  ``benchmarks/furniture.py``, with ``--split -f jsonl`` and the default summary;
- every sample in ``samples/`` as text and as JSON, default and ``--method textrank``, and with
  ``--split`` (text and JSON), ``-f plain``, ``--highlight --color never`` and ``-f html``;
- every saved page in ``--web`` (``../shared/data/web``) as JSON, summary and ``--split``;
- long documents of about 1,200 and 2,000 sentences built from the articles as
  ``benchmarks/speed.py`` builds them, with ``-n 5 -f json`` (default and textrank) and
  ``--split -f json``.

``--without-furniture-names`` digests every output as if sentences carried no furniture family:
JSON members ``"furniture": ...`` are left out, a family name at the end of a text header is
read as ``boilerplate``, and the HTML report's "page furniture (family)" as "page furniture".
With it, outputs saved by a ringkas that did not name families compare with one that does, and
every other byte still counts.

Usage, from the repository root::

    .venv/bin/python benchmarks/identical.py --save /tmp/before.json   # before the change
    .venv/bin/python benchmarks/identical.py --check /tmp/before.json  # after: exit 1 on a change

The digests depend on the data file, so they are kept outside the repository.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from functools import partial
from pathlib import Path

import click

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import DEFAULT_DATA, REPO_ROOT, _summarize_command, _texts, build_document

METHOD_ARGS = {"default": [], "textrank": ["--method", "textrank"]}
DEFAULT_WEB = REPO_ROOT / ".." / "shared" / "data" / "web"
SAMPLE_VIEWS = {
    "split text": ["--split"],
    "split json": ["--split", "-f", "json"],
    "plain": ["-f", "plain"],
    "highlight": ["--highlight", "--color", "never"],
    "html": ["-f", "html"],
}

# A sentence's furniture family in JSON, and at the end of a text header (never ranked there).
_FURNITURE_MEMBER = re.compile(
    rb'^ *"furniture": (?:null|"[^"]*"),\n|"furniture": (?:null|"[^"]*"), ', re.M
)
_FAMILY_IN_HEADER = re.compile(
    rb"^(Sentence \d+ of \d+ \|.*\| chars \d+-\d+) \| (?!rank )[^|\n]+$", re.M
)


# ... and where the HTML report says what a sentence is.
_FAMILY_IN_REPORT = re.compile(rb"page furniture \([^)]*\), never chosen")


def without_furniture_names(output: bytes) -> bytes:
    """``output`` as it reads when sentences carry no furniture family (see the module's
    docstring)."""
    output = _FURNITURE_MEMBER.sub(b"", output)
    output = _FAMILY_IN_REPORT.sub(b"page furniture, never chosen", output)
    return _FAMILY_IN_HEADER.sub(rb"\1 | boilerplate", output)


def _digest_output(command: list[str], stdin: bytes | None = None, normalise: bool = False) -> str:
    # From the repository's root, so that a sample's name in the output (the HTML report's
    # title) is the same in every checkout.
    done = subprocess.run(command, capture_output=True, check=False, input=stdin, cwd=REPO_ROOT)
    if done.returncode != 0:
        raise click.ClickException(f"{' '.join(command)} exited {done.returncode}: {done.stderr!r}")
    output = without_furniture_names(done.stdout) if normalise else done.stdout
    return hashlib.sha256(output).hexdigest()


def _dressed_jsonl(data: Path, count: int) -> bytes:
    """The first ``count`` IndoSum articles dressed as copied news pages, as JSON Lines."""
    from furniture import dress_article
    from rouge import read_articles

    lines = [
        json.dumps({"id": article.id, "text": dress_article(article, 0).text}, ensure_ascii=False)
        for article in read_articles(data, count)
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def digests(data: Path, web: Path | None, dressed: int, normalise: bool) -> dict[str, str]:
    """Every output's digest, by a name that says what was run."""
    summarize = _summarize_command()
    _digest = partial(_digest_output, normalise=normalise)
    found: dict[str, str] = {}
    found["dev --split"] = _digest(
        [*summarize, "--input-format", "jsonl", "-f", "jsonl", "--split", str(data)]
    )
    if dressed:
        pages = _dressed_jsonl(data, dressed)
        for name, extra in (("--split", ["--split"]), ("default", [])):
            command = [*summarize, "--input-format", "jsonl", "-f", "jsonl", *extra, "-"]
            found[f"dressed {dressed} {name}"] = _digest(command, pages)
    samples = sorted((REPO_ROOT / "samples").glob("*.txt")) + sorted(
        (REPO_ROOT / "samples").glob("*.html")
    )
    for sample in samples:
        for view, args in SAMPLE_VIEWS.items():
            name = str(sample.relative_to(REPO_ROOT))
            found[f"{sample.name} {view}"] = _digest([*summarize, *args, name])
    if web is not None:
        for page in sorted(web.glob("*.html")):
            for view, args in (("json", ["-f", "json"]), ("split json", ["--split", "-f", "json"])):
                found[f"web {page.name} {view}"] = _digest([*summarize, *args, str(page)])
    for method, method_args in METHOD_ARGS.items():
        for length in ([], ["-n", "3"]):
            name = f"dev {method} {' '.join(length) or 'default length'}"
            for jobs in ("1", "2"):
                command = [*summarize, "--input-format", "jsonl", "-f", "jsonl", "--jobs", jobs]
                found[f"{name} --jobs {jobs}"] = _digest(
                    [*command, *method_args, *length, str(data)]
                )
                click.echo(f"{name} --jobs {jobs}: {found[f'{name} --jobs {jobs}'][:16]}", err=True)
        for sample in samples:
            name = str(sample.relative_to(REPO_ROOT))
            for output in ("text", "json"):
                command = [*summarize, "-f", output, *method_args, name]
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
    "--web",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_WEB,
    show_default=True,
    help="Folder of saved pages (*.html); left out when it does not exist.",
)
@click.option(
    "--dressed",
    type=click.IntRange(min=0),
    default=400,
    show_default=True,
    help="How many IndoSum articles to digest dressed as copied pages (0: none).",
)
@click.option(
    "--without-furniture-names",
    "normalise",
    is_flag=True,
    help="Digest outputs without furniture family names (see above).",
)
@click.option(
    "--save", type=click.Path(dir_okay=False, path_type=Path), help="Write the digests here."
)
@click.option(
    "--check",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Compare with digests saved before; exit 1 when any output changed.",
)
def main(
    data: Path,
    web: Path,
    dressed: int,
    normalise: bool,
    save: Path | None,
    check: Path | None,
) -> None:
    """Digest ringkas's outputs to prove a change left them byte-identical."""
    found = digests(data, web if web.is_dir() else None, dressed, normalise)
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
