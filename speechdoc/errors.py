"""Exceptions raised by speechdoc.

Only misuse raises: irregular text never does. A document that cannot be read at
all (not text, an unknown encoding name, a missing file) raises a subclass of
:class:`SpeechdocError`; everything else becomes a :class:`~speechdoc.model.Diagnostic`
on the returned Document.
"""
from __future__ import annotations

__all__ = ["SpeechdocError", "InputError", "DecodeError", "UsageError", "MissingDependencyError"]


class SpeechdocError(Exception):
    """Base class of every error speechdoc raises on purpose."""


class InputError(SpeechdocError):
    """The input is not something speechdoc can read (wrong type, missing file, binary)."""


class DecodeError(InputError):
    """The bytes could not be decoded as text in any supported encoding."""


class UsageError(SpeechdocError):
    """An argument has a value speechdoc does not accept (bad option, bad selector)."""


class MissingDependencyError(SpeechdocError, ImportError):
    """An optional package (pandas, langchain-core, llama-index-core) is needed and not installed."""
