"""The words of Indonesian dates and times, as news pages print them in date lines.

"Senin, 14 Mar 2022 09:15 WIB", "Kamis, 12 Januari 2023 - 10:24 WIB", "Diperbarui 5 Agu
2019, 16:02 WIB", "Rabu 4/5/2020 | 07.45 WITA".
"""

from __future__ import annotations

DAYS = frozenset("senin selasa rabu kamis jumat jum'at jum’at sabtu minggu ahad".split())

MONTHS = frozenset(
    """
    januari februari pebruari maret april mei juni juli agustus september oktober november
    desember jan feb mar apr jun jul agu agt ags agust sep sept okt nov des
    january february march may june july august october december aug oct dec
    """.split()
)

# Indonesia's time zones, and those news pages use for foreign datelines.
TIME_ZONES = frozenset("wib wita wit gmt utc".split())

# Words that label a date line: "Diperbarui 5 Agu 2019", "Dipublikasikan: ...", "Update:",
# "Posted on October 9, 2020".
DATE_LABELS = frozenset(
    """
    diperbarui diperbaharui dipublikasikan dipublikasi diterbitkan terbit diposting diunggah
    dimuat tayang update updated published publikasi pukul jam tanggal tgl waktu pkl posted on
    pada
    """.split()
)

# A line of a page that ends with a time ("... 07 Okt 2017, 08:13 WIB", "HUKUM | 5 Juni 2017
# 10:00"): a date line, which ends there.
TIME_AT_LINE_END = r"(?:\b\d{1,2}[:.]\d{2}|\b(?:WIB|WITA|WIT|GMT))\s*$"

# The date stamp a list of stories prints before each teaser, on the teaser's line, with the
# story's rubric: "Sepakbola | Minggu 20 Mei 2018, 19:14 WIB Masa depan Eden Hazard ...". What
# it matches is a stamp when it reads as a date line.
DATE_STAMP = r".{0,60}?\b\d{1,2}[:.]\d{2}\b(?:\s*(?:WIB|WITA|WIT)\b)?"
