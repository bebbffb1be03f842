"""Fuzz the readers and the splitter with atheris (coverage-guided, libFuzzer).

Every input the fuzzer makes is read the three ways the command reads input:

- as a whole text: decoded, then split;
- as JSON Lines: line by line (the encoding as its byte-order mark says), each line decoded and
  parsed as a record, the record's id and error written as strict JSON, its text split and its
  page read;
- as a web page: decoded as a browser would, laid out into blocks, its article found and split.

Anything other than a clean result or one of ringkas's own errors (RingkasError) is a finding,
and so is a broken invariant: every sentence is exactly ``text[start:end]``, sentences increase
and do not overlap, only white space lies between them, and no non-white text is left out;
every character a page's block shows comes from the source it says; the title, the dateline and
the sentences of a page's article lie in the page, in order.

Run for ten minutes, seeded with the sample articles and pages, from the repository root::

    .venv/bin/pip install -e '.[fuzz]'
    mkdir -p /tmp/fuzz-corpus && cp samples/*.txt samples/*.html /tmp/fuzz-corpus/
    .venv/bin/python benchmarks/fuzz.py /tmp/fuzz-corpus -max_total_time=600 -max_len=8192

libFuzzer prints the number of inputs run ("#N DONE ...") at the end; a crash is saved as
``crash-*`` in the current directory. Every finding goes to tests/fuzz_regressions/ and is
replayed by tests/test_fuzz_regressions.py.
"""

from __future__ import annotations

import contextlib
import html as html_module
import io
import sys

import atheris

with atheris.instrument_imports():
    from ringkas import split
    from ringkas.errors import RingkasError
    from ringkas.model import Article, Decoded, Failure
    from ringkas.read.decode import decode, decode_html
    from ringkas.read.jsonl import _lines, record_document
    from ringkas.read.markup import blocks, parse
    from ringkas.read.page import read_html
    from ringkas.text.segment import split_sentences
    from ringkas.write.json import JsonLinesWriter
    from ringkas.write.writer import Settings


def check_split(text: str) -> None:
    """The splitter's invariants on ``text``; an AssertionError is a finding."""
    previous_end = 0
    for number, sentence in enumerate(split_sentences(text)):
        assert sentence.index == number
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text and sentence.text == sentence.text.strip()
        assert sentence.start >= previous_end
        assert not text[previous_end : sentence.start].strip()
        previous_end = sentence.end
    assert not text[previous_end:].strip()


def check_page(source: str, url: str | None = None) -> None:
    """A page's blocks show what their source says; its article's pieces lie in the page, in
    order, each over source that shows something."""
    for block in blocks(parse(source)):
        for char, start, end in zip(block.text, block.starts, block.ends, strict=True):
            assert char.isspace() or char in html_module.unescape(source[start:end])
    try:
        article: Article = read_html(source, url)
    except RingkasError:
        return
    check_split(article.text)
    try:
        result = split(article)
    except RingkasError:
        return
    for piece in (result.title, result.dateline):
        assert piece is None or 0 <= piece.start < piece.end <= len(source)
    previous = -1
    for sentence in result.sentences:
        assert previous < sentence.start < sentence.end <= len(source)
        previous = sentence.start


def check_input(data: bytes) -> None:
    """Read ``data`` as text, as JSON Lines and as a web page; raise on a finding."""
    with contextlib.suppress(RingkasError):
        check_split(decode(data))
    writer = JsonLinesWriter(Settings(several=True))
    for number, line, error in _lines(io.BytesIO(data), None):
        if line is None:
            assert error
            continue
        source, document = record_document(line, "fuzz", {"line": number})
        match document:
            case Decoded(kind="text", text=text):
                check_split(text)
            case Decoded(kind="html", text=page, url=url):
                check_page(page, url)
            case Failure(message=message):
                assert message
        writer.document(source.label, source.fields, Failure("-"))  # strict JSON, or raises
    with contextlib.suppress(RingkasError):
        check_page(decode_html(data))


def main() -> None:
    atheris.Setup(sys.argv, check_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
