"""Turn the inputs a user names (files, standard input, links, JSON Lines files) into documents.

A document is decoded text of one kind (``KINDS``: plain text, or a web page recognised by its
content unless the user says which), or the reason it could not be read. Whole inputs are read
at once; a link (http or https) is fetched, and only then is the network used. JSON Lines inputs
are streamed a record at a time (``jsonl.py``). A problem with one input or one record becomes
that document's ``Failure``; the others go on.
"""

from __future__ import annotations

import io
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator
from typing import BinaryIO

from ..errors import InputError, RingkasError
from ..model import Decoded, Document, Failure, Source
from . import JSONL, KINDS, kind_of
from .fetch import is_url, without_password
from .jsonl import jsonl_documents
from .limits import DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT, MAX_BYTES, TOO_LARGE
from .names import json_name, one_line

STDIN = "-"
STDIN_LABEL = "<stdin>"

# A web address without its scheme, as copied from a browser's address bar: a host name (with
# "www." or followed by a path) and whatever follows ("www.detik.com/berita/...",
# "kompas.com/read/...").
_SCHEMELESS_LINK = re.compile(
    r"(?:www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[:/?#]\S*)?"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?/\S*)\Z",
    re.IGNORECASE,
)

# Standard input as a binary stream, or None when it is closed. The command gives one that
# also waits on a non-blocking descriptor.
Stdin = Callable[[], BinaryIO | None]


def _standard_input() -> BinaryIO | None:
    return sys.stdin.buffer if sys.stdin is not None else None


def _open(path: str, stdin: Stdin) -> BinaryIO:
    if path == STDIN:
        stream = stdin()
        if stream is None:
            raise InputError("standard input is closed")
        return stream
    try:
        return open(path, "rb")  # closed by documents()
    except FileNotFoundError:
        if _SCHEMELESS_LINK.match(path):
            raise InputError("no such file; did you mean https://{link}", link=path) from None
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
        raise InputError(f"the input is {TOO_LARGE}; split it")
    return data


def read_document(
    data: bytes,
    input_format: str,
    encoding: str | None,
    *,
    url: str | None = None,
    media_type: str | None = None,
    charset: str | None = None,
) -> Decoded:
    """The document in the bytes of a whole input: of the kind ``input_format`` names, or with
    "auto" of the kind a link's ``media_type`` or else the content says (``kind_of``)."""
    kind = KINDS[input_format] if input_format in KINDS else kind_of(data, media_type)
    return Decoded(kind.name, kind.decode(data, charset, encoding), url)


def documents(
    paths: tuple[str, ...],
    input_format: str = "auto",
    encoding: str | None = None,
    timeout: float | None = None,
    stdin: Stdin = _standard_input,
    max_pages: int = DEFAULT_MAX_PAGES,
) -> Iterator[tuple[Source, Document]]:
    """The documents of ``paths`` (files, "-" for standard input, http and https links) in
    order: one per input, or one per line with ``input_format`` "jsonl". A link to a story
    told over several pages gives the whole story, at most ``max_pages`` pages of it
    (``story.py``)."""
    several_files = len(paths) > 1
    for path in paths:
        name = STDIN_LABEL if path == STDIN else without_password(path) if is_url(path) else path
        # A name is shown as one safe line, and in JSON as valid Unicode (names.py).
        source = Source(one_line(name), {"file": json_name(name)} if several_files else {})
        if is_url(path):
            yield from _page_documents(path, source, input_format, encoding, timeout, max_pages)
            continue
        try:
            stream = _open(path, stdin)
        except RingkasError as error:
            yield source, Failure.of(error)
            continue
        try:
            if input_format == JSONL:
                yield from jsonl_documents(stream, source, encoding)
            else:
                try:
                    yield source, read_document(_read(stream), input_format, encoding)
                except RingkasError as error:
                    yield source, Failure.of(error)
        finally:
            if path != STDIN:
                stream.close()


def _page_documents(
    url: str,
    source: Source,
    input_format: str,
    encoding: str | None,
    timeout: float | None,
    max_pages: int,
) -> Iterator[tuple[Source, Document]]:
    """The document of a link: the page fetched, read as its type says; a web page with the
    rest of its story."""
    from .fetch import fetch
    from .story import read_story

    wait = DEFAULT_TIMEOUT if timeout is None else timeout
    try:
        page = fetch(url, timeout=wait)
        if input_format == JSONL:
            yield from jsonl_documents(io.BytesIO(page.data), source, encoding)
            return
        document = read_document(
            page.data,
            input_format,
            encoding,
            url=page.url,
            media_type=page.media_type,
            charset=page.charset,
        )
        if document.kind == "html":
            document = read_story(page, document.text, wait, encoding, max_pages)
        yield source, document
    except RingkasError as error:
        yield source, Failure.of(error)


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
