"""Check the HTML report (`summarize -f html`) in a real browser, and take the README's picture.

Renders the seed article's report with headless Chromium from the system's packages
(`apt-get install chromium`), and checks what the browser made of it:

- the DOM Chromium dumps (`--dump-dom`) has one <mark> per chosen sentence, holding exactly
  the sentence's text as `summarize -f json` gives it, in order;
- the article's whole text is on the page, as the input has it;
- there is no <script> and no element that loads anything, also in the report of an article
  that holds a <script> and an <img onerror=...>, which shows them as text;
- the page made no network request: Chromium runs with every request sent to a proxy on
  127.0.0.1 that this script listens on, which notes what reaches it and answers nothing (so
  nothing leaves the machine). Chromium's own services call their hosts whatever the page
  (Debian's build: the component updater, Google accounts, network time); an empty page is
  loaded first to learn which hosts those are, and only a request to another host counts as
  the page's. A control page with an image from the network shows that such a request is seen.

Then it takes a screenshot (`docs/report.png`, shown in the README) with the first chosen
sentence linked to, so its position shows at the foot of the window.

    .venv/bin/python docs/browser_check.py [--chromium PATH] [--screenshot docs/report.png]

This is not part of the test suite: it needs Chromium, and takes a few seconds. Exit status 0
when every check passes.
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
SEED = "samples/harakatuna-suriah.txt"  # as the report names it: run from the repository
# An article that tries to run a script and load an image: its report must show them as text.
HOSTILE = (
    "Harga naik <script>document.title = 'diretas'</script> tajam.\n"
    'Warga <img src="http://example.invalid/foto.png" onerror="alert(1)"> mengungsi.\n'
)
SUMMARIZE = Path(sys.executable).with_name("summarize")
# Elements that load or run something.
LOADING = {"script", "img", "iframe", "object", "embed", "link", "audio", "video", "source",
           "picture", "frame", "base", "input"}  # fmt: skip
# Keep Chromium's own services quiet, so that whatever reaches the proxy comes from the page.
QUIET = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--metrics-recording-only",
    "--no-pings",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--disable-breakpad",
    "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,"
    "AutofillServerCommunication,CertificateTransparencyComponentUpdater",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
]


class Dom(HTMLParser):
    """The dumped DOM: its elements, the text of each <mark>, and the article's text."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[str] = []
        self.article = ""
        self.open: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "mark":
            self.marks.append("")
        if attributes.get("class") == "text":
            self.open.append("#article-text")
        elif tag not in ("meta", "br"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.open:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        if "mark" in self.open:
            self.marks[-1] += data
        if "#article-text" in self.open:
            self.article += data


class Proxy:
    """A listener on 127.0.0.1 that takes the browser's requests as its proxy, notes the first
    line of each (the address asked for) and answers nothing."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.requests: list[str] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.server.accept()
            except OSError:
                return
            with connection:
                connection.settimeout(2)
                try:
                    first = connection.recv(4096).split(b"\r\n", 1)[0]
                except OSError:
                    first = b"(no request line)"
                self.requests.append(first.decode("latin-1"))

    def close(self) -> None:
        self.server.close()


def host(request: str) -> str:
    """The host a proxy request line asks for: "CONNECT host:443 ..." or "GET http://host/..."."""
    method, _, rest = request.partition(" ")
    target = rest.split(" ", 1)[0]
    return target.rsplit(":", 1)[0] if method == "CONNECT" else urlsplit(target).hostname or ""


def chromium(binary: str, proxy: Proxy, *args: str) -> str:
    """Run Chromium with every request going to ``proxy``; its standard output."""
    done = subprocess.run(
        [
            binary,
            *QUIET,
            f"--proxy-server=http://127.0.0.1:{proxy.port}",
            "--proxy-bypass-list=<-loopback>",  # even loopback addresses go to the proxy
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--chromium",
        default=shutil.which("chromium") or shutil.which("chromium-browser") or "chromium",
    )
    parser.add_argument("--screenshot", type=Path, default=ROOT / "docs" / "report.png")
    options = parser.parse_args()

    def summarize(*args: str, stdin: str | None = None) -> str:
        return subprocess.run(
            [SUMMARIZE, *args], input=stdin, capture_output=True, text=True, check=True, cwd=ROOT
        ).stdout

    chosen = json.loads(summarize("-f", "json", SEED))["sentences"]
    report = summarize("-f", "html", SEED)
    hostile_report = summarize("-f", "html", "-n", "2", stdin=HOSTILE)
    results: list[tuple[str, bool, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "report.html"
        page.write_text(report, encoding="utf-8")
        control = Path(folder) / "control.html"
        control.write_text(
            '<!DOCTYPE html><p>Control: <img src="http://example.invalid/foto.png" alt="">',
            encoding="utf-8",
        )
        blank = Path(folder) / "blank.html"
        blank.write_text("<!DOCTYPE html><title>-</title>", encoding="utf-8")
        proxy = Proxy()
        chromium(options.chromium, proxy, "--dump-dom", blank.as_uri())
        own = {host(request) for request in proxy.requests}  # Chromium's own services
        proxy.requests.clear()
        chromium(options.chromium, proxy, "--dump-dom", control.as_uri())
        by_control = [r for r in proxy.requests if host(r) not in own]
        proxy.requests.clear()
        dom = Dom(chromium(options.chromium, proxy, "--dump-dom", page.as_uri()))
        by_report = [r for r in proxy.requests if host(r) not in own]
        proxy.requests.clear()
        hostile_page = Path(folder) / "hostile.html"
        hostile_page.write_text(hostile_report, encoding="utf-8")
        hostile = Dom(chromium(options.chromium, proxy, "--dump-dom", hostile_page.as_uri()))
        by_hostile = [r for r in proxy.requests if host(r) not in own]
        chromium(
            options.chromium,
            proxy,
            "--window-size=1000,1560",
            f"--screenshot={options.screenshot.resolve()}",
            page.as_uri() + "#d1-s1",
        )
        proxy.close()

    expected = [s["text"] for s in chosen]
    results.append(
        (
            "one <mark> per chosen sentence, holding exactly its text",
            dom.marks == expected,
            f"{len(dom.marks)} marks, {len(expected)} chosen sentences",
        )
    )
    article = (ROOT / SEED).read_text(encoding="utf-8")
    results.append(
        (
            "the whole article on the page",
            dom.article == article,
            f"{len(dom.article)} of {len(article)} characters",
        )
    )
    loading = sorted({tag for tag, _ in dom.tags if tag in LOADING})
    results.append(("no script, nothing that loads", not loading, ", ".join(loading) or "none"))
    loading = sorted({tag for tag, _ in hostile.tags if tag in LOADING})
    results.append(
        (
            "hostile article: its <script> and <img> are text, nothing loads",
            not loading and hostile.article == HOSTILE and not by_hostile,
            f"elements: {', '.join(loading) or 'none'}; "
            f"requests: {'; '.join(by_hostile) or 'none'}",
        )
    )
    results.append(
        (
            "the control page's image from the network is seen",
            bool(by_control),
            "; ".join(by_control) or "nothing",
        )
    )
    results.append(
        (
            "no network request from the report",
            not by_report,
            "; ".join(by_report) or f"none (Chromium's own: {', '.join(sorted(own)) or 'none'})",
        )
    )
    screenshot = options.screenshot
    results.append(
        (
            "screenshot written",
            screenshot.exists(),
            f"{screenshot.relative_to(ROOT) if screenshot.is_relative_to(ROOT) else screenshot}",
        )
    )
    version = subprocess.run(
        [options.chromium, "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    print(f"{version}; {SEED}; {len(report):,} bytes of HTML")
    print("| check | result | seen |\n| --- | --- | --- |")
    for name, ok, seen in results:
        print(f"| {name} | {'pass' if ok else 'FAIL'} | {seen} |")
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
