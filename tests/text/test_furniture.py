"""Page furniture of Indonesian news is flagged, kept by --split, and never summarised."""

from __future__ import annotations

import pytest

from ringkas import METHODS, EmptyInputError, split, summarize
from ringkas.text.furniture import is_boilerplate

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


# -- the furniture families of Indonesian news pages, one row per shape ---------------------------

FURNITURE_ROWS = [
    # Cross-links in every spelling and shape.
    pytest.param("Baca juga: Stok Beras Bulog Dipastikan Aman", id="cross-link-baca-juga"),
    pytest.param("BACA JUGA: Harga Cabai Turun", id="cross-link-capitals"),
    pytest.param("Baca Juga", id="cross-link-label-alone"),
    pytest.param(
        "Baca juga : Hasil Penyelidikan Tambang Segera Dirilis", id="cross-link-space-colon"
    ),
    pytest.param("Baca: Jokowi-JK Masih Kompak", id="cross-link-baca"),
    pytest.param("baca: Kemenangan Trump Akhir Mimpi Palestina", id="cross-link-lower"),
    pytest.param("[Baca juga: Gerindra Setor 4 Nama untuk Pansus]", id="cross-link-brackets"),
    pytest.param("(Baca Juga: Kevin Sanjaya Komentari Hasil Undian)", id="cross-link-parens"),
    pytest.param("SIMAK JUGA: Timnas Futsal Putri Bungkam Myanmar", id="cross-link-simak"),
    pytest.param("Lihat Juga: Detik-detik Gempa Cianjur", id="cross-link-lihat"),
    pytest.param("Baca selengkapnya di sini", id="cross-link-selengkapnya"),
    pytest.param("Baca berita terkait: Banjir Rendam Bekasi", id="cross-link-berita-terkait"),
    # Advertising and scroll labels.
    pytest.param("ADVERTISEMENT", id="ads-advertisement"),
    pytest.param("SCROLL TO CONTINUE WITH CONTENT", id="ads-scroll-english"),
    pytest.param("Scroll down untuk melanjutkan membaca", id="ads-scroll-indonesian"),
    pytest.param("Lanjutkan Membaca", id="ads-lanjutkan-membaca"),
    pytest.param("Iklan", id="ads-iklan"),
    # Photo captions and credits.
    pytest.param("Foto: Antara/Aditya Pradana Putra", id="caption-foto"),
    pytest.param("(Foto: Dok. Humas)", id="caption-foto-parens"),
    pytest.param("Keterangan foto: Warga antre beras.", id="caption-keterangan"),
    pytest.param("©2020 Merdeka.com/Imam Buhori", id="caption-copyright-credit"),
    pytest.param("KOMPAS.com/KRISTIANTO PURNOMO", id="caption-outlet-credit"),
    pytest.param("(Liputan6.com/Helmi Fithriansyah)", id="caption-outlet-credit-parens"),
    pytest.param("ANTARA FOTO/Aji Styawan", id="caption-agency-credit"),
    pytest.param("Dok. Istimewa", id="caption-dok"),
    pytest.param("Ilustrasi kebakaran.", id="caption-ilustrasi"),
    pytest.param("Sumber: Antara", id="caption-source-line"),
    pytest.param("Sumber: Badan Pusat Statistik", id="caption-source-line-figures"),
    # Bylines and staff lines.
    pytest.param("Penulis: Ahmad Fauzi | Editor: Rina Lestari", id="staff-penulis-editor"),
    pytest.param("Reporter : Budi Santoso", id="staff-reporter"),
    pytest.param("Editor : Andhika", id="staff-editor"),
    pytest.param("Redaktur & Reporter : Boy", id="staff-redaktur-reporter"),
    pytest.param("Redaktur: Sri Juliati", id="staff-redaktur"),
    pytest.param("Pewarta: Joko", id="staff-pewarta"),
    pytest.param("Oleh Ahmad Fauzi", id="staff-oleh"),
    pytest.param("Oleh: Redaksi", id="staff-oleh-colon"),
    pytest.param("Rina Lestari - detikNews", id="staff-detik-byline"),
    pytest.param("Laporan Wartawan Tribunnews.com, Fahdi Fahlevi", id="staff-laporan-wartawan"),
    pytest.param("Editor", id="staff-label-alone"),
    pytest.param("CNN Indonesia", id="staff-outlet-alone"),
    pytest.param("kumparanNEWS", id="staff-outlet-brand"),
    # Date and time lines.
    pytest.param("Senin, 14 Mar 2022 09:15 WIB", id="date-day-date-time"),
    pytest.param("NASIONAL | 3 Mei 2020 07:45", id="date-rubric"),
    pytest.param("Diperbarui 5 Agu 2019, 16:02 WIB", id="date-diperbarui"),
    pytest.param("08/01/2024 13:30", id="date-numeric"),
    pytest.param("Kamis, 12 Januari 2023 - 10:24 WIB", id="date-dash"),
    pytest.param("Kompas.com - 14/03/2022, 09:15 WIB", id="date-outlet"),
    pytest.param("2 jam lalu", id="date-relative"),
    # Share, tag, related and recommendation blocks, pagers.
    pytest.param("Bagikan", id="list-bagikan"),
    pytest.param("TOPIK TERKAIT", id="list-topik-terkait"),
    pytest.param("Tag Terkait", id="list-tag-terkait"),
    pytest.param("Berita Terkait", id="list-berita-terkait"),
    pytest.param("REKOMENDASI", id="list-rekomendasi"),
    pytest.param("Berita Lainnya", id="list-berita-lainnya"),
    pytest.param("Terpopuler", id="list-terpopuler"),
    pytest.param("Tags: PPKM Darurat Angka Kematian", id="list-tags-line"),
    pytest.param("Halaman selanjutnya", id="list-halaman-selanjutnya"),
    pytest.param("1 2 3 4 Selanjutnya", id="list-pager"),
    pytest.param("2", id="list-number-alone"),
    pytest.param("ARTIKEL SELANJUTNYA", id="list-next-article"),
    pytest.param("Berita detikcom Lainnya", id="list-outlet-more"),
    pytest.param("Jangan Lewatkan", id="list-jangan-lewatkan"),
    pytest.param("Share this:", id="list-share-this"),
    pytest.param("Filed under: Khawarij |", id="list-filed-under"),
    pytest.param("Home > Nasional > Hukum", id="list-breadcrumb"),
    # Video promos and embeds.
    pytest.param('Simak Video "Jokowi Resmikan Tol Trans Sumatra"', id="video-simak"),
    pytest.param("[Gambas:Video 20detik]", id="video-gambas"),
    pytest.param("Yuk, Simak Juga Video ini!", id="video-yuk-simak"),
    # Newsletter and channel promos.
    pytest.param("Cek berita dan artikel yg lain di Google News", id="promo-google-news"),
    pytest.param(
        "Silakan baca konten menarik lainnya dari JPNN.com di Google News",
        id="promo-baca-google-news",
    ),
    pytest.param("Ikuti WhatsApp Channel Kompas.com untuk berita terkini", id="promo-whatsapp"),
    pytest.param("Mari bergabung di Grup Telegram Kompas.com News Update", id="promo-telegram"),
    # Desk codes on their own line.
    pytest.param("(ant/dil)", id="signature-desk-code"),
    pytest.param("(Abc/Xyz)", id="signature-capitalised"),
    pytest.param("(tyo)", id="signature-one"),
    pytest.param("[feb]", id="signature-brackets"),
    pytest.param("(rah / rah)", id="signature-spaced"),
    pytest.param("(*)", id="signature-star"),
    # Copyright lines.
    pytest.param(
        "Copyright @ 2025 Media Group - mediaindonesia. All Rights Reserved", id="copyright-line"
    ),
    pytest.param("Copyrights © 2022. All rights reserved.", id="copyright-all-rights"),
    # Datelines standing alone.
    pytest.param("JAKARTA, KOMPAS.com -", id="dateline-kompas"),
    pytest.param("Liputan6.com, Jakarta:", id="dateline-liputan6"),
    pytest.param("Jakarta (ANTARA) -", id="dateline-antara"),
    pytest.param("Jakarta, CNN Indonesia --", id="dateline-cnn"),
    pytest.param("TEMPO.CO, Jakarta -", id="dateline-tempo"),
]

# Shapes found on copied pages, one row per shape.
FURNITURE_ROWS += [
    pytest.param("Facebook Twitter WhatsApp Salin Link", id="share-buttons"),
    pytest.param("Dengarkan berita ini", id="share-listen"),
    pytest.param("A- A+", id="share-font-size"),
    pytest.param("12 komentar", id="share-comments"),
    pytest.param("#banjir #jakarta", id="tags-hashtags"),
    pytest.param("TOPIK TERKAIT hotel sahid, jakarta pusat", id="tags-inline"),
    pytest.param("Berikut ulasannya.", id="invitation-ulasan"),
    pytest.param("Begini tanggapan Menteri Keuangan.", id="invitation-tanggapan"),
    pytest.param("Apa kata Airlangga Hartarto?", id="invitation-apa-kata"),
    pytest.param("(AFP PHOTO/Goh Chai Hin)", id="caption-agency-photo"),
    pytest.param("TEMPO/Rina Fauzi", id="caption-outlet-slash"),
    pytest.param("Foto/Dok. SINDOnews", id="caption-foto-slash-dok"),
    pytest.param("SHUTTERSTOCK", id="caption-credit-alone"),
    pytest.param("Ahmad Maulana | Indra Utami", id="staff-two-writers"),
    pytest.param("NEWS - Intan Prasetyo, CNBC Indonesia", id="staff-rubric-writer-outlet"),
    pytest.param("Oleh Galih Setiawan pada 12 Mei 2017, 10:30 WIB", id="staff-oleh-date"),
    pytest.param("Rep: Siti Hidayat/ Red: Fajar", id="staff-rep-red"),
    pytest.param("News / Gaya Hidup", id="list-breadcrumb-slash"),
    pytest.param("ARTIKEL SELANJUTNYA", id="list-artikel-selanjutnya"),
    pytest.param("loading...", id="ads-loading"),
    pytest.param("SCROLL TO RESUME CONTENT", id="ads-scroll-resume"),
    pytest.param("Jangan Lewatkan Video Terbaru:", id="video-jangan-lewatkan"),
    pytest.param(
        "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis",
        id="copyright-no-crawl",
    ),
    pytest.param(
        "Artikel ini telah tayang di Tribunnews.com dengan judul Harga Naik",
        id="copyright-republished",
    ),
    pytest.param(
        "Update berita terkini dan viral setiap hari dari Suara.com", id="promo-update-setiap-hari"
    ),
]

STORY_ROWS = [
    pytest.param("Presiden Joko Widodo meresmikan jalan tol baru.", id="story-plain"),
    pytest.param("Hal itu dikatakan Budi:", id="story-colon"),
    pytest.param("Berikut daftarnya:", id="story-berikut"),
    pytest.param("Lihat saja hasilnya nanti.", id="story-lihat"),
    pytest.param("Baca buku menjadi kebiasaan warga desa itu.", id="story-baca"),
    pytest.param("Editor senior itu mengundurkan diri.", id="story-editor"),
    pytest.param("Foto itu beredar luas di media sosial.", id="story-foto"),
    pytest.param("JAKARTA, KOMPAS.com - Harga beras naik.", id="story-dateline-sentence"),
    pytest.param("Ia datang bersama istrinya (sekarang almarhumah).", id="story-parenthesis"),
    pytest.param("Oleh karena itu, pemerintah menambah pasokan.", id="story-oleh-karena"),
    pytest.param("Oleh Presiden, jalan itu diresmikan kemarin.", id="story-oleh-presiden"),
    pytest.param(
        "Pada Senin, 14 Maret 2022 pukul 09.15 WIB, hujan deras mengguyur Jakarta.",
        id="story-date-in-sentence",
    ),
    pytest.param("Topik utama pertemuan itu adalah pangan.", id="story-topik"),
    pytest.param("Cek kondisi saluran air sebelum musim hujan, kata BPBD.", id="story-cek"),
    pytest.param("Hak cipta lagu itu dimiliki oleh penciptanya.", id="story-hak-cipta"),
    pytest.param("Iklan rokok dilarang di televisi.", id="story-iklan"),
    pytest.param("Terkait hal itu, polisi masih menyelidiki.", id="story-terkait"),
    pytest.param("Halaman rumah warga terendam banjir.", id="story-halaman"),
    pytest.param("Bagikan sembako kepada warga, kata Bupati.", id="story-bagikan"),
    pytest.param("Rekomendasi itu diserahkan kepada Presiden.", id="story-rekomendasi"),
    pytest.param("Google News meluncurkan fitur baru untuk pembaca.", id="story-google-news"),
    pytest.param("Sumber itu menyebut harga beras naik.", id="story-sumber-itu"),
    pytest.param(
        "Ilustrasi itu menggambarkan suasana pasar yang ramai pada pagi hari.", id="story-ilustrasi"
    ),
    pytest.param("Editor buku itu menolak berkomentar.", id="story-editor-buku"),
    pytest.param("Tempo hari, warga berkumpul di balai desa.", id="story-tempo"),
    pytest.param("Berikut daftarnya:", id="story-berikut-colon"),
    pytest.param("Kata dia, harga naik (kiri/kanan).", id="story-slash-in-brackets"),
    pytest.param("Kevin / Marcus menggeser beberapa nominator.", id="story-names-slash"),
]


@pytest.mark.parametrize("line", FURNITURE_ROWS)
def test_furniture_lines(line: str) -> None:
    """Every shape of page furniture, taken alone, is boilerplate."""
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", STORY_ROWS)
def test_story_lines(line: str) -> None:
    """Sentences of the story that merely look like furniture are not boilerplate."""
    assert not is_boilerplate(line)


def test_row_ids_are_unique() -> None:
    """No two rows share an id, so a failing id names one shape."""
    ids = [row.id for row in [*FURNITURE_ROWS, *STORY_ROWS]]
    assert len(ids) == len(set(ids))


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
        ("- Harga Cabai Turun Jelang Lebaran", True),
        ("- Petani Garam Gagal Panen?", True),
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
