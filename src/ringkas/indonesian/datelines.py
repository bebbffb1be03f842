"""Datelines of Indonesian news: where and by whom a story was filed, before its first words.

"JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta:", "Jakarta (ANTARA) -",
"Harakatuna.com. Damaskus –". Each family is a regular expression (source text).
"""

from __future__ import annotations

# A paragraph that opens with a lone outlet name ending in a full stop, the dateline of
# "Harakatuna.com. Damaskus – Menteri ...": it belongs to the sentence after it.
OUTLET_OPENER = r"[^\W_][\w-]*(?:\.[^\W\d_][\w-]*)+\."

# A dateline standing alone as a sentence: a few words ending in a dash or colon
# ("JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -", "Liputan6.com, Jakarta:").
ALONE = r"[\w.]+(?:,?\s+[\w.()]+){0,3}\s*(?:-{1,2}|–|—|:)"
ALONE_MAX_WORDS = 5

# What makes such a fragment a dateline rather than a sentence ending in a colon ("Hal itu
# dikatakan Budi:"): an outlet's domain, a news agency or channel (case-insensitive) ...
OUTLET = r"\w\.(?:com|co|id|net|org)\b|\(antara|cnn indonesia"
# ... or a city in capitals (case-sensitive): "JAKARTA", "SURABAYA".
CITY_IN_CAPITALS = r"\b[A-Z]{3,}\b"

# The names outlets sign their datelines with: a domain ("KOMPAS.com", "TEMPO.CO", "jpnn.com",
# "REPUBLIKA.CO.ID", "Liputan6.com", "JUARA.NET"), an agency or channel ("ANTARA", "ANTARA News",
# "CNN Indonesia", "CNBC Indonesia", "IDN Times", "Pos Kota", "detikNews"). Case-insensitive.
OUTLET_NAME = (
    r"(?:[\w-]+\.(?:com|co|id|net|news|tv|org)(?:\.id)?|antara(?:\s+news)?|cnn\s+indonesia"
    r"|cnbc\s+indonesia|idn\s+times|pos\s+kota|detik\w*|okezone|sindonews|kompas|tempo|viva"
    r"|republika|kumparan|beritasatu|inews)"
)
# A place as datelines name it, capitalised: "Jakarta", "JAKARTA", "Kuala Lumpur", "DEN HAAG".
_PLACE = r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
_DASH = r"\s*(?:-{1,3}|–|—)"

# The dateline that opens an article's lead, matched at the start of a paragraph:
# "JAKARTA, KOMPAS.com -", "TEMPO.CO, Jakarta -", "Jakarta, CNN Indonesia --",
# "Liputan6.com, Jakarta -", "jpnn.com, JAKARTA -", "Wamena (ANTARA News) -",
# "Mangupura, (Metrobali.com)-", "Harakatuna.com. Damaskus –", "Suara.com -", "JAKARTA -",
# and detik's "Jakarta - " before a capital.
LEAD = (
    # Not a label of page furniture in capitals ("SIMAK JUGA-...", "BACA JUGA -").
    r"(?!(?i:simak|baca|lihat|tonton|saksikan|berita|artikel)\b)"
    rf"(?:(?:{_PLACE}\s*,\s*)?\(?{OUTLET_NAME}\)?(?:\s*[,.]\s*{_PLACE})?{_DASH}"
    rf"|{_PLACE}\s*\(\s*{OUTLET_NAME}\s*\){_DASH}"
    rf"|(?-i:[A-Z]{{3,}}(?:\s+[A-Z]{{3,}}){{0,2}}){_DASH}"
    rf"|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:-{{1,2}}|–|—)\s+(?=(?-i:[A-Z])))"
)
