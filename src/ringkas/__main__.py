"""``python -m ringkas``: the same as the ``summarize`` command."""

from .cli import main

main(prog_name="summarize")
