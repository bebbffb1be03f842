"""Every input the fuzzer (benchmarks/fuzz.py) found a fault with, replayed as a test."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from ringkas.decode import decode
from ringkas.errors import RingkasError
from ringkas.inputs import _lines, documents, record_document

from .test_segment import _check_invariants

FINDINGS = sorted((Path(__file__).parent / "fuzz_regressions").glob("*.bin"))


@pytest.mark.parametrize("path", FINDINGS, ids=[p.stem for p in FINDINGS])
def test_fuzz_finding_is_handled(path: Path) -> None:
    """The finding decodes or fails with ringkas's own error, and JSONL reading never raises."""
    data = path.read_bytes()
    with contextlib.suppress(RingkasError):
        _check_invariants(decode(data))
    for _number, line, error in _lines(io.BytesIO(data), None):
        if line is None:
            assert error
        else:
            record = record_document(line, "fuzz", {})
            if record.text is not None:
                _check_invariants(record.text)


def test_undecodable_utf16_jsonl_is_one_error_record(tmp_path: Path) -> None:
    """JSONL with a UTF-16 mark whose bytes do not decode: one error document, no exception."""
    path = tmp_path / "rusak.jsonl"
    path.write_bytes(
        (Path(__file__).parent / "fuzz_regressions" / "utf16-jsonl-undecodable.bin").read_bytes()
    )
    docs = list(documents((str(path),), jsonl=True, encoding=None))
    assert len(docs) == 1
    assert docs[0].error is not None and docs[0].error.startswith("not valid utf-16")
    assert docs[0].fields == {"line": 1}
