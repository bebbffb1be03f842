"""The position prior of the default method: where a reader of news expects the key facts.

The prior's form was chosen on half of IndoSum dev (docs/quality.md, "Summaries"): the random jump
to sentence i is proportional to 1 / (i + 1), news putting its key facts first, and a sentence
holding a direct quotation gets QUOTATION_WEIGHT of that, because summaries report what was said
rather than quote it (among the first six sentences of an IndoSum article, one holding a
quotation belongs to the best three-sentence choice 13 % of the time, any other 57 %).

A direct quotation is a quoted stretch of at least QUOTED_WORDS words, or a quotation mark
without its partner (a quotation that runs over several sentences). A name or a term in quotation
marks (program "Yes I Do", misi "militer") is no quotation: such sentences are summary material
like any other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy

QUOTATION_WEIGHT = 0.3
QUOTED_WORDS = 4
_QUOTATION_MARK = re.compile(r"[\"“”«»]")
_QUOTED = re.compile(r"[\"“«]([^\"“”«»]*)[\"”»]")


def is_quotation(text: str) -> bool:
    """Whether a sentence holds a direct quotation (see above)."""
    marks = len(_QUOTATION_MARK.findall(text))
    if marks == 0:
        return False
    if marks % 2:
        return True
    return any(len(quoted.split()) >= QUOTED_WORDS for quoted in _QUOTED.findall(text))


def position_prior(texts: Sequence[str]) -> numpy.ndarray[Any, numpy.dtype[numpy.float64]]:
    """The random-jump distribution over sentences with these texts, highest for the first."""
    prior = 1.0 / numpy.arange(1, len(texts) + 1, dtype=float)
    quoted = numpy.array([is_quotation(text) for text in texts], dtype=bool)
    prior[quoted] *= QUOTATION_WEIGHT
    return prior / prior.sum()  # type: ignore[no-any-return]
