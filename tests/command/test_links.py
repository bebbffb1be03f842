"""Links on the command line: fetched pages summarised as if saved, mixed with files and stdin.

Every case runs against a server started by the test on 127.0.0.1; nothing touches the
internet. How fetching itself fails (every status, timeout, TLS, size) is tested in
test_fetch.py; here, what the command makes of it.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import shlex
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from ringkas.command.cli import command

from ..conftest import SAMPLES, serving
from ..read.test_page import BERITA

ARTIKEL = "Harga kopi di café naik 5–7 persen pekan ini. Petani di Temanggung senang."
STALL = threading.Event()
# The sample page as XHTML: an XML declaration before its doctype.
XHTML = '<?xml version="1.0" encoding="utf-8"?>\n' + BERITA


class _Handler(http.server.BaseHTTPRequestHandler):
    timeout = 5

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean."""

    def _reply(self, body: bytes, content_type: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/berita":
            self._reply(BERITA.encode(), "text/html; charset=utf-8")
        elif self.path == "/teks":
            self._reply(ARTIKEL.encode("cp1252"), "text/plain; charset=windows-1252")
        elif self.path == "/laporan.pdf":
            self._reply(b"%PDF-1.7", "application/pdf")
        elif self.path == "/xhtml":  # no Content-Type: the page says what it is
            body = XHTML.encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/diam":
            STALL.wait(10)  # answers nothing until the test is over
        else:
            self._reply(b"<h1>Tidak ada</h1>", "text/html", 404)


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """The address of a news site on this machine."""
    with serving(_Handler) as address:
        yield address
        STALL.set()  # the stalled request ends, so that the server can stop


def run(args: list[str], stdin: str | None = None) -> Result:
    return CliRunner().invoke(command, args, input=stdin, catch_exceptions=False)


def test_a_link_is_summarised_as_the_saved_page(site: str) -> None:
    """A fetched page gives the summary of the same page saved, positions into its HTML, and
    the link as its URL."""
    fetched = json.loads(run(["-f", "json", f"{site}/berita"]).stdout)
    saved = json.loads(run(["-f", "json", str(SAMPLES / "kabarkita-banjir.html")]).stdout)
    assert fetched["url"] == f"{site}/berita"
    assert fetched["sentences"] == saved["sentences"]
    assert fetched["title"] == saved["title"]
    for sentence in fetched["sentences"]:
        assert BERITA[sentence["start"] : sentence["end"]].endswith(sentence["text"][-6:])


def test_plain_text_from_a_link_in_its_charset(site: str) -> None:
    """text/plain is summarised as text, decoded by the charset the server gives."""
    result = run(["--split", "-f", "jsonl", f"{site}/teks"])
    sentences = json.loads(result.stdout)["sentences"]
    assert [s["text"] for s in sentences] == [
        "Harga kopi di café naik 5–7 persen pekan ini.",
        "Petani di Temanggung senang.",
    ]


def test_links_files_and_stdin_mix(site: str, tmp_path: Path) -> None:
    """Links, files and - are summarised in the order given, each under its name; a failing
    link is reported and the others still summarised."""
    path = tmp_path / "artikel.txt"
    path.write_text("Gempa mengguncang Lombok. Warga mengungsi.", encoding="utf-8")
    args = ["-n", "1", "-f", "jsonl", f"{site}/berita", str(path), "-", f"{site}/hilang"]
    result = run(args, stdin="Banjir merendam Bekasi. Warga mengungsi.")
    assert result.exit_code == 1
    files = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["file"] for d in files] == [f"{site}/berita", str(path), "<stdin>", f"{site}/hilang"]
    assert [d.get("error") for d in files] == [None, None, None, "HTTP 404 Not Found"]
    assert files[1]["sentences"][0]["text"] == "Gempa mengguncang Lombok."
    assert files[2]["sentences"][0]["text"] == "Banjir merendam Bekasi."
    assert result.stderr == f"Error: {site}/hilang: HTTP 404 Not Found\n"


def test_what_is_not_a_page_is_refused_by_name(site: str) -> None:
    """A PDF is refused with one Error line that says what it is; exit 1."""
    result = run([f"{site}/laporan.pdf"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        f"Error: {site}/laporan.pdf: the page is a PDF document (application/pdf), "
        "not a web page or text\n"
    )


def test_timeout_option(site: str) -> None:
    """--timeout bounds the wait for a silent server: one Error line, exit 1."""
    result = run(["--timeout", "0.3", f"{site}/diam"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {site}/diam: timed out after 0.3 s waiting for data\n"


def test_jsonl_records_carry_pages() -> None:
    """A JSONL record may hold a page ("html", and its "url") instead of "text"."""
    records = [
        {"id": "a", "html": BERITA, "url": "https://kabarkita.example/b"},
        {"id": "b", "text": "Harga beras naik. Petani senang."},
    ]
    stdin = "".join(json.dumps(r) + "\n" for r in records)
    result = run(["--input-format", "jsonl", "-f", "jsonl", "-n", "1"], stdin=stdin)
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["url"] == "https://kabarkita.example/b"
    assert first["title"]["text"] == "Banjir Rendam Ribuan Rumah di Bekasi, Warga Mengungsi"
    assert first["dateline"]["text"] == "BEKASI, KABARKITA –"
    assert first["sentences"][0]["text"].startswith("Banjir merendam")
    assert second["sentences"][0]["text"] == "Harga beras naik."


@pytest.mark.parametrize("how", ["sniffed", "stdin", "forced"])
def test_html_is_known_by_its_content(how: str, tmp_path: Path) -> None:
    """A page is read as HTML by its content, whatever the file is called, from stdin too,
    or when --input-format html says so."""
    path = tmp_path / "halaman.txt"
    path.write_text(BERITA, encoding="utf-8")
    args = {
        "sniffed": ["-f", "json", str(path)],
        "stdin": ["-f", "json"],
        "forced": ["-f", "json", "--input-format", "html", str(path)],
    }[how]
    result = run(args, stdin=BERITA if how == "stdin" else None)
    assert json.loads(result.stdout)["title"]["text"].startswith("Banjir Rendam Ribuan Rumah")


def test_input_format_text_reads_markup_as_text(tmp_path: Path) -> None:
    """--input-format text takes a page's source as the text it is."""
    path = tmp_path / "halaman.html"
    path.write_text(BERITA, encoding="utf-8")
    result = run(["-f", "json", "--split", "--input-format", "text", str(path)])
    assert json.loads(result.stdout)["sentences"][0]["text"].startswith("<!DOCTYPE html>")


def test_no_connection_without_a_link(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Files, saved pages and stdin are summarised without opening a single connection."""

    def refuse(*_args: object) -> None:
        raise AssertionError("ringkas tried to connect")

    monkeypatch.setattr("socket.socket.connect", refuse)
    monkeypatch.setattr("socket.create_connection", refuse)
    path = tmp_path / "artikel.txt"
    path.write_text("Gempa mengguncang Lombok. Warga mengungsi.", encoding="utf-8")
    result = run(["-n", "1", str(SAMPLES / "kabarkita-banjir.html"), str(path), "-"], stdin=ARTIKEL)
    assert (result.exit_code, result.stderr) == (0, "")


class _QuietFiles(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean."""


README = (SAMPLES.parent / "README.md").read_text(encoding="utf-8")
SERVED = re.findall(
    r"<!-- output of, served from samples/ on port 8000: (.+?) -->\n```\w*\n(.*?)```",
    README,
    flags=re.DOTALL,
)


@pytest.mark.parametrize(("example", "shown"), SERVED, ids=[c for c, _ in SERVED])
def test_readme_link_example_is_real(example: str, shown: str) -> None:
    """The README's link example is what the command prints for samples/ served here."""
    handler = functools.partial(_QuietFiles, directory=str(SAMPLES))
    with serving(handler) as address:
        here = address.removeprefix("http://")
        program, *args = shlex.split(example.replace("localhost:8000", here))
        assert program == "summarize"
        output = run(args).stdout.replace(here, "localhost:8000")
    assert output == shown


def test_readme_has_a_link_example() -> None:
    """The README shows a link being summarised."""
    assert len(SERVED) == 1


def test_pages_in_a_batch_with_two_jobs() -> None:
    """A crawl of pages runs in worker processes with the same output as in one."""
    records = "".join(
        json.dumps({"id": n, "html": BERITA, "url": f"https://kabarkita.example/{n}"}) + "\n"
        for n in range(10)
    )
    args = ["--input-format", "jsonl", "-f", "jsonl", "-n", "2"]
    one, two = (run([*args, "-j", jobs], stdin=records) for jobs in ("1", "2"))
    assert (one.exit_code, two.exit_code) == (0, 0)
    assert one.stdout == two.stdout
    assert [json.loads(line)["url"] for line in one.stdout.splitlines()] == [
        f"https://kabarkita.example/{n}" for n in range(10)
    ]


def test_a_password_in_a_link_is_never_shown(site: str, tmp_path: Path) -> None:
    """A link with user:password@ is fetched, and shown without its password in every output
    format, in --split, in errors and in JSON Lines records; the server still gets it."""
    secret = "rahasia-9x"
    address = site.replace("http://", f"http://pembaca:{secret}@")
    outputs: list[str] = []
    for form in ("text", "plain", "json", "jsonl", "html"):
        for extra in ([], ["--split"], ["--highlight", "--color", "always"]):
            if extra and form != "text":
                continue
            result = run([*extra, "-f", form, f"{address}/berita"])
            assert result.exit_code == 0, result.output
            outputs += [result.stdout, result.stderr]
    failed = run(
        ["-f", "json", f"{address}/hilang", f"{address.replace(site[7:], '127.0.0.1:1')}/x"]
    )
    outputs += [failed.stdout, failed.stderr]
    assert (
        failed.stderr.splitlines()[0]
        == f"Error: {address.replace(':' + secret, '')}/hilang: HTTP 404 Not Found"
    )
    record = json.dumps({"html": BERITA, "url": f"{address}/b"})
    batch = run(["-f", "jsonl", "--input-format", "jsonl", "-"], stdin=record + "\n")
    outputs += [batch.stdout, batch.stderr]
    assert json.loads(batch.stdout)["url"] == f"{address.replace(':' + secret, '')}/b"
    assert not [output for output in outputs if secret in output]
    assert json.loads(run(["-f", "json", f"{address}/berita"]).stdout)["url"] == (
        f"{address.replace(':' + secret, '')}/berita"
    )


def test_xhtml_is_a_web_page_from_a_file_stdin_and_a_link(site: str, tmp_path: Path) -> None:
    """A page that opens with an XML declaration is read as the web page it is: the same
    story and title as the page without it, from a file, standard input and a link whose
    server sends no content type; positions count the declaration."""
    path = tmp_path / "berita.xhtml"
    path.write_text(XHTML, encoding="utf-8")
    saved = json.loads(
        run(["--split", "-f", "json", str(SAMPLES / "kabarkita-banjir.html")]).stdout
    )
    shift = XHTML.index(BERITA)
    for args, stdin in (([str(path)], None), (["-"], XHTML), ([f"{site}/xhtml"], None)):
        read = json.loads(run(["--split", "-f", "json", *args], stdin=stdin).stdout)
        assert read["title"]["text"] == saved["title"]["text"]
        assert [s["text"] for s in read["sentences"]] == [s["text"] for s in saved["sentences"]]
        assert [s["start"] for s in read["sentences"]] == [
            s["start"] + shift for s in saved["sentences"]
        ]
