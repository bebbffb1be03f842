"""How Indonesian headlines are written."""

from __future__ import annotations

# Words a title-case headline leaves in lower case ("Banjir Rendam Ribuan Rumah di Bekasi").
TITLE_SMALL_WORDS = frozenset(
    "di ke dan yang untuk dari atau dengan pada dalam oleh bagi soal jadi jelang usai vs"
    " the of and in on for to a an".split()
)
