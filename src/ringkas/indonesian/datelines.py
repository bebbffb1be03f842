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
