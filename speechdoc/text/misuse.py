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
import re
from bisect import bisect_right

from ..lazy import lazy

__all__ = ["check", "FILE_SUFFIXES"]

#: names ending so are taken for file names when they hold no Chinese text
FILE_SUFFIXES = (".txt", ".text", ".md", ".htm", ".html", ".docx", ".doc", ".pdf", ".json", ".jsonl")
#: the characters of the Han script as ``regex``'s ``\p{Han}`` has them (Unicode of regex 2026.5.9;
#: tests/test_misuse_han.py checks every code point against it), as sorted bounds: a code point is
#: Han when an odd number of bounds are <= it. Spelled out so that ``import speechdoc`` loads neither
#: ``regex`` (~8-11 ms) nor a compiled class (~1.5 ms) for this one rare test.
_HAN_BOUNDS = (
    0x2E80, 0x2E9A, 0x2E9B, 0x2EF4, 0x2F00, 0x2FD6, 0x3005, 0x3006, 0x3007, 0x3008, 0x3021, 0x302A,
    0x3038, 0x303C, 0x3400, 0x4DC0, 0x4E00, 0xA000, 0xF900, 0xFA6E, 0xFA70, 0xFADA,
    0x16FE2, 0x16FE4, 0x16FF0, 0x16FF7, 0x20000, 0x2A6E0, 0x2A700, 0x2B81E, 0x2B820, 0x2CEAE,
    0x2CEB0, 0x2EBE1, 0x2EBF0, 0x2EE5E, 0x2F800, 0x2FA1E, 0x30000, 0x3134B, 0x31350, 0x3347A,
)


def _is_han(ch: str) -> bool:
    return bisect_right(_HAN_BOUNDS, ord(ch)) % 2 == 1


#: the longest name of one file or folder any common file system allows (255 bytes or UTF-16 units)
_NAME_MAX = 255

Found = tuple[str, str, str, None, None]  # severity, code, message, no span


_BLANKS = lazy(r"\s*")  # (\s is what str.strip() takes off)


def _looks_like_a_path(text: str) -> bool:
    if len(text) > 2048:  # a name is at most 1,024 characters: so all but 1,024 of these must be blank
        i = _BLANKS.match(text).end()
        if _BLANKS.match(text, i + 1024).end() != len(text):
            return False  # (found without a copy of the text: a large document's strip() cost 2-4 bytes a character)
        text = text[i:i + 1024]
    name = text.strip()
    if not name or "\n" in name or len(name) > 1024:
        return False
    if name.lower().endswith(FILE_SUFFIXES) and not any(map(_is_han, name)):
        return True
    if len(name) > _NAME_MAX and max(map(len, name.replace("\\", "/").split("/"))) > _NAME_MAX:
        return False  # no file system holds a name this long: no need to ask one (a line of text: ~5 µs)
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
    if not text or text.isspace():  # (not text.strip(), which copies the text)
        out.append(("warning", "empty-input", "the input is empty" if not text else
                    "the input holds only blank space: there is no speech in it", None, None))
    return out
