"""Every input the fuzzer (benchmarks/fuzz.py) found a fault with, replayed as a test: read as
a text, as JSON Lines and as a web page, as the fuzzer reads it."""

from __future__ import annotations

import contextlib
import html as html_module
import io
from pathlib import Path

import pytest

from ringkas import split
from ringkas.errors import RingkasError
from ringkas.model import Decoded, Failure, Source
from ringkas.read.decode import decode, decode_html
from ringkas.read.inputs import documents
from ringkas.read.jsonl import _lines, record_document
from ringkas.read.markup import blocks, parse
from ringkas.read.page import read_html

from .text.test_segment import _check_invariants

FINDINGS = sorted((Path(__file__).parent / "fuzz_regressions").glob("*.bin"))


def _check_page(html: str) -> None:
    for block in blocks(parse(html)):  # every character shown comes from the source it says
        for char, start, end in zip(block.text, block.starts, block.ends, strict=True):
            assert char.isspace() or char in html_module.unescape(html[start:end])
    with contextlib.suppress(RingkasError):
        result = split(read_html(html))
        assert all(0 <= s.start < s.end <= len(html) for s in result.sentences)


@pytest.mark.parametrize("path", FINDINGS, ids=[p.stem for p in FINDINGS])
def test_fuzz_finding_is_handled(path: Path) -> None:
    """The finding decodes or fails with ringkas's own error, as text, as JSON Lines and as a
    web page; nothing else is raised."""
    data = path.read_bytes()
    with contextlib.suppress(RingkasError):
        _check_invariants(decode(data))
    for _number, line, error in _lines(io.BytesIO(data), None):
        if line is None:
            assert error
        else:
            _, document = record_document(line, "fuzz", {})
            if isinstance(document, Decoded) and document.kind == "text":
                _check_invariants(document.text)
            elif isinstance(document, Decoded) and document.kind == "html":
                _check_page(document.text)
    _check_page(decode_html(data))


def test_undecodable_utf16_jsonl_is_one_error_record(tmp_path: Path) -> None:
    """JSONL with a UTF-16 mark whose bytes do not decode: one error document, no exception."""
    path = tmp_path / "rusak.jsonl"
    path.write_bytes(
        (Path(__file__).parent / "fuzz_regressions" / "utf16-jsonl-undecodable.bin").read_bytes()
    )
    ((source, document),) = documents((str(path),), input_format="jsonl")
    assert isinstance(document, Failure)
    assert document.message.startswith("not valid utf-16")
    assert source == Source(f"{path}, line 1", {"line": 1})
