"""What a metric means: the report part, kind cues, periods and indicator rules.

Whole-sentence behaviour is in ``fixtures/metrics/context.txt``; these tests pin the
helpers the extractor builds on, and that the fast paths change no result.
"""
from __future__ import annotations

import importlib

import pytest

import speechdoc
from fixture_file import FIXTURES

cx = importlib.import_module("speechdoc.metrics.context")


@pytest.mark.parametrize("path,part", [
    (["一、2023年工作回顾"], "review"),
    (["一、过去五年的工作"], "review"),
    (["二、2024年经济社会发展总体要求和政策取向"], "plan"),
    (["三、对2024年政府工作的建议", "（一）着力扩大国内需求"], "plan"),
    (["第一，去年工作亮点纷呈，锁定发展目标不动摇"], "review"),
    (["二、推进乡村振兴"], None),
    ([], None),
])
def test_report_part_reads_the_innermost_heading_that_says(path, part):
    assert cx.report_part(path) == part


@pytest.mark.parametrize("head,part", [
    ("过去一年，面对复杂形势", "review"),
    ("五年来，我们坚持", "review"),
    ("今年经济社会发展的主要预期目标是：", "plan"),
    ("做好今年政府工作，要", "plan"),
    ("今年以来，全市经济运行", "review"),
    ("全市生产总值增长5%", None),
])
def test_opening_part_of_a_paragraph(head, part):
    assert cx.opening_part(head) == part


@pytest.mark.parametrize("per,path,past", [
    ("去年", [], True),
    ("五年来", [], True),
    ("2023年", ["二、2024年主要目标任务"], True),
    ("一九九〇年", ["二、一九九一年的计划"], True),
    ("2024年", ["二、2024年主要目标任务"], False),
    ("今年", ["二、2024年主要目标任务"], False),
    (None, [], False),
])
def test_past_period(per, path, past):
    assert cx.past_period(per, path) is past


@pytest.mark.parametrize("before,expected", [
    ("今年经济增长预期目标为", "经济增长"),
    ("国民生产总值计划增长", "国民生产总值"),
    ("今年国内生产总值增长的预期目标定在", "国内生产总值"),
    ("五大产业实现销售收入", "五大产业销售收入"),
    ("全年实现生产总值", "生产总值"),
    ("城镇居民人均可支配收入实际增长", "城镇居民人均可支配收入"),
    ("确定今年我市第二产业增速是", "第二产业增速"),
])
def test_indicator_grammar(before, expected):
    assert cx.indicator(before) == expected


def test_indicator_is_never_punctuation_or_a_fragment():
    doc = speechdoc.parse("今年前5个月，甲县(亿元以上2个)、乙县(亿元以上1个,其中5亿元以上1个)完成目标。")
    for m in doc.metrics():
        assert m.indicator is None or not any(c in m.indicator for c in ",，;；:：")
        assert m.indicator != ""


def test_drop_fast_path_changes_nothing():
    """_DROP's first-character lookahead is an optimisation only: same result on every fixture text."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    assert texts
    checked = 0
    for text in texts:
        for i in range(0, len(text), 40):
            chunk = cx.squeeze(text[i:i + 120])
            assert cx._DROP.sub("", chunk) == cx._DROP_SLOW.sub("", chunk), chunk
            checked += 1
    assert checked > 100


def test_national_report_growth_target_comes_first():
    doc = speechdoc.parse_file(FIXTURES / "recipes" / "work_report_2024.txt")
    growth = [m for m in doc.metrics(kind="target", unit="%") if (m.indicator or "").endswith("生产总值")]
    assert (growth[0].value, growth[0].qualifier) == (5, "左右")
    review = [m for m in doc.metrics(section="回顾")]
    assert review and {m.kind for m in review} <= {"actual", "forecast"}


def test_fast_metric_construction_equals_model_construct():
    from speechdoc.metrics import construct_metric
    from speechdoc.document.model import Metric

    doc = speechdoc.parse("全市生产总值增长5%左右，完成投资12亿元。")
    assert len(doc.metrics()) == 2
    for m in doc.metrics():
        values = {name: getattr(m, name) for name in Metric.model_fields}
        slow = Metric.model_construct(**values)
        fast = construct_metric(dict(values))
        assert fast == slow and fast.model_dump() == slow.model_dump() and repr(fast) == repr(slow)
        assert fast.model_fields_set == slow.model_fields_set


def _openers(pattern: str) -> set[str]:
    """The CJK characters a top-level alternative of ``pattern`` can open with: every character of its
    first class where the stdlib parser can list them (两 of ``[一二…两]{1,2}年`` once escaped the
    lookahead, so 两年平均增长 kept 两年 in the indicator), else its first character."""
    from speechdoc.lazy import first_chars

    out: set[str] = set()
    for alt in cx._split_top(pattern):
        first = first_chars(alt.replace("\\d", "0")) if alt else None
        out |= first if first is not None else {alt[:1]}
    return {c for c in out if "\u4e00" <= c <= "\u9fff"}


@pytest.mark.parametrize("first,pattern", [
    (lambda: cx._DROP_FIRST, lambda: cx._DROP_ALTERNATIVES),
    (lambda: cx._VERB_FIRST, lambda: cx._VERB.pattern),
])
def test_fast_paths_know_every_literal_alternative(first, pattern):
    """Each CJK character that opens an alternative is in the pattern's first-character lookahead."""
    import re

    allowed = set(re.search(r"\[(.*)\]", first()).group(1))
    literal = _openers(pattern())
    assert len(literal) > 20
    assert sorted(literal - allowed) == []


def test_verb_split_fast_path_changes_nothing():
    """_VERB_SPLIT's first-character lookahead is an optimisation only."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    checked = 0
    for text in texts:
        for i in range(0, len(text), 40):
            chunk = cx.squeeze(text[i:i + 120])
            assert cx._VERB_SPLIT.split(chunk) == cx._VERB_SPLIT_SLOW.split(chunk), chunk
            checked += 1
    assert checked > 100


def test_direction_fast_path_changes_nothing():
    """_DIR's first-character lookahead is an optimisation only: the same verbs, at the same places."""
    import re

    slow = re.compile(cx._DIR_ALTERNATIVES)
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    checked = 0
    for text in texts:
        for i in range(0, len(text), 40):
            chunk = cx.squeeze(text[i:i + 120])
            fast = [(m.span(), m.lastgroup) for m in cx._DIR.finditer(chunk)]
            assert fast == [(m.span(), m.lastgroup) for m in slow.finditer(chunk)], chunk
            checked += bool(fast)
    assert checked > 100


def test_periods_scan_can_start_at_a_sentence():
    """extract starts the period scan at the first metric's sentence: the matches from there are
    the matches of a scan from further back, unless a quoted period (“…”期间) runs across the stop."""
    import random

    rng = random.Random(11)
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    checked = 0
    for text in texts:
        starts = [i + 1 for i, c in enumerate(text) if c in "。！？!?"]
        for sent in rng.sample(starts, min(len(starts), 40)):
            if "“" in text[max(sent - 9, 0):sent] or '"' in text[max(sent - 9, 0):sent]:
                continue
            lo, end = max(0, sent - rng.randrange(1, 600)), min(len(text), sent + rng.randrange(1, 600))
            assert [p for p in cx.periods(text, lo, end) if p[1] >= sent] == cx.periods(text, sent, end)
            checked += 1
    assert checked > 100


def test_first_characters_of_every_rule_pattern_hold():
    """A pattern's ``first`` (read from the pattern by the regex parser) names every character a
    match can start with: the checks ``text[:1] in p.first`` that skip a regex call lose no match."""
    import importlib

    from speechdoc.lazy import ANY, LazyPattern

    modules = [importlib.import_module(f"speechdoc.metrics.{name}") for name in ("context", "extract", "scan")]
    patterns = {id(v): v for m in modules for v in vars(m).values() if isinstance(v, LazyPattern)}
    known = [p for p in patterns.values() if p.first is not ANY]
    assert len(known) > 30
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    chunks = [t[i:i + 40] for t in texts for i in range(0, len(t), 7)]
    matched = 0
    for p in known:
        for chunk in chunks:
            if p.match(chunk):
                assert chunk[:1] in p.first, (p.pattern, chunk)
                matched += 1
    assert matched > 1000


def test_target_presence_test_changes_nothing():
    """kind's requirement and forecast words are looked for with a class scan; the same texts have one."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    chunks = [cx.squeeze(t[i:i + 200]) for t in texts for i in range(0, len(t), 13)]
    chunks += ["预计全年增长", "建成后可新增", "不可实现", "可实现", "投产后"]
    hits = forecasts = 0
    for chunk in chunks:
        found = cx._TARGET.search(chunk) is not None
        assert (cx._TARGET_SEEN.search(chunk) is not None) == found, chunk
        hits += found
        found = cx._FORECAST.search(chunk) is not None
        assert (cx._FORECAST_SEEN.search(chunk) is not None) == found, chunk
        forecasts += found
    assert hits > 200 and forecasts > 20


def test_period_anchor_lookahead_changes_nothing():
    """Every period holds 年/月/季/期/末 within 20 characters: the anchor lookahead loses no period."""
    import re
    from re import _parser

    plain = cx._PERIOD.pattern.replace(cx._PERIOD_ANCHOR, "", 1)
    assert plain != cx._PERIOD.pattern
    assert _parser.parse(plain).getwidth()[1] <= 20  # the lookahead's reach (19 + the anchor itself)
    slow = re.compile(plain)
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    found = 0
    for text in texts:
        got = [m.span() for m in cx._PERIOD.finditer(text)]
        assert got == [m.span() for m in slow.finditer(text)]
        assert all(any(c in text[a:b] for c in "年月季期末") for a, b in got)
        found += len(got)
    assert found > 300


def test_periods_from_anchors_equal_the_scan():
    """``periods`` searches only the windows before each 年/月/季/期: the same list as the pattern's own
    scan, for every window of the fixtures (a start or end anywhere, a period cut by either)."""
    import random

    rng = random.Random(11)
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    texts.append("2020年1-6月份，今年前×个月，“十三五”期间，去年同期，比2012年，20XX年底，五年来，上半年1月份")
    found = 0
    for text in texts:
        spans = [(0, len(text))] + [tuple(sorted(rng.sample(range(len(text) + 1), 2))) for _ in range(40)]
        for a, b in spans:
            want = [(m.end(), m.start(), cx.squeeze(m.group())) for m in cx._PERIOD.finditer(text, a, b)]
            assert cx.periods(text, a, b) == want, (a, b)
            found += len(want)
    assert found > 300


def test_guarded_alternatives_match_what_the_plain_ones_match():
    """Each period alternative behind a lookahead on its first characters: the same matches as
    without them, on the fixtures and on random strings of the characters periods are made of."""
    import random
    import re

    guarded = cx.guarded(cx._PERIOD_ALTERNATIVES)
    assert guarded != cx._PERIOD_ALTERNATIVES and guarded in cx._PERIOD.pattern
    plain = re.compile(cx._PERIOD.pattern.replace(guarded, cx._PERIOD_ALTERNATIVES))
    assert set(cx._first_class(r"(?:过去)?[一二]{1,2}年")) == set("过一二") and cx._first_class(r"(?i:page)") is None
    assert cx._first_class(r"\d{4}年") == r"\d"
    assert cx._split_top(r"a|(b|c)|[|]|\\|") == ["a", "(b|c)", "[|]", "\\\\", ""]
    rng = random.Random(1)
    alphabet = "截止至到今年本12３4一二两三四五十〇前个月底份末季度上下半首第过去的来内间累计“”\"X×*期时 \u3000较比与全每明同"
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40))) for _ in range(5000)]
    found = 0
    for text in texts:
        got = [m.span() for m in cx._PERIOD.finditer(text)]
        assert got == [m.span() for m in plain.finditer(text)], text
        found += len(got)
    assert found > 500


def test_block_squeezer_equals_squeeze():
    """extract squeezes each context window once with a block's squeezer: a cut where the block
    holds blanks only at its ends, ``squeeze`` otherwise; both give ``squeeze(fold[a:b])``."""
    import random

    ex = importlib.import_module("speechdoc.metrics.extract")
    rng = random.Random(5)
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    texts.append("\u3000\u3000增长 5%，\n\t较上年\u3000提高。\r\n  \u3000全市生产总值  ")
    cut = inner = 0
    for text in texts:
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        for s in rng.sample(starts, min(len(starts), 60)):
            e = text.find("\n", s + 1)
            e = len(text) if e < 0 else e
            sq = ex._squeezer(text, s, e)
            blanks_inside = any(c in text[s:e].strip(ex._BLANKS) for c in ex._BLANKS)
            cut += not blanks_inside
            inner += blanks_inside
            for _ in range(20):
                a = rng.randrange(max(0, s - 40), e + 1)  # a carried sentence starts before the block
                b = rng.randrange(max(a, s), e + 1)
                assert sq(a, b) == cx.squeeze(text[a:b]), (text[s:e], a - s, b - s)
    assert cut > 50 and inner > 5


def test_period_fast_path_knows_every_alternatives_first_characters():
    """_PERIOD's leading lookahead only skips text fast: every character an alternative can start
    with is in it (未来三年 and 两年来 were once never periods because of it)."""
    import re

    from speechdoc.lazy import first_chars

    lead = re.compile("[" + re.match(r"\(\?=\[(.*?)\]\)", cx._PERIOD.pattern).group(1) + "]")
    alternatives = cx._split_top(cx._PERIOD_ALTERNATIVES)
    assert len(alternatives) > 15
    for alt in alternatives:
        first = first_chars(alt.replace("\\d", "0"))
        assert first is not None, alt
        assert sorted(c for c in first if not lead.match(c)) == [], alt
    assert [cx.period(t) for t in ("未来三年", "两年来", "今后五年")] == ["未来三年", "两年来", "今后五年"]
