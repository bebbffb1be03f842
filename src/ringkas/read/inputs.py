"""Turn the inputs a user names (files, standard input, links, JSONL records) into documents.

A document is plain text, a web page (HTML, recognised by its content unless the user says
which), or the reason it could not be read. Whole inputs are read at once; a link (http or
https) is fetched, and only then is the network used. JSONL inputs are streamed: one line is
read, decoded and parsed at a time, so an archive of any size is processed in constant memory.
A problem with one input or one record becomes that document's ``Failure``; the others go on.
"""

from __future__ import annotations

import io
import json
import math
import os
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from ..errors import InputError, RingkasError
from ..model import Failure
from .decode import decode, decode_html, line_codec, looks_like_html
from .fetch import is_url
from .limits import DEFAULT_TIMEOUT, MAX_BYTES, TOO_LARGE
from .names import json_name, one_line

STDIN = "-"
STDIN_LABEL = "<stdin>"

_TOO_LARGE = f"{TOO_LARGE}; split it"

# How far past the size limit a JSONL reader looks for the end of an over-size record, so that
# the records after it are still read. An input with no line end that far (/dev/zero, a binary
# stream) is not JSON Lines: reading stops there, with an error.
SKIP_LIMIT = 16 * MAX_BYTES

# An id nested deeper than this is refused (its record is an error): printing it could exhaust
# Python's stack.
MAX_ID_DEPTH = 100


@dataclass(frozen=True, slots=True)
class Source:
    """Where a document came from: how messages and text headers name it (``label``), and what
    JSON output says of it (``fields``: "file", "line", "id")."""

    label: str
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Text:
    """A document read and decoded: the text to summarise."""

    text: str


@dataclass(frozen=True, slots=True)
class Html:
    """A web page read and decoded: its HTML source, and the address it came from."""

    html: str
    url: str | None = None


# One thing to summarise, as read: its text, a web page, or why it could not be read.
Document = Text | Html | Failure

# The types of web pages; anything else fetched is plain text ("text/plain") or refused.
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def _open(path: str) -> BinaryIO:
    if path == STDIN:
        from ..command.process import stdin_bytes

        stream = stdin_bytes()
        if stream is None:
            raise InputError("standard input is closed")
        return stream
    try:
        return open(path, "rb")  # closed by documents()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None


def _read(stream: BinaryIO, limit: int = MAX_BYTES) -> bytes:
    """All of ``stream``, or an error when it holds more than ``limit`` bytes."""
    try:
        data = stream.read(limit + 1)
    except IsADirectoryError:
        raise InputError("is a directory, not a file") from None
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None
    if len(data) > limit:
        raise InputError(f"the input is {_TOO_LARGE}")
    return data


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
    for _ in range(limit):
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
    """The document of one JSONL line: an object with a "text" (or an "html" page, and maybe
    its "url") and maybe an "id".

    Output stays strict JSON: a NaN or Infinity, which Python's reader takes but JSON does not
    have, or a number too large for a float (1e400), is carried as a string of what the input
    says ("NaN", "1e400").
    """
    try:
        record = json.loads(line, parse_constant=_constant, parse_float=_number)
    except RecursionError:
        return Source(label, fields), Failure("not valid JSON: nested too deeply")
    except ValueError as error:
        reason = f"not valid JSON ({error})" if line.strip() else "empty line"
        return Source(label, fields), Failure(reason)
    if not isinstance(record, dict):
        return Source(label, fields), Failure("not a JSON object")
    if "id" in record:
        if _nested_too_deep(record["id"]):
            return Source(label, fields), Failure(
                f"the id is nested more than {MAX_ID_DEPTH} levels deep"
            )
        fields = {**fields, "id": record["id"]}
        label += f" (id {one_line(json.dumps(record['id'], ensure_ascii=False))})"
    if isinstance(record.get("text"), str):
        return Source(label, fields), Text(record["text"])
    if isinstance(record.get("html"), str):
        url = record.get("url")
        return Source(label, fields), Html(record["html"], url if isinstance(url, str) else None)
    return Source(label, fields), Failure('no "text" or "html" field with a string value')


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
    ``encoding`` says which; two bytes in UTF-16, four in UTF-32) and decoded one by one, so the
    size limit and decoding errors are each record's own, whatever the encoding.
    """
    head = stream.read(4)
    try:
        codec, mark = line_codec(head, encoding)
    except RingkasError as error:
        yield 1, None, str(error)  # an encoding Python does not know
        return
    newline = "\n".encode(codec) if codec.startswith(("utf-16", "utf-32")) else b"\n"
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


def read_document(
    data: bytes, input_format: str, encoding: str | None, *, url: str | None = None
) -> Document:
    """The document in the bytes of a whole input: a web page when ``input_format`` says so, or
    is "auto" and the bytes are HTML; plain text otherwise."""
    if input_format == "html" or (input_format == "auto" and looks_like_html(data)):
        return Html(decode_html(data, encoding=encoding), url)
    return Text(decode(data, encoding))


def documents(
    paths: tuple[str, ...],
    input_format: str = "auto",
    encoding: str | None = None,
    timeout: float | None = None,
) -> Iterator[tuple[Source, Document]]:
    """The documents of ``paths`` (files, "-" for standard input, http and https links) in
    order: one per input, or one per line with ``input_format`` "jsonl"."""
    several_files = len(paths) > 1
    for path in paths:
        name = STDIN_LABEL if path == STDIN else path
        # A name is shown as one safe line, and in JSON as valid Unicode (names.py).
        source = Source(one_line(name), {"file": json_name(name)} if several_files else {})
        if is_url(path):
            yield from _page_documents(path, source, input_format, encoding, timeout)
            continue
        try:
            stream = _open(path)
        except RingkasError as error:
            yield source, Failure(str(error))
            continue
        try:
            if input_format == "jsonl":
                yield from _jsonl_documents(stream, source, encoding)
            else:
                try:
                    yield source, read_document(_read(stream), input_format, encoding)
                except RingkasError as error:
                    yield source, Failure(str(error))
        finally:
            if path != STDIN:
                stream.close()


def _page_documents(
    url: str, source: Source, input_format: str, encoding: str | None, timeout: float | None
) -> Iterator[tuple[Source, Document]]:
    """The document of a link: the page fetched, read as its type says."""
    from .fetch import fetch

    try:
        page = fetch(url, timeout=DEFAULT_TIMEOUT if timeout is None else timeout)
        if input_format == "jsonl":
            yield from _jsonl_documents(io.BytesIO(page.data), source, encoding)
            return
        html = page.media_type in _HTML_TYPES or (
            not page.media_type and looks_like_html(page.data)
        )
        if input_format == "html" or (input_format == "auto" and html):
            yield source, Html(decode_html(page.data, page.charset, encoding), page.url)
        else:
            yield source, Text(decode(page.data, encoding or page.charset))
    except RingkasError as error:
        yield source, Failure(str(error))


def _jsonl_documents(
    stream: BinaryIO, file: Source, encoding: str | None
) -> Iterator[tuple[Source, Document]]:
    try:
        for number, line, error in _lines(stream, encoding):
            fields = {**file.fields, "line": number}
            line_label = f"{file.label}, line {number}"
            if line is None:
                yield Source(line_label, fields), Failure(error)
            else:
                yield record_document(line, line_label, fields)
    except OSError as error:
        # Decoding and size problems are records' errors already; a failing read (a disk or
        # network error part way through) ends the file with one error document.
        yield file, Failure(error.strerror or str(error))


def count_documents(paths: tuple[str, ...], jsonl: bool) -> int | None:
    """How many documents ``documents()`` will yield for ``paths``, without parsing them
    (for a progress line's time left); None when standard input or a link of JSONL is among
    them."""
    if STDIN in paths or (jsonl and any(is_url(path) for path in paths)):
        return None
    if not jsonl:
        return len(paths)
    total = 0
    for path in paths:
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):
                return None  # a device or a pipe (/dev/zero) may never end
            with open(path, "rb") as handle:
                last = b"\n"
                for block in iter(lambda: handle.read(1 << 20), b""):
                    total += block.count(b"\n")
                    last = block[-1:]
                total += last != b"\n"
        except OSError:
            total += 1  # reported as one error document
    return total
