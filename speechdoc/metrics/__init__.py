"""Metric extraction: every quantity of an indicator, with its meaning and place.

Stage 7 of the pipeline. For each block of a speech:

1. :func:`~speechdoc.metrics.scan.phrases` proposes quantity phrases with one
   linear regex scan (dates, durations and page metadata are dropped there);
2. the lark grammar ``quantity.lark`` reads each phrase into value, range, unit,
   scale and qualifier (:func:`~speechdoc.metrics.quantity.parse_quantity`);
3. :mod:`speechdoc.metrics.extract` keeps the quantities that measure an indicator
   and drops ordinals, names, thresholds, organisational counts (rules M1–M2);
4. :mod:`speechdoc.metrics.context` reads direction, basis, kind, period and
   indicator from the clause and sentence, carrying the sentence across blocks
   that end in ``；`` or ``，``;
5. compact tuples become :class:`~speechdoc.document.model.Metric` records at the end.

>>> import speechdoc
>>> doc = speechdoc.parse("一、主要目标\\n今年主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。"
...                       "\\n二、重点任务\\n一是扩大内需。")
>>> [(m.indicator, m.value, m.unit, m.qualifier, m.kind, m.direction) for m in doc.metrics()]
[('国内生产总值', 5, '%', '左右', 'target', 'increase'), ('城镇新增就业', 1200, '万人', '以上', 'target', 'level')]
>>> doc.metrics()[0].section_path
['一、主要目标']
"""
from __future__ import annotations

import re
from sys import intern
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ..document.fastmodel import maker
from ..document.model import Metric
from ..text.textview import TextView
from .context import _period_year, goals_ahead, list_intro_kind, new_document, opening_part, period, plan_intro, report_part
from .extract import Found, extract_block
from ..lazy import lazy
from .quantity import BOUNDS, Quantity, _times, parse_quantity
from .scan import marks_read, phrases

__all__ = ["Budget", "extract", "texts_of", "parse_quantity", "phrases", "Quantity"]


@dataclass(slots=True)
class Budget:
    """The quantity phrases a document may still read (the metric cap, shared by its speeches);
    ``stopped`` is the view offset of the first phrase left unread once it runs out."""

    room: int
    stopped: int | None = None

_OPEN_END = frozenset("；;，,：:、")
_INTRO_END = frozenset("：:")


def extract(view: TextView, blocks: Sequence[tuple[int, int]], paths: Sequence[list[str]],
            budget: Budget | None = None, texts: tuple[str, str] | None = None) -> list[list[Metric]]:
    """Metrics of each block (view spans of one speech, in order), parallel to ``blocks``;
    with a ``budget``, no phrase past its room is read (the blocks after it have none).
    ``texts`` is :func:`texts_of` the view, made once for the speeches of a document (each is the
    whole text: made for every speech they cost a document of many speeches its length squared)."""
    fold, rules = texts or texts_of(view)
    out: list[list[Metric]] = []
    founds: list[tuple[list[Found], list[str]]] = []  # (each block's findings, made models once all are read)
    carry: int | None = None  # sentence start carried from the previous block
    state: dict[str, object] = {"budget": budget}
    last_path: list[str] | None = None
    heading_part: str | None = None
    to_raw = _raw_spans(view)
    new_document()  # (the context readers' results are kept for one document)
    for (s, e), path in zip(blocks, paths):
        if budget is not None and budget.stopped is not None:
            founds.append(([], path))
            continue
        try:
            state["path"] = path
            if path is not last_path:  # the blocks of one section share their path list
                heading_part, last_path = report_part(path), path
                if heading_part == "review":
                    state["plan_below"] = None
            below = state.get("plan_below")
            state["part"] = heading_part or opening_part(fold[s:min(e, s + 60)]) or (
                state.get("part") if path == state.get("part_path") else None) or (
                "plan" if below is not None and path[:len(below)] == below else None)
            state["part_path"] = path
            intro = state["intro"] = _intro(fold, s, e, state.get("intro_next"))
            found = extract_block(rules, s, e, carry, state, fold)
            if found and (fold.find("首", s, e) >= 0 or fold.find("位置", s, e) >= 0):
                found = [f for f in found if not _in_breadcrumb(fold, s, e, f.value_span[0])]
            if found:
                state["last_found"] = found[-1]
                if found[0].indicator is None and len(found) == 1 and _alone(fold, s, e, found[0]) \
                        or any(f.indicator is not None and f.kind == "actual" and _line_alone(fold, f) for f in found):
                    state["headlines"] = True  # (a block of one figure and nothing else, or a headline that names its
                    # figure: named below, once all are read)
            if heading_part is None and goals_ahead(fold[s:e]):
                state["part"] = "plan"  # 我们对今后五年的发展提出了…具体目标。: the paragraphs after it state them
            if heading_part != "review" and fold.find("以下", s, e) >= 0 and plan_intro(fold, s, e):
                state["plan_below"] = path  # 我们将重点做好以下几个方面工作：: the sections under it are the plan
            last = _last_char(fold, s, e)
            state["intro_next"] = intro if intro else _list_intro(fold, s, e) if last in _INTRO_END else None
        except RecursionError:  # pragma: no cover - never raise on text
            found = []
            last = _last_char(fold, s, e)
        founds.append((found, path))
        carry = _carry(fold, s, e, carry) if last in _OPEN_END else None
    if state.get("to_year"):
        _past_goal_years(founds, state["to_year"])  # type: ignore[arg-type]
    if state.get("headlines"):
        _headline_figures(fold, founds)
    out.extend(_models(view.raw, to_raw, found, path) if found else [] for found, path in founds)
    return out


#: a site's breadcrumb trail (畜牧家禽网首页 > 资讯中心 > 行业动态 > 巴东:畜牧业占全县农业比重四成多): page
#: chrome, whose title's figures are no figures of the text (the text tells them itself)
_BREADCRUMB = lazy(r"(?:首页|首頁|主页|主頁|当前位置|當前位置|您的位置|您现在的位置|您現在的位置)[:：]?[ \u3000]*"
                   r"(?:[^>＞»›\n]{0,24}[>＞»›]){2,}")


def _in_breadcrumb(fold: str, s: int, e: int, at: int) -> bool:
    """Whether the figure at ``at`` stands on a line of ``fold[s:e]`` that is a breadcrumb trail."""
    ls = fold.rfind("\n", s, at) + 1 or s
    le = fold.find("\n", at, e)
    return _BREADCRUMB.search(fold, max(ls, s), le if le >= 0 else e) is not None


#: how far after a figure that stands alone on its line (a news item's headline figure) it is told again
HEADLINE_REACH = 400
#: the same for a headline that names its figure (told again with the same name, it may be a lead paragraph later)
NAMED_HEADLINE_REACH = 1200


def _alone(fold: str, s: int, e: int, f: Found) -> bool:
    """Whether the block ``fold[s:e]`` holds the figure ``f`` and nothing else (``2706亩`` on its own line)."""
    return not fold[s:f.phrase[0]].strip() and not fold[f.phrase[1]:e].strip()


def _line_alone(fold: str, f: Found) -> bool:
    """Whether the clause of ``f`` is a whole line, one that ends no sentence (a headline: ``今年地区生产总值增长5.5%左右``)."""
    return fold[f.clause[1]:f.clause[1] + 1] in ("\n", "") and fold[f.clause[0] - 1:f.clause[0]] in ("\n", "")


def _headline_figures(fold: str, founds: list[tuple[list[Found], list[str]]]) -> None:
    """A figure alone on its line, with no name (``7.4亿元`` over a news paragraph), is the figure the text
    after it tells again within HEADLINE_REACH characters (``…总投资约7.4亿元``): it takes that one's name (in place).
    A headline that names its figure (``今年地区生产总值增长5.5%左右`` over ``主要预期目标是：地区生产总值增长5.5%左右``)
    takes the kind of the sentence that tells it again: a goal or an estimate, as the text says."""
    flat = [(b, k, f) for b, (found, _) in enumerate(founds) for k, f in enumerate(found)]
    for n, (b, k, f) in enumerate(flat):
        if f.indicator is None and (len(founds[b][0]) != 1 or f.clause != f.phrase) \
                or f.indicator is not None and (f.kind != "actual" or not _line_alone(fold, f)):
            continue  # (a named figure told again is a headline only on a line of its own)
        said = fold[f.value_span[0]:f.phrase[1]]  # (the number and its unit: 约7.4亿元 tells 7.4亿元 again)
        q = f.quantity
        reach = HEADLINE_REACH if f.indicator is None else NAMED_HEADLINE_REACH
        for _, _, g in flat[n + 1:]:
            if g.phrase[0] - f.phrase[1] > reach:
                break
            if g.indicator and fold[g.value_span[0]:g.phrase[1]] == said and g.quantity.value == q.value \
                    and g.quantity.unit == q.unit and g.quantity.value_high == q.value_high:
                if f.indicator is None:
                    founds[b][0][k] = f._replace(indicator=g.indicator)
                elif g.indicator == f.indicator and g.direction == f.direction and g.kind != "actual":
                    founds[b][0][k] = f._replace(kind=g.kind)
                break


def _past_goal_years(founds: list[tuple[list[Found], list[str]]], to_year: dict[int, int]) -> None:
    """到1955年总产量达到5.24亿斤 in a text that reports 1956 and 1957 as done: a year before the latest one
    the document reports is no goal still to reach, its figures are what was reached (in place)."""
    years = [(y, f.period.endswith("年") and len(f.period) <= 5) for found, _ in founds for f in found
             if f.kind == "actual" and f.period and type(y := _period_year(f.period)) is int]
    if not years:
        return
    latest = max(y for y, _ in years)
    # a whole year reported as done (1981年，全县粮食总产…较上年增长14.4%) is past too: 到1981年…占20% is
    # what was reached (not a part of it: 2025年上半年 leaves 到2025年底 a goal)
    done = max((y for y, whole in years if whole), default=None)
    for found, _ in founds:
        for k, f in enumerate(found):
            if f.kind == "target" and (y := to_year.get(f.value_span[0])) is not None \
                    and (y < latest or done is not None and y <= done):
                found[k] = f._replace(kind="actual")


def texts_of(view: TextView) -> tuple[str, str]:
    """What :func:`extract` reads of a view: its fold, with the circles written for the zero of a numeral
    made 〇 and a middle dot between digits made a point, and the text the rules read (:func:`half_width`
    of that). A page that writes its decimal points as full stops (two or more between digits, none as a
    point) has them read as points, the same length, so offsets hold; one alone stays a full stop."""
    fold = marks_read(view.fold)
    if "。" in fold and (points := _STOP_POINTS.findall(fold)) and len(points) >= 2 and _POINT.search(fold) is None:
        fold = _STOP_POINT.sub(".", fold)  # 综合产值实现9。684亿元，同比增长12。5%: the site's decimal points
    return fold, half_width(fold)


#: a full stop between digits that a site wrote for the decimal point (9。684亿元, 12。5%): one to four digits after
#: it, not a date (2019。2020年…: a sentence that ends in a figure, then a year)
#: (the 。 first, then the digit before it: re finds a literal first character by a fast search, where a pattern
#: opening with a lookbehind is tried at every character of the text)
_STOP_POINTS = lazy(r"。(?<=[0-9０-９]。)[0-9０-９]{1,4}(?![0-9０-９年月日号时点])")
_STOP_POINT = lazy(r"。(?<=[0-9０-９]。)(?=[0-9０-９]{1,4}(?![0-9０-９年月日号时点]))")
#: a decimal point written as one (a page that writes them is no page of full-stop points)
_POINT = lazy(r"[0-9０-９][.．][0-9０-９]")
#: full-width digits, Latin letters and ％ (一季度增长６．５％, ＧＤＰ, ４Ａ景区), a full-width point between
#: digits, and a full-width comma that groups full-width digits (２７，２０３，３１９，０００元, as the
#: scan reads it): the rules are written for the half-width forms. The model's indicators, periods and
#: bases are read from the text the rules read, so they come out half-width (1955年, PM2.5), like the
#: names the rest of the corpus writes; a metric's ``text`` is still cut from the input.
_WIDE = lazy("[０-９Ａ-Ｚａ-ｚ％]")
_WIDE_MARKS = lazy("(?<=[０-９])(?:．(?=[０-９])|，(?=[０-９]{3}(?![０-９])))")
_HALF = str.maketrans({**{chr(c): chr(c - 0xFEE0) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                                          *range(0xFF41, 0xFF5B))}, "％": "%"})
#: a run of wide characters with the marks inside it (６．５％, ２７，２０３): half_width rewrites each run
#: alone (a translate of the whole document cost ~700 instructions a character of it)
_WIDE_RUN = lazy(f"{_WIDE.pattern}{_WIDE.pattern}*(?:{_WIDE_MARKS.pattern}{_WIDE.pattern}+)*")  # (a class first: a search skips to it)
#: one range holding every _WIDE character: a text without one has no run to rewrite
_ANY_WIDE = lazy("[％-ｚ]")
_HALF_RUN = {**_HALF, ord("．"): ".", ord("，"): ","}  # (a mark in a run is one of _WIDE_MARKS)


def _half_run(m: re.Match[str]) -> str:
    return m.group().translate(_HALF_RUN)


def half_width(fold: str) -> str:
    """``fold`` with full-width digits, Latin letters and ％, and the points and grouping commas of
    full-width figures, in their half-width forms, character for character (offsets are kept); the
    same string when it holds none.

    >>> half_width("增长６．５％，达２７，２０３万元，ＧＤＰ")
    '增长6.5%，达27,203万元，GDP'
    """
    # (each qualifying mark stands right after a wide digit, so inside a run; the others end one)
    if _ANY_WIDE.search(fold) is None:  # (most texts: one range scans ~14x faster than the runs' class)
        return fold
    return _WIDE_RUN.sub(_half_run, fold)


#: what opens a list's item block: a bullet, or an enumerator of its points (一是, 二、, （三）, 4.)
_BULLET = lazy(r"[ \t\u3000]*(?:——|—|－|-|•|·|●|○|■|□|◆|◇|▲"
               r"|[一二三四五六七八九十]{1,2}(?:是|、)|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}(?:、|[.．](?!\d)))")


def _intro(fold: str, s: int, e: int, intro: tuple[str, str | None] | None) -> tuple[str, str | None] | None:
    """The kind a bulleted item inherits from the list's introduction (目标是：\n——…)."""
    return intro if intro and _BULLET.match(fold, s, e) else None


def _last_char(fold: str, s: int, e: int) -> str:
    """The block's last character that is not a blank ("" if it has none)."""
    return fold[s:e].rstrip(" \t\u3000\n\r")[-1:]  # (asked of every block: one C strip, not a loop)


def _list_intro(fold: str, s: int, e: int) -> tuple[str, str | None] | None:
    """A block ending in ： that announces targets or forecasts: the kind and period of its items."""
    i = e - 1
    while i >= s and fold[i] in " \t\u3000\n\r":
        i -= 1
    if i < s or fold[i] not in "：:":
        return None
    k = max(fold.rfind(c, s, i) for c in "。！？!?；;")
    intro = fold[max(k + 1, s, i - 200):i]
    kind = list_intro_kind(intro)
    return (kind, period(intro)) if kind else None


def _carry(fold: str, s: str | int, e: int, carry: int | None) -> int | None:
    """Where the sentence open at the end of a block started, if it runs on."""
    i = e - 1
    while i >= s and fold[i] in " \t\u3000\n\r":
        i -= 1
    if i < s or fold[i] not in _OPEN_END:
        return None
    k = max(fold.rfind(c, s, e) for c in "。！？!?")
    return k + 1 if k >= s else (carry if carry is not None else s)


def _raw_spans(view: TextView) -> tuple[Sequence[int], Sequence[int]] | None:
    """The view's offset maps (``view_starts``, ``raw_starts``), or None where the view is the
    input (nothing deleted: most texts)."""
    return (view.view_starts, view.raw_starts) if len(view.view_starts) > 1 else None


def _to_raw(starts: tuple[Sequence[int], Sequence[int]], a: int, b: int) -> tuple[int, int]:
    """``view.span_to_raw(a, b)`` from the view's maps, in one call (three metric spans each)."""
    vs, rs = starts
    k = bisect_right(vs, a) - 1
    ra = rs[k] + (a - vs[k])
    if b <= a:
        return ra, ra
    k = bisect_right(vs, b - 1) - 1
    return ra, rs[k] + (b - 1 - vs[k]) + 1


def _models(raw: str, to_raw: tuple[Sequence[int], Sequence[int]] | None, found: list[Found],
            path: list[str]) -> list[Metric]:
    """The Metric records of one block's findings (spans mapped to the input)."""
    out = []
    make, times, bounds = construct_metric, _times, BOUNDS
    if to_raw is not None:
        vs, rs = to_raw
        last = len(vs) - 1
    for f in found:
        (cs, ce), (ps, pe), (vs0, ve) = f.clause, f.phrase, f.value_span
        if to_raw is not None:
            # the three spans of a metric lie within a few hundred characters: mostly between two
            # deletions, where every offset moves by the same amount (one bisect, not five)
            lo = cs if cs < ps else ps
            if vs0 < lo:
                lo = vs0
            k = bisect_right(vs, lo) - 1
            if k == last or vs[k + 1] > max(cs, ps, vs0, ce - 1, pe - 1, ve - 1):
                d = rs[k] - vs[k]
                cs, ce = cs + d, (ce + d if ce > cs else cs + d)
                ps, pe = ps + d, (pe + d if pe > ps else ps + d)
                vs0, ve = vs0 + d, (ve + d if ve > vs0 else vs0 + d)
            else:
                (cs, ce), (ps, pe), (vs0, ve) = (_to_raw(to_raw, cs, ce), _to_raw(to_raw, ps, pe),
                                                 _to_raw(to_raw, vs0, ve))
        q = f.quantity
        value, value_high, scale, qualifier = q.value, q.value_high, q.scale, q.qualifier
        hedge = None
        if qualifier is not None and qualifier not in bounds:  # (split_qualifier)
            qualifier, hedge = None, qualifier
        # one string object for every metric that names the same indicator, basis or period (a report
        # repeats 地区生产总值 and 今年 hundreds of times; at the metric cap this saves ~1.5 bytes an input
        # character). Interned strings are freed with the last metric that holds them.
        ind, basis, per = f.indicator, f.basis, f.period
        out.append(make({
            "text": raw[cs:ce], "text_span": (cs, ce), "span": (ps, pe), "value_span": (vs0, ve),
            "indicator": None if ind is None else intern(ind), "value": value, "value_high": value_high,
            "placeholder": q.placeholder, "unit": q.unit, "scale": scale,
            "base_value": None if scale is None or value is None else times(value, scale),
            "base_value_high": None if scale is None or value_high is None else times(value_high, scale),
            "direction": f.direction, "qualifier": qualifier, "hedge": hedge,
            "basis": None if basis is None else intern(basis), "kind": f.kind,
            "period": None if per is None else intern(per), "section_path": list(path)}))
    return out


#: A :class:`Metric` from values that are already valid and name every field, built the way
#: ``model_construct`` builds it without its per-field loop (a test holds both equal); every Metric
#: shares one fields set (a set each cost ~600 bytes a metric, see :mod:`speechdoc.document.fastmodel`)
construct_metric = maker(Metric)
