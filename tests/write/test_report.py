"""-f html: one report for a browser, whole in itself, every piece of the input escaped."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from click.testing import CliRunner, Result

from ringkas import summarize
from ringkas.command.cli import command
from ringkas.write.report import Report, position

from ..conftest import SAMPLES, SEED

# Elements that load something, run something or leave the page.
LOADING = {"script", "img", "iframe", "object", "embed", "link", "audio", "video", "source",
           "picture", "svg", "form", "base", "frame", "input"}  # fmt: skip


class Page(HTMLParser):
    """A report as a browser reads it: its elements, the text of each <mark>, each sentence's
    attributes, and the text of each article (tags removed, references decoded)."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[str] = []
        self.sentences: list[dict[str, str | None]] = []
        self.articles: list[str] = []
        self.open: list[str] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "mark":
            self.marks.append("")
        if attributes.get("class") == "text":
            self.articles.append("")
        if "data-pos" in attributes:
            self.sentences.append(attributes)
        if tag not in ("meta", "br"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open.pop() == tag  # well nested

    def handle_data(self, data: str) -> None:
        if "mark" in self.open:
            self.marks[-1] += data
        if "div" in self.open and self.articles:
            self.articles[-1] += data


def run(args: list[str], stdin: str | None = None) -> Result:
    return CliRunner().invoke(command, args, input=stdin, catch_exceptions=False)


def assert_self_contained(page: Page) -> None:
    """Nothing on the page loads, runs or leaves: no such element, no attribute that points
    anywhere but inside the page, no event handler, and a policy that forbids it all."""
    assert not [tag for tag, _ in page.tags if tag in LOADING]
    for _, attributes in page.tags:
        assert not [name for name in attributes if name.startswith("on") or name == "src"]
        assert (attributes.get("href") or "#").startswith("#")
    policies = [
        a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert policies == ["default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
                        "form-action 'none'"]  # fmt: skip


def test_seed_report() -> None:
    """The seed's report: one <mark> per chosen sentence holding exactly its text, the whole
    article on the page, every sentence with its position, and nothing that loads."""
    chosen = json.loads(run(["-f", "json", str(SEED)]).stdout)["sentences"]
    result = run(["-f", "html", str(SEED)])
    assert result.exit_code == 0
    assert result.stdout.startswith("<!DOCTYPE html>\n")
    page = Page(result.stdout)
    assert page.marks == [s["text"] for s in chosen]
    assert page.articles == [SEED.read_text(encoding="utf-8")]
    assert len(page.sentences) == 19
    assert all(s["tabindex"] == "0" for s in page.sentences)
    assert page.sentences[0]["data-pos"] == (
        "Sentence 1 of 19 · paragraph 1 · line 1, column 28 · chars 27-163 · score 0.259919 · "
        "rank 1"
    )
    assert [s.get("data-rank") for s in page.sentences[:5]] == ["1", "2", "3", "4", None]
    assert_self_contained(page)


def test_hostile_article_stays_text() -> None:
    """An article holding markup shows it as text: no script, no image, no handler."""
    text = (
        "Harga naik <script>alert(1)</script> tajam.\n"
        'Warga <img src=x onerror="alert(2)"> mengungsi "ke" masjid & sekolah.\n'
        "</div></mark><style>body{display:none}</style> Air surut.\n"
    )
    out = run(["-f", "html", "-n", "3"], stdin=text).stdout
    page = Page(out)
    assert page.articles == [text]
    assert page.marks == [line.strip() for line in text.splitlines()]
    assert_self_contained(page)
    assert [tag for tag, _ in page.tags].count("style") == 1  # the report's own
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out


def test_carriage_returns_are_kept() -> None:
    """A sentence wrapped with CRLF is marked with its CRLF: the HTML parser would turn a raw
    CR into LF, so it is written as a reference."""
    text = "Harga beras naik\r\ntajam hari ini. Petani senang."
    page = Page(run(["-f", "html", "-n", "1"], stdin=text).stdout)
    assert page.marks == ["Harga beras naik\r\ntajam hari ini."]
    assert page.articles == [text]


def test_several_documents_share_a_page_with_contents(tmp_path: Path) -> None:
    """Several inputs: one page, a table of contents linking to each, a failure shown as its
    Error; the exit status says one failed."""
    missing = tmp_path / "hilang.txt"
    page_path = SAMPLES / "kabarkita-banjir.html"
    result = run(["-f", "html", str(SEED), str(page_path), str(missing)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {missing}: no such file\n"
    assert result.stdout.count("<!DOCTYPE html>") == 1
    page = Page(result.stdout)
    links = [a["href"] for tag, a in page.tags if tag == "a" and a["href"] in ("#d1", "#d2", "#d3")]
    assert links == ["#d1", "#d2", "#d3"]
    ids = [a["id"] for tag, a in page.tags if tag == "article"]
    assert ids == ["d1", "d2", "d3"]
    assert (
        "<h2>" + str(missing) + '</h2>\n<p class="error">Error: no such file</p>' in result.stdout
    )
    assert '<li><a href="#d2">Banjir Rendam Ribuan Rumah di Bekasi, Warga Mengungsi</a></li>' in (
        result.stdout
    )
    # The web page's article as extracted, its marks pointing into the HTML source.
    chosen = json.loads(run(["-f", "json", str(page_path)]).stdout)["sentences"]
    assert page.marks[-len(chosen) :] == [s["text"] for s in chosen]
    assert page.articles[1].startswith("BEKASI, KABARKITA – Banjir merendam ribuan rumah")
    assert_self_contained(page)


def test_jsonl_batch_report() -> None:
    """JSONL records each get their section, in order, under their line and id."""
    stdin = '{"id": "x<1>", "text": "Satu dua. Tiga empat."}\n{"text": ""}\n'
    result = run(["--input-format", "jsonl", "-f", "html", "-n", "1"], stdin=stdin)
    assert result.exit_code == 1
    page = Page(result.stdout)
    assert page.marks == ["Satu dua."]
    assert '<a href="#d1">&lt;stdin&gt;, line 1 (id "x&lt;1&gt;")</a>' in result.stdout
    assert "Error: the input is empty</p>" in result.stdout


def test_a_single_failure_prints_no_page() -> None:
    """One input that fails: its Error on stderr, nothing on stdout, as for other formats."""
    result = run(["-f", "html"], stdin="")
    assert (result.exit_code, result.stdout) == (1, "")


def test_ascii_only_output() -> None:
    """For an output that cannot encode Unicode, every other character is a reference."""
    report = Report()
    report.add("berita", summarize("Kafe “Kopi” buka. Warga senang.", whole=True))
    page = report.page(ascii_only=True)
    assert page.isascii()
    assert Page(page).articles == ["Kafe “Kopi” buka. Warga senang."]


def test_position_text() -> None:
    """What a sentence shows when pointed at: its number, paragraph, line and column,
    offsets, and its score and rank when it has them, furniture said as such."""
    summary = summarize(
        "Baca juga: Harga cabai turun\n\nHarga beras naik. Petani senang.", whole=True
    )
    assert summary.whole is not None
    furniture, first, _ = summary.whole.sentences
    assert position(furniture, 3) == (
        "Sentence 1 of 3 · paragraph 1 · line 1, column 1 · chars 0-28 · "
        "page furniture (cross-link), never chosen"
    )
    assert position(first, 3).startswith("Sentence 2 of 3 · paragraph 2 · line 3, column 1")
