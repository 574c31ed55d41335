"""Outline patterns of messy text: PDF dumps, double-spaced copies, flattened lines, typed slips (helper
outline6, session U).

Every text here is written for the test; none is copied from a page or a report.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import speechdoc

from test_outline_fresh_k import _printed


def outline(text: str) -> list[tuple[int, str, str]]:
    return [(n.depth, n.marker, n.title) for n in speechdoc.parse(text).walk()]


def wrap(text: str, width: int = 20) -> str:
    """A PDF's text: every line cut at the column, whatever stands there."""
    return _printed(text, width)


_BODY = ("今年以来，全县上下认真贯彻落实县委决策部署，坚持稳中求进，统筹发展和安全，各项工作取得了新的进展，"
         "经济运行总体平稳，群众获得感不断增强。")
_PARA = ("过去一年，全县上下团结一心，克难攻坚，经济运行总体平稳，稳中有进，成绩来之不易，值得充分肯定。"
         "我们坚定不移地按照“和平统一、一国两制”的方针，积极推进各项工作，取得了新的进展，群众获得感不断增强。")


def test_a_wrap_that_puts_the_end_of_a_word_and_its_comma_at_a_line_start_opens_no_heading():
    # 统|一、一国两制: the column cut 统一 after 统, so the next printed line opens with 一、 — no heading
    dump = wrap("一、工作回顾\n" + _PARA + "\n二、今年任务\n" + _PARA)
    assert "\n一、一国两制" in dump
    want = [(1, "一、", "工作回顾"), (1, "二、", "今年任务")]
    assert outline(dump) == want
    # the same dump with a blank line between every two lines (a copy that double-spaces its lines)
    assert outline(dump.replace("\n", "\n\n")) == want
    # a real restart stays: its line above ends a sentence
    assert outline("一、工作回顾\n" + _PARA + "\n二、今年任务\n" + _PARA + "\n一、总体要求\n" + _PARA)[-1][1:] == (
        "一、", "总体要求")


def test_a_double_spaced_dump_reads_its_lines_as_printed_lines():
    # a heading whose title a wrap cut goes on across the blank line, as in the dump without blank lines, and
    # ends at its short second line (the body's lines are as wide as the column: printed lines, no cut-out link)
    text = wrap("各位代表：\n" + _BODY + _BODY + "\n一、坚持稳中求进工作总基调，推动全县经济社会高质量发展取得新成效\n" + _BODY + _BODY)
    spaced = text.replace("\n", "\n\n")
    assert outline(spaced) == outline(text) == [(1, "一、", "坚持稳中求进工作总基调，推动全县经济社会高质量发展取得新成效")]
    # a page that sets its paragraphs apart (lines that end sentences) keeps them apart: the line under a
    # heading is no part of its title
    page = "\n\n".join(["各位代表：", "现在，我代表县人民政府作报告。", "一、过去一年工作回顾", _BODY, _BODY, "二、今年工作安排",
                        _BODY] * 2)
    assert [t for _, _, t in outline(page)][:2] == ["过去一年工作回顾", "今年工作安排"]


def test_points_parted_by_a_comma_and_a_flattened_line_break():
    # a PDF dump flattened onto one line: 、 then the blank where the printed line ended, then the next point
    text = "因为我们经受着四大考验：一是执政考验、二是改革开放考验、 三是市场经济考验、四是外部环境考验；我们要时刻警醒。"
    assert [m for _, m, _ in outline(text)] == ["一是", "二是", "三是", "四是"]


def test_a_first_member_typed_as_a_letter_with_lines_between_it_and_the_second():
    # l. typed for 1.: the list's 2. opens the next marker line, bullets stand between
    text = ("一、讲话背景\n本次讲话是在全市工作会议上作出的。\n二、讲话要点解读\nl. 政策解读\n- 政策背景：介绍政策出台的背景。\n"
            "- 政策内容：解读政策的具体内容。\n2. 工作部署\n3. 监督考核\n三、案例分析")
    assert outline(text) == [(1, "一、", "讲话背景"), (1, "二、", "讲话要点解读"), (2, "l.", "政策解读"),
                             (2, "2.", "工作部署"), (2, "3.", "监督考核"), (1, "三、", "案例分析")]
    # a letter heading an unnumbered line (no 2 of its mark follows) is text
    assert outline("二、讲话要点\nI. 引言部分\n要抓好落实。\n三、案例分析") == [(1, "二、", "讲话要点"), (1, "三、", "案例分析")]


def test_a_heading_after_a_bracket_and_a_blank_on_a_run_on_page():
    # a page that lost its line breaks (paragraphs joined by blanks): 四、 after the ) that closed the section
    # before and the blank where its line broke goes on with its list
    p = "要认真抓好落实，确保各项工作取得实效。" * 6
    run = " ".join(["各位代表：", "一、申请开会", p, "二、呈报名单", p, "三、下发通知",
                    p + "以文件形式下发会议通知(代表名额一般为团员总数的百分之十至三十)", "四、选举代表", p, "五、召开大会", p])
    assert [m for _, m, _ in outline(run)] == ["一、", "二、", "三、", "四、", "五、"]


def test_a_converter_s_line_end_mark_is_no_part_of_a_title():
    # a forum copy of a Word file prints ¬ (or ¶, ↵) where each line ended, glued or after a blank
    text = ("(一)工作报告的功能¬\n它的功能有以下几个方面: ¬\n 1、向本系统的领导和群众汇报工作; ¬\n 2、传达上级机关的有关指示; ¬\n"
            "(二)工作报告的特点 ¬\n 1.全面性 ¶\n工作报告是对基本工作所作的全面性的报告。 ¬\n2.集体意志性 ↵\n工作报告是集体意志的反映。\n")
    assert outline(text) == [(1, "(一)", "工作报告的功能"), (2, "1、", "向本系统的领导和群众汇报工作"),
                             (2, "2、", "传达上级机关的有关指示"), (1, "(二)", "工作报告的特点"), (2, "1.", "全面性"),
                             (2, "2.", "集体意志性")]


def test_a_one_character_list_opening_after_a_sentence_end_on_its_line():
    # ⑴ after 。 opens its list when ⑵ follows on the line after a sentence end
    text = "一、民生工程\n（一）救助工程\n1、低保工作。要动态管理。\n2、五保工作。⑴严格落实供养制度。⑵规范五保资料。⑶及时发放资金。\n二、展望"
    assert outline(text) == [(1, "一、", "民生工程"), (2, "（一）", "救助工程"), (3, "1、", "低保工作"), (3, "2、", "五保工作"),
                             (4, "⑴", "严格落实供养制度"), (4, "⑵", "规范五保资料"), (4, "⑶", "及时发放资金"),
                             (1, "二、", "展望")]
    # in a PDF's printed lines, the list goes on across the wraps of its paragraph
    para = "2、五保工作。⑴严格落实五保供养制度，强化动态管理。⑵规范五保资料，做到一人一档。⑶及时打卡发放五保专项资金。"
    assert [m for _, m, _ in outline(wrap("一、民生工程\n1、低保工作。要动态管理，确保应保尽保。\n" + para + "\n二、展望", 16))] == [
        "一、", "1、", "2、", "⑴", "⑵", "⑶", "二、"]
    # alone after a sentence end it still marks a note, as ① does
    assert outline("一、总结\n全年产值达到二万亿元。⑴见附表。\n二、展望") == [(1, "一、", "总结"), (1, "二、", "展望")]


# the double-spacing test (speechdoc.text.clean._double_spacing) reads its lines in C; here it is as first written, one
# line at a time, to check that reading against
_SPACED_MIN = 12
_LINE_ENDS_SENTENCE = frozenset("。！？；：!?;:”’」』）)…")


def _plain_double_spacing(fold: str) -> list[tuple[int, int]] | None:
    """The test as the session-U helper wrote it first, one line at a time: the gaps, else None."""
    n = len(fold)
    if fold.count("\n\n") * 3 < fold.count("\n"):
        return None
    ends: list[int] = []  # each ink line's end, then its width (doubled: ASCII 1, other 2) and its last ink
    widths: list[int] = []
    lasts: list[str] = []
    gaps: list[tuple[int, int]] = []  # (blank line start, next ink line start) after each ink line but the last
    pos = 0
    one = 0
    while pos < n:
        nl = fold.find("\n", pos)
        if nl < 0:
            nl = n
        line = fold[pos:nl].strip(" \t\u3000\r\f")
        if line:
            ends.append(nl)
            widths.append(2 * len(line) - len(line.encode("ascii", "ignore")))
            lasts.append(line[-1])
        pos = nl + 1
    if len(ends) < _SPACED_MIN:
        return None
    # the gaps between ink lines: exactly one blank line in most
    for k in range(len(ends) - 1):
        a = ends[k] + 1
        b = fold.find("\n", a)
        if b < 0:
            break
        if fold[a:b].strip(" \t\u3000\r\f"):
            continue  # no blank line between
        c = b + 1
        if c < n and fold[c:fold.find("\n", c) if fold.find("\n", c) >= 0 else n].strip(" \t\u3000\r\f"):
            one += 1
            gaps.append((a - 1, b))  # (the break after the ink and the blank line's blanks: its own break stays)
    if 10 * one < 9 * (len(ends) - 1):
        return None
    full = max(widths)
    counts: dict[int, int] = {}
    for w in widths:
        if w >= 24:
            counts[w // 2] = counts.get(w // 2, 0) + 1
    if not counts:
        return None
    column = 2 * max(counts, key=lambda k: (counts[k], k))
    cut = sum(1 for w, c in zip(widths, lasts) if w >= column - 2 and c not in _LINE_ENDS_SENTENCE)
    if 4 * cut < len(ends) or column < full - 8:
        return None
    return gaps


@st.composite
def _spaced_texts(draw) -> str:
    """Paragraphs, some wrapped at a column as a PDF's lines are, their lines parted by a break, a blank line (empty or
    of blanks) or more; now and then a heading, a line of blanks, a carriage return, a last break or none."""
    pieces = [_BODY, _PARA, "现在，我代表县人民政府作报告。", "一、工作回顾", "经济运行总体平稳，", "Section 1 GDP 5.2%"]
    paras = draw(st.lists(st.tuples(st.sampled_from(pieces), st.integers(1, 3)), min_size=0, max_size=16))
    width = draw(st.sampled_from([0, 16, 20, 28, 34]))
    lines = []
    for piece, k in paras:
        lines += wrap(piece * k, width).split("\n") if width else [piece * k]
    seps = draw(st.lists(st.sampled_from(["\n\n"] * 6 + ["\n", "\n \n", "\n\n\n", "\r\n\r\n", "\n\u3000\n"]),
                         min_size=len(lines), max_size=len(lines)))
    text = "".join(a + b for a, b in zip(lines, seps))
    return text if draw(st.booleans()) else text.rstrip("\n")


@settings(max_examples=400, deadline=None)
@given(_spaced_texts())
def test_the_double_spacing_test_read_in_c_finds_what_the_line_by_line_reading_finds(fold):
    from speechdoc.text.clean import _double_spacing

    want = _plain_double_spacing(fold)
    assert _double_spacing(fold, []) == ([] if want is None else [(a, c, " ") for a, c in want])


def test_the_double_spacing_test_finds_a_dump_and_refuses_a_paragraph_spaced_page():
    from speechdoc.text.clean import _double_spacing

    dump = wrap(_BODY * 12, 20).replace("\n", "\n\n")
    found = _double_spacing(dump, [])
    # every blank line between two printed lines: the break after the ink line up to the blank line's own break
    assert len(found) == dump.count("\n\n") and all(dump[a:c] == "\n" for a, c, _ in found)
    assert found == [(a, c, " ") for a, c in _plain_double_spacing(dump)]
    page = "\n\n".join([_BODY, "一、工作回顾", _PARA] * 6)
    assert _double_spacing(page, []) == [] and _plain_double_spacing(page) is None
