"""The story in the text of a whole page: found by its shape, what stands outside it flagged."""

from __future__ import annotations

import pytest

from ringkas import Summary, split, summarize

_STORY = (
    "Jakarta - Harga beras medium di pasar tradisional naik 8 persen dalam sepekan terakhir. "
    "Pedagang menyebut pasokan dari Karawang berkurang sejak awal bulan.\n\n"
    "Kementerian Perdagangan berencana menggelar operasi pasar di 20 titik mulai pekan depan. "
    "Bulog menyiapkan 50 ribu ton beras untuk operasi itu.\n\n"
    "Menurut pedagang, harga baru akan turun setelah panen raya pada bulan April mendatang.\n"
)
_HEADLINE = "Harga Beras Naik Jelang Lebaran, Pedagang Mengeluh"
_STORY_SENTENCES = [
    "Harga beras medium di pasar tradisional naik 8 persen dalam sepekan terakhir.",
    "Pedagang menyebut pasokan dari Karawang berkurang sejak awal bulan.",
    "Kementerian Perdagangan berencana menggelar operasi pasar di 20 titik mulai pekan depan.",
    "Bulog menyiapkan 50 ribu ton beras untuk operasi itu.",
    "Menurut pedagang, harga baru akan turun setelah panen raya pada bulan April mendatang.",
]


def _story_under_headline(text: str) -> Summary:
    """``text`` split: its title is _HEADLINE and its story, all but its furniture, is
    _STORY_SENTENCES."""
    result = split(text)
    assert result.title is not None and result.title.text == _HEADLINE
    assert [s.text for s in result.sentences if not s.boilerplate] == _STORY_SENTENCES
    return result


def _page(menu: list[str], marker: str = "") -> str:
    """A whole page as a reader pastes it: menu, headline, byline, the story, a list of other
    stories with a teaser, and the footer's links."""
    items = "\n".join(f"{marker}{item}" for item in menu)
    return (
        f"{_HEADLINE}\n\n{items}\n\n{_HEADLINE}\n\nRina Lestari - detikFinance\n"
        f"Senin, 14 Mar 2022 09:15 WIB\n\n{_STORY}\n"
        f"{marker}Gempa Guncang Cianjur, Warga Berhamburan Keluar Rumah\n"
        f"{marker}Jokowi Resmikan Tol Baru di Sumatera Utara\n"
        f"{marker}Timnas Indonesia Menang Telak atas Brunei\n\n"
        "Cuaca ekstrem diperkirakan melanda Jawa Barat sepanjang pekan ini menurut BMKG.\n\n"
        f"{marker}Tentang Kami\n{marker}Pedoman Media Siber\n{marker}Kontak\n"
    )


_MENU = ["Beranda", "Nasional", "Ekonomi", "Olahraga", "Teknologi", "detikHealth", "Indeks"]


@pytest.mark.parametrize("marker", ["", "  * ", "• "], ids=["copied", "rendered", "bullets"])
def test_a_whole_page_gives_its_story(marker: str) -> None:
    """Menus, lists of other stories, their teasers and the footer are furniture, each by its
    family; the headline below the menu is the title; the story is every other sentence."""
    text = _page(_MENU, marker)
    result = split(text)
    assert result.title is not None and result.title.text == _HEADLINE
    assert result.dateline is not None and result.dateline.text == "Jakarta -"
    story = [s.text for s in result.sentences if not s.boilerplate]
    assert story == _STORY_SENTENCES
    families = {s.text.removeprefix(marker.strip()).strip(): s.furniture for s in result.sentences}
    assert families["Ekonomi"] == "menu"
    assert families["Jokowi Resmikan Tol Baru di Sumatera Utara"] == "link-list"
    assert (
        families["Cuaca ekstrem diperkirakan melanda Jawa Barat sepanjang pekan ini menurut BMKG."]
        == "other-story"
    )
    assert families["Pedoman Media Siber"] == "menu"
    chosen = [s.text for s in summarize(text).sentences]
    assert chosen and set(chosen) <= set(_STORY_SENTENCES)


def test_a_row_of_icons_between_the_headline_and_the_story_is_passed_over() -> None:
    """Bullets without a word (a row of share icons as a rendered page shows them) and a
    caption between the date line and the story do not hide the headline above them."""
    listed = ["Gempa Guncang Cianjur, Warga Berhamburan", "Jokowi Resmikan Tol Baru di Sumatera"]
    text = (
        f"{_HEADLINE}\n\nTerpopuler\n\n"
        + "".join(f"  * {item}\n\n" for item in listed)
        + f"  * home\n  * ekonomi\n  * bisnis\n\n{_HEADLINE}\n\n"
        + "Senin, 14 Maret 2022 | 09:15 WIB\n"
        + "  * \n" * 4
        + "Presiden meninjau gudang Bulog di Jakarta. Doc. setneg.go.id\n\n"
        + _STORY
    )
    result = split(text)
    assert result.title is not None and result.title.text == _HEADLINE
    assert result.title.line == 13
    assert [s.text for s in result.sentences if not s.boilerplate] == _STORY_SENTENCES


def test_a_page_as_a_browser_copies_it_gives_its_story() -> None:
    """A browser copies a page as bare lines, without bullets or blank lines between them: a
    column of short lines in lower case is a menu, and headlines that end in a question, an
    exclamation or an ellipsis in title case are a list of stories, not prose. The headline
    ends in an exclamation too."""
    menu = ["beranda", "nasional", "olah raga", "ekonomi & bisnis", "kesehatan", "hiburan"]
    popular = [
        "Ribut Sampah, Gubernur Balik Gertak Pengusaha: Kami Ladeni!",
        "Sepak Bola Indonesia Tetap Suram, Sebabnya...",
        "Awas Meterai Palsu, Ini Cara Membedakan!",
        "Mengapa Harga Cabai Naik Setiap Menjelang Lebaran?",
    ]
    headline = "Harga Beras Naik Lagi, Pedagang Mengeluh!"
    text = (
        "\n".join(menu)
        + "\nTerpopuler\n"
        + "".join(f"{n}\n{title}\n" for n, title in enumerate(popular, start=1))
        + f"{headline}\nSenin, 14 Mar 2022 09:15 WIB\n\n{_STORY}"
    )
    result = split(text)
    assert result.title is not None and result.title.text == headline
    assert [s.text for s in result.sentences if not s.boilerplate] == _STORY_SENTENCES
    families = {s.text: s.furniture for s in result.sentences}
    assert [families[item] for item in menu] == ["menu"] * len(menu)
    chosen = [s.text for s in summarize(text).sentences]
    assert chosen and set(chosen) <= set(_STORY_SENTENCES)


def test_a_menu_in_lower_case_above_the_story_is_a_menu() -> None:
    """List items above the first prose are a menu's in lower case too (a menu styled in
    capitals, written in lower case); the story's own list items in lower case stay story."""
    menu = ["* home", "* fakta news", "+ nasional", "+ olah raga", "o sepak bola", "+ politik"]
    own_list = "Yang dibawa pengungsi:\n\n* selimut\n* air minum\n* obat-obatan\n"
    text = _page(menu).replace(_STORY, _STORY + "\n" + own_list)
    result = split(text)
    families = {s.text: s.furniture for s in result.sentences}
    # A bullet is no part of its item's sentence; a letter used as one ("o ") is.
    items = ["home", "fakta news", "nasional", "olah raga", "o sepak bola", "politik"]
    assert [families[item] for item in items] == ["menu"] * len(menu)
    assert [families[item] for item in ("selimut", "air minum", "obat-obatan")] == [None] * 3
    chosen = [s.text for s in summarize(_page(menu)).sentences]
    assert chosen and set(chosen) <= set(_STORY_SENTENCES)


def test_the_same_story_copied_from_its_headline_down_is_left_alone() -> None:
    """Without menus or lists around it, nothing is flagged by the story's shape."""
    text = f"{_HEADLINE}\n\n{_STORY}"
    result = split(text)
    assert result.title is not None and result.title.text == _HEADLINE
    assert [(s.text, s.furniture) for s in result.sentences] == [
        (sentence, None) for sentence in _STORY_SENTENCES
    ]


@pytest.mark.parametrize(
    "listing",
    [
        # Announced with a colon.
        "Pelamar harus memenuhi syarat berikut:\n\nFotokopi Kartu Tanda Penduduk\n"
        "Pas Foto Terbaru\nSurat Keterangan Sehat\nIjazah Terakhir\n",
        # Results with scores, a ranking with points, numbered items, labels and values.
        "Hasil pertandingan lain malam tadi.\n\nPhoenix Suns 122-114 Brooklyn Nets\n"
        "Detroit Pistons 93-114 Los Angeles Lakers\nOklahoma City Thunder 110-91 Milwaukee Bucks\n",
        "Peringkat terbaru pekan ini.\n\nSimona Halep (RUM) 6.425\n"
        "Caroline Wozniacki (DEN) 6.095\nGarbine Muguruza (ESP) 6.005\n",
        "Korban luka.\n\n1. Serda Alpredo Siahaan\n2. Prada Danar\n3. Pratu Ridai\n",
        "Susunan pemain kedua tim.\n\nPelatih: Milomir Seslija\nWasit: Yeni Krisdianto\n"
        "Kapten: Boaz Solossa\n",
        "Kesalahan yang harus dihindari.\n\nTidak memberitahu tamu\nMelupakan rencana orang lain\n"
        "Tidak memperhitungkan biaya ekstra\n",
    ],
    ids=["announced", "scores", "ranking", "numbered", "labels", "sentence-case"],
)
def test_the_story_s_own_lists_are_story(listing: str) -> None:
    """A list the story holds, in the middle or at its end, is neither a menu nor a list of
    other stories: no sentence is flagged."""
    lead, rest = _STORY.split("\n\n", 1)
    for text in (
        f"{_HEADLINE}\n\n{_STORY}\n{listing}",
        f"{_HEADLINE}\n\n{lead}\n\n{listing}\n{rest}",
    ):
        sentences = split(text).sentences
        assert [s.furniture for s in sentences] == [None] * len(sentences)


def test_a_page_of_menus_only_stays_as_it_is() -> None:
    """Without any prose there is no story to set apart: nothing is flagged for it."""
    text = "\n".join(_MENU * 3)
    outside = {"menu", "link-list", "other-story"}
    assert not any(s.furniture in outside for s in split(text).sentences)


def test_the_longest_run_of_prose_is_the_story() -> None:
    """Of two stories set apart by a menu, the longer one is the story; the shorter one is
    another story's, flagged, whichever comes first."""
    short = "Cuaca ekstrem diperkirakan melanda Jawa Barat sepanjang pekan ini menurut BMKG.\n"
    menu = "\n".join(_MENU)
    for text in (f"{short}\n{menu}\n\n{_STORY}", f"{_STORY}\n{menu}\n\n{short}"):
        result = split(text)
        assert [s.text for s in result.sentences if not s.boilerplate] == _STORY_SENTENCES
        flagged = {s.text: s.furniture for s in result.sentences}
        assert flagged[short.strip()] == "other-story"


def test_a_labelled_list_between_the_headline_and_the_story() -> None:
    """A list of other stories under its label ("Berita Terkait") between the byline and the
    story is other stories' headlines; the headline above it is still the title."""
    related = "\n\n".join(
        [
            "Berita Terkait",
            "Gempa Guncang Cianjur, Warga Berhamburan Keluar Rumah",
            "Jokowi Resmikan Tol Baru di Sumatera Utara",
            "Timnas Indonesia Menang Telak atas Brunei Darussalam",
            "Operasi Pasar Digelar di Dua Puluh Titik Jakarta",
        ]
    )
    text = f"{_HEADLINE}\n\nOleh : Rina Lestari | Senin, 14 Maret 2022\n\n{related}\n\n{_STORY}"
    result = _story_under_headline(text)
    listed = [s.furniture for s in result.sentences if s.text.startswith(("Gempa", "Timnas"))]
    assert listed == ["link-list", "link-list"]


def _feed_item(headline: str, teaser: str) -> str:
    return f"{headline}\nSepakbola | Minggu 20 Mei 2018, 19:14 WIB {teaser}\n\n"


_FEED = "News Feed\n\n" + "".join(
    _feed_item(headline, teaser)
    for headline, teaser in [
        (
            "Redakan Spekulasi, Hazard Mengaku Bahagia di Chelsea",
            "Masa depan Eden Hazard dispekulasikan setelah ia mengomentari kebijakan transfer "
            "klubnya musim ini. Tapi, dia justru menyebut bahagia di Stamford Bridge bersama "
            "rekan-rekannya.",
        ),
        (
            "Ditanya Lagi Soal Masa Depannya, Ini Jawaban Courtois",
            "Thibaut Courtois tak mau memusingkan dulu soal masa depannya di Chelsea musim depan. "
            "Hal itu baru akan dibicarakan dengan klub selepas Piala Dunia 2018 di Rusia nanti.",
        ),
        (
            "Panasnya Duel Biru di Ibukota Antara Lazio dan Inter",
            "Perebutan tiket Liga Champions memanas di ibukota antara Lazio dan Inter Milan pekan "
            "ini. Selain itu, Ciro Immobile dan Mauro Icardi berebut gelar pencetak gol terbanyak.",
        ),
        (
            "Tekanan di Final Liga Champions Lebih Berat untuk Zidane",
            "Zinedine Zidane mendapatkan tekanan berat menuju final Liga Champions di Kiev akhir "
            "bulan ini. Masa depannya di Real Madrid bisa jadi ditentukan lewat duel itu nanti.",
        ),
    ]
)


def test_a_feed_of_dated_teasers_below_the_story_is_other_stories() -> None:
    """A list of stories whose items are a headline over a teaser that opens with the story's
    rubric and date stamp is furniture, though it holds more prose than the story."""
    header = f"{_HEADLINE}\n\nRina Lestari - detikFinance\nSenin, 14 Mar 2022 09:15 WIB\n\n"
    text = f"{header}{_STORY}\n{_FEED}"
    result = _story_under_headline(text)
    teasers = [s.furniture for s in result.sentences if s.text.startswith("Sepakbola |")]
    assert teasers == ["other-story"] * 4
    assert set(s.text for s in summarize(text).sentences) <= set(_STORY_SENTENCES)


def test_a_feed_of_items_under_their_date_lines_is_other_stories() -> None:
    """A list of stories whose items each stand under a date line (its headline and a teaser,
    then the next item's rubric) is furniture, though it holds more prose than the story."""
    items = [
        ("Satu ABK Indonesia di Kapal Malaysia Kena Tembak Pembajak",
         "Dua puluh satu awak kapal lainnya dalam keadaan selamat dan tidak terluka sama sekali.",
         "VLOG"),
        ("Deretan Kesalahan Fatal saat Berbuka Puasa",
         "Kebiasaan-kebiasaan ini bisa berakibat buruk bagi kesehatan tubuh Anda selama bulan "
         "puasa.", "VIVALIFE"),
        ("Kombinasikan Buah dan Sayur untuk Jus yang Lebih Sehat",
         "Kandungan vitamin dalam jus juga membantu mencegah penuaan dini pada kulit wajah.",
         "NASIONAL"),
        ("Sanksi Perdagangan Satwa Lemah, Profauna Desak Revisi Undang-Undang",
         "Undang-undang cuma mengatur hukuman maksimal lima tahun tanpa hukuman minimal bagi "
         "pelaku.", "METRO"),
        ("Akibat Kabel Terbakar, Penumpang Kereta Jadi Membeludak di Stasiun",
         "Kereta tidak bisa masuk stasiun selama dua jam sehingga penumpang menumpuk di peron.",
         "BISNIS"),
    ]  # fmt: skip
    feed = "BACA ARTIKEL MENARIK LAINNYA\nDUNIA\n\n" + "".join(
        f"Jum'at, 19 Juni 2015 | 13:{12 - n:02d} WIB\n\n{headline}\n{teaser}\n{rubric}\n\n"
        for n, (headline, teaser, rubric) in enumerate(items)
    )
    header = f"{_HEADLINE}\n\nJum'at, 19 Juni 2015 | 13:12 WIB\nOleh : Rina Lestari\n\n"
    text = f"{header}{_STORY}\n{feed}"
    _story_under_headline(text)
    assert set(s.text for s in summarize(text).sentences) <= set(_STORY_SENTENCES)


def test_a_list_of_headlines_under_the_dated_header_is_no_headline() -> None:
    """The last of a list of headlines right above the story (no label over the list) is not
    the story's headline when a headline over its date line stands above the list."""
    listed = (
        "Kembali ke Atas 0.7700, AUDUSD Berpotensi Menguat\n"
        "GBPUSD Perlu Lewati 1.2515 Untuk Melanjutkan Penguatan\n"
        "Profit Taking Membebani Dollar, GBPUSD Berpotensi Naik\n"
        "Potensi Bullish Terjaga, AUDUSD Incar Area 0.7790\n\n"
    )
    text = (
        f"{_HEADLINE}\nSenin, 14 Mar 2022 09:15 WIB\nsmall\nmedium\nlarge\nDibaca 640\n"
        f"Today's Analysis\n{listed}{_STORY}"
    )
    _story_under_headline(text)


def test_dated_paragraphs_without_headlines_stay_story() -> None:
    """Paragraphs of a story's own chronology that open with a date and time are no list of
    stories: no headline stands over each."""
    chronology = "".join(
        f"Senin 14 Maret 2022, {hour}:00 WIB Petugas memeriksa gudang beras ke-{n} di Karawang "
        "dan mencatat stok yang tersisa.\n\n"
        for n, hour in enumerate(("09", "10", "11", "12"), start=1)
    )
    text = f"{_HEADLINE}\n\nSenin, 14 Mar 2022 09:15 WIB\n\n{_STORY}\n{chronology}"
    result = split(text)
    assert not any(s.boilerplate for s in result.sentences if s.text.startswith("Senin 14"))


def test_the_story_under_the_page_s_header_beats_a_longer_block_elsewhere() -> None:
    """A longer block of prose elsewhere on the page (a glossary under its own menu) is not the
    story: the story is the run of prose under the headline and its date line."""
    terms = [
        ("Akuisisi", "Penggabungan badan usaha dengan cara menguasai sebagian besar saham"),
        ("Agio", "Nilai yang dimasukkan ke dalam modal sendiri dari selisih harga jual saham"),
        ("Blue Chip", "Saham biasa dari suatu perusahaan yang memiliki reputasi tinggi di pasar"),
        (
            "Cabotage",
            "Pelayaran melalui pantai suatu negara yang dilakukan oleh kapal dalam negeri",
        ),
        ("Dividen", "Bagian laba perusahaan yang dibagikan kepada para pemegang saham tiap tahun"),
        ("Emiten", "Pihak yang melakukan penawaran umum efek kepada masyarakat melalui bursa"),
    ]
    glossary = "GLOSSARY\n\nA\nB\nC\nD\nE\n\n" + "".join(
        f"{term}\n\n{meaning} menurut kamus istilah keuangan yang dipakai di Indonesia. "
        "Istilah ini sering dipakai dalam laporan keuangan perusahaan terbuka.\n\n"
        for term, meaning in terms
    )
    text = (
        f"{_HEADLINE}\n\nNatasha Oktalia, Jurnalis · Kamis 09 Juli 2020 07:26 WIB\n"
        "Share on Facebook\nShare on Twitter\nShare on mail\ncopy link\n"
        "Link successfully copied\n\n"
        f"{_STORY}\nBerita Terkait\n\n{glossary}"
    )
    _story_under_headline(text)
    assert set(s.text for s in summarize(text).sentences) <= set(_STORY_SENTENCES)


def test_a_caption_below_a_labelled_list_does_not_make_a_listed_headline_the_title() -> None:
    """Only the header's date line or byline puts the headline right above it: a caption
    between a list of other stories and the story leaves the list's last headline listed."""
    related = "\n\n".join(
        [
            "Berita Terkait",
            "Gempa Guncang Cianjur, Warga Berhamburan Keluar Rumah",
            "Jokowi Resmikan Tol Baru di Sumatera Utara",
            "Timnas Indonesia Menang Telak atas Brunei Darussalam",
            "Operasi Pasar Digelar di Dua Puluh Titik Jakarta",
            "Bulog Siapkan Beras Murah untuk Warga Bekasi",
        ]
    )
    text = (
        f"{_HEADLINE}\n\nOleh : Rina Lestari | Senin, 14 Maret 2022 | 15:00 WIB\n\n{related}\n\n"
        f"(Foto: Antara)\n\n{_STORY}"
    )
    _story_under_headline(text)


def test_a_list_with_bullets_between_the_date_line_and_the_story_is_passed_over() -> None:
    """A list of links with bullets under a short label, between the header's date line and
    the story, leaves the headline above the date line the title and the dateline found."""
    listed = [
        "Kembali ke Atas 0.7700, AUDUSD Berpotensi Menguat",
        "GBPUSD Perlu Lewati 1.2515 Untuk Melanjutkan Penguatan",
        "Resisten 1.0620, Tahan Penguatan EURUSD",
        "Potensi Bullish Terjaga, AUDUSD Incar Area 0.7790",
    ]
    text = (
        f"{_HEADLINE}\n\nSenin, 30 Januari 2017 8:53 WIB\n  * small\n  * medium\n  * large\n"
        "Dibaca 640\nTweet\n\nToday's Analysis\n\n"
        + "".join(f"  * {item}\n" for item in listed)
        + f"\n\n{_STORY}"
    )
    result = split(text)
    assert result.title is not None and result.title.text == _HEADLINE
    assert result.dateline is not None and result.dateline.text == "Jakarta -"
    assert [s.text for s in result.sentences if not s.boilerplate] == _STORY_SENTENCES


_LEAD = _STORY.removeprefix("Jakarta - ")


def test_a_browser_copy_with_the_headline_right_under_a_list() -> None:
    """Without blank lines (as a browser copies a page), the headline follows a list under its
    label directly; over its byline and date line it is the headline, not the list's item."""
    text = (
        "Terpopuler\nBursa Valas\nMoneter\nMarket Research\nFoto Biz\nVideo Biz\n"
        f"{_HEADLINE}\nHerdi Alif Al Hikam - detikFinance\nSenin, 13 Mei 2024 13:24 WIB\n"
        f"Foto: Presiden Joko Widodo.\nJakarta -\n{_LEAD}"
    )
    result = split(text)
    assert result.title is not None and result.title.text == _HEADLINE
    assert result.dateline is not None and result.dateline.text == "Jakarta -"
    assert [s.text for s in result.sentences if not s.boilerplate] == _STORY_SENTENCES


def test_a_deck_between_the_headline_and_its_byline() -> None:
    """A deck (a sentence under the headline) above the byline and date line leaves the headline
    the title, also with the byline's "Oleh" run into the name as a browser copies a link."""
    text = (
        f"{_HEADLINE}\n\nPedagang di Jakarta mengeluhkan kenaikan harga sejak awal bulan ini.\n\n"
        "OlehAdy Anugrahadi\nDiterbitkan 13 Juli 2026, 11:19 WIB\nShare\nCopy Link\n"
        "Batalkan\nPerbesar\nTentang Harga Beras\nJadi intinya...\n"
        f"{_STORY}"
    )
    _story_under_headline(text)


def test_an_english_byline_below_the_headline() -> None:
    """A byline in English on the line below the headline ("by Jenly Wenur") is a byline of
    its own, not the end of the headline."""
    text = f"{_HEADLINE}\nby Jenly Wenur\nJumat, 9 Oktober 2020\nFacebook\nTwitter\n\n{_STORY}"
    result = split(text)
    assert result.title is not None and result.title.text == _HEADLINE
    assert [(s.text, s.furniture) for s in result.sentences[:1]] == [("by Jenly Wenur", "byline")]


def test_a_date_line_that_opens_with_the_outlet_is_no_lead() -> None:
    """A date line that opens like a dateline ("Kompas.com - 13/05/2024, 14:04 WIB") below the
    headline is not the lead: the caption below it stands above the lead, which opens with its
    dateline."""
    text = (
        f"{_HEADLINE}\n\nKompas.com - 13/05/2024, 14:04 WIB\n\nRina Lestari\n\nPenulis\n\n"
        "Lihat Foto\nPresiden meninjau pasar di Kendari, Senin (13/5/2024).(Dok. Sekretariat "
        f"Presiden )\n\nJAKARTA, KOMPAS.com - {_LEAD}"
    )
    result = split(text)
    assert result.dateline is not None and result.dateline.text == "JAKARTA, KOMPAS.com -"
    assert [s.text for s in result.sentences if not s.boilerplate] == _STORY_SENTENCES


def test_a_list_of_stories_with_their_date_lines_and_teasers() -> None:
    """Items of a list of other stories, each a headline over its date line and a short teaser
    (as a page saved as text shows a news feed), are other stories, though each teaser is
    prose."""
    feed = "".join(
        f"{headline}\n{date}\n\n{teaser}\n\n41,913 Views\n____________________\n\n"
        for headline, date, teaser in [
            (
                "IHSG Selasa Pagi Dibuka Menguat 7.01 Poin",
                "Selasa, 21 Februari 2017 10:20 WIB",
                "Indeks harga saham gabungan di Bursa Efek Indonesia pada Selasa dibuka menguat "
                "sebesar 7,01 poin seiring dengan aksi beli investor.",
            ),
            (
                "iPad Pro dan iPhone Model Baru Diumumkan Maret 2017",
                "Selasa, 21 Februari 2017 10:20 WIB",
                "Apple dikabarkan tengah menyiapkan acara besar pada bulan depan. Perusahaan itu "
                "akan mengumumkan empat model baru.",
            ),
            (
                "Ribuan Warga Bekasi Mengungsi Akibat Banjir Semalam",
                "Selasa, 21 Februari 2017 09:55 WIB",
                "Banjir merendam ribuan rumah di Kota Bekasi sejak Senin malam setelah hujan deras "
                "mengguyur kawasan itu selama enam jam.",
            ),
        ]
    )
    text = f"{_HEADLINE}\n\nSenin, 14 Mar 2022 09:15 WIB\n\n{_STORY}\nNews Feed\n\n{feed}"
    _story_under_headline(text)


def test_a_picture_as_a_text_browser_saves_it() -> None:
    """A picture's alt text with its caption's label at the end of the line, and the caption
    and credit on the line below, are the caption's."""
    text = (
        f"{_HEADLINE}\n\n   Rina Lestari - detikFinance\n   Senin, 13 Mei 2024 13:24 WIB\n"
        "   Presiden Joko Widodo. (Vico-Biro Pers Sekretariat Presiden). Foto:\n"
        "   Presiden Joko Widodo. (Vico-Biro Pers Sekretariat Presiden).\n"
        "   Jakarta -\n\n"
        f"{_LEAD}"
    )
    result = split(text)
    assert [s.text for s in result.sentences if not s.boilerplate] == _STORY_SENTENCES


def test_a_wrapped_cross_link_in_hard_wrapped_text() -> None:
    """In text hard-wrapped at a width, a cross-link that fills its line goes on below: the
    rest of its headline is no sentence of the story."""
    lines = [
        "   Harga beras medium di pasar tradisional naik 8 persen dalam sepekan",
        "   terakhir. Pedagang menyebut pasokan dari Karawang berkurang sejak awal",
        "   bulan ini.",
        "   Baca juga: Sudirman Said: Jakarta Masuk Masa Transisi, Tak Elok Pilih",
        "   Gubernur yang Berseberangan dengan Pemerintah Pusat",
        "",
        "   Kementerian Perdagangan berencana menggelar operasi pasar di 20 titik",
        "   mulai pekan depan. Bulog menyiapkan 50 ribu ton beras untuk operasi itu",
        "   di seluruh wilayah Jakarta dan sekitarnya.",
    ]
    result = split("\n".join(lines) + "\n")
    crosslinks = [s.text.split() for s in result.sentences if s.furniture == "cross-link"]
    assert crosslinks == [
        "Baca juga: Sudirman Said: Jakarta Masuk Masa Transisi, Tak Elok Pilih Gubernur yang "
        "Berseberangan dengan Pemerintah Pusat".split()
    ]
    assert not any("Berseberangan" in s.text for s in result.sentences if not s.boilerplate)


def test_a_feed_saved_as_text_with_its_stamps_below_the_headlines() -> None:
    """A news feed saved as hard-wrapped text: each headline on its line, the rubric and date
    stamp opening the line below it with the teaser, a photo story's headline a caption. The
    stamp starts a sentence of its own below the headline, and the feed is other stories."""
    items = [
        ("Pemilik Mobil yang Tabrak Polantas di Gowa adalah Oknum TNI", "DETIKNEWS"),
        ("Foto: Selfie Ekstrem Berlatar Asap Tebal Erupsi Gunung Kilauea", "DETIKPHOTO"),
        ("Jejak Sofyan Tsauri yang Ancam Polisikan Habib Rizieq", "DETIKNEWS"),
        ("Tas Mencurigakan Ditinggal di Terminal Pandaan, Gegana Diterjunkan", "DETIKNEWS"),
    ]
    feed = "".join(
        f"{headline}\n       {rubric} | Minggu 20 Mei 2018, 12:19 WIB Sebuah kejadian yang viral\n"
        "       menunjukkan warga berkumpul di lokasi sejak pagi hari. Polisi masih\n"
        "       memeriksa sejumlah saksi yang melihat kejadian itu.\n\n"
        for headline, rubric in items
    )
    text = (
        f"{_HEADLINE}\n\nRina Lestari - detikNews\nSenin, 14 Mar 2022 09:15 WIB\n\n{_STORY}\n{feed}"
    )
    result = split(text)
    assert [s.text for s in result.sentences if not s.boilerplate] == _STORY_SENTENCES
    stamps = [s for s in result.sentences if " | Minggu 20 Mei 2018" in s.text]
    assert len(stamps) == 4 and all(s.text.startswith(("DETIKNEWS", "DETIKPHOTO")) for s in stamps)


def test_a_writer_s_name_between_headline_and_date_line_is_no_headline() -> None:
    """A headline over its writer's name over the date line: the headline is the title, the
    name a byline; a date line that opens like a dateline ends its line, though a picture's
    words in lower case follow it."""
    text = (
        "Home\nLifestyle\nFeel Good\n\n"
        "5 Tips Agar Tetap Bugar dan Kuat Selama Berpuasa\n\n"
        "Ariska Puspita Anggraini\nKompas.com - 17/05/2018, 19:00 WIB\n"
        "bopav Mengatur waktu makan\n\n"
        f"{_STORY}"
    )
    result = split(text)
    assert result.title is not None
    assert result.title.text == "5 Tips Agar Tetap Bugar dan Kuat Selama Berpuasa"
    header = [(s.text, s.furniture) for s in result.sentences if s.line in (7, 8)]
    assert header == [
        ("Ariska Puspita Anggraini", "byline"),
        ("Kompas.com - 17/05/2018, 19:00 WIB", "date-line"),
    ]
    assert [s.text for s in result.sentences if not s.boilerplate] == _STORY_SENTENCES


def test_a_breadcrumb_ends_a_list_of_headlines_above_the_story() -> None:
    """A list of headlines under its label, then a breadcrumb of words in lower case, then the
    story's headline over its date line (a browser copies them with no blank line between):
    the list ends at the breadcrumb, and the headline is the story's."""
    text = (
        "Berita Pilihan\n"
        "Jelang Piala Sudirman, Persib Compang-camping, Ada Apa?\n"
        "Kangen dengan Penyanyi Rain? Ini Jadwal Turnya\n"
        "Pedagang Sayur Tewas, 3 Cincin Emas di Jari Hilang\n"
        f"home\ngaya\nkesehatan\n{_HEADLINE}\nSenin, 14 Mar 2022 09:15 WIB\n\n{_STORY}"
    )
    result = split(text)
    assert result.title is not None and result.title.text == _HEADLINE
    listed = [s.furniture for s in result.sentences if s.line in (2, 3, 4)]
    assert listed == ["link-list"] * 3
    assert [s.text for s in result.sentences if not s.boilerplate] == _STORY_SENTENCES
