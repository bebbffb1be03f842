"""The README cannot drift from what the command really prints and what CI really runs."""

from __future__ import annotations

import re
import shlex

import pytest
from click.testing import CliRunner

from ringkas.command.cli import command

from .conftest import ROOT, on_terminal

README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"<!-- output of: (.+?) -->\n```\w*\n(.*?)```", README, flags=re.DOTALL)
ON_A_TERMINAL = re.findall(
    r"<!-- output on a terminal (\d+) columns wide of: (.+?) -->\n```\w*\n(.*?)```",
    README,
    flags=re.DOTALL,
)


def test_readme_has_examples() -> None:
    """The README shows real example output."""
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize(("example", "shown"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example_output_is_real(
    example: str, shown: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each example in the README is exactly what the command prints."""
    monkeypatch.chdir(ROOT)
    program, *args = shlex.split(example)
    assert program == "summarize"
    result = CliRunner().invoke(command, args, catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout == shown


def test_readme_terminal_example_is_real(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's example of output on a terminal is what a terminal that wide shows."""
    assert len(ON_A_TERMINAL) == 1
    [(width, example, shown)] = ON_A_TERMINAL
    monkeypatch.chdir(ROOT)
    program, *args = shlex.split(example)
    assert program == "summarize"
    assert on_terminal(args, monkeypatch, {"TERM": "xterm"}, columns=int(width)) == shown


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run runs exactly the test command the README gives."""
    commands = re.findall(r"```sh\n(python3 -m venv .+?)\n```", README)
    assert len(commands) == 2
    install_and_run, install_and_test = commands
    assert "summarize samples/" in install_and_run
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert ci_lines[-1] == install_and_test
