"""Fetch a web page for summarising: its bytes, media type and charset, or why not.

``summarize https://...`` summarises a page as if it had been saved; this module only gets the
bytes, and a reader (HTML or text) turns them into text. ``requests`` is imported inside
``fetch()``, so ringkas loads no network code unless a URL is given.

Every failure is one ``FetchError`` whose message says why, for people: an HTTP status, a
timeout, a host that cannot be found, a TLS failure, a page that is too large or that is not a
web page or text. No exception of requests or urllib3 leaves ``fetch()``.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import InputError
from . import KINDS
from .limits import DEFAULT_TIMEOUT, MAX_BYTES, TOO_LARGE

if TYPE_CHECKING:
    from collections.abc import Iterator

    import requests

# The whole fetch, from connecting to the last byte, may take this many times ``timeout``: 60 s
# by default, enough for 5 MiB at 90 kB/s, and a stop to a server that trickles bytes just
# within the read timeout.
_DEADLINE_FACTOR = 4
_MAX_REDIRECTS = 10
_CHUNK = 64 * 1024

# Media types of the kinds of document ringkas reads (a page, text); a missing Content-Type
# ("") is left to the caller.
_ACCEPTED = frozenset({"", *(t for kind in KINDS.values() for t in kind.media_types)})
# What a refused media type is called, by full type or by its major type.
_KINDS = {
    "application/pdf": "a PDF document",
    "image": "an image",
    "video": "a video",
    "audio": "audio",
}
# The Content-Encodings requests undoes (we ask for these only); anything else would reach the
# reader still compressed.
_ENCODINGS = frozenset({"gzip", "x-gzip", "deflate", "identity"})
_ACCEPT_ENCODING = "gzip, deflate"
_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"
_AGENT = "command-line summariser of Indonesian news"

_TOO_LARGE = f"the page is {TOO_LARGE}"


class FetchError(InputError):
    """A web page could not be fetched, or is not a page ringkas can summarise."""


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched web page, as it would have been saved."""

    url: str  # the final URL, after redirects
    data: bytes  # the body, gzip/deflate already undone, at most MAX_BYTES
    media_type: str  # lower case, without parameters: "text/html", "text/plain", or "" if none
    charset: str | None  # the charset parameter of Content-Type, if the server gave one


def is_url(name: str) -> bool:
    """Whether an input name is a web address: "http://..." or "https://...", in any case."""
    return name[:8].lower().startswith(("http://", "https://"))


# The password of every address in a text: "//user:password@".
_PASSWORD = re.compile(r"(//[^/?#@\s:]*):[^/?#\s]*@")


def without_password(text: str) -> str:
    """``text`` with the password left out of every address in it ("https://user@host/..."):
    what ringkas shows of a link, in any output, error or warning."""
    return _PASSWORD.sub(r"\1@", text)


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, within: float | None = None) -> Page:
    """Download ``url``, following at most 10 redirects, and return its page.

    Connecting and each wait for data may take ``timeout`` seconds, and the whole fetch must
    end within 4 x ``timeout`` of the call: a body still coming then is cut off, however
    steadily it trickles. (The status line and headers are held only to the timeout of each
    read, and to http.client's limits on their number and length.) The body is decompressed
    (gzip, deflate) as it arrives and refused as soon as it passes MAX_BYTES; a page that is
    not HTML or text is refused by its media type before its body is read. ``within`` (seconds)
    shortens that last bound, for a page fetched within a longer task's time. Raises FetchError,
    whose message says why, for every failure.
    """
    if not is_url(url):
        raise FetchError("not an http or https URL")
    import time

    import requests
    import urllib3

    from ..version import __version__

    limit = (
        _DEADLINE_FACTOR * timeout if within is None else min(within, _DEADLINE_FACTOR * timeout)
    )
    deadline = time.monotonic() + limit
    with requests.Session() as session:
        session.max_redirects = _MAX_REDIRECTS
        session.headers.update(
            {
                "User-Agent": f"ringkas/{__version__} ({_AGENT})",
                "Accept": _ACCEPT,
                "Accept-Encoding": _ACCEPT_ENCODING,
            }
        )
        session.hooks["response"].append(_close_redirect)
        try:
            response = session.get(url, stream=True, timeout=(timeout, timeout))
        # OSError: what requests lets through of its own, e.g. a CA bundle that is missing.
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as error:
            raise _without_password(_reason(error, timeout)) from None
        with response:
            media_type, charset = _check(response)
            data = _body(response, deadline, timeout, limit)
            return Page(without_password(response.url), data, media_type, charset)


def _close_redirect(response: requests.Response, *args: object, **kwargs: object) -> None:
    """Close a redirect before requests reads its body to release the connection: that body is
    never used, and reading it would have no size limit and no deadline."""
    if response.is_redirect:
        response.close()


def _check(response: requests.Response) -> tuple[str, str | None]:
    """The media type and charset of a response worth reading; FetchError otherwise."""
    if not 200 <= response.status_code < 300:
        raise FetchError(_status(response))
    encodings = response.headers.get("Content-Encoding", "").lower().split(",")
    for encoding in filter(None, (name.strip() for name in encodings)):
        if encoding not in _ENCODINGS:
            raise FetchError(
                "the page is compressed as {encoding}, which ringkas cannot undo", encoding=encoding
            )
    media_type, charset = _content_type(response.headers.get("Content-Type", ""))
    if media_type not in _ACCEPTED:
        kind = _KINDS.get(media_type) or _KINDS.get(media_type.partition("/")[0])
        what = f"{kind} ({media_type})" if kind else f"a file of type {media_type}"
        raise FetchError("the page is {what}, not a web page or text", what=what)
    return media_type, charset


def _status(response: requests.Response) -> str:
    """ "HTTP 404 Not Found": the standard phrase, or the server's for a code without one."""
    from http import HTTPStatus

    code = response.status_code
    try:
        phrase = HTTPStatus(code).phrase
    except ValueError:
        phrase = (response.reason or "").strip()
    return f"HTTP {code} {phrase}".rstrip()


def _content_type(header: str) -> tuple[str, str | None]:
    """The media type (lower case) and the charset parameter of a Content-Type header."""
    media_type, *parameters = header.split(";")
    charset = None
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').strip() or None
    return media_type.strip().lower(), charset


def _body(response: requests.Response, deadline: float, timeout: float, limit: float) -> bytes:
    """The decoded body, read until MAX_BYTES is passed or the deadline comes."""
    import time

    import requests
    import urllib3

    late = FetchError("the download took longer than {seconds} s", seconds=f"{limit:g}")
    left = deadline - time.monotonic()
    if left <= 0:
        raise late
    chunks: list[bytes] = []
    size = 0
    watchdog = _Watchdog(response, left)
    try:
        with watchdog:
            for chunk in response.iter_content(_CHUNK):
                size += len(chunk)
                if size > MAX_BYTES:
                    raise FetchError(_TOO_LARGE)
                chunks.append(chunk)
    except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as error:
        if watchdog.fired:
            raise late from None
        if isinstance(error, requests.exceptions.ContentDecodingError):
            encoding = response.headers.get("Content-Encoding", "").strip().lower()
            raise FetchError(
                "the page's {encoding} compression is broken", encoding=encoding
            ) from None
        raise _reason(error, timeout) from None
    if watchdog.fired:  # the read ended because the watchdog cut it: the body is incomplete
        raise late
    return b"".join(chunks)


class _Watchdog:
    """Stops the reads of ``response`` after ``seconds``, from another thread.

    A read blocks until its whole chunk has arrived, each byte within the read timeout, so
    checking the clock between chunks cannot stop a trickle. urllib3's ``shutdown()`` ends the
    blocked read at once; the lock makes sure it never touches a response already finished.
    """

    def __init__(self, response: requests.Response, seconds: float) -> None:
        import threading

        self.fired = False
        self._response = response
        self._finished = False
        self._lock = threading.Lock()
        self._timer: threading.Timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        with self._lock:
            self._finished = True
        self._timer.cancel()
        self._timer.join()

    def _fire(self) -> None:
        with self._lock:
            if self._finished:
                return
            self.fired = True
            # If the connection is closed or released already, nothing is reading from it.
            with contextlib.suppress(OSError, RuntimeError, ValueError):
                self._response.raw.shutdown()


def _reason(error: Exception, timeout: float) -> FetchError:
    """Why a request failed, in words for people, from the exception and its causes."""
    import socket
    import ssl
    from urllib.parse import urlsplit

    import requests
    import urllib3

    causes = list(_causes(error))

    def found(*kinds: type[BaseException]) -> bool:
        return any(isinstance(cause, kinds) for cause in causes)

    if isinstance(error, requests.TooManyRedirects):
        return FetchError("too many redirects (more than {most})", most=_MAX_REDIRECTS)
    if isinstance(error, requests.exceptions.InvalidSchema):
        return FetchError("redirected to an address that is not http or https")
    if isinstance(error, requests.exceptions.ProxyError):
        return FetchError("could not use the proxy ({reason})", reason=_plain(causes[-1]))
    if found(requests.exceptions.InvalidURL, urllib3.exceptions.LocationValueError):
        detail = _plain(_BAD_URL.sub("", str(causes[-1])))
        if detail:
            return FetchError("not a valid URL ({detail})", detail=detail)
        return FetchError("not a valid URL")
    # Not urllib3's ConnectTimeoutError: its NewConnectionError (refused, unknown host) is one.
    if isinstance(error, requests.ConnectTimeout):
        return FetchError("timed out after {seconds} s while connecting", seconds=f"{timeout:g}")
    if found(requests.ReadTimeout, urllib3.exceptions.ReadTimeoutError):
        return FetchError("timed out after {seconds} s waiting for data", seconds=f"{timeout:g}")
    if found(socket.gaierror):
        # The request that failed, which after redirects may not be the first one.
        request = error.request if isinstance(error, requests.RequestException) else None
        url = request.url if request is not None else None
        host = urlsplit(url).hostname if isinstance(url, str) else None
        if host:
            return FetchError("the host name {host} could not be found", host=host)
        return FetchError("a host name was not found")
    if found(ConnectionRefusedError):
        return FetchError("connection refused")
    for cause in causes[::-1]:
        if isinstance(cause, ssl.SSLCertVerificationError) and cause.verify_message:
            return FetchError(
                "TLS failure: certificate verify failed ({reason})",
                reason=_plain(cause.verify_message),
            )
        if isinstance(cause, ssl.SSLError | urllib3.exceptions.SSLError):
            return FetchError("TLS failure: {reason}", reason=_plain(cause))
    if isinstance(error, requests.exceptions.ChunkedEncodingError):
        return FetchError("the server closed the connection before the page was complete")
    return FetchError("could not fetch the page: {reason}", reason=_plain(causes[-1]))


def _without_password(error: FetchError) -> FetchError:
    """The error with any password in what it says taken out (a proxy's address, say)."""
    values = {k: without_password(v) if isinstance(v, str) else v for k, v in error.values.items()}
    return FetchError(without_password(error.template), **values)


def _causes(error: BaseException) -> Iterator[BaseException]:
    """``error`` and the exceptions it wraps (arguments, urllib3's ``reason``, ``__cause__``),
    outermost first, depth first: the last one is the root cause."""
    seen: set[int] = set()
    stack = [error]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        inner = [getattr(current, "reason", None), *current.args, current.__cause__]
        stack.extend(cause for cause in reversed(inner) if isinstance(cause, BaseException))


# "[Errno 104] ", "[SSL: CERTIFICATE_VERIFY_FAILED] " before a message, " (_ssl.c:1006)" after.
_NOISE = re.compile(r"^(\[[^\]]*\]\s*)+|\s*\(_ssl\.c:\d+\)$")
# What requests and urllib3 put before why a URL is not valid; the URL itself says nothing new.
_BAD_URL = re.compile(r"^(invalid URL '.*': |failed to parse: )(https?://\S*$)?", re.IGNORECASE)


def _plain(cause: BaseException | str) -> str:
    """An exception's message as a phrase in a sentence: no error codes, no source positions,
    no capital (unless it begins an acronym), no final period."""
    text = cause.strerror if isinstance(cause, OSError) and cause.strerror else str(cause)
    text = _NOISE.sub("", text).strip().rstrip(".")
    if text[:1].isupper() and not text[1:2].isupper():
        text = text[0].lower() + text[1:]
    if not text and isinstance(cause, BaseException):
        return type(cause).__name__
    return text
