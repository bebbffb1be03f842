"""Test set-up shared by every test module."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# ringkas must work with no NLTK data at all: point NLTK at a folder that does not exist before
# anything imports it, so a test that needed downloaded data would fail here too.
os.environ["NLTK_DATA"] = str(Path(__file__).parent / "no-nltk-data-here")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "harakatuna-suriah.txt"


@pytest.fixture
def seed_text() -> str:
    """The article ringkas started from, as decoded text."""
    return SEED.read_text(encoding="utf-8")
