"""Outline fixtures: each case is a text and the outline a reader expects of it."""
from __future__ import annotations

import pytest

import speechdoc
from fixture_file import FIXTURES, read_cases

CASES = [
    pytest.param(case, id=f"{path.stem}:{case.line}:{case.title[:40]}")
    for path in sorted((FIXTURES / "outline").glob("*.txt"))
    for case in read_cases(path)
]


def outline(doc: speechdoc.Document) -> str:
    lines = []
    many = len(doc.speeches) > 1
    for sp in doc.speeches:
        if many:
            lines.append(f"# speech {sp.index}: {sp.title}")
        for node in sp.walk():
            lines.append("  " * (node.depth - 1) + f"{node.marker} {node.title}")
    return "\n".join(lines)


@pytest.mark.parametrize("case", CASES)
def test_outline(case):
    doc = speechdoc.parse(case.input)
    assert outline(doc) == case.expected


@pytest.mark.parametrize("case", CASES)
def test_spans_point_into_the_input(case):
    doc = speechdoc.parse(case.input)
    for node in doc.walk():
        s, e = node.marker_span
        assert doc.text[s:e] == node.marker
        assert node.span[0] == s
        assert doc.text[node.span[0]:node.span[1]].startswith(node.marker)
