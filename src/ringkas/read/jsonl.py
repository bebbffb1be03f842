"""JSON Lines batches: one JSON object a line, each holding one document.

Lines are streamed: one is read, decoded and parsed at a time, so an archive of any size is read
in constant memory. A problem with one line (not JSON, too large, undecodable, no document in
it) is that record's failure; the records after it are still read.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO

from ..errors import RingkasError
from ..i18n import _
from ..model import Decoded, Document, Failure, Source
from . import KINDS
from .decode import decode, line_codec
from .fetch import without_password
from .limits import MAX_BYTES, TOO_LARGE
from .names import one_line

_TOO_LARGE = f"{TOO_LARGE}; split it"

# How far past the size limit a JSONL reader looks for the end of an over-size record, so that
# the records after it are still read. An input with no line end that far (/dev/zero, a binary
# stream) is not JSON Lines: reading stops there, with an error.
SKIP_LIMIT = 16 * MAX_BYTES

# An id nested deeper than this is refused (its record is an error): printing it could exhaust
# Python's stack.
MAX_ID_DEPTH = 100


def _constant(name: str) -> str:
    # NaN, Infinity and -Infinity are not JSON, though Python reads them: kept as their name.
    return name


def _number(text: str) -> float | str:
    # A number too large for a float (1e400) is kept as it is written, as a string.
    value = float(text)
    return value if math.isfinite(value) else text


def _nested_too_deep(value: Any, limit: int = MAX_ID_DEPTH) -> bool:
    """Whether ``value`` holds arrays or objects nested more than ``limit`` levels deep."""
    level: list[Any] = [value]
    for _level in range(limit):
        level = [
            inner
            for item in level
            if isinstance(item, (list, dict))
            for inner in (item.values() if isinstance(item, dict) else item)
        ]
        if not level:
            return False
    return any(isinstance(item, (list, dict)) for item in level)


def record_document(line: str, label: str, fields: Mapping[str, Any]) -> tuple[Source, Document]:
    """The document of one JSONL line: an object with a field named by a kind of document
    ("text", or an "html" page, and maybe its "url") and maybe an "id".

    Output stays strict JSON: a NaN or Infinity, which Python's reader takes but JSON does not
    have, or a number too large for a float (1e400), is carried as a string of what the input
    says ("NaN", "1e400").
    """
    try:
        record = json.loads(line, parse_constant=_constant, parse_float=_number)
    except RecursionError:
        return Source(label, fields), Failure("not valid JSON: nested too deeply")
    except ValueError as error:
        if not line.strip():
            return Source(label, fields), Failure("empty line")
        return Source(label, fields), Failure.made("not valid JSON ({reason})", reason=str(error))
    if not isinstance(record, dict):
        return Source(label, fields), Failure("not a JSON object")
    if "id" in record:
        if _nested_too_deep(record["id"]):
            return Source(label, fields), Failure.made(
                "the id is nested more than {depth} levels deep", depth=MAX_ID_DEPTH
            )
        fields = {**fields, "id": record["id"]}
        shown = one_line(json.dumps(record["id"], ensure_ascii=False))
        label += _(" (id {id})").format(id=shown)
    url = record.get("url")
    for kind in KINDS:
        if isinstance(record.get(kind), str):
            return Source(label, fields), Decoded(
                kind, record[kind], without_password(url) if isinstance(url, str) else None
            )
    return Source(label, fields), Failure(_NO_DOCUMENT)


# What a record without a document lacks: 'no "text" or "html" field with a string value'.
_NO_DOCUMENT = (
    f"no {' or '.join(f'{chr(34)}{kind}{chr(34)}' for kind in KINDS)} field with a string value"
)


class _Endless:
    """What _raw_lines gives for an over-size line with no end within SKIP_LIMIT."""


_ENDLESS = _Endless()


def _line_end(buffer: bytes, newline: bytes, start: int) -> int:
    """Where the first ``newline`` at or after ``start`` is that begins a whole code unit (a
    multiple of its length: LF in UTF-16 is two bytes, and "\n\x00" may straddle two units)."""
    unit = len(newline)
    at = buffer.find(newline, start)
    while at >= 0 and at % unit:
        at = buffer.find(newline, at + 1)
    return at


def _raw_lines(
    head: bytes, stream: BinaryIO, newline: bytes = b"\n"
) -> Iterator[bytes | _Endless | None]:
    """The lines of ``head`` followed by ``stream``, split at ``newline`` (the encoded LF) and
    without it, read one at a time.

    A line longer than MAX_BYTES is read past, not kept, and comes out as None; when no line
    end follows within SKIP_LIMIT bytes, _ENDLESS comes out and reading stops.
    """
    unit = len(newline)
    buffer, searched, over, skipped = head, 0, False, 0
    while True:
        end = _line_end(buffer, newline, searched)
        if end >= 0:
            yield None if over else buffer[:end]
            buffer, searched, over, skipped = buffer[end + unit :], 0, False, 0
            continue
        if over or len(buffer) >= MAX_BYTES + unit:
            # Over the limit: drop what is read, keeping what may begin a line end.
            over = True
            drop = max(len(buffer) - unit, 0) // unit * unit
            skipped += drop
            buffer = buffer[drop:]
            if skipped > SKIP_LIMIT:
                yield _ENDLESS
                return
        # Every line end that begins before this has been looked for.
        searched = max(len(buffer) - unit + 1, 0) // unit * unit
        more = stream.readline(MAX_BYTES if over else MAX_BYTES + unit - len(buffer))
        if not more:
            if over:
                yield None
            elif buffer:
                yield buffer
            return
        buffer += more


def _lines(stream: BinaryIO, encoding: str | None) -> Iterator[tuple[int, str | None, str]]:
    """(number, line, error) for each line of a JSONL stream; line is None when it is bad.

    Lines are found at the LF of the stream's encoding in the raw bytes (a byte-order mark or
    ``encoding`` says which; two bytes in UTF-16, four in UTF-32, 0x25 in EBCDIC code pages such
    as cp037 and cp500) and decoded one by one, so the
    size limit and decoding errors are each record's own, whatever the encoding.
    """
    head = stream.read(4)
    try:
        codec, mark = line_codec(head, encoding)
    except RingkasError as error:
        yield 1, None, str(error)  # an encoding Python does not know
        return
    # LF as the encoding writes it: b"\n", two or four bytes in UTF-16 and UTF-32, 0x25 in EBCDIC.
    try:
        newline = "\n".encode(codec) or b"\n"
    except UnicodeError:
        newline = b"\n"
    for number, raw in enumerate(_raw_lines(head[mark:], stream, newline), start=1):
        if raw is None:
            yield number, None, f"the record is {_TOO_LARGE}"
            continue
        if isinstance(raw, _Endless):
            yield (
                number,
                None,
                (
                    f"the record is {_TOO_LARGE}, and no line end follows within "
                    f"{SKIP_LIMIT // (1024 * 1024)} MiB: the rest of the input is not read"
                ),
            )
            return
        try:
            yield number, decode(raw, codec).removesuffix("\r"), ""
        except RingkasError as error:
            yield number, None, str(error)


def jsonl_documents(
    stream: BinaryIO, file: Source, encoding: str | None
) -> Iterator[tuple[Source, Document]]:
    """The documents of a JSON Lines stream, one per line, each named by ``file`` and its line
    number; a bad line is that line's failure, and the lines after it are still read."""
    try:
        for number, line, error in _lines(stream, encoding):
            fields = {**file.fields, "line": number}
            line_label = _("{file}, line {number}").format(file=file.label, number=number)
            if line is None:
                yield Source(line_label, fields), Failure(error)
            else:
                yield record_document(line, line_label, fields)
    except OSError as error:
        # Decoding and size problems are records' errors already; a failing read (a disk or
        # network error part way through) ends the file with one error document.
        yield file, Failure(error.strerror or str(error))
