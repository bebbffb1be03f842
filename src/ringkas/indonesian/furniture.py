"""Page furniture of Indonesian news: the lines of a news page that are not the story.

Each family is a regular expression (source text, matched case-insensitively at the start of a
line or sentence unless it says otherwise). ``boilerplate.py`` flags sentences that open with
one; ``segment.py`` ends a sentence at the line break before or after a label line.
"""

from __future__ import annotations

# Links to other stories: "Baca juga: ...", "SIMAK JUGA: ...", "Lihat Video: ...",
# "Baca selengkapnya di ...", "Klik di sini".
CROSS_LINK = (
    r"(?:baca|simak|lihat|tonton|saksikan|klik)\s+(?:juga|pula|selengkapnya|video|di\s+sini)\b"
)

# Advertising and scroll labels: "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT",
# "Scroll untuk melanjutkan membaca".
ADVERTISING = r"advertisement\b|scroll\s+(?:to|untuk)\s+(?:continue|melanjutkan)"

# Captions and credits: "Foto: ...", "(Foto: ...)", "Keterangan foto: ...", "Ilustrasi: ...".
CAPTION = r"\(?(?:foto|keterangan\s+foto|ilustrasi|video|grafis|infografis|sumber\s+foto)\s*:"

# Staff lines: "Penulis: ...", "Editor: ...", "Pewarta: ...", "Redaktur: ...".
STAFF = r"(?:penulis|editor|reporter|pewarta|redaktur|fotografer|kontributor|penyunting)\s*:"

# The signatures that close a news item, the desk's and writer's initials: "(rsa)", "[feb]",
# "(ant/dil)", "(rah / rah)", "(dispen kolinlamil / sir)". Matched as a whole sentence, case
# as written: they open in lower case.
SIGNATURE = r"[(\[][a-z][a-z /]{0,40}[)\]]"

# "Sumber: ..." names where figures come from. It is a label line, but what it names belongs to
# the story ("Sumber: Badan Pusat Statistik"), so it is not furniture.
SOURCE = r"sumber\s*:"

# The families that make a sentence furniture when it opens with one (with SIGNATURE, which
# must be the whole sentence).
FURNITURE = (CROSS_LINK, ADVERTISING, CAPTION, STAFF)

# Label lines: a sentence ends at the line break before or after one even without final
# punctuation.
LABELS = (*FURNITURE, SOURCE)
