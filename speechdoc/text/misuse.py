"""Inputs that are probably not what the caller meant: said as diagnostics, never raised.

``parse("report.txt")`` parses the eleven characters of the name, not the file; an
empty file gives an empty Document. Both are legal calls, so neither raises, but each
gets a warning that says what happened and what to do instead.

>>> [(s, c) for s, c, *_ in check("fixtures/examples/county_economy.txt", "fixtures/examples/county_economy.txt")]
[('warning', 'path-as-text')]
>>> [(s, c) for s, c, *_ in check(b"", "")], check("一、总体要求", "一、总体要求")
([('warning', 'empty-input')], [])
"""
from __future__ import annotations

import os

import regex

__all__ = ["check", "FILE_SUFFIXES"]

#: names ending so are taken for file names when they hold no Chinese text
FILE_SUFFIXES = (".txt", ".text", ".md", ".htm", ".html", ".docx", ".doc", ".pdf", ".json", ".jsonl")
_HAN = regex.compile(r"\p{Han}")

Found = tuple[str, str, str, None, None]  # severity, code, message, no span


def _looks_like_a_path(text: str) -> bool:
    name = text.strip()
    if not name or "\n" in name or len(name) > 1024:
        return False
    if name.lower().endswith(FILE_SUFFIXES) and not _HAN.search(name):
        return True
    try:
        return os.path.isfile(name)
    except (OSError, ValueError):  # an embedded NUL, a name too long for the system
        return False


def check(data: object, text: str) -> list[Found]:
    """Warnings about the input as given (``data``) and as decoded (``text``)."""
    out: list[Found] = []
    if isinstance(data, str) and _looks_like_a_path(data):
        name = data.strip()
        out.append(("warning", "path-as-text",
                    f"the text parsed is a file name, not a speech: to read the file use "
                    f"speechdoc.parse_file({name!r})", None, None))
    if not text.strip():
        out.append(("warning", "empty-input", "the input is empty" if not text else
                    "the input holds only blank space: there is no speech in it", None, None))
    return out
