"""The headline at the top of copied text is the title, with its position, never a sentence."""

from __future__ import annotations

import pytest

from ringkas import split, summarize

LEAD = (
    "JAKARTA, KOMPAS.com - Harga beras medium di pasar tradisional naik 8 persen sepekan "
    "terakhir. Pedagang menyebut pasokan dari Karawang berkurang. Pemerintah berjanji "
    "menggelar operasi pasar."
)

HEADLINES = [
    pytest.param("Harga Beras Naik Jelang Lebaran\n\n" + LEAD, "Harga Beras Naik Jelang Lebaran",
                 id="title-case"),
    pytest.param("Harga beras naik jelang Lebaran\n\n" + LEAD, "Harga beras naik jelang Lebaran",
                 id="sentence-case"),
    pytest.param("# Harga Beras Naik\n\n" + LEAD, "Harga Beras Naik", id="markdown"),
    pytest.param("Apa Iya Harga Beras Naik?\n" + LEAD, "Apa Iya Harga Beras Naik?",
                 id="question-in-title-case"),
    pytest.param("NASIONAL\nHarga Beras Naik Jelang Lebaran\n" + LEAD,
                 "Harga Beras Naik Jelang Lebaran", id="under-a-rubric"),
    pytest.param("Home > Ekonomi\n\nHarga Beras Naik Jelang Lebaran\n\n" + LEAD,
                 "Harga Beras Naik Jelang Lebaran", id="under-a-breadcrumb"),
    pytest.param("Senin, 14 Mar 2022 09:15 WIB\nHarga Beras Naik Jelang Lebaran\n\n" + LEAD,
                 "Harga Beras Naik Jelang Lebaran", id="under-a-date-line"),
    pytest.param("Banjir Rendam Demak\n\n" + LEAD, "Banjir Rendam Demak", id="three-words"),
    pytest.param("Harga Beras Naik Jelang Lebaran\nBerikut ulasannya.\n\n" + LEAD,
                 "Harga Beras Naik Jelang Lebaran", id="over-a-teaser-line"),
    pytest.param("BISNIS | 19 Februari 2018 11:45\nHarga Beras Naik Jelang Lebaran\n"
                 "Berikut ulasannya.\nEditor: Siti Wibowo\n\n" + LEAD,
                 "Harga Beras Naik Jelang Lebaran", id="below-a-rubric-date-over-a-teaser"),
]  # fmt: skip

NO_HEADLINE = [
    pytest.param(LEAD, id="a-lead-is-no-headline"),
    pytest.param("Harga beras naik.\n\n" + LEAD, id="a-sentence-is-no-headline"),
    pytest.param("Harga Beras Naik Jelang Lebaran", id="nothing-below-it"),
    pytest.param("Harga Beras Naik Jelang Lebaran\n\nPedagang mengeluh.", id="too-little-below"),
    pytest.param("<!DOCTYPE html>\n<html>\n" + LEAD, id="markup-is-no-headline"),
]


@pytest.mark.parametrize(("text", "headline"), HEADLINES)
def test_the_headline_is_the_title(text: str, headline: str) -> None:
    """The headline becomes the title, placed where it stands; it is no sentence."""
    result = split(text)
    assert result.title is not None
    assert result.title.text == headline
    assert text[result.title.start : result.title.end] == headline
    assert headline not in [s.text for s in result.sentences]
    assert result.sentences[0].index == 0


@pytest.mark.parametrize("text", NO_HEADLINE)
def test_no_title_without_a_headline(text: str) -> None:
    """Text that opens with its story, or has no story below a line, has no title."""
    assert split(text).title is None


def test_furniture_between_the_headline_and_the_story() -> None:
    """The writer's name and an uncredited caption below the headline are furniture; the
    numbering of sentences and paragraphs starts at the story."""
    text = (
        "Harga Beras Naik Jelang Lebaran\n"
        "Rina Lestari\n\n"
        "Pasar Induk Cipinang pada Senin pagi\n\n" + LEAD
    )
    result = split(text)
    assert [(s.text, s.boilerplate) for s in result.sentences][:2] == [
        ("Rina Lestari", True),
        ("Pasar Induk Cipinang pada Senin pagi", True),
    ]
    story = [s for s in result.sentences if not s.boilerplate]
    assert result.dateline is not None and result.dateline.text == "JAKARTA, KOMPAS.com -"
    assert story[0].text.startswith("Harga beras medium")
    assert [s.index for s in result.sentences] == list(range(len(result.sentences)))


def test_the_headline_again_below_is_furniture() -> None:
    """A photo's caption that repeats the headline is furniture."""
    text = "Harga Beras Naik Jelang Lebaran\n\nHarga Beras Naik Jelang Lebaran\n\n" + LEAD
    result = split(text)
    assert result.sentences[0].text == "Harga Beras Naik Jelang Lebaran"
    assert result.sentences[0].boilerplate


def test_a_summary_never_holds_the_headline() -> None:
    """However many sentences are asked for, the headline is not among them."""
    text = "Harga Beras Naik Jelang Lebaran\n\n" + LEAD
    summary = summarize(text, sentences=10)
    assert summary.title is not None
    assert summary.sentences[0].text.startswith("Harga beras medium")
    assert all(s.text != summary.title.text for s in summary.sentences)


BODY = (
    "Harga beras medium di Pasar Induk Cipinang naik menjadi Rp 14.000 per kilogram pekan ini.\n\n"
    "Pedagang menyebut pasokan dari Karawang dan Subang berkurang sejak awal bulan."
)


@pytest.mark.parametrize(
    "header",
    [
        "13,801 Views / Penulis. Muslimin",
        "Ayo berbagi!\n* Follow @KabarKita",
        "LIPUTAN RINA LESTARI DARI KARAWANG",
        "Pasokan dari dua lumbung padi berkurang sejak awal bulan.\nLIPUTAN RINA LESTARI",
        "* Ekonomi\n* Januari 30, 2017\nPasokan dari dua lumbung padi berkurang.\n"
        "Penulis : Rina Lestari",
    ],
    ids=[
        "view-count-and-writer",
        "share-and-follow",
        "reporter-credit",
        "deck-and-credit",
        "deck-above-the-writer",
    ],
)
def test_short_lines_between_the_headline_and_the_story_are_its_header(header: str) -> None:
    """What stands between the headline and the story's first prose, on lines too short to
    be prose, is the header's (and one sentence above them, a deck); the story starts at its
    first prose sentence."""
    result = split(f"Harga Beras Naik Jelang Lebaran\n\n{header}\n\n{BODY}")
    first = next(n for n, s in enumerate(result.sentences) if not s.boilerplate)
    header_lines = " ".join(s.text for s in result.sentences[:first])
    # A list item's bullet is no part of its sentence.
    assert header_lines.split() == [word for word in header.split() if word != "*"]
    assert result.sentences[first].text.startswith("Harga beras medium")


@pytest.mark.parametrize(
    "text",
    [
        "Harga Beras Naik Jelang Lebaran\n\nHarga beras naik. Pedagang mengeluh.",
        "Harga Beras Naik Jelang Lebaran\n\nJakarta. " + BODY,
        "Harga Beras Naik Jelang Lebaran\n\n" + BODY,
    ],
    ids=["short-story", "short-sentence-on-a-prose-line", "story-right-below"],
)
def test_a_story_that_starts_short_keeps_its_start(text: str) -> None:
    """No header without a story of prose below it, and no short sentence on a line of prose."""
    assert not [s for s in split(text).sentences if s.furniture == "above-lead"]


def test_a_caption_with_its_credit_glued_on_is_furniture() -> None:
    """A page's credit element copied with its caption, glued on ("Jakarta(Biro Pers ...)"),
    makes the line a caption, whatever the lead opens with."""
    caption = "Menteri Keuangan di Istana Negara, Jakarta(Biro Pers Sekretariat Presiden)"
    result = split(f"Harga Beras Naik Jelang Lebaran\n\n{caption}\n\n{BODY}")
    first = result.sentences[0]
    assert (first.text, first.furniture) == (caption, "caption")


def test_a_date_line_with_its_writer_in_the_header() -> None:
    """A line that opens with a date and names the writer and section after it, between the
    headline and the story, is the header's; a dated line of the story itself is story."""
    header = "May 29, 2025 Relawan Mafindo Fitnah / Hasut / Hoax 0"
    result = split(f"Harga Beras Naik Jelang Lebaran\n\n{header}\n\n{BODY}")
    assert [s.boilerplate for s in result.sentences][:1] == [True]
    chronology = f"{BODY}\n\n29 Mei 2025 Polisi menangkap dua tersangka di Karawang"
    result = split(f"Harga Beras Naik Jelang Lebaran\n\n{chronology}")
    assert not any(s.boilerplate for s in result.sentences)


@pytest.mark.parametrize("marks", ["*", "**", "_", "__"])
def test_the_marks_of_a_bold_or_italic_headline_are_left_out_of_the_title(marks: str) -> None:
    """A headline written in bold or italics ("*Judul*", as a chat app forwards news) is the
    title without its marks, placed exactly."""
    text = f"{marks}Harga Beras Naik Jelang Lebaran{marks}\n\n{BODY}"
    title = split(text).title
    assert title is not None and title.text == "Harga Beras Naik Jelang Lebaran"
    assert text[title.start : title.end] == title.text
    assert (title.line, title.column) == (1, len(marks) + 1)


def test_a_picture_whose_alt_text_is_the_headline_gives_the_title_without_brackets() -> None:
    """A picture whose alternative text is the headline, in square brackets as a text browser
    or a converter shows it, over the headline itself: the title is the words inside the
    brackets, placed exactly, and the headline below is the headline again."""
    text = f"[Harga Beras Naik Jelang Lebaran ]\n\nHarga Beras Naik Jelang Lebaran\n\n{BODY}"
    result = split(text)
    title = result.title
    assert title is not None and title.text == "Harga Beras Naik Jelang Lebaran"
    assert text[title.start : title.end] == title.text
    assert (title.line, title.column) == (1, 2)
    assert result.sentences[0].furniture == "headline"


def test_a_headline_wrapped_over_two_lines_of_hard_wrapped_text_is_the_title() -> None:
    """In text hard-wrapped at 72 columns, a headline in title case that fills its line and
    goes on in the next is one title over two lines, its text the input's own."""
    text = (
        "Peringatan Dini Cuaca sudah Dikeluarkan BMKG Sebelum Banjir Bandang\n"
        "Lahar Dingin Terjadi di Sumbar\n\n"
        "Jakarta - Badan Meteorologi, Klimatologi, dan Geofisika sudah\n"
        "mengeluarkan peringatan dini cuaca ekstrem untuk Sumatera Barat sejak\n"
        "Jumat pekan lalu. Peringatan itu disebarkan kepada pemerintah daerah dan\n"
        "warga melalui pesan singkat dan media sosial.\n\n"
        "Banjir bandang dan aliran lahar dingin melanda empat kabupaten pada\n"
        "Sabtu malam setelah hujan deras mengguyur lereng Gunung Marapi selama\n"
        "berjam-jam. Petugas gabungan masih mencari warga yang dilaporkan hilang.\n"
    )
    result = split(text)
    assert result.title is not None
    assert result.title.text == text[: text.index("\n\n")]
    assert (result.title.start, result.title.line, result.sentences[0].line) == (0, 1, 4)
    assert len(result.sentences) == 4


def test_a_headline_with_small_words_wrapped_at_the_top_of_hard_wrapped_text_is_the_title() -> None:
    """At the top of hard-wrapped text, two lines without a sentence's end, the first full and
    the second shorter, are one headline however its words are cased ("... akibat Profit"
    over "Taking")."""
    story = (
        "Indeks Harga Saham Gabungan sempat menembus level 9.000 pada awal\n"
        "perdagangan Selasa pagi, lalu berbalik melemah menjelang siang hari\n"
        "setelah investor asing mencatat penjualan bersih di pasar reguler dan\n"
        "pasar negosiasi sepanjang sesi pertama perdagangan.\n\n"
        "Analis menilai aksi ambil untung wajar setelah indeks naik enam hari\n"
        "berturut-turut, dengan sektor perbankan dan sektor energi sebagai\n"
        "penekan terbesar sepanjang sesi kedua perdagangan hari itu.\n"
    )
    headline = "IHSG Hari Ini: Sempat Tembus 9.000, Indeks Berbalik Melemah akibat Profit\nTaking"
    result = split(f"{headline}\n\n{story}")
    assert result.title is not None and result.title.text == headline
    assert result.sentences[0].text.startswith("Indeks Harga Saham")
    # Two lines that end as a sentence does are the lead, not a headline.
    lead = "Indeks Harga Saham Gabungan sempat menembus level 9.000 pada awal perdagangan\npagi."
    led = split(f"{lead}\n\n{story}")
    assert led.title is None and led.sentences[0].text == lead
