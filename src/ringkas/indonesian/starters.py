"""Ordinary Indonesian words that often open a sentence.

They are written in lower case inside a sentence and capitalised only at its start, so a
capitalised one after an abbreviation, an initial or an ellipsis is evidence that a new sentence
has begun ("... sayur, dll. Namun harga ..."), while a capitalised name after it is not
("Jend. Sudirman", "B.J. Habibie").
"""

from __future__ import annotations

SENTENCE_STARTERS = frozenset(
    """
    ada adapun akan akibatnya akhirnya alhasil apa apabila atas atau bagi bahkan
    baik banyak begitu beberapa belum berbeda berdasarkan berikut bersama bila dalam dan
    dari demikian dengan di dia diketahui dirinya disebutkan hal hanya hari hingga ia ini
    itu jadi jika juga kalau kami kamu karena kata ke kedua kemudian kendati kepada ketika
    kini kita lalu maka masih melalui meski meskipun menurut menurutnya mereka namun
    oleh pada padahal para pemerintah pertama pihak pihaknya saat sama sampai satu saya
    sebab sebagai sebagaimana sebanyak sebelum sebelumnya secara sedangkan sehingga sejak
    sejumlah sekarang sekitar selain selama selanjutnya seluruh sementara semua seperti
    sesuai setelah setiap sudah tahun tak tapi telah tentang terkait tetapi tidak untuk
    usai walau walaupun warga yakni yang
    """.split()
)
