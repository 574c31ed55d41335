"""The metric read's big alternations with each alternative behind a lookahead on its first characters
(:func:`speechdoc.metrics.context.guarded`) find what their plain forms find (issue 10): _DROP's
substitution, _VERB_SPLIT's split and _TARGET_SEEN's presence test, on generated windows made of the
words, numerals, dates and marks the alternatives read."""
from __future__ import annotations

import random
import re

from speechdoc.metrics import context as cx

#: pieces of the windows: goal and plan words, verbs, periods, bases, places, numerals, marks and plain words
_PIECES = ["计划", "规划", "预算", "纲要", "规定", "了", "的", "目标", "是", "为", "定为", "指标", "完成", "实现", "超过", "达到",
           "设定", "任务", "确定", "今年", "明年", "全年", "年度", "要求", "确保", "力争", "努力", "必须", "务必", "要", "需",
           "需要", "所需", "都", "均", "将", "也", "还", "提出", "今后", "未来", "三年", "到", "2025", "年", "底", "月", "6",
           "二〇二五", "争取", "上级", "资金", "1700万元", "预期", "寿命", "未达", "增长", "下降", "提高", "控制", "在", "比",
           "较", "同比", "上年", "去年", "同期", "全市", "全县", "我县", "该", "这个", "项目", "企业", "（", "）", "(", ")",
           "“", "”", "十四五", "末", "期间", "一", "二", "两", "十", "半", "以来", "累计", "分别", "左右", "当月", "没有", "未",
           "开工", "竣工", "可比", "价格", "按", "据统计", "其中", "年均", "平均", "连续", "多年", "首次", "建成", "后", "，",
           "。", "；", "、", "和", "与", "：", " ", "\u3000", "X", "×", "*", "区", "镇", "街道", "办", "高新区", "开发区", "投资",
           "产值", "生产总值", "地区", "农民", "收入", "人均", "个", "家", "%", "5.2", "亿元", "占", "有", "达", "翻", "番",
           "破", "猛增", "领先", "滞后", "前移", "季度", "上半年", "前三季度", "一季度", "截至", "目前", "现在", "预计"]


def _windows(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 24)))


def test_drop_guarded_substitutes_what_the_plain_alternation_does():
    plain = re.compile(cx._DROP_ALTERNATIVES)
    changed = 0
    for w in _windows(1, 30000):
        got = cx._DROP.sub("", w)
        assert got == plain.sub("", w), w
        changed += got != w
    assert changed > 20000  # (most windows hold something _DROP takes out)


def test_verb_split_guarded_splits_where_the_plain_alternation_does():
    plain = re.compile(f"({cx._VERB.pattern})")
    cut = 0
    for w in _windows(2, 30000):
        parts = cx._VERB_SPLIT.split(w)
        assert parts == plain.split(w), w
        cut += len(parts) > 1
    assert cut > 20000


def test_target_presence_guarded_is_the_plain_search():
    plain = re.compile(cx._TARGET.pattern)
    hits = 0
    for w in _windows(3, 30000):
        found = plain.search(w) is not None
        assert (cx._TARGET_SEEN.search(w) is not None) == found, w
        hits += found
    assert 5000 < hits < 28000  # (both answers, many times)
