"""The reader fixtures (fixtures/readers/make.py) built once per test session, and the plain-text outline."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import speechdoc

READERS = Path(__file__).resolve().parent.parent / "fixtures" / "readers"
SPEECH_TXT = READERS / "speech.txt"


def make_module():
    """fixtures/readers/make.py as a module."""
    if "readers_make" not in sys.modules:
        spec = importlib.util.spec_from_file_location("readers_make", READERS / "make.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["readers_make"] = module
        spec.loader.exec_module(module)
    return sys.modules["readers_make"]


def outline(doc: speechdoc.Document) -> list[tuple[int, str, str]]:
    return [(n.depth, n.marker, n.title) for n in doc.walk()]


def text_outline() -> list[tuple[int, str, str]]:
    return outline(speechdoc.parse_file(SPEECH_TXT))
