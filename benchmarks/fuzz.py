"""Fuzz the splitter and the input decoding with atheris (coverage-guided, libFuzzer).

Every input the fuzzer makes is read the two ways the command reads input: as a whole text
(decode, then split) and as JSONL (line by line, each line decoded and parsed). Anything other
than a clean result or one of ringkas's own errors is a finding, and so is a broken splitter
invariant: every sentence is exactly ``text[start:end]``, sentences increase and do not
overlap, only white space lies between them, and no non-white text is left out.

Run for ten minutes, seeded with the sample articles, from the repository root::

    .venv/bin/pip install -e '.[fuzz]'
    mkdir -p /tmp/fuzz-corpus && cp samples/*.txt /tmp/fuzz-corpus/
    .venv/bin/python benchmarks/fuzz.py /tmp/fuzz-corpus -max_total_time=600 -max_len=8192

libFuzzer prints the number of inputs run ("#N DONE ...") at the end; a crash is saved as
``crash-*`` in the current directory. Every finding becomes a regression test in tests/.
"""

from __future__ import annotations

import io
import sys

import atheris

with atheris.instrument_imports():
    from ringkas.decode import decode
    from ringkas.errors import RingkasError
    from ringkas.inputs import Text, _lines, record_document
    from ringkas.segment import split_sentences


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


def test_one_input(data: bytes) -> None:
    try:
        text = decode(data)
    except RingkasError:
        pass
    else:
        check_split(text)
    for _number, line, _error in _lines(io.BytesIO(data), None):
        if line is not None:
            _, document = record_document(line, "fuzz", {})
            if isinstance(document, Text):
                check_split(document.text)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
