"""Find quantity phrases and clause bounds in the folded text, in linear time.

One compiled alternation proposes number tokens: Arabic (ASCII or full-width,
``1,256``, decimals), Chinese numerals followed by a unit, ``百分之…``, placeholders
(``X`` ``XX`` ``×`` ``*`` ``**``) and a deleted number (``地区生产总值 亿元``). Every
run is bounded (``{1,16}``) and a lookbehind refuses to start inside a longer run,
so 40,000 digits or ``×`` cost linear time. The phrase around a token (qualifier
before, unit, range, qualifier after) is then matched with anchored, bounded
patterns and handed to the grammar (:mod:`speechdoc.metrics.quantity`).

A number is taken whole or not at all: no token starts or ends inside a longer
numeral (``0〇``, ``三万五`` without a unit, ``两千万点五``), and a scale is never split
from the numeral it belongs to. Where an Arabic number meets a unit character the
mixed form is tried (``5万4千6百``); shares written as a ratio after 结构/比例 are one
token each (``11.8:48.3:39.9``); numbers inside links, after ``%`` (URL encoding),
after 编号 or with a leading zero (codes) are skipped; :func:`overlong` reports the
numerals too long for any statistic.

>>> [(p.start, p.end, p.phrase) for p in phrases("增长5%—6%,较上年回落X个百分点")]
[(2, 7, '5%—6%'), (13, 18, 'X个百分点')]
>>> phrases("2020年一季度") == []
True
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..text.numerals import MAX_NUMERAL
from ..lazy import ahead, first_chars, lazy
from .context import guarded
from .quantity import unit_pattern

__all__ = ["Phrase", "phrases", "phrases_at_most", "clause_bounds", "overlong", "HAN_NUM", "TOKEN_FIRST"]

HAN_NUM = "零〇一二两三四五六七八九十百千"
_NUMCH = "(?:[零〇一二两三四五六七八九十百]|千(?![瓦米克卡])|(?<=[百千])另(?=[一二两三四五六七八九]))"  # 一百千瓦 is 100 千瓦; 一千另六十三
_PCTCH = "(?:[零〇一二两三四五六七八九十]|百(?!分)|千(?![分瓦米克卡]))"  # 百分之七十百分位 is 70 %
_DEC = "零〇一二两三四五六七八九"
_PH = "XxＸｘ×*＊"
_SP = r"[ \u3000\n]{0,2}"  # stray spaces of PDF text and web wraps (600\n家, 3000 亿\n元)
_SCALE = r"(?:万亿|万万|千万|千亿|百万|十万|亿|万|千(?![瓦米克卡])|兆(?=元|美元|新台币|台币))"
#: units that make a number a date, a duration, a period or page metadata — never a metric
_NOT_METRIC_UNIT = (r"(?:个多?月|个工作日|工作日|个小时|小时|分钟|秒钟?|周年|年代|世纪|个季度|季度|年|月|日|天|号|周|届|"
                    r"字|页|KB|MB|kb|K\b|篇(?=[)）】\]])|版|期间|点钟|时)")  # (精选5篇): a page's count of articles
#: 成 is a unit only where no word goes on (三成, 三成半, 三成以上 — not 一成绩, 三成为, nor 七成六)
_CHENG = r"成(?=[^\u4e00-\u9fff]|$|左右|以上|以下|上下|多|半|的)"
#: a run of numeral characters longer than any statistic (:func:`overlong` checks each)
_RUN_CHARS = "0123456789０１２３４５６７８９.．零〇一二两三四五六七八九十百千万亿点"
_RUN_CHAR = f"[{_RUN_CHARS}]"
_RUN_SET = frozenset(_RUN_CHARS)
_LONG = 11
_LONG_RUN = lazy(f"{_RUN_CHAR}{{{_LONG},}}")  # (what :func:`_long_runs` finds, as a test holds)
#: a run of _LONG holds two characters _STRIDE apart whose offsets are both ``start`` plus a multiple
#: of _STRIDE: a class search over every _STRIDE-th character (a C-level slice) finds each run there,
#: without an attempt at every numeral of the text
_STRIDE = 5
_RUN_PAIR = lazy(f"{_RUN_CHAR}(?={_RUN_CHAR})")
#: a long run starting at one of the next _STRIDE characters (not after a run character)
_LONG_RUN_NEAR = lazy(f"(?s:.{{0,{_STRIDE - 1}}}?)(?<!{_RUN_CHAR})({_RUN_CHAR}{{{_LONG},}})")
_SLICE = 1 << 16  # samples per slice: a long text is read a part at a time, never copied whole
_CODE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ/_=&?#-")
_DIGITS_RUN = lazy(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_HAN_DIGITS_RUN = lazy(r"[零〇一二两三四五六七八九]{11,}")
#: what a token can start with (a regex class's content): every phrase :func:`phrases` finds opens a
#: token at one of these characters and the next search starts after it, so a text holds no more
#: phrases than it holds of them (:func:`phrases_at_most`)
TOKEN_FIRST = rf"0-9０-９{_PH} \u3000.{HAN_NUM}"
_TOKEN_FIRST = lazy(f"[{TOKEN_FIRST}]")


def phrases_at_most(fold: str) -> int:
    """More quantity phrases than :func:`phrases` finds in any blocks of ``fold`` together (its characters
    that can open a token): the pipeline's cheap test that a document cannot reach the metric cap.

    >>> phrases_at_most("增长5%，一是扩大内需"), len(phrases("增长5%，一是扩大内需"))
    (2, 1)
    """
    return len(_TOKEN_FIRST.findall(fold))


@lru_cache(maxsize=2)
def _patterns(fast: bool = True) -> dict[str, re.Pattern[str]]:
    """The scanner's patterns. ``fast`` (the default) lets a token search skip to its first-character
    class and puts the unit alternations (~100 words) behind a lookahead on their first characters,
    so a numeral followed by other text fails at once; ``fast=False`` is the plain form a test
    holds equal. A token's span is that of its named group (``m.span(m.lastgroup)``) in both."""
    unit = unit_pattern().replace("|成(", "|" + _CHENG + "(")  # the grammar's 成 refuses 七成六 already
    assert _CHENG in unit, "quantity.lark no longer spells 成 as the scanner expects"
    han_units = r"(?:%|倍|元|美元|亿|万|度|吨|亩|公顷|公里|千瓦时?|平方米|平方公里|立方米|公斤|" + unit + ")"
    unit_group = f"(?:{unit})"
    # what can stand right after the first character of a token that starts with a Chinese numeral:
    # the next digit, a scale or 点 inside the number, 分 of 百分之, or the start of what the han
    # token's lookahead asks for (blanks, 多/余/几, a scale, a unit, a range dash)
    unit_first = first_chars(han_units)
    han_next = None if unit_first is None else (
        "".join(re.escape(c) for c in sorted(set(unit_first) | set(HAN_NUM + "万亿点分多余几 \u3000\n—-－–~～至到"))))
    if fast:
        han_units, unit_group = ahead(han_units), ahead(unit_group)
    group = rf"{_NUMCH}{{1,10}}"
    first = f"[{TOKEN_FIRST}]"  # what a token can start with
    alternatives = (  # the first-character test only skips ordinary text fast (17× on real speeches)
        rf"(?P<pct>(?<![{HAN_NUM}])[百千]分之[负]?(?:[0-9０-９]{{1,3}}(?:[,，][0-9０-９]{{3}}){{1,5}}(?![0-9０-９])"
        rf"(?:[.．][0-9０-９]{{1,8}})?|[0-9０-９]{{1,16}}(?:[.．][0-9０-９]{{1,8}})?|"
        rf"{_PCTCH}{{1,10}}(?:[万亿](?=[一二两三四五六七八九十]){_PCTCH}{{1,10}})?(?:点[{_DEC}]{{1,8}})?)"
        rf"(?![0-9０-９.．]|{_PCTCH}|点))"
        # (牧业产值l2785万元: a letter l or I that a scan put for a digit glues to no value, right or absent)
        # (治安乱点7442个: 点 after a word is no decimal point but a place, read where places are counted; after a
        # numeral it is one, 三点5 is read as no value; 增长点0% and 增长点0个百分点 are not read)
        rf"|(?P<arabic>(?<![0-9０-９.．{HAN_NUM}])(?:(?<!点)|(?<![0-9０-９{HAN_NUM}万亿]点)(?=[0-9]{{1,8}}(?:个(?!百分)|处)))(?<![0-9],)(?<![0-9][.．] )(?<![\u4e00-\u9fff][lI])(?:[0-9０-９]{{1,3}}(?:,[0-9]{{3}}){{1,5}}(?![0-9])"
        # 13 444户, 541 500亩: thousands set apart by a space (gazetteers), before a unit; not a table's columns
        rf"|(?<![0-9] )[0-9]{{1,3}}(?: [0-9]{{3}}){{1,3}}(?:[.．][0-9]{{1,8}})?(?![0-9])(?= ?[\u4e00-\u9fff%％])"
        rf"|[０-９]{{1,3}}(?:，[０-９]{{3}}){{1,5}}(?![０-９])|[0-9０-９]{{1,16}})"
        rf"(?:[.．][0-9０-９]{{1,8}})?(?![0-9０-９]))"
        rf"|(?P<han>(?<![{HAN_NUM}万亿第点几数0-9０-９.．]){group}(?:[万亿](?=[零〇一二两三四五六七八九十百千]){group}){{0,3}}"
        rf"(?:点[{_DEC}]{{1,8}})?"
        rf"(?={_SP}(?:多|余|几)?{_SCALE}?(?:多|余)?{han_units}"
        rf"|{_SP}(?:——|--|[-－—–~～至到]){_SP}{group}(?:[万亿]{group})?{_SCALE}?{han_units}))"
        # (a placeholder glued to a statistic's acronym is one too: GDPXX亿元, CPI×%)
        rf"|(?P<ph>(?:(?<=GDP)|(?<=CPI)|(?<=PPI)|(?<=PMI)|(?<![{_PH}A-Za-z0-9０-９.．]))"
        rf"(?:[XxＸｘ]{{1,5}}|[×*＊]{{1,5}})"  # (××××元, ××*个: a site's ×/* for each digit)
        rf"(?:[.．](?:[XxＸｘ]{{1,3}}|[×*＊]{{1,3}}|[0-9０-９]{{1,8}})|[0-9０-９]{{1,8}}(?:[.．][0-9０-９]{{1,8}})?)?"
        rf"(?![{_PH}A-Za-z0-9０-９]))"
        # (完成投资.亿元, 粮食总产量达到.万吨: a point left where a site deleted the digits around it)
        rf"|(?P<gap>(?<=[\u4e00-\u9fff])(?:[ \u3000]{{1,3}}|(?<![{HAN_NUM}万亿点])[.](?=[万亿]))(?=(?:万亿|亿|万)元|%|％|个百分点|万吨))"
    )
    # fast: each kind behind a lookahead on its first characters (its named group and lookbehinds
    # come first, so the engine entered every kind at every candidate)
    token = "(?:" + (guarded(alternatives) if fast else alternatives) + ")"
    # fast: the pattern opens with the class itself (consumed, then looked behind: the token is read
    # by a lookahead at that character), so a search skips to candidates with the regex engine's
    # class scan instead of trying a lookahead at every character. The match is then that one
    # character; the token is the span of its named group (the same span, as a test holds).
    # fast: a Chinese numeral followed by none of ``han_next`` (一是, 统一, 十分) is refused by
    # one class test before the token's alternatives are tried (most numeral characters of a speech)
    guard = rf"(?<![{HAN_NUM}](?![{han_next}]))" if han_next else ""
    token = re.compile(rf"{first}{guard}(?<=(?={token}).)" if fast else rf"(?={first}){token}")
    tail = re.compile(rf"{_SP}(?:多|余|几)?(?:{_SCALE}(?:多|余)?{_SP}{unit_group}|(?:万亿|万万|亿|万)(?![伏万亿点零〇一二两三四五六七八九十百千0-9０-９])|{unit_group})?"
                      r"(?:多|余)?(?:半(?![\u4e00-\u9fff]))?(?:左右|(?:及|或)?以上|(?:及|或)?以下|以内|上下)?")
    rng = re.compile(r"[ \u3000]{0,2}(?:——|--|－－|[-－—–~～至到])[ \u3000]{0,2}")
    # (约 ending a word is no qualifier: 节约, 签约, 制约 …)
    prefix = re.compile(r"(?:不能低于|不得低于|不低于|不少于|不小于|不超过|(?<![不至])少于|至少|超过|突破|大约|≤|≥|(?<![节制契公条简预合违履签特集])约"
                        r"|将近|接近|近|逾|超|力争)[ \u3000]{0,2}$")
    not_metric = re.compile(_SP + r"(?:多|余|几)?" + _NOT_METRIC_UNIT)
    # (a part may set its thousands apart: 95亿2,401万2千元, 1,234亿5,678万元 — one amount, not 2千元; and so may the
    # rest after 万: 3万3,883美元, 5万6,566元 — Taiwan's way of writing 33883 and 56566)
    part = r"(?:[0-9]{1,3}(?:,[0-9]{3}){1,3}(?=[万亿])|[0-9０-９]{1,4})"
    mixed = re.compile(  # tried only where an Arabic number meets a unit character (5万4千6百)
        rf"{part}(?:(?:[万亿千百十]|兆(?=[0-9]))(?=[0-9０-９一二两三四五六七八九])"
        rf"(?:(?<=[兆万亿])[0-9],[0-9]{{3}}(?![0-9])|{part}|[一二两三四五六七八九](?=[千百十])))+(?:[千百十](?![瓦米克卡]))?(?![0-9０-９])")
    return {"token": token, "mixed": mixed, "tail": tail, "range": rng, "prefix": prefix, "not_metric": not_metric}


#: a minus after the verb that gives a figure, set apart by a space or written as a dash: 完成- 295万元, 实现—248.2万元
_MINUS_AFTER_VERB = re.compile(r"(?:实现|完成|为|达到?|是)(?:[-－−] |—)$")


def _long_runs(fold: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Spans of the runs of _LONG or more run characters in ``fold[start:end]``, in order (a run cut by
    ``start`` or ``end`` is read from or up to there): the matches of ``_LONG_RUN.finditer(fold, start, end)``.

    Where two run characters _STRIDE apart stand at ``start`` plus multiples of _STRIDE (a pair in the
    slice of every _STRIDE-th character), a long run may start up to _STRIDE - 1 characters before the
    first of them (a run reaching further back holds the pair before, read already): one match there
    reads it exactly.

    >>> list(_long_runs("共1" + "0" * 12 + "元，2023年12月", 0, 24))
    [(1, 14)]
    """
    start, end = max(start, 0), min(end, len(fold))
    if end - start <= _STRIDE * _SLICE:  # (a text of one slice: most; its sample is read once)
        if end - start < _LONG:
            return ()
        sample = fold[start:end:_STRIDE]
        pair = _RUN_PAIR.search(sample)
        # most texts hold no pair, so no long run (each holds one): no generator is made
        return () if pair is None else _runs_from(fold, start, end, sample, pair.start())
    return _runs_from(fold, start, end, None, 0)


def _runs_from(fold: str, start: int, end: int, sample: str | None, first: int) -> Iterator[tuple[int, int]]:
    """:func:`_long_runs`, its slices read from ``sample`` (the first's, if given) on, from its pair at ``first``."""
    pos = start  # the text before ``pos`` is read: ``start`` or the end of a long run
    if 0 < start < end and fold[start - 1] in _RUN_CHARS:  # a run cut by ``start`` is read from there
        cut = _LONG_RUN.match(fold, start, end)
        if cut is not None:
            pos = cut.end()
            yield start, pos
    step = _STRIDE * _SLICE
    at = _LONG_RUN_NEAR.match
    for base in range(start, end, step):
        if sample is None:
            sample, first = fold[base:min(base + step + _STRIDE, end):_STRIDE], 0  # (a pair across parts)
        for m in _RUN_PAIR.finditer(sample, first):
            p = base + _STRIDE * m.start()  # the pair's first character
            # a run through the pair holds the characters between (most pairs: a numeral, then another a
            # few characters on); it may start up to _STRIDE - 1 characters before p
            if p >= pos and fold[p + 2] in _RUN_SET and (run := at(fold, max(p - _STRIDE + 1, pos), end)) is not None:
                pos = run.end()
                yield run.start(1), pos
        sample = None


def overlong(fold: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans of numerals too long for any statistic: more than 16 digits or 8 decimals,
    more than 10 Chinese digits in a row, or a Chinese numeral over 24 characters.

    The scanner reads none of them (never a part of one): they are reported instead. The
    spans are yielded one at a time: a storm of them is cut at the diagnostic cap, never listed.

    >>> list(overlong("增长百分之九九九九九九九九九九九，共1" + "0" * 20 + "元，增长5.2%"))
    [(5, 16), (18, 39)]
    """
    runs = _long_runs(fold, start, len(fold) if end is None else end)
    return _overlong(fold, runs) if runs else iter(())  # (no run in most texts: no generator)


def _overlong(fold: str, runs: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """:func:`overlong` of the long runs ``runs`` of ``fold``."""
    for a, z in runs:
        if a > 0 and fold[a - 1] in _CODE_CHARS or z < len(fold) and fold[z] in _CODE_CHARS:
            continue  # a link, a file name or an identifier (t20230515_1234…), not a number
        if z - a > MAX_NUMERAL and not fold[a:z].isascii():
            yield a, z
            continue
        for r in _DIGITS_RUN.finditer(fold, a, z):
            whole, _, frac = r.group().replace("．", ".").partition(".")
            if len(whole) > 16 or len(frac) > 8:
                yield r.span()
        for h in _HAN_DIGITS_RUN.finditer(fold, a, z):
            yield h.span()


@dataclass(slots=True)
class Phrase:
    start: int  # view span of the whole phrase (qualifier … unit … qualifier)
    end: int
    vstart: int  # view span of the value token(s)
    vend: int
    phrase: str  # the text handed to the grammar
    kind: str  # arabic | han | pct | ph | gap
    has_unit: bool
    sign: int  # -1 when written with a minus sign


#: shares written as a ratio after a word that says so (三次产业结构调整为11.8:48.3:39.9), never a clock time
_RATIO = lazy(r"(?<![0-9０-９.．:：∶︰])[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?(?:[:：∶︰][0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?){1,4}"
              r"(?![0-9０-９.．:：∶︰])")  # (∶ and ︰ are the ratio signs of typeset text: 21.5∶36.1∶42.4)
_RATIO_WORD = lazy(r"(?:结构|比例|之比|配比|比重|产业比)[^，。；,;0-9０-９]{0,6}$")


#: a ratio and the few words after it that change it into the next (由16.5:14.8:68.7调整为…)
_RATIO_THEN = lazy(_RATIO.pattern + r"[^，。；,;0-9０-９]{1,6}$")


def _ratio_run(fold: str, pos: int, start: int, end: int) -> int:
    """End of the ratio of shares starting at ``pos``, or -1 (no ratio, or no word says so: right
    before it, or before the ratio it changes from, 三次产业结构由16.5:14.8:68.7调整为16.4:15.4:68.2)."""
    m = _RATIO.match(fold, pos, end)
    if m is None:
        return -1
    word = _PER_ONE_WORD if _PER_ONE.fullmatch(fold, pos, m.end()) else _RATIO_WORD
    if not word.search(fold, max(start, pos - 24), pos):
        prev = _RATIO_THEN.search(fold, max(start, pos - 40), pos)
        if prev is None or not word.search(fold, max(start, prev.start() - 24), prev.start()):
            return -1
    return m.end()


#: a ratio to one (or to a hundred): one figure, how many to each one of the other (城乡居民收入比2.1:1, 性别比108:100);
#: its second term is no value; a word with 比 says so (收入比由2.5:1缩小到2.1:1)
_PER_ONE = lazy(r"[0-9０-９.．]+[:：∶︰](?:1|１|100|１００)")
_PER_ONE_WORD = lazy(r"(?:(?<=[\u4e00-\u9fff])比(?![分赛])|比例|结构|配比|比重)[^，。；,;0-9０-９]{0,6}$")


_CODE_BEFORE = lazy(r"(?:编号|代码|序号|型号|代号|批号|文号|字号|No\.?)[-－:：#＃ ]?$")
_DAY_COUNT = lazy(r"天数[^。！？；;]{0,16}$|(?:首要污染物|超标|(?<!不)达标|优良)[^。！？；;]{0,8}$|(?:轻度|中度|重度|严重)污染$")  # (以PM2.5为首要污染物20天，…，超标11天; 轻度污染16天)
_CODE_LAST = frozenset("号码-－:：#＃ .o")
_URL = lazy(r"(?:https?://|ftp://|www\.)[^\s\u3000，。；！？、“”（）《》]+", re.IGNORECASE)


def _has_url(fold: str, start: int, end: int) -> bool:
    return fold.find("://", start, end) >= 0 or fold.find("www.", start, end) >= 0


#: the characters a _NOT_METRIC_UNIT match (after optional blanks and 多/余/几) can start with
_NOT_METRIC_FIRST = frozenset(" \u3000\n多余几个工小分秒周年世季月日天号届字页KMk篇版期点时")
#: the characters a qualifier before a value (prefix) can end with, or the blanks/wrap after it
_PREFIX_LAST = frozenset("于过少破约近逾超争≤≥ \u3000\n")

#: the characters a range dash (after up to two blanks) can start with
_RANGE_FIRST = frozenset(" \u3000—-－–~～至到")

_RANGE_PAIRS = {"arabic": "digits", "mixed": "digits", "han": "han", "pct": "pct", "ph": "ph"}


#: the fast patterns phrases() reads, in its order (looked up once: phrases runs once a block)
_SCANNER: tuple[re.Pattern[str], ...] | None = None


def _scanner() -> tuple[re.Pattern[str], ...]:
    global _SCANNER
    pat = _patterns()
    _SCANNER = tuple(pat[k] for k in ("token", "tail", "range", "prefix", "not_metric", "mixed"))
    return _SCANNER


def phrases(fold: str, start: int = 0, end: int | None = None, limit: int | None = None) -> list[Phrase]:
    """Quantity phrases of ``fold[start:end]`` in order; dates and durations are left out.

    With ``limit``, the scan stops once it holds ``limit + 1`` phrases (the metric cap:
    the one past the limit says where reading stopped)."""
    end = len(fold) if end is None else end
    token, tail, rng, prefix, not_metric, mixed = _SCANNER or _scanner()
    out: list[Phrase] = []
    pos = start
    urls = [u.span() for u in _URL.finditer(fold, start, end)] if _has_url(fold, start, end) else []
    ratio_end = -1  # end of the ratio run the last share belonged to
    while limit is None or len(out) <= limit:
        m = token.search(fold, pos, end)
        if m is None:
            break
        kind = m.lastgroup or ""
        ts, te = m.span(kind)
        if kind == "arabic" and te < end and fold[te] in "万亿千百十兆" and (mx := mixed.match(fold, ts, end)):
            kind, te = "mixed", mx.end()
        pos = te if te > ts else ts + 1
        if ts > 0 and fold[ts - 1] in "%％" or urls and any(a <= ts < z for a, z in urls):
            continue  # %28 of URL percent-encoding, numbers inside a link
        if kind == "arabic":  # (the checks of one kind behind one test of it: they run at every token)
            if (fold[ts] in "0０" and te - ts > 1 and fold[ts + 1] not in ".．"
                    or ts > start and fold[ts - 1] in _CODE_LAST and _CODE_BEFORE.search(fold, max(start, ts - 4), ts)):
                continue  # 编号-01, 007: a code, not an amount
            if ts - 2 >= start and fold[ts - 1] in " \u3000" and fold[ts - 2] in _DIGIT:
                continue  # 生产总值5 9亿元, 任务的108 3%: a site dropped the decimal point; 9 is no value
            if ts >= 2 and fold[ts - 1] == "\n" and (
                    fold[ts - 2] in _DIGIT or ts >= 3 and fold[ts - 2] in ".．" and fold[ts - 3] in _DIGIT):
                continue  # 增长12.⏎5%, 生产总值34⏎0亿元: the tail of a figure a short line cut is no value (right or absent)
            if te + 1 < end and fold[te] == "\n" and fold[te + 1] in _DIGIT:
                continue  # 年均增长2⏎0.6%: and its head is none either (20.6 cut in two, 2 is not what was written)
        elif kind == "han":
            if ts - 2 >= start and fold[ts - 1] == "、" and _GUESS_NEXT.get(fold[ts - 2]) == fold[ts] \
                    and (ts - 3 < start or fold[ts - 3] not in _GUESS_BEFORE):
                continue  # 三、四十元, 二、三十万人, 三、四倍: "thirty or forty", a guess between neighbours, no one value
                # (right or absent: 三四十元 written without the mark is none either)
        elif kind == "gap":
            t = tail.match(fold, te, end)
            pe = t.end() if t else te
            out.append(Phrase(ts, pe, ts, te, "X" + fold[te:pe], kind, True, 1))
            pos = max(pos, pe)
            continue
        if kind != "pct" and te < end and fold[te] in _NOT_METRIC_FIRST and (nm := not_metric.match(fold, te, end)) and not (
                fold[nm.end() - 1] == "天" and _DAY_COUNT.search(fold, max(start, ts - 24), ts)):
            continue  # a date or duration; but 优良天数为180天 counts days
        if kind == "arabic" and (ts < ratio_end or te < end and fold[te] in ":：∶︰" and
                                 (ratio_end := _ratio_run(fold, ts, start, end)) > ts):
            out.append(Phrase(ts, te, ts, te, fold[ts:te], "ratio", False, 1))  # 11.8:48.3:39.9, one share
            if _PER_ONE.fullmatch(fold, ts, ratio_end):
                pos = ratio_end  # 2.1:1: the figure is the first term alone
            continue
        t = tail.match(fold, te, end)
        pe = t.end() if t else te
        ve = te
        # a range: 5%—6%, 6-6.5%, 6%至6.5%
        r = rng.match(fold, pe, end) if pe < end and fold[pe] in _RANGE_FIRST else None
        if r is not None and kind != "gap":
            m2 = token.match(fold, r.end(), end)
            if m2 is not None and _RANGE_PAIRS.get(m2.lastgroup or "") == _RANGE_PAIRS[kind]:
                te2 = m2.end(m2.lastgroup)
                t2 = tail.match(fold, te2, end)
                pe2 = t2.end() if t2 else te2
                # (a second 百分之… is a percent itself: 百分之三到百分之五 is one range, as 3%到5% is)
                if (fold[te2:pe2].strip() or m2.lastgroup == "pct") and not not_metric.match(fold, te2, end):
                    pe, ve = pe2, te2
                    pos = pe
        # trailing blanks are not part of the phrase
        while pe > te and fold[pe - 1] in " \u3000\n":
            pe -= 1
        ps = ts
        if ts > start and fold[ts - 1] in _PREFIX_LAST:  # a qualifier can end right before the value
            p = prefix.search(fold, max(start, ts - 6), ts)
            if p is not None:
                ps = p.start()
        sign = 1
        if ts > start and pe > te:
            if kind in ("arabic", "mixed") and fold[ts - 1] in "-－−":
                sign = -1
            elif kind in ("arabic", "mixed") and fold[ts - 1] in " —" and _MINUS_AFTER_VERB.search(fold, max(start, ts - 5), ts):
                sign = -1  # 工业利税完成- 295万元, 利税实现—248.2万元: a loss, written with a spaced minus or a dash
            elif kind in ("arabic", "mixed", "han") and fold[ts - 1] == "负" and fold[ts - 2:ts - 1] != "正":
                ps = min(ps, ts - 1)  # 负3.9%, 负三十二亿元: the grammar reads the sign (正负5% has none)
        out.append(Phrase(ps, pe, ts, ve, fold[ps:pe], kind, pe > te and not fold[te:pe].strip() == "", sign))
        pos = max(pos, pe)
    return out


#: a Chinese digit and the next one: 三、四十元 names two neighbours, a guess (not after 第 or another numeral: 第二、三季度)
_GUESS_NEXT = dict(zip("一二两三四五六七八", "二三三四五六七八九"))
_GUESS_BEFORE = frozenset(HAN_NUM + "第万亿点")
_CUTS = lazy(r"[()（）。！？!?，,；;：:]")
_DIGIT = frozenset("0123456789０１２３４５６７８９")
_JOINED = lazy(r"[0-9],[0-9]{3}|[０-９]，[０-９]{3}|[0-9][:：][0-9]")
#: the same matches, written to open with a character class: a search skips to digits fast
_JOINED_ANY = lazy(r"[0-9０-９](?:(?<=[0-9]),[0-9]{3}|(?<=[０-９])，[０-９]{3}|(?<=[0-9])[:：][0-9])")
_HARD = frozenset("。！？!?")


def clause_bounds(fold: str, start: int, end: int, upto: int | None = None) -> list[tuple[int, int]]:
    """Clauses of a block (rule M4): cut at ，,；;。！？：: outside parentheses.

    A wrap (``\\n`` inside the block) does not cut; 。！？ always cut and close any
    open parenthesis, so an unbalanced ``(`` cannot swallow the block.
    With ``upto``, the list stops at the clause that holds that offset (the later
    clauses are the same as without it, only not computed).

    >>> t = "完成×亿元,增长×%(较目标值(×%)高,好)。"
    >>> [t[a:b] for a, b in clause_bounds(t, 0, len(t))]
    ['完成×亿元', '增长×%(较目标值(×%)高,好)']
    """
    last = _CUTS.search(fold, max(upto, start), end) if upto is not None else None
    limit = last.start() + 1 if last is not None else end  # the loop reads nothing past that cut
    if (fold.find("(", start, limit) < 0 and fold.find("（", start, limit) < 0 and fold.find(")", start, limit) < 0
            and fold.find("）", start, limit) < 0
            and not _JOINED_ANY.search(fold, max(start - 1, 0), min(len(fold), limit + 3))):
        # most blocks: no parenthesis and no 5,286 or 11.8:48.3 (a match is at most 5 characters
        # and would start right before a cut) — every cut character ends a clause
        if last is not None:  # the clause holding upto ends at the first cut from there
            cuts = [m.start() for m in _CUTS.finditer(fold, start, last.start())]
            cuts.append(last.start())
            return list(zip([start] + [i + 1 for i in cuts[:-1]], cuts))
        cuts = [m.start() for m in _CUTS.finditer(fold, start, end)]
        out = list(zip([start] + [i + 1 for i in cuts[:-1]], cuts))
        s = cuts[-1] + 1 if cuts else start
        if s < end:
            out.append((s, end))
        return out
    return _clause_loop(fold, start, end, upto)


def _clause_loop(fold: str, start: int, end: int, upto: int | None) -> list[tuple[int, int]]:
    """:func:`clause_bounds` cut by cut: parentheses nest, thousands and ratios do not cut."""
    out: list[tuple[int, int]] = []
    depth = 0
    s = start
    for m in _CUTS.finditer(fold, start, end):
        c = m.group()
        i = m.start()
        if c in "(（":
            depth += 1
        elif c in ")）":
            depth = max(0, depth - 1)
        elif i > 0 and fold[i - 1] in _DIGIT and _JOINED.match(fold, i - 1):
            continue  # 5,286.4 and ４，５６５: thousands; 11.8:48.3:39.9: a ratio — no clause end
        elif c in _HARD or depth == 0:
            out.append((s, i))
            if upto is not None and i >= upto:
                return out
            s = i + 1
            depth = 0
    if s < end:
        out.append((s, end))
    return out


#: a middle dot between digits written for the decimal point (some sites and scans: 881·2亿元, 13·06%)
_DOT_POINT = lazy("[·・‧](?<=[0-9].)(?=[0-9])")
#: a circle written for the zero of a Chinese numeral, after one of its digits (not a bullet ○, nor ○○县);
#: a year's (一九八○年) stays as written: periods and bases are read from the fold as they are written
#: (written to open with the circle, looked behind from there: a search skips to circles in C instead of
#: trying the lookbehind at every character of the document; the same matches as (?<=[一…九])○+(?!…年))
_CIRCLE_ZERO = lazy(r"○(?<=[一二三四五六七八九]○)○*(?![一二三四五六七八九〇○]*年)")


def marks_read(fold: str) -> str:
    """``fold`` with the circles written for the zero of a numeral made 〇 (一○八 → 一〇八) and a middle dot
    between digits made a point (270·4 → 270.4), as the scan reads them: the same length, so offsets hold.
    The metrics stage and :func:`speechdoc.parse_quantity` read numbers through it alike."""
    if "○" in fold:  # (one memchr; old scans write the zero of a numeral as a circle: 一○八, 一九八○年)
        fold = _CIRCLE_ZERO.sub(lambda m: "〇" * len(m.group()), fold)
    if "·" in fold or "・" in fold or "‧" in fold:
        fold = _DOT_POINT.sub(".", fold)  # 投资额270·4亿元, 增长22·5%: a middle dot for the decimal point
    return fold
