"""The errors ringkas raises for problems a user can cause.

The library raises these; the command-line interface is the one place that turns them into a
single ``Error: ...`` line on stderr and exit status 1.
"""

from __future__ import annotations


class RingkasError(Exception):
    """Base class of every error caused by the input or the request, not by a bug.

    ``template`` is the message with ``{name}`` fields, ``values`` what fills them; the error
    says the message filled in. The command says it in the user's language: the template is
    what its translation is looked up by (``i18n.py``).
    """

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(template.format(**values) if values else template)


class InputError(RingkasError):
    """The input cannot be read as text (undecodable bytes, binary data, unknown encoding)."""


class EmptyInputError(RingkasError):
    """The input holds no text to summarise (empty or whitespace only)."""


# What a document's error says when the machine's memory (or the process's limit) runs out while
# it is read or summarised.
NO_MEMORY = "not enough memory to summarise this document; give ringkas more memory or split it"
