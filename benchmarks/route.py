"""The route a document takes through ringkas's modules, from the command to the printed summary.

Runs ``summarize`` in this process on the given arguments with a profiling hook, and records the
ringkas module of every Python function called, in order. Consecutive calls in one module are
one stay; the report lists the stays, how many modules the run passed through, and how often it
came back to a module it had left (a return is a stay in a module that an earlier stay, not the
one just before, was in). The command runs twice and the second run is traced, so that imports
are not part of the route, and nor are the values of ``model.py``. With ``--stages`` the stays
are counted by stage (a sub-package of ringkas, such as ringkas.read, or a module at its top).

Usage, from the repository root::

    .venv/bin/python benchmarks/route.py samples/harakatuna-suriah.txt
    .venv/bin/python benchmarks/route.py --src ../other-checkout/src samples/kabarkita-banjir.html

``--src`` measures the ringkas under another source folder (an older checkout, say).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import click


def _module_of(frame: FrameType, root: Path) -> str | None:
    path = Path(frame.f_code.co_filename)
    try:
        relative = path.resolve().relative_to(root)
    except ValueError:
        return None
    parts = list(relative.with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def route(args: list[str], src: Path) -> list[str]:
    """The ringkas modules entered while the command runs ``args``, one entry per stay."""
    sys.path.insert(0, str(src))
    for name in [name for name in sys.modules if name.split(".")[0] == "ringkas"]:
        del sys.modules[name]
    root = (src / "ringkas").resolve()
    cli = None
    for candidate in ("ringkas.command.cli", "ringkas.cli"):
        try:
            cli = importlib.import_module(candidate)
            break
        except ImportError:
            continue
    if cli is None:
        raise click.ClickException(f"no ringkas command under {src}")
    # A first run loads everything the run needs, so that imports are not part of the route.
    cli.command.main(args, prog_name="summarize", standalone_mode=False)
    stays: list[str] = []

    def hook(frame: FrameType, event: str, arg: Any) -> None:
        if event != "call":
            return
        module = _module_of(frame, root.parent)
        if module == "ringkas.model":
            return  # a value's property (Sentence.boilerplate) is no step of the route
        if module is not None and (not stays or stays[-1] != module):
            stays.append(module)

    sys.setprofile(hook)
    try:
        cli.command.main(args, prog_name="summarize", standalone_mode=False)
    finally:
        sys.setprofile(None)
    return stays


def _stages(modules: list[str]) -> list[str]:
    """Each module's stage: ringkas.read.decode is in ringkas.read."""
    return [".".join(module.split(".")[:2]) for module in modules]


@click.command()
@click.option(
    "--src",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path(__file__).resolve().parent.parent / "src",
    show_default=True,
    help="The source folder holding the ringkas package to measure.",
)
@click.option(
    "--stages",
    is_flag=True,
    help="Count stays by stage (a sub-package of ringkas, or a module at its top) instead.",
)
@click.argument("args", nargs=-1, required=True)
def main(src: Path, stages: bool, args: tuple[str, ...]) -> None:
    """Print the route of one run of summarize ARGS through ringkas's modules."""
    import io

    stdout = sys.stdout
    sys.stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")  # the summary is not shown
    try:
        stays = route(list(args), src)
    finally:
        sys.stdout = stdout
    if stages:
        whole = _stages(stays)
        stays = [stage for n, stage in enumerate(whole) if n == 0 or whole[n - 1] != stage]
    returns = sum(1 for n, module in enumerate(stays) if module in stays[: max(n - 1, 0)])
    click.echo(" -> ".join(stays))
    click.echo(
        f"{len(stays)} stays in {len(set(stays))} modules; {returns} returns to a module left "
        "before",
        err=True,
    )


if __name__ == "__main__":
    main()
