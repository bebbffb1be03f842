"""Function words that tell an Indonesian text from one in another language.

Every Indonesian news text is thick with a few short words ("yang", "dan", "di"): in IndoSum's
1,956 development articles they make 6 to 35 % of the words (21 % at the median). English has
its own ("the", "of", "and"): at most 8 % of the words of any IndoSum article, which quote
English now and then, and 30 to 45 % of English prose.
"""

from __future__ import annotations

INDONESIAN = frozenset(
    "yang dan di ke dari ini itu dengan untuk tidak akan pada juga dalam adalah oleh karena ada "
    "sudah telah bisa saat para atau mereka kami kita saya tersebut sebagai lebih harus namun "
    "belum masih hanya".split()
)
ENGLISH = frozenset(
    "the and of to in is that for it with as was on are by this be from at have has an will "
    "not they he she we which were been their said".split()
)
