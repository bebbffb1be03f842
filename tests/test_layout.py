"""The layout's rules (docs/architecture.md), held against the imports in the source: each stage
imports only the stages below it, no circles, and each heavy dependency in its one place."""

from __future__ import annotations

import sys

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from imports import SRC, imports, stage

GRAPH = imports(SRC)

# What each stage may import of ringkas when it runs (besides itself).
SHARED = {"ringkas.model", "ringkas.errors", "ringkas.version", "ringkas.i18n"}
MAY_IMPORT = {
    "ringkas": {"ringkas.version"},  # the rest of the public API loads on first use, by name
    "ringkas.__main__": {"ringkas.command"},
    "ringkas.command": {"ringkas.pipeline", "ringkas.read", "ringkas.rank", "ringkas.write"},
    "ringkas.pipeline": {"ringkas.read", "ringkas.text", "ringkas.rank"},
    # A page's furniture is known by the text stage's rules; sites' conventions are data.
    "ringkas.read": {"ringkas.text", "ringkas.indonesian"},
    "ringkas.text": {"ringkas.indonesian"},
    "ringkas.rank": {"ringkas.indonesian"},
    "ringkas.write": set(),
    "ringkas.indonesian": set(),
    "ringkas.model": set(),
    "ringkas.errors": set(),
    "ringkas.version": set(),
    "ringkas.i18n": set(),
}

# The one place each heavy or outside dependency is imported.
ONLY_IN = {
    "click": {"ringkas.command.cli"},
    "nltk": {"ringkas.text.segment"},
    "regex": {"ringkas.text.segment"},
    "sumy": {"ringkas.rank"},
    "numpy": {"ringkas.rank"},
    "trafilatura": {"ringkas.read.page"},
    "requests": {"ringkas.read.fetch"},
    "urllib3": {"ringkas.read.fetch"},
    "charset_normalizer": {"ringkas.read.decode"},
}


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_a_module_imports_only_the_stages_below_its_own(module: str) -> None:
    """No import runs back up: a module imports its own stage, the values every stage shares,
    and the stages its stage may use."""
    own = stage(module)
    allowed = {own, *MAY_IMPORT[own], *(SHARED if own not in SHARED else ())}
    assert {stage(target) for target in GRAPH[module]["ringkas"]} <= allowed


def test_no_circles() -> None:
    """No module imports, through others, a module that imports it."""
    visiting: list[str] = []
    done: set[str] = set()

    def visit(module: str) -> None:
        assert module not in visiting, " -> ".join([*visiting, module])
        if module in done:
            return
        visiting.append(module)
        for target in sorted(GRAPH[module]["ringkas"]):
            if not module.startswith(target + "."):  # a package's module may import its face
                visit(target)
        visiting.pop()
        done.add(module)

    for module in sorted(GRAPH):
        visit(module)


@pytest.mark.parametrize("dependency", sorted(ONLY_IN))
def test_each_dependency_has_its_one_place(dependency: str) -> None:
    """click only in the command, NLTK only in the splitter, sumy and numpy only in ranking,
    trafilatura only in the page reader, requests only for links."""
    users = {module for module, found in GRAPH.items() if dependency in found["outside"]}
    assert users
    assert all(
        any(user == place or user.startswith(place + ".") for place in ONLY_IN[dependency])
        for user in users
    ), sorted(users)
