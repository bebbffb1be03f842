"""The names of the formats ringkas reads and writes, for the command's options and the readers
and writers that implement them."""

from __future__ import annotations

# How inputs are read: "auto" (a web page when the content is HTML, else plain text), "text",
# "html", or "jsonl" (one JSON record a line).
INPUT_FORMATS = ("auto", "text", "html", "jsonl")

# How results are written: "text" for people, "json" (one object per document, an array for
# several), "jsonl" (one line per document), "plain" (each summary as one paragraph of prose),
# "html" (one page for a browser, all documents on it).
OUTPUT_FORMATS = ("text", "json", "jsonl", "plain", "html")

# When --highlight marks the chosen sentences in colour: "auto" (on a terminal that takes
# colour), "always" or "never" (then in Markdown's **...**).
COLOR_CHOICES = ("auto", "always", "never")
