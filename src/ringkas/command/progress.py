"""A one-line progress report on stderr for batches: documents done, the rate and, when the
total is known, the time left. Shown on a terminal only, and wiped when the run ends."""

from __future__ import annotations

import time
from typing import TextIO

from ..i18n import _

_REFRESH = 0.2  # seconds between two updates of the line


class Progress:
    """Counts finished documents and redraws the line at most every _REFRESH seconds."""

    def __init__(self, stream: TextIO, enabled: bool, total: int | None = None) -> None:
        self.stream = stream
        self.enabled = enabled
        self.total = total
        self.done = 0
        self.started = time.monotonic()
        self.shown = 0.0  # when the line was last drawn; 0 while nothing is on the screen

    def line(self, now: float) -> str:
        """The progress line at time ``now`` (a time.monotonic() value)."""
        rate = self.done / max(now - self.started, 1e-9)
        if not self.total:
            return _("{done} documents, {rate}/s").format(done=self.done, rate=f"{rate:.0f}")
        left = max(self.total - self.done, 0) / max(rate, 1e-9)
        return _("{done}/{total} documents, {rate}/s, {left} left").format(
            done=self.done, total=self.total, rate=f"{rate:.0f}", left=duration(left)
        )

    def step(self) -> None:
        """One more document is done."""
        self.done += 1
        now = time.monotonic()
        if self.enabled and now - self.shown >= _REFRESH:
            self.shown = now
            self.stream.write(f"\r{self.line(now)}\033[K")
            self.stream.flush()

    def clear(self) -> None:
        """Wipe the line (before an error message, and at the end); the next step redraws it."""
        if self.enabled and self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = 0.0


def duration(seconds: float) -> str:
    """A short duration for people: "45s", "3m05s", "2h07m"."""
    minutes, rest = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    if minutes:
        return f"{minutes}m{rest:02d}s"
    return f"{rest}s"
