"""Datelines of Indonesian news, shape by shape: what opens a lead, and what only looks so."""

from __future__ import annotations

import re

import pytest

from ringkas import split
from ringkas.indonesian.datelines import LEAD

_LEAD = re.compile(LEAD, re.IGNORECASE)

DATELINES = [
    pytest.param("JAKARTA, KOMPAS.com - Harga beras naik.", "JAKARTA, KOMPAS.com -", id="kompas"),
    pytest.param("Jakarta - Presiden meresmikan tol.", "Jakarta - ", id="detik"),
    pytest.param("TEMPO.CO, Jakarta - Harga beras naik.", "TEMPO.CO, Jakarta -", id="tempo"),
    pytest.param("Jakarta (ANTARA) - Harga beras naik.", "Jakarta (ANTARA) -", id="antara"),
    pytest.param("Wamena (ANTARA News) - Warga mengungsi.", "Wamena (ANTARA News) -",
                 id="antara-news"),
    pytest.param("Liputan6.com, Jakarta - Harga beras naik.", "Liputan6.com, Jakarta -",
                 id="liputan6"),
    pytest.param("Jakarta, CNN Indonesia -- Harga beras naik.", "Jakarta, CNN Indonesia --",
                 id="cnn-indonesia"),
    pytest.param("TRIBUNNEWS.COM, JAKARTA - Harga beras naik.", "TRIBUNNEWS.COM, JAKARTA -",
                 id="tribun"),
    pytest.param("JAKARTA - Harga beras naik.", "JAKARTA -", id="okezone-sindonews"),
    pytest.param("Suara.com - Harga beras naik.", "Suara.com -", id="suara"),
    pytest.param("Merdeka.com - Harga beras naik.", "Merdeka.com -", id="merdeka"),
    pytest.param("jpnn.com, JAKARTA - Harga beras naik.", "jpnn.com, JAKARTA -", id="jpnn"),
    pytest.param("REPUBLIKA.CO.ID, JAKARTA -- Harga beras naik.", "REPUBLIKA.CO.ID, JAKARTA --",
                 id="republika"),
    pytest.param("JAKARTA (Pos Kota) - Harga beras naik.", "JAKARTA (Pos Kota) -", id="pos-kota"),
    pytest.param("JUARA.NET, JAKARTA-Setelah dua tahun.", "JUARA.NET, JAKARTA-", id="juara"),
    pytest.param("Harakatuna.com. Damaskus – Menteri Luar Negeri Iran.",
                 "Harakatuna.com. Damaskus –", id="harakatuna"),
    pytest.param("Medan, Beritasatu.com - Sebanyak 21 orang.", "Medan, Beritasatu.com -",
                 id="beritasatu"),
    pytest.param("Mangupura, (Metrobali.com)- Dalam upaya.", "Mangupura, (Metrobali.com)-",
                 id="outlet-in-brackets"),
    pytest.param("Jakarta, CNBC Indonesia - Harga beras naik.", "Jakarta, CNBC Indonesia -",
                 id="cnbc-indonesia"),
]  # fmt: skip

NOT_DATELINES = [
    pytest.param("Presiden Joko Widodo - yang hadir - menyampaikan pidato.", id="dashes-in-prose"),
    pytest.param("Harga beras naik - kata pedagang.", id="dash-after-words"),
    pytest.param("SIMAK JUGA-Persib Pastikan Incar Cole", id="cross-link-in-capitals"),
    pytest.param("Dikutip zonajakarta.com dari DailyMail, Rabu.", id="outlet-inside-sentence"),
    pytest.param("Kevin / Marcus - pasangan ganda putra - menang.", id="pair-of-names"),
]


@pytest.mark.parametrize(("text", "dateline"), DATELINES)
def test_dateline_shapes(text: str, dateline: str) -> None:
    """The datelines of the major Indonesian outlets open a lead."""
    match = _LEAD.match(text)
    assert match is not None
    assert match.group() == dateline


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_sentences_that_only_look_like_datelines(text: str) -> None:
    """Dashes in prose, cross-links and outlets inside a sentence open no lead."""
    assert _LEAD.match(text) is None


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
        ("JAKARTA, KOMPAS.com - Harga beras medium naik 8 persen.", False),
        ("Pedagang mengeluh.", False),
    ]
