"""Cleaning's survey of the input, shared with a later stage's scan.

Cleaning reads every character of the input once, with one class of the characters it acts on
(:func:`speechdoc.text.clean.clean`). A later stage that scans the fold for a pattern of its own can have
that pattern run by the same scan of the input, where the fold is the input (a class scan costs ~50
instructions a character whatever the class holds, so one scan for both costs about what one did): the
stage registers a function that writes its pattern around cleaning's class and groups (:func:`share`),
and cleaning collects the matches that set none of its groups (``Cleaned.marks``).

The text layer imports nothing of the layers above it: the outline's marker scan registers itself when
:mod:`speechdoc.outline.markers` is imported (the pipeline imports it). Where no scan is registered,
cleaning surveys alone and the stage scans the fold itself, with the same result.
"""
from __future__ import annotations

from collections.abc import Callable

__all__ = ["Source", "share", "shared", "list_offsets", "listed"]

#: ``source(without, more, more_after)``: the stage's pattern without the characters of ``without`` (those
#: cleaning finds itself: :data:`speechdoc.text.script.FOLDED_NUMERALS`), with the matches of
#: ``[more](?:more_after)`` (cleaning's class and groups) as alternatives of its own
Source = Callable[[str, str, str], str]

_shared: Source | None = None


def share(source: Source | None) -> None:
    """Run ``source``'s pattern in cleaning's survey from now on (None: survey alone)."""
    global _shared
    _shared = source


def shared() -> Source | None:
    """The registered stage's pattern writer, or None."""
    return _shared


_listed = ""


def list_offsets(chars: str) -> None:
    """Have cleaning's survey list the offsets of ``chars`` in the input too, from now on (where a stage's scan
    shares it: :func:`share`), for a later stage that would look for them one by one: characters a text seldom
    holds and ``str.find`` looks for slowly (a character whose low byte is 0, 言 U+8A00, is looked for without
    memchr, ~4x slower; one whose low byte is the high byte of common characters stops memchr at each of them).
    They must be none of the characters cleaning or the shared scan act on (:func:`speechdoc.text.clean.clean`
    checks)."""
    global _listed
    _listed = "".join(dict.fromkeys(_listed + chars))


def listed() -> str:
    """The characters whose offsets the survey lists (:func:`list_offsets`)."""
    return _listed
