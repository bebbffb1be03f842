"""The three tables (input kinds, output formats, ranking methods) and everything that reads them:
the command's choices, help and checks, JSON Lines fields, the library and the tables of
docs/command.md (shell completion offers the same choices: tests/command/test_cli.py)."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from ringkas import METHODS, summarize
from ringkas.command.cli import command
from ringkas.rank import DEFAULT_METHOD, REGISTRY
from ringkas.read import AUTO, DEFAULT_KIND, INPUT_FORMATS, JSONL, KINDS, kind_of
from ringkas.write import DEFAULT_FORMAT, FORMATS

from .conftest import ROOT

COMMAND = (ROOT / "docs" / "command.md").read_text(encoding="utf-8")
ARTICLE = "Harga beras naik tajam pekan ini. Petani di Karawang senang. Pedagang mengeluh."


def _table(name: str) -> list[list[str]]:
    """The rows (cells without their marks) of the docs table after ``<!-- table of: NAME -->``."""
    found = re.search(rf"<!-- table of: {re.escape(name)} -->\n((?:\|.*\n)+)", COMMAND)
    assert found is not None, name
    lines = found.group(1).splitlines()[2:]  # past the header and its rule
    return [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines]


def _name(name: str, default: str) -> str:
    return f"`{name}` (default)" if name == default else f"`{name}`"


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def test_the_docs_table_of_formats_is_the_registry() -> None:
    """docs/command.md lists every output format, as the registry has it."""
    assert _table("write.FORMATS") == [
        [_name(f.name, DEFAULT_FORMAT), f.help, _yes(f.split), _yes(f.highlight)]
        for f in FORMATS.values()
    ]


def test_the_docs_table_of_kinds_is_the_registry() -> None:
    """docs/command.md lists every input kind, as the registry has it."""
    expected = []
    for kind in KINDS.values():
        known = [", ".join(f"`{t}`" for t in sorted(kind.media_types, reverse=True))]
        known += ["what no other kind claims"] if kind.name == DEFAULT_KIND else []
        known += ["its content"] if kind.sniffer else []
        expected.append([f"`{kind.name}`", kind.help, "; ".join(known), f'`"{kind.name}"`'])
    assert _table("read.KINDS") == expected


def test_the_docs_table_of_methods_is_the_registry() -> None:
    """docs/command.md lists every ranking method, as the registry has it."""
    assert _table("rank.REGISTRY") == [
        [_name(m.name, DEFAULT_METHOD), m.help, f"the first {m.limit}" if m.limit else "all"]
        for m in REGISTRY.values()
    ]


def _help() -> str:
    return " ".join(CliRunner().invoke(command, ["--help"]).stdout.split())


@pytest.mark.parametrize(
    ("option", "names"),
    [("--format", list(FORMATS)), ("--method", list(METHODS)), ("--input-format", INPUT_FORMATS)],
)
def test_help_names_every_entry_with_what_it_is(option: str, names: list[str]) -> None:
    """--help offers exactly the table's names for each option, and says what each one is."""
    text = _help()
    assert f"{option} [{'|'.join(names)}]" in text
    entries = {**FORMATS, **REGISTRY, **KINDS}
    for name in names:
        if name in entries:
            assert f"{name}: {' '.join(entries[name].help.split())}" in text


def test_split_and_highlight_go_with_the_formats_the_table_allows() -> None:
    """--split and --highlight are accepted with exactly the formats whose entries allow them;
    the usage error names the formats that do."""
    runner = CliRunner()
    for name, entry in FORMATS.items():
        split = runner.invoke(command, ["--split", "-f", name], ARTICLE)
        assert (split.exit_code == 0) == entry.split, name
        marked = runner.invoke(command, ["--highlight", "--color", "never", "-f", name], ARTICLE)
        assert (marked.exit_code == 0) == entry.highlight, name
    refused = runner.invoke(command, ["--split", "-f", "plain"], ARTICLE)
    assert refused.stderr.endswith(
        "Error: --split prints every sentence with its position, as text, json or jsonl; "
        "it takes no --highlight, -f plain, -f csv or -f html.\n"
    )


def test_every_kind_is_a_json_lines_field() -> None:
    """A JSON Lines record holds its document in the field named by its kind."""
    page = "<!DOCTYPE html><html><body><article><p>" + ARTICLE + "</p></article></body></html>"
    records = "".join(
        json.dumps({"id": name, name: page if name == "html" else ARTICLE}) + "\n" for name in KINDS
    )
    done = CliRunner().invoke(command, ["--input-format", JSONL, "-f", "jsonl"], records)
    assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == list(KINDS)
    assert all("error" not in json.loads(line) for line in done.stdout.splitlines())


def test_kinds_are_known_by_media_type_then_by_content() -> None:
    """A link's media type decides its kind; without one, the content does; else plain text."""
    page = b"<!DOCTYPE html><html><body><p>Isi.</p></body></html>"
    assert kind_of(page).name == "html"
    assert kind_of(page, "text/plain").name == "text"
    assert kind_of(b"Isi berita.").name == DEFAULT_KIND
    for kind in KINDS.values():
        for media_type in kind.media_types:
            assert kind_of(b"", media_type) is kind
    assert (AUTO, *KINDS, JSONL) == INPUT_FORMATS


@pytest.mark.parametrize("method", METHODS)
def test_every_method_of_the_table_ranks(method: str) -> None:
    """The library takes every method of the table, and the table names the library's."""
    assert tuple(REGISTRY) == METHODS
    assert summarize(ARTICLE, sentences=1, method=method).sentences
