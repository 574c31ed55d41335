"""is_traditional counts the traditional-only characters a slice at a time (mojibake._count): the
count must be the number of matches of the class, from any start, across slice boundaries."""
from __future__ import annotations

from speechdoc.text import mojibake
from speechdoc.text.mojibake import _classes, _count

TRADITIONAL = "在縣政府第二次全體會議上的講話。同志們：今年以來，全縣經濟運行總體平穩，項目建設加快推進。\n"
SIMPLIFIED = "在县政府第二次全体会议上的讲话。同志们：今年以来，全县经济运行总体平稳，项目建设加快推进。\n"


def test_count_is_the_number_of_matches(monkeypatch):
    monkeypatch.setattr(mojibake, "_COUNT_SLICE", 7)  # many slice boundaries, inside words too
    rare, not_big5, not_gb = _classes()
    for text in (TRADITIONAL * 30, SIMPLIFIED * 30, (TRADITIONAL + SIMPLIFIED) * 11, "", "abc"):
        for start in (0, 1, 5, 33, len(text)):
            for cls in (not_gb, not_big5, rare):
                assert _count(cls, text, start) == sum(1 for _ in cls.finditer(text, start))
    assert _count(not_gb, TRADITIONAL * 30, 0) > 300


def test_a_traditional_text_is_traditional():
    assert mojibake.is_traditional(TRADITIONAL * 30)
    assert not mojibake.is_traditional(SIMPLIFIED * 30)
