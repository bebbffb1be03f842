"""How much ringkas reads as one document (a file, standard input, a JSONL record or a page),
and how long it waits for a page from the web."""

from __future__ import annotations

# 5 MiB holds a 20,000-sentence book twice over, and bounds the time and memory any text can
# take.
MAX_BYTES = 5 * 1024 * 1024

# What an error says of a document over the limit: "the input is ...", "the record is ...",
# "the page is ...".
TOO_LARGE = f"larger than {MAX_BYTES // (1024 * 1024)} MiB, the most ringkas reads as one document"

# Tags a page may hold (elements, and inline tags that repeat the one they open in): a news page
# holds one to three thousand, one with a long thread of comments some tens of thousands. More
# is no news page, and reading it would take longer than anyone waits.
MAX_TAGS = 100_000

# How long to wait for a web server to accept the connection, and then for each piece of the
# page: long enough for a slow server on a slow mobile link to start answering, short enough
# that a dead one is reported before the user gives up.
DEFAULT_TIMEOUT = 15.0
# The longest wait --timeout may ask for: an hour (the socket layer takes no more than a few
# hundred years, and no reader waits that long).
MAX_TIMEOUT = 3600.0

# Pages read of one story behind a link at most, unless the user says otherwise (--max-pages):
# news sites that page their stories split them in two to five pages.
DEFAULT_MAX_PAGES = 10
