"""Text a PDF extraction hard-wrapped at the printed column: metrics read across the wraps.

``pdftotext`` and most converters keep the page's lines, so a phrase like 完成工业总产值
47.1亿元 arrives as ``完成工业总产\\n值47.1亿元``. The layout already knows such a break
is no paragraph end; the metrics stage reads on a view joined across those breaks, so the
indicator, period and value are the same as in the unwrapped text, and every span still
points into ``doc.text``.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import speechdoc
from speechdoc.text.layout import analyse, soft_breaks
from speechdoc.text.textview import TextView

WRAPPED = (
    "同志们：\n"
    "今年以来，全县上下团结一心，克难攻坚，经济运行总体平稳、稳中有进。截止6月\n"
    "底，全县实现地区生产总值26.7亿元，增长13.3%；完成农业总产值4.29亿元，增长\n"
    "3.3%；完成工业总产值47.1亿元，增长25.5%，其中规模以上工业总产值40.5亿元，\n"
    "增长25.6%；完成第三产业增加值7.4亿元，增长9%；全县完成全社会固定资产投资\n"
    "35.2亿元，增长21.7%。成绩来之不易，值得充分肯定，但也要清醒地看到存在的\n"
    "问题和不足。\n"
    "一、认清形势，增强做好下半年工作的紧迫感\n"
    "当前，经济运行中的不确定因素仍然较多，我们必须保持清醒头脑，坚持问题导向。\n"
)


def _fields(doc: speechdoc.Document) -> list[tuple]:
    return [(m.value, m.unit, m.indicator, m.period, m.kind, m.direction) for m in doc.metrics()]


def test_metrics_read_across_a_pdf_wrap_as_in_the_joined_text():
    joined = WRAPPED.replace("月\n底", "月底").replace("增长\n3.3", "增长3.3").replace("，\n增长", "，增长") \
        .replace("投资\n35", "投资35").replace("的\n问题", "的问题")
    wrapped, plain = speechdoc.parse(WRAPPED), speechdoc.parse(joined)
    assert _fields(wrapped) == _fields(plain)
    got = {m.indicator for m in wrapped.metrics()}
    assert {"地区生产总值", "农业总产值", "工业总产值", "第三产业增加值", "全社会固定资产投资"} <= got
    assert all(m.period == "截止6月底" for m in wrapped.metrics()[:4])
    for m in wrapped.metrics():  # spans into the text as written, its wraps included
        s, e = m.text_span
        assert wrapped.text[s:e] == m.text
        vs, ve = m.value_span
        assert s <= vs < ve <= e and wrapped.text[vs].isdigit()
    assert wrapped.metrics()[0].text == "全县实现地区生产总值26.7亿元"
    assert [m.text for m in wrapped.metrics() if m.value == 35.2] == ["全县完成全社会固定资产投资\n35.2亿元"]


def test_a_number_cut_by_a_wrap_is_not_a_marker():
    # 增长\n3.3%: the line after the wrap opens with 3.3, a number, not a "3." marker
    lay = analyse(WRAPPED)
    assert WRAPPED.index("\n3.3%") not in set(lay.hard_breaks)
    doc = speechdoc.parse(WRAPPED)
    assert [(m.value, m.indicator, m.direction) for m in doc.metrics() if m.value == 3.3] == [
        (3.3, "农业总产值", "increase")]


def test_soft_breaks_are_the_breaks_layout_does_not_keep():
    lay = analyse(WRAPPED)
    flat = soft_breaks(WRAPPED, lay)
    soft = list(zip(flat[0::2], flat[1::2]))
    assert soft and all("\n" in WRAPPED[a:b] for a, b in soft)
    hard = set(lay.hard_breaks)
    assert not any(a <= h < b for a, b in soft for h in hard)
    # the heading line and the line after the last sentence end stay breaks
    assert WRAPPED.index("\n一、") in hard


_TEXT = st.text(alphabet="甲乙丙\n 　ab12。", min_size=0, max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 4)), max_size=6),
       st.lists(st.tuples(st.integers(0, 60), st.integers(1, 3)), max_size=5))
def test_a_joined_view_maps_back_to_the_input(raw, dels, cuts):
    view = TextView.build(raw, deletions=sorted((s, min(len(raw), s + k)) for s, k in dels))
    n = len(view.fold)
    spans, last = [], 0
    for a, k in sorted(cuts):
        a = max(a, last)
        b = min(n, a + k)
        if a < b:
            spans.append((a, b))
            last = b
    joined, to_joined = view.joined([x for span in spans for x in span])
    kept = [i for i in range(n) if not any(a <= i < b for a, b in spans)]
    assert joined.fold == "".join(view.fold[i] for i in kept)
    for j, i in enumerate(kept):
        assert to_joined(i) == j
        assert joined.to_raw(j) == view.to_raw(i)  # every kept character maps to the same input character
        assert raw[joined.to_raw(j)] == view.text[i]
    assert to_joined(n) == len(joined.fold)


def _wrap(text: str, width: float = 30) -> str:
    """Hard-wrap each line at a printed width (ASCII counts half), as a PDF's lines come out,
    keeping closing marks off a line's start and opening ones off its end."""
    out = []
    for line in text.split("\n"):
        while sum(0.5 if c.isascii() else 1 for c in line) > width:
            k, w = 0, 0.0
            while w + (0.5 if line[k].isascii() else 1) <= width:
                w += 0.5 if line[k].isascii() else 1
                k += 1
            while line[k] in "，。、；：！？）”,.;:!?)" or line[k - 1] in "（“(":
                k -= 1
            out.append(line[:k])
            line = line[k:]
        out.append(line)
    return "\n".join(out)


PAGE = ("同志们:\n"
        "下面,我就今年全市工业经济运行以及下步工作讲两个方面意见:一、运行平稳,全市工业经济成绩斐然\n"
        "今年以来,全市上下认真贯彻落实市委、市政府重要工作部署,强力实施工业强市战略,在特色产业园区、"
        "产业集群建设、工业行业行动计划、重点工业项目、骨干企业的培育和发展等方面做出了很好的成绩。"
        "市委、市政府为更好地贯彻会议精神,提出了“五势”(一是造势贯彻会议精神;二是审势调整计划指标;"
        "三是强势推进项目建设;四是顺势整顿社会秩序;五是借势整顿机关作风)工作要求,明确了要抓好六件事。\n"
        "二、突出重点,推动工业经济高质量发展\n"
        "今年全市规模以上工业增加值要增长8%以上,工业投资要增长10%以上,我们必须抓好项目建设。\n")


def test_a_pdfs_lines_keep_the_outline_of_the_text():
    wrapped = _wrap(PAGE)
    assert wrapped.count("\n") > PAGE.count("\n") + 4
    plain = [(n.marker, n.title) for n in speechdoc.parse(PAGE).walk()]
    assert plain == [("一、", "运行平稳,全市工业经济成绩斐然"), ("二、", "突出重点,推动工业经济高质量发展")]
    # a title cut by the wrap runs on to the next line (a line of half-width commas is as full as
    # any), and a bracketed list (一是…；二是…) is a gloss even when the wrap splits the brackets
    assert [(n.marker, n.title) for n in speechdoc.parse(wrapped).walk()] == plain


def test_a_full_printed_line_with_half_width_marks_is_a_wrap():
    # the printed column is 30; a line of digits and commas (half as wide) that fills it measures 28
    lines = ["今年以来，全县上下团结一心，克难攻坚，经济运行总体平稳、稳中",
             "有进，成绩来之不易，值得充分肯定。我们也要清醒地看到经济发展",
             "中存在的困难和问题，必须保持战略定力，坚定发展信心，扎实做好",
             "下半年各项工作，全力以赴推动经济社会高质量发展，确保完成全年",
             "截止6月底,全县地区生产总值26.75亿元,增长13%,完成工业总产",
             "值47.1亿元,增长25.5%。"]
    text = "\n".join(lines) + "\n"
    assert [sum(0.5 if c.isascii() else 1 for c in line) for line in lines[:5]] == [30, 30, 30, 30, 28]
    cut = text.index("总产\n") + 2
    assert cut not in set(analyse(text).hard_breaks)


def test_no_joining_where_nothing_is_wrapped():
    # breaks after a sentence end part no phrase; lines of a character or two are no printed page
    for text in ("。\n" * 2000, "\n" * 2000, "甲\n" * 2000, "今年经济平稳\n" * 2000):
        assert len(soft_breaks(text, analyse(text))) == 0, text[:8]
