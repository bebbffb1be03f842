"""What ringkas's speed-ups assume of NLTK and sumy, checked against the releases in use.

The splitter matches Punkt's own patterns without NLTK's timeout wrappers, and the TextRank
summarizers take sumy's words with one lower-casing instead of three. Both read private names
of those packages (pinned in ``pyproject.toml``). If an upgrade changes a pattern or the way
sumy makes its words, these tests fail, instead of the output changing silently.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.tokenize import punkt
from sumy.summarizers.text_rank import TextRankSummarizer

from ringkas.rank.adapter import configured, sumy_document
from ringkas.rank.textrank import FastTextRankSummarizer
from ringkas.text import segment

TOKENS = [
    "...",
    "..",
    "…",
    "12.000",
    "-3,5",
    ",5",
    "2024.",
    "Rp5.000,-",
    "B.J.",
    "dr.",
    "Dr.",
    "abc",
    "İstanbul",
    "ÄÖÜ.",
    "x2",
    "“Ya.”",
    "--",
    "(",
    "##",
    "_",
    "½",
]

PARAGRAPHS = [
    "Harga beras naik. Petani senang! Apa kabar? “Kami siap.” (ant/dil)",
    "Dr. Budi, S.H. tiba pukul 10.00 WIB... Ia (45) berkata: 'Baik.' Lalu pergi--pulang.",
    "Kata 'ya'? Tidak!! Mungkin... ya. [Baca juga: Harga naik] Selesai.",
    "Nilainya Rp5.000,- per kg; naik 12,5 %. «Bagus» katanya. Ö. Ä.",
]


def test_nltk_token_patterns_are_the_ones_checked() -> None:
    """PunktToken has the four patterns ringkas replaces, and no other."""
    names = {name for name in vars(punkt.PunktToken) if name.startswith("_RE_")}
    assert names == {"_RE_ELLIPSIS", "_RE_NUMERIC", "_RE_INITIAL", "_RE_ALPHA"}
    ours = segment._IndonesianToken
    for name in ("_RE_ELLIPSIS", "_RE_NUMERIC", "_RE_ALPHA"):
        theirs = getattr(punkt.PunktToken, name)
        assert (getattr(ours, name).pattern, getattr(ours, name).flags) == (
            theirs.pattern,
            theirs.flags,
        )
    assert ours._RE_NON_PUNCT.pattern == punkt._re_non_punct.pattern


@pytest.mark.parametrize("token", TOKENS)
def test_tokens_are_typed_as_nltk_types_them(token: str) -> None:
    ours, theirs = segment._IndonesianToken(token), punkt.PunktToken(token)
    assert ours.type == theirs.type
    assert ours.period_final == theirs.period_final
    for prop in ("is_ellipsis", "is_number", "is_alpha", "is_non_punct"):
        assert bool(getattr(ours, prop)) == bool(getattr(theirs, prop)), prop


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_language_patterns_match_as_nltk_matches(paragraph: str) -> None:
    """The word tokenizer, the boundary candidates and the realignment find what NLTK finds."""
    ours, theirs = segment._IndonesianLanguageVars(), punkt.PunktLanguageVars()
    assert ours.word_tokenize(paragraph) == theirs.word_tokenize(paragraph)
    assert [m.span() for m in ours.period_context_re().finditer(paragraph)] == [
        m.span() for m in theirs.period_context_re().finditer(paragraph)
    ]
    for start in range(len(paragraph)):
        mine = ours.re_boundary_realignment.match(paragraph[start:])
        nltk = theirs.re_boundary_realignment.match(paragraph[start:])
        assert (mine and mine.group()) == (nltk and nltk.group())


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ .,!?…-'\"“”()[]\n0123456789İßÄ_"), max_size=120))
def test_splitting_equals_nltks_own_patterns(text: str) -> None:
    """Punkt with ringkas's compiled patterns cuts exactly where Punkt with NLTK's cuts."""
    plain = segment._IndonesianPunkt(
        segment._punkt_parameters(),
        lang_vars=_NltkPatterns(),
        token_cls=_NltkPatternToken,
    )
    assert list(segment._punkt().span_tokenize(text)) == list(plain.span_tokenize(text))


CONTEXTS = [
    "naik. Harga",
    "naik. harga",
    "apa? Kata",
    "ya! “Kami",
    "dr. Budi",
    "Dr. Budi",
    "PK. Ia",
    "Tbk. Perusahaan",
    "dll. Harga",
    "wib. Acara",
    "Jl. Sudirman",
    "naik.\n\nHarga",
    "Ia. (",
    "ab. C",
]


@pytest.mark.parametrize("context", CONTEXTS)
def test_a_plain_end_is_decided_as_nltk_decides_it(context: str) -> None:
    """The splitter's short cut for a candidate end after a plain word gives NLTK's answer."""
    ours = segment._punkt()
    assert ours.text_contains_sentbreak(
        context
    ) == punkt.PunktSentenceTokenizer.text_contains_sentbreak(ours, context)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("abdlrjnkPKTDJ"), min_size=1, max_size=6),
    st.sampled_from(".?!"),
    st.sampled_from([" ", "\n", "  ", "\n\n"]),
    st.text(alphabet=st.sampled_from("aHk“(.1"), min_size=1, max_size=4),
)
def test_candidate_ends_are_decided_as_nltk_decides_them(
    word: str, mark: str, space: str, after: str
) -> None:
    """For any word before a candidate end, ringkas's Punkt decides as NLTK's own code does."""
    ours = segment._punkt()
    context = f"{word}{mark}{space}{after}"
    assert ours.text_contains_sentbreak(
        context
    ) == punkt.PunktSentenceTokenizer.text_contains_sentbreak(ours, context)


class _NltkPatterns(segment._IndonesianLanguageVars):
    """ringkas's language variables with NLTK's own (timed ``regex``) patterns back."""

    re_boundary_realignment = punkt.PunktLanguageVars.re_boundary_realignment

    def period_context_re(self) -> object:
        return punkt.PunktLanguageVars.period_context_re(self)

    def _word_tokenizer_re(self) -> object:
        return punkt.PunktLanguageVars._word_tokenizer_re(self)


class _NltkPatternToken(segment._IndonesianToken):
    _RE_ELLIPSIS = punkt.PunktToken._RE_ELLIPSIS
    _RE_NUMERIC = punkt.PunktToken._RE_NUMERIC
    _RE_ALPHA = punkt.PunktToken._RE_ALPHA

    @property
    def is_non_punct(self) -> object:
        return punkt._re_non_punct.search(self.type)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("aAİIıßẞ-'’ .Kkyangdn_1"), max_size=40)))
def test_sumy_words_are_sumys_own(texts: list[str]) -> None:
    """The words ringkas's TextRank compares are the ones stock sumy's TextRank makes from the
    same sentences, stop words and stemmer."""
    _, sentences = sumy_document(texts)
    ours = configured(FastTextRankSummarizer)
    stock = configured(TextRankSummarizer)
    for sentence in sentences:
        assert ours._to_words_set(sentence) == stock._to_words_set(sentence)
