"""The metric read's sentence-stop scan (extract._SEMI_STOP) finds what its first form found (issue 10: the metric
read's cost): the ASCII full stop between two Chinese characters, written as a lookbehind before the ``.``, kept
the scan from skipping to the stops by one class test; written after it, every alternative opens with a
character. The same spans on generated texts, with the start and end positions extract_block passes."""
from __future__ import annotations

import importlib
import random
import re

ex = importlib.import_module("speechdoc.metrics.extract")  # (the package's ``extract`` is the function)

#: the first form (a lookbehind opens the second alternative)
_FIRST_FORM = re.compile(r"[。！？!?；;]|(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff])")
#: Chinese and ASCII words, numbers with decimal points, the stops and other marks
_PIECES = ["人", "其中", "种植", "三是", "建成", "增长", "5", "12.5", "%", "万元", ".", ".", "..", "。", "！", "？", "!",
           "?", "；", ";", "，", "、", "：", "a", "b.c", "www.", "gov.cn", " ", "\u3000", "\n", "（", "）", "一", "二",
           "〇", "年", "X", "．", "·"]


def test_semi_stop_finds_the_spans_of_its_first_form():
    rng = random.Random(7)
    dots = 0
    for _ in range(20000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        got = [m.span() for m in ex._SEMI_STOP.finditer(text, start, end)]
        assert got == [m.span() for m in _FIRST_FORM.finditer(text, start, end)], (text, start, end)
        dots += any(text[a] == "." for a, _ in got)
    assert dots > 100  # (the full stop between Chinese characters is found, not only the class)


#: the first form of context._YEAR_INSIDE (a lookbehind opens it: no class for a search to skip to)
_YEAR_FIRST_FORM = re.compile(r"(?<![比较与是到至从由和、同于在按\d])(?:\d{4}|[一二三四五六七八九〇零○]{4})年(?![的度底末和、至到])")
_YEAR_PIECES = ["2035", "2020", "1956", "20", "5", "０", "２０２５", "二〇二五", "一九五八", "〇", "零", "○", "十", "年", "年的",
                "年度", "年底", "年末", "比", "较", "与", "是", "到", "至", "从", "由", "和", "、", "同", "于", "在", "按",
                "人均", "GDP", "翻一番", "农业总产值", "完成了", "提出", "20项", "主要指标", " ", "，", "%"]


def test_year_inside_finds_the_matches_of_its_first_form():
    cx = importlib.import_module("speechdoc.metrics.context")
    rng = random.Random(11)
    found = 0
    for _ in range(30000):
        text = "".join(rng.choice(_YEAR_PIECES) for _ in range(rng.randint(0, 16)))
        got = [m.span() for m in cx._YEAR_INSIDE.finditer(text)]
        assert got == [m.span() for m in _YEAR_FIRST_FORM.finditer(text)], text
        found += bool(got)
    assert found > 200  # (years are found, not only refused)
