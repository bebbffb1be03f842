"""Page furniture of Indonesian news is flagged, kept by --split, and never summarised."""

from __future__ import annotations

import pytest

from ringkas import METHODS, split, summarize
from ringkas.boilerplate import is_boilerplate

# A real-looking article as scraped from a news page, furniture and all.
ARTICLE = (
    "Harga Beras Naik Jelang Lebaran\n"
    "\n"
    "JAKARTA, KOMPAS.com - Harga beras medium di pasar tradisional Jakarta naik 8 "
    "persen sepekan terakhir menjelang Lebaran.\n"
    "\n"
    "Baca juga: Stok Beras Bulog Dipastikan Aman hingga Akhir Tahun\n"
    "\n"
    "Kenaikan harga beras terjadi di hampir semua pasar yang dipantau Dinas "
    "Ketahanan Pangan. Pedagang menyebut pasokan dari Karawang berkurang karena "
    "panen mundur.\n"
    "\n"
    "ADVERTISEMENT\n"
    "SCROLL TO CONTINUE WITH CONTENT\n"
    "\n"
    "Foto: Antara/Aditya Pradana Putra\n"
    "\n"
    "Pemerintah berjanji menggelar operasi pasar beras di 20 titik mulai pekan "
    "depan.\n"
    "SIMAK JUGA: Operasi Pasar Beras Digelar Serentak\n"
    "\n"
    "Penulis: Ahmad Fauzi\n"
    "Editor: Rina Lestari\n"
    "(ant/dil)\n"
)

FURNITURE = [
    "Baca juga: Stok Beras Bulog Dipastikan Aman hingga Akhir Tahun",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Foto: Antara/Aditya Pradana Putra",
    "SIMAK JUGA: Operasi Pasar Beras Digelar Serentak",
    "Penulis: Ahmad Fauzi",
    "Editor: Rina Lestari",
    "(ant/dil)",
]


def test_split_keeps_and_flags_every_piece_of_furniture() -> None:
    """--split lists furniture lines as sentences of their own, flagged as boilerplate."""
    flagged = [s.text for s in split(ARTICLE).sentences if s.boilerplate]
    assert flagged == FURNITURE


def test_story_sentences_are_not_flagged() -> None:
    """The headline and the story's sentences are not boilerplate."""
    story = [s.text for s in split(ARTICLE).sentences if not s.boilerplate]
    assert story[0] == "Harga Beras Naik Jelang Lebaran"
    assert story[1].startswith("JAKARTA, KOMPAS.com - Harga beras medium")
    assert len(story) == 5


@pytest.mark.parametrize("method", METHODS)
def test_no_method_ever_chooses_furniture(method: str) -> None:
    """However many sentences are asked for, a summary holds no boilerplate."""
    summary = summarize(ARTICLE, sentences=50, method=method)
    assert [s.text for s in summary.sentences if s.text in FURNITURE] == []
    assert len(summary.sentences) == 5
    assert all(not s.boilerplate and s.rank is not None for s in summary.sentences)


def test_furniture_has_no_score_or_rank() -> None:
    """Boilerplate is left out of the ranking: no score, no rank."""
    summary = summarize(ARTICLE, ratio=1.0)
    ranked = {s.index for s in summary.sentences}
    for sentence in split(ARTICLE).sentences:
        assert (sentence.index in ranked) != sentence.boilerplate


def test_only_furniture_gives_an_empty_summary() -> None:
    """A text with nothing but furniture has sentences but no summary."""
    summary = summarize("Baca juga: Harga Cabai Turun\n\n(ant/dil)")
    assert summary.total_sentences == 2
    assert summary.sentences == ()


@pytest.mark.parametrize(
    "line",
    [
        "Baca juga: Harga Beras Naik",
        "SIMAK JUGA: Video Banjir Jakarta",
        "Lihat Video: Detik-detik Gempa",
        "ADVERTISEMENT",
        "Scroll to continue with content",
        "Foto: Antara/Aditya",
        "(Foto: Dok. Humas)",
        "Keterangan foto: Warga antre beras.",
        "Penulis: Budi Santoso",
        "Editor: Ani",
        "Reporter: Dewi",
        "Pewarta: Joko",
        "(tyo)",
        "[feb]",
        "(rah / rah)",
        "JAKARTA, KOMPAS.com -",
        "Liputan6.com, Jakarta:",
        "Jakarta (ANTARA) -",
        "Jakarta, CNN Indonesia --",
        "TEMPO.CO, Jakarta -",
    ],
)
def test_furniture_lines(line: str) -> None:
    """Links, ads, captions, bylines, signatures and bare datelines are boilerplate."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Presiden Joko Widodo meresmikan jalan tol baru.",
        "Hal itu dikatakan Budi:",
        "Berikut daftarnya:",
        "Lihat saja hasilnya nanti.",
        "Editor senior itu mengundurkan diri.",
        "Foto itu beredar luas di media sosial.",
        "JAKARTA, KOMPAS.com - Harga beras naik.",
        "Sumber: Badan Pusat Statistik",
        "Ia datang bersama istrinya (sekarang almarhumah).",
    ],
)
def test_story_lines(line: str) -> None:
    """Sentences of the story that merely look like furniture are not boilerplate."""
    assert not is_boilerplate(line)
