"""Datelines of Indonesian news: where and by whom a story was filed, before its first words.

"JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta:", "Jakarta (ANTARA) -",
"Harakatuna.com. Damaskus –". Each family is a regular expression (source text).
"""

from __future__ import annotations

import re

from .places import PLACES

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
# "CNN Indonesia", "CNBC Indonesia", "IDN Times", "Pos Kota", "detikNews", "Rimanews").
# Case-insensitive.
OUTLET_NAME = (
    r"(?:[\w-]+\.(?:com|co|id|net|news|tv|org)(?:\.id)?|antara(?:\s+news)?|cnn\s+indonesia"
    r"|cnbc\s+indonesia|idn\s+times|pos\s*kota|detik\w*|\w+news|okezone|kompas|tempo|viva"
    r"|republika|kumparan|beritasatu|inews|juara)"
)
# A place as datelines name it, capitalised: "Jakarta", "JAKARTA", "Kuala Lumpur", "DEN HAAG".
_PLACE = r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
# A place with its region or a date after it: "Sukabumi, Jawa Barat", "New York, Boston,",
# "Jakarta, 5/3", and a long one with its short name: "Perserikatan Bangsa-Bangsa / PBB, New
# York".
_PLACES = (
    rf"{_PLACE}(?:\s*[,/]\s*(?:{_PLACE}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?"
    # and a date in words: "Jakarta, 5 Maret 2024 (ANTARA) -"
    r"|\d{1,2}\s+(?-i:[A-Z][a-z]+)\s+\d{4}))*\s*,?"
)
# An agency or outlet in brackets, an agency with its regional service: "(ANTARA)", "(ANTARA
# News)", "(Antara Bali)", "(Pos Kota)", "(Poskota)", "(Beritasatu)".
_BRACKETED = (
    rf"\(\s*(?:{OUTLET_NAME}(?:\s+(?-i:[A-Z]\w*))?|(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
    # or the date: "Jakarta (5/3/2024) -"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\s*\)"
)
_DASH = r"\s*(?:-{1,3}|–|—)"
# After an outlet's name a colon ends the dateline too: "Liputan6.com, Jakarta:".
_DASH_OR_COLON = r"\s*(?:-{1,3}|–|—|:)"
_CAPITALS = r"(?-i:[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2})"
# An outlet's domain ("Liputan6.com", "KOMPAS.com"), and a city: a capitalised word, with the
# part of the city after it ("Jakarta Selatan"), or a name in capitals.
_DOMAIN = r"[\w-]+\.(?:com|co|id|net|news|tv|org)(?:\.id)?"
_CITY = (
    r"(?-i:[A-Z][a-z]+(?:\s+(?:Selatan|Utara|Barat|Timur|Tengah|Pusat|Raya))?"
    r"|[A-Z]{3,}(?:\s+[A-Z]{3,})?)"
)
# A place known to datelines (``places.py``) and a colon: "Jakarta: Pemerintah ...".
_KNOWN_PLACE = "|".join(
    re.escape(place).replace("\\ ", r"\s+") for place in sorted(PLACES, key=len, reverse=True)
)
# A capitalised word or a quotation opens the lead.
_LEAD_OPENS = r"(?=\s+(?-i:[A-Z\"“]))"
# Not a label of page furniture ("SIMAK JUGA-...", "BACA JUGA -").
_NO_LABEL = r"(?!(?i:simak|baca|lihat|tonton|saksikan|berita|artikel)\b)"

# The dateline that opens an article's lead, matched at the start of a paragraph:
# "JAKARTA, KOMPAS.com -", "TEMPO.CO, Jakarta -", "Jakarta, CNN Indonesia --",
# "Liputan6.com, Jakarta:", "jpnn.com, JAKARTA -", "SURYA.co.id | SURABAYA -",
# "Wamena (ANTARA News) -", "Sukabumi, Jawa Barat (ANTARA News) -", "Mangupura, (Metrobali.com)-",
# "Harakatuna.com. Damaskus –", "Suara.com -", "Rimanews-", "KONTAN.CO.ID - JAKARTA.",
# "JAKARTA -", "BEKASI, KABARKITA –", "Jakarta, 5 Maret 2024 (ANTARA) -", "Jakarta (5/3/2024) -",
# before a capital detik's "Jakarta - " and "Jakarta, NU Online - ", and without a dash
# "Liputan6.com, Jakarta Pemerintah ..." (a domain and a city) or "AKURAT.CO, ".
LEAD = (
    _NO_LABEL + rf"(?:{OUTLET_NAME}{_DASH}\s*{_CAPITALS}\.(?=\s|$)"
    rf"|(?:{_PLACE}\s*,\s*)?\(?{OUTLET_NAME}\)?(?:(?:\s*[,.|]\s*|\s+){_PLACE})?{_DASH_OR_COLON}"
    rf"|{_PLACES}\s*{_BRACKETED}{_DASH_OR_COLON}"
    rf"|{_CAPITALS}\s*,\s*(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}){_DASH}"
    rf"|{_CAPITALS}\s+{_DASH}"
    # A place in capitals right against its dash ("INGGRIS-Pemain ..."): five letters at least,
    # as acronyms joined by a hyphen are shorter ("TNI-Polri", "KPK-BPK").
    rf"|(?-i:[A-Z]{{5,}}(?:\s+[A-Z]{{3,}}){{0,2}}|[A-Z]{{3,}}(?:\s+[A-Z]{{3,}}){{1,2}}){_DASH}"
    r"|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s*,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?)"
    r"\s+(?:-{1,2}|–|—)\s+(?=(?-i:[A-Z\"“]))"
    # Without a dash, a domain and a city, or a city in capitals and a domain, before the lead:
    # "Liputan6.com, Jakarta Pemerintah ...", "JAKARTA, KOMPAS.com Menteri ...".
    rf"|{_DOMAIN}\s*,\s*{_CITY}{_LEAD_OPENS}"
    rf"|{_CAPITALS}\s*,\s*{_DOMAIN}{_LEAD_OPENS}"
    # A domain in capitals and a comma alone: "AKURAT.CO, Pemerintah ...".
    r"|(?-i:[A-Z][A-Z0-9-]+\.(?:CO|COM|ID|NET)(?:\.ID)?)\s*,(?=\s+(?-i:[A-Z][a-z]|[\"“]))"
    # A known place and a colon: "Jakarta: Pemerintah ..." ("Catatan: ..." is a label).
    rf"|(?:{_KNOWN_PLACE})\s*:{_LEAD_OPENS}"
    ")"
)

# A dateline alone on the line above the lead: a place, perhaps with the outlet, and a dash:
# "Jakarta -", "Jakarta, CNN Indonesia --", "Denpasar (ANTARA) -".
LINE = rf"{_NO_LABEL}(?:{_PLACES}(?:\s*{_BRACKETED})?|{OUTLET_NAME}(?:\s*,\s*{_PLACE})?){_DASH}"
