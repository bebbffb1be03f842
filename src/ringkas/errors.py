"""The errors ringkas raises for problems a user can cause.

The library raises these; the command-line interface is the one place that turns them into a
single ``Error: ...`` line on stderr and exit status 1.
"""

from __future__ import annotations


class RingkasError(Exception):
    """Base class of every error caused by the input or the request, not by a bug."""


class InputError(RingkasError):
    """The input cannot be read as text (undecodable bytes, binary data, unknown encoding)."""


class EmptyInputError(RingkasError):
    """The input holds no text to summarise (empty or whitespace only)."""


# What a document's error says when the machine's memory (or the process's limit) runs out while
# it is read or summarised.
NO_MEMORY = "not enough memory to summarise this document; give ringkas more memory or split it"
