"""Web pages: the article found, its furniture left out, every position pointing into the HTML."""

from __future__ import annotations

import html as html_module
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ringkas import split, summarize
from ringkas.errors import InputError
from ringkas.read.markup import Element, blocks, parse
from ringkas.read.page import read_html

from ..conftest import SAMPLES

# A news page written for ringkas in the shape of Indonesian news sites (samples/README.md):
# navigation, a
# breadcrumb, the headline, a byline, a date line, a hidden standfirst, a photo with its
# caption, the story with a "Baca juga" link, an advertisement and a video promo inside, tags,
# share buttons, related stories and a copyright line.
BERITA = (SAMPLES / "kabarkita-banjir.html").read_text(encoding="utf-8")


def _shown(source: str) -> str:
    """The position rule: the source without tags, references decoded, white space collapsed."""
    return " ".join(html_module.unescape(re.sub(r"<[^>]*>", "", source)).split())


def test_the_article_of_a_news_page() -> None:
    """Exactly the story's paragraphs, from the lead to its last sentence; the advertisement
    and the desk code inside it are kept, flagged; everything around it is left out."""
    result = split(read_html(BERITA))
    assert [(s.paragraph, s.boilerplate, s.text) for s in result.sentences] == [
        (0, False, "Banjir merendam ribuan rumah di Kota Bekasi, Jawa Barat, "
         "sejak Minggu (10/3/2024) malam setelah hujan deras mengguyur kawasan itu selama enam "
         "jam tanpa henti."),
        (1, False, "Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi mencatat ketinggian "
         "air mencapai satu meter di sejumlah perumahan, antara lain Pondok Gede Permai dan "
         "Villa Jatirasa."),
        (2, False, "Ribuan warga mengungsi ke masjid, sekolah, dan balai warga terdekat sambil "
         "menunggu air surut."),
        (2, False, "Sebagian lainnya bertahan di lantai dua rumah mereka."),
        (3, True, "ADVERTISEMENT"),
        (4, False, "“Kami sudah menyiapkan dapur umum di tiga lokasi dan mengerahkan perahu karet "
         "untuk mengevakuasi lansia serta anak-anak,” kata Kepala Pelaksana BPBD Kota Bekasi, "
         "Agus Harianto, Senin."),
        (5, False, "Menurut Agus, air diperkirakan surut dalam dua hari jika hujan tidak kembali "
         "turun."),
        (5, False, "Warga diimbau tetap waspada terhadap banjir susulan."),
        (6, False, "Pemerintah Kota Bekasi juga menyalurkan bantuan makanan siap saji, selimut, "
         "dan obat-obatan ke posko pengungsian di setiap kecamatan yang terdampak."),
        (6, True, "(rin/bud)"),
    ]  # fmt: skip


def test_every_position_points_into_the_html() -> None:
    """For every sentence and the title, the HTML between start and end shows exactly its
    text; line and column are those of start in the HTML file."""
    result = split(read_html(BERITA))
    lines = BERITA.split("\n")
    assert result.title is not None
    for piece in (*result.sentences, result.title):
        assert _shown(BERITA[piece.start : piece.end]) == " ".join(piece.text.split())
        line_start = sum(len(line) + 1 for line in lines[: piece.line - 1])
        assert line_start + piece.column - 1 == piece.start


def test_title_and_metadata_of_the_page() -> None:
    """The headline element is the title, placed in the source; the page's metadata says the
    URL, date, author and site."""
    result = split(read_html(BERITA))
    assert result.title is not None
    assert result.title.text == "Banjir Rendam Ribuan Rumah di Bekasi, Warga Mengungsi"
    assert BERITA[result.title.start - 15 : result.title.start] == '<h1 class="title">'[-15:]
    assert (result.url, result.date, result.author, result.site) == (
        "https://kabarkita.example/nasional/2024/03/11/banjir-bekasi",
        "2024-03-11",
        "Rina Lestari",
        "Kabar Kita",
    )


def test_the_address_it_was_fetched_from_is_its_url() -> None:
    """A page read from a link reports that link, not its canonical address."""
    assert read_html(BERITA, url="https://contoh.example/b").url == "https://contoh.example/b"


def test_a_summary_of_a_page_is_story() -> None:
    """However long, a summary of the page holds story sentences only, never the headline."""
    summary = summarize(read_html(BERITA), sentences=20)
    assert len(summary.sentences) == 8
    assert all(not s.boilerplate for s in summary.sentences)
    assert summary.title is not None
    assert summary.title.text not in [s.text for s in summary.sentences]


def test_character_references_keep_their_source() -> None:
    """A quotation mark written as &ldquo; is one character of the text and seven of the
    source."""
    result = split(read_html(BERITA))
    quote = next(s for s in result.sentences if s.text.startswith("“"))
    assert BERITA[quote.start : quote.start + 7] == "&ldquo;"
    assert BERITA[quote.end - 6 : quote.end] == "Senin."


def test_paragraphs_wrapped_one_by_one() -> None:
    """Paragraphs that each sit in an element of their own still make one article."""
    body = "".join(
        f'<div class="paragraf"><p>{sentence}</p></div>\n'
        for sentence in (
            "SURABAYA, KABARKITA - Dinas Kesehatan Kota Surabaya melaporkan peningkatan kasus "
            "demam berdarah dengue selama musim hujan tahun ini.",
            "Sepanjang Januari tercatat 212 kasus, naik dari 150 kasus pada bulan sebelumnya, "
            "sebagian besar menimpa anak-anak usia sekolah.",
            "Warga diminta menguras bak mandi, menutup tempat penampungan air, dan mendaur ulang "
            "barang bekas yang bisa menampung air hujan.",
            "Petugas juga melakukan pengasapan di kelurahan dengan kasus terbanyak sejak awal "
            "pekan ini.",
            "Rumah sakit daerah menambah ruang perawatan untuk pasien anak yang terus berdatangan.",
        )
    )
    page = (
        "<!DOCTYPE html><html><head><title>Kasus DBD di Surabaya Naik</title></head><body>"
        "<nav><a href='/'>Beranda</a> <a href='/k'>Kesehatan</a></nav>"
        f"<h1>Kasus DBD di Surabaya Naik</h1><article>{body}</article>"
        "<footer>Copyright © 2024 Kabar Kita</footer></body></html>"
    )
    result = split(read_html(page))
    assert [s.paragraph for s in result.sentences] == [0, 1, 2, 3, 4]
    assert result.dateline is not None and result.dateline.text == "SURABAYA, KABARKITA -"
    assert result.sentences[0].text.startswith("Dinas Kesehatan")


def test_a_dateline_before_the_first_paragraph_and_a_caption_in_a_div() -> None:
    """detik sets the dateline as loose text before the lead's <p>: it opens the lead. A photo
    caption in a <div> named for it, its credit run on, is no paragraph of the story."""
    story = (
        "Seorang wanita muda terkena stroke di usia 26 tahun, beberapa bulan setelah melahirkan.",
        "Serangan stroke itu ia alami sekitar sebelas tahun lalu ketika sedang berada di rumah "
        "bersama bayinya.",
        "Kini hanya satu lengannya yang bisa berfungsi dengan normal, dan ia bekerja untuk "
        "mendukung layanan kesehatan.",
    )
    page = (
        "<!DOCTYPE html><html><head><title>Kena Stroke di Umur 26</title></head><body>"
        "<h1>Kena Stroke di Umur 26</h1><div class='detail__body-text'>\n"
        f"  <strong>Jakarta</strong> - <p>{story[0]}</p><p>{story[1]}</p>"
        "<div class='photo'><img src='a.jpg' alt='Seorang pasien stroke'>"
        "<div class='photo__caption'>Seorang pasien stroke di rumah sakit Opera News</div></div>"
        f"<p>{story[2]}</p></div></body></html>"
    )
    article = read_html(page)
    assert article.text == f"Jakarta - {story[0]}\n\n{story[1]}\n\n{story[2]}"


def test_a_page_without_an_article_is_an_error() -> None:
    """A page of links and labels has no article text: one clear error."""
    page = (
        "<!DOCTYPE html><html><head><title>Indeks Berita</title></head><body>"
        "<ul><li><a href='/1'>Banjir Rendam Bekasi</a></li><li><a href='/2'>Harga Naik</a></li>"
        "</ul><footer>Copyright © 2024</footer></body></html>"
    )
    with pytest.raises(InputError) as caught:
        read_html(page)
    assert str(caught.value) == "no article text found in the page"


# -- the layout of visible text --------------------------------------------------------------


def _layout(source: str) -> list[str]:
    return [block.text for block in blocks(parse(source))]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param("<p>Satu<br>\ndua</p>", ["Satu\ndua"], id="br-is-a-line-break"),
        pytest.param("<p>Satu<br>dua</p>", ["Satu", "dua"], id="br-without-space-new-block"),
        pytest.param("<p>Satu<br><br>dua</p>", ["Satu", "dua"], id="two-br-a-new-block"),
        pytest.param("<p>Satu   \n  dua</p>", ["Satu dua"], id="white-space-collapsed"),
        pytest.param("<p>Satu<p>Dua</p>", ["Satu", "Dua"], id="unclosed-paragraph"),
        pytest.param("<ul><li>Satu<li>Dua</ul>", ["Satu", "Dua"], id="unclosed-items"),
        pytest.param("<div>Satu<div>Dua</div>Tiga</div>", ["Satu", "Dua", "Tiga"], id="nested"),
        pytest.param("<p>A &amp; B&nbsp;C &copy</p>", ["A & B\xa0C ©"], id="references"),
        pytest.param(
            '<p>Satu</p><p hidden>X</p><p style="display: none">Y</p><p class="hide">Z</p>',
            ["Satu"],
            id="hidden",
        ),
        pytest.param(
            "<p>Satu<script>var p = '<p>x</p>';</script><style>p{}</style></p>"
            "<noscript>N</noscript>",
            ["Satu"],
            id="scripts-and-styles",
        ),
        pytest.param("<p>Satu <b>dua</b> <a href=x>tiga</a></p>", ["Satu dua tiga"], id="inline"),
    ],
)
def test_visible_text_is_laid_out_as_a_browser_does(source: str, expected: list[str]) -> None:
    """Blocks, line breaks, white space, references and hidden elements as a browser shows
    them."""
    assert _layout(source) == expected


def test_every_character_knows_its_source() -> None:
    """Each character of a block maps to the source it came from, a reference to all of it."""
    source = "<p>A &amp;\n  B</p>"
    (block,) = blocks(parse(source))
    assert block.text == "A & B"
    assert [source[s:e] for s, e in zip(block.starts, block.ends, strict=True)] == [
        "A",
        " ",
        "&amp;",
        "\n",
        "B",
    ]


_FRAGMENTS = st.sampled_from(
    [
        "<p>", "</p>", "<div>", "</div>", "<br>", "<br/>", "<b>", "</b>", "<a href='x'>", "</a>",
        "<li>", "<ul>", "</ul>", "<h1>", "</h1>", "<span hidden>tersembunyi</span>",
        "<script>var a = '<p>x</p>';</script>", "<style>p { margin: 0 }</style>",
        "<!-- catatan -->", "&amp;", "&nbsp;", "&#8212;", "&copy", "&ldquo;", "&bogus;",
        " ", "\n", "\t", "Harga", "beras", "naik.", "Jakarta,", "“kata", "dia”", "é", "😀",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=60).map("".join))
def test_the_source_of_every_block_shows_its_text(source: str) -> None:
    """For any markup, the source of every block and every character, tags removed and
    references decoded, shows exactly what the block says."""
    for block in blocks(parse(source)):
        assert _shown(source[block.start : block.end]) == " ".join(block.text.split())
        for char, start, end in zip(block.text, block.starts, block.ends, strict=True):
            assert char.isspace() or char in html_module.unescape(source[start:end])


@pytest.mark.parametrize(
    "invisible",
    ["\u200b", "\u00ad", "\u200e", "\u200f", "\u200c", "\u200d", "\u2060", "\ufeff", "\u2066"],
    ids=["zwsp", "soft-hyphen", "lrm", "rlm", "zwnj", "zwj", "word-joiner", "bom", "isolate"],
)
def test_invisible_characters_never_cost_a_paragraph(invisible: str) -> None:
    """A paragraph holding a character that shows nothing (which the extractor drops) is
    still the article's, with the character kept in its text and its positions exact."""
    lead = f"JAKARTA - Harga beras medium di pasar tradisional naik tajam{invisible} pekan ini."
    page = (
        "<!DOCTYPE html><html><head><title>Harga Beras Naik</title></head><body><article>"
        f"<h1>Harga Beras Naik</h1><p>{lead}</p>"
        "<p>Kenaikan itu dipicu mundurnya masa panen di sentra produksi di Jawa Tengah.</p>"
        "<p>Pemerintah berencana menggelar operasi pasar untuk menahan laju harga beras.</p>"
        "</article></body></html>"
    )
    result = split(read_html(page))
    first = result.sentences[0]
    assert result.dateline is not None and result.dateline.text == "JAKARTA -"
    assert first.text == lead.removeprefix("JAKARTA - ")
    assert page[first.start : first.end] == first.text
    assert [s.text[:9] for s in result.sentences[1:]] == ["Kenaikan ", "Pemerinta"]


def _sections(count: int) -> str:
    """A story in sections, as some sites print one: each section in an element of the same
    kind, with its heading and an "N dari M halaman" marker; related stories after it."""
    paragraphs = [
        "Hujan deras mengguyur Jakarta sejak Senin malam hingga Selasa pagi. Air sungai "
        "Ciliwung meluap ke permukiman warga di bantaran.",
        "Warga Kampung Melayu mengungsi ke masjid dan sekolah terdekat sejak Selasa dini hari. "
        "Petugas mengerahkan perahu karet untuk mengevakuasi lansia dan anak-anak. Dapur umum "
        "didirikan di tiga lokasi pengungsian oleh dinas sosial.",
        "Pemerintah provinsi menyiapkan bantuan bagi warga terdampak banjir di lima wilayah "
        "kota. Gubernur meninjau lokasi banjir pada Selasa pagi bersama wali kota.",
    ]
    headings = ["Hujan Deras Sejak Senin", "Warga Mengungsi", "Bantuan Pemerintah"]
    sections = "".join(
        f'<div class="item-page" data-page="{n + 1}"><div class="item-title">'
        f'<h2>{headings[n]}</h2></div><div class="item-content"><p>{paragraphs[n]}</p></div>'
        f'<div class="page-number">{n + 1} dari {count} halaman</div></div>'
        for n in range(count)
    )
    return (
        "<!DOCTYPE html><html><head><title>Fakta Banjir Jakarta</title></head><body>"
        "<nav><a href='/'>Beranda</a></nav><h1>Fakta Banjir Jakarta</h1>"
        f'<div class="content-body">{sections}</div><div class="related"><h3>Berita Terkait</h3>'
        "<ul><li><a href='/a'>Harga Cabai Naik Jelang Lebaran di Pasar Induk</a></li></ul></div>"
        "</body></html>"
    )


@pytest.mark.parametrize("count", [2, 3])
def test_every_section_of_a_story_is_read(count: int) -> None:
    """A story in sections is read whole, however its text is shared among them: each
    section's heading is a subheading and its marker a pager, both never chosen."""
    result = split(read_html(_sections(count)))
    found = [(s.text, s.furniture) for s in result.sentences]
    assert ("Warga Mengungsi", "subheading") in found
    assert ("Hujan Deras Sejak Senin", "subheading") in found
    assert (f"1 dari {count} halaman", "pager") in found
    story = [text for text, family in found if family is None]
    assert story[0] == "Hujan deras mengguyur Jakarta sejak Senin malam hingga Selasa pagi."
    assert story[-1] == (
        "Gubernur meninjau lokasi banjir pada Selasa pagi bersama wali kota."
        if count == 3
        else "Dapur umum didirikan di tiga lokasi pengungsian oleh dinas sosial."
    )


def _hidden_pages(hiding: str) -> str:
    """A story whose later pages are in the page, hidden until the reader clicks its pager."""
    pages = [
        "".join(
            f"<p>Paragraf {n} halaman {page}: warga Kampung Melayu bercerita tentang banjir yang "
            "merendam rumah mereka sejak Senin malam.</p>"
            for n in range(1, 4)
        )
        for page in range(1, 4)
    ]
    later = "".join(
        f'<div class="halaman{hiding if "=" not in hiding else ""}" id="h{n}"'
        f"{' ' + hiding if '=' in hiding else ''}>{pages[n - 1]}</div>"
        for n in (2, 3)
    )
    return (
        "<!DOCTYPE html><html><head><title>Kisah Banjir</title></head><body><h1>Kisah Banjir</h1>"
        f'<div class="isi"><div class="halaman" id="h1">{pages[0]}</div>{later}'
        '<div class="paging"><a href="#h1">1</a> <a href="#h2">2</a> <a href="#h3">3</a> '
        '<a href="#h2">Selanjutnya</a></div></div><footer>Hak cipta</footer></body></html>'
    )


@pytest.mark.parametrize(
    "hiding", ['style="display:none"', " hide", "hidden"], ids=["style", "class", "attribute"]
)
def test_later_pages_hidden_in_the_page_are_read(hiding: str) -> None:
    """A story whose later pages stand hidden in the page (by style, class or attribute), shown
    when the reader clicks the pager, is read whole, in order, every position exact."""
    page = _hidden_pages(hiding)
    result = split(read_html(page))
    texts = [s.text for s in result.sentences if not s.boilerplate]
    assert len(texts) == 9
    assert texts[0].startswith("Paragraf 1 halaman 1:")
    assert texts[-1].startswith("Paragraf 3 halaman 3:")
    assert all(_shown(page[s.start : s.end]) == s.text for s in result.sentences)


def test_embedded_posts_stay_out_of_the_story() -> None:
    """A tweet or an Instagram post embedded in a story (the platforms' embed code) is a post
    quoted, not the story: left out, the story's paragraphs around it kept."""
    page = (
        "<!DOCTYPE html><html><head><title>Banjir Jakarta</title></head><body><h1>Banjir Jakarta"
        "</h1><div class='isi'><p>Hujan deras mengguyur Jakarta sejak Senin malam hingga Selasa "
        "pagi, kata petugas.</p><blockquote class='twitter-tweet'><p>Banjir lagi di depan rumah "
        "kami, semoga cepat surut ya teman-teman semua.</p>&mdash; Warga (@warga) <a href='#'>"
        "11 Maret 2024</a></blockquote><p>Warga Kampung Melayu mengungsi ke masjid dan sekolah "
        "terdekat sejak Selasa dini hari.</p><blockquote class='instagram-media'><p>Kondisi "
        "banjir di Kampung Melayu pagi ini sangat memprihatinkan bagi warga.</p></blockquote>"
        "<p>Air diperkirakan surut dalam dua hari jika hujan tidak kembali turun.</p></div>"
        "</body></html>"
    )
    texts = [s.text for s in split(read_html(page)).sentences]
    assert texts == [
        "Hujan deras mengguyur Jakarta sejak Senin malam hingga Selasa pagi, kata petugas.",
        "Warga Kampung Melayu mengungsi ke masjid dan sekolah terdekat sejak Selasa dini hari.",
        "Air diperkirakan surut dalam dua hari jika hujan tidak kembali turun.",
    ]


def _split_story(lead: str, after: str) -> str:
    """A story whose lead and end stand each in an element of their own, around its body."""
    body = "".join(
        f"<p>Paragraf isi nomor {n} tentang banjir di Jakarta yang merendam ratusan rumah warga "
        "di bantaran sungai.</p>"
        for n in range(1, 7)
    )
    return (
        "<!DOCTYPE html><html><head><title>Banjir Jakarta</title></head><body><nav><a href='/'>"
        "Beranda</a></nav><h1>Banjir Jakarta</h1><div class='byline'>Oleh Rina Lestari</div>"
        f"{lead}<div class='body'>{body}</div>{after}<div class='tags'><a href='/t'>banjir</a>"
        "</div><footer>Hak cipta</footer></body></html>"
    )


def test_a_lead_and_an_end_outside_the_body_are_the_storys() -> None:
    """A lead and a closing paragraph that stand each in an element of their own, right before
    and after the story's body, are the story's first and last paragraphs."""
    page = _split_story(
        "<div class='lead'><p>JAKARTA, KOMPAS.com - Hujan deras mengguyur Jakarta sejak Senin "
        "malam hingga Selasa pagi, kata petugas BPBD.</p></div><div class='iklan'>ADVERTISEMENT"
        "</div>",
        "<div class='closing'><p>Air diperkirakan surut dalam dua hari jika hujan tidak kembali "
        "turun, kata petugas.</p></div>",
    )
    result = split(read_html(page))
    story = [s.text for s in result.sentences if not s.boilerplate]
    assert result.dateline is not None and result.dateline.text == "JAKARTA, KOMPAS.com -"
    assert story[0] == (
        "Hujan deras mengguyur Jakarta sejak Senin malam hingga Selasa pagi, kata petugas BPBD."
    )
    assert (
        story[-1]
        == "Air diperkirakan surut dalam dua hari jika hujan tidak kembali turun, kata petugas."
    )
    assert [s.furniture for s in result.sentences if s.text == "ADVERTISEMENT"] == ["advertising"]


def test_a_heading_after_the_story_heads_nothing_of_it() -> None:
    """A heading right after the story (a summary printed under it) is not taken into it."""
    page = _split_story(
        "",
        "<h4>Banjir merendam ratusan rumah di bantaran sungai, petugas mengevakuasi warga.</h4>",
    )
    texts = [s.text for s in split(read_html(page)).sentences]
    assert texts[-1].startswith("Paragraf isi nomor 6")


def _deep(opening: str, closing: str, depth: int) -> str:
    """The sample page's story wrapped ``depth`` times in ``opening`` (and ``closing``)."""
    head, _, rest = BERITA.partition("<body>")
    body, _, tail = rest.partition("</body>")
    return f"{head}<body>{opening * depth}{body}{closing * depth}</body>{tail}"


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("<div>", "</div>"), ("<font>", ""), ("<b><i>", "</i></b>"), ("<table><tr><td>", "")],
    ids=["nested-divs", "unclosed-fonts", "alternating-inline", "nested-tables"],
)
def test_a_page_thousands_of_levels_deep_is_read_whole(opening: str, closing: str) -> None:
    """Five thousand levels (far past Python's recursion limit and lxml's 255 levels): the
    story of the page as it is, every position exact. Wrappers are left out, so the page reads
    as it is; tables nested in tables lose their structure, not their text."""
    page = _deep(opening, closing, 5000)
    as_is = [(s.paragraph, s.text) for s in split(read_html(BERITA)).sentences]
    deep = split(read_html(page)).sentences
    if opening.startswith("<table>"):
        story = [s.text for s in deep if not s.boilerplate]
        assert story == [text for _, text in as_is if text not in ("ADVERTISEMENT", "(rin/bud)")]
    else:
        assert [(s.paragraph, s.text) for s in deep] == as_is
    for sentence in deep:
        assert _shown(page[sentence.start : sentence.end]) == sentence.text


def test_a_deep_tree_is_made_shallow_the_way_it_reads() -> None:
    """Wrappers are left out, repeated inline elements add nothing, and below MAX_DEPTH an
    element keeps the text of what it holds, its blocks apart; the tree written out again
    reads whole in lxml."""
    import lxml.html

    from ringkas.read.markup import MAX_DEPTH, flat_html

    def depth(root: Element) -> int:
        deepest, stack = 0, [(root, 0)]
        while stack:
            element, level = stack.pop()
            deepest = max(deepest, level)
            stack += [(c, level + 1) for c in element.children if isinstance(c, Element)]
        return deepest

    wrapped = parse("<div>" * 1000 + "<p>Satu.</p><p>Dua.</p>" + "</div>" * 1000)
    assert (wrapped.deep, depth(wrapped)) == (True, 2)
    assert [block.text for block in blocks(wrapped)] == ["Satu.", "Dua."]
    fonts = parse("<p>" + "<font>" * 1000 + "Teks.</p>")
    assert depth(fonts) == 2
    texts = parse("<div>x" * 1000 + "<p>Dasar.</p><p>Akhir.</p>")
    assert depth(texts) == MAX_DEPTH
    shown = [block.text for block in blocks(texts)]
    assert shown[-2:] == ["Dasar.", "Akhir."] and "".join(shown) == "x" * 1000 + "Dasar.Akhir."
    flat = lxml.html.fromstring(flat_html(texts)).text_content()
    assert flat == "x" * 1000 + "Dasar.Akhir."
    assert not parse("<div><p>Dangkal.</p></div>").deep


def test_a_page_of_more_tags_than_any_news_page_is_refused() -> None:
    from ringkas.read.limits import MAX_TAGS

    page = "<html><body>" + "<i>kata</i>" * MAX_TAGS + "</body></html>"
    with pytest.raises(InputError, match=f"more than {MAX_TAGS:,} tags"):
        read_html(page)


@pytest.mark.parametrize(
    ("head", "footer", "expected"),
    [
        ("", "<footer>Copyright © 2023 Kabar Kita. Hak cipta dilindungi.</footer>", None),
        ("", "<p>Arsip tahun 2019, diperbarui 12 Maret 2021.</p>", None),
        ('<meta property="article:published_time" content="2024-03-10T19:00:00+07:00">', "",
         "2024-03-10"),
    ],
    ids=["copyright-footer", "dates-in-the-text", "published-time"],
)  # fmt: skip
def test_a_page_that_states_no_date_gets_none(head: str, footer: str, expected: str | None) -> None:
    """The date is what the page states as its date, never a copyright year or a date
    mentioned in the text."""
    page = (
        f"<html><head><title>Jembatan baru</title>{head}</head><body><h1>Jembatan baru</h1>"
        "<article><p>Presiden meresmikan jembatan baru di Jakarta yang dibangun sejak 2019. "
        "Jembatan itu menghubungkan dua kecamatan yang padat penduduk.</p>"
        "<p>Warga menyambut jembatan itu dengan gembira karena perjalanan menjadi singkat.</p>"
        f"</article>{footer}</body></html>"
    )
    assert read_html(page).date == expected


# A page whose lead stands as bare text before the story's paragraphs, opened by its dateline,
# and whose title names the site before the headline (as KapanLagi's pages are made).
_BARE_LEAD = """<!DOCTYPE html><html><head>
<meta property="og:title"
 content="KabarKita: Musik - Bikin Gaduh Kota, Rumah Penyanyi Digrebek Polisi">
</head><body><div class="menu"><a href="/">Beranda</a> <a href="/musik">Musik</a></div>
<h1>Bikin Gaduh Kota, Rumah Penyanyi Digrebek Polisi</h1>
<div class="detail-news">
<b>KabarKita.com</b> - Apa yang kalian pikirkan tentang pesta? Tentu saja hal yang menggembirakan
semua orang. Namun, pesta bisa mengganggu orang lain.<p><p>Satu kisah datang dari penyanyi asal
Wales. Polisi lokal menerima keluhan banyak warga karena suara dari rumahnya. Suara itu terdengar
hingga jarak lima kilometer jauhnya.<p><p>Lebih dari seratus tamu diundang ke rumah mewah penyanyi
itu. Para tamu datang untuk memeriahkan ulang tahunnya yang ketiga puluh.<p><p>Polisi mengatakan
tidak ada penangkapan dalam pengamanan itu. Pesta berakhir menjelang pagi setelah polisi datang
dua kali.
</div><div class="footer">Tentang Kami | Kontak</div></body></html>"""


def test_a_lead_opened_by_its_dateline_is_the_story_s_first_paragraph() -> None:
    """The block right before the story that opens with a dateline is its lead, though the
    extractor left it out; the headline is found in a title that names the site first."""
    article = read_html(_BARE_LEAD)
    assert article.title is not None
    assert _BARE_LEAD[article.title.start : article.title.end] == (
        "Bikin Gaduh Kota, Rumah Penyanyi Digrebek Polisi"
    )
    result = split(article)
    assert result.dateline is not None and result.dateline.text == "KabarKita.com -"
    assert [s.text for s in result.sentences[:2]] == [
        "Apa yang kalian pikirkan tentang pesta?",
        "Tentu saja hal yang menggembirakan semua orang.",
    ]
    assert len(result.sentences) == 10


def test_a_headline_in_no_heading_is_found_above_the_story() -> None:
    """A headline set in a <div> (no heading holds it) is the block above the story whose
    words are the title's, the site's name aside; a link that repeats it is not."""
    page = _BARE_LEAD.replace(
        "<h1>Bikin Gaduh Kota, Rumah Penyanyi Digrebek Polisi</h1>",
        '<a href="/musik/gaduh">Bikin Gaduh Kota, Rumah Penyanyi Digrebek Polisi</a>'
        '<div style="font-size:40px">Bikin Gaduh Kota, Rumah Penyanyi Digrebek Polisi</div>',
    )
    article = read_html(page)
    assert article.title is not None
    assert page[: article.title.start].endswith('<div style="font-size:40px">')
