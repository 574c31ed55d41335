"""Where the shared development corpus is: ``$SPEECHDOC_SHARED`` or ``../shared`` beside the repository.

Every test that reads the corpus takes its path from here, so one variable moves them
all, and the pytest header says whether they will run (see conftest.py).
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SPEECHDOC_SHARED") or ROOT.parent / "shared")
CORPUS = SHARED / "corpus"


def describe() -> str:
    """One line for the pytest header: where the corpus is, or that its tests skip."""
    how = "$SPEECHDOC_SHARED" if os.environ.get("SPEECHDOC_SHARED") else "../shared"
    if CORPUS.is_dir():
        return f"speechdoc corpus: {CORPUS} (from {how}); the corpus tests run"
    return (f"speechdoc corpus: not found at {CORPUS} (from {how}); the tests that read it skip "
            f"(set SPEECHDOC_SHARED to the folder that holds corpus/)")
