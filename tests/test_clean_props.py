"""Properties of cleaning on generated pages full of chrome, glosses, PDF spaces and mojibake.

The invariant of issue 3: every character of the input lies in exactly one paragraph
(of the front matter, a speech or a node) or one noise record; a paragraph, sentence
or title shows its own source span, less glosses, wraps and stray spaces. Then the
pathological inputs: long runs that would make a careless pattern quadratic.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import speechdoc
from speechdoc.document.assemble import display
from speechdoc.text.clean import _MARK_FORMS, GLOSS, INVISIBLE, LICENCE_REACH, NOISE_CAP, NOTES_REACH, clean, fold_script
from speechdoc.document.model import Document

LINES = [  # whole lines of page chrome, both scripts
    "您的位置:新文秘网>>政府报告>>正文", "您的位置:新文秘網>>政府報告>>正文", "当前位置:九力公文网>公文范文",
    "发表时间:2024/6/12 13:11:05", "發(fā)表時間:2024/6/12 13:11:05", "时间:2022-06-07 18:12:02 来源:网友投稿",
    "來源: 黨課講稿 點擊:", "- 2021-05-25 发布 |", "- 37.5 KB |", "- 18页", "申明敬告: 本站不保证文档完整性。", "文檔介紹",
    "下面是小编为大家整理的讲话,供大家参考。", "下面是小編為大家整理的講話,供大家參考。", "推荐访问:讲话 会议",
    "版權所有:九力公文網", "相关热词搜索:项目", "熱點文章閱讀", "查看更多", "发布评论", "注册  登陆", "客服微信號:wm114cn",
    "苏ICP备13036920号-1", "预览结束", "九力公文网", "......", "在县政府全体会议上的讲话", "在縣政府全體會議上的講話",
]
PIECES = [  # pieces of running text
    "一、", "二、", "（一）", "(二)", "1.", "2.", "第一,", "第二，", "一是", "二是", "同志们:", "同志們：",
    "发(fā)表", "目標(biāo)", "會(huì)議", "全體(擴大)會議", "縣(市)、區", "(2021)", "讲 话稿", "1 9 9 8 年", "X 秘书长",
    "……(新文秘网http://m.x.cn省略962字,正式会员可完整阅读)……", "……(未完,全文共8057字,当前仅显示2700字…)",
    "---此处隐藏1069字---", "---此處隱藏99字---", "3590 字范文", "問題?傊,", "!墩ぷ鲌蟾妗", "。ㄒ唬┙", "第1要务",
    "经济", "增长", "工作", "落实", "經濟", "發展", "。", "；", ";", ",", "：", "!", "?", "“", "”", "×", "X",
    "\n", "\n\n", " ", "\u3000", "\r\n", "\t", "\xa0", "\ud800", "\x0b", "\u2028",
    "\f", "\u200b", "\ufeff", "\r", "\n— 2 —\n", "第 3 页", "目录：\n", "提綱\n", "1、", "\n2、",
]
texts = st.lists(
    st.sampled_from(PIECES) | st.sampled_from(LINES).map(lambda s: f"\n{s}\n") | st.text(max_size=3),
    max_size=50,
).map("".join)

_WS = re.compile(r"[\s\u3000\xa0]+")


def _norm(s: str) -> str:
    return _WS.sub("", INVISIBLE.sub("", s))  # zero-width characters are deleted from the view like glosses


def _paragraphs(doc: Document):
    yield from doc.front
    for sp in doc.speeches:
        yield from sp.blocks
        for node in sp.walk():
            yield from node.blocks


_SHOWN = str.maketrans({"\u2105": "%", **_MARK_FORMS})


def check_way_back(doc: Document, text: str, simplified: bool) -> None:
    assert doc.text == re.sub("[\ud800-\udfff]", "\ufffd", text)
    # the simplified script shows the fold's readings, look-alikes included (增长15℅ reads 15%, a small or
    # half-width form of a CJK mark reads as the mark: ﹐ ，, ､ 、)
    shown = (lambda s: fold_script(s).translate(_SHOWN)) if simplified else (lambda s: s)

    def source(span) -> str:
        return _norm(shown(GLOSS.sub("", doc.text[span[0]:span[1]])))

    spans = sorted([p.span for p in _paragraphs(doc)] + [n.span for n in doc.noise])
    pos = 0
    for s, e in spans:  # exactly one home for every character
        assert s == pos and e > s, (s, e, pos)
        pos = e
    assert pos == len(doc.text)
    for n in doc.noise:
        assert n.text == doc.text[n.span[0]:n.span[1]].strip()  # the record owns the blank space after it
    for p in _paragraphs(doc):
        assert _norm(p.text) == source(p.span)
        for sent in p.sentences:
            assert _norm(sent.text) == source(sent.span)
    # a page break between a marker alone on its line and its title does not part them (the text runs
    # on across pages, pipeline.py): only other noise may never lie inside a heading
    noise = [n.span for n in doc.noise if n.kind != "page_break"]
    breaks = [n.span for n in doc.noise if n.kind == "page_break"]
    for node in doc.walk():
        assert _norm(node.title) == source(node.title_span)
        assert doc.text[node.marker_span[0]:node.marker_span[1]] == node.marker
        assert not any(s < node.title_span[1] and node.marker_span[0] < e for s, e in noise)
        assert not any(s < node.title_span[1] and node.title_span[0] < e for s, e in breaks)  # none inside a title
    for sp in doc.speeches:
        if sp.title is not None:
            assert _norm(sp.title) == source(sp.title_span)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.booleans())
@example("一﹑总体要求﹐增长６％｡", True)  # small and half-width forms of the marks, read as the marks (hypothesis found ﹐)
def test_every_character_has_one_home_and_text_shows_its_source(text, simplified):
    doc = speechdoc.parse(text, script="simplified" if simplified else "source")
    check_way_back(doc, text, simplified)
    assert Document.model_validate_json(doc.model_dump_json()).text == doc.text


@settings(max_examples=150, deadline=None)
@given(texts)
def test_noise_never_becomes_a_node_or_title(text):
    doc = speechdoc.parse(text)
    for node in doc.walk():
        for n in doc.noise:
            assert not (n.span[0] <= node.marker_span[0] < n.span[1])
        for chrome in ("您的位置", "发表时间", "省略", "全文共", "推荐访问", "版权所有", "查看更多"):
            assert chrome not in fold_script(node.title)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_display_only_drops_whitespace(s):
    assert _norm(display(s)) == _norm(s.replace("\r", "").replace("\n", ""))


def test_seed_like_page_keeps_every_character():
    page = ("您的位置:新文秘網>>正文\n\n在縣政府第二次全體(擴大)會議上的講話\n發(fā)表時間:2024/6/12 13:11:05\n同志們:\n"
            "第一,用情用力做好工作\n1.要落實責任。各位副縣長要靠前指揮,\n……(新文秘網省略962字,正式會員可完整閱讀)…… \n"
            "抓運行。\n2.緊盯重點任務抓攻堅!墩ぷ鲌蟾妗贩纸了。\n注冊  登陸\n")
    for simplified in (False, True):
        check_way_back(speechdoc.parse(page, script="simplified" if simplified else "source"), page, simplified)


RUNS = [" ", ".", "…", "。", "(", "（", "-", "—", "1", "１", "一", "字", "?", "ぷ", "X", "\n", "\u3000", "|", ">"]
PATTERNS = ["…(", "1 ", "讲 ", "您的位置:", "省略1字", "(fā)", "?h", "- 1页\n", "3590 字范文 ", "(未完"]


@pytest.mark.parametrize("run", RUNS + PATTERNS)
def test_long_runs_finish(run):
    text = run * (40_000 // len(run))
    for wrapped in (text, "同志们:" + text + "一、抓落实"):
        clean(wrapped)
        display(wrapped)
    speechdoc.parse("一、抓落实\n" + text)


def test_five_megabyte_line_finishes():
    unit = "今年经济运行总体平稳,发(fā)表讲 话稿,問題?傊,……(未完,全文共字)您的位置:首页 二是抓项目 "
    line = unit * (5_000_000 // len(unit.encode("utf-8")) + 1)
    assert len(line.encode("utf-8")) > 5_000_000
    doc = speechdoc.parse(line.encode("utf-8"))
    assert doc.source.length == len(line)


def test_five_megabyte_line_with_numbers_cleans():
    unit = "今年全县生产总值增长6.5%左右,讲 话稿 1 9 9 8 年,發(fā)表講話,……(未完,全文共8057字)二是抓项目 "
    line = unit * (5_000_000 // len(unit.encode("utf-8")) + 1)
    cleaned = clean(line)
    assert len(cleaned.view.fold) == len(cleaned.view.text)
    assert display(line)


def test_many_site_names_stay_linear():
    page = "".join(f"版权所有:[站{i}网]\n站{i}网\n" for i in range(20_000))
    cleaned = clean(page)
    # every name line is found (a set lookup each); the records stop at the noise cap, and say so
    assert [n.kind for n in cleaned.noise] == ["footer", "site"] * (NOISE_CAP // 2)
    [(_, code, _, start, end)] = cleaned.diagnostics
    assert code == "noise-cap" and page[start:end] == f"版权所有:[站{NOISE_CAP // 2}网]\n"


_LONG_SPEECH = "同志们：\n一、认清形势\n今年全县生产总值增长6.2%。\n二、突出重点\n要扩大有效投资。\n"
_SHORT_SPEECH = "同志们：\n一、认清形势\n要压实责任。\n"


@pytest.mark.parametrize("kind,closing,speech,before,after,reach,share", [
    ("licence", "本作品来自1949年10月1日（含）之后的中国共产党文件。\n", _LONG_SPEECH, 160, 90, LICENCE_REACH, 0.6),
    ("notes", "注：\n① 列宁：《全俄中央执行委员会会议》。\n② 毛泽东：《实践论》。\n", _SHORT_SPEECH, 1300, 1100, NOTES_REACH, 0.5),
])
def test_a_licence_or_endnote_list_closes_a_text_but_does_not_take_the_texts_after_it(
        kind, closing, speech, before, after, reach, share):
    alone = speech * before + closing
    assert [(n.kind, alone[n.start:n.end]) for n in clean(alone).noise] == [(kind, closing)]
    # a compilation: the closing part, late in the text, is followed by more texts, which stay text
    compiled = alone + speech * after
    assert alone.index(closing) > share * len(compiled) and len(compiled) - len(alone) > reach
    assert [n.kind for n in clean(compiled).noise] == []
    doc = speechdoc.parse(compiled)
    assert len([n for n in doc.walk() if n.marker == "一、"]) == before + after  # every copy's outline is read


# the inline rules as first written (a lookahead before an optional lead-in), which re tries at
# every position; boilerplate's forms open with a character class instead, and must match the same
_N = r"[0-9０-９]{1,9}"
_PLAIN_INLINE = [
    r"(?=[….( （\t\u3000])(?:…{1,2}|\.{3,6})?[ \t\u3000]{0,3}[(（][^()（）\n]{0,80}?(?:省略|隐藏)[ \t\u3000]{0,2}" + _N
    + r"[ \t\u3000]{0,2}字[^()（）\n]{0,60}[)）][ \t\u3000]{0,3}(?:…{1,2}|\.{3,6})?",
    r"(?=[….( （\t\u3000])(?:…{1,2}|\.{3,6})?[ \t\u3000]{0,3}[(（][ \t\u3000]{0,3}未完(?:[^()（）\n]{0,160}[)）](?:…{1,2})?|[^\n]{0,300})",
    r"(?:-{2,8}|\.{3,8}|…{1,3})[ \t\u3000]{0,3}此处(?:隐藏|省略)[ \t\u3000]{0,3}" + _N
    + r"[ \t\u3000]{0,3}字(?:[，,][^\n.…\-]{1,20})?[ \t\u3000]{0,3}(?:-{2,8}|\.{3,8}|…{1,3})",
    r"(?:预览结束|预览已结束|试读结束)",
    r"(?=[0-9０-９])(?<![0-9０-９.,，])" + _N + r"[ \t\u3000]{0,2}字范文",
    r"(?:查看更多|展开全文|阅读全文)(?=[ \t\u3000]{0,8}(?:\n|$))",
    r"[【\[]?编者按[】\]]?[:：][^\n]{0,600}?(?=[ \t\u3000]{0,4}(?:同志们|各位代表|各位委员|各位领导)[:：，,!！])",
    r"(?<![0-9０-９])[ \t\u3000][-—–－─]{1,2}[ \t]{0,2}[0-9０-９]{1,4}[ \t]{0,2}[-—–－─]{1,2}(?=[ \t\u3000]+[^0-9０-９ \t\u3000])",
]
_PIECES = list("….(（ \t\u3000)）字-0１,.，\n网—－") + ["省略", "隐藏", "未完", "字范文", "此处隐藏", "预览结束", "阅读全文", "12字",
                                                   " - 3 - ", "- 12 -", "编者按:", "同志们:", "【编者按】"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=80).map("".join))
def test_inline_rules_match_what_their_plain_forms_match(text):
    from speechdoc.text.boilerplate import inline_rules

    for plain, (_, rule, _) in zip(_PLAIN_INLINE, inline_rules()[1], strict=True):
        assert [m.span() for m in rule.finditer(text)] == [m.span() for m in re.finditer(plain, text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="\x0b\x1c\x1d\x1e\x85\u2028\u2029\r\n一a", max_size=40))
def test_other_line_ends_fold_to_newline_as_their_plain_pattern_says(text):
    from speechdoc.text.clean import _LINE_ENDS

    assert _LINE_ENDS.sub("\n", text) == re.sub("[\x0b\x1c\x1d\x1e\x85\u2028\u2029]|\r(?!\n)", "\n", text)


def test_line_rules_behind_their_first_characters_match_what_they_match():
    """any_line puts each rule it can behind a lookahead on its first characters: the same match
    and kind as the plain alternation, on every line of the fixtures and on lines made of rule words."""
    import random
    import re
    from pathlib import Path

    from speechdoc.text.boilerplate import LINE_RULES, any_line

    plain = re.compile("|".join(f"(?P<r{i}>(?:{rule}))" for i, (_, rule) in enumerate(LINE_RULES)))
    assert plain.pattern != any_line().pattern
    lines = [line.strip() for p in sorted((Path(__file__).parent / "fixtures").rglob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(8)
    words = ["您的位置", "：", "首页", "发布时间", "2024-06-12", "来源", "第", "3", "页", "共", "10", "-", "—", "KB",
             "下载文档", "欢迎阅读", "全文共", "字", "版权所有", "copyright", "ICP备", "12345678号", "……", "上一篇",
             "预览结束", "还剩", "政府工作报告", " ", "\u3000", "|", "page"]
    lines += ["".join(rng.choice(words) for _ in range(rng.randrange(1, 6))) for _ in range(3000)]
    hits = 0
    for line in lines:
        a, b = any_line().fullmatch(line), plain.fullmatch(line)
        assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), line
        hits += a is not None
    assert hits > 300


def test_chrome_lines_finds_every_line_a_rule_matches_whole():
    """chrome_lines scans the text from line break to line break: it must find exactly the lines whose
    trimmed text a rule matches whole (the first line too, blank and untrimmed lines, \\r\\n ends)."""
    import random

    from speechdoc.text.boilerplate import LINE_TRIM, any_line, chrome_lines

    rng = random.Random(9)
    pieces = ["您的位置:首页>>正文", "发布时间:2024-06-12 13:11:05", "来源: 党课讲稿", "第3页 共10页", "— 2 —",
              "版权所有:九力公文网", "一、总体要求", "同志们:", "今年经济运行总体平稳。", "下载文档", "……", "", " ",
              "\u3000", "\r", "\xa0", "上一篇", "page 3 of 10", "推荐访问:讲话", "查看更多", "苏ICP备13036920号-1",
              "网站备案：京icp证12345678号", "iCp备"]
    for _ in range(400):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 3))) for _ in range(rng.randrange(1, 12))]
        text = "\n".join(lines)
        want, pos = [], 0
        for line in lines:
            s, e = pos, pos + len(line)
            while s < e and text[s] in LINE_TRIM:
                s += 1
            while e > s and text[e - 1] in LINE_TRIM:
                e -= 1
            m = any_line().fullmatch(text, s, e) if e > s else None
            if m is not None:
                want.append((m.lastgroup, (s, e)))
            pos += len(line) + 1
        assert [(m.lastgroup, m.span(m.lastgroup)) for m in chrome_lines(text)] == want, text


def test_gloss_pattern_opens_with_the_bracket():
    """GLOSS looks behind its bracket instead of ahead of it (a literal class re skips to): the same
    glosses as the lookahead form, on glossed text and on any string of gloss characters."""
    import random
    import re

    from speechdoc.text.clean import GLOSS

    lookahead = re.compile(
        r"(?=[(（])(?<=[\u3400-\u9fff\uf900-\ufaff\ue000-\uf8ffA-Z])[(（](?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])"
        r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]")
    text = "在縣政府第二次全體(擴大)會議上發(fā)表講話，目標(biāo)任務(wù)（wù）GDP(ài)X(xī)(2021)（一）"
    assert [m.span() for m in GLOSS.finditer(text)] == [m.span() for m in lookahead.finditer(text)]
    assert len(GLOSS.findall(text)) == 5
    rng = random.Random(3)
    alphabet = "發標X a(（)）āiàoü1"
    for _ in range(2000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        assert [m.span() for m in GLOSS.finditer(s)] == [m.span() for m in lookahead.finditer(s)], s


def test_notes_are_looked_for_at_the_lines_with_their_word():
    """The endnote list is searched only at lines where 注 comes within 8 characters of the start:
    the same match as searching the notes pattern from every character."""
    import random

    from speechdoc.text.clean import _NOTES, _line_search

    rng = random.Random(11)
    pieces = ["注", "注：", "注:", "\n", " ", "\u3000", "\t", "①", "[1]", "（1）", "今年", "关注民生", "注重实效", "。", "\u3000" * 9]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 16)))
        for pos in range(0, len(text) + 1, 2):
            want = _NOTES.search(text, pos)
            got = _line_search(text, _NOTES, pos, "注", 8)
            assert (got and got.span()) == (want and want.span()), (text, pos)
            found += want is not None
    assert found > 30  # (the random lines do open a list now and then)
