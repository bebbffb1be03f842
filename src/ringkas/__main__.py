"""The entry point of the ``summarize`` command, and of ``python -m ringkas``.

Ctrl-C is taken over first, before anything heavy is imported, so that from here on it ends the
run quietly with status 130 (``process.py``); then the command (``cli.py``) is loaded and run.
"""

from .process import take_over_interrupts


def main() -> None:
    """Run the summarize command with the process's arguments."""
    take_over_interrupts()
    from .cli import command

    command(prog_name="summarize")


if __name__ == "__main__":
    main()
