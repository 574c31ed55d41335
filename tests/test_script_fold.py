"""The script fold converts only the lines where OpenCC may change something (text.script):
it must give exactly what converting the whole text gives, in either script, for any text."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import speechdoc.text.script as script
from speechdoc.text.script import convert_lines, dictionary_files, fingerprint, fold_script, opencc_lines
from speechdoc.text.t2s_triggers import ASTRAL, DIVERGENT, FINGERPRINT, PHRASE_TRIGGERS, PHRASES, TRIGGERS

SIMPLIFIED = ("同志们：今年以来，全县上下坚持稳中求进工作总基调，经济运行总体平稳。\n"
              "一、主要工作\n（一）项目建设提速。全年实施重点项目42个，完成投资36.5亿元。\n"
              "沈阳的客商来考察，我们要防止破坏营商环境，覆盖全县的网络已经建成。\n")
TRADITIONAL = ("同志們：今年以來，全縣上下堅持穩中求進工作總基調，經濟運行總體平穩。\n"
               "一、主要工作\n（一）項目建設提速。全年實施重點項目42個，完成投資36.5億元。\n"
               "對群眾反映的問題要及時答覆，不能反反覆覆，更不能找藉口。\n")
# characters that convert only inside a phrase: 打坏 → 打坯 and 深沈 → 深沉, but 破坏 and 沈阳 stay
PHRASE_ONLY = "不要打坏了，心情深沈。\n破坏生态的行为，沈阳\n"


def _whole(text: str) -> str:
    """The fold without the table: every text converted whole, by OpenCC."""
    return opencc_lines(text)


def test_table_describes_the_installed_dictionaries():
    """Else the fold converts every text whole (correct, slower): run tools/t2s_triggers.py."""
    files = dictionary_files()
    assert files is not None
    assert fingerprint(files) == FINGERPRINT
    assert script._tables() is not None


@pytest.mark.parametrize("text", [SIMPLIFIED, TRADITIONAL, PHRASE_ONLY, SIMPLIFIED + TRADITIONAL,
                                  TRADITIONAL * 3 + SIMPLIFIED * 40 + TRADITIONAL, "", "\n", "我們", "破坏"],
                         ids=["simplified", "traditional", "phrase-only", "mixed", "long-mixed", "empty", "newline",
                              "short", "phrase-char"])
def test_fold_is_the_whole_conversion(text):
    assert fold_script(text) == _whole(text)
    assert len(fold_script(text)) == len(text)


def test_a_text_without_triggers_is_its_own_fold():
    assert fold_script(SIMPLIFIED) is SIMPLIFIED


def test_only_the_lines_that_need_it_are_converted(monkeypatch):
    given_ = []
    real = script.convert_lines
    monkeypatch.setattr(script, "convert_lines", lambda s: given_.append(s) or real(s))
    filler = SIMPLIFIED * 20  # more than NEAR characters between the traditional lines
    text = filler + TRADITIONAL + filler + PHRASE_ONLY
    assert fold_script(text) == real(text)
    assert "".join(given_) == TRADITIONAL + "不要打坏了，心情深沈。\n"


def test_a_short_text_is_converted_in_one_call(monkeypatch):
    """A text of at most NEAR characters (a chrome record, a title) is converted whole where it holds a trigger, in
    one call; one without any is given back as it is."""
    given_ = []
    real = script.convert_lines
    monkeypatch.setattr(script, "convert_lines", lambda s: given_.append(s) or real(s))
    record = "作者:刘建林\n發布時間:2022-09-01 來源:新華網\n"
    assert len(record) <= script.NEAR and fold_script(record) == real(record) == "作者:刘建林\n发布时间:2022-09-01 来源:新华网\n"
    assert given_ == [record]
    given_.clear()
    plain = "破坏生态的行为，沈阳\n"  # (phrase characters outside their phrases: no trigger)
    assert fold_script(plain) is plain and given_ == []


def test_phrases_convert_in_the_fold():
    assert fold_script(PHRASE_ONLY) == "不要打坯了，心情深沉。\n破坏生态的行为，沈阳\n"
    assert fold_script(TRADITIONAL).endswith("对群众反映的问题要及时答复，不能反反复复，更不能找借口。\n")


def test_surrogates_and_astral_characters():
    text = "報告\ud800第二\n沈阳\U00020000破坏\n" + SIMPLIFIED
    assert fold_script(text) == _whole(text) == "报告?第二\n沈阳\U00020000破坏\n" + SIMPLIFIED


def test_long_traditional_runs_are_cut_at_line_ends(monkeypatch):
    given_ = []
    real = script.convert_lines
    monkeypatch.setattr(script, "convert_lines", lambda s: given_.append(s) or real(s))
    text = TRADITIONAL * 700  # ~70 k characters, one trigger every line
    assert fold_script(text) == real(text)
    assert len(given_) >= 2 and all(s.endswith("\n") for s in given_[:-1])


def test_untrusted_table_converts_whole(monkeypatch):
    monkeypatch.setattr(script, "_tables", lambda: None)
    calls = []
    real = script.convert_lines
    monkeypatch.setattr(script, "convert_lines", lambda s: calls.append(s) or real(s))
    assert fold_script(SIMPLIFIED) == SIMPLIFIED
    assert calls == [SIMPLIFIED]


_PIECES = [SIMPLIFIED, TRADITIONAL, PHRASE_ONLY, "\n", "沈", "坏", "覆", "藉口", "打", "深", "\r\n", "\u2028", "\ud83d",
           "𠀀", "豐", "丰"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=8)), max_size=30))
def test_fold_equals_the_whole_conversion_on_any_text(pieces):
    text = "".join(pieces)
    assert fold_script(text) == _whole(text)


def test_table_is_what_the_dictionaries_give():
    """tools/t2s_triggers.py, run on the installed dictionaries, writes the table shipped."""
    import importlib.util
    import opencc

    if not (Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict").exists() and not shutil.which("opencc_dict"):
        pytest.skip("OpenCC's opencc_dict program is not installed")
    path = Path(__file__).resolve().parent.parent / "tools" / "t2s_triggers.py"
    spec = importlib.util.spec_from_file_location("t2s_triggers_tool", path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    own, phrases, chosen = tool.triggers(dictionary_files())
    assert "".join(c for c in own if ord(c) < 0x10000) == TRIGGERS
    astral = [c for c in own if ord(c) >= 0x10000]
    assert (astral[0], astral[-1]) == ASTRAL
    assert phrases == PHRASES and chosen == PHRASE_TRIGGERS
    assert tool.divergent(dictionary_files()) == DIVERGENT


def test_an_astral_character_outside_the_range_is_no_trigger(monkeypatch):
    """An emoji (a web page's 请点击👉) is converted by nothing: its line is copied, not converted; an ideograph
    of the supplementary planes may be and is; OpenCC changes no astral character outside ASTRAL."""
    calls = []
    real = script.convert_lines
    monkeypatch.setattr(script, "convert_lines", lambda s: calls.append(s) or real(s))
    text = "详情请点击👉 mb77 👈联系老师\n" + SIMPLIFIED
    assert fold_script(text) is text and calls == []
    line = f"沈阳{ASTRAL[0]}破坏\n"
    assert fold_script(line) == real(line) != line and calls == [line]
    outside = "".join(map(chr, [*range(0x10000, 0x20000, 7), *range(ord(ASTRAL[1]) + 1, 0x110000, 97)]))
    assert real(outside) == outside


# clean() finds the first special character and the fold's triggers before it in one scan (clean._first_special)
_PLAIN_PIECES = [SIMPLIFIED, PHRASE_ONLY, "沈阳", "破坏", "覆盖", "打坏", "\U00020000", "乾隆", "一、", "\n", "國", "&", "\r"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PLAIN_PIECES), max_size=25), st.integers(0, 6))
def test_one_scan_finds_the_first_special_and_the_triggers(monkeypatch_pieces, listed):
    import speechdoc.text.clean as clean_module

    text = "".join(monkeypatch_pieces)
    old = clean_module._TRIGGERS_LISTED
    clean_module._TRIGGERS_LISTED = listed  # a few: the fold must then look for them itself
    try:
        hit, triggers = clean_module._first_special(text)
        view = clean_module.clean(text).view
    finally:
        clean_module._TRIGGERS_LISTED = old
    want = clean_module._special_or_signal().search(text)
    assert (hit and hit.span()) == (want and want.span())
    if triggers is not None:
        assert triggers == [m.start() for m in re.finditer(f"[{script.trigger_class()}]", text)]
    if want is None:  # the view is the text: its fold is the script fold's
        assert view.fold == fold_script(text)
        assert (view.fold is view.text) == (fold_script(text) == text)


def _phrase_texts(seed: int, n: int) -> list[str]:
    """Texts of the phrases that only their own characters convert (深沈, 打坏), their pieces, those characters alone
    and beside every character a phrase puts beside them, and plain text around them."""
    import random

    rnd = random.Random(seed)
    only = sorted(set(PHRASE_TRIGGERS) - set(TRIGGERS))
    pieces = [*PHRASES, *(p[:k] for p in PHRASES for k in range(1, len(p))), *(p[k:] for p in PHRASES for k in range(1, len(p))),
              *only, *"".join(PHRASES), "破坏", "覆盖", "沈阳", "\n", "。", "我們", "的", " "]
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14))) for _ in range(n)]


def test_a_phrase_character_is_a_trigger_wherever_a_phrase_holds_it():
    """The test of a character of the phrases alone (its neighbours first) is true wherever a phrase stands over it,
    and false only where the search of the phrases around it found none (or found one that does not hold it)."""
    tables = script._tables()
    only = set(PHRASE_TRIGGERS) - set(TRIGGERS)
    for text in _phrase_texts(7, 4000):
        held = {i for p in PHRASES for m in re.finditer(f"(?={re.escape(p)})", text) for i in range(m.start(), m.start() + len(p))}
        for i, ch in enumerate(text):
            if ch in only:
                found = script._is_trigger(tables, text, i)
                searched = tables[2](text, max(0, i - tables[3]), i + tables[3] + 1) is not None
                assert found or i not in held
                assert searched or not found


def test_the_fold_of_phrase_texts_is_the_whole_conversion():
    for text in _phrase_texts(11, 3000):
        assert fold_script(text) == _whole(text) == script._convert(text)
        candidates = [m.start() for m in re.finditer(f"[{script.trigger_class()}]", text)]
        assert script.fold_at(text, candidates) == _whole(text)


# convert_lines converts a text of the BMP without a key of DIVERGENT by a table, a character at a time
_ODD = ["\ud800", "\udfff", "\U00020000", ASTRAL[0], "\uf900", "\ufa0c", "\ufad9", "\n", "\r\n", " ", "，", "?", "a"]


def _divergent_texts(seed: int, n: int) -> list[str]:
    """Texts of the keys OpenCC converts otherwise than their characters (憑藉 → 凭借), their pieces (藉 alone, 憑藉's
    憑), the phrases, triggers, common characters, surrogates, astral and compatibility ideographs."""
    import random

    from speechdoc.text.load import _COMMON_SIMPLIFIED

    rnd = random.Random(seed)
    pieces = [*DIVERGENT, *(p[:k] for p in DIVERGENT for k in range(1, len(p))),
              *(p[k:] for p in DIVERGENT for k in range(1, len(p))), *PHRASES]
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 14)):
            r = rnd.random()
            parts.append(rnd.choice(pieces) if r < 0.3 else rnd.choice(TRIGGERS) if r < 0.6
                         else rnd.choice(_COMMON_SIMPLIFIED) if r < 0.9 else rnd.choice(_ODD))
        texts.append("".join(parts))
    return texts


def test_the_table_converts_as_opencc_does(monkeypatch):
    """convert_lines (by the table the lines that hold no key of DIVERGENT and no compatibility ideograph, of a text
    without an astral character; the others by OpenCC) == OpenCC on 20,000 generated texts, about half of them
    converted by the table alone, and on 2,000 texts of 10 of them a line each."""
    if script._by_character() is None:
        pytest.skip("the installed OpenCC dictionaries are not the table's: every text is converted by OpenCC")
    calls = []
    monkeypatch.setattr(script, "opencc_lines", lambda s: calls.append(s) or opencc_lines(s))
    texts = _divergent_texts(3, 20_000)
    by_table = 0
    for text in texts:
        calls.clear()
        assert convert_lines(text) == opencc_lines(text)
        by_table += not calls
    assert 5_000 < by_table < 15_000
    for k in range(0, 20_000, 10):
        text = "\n".join(texts[k:k + 10])
        calls.clear()
        assert convert_lines(text) == opencc_lines(text)
        assert script.may_hold_astral(text) or all(call.count("\n") <= 1 for call in calls)  # (a line at a time)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from([*_PIECES, *_ODD, *DIVERGENT[::7]]), st.text(max_size=8)), max_size=30))
def test_convert_lines_is_opencc_on_any_text(pieces):
    text = "".join(pieces)
    assert convert_lines(text) == opencc_lines(text)


def test_a_line_with_a_divergent_key_is_converted_by_opencc(monkeypatch):
    """A key OpenCC converts whole (答覆 → 答复, where 覆 alone → 覆; 計畫 → 计划, 畫 → 画) or a compatibility
    ideograph sends its line to OpenCC; a traditional text without them is converted by the table alone."""
    if script._by_character() is None:
        pytest.skip("the installed OpenCC dictionaries are not the table's: every text is converted by OpenCC")
    calls = []
    monkeypatch.setattr(script, "opencc_lines", lambda s: calls.append(s) or opencc_lines(s))
    plain = TRADITIONAL[:TRADITIONAL.index("對")]  # (its last line holds 答覆 and 藉口)
    assert convert_lines(plain) == opencc_lines(plain) != plain and calls == []
    last = TRADITIONAL[len(plain):]
    assert convert_lines(TRADITIONAL) == opencc_lines(TRADITIONAL) and calls == [last]
    calls.clear()
    text = plain + last + plain + "\uf900\n" + plain
    assert convert_lines(text) == opencc_lines(text) and calls == [last, "\uf900\n"]
    for text, want in (("我們的計畫", "我们的计划"), ("要及時答覆", "要及时答复"), ("乾隆年間", "乾隆年间"), ("\uf900", "岂")):
        assert convert_lines(text) == want and calls[-1] == text
    assert convert_lines("乾淨的畫面") == "干净的画面" and calls[-1] == "\uf900"  # (畫 and 乾 outside their keys)
    assert convert_lines("報告\ud800") == "报告?" and calls[-1] == "\uf900"  # (a lone surrogate reads as ?, as OpenCC's)
