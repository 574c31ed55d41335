"""Exceptions raised by speechdoc.

Only misuse raises: irregular text never does. A document that cannot be read at
all (not text, an unknown encoding name, a missing file) raises a subclass of
:class:`SpeechdocError`; everything else becomes a :class:`~speechdoc.document.model.Diagnostic`
on the returned Document.
"""
from __future__ import annotations

__all__ = ["SpeechdocError", "InputError", "MissingFileError", "UnreadableFileError", "DecodeError", "UsageError",
           "MissingDependencyError"]


class SpeechdocError(Exception):
    """Base class of every error speechdoc raises on purpose."""


class InputError(SpeechdocError):
    """The input is not something speechdoc can read (wrong type, missing file, binary)."""


class _FileError(InputError, OSError):
    """A file-system failure that is also the ``OSError`` the standard library would raise.

    ``str(e)`` is speechdoc's one-line message; ``e.filename`` is the path.
    """

    def __init__(self, message: str, filename: str | None = None) -> None:
        super().__init__(message)
        self.filename = filename

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class MissingFileError(_FileError, FileNotFoundError):
    """No file at the path given: catch it as ``InputError``, ``FileNotFoundError`` or ``OSError``.

    >>> import speechdoc
    >>> try:
    ...     speechdoc.parse_file("no/such/report.txt")
    ... except FileNotFoundError as e:
    ...     print(type(e).__name__, "|", e)
    MissingFileError | no such file: no/such/report.txt
    """


class UnreadableFileError(_FileError, PermissionError):
    """The file exists but may not be read (permissions): also a ``PermissionError``."""


class DecodeError(InputError):
    """The bytes could not be decoded as text in any supported encoding."""


class UsageError(SpeechdocError):
    """An argument has a value speechdoc does not accept (bad option, bad selector)."""


class MissingDependencyError(SpeechdocError, ImportError):
    """An optional package (pandas, langchain-core, llama-index-core) is needed and not installed."""
