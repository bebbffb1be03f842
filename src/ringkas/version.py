"""The version of ringkas, written once: the package's metadata takes it from here
(pyproject.toml), ``summarize --version`` prints it and a fetched page's request names it."""

__version__ = "0.1.0"
