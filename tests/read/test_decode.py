"""Reading bytes as text: UTF-8 by default, byte-order marks, other encodings, binary data."""

from __future__ import annotations

import codecs
import json

import pytest

from ringkas.errors import InputError
from ringkas.read.decode import check_encoding, decode, decode_html, looks_like_html

from ..conftest import invoke

TEXT = "Café “Kopi” di Jl. Braga.\r\nHarga Rp 25.000."


def test_utf8_is_the_default() -> None:
    """Plain UTF-8 bytes decode to the same text, CRLF kept."""
    assert decode(TEXT.encode("utf-8")) == TEXT


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_byte_order_mark_is_honoured_and_dropped(bom: bytes, codec: str) -> None:
    """A BOM selects its encoding and is not part of the text, so offsets start after it."""
    assert decode(bom + TEXT.encode(codec)) == TEXT


def test_explicit_utf8_also_drops_the_bom() -> None:
    """--encoding utf-8 on a file with a BOM still drops the BOM."""
    assert decode(codecs.BOM_UTF8 + TEXT.encode(), "utf-8") == TEXT


def test_invalid_utf8_names_the_byte_and_suggests_encoding() -> None:
    """Undecodable bytes give one message that says where, and how to fix it."""
    with pytest.raises(InputError) as caught:
        decode("Café".encode("latin-1"))
    assert str(caught.value) == (
        "not valid UTF-8: byte 0xe9 at offset 3 cannot be decoded; name the input's encoding "
        "with --encoding (for example --encoding latin-1)"
    )


def test_windows_text_gets_cp1252_suggested() -> None:
    """Windows text (an en dash is byte 0x96) is told to use cp1252, which reads the dash as a
    dash; latin-1 would make it an invisible control character."""
    data = "Harga naik 5–7 persen di café.".encode("cp1252")
    with pytest.raises(InputError) as caught:
        decode(data)
    assert str(caught.value) == (
        "not valid UTF-8: byte 0x96 at offset 12 cannot be decoded; name the input's encoding "
        "with --encoding (for example --encoding cp1252)"
    )
    assert decode(data, "cp1252") == "Harga naik 5–7 persen di café."


def test_bytes_cp1252_leaves_undefined_get_latin1_suggested() -> None:
    """0x81 means nothing in cp1252: the suggestion stays latin-1, which reads any byte."""
    with pytest.raises(InputError) as caught:
        decode(b"Kode \x81\xe9.")
    assert str(caught.value).endswith("(for example --encoding latin-1)")


def test_other_encodings_by_name() -> None:
    """Latin-1 and Windows-1252 text decodes when its encoding is named."""
    assert decode("Café “Kopi”".encode("cp1252"), "cp1252") == "Café “Kopi”"
    assert decode("Café".encode("latin-1"), "latin-1") == "Café"


def test_binary_data_is_refused() -> None:
    """Bytes with NUL in them are not text; an image is named as one."""
    with pytest.raises(InputError, match="binary"):
        decode(b"\x03\x00\x10\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="the input is a PNG image, not text"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


@pytest.mark.parametrize("name", ["klingon", "base64", "rot13", "hex"])
def test_unknown_or_non_text_encodings_are_refused(name: str) -> None:
    """Names that are not text encodings are refused."""
    with pytest.raises(InputError):
        check_encoding(name)


def test_encoding_names_are_canonical() -> None:
    """Aliases resolve to Python's canonical codec name."""
    assert check_encoding("Latin1") == "iso8859-1"
    assert check_encoding("UTF8") == "utf-8"


# -- web pages ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(b"<!DOCTYPE html><p>x", True, id="doctype"),
        pytest.param(b"\xef\xbb\xbf \n<!-- disimpan -->\n<HTML lang=id>", True, id="bom-comment"),
        pytest.param(b"<head><title>x</title>", True, id="head"),
        pytest.param("<!doctype html>".encode("utf-16"), True, id="utf-16"),
        pytest.param(b"Harga <b>naik</b> tajam.", False, id="text-with-a-tag"),
        pytest.param(b"Harga naik. <html> di tengah", False, id="tag-not-at-the-start"),
        pytest.param(b'<?xml version="1.0" encoding="utf-8"?>\n<html>', True, id="xhtml"),
        pytest.param(
            b"<?xml version='1.0'?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">",
            True,
            id="xhtml-doctype",
        ),
        pytest.param(b'<?xml version="1.0"?><rss version="2.0">', False, id="xml-not-html"),
        pytest.param(b'<link rel="stylesheet" href="a.css"><head>', True, id="saved-from-link"),
        pytest.param(b'\n<meta charset="utf-8">\n<title>x</title>', True, id="saved-from-meta"),
        pytest.param(b"<div class=isi><p>Harga naik.", True, id="fragment-div"),
        pytest.param(b"<bukan tag> Harga naik.", False, id="angle-brackets-in-text"),
        pytest.param(b"<b2b> Harga naik.", False, id="not-a-known-tag"),
    ],
)
def test_html_is_known_by_how_it_opens(data: bytes, expected: bool) -> None:
    """A page opens with a doctype or a tag only HTML opens with (the WHATWG sniffing list,
    with <meta> and <link>), perhaps after an XML declaration (XHTML); text with tags later
    is text."""
    assert looks_like_html(data) is expected


@pytest.mark.parametrize(
    ("data", "charset", "expected"),
    [
        pytest.param(b'<meta charset="windows-1252"><p>5\x967', None, "5–7", id="meta-charset"),
        pytest.param(
            b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\x93a\x94',
            None,
            "“a”",
            id="http-equiv-latin-1-as-windows-1252",
        ),
        pytest.param("<p>café–".encode(), None, "café–", id="utf-8-undeclared"),
        pytest.param(b'<meta charset="utf-8"><p>caf\xe9', "cp1252", "café", id="header-first"),
        pytest.param(b"\xef\xbb\xbf<meta charset=cp1252><p>\xc3\xa9", None, "é", id="bom-first"),
        pytest.param(b"<meta charset=utf-8><p>caf\xe9", None, "caf\ufffd", id="bad-byte-replaced"),
    ],
)
def test_a_page_is_decoded_as_a_browser_would(
    data: bytes, charset: str | None, expected: str
) -> None:
    """BOM, then the HTTP charset, then <meta>, then UTF-8; latin-1 means windows-1252 on the
    web; a byte the encoding cannot read becomes U+FFFD."""
    assert decode_html(data, charset).endswith(expected)


_CAFE = "<p>Harga kopi di café naik 5–7 persen pekan ini.</p>"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # UTF-16 declared in the page's own markup (read as ASCII to find it) means UTF-8.
        *((label, "utf-8") for label in ("utf-16", "UTF-16LE", "utf-16be", "unicode", "ucs-2")),
        # Labels that are not encodings of the web are ignored: the page is read undeclared.
        *((label, "utf-8") for label in ("utf-7", "utf-32", "rot13", "binary", "none", "x-foo")),
        # Labels of the web name the encoding browsers use for them.
        ("latin1", "cp1252"),
        ("ascii", "cp1252"),
        ("iso-8859-9", "cp1254"),
        ("gbk", "gb18030"),
        ("shift_jis", "cp932"),
        ("euc-kr", "cp949"),
        (" Windows-1252 ", "cp1252"),
    ],
)
def test_charset_labels_are_read_as_browsers_read_them(label: str, expected: str) -> None:
    """The WHATWG Encoding Standard's labels: a page is decoded with the encoding a browser
    uses for its declared label, and one a browser ignores is ignored."""
    words = {"cp932": "東京", "cp949": "서울", "gb18030": "北京"}.get(expected, "café 5–7")
    page = f'<html><head><meta charset="{label}"></head><body><p>{words}</p></body></html>'
    assert decode_html(page.encode(expected)) == page


def test_utf_16_from_the_server_is_honoured() -> None:
    """A server may say UTF-16 (the bytes are not read to find it): a page without a
    byte-order mark is read in the order the label says."""
    page = f"<html><body>{_CAFE}</body></html>"
    assert decode_html(page.encode("utf-16-le"), "utf-16") == page
    assert decode_html(page.encode("utf-16-be"), "utf-16be") == page
    assert decode_html(page.encode(), "utf-7") == page  # an HTTP label browsers ignore


TWO_LINES = "Harga “beras” naik.\nPetani di Karawang senang."


@pytest.mark.parametrize(
    ("data", "args"),
    [
        (codecs.BOM_UTF8 + TWO_LINES.encode(), []),
        (TWO_LINES.encode("utf-16"), []),
        (TWO_LINES.encode("utf-32"), []),
        (TWO_LINES.encode("cp1252"), ["--encoding", "cp1252"]),
        (
            TWO_LINES.replace("“", '"').replace("”", '"').encode("latin-1"),
            ["--encoding", "latin-1"],
        ),
    ],
    ids=["utf8-bom", "utf16-bom", "utf32-bom", "cp1252", "latin1"],
)
def test_encodings_give_the_same_positions(data: bytes, args: list[str]) -> None:
    """BOM-marked UTF-8/16/32 and named encodings are read; offsets index the decoded text."""
    done = invoke("--split", "-f", "json", *args, stdin=data)
    assert done.exit_code == 0
    sentences = json.loads(done.stdout)["sentences"]
    assert [(s["start"], s["line"], s["column"]) for s in sentences] == [(0, 1, 1), (20, 2, 1)]


def test_check_encoding_takes_text_encodings() -> None:
    """Every text encoding is taken by its canonical name (idna and punycode too, which Python
    counts as text encodings and which then fail on the input, with an Error line)."""
    assert [check_encoding(n) for n in ("latin-1", "CP1252", "utf_16", "idna")] == [
        "iso8859-1",
        "cp1252",
        "utf-16",
        "idna",
    ]
    with pytest.raises(InputError, match="unknown encoding"):
        check_encoding("utf-8\0")


def test_a_codec_that_cannot_replace_gives_an_error_line() -> None:
    """A web page read with --encoding idna, which cannot replace what it cannot decode: an
    Error line, not a traceback."""
    done = invoke("--encoding", "idna", stdin=b"<html><p>Harga \xe2\x80\x93 naik.</p>")
    assert done.exit_code == 1
    assert done.stderr.startswith("Error: <stdin>: not valid idna: ")
