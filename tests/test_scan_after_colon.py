"""markers._after_colon (does a colon end the text before a marker, blank lines and Markdown's decoration
skipped?) strips the text off a slice; it must read as the loop over the characters it replaced."""
import random

from speechdoc.outline.markers import _COLON_SKIP, _after_colon


def _loop(fold: str, start: int) -> bool:
    floor = start - 64 if start > 64 else 0
    i = start - 1
    while i >= floor and fold[i] in _COLON_SKIP:
        i -= 1
    while i >= floor and fold[i] in "*_":
        i -= 1
    return i >= floor and fold[i] in "：:"


def test_after_colon_reads_as_the_loop_over_the_characters():
    alphabet = list(_COLON_SKIP) + list("*_：:。一二x")
    rng = random.Random(10)
    seen = set()
    for _ in range(20000):
        fold = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 90)))
        start = rng.randint(0, len(fold))
        expected = _loop(fold, start)
        assert _after_colon(fold, start) == expected, (fold, start)
        seen.add(expected)
    assert seen == {True, False}


def test_after_colon_examples():
    assert _after_colon("主要任务：\n\n　　**一、", 11)  # the blank line, the indent and the bold mark skipped
    assert not _after_colon("主要任务。\n一、", 6)
    assert not _after_colon("一、", 0)
