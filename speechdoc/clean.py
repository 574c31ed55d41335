"""Set page chrome aside, drop pinyin glosses, fold script — keeping the way back.

Nothing is removed from the input. Cleaning returns a :class:`~speechdoc.textview.TextView`
(glosses deleted, boilerplate masked with newlines, a simplified-script fold) and
one :class:`Noise` record per set-aside span, with its kind.

>>> c = clean("您的位置:首页>>正文\\n目標(biāo)任務(wù)")
>>> c.view.text
'\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n目標任務'
>>> c.view.fold[-4:], [(n.kind, n.text) for n in c.noise]
('目标任务', [('breadcrumb', '您的位置:首页>>正文')])
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .textview import TextView

__all__ = ["Noise", "Cleaned", "clean", "fold_script", "GLOSS"]

#: a pinyin gloss after a Han character: 發(fā), 標(biāo); needs a tone mark, so (ai) or (2021) stay
GLOSS = re.compile(
    r"(?<=[\u3400-\u9fff])[(（](?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]"
)

# (kind, pattern over one folded line); order matters, first match wins
_LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("breadcrumb", re.compile(r"\s*(?:您的位置|你的位置|当前位置|所在位置)\s*[:：].*")),
    ("metadata", re.compile(r"\s*(?:发布时间|发表时间|更新时间|时间|日期|来源|点击|浏览|作者|投稿|编辑|责任编辑)\s*[:：].{0,80}")),
    ("metadata", re.compile(r"\s*-\s*\d{4}-\d{1,2}-\d{1,2}\s*发布\s*\|?\s*|\s*-\s*[\d.]+\s*[KM]B\s*\|?\s*|\s*-\s*\d+\s*页\s*")),
    ("site", re.compile(r"\s*(?:申明敬告|文档介绍|下面是小编为大家整理的|以下是小编|本文由|本站).*")),
    ("footer", re.compile(
        r"\s*(?:推荐访问|相关热词搜索|热点文章阅读|相关文章|文章搜索|版权所有|copyright|powered by|备案号|查看更多|发布评论"
        r"|注册\s*登陆|注册\s*登录|客服微信|不存在或已删除|上一篇|下一篇|返回顶部|免责声明).*", re.I)),
    ("footer", re.compile(r"\s*[.。…·]{3,}\s*|\s*(?:public domain|false|true)\s*", re.I)),
]
_INLINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("truncation", re.compile(r"…{1,2}\s*[(（][^()（）\n]{0,80}?省略\s*\d+\s*字[^()（）\n]{0,40}[)）]\s*…{0,2}")),
    ("truncation", re.compile(r"…{1,2}\s*[(（]\s*未完[^\n]*")),
    ("truncation", re.compile(r"-{2,}\s*此处隐藏\s*\d+\s*字\s*-{2,}|预览结束")),
    ("metadata", re.compile(r"(?<![\d,，])\d{2,6}\s*字范文")),
    ("footer", re.compile(r"(?:查看更多|展开全文|阅读全文)\s*$")),
]
_LICENCE = re.compile(r"\n\s*(?:这部作品在|作品来自\d{4}年|本作品在全世界都属于公有领域)")
_NOTES = re.compile(r"\n\s*注\s*[:：]?\s*\n(?=\s*[\u2460-\u2473\[［(（]?\d{0,2})")


@dataclass(frozen=True, slots=True)
class Noise:
    kind: str
    start: int  # raw offsets
    end: int


@dataclass(frozen=True, slots=True)
class Cleaned:
    view: TextView
    noise: list[Noise] = field(default_factory=list)


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s").convert


_SURROGATE = re.compile("[\ud800-\udfff]")


def fold_script(text: str) -> str:
    """Simplified-script copy of ``text`` with the same length (offsets unchanged)."""
    if not text:
        return text
    convert = _t2s()
    safe = _SURROGATE.sub("?", text)
    out = convert(safe)
    if len(out) == len(text):
        return out
    parts = []
    for line in safe.splitlines(keepends=True):
        conv = convert(line)
        if len(conv) != len(line):
            conv = "".join(c2 if len(c2 := convert(c)) == 1 else c for c in line)
        parts.append(conv)
    out = "".join(parts)
    return out if len(out) == len(text) else safe


def clean(raw: str) -> Cleaned:
    deletions = [(m.start(), m.end()) for m in GLOSS.finditer(raw)]
    first = TextView.build(raw, deletions=deletions, fold=fold_script)
    fold = first.fold
    spans: list[tuple[str, int, int]] = []  # view offsets
    n = len(fold)
    pos = 0
    while pos <= n:
        nl = fold.find("\n", pos)
        end = n if nl < 0 else nl
        if end - pos <= 400:
            line = fold[pos:end]
            for kind, rule in _LINE_RULES:
                if line.strip() and rule.fullmatch(line):
                    spans.append((kind, pos, end))
                    break
        if nl < 0:
            break
        pos = nl + 1
    for kind, rule in _INLINE_RULES:
        spans.extend((kind, m.start(), m.end()) for m in rule.finditer(fold))
    tail = _LICENCE.search(fold, int(n * 0.6))
    if tail:
        spans.append(("licence", tail.start() + 1, n))
    notes = _NOTES.search(fold, int(n * 0.5))
    if notes and not (tail and notes.start() > tail.start()):
        spans.append(("notes", notes.start() + 1, tail.start() if tail else n))
    merged = _merge(spans)
    noise = [Noise(k, first.boundary(s), first.boundary(e)) for k, s, e in merged]
    view = TextView.build(raw, deletions=deletions, masks=[(x.start, x.end) for x in noise], fold=fold_script)
    return Cleaned(view, noise)


def _merge(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for kind, s, e in sorted(spans, key=lambda t: (t[1], -t[2])):
        if out and s < out[-1][2]:
            if e > out[-1][2]:
                out[-1] = (out[-1][0], out[-1][1], e)
            continue
        out.append((kind, s, e))
    return out
