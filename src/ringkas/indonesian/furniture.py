"""Page furniture of Indonesian news: the lines of a news page that are not the story.

The furniture comes in families (cross-links, captions, bylines, date lines, ...), and each
family is known by one or more named rules, in ``RULES`` at the end of this module: a pattern
(regular expression source, written for the shapes in its comment, gathered from the conventions
of Indonesian news sites as a genre), where it may stand in a sentence, how the splitter treats
its lines, and example lines that it must flag and must not flag, which the tests execute. A few
families are known by a sentence's shape or its neighbours rather than by a pattern; their rules
carry no pattern, only examples. ``text/rules.py`` compiles the rules once; ``text/furniture.py``
and ``text/headline.py`` flag the sentences they describe, naming the family; ``text/segment.py``
ends a sentence at the line break before or after a label line.
"""

from __future__ import annotations

from dataclasses import dataclass

from .datelines import OUTLET_NAME

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

# Who took a photo, as a credit names them: "Eka Hakim", "Goh Chai Hin", "Ahmad bin Umar" (a
# name of two words or more, capitalised but for the particles of names: a desk's code such
# as "dil" or "Xyz", a news agency as the source, "(Antara / Reuters)", or prose, "IMF/WB itu
# sebagai Alternate Governor", is no photo credit).
_NAME_WORD = r"(?:[A-Z0-9][\w.'’-]*|&|bin|binti|van|von|de|der|da|di|al|el)"
_CREDITED = rf"(?-i:[A-Z][\w.'’-]*(?:\s+{_NAME_WORD}){{1,4}}(?:/[\w.]+)?)"
# Who the photo belongs to before the slash: "ANTARA", "TEMPO", "AFP PHOTO", "CNN Indonesia",
# "Liputan6.com", "Kabar Kita".
_AGENCY = r"(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"

# A caption ends with the photo's credit: "Presiden meninjau banjir di Demak. (Foto: Setpres)",
# "... (ANTARA FOTO/Aji Styawan)", "... (Liputan6.com/Helmi Fithriansyah)", "... (Bagus
# Kurniawan/detikcom)", "... (Dok.
# Istimewa)", "... (Shutterstock)", and without brackets "... Foto: Anisa/kumparan",
# "... TEMPO/Rina Fauzi", "... ©2017 Merdeka.com/Irfan", a screenshot's "... (Tangkapan layar
# YouTube Setpres)". Matched at the end of a sentence.
CREDIT_AT_END = (
    r"(?:[(\[]\s*(?:(?:foto|photo|dok\.?|dokumentasi|ilustrasi|tangkapan\s+layar|screenshot)"
    r"\s*[:./]?\s*[^()\[\]]{0,80}"
    rf"|{_AGENCY}\s*/\s*{_CREDITED}"
    # Owner, source and who: "(ANTARA/Facebook/Kamrussamad)".
    rf"|{_AGENCY}(?:\s*/\s*[\w.]+(?:\s+[\w.]+){{0,2}}){{2,}}"
    # Who, then the outlet: "(Bagus Kurniawan/detikcom)", "(Putri/Liputan6.com)".
    rf"|(?-i:[A-Z][\w.'’-]*(?:\s+{_NAME_WORD}){{0,4}})\s*/\s*{OUTLET_NAME}"
    r"|istimewa|shutterstock|istockphoto|freepik|unsplash|pexels|getty\s+images)\s*[)\]]"
    # A credit glued to the caption, as a page's credit element is copied with it: "... di
    # Istana Negara, Jakarta(Biro Pers Sekretariat Presiden)"; prose sets a space before "(".
    r"|(?<=\w)\((?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){1,5})\)"
    r"|(?:foto|photo)\s*[:/]\s*[^!?()\[\]]{1,60}"
    # Without brackets the slash has no spaces around it, as in credits and not in prose
    # ("Piala UEFA / Liga Europa"); after an opening bracket it is a bracket's words cut where
    # a line was wrapped ("... Satchel (PES/Tas Darurat" over "Presiden).").
    rf"|(?<![(\[])(?-i:[A-Z]{{3,}}(?:\s+(?:FOTO|PHOTO))?)/{_CREDITED}"
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
    r"|jurnalis|koresponden|redaksi|narator|videografer|penerjemah|sumber\s+berita)"
    r"(?:\s*(?:&|dan|/|,)\s*(?:penulis|editor|reporter|pewarta|redaktur|fotografer))*"
    + _COLON
    + r"|(?:rep|red|ed|pen)\s*[:：]"
    r"|(?:penulis|reporter|editor)\s+[A-Z][^|]{0,40}\|\s*(?:editor|redaktur|penulis)\b"
    r"|laporan\s+(?:wartawan|reporter|koresponden|kontributor|jurnalis)\b"
    r"|tim\s+(?:redaksi|editor)\s*$"
)

# A byline of its own: "Oleh Ahmad Fauzi", "Oleh: Redaksi", "Oleh : Tim Liputan6", "By Rina
# Lestari". Matched
# case-sensitively on the whole sentence, so that "Oleh karena itu, ..." stays story.
BY = (
    # ("OlehAdy Anugrahadi" as a browser copies "Oleh <a>Ady Anugrahadi</a>")
    r"(?:(?i:oleh|by)\s*:?\s+|Oleh(?=[A-Z][a-z]))(?!(?i:karena|sebab|itu|sebab\s+itu)\b)"
    r"(?:[A-Z][\w.'’-]*\s*){1,5}"
    r"(?:/\s*[A-Z]{2,5}\s*)?(?:(?i:pada)\s+[\w ,.:/-]{4,40}|\|\s*[\w ,.:|/-]{4,60})?"
)

# A byline that names the writer's role and place: "Kontributor Kupang, Sigiranus Marutho Bere",
# "Koresponden Surabaya, Rina Lestari". Matched case-sensitively on the whole sentence.
ROLE_BYLINE = (
    r"(?i:kontributor|koresponden|wartawan|jurnalis|reporter)\s+(?:[A-Z][\w'’-]*\s+){0,2}"
    r"[A-Z][\w'’-]*\s*,\s*(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*"
    # and a report's credit with its place, in capitals: "GOAL LIPUTAN ABRAHAM JOHAN DARI
    # BALIKPAPAN"
    r"|(?:[A-Z]+\s+)?(?:LIPUTAN|LAPORAN)\s+(?:[A-Z][A-Z'’-]*\s+){1,4}DARI\s+"
    r"(?:[A-Z][A-Z'’-]*\s*){1,3}"
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

# A picture as Markdown writes it, with its caption: "![Pedagang beras](https://.../foto.jpg)"
# (a page saved or copied as Markdown).
MARKDOWN_IMAGE = r"!\[[^\]\n]*\]\([^()\s]*\)"

# The end of a label line: a colon, if any, and nothing after it.
_LABEL_END = r"\s*[:：]?\s*$"

# Share, tag, related and recommendation labels, and comment labels, as whole lines: "Bagikan",
# "SHARE", "Share this:", "TOPIK TERKAIT", "Tag Terkait", "Tags:", "Berita Terkait",
# "REKOMENDASI", "Berita Lainnya", "Terpopuler", "Pilihan Redaksi", "Tinggalkan Balasan".
LIST_LABEL = (
    # The site's name may open the label, glued or with a dash: "Suara.com-BERITA MENARIK".
    r"(?:[\w-]+\.(?:com|co\.id|id|net)\s*[-–—|]?\s*)?"
    r"(?:bagikan(?:\s+(?:artikel|berita|ini))?|share(?:\s+(?:this|artikel))?|sukai\s+ini"
    r"|(?:topik|tag|tags|topic|artikel|berita|video|foto|konten)\s+(?:terkait|lainnya|terkini"
    r"|populer|pilihan|menarik|rekomendasi|terpopuler|terbaru)(?:\s+\w+)?"
    r"|topik|tag|tags|terkait|rekomendasi(?:\s+untuk\s+anda)?|terpopuler|populer|terkini"
    r"|terbaru|pilihan\s+redaksi|pilihan\s+editor|editor'?s?\s+picks?|most\s+popular|related"
    r"|baca\s+juga|lihat\s+juga|simak\s+juga|lihat\s+(?:foto|video|semua)"
    r"|(?:baca\s+)?(?:berita|artikel)\s+[\w.]+\s+lainnya|baca\s+lainnya|lainnya\s+dari\s+[\w.]+"
    r"|jangan\s+lewatkan|(?:baca|lihat)\s+(?:berita|artikel)\s+lainnya"
    r"|komentar|tulis\s+komentar|tinggalkan\s+(?:balasan|komentar)|berita\s+terkini"
    r"|newsticker|breaking)" + _LABEL_END
)

# The buttons of a page, copied with its text: "Balas", "Laporkan", "Muat lebih banyak",
# "Selengkapnya", "Komentar (12)", "Login untuk berkomentar", a consent box's "Setuju".
# Matched on the whole sentence, without final punctuation.
BUTTON = (
    r"(?:balas|laporkan|suka|muat\s+lebih\s+banyak|(?:baca\s+)?selengkapnya|setuju|terima"
    r"|tolak|tutup|login\s+untuk\s+berkomentar|masuk\s+untuk\s+berkomentar"
    r"|komentar\s*\(\d+\)|\d+\s+(?:suka|balasan)|lihat\s+balasan|kirim\s+komentar)"
)

# A form as a text browser draws it: a text field as a row of underscores, a button's label in
# square brackets with spaces inside them ("_____________________ [ Submit ]", "[ Cari ]").
# Matched on the whole sentence.
FORM = r"\s*(?:_{4,}\s*)?\[\s+[^\[\]\n]{1,30}?\s+\]|_{4,}\s*\[[^\[\]\n]{1,30}\]"

# A site's notice about cookies or consent: "Kami menggunakan cookie untuk meningkatkan
# pengalaman Anda.", "This website uses cookies ...". Matched on the whole sentence: a sentence
# about cookies and the site, the browser or the reader's experience (a recipe's cookies stay).
NOTICE = (
    r"[^.!?]*\b(?:cookies?|kuki)\b[^.!?]*\b(?:situs|website|laman|web|site|browser|peramban"
    r"|pengalaman|experience|privasi|privacy)\b[^.!?]*[.!?]?"
    r"|[^.!?]*\b(?:situs|website|laman|web|site|browser|peramban|pengalaman|experience)\b"
    r"[^.!?]*\b(?:cookies?|kuki)\b[^.!?]*[.!?]?"
)

# An e-mail's own lines, as news sent or forwarded by e-mail is pasted: the marker of a
# forwarded or quoted message ("---------- Forwarded message ---------", "-----Original
# Message-----", "Begin forwarded message:") and the fields of its header ("From: ...",
# "Dari: ...", "Subject: ...", "Kepada: ..."). Matched on the whole sentence.
MAIL = (
    r"-{2,}\s*(?:forwarded\s+message|original\s+message|pesan\s+(?:yang\s+)?(?:diteruskan|asli))"
    r"\s*-{2,}|begin\s+forwarded\s+message\s*:"
    r"|(?:from|dari|sent|dikirim|to|kepada|cc|bcc|reply-to|subject|subjek|perihal)\s*:[^\n]{1,120}"
)
# A picture shown as its file's name or address, as a text browser shows a picture without
# alternative text (or with its address as that text): a name with a digit, "-" or "_" in it
# and a picture's extension, "6-rekomendasi-bisnis-p7VgY90ykv.jpg", "IMG_2024.jpg". Matched on
# the whole sentence, which may hold a caption after it; tried only on text that holds one of
# PICTURE_EXTENSIONS.
PICTURE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp")
PICTURE_FILE = r"[\s\S]*?[\w.-]*[-_\d][\w.-]*\.(?:jpe?g|png|gif|webp)\b[\s\S]*"

# A line that only separates (a rule, a row of stars or dashes, as text saved from a page or an
# e-mail draws them): "______", "* * *", "=====", and the box-drawing rules of text browsers,
# "━━━━", "════", and a bullet alone, an empty item of a list ("*", as Lynx shows a list of
# pictures). Matched on the whole sentence.
SEPARATOR = r"[-_=*~#·•—–+|/\\<>\u2500-\u257f\s]{2,}|[*•·▪●◦‣]"

# What a text browser prints in place of embedded content, as a page saved as text has it:
# "IFRAME: https://www.youtube.com/embed/..." (Lynx), "IFrame: twitter-widget-0" (ELinks),
# "[INS: :INS]", "[EMBED]". Matched on the whole sentence.
EMBED = (
    # (its address may run on over the lines below)
    r"(?-i:IFRAME|IFrame|EMBED|OBJECT)\s*:[\s\S]*|(?-i:IFRAME|IFrame)"
    r"|\[(?-i:INS|DEL|EMBED|OBJECT|IFRAME)\b[^\]]{0,40}\]"
    # and a picture as its file's name or a word for it: "[Akurat Banner 05.jpg]", "[logo]"
    r"|\[[^\[\]\n]{0,60}\.(?:jpe?g|png|gif|webp|svg)\]"
    r"|\[(?:image|img|logo|foto|gambar|icon|ikon)\b[^\[\]\n]{0,40}\]"
)

# A link shown with a count in brackets, as category lists, galleries and like or comment
# buttons print them: "Akhlaq (47)", "Like (0)", "Comment (3)", "The Last of Us part 2 (14)".
# A few words without a sentence's punctuation; a year in brackets is no count ("Reformasi
# (1998)"). Matched on the whole sentence.
COUNTED_LINK = r"(?:[^\s.!?:;,()\[\]]+\s+){0,7}[^\s.!?:;,()\[\]]+\s*\((?!(?:19|20)\d\d\))\d{1,5}\)"

# The line that opens an e-mail's signature (RFC 3676 writes "-- "): what stands below it, a few
# lines at most, is the signature.
MAIL_SIGNATURE = "--"

# A person's name on a line of its own, as a staff block prints it above or below its label
# ("Isna Rahayu" over "Penulis"): two to five capitalised words, perhaps with a comma after.
PERSON_NAME = rf"(?-i:[A-Z][\w.'’-]*(?:\s+{_NAME_WORD}){{1,4}}),?"

# A staff label on a line of its own, its name on the next line: "Editor", "Penulis:",
# "Sumber", "Tim Redaksi".
STAFF_LABEL = (
    r"(?:penulis|editor|reporter|redaktur|pewarta|fotografer|kontributor|penyunting|sumber"
    r"|jurnalis|wartawan|koresponden|tim\s+(?:redaksi|editor))" + _LABEL_END
)

# Pagers and links to the next or previous page or story: "Halaman selanjutnya", "1 2 3
# Selanjutnya", "Halaman 1 2 3 Tampilkan Semua", "ARTIKEL SELANJUTNYA", "Load more", "Next".
PAGER = (
    r"(?:halaman|(?:next|previous)\s+(?:article|story|post)"
    r"|(?:artikel|berita)\s+(?:selanjutnya|sebelumnya)"
    r"|(?:halaman\s+)?(?:selanjutnya|berikutnya|sebelumnya|sesudahnya)|next|previous"
    r"|load\s+more|muat\s+lainnya|tampilkan\s+(?:lebih\s+banyak|semua)"
    r"|\d{1,3}(?:\s*\d{1,3}){1,11}\s*(?:selanjutnya|berikutnya|next|»|›)?"
    r"|halaman(?:\s+\d{1,3})+(?:\s+(?:tampilkan\s+semua|selanjutnya|berikutnya))?"
    r"|lanjut(?:kan)?\s+ke\s+halaman\s+(?:berikutnya|selanjutnya)|tampilkan\s+semua"
    # A section's place among the story's pages: "1 dari 3 halaman", "Halaman 2 dari 3".
    r"|\d{1,3}\s+dari\s+\d{1,3}\s+halaman|halaman\s+\d{1,3}\s+dari\s+\d{1,3})" + _LABEL_END
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

# A rating widget: a row of stars, with the score and whatever names the review before it
# ("SteamOS – review by Nama on September 25th ★★★★★ 5.0", "Rating: ☆☆☆☆☆ 0/5"). Prose never
# draws stars.
STARS = "★☆✩✪⭐"
RATING = rf".{{0,100}}?[{STARS}]{{3,5}}\s*(?:\(?\d+(?:[.,]\d+)?(?:\s*/\s*\d+)?\)?)?"

# Share and reading tools, on a line of their own, one or several: "Facebook Twitter WhatsApp",
# "Salin Link", "Bagikan artikel ini", "Dengarkan berita ini", "A+ A-", "12 komentar".
SHARE = (
    r"(?:(?:facebook|twitter|x|whatsapp|telegram|line|linkedin|pinterest|google(?:\+|\s+plus)"
    r"|reddit|tumblr|messenger|e-?mail|mail|print|cetak|\d*\s*(?:total\s+)?shares?"
    r"|tweet|share(?:\s+(?:on|to|via))?|bagikan(?:\s+(?:artikel|berita)\s+ini|\s+(?:ke|di|lewat))?"
    r"|salin\s+(?:link|tautan)|copy\s+link"
    # The message a copy button shows: "Link successfully copied", "Tautan berhasil disalin".
    r"|(?:link|tautan|url)\s+(?:(?:successfully|berhasil|telah|sudah)\s+)?(?:copied|disalin|tersalin)!?"
    r"|kirim|dengarkan(?:\s+(?:berita|artikel)\s+ini)?|a\+|a-|a|\d+\s+komentar|komentar)"
    # with its count, as share bars print it: "Share 0 Tweet Share 0 0 Komentar"
    r"(?:\s+\d+(?=\s|$))?\s*[|·•,]?\s*)+"
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
    # an offer to read without ads, and to join a paid edition: "Gabung Kompas.com+"
    r"|(?:baca|nikmati)\s+(?:berita|artikel)\s+tanpa\s+iklan\b.{0,40}"
    r"|(?:gabung|bergabung|langganan|berlangganan)\s+[\w.-]+\+"
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
# and are not part of the sentence before them; in wrapped text a line break may stand for a
# space ("(gir /\ngir)"). Case-sensitive.
SIGNATURE_LOWER = r"[(\[][a-z][a-z /\n]{0,40}[)\]]"

# A cross-link in brackets inside a paragraph, which is a sentence of its own wherever it
# stands: "... kata Yandri. [Baca juga: Gerindra Setor 4 Nama] Keputusan itu ...",
# "... tak dapat dipraperadilan lagi. (Baca: Sebelum Putusan, Hakim Skors Sidang) (agk/agk)".
BRACKETED_CROSS_LINK = (
    r"[\[(]\s*(?i:baca|simak|lihat|tonton|saksikan)(?i:\s+(?:juga|pula))?\s*[:：][^\[\]()]{1,200}"
    r"[\])]"
)

# A breadcrumb trail: "Home > Nasional > Hukum", "JPNN.com » Nasional » Humaniora",
# "News / Gaya Hidup", "Beranda / Nasional".
BREADCRUMB = (
    r"[^!?]{1,40}(?:\s+[>»›]\s+[^!?]{1,160})+"
    r"|[\w.-]+(?:\s+[\w-]+){0,2}(?:\s+/\s+[\w-]+(?:\s+[\w-]+){0,2}){1,4}"
)

# "Sumber: ..." names where a story or its figures come from: a label line.
SOURCE = r"sumber\s*:"

# -- the rules ------------------------------------------------------------------------------------

# Where a rule's pattern may stand in a sentence: it opens the sentence, it is the whole
# sentence, or it ends the sentence (a credit, taken alone when it is the whole sentence).
# SHAPE, NEIGHBOURS and PAGE rules are decided in code: by the sentence's shape (a date line),
# by the lines around it (a list under its label, a caption above its credit, a teaser), or by
# the markup of the page it stands in (a section's heading).
OPENS = "opens"
WHOLE = "whole"
ENDS = "ends"
SHAPE = "shape"
NEIGHBOURS = "neighbours"
PAGE = "page"


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of a furniture family.

    ``family`` is the name users see ("cross-link"); several rules may share it. ``pattern``
    (None for SHAPE and NEIGHBOURS rules) matches case-insensitively unless ``ignore_case`` is
    false. ``stands`` says where the pattern may stand in a sentence. A ``label`` line ends a
    sentence at its line break even without final punctuation; below a whole line that
    ``heads_list``, lines that read like headlines are furniture too (a list under "Baca Juga");
    below one that ``splits_list``, the splitter ends every line of the paragraph at its break.
    ``examples`` must be flagged with this family and ``counterexamples`` must stay story, each
    taken alone; NEIGHBOURS, SHAPE and PAGE rules that need context give (text, sentence) pairs
    in ``in_context`` (a page's HTML for PAGE rules): in that text, that sentence is flagged
    with this family; in the texts of ``not_in_context``, that sentence stays story. A rule
    with ``needs`` matches only text that holds one of them (in lower case): it is tried only
    on such text, which spares every other sentence a costly pattern.
    """

    family: str
    pattern: str | None
    stands: str
    ignore_case: bool = True
    label: bool = False
    heads_list: bool = False
    splits_list: bool = False
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    in_context: tuple[tuple[str, str], ...] = ()
    not_in_context: tuple[tuple[str, str], ...] = ()
    needs: tuple[str, ...] = ()


# The families decided in code, named once here; and the family of labels that head a list.
LIST_LABEL_FAMILY = "label"
DATE_LINE = "date-line"
DATELINE = "dateline"
LINK_LIST = "link-list"
CAPTION_FAMILY = "caption"
TEASER = "teaser"
RUBRIC = "rubric"
HEADLINE_AGAIN = "headline"
BYLINE = "byline"
STAFF_LINE = "staff-line"
ABOVE_LEAD = "above-lead"
SUBHEADING = "subheading"
MENU = "menu"
OTHER_STORY = "other-story"
MAIL_FAMILY = "mail"
BREADCRUMB_FAMILY = "breadcrumb"
# Program code shown as text: a page's scripts, as a text browser prints a frame's page or a
# broken page shows them ("(-1!=g.toLowerCase().indexOf("webkit")&&!l(" Edge"))").
CODE = "code"
CROSS_LINK_FAMILY = "cross-link"
EMBED_FAMILY = "embed"

_WHOLE_PAGE = (
    "Beranda\nNasional\nEkonomi\nOlahraga\nTeknologi\n\n"
    "Harga Beras Naik Jelang Lebaran, Pedagang Mengeluh\n\n"
    "Rina Lestari - detikFinance\nSenin, 14 Mar 2022 09:15 WIB\n\n"
    "Jakarta - Harga beras medium di pasar tradisional naik 8 persen dalam sepekan terakhir. "
    "Pedagang menyebut pasokan dari Karawang berkurang sejak awal bulan.\n\n"
    "Kementerian Perdagangan berencana menggelar operasi pasar di 20 titik mulai pekan depan. "
    "Bulog menyiapkan beras untuk operasi itu.\n\n"
    "Gempa Guncang Cianjur, Warga Berhamburan Keluar Rumah\n"
    "Jokowi Resmikan Tol Baru di Sumatera Utara\n"
    "Timnas Indonesia Menang Telak atas Brunei\n\n"
    "Cuaca ekstrem diperkirakan melanda Jawa Barat sepanjang pekan ini.\n\n"
    "Tentang Kami\nPedoman Media Siber\nKontak\n"
)
# A list the story announces with a colon is the story's own.
_ANNOUNCED_LIST = (
    "Kemenkes Buka Pendaftaran Tenaga Kesehatan\n\n"
    "Jakarta - Kementerian Kesehatan membuka pendaftaran tenaga kesehatan untuk daerah "
    "terpencil. Pelamar harus memenuhi sejumlah syarat berikut:\n\n"
    "Fotokopi Kartu Tanda Penduduk\nPas Foto Terbaru\nSurat Keterangan Sehat\n\n"
    "Pendaftaran dibuka hingga akhir bulan melalui laman resmi kementerian. Hasil seleksi "
    "diumumkan pada awal bulan depan.\n"
)

# In the order they are tried: where two families fit a sentence, the first names it.
RULES: tuple[Rule, ...] = (
    # -- rules that open a sentence ---------------------------------------------------------------
    Rule(
        CROSS_LINK_FAMILY,
        CROSS_LINK,
        OPENS,
        label=True,
        heads_list=True,
        splits_list=True,
        examples=(
            "Baca juga: Stok Beras Bulog Dipastikan Aman",
            "BACA JUGA: Harga Cabai Turun",
            "Baca Juga",
            "Baca juga : Hasil Penyelidikan Tambang Segera Dirilis",
            "Baca: Jokowi-JK Masih Kompak",
            "baca: Kemenangan Trump Akhir Mimpi Palestina",
            "[Baca juga: Gerindra Setor 4 Nama untuk Pansus]",
            "(Baca Juga: Kevin Sanjaya Komentari Hasil Undian)",
            "SIMAK JUGA: Timnas Futsal Putri Bungkam Myanmar",
            "Lihat Juga: Detik-detik Gempa Cianjur",
            "Baca selengkapnya di sini",
            "Baca berita terkait: Banjir Rendam Bekasi",
        ),
        counterexamples=(
            "Lihat saja hasilnya nanti.",
            "Baca buku menjadi kebiasaan warga desa itu.",
        ),
    ),
    Rule(
        "advertising",
        ADVERTISING,
        OPENS,
        label=True,
        examples=(
            "ADVERTISEMENT",
            "SCROLL TO CONTINUE WITH CONTENT",
            "Scroll down untuk melanjutkan membaca",
            "Lanjutkan Membaca",
            "Iklan",
            "loading...",
            "SCROLL TO RESUME CONTENT",
        ),
        counterexamples=("Iklan rokok dilarang di televisi.",),
    ),
    Rule(
        "caption",
        CAPTION,
        OPENS,
        label=True,
        examples=(
            "Foto: Antara/Aditya Pradana Putra",
            "(Foto: Dok. Humas)",
            "Keterangan foto: Warga antre beras.",
            "©2020 Merdeka.com/Imam Buhori",
            "KOMPAS.com/KRISTIANTO PURNOMO",
            "ANTARA FOTO/Aji Styawan",
            "Dok. Istimewa",
            "TEMPO/Rina Fauzi",
            "Foto/Dok. SINDOnews",
        ),
        counterexamples=("Foto itu beredar luas di media sosial.",),
    ),
    Rule(
        STAFF_LINE,
        STAFF,
        OPENS,
        label=True,
        examples=(
            "Penulis: Ahmad Fauzi | Editor: Rina Lestari",
            "Reporter : Budi Santoso",
            "Editor : Andhika",
            "Redaktur & Reporter : Boy",
            "Redaktur: Sri Juliati",
            "Pewarta: Joko",
            "Laporan Wartawan Tribunnews.com, Fahdi Fahlevi",
            "Rep: Siti Hidayat/ Red: Fajar",
        ),
        counterexamples=(
            "Editor senior itu mengundurkan diri.",
            "Editor buku itu menolak berkomentar.",
        ),
    ),
    Rule(
        "tags",
        TAG_LINE,
        OPENS,
        label=True,
        heads_list=True,
        examples=(
            "Tags: PPKM Darurat Angka Kematian",
            "Filed under: Khawarij |",
            "TOPIK TERKAIT",
            "Tag Terkait",
            "TOPIK TERKAIT hotel sahid, jakarta pusat",
        ),
        counterexamples=("Topik utama pertemuan itu adalah pangan.",),
    ),
    Rule(
        "video",
        VIDEO,
        OPENS,
        label=True,
        examples=(
            'Simak Video "Jokowi Resmikan Tol Trans Sumatra"',
            "[Gambas:Video 20detik]",
            "Yuk, Simak Juga Video ini!",
            "Jangan Lewatkan Video Terbaru:",
        ),
        counterexamples=("Video itu viral di media sosial.", "Tonton pertandingan itu di stadion."),
    ),
    Rule(
        "promo",
        PROMO,
        OPENS,
        examples=(
            "Cek berita dan artikel yg lain di Google News",
            "Silakan baca konten menarik lainnya dari JPNN.com di Google News",
            "Ikuti WhatsApp Channel Kompas.com untuk berita terkini",
            "Mari bergabung di Grup Telegram Kompas.com News Update",
            "Update berita terkini dan viral setiap hari dari Suara.com",
            "Baca berita tanpa iklan.",
            "Gabung Kompas.com+",
        ),
        counterexamples=(
            "Google News meluncurkan fitur baru untuk pembaca.",
            "Bergabung dengan koalisi, partai itu mendapat dua kursi menteri.",
            "Cek kondisi saluran air sebelum musim hujan, kata BPBD.",
        ),
    ),
    Rule(
        "copyright",
        COPYRIGHT,
        OPENS,
        examples=(
            "Copyright @ 2025 Media Group - mediaindonesia. All Rights Reserved",
            "Copyrights © 2022. All rights reserved.",
            "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis",
            "Artikel ini telah tayang di Tribunnews.com dengan judul Harga Naik",
        ),
        counterexamples=("Hak cipta lagu itu dimiliki oleh penciptanya.",),
    ),
    # -- a rule that ends a sentence --------------------------------------------------------------
    Rule(
        "photo-credit",
        CREDIT_AT_END,
        ENDS,
        examples=(
            "(Liputan6.com/Helmi Fithriansyah)",
            "(AFP PHOTO/Goh Chai Hin)",
            "(ANTARA FOTO/Ahmad bin Umar)",
            "(Tangkapan layar YouTube Sekretariat Presiden)",
            "(ANTARA/Instagram/Budi Santoso)",
        ),
        counterexamples=(
            "Kata dia, harga naik (kiri/kanan).",
            "Kehadiran Meneg PPN/Kepala Bappenas di pertemuan tahunan IMF/WB itu sebagai"
            " Alternate Governor",
            "Data itu dirilis Badan Pusat Statistik (Badan Pusat Statistik)",
        ),
    ),
    # -- rules that are a whole sentence ----------------------------------------------------------
    Rule(
        "separator",
        SEPARATOR,
        WHOLE,
        examples=(
            "______________________",
            "* * *",
            "=====",
            "--",
            "━━━━━━━━━━",
            "══════════",
            "*",
        ),
        counterexamples=("Harga beras naik 8 persen.", "🙏🙏🙏"),
    ),
    Rule(
        EMBED_FAMILY,
        EMBED,
        WHOLE,
        examples=(
            "IFRAME: https://www.youtube.com/embed/rmlmOk4ubcU",
            "IFrame: twitter-widget-0",
            "IFrame",
            "[INS: :INS]",
            "IFRAME:",
            "[Akurat Banner 05.jpg]",
            "[logo]",
        ),
        counterexamples=("Iframe itu memuat video dari YouTube.",),
    ),
    Rule(
        EMBED_FAMILY,
        PICTURE_FILE,
        WHOLE,
        needs=PICTURE_EXTENSIONS,
        examples=(
            "https: img.okeinfo.net content 2020 07 08 320 2243366\n"
            "6-rekomendasi-bisnis-p7VgY90ykv.jpg\nCara Memulai Bisnis Baru.",
            "IMG_20240512_101010.jpg",
        ),
        counterexamples=(
            "Foto itu disimpan dalam format .jpg agar ukurannya kecil.",
            "Berkas berformat PNG dan JPEG diterima panitia.",
        ),
    ),
    Rule(
        MAIL_FAMILY,
        MAIL,
        WHOLE,
        examples=(
            "---------- Forwarded message ---------",
            "-----Original Message-----",
            "Begin forwarded message:",
            "From: Redaksi Kabar Kita <redaksi@kabarkita.example>",
            "Subject: Banjir Rendam Ribuan Rumah di Bekasi",
            "Kepada: pembaca@example.com",
        ),
        counterexamples=("Dari hasil pemeriksaan, polisi menetapkan dua tersangka.",),
    ),
    Rule(
        LIST_LABEL_FAMILY,
        LIST_LABEL,
        WHOLE,
        heads_list=True,
        splits_list=True,
        examples=(
            "Bagikan",
            "Berita Terkait",
            "REKOMENDASI",
            "Berita Lainnya",
            "Terpopuler",
            "Berita detikcom Lainnya",
            "Jangan Lewatkan",
            "Share this:",
            "Tinggalkan Balasan",
            "Suara.com-BERITA MENARIK LAINNYA:",
        ),
        counterexamples=(
            "Terkait hal itu, polisi masih menyelidiki.",
            "Kompas.com - Terkait hal itu, polisi masih menyelidiki.",
            "Rekomendasi itu diserahkan kepada Presiden.",
            "Bagikan sembako kepada warga, kata Bupati.",
        ),
    ),
    Rule(
        STAFF_LINE,
        STAFF_LABEL,
        WHOLE,
        heads_list=True,
        splits_list=True,
        examples=("Editor", "Penulis:"),
    ),
    Rule(
        STAFF_LINE,
        None,
        NEIGHBOURS,
        # Names on the lines above their label.
        in_context=(
            (
                "Harga Beras Naik\n\nRina Lestari\n\nPenulis\n\n"
                "Harga beras medium naik 8 persen sepekan terakhir. Pedagang mengeluh.",
                "Rina Lestari",
            ),
            (
                "Harga Beras Naik\n\nRina Lestari,\n\nBudi Santoso\n\nTim Redaksi\n\n"
                "Harga beras medium naik 8 persen sepekan terakhir. Pedagang mengeluh.",
                "Rina Lestari,",
            ),
        ),
        not_in_context=(
            (
                "Harga Beras Naik\n\nRina Lestari\n\n"
                "Harga beras medium naik 8 persen sepekan terakhir. Pedagang mengeluh.\n\n"
                "Penulis",
                "Harga beras medium naik 8 persen sepekan terakhir.",
            ),
        ),
    ),
    Rule(
        "pager",
        PAGER,
        WHOLE,
        heads_list=True,
        splits_list=True,
        examples=(
            "Halaman selanjutnya",
            "1 2 3 4 Selanjutnya",
            "ARTIKEL SELANJUTNYA",
            "Load more",
            "1 dari 3 halaman",
            "Halaman 2 dari 5",
        ),
        counterexamples=(
            "Halaman rumah warga terendam banjir.",
            "Dua dari tiga halaman buku itu robek.",
        ),
    ),
    Rule(
        "signature",
        SIGNATURE,
        WHOLE,
        examples=("(ant/dil)", "(Abc/Xyz)", "(tyo)", "[feb]", "(rah / rah)", "(*)"),
        counterexamples=("Ia datang bersama istrinya (sekarang almarhumah).",),
    ),
    Rule(
        BREADCRUMB_FAMILY,
        BREADCRUMB,
        WHOLE,
        needs=(">", "»", "›", "/"),
        examples=("Home > Nasional > Hukum", "News / Gaya Hidup"),
        counterexamples=("Kevin / Marcus menggeser beberapa nominator.",),
    ),
    Rule(DATE_LINE, RELATIVE_TIME, WHOLE, examples=("2 jam lalu", "15 menit yang lalu")),
    Rule(
        BYLINE,
        OUTLET_ALONE,
        WHOLE,
        examples=("CNN Indonesia", "kumparanNEWS"),
        counterexamples=("Tempo hari, warga berkumpul di balai desa.",),
    ),
    Rule(
        "caption",
        ILLUSTRATION,
        WHOLE,
        examples=("Ilustrasi kebakaran.", "Ilustrasi"),
        counterexamples=("Ilustrasi itu menggambarkan suasana pasar yang ramai pada pagi hari.",),
    ),
    Rule(
        "caption",
        MARKDOWN_IMAGE,
        WHOLE,
        examples=(
            "![Pedagang beras di Pasar Induk Cipinang](https://example.co.id/foto/beras.jpg)",
            "![](gambar.png)",
        ),
        counterexamples=("Harga beras naik [Karawang](https://example.co.id/karawang).",),
    ),
    Rule(
        "source",
        SOURCE_LINE,
        WHOLE,
        examples=("Sumber: Antara", "Sumber: Badan Pusat Statistik"),
        counterexamples=("Sumber itu menyebut harga beras naik.",),
    ),
    Rule("photo-credit", CREDIT_ALONE, WHOLE, examples=("SHUTTERSTOCK", "Istimewa")),
    Rule("tags", HASHTAGS, WHOLE, examples=("#banjir #jakarta",)),
    Rule(
        "rating",
        RATING,
        WHOLE,
        needs=tuple(STARS),
        examples=(
            "SteamOS – review by Irfan Kurniawan on September 25th ★★★★★ 5.0",
            "Rating: ☆☆☆☆☆ 0/5",
            "★★★★☆ (4,2)",
        ),
        counterexamples=("Hotel itu kini berbintang lima.",),
    ),
    Rule(
        "button",
        BUTTON,
        WHOLE,
        examples=("Balas", "Muat lebih banyak", "Komentar (12)", "Login untuk berkomentar"),
        counterexamples=("Balas dendam bukan jalan keluar.", "Terima kasih atas perhatiannya."),
    ),
    Rule(
        "button",
        FORM,
        WHOLE,
        needs=("[", "____"),
        examples=("_____________________ [ Submit ]", "____________ [ Cari ]"),
        counterexamples=("Harga beras naik [sekitar 8 persen] sepekan terakhir.",),
    ),
    Rule(
        "notice",
        NOTICE,
        WHOLE,
        needs=("cookie", "kuki"),
        examples=(
            "Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.",
            "This website uses cookies to improve your experience.",
        ),
        counterexamples=("Resep cookies cokelat ini mudah dibuat di rumah.",),
    ),
    Rule(
        "share",
        SHARE,
        WHOLE,
        examples=(
            "Facebook Twitter WhatsApp Salin Link",
            # A menu's item, as a rendered page marks it.
            "* Facebook",
            "Dengarkan berita ini",
            "A- A+",
            "12 komentar",
            "Share on mail",
            "Share 0 Tweet Share 0 0 Komentar",
            "0TOTAL SHARE",
            "Link successfully copied",
            "Tautan berhasil disalin!",
        ),
        counterexamples=("Facebook membeli perusahaan rintisan asal Jakarta.",),
    ),
    Rule(
        "invitation",
        INVITATION,
        WHOLE,
        examples=(
            "Berikut ulasannya.",
            "Begini tanggapan Menteri Keuangan.",
            "Apa kata Airlangga Hartarto?",
        ),
        counterexamples=("Berikut daftarnya:",),
    ),
    # A number alone: a pager's page or a list's number.
    Rule("pager", r"\d{1,3}", WHOLE, examples=("2", "12")),
    Rule(
        BYLINE,
        rf"{BY}|{OUTLET_BYLINE}|{ROLE_BYLINE}",
        WHOLE,
        # A byline names a person in capitals ("Oleh Ahmad Fauzi", not "Oleh karena").
        ignore_case=False,
        examples=(
            "Oleh Ahmad Fauzi",
            "Oleh: Redaksi",
            "Rina Lestari - detikNews",
            "Ahmad Maulana | Indra Utami",
            "NEWS - Intan Prasetyo, CNBC Indonesia",
            "Oleh Galih Setiawan pada 12 Mei 2017, 10:30 WIB",
            "Oleh : Rina Lestari / FMB",
            "Oleh : Reza Adi Surya | Senin, 30 Januari 2017 | 15:00 WIB",
            "Kontributor Kupang, Sigiranus Marutho Bere",
            "OlehAdy Anugrahadi",
            "GOAL LIPUTAN   ABRAHAM JOHAN     DARI   BALIKPAPAN",
        ),
        counterexamples=(
            "Oleh karena itu, pemerintah menambah pasokan.",
            "Wartawan senior, Budi Santoso, menilai harga beras terlalu tinggi.",
            "Laporan Keuangan dari Bank Indonesia",
            "Oleh Presiden, jalan itu diresmikan kemarin.",
        ),
    ),
    Rule(
        "counted-link",
        COUNTED_LINK,
        WHOLE,
        needs=("(",),
        examples=("Akhlaq (47)", "Like (0)", "Comment (3)", "The Last of Us part 2 (14)"),
        counterexamples=(
            "Reformasi (1998)",
            "Dia ditahan di Polres (2).",
            "Skor akhir 2-1 (1-0)",
            "Pasal 12 ayat (3) berbunyi demikian.",
        ),
    ),
    # -- rules decided by a sentence's shape ------------------------------------------------------
    Rule(
        DATE_LINE,
        None,
        SHAPE,
        examples=(
            "Senin, 14 Mar 2022 09:15 WIB",
            "NASIONAL | 3 Mei 2020 07:45",
            "Diperbarui 5 Agu 2019, 16:02 WIB",
            "08/01/2024 13:30",
            "Kamis, 12 Januari 2023 - 10:24 WIB",
            "Kompas.com - 14/03/2022, 09:15 WIB",
        ),
        counterexamples=(
            "Pada Senin, 14 Maret 2022 pukul 09.15 WIB, hujan deras mengguyur Jakarta.",
            "Acara dimulai pada pukul 16.30 WIB.",
        ),
    ),
    Rule(
        DATELINE,
        None,
        SHAPE,
        examples=(
            "JAKARTA, KOMPAS.com -",
            "Liputan6.com, Jakarta:",
            "Jakarta (ANTARA) -",
            "Jakarta, CNN Indonesia --",
            "TEMPO.CO, Jakarta -",
        ),
        counterexamples=("Hal itu dikatakan Budi:", "JAKARTA, KOMPAS.com - Harga beras naik."),
    ),
    Rule(
        CODE,
        None,
        SHAPE,
        examples=(
            'if(!f._fbq)f._fbq = n;n.push = n;n.loaded=!0;n.version="2.0";',
            "r=document,s=window;var t=function(a,b){for(var c in",
            '(-1!=g.toLowerCase().indexOf("webkit")&&!l(" Edge"))&&!l("Edge"),v=-1',
            ".feedback_title {font-weight: bold;color: #000000;}.feedback_page a {color: #36c;}",
        ),
        counterexamples=(
            "Skor akhir 2-1 (1-0) untuk Persib (Bandung) atas Persija (Jakarta).",
            "Harga naik (lihat tabel [1]); stok aman, kata dia (Senin).",
            'Warga <img src=x onerror="alert(2)"> mengungsi ke masjid & sekolah.',
        ),
    ),
    # -- rules decided by a sentence's neighbours -------------------------------------------------
    Rule(
        BREADCRUMB_FAMILY,
        None,
        NEIGHBOURS,
        # Words in lower case after a list of headlines under its label: a breadcrumb.
        in_context=(
            (
                "Berita Pilihan\nPedagang Sayur Tewas, 3 Cincin Emas di Jari Hilang\n"
                "Jelang Piala Sudirman, Persib Compang-camping\nhome\ngaya\nkesehatan\n"
                "Harga Beras Naik\nSenin, 14 Mar 2022 09:15 WIB\n\n"
                "Harga beras medium naik 8 persen sepekan terakhir. Pedagang mengeluh.",
                "gaya",
            ),
        ),
        # A line in lower case below the list, a blank line between, is no breadcrumb.
        not_in_context=(
            (
                "Berita Pilihan\nPedagang Sayur Tewas, 3 Cincin Emas di Jari Hilang\n"
                "Jelang Piala Sudirman, Persib Compang-camping\n\n"
                "iPhone baru dijual mulai pekan depan di Jakarta, kata distributor.",
                "iPhone baru dijual mulai pekan depan di Jakarta, kata distributor.",
            ),
        ),
    ),
    Rule(
        CODE,
        None,
        NEIGHBOURS,
        # A piece of code cut off at its "?" between two pieces of code.
        in_context=(
            (
                "Harga beras naik tajam pekan ini.\n\n"
                "n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;"
                "var q=c? A=1? B=(d&&e)||f;g[0]=h;var k={l:1,m:[2,3]};",
                "A=1?",
            ),
        ),
        not_in_context=(
            (
                "r=document,s=window;var t=function(a,b){for(var c in d)e[c]=f;}\n\n"
                "Harga beras naik tajam (8 persen) pekan ini?\n\n"
                "n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;",
                "Harga beras naik tajam (8 persen) pekan ini?",
            ),
        ),
    ),
    Rule(
        MAIL_FAMILY,
        None,
        NEIGHBOURS,
        # An e-mail's signature: its delimiter and the few lines below it.
        in_context=(
            (
                "Harga beras medium naik 8 persen sepekan terakhir. Pedagang mengeluh.\n\n--\n"
                "Kabar Kita | Berlangganan: https://kabarkita.example/langganan\n\n"
                "Untuk berhenti berlangganan, klik di sini.",
                "Untuk berhenti berlangganan, klik di sini.",
            ),
        ),
        # A story goes on below a dash of its own far from its end.
        not_in_context=(
            (
                "Harga beras medium naik 8 persen sepekan terakhir.\n\n--\n\n"
                + "Pedagang mengeluh. " * 8,
                "Pedagang mengeluh.",
            ),
        ),
    ),
    Rule(
        LINK_LIST,
        None,
        NEIGHBOURS,
        in_context=(
            (
                "Harga beras naik tajam di pasar induk pekan ini.\n\nBACA JUGA\n"
                "Stok Beras Bulog Dipastikan Aman hingga Akhir Tahun\n"
                "Operasi Pasar Digelar Serentak di 20 Titik\n\n"
                "Pedagang menyebut pasokan dari Karawang berkurang.",
                "Operasi Pasar Digelar Serentak di 20 Titik",
            ),
        ),
        # A blank line ends the list.
        not_in_context=(
            (
                "Berita Terkait\nHarga Cabai Turun\n\nPedagang menyebut pasokan berkurang.",
                "Pedagang menyebut pasokan berkurang.",
            ),
        ),
    ),
    Rule(
        LINK_LIST,
        None,
        NEIGHBOURS,
        # Two bullets or more inside the story, each a headline (title case, eight words or
        # more, no final full stop), without a label: other stories.
        in_context=(
            (
                "Harga beras naik tajam di pasar induk pekan ini. Pedagang mengeluh.\n\n"
                "• Pesan Pedagang Setelah Harga Naik: Pasokan Bisa Pulih, Tapi Butuh Waktu\n\n"
                "• Apakah Operasi Pasar Jadi Solusi? Begini Jawaban Menteri Perdagangan\n\n"
                "Pemerintah menambah pasokan beras ke pasar induk.",
                "Apakah Operasi Pasar Jadi Solusi? Begini Jawaban Menteri Perdagangan",
            ),
        ),
        # A list of the story's own items is in sentence case, or shorter.
        not_in_context=(
            (
                "Warga diminta melakukan tiga hal berikut.\n\n"
                "• Menjaga jarak dengan orang lain saat berada di luar rumah\n\n"
                "• Memakai masker setiap kali keluar rumah dan bertemu orang lain\n\n"
                "Pemerintah menambah pasokan masker.",
                "Menjaga jarak dengan orang lain saat berada di luar rumah",
            ),
            (
                "Tiga menteri hadir dalam rapat itu.\n\n"
                "• Menteri Keuangan Sri Mulyani Indrawati\n\n"
                "• Menteri Perdagangan Budi Santoso\n\n"
                "Rapat berlangsung tertutup.",
                "Menteri Keuangan Sri Mulyani Indrawati",
            ),
        ),
    ),
    # A whole page copied as text (text/story.py): outside the longest run of prose, runs of
    # short lines are menus, runs of headlines lists of other stories, and prose cut off from
    # the story by them another story's teaser or a footer.
    Rule(
        MENU,
        None,
        NEIGHBOURS,
        in_context=((_WHOLE_PAGE, "Ekonomi"), (_WHOLE_PAGE, "Pedoman Media Siber")),
        not_in_context=((_ANNOUNCED_LIST, "Pas Foto Terbaru"),),
    ),
    Rule(
        LINK_LIST,
        None,
        NEIGHBOURS,
        in_context=((_WHOLE_PAGE, "Jokowi Resmikan Tol Baru di Sumatera Utara"),),
        not_in_context=(
            (
                "Harga Beras Naik Jelang Lebaran\n\nHarga beras naik 8 persen sepekan terakhir "
                "di pasar induk.\n\nOperasi Pasar Digelar di Dua Puluh Titik\n\nBulog "
                "menyiapkan beras untuk operasi pasar itu.",
                "Bulog menyiapkan beras untuk operasi pasar itu.",
            ),
        ),
    ),
    Rule(
        OTHER_STORY,
        None,
        NEIGHBOURS,
        in_context=(
            (_WHOLE_PAGE, "Cuaca ekstrem diperkirakan melanda Jawa Barat sepanjang pekan ini."),
        ),
        not_in_context=(
            (
                _WHOLE_PAGE,
                "Kementerian Perdagangan berencana menggelar operasi pasar di 20 titik mulai "
                "pekan depan.",
            ),
            (
                _ANNOUNCED_LIST,
                "Pendaftaran dibuka hingga akhir bulan melalui laman resmi kementerian.",
            ),
        ),
    ),
    Rule(
        CAPTION_FAMILY,
        None,
        NEIGHBOURS,
        in_context=(
            (
                "Banjir Rendam Demak\n\n"
                "Presiden meninjau tanggul yang jebol di Demak. (Foto: BPMI Setpres)\n\n"
                "Presiden Joko Widodo meninjau lokasi banjir di Demak, Jawa Tengah, Jumat.\n"
                "Ia meminta tanggul segera diperbaiki. Warga menyambut kedatangannya.",
                "Presiden meninjau tanggul yang jebol di Demak.",
            ),
            (
                "Sejumlah warga melintas di Gedung Sate, Bandung, Sabtu (9/9/2017).\n"
                "TEMPO/Rina Fauzi\n\n"
                "BANDUNG, KABARKITA - Pemerintah Provinsi Jawa Barat menata ulang kawasan Gedung "
                "Sate.",
                "Sejumlah warga melintas di Gedung Sate, Bandung, Sabtu (9/9/2017).",
            ),
            # A credit in brackets after a caption that names itself, on its line.
            (
                "Foto: Presiden Joko Widodo. (Vico-Biro Pers Sekretariat Presiden).\n\n"
                "Jakarta - Presiden Joko Widodo menyoroti harga beras di pasar. Ia meminta "
                "harga dijaga.",
                "(Vico-Biro Pers Sekretariat Presiden).",
            ),
            # A credit that names who, then the outlet, ending the caption's line above the lead.
            (
                "Alat terapi temuan mahasiswa UGM diberi nama I-REBOT. (Bagus Kurniawan/detikcom)\n"
                "Yogyakarta - Lima mahasiswa UGM mengembangkan alat terapi pascastroke.",
                "Alat terapi temuan mahasiswa UGM diberi nama I-REBOT.",
            ),
            # A picture as a text browser saves it: its alt text, then its caption saying the
            # same, alone or after its label.
            (
                "Selebrasi Atletico Madrid seusai menjuarai Liga Europa.\n\n"
                "Selebrasi Atletico Madrid seusai menjuarai Liga Europa.\n\n"
                "Foto: EPA-EFE/SASCHA STEINBACH\n\n"
                "LYON -- Gelar juara Liga Europa ternoda. UEFA mendakwa Atletico.",
                "Selebrasi Atletico Madrid seusai menjuarai Liga Europa.",
            ),
            (
                "Presiden Joko Widodo di Istana.\nFoto: Presiden Joko Widodo di Istana.\n\n"
                "Jakarta - Presiden Joko Widodo menyoroti harga beras. Ia meminta harga dijaga.",
                "Presiden Joko Widodo di Istana.",
            ),
            # ... the caption with the full stop its alt text lacks, or with its credit
            (
                "Harga beras medium naik 8 persen sepekan terakhir di pasar induk.\n\n"
                "Talkshow gizi di Jakarta, Senin (30/4)\n"
                "Talkshow gizi di Jakarta, Senin (30/4).\n\n"
                "Pedagang mengeluh karena pasokan dari Karawang berkurang.",
                "Talkshow gizi di Jakarta, Senin (30/4)\nTalkshow gizi di Jakarta, Senin (30/4).",
            ),
            (
                "Harga beras medium naik 8 persen sepekan terakhir di pasar induk.\n\n"
                "Seorang pedagang menimbang beras\nSeorang pedagang menimbang beras Opera News\n\n"
                "Pedagang mengeluh karena pasokan dari Karawang berkurang.",
                "Seorang pedagang menimbang beras Opera News",
            ),
            # A picture's alternative text in square brackets, as text browsers and
            # converters show it: a paragraph of its own, or said again after it.
            (
                "Harga Beras Naik Jelang Lebaran\n\n"
                "[Foto: Menteri Perdagangan di pasar induk. (Biro Pers).]\n\n"
                "Jakarta - Harga beras medium naik 8 persen sepekan terakhir. Pedagang mengeluh.",
                "[Foto: Menteri Perdagangan di pasar induk.",
            ),
            (
                "Harga Beras Naik Jelang Lebaran\n\n"
                "[Pedagang beras di pasar induk]Dok. Kompas Pedagang beras di pasar induk\n\n"
                "Jakarta - Harga beras medium naik 8 persen sepekan terakhir. Pedagang mengeluh.",
                "[Pedagang beras di pasar induk]Dok. Kompas Pedagang beras di pasar induk",
            ),
            # A caption begun on the line above its credit's, where the text was wrapped.
            (
                "Harga beras medium di pasar tradisional naik delapan persen\n"
                "dalam sepekan terakhir, dan pedagang menyebut pasokan dari\n"
                "Karawang berkurang sejak awal bulan ini.\n\n"
                "Medical illustration of a brain with stroke symptoms\n"
                "Ilustrasi stroke. (Foto: Getty Images/iStockphoto)\n\n"
                "Kementerian Perdagangan berencana menggelar operasi pasar di\n"
                "dua puluh titik mulai pekan depan untuk menekan harga.\n",
                "Medical illustration of a brain with stroke symptoms\nIlustrasi stroke.",
            ),
            # A caption wrapped mid-clause over the line of its glued credit.
            (
                "Harga Beras Naik Jelang Lebaran\n\n"
                "Menteri Perdagangan meninjau pasar induk di Kramat Jati,\n"
                "Jakarta(Biro Pers Sekretariat Presiden)\n\n"
                "Harga beras medium naik 8 persen sepekan terakhir. Pedagang mengeluh.",
                "Menteri Perdagangan meninjau pasar induk di Kramat Jati,",
            ),
            # A caption dated as captions are, without a credit, between other furniture.
            (
                "Harga beras medium naik 8 persen sepekan terakhir di pasar induk.\n\n"
                "Artikel lainnya:\nHarga Cabai Turun Jelang Akhir Tahun\n\n"
                "Talkshow gizi di Jakarta, Senin (30/4).\n\n"
                "Baca juga: Vitamin yang Dibutuhkan Wanita Berdasarkan Usia\n\n"
                "Pedagang mengeluh karena pasokan dari Karawang berkurang.",
                "Talkshow gizi di Jakarta, Senin (30/4).",
            ),
        ),
        not_in_context=(
            # A source cited in square brackets, a paragraph of its own, is the story's.
            (
                "Harga beras naik 8 persen sepekan terakhir. Pedagang mengeluh.\n\n"
                "[Ni’matul Ukhuwah hal. 41]\n",
                "[Ni’matul Ukhuwah hal.",
            ),
            # Words in square brackets inside a sentence of the story are its own.
            (
                "Harga beras naik [sekitar 8 persen] sepekan terakhir. Pedagang mengeluh.\n\n"
                "Pemerintah menambah pasokan.",
                "Harga beras naik [sekitar 8 persen] sepekan terakhir.",
            ),
            # The same dated sentence between paragraphs of the story is the story's.
            (
                "Harga beras medium naik 8 persen sepekan terakhir di pasar induk.\n\n"
                "Hal itu disampaikan di Jakarta, Senin (30/4).\n\n"
                "Pedagang mengeluh karena pasokan dari Karawang berkurang.",
                "Hal itu disampaikan di Jakarta, Senin (30/4).",
            ),
            # A desk's code is no photo credit.
            ("Harga beras naik tajam. (Abc/Xyz)\n\nPedagang mengeluh.", "Harga beras naik tajam."),
            # The headline said twice, even one that exclaims, is no caption: its own rule
            # finds it again.
            (
                "Sering Depresi Berat, Hati-Hati Diabetes!\n\n"
                "Sering Depresi Berat, Hati-Hati Diabetes!\n\n"
                "DEPRESI jadi satu momok yang wajib diwaspadai siapa saja. Lantas apa sih "
                "kaitannya?\n\nGula darah meningkat secara otomatis, kata dokter.",
                "DEPRESI jadi satu momok yang wajib diwaspadai siapa saja.",
            ),
        ),
    ),
    Rule(
        TEASER,
        None,
        NEIGHBOURS,
        in_context=(
            (
                "Manajer Everton, Ronald Koeman, tidak merasa dirugikan oleh...\n\n"
                "MANCHESTER, JUARA.net-Manajer Everton, Ronald Koeman, tidak merasa dirugikan "
                "oleh keputusan wasit. Ia menerima hasil imbang itu.",
                "Manajer Everton, Ronald Koeman, tidak merasa dirugikan oleh...",
            ),
        ),
        # The same words again, not where a line or the lead opens.
        not_in_context=(
            ("Harga beras naik.\n\nPedagang mengeluh. Harga beras naik.", "Harga beras naik."),
        ),
    ),
    Rule(
        RUBRIC,
        None,
        NEIGHBOURS,
        in_context=(
            (
                "NASIONAL\nHarga Beras Naik Jelang Lebaran di Pasar Induk\n\n"
                "Harga beras medium naik 8 persen sepekan terakhir. Pedagang mengeluh.",
                "NASIONAL",
            ),
        ),
        not_in_context=(
            (
                "Harga Beras Naik Jelang Lebaran\n\nHarga beras naik. Pedagang mengeluh.",
                "Harga beras naik.",
            ),
        ),
    ),
    Rule(
        HEADLINE_AGAIN,
        None,
        NEIGHBOURS,
        in_context=(
            (
                "Harga Beras Naik Jelang Lebaran\n\nHarga beras medium naik 8 persen.\n\n"
                "Harga Beras Naik Jelang Lebaran\n\nPedagang mengeluh. Pembeli berkurang.",
                "Harga Beras Naik Jelang Lebaran",
            ),
            # with a photo's credit, as a picture's caption
            (
                "Harga Beras Naik Jelang Lebaran\n\nHarga Beras Naik Jelang Lebaran /Antara\n\n"
                "Harga beras medium naik 8 persen. Pedagang mengeluh. Pembeli berkurang.",
                "Harga Beras Naik Jelang Lebaran /Antara",
            ),
            # wrapped by a text browser, going on with the caption's own words
            (
                "Harga Beras Medium Naik Tajam Jelang Lebaran\n\n"
                "Harga Beras Medium Naik\n"
                "Tajam Jelang Lebaran? Pedagang di Pasar Induk (Antara)\n\n"
                "Harga beras medium naik 8 persen. Pedagang mengeluh. Pembeli berkurang.",
                "Harga Beras Medium Naik",
            ),
        ),
        # The headline's words as a sentence of the story, in its own case.
        not_in_context=(
            ("Harga Beras Naik\n\nHarga beras naik. Pedagang mengeluh.", "Harga beras naik."),
        ),
    ),
    Rule(
        BYLINE,
        None,
        NEIGHBOURS,
        in_context=(
            (
                "Harga Beras Naik Jelang Lebaran\nRizky Purnomo\n\n"
                "Harga beras medium naik 8 persen sepekan terakhir. Pedagang mengeluh.",
                "Rizky Purnomo",
            ),
        ),
        # A sentence that ends as one is no writer's name.
        not_in_context=(
            (
                "Harga Beras Naik Jelang Lebaran\n\n"
                "Harga beras medium naik 8 persen sepekan terakhir. Pedagang mengeluh.",
                "Harga beras medium naik 8 persen sepekan terakhir.",
            ),
        ),
    ),
    Rule(
        ABOVE_LEAD,
        None,
        NEIGHBOURS,
        in_context=(
            (
                "Dirumorkan Bergabung dengan Sauber, Leclerc Fokus\n\n"
                "Charles Leclerc buka suara.\n\n"
                "JUARA.NET, MONTE CARLO-Pebalap Formula 2 Charles Leclerc dikabarkan bergabung "
                "dengan Sauber. Ia belum mau berkomentar.",
                "Charles Leclerc buka suara.",
            ),
        ),
        # Below the lead, the story goes on.
        not_in_context=(
            (
                "JAKARTA, KOMPAS.com - Harga beras naik. Pedagang mengeluh.\n\n"
                "Pemerintah menambah pasokan.",
                "Pemerintah menambah pasokan.",
            ),
        ),
    ),
    Rule(
        CROSS_LINK_FAMILY,
        None,
        NEIGHBOURS,
        # A linked headline that asks or exclaims goes on to the end of the label's line.
        in_context=(
            (
                "Harga beras naik tajam di pasar induk. Pedagang mengeluh.\n\n"
                "Baca juga: Butuh tenaga kerja terbaik untuk bisnismu? Cari di sini!\n\n"
                "Pemerintah menambah pasokan beras ke pasar.",
                "Cari di sini!",
            ),
        ),
        # The line below is the story's again.
        not_in_context=(
            (
                "Harga beras naik tajam di pasar induk. Pedagang mengeluh.\n\n"
                "Baca juga: Harga Cabai Turun?\n"
                "Pemerintah menambah pasokan beras ke pasar.",
                "Pemerintah menambah pasokan beras ke pasar.",
            ),
        ),
    ),
    Rule(
        EMBED_FAMILY,
        None,
        NEIGHBOURS,
        # The address a text browser prints below "IFRAME:", and its rest when the line is too
        # short for it: lines of one unbroken word each, up to a blank line.
        in_context=(
            (
                "Harga beras naik tajam di pasar induk. Pedagang mengeluh.\n\nIFRAME:\n"
                "http://www.facebook.com/plugins/comments.php?href=http://contoh.com/\n"
                "2013/09/news/harga-beras-naik/&permalink=1\n\n"
                "Pemerintah menambah pasokan beras ke pasar.",
                "2013/09/news/harga-beras-naik/&permalink=1",
            ),
        ),
        not_in_context=(
            (
                "Harga beras naik tajam di pasar induk. Pedagang mengeluh.\n\nIFRAME:\n"
                "http://www.facebook.com/plugins/video.php\n\n"
                "Pemerintah menambah pasokan beras ke pasar.",
                "Pemerintah menambah pasokan beras ke pasar.",
            ),
        ),
    ),
    Rule(
        SUBHEADING,
        None,
        NEIGHBOURS,
        # A line of a few words without a sentence's end, a paragraph between two paragraphs of
        # prose: a section's heading, or a picture's caption without a credit.
        in_context=(
            (
                "Harga Beras Naik Jelang Lebaran\n\nHarga beras naik 8 persen sepekan terakhir "
                "di pasar induk.\n\nOperasi Pasar Digelar di Dua Puluh Titik\n\nBulog "
                "menyiapkan beras untuk operasi pasar itu.",
                "Operasi Pasar Digelar di Dua Puluh Titik",
            ),
            (
                "Harga beras naik 8 persen sepekan terakhir di pasar induk.\n\n"
                "Seorang pedagang menimbang beras di Pasar Induk Cipinang Antara\n\n"
                "Bulog menyiapkan beras untuk operasi pasar pekan depan.",
                "Seorang pedagang menimbang beras di Pasar Induk Cipinang Antara",
            ),
        ),
        # A list that a colon announces, and its items, are the story's.
        not_in_context=(
            (
                "Harga beras naik 8 persen sepekan terakhir di pasar induk. Berikut daftarnya:\n\n"
                "Beras medium Rp 13.000 per kilogram\n\n"
                "Bulog menyiapkan beras untuk operasi pasar pekan depan.",
                "Beras medium Rp 13.000 per kilogram",
            ),
        ),
    ),
    # -- a rule decided by the page's markup ------------------------------------------------------
    Rule(
        SUBHEADING,
        None,
        PAGE,
        in_context=(
            (
                "<!DOCTYPE html><html><head><title>Banjir Jakarta</title></head><body><article>"
                "<h1>Banjir Jakarta</h1><p>Hujan deras mengguyur Jakarta sejak Senin malam hingga "
                "Selasa pagi. Air sungai meluap ke permukiman warga di bantaran.</p>"
                "<h2>Warga Mengungsi</h2><p>Warga Kampung Melayu mengungsi ke masjid dan sekolah "
                "terdekat. Petugas mengerahkan perahu karet untuk mengevakuasi lansia.</p>"
                "</article></body></html>",
                "Warga Mengungsi",
            ),
        ),
        # A paragraph of the story in bold is no heading.
        not_in_context=(
            (
                "<!DOCTYPE html><html><head><title>Banjir Jakarta</title></head><body><article>"
                "<h1>Banjir Jakarta</h1><p>Hujan deras mengguyur Jakarta sejak Senin malam hingga "
                "Selasa pagi. Air sungai meluap ke permukiman warga di bantaran.</p>"
                "<p><strong>Warga diminta waspada.</strong></p><p>Warga Kampung Melayu mengungsi "
                "ke masjid dan sekolah terdekat. Petugas mengerahkan perahu karet.</p>"
                "</article></body></html>",
                "Warga diminta waspada.",
            ),
        ),
    ),
)
