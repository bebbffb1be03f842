"""Indonesian abbreviations that are written with a final period.

Each entry is lower case, without its final period, and keeps its internal periods ("s.h" for
"S.H."), which is the form NLTK's Punkt looks words up in. Words that are also ordinary
Indonesian words are left out on purpose (for example "hal", "thing", so "dalam banyak hal."
still ends a sentence; write "hlm." for a page number).
"""

from __future__ import annotations

TITLES = frozenset(
    {
        "dr",  # Dr. Ahmad (doctor of philosophy) and dr. Siti (medical doctor)
        "drg",  # drg. Rina (dokter gigi, dentist)
        "drh",  # drh. Budi (dokter hewan, veterinarian)
        "drs",  # Drs. Sutrisno (Doktorandus)
        "dra",  # Dra. Wati (Doktoranda)
        "ir",  # Ir. Soekarno (Insinyur)
        "prof",
        "h",  # H. Agus Salim (Haji)
        "hj",  # Hj. Aisyah (Hajah)
        "kh",  # KH. Hasyim Asy'ari (Kiai Haji)
        "tn",  # Tn. Budi (Tuan)
        "ny",  # Ny. Ani (Nyonya)
        "nn",  # Nn. Rina (Nona)
        "sdr",  # Sdr. Andi (Saudara)
        "sdri",  # Sdri. Maya (Saudari)
        "bpk",  # Bpk. Joko (Bapak)
        "bp",
        "yth",  # Yth. Bapak Menteri (Yang terhormat)
        "plt",  # Plt. Bupati (Pelaksana tugas, acting)
        "plh",  # Plh. Kepala Dinas (Pelaksana harian)
        "pjs",  # Pjs. Bupati (Pejabat sementara)
        "moh",  # Moh. Hatta
        "muh",
        "tb",  # Tb. Hasanuddin (Tubagus)
        "pdt",  # Pdt. Gomar Gultom (Pendeta)
        "ust",  # Ust. Abdul Somad (Ustaz)
        "ustz",  # Ustz. Halimah (Ustazah)
        "pnt",  # Pnt. Yohanes (Penatua, a church elder)
        "mgr",  # Mgr. Ignatius Suharyo (Monsinyur)
        "rev",
        "mr",
        "mrs",
        "ms",
        "st",  # St. Petersburg, St. Carolus
        "jr",
        "sr",
    }
)

RANKS = frozenset(
    {
        "jend",  # Jend. Sudirman (Jenderal)
        "letjen",
        "mayjen",
        "brigjen",
        "kol",  # Kol. Inf. Budi (Kolonel)
        "letkol",
        "kapt",
        "lettu",
        "letda",
        "serma",
        "serka",
        "sertu",
        "pol",  # Brigjen Pol. Ahmad (Polisi)
        "kombes",
        "kompol",
        "akbp",
        "akp",
        "ipda",
        "iptu",
        "aiptu",
        "bripka",
        "laksma",
        "laksda",
        "laksdya",
        "marsma",
        "marsda",
        "marsdya",
        "purn",  # Jend. (Purn.) Wiranto (purnawirawan, retired)
        "inf",  # Kol. Inf. (infanteri)
        "kav",  # kavaleri; also kaveling in addresses: Kav. 10
        "czi",
        "psk",
    }
)

DEGREES = frozenset(
    {
        "s.h",  # Budi, S.H. (Sarjana Hukum)
        "m.h",
        "s.e",  # Sarjana Ekonomi
        "m.e",
        "s.e.i",
        "m.m",  # Magister Manajemen
        "s.si",
        "m.si",  # Magister Sains
        "s.pd",
        "m.pd",
        "s.kom",
        "m.kom",
        "s.t",
        "m.t",
        "s.sos",
        "s.ag",
        "m.ag",
        "s.ip",
        "s.ked",
        "s.psi",
        "s.farm",
        "s.hum",
        "m.hum",
        "s.kep",
        "s.ak",
        "s.ikom",
        "a.md",
        "m.a",
        "b.a",
        "m.sc",
        "b.sc",
        "ph.d",
        "ph",  # Ph. D., written with a space
        "m.kes",  # Magister Kesehatan
        "s.kes",
        "s.kg",  # Sarjana Kedokteran Gigi
        "s.gz",  # Sarjana Gizi
        "m.kn",  # Magister Kenotariatan
        "s.stp",
        "m.ap",  # Magister Administrasi Publik
        "s.ap",
        "s.tp",
        "s.pt",
        "s.pi",
        "s.hut",
        "s.sn",
        "m.sn",
        "s.ds",
        "s.th",  # Sarjana Teologi
        "m.th",
        "s.fil",
        "m.fil",
        "s.i.kom",
        "m.i.kom",
        "s.pd.i",
        "m.pd.i",
        "s.h.i",
        "m.h.i",
        "s.sy",
        "m.e.sy",
        "s.ars",
        "s.tr",
        "dipl",
        "sp",  # Sp.A, Sp.PD (dokter spesialis)
        "apt",  # Apt. (apoteker)
        "lc",  # Lc. (Licence, graduates of Al-Azhar)
    }
)

PLACES = frozenset(
    {
        "jl",  # Jl. Sudirman (Jalan)
        "jln",
        "gg",  # Gg. Mawar (Gang)
        "no",  # No. 12 (Nomor)
        "kec",  # Kec. Cibinong (Kecamatan)
        "kab",  # Kab. Bogor (Kabupaten)
        "kel",  # Kel. Menteng (Kelurahan)
        "prov",  # Prov. Jawa Barat (Provinsi)
        "ds",  # Ds. Sukamaju (Desa)
        "dsn",  # Dsn. Krajan (Dusun)
        "dk",  # Dk. Botoh (Dukuh)
        "kp",  # Kp. Melayu (Kampung)
        "rt",
        "rw",
        "lt",  # Lt. 3 (Lantai, floor)
        "blk",
    }
)

ORGANISATIONS = frozenset(
    {
        "pt",  # PT. Pertamina (Perseroan Terbatas)
        "tbk",  # PT Astra International Tbk. (Terbuka, listed)
        "cv",
        "ud",
        "ltd",
        "llc",
        "pte",
        "co",
        "inc",
        "corp",
        "bhd",
    }
)

DATES_AND_REFERENCES = frozenset(
    {
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "agu",
        "agt",
        "ags",
        "sep",
        "sept",
        "okt",
        "nov",
        "des",
        "tgl",  # tgl. 17 (tanggal)
        "pkl",  # pkl. 09.00 (pukul)
        "pk",  # Pk. 10.00 WIB (pukul); costs "... mengajukan PK. Putusan ..." (see tests)
        "hlm",  # hlm. 5 (halaman)
        "s.d",  # 1 s.d. 5 (sampai dengan)
        "a.n",  # a.n. Menteri (atas nama)
        "u.p",  # u.p. Bagian Umum (untuk perhatian)
        "u.b",
        "d.a",  # d.a. Jl. ... (dengan alamat)
        "a.l",  # a.l. (antara lain)
        "vol",
        "ed",
        "ket",  # Ket. (keterangan)
        "ttd",
        "tsb",  # tsb. (tersebut)
        "sbg",
        "spt",
        "utk",
        "dgn",
        "yg",
        "kpd",
        "krn",
        "thn",
        "th",
        "no",
        "ps",  # Ps. 5 (pasal)
        "psl",  # Psl. 362 KUHP (pasal)
        "red",  # (Red.) editor's note
        "vs",
        "etc",
        "e.g",
        "i.e",
        "al",  # et al.
    }
)

# Money, telephone and fax abbreviations. Like pkl., tgl. and No. they stand in front of a
# number, so they do not end a sentence. Those written after a number (km., kg., mg., jt., rb.,
# bln., hr., mgg.) are left out on purpose: "sejauh 100 km." and "Rp 40 ribu per kg." end
# sentences in news.
MONEY_AND_PHONES = frozenset(
    {
        "rp",  # Rp. 50.000 (rupiah)
        "telp",  # Telp. (021) 5551234 (telepon)
        "tlp",  # Tlp. 0812-3456-789 (telepon)
        "tel",
        "fax",  # Fax. (021) 5554321
        "faks",  # Faks. 021-5554321 (faksimile)
        "ext",  # ext. 123 (extension)
    }
)

# Credits of photos. "dok" is also a ship's dock, which rarely ends a sentence in news.
CREDITS = frozenset(
    {
        "dok",  # Foto: Dok. Istimewa (dokumentasi)
        "ist",  # (Foto: Ist.) (istimewa, a photo handed to the newsroom)
    }
)

# Abbreviations that close a list, and often a sentence with it: the splitter ends the sentence
# when a capitalised word follows ("buah, sayur, dll. Harga ..." ends; "dll. yang ..." does not).
SENTENCE_FINAL = frozenset({"dll", "dsb", "dst", "dkk", "sbb"})

# Written in capitals, these are acronyms, which end sentences like any word: "... mengajukan
# PK. Putusan ..." (peninjauan kembali), "... para PKL. Mereka ..." (pedagang kaki lima), while
# "Pk. 10.00" and "pkl. 09.00" abbreviate pukul.
CAPITALISED_ACRONYMS = frozenset({"pk", "pkl"})

# Chains of single initials (B.J. Habibie, A.S., R.I., S.H.) are not listed: the splitter
# treats them as initials and looks at the next word, so "di A.S. Dia ..." still ends a
# sentence while "B.J. Habibie" does not.

ABBREVIATIONS = (
    TITLES
    | RANKS
    | DEGREES
    | PLACES
    | ORGANISATIONS
    | DATES_AND_REFERENCES
    | MONEY_AND_PHONES
    | CREDITS
    | SENTENCE_FINAL
)
