"""The HTML tokenizer: tags and text where the HTML standard puts them, with exact places."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ringkas.read.markup import blocks, parse
from ringkas.read.tokens import EndTag, StartTag, Token, tokens


def _shown(tokens_found: list[Token], source: str) -> list[object]:
    """Tokens written plainly: text as its source, tags as (name, attributes, closed)."""
    out: list[object] = []
    for token in tokens_found:
        if isinstance(token, tuple):
            out.append(source[token[0] : token[1]])
        elif isinstance(token, StartTag):
            out.append((token.name, dict(token.attrs), token.closed))
        else:
            out.append(("/" + token.name,))
    return out


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param("a < b", ["a < b"], id="lone-less-than-is-text"),
        pytest.param("a <3 b <", ["a <3 b <"], id="less-than-before-digit-and-at-end"),
        pytest.param(
            '<P CLASS="x" Id=y>Teks</P>',
            [("p", {"class": "x", "id": "y"}, False), "Teks", ("/p",)],
            id="names-lower-case",
        ),
        pytest.param(
            "<a title=\"1 > 0\" href='/a'>x</a>",
            [("a", {"title": "1 > 0", "href": "/a"}, False), "x", ("/a",)],
            id="greater-than-inside-quotes",
        ),
        pytest.param(
            "<a href=/berita/>x</a>",
            [("a", {"href": "/berita/"}, False), "x", ("/a",)],
            id="slash-ending-a-bare-value-is-the-value",
        ),
        pytest.param(
            "<br/><div / ><img src=a.jpg />",
            [("br", {}, True), ("div", {}, False), ("img", {"src": "a.jpg"}, True)],
            id="self-closing-only-right-before-the-end",
        ),
        pytest.param(
            '<p class="a" class="b" hidden>x',
            [("p", {"class": "a", "hidden": ""}, False), "x"],
            id="first-attribute-of-a-name-counts",
        ),
        pytest.param(
            '<p a="1"b=2 c = "3">',
            [("p", {"a": "1", "b": "2", "c": "3"}, False)],
            id="attributes-without-space-and-spaced-equals",
        ),
        pytest.param(
            '<a title="Tom &amp; Jerry &copy">',
            [("a", {"title": "Tom & Jerry ©"}, False)],
            id="references-in-attributes-decoded",
        ),
        pytest.param(
            "a<!-- <p>not here</p> -->b<!---->c<!-->d<!--->e<!-- x --!>f",
            ["a", "b", "c", "d", "e", "f"],
            id="comments",
        ),
        pytest.param(
            "<!DOCTYPE html><?xml version='1.0'?>a<![CDATA[x]]>b</ 3>c</>d",
            ["a", "b", "c", "d"],
            id="declarations-and-bogus-comments",
        ),
        pytest.param(
            "<script>if (a<b && c>d) '</p>' </scripts></script >x",
            [("script", {}, False), "if (a<b && c>d) '</p>' </scripts>", ("/script",), "x"],
            id="script-content-is-text",
        ),
        pytest.param(
            "<style>p > a {}</STYLE>x",
            [("style", {}, False), "p > a {}", ("/style",), "x"],
            id="style-content-is-text",
        ),
        pytest.param(
            "<script>var a = '<b>'", [("script", {}, False), "var a = '<b>'"], id="script-unended"
        ),
        pytest.param('a<div class="x', ["a"], id="page-ends-inside-a-tag"),
        pytest.param("a<!-- b", ["a"], id="page-ends-inside-a-comment"),
        pytest.param("a<!DOCTYPE", ["a"], id="page-ends-inside-a-declaration"),
        pytest.param("</p id=x>", [("/p",)], id="end-tag-attributes-ignored"),
    ],
)
def test_tokens(source: str, expected: list[object]) -> None:
    """Each row is one rule of the HTML standard's tokenizer (the module's docstring)."""
    assert _shown(list(tokens(source)), source) == expected


def test_the_places_of_tags_and_text() -> None:
    """Each token's offsets are where it stands in the source."""
    source = '<p class="a">Satu<br>dua</p >'
    assert list(tokens(source)) == [
        StartTag("p", {"class": "a"}, 0, 13, False),
        (13, 17),
        StartTag("br", {}, 17, 21, False),
        (21, 24),
        EndTag("p", 24, 29),
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="<>/!-?=\"' abpdivscrytle&;#x\n", max_size=80))
def test_tokens_cover_the_source_in_order(source: str) -> None:
    """Tokens never overlap and come in order, text is never empty, and whatever lies between
    two tokens is markup that shows nothing (a comment, a declaration); the tree built from them
    lays out text whose every character comes from its place in the source."""
    at = 0
    for token in tokens(source):
        start, end = token if isinstance(token, tuple) else (token.start, token.end)
        assert at <= start < end <= len(source)
        if start > at:
            assert source[at] == "<"
        at = end
    for block in blocks(parse(source)):
        for char, start, end in zip(block.text, block.starts, block.ends, strict=True):
            assert 0 <= start < end <= len(source)
            if char not in " \n":
                assert source[start] == char or source[start] == "&"
