"""Each summary as prose (``-f plain``): its sentences as one paragraph, nothing else. Pure
functions, no I/O."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..model import Outcome, Summary
from .text import error_text, one_line
from .wrap import fill
from .writer import Writer


def summary_plain(summary: Summary, width: int | None = None) -> str:
    """A summary as prose: its sentences as one paragraph, nothing else; on one line, or
    wrapped to ``width``."""
    return fill(" ".join(one_line(s.text) for s in summary.sentences), width)


class PlainWriter(Writer):
    """``-f plain``: each summary as one paragraph, a blank line between two, a failure as its
    ``Error: ...`` line."""

    def write(self, label: str, fields: Mapping[str, Any], outcome: Outcome, first: bool) -> str:
        width = self.settings.width
        if isinstance(outcome, Summary):
            body = summary_plain(outcome, width)
        else:
            body = error_text(outcome.message, width)
        return ("" if first else "\n") + body
