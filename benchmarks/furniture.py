"""Benchmark summaries of news copied from a web page, furniture and all.

People rarely have an article's clean text: they select a news page and copy it, and get the
site's furniture with it (headline, bylines, dates, photo captions, "Baca juga" cross-links,
advertising labels, tags, related headlines, promos, desk codes, copyright lines, pagers). This
benchmark dresses every IndoSum article in such furniture and checks that ringkas still
summarises the article, not the page.

Dressing
--------
:func:`dress` wraps an article's text in the visible text of a news page, from the headline to
the end of the page, in the layout of one of several Indonesian news sites (``LAYOUTS``:
kompas, detik, tribun, liputan6, cnnindonesia, okezone, suara, merdeka, antara, tempo,
kumparan, cnbc, jpnn, sindonews, republika), written from knowledge of the genre, with random
variety inside each layout: which pieces appear, their spelling and case, names, dates and
where in the article they stand. The article's own text is kept to the letter, paragraph by
paragraph; cross-links may also cut a paragraph between two sentences, as inline links do.
Every furniture piece is tagged with its family (``FAMILIES``):

headline, teaser (sub-headline or description), section (rubric, breadcrumb), byline (writer,
reporter, editor lines), date, caption (photo captions and credits), crosslink ("Baca juga:
..."), ad (advertising and scroll labels), share, tags, related (lists of other headlines:
"Berita Terkait", "Terpopuler", ...), video (video promos, "[Gambas:Video 20detik]"), promo
(Google News, WhatsApp, Telegram, newsletter and app promos), desk (desk codes such as
"(ant/dil)"), copyright (rights and syndication lines), pager ("Halaman selanjutnya").

The headline is made of the words of the article's real headline, which survives in IndoSum's
id as a slug cut at 50 characters (``1490674536-mustahil-transportasi-...``): the cut word is
dropped, hyphenated words are joined again and each word takes its case from the article
("OJK", "Zulkifli"), then title or sentence case as the layout draws. The number before the
slug, the publication time, dates the page. Other headlines (cross-links, related lists,
promos) come from an invented pool of Indonesian headlines or from templates around a name
found in the article, never from the article's sentences.

``dress`` returns a :class:`Dressed`: the text, the character spans of the article's text inside
it and the furniture pieces with their families, so a chosen sentence can be judged by its
offsets. Dressing is deterministic: each article gets ``random.Random(f"{seed}/{id}")``.

Measurement
-----------
Each article is summarised twice with ``ringkas.summarize(text)`` and its defaults: the clean
text and the dressed text. Both summaries are scored against the human reference with
``rouge.py``'s scorer (rouge-score, ROUGE-1/2/L F1, no stemming), split into the tune and
confirm halves by ``rouge.py``'s hash of the id. A chosen sentence of the dressed summary is
article text when every non-white-space character of it lies inside the article's spans;
otherwise it is furniture, and it counts once for every family it touches (a "mixed" sentence
also holds article text). The report gives ROUGE for both texts, how many summaries hold any
furniture, how many furniture sentences were chosen, how often the headline was, the families
chosen, and the figures per layout, next to the goals of the issue: no furniture chosen, and
dressed ROUGE-1 within 1 point of clean.

A summary only ever shows the furniture that outranks the article, which today is the furniture
at the top of the page. So the report also looks at every sentence ``ringkas.split`` finds in
the dressed text, chosen or not: for each family, how many of its sentences ringkas does not
flag as boilerplate, and how many of the article's own sentences it flags (in the dressed text
and in the clean one, where IndoSum's texts already hold a little furniture of their own).

The headline is made of the words of the real headline, but where the slug was cut it lacks
its last words ("Seorang Pemuda di Papua Ditangkap karena Bawa"); the teaser is sometimes the
lead sentence itself, word for word, as some sites print it.

Usage
-----
From the repository root::

    .venv/bin/python benchmarks/furniture.py [--data PATH] [--limit N] [--seed 0] [--jobs 2]
        [--whole] [--examples DIR]

``--whole`` dresses every article as a whole page copied (select all, copy): the layout's own
furniture, and around it the site's name and menu above (8 to 40 section and navigation items,
as a browser copies them or with list markers; sometimes a widget with another story's headline
and lead), and below a list of other stories (other IndoSum articles' headlines, sometimes each
with its lead sentence as a teaser), the footer's menu and a copyright line. Their families are
``menu``, ``related`` and ``other`` (another story's prose).

``--examples DIR`` also writes the first dressed article of each layout to DIR: the text as a
reader would paste it (``NN-layout.txt``) and the same with every furniture piece marked and
both summaries at the end (``NN-layout.marked.txt``).
"""

from __future__ import annotations

import random
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import partial
from pathlib import Path

import click

import ringkas
from rouge import (
    CHUNK_SIZE,
    PARTS,
    Article,
    ArticleScore,
    chunks,
    means,
    print_table,
    read_articles,
    score,
)
from rouge import main as rouge_main

FAMILIES = (
    "headline",
    "teaser",
    "section",
    "byline",
    "date",
    "caption",
    "crosslink",
    "ad",
    "share",
    "tags",
    "related",
    "video",
    "promo",
    "desk",
    "copyright",
    "pager",
    "menu",
    "other",
)

WIB = timezone(timedelta(hours=7))

# --------------------------------------------------------------------------------------------
# Language data for the furniture: names, dates, headlines.

FIRST_NAMES = """Ahmad Adi Agus Andi Anisa Arif Ayu Bayu Budi Dani Dewi Dimas Dian Eka Fajar
Fitri Galih Hendra Ika Indra Intan Irfan Joko Kartika Lina Lukman Maya Muhammad Nanda Nur Putri
Rahmat Rina Rizky Sari Siti Taufik Tri Wahyu Wulan Yoga Yuni Zainal""".split()
LAST_NAMES = """Pratama Saputra Hidayat Nugroho Wibowo Santoso Lestari Kurniawan Setiawan
Rahman Hakim Permana Utami Firmansyah Siregar Nasution Harahap Sitompul Simanjuntak Tanjung
Prasetyo Susanto Wijaya Gunawan Hasibuan Ramadhan Maulana Anggraini Purnomo Sihombing Yulianto
Fauzi Suryadi Kusuma Rachman Syahputra Wardhana Mahendra Puspita Handoko""".split()
FOREIGN_NAMES = (
    "Willy Kurniawan",
    "Beawiharta",
    "Adek Berry",
    "Bay Ismoyo",
    "Goh Chai Hin",
    "Edgar Su",
    "Kim Hong-Ji",
    "Darren Staples",
    "Lee Jin-man",
    "Andy Wong",
)
CITIES = """Jakarta Surabaya Bandung Medan Semarang Makassar Yogyakarta Denpasar Palembang
Balikpapan Malang Bogor Depok Tangerang Bekasi Padang Pekanbaru Manado Solo Serang""".split()
PLACES = (
    "Istana Merdeka, Jakarta",
    "Gedung DPR, Senayan, Jakarta",
    "Gedung Merah Putih KPK, Jakarta",
    "Balai Kota DKI Jakarta",
    "Mabes Polri, Jakarta Selatan",
    "Stadion Utama Gelora Bung Karno, Jakarta",
    "Kantor Kementerian Keuangan, Jakarta",
    "Bandara Soekarno-Hatta, Tangerang",
    "Pelabuhan Tanjung Priok, Jakarta Utara",
    "Gedung Sate, Bandung",
    "Kantor Gubernur Jawa Timur, Surabaya",
    "Pengadilan Tipikor, Jakarta Pusat",
)
THINGS = (
    "uang rupiah",
    "gedung KPK",
    "pasar tradisional",
    "banjir",
    "kecelakaan lalu lintas",
    "pesawat terbang",
    "sidang di pengadilan",
    "petugas kepolisian",
    "vaksinasi",
    "pertandingan sepak bola",
    "ponsel pintar",
    "bioskop",
    "rumah sakit",
    "kemacetan lalu lintas",
    "narkoba",
    "tahanan",
    "kartu kredit",
    "kebakaran",
    "pemilu",
    "media sosial",
)
SECTIONS = (
    "Nasional",
    "News",
    "Berita",
    "Ekonomi",
    "Bisnis",
    "Politik",
    "Hukum",
    "Megapolitan",
    "Regional",
    "Internasional",
    "Olahraga",
    "Sepak Bola",
    "Teknologi",
    "Tekno",
    "Hiburan",
    "Seleb",
    "Gaya Hidup",
    "Kesehatan",
    "Otomotif",
    "Peristiwa",
)

# A whole page's menus (with --whole): the site's name, its navigation, its footer.
SITE_NAMES = ("KOMPAS.com", "detikcom", "TRIBUNNEWS.COM", "Liputan6.com", "CNN Indonesia",
              "Okezone", "suara.com", "merdeka.com", "ANTARA News", "Tempo.co", "kumparan",
              "CNBC Indonesia", "JPNN.com", "SINDOnews", "Republika.co.id")  # fmt: skip
NAVIGATION = ("Beranda", "Home", "Terkini", "Terpopuler", "Indeks", "Video", "Foto",
              "Infografis", "Cek Fakta", "Opini", "Kolom", "Live TV", "Login", "Daftar",
              "Masuk", "Cari", "Langganan", "E-Paper", "Podcast", "Kanal", "Lainnya",
              "Pilkada", "Pemilu", "Daerah", "Jabodetabek", "Sains", "Travel", "Kuliner",
              "Properti", "Edukasi", "Hijau", "Wanita", "Muslim", "Haji", "Zodiak")  # fmt: skip
FOOTER = ("Tentang Kami", "Redaksi", "Pedoman Media Siber", "Kontak", "Karir", "Info Iklan",
          "Kebijakan Privasi", "Syarat & Ketentuan", "Disclaimer", "Kode Etik",
          "Hubungi Kami", "Peta Situs")  # fmt: skip
WIDGETS = ("Headline", "Pilihan Editor", "Terkini", "Berita Utama", "Sorotan")
LISTS = ("Terpopuler", "Berita Lainnya", "Rekomendasi", "Berita Terkini", "Pilihan Redaksi",
         "Paling Banyak Dibaca", "BERITA TERKAIT", "Artikel Lainnya")  # fmt: skip
MARKERS = ("", "", "* ", "  * ", "• ")

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = """Januari Februari Maret April Mei Juni Juli Agustus September Oktober November
Desember""".split()
MONTHS_SHORT = "Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des".split()
MONTHS_ENGLISH = """January February March April May June July August September October
November December""".split()

# Headlines of other stories, for cross-links, related lists and video promos.
HEADLINES = (
    "Jokowi Minta Menteri Tak Bikin Gaduh Jelang Tahun Politik",
    "Harga Cabai Rawit di Pasar Induk Kramat Jati Tembus Rp 90 Ribu per Kilogram",
    "BMKG: Waspada Hujan Lebat Disertai Petir di 18 Provinsi Hari Ini",
    "Timnas U-23 Tumbang 1-2 dari Vietnam, Pelatih Soroti Lini Belakang",
    "KPK Periksa Tiga Saksi Kasus Suap Proyek Jalan di Bekasi",
    "Viral Video Pengendara Motor Lawan Arah di Tol Dalam Kota, Polisi Buru Pelaku",
    "Rupiah Dibuka Melemah ke Level Rp 15.700 per Dolar AS",
    "5 Tips Menjaga Kesehatan Ginjal yang Jarang Diketahui",
    "Gempa Magnitudo 5,2 Guncang Sukabumi, Tidak Berpotensi Tsunami",
    "Kemenag Umumkan Jadwal Sidang Isbat Awal Ramadan",
    "Gubernur Resmikan Alun-alun Baru di Cianjur",
    "Menteri BUMN Rombak Direksi Dua BUMN Karya",
    "Polisi Tangkap Pengedar Sabu 2 Kg di Pelabuhan Bakauheni",
    "Sinopsis Film Horor Terbaru yang Tayang di Bioskop Pekan Ini",
    "Persib Bandung Datangkan Gelandang Asal Brasil",
    "Ini Daftar Ruas Jalan Ganjil Genap Selama Libur Panjang",
    "Harga Emas Antam Hari Ini Naik Rp 5.000 per Gram",
    "Pemerintah Pastikan Stok Beras Aman hingga Akhir Tahun",
    "Menkeu: Defisit APBN Masih Terkendali",
    "Mengenal Tradisi Pacu Jalur, Lomba Perahu Khas Kuantan Singingi",
    "Kebakaran Hebat Hanguskan 40 Kios di Pasar Senen",
    "Menpora Targetkan Indonesia Masuk 10 Besar Asian Games",
    "Ponsel Lipat Terbaru Resmi Dijual, Ini Harganya di Indonesia",
    "Kisah Haru Penjual Gorengan yang Naik Haji Setelah Menabung 20 Tahun",
    "DPR Setujui RUU Perlindungan Data Pribadi Jadi Undang-Undang",
    "Banjir Rendam Ratusan Rumah di Kabupaten Bandung",
    "Link Live Streaming Liga Inggris Malam Ini: Arsenal vs Chelsea",
    "Cara Cek Penerima Bansos Lewat HP, Cukup Masukkan NIK",
    "IHSG Ditutup Turun 0,8 Persen, Asing Catat Jual Bersih",
    "Wanita di Bekasi Jadi Korban Penipuan Arisan Online, Rugi Rp 300 Juta",
    "Jadwal KRL Commuter Line Berubah Mulai Besok",
    "Pebalap Tuan Rumah Kembali Jatuh di Sesi Latihan Bebas Mandalika",
    "Gunung Merapi Luncurkan Awan Panas Guguran Sejauh 1,5 Km",
    "Korea Utara Kembali Uji Coba Rudal Balistik",
    "Penyanyi Dangdut Ungkap Alasan Jarang Tampil di Televisi",
    "Kemenkes Catat Kasus DBD Meningkat di 10 Provinsi",
    "Ojol Demo di Depan Istana, Tuntut Kenaikan Tarif",
    "UMP 2024 Naik Jadi Rp 5,06 Juta",
    "Tiket Kereta Mudik Lebaran Ludes Terjual dalam Hitungan Jam",
    "Tips Memilih Laptop untuk Kuliah dengan Budget Terbatas",
    "Warga Temukan Bayi Dibuang di Depan Masjid",
    "Pertamina Turunkan Harga Pertamax Mulai Hari Ini",
    "Kapolri Copot Kapolres yang Terlibat Kasus Narkoba",
    "Girl Group Korea Bakal Gelar Konser di Jakarta Akhir Tahun",
    "Bupati Nonaktif Divonis 6 Tahun Penjara",
    "Jadwal Lengkap Kualifikasi Piala Dunia Zona Asia",
    "Ribuan Jemaah Padati Masjid Istiqlal Saat Salat Id",
    "Kominfo Minta Platform Digital Hapus Konten Judi Online",
    "Kereta Cepat Layani 1 Juta Penumpang",
    "Begini Kronologi Tabrakan Beruntun di Tol Cipularang",
    "Kasus Covid-19 Kembali Naik, Warga Diimbau Pakai Masker",
    "PSSI Umumkan Pelatih Baru Timnas Indonesia",
    "7 Makanan yang Ampuh Turunkan Kolesterol",
    "Kejagung Sita Aset Tersangka Korupsi Tambang Timah",
    "Ramalan Zodiak Hari Ini: Cinta, Karier, dan Keuangan",
    "Artis Ini Bagikan Momen Liburan Bersama Keluarga di Labuan Bajo",
    "Gubernur Bali Larang Wisatawan Asing Sewa Motor",
    "Pesawat Tergelincir di Bandara Sentani, Tak Ada Korban Jiwa",
    "Tarif Listrik Tidak Naik hingga Akhir Tahun",
    "Ujian Nasional Dihapus, Ini Penggantinya",
    "Pencuri Motor Babak Belur Dihajar Massa di Depok",
    "Harga Tiket Pesawat Jelang Nataru Melonjak",
    "Ahli Gizi Ungkap Bahaya Minum Kopi Saat Perut Kosong",
    "Hasil Liga 1: Persija Tahan Imbang Arema 2-2",
    "Pemkot Surabaya Siapkan 500 Beasiswa untuk Mahasiswa",
    "Netizen Heboh, Kucing Ini Bisa Buka Pintu Sendiri",
    "Kemlu Evakuasi WNI dari Sudan",
    "Resep Rendang Padang Empuk dan Bumbu Meresap",
    "PPN 12 Persen Berlaku Tahun Depan, Ini Barang yang Kena",
    '"Kami Tidak Akan Mundur," Kata Warga yang Tolak Penggusuran',
    "Ratusan Pendaki Dievakuasi dari Gunung Rinjani Akibat Cuaca Buruk",
    "Ponsel Flagship Baru Meluncur, Cek Spesifikasinya",
    "Ini Alasan Pemprov DKI Perpanjang PSBB Transisi",
    "Jembatan Gantung Putus, Puluhan Siswa Terjebak",
    "Kenali Gejala Awal Stroke dan Cara Mencegahnya",
    "Bulog Gelontorkan 50 Ribu Ton Beras untuk Operasi Pasar",
    "VIDEO: Detik-detik Longsor Timbun Jalan Raya Puncak",
    "Soal Impor Garam, Ini Kata Kementerian Perdagangan",
)
# Headlines around a name from the article: related stories share the article's people.
NAMED_HEADLINES = (
    "Ini Kata {e} soal Isu yang Sedang Ramai",
    "{e} Angkat Bicara",
    "Profil {e}, Sosok yang Kini Jadi Sorotan",
    "{e} Dijadwalkan Diperiksa Pekan Depan",
    "Jejak Karier {e}",
    "Momen {e} Disambut Warga",
    "Fakta-fakta Terbaru soal {e}",
    "{e}: Kami Akan Evaluasi",
    "Respons {e} Usai Dikritik Warganet",
    "Begini Tanggapan {e}",
    "Saat {e} Blak-blakan soal Rencananya Tahun Depan",
    "{e} Tegaskan Tak Ada Intervensi",
)
TEASERS = (
    "Berikut penjelasan lengkapnya.",
    "Simak selengkapnya di sini.",
    "Begini penjelasannya.",
    "Ini faktanya.",
    "Berikut ulasannya.",
    "Simak ulasan lengkapnya berikut ini.",
    "Begini tanggapan {e}.",
    "{e} buka suara.",
    "Berikut fakta-fakta seputar {e}.",
    "Apa kata {e}?",
)
CAPTIONS = (
    "{e} saat ditemui di {place}, {day} ({dm}).",
    "{e} memberikan keterangan kepada wartawan di {place}, {day} ({dmy}).",
    "{e} (tengah) berbincang dengan sejumlah pejabat di {place}, {day} ({dmy}).",
    "Suasana {thing} di {city}, {day} ({dmy}).",
    "Petugas memeriksa {thing} di {city}, {day} ({dm}).",
    "{e}.",
    "{e}",
    "Ilustrasi {thing}.",
    "Ilustrasi {thing}",
    "Ilustrasi",
    "Sejumlah warga melintas di {place}, {day} ({dmy}).",
)

# Title case leaves these lower case inside a headline.
SMALL_WORDS = frozenset(
    "di ke dari dan yang untuk pada dengan atau dalam oleh bagi tentang hingga sampai soal "
    "serta agar karena bila jika sebagai".split()
)

# Acronyms a headline may hold when the article spells them out ("UU", not "Uu").
ACRONYMS = {
    a.lower(): a
    for a in "UU RI DPR MPR DPD KPK TNI BUMN OJK BI PLN PBB AS UMP KPU BPK BNN HAM KTP".split()
}

# --------------------------------------------------------------------------------------------
# What dress() returns.


@dataclass(frozen=True, slots=True)
class Piece:
    """One furniture piece: ``text[start:end]`` of the dressed text, of family ``family``."""

    start: int
    end: int
    family: str


@dataclass(frozen=True, slots=True)
class Dressed:
    """A dressed article: ``text`` holds the article's own text at the ``article`` spans
    (start, end; in order, never overlapping) and furniture everywhere else, each piece
    tagged in ``furniture``."""

    text: str
    layout: str
    article: tuple[tuple[int, int], ...]
    furniture: tuple[Piece, ...]

    def is_article(self, start: int, end: int) -> bool:
        """Whether every non-white-space character of ``text[start:end]`` is article text."""
        position = start
        for span_start, span_end in self.article:
            if span_end <= position:
                continue
            if span_start >= end:
                break
            if self.text[position:span_start].strip():
                return False
            position = span_end
        return not self.text[position:end].strip()

    def touches_article(self, start: int, end: int) -> bool:
        """Whether any non-white-space character of ``text[start:end]`` is article text."""
        return any(
            self.text[max(a, start) : min(b, end)].strip()
            for a, b in self.article
            if a < end and start < b
        )

    def families(self, start: int, end: int) -> frozenset[str]:
        """The families of the furniture with non-white-space text in ``text[start:end]``."""
        return frozenset(
            piece.family
            for piece in self.furniture
            if piece.start < end
            and start < piece.end
            and self.text[max(start, piece.start) : min(end, piece.end)].strip()
        )


# --------------------------------------------------------------------------------------------
# Reading the article: paragraphs, sentence boundaries, names, the case of words.

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
# White space after ., ! or ? (and a closing quote or bracket) before a capital or a quote.
_BOUNDARY = re.compile(r"[.!?][\"”’)]?(\s+)(?=[\"“]?[A-Z])")
_SHORT_CAPITAL = re.compile(r"(?:^|\s)[A-Z][a-z]{0,2}\.$")  # "Dr.", "H.", "Jl.": no boundary
_NAME = re.compile(r"(?<=[A-Za-z0-9,] )[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\b")
_NAME_STARTS = frozenset("Di Ke Dari Pada Dalam Namun Menurut Sementara Selain Saat".split())
_TOKEN = re.compile(r"\w+(?:-\w+)*")
# A dateline: a few words (five at most) up to a dash, naming an outlet or agency or a place in
# capitals ("Jakarta, CNN Indonesia --", "Merdeka.com-", "JAKARTA (Pos Kota) –"); a lead with
# a dash in it ("Faktor pembeda utama Oculus Rift dan HTC Vive – selain ...") has none.
_DATELINE_PREFIX = re.compile(r"^([A-Z][^–—\n]{0,50}?)(\s--?\s?|\s?[–—]\s?|-(?=[A-Z\"“]))")
_DATELINE_MARK = re.compile(r"\.(?:com|net|id|co)\b|\(|\b[A-Z]{3,}\b|CNN Indonesia")
# Right against the dash ("Rimanews-Kementerian", "JAKARTA-Setelah"), not "TNI-Polri".
_DATELINE_MARK_TIGHT = re.compile(r"(?i:\.(?:com|net|id|co))\b|(?i:news)$|\b[A-Z]{5,}$")


def _without_dateline(sentence: str) -> str:
    found = _DATELINE_PREFIX.match(sentence)
    if found is None:
        return sentence
    prefix, dash = found.groups()
    mark = _DATELINE_MARK_TIGHT if dash == "-" else _DATELINE_MARK
    if len(prefix.split()) > 5 or not mark.search(prefix):
        return sentence
    return sentence[found.end() :]


# Who speaks: "kata Zulkifli", "ujar Budi Santoso", "Zulkifli Hasan mengatakan".
_SPEAKER = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|terang)(?:nya)? ([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"|\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:mengatakan|menjelaskan|mengungkapkan|menegaskan)\b"
)
_NOT_PEOPLE = frozenset("Dia Ia Mereka Kami Kita Saya Beliau Hal Ini Itu Namun Sementara".split())


def paragraphs_of(article: str) -> list[str]:
    return [p for p in _PARAGRAPH_BREAK.split(article.strip()) if p]


def boundaries(paragraph: str) -> list[tuple[int, int]]:
    """Spans of the white space between two sentences of a paragraph, by a simple rule."""
    found = []
    for match in _BOUNDARY.finditer(paragraph):
        if match.group()[0] == "." and _SHORT_CAPITAL.search(paragraph[: match.start() + 1]):
            continue
        found.append(match.span(1))
    return found


def names_in(article: str) -> list[str]:
    """Capitalised runs of two or three words inside sentences, most frequent first."""
    counts = Counter(name for name in _NAME.findall(article) if name.split()[0] not in _NAME_STARTS)
    return [name for name, _ in counts.most_common(8)]


def people_in(article: str, names: Sequence[str]) -> list[str]:
    """Who speaks in the article: "Zulkifli", or "Zulkifli Hasan" where one of ``names`` is
    the full name (starts with it, or is a given name and it)."""
    counts: Counter[str] = Counter()
    for match in _SPEAKER.finditer(article):
        who = match.group(1) or match.group(2)
        if who.split()[0] in _NOT_PEOPLE:
            continue
        full = (n for n in names if n.startswith(f"{who} ") or n.split()[1:] == [who])
        counts[next(full, who)] += 1
    return [who for who, _ in counts.most_common(4)]


def known_case(article: str) -> dict[str, str]:
    """Each word's most frequent spelling where it does not open a sentence, by lower case."""
    forms: dict[str, Counter[str]] = {}
    for match in _TOKEN.finditer(article):
        before = article[max(0, match.start() - 4) : match.start()].rstrip()
        if not before or before[-1] in ".!?\"“'":
            continue
        word = match.group()
        forms.setdefault(word.lower(), Counter())[word] += 1
    return {lower: counts.most_common(1)[0][0] for lower, counts in forms.items()}


def headline_words(article_id: str, article: str) -> str | None:
    """The words of the article's headline from IndoSum's id (``<time>-<slug of the title>``,
    the slug cut at 50 characters), lower case, or None when the id has no slug."""
    _, _, slug = article_id.partition("-")
    words = [w for w in slug.split("-") if w]
    if not words:
        return None
    tokens = {t.lower() for t in _TOKEN.findall(article)}
    if len(slug) >= 50:
        if words[-1] not in tokens and len(words) > 1:
            words.pop()  # cut in the middle of a word
        while len(words) > 1 and words[-1] in SMALL_WORDS:
            words.pop()  # "... wisata bersama keluarga di"
    joined: list[str] = []
    i = 0
    while i < len(words):
        for size in (4, 3, 2, 1):
            candidate = "-".join(words[i : i + size])
            if size == 1 or (i + size <= len(words) and candidate in tokens):
                joined.append(candidate)  # "e-ktp", "tarik-ulur": one word in the article
                i += size
                break
    return " ".join(joined)


def published(article_id: str) -> datetime | None:
    stamp = article_id.partition("-")[0]
    return datetime.fromtimestamp(int(stamp), WIB) if stamp.isdigit() else None


def recase(words: str, known: dict[str, str], title_case: bool) -> str:
    """A headline in title case ("Jokowi Minta Menteri Tak Bikin Gaduh di Tahun Politik") or
    sentence case ("Jokowi minta menteri tak bikin gaduh"), names and acronyms as the article
    spells them."""
    out = []
    for i, word in enumerate(words.split()):
        form = known.get(word.lower(), ACRONYMS.get(word.lower(), word.lower()))
        if form != form.lower():
            out.append(form)
        elif i == 0 or (title_case and form not in SMALL_WORDS):
            out.append(form[:1].upper() + form[1:])
        else:
            out.append(form)
    return " ".join(out)


# --------------------------------------------------------------------------------------------
# The page under construction.

Frag = tuple[str, str]  # (text, family)


@dataclass
class Block:
    """Lines of furniture; ``inline`` is None for a block of its own between paragraphs, or
    the white space (" " or "\\n") around it when it is set inside a paragraph, between two
    sentences. ``at`` asks for a place: the number of article paragraphs before it."""

    lines: list[list[Frag]]
    inline: str | None = None
    at: int | None = None


def block(family: str, *lines: str, inline: str | None = None, at: int | None = None) -> Block:
    return Block([[(line, family)] for line in lines], inline, at)


@dataclass
class Page:
    rng: random.Random
    when: datetime
    names: list[str]  # names found in the article
    people: list[str]  # of them, people who speak in it
    lead: str  # the article's first sentence, without its dateline
    known: dict[str, str]
    top: list[Block] = field(default_factory=list)
    inside: list[Block] = field(default_factory=list)
    bottom: list[Block] = field(default_factory=list)
    used: set[str] = field(default_factory=set)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options: Sequence[str]) -> str:
        return options[self.rng.randrange(len(options))]

    def person(self) -> str:
        return f"{self.pick(FIRST_NAMES)} {self.pick(LAST_NAMES)}"

    def name(self) -> str:
        """A name from the article, a speaker's more often, or a generic subject."""
        if self.people and self.chance(0.7):
            return self.pick(self.people)
        return self.pick(self.names) if self.names else self.pick(("Warga", "Petugas"))

    def code(self) -> str:
        return "".join(self.pick("abcdefghijklmnoprstuwyz") for _ in range(self.rng.randint(2, 3)))

    def headline(self) -> str:
        """Another story's headline, not yet on this page."""
        for _ in range(20):
            if self.people and self.chance(0.2):
                text = self.pick(NAMED_HEADLINES).format(e=self.pick(self.people))
            else:
                text = self.pick(HEADLINES)
            if text not in self.used:
                break
        self.used.add(text)
        return text

    def headlines(self, low: int = 2, high: int = 4) -> list[str]:
        return [self.headline() for _ in range(self.rng.randint(low, high))]

    def date(self, style: str, minutes: int = 0) -> str:
        when = self.when + timedelta(minutes=minutes)
        day, clock = DAYS[when.weekday()], f"{when:%H:%M}"
        month, mon = MONTHS[when.month - 1], MONTHS_SHORT[when.month - 1]
        dd = f"{when.day:02d}" if self.chance(0.5) else str(when.day)
        formats = {
            "day-mon": f"{day}, {dd} {mon} {when.year} {clock} WIB",
            "day-month": f"{day}, {dd} {month} {when.year} {clock} WIB",
            "day-month-bar": f"{day}, {dd} {month} {when.year} | {clock} WIB",
            "day-month-dash": f"{day}, {dd} {month} {when.year} - {clock} WIB",
            "day-month-endash": f"{day}, {dd} {month} {when.year} – {clock} WIB",
            "day-plain": f"{day} {dd} {month} {when.year} {clock} WIB",
            "day-mon-plain": f"{day} {dd} {mon} {when.year} {clock} WIB",
            "mon-comma": f"{dd} {mon} {when.year}, {clock} WIB",
            "month": f"{dd} {month} {when.year} {clock}",
            "month-wib": f"{dd} {month} {when.year} {when.hour}:{when:%M} WIB",
            "slash": f"{when:%d/%m/%Y}, {clock} WIB",
            "numeric": f"{when:%d/%m/%Y} {clock}",
            "english": f"{when:%d} {MONTHS_ENGLISH[when.month - 1]} {when.year} {clock}",
            "ago": self.pick(("2 jam lalu", "30 menit yang lalu", "1 jam yang lalu", "Kemarin")),
        }
        return formats[style]

    def updated(self, style: str) -> str:
        label = self.pick(("Diperbarui", "Diperbarui:", "Update:", "Updated", "Diperbaharui"))
        return f"{label} {self.date(style, self.rng.randint(5, 400))}"

    def teaser(self) -> str:
        roll = self.rng.random()
        words = self.lead.split()
        if roll < 0.45 and len(words) > 8:
            cut = self.rng.randint(len(words) // 2, len(words) - 2)
            return " ".join(words[:cut]).rstrip(",;:") + self.pick(("...", " ...", "…"))
        if roll < 0.6 and words:
            return self.lead  # the lead itself, as many sites repeat it under the headline
        return self.pick(TEASERS).format(e=self.name())

    def put(
        self,
        where: str,
        probability: float,
        make: Callable[[], Block],
        times: tuple[int, int] = (1, 1),
    ) -> None:
        """With ``probability``, add ``times`` blocks from ``make`` to the top, the inside or the
        bottom of the page."""
        if self.chance(probability):
            blocks = {"top": self.top, "inside": self.inside, "bottom": self.bottom}[where]
            blocks.extend(make() for _ in range(self.rng.randint(*times)))

    def caption(
        self, *credits: str, alone: float = 0.2, above: str | None = None, prefix: str = ""
    ) -> Block:
        """A photo caption with one of ``credits`` (fields as in _Fill), on one line or two, or
        the credit alone; ``above`` is a line some sites put over it ("Lihat Foto"), ``prefix``
        opens the caption ("Foto: ")."""
        credit = self.pick(credits).format_map(_Fill(self))
        when = self.when - timedelta(days=self.rng.choice((0, 0, 1)))
        text = self.pick(CAPTIONS).format(
            e=self.name(),
            place=self.pick(PLACES),
            city=self.pick(CITIES),
            thing=self.pick(THINGS),
            day=DAYS[when.weekday()],
            dm=f"{when.day}/{when.month}",
            dmy=f"{when.day}/{when.month}/{when.year}",
        )
        lines = [credit] if self.chance(alone) else [text, credit]
        if len(lines) == 2 and self.chance(0.7):
            lines = [f"{text} {credit}"]
        lines[0] = prefix + lines[0]
        if above is not None and self.chance(0.5):
            lines.insert(0, above)
        return block("caption", *lines)


# --------------------------------------------------------------------------------------------
# Furniture shared by several sites.


class _Fill(dict[str, str]):
    """Values for the fields of a furniture form, each drawn the first time it is used:
    ``{h}`` another headline, ``{e}`` a name from the article, ``{x}``, ``{y}`` people of the
    desk (``{X}`` in capitals), ``{a}``, ``{b}`` desk initials (``{A}`` capitalised), ``{s}``
    a section, ``{year}``."""

    def __init__(self, page: Page) -> None:
        super().__init__()
        self.page = page

    def __missing__(self, key: str) -> str:
        p = self.page
        makers: dict[str, Callable[[], str]] = {
            "h": p.headline,
            "e": p.name,
            "x": p.person,
            "y": p.person,
            "X": lambda: p.person().upper(),
            "a": p.code,
            "b": p.code,
            "A": lambda: p.code().title(),
            "s": lambda: p.pick(SECTIONS),
            "year": lambda: str(p.when.year),
        }
        self[key] = makers[key]()
        return self[key]


def furniture(p: Page, family: str, *forms: str, at: int | None = None) -> Block:
    """One of ``forms``, its fields filled (see _Fill); "\\n" in a form separates lines."""
    return block(family, *p.pick(forms).format_map(_Fill(p)).split("\n"), at=at)


def headline_block(p: Page, title: str, title_case: float) -> Block:
    text = recase(title, p.known, p.chance(title_case))
    return block("headline", f"# {text}" if p.chance(0.1) else text)


def crosslink(p: Page, labels: Sequence[str], lists: float = 0.3, inline: float = 0.0) -> Block:
    """A cross-link: "Baca juga: ..." on its own line, the label above one or several
    headlines, or (with probability ``inline``) a link set inside a paragraph."""
    label = p.pick(labels)
    if p.chance(inline):
        colon = label if label.endswith(":") else f"{label}:"
        form = p.pick(("[{l} {h}]", "({l} {h})", "{l} {h}"))
        text = form.format(l=colon, h=p.headline())
        return block("crosslink", text, inline="\n" if form == "{l} {h}" else " ")
    if p.chance(lists):
        bullet = p.pick(("", "", "- ", "• "))
        items = [f"{bullet}{h}" for h in p.headlines()]
        return block("crosslink", label.rstrip(" :") + p.pick(("", ":")), *items)
    if p.chance(0.2):
        return block("crosslink", label, p.headline())
    return block("crosslink", f"{label} {p.headline()}")


def related(p: Page, labels: Sequence[str], numbered: float = 0.2, times: float = 0.2) -> Block:
    """A labelled list of other stories' headlines, numbered or not, dated or not."""
    lines = [p.pick(labels)]
    number, stamp = p.chance(numbered), p.chance(times)
    for i, headline in enumerate(p.headlines(3, 5), start=1):
        if number:
            lines.extend((str(i), headline) if p.chance(0.5) else (f"{i}. {headline}",))
        else:
            lines.append(headline)
        if stamp:
            earlier = -p.rng.randint(20, 3000)  # minutes before the article
            lines.append(p.date(p.pick(("ago", "day-mon", "mon-comma")), earlier))
    return block("related", *lines)


def tags(p: Page, labels: Sequence[str]) -> Block:
    """Tags from the article's names and a section: on one line, as hashtags or a list."""
    words = [n.lower() if p.chance(0.6) else n for n in p.names[:4]] or ["berita terkini"]
    words.append(p.pick(SECTIONS).lower())
    label = p.pick(labels)
    style = p.rng.randrange(3)
    if style == 0:
        return block("tags", f"{label} {', '.join(words)}")
    if style == 1:
        return block("tags", label, *(f"#{w.replace(' ', '')}" for w in words))
    return block("tags", label, *words)


def one_line(*frags: Frag) -> Block:
    """Pieces of several families on one line ("Reporter : X | Senin, 14 Maret 2022")."""
    return Block([list(frags)])


SCROLL = (
    "ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT",
    "ADVERTISEMENT",
    "Advertisement",
    "Scroll down untuk melanjutkan membaca",
    "Lanjutkan Membaca",
    "Iklan",
    "- Advertisement -",
    "ADVERTISEMENT\nSCROLL TO RESUME CONTENT",
    "Gulir ke bawah untuk melanjutkan membaca",
    "Scroll untuk melanjutkan",
    "loading...",
)
PAGERS = (
    "Halaman selanjutnya",
    "Halaman Selanjutnya",
    "1 2 3 Selanjutnya",
    "1\n2\nSelanjutnya",
    "Halaman\n1\n2\n3\nSelanjutnya",
    "Halaman:\n1\n2\nShow All",
    "Lanjut ke halaman berikutnya",
    "Halaman 1 2 Tampilkan Semua",
    "Baca Selengkapnya",
)
BACA = ("Baca juga:", "Baca Juga:", "BACA JUGA:", "Baca juga :", "Baca Juga :", "Baca:")
SHARES = (
    "Bagikan",
    "Bagikan :",
    "Bagikan artikel ini",
    "Share",
    "Salin Link",
    "Facebook\nTwitter\nWhatsApp\nTelegram\nSalin Link",
    "Bagikan\nFacebook\nX\nWhatsApp\nCopy Link",
    "Dengarkan berita ini",
    "0 komentar",
    "A+\nA-",
)
GOOGLE_NEWS = (
    "Ikuti kami di Google News",
    "Baca berita lainnya di Google News",
    "Simak berita dan artikel lainnya di Google News",
    "Dapatkan berita terkini dari kami di Google News, klik di sini.",
)
NEWSLETTER = (
    "Berlangganan newsletter kami dan dapatkan berita pilihan setiap pagi.",
    "Daftarkan email Anda untuk mendapatkan info terbaru.",
    "Download aplikasi kami untuk membaca berita lebih cepat.",
)
# --------------------------------------------------------------------------------------------
# Site layouts. Each adds the headline and fills the page's top, inside and bottom blocks.


def kompas(p: Page, title: str) -> None:
    p.put("top", 0.4, lambda: furniture(p, "section", "{s}", "News / {s}", "Home > News > {s}"))
    p.top.append(headline_block(p, title, 0.9))
    p.put("top", 0.7, lambda: block("date", f"Kompas.com - {p.date('slash')}"))
    byline = ("Penulis: {x} | Editor: {y}", "Penulis {x} | Editor {y}", "Penulis: {x}\nEditor: {y}")
    p.put("top", 0.8, lambda: furniture(p, "byline", *byline))
    p.put("top", 0.3, lambda: furniture(p, "share", *SHARES))
    credits = (f"KOMPAS.com/{p.person().upper()}", "SHUTTERSTOCK", "(Shutterstock)")
    p.put("top", 0.7, lambda: p.caption(*credits, above="Lihat Foto"))
    p.put("inside", 1.0, lambda: crosslink(p, ("Baca juga:", "Baca juga :"), 0.1, 0.1), (1, 3))
    p.put("inside", 0.3, lambda: furniture(p, "pager", *PAGERS))
    whatsapp = (
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran "
        "andalanmu akses berita Kompas.com WhatsApp Channel : "
        "https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D. Pastikan kamu sudah "
        "install aplikasi WhatsApp ya."
    )
    telegram = (
        "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. "
        'Mari bergabung di Grup Telegram "Kompas.com News Update", caranya klik link '
        "https://t.me/kompascomupdate, kemudian join. Anda harus install aplikasi Telegram "
        "terlebih dulu di ponsel."
    )
    p.put("bottom", 0.5, lambda: furniture(p, "promo", whatsapp, telegram, *GOOGLE_NEWS))
    p.put("bottom", 0.5, lambda: tags(p, ("Tag:", "Tag", "TAG")))
    p.put("bottom", 0.5, lambda: related(p, ("Berita Terkait", "Terpopuler", "Artikel Terkait")))
    rights = (
        "Copyright 2008 - {year} PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All "
        "Rights Reserved."
    )
    p.put("bottom", 0.4, lambda: furniture(p, "copyright", rights, "© {year} Kompas.com"))


def detik(p: Page, title: str) -> None:
    desk_name = p.pick(("detikNews", "detikFinance", "detikSport", "detikInet", "detikHealth"))
    p.put("top", 0.7, lambda: furniture(p, "section", desk_name, f"{desk_name}\nBerita", "{s}"))
    p.top.append(headline_block(p, title, 0.95))
    p.put(
        "top",
        0.9,
        lambda: furniture(p, "byline", f"{{x}} - {desk_name}", f"Tim detikcom - {desk_name}"),
    )
    p.top.append(block("date", p.date("day-mon")))
    p.put("top", 0.3, lambda: furniture(p, "share", *SHARES))
    credits = (
        "Foto: Ilustrasi (Thinkstock)",
        "(Foto: {x}/detikcom)",
        "Foto: {x}/detikcom",
        "Foto: dok. Istimewa",
    )
    p.put("top", 0.7, lambda: p.caption(*credits, alone=0.3))
    p.put("inside", 0.7, lambda: furniture(p, "ad", *SCROLL[:2], at=1))
    p.put("inside", 0.6, lambda: crosslink(p, ("Baca juga:", "Baca juga"), lists=0.2))
    p.put("inside", 0.25, lambda: furniture(p, "pager", *PAGERS))
    promos = (
        'Simak Video "{h}"\n[Gambas:Video 20detik]',
        "[Gambas:Video 20detik]",
        'Tonton juga video "{h}"',
        "Simak juga Video: {h}",
    )
    p.put("bottom", 0.6, lambda: furniture(p, "video", *promos))
    p.put("bottom", 0.9, lambda: furniture(p, "desk", "({a}/{b})"))
    p.put("bottom", 0.5, lambda: tags(p, ("Tag", "Tags:", "Tag Terkait")))
    lists = ("Berita Terkait", "Berita detikcom Lainnya", "Berita Terpopuler", "LAINNYA DARI DETIK")
    p.put("bottom", 0.5, lambda: related(p, lists, times=0.4))
    rights = "Copyright @ {year} detikcom, All Rights Reserved"
    p.put("bottom", 0.2, lambda: furniture(p, "copyright", rights))


def tribun(p: Page, title: str) -> None:
    p.top.append(headline_block(p, title, 0.9))
    p.put("top", 0.9, lambda: block("date", p.date("day-month")))
    byline = ("Penulis: {x}\nEditor: {y}", "Penulis: {x} | Editor: {y}", "Editor: {y}")
    p.put("top", 0.8, lambda: furniture(p, "byline", *byline))
    credits = ("(Tribunnews.com/{x})", "TRIBUNNEWS.COM/{X}", "(Istimewa)", "(HO/Dok. Pribadi)")
    p.put("top", 0.6, lambda: p.caption(*credits))
    reports = ("Laporan Wartawan Tribunnews.com, {x}", "Laporan Reporter Tribun, {x}")
    p.put("top", 0.5, lambda: furniture(p, "byline", *reports))
    baca = ("Baca juga:", "Baca Juga:", "BACA JUGA:")
    p.put("inside", 1.0, lambda: crosslink(p, baca, lists=0.1, inline=0.2), (1, 4))
    p.put("inside", 0.3, lambda: furniture(p, "pager", *PAGERS))
    syndication = (
        "Artikel ini telah tayang di Tribunnews.com dengan judul {h}, "
        "https://www.tribunnews.com/nasional/{year}/03/14/{a}-berita-terkini"
    )
    p.put("bottom", 0.4, lambda: furniture(p, "copyright", syndication))
    p.put("bottom", 0.3, lambda: furniture(p, "byline", *byline))
    google = ("Dapatkan Berita Terbaru dari Tribunnews.com di Google News", *GOOGLE_NEWS)
    p.put("bottom", 0.5, lambda: furniture(p, "promo", *google))
    lists = ("Berita Terkait", "BERITA TERKAIT", "Berita Populer", "BERITA REKOMENDASI")
    p.put("bottom", 0.5, lambda: related(p, lists))
    p.put("bottom", 0.4, lambda: tags(p, ("Tags:", "#")))


def liputan6(p: Page, title: str) -> None:
    p.put("top", 0.4, lambda: furniture(p, "section", "Home > News > {s}", "{s}"))
    p.top.append(headline_block(p, title, 0.9))
    if p.chance(0.5):
        p.top.append(
            one_line((f"Oleh {p.person()} ", "byline"), (f"pada {p.date('mon-comma')}", "date"))
        )
    else:
        p.top.extend((block("byline", p.person()), block("date", p.date("mon-comma"))))
    p.put("top", 0.6, lambda: block("date", p.updated("mon-comma")))
    p.put("top", 0.6, lambda: block("teaser", p.teaser()))
    credits = ("(Liputan6.com/{x})", "(Foto: Liputan6.com/{x})", "(Shutterstock)")
    p.put("top", 0.7, lambda: p.caption(*credits))
    p.put("inside", 0.6, lambda: crosslink(p, ("Baca Juga", "Baca Juga:"), lists=0.8))
    p.put("inside", 0.4, lambda: furniture(p, "ad", "Advertisement", "Lanjutkan Membaca"))
    promos = (
        "Saksikan Video Pilihan di Bawah Ini:",
        "Simak juga video pilihan berikut ini:",
        "Saksikan video pilihan berikut ini:",
    )
    p.put("inside", 0.4, lambda: furniture(p, "video", *promos))
    whatsapp = "Gabung WhatsApp Channel Liputan6.com untuk dapatkan berita terkini, klik di sini."
    p.put("bottom", 0.3, lambda: furniture(p, "promo", whatsapp, *GOOGLE_NEWS))
    p.put("bottom", 0.4, lambda: tags(p, ("Topik Terkait", "Tag:", "#")))
    lists = ("Berita Terkait", "Artikel Selanjutnya", "Terpopuler")
    p.put("bottom", 0.4, lambda: related(p, lists))
    rights = "Copyright © {year} Liputan6.com KLY KapanLagi Youniverse All Right Reserved"
    p.put("bottom", 0.3, lambda: furniture(p, "copyright", rights))


def cnnindonesia(p: Page, title: str) -> None:
    p.put("top", 0.5, lambda: furniture(p, "section", "{s}", "CNN Indonesia\n{s}"))
    p.top.append(headline_block(p, title, 0.9))
    p.put("top", 0.8, lambda: furniture(p, "byline", "CNN Indonesia", "{x}, CNN Indonesia"))
    p.put("top", 0.9, lambda: block("date", p.date("day-mon")))
    p.put("top", 0.4, lambda: furniture(p, "share", "Bagikan :", "Bagikan"))
    credits = (
        "(CNN Indonesia/{x})",
        "(Foto: CNN Indonesia/{x})",
        "(Istockphoto/{x})",
        "(REUTERS/" + p.pick(FOREIGN_NAMES) + ")",
        "(AFP PHOTO/" + p.pick(FOREIGN_NAMES) + ")",
        "(ANTARA FOTO/{x})",
    )
    p.put("top", 0.7, lambda: p.caption(*credits))
    p.put("inside", 0.7, lambda: furniture(p, "ad", *SCROLL[:1], at=p.rng.randint(1, 2)))
    p.put("inside", 0.5, lambda: crosslink(p, ("Lihat juga:", "Baca juga:"), lists=0.2))
    p.put("inside", 0.4, lambda: furniture(p, "video", "[Gambas:Video CNN]"))
    p.put("inside", 0.2, lambda: furniture(p, "pager", *PAGERS[:4]))
    p.put("bottom", 0.9, lambda: furniture(p, "desk", "({a}/{b})", "({a}/{a})"))
    p.put("bottom", 0.5, lambda: tags(p, ("TOPIK TERKAIT",)))
    lists = ("REKOMENDASI UNTUK ANDA", "LAINNYA DARI DETIKNETWORK", "TERPOPULER", "BACA JUGA")
    p.put("bottom", 0.4, lambda: related(p, lists))


def okezone(p: Page, title: str) -> None:
    p.put("top", 0.4, lambda: furniture(p, "section", "Okezone / {s}", "Home > {s}"))
    p.top.append(headline_block(p, title, 0.9))
    byline = p.pick((f"{p.person()}, Jurnalis · ", f"{p.person()} , Jurnalis-"))
    date = p.date(p.pick(("day-plain", "day-plain", "numeric")))
    p.top.append(one_line((byline, "byline"), (date, "date")))
    p.put("top", 0.3, lambda: furniture(p, "share", *SHARES))
    credits = (
        "(Foto: Okezone)",
        "(Foto: Shutterstock)",
        "Foto: Okezone/{x}",
        "(Foto: Dok. Istimewa)",
    )
    p.put("top", 0.6, lambda: p.caption(*credits))
    p.put("inside", 0.8, lambda: crosslink(p, BACA[:3], lists=0.1, inline=0.4), (1, 3))
    p.put("inside", 0.3, lambda: furniture(p, "ad", "ADVERTISEMENT", "Iklan"))
    p.put("inside", 0.2, lambda: furniture(p, "pager", *PAGERS))
    orion = (
        "Dapatkan berita up to date dengan semua berita terkini dari Okezone hanya dengan satu "
        "akun di ORION, daftar sekarang dengan klik disini dan nantikan kejutan menarik "
        "lainnya"
    )
    follow = ("Follow Berita Okezone di Google News", orion, *GOOGLE_NEWS)
    p.put("bottom", 0.6, lambda: furniture(p, "promo", *follow))
    p.put("bottom", 0.7, lambda: furniture(p, "desk", "({a})", "({a}/{b})"))
    p.put("bottom", 0.4, lambda: tags(p, ("Tag", "Tags:")))
    p.put("bottom", 0.4, lambda: related(p, ("Berita Terkait", "Berita Terkini", "Terpopuler")))
    rights = "Copyright © {year} Okezone. All Rights Reserved"
    p.put("bottom", 0.2, lambda: furniture(p, "copyright", rights))


def suara(p: Page, title: str) -> None:
    p.top.append(headline_block(p, title, 0.9))
    p.put("top", 0.6, lambda: furniture(p, "byline", "{x} | {y}", "{x}"))
    p.put("top", 0.9, lambda: block("date", p.date("day-month-bar")))
    credits = ("(Suara.com/{x})", "[Suara.com/{x}]", "(Shutterstock)", "(ANTARA/{x})")
    p.put("top", 0.6, lambda: p.caption(*credits))
    p.put("top", 0.3, lambda: block("teaser", p.teaser()))
    p.put("inside", 0.8, lambda: crosslink(p, ("Baca Juga:", "Baca Juga"), lists=0.6), (1, 2))
    p.put("inside", 0.3, lambda: furniture(p, "ad", "Scroll untuk membaca", "Iklan"))
    p.put("bottom", 0.4, lambda: furniture(p, "byline", "Kontributor : {x}", "Kontributor: {x}"))
    whatsapp = (
        "Update berita terkini dan viral setiap hari dari Suara.com, ikuti WhatsApp Channel "
        "kami: klik di sini.",
        *GOOGLE_NEWS,
    )
    p.put("bottom", 0.4, lambda: furniture(p, "promo", *whatsapp))
    p.put("bottom", 0.5, lambda: tags(p, ("Tag", "Tags")))
    p.put("bottom", 0.4, lambda: related(p, ("BERITA TERKAIT", "Terkini", "Terpopuler")))
    rights = "© {year} suara.com - All Rights Reserved."
    p.put("bottom", 0.3, lambda: furniture(p, "copyright", rights))


def merdeka(p: Page, title: str) -> None:
    p.put("top", 0.3, lambda: furniture(p, "section", "Merdeka.com > {s}", "{s}"))
    p.top.append(headline_block(p, title, 0.9))
    reporter = p.pick((f"Reporter : {p.person()} | ", f"Reporter: {p.person()} | "))
    p.top.append(one_line((reporter, "byline"), (p.date("month"), "date")))
    year = p.when.year - p.rng.choice((0, 0, 1, 3))
    credits = (f"©{year} Merdeka.com/{p.person()}", f"merdeka.com/{p.person().lower()}")
    p.put("top", 0.6, lambda: p.caption(*credits, alone=0.3))
    p.put("inside", 0.7, lambda: crosslink(p, ("Baca juga:",), lists=0.9))
    p.put("inside", 0.3, lambda: furniture(p, "ad", "Advertisement", *SCROLL[3:4]))
    p.put("bottom", 0.8, lambda: furniture(p, "desk", "[{a}]"))
    p.put("bottom", 0.4, lambda: tags(p, ("Topik berita Terkait:", "Topik Terkait:")))
    p.put("bottom", 0.3, lambda: crosslink(p, ("Baca Selanjutnya:",), lists=0.0))
    p.put("bottom", 0.3, lambda: related(p, ("Berita Lainnya", "Rekomendasi", "Terpopuler")))
    p.put("bottom", 0.2, lambda: furniture(p, "copyright", "Copyright © {year} merdeka.com"))


def antara(p: Page, title: str) -> None:
    p.put("top", 0.4, lambda: furniture(p, "section", "Home > Berita > {s}", "{s}"))
    p.top.append(headline_block(p, title, 0.95))
    p.put("top", 0.9, lambda: block("date", p.date("day-month")))
    credits = (
        f"ANTARA FOTO/{p.person()}/{p.code()}.",
        f"(ANTARA/{p.person()})",
        f"(Foto: ANTARA/{p.person()})",
        f"Foto: ANTARA/{p.person()}",
    )
    p.put("top", 0.7, lambda: p.caption(*credits))
    p.put("inside", 0.8, lambda: crosslink(p, ("Baca juga:",), lists=0.0), (1, 3))
    p.put("bottom", 0.5, lambda: furniture(p, "desk", "(*)", "({a}/{b})", "(ant/{a})", "(Antara)"))
    byline = ("Pewarta: {x}\nEditor: {y}", "Pewarta : {x}\nEditor : {y}", "Editor: {y}")
    p.put("bottom", 0.9, lambda: furniture(p, "byline", *byline))
    ai = (
        "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk "
        "AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA."
    )
    p.put("bottom", 0.7, lambda: furniture(p, "copyright", "COPYRIGHT © ANTARA {year}"))
    p.put("bottom", 0.4, lambda: furniture(p, "copyright", ai))
    p.put("bottom", 0.3, lambda: furniture(p, "promo", "Ikuti kanal WhatsApp ANTARA", *NEWSLETTER))
    p.put("bottom", 0.4, lambda: related(p, ("Berita Terkait", "Berita Lainnya", "Terpopuler")))


def tempo(p: Page, title: str) -> None:
    if p.chance(0.6):
        rubric = p.pick(SECTIONS).upper()
        p.top.append(one_line((f"{rubric} | ", "section"), (p.date("month"), "date")))
    p.top.append(headline_block(p, title, 0.9))
    p.put("top", 0.3, lambda: block("teaser", p.teaser()))
    byline = ("Reporter: {x}\nEditor: {y}", "Reporter\n{x}\nEditor\n{y}", "Editor: {y}")
    p.put("top", 0.8, lambda: furniture(p, "byline", *byline))
    p.put("top", 0.4, lambda: block("date", p.date("day-month")))
    p.put("top", 0.6, lambda: p.caption(f"TEMPO/{p.person()}", "(TEMPO/" + p.person() + ")"))
    p.put("inside", 0.7, lambda: crosslink(p, ("Baca:", "Baca juga:"), lists=0.0, inline=0.2))
    p.put("inside", 0.4, lambda: furniture(p, "ad", *SCROLL[3:5], "Advertisement"))
    p.put("bottom", 0.6, lambda: crosslink(p, ("Pilihan Editor:", "PILIHAN EDITOR:"), lists=0.0))
    google = ("Ikuti berita terkini dari Tempo di Google News, klik di sini.", *GOOGLE_NEWS)
    p.put("bottom", 0.5, lambda: furniture(p, "promo", google[0], *NEWSLETTER[:1]))
    p.put("bottom", 0.3, lambda: tags(p, ("Topik:", "Tag")))
    p.put("bottom", 0.3, lambda: related(p, ("Artikel Terkait", "Berita Terkait", "Terpopuler")))
    rights = "Copyright © {year} TEMPO Media Group"
    p.put("bottom", 0.2, lambda: furniture(p, "copyright", rights))


def kumparan(p: Page, title: str) -> None:
    p.put("top", 0.6, lambda: furniture(p, "section", "kumparanNEWS", "kumparanBISNIS", "{s}"))
    p.top.append(headline_block(p, title, 0.9))
    p.put("top", 0.6, lambda: furniture(p, "byline", "kumparanNEWS", "Tim Redaksi", "{x}"))
    p.top.append(block("date", p.date("month-wib")))
    p.put("top", 0.3, lambda: block("date", p.updated("month-wib")))
    credits = ("Foto: {x}/kumparan", "Foto: Shutterstock", "Foto: Dok. Istimewa")
    p.put("top", 0.6, lambda: p.caption(*credits))
    p.put("inside", 0.7, lambda: furniture(p, "ad", "ADVERTISEMENT"), (1, 3))
    p.put("inside", 0.5, lambda: crosslink(p, ("Baca juga:", "Baca Juga:"), lists=0.1, inline=0.2))
    p.put("bottom", 0.4, lambda: furniture(p, "desk", "({A}/{A})", "({a})"))
    p.put("bottom", 0.4, lambda: tags(p, ("Tag", "Topik")))
    p.put("bottom", 0.4, lambda: furniture(p, "share", *SHARES))
    p.put("bottom", 0.4, lambda: related(p, ("Berita Lainnya", "Baca Lainnya", "Terpopuler")))
    rights = "Hak cipta dilindungi undang-undang © {year} kumparan"
    p.put("bottom", 0.2, lambda: furniture(p, "copyright", rights))


def cnbc(p: Page, title: str) -> None:
    desk_name = p.pick(("NEWS", "MARKET", "TECH", "LIFESTYLE", "SYARIAH"))
    p.top.append(headline_block(p, title, 0.95))
    byline = p.pick((f"{desk_name} - {p.person()}, CNBC Indonesia", "Tim Redaksi, CNBC Indonesia"))
    p.top.append(block("byline", byline))
    p.top.append(block("date", p.date("english")))
    credits = ("(CNBC Indonesia/{x})", "(REUTERS/" + p.pick(FOREIGN_NAMES) + ")", "(Dok. Ist)")
    p.put("top", 0.7, lambda: p.caption(*credits, alone=0.4, prefix="Foto: "))
    p.put("inside", 0.6, lambda: crosslink(p, ("Baca:", "Baca Juga:"), lists=0.0, inline=0.1))
    p.put("inside", 0.5, lambda: furniture(p, "ad", "ADVERTISEMENT\nSCROLL TO RESUME CONTENT"))
    p.put("inside", 0.3, lambda: furniture(p, "video", "[Gambas:Video CNBC]"))
    p.put("bottom", 0.8, lambda: furniture(p, "desk", "({a}/{a})", "({a}/{b})"))
    next_article = ("Next Article\n{h}", "ARTIKEL SELANJUTNYA\n{h}")
    p.put("bottom", 0.5, lambda: furniture(p, "related", *next_article))
    p.put("bottom", 0.4, lambda: tags(p, ("Tags", "Tags:")))
    p.put("bottom", 0.3, lambda: related(p, ("Berita Terkait", "Terpopuler", "Rekomendasi")))


def jpnn(p: Page, title: str) -> None:
    p.top.append(headline_block(p, title, 0.9))
    p.top.append(block("date", p.date("day-month-endash")))
    credits = ("Foto: {x}/JPNN.com", "Foto: Ricardo/JPNN.com", "Foto: Humas")
    p.put("top", 0.6, lambda: p.caption(*credits))
    p.put("inside", 0.8, lambda: crosslink(p, ("Baca Juga:",), lists=0.7), (1, 2))
    intern = f"(mg{p.rng.randint(1, 9)}/jpnn)"
    p.put("bottom", 0.8, lambda: furniture(p, "desk", "({a}/jpnn)", intern))
    byline = (
        "Redaktur : {y}\nReporter : {x}",
        "Redaktur: {y}\nReporter: {x}",
        "Redaktur & Reporter : {x}",
    )
    p.put("bottom", 0.8, lambda: furniture(p, "byline", *byline))
    videos = ("Simak! Video Pilihan Redaksi:", "Jangan Lewatkan Video Terbaru:")
    p.put("bottom", 0.5, lambda: furniture(p, "video", *videos))
    p.put("bottom", 0.4, lambda: tags(p, ("Kenali Lebih Jauh", "Tag")))
    p.put("bottom", 0.4, lambda: related(p, ("Berita Terkait", "Terpopuler", "Jangan Lewatkan")))
    p.put("bottom", 0.2, lambda: furniture(p, "copyright", "Copyright © {year} JPNN.com"))


def sindonews(p: Page, title: str) -> None:
    p.put("top", 0.4, lambda: furniture(p, "section", "{s}", "Home > {s}"))
    p.top.append(headline_block(p, title, 0.9))
    p.top.append(block("date", p.date("day-month-dash")))
    p.put("top", 0.6, lambda: furniture(p, "byline", "{x}", "Oleh {x}"))
    p.put("top", 0.6, lambda: p.caption("Foto/Dok. SINDOnews", f"Foto/{p.person()}", alone=0.3))
    p.put("inside", 0.6, lambda: furniture(p, "ad", "loading..."))
    p.put("inside", 0.9, lambda: crosslink(p, ("Baca juga:", "Baca Juga:"), 0.0, 0.6), (1, 3))
    p.put("bottom", 0.8, lambda: furniture(p, "desk", "({a})"))
    p.put("bottom", 0.5, lambda: tags(p, ("Tags:", "TAGS")))
    p.put("bottom", 0.4, lambda: related(p, ("Berita Terkait", "Rekomendasi", "Terpopuler")))
    p.put("bottom", 0.3, lambda: furniture(p, "pager", *PAGERS))


def republika(p: Page, title: str) -> None:
    p.put("top", 0.4, lambda: furniture(p, "section", "Home > {s}", "{s}"))
    p.top.append(headline_block(p, title, 0.9))
    p.put(
        "top", 0.7, lambda: furniture(p, "byline", "Rep: {x}/ Red: {y}", "Red: {y}", "Oleh : {x}")
    )
    p.top.append(block("date", p.date("day-mon-plain")))
    credits = (f"Foto: Republika/{p.person()}", "Foto: ANTARA", "Foto: Pixabay")
    p.put("top", 0.6, lambda: p.caption(*credits))
    p.put("top", 0.3, lambda: block("teaser", p.teaser()))
    p.put("inside", 0.7, lambda: crosslink(p, ("Baca Juga", "BACA JUGA:"), lists=0.8))
    p.put("inside", 0.4, lambda: furniture(p, "ad", "Iklan", "Advertisement"))
    p.put("inside", 0.2, lambda: furniture(p, "pager", *PAGERS))
    p.put("bottom", 0.4, lambda: furniture(p, "byline", "Sumber: Antara", "Sumber : Antara"))
    p.put("bottom", 0.4, lambda: tags(p, ("Topik", "Tag")))
    p.put("bottom", 0.4, lambda: related(p, ("Berita Lainnya", "Terpopuler", "REKOMENDASI")))
    p.put("bottom", 0.3, lambda: furniture(p, "promo", *NEWSLETTER, *GOOGLE_NEWS))
    rights = "Copyright © {year} Republika.co.id, All Rights Reserved"
    p.put("bottom", 0.3, lambda: furniture(p, "copyright", rights))
    p.put("bottom", 0.3, lambda: furniture(p, "share", *SHARES))


LAYOUTS: dict[str, Callable[[Page, str], None]] = {
    layout.__name__: layout
    for layout in (
        kompas,
        detik,
        tribun,
        liputan6,
        cnnindonesia,
        okezone,
        suara,
        merdeka,
        antara,
        tempo,
        kumparan,
        cnbc,
        jpnn,
        sindonews,
        republika,
    )
}


# --------------------------------------------------------------------------------------------
# Dressing: the page's blocks around the article's paragraphs.


class _Writer:
    """Builds the dressed text, recording the article's spans and the furniture pieces."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        # Chances of a single line break (instead of a blank line) between two furniture
        # blocks, and between furniture and the article: copied pages differ in both.
        self.tight = rng.choice((0.0, 0.5, 0.9))
        self.glued = rng.choice((0.0, 0.0, 0.3))
        self.parts: list[str] = []
        self.size = 0
        self.article: list[tuple[int, int]] = []
        self.pieces: list[Piece] = []
        self.last: str | None = None

    def _put(self, text: str) -> tuple[int, int]:
        start = self.size
        self.parts.append(text)
        self.size += len(text)
        return start, self.size

    def _open(self, kind: str) -> None:
        if self.last is None:
            pass
        elif self.last == kind == "article":
            self._put("\n\n")
        else:
            single = self.tight if self.last == kind else self.glued
            self._put("\n" if self.rng.random() < single else "\n\n")
        self.last = kind

    def _lines(self, block: Block) -> None:
        for number, line in enumerate(block.lines):
            if number:
                self._put("\n")
            for text, family in line:
                self.pieces.append(Piece(*self._put(text), family))

    def paragraph(self, text: str, inserts: Sequence[tuple[tuple[int, int], Block]]) -> None:
        """An article paragraph, with blocks set in place of the white space at ``inserts``."""
        self._open("article")
        position = 0
        for (start, end), block in inserts:
            self.article.append(self._put(text[position:start]))
            assert block.inline is not None
            self._put(block.inline)
            self._lines(block)
            self._put(block.inline)
            position = end
        self.article.append(self._put(text[position:]))

    def block(self, block: Block) -> None:
        self._open("furniture")
        self._lines(block)


def whole_page(page: Page, others: Sequence[tuple[str, str, str]]) -> None:
    """Wrap the page in what a reader who selects the whole page copies too: the site's name
    and menu above (and perhaps a widget with another story's headline and lead), a list of
    other stories below (perhaps each with its lead as a teaser), the footer's menu and its
    copyright line. ``others`` are other articles' (headline in title case, in sentence case,
    lead); the page writes its headlines in one case."""
    marker = page.pick(MARKERS)
    title_case = page.chance(0.7)
    picked = [
        (titled if title_case else plain, lead)
        for titled, plain, lead in page.rng.sample(list(others), min(len(others), 9))
    ]

    def menu(pool: Sequence[str], low: int, high: int) -> Block:
        items = page.rng.sample(list(pool), min(len(pool), page.rng.randint(low, high)))
        return block("menu", *(marker + item for item in items))

    top: list[Block] = []
    if page.chance(0.5):
        top.append(block("section", page.pick(SITE_NAMES)))
    if picked and page.chance(0.3):
        headline, lead = picked.pop()
        widget = [[(page.pick(WIDGETS), "menu")], [(headline, "related")], [(lead, "other")]]
        top.append(Block(widget))
    top.append(menu((*NAVIGATION, *SECTIONS), 8, 40))
    page.top[:0] = top
    lines: list[list[Frag]] = [[(page.pick(LISTS), "related")]]
    teasers = page.chance(0.4)
    for headline, lead in picked[: page.rng.randint(4, 8)]:
        lines.append([(marker + headline, "related")])
        if teasers:
            lines.append([(lead, "other")])
    site = page.pick(SITE_NAMES)
    page.bottom.extend(
        [
            Block(lines),
            menu(FOOTER, 5, 10),
            block("copyright", f"Copyright © {page.when.year} {site}. All rights reserved."),
        ]
    )


def dress(
    article: str,
    rng: random.Random,
    *,
    title: str | None = None,
    when: datetime | None = None,
    layout: str | None = None,
    others: Sequence[tuple[str, str, str]] = (),
) -> Dressed:
    """``article`` (paragraphs separated by blank lines) as it is copied from a news page of
    ``layout`` (one of LAYOUTS, drawn when None). ``title`` holds the words of its headline
    (their case is the layout's; drawn from the first sentence when None), ``when`` its
    publication time (drawn when None). With ``others`` (see whole_pool), the whole page is
    copied: see whole_page. All choices come from ``rng``."""
    paragraphs = paragraphs_of(article)
    if not paragraphs:
        raise ValueError("there is no article to dress")
    first = paragraphs[0]
    cuts = boundaries(first)
    lead = _without_dateline(first[: cuts[0][0]] if cuts else first)
    if when is None:
        when = datetime(2017, 1, 1, 6, tzinfo=WIB) + timedelta(minutes=rng.randrange(4_000_000))
    if title is None:
        words = lead.split()[: rng.randint(6, 10)]
        title = " ".join(w.strip(".,;:!?\"“”()'") for w in words)
    name = layout if layout is not None else rng.choice(tuple(LAYOUTS))
    names = names_in(article)
    page = Page(rng, when, names, people_in(article, names), lead, known_case(article))
    LAYOUTS[name](page, title)
    if others:
        whole_page(page, others)

    # Inside blocks go to the gaps between paragraphs (gap g: after paragraph g - 1), in page
    # order; a block meant for inside a paragraph takes a sentence boundary next to its gap.
    last_gap = max(1, len(paragraphs) - 1)
    drawn = iter(sorted(rng.randint(1, last_gap) for _ in page.inside))
    wanted = [(min(b.at or next(drawn), last_gap), b) for b in page.inside]
    placed: list[tuple[int, Block]] = []
    inserts: dict[int, list[tuple[tuple[int, int], Block]]] = {}
    for gap, block in sorted(wanted, key=lambda pair: pair[0]):
        if block.inline is not None:
            taken = {span for span, _ in inserts.get(gap - 1, [])}
            free = [s for s in boundaries(paragraphs[gap - 1]) if s not in taken]
            if free:
                inserts.setdefault(gap - 1, []).append((rng.choice(free), block))
                continue
            block = Block(block.lines)  # no sentence boundary there: a line of its own
        placed.append((gap, block))

    writer = _Writer(rng)
    for block in page.top:
        writer.block(block)
    for index, paragraph in enumerate(paragraphs):
        writer.paragraph(paragraph, sorted(inserts.get(index, []), key=lambda i: i[0]))
        for gap, block in placed:
            if gap == index + 1:
                writer.block(block)
    for block in page.bottom:
        writer.block(block)
    text = "".join(writer.parts)
    spans = tuple(span for span in writer.article if span[0] < span[1])
    # The article's words, in order, are exactly the words of its spans.
    assert " ".join(text[s:e] for s, e in spans).split() == article.split()
    return Dressed(text, name, spans, tuple(p for p in writer.pieces if p.start < p.end))


# --------------------------------------------------------------------------------------------
# Measurement


@dataclass(frozen=True, slots=True)
class Result:
    """What came of one article, clean and dressed."""

    layout: str
    clean: ArticleScore
    dressed: ArticleScore
    chosen: int  # sentences in the dressed summary
    furniture: int  # of which hold furniture
    mixed: int  # of which hold article text too
    families: tuple[str, ...]  # each family touched, once per furniture sentence
    placed: frozenset[str]  # the families on the page
    # Every sentence of the dressed text (ringkas.split), whether chosen or not:
    pieces: tuple[str, ...]  # each family touched, once per furniture sentence
    unflagged: tuple[str, ...]  # the same for those ringkas does not flag as boilerplate
    article_sentences: int
    article_flagged: int  # article sentences flagged as boilerplate in the dressed text
    clean_sentences: int
    clean_flagged: int  # the same in the clean text


def dress_article(
    article: Article, seed: int, others: Sequence[tuple[str, str, str]] = ()
) -> Dressed:
    """The dressing of one IndoSum article: the same for the same seed, whatever else runs.
    With ``others`` (see whole_pool), the whole page, its menus and other stories too."""
    title = headline_words(article.id, article.text)
    return dress(
        article.text,
        random.Random(f"{seed}/{article.id}"),
        title=title,
        when=published(article.id),
        others=[other for other in others if other[0].lower() != (title or "").lower()],
    )


def whole_pool(articles: Sequence[Article]) -> list[tuple[str, str, str]]:
    """Every article's headline, in title case and in sentence case, and its lead sentence
    (without its dateline), for the lists and widgets of other stories on a whole page."""
    pool = []
    for article in articles:
        paragraphs = paragraphs_of(article.text)
        title = headline_words(article.id, article.text)
        if not paragraphs or title is None:
            continue
        cuts = boundaries(paragraphs[0])
        lead = _without_dateline(paragraphs[0][: cuts[0][0]] if cuts else paragraphs[0])
        known = known_case(article.text)
        pool.append((recase(title, known, True), recase(title, known, False), lead))
    return pool


def summarise(text: str) -> ringkas.Summary | None:
    """ringkas's summary with its defaults, or None when ringkas refuses the text."""
    try:
        return ringkas.summarize(text)
    except ringkas.RingkasError:
        return None


def every_sentence(text: str) -> tuple[ringkas.Sentence, ...]:
    try:
        return ringkas.split(text).sentences
    except ringkas.RingkasError:
        return ()


def scored(article: Article, summary: ringkas.Summary | None) -> ArticleScore:
    if summary is None:
        return ArticleScore((0.0, 0.0, 0.0), words=0, failed=True)
    prediction = " ".join(sentence.text for sentence in summary.sentences)
    return ArticleScore(
        score(article.summary, prediction), words=len(prediction.split()), failed=False
    )


def measure(article: Article, seed: int, others: Sequence[tuple[str, str, str]] = ()) -> Result:
    dressed = dress_article(article, seed, others)
    summary = summarise(dressed.text)
    chosen = summary.sentences if summary is not None else ()
    furniture = [s for s in chosen if not dressed.is_article(s.start, s.end)]
    families = [dressed.families(s.start, s.end) for s in furniture]
    pieces: list[str] = []
    unflagged: list[str] = []
    article_flags = []
    for sentence in every_sentence(dressed.text):
        if dressed.is_article(sentence.start, sentence.end):
            article_flags.append(sentence.boilerplate)
            continue
        touched = sorted(dressed.families(sentence.start, sentence.end))
        pieces += touched
        if not sentence.boilerplate:
            unflagged += touched
    clean_flags = [s.boilerplate for s in every_sentence(article.text)]
    return Result(
        layout=dressed.layout,
        clean=scored(article, summarise(article.text)),
        dressed=scored(article, summary),
        chosen=len(chosen),
        furniture=len(furniture),
        mixed=sum(dressed.touches_article(s.start, s.end) for s in furniture),
        families=tuple(f for found in families for f in sorted(found)),
        placed=frozenset(piece.family for piece in dressed.furniture),
        pieces=tuple(pieces),
        unflagged=tuple(unflagged),
        article_sentences=len(article_flags),
        article_flagged=sum(article_flags),
        clean_sentences=len(clean_flags),
        clean_flagged=sum(clean_flags),
    )


def measure_chunk(
    articles: Sequence[Article], seed: int, others: Sequence[tuple[str, str, str]] = ()
) -> list[Result]:
    return [measure(article, seed, others) for article in articles]


def measure_all(
    articles: Sequence[Article], seed: int, jobs: int, others: Sequence[tuple[str, str, str]] = ()
) -> list[Result]:
    """Results in input order; the same whatever ``jobs`` is."""
    if jobs == 1:
        return measure_chunk(articles, seed, others)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        work = partial(measure_chunk, seed=seed, others=others)
        batches = pool.map(work, chunks(articles, CHUNK_SIZE))
        return [result for batch in batches for result in batch]


# --------------------------------------------------------------------------------------------
# Report

GOAL_FURNITURE = "no furniture chosen"
GOAL_ROUGE = "dressed ROUGE-1 within 1 point of clean"


def parts_of(articles: Sequence[Article], results: Sequence[Result]) -> dict[str, list[Result]]:
    pairs = list(zip(articles, results, strict=True))
    return {
        "tune": [r for a, r in pairs if a.tune],
        "confirm": [r for a, r in pairs if not a.tune],
        "all": list(results),
    }


def r1(results: Sequence[Result], dressed: bool) -> float:
    return means([r.dressed if dressed else r.clean for r in results])[0]


def percent(count: int, total: int) -> str:
    return f"{100 * count / total:.1f} %" if total else "-"


def print_rows(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A table: the first column to the left, the others to the right."""
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    for row in (header, ["-" * w for w in widths], *rows):
        cells = [
            row[0].ljust(widths[0]),
            *(c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)),
        ]
        click.echo("  ".join(cells).rstrip())


def met(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def report_rouge(articles: Sequence[Article], results: Sequence[Result]) -> None:
    print_table(["clean text", "dressed text"], articles, [[r.clean, r.dressed] for r in results])
    gaps = {part: r1(rs, True) - r1(rs, False) for part, rs in parts_of(articles, results).items()}
    click.echo(
        "ROUGE-1 dressed - clean: "
        + ", ".join(f"{part} {gap:+.2f}" for part, gap in gaps.items())
        + f"   goal: {GOAL_ROUGE}: {met(all(abs(g) <= 1 for g in gaps.values()))}"
    )


def report_furniture(articles: Sequence[Article], results: Sequence[Result]) -> None:
    figures: dict[str, Callable[[Sequence[Result]], str]] = {
        "summaries holding furniture": lambda rs: percent(
            sum(r.furniture > 0 for r in rs), len(rs)
        ),
        "furniture sentences chosen": lambda rs: (
            f"{sum(r.furniture for r in rs)} of {sum(r.chosen for r in rs)}"
        ),
        "  of them mixed with article text": lambda rs: str(sum(r.mixed for r in rs)),
        "summaries choosing the headline": lambda rs: percent(
            sum("headline" in r.families for r in rs), len(rs)
        ),
        "texts ringkas refused, clean/dressed": lambda rs: (
            f"{sum(r.clean.failed for r in rs)}/{sum(r.dressed.failed for r in rs)}"
        ),
        "all furniture sentences: not flagged": lambda rs: percent(
            sum(len(r.unflagged) for r in rs), sum(len(r.pieces) for r in rs)
        ),
        "all article sentences: flagged, dressed": lambda rs: percent(
            sum(r.article_flagged for r in rs), sum(r.article_sentences for r in rs)
        ),
        "all article sentences: flagged, clean": lambda rs: percent(
            sum(r.clean_flagged for r in rs), sum(r.clean_sentences for r in rs)
        ),
    }
    parts = parts_of(articles, results)
    print_rows(
        ["figure", *PARTS],
        [[label, *(value(parts[part]) for part in PARTS)] for label, value in figures.items()],
    )
    chosen = sum(r.furniture for r in results)
    click.echo(f"goal: {GOAL_FURNITURE}: {met(chosen == 0)}")
    click.echo(
        '("all ... sentences": every sentence of the texts as ringkas.split finds it, chosen or '
        "not; flagged = marked as boilerplate. A furniture sentence counts once per family.)"
    )


def report_families(articles: Sequence[Article], results: Sequence[Result]) -> None:
    click.echo("By family: pages carrying it; its sentences in all texts and how many ringkas")
    click.echo("does not flag; sentences chosen (a sentence counts for each family it touches)")
    parts = parts_of(articles, results)
    chosen = {part: Counter(f for r in rs for f in r.families) for part, rs in parts.items()}
    pages = Counter(f for r in results for f in r.placed)
    sentences = Counter(f for r in results for f in r.pieces)
    unflagged = Counter(f for r in results for f in r.unflagged)
    print_rows(
        ["family", "pages", "sentences", "not flagged", *(f"chosen {p}" for p in PARTS)],
        [
            [
                family,
                str(pages[family]),
                str(sentences[family]),
                percent(unflagged[family], sentences[family]),
                *(str(chosen[part][family]) for part in PARTS),
            ]
            for family in FAMILIES
        ],
    )


def report_layouts(results: Sequence[Result]) -> None:
    click.echo("By layout (all articles)")
    rows = []
    for layout in LAYOUTS:
        rs = [r for r in results if r.layout == layout]
        if not rs:
            continue
        clean, dressed = r1(rs, False), r1(rs, True)
        top = Counter(f for r in rs for f in r.families).most_common(3)
        rows.append(
            [
                layout,
                str(len(rs)),
                f"{clean:.2f}",
                f"{dressed:.2f}",
                f"{dressed - clean:+.2f}",
                percent(sum(r.furniture > 0 for r in rs), len(rs)),
                str(sum(r.furniture for r in rs)),
                percent(sum("headline" in r.families for r in rs), len(rs)),
                ", ".join(f"{f} {n}" for f, n in top),
            ]
        )
    header = "layout articles clean-R1 dressed-R1 diff with-furniture sentences headline"
    print_rows([*(h.replace("-", " ") for h in header.split()), "chosen most"], rows)


# --------------------------------------------------------------------------------------------
# Examples for people to look at


def marked(dressed: Dressed) -> str:
    """The dressed text with every furniture piece shown as ⟦family: text⟧."""
    out, position = [], 0
    for piece in sorted(dressed.furniture, key=lambda p: p.start):
        out += [dressed.text[position : piece.start], f"⟦{piece.family}: "]
        out += [dressed.text[piece.start : piece.end], "⟧"]
        position = piece.end
    out.append(dressed.text[position:])
    return "".join(out)


def write_examples(
    directory: Path, articles: Sequence[Article], seed: int, others: Sequence[tuple[str, str, str]]
) -> int:
    """The first dressed article of each layout, plain and marked with both summaries."""
    directory.mkdir(parents=True, exist_ok=True)
    done: set[str] = set()
    for article in articles:
        dressed = dress_article(article, seed, others)
        if dressed.layout in done:
            continue
        done.add(dressed.layout)
        stem = f"{list(LAYOUTS).index(dressed.layout) + 1:02d}-{dressed.layout}"
        (directory / f"{stem}.txt").write_text(dressed.text + "\n", encoding="utf-8")
        lines = [marked(dressed), "", f"==== id {article.id}", "", "==== clean summary"]
        clean = summarise(article.text)
        lines += [f"- {s.text}" for s in (clean.sentences if clean else ())]
        lines += ["", "==== dressed summary"]
        summary = summarise(dressed.text)
        for s in summary.sentences if summary else ():
            kind = (
                "article"
                if dressed.is_article(s.start, s.end)
                else "FURNITURE " + ",".join(sorted(dressed.families(s.start, s.end)))
            )
            lines.append(f"- [{kind}] {s.text}")
        (directory / f"{stem}.marked.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(done)


# --------------------------------------------------------------------------------------------
# Command


@click.command(help=(__doc__ or "").split("\n\n")[0])
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the dressing.")
@click.option(
    "--examples",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Also write the first dressed article of each layout to this folder.",
)
@click.option(
    "--whole",
    is_flag=True,
    help="Dress each article as a whole page: the site's menus, other stories and footer too.",
)
def main(
    data: Path, limit: int | None, jobs: int, seed: int, examples: Path | None, whole: bool
) -> None:
    if not data.is_file():
        raise click.FileError(str(data), hint="not found; pass --data")
    started = time.perf_counter()
    articles = read_articles(data, limit)
    if not articles:
        raise click.ClickException(f"{data} holds no articles")
    others = whole_pool(articles) if whole else []
    results = measure_all(articles, seed, jobs, others)

    tune = sum(a.tune for a in articles)
    label = f"IndoSum {data.stem}" + (f" (first {limit})" if limit is not None else "")
    click.echo(
        f"{label}: {len(articles)} articles (tune {tune}, confirm {len(articles) - tune}), "
        f"each summarised clean and dressed in one of {len(LAYOUTS)} site layouts (seed {seed})"
        f"{', as whole pages' if whole else ''} "
        "by ringkas.summarize(text) with its defaults; ROUGE F1 x 100"
    )
    for section_report in (report_rouge, report_furniture, report_families):
        section_report(articles, results)
        click.echo()
    report_layouts(results)
    if examples is not None:
        written = write_examples(examples, articles, seed, others)
        click.echo(f"\n{written} examples written to {examples}")
    click.echo(f"{time.perf_counter() - started:.1f} s with --jobs {jobs}")


# --data, --limit and --jobs are rouge.py's own options, so that both read the same data alike.
main.params[:0] = [p for p in rouge_main.params if p.name in ("data", "limit", "jobs")]

if __name__ == "__main__":
    main()
