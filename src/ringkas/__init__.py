"""ringkas: summarise Indonesian news with exact source positions for every sentence.

>>> from ringkas import summarize
>>> summary = summarize("Presiden meresmikan jembatan baru. Jembatan itu panjang.", sentences=1)
>>> summary.total_sentences
2

The names below are loaded on first use (PEP 562), so that importing ringkas, or starting the
command, costs nothing until a text is summarised.
"""

# Nothing is imported here at run time but the version, a constant: this module runs first when
# the command starts, before the command can take over Ctrl-C (__main__.py).
from .version import __version__

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

    from .errors import EmptyInputError, InputError, RingkasError
    from .model import Article, Dateline, Sentence, Span, Summary, Whole
    from .pipeline import split, summarize
    from .rank import DEFAULT_METHOD, METHODS
    from .read.decode import decode, decode_html
    from .read.page import read_html
    from .write.json import summary_dict, to_json

# Each public name and the module it comes from.
_HOMES = {
    # Summaries and their sentences.
    "summarize": "pipeline",
    "split": "pipeline",
    "METHODS": "rank",
    "DEFAULT_METHOD": "rank",
    # The values: an article as a reader gives it, and what a summary holds.
    "Article": "model",
    "Summary": "model",
    "Sentence": "model",
    "Span": "model",
    "Dateline": "model",
    "Whole": "model",
    # Reading inputs as the command does: bytes to text, a web page to its article.
    "decode": "read.decode",
    "decode_html": "read.decode",
    "read_html": "read.page",
    # A summary as the JSON object the command prints, and JSON as the command writes it.
    "summary_dict": "write.json",
    "to_json": "write.json",
    # The errors a user's input can cause.
    "RingkasError": "errors",
    "InputError": "errors",
    "EmptyInputError": "errors",
}

# The same names, written out for tools that read __all__ without running this module.
__all__ = [
    "DEFAULT_METHOD",
    "METHODS",
    "Article",
    "Dateline",
    "EmptyInputError",
    "InputError",
    "RingkasError",
    "Sentence",
    "Span",
    "Summary",
    "Whole",
    "__version__",
    "decode",
    "decode_html",
    "read_html",
    "split",
    "summarize",
    "summary_dict",
    "to_json",
]


def __getattr__(name: str) -> "Any":
    from importlib import import_module

    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_HOMES[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
