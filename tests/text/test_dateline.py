"""Datelines of Indonesian news, shape by shape: what opens a lead, and what only looks so."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ringkas import split, summarize
from ringkas.errors import EmptyInputError
from ringkas.indonesian.datelines import LEAD

_LEAD = re.compile(LEAD, re.IGNORECASE)

# (text, dateline, place, outlet): the shapes of the major Indonesian outlets.
DATELINES = [
    pytest.param("JAKARTA, KOMPAS.com - Harga beras naik.", "JAKARTA, KOMPAS.com -", "JAKARTA",
                 "KOMPAS.com", id="kompas"),
    pytest.param("KOMPAS.com - Harga beras naik.", "KOMPAS.com -", None, "KOMPAS.com",
                 id="kompas-without-place"),
    pytest.param("Jakarta - Presiden meresmikan tol.", "Jakarta -", "Jakarta", None, id="detik"),
    pytest.param("TEMPO.CO, Jakarta - Harga beras naik.", "TEMPO.CO, Jakarta -", "Jakarta",
                 "TEMPO.CO", id="tempo"),
    pytest.param("Jakarta (ANTARA) - Harga beras naik.", "Jakarta (ANTARA) -", "Jakarta",
                 "ANTARA", id="antara"),
    pytest.param("Wamena (ANTARA News) - Warga mengungsi.", "Wamena (ANTARA News) -", "Wamena",
                 "ANTARA News", id="antara-news"),
    pytest.param("Sukabumi, Jawa Barat (ANTARA News) - Pusat Pelayanan dibuka.",
                 "Sukabumi, Jawa Barat (ANTARA News) -", "Sukabumi, Jawa Barat", "ANTARA News",
                 id="antara-place-and-province"),
    pytest.param("Denpasar (Antara Bali) - Gubernur meninjau.", "Denpasar (Antara Bali) -",
                 "Denpasar", "Antara Bali", id="antara-regional-service"),
    pytest.param("Jakarta, 5/3 (ANTARA) - Harga beras naik.", "Jakarta, 5/3 (ANTARA) -",
                 "Jakarta", "ANTARA", id="antara-dated"),
    pytest.param("Liputan6.com, Jakarta - Harga beras naik.", "Liputan6.com, Jakarta -",
                 "Jakarta", "Liputan6.com", id="liputan6"),
    pytest.param("Liputan6.com, Jakarta: Harga beras naik.", "Liputan6.com, Jakarta:",
                 "Jakarta", "Liputan6.com", id="liputan6-colon"),
    pytest.param("Jakarta, CNN Indonesia -- Harga beras naik.", "Jakarta, CNN Indonesia --",
                 "Jakarta", "CNN Indonesia", id="cnn-indonesia"),
    pytest.param("TRIBUNNEWS.COM, JAKARTA - Harga beras naik.", "TRIBUNNEWS.COM, JAKARTA -",
                 "JAKARTA", "TRIBUNNEWS.COM", id="tribun"),
    pytest.param("SURYA.co.id | SURABAYA - Harga beras naik.", "SURYA.co.id | SURABAYA -",
                 "SURABAYA", "SURYA.co.id", id="tribun-regional-pipe"),
    pytest.param("JAKARTA - Harga beras naik.", "JAKARTA -", "JAKARTA", None,
                 id="okezone-sindonews"),
    pytest.param("Okezone.com, Jakarta - Harga beras naik.", "Okezone.com, Jakarta -",
                 "Jakarta", "Okezone.com", id="okezone-signed"),
    pytest.param("Suara.com - Harga beras naik.", "Suara.com -", None, "Suara.com", id="suara"),
    pytest.param("Suara.com-Harga beras naik.", "Suara.com-", None, "Suara.com",
                 id="suara-without-spaces"),
    pytest.param("Merdeka.com - Harga beras naik.", "Merdeka.com -", None, "Merdeka.com",
                 id="merdeka"),
    pytest.param("jpnn.com, JAKARTA - Harga beras naik.", "jpnn.com, JAKARTA -", "JAKARTA",
                 "jpnn.com", id="jpnn"),
    pytest.param("REPUBLIKA.CO.ID, JAKARTA -- Harga beras naik.", "REPUBLIKA.CO.ID, JAKARTA --",
                 "JAKARTA", "REPUBLIKA.CO.ID", id="republika"),
    pytest.param("JAKARTA (Pos Kota) - Harga beras naik.", "JAKARTA (Pos Kota) -", "JAKARTA",
                 "Pos Kota", id="pos-kota"),
    pytest.param("JAKARTA (Poskota) – Harga beras naik.", "JAKARTA (Poskota) –", "JAKARTA",
                 "Poskota", id="pos-kota-one-word"),
    pytest.param("JUARA.NET, JAKARTA-Setelah dua tahun.", "JUARA.NET, JAKARTA-", "JAKARTA",
                 "JUARA.NET", id="juara"),
    pytest.param("BARCELONA, JUARA.net-Setelah dua tahun.", "BARCELONA, JUARA.net-", "BARCELONA",
                 "JUARA.net", id="juara-place-first"),
    pytest.param("JUARA, GLASGOW-Pebulu tangkis itu menang.", "JUARA, GLASGOW-", "GLASGOW",
                 "JUARA", id="juara-without-domain"),
    pytest.param("Rimanews-Kementerian Kesehatan Brazil mengatakan.", "Rimanews-", None,
                 "Rimanews", id="rimanews"),
    pytest.param("KONTAN.CO.ID - JAKARTA. Harga beras naik.", "KONTAN.CO.ID - JAKARTA.",
                 "JAKARTA", "KONTAN.CO.ID", id="kontan"),
    pytest.param("Harakatuna.com. Damaskus – Menteri Luar Negeri Iran.",
                 "Harakatuna.com. Damaskus –", "Damaskus", "Harakatuna.com", id="harakatuna"),
    pytest.param("Medan, Beritasatu.com - Sebanyak 21 orang.", "Medan, Beritasatu.com -",
                 "Medan", "Beritasatu.com", id="beritasatu"),
    pytest.param("Mangupura, (Metrobali.com)- Dalam upaya.", "Mangupura, (Metrobali.com)-",
                 "Mangupura", "Metrobali.com", id="outlet-in-brackets"),
    pytest.param("Jakarta, CNBC Indonesia - Harga beras naik.", "Jakarta, CNBC Indonesia -",
                 "Jakarta", "CNBC Indonesia", id="cnbc-indonesia"),
    pytest.param("BEKASI, KABARKITA – Banjir merendam.", "BEKASI, KABARKITA –", "BEKASI",
                 "KABARKITA", id="outlet-in-capitals"),
    pytest.param("Jakarta, NU Online - Ketua PBNU menyampaikan.", "Jakarta, NU Online -",
                 "Jakarta", "NU Online", id="place-and-any-outlet"),
    pytest.param("Liputan6.com, Jakarta Pemerintah Kota Bandung menutup jalan.",
                 "Liputan6.com, Jakarta", "Jakarta", "Liputan6.com", id="domain-city-no-dash"),
    pytest.param("JAKARTA, KOMPAS.com Menteri Perhubungan menyebut tiket mahal.",
                 "JAKARTA, KOMPAS.com", "JAKARTA", "KOMPAS.com", id="city-domain-no-dash"),
    pytest.param("Detik.com, Jakarta Selatan Polisi menangkap dua pelaku.",
                 "Detik.com, Jakarta Selatan", "Jakarta Selatan", "Detik.com",
                 id="domain-city-with-its-part-no-dash"),
    pytest.param("Perserikatan Bangsa-Bangsa / PBB, New York (ANTARA News) - Dewan Keamanan "
                 "bersidang.", "Perserikatan Bangsa-Bangsa / PBB, New York (ANTARA News) -",
                 "Perserikatan Bangsa-Bangsa / PBB, New York", "ANTARA News", id="long-place"),
    pytest.param("Jakarta: Pemerintah menaikkan harga BBM.", "Jakarta:", "Jakarta", None,
                 id="known-place-colon"),
    pytest.param("Jakarta, 5 Maret 2024 (ANTARA) - Pemerintah menaikkan harga BBM.",
                 "Jakarta, 5 Maret 2024 (ANTARA) -", "Jakarta", "ANTARA", id="place-date-agency"),
    pytest.param("Jakarta (5/3/2024) - Pemerintah menaikkan harga BBM.", "Jakarta (5/3/2024) -",
                 "Jakarta", None, id="place-date-in-brackets"),
    pytest.param("AKURAT.CO, Pemerintah menaikkan harga BBM.", "AKURAT.CO,", None, "AKURAT.CO",
                 id="domain-in-capitals-comma"),
    pytest.param("Kuala Lumpur: Polis Diraja Malaysia menahan tersangka.", "Kuala Lumpur:",
                 "Kuala Lumpur", None, id="known-foreign-place-colon"),
]  # fmt: skip

NOT_DATELINES = [
    pytest.param("Presiden Joko Widodo - yang hadir - menyampaikan pidato.", id="dashes-in-prose"),
    pytest.param("Harga beras naik - kata pedagang.", id="dash-after-words"),
    pytest.param("SIMAK JUGA-Persib Pastikan Incar Cole", id="cross-link-in-capitals"),
    pytest.param("Dikutip zonajakarta.com dari DailyMail, Rabu.", id="outlet-inside-sentence"),
    pytest.param("Kevin / Marcus - pasangan ganda putra - menang.", id="pair-of-names"),
    pytest.param("Paris Saint-Germain kembali menang.", id="hyphenated-name"),
    pytest.param("TNI-Polri disiagakan di lokasi.", id="hyphenated-capitals"),
    pytest.param("Ketua MPR Zulkifli Hasan menyesalkan kisruh itu.", id="kumparan-lead"),
    pytest.param("Jakarta - sebuah kota yang padat - kembali banjir.", id="dash-before-lower-case"),
    pytest.param("Catatan: harga bisa berubah.", id="label-with-colon"),
    pytest.param("Catatan: Harga bisa berubah sewaktu-waktu.", id="label-with-colon-capital"),
    pytest.param("Kompas.com, Jakarta dan sekitarnya diguyur hujan.", id="domain-place-lower"),
    pytest.param("Detik.com, Kompas.com, dan Tempo.co memuat berita itu.", id="domains-listed"),
    pytest.param("Jakarta, 5 Maret 2024 adalah hari yang cerah.", id="place-date-in-prose"),
]


@pytest.mark.parametrize(("text", "dateline", "place", "outlet"), DATELINES)
def test_dateline_shapes(text: str, dateline: str, place: str | None, outlet: str | None) -> None:
    """The datelines of the major Indonesian outlets are taken off the lead and reported with
    their place and outlet; the lead starts right after."""
    result = split(text)
    assert result.dateline is not None
    assert (result.dateline.text, result.dateline.place, result.dateline.outlet) == (
        dateline, place, outlet
    )  # fmt: skip
    assert text[result.dateline.start : result.dateline.end] == dateline
    lead = result.sentences[0]
    assert text[lead.start : lead.end] == lead.text
    assert text[result.dateline.end : lead.start].strip() == ""
    assert lead.column == lead.start + 1


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_sentences_that_only_look_like_datelines(text: str) -> None:
    """Dashes in prose, cross-links, hyphenated names and outlets inside a sentence open no
    lead: the sentence stays whole."""
    assert _LEAD.match(text) is None
    result = split(text)
    assert result.dateline is None
    assert result.sentences[0].text == text


def test_what_stands_above_a_dateline_led_lead_is_furniture() -> None:
    """A caption or teaser above the lead that opens with its dateline is not the story."""
    text = (
        "Harga Beras Naik Jelang Lebaran\n\n"
        "Pedagang melayani pembeli di Pasar Induk Cipinang, Senin (4/3/2024).\n\n"
        "JAKARTA, KOMPAS.com - Harga beras medium naik 8 persen. Pedagang mengeluh.\n"
    )
    result = split(text)
    assert [(s.text, s.boilerplate) for s in result.sentences] == [
        ("Pedagang melayani pembeli di Pasar Induk Cipinang, Senin (4/3/2024).", True),
        ("Harga beras medium naik 8 persen.", False),
        ("Pedagang mengeluh.", False),
    ]


def test_a_dateline_on_a_line_of_its_own_is_no_sentence() -> None:
    """A dateline alone on its line is the dateline; the lead is the next line."""
    text = "JAKARTA, KOMPAS.com -\nHarga beras naik 8 persen. Pedagang mengeluh.\n"
    result = split(text)
    assert result.dateline is not None and result.dateline.text == "JAKARTA, KOMPAS.com -"
    assert [(s.index, s.text, s.line, s.column) for s in result.sentences] == [
        (0, "Harga beras naik 8 persen.", 2, 1),
        (1, "Pedagang mengeluh.", 2, 28),
    ]
    assert result.total_sentences == 2


@pytest.mark.parametrize(
    "text",
    [
        "Harga Beras Naik Jelang Lebaran\n\nJakarta -\n\nHarga beras naik 8 persen. Pedagang "
        "mengeluh.\n",
        "Harga Beras Naik Jelang Lebaran\nRina Lestari - detikFinance\nJakarta -\nHarga beras "
        "naik 8 persen. Pedagang mengeluh.\n",
    ],
    ids=["blank-lines", "below-byline"],
)
def test_a_place_and_a_dash_alone_above_the_lead_is_its_dateline(text: str) -> None:
    """A place and a dash ("Jakarta -") alone on the line above the lead is the dateline: not the
    headline, not a sentence."""
    result = split(text)
    assert result.title is not None and result.title.text == "Harga Beras Naik Jelang Lebaran"
    assert result.dateline is not None
    assert (result.dateline.text, result.dateline.place) == ("Jakarta -", "Jakarta")
    assert text[result.dateline.start : result.dateline.end] == "Jakarta -"
    story = [s.text for s in result.sentences if not s.boilerplate]
    assert story == ["Harga beras naik 8 persen.", "Pedagang mengeluh."]


def test_a_date_line_that_opens_with_the_outlet_is_no_dateline() -> None:
    """A date line that opens with the outlet ("Kompas.com - 02/11/2023, 10:00 WIB") is no
    dateline: the dateline is the lead's."""
    text = (
        "Harga Tiket Pesawat Masih Mahal\n\nKompas.com - 02/11/2023, 10:00 WIB\n\n"
        "JAKARTA, KOMPAS.com - Menteri Perhubungan menyebut harga avtur naik. Ia menjelaskan "
        "alasannya.\n"
    )
    result = split(text)
    assert result.dateline is not None and result.dateline.text == "JAKARTA, KOMPAS.com -"
    assert [(s.text, s.furniture) for s in result.sentences] == [
        ("Kompas.com - 02/11/2023, 10:00 WIB", "date-line"),
        ("Menteri Perhubungan menyebut harga avtur naik.", None),
        ("Ia menjelaskan alasannya.", None),
    ]


def test_only_the_lead_has_a_dateline() -> None:
    """A later paragraph that opens like a dateline is story, not the dateline."""
    text = (
        "Harga beras naik 8 persen sepekan terakhir.\n\n"
        "Pedagang di pasar tradisional mengeluhkan sepinya pembeli.\n\n"
        "Pemerintah berjanji menambah pasokan dari gudang Bulog.\n\n"
        "Operasi pasar digelar di dua puluh titik.\n\n"
        "JAKARTA - Pedagang di Pasar Induk mengeluh.\n"
    )
    result = split(text)
    assert result.dateline is None
    assert [s.boilerplate for s in result.sentences] == [False] * 5
    assert result.sentences[4].text == "JAKARTA - Pedagang di Pasar Induk mengeluh."


def test_a_summary_never_opens_with_the_dateline() -> None:
    """Whatever is asked for, no chosen sentence holds the dateline."""
    text = "Jakarta (ANTARA) - Harga beras naik. Pedagang mengeluh. Pemerintah menambah pasokan."
    for request in ({}, {"sentences": 3}, {"words": 1}, {"ratio": 1.0}):
        summary = summarize(text, **request)  # type: ignore[arg-type]
        assert summary.sentences[0].text == "Harga beras naik."
        assert summary.dateline is not None and summary.dateline.outlet == "ANTARA"


def test_a_text_that_is_only_a_dateline() -> None:
    """A dateline with nothing after it is found as the dateline, with no sentences; there is
    no story to summarise, and summarize says so, as for an input of page furniture only."""
    result = split("JAKARTA, KOMPAS.com -")
    assert result.dateline is not None and result.dateline.text == "JAKARTA, KOMPAS.com -"
    assert (result.sentences, result.total_sentences, result.words) == ((), 0, 0)
    with pytest.raises(EmptyInputError, match=r"^no story text: the input holds only a dateline$"):
        summarize("JAKARTA, KOMPAS.com -")


# -- nothing lost: sentences, title and dateline cover the text -------------------------------

_HEADLINES = ["", "Harga Beras Naik Jelang Lebaran\n\n", "Banjir Rendam Bekasi\n"]
_ABOVE = ["", "Pedagang melayani pembeli, Senin (4/3/2024).\n\n", "Penulis: Rina Lestari\n\n"]
_DATELINE_TEXTS = [
    "",
    "JAKARTA, KOMPAS.com - ",
    "Jakarta (ANTARA) -\n",
    "Harakatuna.com. Damaskus – ",
    "Rimanews-",
    "JAKARTA, KOMPAS.com -\n\n",
]
_STORY = [
    "Harga beras medium naik 8 persen.",
    "Pedagang mengeluh karena pembeli sepi.",
    "“Kami merugi,” kata Budi.",
    "Pemerintah menambah pasokan dari gudang Bulog.",
    "Baca juga: Harga Cabai Turun",
    "(ant/dil)",
]


@given(
    headline=st.sampled_from(_HEADLINES),
    above=st.sampled_from(_ABOVE),
    dateline=st.sampled_from(_DATELINE_TEXTS),
    paragraphs=st.lists(
        st.lists(st.sampled_from(_STORY), min_size=1, max_size=3), min_size=1, max_size=4
    ),
)
@settings(max_examples=150, deadline=None)
def test_sentences_title_and_dateline_cover_every_character(
    headline: str, above: str, dateline: str, paragraphs: list[list[str]]
) -> None:
    """--split output, the title and the dateline together cover every non-blank character
    of the input exactly once, each at its exact place."""
    body = "\n\n".join(" ".join(p) for p in paragraphs)
    text = f"{headline}{above}{dateline}{body}\n"
    result = split(text)
    spans = [(s.start, s.end, s.text) for s in result.sentences]
    for part in (result.title, result.dateline):
        if part is not None:
            spans.append((part.start, part.end, part.text))
    covered = [0] * len(text)
    for start, end, shown in spans:
        assert text[start:end] == shown
        for k in range(start, end):
            covered[k] += 1
    assert all(
        count == 1 if not char.isspace() else count <= 1
        for char, count in zip(text, covered, strict=True)
    )


def test_a_dateline_at_the_start_of_a_line_ends_the_sentence_above() -> None:
    """A lead that opens with its dateline on a new line starts a sentence, though the line
    above ends with an abbreviation ("1439 H.": the Hijri year), and the line above is no part
    of the lead."""
    text = (
        "Kemenag Gelar Sidang Isbat Penentuan 1 Syawal 1439 Hijriyah\n\n"
        "Kementerian Agama akan memantau hilal untuk penetapan awal bulan Syawal 1439 H.\n"
        "tirto.id - Kementerian Agama menggelar sidang isbat di Jakarta pada Kamis (14/6/2018). "
        "Acara dimulai pada pukul 17.00 WIB.\n\n"
        "Menurut pantauan, sidang itu didatangi oleh Menteri Agama.\n"
    )
    result = split(text)
    assert result.dateline is not None and result.dateline.text == "tirto.id -"
    assert [(s.text, s.furniture) for s in result.sentences][:2] == [
        (
            "Kementerian Agama akan memantau hilal untuk penetapan awal bulan Syawal 1439 H.",
            "above-lead",
        ),
        ("Kementerian Agama menggelar sidang isbat di Jakarta pada Kamis (14/6/2018).", None),
    ]


@pytest.mark.parametrize(
    ("dateline", "place", "outlet"),
    [
        ("*JAKARTA* -", "JAKARTA", None),
        ("**Jakarta** -", "Jakarta", None),
        ("_Jakarta_ -", "Jakarta", None),
        ("*JAKARTA, KOMPAS.com* -", "JAKARTA", "KOMPAS.com"),
    ],
)
def test_a_dateline_in_bold_or_italics_is_a_dateline(
    dateline: str, place: str, outlet: str | None
) -> None:
    """News forwarded in a chat app marks its dateline bold or italic; the marks stay in the
    dateline's span and out of its place and outlet."""
    lead = "Harga beras medium di pasar tradisional naik 8 persen dalam sepekan terakhir."
    text = f"Harga Beras Naik Lagi\n\n{dateline} {lead} Pedagang mengeluh.\n"
    result = split(text)
    assert result.dateline is not None
    assert (result.dateline.text, result.dateline.place, result.dateline.outlet) == (
        dateline,
        place,
        outlet,
    )
    start = result.dateline.start
    assert text[start : result.dateline.end] == dateline
    assert result.sentences[0].text == lead
