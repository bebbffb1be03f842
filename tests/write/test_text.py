"""Rendering summaries for people and for programs."""

from __future__ import annotations

import json

from ringkas.model import Dateline, Sentence, Span, Summary
from ringkas.write.json import sentence_dict, summary_dict, to_json
from ringkas.write.plain import summary_plain
from ringkas.write.text import header_text, summary_text

from ..conftest import HOSTILE, invoke

SENTENCE = Sentence(
    index=4, paragraph=1, start=120, end=151, line=3, column=9,
    text="Harga naik\r\n  lagi \x1b[31mhari ini.", score=0.123456789, rank=2,
)  # fmt: skip


def test_sentence_dict_has_every_field_in_order() -> None:
    """The JSON object of a sentence has the documented fields, score to six digits."""
    assert sentence_dict(SENTENCE) == {
        "index": 4,
        "paragraph": 1,
        "start": 120,
        "end": 151,
        "line": 3,
        "column": 9,
        "score": 0.123457,
        "rank": 2,
        "boilerplate": False,
        "furniture": None,
        "text": "Harga naik\r\n  lagi \x1b[31mhari ini.",
    }
    assert list(sentence_dict(SENTENCE)) == [
        "index", "paragraph", "start", "end", "line", "column", "score", "rank", "boilerplate",
        "furniture", "text",
    ]  # fmt: skip


def test_text_shows_position_one_based_and_text_on_one_line() -> None:
    """Text output counts sentences and paragraphs from 1 and escapes terminal controls."""
    assert summary_text(Summary(sentences=(SENTENCE,), total_sentences=9)) == (
        "1 of 9 sentences, 5 words\n\n"
        "Sentence 5 of 9 | paragraph 2 | line 3, column 9 | chars 120-151 | rank 2\n"
        "  Harga naik lagi \\x1b[31mhari ini.\n"
    )


def test_unranked_sentence_has_no_rank_in_text() -> None:
    """--split output shows no rank."""
    plain = Sentence(index=0, paragraph=0, start=0, end=5, line=1, column=1, text="Halo.")
    assert summary_text(Summary(sentences=(plain,), total_sentences=1)) == (
        "1 of 1 sentence, 1 word\n\n"
        "Sentence 1 of 1 | paragraph 1 | line 1, column 1 | chars 0-5\n  Halo.\n"
    )


def test_json_keeps_indonesian_readable_and_escapes_controls() -> None:
    """JSON leaves letters and quotes as they are but escapes every control character."""
    text = to_json({"text": "“Café”\x1b\x85\u2028"})
    assert text == '{"text": "“Café”\\u001b\\u0085\\u2028"}'
    assert json.loads(text) == {"text": "“Café”\x1b\x85\u2028"}


def test_summary_dict_puts_labels_first() -> None:
    """A document object starts with its labels, then what is known of the document, then
    counts, then sentences."""
    summary = Summary(sentences=(SENTENCE,), total_sentences=9)
    obj = summary_dict(summary, {"file": "a.txt"})
    assert list(obj) == ["file", "total_sentences", "words", "sentences"]
    dated = Summary(
        sentences=(SENTENCE,),
        total_sentences=9,
        title=Span(text="Harga Naik", start=0, end=10, line=1, column=1),
        dateline=Dateline(text="JAKARTA -", start=12, end=21, line=3, column=1, place="JAKARTA"),
        url="https://kabarkita.example/a",
    )
    obj = summary_dict(dated, {"file": "a.txt"})
    assert list(obj) == [
        "file", "title", "dateline", "url", "total_sentences", "words", "sentences"
    ]  # fmt: skip
    assert obj["dateline"] == {
        "text": "JAKARTA -", "start": 12, "end": 21, "line": 3, "column": 1, "place": "JAKARTA"
    }  # fmt: skip
    assert summary_text(dated).startswith(
        "Title: Harga Naik | line 1, column 1 | chars 0-10\n"
        "Dateline: JAKARTA - | line 3, column 1 | chars 12-21\n"
        "URL: https://kabarkita.example/a\n"
        "1 of 9 sentences, 5 words\n\n"
    )


def test_header_escapes_controls_in_names() -> None:
    """A file name cannot act on the terminal either."""
    assert header_text("a\x1b.txt") == "==> a\\x1b.txt <=="


def test_on_a_terminal_every_line_fits() -> None:
    """With a terminal's width: shorter headers, broken between their parts, and the text
    wrapped under its header, indented; nothing wider than the terminal."""
    titled = Summary(
        sentences=(SENTENCE,),
        total_sentences=9,
        title=Span(
            text="Judul berita yang panjang sekali hari ini", start=0, end=41, line=1, column=1
        ),
    )
    assert summary_text(titled, width=30) == (
        "Title: Judul berita yang\n"
        "    panjang sekali hari ini |\n"
        "    1:1 | chars 0-41\n"
        "1 of 9 sentences, 5 words\n"
        "\n"
        "Sentence 5/9 | para 2 | 3:9 |\n"
        "    chars 120-151 | rank 2\n"
        "  Harga naik lagi \\x1b[31mhari\n"
        "  ini.\n"
    )
    furniture = Sentence(
        index=12344, paragraph=3456, start=1234567, end=1234890, line=12345, column=678,
        text="Baca juga: Harga cabai turun", furniture="cross-link",
    )  # fmt: skip
    assert summary_text(Summary(sentences=(furniture,), total_sentences=20000), width=60) == (
        "1 of 20000 sentences, 5 words\n"
        "\n"
        "Sentence 12345/20000 | para 3457 | 12345:678 |\n"
        "    chars 1234567-1234890 | cross-link\n"
        "  Baca juga: Harga cabai turun\n"
    )


def test_plain_is_one_paragraph() -> None:
    """-f plain: the sentences as one paragraph, their line breaks and controls as in text;
    on a terminal, filled to its width."""
    other = Sentence(
        index=5, paragraph=1, start=152, end=170, line=4, column=1, text="Petani senang."
    )
    summary = Summary(sentences=(SENTENCE, other), total_sentences=9)
    assert summary_plain(summary) == "Harga naik lagi \\x1b[31mhari ini. Petani senang.\n"
    assert summary_plain(summary, width=25) == (
        "Harga naik lagi\n\\x1b[31mhari ini. Petani\nsenang.\n"
    )


def test_text_output_shows_controls_escaped() -> None:
    """Text output never emits ESC, BEL, backspace or C1 controls from the input."""
    done = invoke("--split", stdin=HOSTILE.encode())
    out = done.stdout
    assert not any(ch in out for ch in "\x1b\x07\x08\x9b\x85")
    assert "\\x1b]0;diretas\\x07" in out and "\\x9b31m" in out
