"""The entry point of the ``summarize`` command, and of ``python -m ringkas``.

Ctrl-C is taken over first, before anything heavy is imported, so that from here on it ends the
run quietly with status 130 (``process.py``); then the command (``cli.py``) is loaded and run.
"""

import os
import sys
from collections.abc import MutableMapping

from .command.process import take_over_interrupts

# The thread pools of numpy's linear algebra libraries. They start their threads when numpy is
# imported, which costs more than ringkas's small matrices ever gain from them (a run on one
# article takes about a tenth less time with one thread); more cores are used with --jobs.
# Set for the command only, and only where the user has not chosen a value.
_ONE_THREAD = (
    "OPENBLAS_NUM_THREADS",
    "OMP_NUM_THREADS",
    "MKL_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)


def one_thread_for_numpy(environ: MutableMapping[str, str]) -> None:
    """Ask numpy's linear-algebra libraries for one thread, where the user has not chosen."""
    for name in _ONE_THREAD:
        environ.setdefault(name, "1")


def main() -> None:
    """Run the summarize command with the process's arguments."""
    take_over_interrupts()
    one_thread_for_numpy(os.environ)
    try:
        from .command.cli import command

        command(prog_name="summarize")
    except MemoryError:
        # Out of memory outside any one document's work (each document's own is its error).
        message = "Error: not enough memory; give ringkas more memory"
        try:  # in the user's language, if there is memory enough to say it so
            from .i18n import _

            message = f"{_('Error')}: {_('not enough memory; give ringkas more memory')}"
        except Exception:  # the English message then
            pass
        sys.stderr.write(message + "\n")
        sys.exit(1)


if __name__ == "__main__":
    main()
