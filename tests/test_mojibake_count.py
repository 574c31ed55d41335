"""is_traditional counts the two kinds of characters in step, each only as far as it takes (a traditional
text holds a traditional-only character every other one): its answer must be the comparison of the whole
counts, from any start, for either count given or not."""
from __future__ import annotations

from speechdoc.text import mojibake
from speechdoc.text.mojibake import _classes

TRADITIONAL = "在縣政府第二次全體會議上的講話。同志們：今年以來，全縣經濟運行總體平穩，項目建設加快推進。\n"
SIMPLIFIED = "在县政府第二次全体会议上的讲话。同志们：今年以来，全县经济运行总体平稳，项目建设加快推进。\n"


def _counted(text: str, start: int) -> bool:
    _, not_big5, not_gb = _classes()
    sample = text[:mojibake._SAMPLE]
    return sum(1 for _ in not_big5.finditer(sample)) < sum(1 for _ in not_gb.finditer(sample, start))


def test_the_answer_is_the_comparison_of_whole_counts(monkeypatch):
    monkeypatch.setattr(mojibake, "_SAMPLE", 500)  # the sample's end inside the texts too
    _, _, not_gb = _classes()
    texts = [TRADITIONAL * 30, SIMPLIFIED * 30, (TRADITIONAL + SIMPLIFIED) * 11, "", "abc", "們们", "们們", "們们們",
             SIMPLIFIED * 5 + TRADITIONAL * 6, TRADITIONAL * 6 + SIMPLIFIED * 5, SIMPLIFIED * 3 + TRADITIONAL * 3]
    for text in texts:
        for start in (0, 1, 5, 33, 460, len(text)):
            want = _counted(text, start)
            assert mojibake.is_traditional(text, start) == want, (text[:20], start)
            count = sum(1 for _ in not_gb.finditer(text[:500], start))
            assert mojibake.is_traditional(text, start, count) == want


def test_a_traditional_text_is_traditional():
    assert mojibake.is_traditional(TRADITIONAL * 30)
    assert not mojibake.is_traditional(SIMPLIFIED * 30)


_PIECES = [TRADITIONAL[:9], TRADITIONAL[9:20], "问题", "们", "这", "?", "?xí)", "?h域", "ア", "\ue000", "ㄒ唬", "┙", "鋆", "!", "_",
           "Ab", "。", "\n", "   ", "們"]


def test_a_traditional_text_is_read_for_its_three_kinds_of_signal_in_one_scan():
    """find's one scan of a traditional text finds what the scans for strong, rare and simplified-only signals
    found, merged in order."""
    import random
    from heapq import merge

    rare, not_big5, _ = _classes()
    rnd = random.Random(5)
    for _ in range(400):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randrange(1, 30)))
        streams = [[(m.start(), m.end(), True) for m in mojibake._strong().finditer(text)],
                   [(m.start(), m.end(), False) for m in rare.finditer(text)],
                   [(m.start(), m.end(), False) for m in not_big5.finditer(text)]]
        assert [(m.start(), m.end(), m.lastgroup == "s") for m in mojibake._traditional_signals().finditer(text)] \
            == list(merge(*streams)), text
        assert mojibake.find(text, traditional=True) == mojibake._clusters(text, streams), text


def test_a_text_of_unknown_script_is_counted_and_read_for_its_signals_in_one_scan():
    """find with no script given counts the simplified-only characters off the scan that lists a traditional
    text's signals (mojibake._traditional_or_not): what it finds is what it found once told the script."""
    import random

    rnd = random.Random(11)
    pieces = _PIECES + [SIMPLIFIED[:12], SIMPLIFIED[12:30], "干", "發", "乾隆"]
    for _ in range(600):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 40)))
        assert mojibake.find(text) == mojibake.find(text, traditional=mojibake.is_traditional(text)), text
    for text in (TRADITIONAL * 30, SIMPLIFIED * 30, TRADITIONAL * 3 + "?傊,ア" + SIMPLIFIED, "們们", "們们們"):
        assert mojibake.find(text) == mojibake.find(text, traditional=mojibake.is_traditional(text)), text
