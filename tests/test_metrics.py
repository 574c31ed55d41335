"""Metrics: the quantity grammar, the public API, the CLI, and pathological input.

Behaviour of whole texts is in ``fixtures/metrics/`` (see test_metrics_fixtures.py);
this file checks the pieces and the properties that must hold for any text.
"""
from __future__ import annotations

import csv
import io
import json
import math
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lark import Lark
from shared_corpus import CORPUS  # $SPEECHDOC_SHARED or ../shared

import speechdoc
from speechdoc.cli import main
from speechdoc.metrics import extract, parse_quantity, phrases
from speechdoc.metrics.scan import clause_bounds
from speechdoc.document.records import METRIC_COLUMNS
from speechdoc.text.textview import TextView

ROOT = Path(__file__).resolve().parent.parent

REPORT = (
    "一、2023年工作回顾\n"
    "过去一年，全市地区生产总值增长6.2%，一般公共预算收入完成412亿元。\n"
    "二、2024年主要目标\n"
    "今年主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上；居民消费价格涨幅3%左右。\n"
    "（一）扩大有效投资。预计全年固定资产投资增长6%—6.5%。\n"
)


# -- the grammar -------------------------------------------------------------------------

def test_grammar_has_no_terminal_collisions():
    Lark.open_from_package("speechdoc", "grammars/quantity.lark", parser="lalr", strict=True)


@pytest.mark.parametrize("phrase,value,high,unit,scale,qualifier", [
    ("5%左右", 5, None, "%", None, "左右"),
    ("6.5%", 6.5, None, "%", None, None),
    ("５．５％", 5.5, None, "%", None, None),
    ("1,256亿元", 1256, None, "亿元", 1e8, None),
    ("3.5万亿元", 3.5, None, "万亿元", 1e12, None),
    ("5%—6%", 5, 6, "%", None, None),
    ("6-6.5%", 6, 6.5, "%", None, None),
    ("6%至6.5%", 6, 6.5, "%", None, None),
    ("百分之三十六点九", 36.9, None, "%", None, None),
    ("一百零八亿度", 108, None, "亿度", 1e8, None),
    ("八千一百九十九万吨", 8199, None, "万吨", 1e4, None),
    ("四点二倍", 4.2, None, "倍", None, None),
    ("三成", 3, None, "成", None, None),
    ("两千万元", 2000, None, "万元", 1e4, None),
    ("1.2个百分点", 1.2, None, "个百分点", None, None),
    ("3百分点", 3, None, "个百分点", None, None),
    ("5个亿", 5, None, "个亿", 1e8, None),
    ("120万千瓦", 120, None, "万千瓦", 1e4, None),
    ("不低于3倍", 3, None, "倍", None, "不低于"),
    ("至少10项", 10, None, "项", None, "不低于"),
    ("不能低于5个亿", 5, None, "个亿", 1e8, "不低于"),
    ("约1200万人次", 1200, None, "万人次", 1e4, "约"),
    ("近800亿元", 800, None, "亿元", 1e8, "近"),
    ("超过5亿美元", 5, None, "亿美元", 1e8, "超过"),
    ("突破2000亿元", 2000, None, "亿元", 1e8, "突破"),
    ("1000多万元", 1000, None, "万元", 1e4, "多"),  # the canonical word: a hedge on the record (split_qualifier)
    ("162亿元以上", 162, None, "亿元", 1e8, "以上"),
    ("5.5%以下", 5.5, None, "%", None, "以下"),
    ("3%以内", 3, None, "%", None, "以下"),
])
def test_quantity_values(phrase, value, high, unit, scale, qualifier):
    q = parse_quantity(phrase)
    assert (q.value, q.value_high, q.unit, q.scale, q.qualifier) == (value, high, unit, scale, qualifier)
    assert q.placeholder is False
    assert type(q.value) is type(value)  # 5 stays an int, 6.5 a float


@pytest.mark.parametrize("phrase,unit", [("X%", "%"), ("XX%", "%"), ("×亿元", "亿元"), ("××个百分点", "个百分点"),
                                         ("*个", "个"), ("**件", "件"), ("X 次", "次"), ("X个亿", "个亿")])
def test_placeholders_have_no_value(phrase, unit):
    q = parse_quantity(phrase)
    assert (q.value, q.placeholder, q.unit) == (None, True, unit)


def test_scan_reads_through_stray_spaces_and_wraps():
    # inside one block a wrap is not a line end (the layout stage decides which are)
    assert [p.phrase for p in phrases("企业突破 600\n家，总量3000 亿\n元大关")] == ["突破 600\n家", "3000 亿\n元"]
    assert phrases("2020\n年") == []


def test_base_value_multiplies_the_scale():
    q = parse_quantity("1.5亿元")
    assert q.base_value == 1.5e8 and q.base_value_high is None
    q = parse_quantity("5-6万亿元")
    assert (q.base_value, q.base_value_high) == (5e12, 6e12)
    assert parse_quantity("5%").base_value is None


@pytest.mark.parametrize("phrase", ["第三", "一是", "统一", "", "%", "亿元", "X" * 90])
def test_grammar_rejects_non_quantities(phrase):
    assert parse_quantity(phrase) is None


# -- the public API ----------------------------------------------------------------------

def test_every_target_of_a_report_in_one_call():
    doc = speechdoc.parse(REPORT)
    targets = doc.metrics(kind="target")
    assert [(m.indicator, m.value, m.unit, m.qualifier, m.direction) for m in targets] == [
        ("国内生产总值", 5, "%", "左右", "increase"),
        ("城镇新增就业", 1200, "万人", "以上", "level"),
        ("居民消费价格涨幅", 3, "%", "左右", "level"),
    ]
    assert all(m.section_path == ["二、2024年主要目标"] for m in targets)
    assert all(m.period == "今年" for m in targets)


def test_metrics_without_arguments_lists_all_in_document_order():
    doc = speechdoc.parse(REPORT)
    ms = doc.metrics()
    assert [m.value for m in ms] == [6.2, 412, 5, 1200, 3, 6]
    assert [m.value_span for m in ms] == sorted(m.value_span for m in ms)
    forecast = doc.metrics(kind="forecast")
    assert [(m.value, m.value_high, m.section_path[-1]) for m in forecast] == [(6, 6.5, "（一）扩大有效投资")]


def test_metric_filters():
    doc = speechdoc.parse(REPORT)
    assert [m.value for m in doc.metrics(unit="亿元")] == [412]
    assert [m.value for m in doc.metrics(unit="％")] == [6.2, 5, 3, 6]
    assert [m.value for m in doc.metrics(indicator="生產總值")] == [6.2, 5]  # either script
    assert [m.value for m in doc.metrics(section="工作回顾")] == [6.2, 412]
    assert doc.metrics(kind="actual", unit="万人") == []
    with pytest.raises(speechdoc.UsageError):
        doc.metrics(kind="plan")


def test_spans_point_into_the_input():
    raw = "2020年，全市完成地區(qū)生產(chǎn)總值×億元，增長×%。"
    doc = speechdoc.parse(raw)
    ms = doc.metrics()
    assert [m.text for m in ms] == ["全市完成地區(qū)生產(chǎn)總值×億元", "增長×%"]  # glosses kept (M4)
    for m in ms:
        assert m.text in raw
        assert raw[m.value_span[0]:m.value_span[1]] == "×"
        assert raw[m.span[0]:m.span[1]] in ("×億元", "×%")
    assert ms[0].indicator == "地区生产总值"  # simplified, gloss-free


def test_json_has_no_nan_or_infinity():
    doc = speechdoc.parse("完成投资9999999999999999.99999999万亿元，增长9999999999999999%。")
    dumped = doc.model_dump_json()
    assert "NaN" not in dumped and "Infinity" not in dumped
    for m in doc.metrics():
        assert m.base_value is None or math.isfinite(m.base_value)


# -- pathological input: must simply return ---------------------------------------------

@pytest.mark.parametrize("text", [
    "1" * 40_000,
    "×" * 40_000,
    "X" * 40_000,
    "*" * 40_000,
    "一" * 40_000,
    "百分之" * 13_000,
    "1," * 20_000,
    "1." * 20_000,
    "5%—" * 13_000,
    "(" * 40_000 + "5%",
    "增长" + "5" * 5000 + "%",
], ids=["digits", "times", "X", "stars", "yi", "baifenzhi", "thousands", "decimals", "ranges", "parens", "longnum"])
def test_long_runs(text):
    assert isinstance(speechdoc.parse(text).metrics(), list)


def test_five_megabyte_line():
    unit = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，" * 40 + "全市生产总值增长5%左右，较上年回落X个百分点，"
    raw = unit * (5_000_000 // len(unit))  # ~5 MB, no line break, one sentence
    view = TextView.build(raw)
    found = extract(view, [(0, len(raw))], [[]])
    assert len(found[0]) == 2 * (5_000_000 // len(unit))
    assert clause_bounds(raw, 0, len(raw))[-1][1] == len(raw) - 1


#: inputs that once crashed the metrics stage (found by test_never_raises)
CRASHES = [
    "是0分0倍",  # a 倍 ratio with no indicator anywhere: None.endswith
]


@pytest.mark.parametrize("text", CRASHES)
def test_past_crashes(text):
    json.loads(speechdoc.parse(text).model_dump_json())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789１２.,，%％X×*一二两三十百千万亿点之分倍成个项亿元人年月第是批、。；;:（()）-—至到约近以上下左右增长下降同比预计目标 \n",
               max_size=120))
def test_never_raises(text):
    doc = speechdoc.parse(text)
    for m in doc.metrics():
        assert 0 <= m.span[0] <= m.value_span[0] < m.value_span[1] <= m.span[1] <= len(text)
        assert m.value is None or math.isfinite(m.value)
    json.loads(doc.model_dump_json())
    assert isinstance(phrases(text), list)


# -- the CLI -----------------------------------------------------------------------------

@pytest.fixture()
def report_file(tmp_path):
    p = tmp_path / "report.txt"
    p.write_text(REPORT, encoding="utf-8")
    return p


def test_cli_csv_with_bom_opens_as_utf8(report_file, capfdbinary):
    assert main(["metrics", str(report_file), "--format", "csv", "--bom"]) == 0
    out = capfdbinary.readouterr().out
    assert out.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(out.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == METRIC_COLUMNS  # the one metric row shape (speechdoc.document.records)
    assert "placeholder" in rows[0] and "section_path" in rows[0]
    assert len(rows) == 6
    r = rows[2]
    assert (r["indicator"], r["value"], r["unit"], r["qualifier"], r["kind"]) == ("国内生产总值", "5", "%", "左右", "target")
    assert r["section_path"] == "二、2024年主要目标"
    assert REPORT[int(r["start"]):int(r["end"])] == "5%左右"


def test_cli_jsonl_and_filters(report_file, capsys):
    assert main(["metrics", str(report_file), "--format", "jsonl", "--kind", "target"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["value"] for r in rows] == [5, 1200, 3]
    assert rows[1]["scale"] == 10000 and rows[1]["unit"] == "万人"


def test_cli_table_and_missing_file(report_file, tmp_path, capsys):
    assert main(["metrics", str(report_file), str(tmp_path / "missing.txt")]) == 1
    out, err = capsys.readouterr()
    assert "missing.txt" in err
    assert "6–6.5" in out and "国内生产总值" in out


# -- the real development corpus (skipped when absent) ----------------------------------

@pytest.mark.skipif(not (CORPUS / "metric_gold.jsonl").exists(), reason="shared corpus not present")
def test_dev_corpus_metric_f1():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from score_metric_fields import score

    res = score(CORPUS / "metric_gold.jsonl", CORPUS)
    assert res["metric_f1"] >= 0.9
    assert res["kind_acc"] >= 0.9 and res["direction_acc"] >= 0.85 and res["qualifier_acc"] >= 0.9


def test_clause_bounds_fast_path_equals_the_cut_by_cut_loop():
    """Blocks without parentheses or joined digits take a shortcut; it must cut exactly as the loop."""
    import random

    from speechdoc.metrics.scan import _clause_loop

    rng = random.Random(7)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").rglob("*.txt"))]
    fast = 0
    for text in texts:
        for _ in range(60):
            a = rng.randrange(len(text))
            b = min(len(text), a + rng.randrange(1, 400))
            upto = rng.choice([None, rng.randrange(a, b + 1)])
            got = clause_bounds(text, a, b, upto)
            assert got == _clause_loop(text, a, b, upto), (text[a:b], upto)
            fast += "(" not in text[a:b] and "（" not in text[a:b]
    assert fast > 100


def test_unit_lookahead_changes_no_match():
    """The scanner's fast patterns (a first-character class the engine can skip to, units behind a
    lookahead on their first characters) find the same tokens and tails as the plain ones."""
    from speechdoc.metrics.scan import _patterns

    fast, slow = _patterns(), _patterns(fast=False)
    assert fast["token"].pattern != slow["token"].pattern and fast["tail"].pattern != slow["tail"].pattern
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").rglob("*.txt"))]
    tokens = 0
    def tokens_of(token, text):  # the scanner's walk: each search resumes after the token it found
        out, pos = [], 0
        while (m := token.search(text, pos)) is not None:
            out.append((m.span(m.lastgroup), m.lastgroup))
            pos = max(m.end(m.lastgroup), m.start() + 1)
        return out

    for text in texts:
        got = tokens_of(fast["token"], text)
        assert got == tokens_of(slow["token"], text)
        assert all(slow["token"].match(text, a).span() == (a, z) for (a, z), _ in got)
        for (_, end), _kind in got:
            assert fast["tail"].match(text, end).end() == slow["tail"].match(text, end).end()
        tokens += len(got)
    assert tokens > 1000


def test_chinese_numeral_guard_changes_no_token():
    """The fast token pattern refuses a Chinese numeral whose next character can continue no token;
    every way a token goes on after its first numeral (digits, scales, 点, 百分之, blanks, 多/余/几,
    units, range dashes) still finds the same tokens as the plain pattern."""
    from speechdoc.metrics.scan import _patterns

    fast, slow = _patterns()["token"], _patterns(fast=False)["token"]
    text = ("一是统一思想，十分重要；增长百分之五，千分之三；三 亿元、两\n万人、五—六个、七~八成、九至十家；"
            "十几万人、二十余项、三百多亿元、一百千瓦、两点五倍、四万五千吨、一个、六%、八倍、百亿元、"
            "千万不能、一千二百万人以上，末尾的一")

    def tokens(token):
        out, pos = [], 0
        while (m := token.search(text, pos)) is not None:
            out.append((m.span(m.lastgroup), m.lastgroup))
            pos = max(m.end(m.lastgroup), m.start() + 1)
        return out

    got = tokens(fast)
    assert got == tokens(slow)
    assert len(got) > 15 and "百分之五" in [text[a:z] for (a, z), _ in got]
