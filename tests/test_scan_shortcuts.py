"""The marker scan reads the commonest places without calling its rules (issue 10): the context of a marker
after a line break, an ideograph or a full-width mark, or one blank at a virtual line start, and, for a marker
that opens a line right after the line before (or after one blank), whether that line cuts a sentence and ends
with a colon. Each shortcut must give the rule's answer wherever it is taken, on generated texts of every kind
of character the rules read."""
from __future__ import annotations

import random
from bisect import bisect_right

from speechdoc.outline import markers as M

_PIECES = ["：", "；", "。", "！", "？", "，", ":", ";", ".", "、", "）", ")", "—", "**", "__", "*", "_", "#", "●", "🌟",
           "\ufe0f", " ", "\u3000", "\t", "\xa0", "\n", "\r", "文", "第", "统", "一", "的", "国", "a", "Z", "1", "９",
           "BNC", "(续前)", "上的讲话", "一、", "（一）", "1.", "一是", "①"]


def _texts(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30)))


def test_context_after_a_line_break_an_ideograph_or_a_full_width_mark():
    seen = set()
    rng = random.Random(3)
    for text in _texts(1, 4000):
        lines = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(0, 3))))
        for s in range(len(text)):
            before = text[s - 1] if s else "\n"
            if before == "\n":
                quick = "line"
            elif "\u3400" <= before <= "\u9fff" or before in M._FULL_WIDTH_CONTEXT:
                k = bisect_right(lines, s)
                quick = "line" if k and lines[k - 1] == s else M._FULL_WIDTH_CONTEXT.get(before)
            else:
                continue
            assert M._context(text, s, lines) == quick, (text, s, lines)
            assert M._context(text, s, ()) == ("line" if before == "\n" else M._FULL_WIDTH_CONTEXT.get(before)), (text, s)
            seen.add(quick)
    assert seen == {"line", "colon", "semi", "stop", "comma", None}


def test_the_line_before_read_at_its_last_character():
    answers = set()
    for text in _texts(2, 6000):
        for s in range(2, len(text) + 1):
            if text[s - 1] != "\n":
                continue
            p = text[s - 2]
            if p not in M._BLANKS and not "\u3400" <= p <= "\u9fff":
                for style in ("han_dun", "arabic_dot", "han_paren"):
                    assert M._cuts_sentence(text, s, style) is False, (text, s)
            if p == "\n" and s >= 3:
                p = text[s - 3]
            if p not in M._COLON_SKIP and p not in "*_":
                answers.add(p in "：:")
                assert M._after_colon(text, s) == (p in "：:"), (text, s)
    assert answers == {True, False}


def test_context_at_a_virtual_line_start_after_one_blank():
    # a flattened line's gap: a blank after ink, the virtual line start after it; every rule of _context reads
    # "line" there but a dash's (——一是…)
    seen = 0
    rng = random.Random(4)
    for text in _texts(4, 6000):
        for s in range(2, len(text)):
            q = text[s - 2]
            if text[s - 1] not in M._BLANKS or q in M._BLANKS_NL or q == "—":
                continue
            lines = sorted({s, *rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(0, 2)))})
            assert M._context(text, s, lines) == "line", (text, s, lines)
            seen += 1
    assert seen > 1000


def test_the_blank_after_ink_before_a_line_start_marker():
    # no line break before the marker: no sentence cut; the colon is the ink's unless the blank is \xa0, which
    # _after_colon does not strip
    answers = set()
    for text in _texts(5, 6000):
        for s in range(2, len(text) + 1):
            before, q = text[s - 1], text[s - 2]
            if before not in M._BLANKS or q in M._HEAD_SKIP:
                continue
            for style in ("han_dun", "clause_shi", "han_paren"):
                assert M._cuts_sentence(text, s, style) is False, (text, s)
            if before != "\xa0" and q not in M._COLON_SKIP and q not in "*_":
                answers.add(q in "：:")
                assert M._after_colon(text, s) == (q in "：:"), (text, s)
    assert answers == {True, False}


def test_scan_reads_contexts_cuts_and_introductions_as_the_rules_do():
    text = ("主要任务：\n一、加强领导\n\n（一）压实责任。文\n二是推进改革，一是稳增长；二是保就业\n"
            "总体要求如下:\n\n1.强化保障\n" + "这是一个很长的句子没有任何标点一直写到了行的末尾还在继续写下去直到超过四十个字" * 2 + "\n二、其他")
    got = [(c.marker, c.context, c.cut, c.intro) for c in M.scan(text)]
    assert got == [("一、", "line", False, True), ("（一）", "line", False, False), ("二是", "line", False, False),
                   ("一是", "comma", False, False), ("二是", "term", False, False), ("1.", "line", False, True),
                   ("二、", "line", True, False)]


def test_a_marker_opening_its_paragraph_is_quoted_only_after_a_line_ending_with_an_opening_mark():
    """scan calls _enclosed for a marker at its paragraph's start (the quotation's window opens there) only where
    the line before ends with an opening mark: anywhere else _enclosed finds no quotation."""
    rng = random.Random(5)
    marks = ["“", "”", "「", "」", "『", "』", "\n", "文", "一、", "：", " "]
    found = set()
    for _ in range(20000):
        text = "".join(rng.choice(marks) for _ in range(rng.randint(1, 24)))
        s = rng.randint(0, len(text))
        hi = rng.randint(s, len(text))
        for opens, closes in (("“", "”"), ("“「『", "”」』"), ("「", "」")):
            enclosed = M._enclosed(text, s, s, hi, opens, closes, True)
            if not (s >= 2 and text[s - 1] == "\n" and text[s - 2] in opens):
                assert not enclosed, (text, s, hi, opens)
            found.add(enclosed)
    assert found == {True, False}


def test_the_quotation_marks_are_looked_for_at_the_first_marker_the_quotation_test_reads(monkeypatch):
    """The text's quotation marks are searched for (_present) only when a marker first needs the quotation test (one
    mid-paragraph, or at a paragraph's start after a line ending with an opening mark): markers that all open their
    paragraphs after no opening mark cost no search, and a later one that needs it reads them then, as before."""
    calls = []
    real = M._present
    monkeypatch.setattr(M, "_present", lambda fold, marks: calls.append(marks) or real(fold, marks))
    monkeypatch.setattr(M, "_MARKS_AFTER", 0)  # (the search at the first test: see the test below for the default)
    heads = "一、加强领导\n他说：“要抓好落实。”\n二、推进改革\n（一）压实责任。\n"
    got = [c.marker for c in M.scan(heads, (), _line_starts(heads))]
    assert got == ["一、", "二、", "（一）"] and calls == []
    # a mid-paragraph list inside a quotation, after the headings: read as the quotation's, found at that marker
    quoted = heads + "他强调：“要做到两点。一是抓项目；二是抓招商。”\n三、保障民生\n"
    rejected: list = []
    got = [c.marker for c in M.scan(quoted, (), _line_starts(quoted), rejected)]
    assert got == ["一、", "二、", "（一）", "三、"] and calls == ["“「『", "”」』"]
    assert [(r[2], r[5]) for r in rejected] == [("一是", "inside a quotation"), ("二是", "inside a quotation")]
    # a heading on the line after one that opens a quotation (a wiki copy's block quote): the test reads it there
    calls.clear()
    block = "总体要求\n马克思说过：“\n一、生产力的发展。\n”\n二、总结\n"
    rejected = []
    assert [c.marker for c in M.scan(block, (), _line_starts(block), rejected)] == ["二、"] and calls == ["“「『", "”」』"]
    assert [(r[2], r[5]) for r in rejected] == [("一、", "inside a quotation")]
    # no closing mark in the text: no quotation, decided once
    calls.clear()
    assert [c.marker for c in M.scan("他说：“要做到两点。一是抓项目；二是抓招商。\n", (), [0])] == ["一是", "二是"]
    assert calls == ["“「『", "”」』"]


def _line_starts(text: str) -> list[int]:
    """Every line's start (the paragraph starts of a text whose every line is a paragraph)."""
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n" and i + 1 < len(text)]


def test_the_quotation_and_bracket_tests_stop_at_the_paragraph_end_or_their_reach():
    # the paragraph's end is read only where one of the tests runs (most markers open their paragraph): where it is
    # read, it is the next paragraph start after the marker, or the text's end, within the reach after the marker
    rng = random.Random(6)
    for _ in range(3000):
        n = rng.randint(0, 3000)
        starts = sorted(rng.sample(range(n + 1), min(n + 1, rng.randint(0, 12))))
        s = rng.randint(0, n)
        e = min(n, s + rng.randint(1, 6))
        k = bisect_right(starts, s)
        after = [p for p in starts if p > s]
        assert M._reach(starts, k, n, e + M._QUOTE_REACH) == min(after[0] if after else n, e + M._QUOTE_REACH)


def test_the_first_quotation_and_bracket_tests_read_every_mark_in_their_windows(monkeypatch):
    """Before it looks for the quotation marks (or closing brackets) the text holds, the scan makes _MARKS_AFTER
    quotation (bracket) tests with every mark: a mark the text lacks is in no window, so each test answers as it
    would with the marks the text holds (a long text with few mid-paragraph markers makes no search of the whole
    text)."""
    calls = []
    real = M._present
    monkeypatch.setattr(M, "_present", lambda fold, marks: calls.append(marks) or real(fold, marks))
    rng = random.Random(7)
    pieces = ["一是", "二是", "三是", "（一）", "“", "”", "「", "」", "『", "』", "。", "：", "；", "抓项目", "\n", "一、", "他说",
              "（", "）", "(", ")", "五势", "，"]
    searched, default = 0, M._MARKS_AFTER
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 90)))
        calls.clear()
        lazy = M.scan(text, (), _line_starts(text), rej_lazy := [])
        searched += bool(calls)
        monkeypatch.setattr(M, "_MARKS_AFTER", 0)
        assert M.scan(text, (), _line_starts(text), rej_now := []) == lazy and rej_now == rej_lazy, text
        monkeypatch.setattr(M, "_MARKS_AFTER", default)
    assert searched  # (texts of more tests than that searched too)


def test_a_run_on_text_is_told_by_its_line_breaks_counted_a_chunk_at_a_time():
    # the count stops once the line breaks pass what the length allows a text that lost them: the same answer as
    # the count of them all, at and around the bounds (RUN_ON_LINE, a chunk's end)
    rng = random.Random(8)
    answers = set()
    for _ in range(3000):
        n = rng.choice([0, 10, M.RUN_ON_LINE - 1, M.RUN_ON_LINE, M.RUN_ON_LINE + 1, 2 * M._RUN_ON_CHUNK - 1,
                        2 * M._RUN_ON_CHUNK + 1, 9000])
        k = rng.choice([0, 1, n // M.RUN_ON_LINE, n // M.RUN_ON_LINE + 1, rng.randint(0, max(1, n // 100))])
        chars = ["文"] * n
        for p in rng.sample(range(n), min(n, k)):
            chars[p] = "\n"
        text = "".join(chars)
        whole = len(text) >= M.RUN_ON_LINE and text.count("\n") * M.RUN_ON_LINE <= len(text)
        assert M._run_on(text) == whole, (n, k)
        answers.add(whole)
    assert answers == {True, False}
