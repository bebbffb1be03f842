"""Turn summaries into text for people or JSON for programs. Pure functions, no I/O."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from .model import Dateline, Failure, Outcome, Sentence, Span, Summary

# Characters that could act on a terminal if printed raw: C0 and C1 controls and DEL. Text
# output shows them escaped; JSON escapes the C0 ones itself and these are escaped after it,
# with lone surrogates (from "\ud800" in JSON input), which no output encoding can hold raw.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\s*(?:\r\n|\r|\n)\s*")


def _significant(score: float | None) -> float | None:
    # Six significant digits: enough to compare sentences, and stable across machines whose
    # floating-point sums differ in the last bits.
    return None if score is None else float(f"{score:.6g}")


def sentence_dict(sentence: Sentence) -> dict[str, Any]:
    """The JSON object of one sentence."""
    return {
        "index": sentence.index,
        "paragraph": sentence.paragraph,
        "start": sentence.start,
        "end": sentence.end,
        "line": sentence.line,
        "column": sentence.column,
        "score": _significant(sentence.score),
        "rank": sentence.rank,
        "boilerplate": sentence.boilerplate,
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


def _metadata(summary: Summary) -> dict[str, str]:
    found = {"url": summary.url, "date": summary.date, "author": summary.author}
    return {k: v for k, v in {**found, "site": summary.site}.items() if v is not None}


def summary_dict(summary: Summary, label: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON object of one document: ``label`` (file, id) first, then what is known about
    the document (title, dateline, url, date, author, site: only what was found), then how long
    it and its summary are, then the summary's sentences."""
    known: dict[str, Any] = {}
    if summary.title is not None:
        known["title"] = span_dict(summary.title)
    if summary.dateline is not None:
        known["dateline"] = dateline_dict(summary.dateline)
    return {
        **label,
        **known,
        **_metadata(summary),
        "total_sentences": summary.total_sentences,
        "words": summary.words,
        "sentences": [sentence_dict(s) for s in summary.sentences],
    }


def to_json(obj: Any, *, indent: int | None = None, ascii_only: bool = False) -> str:
    """Strict JSON with Indonesian text left readable and nothing a terminal would act on; with
    ``ascii_only``, every character beyond ASCII escaped (for an output that cannot encode
    them). NaN and Infinity, which JSON does not have, never get here (``inputs.py`` carries
    them as strings)."""
    text = json.dumps(obj, ensure_ascii=ascii_only, indent=indent, allow_nan=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def escape_controls(text: str) -> str:
    """``text`` with control characters shown as escapes, safe to print on a terminal."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _one_line(text: str) -> str:
    # A sentence may span hard-wrapped lines; people read it best on one line.
    return escape_controls(_LINE_BREAKS.sub(" ", text))


def sentence_text(sentence: Sentence, total: int) -> str:
    """A sentence for people: where it is, then its text on one indented line."""
    where = (
        f"Sentence {sentence.index + 1} of {total} | paragraph {sentence.paragraph + 1} | "
        f"line {sentence.line}, column {sentence.column} | chars {sentence.start}-{sentence.end}"
    )
    if sentence.rank is not None:
        where += f" | rank {sentence.rank}"
    if sentence.boilerplate:
        where += " | boilerplate"
    return f"{where}\n  {_one_line(sentence.text)}\n"


def _span_text(name: str, span: Span | Dateline) -> str:
    return (
        f"{name}: {_one_line(span.text)} | line {span.line}, column {span.column} | "
        f"chars {span.start}-{span.end}"
    )


def _about_text(summary: Summary) -> str:
    """The lines that say what the document is (its title, its dateline, the metadata of a web
    page) and how long the summary is."""
    lines = []
    if summary.title is not None:
        lines.append(_span_text("Title", summary.title))
    if summary.dateline is not None:
        lines.append(_span_text("Dateline", summary.dateline))
    names = {"url": "URL", "date": "Date", "author": "Author", "site": "Site"}
    found = [f"{names[key]}: {escape_controls(value)}" for key, value in _metadata(summary).items()]
    if found:
        lines.append(" | ".join(found))
    total, words = summary.total_sentences, summary.words
    lines.append(
        f"{len(summary.sentences)} of {total} {'sentence' if total == 1 else 'sentences'}, "
        f"{words} {'word' if words == 1 else 'words'}"
    )
    return "".join(f"{line}\n" for line in lines)


def summary_text(summary: Summary) -> str:
    """A summary for people: what the document is and how long its summary is, then its
    sentences, separated by blank lines."""
    about = _about_text(summary)
    body = "\n".join(sentence_text(s, summary.total_sentences) for s in summary.sentences)
    return f"{about}\n{body}" if body else about


def header_text(label: str) -> str:
    """The line that names a document when several are printed, as head(1) does."""
    return f"==> {escape_controls(label)} <=="


class Stream:
    """The output of a whole run, a document at a time, in one format.

    ``text``: each summary for people; with several documents each under a ``==> NAME <==``
    header, and a failure as an ``Error: ...`` line under its header. ``json``: one indented
    object, or an array of them for several documents. ``jsonl``: one object per line. A
    failure of a single document is reported on stderr only, so its output is empty.
    """

    def __init__(self, output_format: str, several: bool, *, ascii_only: bool = False) -> None:
        self.format = output_format
        self.several = several
        self.ascii_only = ascii_only  # JSON: escape all but ASCII, for an output that needs it
        self.count = 0

    def document(self, label: str, fields: Mapping[str, Any], outcome: Outcome) -> str:
        """The output of one document: its summary, or its failure."""
        match outcome:
            case Summary():
                body = summary_text(outcome)
                obj = summary_dict(outcome, fields) if self.format != "text" else {}
            case Failure(message=message):
                if not self.several:
                    return ""
                body = f"Error: {escape_controls(message)}\n"
                obj = {**fields, "error": message}
        first = self.count == 0
        self.count += 1
        if self.format == "text":
            if not self.several:
                return body
            return ("" if first else "\n") + header_text(label) + "\n" + body
        if self.format == "jsonl":
            return to_json(obj, ascii_only=self.ascii_only) + "\n"
        item = to_json(obj, indent=2, ascii_only=self.ascii_only)
        if not self.several:
            return item + "\n"
        # An array item, indented one level. JSON text holds no raw line breaks inside its
        # strings, so indenting every line is exact.
        return ("[\n" if first else ",\n") + "\n".join("  " + line for line in item.split("\n"))

    def end(self) -> str:
        """What closes the output after the last document (the end of a JSON array)."""
        if self.format == "json" and self.several:
            return "\n]\n" if self.count else "[]\n"
        return ""
