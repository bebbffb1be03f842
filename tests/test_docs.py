"""The README and the pages in docs/ cannot drift from what the command really prints, what the
library really does and what CI really runs.

Markers in the Markdown say what to check (each is an HTML comment, so it does not show):

- ``<!-- output of: summarize ARGS -->`` then a fenced block: the command's standard output,
  exactly, and exit status 0. ``<!-- output, exit status N, of: ... -->`` expects status N,
  and ``<!-- stderr, exit status N, of: ... -->`` compares standard error instead. ``< NAME``
  in the command gives that file as standard input.
- ``<!-- file: NAME -->`` then a fenced block: a file of that name holding the block, which the
  page's commands and Python can read. Every example runs in a folder of its own that holds
  the page's files and ``samples/`` (the repository's).
- ``<!-- output on a terminal N columns wide of: summarize ARGS -->``: what a terminal that
  wide shows (one such example in all the pages).
- ``<!-- python -->`` then a fenced ``python`` block: run, in order with the page's other such
  blocks and in one namespace with them. When ``<!-- python output -->`` and a fenced block
  follow it, that is exactly what it prints; otherwise it prints nothing.
- ``<!-- output of, served from samples/ on port 8000: ... -->`` (README only): the link
  example, checked by tests/command/test_links.py.

A comment that begins as these markers do but is not written as they are fails the tests.
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

import ringkas
from ringkas.command.cli import command

from .conftest import ROOT, on_terminal

PAGES = {
    path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
}
README = PAGES["README.md"]

FENCE = r"```[\w-]*\n(.*?)```"
COMMAND = re.compile(
    r"<!-- (output|stderr)(?:, exit status (\d+),)? of: (.+?) -->\n" + FENCE, flags=re.DOTALL
)
ON_A_TERMINAL = re.compile(
    r"<!-- output on a terminal (\d+) columns wide of: (.+?) -->\n" + FENCE, flags=re.DOTALL
)
FILE = re.compile(r"<!-- file: ([\w.-]+) -->\n" + FENCE, flags=re.DOTALL)
PYTHON = re.compile(
    r"<!-- python -->\n```python\n(.*?)```\n(?:\n?<!-- python output -->\n" + FENCE + ")?",
    flags=re.DOTALL,
)
SERVED = re.compile(r"<!-- output of, served from samples/ on port 8000: .+? -->\n```")
# Every marker a page may hold; a comment that is none of them is a mistake.
MARKERS = (COMMAND, ON_A_TERMINAL, FILE, PYTHON, SERVED)

EXAMPLES = [
    (page, stream, int(status or 0), example, shown)
    for page, text in PAGES.items()
    for stream, status, example, shown in COMMAND.findall(text)
]
TERMINAL = [
    (page, int(width), example, shown)
    for page, text in PAGES.items()
    for width, example, shown in ON_A_TERMINAL.findall(text)
]
FILES = {page: FILE.findall(text) for page, text in PAGES.items()}
PYTHON_BLOCKS = {page: PYTHON.findall(text) for page, text in PAGES.items()}


def in_example_folder(page: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Work in ``folder``, holding the page's files and the repository's samples."""
    (folder / "samples").symlink_to(ROOT / "samples", target_is_directory=True)
    for name, content in FILES[page]:
        (folder / name).write_text(content, encoding="utf-8")
    monkeypatch.chdir(folder)


# How the comments these tests read begin; other tests may read comments of their own.
OURS = re.compile(r"<!-- ?(?:output|stderr|file|python)", flags=re.IGNORECASE)


def test_every_marker_is_understood() -> None:
    """Each of these tests' markers in a page is written as they read it, so that none leaves
    its example unchecked."""
    for page, text in PAGES.items():
        markers = len(OURS.findall(re.sub(r"`[^`\n]+`", "", text)))  # not those in `code`
        understood = sum(m[0].count("<!--") for marker in MARKERS for m in marker.finditer(text))
        assert understood == markers, f"{page}: a marker written otherwise than these tests read"


def test_readme_has_examples() -> None:
    """The README shows real example output."""
    assert sum(page == "README.md" for page, *_ in EXAMPLES) >= 5


def test_readme_is_short() -> None:
    """The README is for users: at most 300 lines; the rest is in docs/."""
    assert len(README.splitlines()) <= 300


def test_every_docs_page_is_linked_from_the_readme() -> None:
    """A user finds every page in docs/ from the README."""
    for page in PAGES:
        if page != "README.md":
            assert f"]({page})" in README, page


def anchors(text: str) -> set[str]:
    """The anchors GitHub gives the headings of a Markdown page."""
    headings = re.findall(r"^#+ (.+)$", re.sub(r"```.*?```", "", text, flags=re.DOTALL), re.M)
    return {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in headings}


def test_links_point_to_files_and_headings() -> None:
    """Every relative link in the README and the docs names a file or folder that exists, and a
    heading of that page when it names one."""
    for page, text in PAGES.items():
        base = (ROOT / page).parent
        prose = re.sub(r"`[^`\n]*`", "", text)  # a link in code is an example, not a link
        for target, anchor in re.findall(r"\]\(([^)#\s]*)(?:#([^)\s]*))?\)", prose):
            if re.match(r"[a-z]+:", target):
                continue
            path = (base / target).resolve() if target else ROOT / page
            shown = path.relative_to(ROOT).as_posix()
            assert path.exists(), f"{page}: {target}"
            if anchor:
                assert anchor in anchors(PAGES[shown]), f"{page}: {target}#{anchor}"


def test_docs_use_the_public_api_only() -> None:
    """What the README and the docs import comes from ``ringkas`` itself, never from its
    modules, and every ``ringkas.NAME`` they use is a public name."""
    for page, text in PAGES.items():
        assert "from ringkas." not in text, page
        assert "import ringkas." not in text, page
        for name in re.findall(r"(?<![\w/.-])ringkas\.(\w+)", text):
            assert name in ringkas.__all__, f"{page}: ringkas.{name}"


@pytest.mark.parametrize(
    ("page", "stream", "status", "example", "shown"),
    EXAMPLES,
    ids=[f"{page}: {example}" for page, _, _, example, _ in EXAMPLES],
)
def test_example_output_is_real(
    page: str,
    stream: str,
    status: int,
    example: str,
    shown: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each example is exactly what the command prints, with the exit status it gives."""
    in_example_folder(page, tmp_path, monkeypatch)
    program, *args = shlex.split(example)
    assert program == "summarize"
    stdin = None
    if "<" in args:
        at = args.index("<")
        stdin = Path(args[at + 1]).read_bytes()
        del args[at : at + 2]
    result = CliRunner().invoke(
        command, args, input=stdin, prog_name="summarize", catch_exceptions=False
    )
    assert result.exit_code == status, result.stderr
    assert (result.stdout if stream == "output" else result.stderr) == shown


def test_terminal_example_is_real(monkeypatch: pytest.MonkeyPatch) -> None:
    """The example of output on a terminal is what a terminal that wide shows."""
    assert len(TERMINAL) == 1
    [(_, width, example, shown)] = TERMINAL
    monkeypatch.chdir(ROOT)
    program, *args = shlex.split(example)
    assert program == "summarize"
    assert on_terminal(args, monkeypatch, {"TERM": "xterm"}, columns=width) == shown


@pytest.mark.parametrize("page", [page for page, blocks in PYTHON_BLOCKS.items() if blocks])
def test_python_examples_print_what_is_shown(
    page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page's Python examples run, in order, and print exactly what the page shows."""
    in_example_folder(page, tmp_path, monkeypatch)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for number, (code, shown) in enumerate(PYTHON_BLOCKS[page], 1):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(code, f"{page}, Python example {number}", "exec"), namespace)
        assert printed.getvalue() == shown, f"{page}, Python example {number}"


def test_python_that_prints_is_checked() -> None:
    """A Python example that prints something is run by the tests (marked ``<!-- python -->``)."""
    for page, text in PAGES.items():
        for marker, code in re.findall(r"(<!-- python -->\n)?```python\n(.*?)```", text, re.DOTALL):
            assert marker or "print(" not in code, f"{page}: {code[:60]!r}"


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run runs exactly the test command the README gives."""
    commands = re.findall(r"```sh\n(python3 -m venv .+?)\n```", README)
    assert len(commands) == 2
    install_and_run, install_and_test = commands
    assert "summarize samples/" in install_and_run
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert ci_lines[-1] == install_and_test
