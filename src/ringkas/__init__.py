"""ringkas: summarise Indonesian news with exact source positions for every sentence.

>>> from ringkas import summarize
>>> summary = summarize("Presiden meresmikan jembatan baru. Jembatan itu panjang.", sentences=1)
>>> summary.total_sentences
2
"""

from __future__ import annotations

from .errors import EmptyInputError, InputError, RingkasError
from .model import Sentence, Summary
from .rank import DEFAULT_METHOD, METHODS
from .summarize import split, summarize

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_METHOD",
    "METHODS",
    "EmptyInputError",
    "InputError",
    "RingkasError",
    "Sentence",
    "Summary",
    "__version__",
    "split",
    "summarize",
]
