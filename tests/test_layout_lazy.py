"""A parse finds the layout only where it reads it (speechdoc.pipeline._Layout, text.layout.no_flat_lines).

The parse itself reads two things of the layout: the flattened lines (where the speeches' titles are looked
for) and whether the paragraph starts pass the cap. A text no longer than the cap cannot pass it (each start is an
offset of its own), nor can a longer one that :func:`no_flat_lines` clears with fewer line breaks and indents
(:func:`paragraphs_at_most`: a long report): its layout is found at the first read of an outline, a paragraph or a
metric, once, and its flattened lines at the parse, alone (:func:`flat_lines`; none where :func:`no_flat_lines`
clears the text). Where the proof fails (a text past the cap) the parse finds the layout itself, as before, and
reads its cap.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import speechdoc
from speechdoc import pipeline
from speechdoc.text.layout import FLAT_MIN_CHARS, analyse, flat_lines, no_flat_lines, paragraphs_at_most

# a flattened PDF page: each printed line became a space between two ideographs
FLAT = ("一、总体要求 今年全县经济工作的总体要求是坚持稳中求进工作总基调，完整准确全面贯彻新 发展理念，"
        "加快构建新发展格局，着力推动高质量发展。 （一）扩大有效投资。全年实施重点项目42个，完成投资 36.5亿元，"
        "同比增长12.3%。 （二）稳定就业。城镇新增就业3200人，城镇登记失业率控制在 4%以内。") * 4
SPEECH = "在全县经济工作会议上的讲话\n同志们：\n一、总体要求\n今年生产总值增长6%左右，\n完成工业总产值47.1亿元。\n二、重点任务\n"


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["\n", "\n\n", " ", "  ", "\u3000", "\t", "\r\n", "\r", "。", "一、", "X 秘书长",
                                 "今年经济运行总体平稳", "完成 工业总产值", "47.1 亿元", "字" * 200, FLAT[:120],
                                 FLAT[:300]]), max_size=40))
def test_a_text_cleared_has_no_flattened_line(pieces):
    text = "".join(pieces)
    if no_flat_lines(text):
        assert analyse(text).flat_lines == []
    assert flat_lines(text) == analyse(text).flat_lines  # (found alone, the layout's)


def test_what_clears_a_text():
    assert no_flat_lines("") and no_flat_lines(FLAT[:FLAT_MIN_CHARS - 1])
    assert no_flat_lines(FLAT.replace(" ", "")) and no_flat_lines("一 二 三 四 五 六 七 八" + "字" * 500)
    assert not no_flat_lines(FLAT) and analyse(FLAT).flat_lines == [(0, len(FLAT))]
    assert not no_flat_lines("一 二 三 四 五 六 七 八 九" + "字" * 500)  # (not cleared: read; it has none)
    # the spaces on short lines, or on a long line that holds few: no line can be flattened
    assert no_flat_lines("一 二 三\n" * 10 + "字" * 500) and no_flat_lines("一 二 三 四 五 六 七" + "字" * 500 + "\n八 九")
    assert not no_flat_lines("一 二\n" * 20 + "字" * 500)  # (past the lines it looks at: read)
    assert not no_flat_lines("短行\n" + FLAT + "\n短 行")


def counted(monkeypatch) -> list[int]:
    calls = [0]
    real = pipeline.analyse

    def run(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "analyse", run)
    return calls


def test_a_short_text_finds_its_layout_at_the_first_read(monkeypatch):
    want = [(n.depth, n.marker, n.title, n.span, [b.span for b in n.blocks]) for n in speechdoc.parse(SPEECH).walk()]
    calls = counted(monkeypatch)
    for read in (lambda d: d.walk(), lambda d: d.speeches[0].blocks, lambda d: d.metrics(), lambda d: d.diagnostics):
        doc = speechdoc.parse(SPEECH)
        doc.meta, doc.speeches[0].title
        assert calls == [0]
        read(doc)
        assert calls == [1]
        assert [(n.depth, n.marker, n.title, n.span, [b.span for b in n.blocks]) for n in doc.walk()] == want
        assert doc.metrics()[0].value == 6 and calls == [1]
        calls[0] = 0


def test_a_flattened_line_is_found_alone_by_the_parse(monkeypatch):
    text = "在全县经济工作会议上的讲话\n" + FLAT + "\n在全县优化营商环境工作会议上的讲话 同志们： " + FLAT
    want = [(n.depth, n.marker, n.span) for n in speechdoc.parse(text).walk()]
    calls = counted(monkeypatch)
    doc = speechdoc.parse(text)
    assert len(doc.speeches) == 2 and calls == [0]  # its flattened lines (where a title may stand) found alone
    assert [(n.depth, n.marker, n.span) for n in doc.walk()] == want and calls == [1]
    assert [n.marker for n in doc.walk()][:2] == ["一、", "（一）"] and calls == [1]


def test_a_text_past_the_cap_reads_its_paragraph_starts_at_the_parse(monkeypatch):
    monkeypatch.setattr(pipeline, "PARAGRAPH_CAP", 5)
    calls = counted(monkeypatch)
    doc = speechdoc.parse("\n".join(f"第{i}段。" for i in range(10)))
    assert calls == [1]
    assert [d.code for d in doc.diagnostics] == ["paragraph-cap"]


# a page that lost its line breaks but kept each paragraph's indent: on a line holding half the text, two ideographic
# blanks between ink start a paragraph (layout's _INDENT), no line break needed
INDENTED = "今年经济运行总体平稳，完成工业总产值47.1亿元。\u3000\u3000一、总体要求\u3000\u3000坚持稳中求进。"


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["\n", "\n\n", "\n\u3000\u3000", "\n \n", "\r\n", "\u3000", "\u3000\u3000",
                                 "\u3000\u3000\u3000", "。", "一、", "今年经济运行总体平稳", INDENTED, INDENTED * 12,
                                 "字" * 200]), max_size=40))
def test_a_text_has_at_most_the_paragraph_starts_its_breaks_and_indents_allow(pieces):
    text = "".join(pieces)
    if no_flat_lines(text):
        starts = len(analyse(text).para_starts)
        for cap in (starts - 1, starts, starts + 1, len(text) // 3, len(text) // 2, len(text) - 1):
            if paragraphs_at_most(text, cap):
                assert starts <= cap, (text, cap)
        assert paragraphs_at_most(text, 1 + text.count("\n") + text.count("\u3000") // 2)


def test_a_long_text_of_few_lines_finds_its_layout_at_the_first_read(monkeypatch):
    """Longer than the cap, but with fewer line breaks and indents: its paragraph starts cannot pass it."""
    monkeypatch.setattr(pipeline, "PARAGRAPH_CAP", 8)
    calls = counted(monkeypatch)
    text = SPEECH + "今年经济运行总体平稳。" * 40
    assert len(text) > 8 and paragraphs_at_most(text, 8) and not paragraphs_at_most(text, 5)
    doc = speechdoc.parse(text)
    assert calls == [0]
    assert [n.marker for n in doc.walk()] == ["一、", "二、"] and calls == [1]
    assert not doc.diagnostics
    assert len(INDENTED * 12) > FLAT_MIN_CHARS and len(analyse(INDENTED * 12).para_starts) > 1  # (indents count)
