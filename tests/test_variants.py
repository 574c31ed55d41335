"""The same speech written another way has the same outline and the same metrics.

Real files reach a parser saved on Windows (``\\r\\n``), converted to traditional script
by a converter (OpenCC writes 爲 羣 衆 啓, forms Big5 lacks), indented with full-width
spaces, with page numbers or form feeds from a PDF, with no-break spaces for indents (or
their entities, ``&nbsp;``, kept as text), zero-width spaces from a web editor, or bold
heading lines from a Markdown conversion, or numbers in full-width digits. None of that changes what the speech says, so
none of it may change its outline (markers, depths, titles) or its metrics (values and
units): each outline fixture is parsed as written and in every variant, and the two
must agree. (A check on our own fixtures; ``benchmarks/variants.py`` runs the same
variants over the development corpus against its gold.)
"""
from __future__ import annotations

import re
import unicodedata

import pytest

import speechdoc
from fixture_file import FIXTURES, read_cases
from speechdoc.text.clean import fold_script


def _crlf(t: str) -> str:
    return t.replace("\n", "\r\n")


def _traditional(t: str) -> str:
    from opencc import OpenCC
    return OpenCC("s2t").convert(t)


def _indent(t: str) -> str:
    return "\n".join("\u3000\u3000" + line.lstrip(" \t\u3000") if line.strip() else line for line in t.split("\n"))


def _nbsp(t: str) -> str:
    return _indent(t).replace("\u3000", "\u00a0")


def _zero_width(t: str) -> str:
    return t.replace("\n", "\n\u200b")


def _page_numbers(t: str) -> str:
    """A page-number line after every fifth paragraph break (between paragraphs, as a PDF has them)."""
    out, page = [], 1
    lines = t.split("\n")
    for i, line in enumerate(lines):
        out.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if i % 5 == 4 and line.strip() and nxt.strip() and re.search(r"[。！？!?]$", line.rstrip()):
            page += 1
            out.append(f"— {page} —")
    return "\n".join(out)


_PAGE_END = re.compile(r"[。！？!?]$|^[ \t\u3000]*(?:第?[一二三四五六七八九十]+|\d+)[、，,.．]?$")


def _form_feeds(t: str) -> str:
    """A form feed opening every fourth line where a page may end before it: after a sentence,
    or after a marker alone on its line (a PDF of a 1950s report breaks pages there too)."""
    lines = t.split("\n")
    return "\n".join("\f" + line if i % 4 == 3 and _PAGE_END.search(lines[i - 1].rstrip()) else line
                     for i, line in enumerate(lines))


_FULL_WIDTH = str.maketrans("0123456789%", "０１２３４５６７８９％")


def _full_width_digits(t: str) -> str:
    """Numbers in full-width digits, as many government pages write them (增长１２％, ８２９ 万人次);
    a site's Latin-digit token (C6m) or anti-copy string (*2m{i:3) stays as the site writes it."""
    return _NUMBER.sub(lambda m: m.group().translate(_FULL_WIDTH), t)


_ASCII_WORD = r"A-Za-z!\"#$&'()*,:;<=>?@\[\\\]^`{|}~"
_NUMBER = re.compile(rf"(?<![{_ASCII_WORD}])[0-9][0-9.%]*(?![{_ASCII_WORD}])")


def _entities(t: str) -> str:
    """Indents written as the entities a page's text kept (&nbsp;&nbsp;&nbsp;&nbsp;一、…)."""
    return "\n".join("&nbsp;" * 4 + line.lstrip(" \t\u3000") if line.strip() else line for line in t.split("\n"))


_HEADING = re.compile(r"(?m)^([ \t\u3000]*)([一二三四五六七八九十]{1,3}、)(.{2,20})$")


def _bold(t: str) -> str:
    """A Markdown conversion that bolds each whole heading line (**一、总体要求**)."""
    return _HEADING.sub(r"\1**\2\3**", t)


def _heading_marks(t: str) -> str:
    """A Markdown conversion that marks each heading line as a level-2 heading (## 一、总体要求)."""
    return _HEADING.sub(r"\1## \2\3", t)


VARIANTS = {
    "crlf": _crlf, "traditional": _traditional, "indent": _indent, "nbsp": _nbsp,
    "zero-width": _zero_width, "page-numbers": _page_numbers, "form-feeds": _form_feeds,
    "entities": _entities, "bold": _bold, "heading-marks": _heading_marks, "full-width-digits": _full_width_digits,
}

CASES = [
    pytest.param(case, id=f"{path.stem}:{case.line}:{case.title[:30]}")
    for path in sorted((FIXTURES / "outline").glob("*.txt"))
    for case in read_cases(path)
]


def _title(t: str) -> str:
    """A title as a reader compares it: one script, one width, no blanks."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", fold_script(t)))


def _outline(doc: speechdoc.Document) -> list[tuple[int, int, str, str]]:
    return [(sp.index, n.depth, _title(n.marker), _title(n.title)) for sp in doc.speeches for n in sp.walk()]


def _metrics(doc: speechdoc.Document) -> list[tuple[object, object]]:
    return [(m.value, m.unit) for m in doc.metrics()]


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("case", CASES)
def test_variant_keeps_outline_and_metrics(case, variant):
    plain = speechdoc.parse(case.input)
    other = speechdoc.parse(VARIANTS[variant](case.input))
    assert _outline(other) == _outline(plain)
    assert _metrics(other) == _metrics(plain)


def test_windows_line_ends_keep_the_titles_of_comma_headings():
    text = ("同志们：\r\n　　下面，我讲三点意见。\r\n"
            "第一，在工业方面，我们要加快技术改造。今年完成工业投资12亿元。\r\n"
            "第二，在农业方面，我们要稳定粮食生产。粮食总产量稳定在50万吨以上。\r\n"
            "第三，在民生方面，我们要办好十件实事。\r\n")
    doc = speechdoc.parse(text)
    titles = [n.title for n in doc.walk()]
    assert titles == ["在工业方面，我们要加快技术改造", "在农业方面，我们要稳定粮食生产", "在民生方面，我们要办好十件实事"]
    assert all("\r" not in t for t in titles)


def test_full_width_numbers_with_spaces_are_words_not_a_flattened_pdf():
    # a space beside a full-width number is a word space, as beside an ASCII one: a long paragraph
    # full of them is not a PDF page flattened onto one line (whose line breaks became spaces)
    years = "".join(f"20{y}年全县接待游客 {y}9 万人次，旅游综合收入 {y}.17 亿元，比上年增长 1{y}.5%，"
                    f"比全市水平高 0.{y % 10} 个百分点，文化和旅游产业增加值占全县生产总值的比重达到 {y % 10}.2%。"
                    for y in range(16, 22)).translate(_FULL_WIDTH)
    text = "同志们：\n" + years + "\n一、主要工作\n全县上下团结一心。\n"
    assert len(years) > 400
    doc = speechdoc.parse(text)
    assert [(n.marker, n.title) for n in doc.walk()] == [("一、", "主要工作")]
    assert len(doc.speeches[0].blocks) == 2  # the salutation, and the paragraph in one piece
    assert len(doc.metrics()) == 30
    assert [(m.value, m.unit) for m in doc.metrics()][:5] == [
        (169, "万人次"), (16.17, "亿元"), (116.5, "%"), (0.6, "个百分点"), (6.2, "%")]


def test_a_colon_before_a_bold_heading_line_still_introduces_its_list():
    # 一、 after 如下： inside the last 第二， item is a list that item introduces, bold or not
    # (its own list does not go on after it: the colon is the only evidence)
    plain = ("一、关于基本建设\n（一）保证工程质量\n第一，节约建设资金。\n第二，改进设计和施工。为此，必须做到如下几点：\n"
             "一、提高设计工作\n二、加强施工指导\n（二）培养建设干部\n")
    for text in (plain, _bold(plain), _heading_marks(plain)):
        doc = speechdoc.parse(text)
        assert [(n.marker, n.depth) for n in doc.walk()] == [
            ("一、", 1), ("（一）", 2), ("第一，", 3), ("第二，", 3), ("一、", 4), ("二、", 4), ("（二）", 2)], text


def test_a_converters_traditional_forms_are_not_mojibake():
    # 爲 羣 衆 啓 裏: OpenCC's standard forms, in neither Big5 nor GB2312
    text = ("一、繼續發展羣衆辦學\n羣衆舉辦的學校，課程安排可以根據羣衆的意見決定。\n"
            "二、爲羣衆辦實事\n要啓發羣衆，依靠羣衆，在羣衆裏生根。\n")
    doc = speechdoc.parse(text)
    assert [d.code for d in doc.diagnostics if d.code == "mojibake"] == []
    assert [(n.marker, n.title) for n in doc.walk()] == [("一、", "繼續發展羣衆辦學"), ("二、", "爲羣衆辦實事")]
