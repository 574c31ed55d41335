"""Read markdown-it style fixture files: title, '.', input, '.', expected, '.'."""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


class Case(NamedTuple):
    title: str
    input: str
    expected: str
    line: int


def read_cases(path: Path) -> list[Case]:
    lines = path.read_text(encoding="utf-8").split("\n")
    cases: list[Case] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        title, start = lines[i], i + 1
        assert lines[i + 1] == ".", f"{path}:{i + 2}: expected '.' after the title"
        j = i + 2
        body: list[list[str]] = [[], []]
        for part in range(2):
            while lines[j] != ".":
                body[part].append(lines[j])
                j += 1
            j += 1
        cases.append(Case(title, "\n".join(body[0]), "\n".join(body[1]), start))
        i = j
    return cases
