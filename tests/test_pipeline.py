"""Selecting sentences: how many, which, in what order, and the library's errors."""

from __future__ import annotations

import json
import math
import warnings
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ringkas import METHODS, EmptyInputError, Summary, split, summarize

from .conftest import invoke, jsonl_bytes, output_lines

# Sentence 1 and 2 share words; 3 is an exact repeat of 1; 4 stands alone.
TEXT = (
    "Harga beras di pasar Jakarta naik tajam. "
    "Pedagang beras di pasar mengeluhkan harga yang naik. "
    "Harga beras di pasar Jakarta naik tajam. "
    "Hujan turun sore hari."
)


def _indexes(summary: Summary) -> list[int]:
    return [s.index for s in summary.sentences]


def test_default_is_about_sixty_words_in_document_order(seed_text: str) -> None:
    """Without a request, the best sentences whose word count comes closest to 60, in
    document order; the dateline is not part of the first."""
    summary = summarize(seed_text)
    assert summary.total_sentences == 19
    assert _indexes(summary) == [0, 1, 2, 3]
    assert [s.rank for s in summary.sentences] == [1, 2, 3, 4]
    assert summary.words == 58
    assert summary.sentences[0].text.startswith("Menteri Luar Negeri Iran, ")


def test_rank_order_puts_best_first(seed_text: str) -> None:
    """order="rank" lists the same choice best first."""
    assert [s.rank for s in summarize(seed_text, sentences=5, order="rank").sentences] == [
        1,
        2,
        3,
        4,
        5,
    ]


def test_every_sentence_has_score_and_rank(seed_text: str) -> None:
    """Chosen sentences carry their score and rank; ranks follow scores."""
    summary = summarize(seed_text, sentences=19, order="rank")
    scores = [s.score for s in summary.sentences]
    assert all(isinstance(x, float) for x in scores)
    assert scores == sorted(scores, reverse=True)  # type: ignore[type-var]


def test_repeated_sentence_is_never_chosen_twice() -> None:
    """A sentence that repeats a chosen one is skipped; the original keeps its position."""
    summary = summarize(TEXT, sentences=4)
    assert _indexes(summary) == [0, 1, 3]
    assert summary.sentences[0].start == 0


def test_ranks_count_only_sentences_that_can_be_chosen() -> None:
    """A skipped repeat or near-repeat takes no rank: a summary's ranks run 1, 2, 3."""
    summary = summarize(TEXT, sentences=4, order="rank")
    assert [s.rank for s in summary.sentences] == [1, 2, 3]
    text = (
        "Presiden meresmikan jalan tol Trans Sumatra di Lampung. "
        "Jalan tol Trans Sumatra di Lampung diresmikan Presiden. "
        "Tol itu memangkas waktu tempuh hingga tiga jam."
    )
    ranked = summarize(text, sentences=2, order="rank").sentences
    assert [(s.index, s.rank) for s in ranked] == [(0, 1), (2, 2)]


def test_more_than_there_are_returns_all_distinct() -> None:
    """Asking for more sentences than the text has returns every distinct one."""
    assert _indexes(summarize("Satu. Dua.", sentences=10)) == [0, 1]


def test_ties_go_to_the_earlier_sentence() -> None:
    """Sentences with equal scores are ranked in document order."""
    summary = summarize("Satu. Dua. Tiga.", sentences=3, order="rank")
    assert _indexes(summary) == [0, 1, 2]


@pytest.mark.parametrize(
    ("ratio", "expected"),
    [(0.01, 1), (0.25, 1), (0.5, 2), (0.75, 3), (1.0, 4)],
)
def test_ratio_rounds_half_up_and_keeps_at_least_one(ratio: float, expected: int) -> None:
    """ratio picks that fraction of the 4 sentences, rounded half up, at least one."""
    text = "Gempa di Lombok. Gempa di Bali. Banjir di Jakarta. Banjir di Bogor."
    assert len(summarize(text, ratio=ratio).sentences) == expected


def test_ratio_is_not_fooled_by_floating_point() -> None:
    """0.3 of 10 sentences is 3, although 0.3 * 10 is 3.0000000000000004."""
    text = " ".join(
        f"{city} dilanda {event}."
        for city, event in zip(
            "Aceh Medan Padang Jambi Palembang Bengkulu Lampung Banten Bandung Semarang".split(),
            "banjir gempa longsor kebakaran angin kekeringan tsunami kabut abrasi puting".split(),
            strict=True,
        )
    )
    assert len(summarize(text, ratio=0.3).sentences) == 3


# -- length in words: the prefix of the ranking closest to the target ----------------------

_VOCABULARY = (
    "gempa banjir longsor kebakaran angin kekeringan tsunami kabut abrasi puting beliung "
    "pasar harga beras cabai bawang minyak gula garam telur daging ikan sayur buah kopi teh "
    "jalan tol jembatan bandara pelabuhan stasiun terminal kereta kapal pesawat bus truk motor "
    "sekolah guru murid kampus dosen buku perpustakaan ujian nilai rapor kelas seragam tas "
    "rumah sakit dokter perawat obat vaksin klinik pasien apotek ambulans darah jantung paru"
).split()


def _tiny(*lengths: int) -> str:
    """A document of one-line paragraphs of exactly these many words each, no two sharing a
    word."""
    sentences = []
    for number, length in enumerate(lengths):
        own = _VOCABULARY[5 * number : 5 * number + 5]
        sentence = " ".join(own[k % 5] for k in range(length))
        sentences.append(sentence.capitalize() + ".")
    return "\n\n".join(sentences)


def _lead(text: str, words: int) -> list[int]:
    """The sentences of a summary of about ``words`` words ranked by position."""
    return _indexes(summarize(text, words=words, method="lead"))


@pytest.mark.parametrize(
    ("lengths", "words", "expected"),
    [
        pytest.param((10, 10, 10, 10), 20, [0, 1], id="exact"),
        pytest.param((10, 10, 10, 10), 24, [0, 1], id="nearer-the-shorter"),
        pytest.param((10, 10, 10, 10), 25, [0, 1], id="tie-goes-to-the-shorter"),
        pytest.param((10, 10, 10, 10), 26, [0, 1, 2], id="nearer-the-longer"),
        pytest.param((10, 10, 10, 10), 3, [0], id="less-than-the-first-sentence"),
        pytest.param((10, 10, 10, 10), 1, [0], id="one-word-is-never-empty"),
        pytest.param((10, 10, 10, 10), 1000, [0, 1, 2, 3], id="more-than-the-article"),
        pytest.param((40, 5, 5), 10, [0], id="one-long-sentence-first"),
        pytest.param((5, 40, 5), 30, [0, 1], id="a-long-sentence-that-comes-closer"),
        pytest.param((5, 40, 5), 20, [0], id="a-long-sentence-that-goes-further"),
        pytest.param((5, 40, 5), 22, [0], id="a-long-sentence-at-a-tie"),
        pytest.param((7,), 60, [0], id="a-single-sentence"),
    ],
)
def test_words_takes_the_prefix_of_the_ranking_closest_to_the_target(
    lengths: tuple[int, ...], words: int, expected: list[int]
) -> None:
    """words=W: of the prefixes of the ranking, the one whose word count is closest to W; a
    tie goes to the shorter, and the summary is never empty."""
    assert _lead(_tiny(*lengths), words) == expected


def test_words_counts_what_a_reader_counts() -> None:
    """A summary's length is its words as runs of characters between spaces."""
    summary = summarize(_tiny(10, 10, 10, 10), words=25, method="lead")
    assert summary.words == 20


def test_the_default_is_about_sixty_words() -> None:
    """Without a request, the summary comes closest to 60 words."""
    assert _indexes(summarize(_tiny(*[12] * 8), method="lead")) == [0, 1, 2, 3, 4]
    assert _indexes(summarize(_tiny(*[8] * 10), method="lead")) == [0, 1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize("method", METHODS)
def test_every_method_honours_the_length_rules(seed_text: str, method: str) -> None:
    """Whatever the method, words=W is the prefix of its ranking closest to W, sentences=N
    its first N, and ratio that share of the sentences."""
    ranking = summarize(seed_text, sentences=19, order="rank", method=method).sentences
    counts = [len(s.text.split()) for s in ranking]
    for target in (1, 25, 40, 60, 90, 1000):
        prefixes = [sum(counts[:n]) for n in range(1, len(counts) + 1)]
        best = min(range(len(prefixes)), key=lambda n: (abs(prefixes[n] - target), n))
        chosen = summarize(seed_text, words=target, order="rank", method=method).sentences
        assert chosen == ranking[: best + 1]
    assert summarize(seed_text, sentences=3, order="rank", method=method).sentences == ranking[:3]
    assert len(summarize(seed_text, ratio=0.5, method=method).sentences) == 10


def test_split_returns_every_sentence_unranked() -> None:
    """split gives all sentences, duplicates included, with no score or rank."""
    result = split(TEXT)
    assert result.total_sentences == 4
    assert [(s.score, s.rank) for s in result.sentences] == [(None, None)] * 4


def test_a_list_items_bullet_is_no_part_of_its_sentence() -> None:
    """A bullet that opens a line ("* ", "• ", "- ") is left out of its item's sentence, as white
    space is; a dash inside a line, and a letter used as a bullet, stay."""
    text = (
        "Pemerintah menyiapkan tiga langkah:\n\n"
        "* Operasi pasar digelar di 20 titik.\n"
        "•  Stok Bulog dilepas ke pasar.\n"
        "  - Impor ditunda hingga panen.\n"
        "o Harga dipantau tiap hari.\n\n"
        "Harga naik - kata pedagang - sejak Senin.\n"
    )
    sentences = split(text).sentences
    assert [(s.text, s.line, s.column) for s in sentences] == [
        ("Pemerintah menyiapkan tiga langkah:", 1, 1),
        ("Operasi pasar digelar di 20 titik.", 3, 3),
        ("Stok Bulog dilepas ke pasar.", 4, 4),
        ("Impor ditunda hingga panen.", 5, 5),
        ("o Harga dipantau tiap hari.", 6, 1),
        ("Harga naik - kata pedagang - sejak Senin.", 8, 1),
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    covered = set().union(*(range(s.start, s.end) for s in sentences))
    left_out = "".join(c for n, c in enumerate(text) if n not in covered and not c.isspace())
    assert left_out == "*•-"


def test_marks_without_a_word_close_the_sentence_before_them_on_its_line() -> None:
    """Emoji after a sentence on its line ("... itu. 🙏") are part of it, not a sentence of
    their own or the start of the next; in a paragraph of their own they stand apart."""
    text = (
        "Bulog menyiapkan 50 ribu ton beras. 🙏🙏\nHarga turun pekan depan. 👍 Pedagang lega.\n\n"
        "🔥🔥🔥\n"
    )
    assert [s.text for s in split(text).sentences] == [
        "Bulog menyiapkan 50 ribu ton beras. 🙏🙏",
        "Harga turun pekan depan. 👍",
        "Pedagang lega.",
        "🔥🔥🔥",
    ]


@pytest.mark.parametrize("text", ["", " ", "\n\n\t\r\n"])
def test_empty_input_is_an_error(text: str) -> None:
    """Empty or white-space-only text raises EmptyInputError, for summarize and split."""
    with pytest.raises(EmptyInputError):
        summarize(text)
    with pytest.raises(EmptyInputError):
        split(text)


@pytest.mark.parametrize(
    "request_",
    [
        {"sentences": 0},
        {"ratio": 0.0},
        {"ratio": 1.5},
        {"words": 0},
        {"sentences": 2, "ratio": 0.5},
        {"order": "random"},
    ],
)
def test_nonsense_requests_raise_value_error(request_: dict[str, object]) -> None:
    """Requests that make no sense raise ValueError."""
    with pytest.raises(ValueError):
        summarize("Satu. Dua.", **request_)  # type: ignore[arg-type]


def test_same_input_same_summary(seed_text: str) -> None:
    """Summaries are deterministic."""
    assert summarize(seed_text) == summarize(seed_text)


# -- methods -----------------------------------------------------------------------------------

DUPLICATE_HEAVY = " ".join(
    ["Harga beras naik."] * 5 + ["Petani senang."] * 3 + ["Harga beras naik tajam di pasar."]
)


@pytest.mark.parametrize("method", METHODS)
def test_every_method_handles_one_sentence(method: str) -> None:
    """A one-sentence text is its own summary, rank 1, under every method."""
    summary = summarize("Gempa mengguncang Lombok.", method=method)
    assert [(s.index, s.rank) for s in summary.sentences] == [(0, 1)]


@pytest.mark.parametrize("method", METHODS)
def test_every_method_handles_duplicate_heavy_text(method: str) -> None:
    """Repeated sentences are never chosen twice, under every method."""
    summary = summarize(DUPLICATE_HEAVY, sentences=5, method=method)
    texts = [s.text for s in summary.sentences]
    assert len(texts) == len(set(texts))
    assert summary.total_sentences == 9


@pytest.mark.parametrize("method", METHODS)
def test_every_method_handles_one_word_sentences(method: str) -> None:
    """One-word sentences (and stop words only) do not break any method."""
    summary = summarize("Hujan. Banjir. Yang. Hujan.", sentences=4, method=method)
    assert sorted(s.index for s in summary.sentences) == [0, 1, 2]


@pytest.mark.parametrize("method", METHODS)
def test_every_method_refuses_empty_text(method: str) -> None:
    """Empty text is an error under every method."""
    with pytest.raises(EmptyInputError):
        summarize("  \n", method=method)


def test_unknown_method_is_a_value_error() -> None:
    """An unknown method name raises ValueError naming the choices."""
    with pytest.raises(ValueError, match="positional, textrank"):
        summarize("Satu. Dua.", method="magic")


def test_positional_prefers_early_sentences() -> None:
    """With no other evidence, the positional default ranks sentences in document order."""
    text = "Gempa di Lombok. Banjir di Bekasi. Kebakaran di Medan. Longsor di Bogor."
    summary = summarize(text, sentences=4, order="rank")
    assert [s.index for s in summary.sentences] == [0, 1, 2, 3]


def test_positional_demotes_direct_quotations() -> None:
    """A quoted sentence ranks below the reported sentences that follow it."""
    text = (
        "Gempa magnitudo 6,4 mengguncang Lombok pada Minggu pagi. "
        "“Kami semua lari keluar rumah,” kata Ahmad, warga Mataram. "
        "BMKG mencatat gempa itu berpusat di darat pada kedalaman 10 kilometer."
    )
    summary = summarize(text, sentences=3, order="rank")
    assert [s.index for s in summary.sentences] == [0, 2, 1]


def test_nearly_identical_sentences_are_not_both_chosen() -> None:
    """Two sentences that say nearly the same thing are not both in a summary."""
    text = (
        "Presiden meresmikan jalan tol Trans Sumatra di Lampung. "
        "Jalan tol Trans Sumatra di Lampung diresmikan Presiden. "
        "Tol itu memangkas waktu tempuh hingga tiga jam."
    )
    summary = summarize(text, sentences=2)
    assert [s.index for s in summary.sentences] == [0, 2]


# -- properties over arbitrary text --------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    st.text(max_size=400),
    st.integers(min_value=1, max_value=6),
    st.sampled_from(METHODS),
)
def test_summary_is_a_subset_in_document_order(text: str, count: int, method: str) -> None:
    """For any text: a summary or EmptyInputError (for a text with nothing but white space or
    page furniture), never a crash; its sentences are distinct sentences of the text, with
    exact offsets, in document order, none of them boilerplate."""
    try:
        summary = summarize(text, sentences=count, method=method)
    except EmptyInputError:
        assert not text.strip() or all(s.boilerplate for s in split(text).sentences)
        return
    every = split(text).sentences
    assert summary.total_sentences == len(every)
    indexes = [s.index for s in summary.sentences]
    assert indexes == sorted(set(indexes))
    assert len(indexes) <= count
    for sentence in summary.sentences:
        original = every[sentence.index]
        assert (sentence.start, sentence.end, sentence.text) == (
            original.start,
            original.end,
            original.text,
        )
        assert text[sentence.start : sentence.end] == sentence.text
        assert not sentence.boilerplate
    assert summarize(text, sentences=count, method=method) == summary


@pytest.mark.parametrize("method", METHODS)
def test_text_without_words_rates_without_warnings(method: str) -> None:
    """Sentences with no words (symbols, controls) are summarised with no Python warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        summary = summarize("\x1b. \U00018cd6! ---", sentences=2, method=method)
    assert [s.rank for s in summary.sentences] == [1, 2]


@pytest.mark.parametrize(
    ("document", "kwargs", "error", "message"),
    [
        pytest.param(
            "Satu.", {"sentences": 2.5}, TypeError, "sentences must be an int, not float", id="n"
        ),
        pytest.param(
            "Satu.",
            {"sentences": math.nan},
            TypeError,
            "sentences must be an int, not float",
            id="n-nan",
        ),
        pytest.param(
            "Satu.", {"sentences": True}, TypeError, "sentences must be an int, not bool", id="n-b"
        ),
        pytest.param(
            "Satu.", {"words": math.nan}, TypeError, "words must be an int, not float", id="w-nan"
        ),
        pytest.param(
            "Satu.", {"words": 40.0}, TypeError, "words must be an int, not float", id="w-float"
        ),
        pytest.param(
            "Satu.", {"ratio": "0.5"}, TypeError, "ratio must be a float, not str", id="r-str"
        ),
        pytest.param(
            "Satu.", {"ratio": True}, TypeError, "ratio must be a float, not bool", id="r-bool"
        ),
        pytest.param(
            "Satu.",
            {"ratio": math.nan},
            ValueError,
            "ratio must be more than 0 and at most 1",
            id="r-nan",
        ),
        pytest.param(
            "Satu.", {"method": None}, TypeError, "method must be a str, not NoneType", id="m"
        ),
        pytest.param("Satu.", {"order": 1}, TypeError, "order must be a str, not int", id="o"),
        pytest.param(
            b"Satu.",
            {},
            TypeError,
            "expected a str or an Article, not bytes: decode the bytes first "
            "(ringkas.decode reads them as the command does), or pass a str",
            id="bytes",
        ),
        pytest.param(None, {}, TypeError, "expected a str or an Article, not NoneType", id="none"),
    ],
)
def test_library_arguments_are_checked(
    document: Any, kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    """summarize() checks its arguments' types and values and says what it expected (2.5 and
    NaN sentences returned every sentence, bytes failed deep inside, None was "empty")."""
    with pytest.raises(error) as raised:
        summarize(document, **kwargs)
    assert str(raised.value) == message


FURNITURE = "Baca juga: Harga Beras Naik Lagi\n\nEditor: Rina Lestari\n\nADVERTISEMENT\n"


def test_only_furniture_says_so() -> None:
    """Input that is nothing but page furniture printed nothing and exited 0: now an Error
    line and exit 1, an error record in a batch; --split still shows the furniture."""
    done = invoke(stdin=FURNITURE.encode())
    assert (done.exit_code, done.stdout) == (1, "")
    reason = "no story text: all 3 sentences are page furniture (bylines, captions, links, ...)"
    assert done.stderr == f"Error: <stdin>: {reason}\n"
    batch_run = invoke(
        "--input-format",
        "jsonl",
        "-f",
        "jsonl",
        stdin=jsonl_bytes(json.dumps({"id": 1, "text": FURNITURE}), '{"id": 2, "text": "Dua."}'),
    )
    assert [line.get("error") for line in output_lines(batch_run)] == [reason, None]
    assert invoke("--split", stdin=FURNITURE.encode()).exit_code == 0
    assert len(split(FURNITURE).sentences) == 3
    with pytest.raises(EmptyInputError, match="no story text"):
        summarize(FURNITURE)


def test_an_article_saved_as_markdown() -> None:
    """Markdown's marks are no part of what is summarised: the heading's "# " and a bold
    dateline's stars stay out of the title and the lead, a picture with its caption is a
    caption, a quoted line's "> " is left out, a bold "Baca juga:" is a cross-link, and the
    address of a link is no word of its sentence."""
    text = (
        "# Harga Beras Naik Jelang Lebaran\n\n"
        "![Pedagang beras di Pasar Induk Cipinang](https://example.co.id/foto/beras.jpg)\n\n"
        "**Jakarta** - Harga beras medium naik 8 persen dalam sepekan terakhir. Pasokan dari "
        "[Karawang](https://example.co.id/tag/karawang) berkurang.\n\n"
        '> "Kami merugi karena pembeli sepi," kata Budi.\n\n'
        "**Baca juga:** [Stok Beras Aman](https://example.co.id/berita/123)\n"
    )
    result = split(text)
    assert result.title is not None and result.title.text == "Harga Beras Naik Jelang Lebaran"
    assert result.dateline is not None and result.dateline.text == "**Jakarta** -"
    assert [(s.text, s.furniture) for s in result.sentences] == [
        (
            "![Pedagang beras di Pasar Induk Cipinang](https://example.co.id/foto/beras.jpg)",
            "caption",
        ),
        ("Harga beras medium naik 8 persen dalam sepekan terakhir.", None),
        ("Pasokan dari [Karawang](https://example.co.id/tag/karawang) berkurang.", None),
        ('"Kami merugi karena pembeli sepi," kata Budi.', None),
        ("**Baca juga:** [Stok Beras Aman](https://example.co.id/berita/123)", "cross-link"),
    ]
    assert all(text[s.start : s.end] == s.text for s in result.sentences)


def test_an_article_forwarded_by_e_mail() -> None:
    """An e-mail's header and signature are furniture ("mail"), its subject is the title (without
    "Fwd:"), and the story between them is summarised, hard-wrapped lines and all."""
    text = (
        "---------- Forwarded message ---------\n"
        "From: Redaksi Kabar Kita <redaksi@kabarkita.example>\n"
        "Date: Sen, 11 Mar 2024 pukul 08.15\n"
        "Subject: Fwd: Banjir Rendam Ribuan Rumah di Bekasi\n"
        "To: <pembaca@example.com>\n\n\n"
        "BEKASI, KABARKITA - Banjir merendam ribuan rumah di Kota Bekasi, Jawa Barat, sejak\n"
        "Minggu (10/3/2024) malam setelah hujan deras mengguyur kawasan itu. Ketinggian air\n"
        "di sejumlah perumahan mencapai satu meter.\n\n"
        "Sebanyak 1.200 warga mengungsi ke masjid dan sekolah terdekat.\n\n"
        "--\n"
        "Kabar Kita | Berlangganan: https://kabarkita.example/langganan\n"
        "Untuk berhenti berlangganan, klik di sini.\n"
    )
    result = split(text)
    assert result.title is not None and result.title.text == "Banjir Rendam Ribuan Rumah di Bekasi"
    assert text[result.title.start : result.title.end] == result.title.text
    assert result.dateline is not None and result.dateline.text == "BEKASI, KABARKITA -"
    assert [s.text.replace("\n", " ") for s in result.sentences if not s.boilerplate] == [
        "Banjir merendam ribuan rumah di Kota Bekasi, Jawa Barat, sejak Minggu (10/3/2024) malam "
        "setelah hujan deras mengguyur kawasan itu.",
        "Ketinggian air di sejumlah perumahan mencapai satu meter.",
        "Sebanyak 1.200 warga mengungsi ke masjid dan sekolah terdekat.",
    ]
    mail = [s.text for s in result.sentences if s.furniture == "mail"]
    assert mail[0] == "---------- Forwarded message ---------"
    assert mail[-1].endswith("Untuk berhenti berlangganan, klik di sini.")


# A page copied as text: menu, headline, byline, the story wrapped over two lines, a related list.
_COPIED_PAGE = (
    "Beranda\nNasional\nEkonomi\nOlahraga\nTeknologi\n\n"
    "Harga Beras Naik Jelang Lebaran, Pedagang Mengeluh\n\n"
    "Rina Lestari - detikFinance\nSenin, 14 Mar 2022 09:15 WIB\n\n"
    "Jakarta - Harga beras medium di pasar tradisional naik 8 persen dalam sepekan\n"
    "terakhir. Pedagang menyebut pasokan dari Karawang berkurang sejak awal bulan.\n\n"
    "Kementerian Perdagangan berencana menggelar operasi pasar di 20 titik mulai pekan depan.\n\n"
    "Berita Terkait\nGempa Guncang Cianjur, Warga Berhamburan\nTimnas Menang Telak atas Brunei\n"
)


@pytest.mark.parametrize("line_end", ["\r", "\r\n"])
def test_lines_ended_by_a_carriage_return_read_as_lines(line_end: str) -> None:
    """A text whose lines end in a carriage return (old Mac files) or CR LF splits as the same
    text with line feeds: the same sentences, furniture, title, dateline, lines and positions;
    each sentence's text is the input's own."""
    text = _COPIED_PAGE.replace("\n", line_end)
    found, expected = split(text), split(_COPIED_PAGE)
    shift = len(line_end) - 1  # CR LF is one character longer per line break

    def shown(result: Summary, source: str) -> list[tuple[str, str | None, int, int]]:
        assert all(source[s.start : s.end] == s.text for s in result.sentences)
        return [(" ".join(s.text.split()), s.furniture, s.line, s.column) for s in result.sentences]

    assert shown(found, text) == shown(expected, _COPIED_PAGE)
    assert found.title is not None and expected.title is not None
    assert found.title.text == expected.title.text
    assert found.dateline is not None and expected.dateline is not None
    assert text[found.dateline.start : found.dateline.end] == found.dateline.text == "Jakarta -"
    if not shift:
        assert [(s.start, s.end) for s in found.sentences] == [
            (s.start, s.end) for s in expected.sentences
        ]


def test_a_bullet_followed_by_a_no_break_space_is_a_bullet() -> None:
    """A browser copies "&nbsp;" as a no-break space: a menu's "•\u00a0Beranda" is read as
    "• Beranda" is, its bullet no part of the sentence."""
    menu = "".join(f"•{{space}}{item}\n" for item in ("Beranda", "Nasional", "Ekonomi", "Olahraga"))
    page = f"{menu}\n{_COPIED_PAGE.split(chr(10) * 2, 1)[1]}"
    spaced, unbroken = page.format(space=" "), page.format(space="\u00a0")
    expected = [(s.text, s.furniture) for s in split(spaced).sentences]
    assert [(s.text, s.furniture) for s in split(unbroken).sentences] == expected
    assert expected[0] == ("Beranda", "menu")
