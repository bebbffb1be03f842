"""--highlight: the whole article with the summary marked, as Markdown or in colour."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from ringkas import METHODS, EmptyInputError, summarize
from ringkas.command.cli import command
from ringkas.write.controls import escape_controls
from ringkas.write.highlight import MARK, RANK, RESET, highlight, markdown_escape, wants_color
from ringkas.write.wrap import columns

from ..conftest import SAMPLES, SEED, on_terminal

# A headline, a dateline, Markdown's own characters in the text, a sentence wrapped by hand, a
# line that Markdown would read as a heading, and two paragraphs on lines of their own.
ARTICLE = (
    "Harga Beras Naik di Jakarta\n"
    "\n"
    "JAKARTA, KOMPAS.com - Harga beras di pasar *induk* Cipinang naik\n"
    "tajam pekan ini. Pedagang menyebut harga_grosir naik 10 persen.\n"
    "\n"
    "# Beras medium dijual Rp 12.000 per kilogram [data].\n"
    "Pemerintah berjanji menambah pasokan beras ke pasar <segera>.\n"
)
MARKDOWN = (
    "Harga Beras Naik di Jakarta\n"
    "\n"
    "JAKARTA, KOMPAS.com - **Harga beras di pasar \\*induk\\* Cipinang naik\n"
    "tajam pekan ini.** [1] **Pedagang menyebut harga\\_grosir naik 10 persen.** [2]\n"
    "\n"
    "\\# Beras medium dijual Rp 12.000 per kilogram \\[data\\].\n"
    "\n"
    "Pemerintah berjanji menambah pasokan beras ke pasar \\<segera\\>.\n"
)
COLOURED = (
    "Harga Beras Naik di Jakarta\n"
    "\n"
    f"JAKARTA, KOMPAS.com - {MARK}Harga beras di pasar *induk* Cipinang naik{RESET}\n"
    f"{MARK}tajam pekan ini.{RESET} {RANK}[1]{RESET} "
    f"{MARK}Pedagang menyebut harga_grosir naik 10 persen.{RESET} {RANK}[2]{RESET}\n"
    "\n"
    "# Beras medium dijual Rp 12.000 per kilogram [data].\n"
    "\n"
    "Pemerintah berjanji menambah pasokan beras ke pasar <segera>.\n"
)
SGR = re.compile(r"\x1b\[[0-9;]*m")
COMMONMARK = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def run(args: list[str], stdin: str | None = None, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(command, args, input=stdin, env=env, catch_exceptions=False)


def read_markdown(markdown: str) -> tuple[str, list[str], list[str]]:
    """What a Markdown reader shows: the text (ranks after the bold runs left out), the text
    of each bold run, and every kind of element other than paragraphs, text and bold."""
    shown: list[str] = []
    bold: list[str] = []
    others: list[str] = []
    inside = after_bold = False
    for token in COMMONMARK.parse(markdown):
        if token.type in ("paragraph_open", "paragraph_close"):
            continue
        if token.type != "inline":
            others.append(token.type)
            continue
        for child in token.children or []:
            if child.type == "strong_open":
                inside = True
                bold.append("")
            elif child.type == "strong_close":
                inside, after_bold = False, True
            elif child.type in ("text", "softbreak"):
                text = " " if child.type == "softbreak" else child.content
                if after_bold and text.strip():
                    text = re.sub(r"^\s*\[\d+\]", "", text)  # the rank after a bold run
                    after_bold = False
                shown.append(text)
                if inside:
                    bold[-1] += text
            else:
                others.append(child.type)
        shown.append(" ")
    return "".join(shown), bold, others


def squeezed(text: str) -> str:
    """``text`` without white space, its control characters shown as text output shows them
    (a line break being white space): what must come out of a Markdown reader unchanged."""
    return "".join(escape_controls(" ".join(re.split(r"\r\n|\r|\n", text))).split())


def test_markdown_marks_exactly_the_chosen_sentences() -> None:
    """Without colour: the whole article, the chosen sentences in **...** with their rank, the
    article's own Markdown characters escaped, one blank line between paragraphs."""
    summary = summarize(ARTICLE, sentences=2, whole=True)
    assert highlight(summary, color=False) == MARKDOWN
    shown, bold, others = read_markdown(MARKDOWN)
    assert bold == [
        "Harga beras di pasar *induk* Cipinang naik tajam pekan ini.",
        "Pedagang menyebut harga_grosir naik 10 persen.",
    ]
    assert others == []  # no heading, no link, no HTML, no emphasis of the article's own
    assert squeezed(shown) == squeezed(ARTICLE)


def test_colour_marks_the_chosen_sentences() -> None:
    """In colour: the article's text as it is, each chosen sentence bold on yellow (line by
    line, so that no colour runs past the end of a line) and its rank in bold."""
    summary = summarize(ARTICLE, sentences=2, whole=True)
    assert highlight(summary, color=True) == COLOURED


def test_highlight_needs_the_whole_text() -> None:
    """A summary made without whole=True cannot be highlighted: a clear ValueError."""
    with pytest.raises(ValueError, match=r"whole=True"):
        highlight(summarize(ARTICLE), color=False)


def test_wrapped_to_a_terminal() -> None:
    """On a terminal, each paragraph is filled to its width: no line is wider, and Markdown
    still marks the same sentences."""
    summary = summarize(SEED.read_text(encoding="utf-8"), whole=True)
    for color in (False, True):
        out = highlight(summary, color=color, width=40)
        assert max(columns(SGR.sub("", line)) for line in out.splitlines()) <= 40
    _, bold, _ = read_markdown(highlight(summary, color=False, width=40))
    assert bold == [" ".join(s.text.split()) for s in summary.sentences]


@pytest.mark.parametrize(
    ("choice", "terminal", "environ", "expected"),
    [
        ("auto", True, {"TERM": "xterm-256color"}, True),
        ("auto", True, {}, True),
        ("auto", False, {"TERM": "xterm"}, False),
        ("auto", True, {"TERM": "xterm", "NO_COLOR": "1"}, False),
        ("auto", True, {"TERM": "xterm", "NO_COLOR": ""}, True),  # set but empty: not set
        ("auto", True, {"TERM": "dumb"}, False),
        ("always", False, {"NO_COLOR": "1", "TERM": "dumb"}, True),
        ("never", True, {"TERM": "xterm"}, False),
    ],
)
def test_when_to_colour(
    choice: str, terminal: bool, environ: dict[str, str], expected: bool
) -> None:
    """auto colours on a terminal unless NO_COLOR is set or TERM is dumb; always and never
    decide alone."""
    assert wants_color(choice, terminal, environ) is expected


# -- the command ----------------------------------------------------------------------------------


def test_seed_highlight_marks_exactly_the_summary() -> None:
    """`--highlight --color never` on the seed: the whole article, and in bold exactly the
    sentences of its summary, each once."""
    chosen = json.loads(run(["-f", "json", str(SEED)]).stdout)["sentences"]
    result = run(["--highlight", "--color", "never", str(SEED)])
    assert result.exit_code == 0
    shown, bold, others = read_markdown(result.stdout)
    assert bold == [s["text"] for s in chosen]
    assert re.findall(r"\*\* \[(\d+)\]", result.stdout) == [str(s["rank"]) for s in chosen]
    assert others == []
    assert squeezed(shown) == squeezed(SEED.read_text(encoding="utf-8"))


def test_colour_in_a_pipe_only_when_asked() -> None:
    """Piped: no escape sequence by default, nor with NO_COLOR=1; --color always colours every
    chosen sentence."""
    plain = run(["--highlight", str(SEED)], env={"TERM": "xterm"})
    no_color = run(["--highlight", str(SEED)], env={"NO_COLOR": "1", "TERM": "xterm"})
    always = run(["--highlight", "--color", "always", str(SEED)], env={"NO_COLOR": "1"})
    assert "\x1b" not in plain.stdout
    assert no_color.stdout == plain.stdout
    assert always.stdout.count(f"{RANK}[") == 4
    assert (
        SGR.sub("", always.stdout)
        .replace(" [1] ", " ")
        .startswith("Harakatuna.com. Damaskus – Menteri Luar Negeri Iran,")
    )


def test_controls_in_the_article_stay_escaped() -> None:
    """An escape sequence in the article is shown, not obeyed, in both markings."""
    text = "Harga naik \x1b[2J tajam. Petani \x07 senang sekali hari ini."
    for args in (["--color", "never"], ["--color", "always"]):
        out = run(["--highlight", *args], stdin=text).stdout
        assert "\x07" not in out
        assert "\\x1b" in out
        assert SGR.sub("", out).count("\x1b") == 0


@pytest.mark.parametrize("method", METHODS)
def test_every_method_and_length(method: str) -> None:
    """Every method marks exactly as many sentences as asked for."""
    for length, count in ((["-n", "3"], 3), (["-r", "0.1"], 2)):
        out = run(["--highlight", "-m", method, *length, str(SEED)]).stdout
        assert len(read_markdown(out)[1]) == count


def test_several_files_and_a_failure(tmp_path: Path) -> None:
    """Several inputs: each under its header with a blank line before its text, a failure as
    its Error line; the exit status says one failed."""
    missing = tmp_path / "tidak_ada.txt"
    result = run(["--highlight", "-n", "1", str(SEED), str(missing)])
    assert result.exit_code == 1
    assert result.stdout.startswith(
        f"==> {SEED} <==\n\nHarakatuna.com. Damaskus – **Menteri Luar Negeri Iran,"
    )
    escaped = markdown_escape(str(missing))
    assert result.stdout.endswith(f"\n\n==> {escaped} <==\n\nError: no such file\n")
    assert result.stderr == f"Error: {missing}: no such file\n"


def test_jsonl_records() -> None:
    """JSONL: every record's text with its summary marked, under its line's header."""
    records = [{"id": "a", "text": ARTICLE}, {"id": "b", "text": "Satu dua. Tiga empat."}]
    stdin = "".join(json.dumps(r) + "\n" for r in records)
    out = run(["--input-format", "jsonl", "--highlight", "-n", "2"], stdin=stdin).stdout
    # The headers are Markdown too: "<stdin>" escaped.
    assert out == (
        f'==> \\<stdin\\>, line 1 (id "a") <==\n\n{MARKDOWN}\n'
        '==> \\<stdin\\>, line 2 (id "b") <==\n\n**Satu dua.** [1] **Tiga empat.** [2]\n'
    )


def test_web_page_shows_its_article_as_extracted() -> None:
    """For a saved page, the text is the article as extracted: no navigation, no furniture of
    the page around it."""
    out = run(["--highlight", "-n", "1", str(SAMPLES / "kabarkita-banjir.html")]).stdout
    assert out.startswith(
        "# Banjir Rendam Ribuan Rumah di Bekasi, Warga Mengungsi\n2024-03-11 · Kabar Kita\n\n"
        "BEKASI, KABARKITA – **Banjir merendam ribuan rumah"
    )
    assert "Baca juga" not in out and "<" not in out


def test_a_page_headline_stands_above_in_bold() -> None:
    """In colour, a page's headline (not in its text) stands above it in bold; a text whose
    first line is its title gets no second copy of it."""
    out = run(
        ["--highlight", "--color", "always", "-n", "1", str(SAMPLES / "kabarkita-banjir.html")]
    ).stdout
    assert out.startswith(
        f"{RANK}Banjir Rendam Ribuan Rumah di Bekasi, Warga Mengungsi{RESET}\n"
        "2024-03-11 · Kabar Kita\n\n"
    )
    text = run(
        ["--highlight", "--color", "never", "-n", "1", "-"],
        "Harga Beras Naik\n\nHarga naik. Petani mengeluh.",
    ).stdout
    assert text.startswith("Harga Beras Naik\n\n")


# -- any text -------------------------------------------------------------------------------------

# Indonesian words with every character Markdown reads, quotes, line breaks and blank lines.
PIECES = st.sampled_from(
    [*"abcXYZ.!?,;:", *"*_`[]()<>&~|$#+=-!\\", "1.", "2)", "\n", "\r\n", "\n\n", "\t", "  ",
     "“", "”", '"', "Harga", "naik.", "Dr.", "Jl.", "– "]
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(PIECES, st.just(" ")), min_size=1, max_size=60).map("".join),
    st.integers(min_value=1, max_value=4),
    st.sampled_from([None, 20, 37]),
)
def test_any_article_gives_markdown_that_shows_it(text: str, count: int, width: int | None) -> None:
    """For any text, a Markdown reader shows exactly its characters (white space aside) and
    in bold exactly the chosen sentences, each once: no heading, list, link, code or other
    element comes from the article's text, and on a terminal no line is wider than it but for
    a word wider than the terminal, which stands whole on a line of its own."""
    try:
        summary = summarize(text, sentences=count, whole=True)
    except EmptyInputError:
        return
    markdown = highlight(summary, color=False, width=width)
    shown, bold, others = read_markdown(markdown)
    in_order = sorted(summary.sentences, key=lambda s: s.index)
    assert others == []
    assert [squeezed(b) for b in bold] == [squeezed(s.text) for s in in_order]
    assert squeezed(shown) == squeezed(text)
    if width is not None:
        for line in markdown.splitlines():
            assert columns(line) <= width or len(line.split()) == 1


# What an input may hold to act on a terminal or reorder what a reader sees: an escape
# sequence, a C1 control sequence introducer, a bell, direction overrides and isolates.
_HOSTILE = (
    "Judul \u202ehcraes\u202c berita\n\n"
    "Presiden \x1b[31mmeresmikan\x1b]0;judul\x07 jembatan baru di \u2066Jakarta\u2069 hari ini. "
    "Jembatan itu \x9b2J panjang \u202asekali\u202c dan kuat. Warga \u202dsenang\u202c sekali.\n"
)
_RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize(
    "args",
    [[], ["--split"], ["-f", "plain"], ["--highlight"], ["-f", "html"]],
    ids=["text", "split", "plain", "highlight", "html"],
)
def test_nothing_raw_reaches_a_terminal(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Escape sequences, C0/C1 controls and direction overrides of the input reach a
    terminal escaped, in titles, sentences and the HTML report alike; only the colours of
    --highlight are sequences of ringkas's own."""
    path = tmp_path / "berita.txt"
    path.write_text(_HOSTILE, encoding="utf-8")
    screen = on_terminal([*args, str(path)], monkeypatch, {"TERM": "xterm"}, columns=100)
    shown = SGR.sub("", screen) if "--highlight" in args else screen
    assert not _RAW.findall(shown.replace("\n", "").replace("\t", ""))
    assert "\\u202c" in shown and "\\x1b" in shown
