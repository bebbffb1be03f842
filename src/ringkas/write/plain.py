"""Each summary as prose (``-f plain``): the document's title, with its date and site on a short
line below where they are known, then its sentences as one paragraph. Pure functions, no I/O."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..i18n import _
from ..model import Outcome, Summary
from .controls import one_line
from .text import error_text, header_text
from .wrap import fill
from .writer import Writer, heading_lines


def summary_plain(summary: Summary, width: int | None = None) -> str:
    """A summary as prose: its heading (``heading_lines``) and a blank line, then its sentences
    as one paragraph; on one line each, or wrapped to ``width``."""
    heading = "".join(fill(line, width) for line in heading_lines(summary))
    body = fill(" ".join(one_line(s.text) for s in summary.sentences), width)
    return f"{heading}\n{body}" if heading else body


class PlainWriter(Writer):
    """``-f plain``: each summary as prose under its heading, a blank line between two; with
    several documents each under a ``==> NAME <==`` line, and a failure as its ``Error: ...``
    line."""

    def write(self, label: str, fields: Mapping[str, Any], outcome: Outcome, first: bool) -> str:
        width = self.settings.width
        if isinstance(outcome, Summary):
            body = summary_plain(outcome, width)
        else:
            body = error_text(outcome.said(_), width)
        if self.settings.several:
            body = fill(header_text(label), width, hanging=4) + body
        return ("" if first else "\n") + body
