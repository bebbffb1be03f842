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
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from .decode import codec_for, decode, decode_html, looks_like_html
from .errors import InputError, RingkasError
from .fetch import is_url
from .limits import DEFAULT_TIMEOUT, MAX_BYTES, TOO_LARGE
from .model import Failure

STDIN = "-"
STDIN_LABEL = "<stdin>"

_TOO_LARGE = f"{TOO_LARGE}; split it"


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
        return sys.stdin.buffer
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


def record_document(line: str, label: str, fields: Mapping[str, Any]) -> tuple[Source, Document]:
    """The document of one JSONL line: an object with a "text" (or an "html" page, and maybe
    its "url") and maybe an "id"."""
    try:
        record = json.loads(line)
    except ValueError as error:
        reason = f"not valid JSON ({error})" if line.strip() else "empty line"
        return Source(label, fields), Failure(reason)
    if not isinstance(record, dict):
        return Source(label, fields), Failure("not a JSON object")
    if "id" in record:
        fields = {**fields, "id": record["id"]}
        label += f" (id {json.dumps(record['id'], ensure_ascii=False)})"
    if isinstance(record.get("text"), str):
        return Source(label, fields), Text(record["text"])
    if isinstance(record.get("html"), str):
        url = record.get("url")
        return Source(label, fields), Html(record["html"], url if isinstance(url, str) else None)
    return Source(label, fields), Failure('no "text" or "html" field with a string value')


def _raw_lines(head: bytes, stream: BinaryIO) -> Iterator[bytes | None]:
    """The lines of ``head`` followed by ``stream``, without their LF, read one at a time.

    A line longer than MAX_BYTES is read past, not kept, and comes out as None.
    """
    buffer = head
    while True:
        end = buffer.find(b"\n")
        if end >= 0:
            yield buffer[:end]
            buffer = buffer[end + 1 :]
            continue
        more = stream.readline(MAX_BYTES + 1 - len(buffer))
        if not more:
            if buffer:
                yield buffer
            return
        buffer += more
        if len(buffer) > MAX_BYTES and not buffer.endswith(b"\n"):
            while more and not more.endswith(b"\n"):
                more = stream.readline(MAX_BYTES)
            yield None
            buffer = b""


def _lines(stream: BinaryIO, encoding: str | None) -> Iterator[tuple[int, str | None, str]]:
    """(number, line, error) for each line of a JSONL stream; line is None when it is bad.

    Lines are split at LF in the raw bytes and decoded one by one, which is exact for UTF-8
    and every ASCII-compatible encoding; a line that does not decode is that record's error.
    UTF-16 and UTF-32 input is decoded as a whole instead.
    """
    head = stream.read(4)
    if codec_for(head, encoding).startswith(("utf-16", "utf-32")):
        try:
            text = decode(head + _read(stream), encoding).removesuffix("\n")
        except RingkasError as error:
            yield 1, None, str(error)  # the file as a whole does not decode
            return
        for number, line in enumerate(text.split("\n"), start=1):
            yield number, line.removesuffix("\r"), ""
        return
    for number, raw in enumerate(_raw_lines(head, stream), start=1):
        if raw is None:
            yield number, None, f"the record is {_TOO_LARGE}"
            continue
        try:
            yield number, decode(raw, encoding).removesuffix("\r"), ""
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
        label = STDIN_LABEL if path == STDIN else path
        source = Source(label, {"file": label} if several_files else {})
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
            if stream is not sys.stdin.buffer:
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
            with open(path, "rb") as handle:
                last = b"\n"
                for block in iter(lambda: handle.read(1 << 20), b""):
                    total += block.count(b"\n")
                    last = block[-1:]
                total += last != b"\n"
        except OSError:
            total += 1  # reported as one error document
    return total
