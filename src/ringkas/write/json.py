"""JSON for programs (``-f json``, ``-f jsonl``): one object per document, with every position
and what is known of the document. Pure functions, no I/O.

``summary_dict`` is the object of one summary, the same in both formats and in the library
(``ringkas.summary_dict``); ``to_json`` writes it as strict JSON with Indonesian text readable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from ..model import Dateline, Outcome, Sentence, Span, Summary
from .writer import Writer, metadata

# JSON escapes the C0 controls itself; these are escaped after it, so that nothing in JSON acts
# on a terminal either, with lone surrogates (from "\ud800" in JSON input), which no output
# encoding can hold raw.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _significant(score: float | None) -> float | None:
    # Six significant digits: enough to compare sentences, and stable across machines whose
    # floating-point sums differ in the last bits.
    return None if score is None else float(f"{score:.6g}")


def sentence_dict(sentence: Sentence) -> dict[str, Any]:
    """The JSON object of one sentence (with its "page" when the story was read from several
    pages)."""
    page = {"page": sentence.page} if sentence.page is not None else {}
    return {
        **page,
        "index": sentence.index,
        "paragraph": sentence.paragraph,
        "start": sentence.start,
        "end": sentence.end,
        "line": sentence.line,
        "column": sentence.column,
        "score": _significant(sentence.score),
        "rank": sentence.rank,
        "boilerplate": sentence.boilerplate,
        "furniture": sentence.furniture,
        "text": sentence.text,
    }


def span_dict(span: Span | Dateline) -> dict[str, Any]:
    """The JSON object of a title: its text and position."""
    return {
        "text": span.text,
        "start": span.start,
        "end": span.end,
        "line": span.line,
        "column": span.column,
    }


def dateline_dict(dateline: Dateline) -> dict[str, Any]:
    """The JSON object of a dateline: its position, and its place and outlet when known."""
    parts = {"place": dateline.place, "outlet": dateline.outlet}
    return {**span_dict(dateline), **{k: v for k, v in parts.items() if v is not None}}


def summary_dict(summary: Summary, label: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON object of one document: ``label`` (file, id) first, then what is known about
    the document (title, dateline, the pages of a paged story, url, date, author, site: only
    what was found), then how long it and its summary are, then the summary's sentences."""
    known: dict[str, Any] = {}
    if summary.title is not None:
        known["title"] = span_dict(summary.title)
    if summary.dateline is not None:
        known["dateline"] = dateline_dict(summary.dateline)
    paging = summary.paging
    if paging is not None:
        known["pages"] = list(paging.pages)
        known["page_count"] = paging.count
        known["complete"] = paging.complete
        if paging.warnings:
            known["warnings"] = [warning.message for warning in paging.warnings]
    if summary.language is not None:
        known["language"] = summary.language
    return {
        **label,
        **known,
        **metadata(summary),
        "total_sentences": summary.total_sentences,
        "words": summary.words,
        "sentences": [_placed(sentence_dict(s), summary) for s in summary.sentences],
    }


def _placed(found: dict[str, Any], summary: Summary) -> dict[str, Any]:
    """A sentence's object with the address of its page, for a story read from several."""
    page = found.get("page")
    if page is None or summary.paging is None or page > len(summary.paging.pages):
        return found
    return {"page": page, "url": summary.paging.pages[page - 1], **found}


def to_json(obj: Any, *, indent: int | None = None, ascii_only: bool = False) -> str:
    """Strict JSON with Indonesian text left readable and nothing a terminal would act on; with
    ``ascii_only``, every character beyond ASCII escaped (for an output that cannot encode
    them). NaN and Infinity, which JSON does not have, never get here (the JSON Lines reader
    carries them as strings)."""
    text = json.dumps(obj, ensure_ascii=ascii_only, indent=indent, allow_nan=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _object(fields: Mapping[str, Any], outcome: Outcome) -> dict[str, Any]:
    if isinstance(outcome, Summary):
        return summary_dict(outcome, fields)
    return {**fields, "error": outcome.message}


class JsonWriter(Writer):
    """``-f json``: one indented object, or an array of them for several documents."""

    def write(self, label: str, fields: Mapping[str, Any], outcome: Outcome, first: bool) -> str:
        item = to_json(_object(fields, outcome), indent=2, ascii_only=self.settings.ascii_only)
        if not self.settings.several:
            return item + "\n"
        # An array item, indented one level. JSON text holds no raw line breaks inside its
        # strings, so indenting every line is exact.
        return ("[\n" if first else ",\n") + "\n".join("  " + line for line in item.split("\n"))

    def end(self) -> str:
        if not self.settings.several:
            return ""
        return "\n]\n" if self.count else "[]\n"


class JsonLinesWriter(Writer):
    """``-f jsonl``: one object per line."""

    def write(self, label: str, fields: Mapping[str, Any], outcome: Outcome, first: bool) -> str:
        return to_json(_object(fields, outcome), ascii_only=self.settings.ascii_only) + "\n"
