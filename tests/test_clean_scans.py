"""Cleaning's scans that stand for plainer ones (issue 10): each must find what the plain form finds.

- chrome_lines reads a line's first inked character by one class of every character a line rule can
  start with before the rules (boilerplate._line_opener): the lines it finds are the lines a rule matches
  whole, for lines of every rule, in either case where a rule is under (?i:…);
- clean's one scan (clean._survey) lists the fold's triggers and the mojibake signals; mojibake.find
  given the signals' offsets finds the runs its own scans find;
- with the marker scan's matches, the same scan finds the inline words (by a key character each), the words
  the plain test of each finds, and the marks the scan finds.
"""
from __future__ import annotations

import random
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shared_corpus import CORPUS  # $SPEECHDOC_SHARED or ../shared

import speechdoc.outline.markers  # noqa: F401  (registers the marker scan: the survey collects its matches)
import speechdoc.outline.segment  # noqa: F401  (registers the title words' rare ends: the survey lists them)
from speechdoc.lazy import first_class
from speechdoc.text import boilerplate, mojibake
from speechdoc.text.boilerplate import LINE_TRIM, any_line, chrome_lines

_LINES = ["您的位置:首页>>正文", "发布时间:2024-06-12 13:11:05", "- 2021-05-25 发布 |", "2021-02-25 10:22 来源:市政府网",
          "来源: 党课讲稿", "第3页 共10页", "— 2 —", "Page 3 of 10", "PAGE 3", "1.5 MB |", "12 页", "下载文档 免费",
          "《关于经济工作的讲话》所在栏目:优质范文", "编者按:本文从三个方面阐述", "- 1、本文档由用户上传", "下面是小编为大家整理的讲话",
          "全文共3590字", "【打印本页】", "举报", "COPYRIGHT 2020 某某网", "Powered By 某某文库", "版权所有:九力公文网",
          "上一篇:关于农业", "……", "...", "True", "FALSE", "Public Domain", "预览结束", "还剩 5 页未读", "１２",
          "一、总体要求", "同志们:", "今年经济运行总体平稳。", "2024年", "3", "P", "c", "t", "f", "", " ", "\u3000", "\r"]


def _plain_chrome_lines(text: str) -> list[tuple[str, tuple[int, int]]]:
    """(rule, span) of each line whose trimmed text a rule matches whole, one fullmatch a line."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        inked = line.group().strip(LINE_TRIM)
        if inked and (m := any_line().fullmatch(inked)):
            s = line.start() + line.group().index(inked)
            out.append((m.lastgroup, (s, s + len(inked))))
    return out


def test_chrome_lines_with_the_union_guard_finds_the_lines_of_every_rule():
    rng = random.Random(3)
    kinds = set()
    for _ in range(600):
        text = "\n".join("".join(rng.choice(_LINES) for _ in range(rng.randrange(0, 2))) for _ in range(rng.randrange(1, 10)))
        got = [(m.lastgroup, m.span(m.lastgroup)) for m in chrome_lines(text)]
        assert got == _plain_chrome_lines(text), text
        kinds.update(k for k, _ in got)
    assert len(kinds) == len(boilerplate.LINE_RULES) - 1  # every rule but ICP's (no p备 or p证 here) found a line


def test_the_line_opener_holds_every_first_character():
    opener = boilerplate._line_opener(frozenset([boilerplate._ICP]))
    assert opener != f"[^{LINE_TRIM}\n]"  # a class of the rules' first characters, not of any inked one
    for line in _LINES:
        trimmed = line.strip(LINE_TRIM)
        if trimmed and any_line().fullmatch(trimmed):
            assert re.match(opener, trimmed), line
        elif trimmed[:1] in ("同", "今", "一"):
            assert not re.match(opener, trimmed), line  # (no rule starts so: the line is left at its first character)
    assert re.match(opener, "P") and re.match(opener, "p")  # (page 3 is under (?i:…))
    # the ICP rule may start with anything: then any inked character opens a line
    assert boilerplate._line_opener(frozenset()) == f"[^{LINE_TRIM}\n]"
    assert first_class(r"(?i:ab|c)d") == ([("char", "a"), ("char", "c")], True)
    assert first_class(r"x?") is None and first_class(r"[^a]b") is None


def test_the_line_opener_writes_ascii_letters_of_case_free_rules_in_both_cases():
    """The opener's plain class holds an ASCII letter of a rule under (?i:…) in both cases (p of page): each
    character of the Unicode range opens a line by it exactly where the class of the rules' first characters
    under their flag does (re's own reading of (?i:[p]), tested on every character, not assumed)."""
    from speechdoc.lazy import class_body

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for left_out in (frozenset([boilerplate._ICP]), frozenset([boilerplate._ICP, boilerplate.LINE_RULES[5][1]])):
        plain, folded = boilerplate._union_items(left_out)
        want = f"(?:[{class_body(plain)}]|(?i:[{class_body(folded)}]))"
        opener = boilerplate._line_opener(left_out)
        assert "(?i" not in opener  # (its letters are p, c, f, t: none of i, k, s)
        assert re.findall(opener, every) == re.findall(want, every)
    # under the flag, i k s match non-ASCII letters too (ı İ ſ K): they stay under it
    assert re.findall("(?i:[iks])", every) != re.findall("[iksIKS]", every)


def test_an_icp_line_is_looked_for_only_where_p_comes_before_bei_or_zheng():
    assert boilerplate._holds_any("网站备案：京icp证12345678号", boilerplate._LINE_RULE_WORDS[boilerplate._ICP])
    assert not boilerplate._holds_any("http://www.example.cn 苏ICP 备", boilerplate._LINE_RULE_WORDS[boilerplate._ICP])
    text = "正文\n苏ICP备13036920号-1\n"
    assert [m.span(m.lastgroup) for m in chrome_lines(text)] == [(3, 19)]


_PIECES = ["今年经济运行总体平稳。", "\n", "我們的目標", "國", "?", "?xí)", "ア", "\ue000", "洺", "鋆", "問題?傊,", "乾隆", "沈阳",
           "深沈", "𠀀", "一、", "们"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_find_at_the_listed_signals_finds_what_the_scans_find(pieces):
    text = "".join(pieces)
    signals = [m.start() for m in re.finditer(f"[{mojibake.signal_chars()}]", text)]
    assert mojibake.find(text, candidates=signals) == mojibake.find(text)
    assert mojibake.find(text, False, candidates=signals) == mojibake.find(text, False)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["&", "\r", "發(fā)", "\xa0"]), max_size=40), st.integers(0, 40))
def test_the_survey_lists_every_trigger_and_signal_or_says_it_did_not(pieces, listed):
    import speechdoc.text.clean as clean_module
    from speechdoc.text import script

    text = "".join(pieces)
    old = clean_module._SIGNALS_LISTED, clean_module._TRADITIONAL_LISTED
    clean_module._SIGNALS_LISTED = listed
    clean_module._TRADITIONAL_LISTED = max(1, listed // 4)  # (the signals that are triggers: 們, 國, 問題?傊,)
    try:
        found = clean_module._survey(text)
    finally:
        clean_module._SIGNALS_LISTED, clean_module._TRADITIONAL_LISTED = old
    special = re.search(clean_module._SPECIAL.pattern, text) is not None
    first = clean_module._special_or_signal().search(text)
    assert (found.hit and found.hit.span()) == (first and first.span())
    assert found.special in (special, None)
    if found.signals is not None:
        assert found.signals == [m.start() for m in re.finditer(f"[{mojibake.signal_chars()}]", text)]
    if found.triggers is not None:
        assert found.triggers == [m.start() for m in re.finditer(f"[{script.trigger_class()}]", text)]


_INLINE_PIECES = ["……", "...", "(", "（", ")", "）", " ", "\u3000", "\n", "省略", "隐藏", "962", "字", "未完", "，全文共8057字",
                  "--", "此处", "预览结束", "试读结束", "3590", "字范文", "查看更多", "阅读全文", "今年经济运行总体平稳。", "新文秘网"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_INLINE_PIECES + ["一" * 40, "2" * 12, " - 25 - ", "\u3000—3—\u3000", "编者按:", "同志们:"]),
                max_size=40))
def test_an_inline_rule_searched_near_its_words_finds_what_it_finds_on_the_whole_text(pieces):
    import speechdoc.text.clean as clean_module

    text = "".join(pieces)
    for kind, rule, words in boilerplate.inline_rules()[1]:
        whole = [m.span() for m in rule.finditer(text)]
        assert all("\n" not in text[s:e] for s, e in whole)
        assert clean_module._inline_matches(text, rule, words) == whole, (kind, text)


def test_an_inline_rules_search_near_a_word_in_prose_stops_at_its_line():
    """A word in prose without its rule's match (a report's 隐藏) is searched near to its line's end only; the
    matches of later lines are found as the whole-text scan finds them, one whose lookahead reads the break too."""
    import speechdoc.text.clean as clean_module

    prose = "隐藏在大陆上的残余分子，我们必须提高警惕。（一）今年的工作……" * 3
    text = (prose + "\n" + "今年经济运行总体平稳（一）" * 40 + "\n……（此处省略962字）……\n" + prose + " - 25 - \n下一页\n"
            + "查看更多\n" + prose + "查看更多")
    calls = []

    class Counting:  # (the rule, its searches' spans noted)
        def __init__(self, rule):
            self.rule = rule

        def search(self, text, pos=0, endpos=sys.maxsize):
            calls.append(min(endpos, len(text)) - pos)
            return self.rule.search(text, pos, endpos)

    found = set()
    for kind, rule, words in boilerplate.inline_rules()[1]:
        whole = [m.span() for m in rule.finditer(text)]
        calls.clear()
        assert clean_module._inline_matches(text, Counting(rule), words) == whole, kind
        assert all(span <= len(prose) + 2 * boilerplate.INLINE_REACH for span in calls), (kind, calls)
        found.update([kind] if whole else [])
    assert found == {"truncation", "page_break", "footer"}


def test_no_inline_rule_opens_farther_before_its_word_than_the_reach():
    """clean._inline_matches searches a rule from INLINE_REACH characters before each of its words: every rule's
    pattern, read by re's parser, holds at most that many characters before the part that reads its word (the
    first top-level item that is the word's first character, or a group or class that opens with it)."""
    parser = pytest.importorskip("re._parser")
    from re._constants import BRANCH, IN, LITERAL, SUBPATTERN

    def opens_with(item, ch: str) -> bool:
        op, av = item
        if op is LITERAL:
            return av == ord(ch)
        if op is IN:  # a class that holds the character (not a negated one)
            return any(o is LITERAL and a == ord(ch) for o, a in av)
        if op is SUBPATTERN:
            return bool(av[3].data) and opens_with(av[3].data[0], ch)
        if op is BRANCH:
            return any(alt.data and opens_with(alt.data[0], ch) for alt in av[1])
        return False

    for (kind, rule, words), pattern in zip(boilerplate.inline_rules()[1], boilerplate.INLINE_RULES):
        items = parser.parse(pattern[1]).data
        for word in words:
            k = next(i for i, item in enumerate(items) if opens_with(item, word[0]))
            before = parser.SubPattern(parser.State(), items[:k]).getwidth()[1] if k else 0
            assert before <= boilerplate.INLINE_REACH, (kind, word, before)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_INLINE_PIECES + ["省", "略", "查看", "全文", "览", "预览", "已结束", "范文", "-", "—", "─", "－",
                                                   "\t", "\u3000", " - 25 - ", "2024-06"]), max_size=30))
def test_the_inline_words_a_text_holds_are_found_by_their_key_characters_first(pieces):
    """clean._held_words tests a word whole only where the text holds its key character: the words a test
    of each finds."""
    import speechdoc.text.clean as clean_module

    text = "".join(pieces)
    assert set(clean_module._held_words(text)) == {w for w in clean_module._inline_words() if w in text}


def test_one_scan_finds_every_inline_word_a_text_holds():
    """clean._held_words reads the leftmost matches of one scan: that finds every word a text holds only
    while no word is a prefix of another, lies inside another or ends in how another begins."""
    import speechdoc.text.clean as clean_module

    words = clean_module._inline_words()
    for a in words:
        for b in words:
            if a != b:
                assert not b.startswith(a) and a not in b[1:], (a, b)
                assert not any(a.endswith(b[:k]) for k in range(1, len(b))), (a, b)
    text = "省略号此处省略预览已结束查看更多 - 25 -　—　阅读全文"
    assert set(clean_module._held_words(text)) == {"省略", "此处", "预览已结束", "查看更多", " -", "\u3000—", "阅读全文"}


_SURVEY_PIECES = _INLINE_PIECES + ["省", "略", "战略", "查看", "全文", "览", "预览", "已结束", "范文", "读", "阅读", "展开", "发展", "此",
                                     "编者", "-", "—", "─", "－", "–", "\t", " ", " - 25 - ", "2024-06", "一、", "（二）", "3.", "第一，",
                                     "①", "总之", "國", "們", "?", "洺", "兩", "ｘī＠", "ā", "&", "&nbsp;", "發(fā)", "\u200b", "𠀀", "\f", " 3 \f", "「"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_SURVEY_PIECES), max_size=40))
def test_the_survey_with_the_marks_finds_the_inline_words_and_the_same_marks(pieces):
    """clean._survey's scan stops at the inline words' keys too (and takes the rest of a word): it finds every
    word the input holds (and a form feed), and the marker scan's matches as the scan does (where it lists them)."""
    import speechdoc.text.clean as clean_module
    from speechdoc.outline.markers import _SCAN
    from speechdoc.text.script import FOLDED_NUMERALS

    text = "".join(pieces)
    found = clean_module._survey(text, True)
    assert (found.words is None) == (found.marks is None)
    if found.words is not None:
        assert found.words == {w for w in clean_module._inline_words() + ("\f", "「") if w in text}, text
        if not any(ch in text for ch in FOLDED_NUMERALS):
            assert found.marks == [m.span() for m in _SCAN.finditer(text)], text


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_SURVEY_PIECES + ["言", "发言", "致辞", "主持词", "辞", "词", "三是言", "第一言", "（二）辞",
                                                  "\n", "言論", "辭", "詞"]), max_size=40))
def test_the_survey_lists_every_offset_of_the_listed_characters(pieces):
    """Where the survey collects the marks, it lists the offsets of the characters a later stage asked for
    (survey.list_offsets: the title words' rare ends), all of them: no match of the scan or word it reads holds
    one. The cleaned text's fold holds such a character at a listed offset or none (Marks.listed)."""
    import speechdoc.text.clean as clean_module
    from speechdoc.text import survey

    chars = survey.listed()
    assert chars and all(ch in chars for ch in "言辞词")  # (segment registers them)
    text = "".join(pieces)
    found = clean_module._survey(text, True)
    assert (found.listed is None) == (found.marks is None)
    if found.listed is not None:
        assert found.listed == [i for i, ch in enumerate(text) if ch in chars], text
    marks = clean_module.clean(text, marks=True).marks
    if marks is not None and marks.listed is not None:
        fold = clean_module.clean(text).view.fold
        assert {i for i in marks.listed if fold[i] in chars} == {i for i, ch in enumerate(fold) if ch in chars}, text


def test_a_listed_character_must_be_none_cleaning_acts_on():
    import speechdoc.text.clean as clean_module
    from speechdoc.text import survey

    with pytest.raises(ValueError):
        clean_module._survey_pattern(survey.shared(), True, "言國")  # (國: a trigger of the fold)
    with pytest.raises(ValueError):
        clean_module._survey_pattern(survey.shared(), True, "\f")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SURVEY_PIECES + ["預覽結束", "閱讀全文", "試讀結束", "\n", "我們的目標", "深沈", "破坏",
                                                    "覆盖"]), max_size=30))
def test_the_words_of_a_fold_the_survey_did_not_scan_are_read_on_the_lines_it_converted(pieces):
    """Where the fold differs from the input (a line with a trigger it converted), clean reads the inline words of
    those lines of the fold besides the survey's: every word the fold holds is among them. The lines it reads are
    the lines of the triggers where the fold differs: elsewhere the fold is the input (a trigger that converts
    nothing, 坏 of 破坏, leaves its line as it is)."""
    import speechdoc.text.clean as clean_module
    from speechdoc.text.script import fold_at

    text = "".join(pieces)
    found = clean_module._survey(text, True)
    if found.words is not None and found.triggers:
        fold = fold_at(text, found.triggers)
        converted = clean_module._converted_lines(text, fold, found.triggers)
        held = clean_module._held_with_lines(fold, found.words, converted)
        assert held >= set(clean_module._held_words(fold)), text
        lines = clean_module._converted_lines(text, None, found.triggers)
        assert set(converted) <= set(lines) and len(set(lines)) == len(lines)
        for a, b in lines:
            assert ((a, b) in converted) == (fold[a:b] != text[a:b])
        outside = [(b, a) for (_, b), (a, _) in zip([(0, 0)] + converted, converted + [(len(text), len(text))])]
        assert all(fold[a:b] == text[a:b] for a, b in outside), text


def test_a_special_character_the_survey_goes_on_past_is_none_the_fold_changes():
    """The survey goes on past a tone mark or an ampersand (q) and lists no trigger or signal there: none is one."""
    import speechdoc.text.clean as clean_module
    from speechdoc.text.script import fold_script

    ours = re.compile(f"[{mojibake.signal_chars()}{clean_module.trigger_class()}]")
    assert not any(ours.match(ch) for ch in clean_module._QUIET)
    assert fold_script(clean_module._QUIET) == clean_module._QUIET
    assert re.fullmatch(clean_module._SPECIAL.pattern + "+", clean_module._QUIET)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["一、", "（二）", "3.", "第一，", "今年经济运行总体平稳。", "\n", "ī", "ｘī＠", "&", "&amp;",
                                 "&nbsp;", "發(fā)", "國", "们", "破坏", "省略", "查看更多", "预览结束", " - 25 - ", "①", "二是",
                                 "\f", "\n3\n\f", "「", "」", "“", "”", "『", "』", "「一、」", "「發展」",
                                 "他说：「一是抓好落实。二是加强领导。三是注重实效。」"]),
                max_size=30))
def test_a_parse_with_the_survey_s_matches_is_the_parse_of_the_fold(pieces):
    """The marks, words and characters cleaning's survey collects (going on past a tone mark or an ampersand the
    view keeps; the fold's 「 among them) give the document the scans of the fold give."""
    text = "".join(pieces)
    assert _parse_json(text) == _parse_json(text, shared=False)


def _parse_json(text: str, shared: bool = True) -> str:
    """The document's JSON, made with the survey's matches or (``shared`` False) with the fold's own scans."""
    import speechdoc
    from speechdoc.outline.markers import scan_source
    from speechdoc.text import survey

    if shared:
        return speechdoc.parse(text).model_dump_json()
    survey.share(None)
    try:
        return speechdoc.parse(text).model_dump_json()
    finally:
        survey.share(scan_source)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["今年经济运行总体平稳。", "\n", "ī", "ｘī＠", "&", "&amp;", "&nbsp;", "發(fā)", "國", "我們的目標",
                                 "深沈", "破坏", "👉", "一、", "\u3000"]), max_size=30))
def test_the_fold_of_the_triggers_the_survey_listed_past_a_tone_mark_is_the_fold(pieces):
    """Where the survey went on past a tone mark or an ampersand (marks=True) and the view deleted nothing,
    the fold is made from the triggers it listed: the fold clean makes where it scans for them again."""
    import speechdoc.text.clean as clean_module

    text = "".join(pieces)
    assert clean_module.clean(text, marks=True).view.fold == clean_module.clean(text).view.fold, text


def test_a_text_with_a_stray_tone_mark_is_not_scanned_again_for_its_triggers(monkeypatch):
    """A scan's stray tone mark (ｘī＠, outside any gloss) costs no scan of the text for the fold's triggers: the
    survey listed them."""
    import speechdoc.text.clean as clean_module

    text = "一、我們的目標\n合金无缝钢管、ｘī＠②铜\n" + "今年经济运行总体平稳。" * 20
    want = clean_module.clean(text).view.fold
    monkeypatch.setattr(clean_module, "fold_script", lambda t: pytest.fail("the text was scanned again"))
    monkeypatch.setattr(clean_module, "_fold", lambda t: pytest.fail("the text was scanned again"))
    assert clean_module.clean(text, marks=True).view.fold == want == text.replace("們", "们").replace("標", "标")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["今年经济运行总体平稳。", "\n", "ī", "ｘī＠", "&", "R&D", "&amp;", "&nbsp;", "發(fā)", "標(biāo)",
                                 "國", "我們的目標", "深沈", "問題?傊,", "。ㄒ唬┙", "?xí)", "您的位置:首页>>正文", "\u3000", "一、",
                                 "\u200b", "\xa0"]), max_size=30))
def test_a_text_whose_only_special_characters_the_view_keeps_is_cleaned_as_a_plain_one(pieces):
    """Where the survey went on past every special character (a tone mark outside a gloss, an ampersand that opens
    no entity), it listed every trigger and signal and nothing is deleted: clean takes the plain way (no gloss cut,
    the fold from the triggers, mojibake.find given the signals) and gets what the way of a special text gets."""
    import speechdoc.text.clean as clean_module

    text = "".join(pieces)
    got, want = clean_module.clean(text, marks=True), clean_module.clean(text)  # (no survey marks: the special way)
    assert (got.view.text, got.view.fold, list(got.view.view_starts), list(got.view.raw_starts)) == \
        (want.view.text, want.view.fold, list(want.view.view_starts), list(want.view.raw_starts)), text
    assert (got.noise, got.garbled, got.inline, got.diagnostics) == (want.noise, want.garbled, want.inline,
                                                                     want.diagnostics), text


def test_a_stray_tone_mark_costs_no_gloss_cut_and_no_mojibake_scan(monkeypatch):
    """A scan's stray tone mark (ｘī＠) and a bare ampersand (R&D) leave the view the input: no split by the
    glosses, and the garbled runs are read at the signals the survey listed (the broken run 問題?傊, is found)."""
    import speechdoc.text.clean as clean_module

    text = "一、研究R&D投入\n合金无缝钢管、ｘī＠②铜片，研究解決問題?傊,全縣上下\n" + "今年经济运行总体平稳。" * 20
    want = clean_module.clean(text)
    given_ = []
    real = mojibake.find
    monkeypatch.setattr(clean_module, "_cut_glosses", lambda *a: pytest.fail("glosses were looked for"))
    monkeypatch.setattr(mojibake, "find", lambda t, **kw: given_.append(kw.get("candidates")) or real(t, **kw))
    got = clean_module.clean(text, marks=True)
    assert got.view.plain and got.view.fold == want.view.fold and got.view.fold.count("们") == 0
    assert got.garbled == want.garbled != [] and given_ and given_[0] is not None
    assert got.marks is not None


def test_a_simplified_text_that_ends_in_traditional_script_is_surveyed_whole():
    """The survey stops at the eighth traditional-only character only where it stands in the text's first half (a
    traditional text): a simplified text that ends in a licence in traditional script (a note, a site's licence) keeps the survey's
    marks and the fold of the lines it converted, and its parse is the parse of the fold's own scans."""
    import speechdoc.text.clean as clean_module
    from speechdoc.text.script import fold_script

    body = "一、总体要求\n" + "今年经济运行总体平稳，各项指标好于预期。\n" * 30 + "二、重点任务\n（一）扩大内需。\n"
    tail = "附記：這篇講話稿發表於臺灣的報紙，經過編輯整理，個別文字與原稿不同，特此說明。\n"
    text = body + tail
    cleaned = clean_module.clean(text, marks=True)
    assert cleaned.marks is not None and cleaned.view.fold == body + fold_script(tail) != text
    assert clean_module._survey(tail + body, True).marks is None  # (the same characters first: it stops)
    assert _parse_json(text) == _parse_json(text, shared=False)


def test_the_survey_tries_every_place_the_scan_tried():
    """A word's match takes the characters after its key: none is one the survey stops at (the scan's class)
    or the key of another word, and no word overlaps another (test_one_scan_finds_every_inline_word_a_text_holds),
    so no place the survey would stop at lies inside a word's match. Each word holds a key."""
    import speechdoc.text.clean as clean_module
    from speechdoc.text import survey

    pattern = clean_module._survey_pattern(survey.shared())
    head = re.compile(re.match(r"\[(?:\\.|[^\]\\])*\]", pattern.pattern, re.S).group())  # (the scan's first class)
    keys = {w[k] for w, k in clean_module._keyed_words()}
    for w, k in clean_module._keyed_words():
        assert w[k] in clean_module._WORD_KEYS and head.match(w[k]), w
        for ch in w[k + 1:]:
            assert not head.match(ch) and ch not in keys, (w, ch)
    # a key cleaning acts on (a mojibake signal) is read where the survey lists it
    assert set(clean_module._keys_in_class()) == {ch for ch in keys if clean_module._cleanings_class().match(ch)} != set()
    assert clean_module._survey("\u3000─ ─\t－", True).words == {"\u3000─", " ─", "\t－"}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["这部作品在", "本作品来自2021年", "作品来自1999年", "本作品在全世界都属于公有领域", "文艺作品",
                                 "\n", " ", "\u3000" * 4, "\t", "今年经济运行总体平稳。"]), max_size=30), st.integers(0, 60))
def test_the_licence_is_looked_for_at_the_lines_that_hold_its_word(pieces, at):
    import speechdoc.text.clean as clean_module

    text = "".join(pieces)
    want = clean_module._LICENCE.search(text, at)
    got = clean_module._line_search(text, clean_module._LICENCE, at, "作品", 10)
    assert (got and got.span()) == (want and want.span())


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["。", "！", "）", " ", "\u3000", "\t", "注", "：", ":", "①列宁", "① 列宁", "，第269页。",
                                 " ② 马克思", "\u3000②", "②", "关注", "\n", "今年", "！ \u3000注：\u3000", "。 注: ", "　　"]),
                max_size=30), st.integers(0, 40))
def test_flattened_notes_are_looked_for_where_their_note_mark_stands(pieces, at):
    import speechdoc.text.clean as clean_module

    text = "".join(pieces)
    want = clean_module._FLAT_NOTES.search(text, at)
    got = clean_module._flat_notes(text, at)
    assert (got and (got.span(), got.start(1))) == (want and (want.span(), want.start(1))), text


def test_flattened_notes_after_a_sentence_s_end():
    import speechdoc.text.clean as clean_module

    text = "关注民生。属于我们的！ 　　注： 　　① 列宁：《国家与革命》，第269页。 　　② 马克思：《资本论》"
    assert clean_module._flat_notes(text, 0).start(1) == text.index("注：") == clean_module._FLAT_NOTES.search(text, 0).start(1)
    assert clean_module._flat_notes(text, text.index("！") + 1) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["省略", "省", "略", "查看更多", "查", "看更多", "作品", "品", "注", "\n", "今年", "企业", "工作"]),
                max_size=30), st.sampled_from(["省略", "查看更多", "作品", "注", "预览已结束"]), st.integers(0, 12))
def test_a_word_is_found_by_its_key_character_wherever_str_find_finds_it(pieces, word, pos):
    import speechdoc.text.clean as clean_module

    text = "".join(pieces)
    want = [i for i in range(pos, len(text)) if text.startswith(word, i)]
    assert list(clean_module._occurrences(text, word, pos)) == want
    assert clean_module._find_word(text, word, pos) == text.find(word, pos)  # (the inline rules' word search)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["隐藏", "隐", "藏", "未完", "未", "完", " -", " ", "-", "\u3000—", "—", "展开全文", "全文", "\n",
                                 "今年", "……(此处隐藏962字)……", "……(未完,全文共8057字)"]), max_size=30), st.integers(0, 12))
def test_an_inline_word_is_found_by_its_key_character_where_str_find_finds_it(pieces, pos):
    """_inline_matches finds each word by its key character (_find_word): where str.find finds it whole."""
    import speechdoc.text.clean as clean_module

    text = "".join(pieces)
    for word in clean_module._inline_words():
        assert clean_module._find_word(text, word, pos) == text.find(word, pos), (text, word)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["發", "A", "(", "（", ")", "）", "fā", "biāo", "ai", "2021", "ü", "x", "\n", "今年"]), max_size=30))
def test_the_glosses_after_each_kind_of_bracket_are_the_glosses_of_the_one_pattern(pieces):
    import speechdoc.text.clean as clean_module

    text = "".join(pieces)
    assert list(clean_module._glosses(text)) == [m.span() for m in clean_module._gloss().finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["發", "A", "(", "（", ")", "）", "fā", "biāo", "ǚ", "ai", "2021", "ü", "\n", "今年", "們", "(fā)",
                                 "（biāo）", "\r", "\xa0"]), max_size=30))
def test_a_view_cut_by_one_split_at_the_glosses_is_the_view_built_a_gloss_at_a_time(pieces):
    """clean._cut_glosses makes the view of a text whose only deletions are glosses from one split of the
    text: the same text, fold and offsets as TextView.build given the glosses' spans."""
    import speechdoc.text.clean as clean_module
    from speechdoc.text.textview import TextView

    text = "".join(pieces)
    want = TextView.build(text, deletions=clean_module._glosses(text), fold=clean_module._fold)
    assert clean_module._cut_glosses(text) == want


_REWRITTEN_PIECES = ["發", "們", "(fā)", "（biāo）", "今年", "\n", "\r", "\r\n", "\x0b", "\x85", "\u2028", "\u2029", "\xa0",
                     "\u3000", "\u2003", "\u2105", "\ufe51", "\uff64", "\uff61", "\x00", "\xad", "\u200b", "\u2060", "\ufeff",
                     "&", "&nbsp;", "&amp;", "ā", "沈阳", "\ud800"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_REWRITTEN_PIECES), max_size=30), st.integers(0, 6))
def test_the_special_characters_found_by_one_scan_are_those_each_test_finds(pieces, cut):
    """clean reads which invisible characters, look-alikes, line ends and ampersands a text holds off one class scan
    of its input (_REWRITTEN): the same answers as a test of each, and the fold of any piece of the text (a view
    only deletes characters none of them) given them is the fold that looks for them itself."""
    import speechdoc.text.clean as clean_module

    text = "".join(pieces)
    held = clean_module._held_special(text)
    assert held == frozenset(clean_module._REWRITTEN.findall(text))
    long = "今年" * clean_module._HELD_CHUNK + text  # (read a chunk at a time: its characters in the last chunks)
    assert clean_module._held_special(long) == held
    assert (not held.isdisjoint(clean_module._INVISIBLE_CHARS)) == any(ch in text for ch in clean_module._INVISIBLE_CHARS)
    assert ("&" in held) == ("&" in text)
    piece = "".join(pieces[cut:])
    assert clean_module._fold(piece, held) == clean_module._fold(piece)
    assert clean_module._fold(text, held) == clean_module._fold(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["某某网", "某某网站", "某某网 - 首页", "某某网_范文", "  ", "\u3000", "\t", "\n", "\r",
                                 "今年经济运行总体平稳。", "某", "网", "-", "·", "关于某某网的通知", "x" * 30]), max_size=30))
def test_the_site_lines_are_the_lines_that_only_name_a_site(pieces):
    """clean._site_lines reads only the lines that start where a name stands: the lines a test of every
    line (clean._lines) finds."""
    import speechdoc.text.clean as clean_module

    text = "".join(pieces)
    names = {"某某网", "某某网站"}
    want = [(s, e) for s, e in clean_module._lines(text)
            if e - s <= 60 and clean_module._SITE_HEAD.match(text, s, e).group().rstrip(" \t") in names]
    assert clean_module._site_lines(text, names) == want


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["您的位置:", "首页", ">", "/", "版权所有", "©", "Powered By ", "(", "（", ")", "[", "【", "】",
                                 "省略", "某某", "网", "网站", "文库", "站", "库", "文", "http://x.cn", " ", "\n"]), max_size=20))
def test_every_site_name_holds_one_of_the_characters_cleaning_looks_for_first(pieces):
    """clean._chrome reads a chrome span with the site rules only where it holds 网, 站 or 库."""
    text = "".join(pieces)
    for rule in boilerplate.SITE_RULES:
        for m in rule.finditer(text):
            assert any(ch in m.group(1) for ch in "网站库"), (m.group(), text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["2", "、", "12", "2、", "22", "２、", "\n", "今年", "要"]), max_size=200))
def test_a_page_label_two_is_found_by_its_two(pieces):
    """pages.chunk_labels reads a text only where it holds 2、, found by each 2 (up to _TWOS of them, then whole;
    a short text whole)."""
    from speechdoc.text import pages

    text = "".join(pieces)
    assert pages._holds_two(text) == ("2、" in text)
    old = pages._TWO_WHOLE
    pages._TWO_WHOLE = 0  # (by the 2s, however short the text)
    try:
        assert pages._holds_two(text) == ("2、" in text)
    finally:
        pages._TWO_WHOLE = old


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("中a\n\ud800\udbff\udc00\udfff\ud7ff\ue000\uffff\U0001F600"), max_size=40),
       st.integers(1, 8))
def test_a_surrogate_is_found_by_the_encoding_that_refuses_it(text, chunk):
    """load._has_surrogate encodes the text a chunk at a time as UTF-32, which refuses exactly the surrogates."""
    from speechdoc.text import load

    old = load._SURROGATE_CHUNK
    load._SURROGATE_CHUNK = chunk
    try:
        assert load._has_surrogate(text) == any("\ud800" <= ch <= "\udfff" for ch in text)
    finally:
        load._SURROGATE_CHUNK = old


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("a\xe9中\ud800\uffff\U00010000\U0001F600\U0010ffff"), max_size=30))
def test_a_text_of_bmp_characters_is_told_by_its_size(text):
    """clean._astral: a str holds a character outside the BMP where CPython keeps it in 4 bytes a character
    (the survey then looks for them); a subclass of str is always read as one that may."""
    import speechdoc.text.clean as clean_module

    class Text(str):
        pass

    assert clean_module._astral(text) == any(ord(ch) > 0xFFFF for ch in text)
    assert clean_module._astral(Text(text))


def test_the_survey_of_a_text_of_bmp_characters_looks_for_no_character_outside_it():
    """The survey's pattern for a BMP-only text holds no astral range (one re tests apart from the class's bitmap,
    ~1 ns a character): no character outside the BMP starts a match, where the full pattern's class holds the
    fold's astral triggers (U+2005E–U+30EDE, the supplementary ideographs)."""
    import speechdoc.text.clean as clean_module
    from speechdoc.text import survey
    from speechdoc.text.script import astral_triggers, trigger_class

    if trigger_class() is None:
        pytest.skip("the installed OpenCC dictionaries are not the table's: every text is converted whole")
    assert astral_triggers() in trigger_class()
    ideograph = astral_triggers()[0]
    for shared in (survey.shared(), None):
        head = re.match(r"\[(?:\\.|[^\]\\])*\]", clean_module._survey_pattern(shared, True).pattern, re.S).group()
        assert re.match(head, ideograph)
        bmp = re.match(r"\[(?:\\.|[^\]\\])*\]", clean_module._survey_pattern(shared, False).pattern, re.S).group()
        assert not any(ord(ch) > 0xFFFF for ch in bmp)  # (not a range of them, nor one alone)
        assert not re.match(bmp, ideograph) and re.match(bmp, "們")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["目录", "目 录", "提纲", "纲要", "纲", "录", "目次", "\n", " ", "\u3000", "\u3000" * 14, "\r",
                                 "一、总体要求", "今年经济运行总体平稳，", "工作" * 30, "……1"]), max_size=30))
def test_a_label_line_is_told_as_when_its_whole_line_is_read(pieces):
    """contents._label_line_at leaves a word with ink MAX_ENTRY characters on in its line at once: the answer
    reading the whole line, trimmed, gives (纲 of 纲要 mid-paragraph)."""
    from speechdoc.text import contents

    text = "".join(pieces)
    for i in contents._words(text):
        a = text.rfind("\n", 0, i) + 1
        b = text.find("\n", i)
        line = text[a:len(text) if b < 0 else b]
        want = len(line.strip(LINE_TRIM)) <= contents.MAX_ENTRY and any(
            contents._is_label(text, a + s, a + e) for s, e in contents._lines(line))
        assert contents._label_line_at(text, i) == want, (text, i)


def _guarded_chrome_line_pattern(left_out: frozenset[str]) -> re.Pattern[str]:
    """The chrome line scan as it was written before the rules opened with their first characters' class: one
    alternation of the rules, each behind a lookahead on those characters, then the line's end."""
    rules = boilerplate._alternation(left_out).pattern.replace(r"\s", r"[^\S\n]")
    trim = f"[{LINE_TRIM}]"
    return re.compile("\n" + rf"{trim}*+{boilerplate._line_opener(left_out)}"
                      rf"(?<=(?=(?:{rules})(?<!{trim}){trim}*(?=\n|\Z))(?s:.))")


def _chrome_texts(seed: int, n: int) -> list[str]:
    """Lines of every rule, their pieces run together and cut, prose and blanks around them."""
    rng = random.Random(seed)
    pieces = [*_LINES, *(line[:k] for line in _LINES for k in range(1, len(line))), *(line[k:] for line in _LINES
              for k in range(1, len(line))), " ", "\t", "\u3000", "\r", "：", ":", "　一、", "苏ICP备13036920号-1",
              "京icp证", "第", "页", "—", "-", "2", "２"]
    return ["\n".join("".join(rng.choice(pieces) for _ in range(rng.randrange(0, 4))) for _ in range(rng.randrange(1, 8)))
            for _ in range(n)]


@pytest.mark.parametrize("left_out", [frozenset(), frozenset([boilerplate._ICP])])
def test_the_chrome_line_scan_finds_what_the_guarded_alternation_found(left_out):
    new = boilerplate._chrome_line_patterns(left_out)[1]
    old = _guarded_chrome_line_pattern(left_out)
    texts = _chrome_texts(5, 3000)
    if CORPUS.is_dir():  # (the dev corpus's folds, where it is at hand: $SPEECHDOC_SHARED or ../shared)
        from speechdoc.text.clean import fold_script

        texts += [fold_script(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.rglob("*.txt"))]
    for text in texts:
        text = "\n" + text
        got = [(m.span(), m.lastgroup, m.span(m.lastgroup)) for m in new.finditer(text)]
        assert got == [(m.span(), m.lastgroup, m.span(m.lastgroup)) for m in old.finditer(text)], text


def test_other_cases_are_every_letter_an_ascii_letter_matches_under_ignore_case():
    for letter in "abcdefghijklmnopqrstuvwxyz":
        matched = {chr(c) for c in range(0x3000) if re.fullmatch(f"(?i:{letter})", chr(c))} | \
                  {ch for ch in "\u212a" if re.fullmatch(f"(?i:{letter})", ch)}
        assert matched == {letter, letter.upper(), *boilerplate._OTHER_CASES.get(letter, "")}, letter
    for _, rule in boilerplate.LINE_RULES:  # (each rule's class holds the first character of its examples' lines)
        first = boilerplate._first_class(rule)
        for line in _LINES:
            trimmed = line.strip(LINE_TRIM)
            if first is not None and trimmed and re.fullmatch(f"(?:{rule})", trimmed):
                assert re.match(first, trimmed), (rule, line)


def _one_scan_chrome_lines(text: str) -> list[re.Match[str]]:
    """chrome_lines as it read a text that holds an ICP rule's word: one scan with that rule in its place among the
    others (any inked character opened a line then)."""
    left = 0
    for bit, grouped in boilerplate._RULE_WORDS_GROUPED:
        if not boilerplate._holds_grouped(text, grouped):
            left |= bit
    first, after_break = boilerplate._line_patterns(left)
    m = first.match(text)
    return ([] if m is None else [m]) + list(after_break.finditer(text))


_ICP_PIECES = ["苏ICP备13036920号-1", "京icp证12345678号", "备案号:苏ICP备13036920号-1", "来源:京ICP备1234号", "版权所有 苏ICP备1234号",
               "网站备案：京icp证", "ICP 备", "p备", "P证", "PAGE 3", "— 2 —", "同志们:", "今年经济运行总体平稳。", "您的位置:首页>>正文",
               "……", " ", "\u3000", "\r", "\n", "\n", "\n\n", "2", "号"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ICP_PIECES), max_size=30))
def test_lines_with_an_icp_word_read_again_find_what_the_one_scan_found(pieces):
    """A text that holds a word of the ICP rule is scanned without the rule, and each line that holds such a word
    is matched again with it: the same matches (kind and span) as the one scan with the rule among the others."""
    text = "".join(pieces)
    got = [(m.lastgroup, m.span(m.lastgroup)) for m in chrome_lines(text)]
    assert got == [(m.lastgroup, m.span(m.lastgroup)) for m in _one_scan_chrome_lines(text)], text


def test_an_icp_word_on_the_first_line_and_lines_the_scan_finds_around_it():
    text = "苏ICP备13036920号-1\n您的位置:首页>>正文\n今年\n网站备案：京icp证12345678号\n— 2 —\n来源:京ICP备1234号"
    got = [(boilerplate.LINE_KINDS[int(m.lastgroup[1:])], text[slice(*m.span(m.lastgroup))]) for m in chrome_lines(text)]
    assert got == [("footer", "苏ICP备13036920号-1"), ("breadcrumb", "您的位置:首页>>正文"),
                   ("footer", "网站备案：京icp证12345678号"), ("page_break", "— 2 —"), ("source", "来源:京ICP备1234号")]
    assert got == [(boilerplate.LINE_KINDS[int(m.lastgroup[1:])], text[slice(*m.span(m.lastgroup))])
                   for m in _one_scan_chrome_lines(text)]
