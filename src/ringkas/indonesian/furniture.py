"""Page furniture of Indonesian news: the lines of a news page that are not the story.

Each family is a regular expression (source text), matched case-insensitively at the start of a
sentence or line unless its comment says otherwise; the examples are the shapes it is written
for, gathered from the conventions of Indonesian news sites as a genre. ``boilerplate.py`` flags
the sentences they describe; ``segment.py`` ends a sentence at the line break before or after a
label line.
"""

from __future__ import annotations

# A label may be followed by a colon written in several ways: "Baca juga:", "Baca juga :",
# "BACA JUGA :", "Baca Juga -".
_COLON = r"\s*[:：]"

# Links to other stories: "Baca juga: ...", "BACA JUGA: ...", "Baca: ...", "Simak juga: ...",
# "Lihat Juga: ...", "Baca selengkapnya: ...", "Baca berita terkait: ...", "[Baca juga: ...]",
# "(Baca: ...)", "Klik di sini", and a "Baca Juga" label on its own line.
CROSS_LINK = (
    r"[\[(]?\s*(?:"
    r"(?:baca|simak|lihat|tonton|saksikan|cek)(?:\s+(?:juga|pula|lagi|selengkapnya|selanjutnya"
    r"|lainnya|artikel|berita|foto|video))*(?:\s+(?:terkait|lainnya|lengkapnya|menarik))?"
    + _COLON
    + r"|(?:baca|simak|lihat)\s+(?:juga|pula|selengkapnya|selanjutnya)\b"
    r"|klik\s+(?:di\s+sini|link|tautan|untuk)\b"
    r"|(?:artikel\s+terkait|pilihan\s+(?:editor|redaksi))" + _COLON + r")"
)

# Advertising, sponsorship and scroll labels: "ADVERTISEMENT", "Iklan", "SCROLL TO CONTINUE
# WITH CONTENT", "Scroll down untuk melanjutkan membaca", "Lanjutkan Membaca", "Konten
# Bersponsor". The single words must be the whole line.
ADVERTISING = (
    r"(?:advertisement|advertorial|iklan|sponsored(?:\s+content)?|konten\s+(?:ber)?sponsor"
    r"|promoted|ads\s+by\s+\w+)\s*$"
    r"|scroll\s+(?:down\s+|ke\s+bawah\s+)?(?:to|untuk)\s+(?:continue|resume|melanjutkan|lanjut"
    r"|membaca|baca)|loading\s*(?:\.\.\.|…)?\s*$|memuat\s*(?:\.\.\.|…)\s*$"
    r"|lanjut(?:kan)?\s+(?:membaca|baca)\b|continue\s+reading\b"
)

# Photo and video captions and credits, as a line's start: "Foto: ...", "(Foto: ...)",
# "FOTO: ...", "Keterangan foto: ...", "Ilustrasi: ...", "Sumber foto: ...", "Video: ...",
# "Dok. Istimewa", "©2020 Merdeka.com/Imam Buhori", "KOMPAS.com/KRISTIANTO PURNOMO",
# "ANTARA FOTO/Aditya Pradana Putra".
CAPTION = (
    r"\(?\s*(?:foto|photo|keterangan(?:\s+foto)?|ilustrasi|video|grafis|infografis|gambar"
    r"|sumber\s+(?:foto|gambar|video)|kredit\s+foto|dok(?:umentasi)?\.?)" + _COLON + r"|©"
    r"|(?:[\w-]+\.)+(?:com|co\.id|id|net|tv|news)\s*/\s*[A-Z]"
    r"|(?:antara\s+foto|antara|reuters|afp|ap\s+photo|getty\s+images|shutterstock)\s*/"
    r"|(?-i:[A-Z]{3,}(?:\s+(?:FOTO|PHOTO))?)\s*/\s*[A-Z]|foto\s*/"
    r"|dok\.\s+\w"
)

# Who took a photo, as a credit names them: "Eka Hakim", "Goh Chai Hin" (a name of two words or
# more: a desk's code such as "dil" or "Xyz", or a news agency as the source, "(Antara /
# Reuters)", is no photo credit).
_CREDITED = r"(?-i:[A-Z][\w.'’-]*(?:\s+[\w.'’&-]+){1,4}(?:/[\w.]+)?)"
# Who the photo belongs to before the slash: "ANTARA", "TEMPO", "AFP PHOTO", "CNN Indonesia",
# "Liputan6.com", "Kabar Kita".
_AGENCY = r"(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"

# A caption ends with the photo's credit: "Presiden meninjau banjir di Demak. (Foto: Setpres)",
# "... (ANTARA FOTO/Aji Styawan)", "... (Liputan6.com/Helmi Fithriansyah)", "... (Dok.
# Istimewa)", "... (Shutterstock)", and without brackets "... Foto: Anisa/kumparan",
# "... TEMPO/Rina Fauzi", "... ©2017 Merdeka.com/Irfan". Matched at the end of a sentence.
CREDIT_AT_END = (
    r"(?:[(\[]\s*(?:(?:foto|photo|dok\.?|dokumentasi|ilustrasi)\s*[:./]?\s*[^()\[\]]{0,80}"
    rf"|{_AGENCY}\s*/\s*{_CREDITED}"
    r"|istimewa|shutterstock|istockphoto|freepik|unsplash|pexels|getty\s+images)\s*[)\]]"
    r"|(?:foto|photo)\s*[:/]\s*[^!?()\[\]]{1,60}"
    # Without brackets the slash has no spaces around it, as in credits and not in prose
    # ("Piala UEFA / Liga Europa").
    rf"|(?-i:[A-Z]{{3,}}(?:\s+(?:FOTO|PHOTO))?)/{_CREDITED}"
    r"|©\s*\d{4}\s+[^.!?()\[\]]{1,60}"
    r"|(?<![\w/.])(?:[\w-]+\.)+(?:com|co\.id|id)/[^.!?()\[\]/]{1,50})\s*$"
)
# Every credit CREDIT_AT_END matches holds one of these (tests/text/test_furniture.py checks it).
CREDIT_MARKS = (")", "]", "/", ":", "©")

# Bylines and staff lines: "Penulis: Ahmad Fauzi | Editor: Rina", "Reporter : Budi",
# "Editor : Andhika", "Redaktur & Reporter : Boy", "Pewarta: ...", "Laporan Wartawan
# Tribunnews.com, Fahdi Fahlevi", "Tim Redaksi".
STAFF = (
    r"(?:penulis|editor|reporter|pewarta|redaktur|fotografer|kontributor|penyunting|wartawan"
    r"|koresponden|redaksi|narator|videografer|penerjemah|sumber\s+berita)"
    r"(?:\s*(?:&|dan|/|,)\s*(?:penulis|editor|reporter|pewarta|redaktur|fotografer))*"
    + _COLON
    + r"|(?:rep|red|ed|pen)\s*[:：]"
    r"|(?:penulis|reporter|editor)\s+[A-Z][^|]{0,40}\|\s*(?:editor|redaktur|penulis)\b"
    r"|laporan\s+(?:wartawan|reporter|koresponden|kontributor|jurnalis)\b"
    r"|tim\s+(?:redaksi|editor)\s*$"
)

# A byline of its own: "Oleh Ahmad Fauzi", "Oleh: Redaksi", "Oleh : Tim Liputan6". Matched
# case-sensitively on the whole sentence, so that "Oleh karena itu, ..." stays story.
BY = (
    r"(?i:oleh)\s*:?\s+(?!(?i:karena|sebab|itu|sebab\s+itu)\b)(?:[A-Z][\w.'’-]*\s*){1,5}"
    r"(?:(?i:pada)\s+[\w ,.:/-]{4,40})?"
)

# A byline that names the outlet after the writer: "Rina Lestari - detikNews",
# "Ahmad Fauzi, detikFinance", "Tim detikcom". Matched on the whole sentence.
OUTLET_BYLINE = (
    r"(?:[A-Z]+\s*[-–]\s*)?(?:[A-Z][\w.'’-]*\s+|(?i:tim)\s+){0,4}[\w.'’-]+\s*[-–|,]\s*"
    r"(?:detik\w*|(?i:[\w-]+\.(?:com|co\.id|id)|cnn\s+indonesia|cnbc\s+indonesia|okezone"
    r"|sindonews|tribunnews|kumparan|tempo|antara))"
    r"|(?i:tim\s+(?:detik\w*|kompas\.com|liputan6\.com|cnn\s+indonesia|okezone|tempo))"
    # Two writers: "Ahmad Maulana | Indra Utami".
    r"|(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*\s*\|\s*(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*"
)

# Share, tag, related and recommendation labels, and pagers, as whole lines: "Bagikan",
# "SHARE", "Share this:", "TOPIK TERKAIT", "Tag Terkait", "Tags:", "Berita Terkait",
# "REKOMENDASI", "Berita Lainnya", "Terpopuler", "Pilihan Redaksi", "Halaman selanjutnya",
# "1 2 3 Selanjutnya", "Lihat Foto", "Load more", "Tinggalkan Balasan".
LIST_LABEL = (
    r"(?:bagikan(?:\s+(?:artikel|berita|ini))?|share(?:\s+(?:this|artikel))?|sukai\s+ini"
    r"|(?:topik|tag|tags|topic|artikel|berita|video|foto|konten)\s+(?:terkait|lainnya|terkini"
    r"|populer|pilihan|menarik|rekomendasi|terpopuler|terbaru)(?:\s+\w+)?"
    r"|topik|tag|tags|terkait|rekomendasi(?:\s+untuk\s+anda)?|terpopuler|populer|terkini"
    r"|terbaru|pilihan\s+redaksi|pilihan\s+editor|editor'?s?\s+picks?|most\s+popular|related"
    r"|baca\s+juga|lihat\s+juga|simak\s+juga|lihat\s+(?:foto|video|semua)|halaman"
    r"|(?:next|previous)\s+(?:article|story|post)|(?:artikel|berita)\s+(?:selanjutnya|sebelumnya)"
    r"|(?:baca\s+)?(?:berita|artikel)\s+[\w.]+\s+lainnya|baca\s+lainnya|lainnya\s+dari\s+[\w.]+"
    r"|jangan\s+lewatkan|(?:baca|lihat)\s+(?:berita|artikel)\s+lainnya"
    r"|penulis|editor|reporter|redaktur|pewarta|fotografer|kontributor|penyunting|sumber"
    r"|(?:halaman\s+)?(?:selanjutnya|berikutnya|sebelumnya|sesudahnya)|next|previous"
    r"|load\s+more|muat\s+lainnya|tampilkan\s+(?:lebih\s+banyak|semua)|komentar"
    r"|tulis\s+komentar|tinggalkan\s+(?:balasan|komentar)|berita\s+terkini|newsticker|breaking"
    r"|\d{1,3}(?:\s*\d{1,3}){1,11}\s*(?:selanjutnya|berikutnya|next|»|›)?"
    r"|halaman(?:\s+\d{1,3})+(?:\s+(?:tampilkan\s+semua|selanjutnya|berikutnya))?"
    r"|lanjut(?:kan)?\s+ke\s+halaman\s+(?:berikutnya|selanjutnya)|tampilkan\s+semua)"
    r"\s*[:：]?\s*$"
)

# When a story was posted, in relative terms: "2 jam lalu", "15 menit yang lalu", "kemarin".
RELATIVE_TIME = (
    r"(?:\d+\s+(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun)\s+(?:yang\s+)?lalu|kemarin)"
)

# The outlet's name on a line of its own, as the writer of a story: "CNN Indonesia",
# "kumparanNEWS", "detikNews", "Kompas.com", "Tim Redaksi". Matched on the whole sentence.
OUTLET_ALONE = (
    r"(?:[\w-]+\.(?:com|co\.id|co|id|net|tv)|detik\w*|kumparan\w*|cnn\s+indonesia"
    r"|cnbc\s+indonesia|antara(?:\s+news)?|okezone|sindonews|tribun\w*|tempo|republika"
    r"|kompas(?:tv)?|liputan6|merdeka|suara|jpnn|tim\s+redaksi|redaksi)"
)

# A photo's credit on a line of its own: "SHUTTERSTOCK", "Istimewa", "Getty Images",
# "ANTARA FOTO". Matched on the whole sentence.
CREDIT_ALONE = (
    r"[(\[]?\s*(?:shutterstock|istimewa|ist\.?|getty\s+images|istockphoto|freepik|unsplash"
    r"|antara\s+foto|dok(?:umentasi)?\.?\s+(?:pribadi|istimewa)|pexels)\s*[)\]]?"
)

# A short photo caption that names itself: "Ilustrasi", "Ilustrasi kebakaran.", "Ilustrasi
# ponsel pintar". Matched on the whole sentence.
ILLUSTRATION = r"ilustrasi(?:\s+[\w-]+){0,5}\.?"

# A source credited on a line of its own: "Sumber: Antara", "Sumber : Kompas.com",
# "Sumber: Badan Pusat Statistik". Matched on the whole sentence: a source line, not a sentence.
SOURCE_LINE = r"sumber\s*[:：]\s*(?:[\w.@/&'’-]+\s*){1,6}"

# A tag or topic line with its words: "Tags: PPKM Darurat Covid-19", "TAGS PPKM Darurat",
# "Topik: Banjir Jakarta", "Filed under: Khawarij |", "Posted in Berita", "Kategori: Nasional".
TAG_LINE = (
    r"(?:topik|topic|kata\s+kunci|kategori|rubrik)\s*[:：]"
    r"|(?:tags?|filed\s+under|posted\s+in|posted\s+on|kenali\s+lebih\s+jauh)\b"
    r"|(?:topik|tag)(?:\s+berita)?\s+terkait\b"
    # "Topik banjir jakarta, bpbd": a list of topics, with commas and no final punctuation.
    r"|topik\s+[^.!?]*,[^.!?]*$"
)

# Hashtags on a line of their own: "#banjir #jakarta", "#" (an empty tag's mark).
HASHTAGS = r"#[\w-]*(?:\s+#[\w-]+)*"

# Share and reading tools, on a line of their own, one or several: "Facebook Twitter WhatsApp",
# "Salin Link", "Bagikan artikel ini", "Dengarkan berita ini", "A+ A-", "12 komentar".
SHARE = (
    r"(?:(?:facebook|twitter|x|whatsapp|telegram|line|linkedin|pinterest|e-?mail|print|cetak"
    r"|tweet|share|bagikan(?:\s+(?:artikel|berita)\s+ini)?|salin\s+(?:link|tautan)|copy\s+link"
    r"|kirim|dengarkan(?:\s+(?:berita|artikel)\s+ini)?|a\+|a-|a|\d+\s+komentar|komentar)"
    r"\s*[|·•,]?\s*)+"
)

# The stock line that invites the reader into a list below it: "Berikut ulasannya.", "Begini
# penjelasannya.", "Ini faktanya.", "Simak ulasan lengkapnya berikut ini.". Matched on the
# whole sentence; one that ends in a colon ("Berikut daftarnya:") opens the story's own list.
INVITATION = (
    r"(?:berikut|begini|simak)(?:\s+ini)?\s+(?:ulasan|penjelasan|fakta|tanggapan|daftar"
    r"|informasi|selengkapnya|lengkapnya|rincian|kronologi|video|foto|cara|jadwal|profil|sosok"
    r"|jawaban|kata)[\w-]*(?:\s+[\w-]+){0,4}\s*[.!]"
    r"|ini\s+(?:faktanya|penjelasannya|daftarnya|kronologinya|jawabannya|videonya|fotonya)"
    r"\s*[.!]"
    r"|apa\s+kata\s+[^?]{1,40}\?"
)

# Video and social embeds and promos: "Simak Video 'Jokowi ...'", "[Gambas:Video 20detik]",
# "Yuk, Simak Juga Video ini!", "Tonton juga video berikut", "Saksikan live streaming ...",
# "Jangan Lewatkan Video Terbaru:", "Simak!".
VIDEO = (
    r"[\[(]?\s*gambas\s*:"
    r"|(?:yuk\s*,?\s*)?(?:simak|tonton|saksikan|lihat|nonton)(?:\s+(?:juga|pula))?\s+"
    r"(?:video|live\s+streaming|siaran|tayangan|foto)"
    r"|jangan\s+lewatkan\s+video|(?:simak|tonton|yuk)\s*!\s*$"
)

# Newsletter and channel promos: "Cek berita dan artikel yang lain di Google News", "Silakan
# baca konten menarik lainnya dari JPNN.com di Google News", "Ikuti berita Okezone di Google
# News", "Dapatkan update berita ... Mari bergabung di Grup Telegram", "Follow WhatsApp
# Channel ...", "Update berita terkini dan viral setiap hari dari Suara.com", "Download
# aplikasi kami ...". A promo verb opens the sentence and a channel is named in it.
PROMO = (
    r"(?:cek|ikuti|follow|gabung|bergabung|dapatkan|download|unduh|silakan|silahkan|yuk|mari"
    r"|klik|simak|baca|join|subscribe|langganan|berlangganan|install|instal|kunjungi|pastikan"
    r"|pilih|daftarkan|aktifkan|(?:anda|kamu)\s+(?:harus|perlu|bisa))\b"
    r".{0,200}\b(?:google\s+news|whatsapp|(?:channel|saluran|grup|kanal)\s+whatsapp"
    r"|telegram|newsletter|app\s+store|play\s+store|notifikasi|e-?mail\s+anda)"
    r"|(?:update|dapatkan|simak|baca)\s+(?:berita|update|info|informasi)\b.{0,80}"
    r"\b(?:setiap\s+hari|langsung\s+di\s+(?:ponsel|hp|gawai))"
    r"|download\s+aplikasi\b"
    r"|(?:ikuti|follow|subscribe|kunjungi)\b.{0,80}\b(?:instagram|tiktok|youtube|twitter"
    r"|facebook|linktr\.ee)"
)

# Copyright lines: "Copyright © 2025 Media Group", "Copyrights © 2022. All rights reserved.",
# "Hak Cipta ...", "©2020 Merdeka.com".
COPYRIGHT = (
    r"(?:copyrights?|\(c\)\s*\d{4})\b|hak\s+cipta\s+(?:dilindungi|©|\d{4})"
    r"|.{0,80}\ball\s+rights\s+reserved"
    r"|dilarang\s+(?:keras\s+)?(?:mengambil|mengutip|menyalin|memperbanyak)\b"
    r"|artikel\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat)\s+di\b"
)

# The signatures that close a news item, the desk's and writer's initials: "(rsa)", "[feb]",
# "(ant/dil)", "(rah / rah)", "(Abc/Xyz)", "(boy/jpnn)", "(dispen kolinlamil / sir)", "(*)",
# "(***/Jenly Wenur)".
# Matched on the whole sentence.
SIGNATURE = (
    r"[(\[]\s*(?:[A-Za-z][A-Za-z .]{0,20}|\*+)(?:\s*/\s*[A-Za-z][A-Za-z .]{0,20}){0,3}\s*[)\]]"
)

# The same, as the splitter sees them in running text: they open in lower case ("(ant/dil)")
# and are not part of the sentence before them. Case-sensitive.
SIGNATURE_LOWER = r"[(\[][a-z][a-z /]{0,40}[)\]]"

# A cross-link in brackets inside a paragraph, which is a sentence of its own wherever it
# stands: "... kata Yandri. [Baca juga: Gerindra Setor 4 Nama] Keputusan itu ...",
# "... tak dapat dipraperadilan lagi. (Baca: Sebelum Putusan, Hakim Skors Sidang) (agk/agk)".
BRACKETED_CROSS_LINK = (
    r"[\[(]\s*(?i:baca|simak|lihat|tonton|saksikan)(?i:\s+(?:juga|pula))?\s*[:：][^\[\]()\n]{1,200}"
    r"[\])]"
)

# A breadcrumb trail: "Home > Nasional > Hukum", "JPNN.com » Nasional » Humaniora",
# "News / Gaya Hidup", "Beranda / Nasional".
BREADCRUMB = (
    r"[^!?]{1,40}(?:\s+[>»›]\s+[^!?]{1,80})+"
    r"|[\w.-]+(?:\s+[\w-]+){0,2}(?:\s+/\s+[\w-]+(?:\s+[\w-]+){0,2}){1,4}"
)

# "Sumber: ..." names where a story or its figures come from: a label line.
SOURCE = r"sumber\s*:"

# The families that make a sentence furniture when it opens with one.
AT_START = (CROSS_LINK, ADVERTISING, CAPTION, STAFF, TAG_LINE, VIDEO, PROMO, COPYRIGHT)
# The families that make a sentence furniture when they are the whole sentence.
WHOLE = (
    LIST_LABEL,
    SIGNATURE,
    BREADCRUMB,
    RELATIVE_TIME,
    OUTLET_ALONE,
    ILLUSTRATION,
    SOURCE_LINE,
    CREDIT_ALONE,
    HASHTAGS,
    SHARE,
    INVITATION,
    r"\d{1,3}",  # a number alone: a pager's page or a list's number
)

# Labels that a list of headlines follows, as a whole line ("BACA JUGA", "Berita Terkait").
LIST_OPENERS = (LIST_LABEL, CROSS_LINK)

# Label lines: a sentence ends at the line break before or after one even without final
# punctuation.
LABELS = (CROSS_LINK, ADVERTISING, CAPTION, STAFF, TAG_LINE, VIDEO, SOURCE)
