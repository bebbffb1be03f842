"""Loads the Indonesian stop-word list shipped as package data (stopwords.txt says its source)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The Indonesian stop words, lower case."""
    text = files(__package__).joinpath("stopwords.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
