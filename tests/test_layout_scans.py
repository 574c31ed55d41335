"""The layout's readings written for speed (text.layout) find what their plain forms find."""
from __future__ import annotations

import re
from array import array
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from speechdoc.text.layout import (_BLANK_CONTINUED, _CONTINUED, _END_PUNCT, _HARD, _INK, _MARKERISH, _OPEN_ALL,
                                   _SENTENCE_END, _WRAP_GAP, COLUMN_LINES, FLAT_MIN_CHARS, _PACK, _Lines, _flattened, _lines,
                                   _soft_open, _width, _widths)

# a flattened PDF page: each printed line became a space between two ideographs
FLAT = ("一、总体要求 今年全县经济工作的总体要求是坚持稳中求进工作总基调，完整准确全面贯彻新 发展理念，"
        "加快构建新发展格局，着力推动高质量发展。 （一）扩大有效投资。全年实施重点项目42个，完成投资 36.5亿元，"
        "同比增长12.3%。 （二）稳定就业。城镇新增就业3200人，城镇登记失业率控制在 4%以内。") * 4


def _read(text: str) -> _Lines:
    """What _lines reads of ``text``, by its fields' names."""
    return _Lines(*_lines(text))


def _plain_long_lines(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?m)^[^\n]{{{FLAT_MIN_CHARS},}}", text)]


def test_long_lines_are_the_lines_of_the_plain_pattern():
    text = "在全县经济工作会议上的讲话\n" + FLAT + "\n短行\n" + FLAT + "\n\n" + FLAT
    assert _read(text).long_lines == _plain_long_lines(text)
    assert len(_plain_long_lines(text)) == 3
    assert _read(FLAT).long_lines == [(0, len(FLAT))]  # the first line, from the text's start


def _starts(pattern, text: str) -> list[int]:
    return [m.start() for m in pattern.finditer(text)]


def _plain(text: str, column: int = COLUMN_LINES):
    """The classes of the line breaks, each read by a scan of its pattern; the paragraph starts after
    the hard breaks; the column's measures line by line (its first ``column`` lines)."""
    hard, continued = _starts(_HARD, text), _starts(_CONTINUED, text)
    for nl in _starts(_BLANK_CONTINUED, text):  # soft after ink on its line, hard after blanks alone
        (continued if _INK.search(text, text.rfind("\n", 0, nl) + 1, nl) else hard).append(nl)
    paras = sorted({re.compile(r"[ \t\u3000\n\r]*").match(text, h + 1).end() for h in hard} - {len(text)})
    widths, inked = Counter(), 0
    for line in text.split("\n", column)[:column]:
        w = line.rstrip(" \t\u3000")
        if len(w) >= 12 and w[-1] not in _END_PUNCT:
            widths[round(_width(w))] += 1
        inked += w != ""
    return sorted(hard), sorted(continued), paras, _starts(_OPEN_ALL, text), widths, inked


def _check(text: str, column: int = COLUMN_LINES) -> None:
    lines = _read(text)
    hard, continued, paras, opened, widths, inked = _plain(text, column)
    assert list(lines.hard) == hard
    assert list(lines.continued) == continued
    assert sorted([*lines.paras, *(e for _, e in lines.held)]) == paras
    # every open line is read, but one after a blank line (it is never a wrap)
    read = [nl for nl, _ in lines.open_lines]
    assert set(read) <= set(opened)
    assert all(not _INK.search(text, text.rfind("\n", 0, nl) + 1, nl) for nl in set(opened) - set(read))
    measured = _widths(text, lines.measured)
    assert (measured, lines.inked) == (widths, inked)
    assert list(measured) == list(widths)  # (the widths in the order they first come: a tie takes the first)
    assert lines.long_lines == _plain_long_lines(text)


def test_line_breaks_read_gap_by_gap_are_those_of_the_patterns():
    _check("在全县经济工作会议上的讲话\n\n\n\n同志们：\n今年经济运行总体平\n稳，完成工业总产值\n\u3000\u3000\n"
           "47.1亿元 \n，增长\r\n25.5%。\n\n一、总体要求\n \n\n\n")
    _check("\n\n\n一、总体要求\n")  # a run of breaks at the text's start


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["\n", "\n\n", "\n\n\n\n", " ", "\u3000", "\r", "。", "，", "”", "一、", "第一",
                                 "今年经济运行总体平稳", "完成工业总产值47.1亿元", "XX", "在全县经济工作会议上的讲话",
                                 "Distinguished Delegates: ladies and", FLAT[:300]]), max_size=30))
def test_line_breaks_on_any_lines(pieces):
    _check("".join(pieces))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["\n", "\n\n", "\n\n\n", " \n", "\u3000\n\n", "\r\n", "\n，", "今年经济运行总体平",
                                 "完成工业总产值47.1亿元。", "一、总体要求"]), max_size=40),
       st.integers(1, 9), st.integers(1, 9))
def test_line_numbers_read_only_where_a_bound_is_reached(pieces, pack, column):
    # _lines numbers the lines only to move its offsets to arrays every _PACK breaks and to stop measuring the
    # column at COLUMN_LINES: with both bounds small, a short text crosses them anywhere, inside any gap
    from speechdoc.text import layout
    text = "".join(pieces)
    kept = layout._PACK, layout.COLUMN_LINES
    layout._PACK, layout.COLUMN_LINES = pack, column
    try:
        _check(text, column)
        assert (type(_read(text).hard) is array) == (text.count("\n") >= pack)
    finally:
        layout._PACK, layout.COLUMN_LINES = kept


def test_gaps_read_in_place_are_the_gaps_of_the_line_copied():
    for line in (FLAT, " " + FLAT + " ", "（一） 加强 领导 " + FLAT):
        text = "上一行\n" + line + "\n下一行"
        start, end = text.index(line), text.index(line) + len(line)
        in_place = [g.start() for g in _WRAP_GAP.finditer(text, start, end)]
        assert in_place == [start + g.start() for g in _WRAP_GAP.finditer(line)]
        assert len(in_place) >= 8


def test_a_text_of_many_lines_keeps_its_offsets_in_arrays_read_as_the_patterns_read():
    # more line breaks than _PACK: the offsets move from lists to arrays on the way, none lost or doubled
    lines = ["一、总体要求", "今年经济运行总体平", "，完成工业总产值", "", "", "", "47.1亿元。", " \n ", "二、"]
    text = "\n".join(lines[i % len(lines)] for i in range(3 * _PACK))
    read = _read(text)
    assert type(read.hard) is array and len(read.hard) > _PACK
    _check(text)


def _plain_flattened(text: str, s: int, e: int) -> list[int]:
    """The gaps of the flattened line ``text[s:e]`` that end a paragraph, printed line by printed line."""
    gaps = [g.start() for g in _WRAP_GAP.finditer(text, s, e)]
    segs = [text[a:b] for a, b in zip([s, *[g + 1 for g in gaps]], [*gaps, e])]
    widths = [_width(seg) for seg in segs]
    common = Counter(round(w) for w in widths if w >= 10).most_common(1)
    if not common:
        return []
    full = common[0][0]
    return [gap for gap, w, seg in zip(gaps, widths, segs)
            if w < full - 3 or (text[gap - 1] in "。！？!?：:" and _MARKERISH.match(text, gap + 1))
            or (w < full - 0.5 and _MARKERISH.match(seg) and not _SENTENCE_END.search(seg))]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["今年全县经济工作的总体要求是坚持稳中求进", "完成投资36.5亿元，同比增长12.3%",
                                           "一、总体要求", "（二）稳定就业。", "城镇新增就业3200人", "第一，", "●", "X 秘书长",
                                           "\u3000", "\u3000\u3000", "。", "：", "Distinguished Delegates", "70 周年", "加快构建新",
                                           "着力推动高质量发展。", "1.", "2"]),
                          st.sampled_from([" ", "", " ", " ", "  "])), min_size=8, max_size=80))
def test_printed_lines_measured_by_maps_are_those_read_line_by_line(parts):
    line = "".join(a + b for a, b in parts)
    text = "上一行\n" + line + "\n下一行"
    s, e = 4, 4 + len(line)
    hard: list[int] = []
    virtual: list[int] = []
    _flattened(text, s, _WRAP_GAP.split(line), hard, virtual)
    assert hard == _plain_flattened(text, s, e)
    assert virtual == [g + 1 for g in hard]


def _flat_dump(rnd, indent: bool) -> tuple[str, int, int]:
    """A generated PDF dump flattened onto one line: printed lines of one column width parted by a space each,
    headings glued to the bodies before and after them, page numbers left inline (… - 3 - …), short last lines
    of paragraphs; with ``indent``, some paragraphs kept their indent (…。\u3000\u3000一、…). The text and the
    flattened line's span."""
    line = " ".join(_printed_lines(rnd, indent, rnd.randint(FLAT_MIN_CHARS + 50, 2500)))
    head = "在全县经济工作会议上的讲话\n"
    return head + line + "\n同志们，让我们共同努力。", len(head), len(head) + len(line)


def _printed_lines(rnd, indent: bool, size: int) -> list[str]:
    """The printed lines of a generated PDF page (see _flat_dump), ``size`` characters in all."""
    body = "今年全县经济运行总体平稳完成地区生产总值亿元同比增长城镇新增就业人坚持稳中求进工作总基调着力推动高质量发展"
    col = rnd.randint(18, 40)
    lines = []
    while sum(map(len, lines)) < size:
        r = rnd.random()
        if r < 0.12:
            lines.append(rnd.choice(["一、", "二、", "（三）", "第四，", "1.", "2．", "●", "三是"]) + body[:rnd.randint(3, 12)])
        elif r < 0.2:
            lines.append("- %d -" % rnd.randint(1, 30))  # a page number, inline
        elif r < 0.3:
            lines.append(body[:rnd.randint(1, col - 4)] + rnd.choice(["。", "：", "", "；"]))  # a paragraph's last line
        else:
            start = rnd.randint(0, len(body) - col)
            line = list(body[start:start + col])
            for _ in range(rnd.randint(0, 3)):  # digits, Latin letters, punctuation: narrow or wide
                line[rnd.randrange(col)] = rnd.choice(["3", "X", ",", "。", "12.5%", "，", "（一）", "二是"])
            lines.append("".join(line))
        if indent and rnd.random() < 0.1:
            lines[-1] += "。\u3000\u3000" + rnd.choice(["一、", "我们", "（二）"]) + body[:5]
    return lines


def test_a_flattened_dump_is_read_printed_line_by_printed_line():
    import random

    from speechdoc.text.layout import analyse, flat_lines

    rnd = random.Random(10)
    for k in range(300):
        text, s, e = _flat_dump(rnd, indent=k % 2 == 1)
        lay = analyse(text)
        assert lay.flat_lines == [(s, e)]
        # found alone (what a parse reads of the layout), also where the lines end otherwise
        for other in (text, text.replace("\n", "\r\n"), "\n \u3000\n" + text + "\n\n" + text[s:e] + "\n"):
            printed: dict[int, list[str]] = {}
            assert flat_lines(other, printed) == analyse(other).flat_lines
            assert tuple(map(list, analyse(other, None, printed))) == tuple(map(list, analyse(other)))  # (read again)
        flat = _plain_flattened(text, s, e)
        indents = [m.start() for m in re.finditer(r"(?<=[^ \t\u3000\n\r]{2})\u3000\u3000(?=\u3000*[^ \t\u3000\n\r])",
                                                  text[s:e])] if 2 * (e - s) >= len(text) else []
        assert [b for b in lay.hard_breaks if s <= b < e] == sorted({*flat, *(s + i for i in indents)})
        assert list(lay.virtual_starts) == [g + 1 for g in flat]


_BL, _CONT, _SE = " \t\u3000", re.escape("，,。、；;：:”’）)》」』!！?？"), "。！？!?；;"
_SHORT_NEXT = rf"[{_BL}]*[^\n{_BL}{_CONT}][^\n{_SE}]{{0,29}}"
#: the breaks after an open line that may be wraps where the page has no column, as a pattern: a line of
#: 60 characters or more; a short next line followed by continuing punctuation, or without a marker;
#: a line that ends in a figure right at its break
_MAY_WRAP = re.compile(rf"\n(?:(?<=[^\n]{{60}}\n)|(?={_SHORT_NEXT}\n[{_BL}]{{0,8}}[{_CONT}])"
                       rf"|(?!{_MARKERISH.pattern})(?={_SHORT_NEXT}(?:\n|\Z))|(?<=[0-9０-９XxＸｘ×*＊]\n))")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["\n", "\n", "\n\n", " ", "\u3000", "\r", "。", "，", "“十四五”规划", "一、", "●", "XX", "12",
                                 "亿元", "资金", "今年经济运行总体平稳完成工业总产值", "在全县经济工作会议上的讲话",
                                 "完成工业总产值47.1亿元增长完成第三产业增加值7.4亿元增长9%全县上下团结一心克难攻坚经济运行总体平稳",
                                 "Distinguished Delegates: ladies and"]), max_size=40))
def test_without_a_column_only_the_breaks_the_pattern_allows_are_wraps(pieces):
    """The open lines are read by their lengths first: without a page column, a wrap is where the
    plain pattern of the three kinds allows one; the next line's ink, read or given, is the same."""
    text = "".join(pieces)
    opened: list[int] = []
    for nl, para in _read(text).open_lines:
        soft = _soft_open(text, nl, para, None, opened)
        assert soft == _soft_open(text, nl, -1, None, opened)
        if soft:
            assert _MAY_WRAP.match(text, nl), (text, nl)
            opened.append(nl)


def test_a_dump_that_kept_its_line_breaks_reads_each_open_line_as_soft_open_does():
    # a PDF page whose printed lines each kept their line break: nearly every line is open (no punctuation at its
    # end), and most are wraps by their width (the page's column); analyse reads those without _soft_open's call,
    # and takes them out of the hard breaks at once: the same breaks as _soft_open read line by line
    import random

    from speechdoc.text.layout import _column, analyse

    rnd = random.Random(12)
    columns = 0
    for k in range(300):
        lines = _printed_lines(rnd, False, rnd.randint(200, 3000))
        for i in range(0, len(lines), 7):  # a few lines of other kinds between the printed ones
            lines[i] = rnd.choice([lines[i], lines[i] + " ", lines[i] + "\u3000", "Distinguished Delegates, ladies and",
                                   "图 2 三次产业比重" + lines[i], "\u3000\u3000" + lines[i], "XX", "亿元" + lines[i]])
        text = "在全县经济工作会议上的讲话\n" + "\n".join(lines) + rnd.choice(["", "\n", "。"])
        read = _read(text)
        column = _column(text, read.measured, read.inked)
        columns += column is not None
        opened: list[int] = []
        for nl, para in read.open_lines:
            if _soft_open(text, nl, para, column, opened):
                opened.append(nl)
        lay = analyse(text)
        assert list(lay.wraps) == sorted([*read.continued, *opened])
        assert list(lay.hard_breaks) == [h for h in read.hard if h not in set(opened)]
        assert list(lay.para_starts) == [0, *(p for p in read.paras if text.rfind("\n", 0, p) not in set(opened))]
    assert columns > 250


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 60), unique=True), st.data())
def test_offsets_spliced_by_one_pass_or_by_a_step_an_item_are_the_same(values, data):
    # (many items are spliced by one pass over the values, a few by a step an item; an array, as a long text's
    # offsets are, stays one)
    from speechdoc.text.layout import _merged, _without

    values.sort()
    drop = sorted(data.draw(st.lists(st.sampled_from(values), unique=True)) if values else [])
    more = sorted(set(data.draw(st.lists(st.integers(0, 60)))) - set(values))
    assert _without(values, drop) == _without(array("q", values), drop).tolist() == [v for v in values if v not in drop]
    assert type(_without(array("q", values), drop)) is array
    assert list(_merged(values, more)) == list(_merged(array("q", values), more)) == sorted(values + more)
    if len(values) >= len(more):
        assert type(_merged(array("q", values), more)) is array


def test_a_long_dump_that_kept_its_line_breaks_reads_its_wraps_without_soft_open(monkeypatch):
    # past the column's lines (COLUMN_LINES) and its offsets in arrays, a page's full lines are still read without
    # _soft_open's call (a step of its own a line), and the same as it reads them
    import random

    from speechdoc.text import layout

    page = _printed_lines(random.Random(13), False, 3000)  # (one page's lines again and again: one column)
    lines = page * (1 + (layout.COLUMN_LINES + 3000) // len(page))
    text = "\n".join(lines)
    past = sum(map(len, lines[:layout.COLUMN_LINES])) + layout.COLUMN_LINES  # (where the column's lines end)
    read = _read(text)
    column = layout._column(text, read.measured, read.inked)
    opened: list[int] = []
    for nl, para in read.open_lines:
        if _soft_open(text, nl, para, column, opened):
            opened.append(nl)
    calls = []
    monkeypatch.setattr(layout, "_soft_open", lambda *args: calls.append(args) or _soft_open(*args))
    lay = layout.analyse(text)
    assert type(read.hard) is array and list(lay.wraps) == sorted([*read.continued, *opened])
    assert len(calls) < len(read.open_lines) / 2
    assert sum(args[1] > past for args in calls) < sum(nl > past for nl in opened) / 2  # (past the column's too)
