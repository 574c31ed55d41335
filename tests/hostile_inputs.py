"""Generators of hostile input, shared by ``tests/test_hostile.py`` (at ~20 k characters)
and ``benchmarks/bench_hostile.py`` (at 250 k / 500 k / 1 M).

Each generator takes a size ``n`` and returns a ``str`` (or ``bytes``, for the decoding
classes) of about ``n`` characters. The classes are those of issue 14 and of the hostile
input catalogue (A hang, B crash, C data-loss classes); the ``group`` names which.
Nothing here is a stored file: every input is built from a short unit written for it.
"""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["GENERATORS", "Generator", "SPEECH", "fill"]

HAN = "一二三四五六七八九十"

# A speech written for these tests, in the shape of a county work conference speech.
SPEECH = (
    "在全县经济工作会议上的讲话\n"
    "同志们：\n"
    "这次会议的主要任务是，总结今年工作，部署明年任务。下面，我讲三点意见。\n"
    "一、认清形势，坚定信心\n"
    "今年以来，全县地区生产总值完成312.5亿元，增长6.2%；一般公共预算收入18.3亿元，增长4.1%。"
    "城乡居民人均可支配收入分别达到41250元和19870元。\n"
    "（一）发展基础更加坚实。规模以上工业增加值增长8.5%，新增规上企业27家。\n"
    "（二）民生保障更加有力。新增城镇就业1.2万人，城镇调查失业率控制在5.5%以内。\n"
    "二、突出重点，狠抓落实\n"
    "明年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，固定资产投资增长8%。\n"
    "1.扩大有效投资。全年实施重点项目120个，完成投资260亿元。\n"
    "2.稳定就业。一是抓好高校毕业生就业；二是做好农民工服务；三是兜牢困难群体底线。\n"
    "三、加强领导，转变作风\n"
    "第一，压实责任。各级各部门要把责任扛在肩上。第二，强化督查。要对重点任务实行清单管理。\n"
    "同志们，让我们坚定信心、真抓实干，奋力完成全年目标任务！\n"
)


def fill(unit: str, n: int) -> str:
    """``unit`` repeated to about ``n`` characters (at least once)."""
    return unit * max(1, n // len(unit))


def numbered(n: int, make: Callable[[int], str]) -> str:
    """Lines ``make(1), make(2), …`` up to about ``n`` characters."""
    out: list[str] = []
    size = 0
    k = 1
    while size < n:
        line = make(k)
        out.append(line)
        size += len(line)
        k += 1
    return "".join(out)


def han(k: int) -> str:
    """1..99 as a Chinese numeral (一 … 九十九)."""
    k = (k - 1) % 99 + 1
    tens, ones = divmod(k, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else HAN[tens - 1] + "十")
    return head + ("" if ones == 0 else HAN[ones - 1])


def sprinkle(text: str, chars: str, every: int, seed: int = 7) -> str:
    """``text`` with one of ``chars`` inserted about every ``every`` characters."""
    rnd = random.Random(seed)
    out = []
    for i in range(0, len(text), every):
        out.append(text[i:i + every])
        out.append(rnd.choice(chars))
    return "".join(out)


def _random_bytes(n: int, seed: int = 3) -> bytes:
    """Random bytes without NUL (with NULs they are refused as binary, a typed DecodeError)."""
    return random.Random(seed).randbytes(n).replace(b"\x00", b"\x01")


@dataclass(frozen=True)
class Generator:
    name: str
    group: str  # where the class comes from: the list or the catalogue's letter and number
    make: Callable[[int], str | bytes]
    nodes: bool = False  # the text has outline nodes at any size
    metrics: bool = False  # the text has metrics at any size
    diagnostic: str | None = None  # a diagnostic code the document must carry


def _flattened_pdf(n: int) -> str:
    """A speech as a PDF extractor flattens it: hard wraps every 38 characters, no paragraph ends."""
    flat = SPEECH.replace("\n", "")
    return fill("\n".join(flat[i:i + 38] for i in range(0, len(flat), 38)) + "\n", n)


_G = [
    # -- issue 14: storms of metrics --
    Generator("metric-storm-pct-dash", "issue:metric-storm", lambda n: fill("5%—", n), metrics=True),
    Generator("metric-storm-growth", "issue:metric-storm", lambda n: fill("增长5.2%，", n), metrics=True),
    Generator("metric-per-line", "issue:metric-storm",
              lambda n: numbered(n, lambda k: f"全县粮食产量{k % 900 + 100}.{k % 10}万吨，增长{k % 9 + 1}.{k % 7}%。\n"),
              metrics=True),
    Generator("metrics-one-sentence", "issue:metric-storm",
              lambda n: "今年" + numbered(n, lambda k: f"第{k % 90 + 10}项指标完成{k % 800 + 10}亿元、增长{k % 9}.{k % 5}%，")
              + "均创新高。", metrics=True),
    Generator("metric-run-5.2pct", "A4", lambda n: fill("5.2%", n), metrics=True),
    # -- issue 14: storms of nodes --
    Generator("heading-storm", "A4", lambda n: fill("一、\n", n)),
    Generator("circled-per-line", "issue:node-storm", lambda n: fill("①\n", n)),
    Generator("han-headings-1-99", "issue:node-storm", lambda n: numbered(n, lambda k: f"{han(k)}、重点任务第{k}项\n"),
              nodes=True),
    Generator("arabic-items-1-999", "issue:node-storm",
              lambda n: numbered(n, lambda k: f"{(k - 1) % 999 + 1}.推进第{k}项工作。\n"), nodes=True),
    Generator("alternating-styles", "issue:node-storm",
              lambda n: numbered(n, lambda k: f"{han(k)}、总体要求\n（{han(k)}）目标任务\n{k % 99 + 1}.具体措施。\n"),
              nodes=True),
    Generator("yishi-points", "issue:node-storm",
              lambda n: "要做好以下工作：" + numbered(n, lambda k: f"{han(k)}是抓好第{k}项任务；") + "。\n"),
    # -- issue 14: superlinear --
    Generator("unclosed-paren-run", "issue:superlinear", lambda n: fill("（一", n)),
    Generator("speech-one-line", "issue:superlinear", lambda n: fill(SPEECH.replace("\n", ""), n), metrics=True),
    Generator("bold-markers", "issue:superlinear", lambda n: numbered(n, lambda k: f"**{k % 99 + 1}.**推进工作\n"),
              nodes=True),
    # -- issue 14: ordinary-looking --
    Generator("fullwidth-digits", "issue:ordinary",
              lambda n: fill(SPEECH.translate(str.maketrans("0123456789.%", "０１２３４５６７８９．％")), n),
              nodes=True),
    Generator("nul-mixed-in", "issue:ordinary", lambda n: sprinkle(fill(SPEECH, n), "\x00", 13), nodes=True),
    Generator("zero-width-mixed-in", "issue:ordinary", lambda n: sprinkle(fill(SPEECH, n), "\u200b\u200c\u200d\ufeff", 11),
              nodes=True),
    Generator("bidi-marks", "issue:ordinary", lambda n: sprinkle(fill(SPEECH, n), "\u200e\u200f\u202a\u202c\u2066\u2069", 9),
              nodes=True),
    Generator("emoji-zwj", "issue:ordinary", lambda n: sprinkle(fill(SPEECH, n), "👨\u200d👩\u200d👧", 20), nodes=True),
    Generator("mixed-cr-lf", "C1/C2", lambda n: fill(SPEECH.replace("\n", "\r\n", 5).replace("。\n", "。\r"), n),
              nodes=True),
    Generator("line-separators", "C2", lambda n: fill(SPEECH.replace("\n", "\u2028"), n)),
    Generator("other-line-breaks", "C2", lambda n: fill(sprinkle(SPEECH, "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2029\r", 17), n),
              nodes=True),
    Generator("astral-chars", "C4", lambda n: fill(sprinkle(SPEECH, "𠮷𡈼𪚥😀", 7), n), nodes=True),
    Generator("flattened-pdf-lines", "C5", _flattened_pdf),
    Generator("stop-newline-run", "issue:ordinary", lambda n: fill("。\n", n)),
    Generator("breadcrumb-lines", "issue:ordinary", lambda n: fill("您的位置：首页 > 新闻中心 > 领导讲话 > 正文\n", n)),
    Generator("truncation-notices", "issue:ordinary",
              lambda n: fill("今年经济运行稳中有进。\n……(省略962字,正式会员可完整阅读)……\n", n)),
    Generator("speech-repeated", "issue:ordinary", lambda n: fill(SPEECH, n), nodes=True, metrics=True),
    # -- catalogue A: hang classes --
    Generator("han-numeral-run", "A1", lambda n: fill("一", n)),
    Generator("digit-run", "A1", lambda n: fill("1", n)),
    Generator("digit-run-yuan", "A1", lambda n: fill("1", n - 1) + "元"),
    Generator("digit-run-pct", "A1", lambda n: fill("1", n - 1) + "%"),
    Generator("spaces-between-x", "A1", lambda n: "x" + " " * n + "x  \nx"),
    Generator("han-run-then-x", "A2", lambda n: fill("一", n) + "x"),
    Generator("digits-dot-run", "A1", lambda n: fill("1.", n)),
    Generator("one-heading-line", "A3", lambda n: "一、" + fill("重点任务", n)),
    Generator("nine-yi-yuan", "A5", lambda n: fill("9" * 5000 + "亿元，", n), diagnostic="number-too-long"),
    Generator("han-nine-run", "A5", lambda n: "增长" + fill("九", n) + "%"),
    # -- catalogue B: crash classes --
    Generator("dotted-depth", "B1", lambda n: numbered(n, lambda k: ".".join(["1"] * (k % 200 + 1)) + " 标题\n")),
    Generator("open-paren-run", "B1", lambda n: fill("（", n)),
    Generator("nested-cascade", "B1", lambda n: fill("一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n第一，己\n一是庚\n", n), nodes=True),
    Generator("digit-traps", "B4", lambda n: fill("①②③ 面积²增长１２３％，٣٤ 元，〇五 年，十五、\n", n)),
    Generator("nul-run", "B5", lambda n: "\x00" * n),
    Generator("control-chars", "B5", lambda n: fill("一、总体\x0c要求\x1c\n今年\x1f增长\x1e5%。\n", n), nodes=True),
    Generator("newline-run", "B6", lambda n: "\n" * n),
    Generator("markers-only", "B6", lambda n: fill("一、（一）1.（1）①", n)),
    Generator("no-markers", "B6", lambda n: fill("今年以来，全县上下真抓实干，各项工作取得新进展。", n)),
    Generator("non-finite-numbers", "B7", lambda n: fill("9" * 400 + "元，1e400%，NaN%，inf亿元。\n", n),
              diagnostic="number-too-long"),
    # -- catalogue C and issue: numbers --
    Generator("overlong-han-percent", "C6", lambda n: fill("增长百分之九九九九九九九九九九九。\n", n), diagnostic="number-too-long"),
    Generator("overlong-zeros-percent", "C6", lambda n: fill("增长1" + "0" * 500 + "%。\n", n), diagnostic="number-too-long"),
    Generator("long-values", "C6", lambda n: fill("收入12345678901234567元，增长5.111111111%。\n", n)),
    # -- catalogue B2: bytes --
    Generator("utf8-damaged-bytes", "B2", lambda n: b"\xff\n".join(
        SPEECH.encode("utf-8")[:-2] for _ in range(max(1, n // len(SPEECH)))), nodes=True),
    Generator("gb18030-bytes", "B2", lambda n: fill(SPEECH, n).encode("gb18030"), nodes=True, metrics=True),
    Generator("random-bytes", "B2", lambda n: _random_bytes(n)),
]

GENERATORS: dict[str, Generator] = {g.name: g for g in _G}
assert len(GENERATORS) == len(_G), "generator names are unique"
