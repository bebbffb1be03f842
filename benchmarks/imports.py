"""The import structure of ringkas: its modules by stage, the longest chain of imports, and the
imports between stages.

Reads the source (``src/ringkas`` or ``--src``) without running it. An import counts where it
runs: at the top of a module or inside a function (a lazy import); imports under ``if
TYPE_CHECKING:`` are for the type checker only and do not count. tests/test_layout.py holds the
layout's rules against the same graph.

Usage, from the repository root::

    .venv/bin/python benchmarks/imports.py
    .venv/bin/python benchmarks/imports.py --src ../other-checkout/src
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import click

SRC = Path(__file__).resolve().parent.parent / "src"


def modules(src: Path) -> dict[str, Path]:
    """Every module of the ringkas package under ``src``, by its dotted name."""
    found = {}
    for path in sorted((src / "ringkas").rglob("*.py")):
        parts = path.relative_to(src).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _type_checking_only(tree: ast.Module) -> set[int]:
    """The ids of the nodes inside ``if TYPE_CHECKING:`` blocks."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            inside.update(id(child) for child in ast.walk(node))
    return inside


def imports(src: Path) -> dict[str, dict[str, set[str]]]:
    """For every module, what it imports when it runs: ringkas's own modules under "ringkas",
    and the top-level names of other packages under "outside"."""
    found = modules(src)
    graph: dict[str, dict[str, set[str]]] = {}
    for name, path in found.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _type_checking_only(tree)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        own: set[str] = set()
        outside: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.split(".")[0] == "ringkas":
                        own.add(alias.name)
                    else:
                        outside.add(alias.name.split(".")[0])
            elif isinstance(node, ast.ImportFrom) and node.module == "__future__":
                continue
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                if (node.module or "").split(".")[0] == "ringkas":
                    own.add(node.module or "")
                else:
                    outside.add((node.module or "").split(".")[0])
            elif isinstance(node, ast.ImportFrom):
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
                for alias in node.names:
                    own.add(
                        f"{target}.{alias.name}" if f"{target}.{alias.name}" in found else target
                    )
        own.discard(name)
        graph[name] = {"ringkas": {m for m in own if m in found}, "outside": outside}
    return graph


def stage(module: str) -> str:
    """The stage a module belongs to: its sub-package of ringkas, or itself at the top."""
    return ".".join(module.split(".")[:2])


def longest_chain(graph: dict[str, dict[str, set[str]]]) -> list[str]:
    """The longest chain of imports, each module importing the next (circles are not walked)."""
    best: dict[str, list[str]] = {}

    def chain(module: str, walking: frozenset[str]) -> list[str]:
        if module in best:
            return best[module]
        longest = [module]
        for target in sorted(graph[module]["ringkas"]):
            if target not in walking:
                found = [module, *chain(target, walking | {module})]
                longest = found if len(found) > len(longest) else longest
        best[module] = longest
        return longest

    return max((chain(m, frozenset()) for m in sorted(graph)), key=len)


@click.command()
@click.option(
    "--src",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=SRC,
    show_default=True,
    help="The source folder holding the ringkas package to read.",
)
def main(src: Path) -> None:
    """Print ringkas's modules by stage, its longest import chain and the imports between
    stages."""
    graph = imports(src)
    by_stage = Counter(stage(module) for module in graph)
    click.echo(f"{len(graph)} modules in {len(by_stage)} stages or top-level modules:")
    for name, count in sorted(by_stage.items()):
        click.echo(f"  {name:<24} {count}")
    chain = longest_chain(graph)
    click.echo(f"longest import chain: {len(chain)} modules: {' -> '.join(chain)}")
    pairs = Counter(
        (stage(module), stage(target))
        for module, found in graph.items()
        for target in found["ringkas"]
        if stage(module) != stage(target)
    )
    click.echo("imports between stages (importer -> imported: count):")
    for (importer, imported), count in sorted(pairs.items()):
        click.echo(f"  {importer} -> {imported}: {count}")


if __name__ == "__main__":
    main()
