"""Selectors: what they match on fixtures, and how bad ones are reported."""
from __future__ import annotations

import json
import re

import pytest
from query_support import load, report_with_metrics

from speechdoc import Document, Metric, UsageError, cli
from speechdoc.document.select import compile_selector, selector_parser


@pytest.fixture(scope="module")
def report() -> Document:
    return report_with_metrics()


@pytest.fixture(scope="module")
def two() -> Document:
    return load("two_speeches.txt")


def label(obj) -> str:
    if isinstance(obj, Metric):
        return obj.text
    if obj.kind in ("section", "point"):
        return obj.marker + obj.title
    if obj.kind == "speech":
        return f"speech {obj.index}"
    return obj.text


CASES = [
    ("section[depth=1]", ["一、2023年工作回顾", "二、2024年主要目标和重点任务", "三、全面加强政府自身建设"]),
    ("section[depth=1] > point", []),
    ("section[depth=1] point", ["一是招商引资成效明显，新签约项目48个，到位资金62亿元", "二是要素保障持续加强，新增建设用地3200亩",
                                "一要精准招商，瞄准长三角、珠三角产业转移", "二要以商招商，发挥在外青川商会作用",
                                "三要优化服务，实行项目全程代办"]),
    ("section[depth = 2][title~='消费'] > section", ["1．提振大宗消费", "2．培育新型消费"]),
    ("section[title~=\"招商\"] > point[ordinal>=2]", ["二要以商招商，发挥在外青川商会作用", "三要优化服务，实行项目全程代办"]),
    ("point[title^=以商], point[title$=代办]", ["二要以商招商，发挥在外青川商会作用", "三要优化服务，实行项目全程代办"]),
    ("section[title~=消费] metric[unit=\"%\"][kind=target]", ["网络零售额增长15%"]),
    ("section[depth=1][ordinal=2] > metric[kind=target][direction=decrease]", ["单位生产总值能耗下降2.5%"]),
    ("metric[value>=70][unit=亿元]", ["地区生产总值完成186.5亿元", "完成投资95亿元", "到位资金70亿元以上"]),
    ("metric[qualifier]", ["城镇调查失业率控制在5.5%以内", "地区生产总值增长6%左右", "固定资产投资增长8%以上",
                           "到位资金70亿元以上"]),
    ("metric[qualifier=null][kind=actual][unit='%']", ["增长6.8%"]),
    ("section[ordinal=3][depth=2] > section[-1]", ["2．办好人民满意教育"]),
    ("section[2] > section[2] > section[2]", ["2．培育新型消费"]),
    ("section[2] > section[1] > section[2]", ["2．狠抓招商引资"]),
    ("node[2][depth=4]", ["二要以商招商，发挥在外青川商会作用"]),
    ("section[title~=千方百计] > *[1]", ["（二）千方百计扩大消费。"]),
    ("section[title~=千方百计] > paragraph > sentence[-1]", ["（二）千方百计扩大消费。"]),
    ("speech > paragraph[text^=各位]", ["各位代表："]),
    ("speech[title~=工作报告] > section[start>2000]", []),
    ("*[marker='3．']", ["3．加快项目建设"]),
]


@pytest.mark.parametrize("selector, expected", CASES, ids=[c[0] for c in CASES])
def test_select_on_report(report, selector, expected):
    assert [label(o) for o in report.select(selector)] == expected


@pytest.mark.parametrize("selector, expected", [
    ("speech[2] section", ["一、壓實責任", "（一）壓實企業主體責任", "（二）壓實部門監管責任", "二、排查隱患"]),
    ("speech[-1] > section > point", ["一是全面排查", "二是限期整改"]),
    ("speech[1] point, speech[2] point[1]", ["一要簡化審批", "二要降低成本", "三要加強監管", "一是全面排查"]),
    ("speech[index=2]", ["speech 2"]),
    ("speech[3] *", []),
    ("*[title~=責任]", ["speech 2" if False else "一、壓實責任", "（一）壓實企業主體責任", "（二）壓實部門監管責任"]),
], ids=["speech-2", "last-speech", "groups", "index-attr", "no-such-speech", "star"])
def test_select_on_two_speeches(two, selector, expected):
    assert [label(o) for o in two.select(selector)] == expected


def test_speech_titles_can_be_selected(two):
    assert [s.index for s in two.select("speech[title~=安全生產]")] == [2]


def test_scoped_select_matches_inside_the_subtree(report):
    sec = report.find(title="坚定不移抓项目扩投资")
    assert [label(o) for o in sec.select("section > point[2]")] == ["二要以商招商，发挥在外青川商会作用"]
    assert sec.select("section[title~=坚定不移]") == []  # the root is not returned
    assert [m.text for m in report.speeches[0].select("section[ordinal=3] metric")] == [
        "城镇调查失业率控制在5.5%以内", "新增城镇就业5000人"]


def test_results_are_unique_and_in_tree_order(report):
    got = report.select("section, section[depth=1], node")
    assert len({id(o) for o in got}) == len(got) == sum(1 for _ in report.walk())
    assert [o.span[0] for o in got] == sorted(o.span[0] for o in got)


ERRORS = [
    ("section >> point", 10, "unexpected '>'", "a type name or *"),
    ("section[", 9, "unexpected end", "a position"),
    ("section[depth=1", 16, "unexpected end", "]"),
    ("sectoin > point", 1, "unknown type 'sectoin'", "speech, section, point"),
    ("section > pont", 11, "unknown type 'pont'", "metric"),
    ("section[colour=red]", 9, "section has no attribute 'colour'", "ordinal, depth"),
    ("metric[depth=1]", 8, "metric has no attribute 'depth'", "indicator"),
    ("section[depth=deep]", 15, "depth is a number, and deep is not one", None),
    ("section[title>3]", 15, "title is text", "not >"),
    ("metric[value~=6]", 15, "value is a number", "not ~="),
    ("metric[placeholder=yes]", 20, "placeholder is a flag", None),
    ("section[0]", 9, "positions count from 1", None),
    ("section[depth<null]", 15, "null can only be compared with = or !=", None),
    ("section]", 8, "unexpected ']'", None),
    ("section,", 9, "unexpected end", "a type name or *"),
    ("section[title=\"消费]", 15, "unexpected '\"'", None),
    ("  section > 1", 13, "unexpected '1'", None),
    ("", 1, "empty selector", None),
]


@pytest.mark.parametrize("selector, column, message, hint", ERRORS, ids=[e[0] or "empty" for e in ERRORS])
def test_bad_selectors_show_a_caret(report, selector, column, message, hint):
    with pytest.raises(UsageError) as info:
        report.select(selector)
    text = str(info.value)
    head, shown, caret = text.split("\n")
    assert head.startswith("bad selector: ") and message in head
    if hint:
        assert hint in head
    assert shown == "  " + selector
    assert caret == " " * (column + 1) + "^"


def test_selector_is_not_a_string():
    with pytest.raises(UsageError, match="a selector is a str"):
        compile_selector(3)  # type: ignore[arg-type]


def test_grammar_has_no_terminal_collisions():
    from lark import Lark
    Lark.open_from_package("speechdoc", "grammars/selector.lark", parser="lalr", strict=True)
    assert selector_parser() is selector_parser()


def test_long_selectors_are_linear_enough(report):
    chain = " ".join(["node"] * 60)
    assert report.select(chain) == []
    with pytest.raises(UsageError, match="more than 64 compounds"):
        compile_selector(" ".join(["node"] * 65))


def test_cli_query_jsonl_and_text(capsys):
    from query_support import QUERY
    path = str(QUERY / "two_speeches.txt")
    assert cli.main(["query", "speech[2] > section[1]", path]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows == [{"file": path, "type": "section", "span": rows[0]["span"], "marker": "一、", "style": "han_dun",
                     "ordinal": 1, "depth": 1, "title": "壓實責任", "path": ["一、壓實責任"]}]
    doc = load("two_speeches.txt")
    assert doc.text_at(rows[0]["span"]).startswith("一、壓實責任")
    assert cli.main(["query", "--format", "text", "point[ordinal=3]", path, path]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and out[0].endswith("\tpoint\t二、抓好落實 > 三要加強監管")


def test_cli_query_bad_selector_exits_2(capsys):
    assert cli.main(["query", "section >> point", "no-such-file.txt"]) == 2
    err = capsys.readouterr().err
    assert "bad selector: unexpected '>' at column 10" in err
    assert err.splitlines()[-1] == " " * 11 + "^"


# -- issue 14 item 7: selectors are bounded -------------------------------------------------------------

BOUNDS = [
    ("speech[" + "1" * 4301 + "]", "longer than 4096 characters"),  # int() would refuse 4,301 digits
    ("speech[" + "1" * 19 + "]", "a position of more than 18 digits"),
    ("point[-" + "9" * 40 + "]", "a position of more than 18 digits"),
    ("section[depth=" + "9" * 30 + "]", "a number of more than 18 digits"),
    ("metric[value>0." + "1" * 25 + "]", "a number of more than 18 digits"),
    (", ".join(["section"] * 33), "more than 32 alternatives"),
    (",".join(["section[depth=1] > point"] * 100_000), "longer than 4096 characters"),
    ("section" + "[depth>0]" * 17, "more than 16 [..] tests on one section"),
    (" > ".join(["node"] * 65), "more than 64 compounds"),
]


@pytest.mark.parametrize("selector, message", BOUNDS, ids=[f"{m} ({len(s)} chars)" for s, m in BOUNDS])
def test_selectors_past_their_bounds_are_usage_errors(report, selector, message):
    with pytest.raises(UsageError, match=re.escape(message)) as info:
        report.select(selector)
    head, shown, caret = str(info.value).split("\n")
    assert len(shown) <= 2 + 2 * 30 + 2  # a window around the column, never the whole selector
    assert caret.endswith("^") and len(caret) <= len(shown) + 1


def test_selectors_at_their_bounds_still_work(report):
    from speechdoc.document.select import MAX_FILTERS, MAX_GROUPS

    assert report.select(", ".join(["section[depth=1]"] * MAX_GROUPS)) == report.select("section[depth=1]")
    assert report.select("section" + "[depth>0]" * MAX_FILTERS) == report.select("section")
    assert report.select("section[" + "9" * 18 + "]") == []


def test_an_error_far_into_a_long_selector_quotes_a_window_with_the_caret_under_it(report):
    selector = "section[title~='" + "长" * 200 + "'] >> point"
    with pytest.raises(UsageError) as info:
        report.select(selector)
    _, shown, caret = str(info.value).split("\n")
    assert shown.startswith("  …") and shown.endswith("'] >> point")
    assert shown[len(caret) - 1] == ">"  # the caret stands under the second '>'


def test_compiled_selectors_are_cached():
    compile_selector.cache_clear()
    first = compile_selector("section[depth=1] > point")
    assert compile_selector("section[depth=1] > point") is first
    assert compile_selector.cache_info().hits == 1
