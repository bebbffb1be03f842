"""Page furniture of Indonesian news is flagged, kept by --split, and never summarised."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from click.testing import CliRunner

from ringkas import METHODS, EmptyInputError, Summary, read_html, split, summarize
from ringkas.command.cli import command
from ringkas.indonesian.furniture import (
    ABOVE_LEAD,
    BYLINE,
    CAPTION_FAMILY,
    DATE_LINE,
    DATELINE,
    HEADLINE_AGAIN,
    LINK_LIST,
    NEIGHBOURS,
    PAGE,
    RUBRIC,
    RULES,
    SHAPE,
    SUBHEADING,
    TEASER,
    Rule,
)
from ringkas.text.furniture import family_of

from ..conftest import ROOT

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
    """The story's sentences are not boilerplate; the headline is the title, not a sentence."""
    result = split(ARTICLE)
    story = [s.text for s in result.sentences if not s.boilerplate]
    assert result.title is not None and result.title.text == "Harga Beras Naik Jelang Lebaran"
    assert result.dateline is not None and result.dateline.text == "JAKARTA, KOMPAS.com -"
    assert story[0].startswith("Harga beras medium")
    assert len(story) == 4


@pytest.mark.parametrize("method", METHODS)
def test_no_method_ever_chooses_furniture(method: str) -> None:
    """However many sentences are asked for, a summary holds no boilerplate and no headline."""
    summary = summarize(ARTICLE, sentences=50, method=method)
    assert [s.text for s in summary.sentences if s.text in FURNITURE] == []
    assert len(summary.sentences) == 4
    assert all(not s.boilerplate and s.rank is not None for s in summary.sentences)


def test_furniture_has_no_score_or_rank() -> None:
    """Boilerplate is left out of the ranking: no score, no rank."""
    summary = summarize(ARTICLE, ratio=1.0)
    ranked = {s.index for s in summary.sentences}
    for sentence in split(ARTICLE).sentences:
        assert (sentence.index in ranked) != sentence.boilerplate


def test_only_furniture_is_no_story() -> None:
    """A text with nothing but furniture has sentences (--split shows them) but no story to
    summarise: an error that says so, not an empty summary."""
    text = "Baca juga: Harga Cabai Turun\n\n(ant/dil)"
    assert split(text).total_sentences == 2
    with pytest.raises(EmptyInputError) as raised:
        summarize(text)
    assert str(raised.value) == (
        "no story text: all 2 sentences are page furniture (bylines, captions, links, ...)"
    )


# -- the furniture families of Indonesian news pages: each rule's own rows ------------------------


def _split(text: str) -> Summary:
    """Every sentence of a text, or of a web page's article for a page."""
    return split(read_html(text) if text.startswith("<!DOCTYPE") else text)


def _rows(kind: str) -> list[Any]:
    """Every rule's example lines of ``kind`` ("examples", "counterexamples", "in_context"), each
    a row named by its family, where the rule stands and its number."""
    rows = []
    for number, rule in enumerate(RULES):
        for n, example in enumerate(getattr(rule, kind)):
            rows.append(pytest.param(rule, example, id=f"{rule.family}-{rule.stands}{number}-{n}"))
    return rows


@pytest.mark.parametrize(("rule", "line"), _rows("examples"))
def test_a_rule_flags_its_examples_with_its_family(rule: Rule, line: str) -> None:
    """Every example line of a rule, taken alone, is furniture of the rule's family."""
    assert family_of(line) == rule.family


@pytest.mark.parametrize(("rule", "line"), _rows("counterexamples"))
def test_a_rule_leaves_its_counterexamples_in_the_story(rule: Rule, line: str) -> None:
    """Sentences of the story that merely look like a rule's furniture are not furniture."""
    assert family_of(line) is None


@pytest.mark.parametrize(("rule", "example"), _rows("in_context"))
def test_a_rule_flags_its_examples_in_their_text(rule: Rule, example: tuple[str, str]) -> None:
    """Every example of a rule decided by the lines around a sentence: in its text, the sentence
    is flagged with the rule's family (each time, where the text says it twice), and --split
    says so."""
    text, sentence = example
    found = [s.furniture for s in _split(text).sentences if s.text == sentence]
    assert found and all(family == rule.family for family in found)


@pytest.mark.parametrize(("rule", "example"), _rows("not_in_context"))
def test_a_rule_leaves_its_counterexamples_in_their_text(
    rule: Rule, example: tuple[str, str]
) -> None:
    """In the texts a rule decided by neighbours must leave alone, the sentence is story."""
    text, sentence = example
    found = [s.furniture for s in _split(text).sentences if s.text == sentence]
    assert found and all(family is None for family in found)


@pytest.mark.parametrize(("rule", "line"), _rows("examples"))
def test_a_rule_with_needs_matches_only_text_that_holds_one(rule: Rule, line: str) -> None:
    """A rule tried only on text holding one of its ``needs`` matches nothing else: its
    pattern fails on every example once its needs are taken out, and the first line of a
    rule with needs holds one of them."""
    if not rule.needs:
        return
    assert any(need in line.lower() for need in rule.needs)
    assert rule.pattern is not None
    stripped = line
    for need in rule.needs:
        stripped = re.sub(re.escape(need), " ", stripped, flags=re.IGNORECASE)
    assert re.fullmatch(rule.pattern, stripped, re.IGNORECASE) is None


def test_every_family_has_rows_both_ways() -> None:
    """Each family has lines it must flag and lines it must leave in the story."""
    for family in {rule.family for rule in RULES}:
        rules = [rule for rule in RULES if rule.family == family]
        assert any(rule.examples or rule.in_context for rule in rules), family
        assert any(rule.counterexamples or rule.not_in_context for rule in rules), family


def test_every_rule_has_examples_and_a_name_users_can_read() -> None:
    """Each rule has example lines that the tests execute, a pattern exactly where it stands
    by one, and a family name of lower-case words joined by hyphens."""
    for rule in RULES:
        assert rule.examples or rule.in_context, rule.family
        assert (rule.pattern is None) == (rule.stands in (SHAPE, NEIGHBOURS, PAGE)), rule.family
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.family), rule.family


def test_the_families_named_in_code_have_rules() -> None:
    """The families decided in code (a date line's shape, a list under its label, a caption
    above its credit, ...) are named by a rule of the table, with its examples."""
    named = {rule.family for rule in RULES}
    for family in (
        DATE_LINE, DATELINE, LINK_LIST, CAPTION_FAMILY, TEASER, RUBRIC, HEADLINE_AGAIN, BYLINE,
        ABOVE_LEAD, SUBHEADING,
    ):  # fmt: skip
        assert family in named


def test_split_says_which_family_flagged_a_sentence() -> None:
    """--split -f json gives each sentence its family ("cross-link"), null for the story, beside
    the boilerplate flag; text output shows the family where it shows a sentence's rank."""
    runner = CliRunner()
    done = runner.invoke(command, ["--split", "-f", "json"], ARTICLE)
    found = [
        (s["text"], s["boilerplate"], s["furniture"]) for s in json.loads(done.stdout)["sentences"]
    ]
    assert found[:3] == [
        ("Harga beras medium di pasar tradisional Jakarta naik 8 persen sepekan terakhir "
         "menjelang Lebaran.", False, None),
        ("Baca juga: Stok Beras Bulog Dipastikan Aman hingga Akhir Tahun", True, "cross-link"),
        ("Kenaikan harga beras terjadi di hampir semua pasar yang dipantau Dinas Ketahanan "
         "Pangan.", False, None),
    ]  # fmt: skip
    assert [family for _, _, family in found if family] == [
        "cross-link", "advertising", "advertising", "caption", "cross-link", "staff-line",
        "staff-line", "signature",
    ]  # fmt: skip
    text = runner.invoke(command, ["--split"], ARTICLE).stdout
    assert "| chars 154-216 | cross-link\n  Baca juga: Stok Beras Bulog" in text


# -- furniture known by its neighbours ------------------------------------------------------------


def _flagged(text: str) -> list[tuple[str, bool]]:
    return [(s.text, s.boilerplate) for s in split(text).sentences]


def test_headlines_listed_under_a_label_are_furniture() -> None:
    """The headlines under "Baca Juga" or "Berita Terkait", each a line, are furniture; the
    story after them is not."""
    text = (
        "Harga beras naik tajam di pasar induk pekan ini.\n\n"
        "BACA JUGA\n"
        "Stok Beras Bulog Dipastikan Aman hingga Akhir Tahun\n"
        "Operasi Pasar Digelar Serentak di 20 Titik\n\n"
        "Pedagang menyebut pasokan dari Karawang berkurang.\n\n"
        "Berita Terkait\n"
        "- Harga Cabai Turun Jelang Lebaran\n"
        "- Petani Garam Gagal Panen?\n"
    )
    assert _flagged(text) == [
        ("Harga beras naik tajam di pasar induk pekan ini.", False),
        ("BACA JUGA", True),
        ("Stok Beras Bulog Dipastikan Aman hingga Akhir Tahun", True),
        ("Operasi Pasar Digelar Serentak di 20 Titik", True),
        ("Pedagang menyebut pasokan dari Karawang berkurang.", False),
        ("Berita Terkait", True),
        ("Harga Cabai Turun Jelang Lebaran", True),
        ("Petani Garam Gagal Panen?", True),
    ]


def test_a_line_that_ends_with_a_photo_credit_is_a_caption() -> None:
    """A caption line, whose last words credit the photo, is furniture, every sentence of it."""
    text = (
        "Banjir Rendam Demak\n\n"
        "Presiden meninjau tanggul yang jebol di Demak. (Foto: BPMI Setpres)\n\n"
        "Presiden Joko Widodo meninjau lokasi banjir di Demak, Jawa Tengah, Jumat.\n"
        "Ia meminta tanggul segera diperbaiki. Warga menyambut kedatangannya.\n"
    )
    assert _flagged(text)[:2] == [
        ("Presiden meninjau tanggul yang jebol di Demak.", True),
        ("(Foto: BPMI Setpres)", True),
    ]
    assert not any(flagged for _, flagged in _flagged(text)[2:])


def test_a_cross_link_in_brackets_is_a_sentence_of_its_own() -> None:
    """ "[Baca juga: ...]" inside a paragraph is cut out as its own, flagged sentence; the
    sentences around it stay story."""
    text = (
        "Yandri menyebut pansus segera bekerja. [Baca juga: Gerindra Setor 4 Nama untuk Pansus] "
        "Keputusan itu hasil rapat fraksi. (Baca: KPK Siapkan Posisi Strategis) (agk / agk)"
    )
    assert _flagged(text) == [
        ("Yandri menyebut pansus segera bekerja.", False),
        ("[Baca juga: Gerindra Setor 4 Nama untuk Pansus]", True),
        ("Keputusan itu hasil rapat fraksi.", False),
        ("(Baca: KPK Siapkan Posisi Strategis)", True),
        ("(agk / agk)", True),
    ]


def test_a_credit_on_the_line_below_makes_a_caption() -> None:
    """A caption whose credit stands on the line below it is furniture with its credit."""
    text = (
        "Sejumlah warga melintas di Gedung Sate, Bandung, Sabtu (9/9/2017).\n"
        "TEMPO/Rina Fauzi\n\n"
        "BANDUNG, KABARKITA - Pemerintah Provinsi Jawa Barat menata ulang kawasan Gedung Sate."
    )
    assert _flagged(text) == [
        ("Sejumlah warga melintas di Gedung Sate, Bandung, Sabtu (9/9/2017).", True),
        ("TEMPO/Rina Fauzi", True),
        ("Pemerintah Provinsi Jawa Barat menata ulang kawasan Gedung Sate.", False),
    ]


def test_a_desk_code_does_not_make_a_caption() -> None:
    """A story line that ends with the desk's code is story: a code is no credit."""
    text = "Harga beras naik tajam. (Abc/Xyz)\n\nPedagang mengeluh."
    assert _flagged(text) == [
        ("Harga beras naik tajam.", False),
        ("(Abc/Xyz)", True),
        ("Pedagang mengeluh.", False),
    ]


@pytest.mark.parametrize(
    "teaser",
    [
        "Manajer Everton, Ronald Koeman, tidak merasa dirugikan oleh keputusan wasit.",
        "Manajer Everton, Ronald Koeman, tidak merasa dirugikan oleh...",
        "Manajer Everton, Ronald Koeman...",
        "Manajer Everton, Ronald Koeman, tidak merasa dirugikan oleh keputusan wasit.\n"
        "Reporter: Nanda Siregar",
    ],
    ids=["whole-lead-again", "lead-cut-off", "lead-cut-short", "teaser-above-byline"],
)
def test_a_teaser_is_furniture(teaser: str) -> None:
    """A line that the story repeats below it, whole or cut off with an ellipsis, is a
    teaser; the story's own sentence is not."""
    text = (
        f"{teaser}\n\n"
        "MANCHESTER, JUARA.net-Manajer Everton, Ronald Koeman, tidak merasa dirugikan oleh "
        "keputusan wasit. Ia menerima hasil imbang itu."
    )
    flagged = _flagged(text)
    lines = teaser.split("\n")
    assert flagged[: len(lines)] == [(line, True) for line in lines]
    assert flagged[len(lines)] == (
        "Manajer Everton, Ronald Koeman, tidak merasa dirugikan oleh keputusan wasit.",
        False,
    )
    assert not any(f for _, f in flagged[len(lines) :])


def test_a_short_teaser_is_the_lead_again() -> None:
    """A short line that the lead repeats where it opens its line, or right after its
    dateline, is a teaser, flagged; the same words elsewhere in the story make no teaser."""
    text = (
        "Menikmati Pizza dengan Telur Setengah Matang\n\n"
        "Halo pecinta kuliner!\n\n"
        "Halo pecinta kuliner! Kali ini saya ada di Sunter. Pizza di sini terkenal.\n\n"
        "Rasanya gurih. Halo pecinta kuliner!\n"
    )
    assert _flagged(text) == [
        ("Halo pecinta kuliner!", True),
        ("Halo pecinta kuliner!", False),
        ("Kali ini saya ada di Sunter.", False),
        ("Pizza di sini terkenal.", False),
        ("Rasanya gurih.", False),
        ("Halo pecinta kuliner!", False),
    ]
    cut = (
        "Hal yang wajar seseorang...\n\n"
        "Hal yang wajar seseorang bisa hilang konsentrasi saat bekerja. Namun fokus bisa "
        "dilatih.\n"
    )
    assert [f for _, f in _flagged(cut)] == [True, False, False]
    story = "Harga beras naik.\n\nPedagang mengeluh. Harga beras naik.\n"
    assert _flagged(story) == [
        ("Harga beras naik.", False),
        ("Pedagang mengeluh.", False),
        ("Harga beras naik.", False),
    ]


def test_a_teaser_said_again_as_the_lead_is_no_picture() -> None:
    """A line said twice with nothing of a caption (no label, no credit below it) is a teaser
    over the lead: the teaser is flagged and the lead stays story; the same two lines with a
    photo's credit below them are a picture's alt text and caption."""
    lead = "Malala Yousafzai mengungkapkan kegembiraannya diterima di Universitas Oxford."
    story = "Peraih Nobel Perdamaian termuda itu akan belajar filsafat, politik, dan ekonomi."
    assert _flagged(f"{lead}\n\n{lead}\n\n{story}\n") == [
        (lead, True),
        (lead, False),
        (story, False),
    ]
    assert _flagged(f"{lead}\n\n{lead}\n\nFoto: Reuters\n\n{story}\n") == [
        (lead, True),
        (lead, True),
        ("Foto: Reuters", True),
        (story, False),
    ]


def test_a_headline_that_asks_said_again_below_is_no_teaser() -> None:
    """A headline that asks, its words nearly all capitalised, said again below by a picture's
    alt text is the headline, the title, and its repeat is the headline again: no teaser."""
    headline = "KPK tak Temukan Surat Pencabutan IUP Nikel Raja Ampat: Apa Iya Betul Dicabut?"
    text = (
        f"{headline}\n\nAndhika Prasetyo\n22/10/2025 06:59\n\n{headline}\n\n"
        "Komisi Pemberantasan Korupsi (KPK) mengaku belum menemukan surat keputusan resmi. "
        "Padahal, pemerintah sudah mengumumkan pencabutan izin pada Juni 2025.\n"
    )
    result = _split(text)
    assert result.title is not None and result.title.text == headline
    assert [s.furniture for s in result.sentences if s.text == headline] == ["headline"]


def test_a_teaser_cut_off_ends_its_line() -> None:
    """A teaser cut off with an ellipsis ends at its line break even when a caption follows
    on the next line: both are furniture."""
    text = (
        "Juventus Hikayat Sang Pecundang\n"
        "Jika ada satu label yang selalu membikin...\n"
        "Pemain Juventus merayakan gol di Turin, Sabtu (27/5/2017). (Foto: Liputan6.com/Ana)\n"
        "Jika ada satu label yang selalu membikin kuping para Juventini panas, itu adalah "
        "jago kandang. Juventus kalah lagi.\n"
    )
    assert _flagged(text) == [
        ("Jika ada satu label yang selalu membikin...", True),
        ("Pemain Juventus merayakan gol di Turin, Sabtu (27/5/2017).", True),
        ("(Foto: Liputan6.com/Ana)", True),
        ("Jika ada satu label yang selalu membikin kuping para Juventini panas, itu adalah "
         "jago kandang.", False),
        ("Juventus kalah lagi.", False),
    ]  # fmt: skip


def test_furniture_paragraphs_do_not_hide_a_dateline_led_lead() -> None:
    """Date, caption and teaser paragraphs above a dateline-led lead do not count towards the
    paragraphs it may stand below: what is above it is furniture."""
    text = (
        "Dirumorkan Bergabung dengan Sauber, Leclerc Fokus\n\n"
        "Senin 7 Agu 2017 08:10 WIB\n\n"
        "Charles Leclerc berbincang dengan wartawan di Monako, Minggu (6/8/2017).\n"
        "Foto: Pixabay\n\n"
        "Charles Leclerc buka suara.\n\n"
        "JUARA.NET, MONTE CARLO-Pebalap Formula 2 Charles Leclerc dikabarkan bergabung dengan "
        "Sauber. Ia belum mau berkomentar.\n"
    )
    flagged = _flagged(text)
    assert [f for _, f in flagged] == [True, True, True, True, False, False]
    assert flagged[4][0].startswith("Pebalap Formula 2")


def test_the_docs_name_every_family() -> None:
    """docs/inputs-and-errors.md names exactly the families of the rules."""
    page = (ROOT / "docs" / "inputs-and-errors.md").read_text(encoding="utf-8")
    found = re.search(r"Each family has a name, [^:]*:\n(.*?)\. Each family's rules", page, re.S)
    assert found is not None
    named = re.findall(r"`([a-z-]+)`", found.group(1))
    assert sorted(named) == sorted({rule.family for rule in RULES})
