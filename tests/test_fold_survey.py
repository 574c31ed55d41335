"""Where cleaning's survey of the input stopped (a glossed or a traditional text: its fold is not its input), the
fold is surveyed itself (clean._fold_survey): one scan gives the marker scan's matches, the inline words, form
feeds and 「, and the offsets of the listed characters, each what its own scan of the fold finds; and the document
is the one made with the fold's own scans."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import speechdoc.outline.markers  # noqa: F401  (registers the marker scan: the survey collects its matches)
import speechdoc.outline.segment  # noqa: F401  (registers the title words' rare ends: the survey lists them)
from speechdoc.outline.markers import _SCAN, _in_step
from speechdoc.text import clean as clean_module
from speechdoc.text import survey
from test_clean_scans import _parse_json  # (with the surveys' matches, or with the fold's own scans)

#: pieces of a fold: markers (with the numerals the input's survey leaves out: 兩, 貳), the inline words and their
#: keys alone or in prose (开 of 召开, 此 of 因此, 读 of 解读), the blank-and-dash words (─ too, a mojibake signal
#: the input's survey lists apart), form feeds, 「, the listed word ends, prose
_FOLD_PIECES = ["一、", "（二）", "3.", "第一，", "兩、", "貳，", "二是", "总之", "①", "⑴", "（1）", "12）", "十二、",
                "省略", "隐藏", "未完", "此处", "预览结束", "试读结束", "字范文", "查看更多", "展开全文", "阅读全文", "编者按",
                "省", "开", "召开", "因此", "解读", "全文", "结束", " -", " —", " ─", "\t－", "\u3000–", "-", "─", "—",
                " - 25 - ", "\f", " 3 \f", "「", "」", "言", "发言", "致辞", "主持词", "辞", "词", "同志们：",
                "今年经济运行总体平稳。", "\n", " ", "\u3000", "（", ")", "，"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_FOLD_PIECES), max_size=40))
def test_the_fold_survey_finds_what_each_scan_of_the_fold_finds(pieces):
    text = "".join(pieces)
    found, held, listed = clean_module._fold_survey(text, survey.shared())
    assert found == [m.span() for m in _SCAN.finditer(text)], text
    assert held == {w for w in clean_module._inline_words() if w in text} | {ch for ch in "\f「" if ch in text}, text
    assert set(clean_module._held_words(text)) == held - {"\f", "「"}, text
    assert listed == [i for i, ch in enumerate(text) if ch in survey.listed()], text


#: pieces of a glossed or traditional page: glosses and traditional script (the input's survey stops), chrome lines
#: (masked: the fold's scan is read again around them), markers, the inline words, form feeds, quotes
_PAGE_PIECES = ["您的位置:新文秘網>>正文\n", "您的位置:首頁>>二、工作報告>>正文\n", "發(fā)表時間:2024/6/12 13:11:05\n", "發(fā)", "標(biāo)", "任務(wù)",
                "我們的目標", "國", "總之", "兩、", "貳、", "一、", "（二）", "3.", "第一，", "二是", "\n", "\n\n",
                "今年經濟運行總體平穩。", "今年经济运行总体平稳。", "省略", "隱藏", "閱讀全文", "查看更多", " - 25 - ",
                "\f", "\n3\n\f", "「", "」", "他說：「一是抓好落實。二是加強領導。」", "同志們：", "講話", "發言", "致辭",
                "主持詞", "ｘī＠", "&nbsp;", "\u200b"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PAGE_PIECES), max_size=30))
def test_a_parse_with_the_fold_survey_is_the_parse_of_the_fold_s_own_scans(pieces):
    text = "".join(pieces)
    assert _parse_json(text) == _parse_json(text, shared=False), text
    cleaned = clean_module.clean(text, marks=True)
    if cleaned.marks is not None:  # (the marks and the spans the masks changed give the masked fold's matches)
        fold = cleaned.view.fold
        assert _in_step(fold, cleaned.marks.spans, cleaned.marks.changed) == [m.span() for m in _SCAN.finditer(fold)]


def test_a_glossed_traditional_page_is_surveyed_on_its_fold(monkeypatch):
    """The survey of the input stops at the gloss; the fold's survey gives the marks, the chrome stage's words (no
    scan of its own for them) and the listed word ends, each at the fold's offsets past the deleted glosses."""
    text = ("您的位置:新文秘網>>正文\n在全縣工作會議上的致辭\n發(fā)表時間:2024/6/12\n同志們：\n"
            "一、目標(biāo)任務(wù)\n今年經濟運行總體平穩。此處省略\n二、工作措施\n（一）加強領導。\n")
    assert clean_module._survey(text, True).marks is None  # (it stopped)
    monkeypatch.setattr(clean_module, "_held_words", lambda fold: pytest.fail("the fold was scanned for the words"))
    cleaned = clean_module.clean(text, marks=True)
    fold = cleaned.view.fold
    assert "biāo" not in fold and "致辞" in fold
    marks = cleaned.marks
    assert marks is not None and marks.corner is False
    assert [fold[a:b] for a, b in marks.spans] == ["一、", "二、", "（一）"]
    assert [fold[i] for i in marks.listed] == ["辞"]
    assert marks.changed and all(set(fold[a:b]) <= {"\n"} for a, b in marks.changed)  # (the chrome lines, masked)
    assert _in_step(fold, marks.spans, marks.changed) == [m.span() for m in _SCAN.finditer(fold)]



#: pieces of a glossed page with the characters _held_special looks for (invisible ones, look-alikes, line ends, &),
#: glosses after both brackets, and brackets or tone marks that open no gloss
_HELD_PIECES = ["發", "們", "(fā)", "（biāo）", "標(biāo)", "(2021)", "(ai)", "ā", "（", ")", "今年", "\n", "\r", "\r\n", "\x0b",
                "\x85", "\u2028", "\xa0", "\u3000", "\u2003", "\u2105", "\ufe51", "\uff61", "\x00", "\xad", "\u200b",
                "\ufeff", "&", "&nbsp;", "&amp;", "一、", "。"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_HELD_PIECES), max_size=30))
def test_the_special_characters_of_a_glossed_text_are_read_off_its_text_less_its_glosses(pieces):
    """No gloss holds a character _held_special looks for: the text less its glosses (one split) holds those the
    input holds; the split's pieces make the view the split makes by itself, and the cleaned text is the text
    cleaned a deletion at a time (clean's other path)."""
    text = "".join(pieces)
    parts, kept = clean_module._gloss_pieces(text)
    assert clean_module._held_special(kept) == clean_module._held_special(text)
    assert clean_module._cut_glosses(text, None, (parts, kept)) == clean_module._cut_glosses(text)
    split = clean_module._SPLIT_GLOSSES
    try:
        got = clean_module.clean(text)
        clean_module._SPLIT_GLOSSES = -1  # (every view built a deletion at a time, the input scanned)
        want = clean_module.clean(text)
    finally:
        clean_module._SPLIT_GLOSSES = split
    assert got == want, text
