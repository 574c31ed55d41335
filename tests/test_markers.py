"""The marker grammar and scanner: styles, numerals, contexts."""
from __future__ import annotations

import pytest
from lark import Lark

import speechdoc
from speechdoc.outline.markers import parse_marker, scan
from speechdoc.text.numerals import han_to_int

HAN = "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 二十一 二十二 二十三 二十四 二十五".split()


def test_grammar_has_no_terminal_collisions():
    from importlib.resources import files

    text = files("speechdoc").joinpath("grammars/marker.lark").read_text(encoding="utf-8")
    Lark(text, parser="lalr", strict=True)  # strict mode raises on colliding terminals


@pytest.mark.parametrize(
    "marker, style, ordinal",
    [
        ("一、", "han_dun", 1), ("十五、", "han_dun", 15), ("九十九、", "han_dun", 99),
        ("（一）", "han_paren", 1), ("(二十一)", "han_paren", 21),
        ("1.", "arabic_dot", 1), ("１．", "arabic_dot", 1), ("12、", "arabic_dun", 12),
        ("（3）", "arabic_paren", 3), ("(１０)", "arabic_paren", 10),
        ("①", "circled", 1), ("⑳", "circled", 20),
        ("第一，", "ordinal", 1), ("第二,", "ordinal", 2), ("第三、", "ordinal", 3), ("第四是", "ordinal", 4),
        ("一是", "clause_shi", 1), ("十是", "clause_shi", 10), ("三要", "clause_yao", 3),
        ("〇、", "han_dun", 0),
        ("壹、", "han_cap", 1), ("貳、", "han_cap", 2), ("拾壹、", "han_cap", 11),
        ("1。", "arabic_dot", 1), ("12。", "arabic_dot", 12),
    ],
)
def test_grammar_reads_every_style(marker, style, ordinal):
    assert parse_marker(marker) == (style, ordinal)


@pytest.mark.parametrize("text", ["一年来", "第一要务", "（一", "1.5", "第一季度", "是", "十一五"])
def test_grammar_rejects_non_markers(text):
    assert parse_marker(text) is None


def test_numerals_to_ninety_nine():
    assert [han_to_int(h) for h in HAN] == list(range(1, 26))
    assert han_to_int("九十九") == 99 and han_to_int("一百零八") == 108


def test_a_long_list_of_chinese_numerals_is_one_list():
    text = "\n".join(f"{h}、第{h}部分" for h in HAN)
    doc = speechdoc.parse(text)
    nodes = list(doc.walk())
    assert [n.ordinal for n in nodes] == list(range(1, 26))
    assert {n.depth for n in nodes} == {1}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("\n一、甲", ["line"]),
        ("甲。一是乙", ["term"]),
        ("甲；一是乙", ["term"]),
        ("甲：一是乙", ["term"]),
        ("甲,一是乙", ["comma"]),
        ("甲 　一、乙", []),  # after a space inside a line: not a line start
        ("统一是", []),
        ("之一是", []),
        ("安全第一、预防为主", []),
        ("全市第一,", []),
        ("位居全省第3、", []),
        ("甲：一是乙、二是丙", ["term", "comma"]),  # points of one sentence parted by 、
        ("甲、二是丙", []),  # no point before it
        ("甲：一是乙。丙、二是丁", ["term"]),  # a sentence end between them
        ("\n🌟一、甲", ["line"]),  # emoji decorate a line start
        ("甲🌟一、乙", []),
    ],
)
def test_contexts(text, expected):
    assert [c.context for c in scan(text)] == expected


def test_numeral_ranges_are_not_markers():
    assert scan("\n一、二季度\n第二、三季度\n十八、十九届\n五、六个人") == []


def test_digit_rewrites_are_recognised_but_words_are_not():
    assert [c.marker for c in scan("今年,1是稳增长;2是保就业。")] == ["1是", "2是"]
    assert scan("第1要务,全市3溪镇") == []


def test_a_weak_form_inline_is_a_member_only_of_a_list_of_its_style():
    listed = scan("报告分四部分：一、甲；二、乙；三、丙；四，丁。")
    assert [(c.marker, c.weak) for c in listed][-1] == ("四，", False)
    assert [c.marker for c in scan("报告分两部分：一、甲。\n乙；二，丙。")] == ["一、"]  # a line between
    assert scan("全年分两步走；三，四月份完成设计。") == []


def test_a_digit_with_a_typists_full_stop_is_a_weak_dot_mark():
    """1。 (。 typed for ．): a weak arabic_dot, a heading only at a line start and in a run of them."""
    listed = scan("写作要点如下：\n1。立足岗位。写清职责。\n2。突出重点。比例为3：2。\n3。实事求是。")
    assert [(c.marker, c.style, c.ordinal, c.weak) for c in listed] == [
        ("1。", "arabic_dot", 1, True), ("2。", "arabic_dot", 2, True), ("3。", "arabic_dot", 3, True)]
    # after a sentence end, even after a 1. of the list (3：2。 stays a ratio), and inside a sentence: text
    assert [c.marker for c in scan("要点如下：\n1.立足岗位。2。突出重点。\n按3：2。")] == ["1."]
    assert scan("全年增长了1。这是第2。和第3。") == []
    assert scan("二〇二三。\n2023。") == []
    # a lone one wrapped to a line's start is no list
    doc = speechdoc.parse("一、总体情况\n全年粮食产量增长了\n1。这是多年来的最好成绩。\n二、下一步工作")
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]


def test_a_first_point_glued_to_its_heading_opens_a_line_but_a_word_ending_in_one_does_not():
    assert [(c.marker, c.context) for c in scan("一、政治思想建设情况一是强化思想教育。")] == [
        ("一、", "line"), ("一是", "line")]
    assert [c.marker for c in scan("一、坚持思想统一是根本。")] == ["一、"]
    assert [c.marker for c in scan("一、政治思想建设情况。一是强化思想教育。")][1:] == ["一是"]


def test_the_context_after_a_full_width_mark_is_what_the_full_rules_give(monkeypatch):
    """_context decides the commonest marks (：；。！？，) before a marker by a table (issue 10): the same answer
    as its rules in order, virtual line starts first."""
    import random

    from speechdoc.outline import markers as M

    rng = random.Random(12)
    pieces = ["：", "；", "。", "！", "？", "，", " ", "\u3000", "\n", "文", "a", "1", ":", "—", "）", "、"]
    cases = []
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) + "一、"
        start = len(text) - 2
        lines = sorted(rng.sample(range(len(text) + 1), rng.randint(0, 2)))
        cases.append((text, start, lines))
    quick = [M._context(t, s, ls) for t, s, ls in cases]
    monkeypatch.setattr(M, "_FULL_WIDTH_CONTEXT", {})
    assert quick == [M._context(t, s, ls) for t, s, ls in cases]
    assert {"colon", "semi", "stop", "comma", "line"} <= set(quick)
