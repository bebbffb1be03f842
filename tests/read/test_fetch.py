"""Fetching web pages: what a page gives, what is refused, and every failure as one message.

Every case runs against a server started by the test on 127.0.0.1; nothing touches the
internet. A server is listening once it is bound, so no test waits for one to start.
"""

from __future__ import annotations

import functools
import http.server
import queue
import socket
import ssl
import sys
import threading
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ringkas import __version__
from ringkas.errors import InputError
from ringkas.read.fetch import FetchError, Page, fetch, is_url
from ringkas.read.limits import MAX_BYTES

DATA = Path(__file__).parent.parent / "data"

HTML = b'<!doctype html><meta charset="utf-8"><title>Berita</title><p>Jembatan baru.</p>'
HTML_1252 = '<html><meta charset="windows-1252"><p>Kopi di café.</p></html>'.encode("cp1252")
TEXT_1252 = "Harga kopi di café naik 5–7 persen.".encode("cp1252")

# Bodies a client should never read whole: larger than any socket buffers on loopback.
UNREAD = 64 * 1024 * 1024
# A trickle long enough to show the deadline cut it, short enough that without one the test
# fails (by not raising) rather than hangs: 1 byte every 10 ms.
TRICKLE = 300
# More than the limit, decoded, from a few kilobytes sent.
BOMB_SIZE = 8 * 1024 * 1024

TOO_LARGE = "the page is larger than 5 MiB, the most ringkas reads as one document"


def gzip_bytes(data: bytes) -> bytes:
    """``data`` compressed as gzip."""
    compressor = zlib.compressobj(wbits=31)
    return compressor.compress(data) + compressor.flush()


@functools.cache
def bomb() -> bytes:
    """BOMB_SIZE zero bytes as gzip: about 8 kB."""
    compressor = zlib.compressobj(wbits=31)
    block = bytes(1024 * 1024)
    parts = [compressor.compress(block) for _ in range(BOMB_SIZE // len(block))]
    return b"".join(parts) + compressor.flush()


class Server(http.server.ThreadingHTTPServer):
    """The test server: what its handlers saw, and a signal to stop the endless ones."""

    # Handler threads are joined on close, so none outlives its test.
    daemon_threads = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.stop = threading.Event()
        self.written: queue.Queue[int] = queue.Queue()

    def url(self, path: str, scheme: str = "http") -> str:
        """The address of ``path`` on this server."""
        return f"{scheme}://127.0.0.1:{self.server_address[1]}{path}"


class Handler(http.server.BaseHTTPRequestHandler):
    """The routes the tests fetch; each GET path names one server behaviour."""

    server: Server
    # No handler may hang a test: its socket gives up after this many seconds.
    timeout = 5

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean."""

    def reply(self, body: bytes, headers: dict[str, str], status: int = 200) -> None:
        """Send a whole response with a Content-Length."""
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def stream(self, status: int, headers: dict[str, str], limit: int, pause: float = 0) -> None:
        """Send headers, then a body of ``limit`` bytes for as long as the client reads it, and
        record how much was written before the client went away."""
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        written = 0
        block = b"x" if pause else b"x" * 65536
        try:
            while written < limit and not self.server.stop.is_set():
                self.wfile.write(block)
                written += len(block)
                if pause:
                    self.server.stop.wait(pause)
        except OSError:
            pass  # the client closed the connection: what it was meant to do
        self.close_connection = True
        self.server.written.put(written)

    def wait_for_client(self) -> None:
        """Read until the client closes the connection."""
        try:
            while self.rfile.read(1):
                pass
        except OSError:
            pass
        self.close_connection = True

    def do_GET(self) -> None:
        """Answer one request as its path says."""
        path = self.path
        html = {"Content-Type": "text/html; charset=utf-8"}
        if path == "/page":
            self.reply(HTML, html)
        elif path == "/text":
            self.reply(TEXT_1252, {"Content-Type": "text/plain; charset=windows-1252"})
        elif path == "/meta-charset":
            self.reply(HTML_1252, {"Content-Type": "text/html"})
        elif path == "/odd-content-type":
            self.reply(HTML, {"Content-Type": ' TEXT/HTML ;Charset="UTF-8"'})
        elif path == "/xhtml":
            self.reply(HTML, {"Content-Type": "application/xhtml+xml"})
        elif path == "/untyped":
            self.reply(HTML, {})
        elif path == "/gzip":
            self.reply(gzip_bytes(HTML), {**html, "Content-Encoding": "gzip"})
        elif path == "/deflate":
            self.reply(zlib.compress(HTML), {**html, "Content-Encoding": "deflate"})
        elif path == "/broken-gzip":
            self.reply(b"not gzip at all", {**html, "Content-Encoding": "gzip"})
        elif path == "/brotli":
            self.reply(b"\x1b\x03", {**html, "Content-Encoding": "br"})
        elif path == "/bomb":
            self.reply(bomb(), {**html, "Content-Encoding": "gzip"})
        elif path.startswith("/redirect/"):
            hops = int(path.removeprefix("/redirect/"))
            target = f"/redirect/{hops - 1}" if hops > 1 else "/page"
            self.reply(b"", {"Location": target}, 302)
        elif path == "/loop":
            self.reply(b"", {"Location": "/loop"}, 301)
        elif path == "/to-ftp":
            self.reply(b"", {"Location": "ftp://127.0.0.1/berita.txt"}, 302)
        elif path == "/redirect-with-endless-body":
            self.stream(302, {"Location": "/page", "Content-Type": "text/html"}, UNREAD)
        elif path.startswith("/status/"):
            code = int(path.removeprefix("/status/"))
            self.send_response(code, "Pelayanan Habis" if code == 599 else None)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<p>Maaf.</p>")
        elif path.startswith("/type/"):
            media_type = path.removeprefix("/type/")
            headers = {"Content-Type": media_type, "Content-Length": str(UNREAD)}
            self.stream(200, headers, UNREAD)
        elif path == "/endless":
            self.stream(200, {"Content-Type": "text/plain"}, UNREAD)
        elif path == "/trickle":
            self.stream(200, {"Content-Type": "text/plain"}, TRICKLE, pause=0.01)
        elif path == "/trickle-with-length":
            headers = {"Content-Type": "text/plain", "Content-Length": str(TRICKLE)}
            self.stream(200, headers, TRICKLE, pause=0.01)
        elif path == "/silent":
            self.wait_for_client()
        elif path == "/stall":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "100")
            self.end_headers()
            self.wfile.write(b"x" * 10)
            self.wfile.flush()
            self.wait_for_client()
        elif path == "/short":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "100")
            self.end_headers()
            self.wfile.write(b"x" * 10)
            self.close_connection = True
        elif path == "/hang-up":
            self.close_connection = True  # no response at all
        elif path == "/headers":
            seen = f"{self.headers['User-Agent']}\n{self.headers['Accept-Encoding']}"
            self.reply(seen.encode(), {"Content-Type": "text/plain"})
        else:
            self.reply(b"no such route", {"Content-Type": "text/plain"}, 404)


def serve(server: Server) -> Iterator[Server]:
    """Run ``server`` in a thread until the test is done, then stop and close it."""
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """requests honours proxy variables: the tests must reach 127.0.0.1 directly."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture
def server() -> Iterator[Server]:
    """A plain HTTP test server on 127.0.0.1."""
    yield from serve(Server())


@pytest.fixture
def tls_server() -> Iterator[Server]:
    """An HTTPS test server on 127.0.0.1 whose certificate is self-signed (tests/data)."""
    server = Server()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(DATA / "selfsigned.crt", DATA / "selfsigned.key")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    yield from serve(server)


def closed_port() -> int:
    """A port on 127.0.0.1 that nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def failure(url: str, timeout: float = 5) -> str:
    """The message of the FetchError that fetching ``url`` raises."""
    with pytest.raises(FetchError) as caught:
        fetch(url, timeout=timeout)
    return str(caught.value)


# -- what is a URL --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("http://example.com/berita", True),
        ("https://example.com/", True),
        ("HTTPS://EXAMPLE.COM/", True),
        ("Http://example.com", True),
        ("http://", True),
        ("ftp://example.com/berita.txt", False),
        ("file:///tmp/berita.txt", False),
        ("example.com/berita", False),
        ("berita.txt", False),
        ("-", False),
        (" http://example.com", False),
        ("https:/example.com", False),
        ("", False),
    ],
)
def test_is_url(name: str, expected: bool) -> None:
    """Only names that begin with http:// or https://, in any case, are web addresses."""
    assert is_url(name) is expected


def test_fetch_refuses_what_is_not_a_web_address() -> None:
    """fetch() itself refuses any other scheme, before loading requests."""
    assert failure("ftp://127.0.0.1/berita.txt") == "not an http or https URL"


def test_fetch_error_is_an_input_error() -> None:
    """The CLI reports FetchError as it reports every other problem with an input."""
    assert issubclass(FetchError, InputError)


# -- pages that are fetched -----------------------------------------------------------------------


def test_html_page(server: Server) -> None:
    """An HTML page comes back whole, with its URL, media type and charset."""
    assert fetch(server.url("/page")) == Page(server.url("/page"), HTML, "text/html", "utf-8")


def test_plain_text_with_charset(server: Server) -> None:
    """text/plain is accepted, and the charset is the server's, bytes left undecoded."""
    page = fetch(server.url("/text"))
    assert page == Page(server.url("/text"), TEXT_1252, "text/plain", "windows-1252")


def test_charset_only_in_the_body(server: Server) -> None:
    """Without a charset parameter, charset is None and the body is left for the reader."""
    page = fetch(server.url("/meta-charset"))
    assert page == Page(server.url("/meta-charset"), HTML_1252, "text/html", None)


def test_content_type_is_normalised(server: Server) -> None:
    """The media type is lower-cased and stripped; a quoted charset loses its quotes."""
    page = fetch(server.url("/odd-content-type"))
    assert (page.media_type, page.charset) == ("text/html", "UTF-8")


def test_xhtml_is_accepted(server: Server) -> None:
    """application/xhtml+xml is a web page too."""
    assert fetch(server.url("/xhtml")).media_type == "application/xhtml+xml"


def test_missing_content_type_is_left_to_the_caller(server: Server) -> None:
    """With no Content-Type, the page comes back with media type "" for the caller to sniff."""
    assert fetch(server.url("/untyped")) == Page(server.url("/untyped"), HTML, "", None)


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_compressed_body_is_decompressed(server: Server, encoding: str) -> None:
    """gzip and deflate bodies come back decompressed."""
    assert fetch(server.url(f"/{encoding}")).data == HTML


def test_redirects_are_followed(server: Server) -> None:
    """A chain of 3 redirects ends at the page, whose URL is the one reported."""
    assert fetch(server.url("/redirect/3")) == Page(server.url("/page"), HTML, "text/html", "utf-8")


def test_ten_redirects_are_followed(server: Server) -> None:
    """10 redirects is the most that is followed, and is allowed."""
    assert fetch(server.url("/redirect/10")).url == server.url("/page")


def test_redirect_body_is_not_read(server: Server) -> None:
    """A redirect's body is never read: one without end does not stop the page coming."""
    assert fetch(server.url("/redirect-with-endless-body")).data == HTML
    assert server.written.get(timeout=5) < UNREAD


def test_user_agent_names_ringkas(server: Server) -> None:
    """The server sees ringkas and its version as the User-Agent, and gzip and deflate
    offered."""
    data = fetch(server.url("/headers")).data
    agent = f"ringkas/{__version__} (command-line summariser of Indonesian news)"
    assert data == f"{agent}\ngzip, deflate".encode()


# -- pages that are refused -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("media_type", "message"),
    [
        ("application/pdf", "the page is a PDF document (application/pdf), not a web page or text"),
        ("image/png", "the page is an image (image/png), not a web page or text"),
        ("video/mp4", "the page is a video (video/mp4), not a web page or text"),
        ("audio/mpeg", "the page is audio (audio/mpeg), not a web page or text"),
        ("application/zip", "the page is a file of type application/zip, not a web page or text"),
        ("text/csv", "the page is a file of type text/csv, not a web page or text"),
    ],
)
def test_other_media_types_are_refused_unread(
    server: Server, media_type: str, message: str
) -> None:
    """A page that is not HTML or text is refused by name, and its body is not downloaded."""
    assert failure(server.url(f"/type/{media_type}")) == message
    assert server.written.get(timeout=5) < UNREAD


@pytest.mark.parametrize("path", ["/status/404", "/status/500", "/status/503", "/status/599"])
def test_http_error_status(server: Server, path: str) -> None:
    """An error status is the message, with its standard phrase or else the server's."""
    phrases = {
        "404": "Not Found",
        "500": "Internal Server Error",
        "503": "Service Unavailable",
        "599": "Pelayanan Habis",
    }
    code = path.removeprefix("/status/")
    assert failure(server.url(path)) == f"HTTP {code} {phrases[code]}"


def test_redirect_loop(server: Server) -> None:
    """A redirect to itself stops after 10 redirects."""
    assert failure(server.url("/loop")) == "too many redirects (more than 10)"


def test_eleven_redirects_are_too_many(server: Server) -> None:
    """The 11th redirect is not followed."""
    assert failure(server.url("/redirect/11")) == "too many redirects (more than 10)"


def test_redirect_to_another_scheme(server: Server) -> None:
    """A redirect away from http and https is refused."""
    expected = "redirected to an address that is not http or https"
    assert failure(server.url("/to-ftp")) == expected


def test_endless_body_stops_at_the_limit(server: Server) -> None:
    """A body without end is refused once it passes 5 MiB, and the rest is not read."""
    assert failure(server.url("/endless")) == TOO_LARGE
    assert MAX_BYTES < server.written.get(timeout=5) < UNREAD


def test_gzip_bomb_stops_at_the_limit(server: Server) -> None:
    """A few kilobytes of gzip that decompress to more than 5 MiB are refused at 5 MiB."""
    assert len(bomb()) < 10_000
    assert failure(server.url("/bomb")) == TOO_LARGE


def test_unknown_content_encoding_is_refused(server: Server) -> None:
    """A body compressed in a way requests does not undo is refused, not passed on as text."""
    expected = "the page is compressed as br, which ringkas cannot undo"
    assert failure(server.url("/brotli")) == expected


def test_broken_gzip(server: Server) -> None:
    """A body that says gzip but is not gzip is refused."""
    assert failure(server.url("/broken-gzip")) == "the page's gzip compression is broken"


# -- network failures -----------------------------------------------------------------------------


def test_server_that_never_answers(server: Server) -> None:
    """A server that accepts the connection but never answers times out waiting for data."""
    assert failure(server.url("/silent"), 0.3) == "timed out after 0.3 s waiting for data"


def test_server_that_stops_in_the_body(server: Server) -> None:
    """A body that stops coming times out the same way."""
    assert failure(server.url("/stall"), 0.3) == "timed out after 0.3 s waiting for data"


@pytest.mark.parametrize("path", ["/trickle", "/trickle-with-length"])
def test_trickle_stops_at_the_deadline(server: Server, path: str) -> None:
    """A body trickled a byte at a time, each well within the timeout, is cut off at
    4 x timeout, whether it ends at the connection's close or at a Content-Length."""
    assert failure(server.url(path), 0.1) == "the download took longer than 0.4 s"
    assert server.written.get(timeout=5) < TRICKLE


def test_body_cut_short(server: Server) -> None:
    """A server that closes the connection before the whole body says so."""
    expected = "the server closed the connection before the page was complete"
    assert failure(server.url("/short")) == expected


def test_server_that_hangs_up(server: Server) -> None:
    """The fallback message still names the cause."""
    expected = "could not fetch the page: remote end closed connection without response"
    assert failure(server.url("/hang-up")) == expected


def test_connection_refused() -> None:
    """A port nobody listens on refuses the connection."""
    assert failure(f"http://127.0.0.1:{closed_port()}/") == "connection refused"


@pytest.mark.skipif(sys.platform != "linux", reason="Linux drops SYNs to a full accept queue")
def test_connect_timeout() -> None:
    """A server whose accept queue is full never completes the connection."""
    with socket.socket() as listener, socket.socket() as first:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        first.connect(listener.getsockname())  # fills the queue
        port = listener.getsockname()[1]
        # Linux retries a dropped SYN after 1 s, so 0.1 s is sure to run out first.
        expected = "timed out after 0.1 s while connecting"
        assert failure(f"http://127.0.0.1:{port}/", 0.1) == expected


def test_unknown_host(monkeypatch: pytest.MonkeyPatch) -> None:
    """A host name that does not resolve is named (the resolver is faked: no network)."""
    real: Callable[..., object] = socket.getaddrinfo

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if host == "nowhere.invalid":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    expected = "the host name nowhere.invalid could not be found"
    assert failure("http://nowhere.invalid/berita") == expected


LONG_LABEL = "a" * 64 + ".invalid"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://", "not a valid URL (no host supplied)"),
        ("https://a b/", "not a valid URL (host 'a b' contains invalid character ' ')"),
        ("http://[::1/", "not a valid URL ('[::1' is not a valid host or port)"),
        (f"http://{LONG_LABEL}/", f"not a valid URL ('{LONG_LABEL}', label empty or too long)"),
    ],
)
def test_invalid_url(monkeypatch: pytest.MonkeyPatch, url: str, message: str) -> None:
    """An address that cannot be parsed says why, whichever of requests and urllib3 finds it
    (and the resolver fails, so nothing could reach the network)."""

    def getaddrinfo(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    assert failure(url) == message


def test_self_signed_certificate_is_refused(tls_server: Server) -> None:
    """A certificate nobody vouches for is a TLS failure; there is no fallback to trust."""
    expected = "TLS failure: certificate verify failed (self-signed certificate)"
    assert failure(tls_server.url("/page", scheme="https")) == expected


def test_missing_ca_bundle(tls_server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """An OSError of requests' own (a CA bundle that is not there) is a FetchError too."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/nonexistent/ca.pem")
    expected = (
        "could not fetch the page: could not find a suitable TLS CA certificate bundle, "
        "invalid path: /nonexistent/ca.pem"
    )
    assert failure(tls_server.url("/page", scheme="https")) == expected


def test_unreachable_proxy(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy that cannot be reached is named as the problem, not the page."""
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{closed_port()}")
    expected = "could not use the proxy (connection refused)"
    assert failure(server.url("/page")) == expected
