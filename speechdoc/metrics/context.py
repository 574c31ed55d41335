"""What a quantity means, read from the words around it: direction, basis, kind,
period and indicator (rules M5, M8–M12 of the corpus README).

Every function takes short windows of the folded (simplified) text, already cut
by the caller to a bounded length, so the cost per metric is constant. The word
lists are data: a new cue is one alternative in one pattern.

**kind** is read in layers, nearest first: the value's own ;-segment (预计 → forecast,
了/已 → actual, 计划/拟/任务/预算 → target), a requirement earlier in its sentence
(确保, 要, 力争, 目标是), a list introduction (主要预期目标是：…；…；…), and last the part
of the report (:func:`report_part`, :func:`opening_part`): a bare figure in a plan part
is a target unless it is dated in the past (:func:`past_period`), in a review part it
is actual.

**indicator** is the sentence's grammar plus one small rule table: the text before the
value is split at predicate verbs (增长, 达到, 完成, 为 …) and the chunk nearest the value
is the measured noun; goal words, adverbs, places and bases are dropped first. A bare
measure head (:data:`MEASURE_HEADS`: 利税, 产值, 总投资 …) is completed from the subject
before 实现/完成 or from the previous indicator of its sentence (:func:`carry_modifier`);
``extract`` adds what needs the neighbouring metrics (分别 lists, counts, shares, units).

>>> direction("全市生产总值预计增长", "")
'increase'
>>> direction("增速在", ""), direction("较上年回落", ""), direction("首季", "以上增长的")
('level', 'decrease', 'increase')
>>> basis("但较去年同比提高"), basis("较全市低"), basis("较年初目标值(×%)高")
('同比', '较全市', '较目标值')
>>> period("2020年,全市完成地区生产总值"), period("但今年前×个月,除×县("), period("截止到今年 X 月底,")
('2020年', '今年前×个月', '截止到今年X月底')
>>> kind("一季度,全市生产总值预计增长", "", ""), kind("确保完成年度计划的", "", "")
('forecast', 'target')
>>> indicator("2020年,全市完成地区生产总值")
'地区生产总值'
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lazy import ahead, first_chars, lazy, skipping
from ..text.script import fold_script

__all__ = ["direction", "basis", "kind", "period", "periods", "indicator", "squeeze", "last_match", "report_part", "goals_ahead",
           "opening_part", "plan_intro", "past_period", "LIST_INTRO", "MEASURE_HEADS", "share_base",
           "split_head", "carry_modifier", "direction_of", "basis_of", "kind_of", "indicator_of",
           "completion_rate_of", "rate_before_of", "done_of", "goal_in"]

#: the cache-clearing functions of the readers that keep their results for one document
_PER_DOCUMENT: list = []


def per_document(reader):
    """``reader`` (a pure function of short strings) with its results kept until the next
    :func:`new_document`: a document repeats many windows (增长, 同比增长, 地区生产总值增长 before
    each of its figures), read once each. Bounded, and cleared per document, so nothing a parse
    of one document read makes another faster."""
    cached = lru_cache(maxsize=4096)(reader)
    _PER_DOCUMENT.append(cached.cache_clear)
    return cached


def new_document() -> None:
    """Forget what the :func:`per_document` readers read (called as a document's metrics start)."""
    for clear in _PER_DOCUMENT:
        clear()


def squeeze(s: str) -> str:
    """Drop blanks and wraps (stray spaces of PDF text, web wraps)."""
    if s.isprintable() and " " not in s:  # most windows: \u3000 \n \t \r are not printable
        return s
    # (five C scans: a third of what the regex substitution cost)
    return s.replace(" ", "").replace("\u3000", "").replace("\n", "").replace("\t", "").replace("\r", "")


def last_match(pattern: re.Pattern[str], s: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``s`` (the nearest cue before a value).

    A pattern that opens with a lookahead on its first characters (``_DIR``, ``_BASIS``) is walked
    as ``finditer`` walks it, from each match's end, but each next start is found by its
    :func:`~speechdoc.lazy.skipping` form (the regex engine's class scan) and then matched there:
    the same matches, without the lookahead tried at every character."""
    find = _SKIPPING.get(pattern.pattern)
    if find is None:
        form = skipping(pattern.pattern)
        find = _SKIPPING[pattern.pattern] = re.compile(form, pattern.flags).search if form != pattern.pattern else False
    if find is False:
        return last_match_plain(pattern, s)
    last, match, pos = None, pattern.match, 0
    while (at := find(s, pos)) is not None:
        start = at.start()
        m = match(s, start)
        if m is None or m.end() == start:  # (never for these patterns: an empty match is read the long way)
            return last_match_plain(pattern, s)
        last, pos = m, m.end()
    return last


def last_match_plain(pattern: re.Pattern[str], s: str) -> re.Match[str] | None:
    """:func:`last_match` by ``finditer`` alone (what it equals)."""
    last = None
    for last in pattern.finditer(s):
        pass
    return last


#: the search of each pattern's skipping form by its source (False: the pattern has none)
_SKIPPING: dict[str, object] = {}


# -- direction (M8) -------------------------------------------------------------------
_NOUN_AFTER = r"(?![速率幅值量额点极面贡]|的贡献)"  # (增长率, 增长贡献率, 增长的贡献率: nouns, no change said)
_INC = r"(?<!推)翻了?(?![\u4e00-\u9fff])|递增|(?:猛|剧|激|骤)增|增长|提高|提升|上升|上涨|上调|调高|前移|加快|回升|(?<![上回提])升(?=[至到]|$)|走高|领先于?|净增长|净增|超收|(?<!新)增加|扩大|(?<![新倍总])增(?![加长效亏]|[设建补派配开][\u4e00-\u9fff])|涨|高出|(?<!不)高于|超出|超过(?=全|上年|去年|目标|战前|[\u4e00-\u9fffA-Za-z]{1,10}?(?:增幅|增速)$)|超过?(?=时间进度|序时进度|时序进度|任务进度|计划进度|目标进度)|(?<![赶追])超(?=全[国省市县区](?!年)|(?:全年|年度|年初)?目标(?!任务))|快于"
_DEC = r"塌(?=目标)|增亏|递减|下降|回落|降低|减少|下滑|收窄|缩小|缩短|下跌|(?<![下暴大])跌(?=[至到]|$)|走低|(?<!至)少增(?=$)|下调|调低|压减|削减|消减|回调|降|减轻|减(?![员贫轻免]|少幅)|(?<![不能得])低于|落后于?(?=时间进度|序时进度|时序进度|任务进度|计划进度|目标进度)|慢于|滞后于?|放缓|净减"
_DIR_ALTERNATIVES = rf"(?P<inc>(?:{_INC}){_NOUN_AFTER})|(?P<dec>(?:{_DEC}){_NOUN_AFTER})|(?P<lvl>达到|(?<!下)达|为|在|完成|实现|占|是)"
#: the first characters any verb of _DIR_ALTERNATIVES consumes: a lookahead on them skips other text
#: fast; tests/test_metrics_context.py holds the matches equal to the pattern without it
_DIR_FIRST = "(?=[塌翻猛剧激骤递快增提上前扩涨高超下回降减收缩压削消调低落慢达为在完实占是加领净滞放升跌走少])"
_DIR = lazy(_DIR_FIRST + "(?:" + _DIR_ALTERNATIVES + ")")
#: 较全市低×个百分点, 第三产业提3.4个百分点, 比全国低了3.1个百分点
_DIR_ADJ = lazy(r"(?P<inc>高|提|(?<![新少])增|快|(?<![较许最至很众繁偏过])多)了?$|(?P<dec>低|降|减|慢|(?<![较很至最多稀偏过])少)了?$")  # (新增 counts are levels; 比去年同期多23项)
_DIR_AFTER = lazy(rf"^(?:、[\u4e00-\u9fff]{{0,4}}[0-9.X×*]{{1,8}}%?)?(?:左右|以上|以下)?的?(?:实质|实际)?"
                        rf"(?:(?P<inc>{_INC})|(?P<dec>{_DEC}))(?![到至])")


_DIR_ADJ_LAST = "高提增快低降减慢多少"
_BASE_BEFORE_NEW = lazy(r"(?:[比较](?:上年|去年|上一年|年初)(?:同期)?|同比)$")
#: what 提升 upgrades when a thing stands between it and the figure (提升改造农村户厕29.59万座), less a hedge
_UPGRADED = lazy(r"(?:改造)?([\u4e00-\u9fff]{2,12}?)(?:超过|突破|达到|达|约|近)?")
#: …unless the thing is a measure that rises (提升城镇化率5个百分点)
_RISING_HEADS = ("率", "量", "额", "值", "比重", "比例", "水平", "指数", "收入", "产值", "幅", "速", "价")
_LEVEL_AFTER = lazy(r"达到|(?<!下)达|为|在|完成")
#: the verbs of a change whose 分别为 gives each item's change, not its level (同比增长分别为16.2%、17.0%)
_CHANGED_BY = frozenset(("增长", "下降", "增加", "减少", "提高", "降低", "上升", "回落"))


def direction(before: str, after: str, shortfall: bool = False) -> str:
    """increase / decrease / level from the verb nearest before the value (or right after it)."""
    if shortfall:
        return "decrease"
    return direction_of(squeeze(before), after)


@per_document
def direction_of(b: str, after: str) -> str:
    """:func:`direction` of the squeezed text ``b`` before the value (``after`` as written)."""
    if b[-3:] == "分别为" and b[-5:-3] in _CHANGED_BY and "拉动" not in b[-10:] and "贡献" not in b[-10:]:
        return "decrease" if b[-5:-3] in ("下降", "减少", "降低", "回落") else "increase"  # (增长分别为16.2%: each grew by it)
    if b[-2:] == "新增" and _BASE_BEFORE_NEW.search(b, 0, len(b) - 2):
        return "increase"  # 比上年新增3.6万亩: that much more than last year (新增 alone counts what is new: a level)
    end = b[-2:-1] if b[-1:] == "了" else b[-1:]
    m = _DIR_ADJ.search(b) if end and end in _DIR_ADJ_LAST else None  # it only matches at the end
    if m:
        return "increase" if m.lastgroup == "inc" else "decrease"
    last = last_match(_DIR, b)
    if last is not None and last.lastgroup != "lvl":
        tail = b[last.end():]
        if tail[:1] in ("到", "至"):
            return "level"
        if last.group() == "加快" and tail.strip("了"):
            return "level"  # 加快2个百分点 is faster, 加快后李村1000亩基地建设 hurries a work on (its size is a level)
        if last.group() == "提升" and (up := _UPGRADED.fullmatch(tail)) and not up.group(1).endswith(_RISING_HEADS):
            return "level"  # 改造提升高标准农田超过8000万亩: a thing upgraded, counted (提升比重5个百分点 rises)
        if not _LEVEL_AFTER.search(tail):
            return "increase" if last.lastgroup == "inc" else "decrease"
    if last is None or last.lastgroup == "lvl":
        after = squeeze(after)
        a = _DIR_AFTER.match(after) if after[:1] in _DIR_AFTER.first else None
        if a:
            return "increase" if a.lastgroup == "inc" else "decrease"
    return "level"


# -- basis (M10) ----------------------------------------------------------------------
#: what a figure is compared with when it is neither a place, a goal nor a schedule: a set line or another
#: measure's growth (控制线, 警戒线, 营业收入增幅, GDP增速)
_COMPARED_MEASURE = r"(?:[\u4e00-\u9fffA-Za-z]{1,10}?(?:增幅|增速)|控制线|[省市县区]控线|警戒线|预警线|红线)"  # (低于省控线0.84个百分点)
_COMPARED_MEASURE_RE = lazy(_COMPARED_MEASURE)
_COMPARE_VERBS = frozenset(("高于", "低于", "快于", "慢于", "超过"))  # (超过国内生产总值增速0.4个百分点)
_BASIS = lazy(  # the leading lookahead only skips ordinary text fast
    # 比增7%, 分别比降2.1%: the shorthand of 同比增长 in some provinces' reports (not 环比, 相比, 可比)
    r"(?=[较同比与低高超快落慢滞领环相塌按年好优])(?:(?P<mom>环比)|(?P<yoy>较去年同比|同比|比上年同期|比去年同期|较上年同期|较去年同期|与(?:去年|上年)同期相?比|(?<![相对环可同较])比(?=[增降减]长?$)"
    # 按年增加15.4%, 按年實質增長4.2%: Hong Kong's and Macau's 同比; 年增2.16%: Taiwan's, opening its clause
    r"|按年(?=(?:实质|实际|名义)?(?:增|减|上升|下降|下跌|回落|提高|降低|升|跌|\ue000))|(?<![^，,；;：:])年(?=[增减]$)"
    # 同期增长19.09%: the same period's growth, said without 比 (not 去年同期, 2019年同期 — read below)
    r"|(?<![年月季度期上去])同期(?=增长|增加|下降|减少|提高|回落|增|降|减))"
    # 较上年度修订预算上升23.3%: a budget's growth over last year's revised budget (not 较上年: kept as written)
    r"|(?P<revised>[较比](?:上年度?|去年)修订预算)"
    r"|(?:[较比]|超过)(?P<prewar>战前)|(?P<prev>(?:较上年|比上年|较去年|比去年|较上一年|比上一年|相对(?:于)?(?:去年|上年))(?:末|底)?|与(?:去年|上年)(?:相比|比较)?(?=增|减|下降|降低|提高|上升|回落))"
    # 较目标值, 高于年初目标, 低于与省会商目标, 好于年度目标: a goal named in up to 8 characters
    r"|(?P<goal>(?:较|比|低于|高于|超出|好于|优于|落后于?|塌|(?<![赶追])超(?!额)(?=[^,，;；:：。较比目]{0,8}?目标值?$))(?:[^,，;；:：。较比目]{0,8}?)目标值?(?!任务))"
    r"|(?:较|比|低于|高于|高出|超过|(?<![赶追])超|快于|慢于|滞后于?|领先于?|落后于?)(?P<area>全[市省国县区])(?:平均水平|平均|水平)?"
    # other bases are kept as written (corpus decision 2): 较年初, 较“十二五”末
    r"|(?:超过?|快于|落后于?|慢于|领先于?|滞后于?|高于|高出|低于)(?P<sched>时间进度|序时进度|时序进度|任务进度|计划进度|目标进度)"
    # 快于全部规模以上工业8.1个百分点: a named whole compared with, kept as written
    r"|(?:快于|慢于)(?P<whole>全部[\u4e00-\u9fff]{2,10})"
    # 资产负债率低于控制线6.22个百分点, 成本费用增幅低于营业收入增幅0.65个百分点: a line or another measure's growth
    r"|(?:高于|低于|快于|慢于|超过)(?P<other>" + _COMPARED_MEASURE + ")$"
    # a five-year plan's span compared with: 比“九五”期间增幅高8个百分点, 高出“十二五”时期
    r"|(?:较|比|高出|高于|低于)(?P<plan>[“\"〝]?(?:十[一二三四五六七八九]|[一二三四五六七八九])五[”\"〞]?(?:期间|时期)"
    # (the plans of the 1950s, written out: 比第一个五年计划期间)
    r"|第[一二三四五六七八九十]{1,2}个五年计划(?:期间|时期)?)"
    # a year described before it is named (比大丰收的1990年): the year
    r"|[较比][\u4e00-\u9fff]{1,6}的(?P<year>(?:\d{4}|[一二三四五六七八九〇零○]{4})年(?:同期)?)(?![到至—-])"
    r"|(?P<verbatim>[较比](?:年初预算|年初|解放初期?|建国初期?|解放前|[一二两三四五六七八九十\d]{1,3}年前|上月|上季度|上半年|前三季度|[一二三四]季度|(?:\d{1,2}月?[-~～—–至到])?\d{1,2}月份?(?![\d底末至到\-~～—–])|\d{1,2}月[底末]|前[两二三四五六七八九十\d]{1,2}个月|时序进度|序时进度|时间进度|[“\"]?十[一二三四五六七八九]五[”\"]?末"
    # a year named (比2019年一季度, 比xxxx年底): kept as written, like 较年初
    r"|(?:\d{4}|[一二三四五六七八九〇零○]{4}|[Xx×]{4}|\d{2}[Xx×*]{2}|\d{3}[Xx×*])年(?:同期|底|末|[一二三四]季度|上半年|前三季度)?(?![到至—-]))))"
)


def basis(before: str) -> str | None:
    """The comparison base written before the value (同比, 较上年, 较目标值, 较全市 …)."""
    return basis_of(squeeze(before))


@per_document
def basis_of(b: str) -> str | None:
    """:func:`basis` of squeezed text."""
    last = last_match(_BASIS, b)
    if last is None:
        return None
    g = last.lastgroup
    if g == "yoy":
        return "同比"
    if g == "mom":  # 环比增长1.19%: against the period just before (kept as written, corpus decision 2)
        return "环比"
    if g == "prev":
        return "较上年"
    if g == "goal":
        return "较目标值"
    if g == "prewar":  # 超过战前百分之十一点五 (reports of the 1950s)
        return "较战前"
    if g == "revised":
        return "较" + last.group()[1:]
    if g == "verbatim":  # 比上半年 is written 较上半年, as 比上年 is 较上年
        return "较" + last.group()[1:]
    if g == "sched":  # 超过时间进度13.8个百分点: ahead of the schedule
        return "较" + last.group("sched")
    if g == "whole":
        return "较" + last.group("whole")
    if g == "other":
        return "较" + last.group("other")
    if g == "year":
        return "较" + last.group("year")
    if g == "plan":
        # (the group opens with its only opening quote, if any: 〝九五〞 and "九五" → “九五”)
        return "较" + _PLAN_QUOTES.sub(lambda q: "“" if q.start() == 0 else "”", last.group("plan"))
    return "较" + last.group("area")


_PLAN_QUOTES = lazy(r"[“”\"〝〞]")
_RATIO_BASE = lazy(r"(不低于|不少于|不能低于|超过|相当于|是|为|达到)(?P<base>[^,，;；:：。]{2,24}?)$")


def ratio_basis(before: str) -> tuple[str | None, str | None]:
    """For 倍: (reference quantity, qualifier word) of ``A不低于B3倍``."""
    m = _RATIO_BASE.search(squeeze(before))
    if not m:
        return None, None
    return normalise(m.group("base")), m.group(1)


# -- kind (M11) -----------------------------------------------------------------------
# The kind is read in three layers, nearest first:
#   1. the value's own ;-segment: 预计 (forecast), 了/已 (actual), a goal word (target);
#   2. a list introduction earlier in the sentence (主要预期目标是：…；…；…) makes every
#      later value of the sentence a target;
#   3. the part of the report (see ``report_part``): in a plan part a bare figure is what
#      is to be done (target) unless it is dated in the past; in a review part it is actual.
_FORECAST = lazy(r"(?=[预建投达成竣运可有估或推])(?:预计|预料|预估|推估|或将(?=超过|突破|达到?|实现|增长|增加|新增)|预测|预期将|(?<![低高])估计(?!到|不足)|估算|(?:建成|投产|达产|成交|竣工|运营)后|(?<![不])可(?=实现|新增|达到?|带动|增加|吸纳|提供|创造|形成|完成|控制在|收入|盈利|获利|创收|增收)|有望(?=实现|达到?|突破|超过|完成|增长|新增))")
_FORECAST_SEEN = lazy(skipping(_FORECAST.pattern))
#: a statistic's estimate of a year not yet closed: (初步)统计/估计/估算/测算 …将达到
_ESTIMATED = lazy(r"(?:统计|估计|估算|测算)[^。；;！？]{0,40}?将(?:要)?(?:达到|达|实现|突破|超过|增长|增加)")  # (the same presence test, found with a class scan)
_VERB_AHEAD = r"(?=比|较|同比|争取|增长|增加|提高|提升|达到|达|为|在|实现|完成|新增|下降|降低|减少|控制|稳定|保持|突破|超过|安排|投资|高于|低于|淘汰|新建|建成|改造|治理|整治|有[\dX×*０-９一二两三四五六七八九十百千])"
#: goal words that set a requirement for the whole sentence (确保…；…开工40项，竣工15项；)
#: a figure measured against what was expected is no goal: 未达到预期目标, 未达预期, 好于预期, 超预期, 完成预期目标 (looked
#: behind from after the 预 the alternative opens with)
_NOT_EXPECTED_AT = "".join(f"(?<!{w}预)" for w in ("未达", "未达到", "达不到", "未完成", "未实现", "完成", "实现", "于", "超", "合"))
#: (every alternative below opens with the character it reads first, its lookbehinds after it, so the regex engine
#: passes over an alternative that cannot start at a candidate by one character test, not a lookahead)
_TARGET_FIRST = "(?=[目要需确力必务都均不争努预提明到将调定奋主今未规任设指也还根计工])"  # (only skips ordinary text fast)
_TARGET_ALTERNATIVES = (
    rf"规(?<=(?:计划|规划|预算|纲要)规)定(?!了|的)|目标是|目标为|目标定为|定为|指(?<!完成指)(?<!实现指)(?<!超过指)(?<!达到指)标(?:是|为)(?![:：])|设(?<![建假预陈摆铺开增]设)(?:定)?为|任(?<!完成任)务(?:是|为)|确(?<!不确)定(?!的)(?=[^，,。；;]{{0,16}}?(?:今年|明年|全年|年度|目标|任务|指标))|目标[:：]|预{_NOT_EXPECTED_AT}期目标|调控目标|主要目标|目标任务是|要求(?![，,；;。、和与])|确保(?!了|目标(?!任务|实现|完成|如期|顺利|全面|的))|力(?<!努力)争|必须|务必|"
    rf"要达到|要完成|要实现|都要|均要|要确保|不能低于|不得低于|努力实现|预{_NOT_EXPECTED_AT}期(?!寿命)|目标值?[(（]$|奋斗目标|"
    # 争取 is a goal (争取实现增长8%, 争取每人平均一千五百斤), but not before the funds it won from above
    # (争取上级转移支付31.8亿元, 争取专项资金6000万元: a review's result)
    r"争取(?!(?:到|了)?(?:各类|各项|各级|上级|中央|省级?|市级|国家|资金|补助|补贴|项目|政策|专项|债券|地方政府|转移支付|到位)"
    r"|[0-9０-９.]{1,8}[万亿]*元[^，,。；;：:]{0,14}?(?:资金|经费))|"  # (争取1700万元水利项目资金: the funds won)
    rf"要(?<![主重需只想]要)(?:年均|平均|每年|分别|全年|再|进一步|有效|切实|持续|继续)?{_VERB_AHEAD}|"
    # 要加快污水处理和再生水利用，今年全市污水处理率达到84%: what is to be sped up sets the sentence's figures (not
    # those it dates in the past: 要加快发展，去年…)
    r"要(?<![主重需只想]要)(?:进一步|持续|继续)?加快(?![^。！!；;]*?(?:去年|前年|过去))|"
    # 需 sets a requirement as 要 does (规上企业需达到2400家, 还需完成投资5亿元), not 所需/急需/必需 (what a
    # project needs: 所需资金3亿元) nor 需求
    rf"需(?<![所急必]需)要?(?:年均|平均|每年|分别|全年|再|进一步)?{_VERB_AHEAD}|"
    # a goal set for a later date: 我们提出…, 到2025年…, 将达到…
    # what is to come, said of the figures (惠及19个村、2万名群众都将用上自来水, 年内还将铺轨240公里)
    r"(?:都|均|也|还)将(?![来近其之])|将会|"
    # 根据规划，今年…将下降2.5%以上: what the plan sets for the sentence
    r"根据(?:规划|计划)(?=[，,])|"
    # 计划的种植粮食面积37.7万亩: the figure of what was planned (not 完成计划的98%, 年度计划的投资完成率: what was done)
    r"计(?<![原定比按超]计)(?<!完成计)(?<!年度计)划的(?=[\u4e00-\u9fff]{2})(?![一二两三四五六七八九十半百千万])(?![^，,。；;]{0,12}?(?:完成|进度|率))|"
    # 2022年工作打算：一是…: the points of a plan announced
    r"工作(?:打算|计划|安排|思路)[:：]|"
    r"提出(?!了)(?!的[^，,。；;]{0,16}?(?:建议|意见|提案|议案))(?![^，,。；;\d]{0,8}?(?:建议|意见|纠正|抗诉|提案|议案|异议|诉讼|申请))(?![^，,。；;]{0,12}?(?:目标|任务)[^，,。；;]{0,4}?(?:全面|全部|均|已|圆满|顺利)?(?:完成|实现))|明年|今后[一二三四五六七八九十两几]年|未来[一二三四五六七八九十两几]年|到(?<![截\d年]到)(?:\d{4}|二〇[一二三四五六七八九〇]{2})年(?:底|末)?(?!的)(?![^，,。；;]{0,8}?(?:猛|剧|激|骤)增)(?!(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?!(?:份|底|末)?前))|将(?:达到|实现|突破|超过|(?:达|有)(?=[\d一二两三四五六七八九十百千约近])|[由从][^，,。；;]{1,12}?(?:增加|提高|增长|扩大|发展|上升)到)"
)
_TARGET = lazy(_TARGET_FIRST + "(?:" + _TARGET_ALTERNATIVES + ")")
#: goal words that name one planned figure: they scope only their own ;-segment
#: (计划完成投资X亿元；跟踪在谈项目X个 — the second is a count of what is being done)
#: what a plan sets out to do besides the verbs of _VERB_AHEAD: 计划实施重点项目300个
_PLAN_DOES = r"(?=实施|建设|建成|新建|新开工|开工|竣工|引进|招引|签约|启动|改造|培育|种植|造林|发放|培训|转移|用地|占地|新?创建|总投资(?=[\dX×*一二三四五六七八九十两约近]))"
_TARGET_LOCAL = lazy(rf"(?=[计拟])(?:(?<![超原比按])计划(?![\u4e00-\u9fff]{{2}}以来)(?:于?(?:今年|明年|全年|年内|\d{{4}}年)(?:年?[底末]前?)?)?"
                     rf"(?:{_VERB_AHEAD}|{_PLAN_DOES}|脱贫)|拟)")  # (计划今年脱贫68户260人)
#: a goal or budget figure named right before its value: 收入任务174万, 年初预算1184万
#: (not a plan done: 完成全年任务100.6% is actual; a share of one, 占全年任务, is kept out where it is used)
#: a task named as done right before its figure (完成招商引资任务3620万元, 完成全年植树任务): what was done
_TASK_DONE = lazy(r"完成[^，,；;。完]{0,8}?(?:目标)?任务$")
_TARGET_RIGHT_BEFORE = lazy(r"(?<![成现])(?<![成现]全年)(?<![成现]年度)(?<!成目标)(?<!成全年目标)(?<!成年度目标)(?:任务|预算|目标|[计规]划指标)(?:数|额|值)?(?:是|为)?$")
#: a figure that names the plan, task or quota right after it, of which something is said (增长9%的计划预计可以完成,
#: 占年度8000万亩任务量的54.2%), with no verb between (超额8.69%完成…计划的指标: done)
_PLAN_NAMED = lazy(r"(?:(?!完成|超|达|实现|占|比)[^，,；;。：:的]){1,12}?"
                   r"(?:的(?:年度|全年|年)?(?:计划|任务|指标)|(?:年度|全年|年)?(?:计划|任务)(?:量|数|额)?的)")
#: a count of the tasks or goals named before it (上报重大战略任务3个): how many, not a task's figure
_HOW_MANY = lazy(r"[\d.X×*一二两三四五六七八九十百千]+(?:个(?!百分点|位次)|[项件条批])")
#: a list introduction that makes every value after it in the sentence a target
LIST_INTRO = lazy(r"(?=[目指任要预主调奋])(?:(?:目标|指标|任务|要求)(?:是|为|如下)?[:：]|(?:预期|主要|调控|奋斗)目标(?:是|为))")
_GOAL_AFTER = lazy(r"(?=目)(?<!完成)(?<!实现)(?<!未达到预期)(?<!未达预期)(?<!未达到)(?<!未达)(?<!达不到)(?<!低于)(?<!高于)(?<!较)(?<!对照)(?<!距)(?<!年初)目标(?!值)")
_DONE = lazy(r"了|已经|已")
#: a clause that reports what was achieved (累计完成投资…): an earlier clause's 计划 does not reach it
_ACHIEVED = lazy(r"累计|(?<!计划)完成|(?<!计划)实现")
#: past periods: last year's results stay actual next to this year's targets
_PAST = lazy(r"^(?:去年|上年|过去.*|.*年来)$")

_PLAN = lazy(r"目标(?!导向|引领|管理|责任|明确)|任务|安排|部署|计划(?!的?执行)|重点工作|工作重点|主要工作|打算|(?<!代表)建议(?!办理|办复|答复|和提案|提案)|思路|总体要求|政策取向|"
                   r"今后|明年|展望|今年(?!以来)")  # (做好代表议案和建议办理工作: proposals handled, no plan's 建议)
_REVIEW = lazy(r"回顾|总结|过去|完成|实现了|达到了|占[^，,；;。]{0,6}(?:计划|目标|任务)的|[一二两三四五六七八九十]年来|去年|上年|成绩|成效|成就|进展|亮点|"
                     r"完成情况|执行(?:情况|结果|状况)|基本情况|工作情况|运行情况|特点|特征")
#: a heading naming the goals the section sets out (主要预期目标, 奋斗目标): read folded, as such a heading in
#: traditional script heads a plan too (a plain 目标 word, as in 明確目標任務, is read as written only)
_GOALS_NAMED = lazy(r"(?:预期|主要|奋斗|调控)目标")
#: a paragraph that opens the review or the plan part of a report without a heading
_REVIEW_OPENER = lazy(r"^[\s\u3000]*(?:过去的?[一二两三四五]年|[一二两三四五]年来|回顾过去|今年以来|去年以来)")
_PLAN_OPENER = lazy(r"^[\s\u3000]*(?:[^。！？]{0,12}?(?:今年|明年|\d{4}年)(?:经济社会|国民经济和社会)?(?:发展|政府工作|工作)"
                          r"的?(?:主要预期目标|主要目标|总体要求|主要任务|预期目标|建议)|做好今年"
                          # a line that only names the targets (今年预期目标, 2024年主要目标): the list under it
                          # (展望2024年工作目标, 2024年工作目标任务: the same line, looking ahead)
                          r"|(?:展望)?(?:今年|明年|\d{4}年)的?(?:工作|主要|预期|发展){0,2}目标(?:任务)?[\s\u3000]*$)")


#: a sentence that sets out the goals of the years ahead (我们对今后五年的发展提出了…具体目标。): the
#: paragraphs after it, up to the next heading, state them
_GOALS_AHEAD = lazy(r"(?:今后|未来)的?[一二三四五六七八九十两几]年[^。！？!?]{0,30}?(?:提出|确定|确立|明确|制定|部署)了?[^。！？!?完实]{0,20}?目标(?:任务)?[。！!，,：:]"
                    r"|(?:提出|确定|确立|明确|制定|部署)了?[^。！？!?完实]{0,12}?(?:今后|未来)的?[一二三四五六七八九十两几]年[^。！？!?完实]{0,20}?目标(?:任务)?[。！!，,：:]"
                    # 到2020年，该县将通过实施…，实现四大具体目标：the goals of a year ahead, listed after the colon
                    r"|到(?:\d{4}|20[Xx×*]{2})年[，,]?[^。！？!?：:]{0,20}?将[^。！？!?：:]{0,60}?目标(?:任务)?[：:]")


_DONE_GOALS = lazy(r"完成|实现|达到|超过")


def goals_ahead(paragraph: str) -> bool:
    """Does the paragraph set out the goals of the years ahead in a sentence of its own (…部署今后五年的发展
    目标任务，…; a news title 確立未來五年發展目標: in traditional script too)?"""
    if "目標" in paragraph:
        paragraph = fold_script(paragraph)
    if "目标" not in paragraph or "今后" not in paragraph and "未来" not in paragraph and "将" not in paragraph:
        return False
    for m in _GOALS_AHEAD.finditer(paragraph):
        opened = max(paragraph.rfind(c, 0, m.start()) for c in "。！？!?；;") + 1
        if not _DONE_GOALS.search(paragraph, opened, m.start()):
            return True  # (not 全面完成了党代会确定的今后五年目标，…: goals met, a review)
    return False


def report_part(path: list[str]) -> str | None:
    """``"review"`` or ``"plan"`` from the innermost heading that says which, else None.

    ``一、2023年工作回顾`` → review; ``二、2024年主要目标任务`` → plan; a heading that says
    both (``去年工作亮点纷呈，锁定发展目标``) reads as review: it reports first.
    """
    for heading in reversed(path):
        part = _heading_part(heading)
        if part is not None:
            return part
    return None


@per_document
def _heading_part(heading: str) -> str | None:
    """What one heading says (:func:`report_part`), read once a document: the sections of a part
    share their outer headings."""
    t = squeeze(heading)
    if _REVIEW.search(t) or _REVIEW.search(fold_script(t)):
        return "review"  # (全麵總結2004年工作…今年…任務: a review in traditional script too; plan words are read
        # as written, as before: a traditional 明確目標任務 over a section of figures stays no plan)
    if _PLAN.search(t):
        return "plan"
    if t != (folded := fold_script(t)) and _GOALS_NAMED.search(folded):
        return "plan"  # 二、2018年發展主要預期目標: a traditional heading that names the goals (a 明確目標任務 does not)
    return None


def opening_part(paragraph_head: str) -> str | None:
    """The part a paragraph opens (``过去一年，…`` → review, ``今年发展主要预期目标是`` → plan)."""
    if "年" not in paragraph_head and "回顾" not in paragraph_head:
        return None  # every opener but 回顾过去 names a year (今年, 五年来, 2024年)
    if _REVIEW_OPENER.match(paragraph_head):
        return "review"
    if _PLAN_OPENER.match(paragraph_head):
        return "plan"
    return None


#: a sentence that announces the plan's points (围绕以上目标，我们将重点做好以下几个方面工作：): not done ones (了)
_PLAN_INTRO = lazy(r"(?:将|要|须|必须|需要|为(?:实现|完成|达到|确保)[^。！？；;：:了]{0,20}?)(?:重点|着力|全力|集中|突出)?(?:做好|抓好|推进|抓|做)以下(?:几|[一二三四五六七八九十])个?"
                   r"方面(?:的)?(?:重点)?(?:工作|任务)[:：]")


def plan_intro(fold: str, s: int, e: int) -> bool:
    """Does ``fold[s:e]`` announce the plan's points (…我们将重点做好以下几个方面工作：): the figures of the sections
    under it are goals (a bare figure there is a target)?"""
    return _PLAN_INTRO.search(fold, s, e) is not None


def plan_section(path: list[str]) -> bool:
    """Is this block under a plan heading (二、2024年主要目标任务), not a review (一、2023年工作回顾)?"""
    return report_part(path) == "plan"


_HAN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def past_period(per: str | None, path: list[str] | None = None) -> bool:
    """Is ``per`` before the year the report plans for (去年, 五年来, 2023年 under 二、2024年目标)?"""
    if per is None:
        return False
    year = _period_year(per)
    if year is True:
        return True
    if year is not None and path:
        latest = _latest_year(tuple(path))
        return latest is not None and year < latest
    return False


@lru_cache(maxsize=1024)
def _period_year(per: str) -> bool | int | None:
    """True for a past period written as such (去年, 五年来), else the year it names, else None."""
    if _PAST.match(per):
        return True
    m = _YEAR.match(per.translate(_HAN_DIGITS))
    return int(m.group(1)) if m else None


_YEAR = lazy(r"(\d{4})年")
_YEARS = lazy(r"(?<!\d)(\d{4})年")


@lru_cache(maxsize=256)
def _latest_year(path: tuple[str, ...]) -> int | None:
    years = [int(y) for y in _YEARS.findall("".join(path).translate(_HAN_DIGITS))]
    return max(years) if years else None


def done(clause_before: str) -> bool:
    """The clause reports something achieved (了, 已, 已经)."""
    return done_of(squeeze(clause_before))


@per_document
def done_of(cb: str) -> bool:
    """:func:`done` of the squeezed clause."""
    return _has_done(cb[-8:]) or _outcome(cb)


_DONE_AFTER_ACTUAL = frozenset(("增长", "完成", "实现", "达到", "下降", "提高", "增加", "减少", "改造", "建成", "新增", "开工"))


def _outcome(cb: str) -> bool:
    """A clause that opens with 实际 and its verb reports the outcome: 目标是增长8%，实际增长8.5%
    (全年任务为3800户，实际改造4559户; 实际分别完成95个、310个), and so does how far a task was
    overfulfilled (超额完成20%)."""
    if cb[:2] == "实际":
        return cb[2:4] in _DONE_AFTER_ACTUAL or cb[2:4] == "分别" and cb[4:6] in _DONE_AFTER_ACTUAL
    return ("超额完成" in cb or cb.endswith("超额")) and _TARGET_SEEN.search(cb) is None  # (确保超额完成10% is still a goal)


#: how much of a plan was done, named right before its figure (计划完成率, 年计划完成比例分别是): what was done
_PLAN_RATE_DONE = lazy(r"完成(?:率|比例|程度)(?:分别)?(?:是|为|达到?)?(?:[0-9.．]+[%％][、和及])*$")


def rate_done(cb: str) -> bool:
    """Does the squeezed clause before a figure name how much of a plan was done (计划完成率, 完成比例分别是)?"""
    return "完成" in cb and _PLAN_RATE_DONE.search(cb) is not None


def _planned(seg: str, cb: str) -> bool:
    """A 计划/拟 that sets this figure: in its ;-segment, unless its own clause reports what was
    achieved (累计完成投资…) — there only a 计划 before the achievement counts (计划完成投资 is a
    plan; 完成年度计划开工的80.8% is the share of a plan done)."""
    a = _ACHIEVED.search(cb)
    if a is None:
        m = _TARGET_LOCAL.search(seg)
        while m is not None and seg.startswith("投资", m.end()) and "计划投资" not in cb:
            # 签约项目13个，计划投资9.5亿元，前期工作项目29个: a set's planned investment plans no later count
            m = _TARGET_LOCAL.search(seg, m.end())
        # (计划新开工项目270项，实际已开工129项，开工率达47%: what follows 实际 or 已 is done)
        return m is not None and "实际" not in seg[m.end():] and "已" not in seg[m.end():]
    m = _TARGET_LOCAL.search(cb)
    return m is not None and m.start() < a.start()


#: a count out of a planned set named with its own size: 82项计划开工项目(中)有
_PART_OF_PLANNED = lazy(r"[\dX×*]+[项个][^,，;；]{0,12}计划[^,，;；]{0,8}项目中?有$")


_TO_YEAR = lazy(r"(?<![截\d])到((?:\d{4}|[一二三四五六七八九〇○零]{4}))年")
_PLAN_WORDS_IN = ("计划", "拟", "目标", "任务", "预算", "规划", "纲要", "要求")


def year_goal(squeezed: str) -> int | None:
    """The year of ``到YYYY年`` when it is the only goal word of the squeezed sentence (到1955年总产量达到…),
    else None: such a figure is a goal only if that year is still to come (see :func:`extract`)."""
    if "到" not in squeezed or any(w in squeezed for w in _PLAN_WORDS_IN):
        return None
    year = None
    for m in _TARGET.finditer(squeezed):
        y = _TO_YEAR.match(squeezed, m.start())
        if y is None or y.end() > m.end():
            return None  # another goal word (要, 确保, 力争 …) sets the figure
        year = int(y.group(1).translate(_HAN_DIGITS))
    return year


def goal_in(squeezed: str) -> bool:
    """Whether a goal word (要, 确保, 力争, 目标是 …) is written in the squeezed text."""
    return _TARGET_SEEN.search(squeezed) is not None


def _has_done(s: str) -> bool:
    """``_DONE.search(s)`` without a regex call (已经 holds 已)."""
    return "了" in s or "已" in s


#: the last characters a _TARGET_RIGHT_BEFORE match can end with
_RIGHT_BEFORE_LAST = frozenset("务算标数额值是为")


def list_intro_kind(intro: str) -> str | None:
    """``今年主要预期目标是`` → target, ``预计全年`` → forecast, else None."""
    t = squeeze(intro)
    if _FORECAST_SEEN.search(t):
        return "forecast"
    return "target" if _TARGET_SEEN.search(t) else None


def kind(sentence_before: str, clause_before: str, clause_after: str, segment_before: str | None = None) -> str:
    """target / forecast / actual for a value in its sentence.

    预计 and 计划 scope only their own ;-segment (corpus decisions 4 and 19); a requirement
    (确保, 要, 目标是) holds for the rest of its sentence. The caller adds list intros and parts.
    """
    return kind_of(squeeze(segment_before if segment_before is not None else sentence_before),
                   squeeze(clause_before), squeeze(clause_after), sentence_before)


#: what a figure measured against a plan says around 原定 (超过原定计划…, 比原定指标又增加…): no planned figure
_AGAINST_PLAN = lazy(r"超|比|较|完成|实现|达|突破|多|少|差|增加了|提高了")
#: a decision that set figures, named as goals after them: 提出了钢产量一千八百万吨、…的四项指标
_SET_GOALS_VERB = lazy(r"(?:提出|确定|规定|下达|制定|通过)了")
_SET_GOALS_NOUN = lazy(r"的[一二两三四五六七八九十\d]{0,2}[项个大]?(?:主要)?(?:指标|目标|任务)")


def _SET_GOALS(cb: str, ca: str) -> bool:
    """The 了 of the clause before is the setting of goals its figures are (提出了…的四项指标), not an outcome."""
    return "了" in cb and _SET_GOALS_VERB.search(cb) is not None and _SET_GOALS_NOUN.search(ca) is not None


#: the later items of an enumeration, each after a ; (；二是…, ；其三…, ；第二，…, ；(二)…), and its first item
_LATER_ITEM = lazy(r"[；;](?:[二三四五六七八九十]是|其[二三四五六七八九十]|第[二三四五六七八九十](?:是|[，,、])|[(（][二三四五六七八九十2-9][)）])")
_FIRST_ITEM = lazy(r"[一1]是|其一|第一(?:是|[，,、])|[(（][一1][)）]")


def own_item(sb: str) -> str:
    """The squeezed sentence before a value as far as it speaks for the value: where the sentence is an
    enumeration (一是…；二是…), the lead-in before its first item and the value's own item. A goal word of
    an earlier item (一是…确保项目顺利开展；二是…扩大种植三华李300亩) sets that item's figures, not the later
    ones'; one in the lead-in (今年要确保：一是…；二是…) sets them all."""
    if "；" not in sb and ";" not in sb:
        return sb
    last = last_match(_LATER_ITEM, sb)
    if last is None:
        return sb
    first = _FIRST_ITEM.search(sb, 0, last.start())
    return sb if first is None else sb[:first.start()] + sb[last.start():]


#: a list item that names its units by what they have done (40个已出列村、): an attribute, not an outcome
_DONE_NAMES = lazy(r"[\d一二三四五六七八九十百千万.]+[个户人名家所村]?已[\u4e00-\u9fff]{2,4}[、和及与]$")


def kind_of(seg: str, cb: str, ca: str, sentence_before: str) -> str:
    """:func:`kind` of the squeezed segment, clause before and clause after (the sentence is
    squeezed here, only when the last layer needs it; squeezed text passes through as it is)."""
    if "的" in ca and _PLAN_NAMED.match(ca):
        return "target"  # 国民生产总值比上年增长9%的计划预计可以完成: the figure names the plan, whatever befalls it
    # each regex runs only where its cue words are (every _FORECAST match holds 预, 后 or 可 …)
    if ("预" in seg or "后" in seg or "可" in seg or "有望" in seg or "估" in seg or "或将" in seg) \
            and (m := _FORECAST_SEEN.search(seg)) is not None \
            and (m.group() != "估" or _TARGET_SEEN.search(seg, m.end()) is None):
        return "forecast"  # (根据社会购买力估算，…要比上年增长27%: the estimate a goal is set from, a goal)
    if "将" in seg and ("统计" in seg or "估" in seg or "测算" in seg) and _ESTIMATED.search(seg):
        return "forecast"  # 据国家统计局初步统计，1958年工业总产值将达到…: what the year's count will come to
    tail = cb[-8:]
    if "已" in tail and _DONE_NAMES.search(cb[-12:]):
        tail = tail.replace("已", "")  # 40个已出列村、9.78万已脱贫人口…的目标: 已 names the last item, it reports nothing
    if _has_done(tail) or "要求" in ca and _has_done(ca[:3]) or _outcome(cb):
        return "target" if _SET_GOALS(cb, ca) else "actual"
    if "目标" in ca and _GOAL_AFTER.search(ca) or cb[-1:] in _RIGHT_BEFORE_LAST and _TARGET_RIGHT_BEFORE.search(cb[-6:]) \
            and "占" not in cb[-10:] and not _HOW_MANY.match(ca) \
            and not ("完成" in cb[-14:] and _TASK_DONE.search(cb[-14:])):  # (占全年任务100.6%, 占年度目标任务51%: a
        return "target"  # share of the task, done; 完成招商引资任务3620万元: the task done)
    if cb[-2:] == "冲刺":
        return "target"  # 增加值总量冲刺63.3亿元: the figure a sprint is run for
    if "原定" in cb and _AGAINST_PLAN.search(cb) is None:
        return "target"  # 原定…增加灌溉面积九千二百多万亩, 原定的煤炭产量的指标是285万吨: what was planned
    if cb[-1:] == "有" and "计划" in cb and _PART_OF_PLANNED.search(cb):
        return "actual"  # 82项计划开工项目有42项: how many of the planned set did it, not a plan
    if ("计划" in seg or "拟" in seg) and _planned(seg, cb) and not rate_done(cb) \
            or _TARGET_SEEN.search((sb := own_item(squeeze(sentence_before))) + ca) or _SET_GOALS(sb, ca):
        return "target"
    return "actual"


# -- period (M12) ---------------------------------------------------------------------
_N = r"[ \u3000]{0,2}[X×*\d０-９一二三四五六七八九十]{1,2}[ \u3000]{0,2}"
#: every period expression holds 年, 月, 季 or 期 and is at most 20 characters long (a test checks
#: both): a place with none of them in the next 20 characters starts no period, and a lookahead
#: over a run of one class tells that fast
_PERIOD_ANCHOR = "(?=[^年月季期末届]{0,19}+[年月季期末届])"  # possessive: a shorter run is followed by no anchor
_PERIOD_ALTERNATIVES = (
    rf"(?:截[止至]到?|(?<![\d月])至|(?<![截\d])到)(?:今年|本年|去年|上年|\d{{4}}年|[一二三四五六七八九〇零○]{{4}}年)?{_N}月(?:底|末|[上中下]旬)|截[止至]到?\d{{4}}年年?(?:底|末)"
    # 今年1~2月, 1-6月份: a span of months (before the single-month form below); x-x月, X-X月份: an anonymised one
    # (1月至9月: the first month may be written too; one alternative, as the period scan tries each at every place)
    rf"|(?<![较比与])(?:今年|本年|去年|上年|\d{{4}}年)?[ \u3000]{{0,2}}\d{{1,2}}(?:月|[ \u3000]{{0,2}})[-~～—–─至到][ \u3000]{{0,2}}\d{{1,2}}[ \u3000]{{0,2}}月份?"
    r"|(?<![较比与Xx×*\d])[Xx×*]{1,2}[-~～—–至到][Xx×*]{1,2}月份?"
    # 20XX年全年, xxxx年底: an anonymised year, with the part of it that is meant
    r"|(?<![较比与])(?:\d{2}[Xx×*]{2}|\d{3}[Xx×*]|(?<![Xx×\d*])[Xx×]{2,4})年(?:全年|底|末)?"
    r"|(?<![较比与\d])\d{4}年全年"
    # 五年来, 过去五年: the span a review sums up; 五年累计
    r"|(?<![几数])(?:过去)?[一二两三四五六七八九十]{1,3}年(?:来|内|间)(?![^，,。；;]{0,6}(?:最|新低|新高))|(?<![上下])半年来|(?<![\d.])\d{1,2}[ \u3000]?年(?:来|间)(?![^，,。；;]{0,6}(?:最|新低|新高))|[一二两三四五六七八九十]{1,2}年(?=累计)|过去的?[一二两三四五]年"
    # 今后五年, 未来三年: the span a plan sets its goals for
    r"|(?:今后|未来)的?(?:[一二两三四五六七八九十]{1,2}|(?<![\d.])\d{1,2}(?=[ \u3000]?年))[ \u3000]?年"
    rf"|(?:今年|本年|(?<![较比与])(?:去年|上年)|\d{{4}}年)?前(?:{_N}|两)个?月"  # (今年前两个月, 去年前11个月)
    # (a base is no period: 比上半年高1.5个百分点)
    r"|(?<![较比与])(?:\d{4}年|去年|上年|今年)?(?:上半年|下半年|前三季度|[一二三四1-4][-~～—–至到][一二三四1-4]季度|[一二三四1-4]季度末?|第[一二三四]季度?|首[二三]季度|首季|首月|上一季度?)"
    rf"|(?<![前\d较比与\-~～—–])(?<!\d[至到]){_N}月(?:份|(?=当月|末|底|完成|实现)|(?=[，,])(?:(?<=[。\n；;！？ \u3000]\d月)|(?<=[。\n；;！？ \u3000]\d\d月)|(?<=^\d月)|(?<=^\d\d月))(?<!年[ \u3000]\d月)(?<!年[ \u3000]\d\d月)"
    # 北京市1月优良天数比例: a month right after the place whose measure it dates, before that measure (not
    # 1月中旬, 1月起, 1月以来: a part of the month or a span from it)
    r"|(?=[\u4e00-\u9fffA-Za-z])(?![上中下]旬|初|起|以来|至|到|前|后|间)(?:(?<=[市省县区]\d月)|(?<=[市省县区]\d\d月)))"
    # 元至6月份: January to June
    rf"|(?:今年|本年|\d{{4}}年)?元月?[至到][ \u3000]{{0,2}}{_N}月份?"
    r"|(?<![较比与出于])[“\"][^”\"]{0,6}[”\"]期间"  # (“”期间: a site deleted the plan's name)
    r"|(?:春节|国庆|元旦|中秋|端午|五一|汛)期间"  # (春节期间为13690户…发放…: the holiday the figure is of)
    r"|(?<![较比与])截[止至]到?(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]"  # (截止6月10日，全乡共有…: a stock's date)
    # (截至2017年4月，全国共设立政务大厅…: a stock's month of a year written out; was read as the year 2017年)
    rf"|(?<![较比与])截[止至]到?\d{{4}}年{_N}月(?![\d底末上中下份])"
    # (截至今年二月二十日，…已经办复: the same in Chinese numerals, of this year)
    r"|(?<![较比与])截[止至]到?(?:今年|本年)?[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日号]"
    # 十届四次会议以来, 本届以来: the time since a congress's session, the span a standing committee's report sums up
    r"|[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,2}次(?:全体)?会议以来|本届以来"
    r"|(?<![较比与])[“\"]?十[一二三四五六七八九]五[”\"]?[后前][两二三四五]年"  # (“十二五”后两年: the years of a plan)
    # (a base is no period: 是“十一五”期末的1.8倍)
    r"|(?<![较比与出于的是])(?<![较比与是][“\"〝])[“\"〝]?十[一二三四五六七八九]五[”\"〞]?(?:时期|期间|期末|末)"
    # (a base year is no period: 比2012年增长, 是2012年的2.4倍; 下降为1952年的39% keeps its year)
    # (1980年不变价, 按1990年可比价格: a price base is no period)
    # 2011年度生猪饲养量: the year's figures (not 2011年度计划, 年度目标: a plan's name)
    # 2017年至2021年, 2009年9月至2011年3月, 2020年至2024年间, 2016年以来: a span of years a review sums up (not its end year)
    r"|(?<![较比与\d])\d{4}年(?:\d{1,2}月)?[至到]\d{4}年(?:\d{1,2}月)?(?:间|期间)?|(?<![较比与\d])\d{4}年以来"
    # 2011~2020年, 2016-2020年: the same span written with a dash
    r"|(?<![较比与\d])\d{4}[~～—–\-]\d{4}年(?!度)(?:间|期间)?"
    r"|(?<![较比与\d])(?<!申报)(?<!申请)\d{4}[ \u3000]?年度(?![计目任预考])"
    # 2019/20年度, 19/20年度: a fiscal year that runs across two calendar years (Hong Kong's budgets)
    r"|(?<![较比与\d/])(?:\d{4}|\d{2})/\d{2}[ \u3000]?年度(?![计目任预考])"
    # (恢复至2019年同期水平的81%: a year's level is a base, no period)
    # (按2017年底全国人口计算: the year a figure is reckoned by is no period)
    r"|(?<![较比与按\d])(?!(?<=是)\d{4}[ \u3000]?年[底末]?的)\d{4}[ \u3000]?年(?!度|同期水平|开始|起)(?!\s{0,2}(?:不变|可比)价|平均汇率)(?:年?(?:底|末))?"
    r"|(?<![较比与])(?!(?<=是)[一二三四五六七八九〇零○]{4}年的)[一二三四五六七八九〇零○]{4}年(?!度|同期水平)(?!\s{0,2}(?:不变|可比)价)(?:底|末)?|年内|(?<![较比与][去上]年)全年(?!任务|计划|目标|指标|预算)(?!(?!完成|实现)[\u4e00-\u9fff]{1,4}(?:目标|计划)?任务)|本年度|今年(?!年?[底末])(?:以来|来(?!看|说))?|每年|明年|(?<![较比与])本月(?!份?[底末])"
    r"|(?<![较比与])(?:截[止至]到?)?(?:去年|上年|今年|本年)年?(?:底|末)"  # 截止到去年年底: a stock's date
    r"|(?<![较比与])(?:去年|上年|今年)全年(?!任务|计划|目标|指标|预算)"  # (去年全年消费者物价指数…: the whole of that year)
    # 113年，我国经济成长率…: a Taiwan (民国) year opening its sentence (not 建党100年: a span)
    r"|(?:(?<=^)|(?<=[\n。；;]))1[01]\d年(?=[，,])"
    r"|(?<![较比与])截[止至]到?年(?:底|末)"
    # 截止今年: a stock counted up to now (not 截止今年6月底: read above; 截止10月 is no period, tests/test_meaning_s.py)
    r"|(?<![较比与])截[止至]到?(?:今年|本年)(?![底末年\d一二三四五六七八九十])"  # 截至年底，全县…: the year-end of the text's own year
    r"|(?<![\u4e00-\u9fff\dXx×*])年[底末](?!前)"  # 年末城镇登记失业率…: the same, said alone (not 年底前: a deadline)
    r"|(?<![较比与是])(?<![^因]为)(?:去年|上年)(?!同期|同比|底|末|水平|结转|结余)(?![^，,。；;]{0,8}?至今)(?:以来)?"  # (保持上年水平, 为上年的1.8倍: the base)
)


def _split_top(alternatives: str) -> list[str]:
    """The top-level alternatives of a pattern (``a|(b|c)|d`` → ``a``, ``(b|c)``, ``d``)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(alternatives):
        c = alternatives[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if alternatives[i + 1:i + 2] == "]":  # a ] first in a class is a character
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(alternatives[start:i])
            start = i + 1
        i += 1
    out.append(alternatives[start:])
    return out


_DIGIT_MARK = "\ue001"  # stands for \\d while first_chars reads a pattern (a private-use character no pattern holds)


def _first_class(pattern: str) -> str | None:
    """The body of a regex class holding every character a match of ``pattern`` can start with
    (``\\d`` kept as it is), or None when that is not a short list: the guard ``(?=[…])`` it makes
    fails only where the pattern would."""
    if re.search(r"\(\?[aiLmsux]", pattern):
        return None  # a flag changes what a character matches (first_chars reads none)
    first = first_chars(pattern.replace("\\d", _DIGIT_MARK))
    if first is None:
        return None
    return "".join("\\d" if ch == _DIGIT_MARK else re.escape(ch) for ch in sorted(first))


def guarded(alternatives: str) -> str:
    """``a|b|c`` with each alternative behind a lookahead on its first characters where they are
    known and it does not open with a plain character (which the regex engine tests itself): an
    alternative that cannot start here is left after one class test instead of being tried.
    The same matches (tests/test_metrics_context.py holds them equal)."""
    from re import _constants as c, _parser

    out = []
    for alt in _split_top(alternatives):
        first = _first_class(alt)
        items = _parser.parse(alt)
        tested = len(items) > 0 and items[0][0] in (c.LITERAL, c.IN)  # the engine skips these itself
        out.append(alt if first is None or tested else f"(?=[{first}]){alt}")
    return "|".join(out)


#: the same presence test, found with a class scan; each alternative that opens with a lookbehind or a group is
#: behind a lookahead on its first characters (:func:`guarded`), so at a
#: candidate (要, 不, 到, 将 … are common) the engine leaves the alternatives that cannot start there at once
_TARGET_SEEN = lazy(skipping(_TARGET_FIRST + "(?:" + guarded(_TARGET_ALTERNATIVES) + ")"))


_PERIOD_FIRST = r"(?=[春国中端汛截今本前上下半一二三四五六七八九十〇零○第首过“\"〝Xx×* \u3000\d０-９年全每明去未两元至到])"
_PERIOD = lazy(_PERIOD_FIRST + _PERIOD_ANCHOR + "(?:" + guarded(_PERIOD_ALTERNATIVES) + ")")  # (the leading
# lookaheads only skip ordinary text fast)
#: a period that starts before the next anchor (年月季期), matched from a window's start (what :func:`periods`
#: asks): the lazy run of other characters cannot pass the anchor, so the window is tried up to it, not
#: also over the 32 characters after it that a search would try for nothing. The anchor is at most 19
#: characters on, so _PERIOD_ANCHOR always holds and is left out; the period is group 1.
_PERIOD_TO_ANCHOR = lazy("[^年月季期]*?(" + _PERIOD_FIRST + "(?:" + guarded(_PERIOD_ALTERNATIVES) + "))")


def period(sentence_before: str) -> str | None:
    """The last time expression before the value in its sentence, normalised."""
    last = last_match(_PERIOD, sentence_before)
    return squeeze(last.group()) if last else None


_ANCHOR = lazy("[年月季期末届]")
#: how far past its start a period's match reads (20 characters and the lookaheads after them)
_PERIOD_READS = 32


def periods(fold: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Every period expression of ``fold[start:end]`` as ``(end, start, normalised)``, in order.

    The same list as ``_PERIOD.finditer(fold, start, end)``, found from the anchors (年月季期, one
    in ~100 characters of a speech): a period starts at most 19 characters before its first anchor,
    so only those windows are searched, each no further than what decides a start up to the anchor
    (the pattern's own scan tried its alternatives at every numeral, 上, 全, 今 … of the text)."""
    out = []
    pos = start
    decided = start - 1  # every start up to the last anchor read is decided (a match's or none)
    match = _PERIOD_TO_ANCHOR.match
    for am in _ANCHOR.finditer(fold, start, end):
        a = am.start()
        if a < pos:
            continue
        hi = a + _PERIOD_READS
        if hi > end:
            hi = end
        lo = a - 19 if a - 19 > pos else pos
        if lo <= decided:
            lo = decided + 1  # (anchors ten characters apart: 2023年1月 …; the starts before are known)
        # a start up to the anchor is decided inside the window; one after it waits for its own anchor
        # (no other anchor stands between lo and a: each earlier one is before pos or was decided)
        m = match(fold, lo, hi)
        while m is not None:
            out.append((m.end(1), m.start(1), squeeze(m.group(1))))
            pos = m.end(1)
            if pos > a:
                break
            m = match(fold, pos, hi)
        decided = a
    return out


# -- indicator (M5) -------------------------------------------------------------------
_DROP_ALTERNATIVES = (
    r"[“\"][”\"]期间|[“”\"《》—－•·●■□◆◇▲△★☆▶►]|[(（][^()（）]{0,30}[)）]|[(（](?:包括|含|即)[^()（）]{31,80}[)）]|\[\d{1,2}\]|" + _PERIOD.pattern + "|" + _BASIS.pattern +
    r"|到(?=\d{4}年|二〇[一二三四五六七八九〇]{2}年|[一二三四五六七八九〇零○]{4}年|[“\"]?十[一二三四五六七八九]五[”\"]?末)|预计|预料|或将|据初步统计|据统计|由此测算|据此测算|按(?:月|季|季度|年|期)(?:打卡)?(?=发放|拨付|兑现|支付)|(?:按)?(?:可比价格?|不变价格?|可比口径|同口径|现行价格)(?:计算)?|绝对数(?=增长|下降|增加|减少)|在[^，,；;。在]{1,16}?的?基础上|按[^，,；;。按的]{1,10}?(?:计算|口径(?:计算|统计|算|计)?)为?|(?<![出实兑表体发])现价(?!格)|中国(?=GDP|国内生产总值|经济总量|人均)|大约|大概|可比(?=增长|下降)|(?:按)?现行(?:国家)?(?:农村)?(?:贫困)?标准下的?|其中|但是|虽然|仍然|而且|并且|已经|原则上|累计(?!结余|结存)|分别|不能低于|不低于|至少|超过|突破|左右|当月|单月|当季|没有|(?<!尚)未(?!开工|竣工|投产|达标|签约|到位|按计划|成年|结|决|办结|审结|执结|通过|消除|脱贫|摘帽|整改|销号|兑现|解决)"
    r"|(?:[一二三四五六七八九十\d]{1,2}|半)年来|[一二三四五六七八九十\d]{1,2}年(?=年均)|年均|(?:两|二|三)年(?:的)?平均(?=(?:分别)?增长)|连续多年|连续[一二三四五六七八九十两\d]{1,2}(?:年|个月)|多年来|多年|受[^，,；;。受]{1,10}?影响"
    r"|(?<![上下前后去今明同每第比较这那该本当全])[一二三四五六七八九十两]{1,2}年(?=增长|增加|提高|下降|减少|累计|共计|间|内|平均(?!增速))"
    r"|首次|首度|(?:各地|各级)?通过[^，,；;。通]{1,14}?(?:方式|途径|渠道)|提前[一二三四五六七八九十两\d]{1,2}(?:年|个月)|自?有(?:监测|统计|记录|气象|观测)[^，,；;。]{0,6}?以来|自年初(?:以来)?|在(?:这段|此|同一)(?:期间|时期|时间)|(?<=年)以来|(?:建成|投产|达产|竣工)后"
    r"|(?<=全[国省市县区])的?(?:平均水平|平均|水平)|[、和与](?=全[国省市县区])(?!全国(?:工商联|总工会|妇联|侨联|台联|科协))|这个(?=增速|增幅)"
    r"|全市|全县|全省|全国(?!工商联|总工会|妇联|侨联|台联|科协)|我市|我县|我省|我国|我们的|我们|本年度|辖区内?(?!面积|总面积|人口|常住|户籍|内)|全[区镇乡州旗盟]|我[区镇乡州旗盟]|本[市县区镇乡港澳]"
    r"|(?<![\u4e00-\u9fff])(?:全|本|我)?街道(?![办居党工委])(?=[\u4e00-\u9fff]{2})"
    # a place or project referred back to (该市, 这个县; 该项目占地 → 项目占地)
    r"|(?<!应)(?:该|这个)(?:[市县区镇乡省州村院]|(?=项目|企业|公司|工程))"
    # goal and plan words say what kind a value is, not what it measures (kind reads them)
    r"|(?:经济社会发展的?|发展的?)?的?(?:主要)?(?:预期|调控|奋斗)目标(?:[均都]?(?:确定|设定)?(?:是|为|定为|定在))?|(?:的?目标|(?:目标)?任务)[均都]?(?:确定|设定)?(?:是|为|定为|定在)"
    r"|全年(?=计划(?:比|增长|增加|提高|达到|完成|实现|为|" + _PLAN_DOES[3:-1] + r"))|(?<!按)计划(?=比|增长|增加|提高|达到|完成|实现|为)|(?<!按)计划" + _PLAN_DOES + r"|预期(?=增长|\ue000|增加|提高|下降|达到|为)"
    # adverbs between the subject and its verb: 实际增长, 平均为, 共计, 现在拥有
    r"|(?:实际|可比|名义|实质)(?=增长|增加|下降|提高|上升|下跌)|实质(?=\ue000)|(?:已经?)?(?:逐渐|逐步)(?=改善|回落|回升|下降|上升|提高|降低|增加|减少|扩大|缩小)|(?:经)?季节性调整(?:后)?的?|(?<=[值额量])初值(?=为|是|达|$)|平均(?=(?:分别)?(?:为|要|达|在|每年|增长|上涨|上升|提高|增加|下降|减少))|共计|合计|(?<!收入)(?<!支出)总计|截[至止]到?(?:目前|当前|现在)|现在|目前|当前|如今|至今"
    # bases the basis field reads: 比xxxx年底, 较“十二五”末, 比全市水平
    r"|[较比与](?:\d{4}|[一二三四五六七八九〇零○]{4}|[Xx×]{4}|\d{2}[Xx×]{2})年(?:底|末|同期)?|[较比]“?十[一二三四五六七八九]五”?末|[较比]年初|(?<=[较比与][去上]年)全年"
    r"|(?:较|比|低于|高于)全[市省国县区]水平|(?<=比去年|比上年|较去年|较上年)预算|年末|年底|(?<=年)[底末]|(?:(?<=季度)|(?<=上半年)|(?<=同期))平均(?:增速|增幅)(?=[高低快慢]|$)|(?<![\u4e00-\u5e73\u5e75-\u9fff])[一二三四五六七八九十\d]{1,2}月[一二三四五六七八九十\d]{1,3}[日号](?:[前后止]|以来)?"
    r"|[X×*]{1,2}(?:示范区|高新区|经开区|区|县|市|镇|乡)|高新区|经开区|(?<![\u4e00-\u9fff])开发区|(?<=占)开发区|县\(市\)、?区|县\(市\)|县\(区\)|、区"
)
#: the first characters any alternative of _DROP can start with: a lookahead on them skips
#: ordinary text fast (3× on real speeches); tests/test_metrics_context.py checks it changes nothing
_DROP_FIRST = "(?=[\\[好优有自由春国中端汛或街塌底末单任相到“”\"《》—－•·●■□◆◇▲△★☆▶►名(（据按可截今本前上下半一二三四五六七八九十〇零第首过Xx×*\\s\\u30000-9０-９年全每明去较同比与低高超预其但虽仍而并已原累分不至突左当没未连多我经发的主调奋目计实平共合总现如县、和开在以两快慢水落这该元领滞环建投竣达中大绝在逐季初受提辖通各])"
_DROP_SLOW = lazy(_DROP_ALTERNATIVES)
#: (each alternative that opens with a lookbehind, a lookahead or a group is behind a lookahead on its first
#: characters, :func:`guarded`: at the many places _DROP_FIRST lets through, the engine leaves them at once)
_DROP = lazy(_DROP_FIRST + "(?:" + guarded(_DROP_ALTERNATIVES) + ")")
#: one-character words dropped only where a chunk starts (均 of 人均, 要 of 主要 stay)
_LEAD = lazy(r"^(?:建议(?:将|把)?(?=[^，,；;。])|总体(?:上|来看|而言)?$|初步(?=[\u4e00-\u9fff]{2})(?!设计|方案|意见|成效|成果)|由此测算|所以|因此|相信|这次|比如|例如|譬如|其次是|同时|另外|现已|积极|主动|大力|特别是|尤其是|就是|这些|这批|上述|同期|预期(?!寿命|目标)|[但仍都均要仅共约而且如则又即]|并(?![案购网轨])|近(?![岸郊海期代况邻视距来])|已(?!用|婚)|再(?!生|审|就业)|使(?!用)|需(?!求)|还(?=需|要)|及时|必须|确保|力争|争取|推动|帮助|协助|精准(?!扶贫|脱贫|度|性|率)|组织(?!部|生活|关系|建设|体系|架构|机构|化|形式|程度|者|员|力|处理)|单是|光是|经审查(?!后)|经审核(?!后)|今天|当天|出现(?=[\u4e00-\u9fff]{3})|成功(?=签约|引进|招引|落户|落地|打造|入选|创建)|(?:本年|今年|明年)?(?:就能够?|还应该?|还应当|应当|应该|可以|能够|力求|将要?)(?=[\u4e00-\u9fff]{2})(?!来)|创(?=税收|利税|利润|产值|外汇)"
             # the level of government whose budget it is (县级一般公共预算收入): the entity, as 全县 is (M5)
             r"|[省市县区乡镇]级(?=一般公共预算|政府性基金|国有资本经营|社会保险基金)"
             # the sum a budget's balance adds up (加上上级补助收入…，以及调入资金…后，收入总计…): the item is the name
             r"|以及|加上(?!级)|加(?=上级|补助|上解|下级|调入|动用)"
             # the firm a report is about, referred to as 公司 (公司新租地300亩, 公司兴建蔬菜基地): the entity (M5)
             r"|(?:\d{4}年)?(?:该|本)?公司(?=(?:新|兴建|扩建|投资|投入|租|建|引进|上缴|实现|完成)[\u4e00-\u9fff])"
             # a list item's own marker: 一是社会商品零售额…, 3、工业固定资产投入…
             r"|[一二三四五六七八九十]{1,2}[是、]|\d{1,2}(?:、|[.．](?!\d)))+")
_VERB = lazy(rf"完成(?!率)了?|实现了?|录得|达到了?(?!或(?:好于|优于|超过|高于))|到达|多达|高达|达成|达(?!标率|成|到或)(?!(?<=未达)标)|跨越(?!发展)|跨过|迈过|越过|发展到|跃上|迈上|跨上|站上|迈入|跨入|(?<![突打攻冲识爆])破(?=$|[\dX×*０-９])|(?:{_INC}){_NOUN_AFTER}|(?:{_DEC}){_NOUN_AFTER}"
                   r"|控制在|稳定在|保持在|改善[到至]|修订[为到]|保持(?=$|[\dX×*０-９])|调整[为到]|拟安排|拟按|安排|拟|落实|为|在(?![校建谈读岗册职园逃院征]|库(?!区))|占(?![比地有用据领])|(?<![国私所公占拥])有(?![限机效色线罪关])|(?<!新)开工(?!率)|竣工(?!率)|建成(?![率区后])|提出了|举行了|谋划|支撑|按照"
                   # verbs of saying and holding that stand before the measured noun
                   r"|翻番|翻倍|翻一番|涉及|(?<!引进)培养|符合|提出|规定(?!的)|确定|锁定|定下|瞄准|夺取了?|明确|强调|拥有(?!量|率)|守住|守牢|坚守|包括|(?<![不])可(?=新增|实现|达到?|带动|增加|吸纳|提供|收入|盈利|获利|创收|增收)")
_GENERIC = frozenset({"增加值", "增速", "增幅", "总额", "总量", "投资", "收入", "产值"})
#: bare heads a part after 其中 shares with the whole before it (其中6月份完成投资…)
GENERIC_HEADS = frozenset({"增加值", "投资", "收入", "产值", "总产值", "营业收入", "销售收入", "利润", "税收"})
_ABBREV = (("固投", "固定资产投资"),)


_COMPLETION = lazy(r"^(?P<subj>.*?)(?:仅|只|已|均|都)?完成了?(?P<obj>(?:下达|[^,，;；在达为到]){0,20}?)的?$")
#: a plan's share written with 为 (产值完成了582.9亿元，为计划的96%): a completion rate as 完成…的 is
_SHARE_OF_PLAN = lazy(r"^(?P<subj>[^,，;；为是]{0,12}?)(?:仅|只|已|均|都)?[为是](?P<obj>(?:年度|全年|年初|年|原|调整)?(?:计划|预算|目标任务|任务)数?)的$")
#: a plan reached (实现全年目标数的93.61%): its completion rate, as 完成…的 is (not 实现了8%的增长目标)
_PLAN_REACHED = lazy(r"^(?P<subj>[^,，;；实]{0,12}?)(?:仅|只|已|均|都)?实现(?P<obj>(?:年度|全年|年|年初)?(?:目标|计划|任务|指标)[\u4e00-\u9fff]{0,3}?)的?$")
#: what the plan's name says besides the plan: who set it (州政府下达, 市下达的) and its size
#: (年度目标任务589亿元, 132个): the label is the plan's (年度目标任务完成率)
_PLAN_SETTER = lazy(r"^.{0,6}?下达的?")
_PLAN_SIZE = lazy(r"[\dX×*.．]+(?:万亿|亿|万|千)?[\u4e00-\u9fff]{0,2}$")
#: a year's plan of one measure, named between the year and the plan (全年出口目标任务): the measure first
_PLAN_OF_MEASURE = lazy(r"(全年|年度)(?!目标|任务|计划|责任|考核|工作|指标)([\u4e00-\u9fff]{1,6}?)((?:目标|责任目标)?任务|目标)$")


def completion_rate(before: str) -> str | None:
    """``实到外资仅完成年度计划的24.1%`` → 实到外资年度计划完成率 (a share of a plan done)."""
    return completion_rate_of(squeeze(before))


def completion_rate_of(s: str) -> str | None:
    """:func:`completion_rate` of squeezed text."""
    if "完" not in s or "成" not in s:
        if ("为" in s or "是" in s) and s[-1:] == "的" and (share := _SHARE_OF_PLAN.match(s)):
            return normalise(share.group("subj") + share.group("obj") + "完成率")  # 为计划的96%: the plan's share done
        if "实现" in s and (reached := _PLAN_REACHED.match(s)):
            return normalise(reached.group("subj") + reached.group("obj") + "完成率")  # 实现全年目标数的93.61%
        return None  # no 完成 (dropping words only deletes)
    m = _COMPLETION.match(_DROP.sub("", s))
    obj = m.group("obj") if m else ""
    if "下达" in obj:
        obj = _PLAN_SETTER.sub("", obj)
    if not obj or obj[:1] == "率" or _DIR.search(obj) or "较" in obj:
        return None  # (完成率80.5%: the rate is named, not a plan)
    if any(c.isdecimal() or c in "X×*" for c in obj):
        size = _PLAN_SIZE.search(obj)
        if size is not None and size.start() > 0:
            obj = obj[:size.start()]
    if obj[:2] in ("全年", "年度") and (own := _PLAN_OF_MEASURE.match(obj)) is not None:
        obj = own.group(2) + own.group(1) + own.group(3)  # 完成全年出口目标任务的60.5% → 出口全年目标任务完成率
    subj = re.sub(r"^\d+[项个家]", "", _LEAD.sub("", m.group("subj")))
    subj = re.sub(r"(?:仅|只|已|均|都|要|必须)+$", "", subj)
    return normalise(subj + obj + "完成率")


_RATE = lazy(r"([A-Za-z\u4e00-\u9fff]{2,12}?增速)")


def rate_before(clause_before: str) -> str | None:
    """The growth rate a shortfall refers to: the last ``…增速`` written before it (M5)."""
    return rate_before_of(squeeze(clause_before))


def rate_before_of(s: str) -> str | None:
    """:func:`rate_before` of squeezed text."""
    if "增" not in s or "速" not in s:
        return None  # dropping words only deletes: no 增速 can appear
    m = last_match(_RATE, _DROP.sub("", s))
    if m is None:
        return None
    rate = m.group(1).rsplit("的", 1)[-1].lstrip("有个县市区等")  # 两年的平均增速 → 平均增速
    return normalise(rate) if len(rate) > 2 and rate != "平均增速" else None



#: the first characters of _VERB's alternatives: a lookahead on them makes the split skip plain
#: text fast; tests/test_metrics_context.py holds the split equal to the one without it
_VERB_FIRST = "(?=[破塌猛剧激骤递到快越多完实达发跃迈跨站增提上前扩涨高超下回降减收缩压削消调低落慢控稳保拟安为在占有开竣建举谋支按翻涉培符规确定瞄夺明强拥守坚包可加领净滞放升锁跌录改修走少])"
_VERB_SPLIT_SLOW = lazy(f"({_VERB.pattern})")
_VERB_SPLIT = lazy(f"{_VERB_FIRST}({guarded(_VERB.pattern)})")  # (guarded: as _DROP)
_NOUN_RUN = lazy(r"[\u4e00-\u9fff]{2,12}?(?=" + _VERB_FIRST + "(?:" + _VERB.pattern + r")|的|[,，;；:：。！？!?、]|$)")
_CHUNK_TAIL = lazy(ahead(r"(?:从|由|的|必须|都要|均要|要|都|(?<![平人])均|仅|只|就|已|原则上|任务|(?<=[\u4e00-\u9fff]{3})平均|提|(?<!新)增|降|减|高|低|总共|一共|共|还不到|不到|不足|收到|到|力争|争取|努力|亦|也|却|(?<![人天英奇干口刚方])才|(?<=[\u4e00-\u9fff]{2})以|的指标|可以|能够|(?<![功性动技职产效热电核体智才潜储节势风光赋])能|将|(?<![许认])可|(?<!内)需|再|仍|连年|连续|接连|相继|先后|每月|(?<![自理经缘])由(?:去年|上年|年初|\d{4}年)(?:同期|底|末)?|稳步|持续|大幅度?|小幅度?|快速|较快|迅速|迅猛|逆势|逆市|平稳|稳定|强劲|明显|显著|继续保持|继续|进一步|逐步|大大|略有|有所|(?<=[\u4e00-\u9fff]{2})实际)+$"))  # (ahead: a substitution skips to the words' first characters)
#: the starting value of a change written before its verb: 科学研究机构将由44个(发展到60个)
_FROM_VALUE = lazy(r"(?:将|已经|已)?[由从][^，,。；;由从]{0,8}?[\d０-９一二三四五六七八九十百千万]+[^，,。；;由从]{0,6}$")
_CHUNK_HEAD = lazy(r"^.{0,6}?的")
#: the time a change starts at, before its first value: (已经)由秋季的, 由一九五四年春季的 (its year dropped)
_FROM_TIME = lazy(r"(?:将|已经|已|就)?[由从](?!于)[^由从的，,]{1,8}的$")
#: where a change starts once its time is dropped, with a short hedge before the value (由…的不到, 由…的缺乏)
_FROM_HEDGED = lazy(r"(?<![自理经缘服听遵])[由从]的[\u4e00-\u9fff]{1,3}$")
#: a size class before the projects it sorts (过亿元的, 超10亿元的, 过千万元的): kept, without its 的
_SIZE_OF = lazy(r"^((?:引进|签约|新开工|开工|竣工)?(?:过|超过?)(?:[\dX×*.]*(?:千万|百万|亿|万)元?|[\dX×*.]+元)(?:以上)?)的(?=[\u4e00-\u9fff]*项目)")
#: 各类学校的教职工 → 各类学校教职工: a noun modifier keeps its place, only 的 goes
_OF_NOUN = lazy(r"^([\u4e00-\u9fff]{0,4}(?:学校|企业|单位|机构|部门|行业|产业|地区|农村|城镇|村|乡镇))的")


def noun_after(after: str) -> str | None:
    """The noun phrase right after an amount (``1亿农村贫困人口实现脱贫`` → 农村贫困人口)."""
    a = squeeze(after)
    m = _NOUN_RUN.match(a)
    if not m:
        return None
    noun = re.sub(r"(?:红线|底线|大关|关口|规模)$", "", m.group())  # 十八亿亩耕地红线 → 耕地
    if noun.startswith("人口") and len(noun) > 2:
        noun = "人口"  # 十四亿多人口整体迈进现代化社会: the people counted, not what they do
    return normalise(noun) if len(noun) >= 2 else None


_TWICE = lazy(r"([\u4e00-\u9fff]{2,4})\1")
#: a province-level unit opening a name (广东省旅游总收入, 重庆地区生产总值): the entity, never the
#: indicator (M5) — unless it names a place of its own (天津港, 上海湾, 北京路)
_PROVINCES = ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
              "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古",
              "广西", "西藏", "宁夏", "新疆", "香港", "澳门")
_PROVINCE_FIRST = frozenset(p[:2] for p in _PROVINCES)
_PROVINCE = lazy("(?:" + "|".join(_PROVINCES) + r")(?!合作组织|证券|交易所)(?:特别行政区|特区|[\u4e00-\u9fff]{0,4}自治区|省|市(?!场))?"
                 r"(?![港湾路站段籍口内])(?=[\u4e00-\u9fff]{2})")


def normalise(s: str) -> str:
    s = s.replace(_GROWTH_MARK, "增长")  # see _GROWTH_NOUN
    if (twice := _TWICE.search(s)) is not None:
        # 重点建设项目1-3月项目累计完成投资, 旅游发展预期目标为旅游总收入 (its goal words dropped), 规上规上工业: a word
        # that a dropped stretch (or a typo) left twice in a row is said once
        s = s[:twice.start()] + _TWICE.sub(r"\1", s[twice.start():])
    for short, full in _ABBREV:
        if full not in s:
            s = s.replace(short, full)
    if s[:2] in _PROVINCE_FIRST and (province := _PROVINCE.match(s)):
        s = s[province.end():]
    if "市" in s[2:4] and (city := _CITY_LEAD.match(s)) is not None and len(rest := s[city.end():]) >= 3 \
            and (split_head(rest) is not None or rest.endswith(_CITY_MEASURES)):
        s = rest  # 漳州市本外币各项存款余额, 甲市PM2.5平均浓度: the city is the entity (M5), as 全市 is
    if s[:4] == "执行结果" and s[4:6] in ("收入", "支出"):
        s = s[4:]  # 执行结果收入三百零七亿…: the budget's outcome, the measure is the revenue (as 决算数 below)
    if s[-3:] in ("决算数", "执行数") and s[-5:-3] in ("收入", "支出"):
        s = s[:-3]  # 一般公共预算收入决算数: the revenue's actual figure (kind says it is done), the measure is the revenue
    if ("集团" in s[:3] or "公司" in s[:3]) and (firm := _FIRM_ITSELF.match(s)) is not None and len(s) - firm.end() >= 4 \
            and (split_head(rest := s[firm.end():]) is not None or rest.endswith(("率", "强度"))):
        s = rest  # 集团资产总额694.8亿元: the firm that reports is the entity (M5), as in 公司实现营业收入
    if "等" in s[3:] and (example := _EXAMPLE_BEFORE.search(s)) is not None:
        s = s[:example.start()] + s[example.end():]  # 引进郑宏宇等国家级人才: the example named is no part of the class
    if s[-3:] in ("的比例", "的比重") and "相当于" in s:
        s = s[:-3] + s[-2:]  # 研发经费支出相当于生产总值的比例: a ratio to a whole named, without its 的 (as …占…比重 is)
    return s


#: one example named before the class a count is of, after the deed that won it (引进郑宏宇等国家级人才)
_EXAMPLE_BEFORE = lazy(r"(?<=引进|招引|培育)[\u4e00-\u9fff]{2,4}?等(?=[\u4e00-\u9fff]{2})")


#: the firm a report is of, named before its measure (集团资产总额, 公司资产负债率)
#: a city named before its measure (漳州市…, 义乌市…; not 城市, 超市, 都市, 市场, 市民, 市区 …)
_CITY_LEAD = lazy(r"[\u4e00-\u9fff]{2,3}(?<![城都超门])市(?!场|民|区|政|级|属|直|县|委|长|容|值|况|面|价|内|外|域|郊|辖|中心|本级|财政)")
_CITY_MEASURES = ("率", "比重", "比例", "生产总值", "GDP", "余额", "总额", "浓度", "天数", "存款", "贷款", "增加值")
_FIRM_ITSELF = lazy(r"(?:本|该|我|全)?(?:集团公司|集团|公司)")


#: a share written with 达到 and a whole (总数, 总农户, 总人口 …): A(已)达到B总数的
_REACH_SHARE = lazy(r"(?P<a>[^,，;；:：]{2,20}?)(?:就|也|都|将|约|已)*(?:达到|达)(?P<b>[^,，;；:：的]{0,10}?(?:总数|总户数|总农户|总人口|总面积|总产值|总量|总额|总值|GDP|生产总值))的$")
_DONE_IN_WHOLE = lazy(r"(?:实现|完成)(?=[\u4e00-\u9fff]{2})")
_SHARE_OF_AREA = lazy(r"占(全[国省市县区镇乡])(?:的)?(?:比重|比例)?(?:为|达到?)?$")
_SHARE_IN_AREA = lazy(r"在(全[国省市县区])中?的?(?:占比|比重|所占比重)(?:为|达到?)?$")
#: a share written as its part's place in the whole (服务业在全区经济中的比重比上年…)
_SHARE_AMONG = lazy(r"^(?P<a>[^，,；;在]{2,16})在(?P<b>[^，,；;]{2,12}?)中的?(?:比重|占比|份额|比例)(?:比上年|比去年|较上年|较去年|由[^，,；;]{0,8}?)?(?:为|达到?|下降|上升|提高|降低|增加|减少|回落|提升)?了?$")
_SHARE_ADVERB = lazy(r"(?:已经|已|均|都|约|仅|只|分别|还|又)+$")
_SHARE = lazy(r"(?P<a>[^,，;；:：]{2,24}?)占(?![比有用据领])(?P<b>[^,，;；:：]{2,16}?)(?:的)?(?:比重|比例)?(?:[由从]的?)?(?:达到|到达|达|为|提高到|超过|(?:保持|稳定|维持|控制)在|(?<=[重例])(?:上升|下降|提高|回落|降低|提升)了?)?$")


#: Heads of measured quantities (M5). A head alone is elliptical: it is completed with the
#: subject written before 实现/完成 (五大产业实现销售收入 → 五大产业销售收入) or with the
#: modifier of the previous indicator of its sentence (规模以上工业销售收入…，利税 → 规模以上工业利税).
MEASURE_HEADS = (
    "主营业务收入", "销售收入", "营业收入", "营收", "经营收入", "综合收入", "总收入", "收入", "利税总额", "利税", "利润总额", "利润", "税收", "税金",
    "总产值", "产值",
    "增加值", "年产值", "总产量", "年产量", "产量", "总产", "单产", "播种面积", "种植面积", "面积", "总投资", "投资", "存款余额", "贷款余额", "余额",
    "支出", "出栏量", "出栏", "存栏量", "存栏", "年初预算", "调整预算", "预算", "进出口总额", "进出口", "出口额", "进口额", "营业额", "交易额", "成交额", "总额",
    # a bank's bad loans (国有商业银行不良贷款余额…，不良贷款率7.8%) and a fund's outlay after its income (…总收入…，总支出)
    "不良贷款余额", "不良贷款率", "总支出",
    # traffic carried (公路营业性汽车运输累计完成客运量…, 货运量…): the carrier's
    "客运量", "货运量",
)
_HEADS_BY_LENGTH = sorted(MEASURE_HEADS, key=len, reverse=True)
_HEAD_SET = frozenset(MEASURE_HEADS)  # membership without walking the tuple
#: the heads by their last character, longest first: split_head tries only those that can end the text
_HEADS_BY_LAST: dict[str, tuple[str, ...]] = {
    c: tuple(h for h in _HEADS_BY_LENGTH if h[-1] == c) for c in {h[-1] for h in MEASURE_HEADS}}
#: the heads that never stand alone in a list of statistics: 利税 after 销售收入 is the same
#: sector's; 出口额 after 粮食总产量 is not the grain's
CARRIED_HEADS = frozenset({"主营业务收入", "销售收入", "营业收入", "营业总收入", "经营收入", "总收入", "利税", "利润", "利税总额",
                           "利润总额", "净利润", "归母净利润",
                           "税收", "税金", "产值", "年产值",
                           "总产值", "产量", "总产量", "总产", "单产", "总投资", "存款余额", "贷款余额", "余额", "出栏量", "出栏",
                           "存栏量", "存栏", "增加值",
                           "年初预算", "调整预算", "支出", "销售", "不良贷款余额", "不良贷款率", "总支出"})  # (列统企业实现产值3亿元，销售2.85亿元)
_JOIN_VERB = lazy(r"^(?:实现了?|完成了?|净增长?)$")
#: a sector or a park that made a measure named with a short modifier (建筑业, 两大工业园区): it owns the measure
_SECTOR_OWNER = lazy(r"(?:[一二两三四五六七八九十]大)?(?P<owner>[\u4e00-\u9fff]{1,6}?(?:(?<![企商农])业|工业园区|产业园区|园区|开发区|产业园))")
#: verbs that, written before a noun, name the set that is counted or measured
#: how a set of projects stands to the verb that names it: 未开工, 提前开工, 未按计划开工
_SET_HOW = lazy(r"(?:尚未|未按计划|未|提前|按计划|如期)$")
_SET_VERB = lazy(r"^(?:谋划|竣工|开工)$")  # (开工 only before projects: 计划开工产业项目76个; not 开工活动)
_COUNTED = lazy(r"^[\dXx×*]{1,6}(?:余|多)?[家个户所]")
_COUNTED_IN = lazy(r"[\dXx×*]{1,6}(?:余|多)?[家户](?=[\u4e00-\u9fff]{0,6}(?:企业|公司|工厂|单位|合作社|农场)$)")
_NOT_SUBJECT = lazy(r"[\dX×*,，的在了要到]|计划|力争|确保|^(?:已|共|累计|全年|今年|其中)|^(?:该|本|我)?(?:公司|集团)$")  # (公司实现营业收入: the firm)
#: 经济增长预期目标为7%: 增长 before a level verb is the noun (economic growth), not the predicate
_GROWTH_MARK = "\ue000"  # a private-use character no verb pattern matches
_GROWTH_NOUN = lazy(r"(?<=[\u4e00-\u9fffA-Z])增长(?:的(?=贡献)|(?=(?:的?(?:预期|调控|奋斗|主要)?目标)|为|达到|是|定为|保持在|贡献))")
#: …增长 as a noun names the indicator only after 经济 (经济增长); 国内生产总值增长目标 → 国内生产总值
_GROWTH_OF_MEASURE = lazy(r"(?<!经济)\ue000")


_STOCK_HEADS = frozenset({"存栏", "存栏量", "出栏", "出栏量"})
_OUTPUT_HEADS = frozenset({"增加值", "总产值", "产值", "销售收入", "主营业务收入", "营业收入", "利税", "利润"})


def split_head(ind: str) -> tuple[str, str] | None:
    """``规模以上工业销售收入`` → (规模以上工业, 销售收入): the modifier and the measure head."""
    for head in _HEADS_BY_LAST.get(ind[-1:], ()):
        if ind.endswith(head):
            return ind[: -len(head)], head
    return None


#: modifiers that name a kind of the head they go with (营业利润, 净利润): no owner a later bare head shares
_KIND_OF_HEAD = frozenset(("营业", "主营业务", "经营", "净", "毛", "税前", "税后"))


#: generic heads that name no topic of their own (年产量, 产业规模, 拓展面积): a clause that opens with one goes on
#: about the topic of the figure before it in the sentence (水果种植面积…，年产量…，产值… → 水果年产量, 水果产值)
_TOPIC_HEADS = lazy(r"(?:年产量|(?:产业)?规模|(?:总|拓展|新增|建成|流转|种植|播种)?面积|(?:总)?金额|(?:申请)?额度)")
#: cases of a kind solved, counted (破获命案数): a bare 破案率 after them is theirs
_CASES_SOLVED = lazy(r"(?:破获|侦破)([\u4e00-\u9fff]{2,10})数")
#: a deed that opens the previous name (新增设施蔬菜面积): what it did, not the topic
_TOPIC_DEED = lazy(r"^(?:新增|新建|发展|建成|完成|实现|累计)")
#: a topic is a plain noun phrase: no place, time, list, 的-phrase or figure; short
_NOT_TOPIC = lazy(r"[^\u4e00-\u9fff]|[的和及与、]|[年月季]$|^(?:全|我|其中|该|本)")


def _topic_parts(previous: str) -> tuple[str, str] | None:
    """:func:`split_head`, also for a scale (设施蔬菜产业规模 → 设施蔬菜产业, 规模)."""
    if previous.endswith("规模") and len(previous) > 2:
        return previous[:-2], "规模"
    return split_head(previous)


def _with_topic(ind: str, previous: str) -> str:
    """``年产量`` after ``水果种植面积`` → 水果年产量; the bare head when the topic is not a plain noun phrase."""
    parts = _topic_parts(previous)
    if not parts:
        return ind
    topic = _TOPIC_DEED.sub("", parts[0])
    if not 2 <= len(topic) <= 8 or topic in _KIND_OF_HEAD or topic[-1:] == "均" or _NOT_TOPIC.search(topic) \
            or _PLACE.fullmatch(topic) or topic.endswith(ind) or ind.startswith(topic):
        return ind  # (a place, a time, a list, a long phrase: right or absent)
    return topic + ind


#: what an institution has, said bare after a count of institutions (…卫生院33753个，床位150.5万张)
#: (not a school's students or staff: 义务教育学校6205所，在校生数417万人 names the stage's students, 义务教育在校生数)
_HELD_BY_INSTITUTION = frozenset(("床位", "床位数", "床位张数", "卫生人员", "卫生人员数", "卫生技术人员", "卫生技术人员数"))
#: a count of institutions (乡镇卫生院数, 儿童福利和保护服务机构数) or what they have (乡镇卫生院床位): the institutions
_INSTITUTION_COUNT = lazy(r"(?P<inst>[\u4e00-\u9fff()（）]{2,20}?(?:院|室|站|所|中心|机构|学校|幼儿园|[(（]站[)）]))"
                          r"(?:数|床位(?:张)?数?|卫生人员数?)$")


def carry_modifier(ind: str | None, previous: str | None) -> str | None:
    """A bare head (利税, 产值) takes the modifier of the sentence's previous indicator."""
    if not ind or not previous:
        return ind
    if ind[-1:] in "量模积额" and _TOPIC_HEADS.fullmatch(ind):
        return _with_topic(ind, previous)
    if ind == "破案率" and (solved := _CASES_SOLVED.fullmatch(previous)) is not None:
        return solved.group(1) + ind  # 全市破获命案207起，破案率达到86%: the rate of the cases just counted (命案破案率)
    if ind in _HELD_BY_INSTITUTION and (inst := _INSTITUTION_COUNT.match(previous)) is not None:
        return inst.group("inst") + ind  # 共有乡镇卫生院33753个，床位150.5万张，卫生人员160.5万人: what those institutions have
    if ind[-1:] == "率" and previous[-1:] == "数" and len(ind) >= 5:
        # 65岁及以上老年人健康管理45777人，健康管理服务率63.9%: a rate that opens with the deed a count of people
        # ends with is that count's rate (not a measure of its own that shares a short word: 新增就业…，就业率)
        stem = previous[:-2] if previous[-2:] == "人数" else previous[:-1]
        for k in range(min(len(ind) - 1, len(stem) - 2), 3, -1):
            if stem.endswith(ind[:k]):
                return stem[:-k] + ind
    if ind not in CARRIED_HEADS:  # 规模以上工业…总产值…，工业增加值 → 规模以上工业增加值
        own, before = split_head(ind), split_head(previous)
        if (own and before and own[0] and len(before[0]) > len(own[0]) and before[0].endswith(own[0])
                and own[1] in _OUTPUT_HEADS and before[1] in _OUTPUT_HEADS
                and before[0][-len(own[0]) - 1] not in "非无"):  # (非公有制工业…，公有制工业: the other firms)
            return before[0] + own[1]  # the same firms' output (not 规模以上…, 工业投资)
        return ind
    parts = _topic_parts(previous)
    if parts and (parts[0] in _KIND_OF_HEAD or parts[0][-1:] == "均"):
        return ind  # 营业利润3.80亿元…、利润总额4.51亿元: a kind of the head, not whose it is; 人均收入达到2900元；实现利润
        # 6万元: a measure per head (人均, 户均, 亩均) is that measure's way of counting, no owner of the next
    if parts and (len(parts[0]) >= 2 or parts[0] and parts[1] in _STOCK_HEADS):  # (牛存栏…，出栏: one character names it)
        return parts[0] if parts[0].endswith(ind) else parts[0] + ind  # 财政支出调整预算…，支出 → 财政支出
    return ind


#: the last characters _CHUNK_TAIL can match (and _LEAD.first the first ones _LEAD can): a chunk
#: that starts or ends otherwise skips that substitution (most do; the tail pattern is tried at every offset)
_TAIL_LAST = frozenset("从由的须要都均仅只就已上务提增降减高低共到足争取力亦也却才标以够能将可需再仍续连继后年月期底末际\n"
                       "步幅度速快猛势市稳定劲显著持大有所")


#: a chunk after 在 that only says when (在这一年中间, 在此期间): the measure is named before it
_WHEN = lazy(r"(?:期间|时期|中间|之中|当中|以来|年中|年间|时候)$")
_WHEN_LAST = frozenset(("期间", "时期", "中间", "之中", "当中", "以来", "年中", "年间", "时候"))


#: a chunk that is only the name of a place (城关镇, 河口乡, 新华街道, 江陵县): the entity is never
#: the indicator (M5). The character before the suffix tells a name from a common word
#: (城镇, 乡镇, 城乡, 社区, 景区, 城市, 农村 …).
_PLACE = lazy(r"[\u4e00-\u9fff]{1,5}(?:(?<![城乡重集小用])镇|(?<![城家下老用])乡|街道|(?<![郡])县"
              r"|(?<![小社景城市山园校厂矿片辖验范能护灾牧库老新郊营湾港置住游灌])区|(?<![超城夜股楼上集都])市"
              r"|(?<![农乡政然困山渔用范点心色])村)")
_PLACE_LAST = frozenset("镇乡道县区市村")
#: what people did that 实现 only says was reached (就业困难人员实现就业, 失业人员实现再就业)
_FOUND_WORK = frozenset(("就业", "再就业", "脱贫"))
#: an organ that did the work a figure measures (税务部门, 财政部门, 国税局): the entity, never the measure
_ORGAN = lazy(r"[\u4e00-\u9fff]{0,6}?(?:税务|财政|国税|地税|海关|征收|主管)(?:部门|局)")
#: a town's name opening what it measures (万寿镇新增规上企业, 河口乡签约项目): not a kind of town
#: (中心镇, 重点镇, 特色小镇, 乡镇, 城镇), and something measured left after it
_TOWN_LEAD = lazy(r"[\u4e00-\u9fff]{2}(?:(?<![城乡重集小心点范色制星困族明林游业贸史化丽态])镇|(?<![城家下老心点范色困族])乡|街道)"
                  r"(?=(?:新增|新开工|新签约|签约|引进|实现|完成|新建|建成|培育)[\u4e00-\u9fff]{2})")
#: a town's name opening a measure with a head (平湖镇食用菌年产量): as _TOWN_LEAD, the head tells it (the caller)
_TOWN_NAME = lazy(r"[\u4e00-\u9fff]{2}(?:(?<![城乡重集小心点范色制星困族明林游业贸史化丽态])镇|(?<![城家下老心点范色困族丽])乡(?![村镇土亲情愁]))")
#: a court, a procuratorate or an organ that did what is counted, opening the name (本院共受理…, 中国最高人民法院受理…,
#: 全市纪检监察机关共处置…): the entity (M5), up to its verb
_BODY_LEAD = lazy(r"(?:本院|我院|(?:\d{1,4}个)?[\u4e00-\u9fff]{0,10}?(?:人民法院|法院|高院|中院|检察院|最高法|最高检|检察机关|纪检监察机关|公安机关|纪委监委|纪委|监委|警方|公安局|公安厅|人大常委会|常委会|[县市区]政府))"
                  r"(?:共计|共)?(?=受理|审结|执结|审执结|办理|办结|处置|立案|结案|收案|新收|审判|审查|批准|批捕|起诉|提起|查处|处分|给予|运用|收到|接收|提出|打掉|破获|侦破|侦办|抓获|听取|审议|制定|修改|检查|作出|承办|立(?=刑事|治安))")
#: a verb's object said to be of every kind (受理各类审查起诉案件): the kinds add nothing to the name
_ALL_KINDS = lazy(r"(?:(?<=受理|审结|执结|起诉|办理|办结|投入|查处|逮捕|批捕|侦办|处置|审理|调解|破获|侦破|发生|抓获|新收|收缴|缴获|查获|查缴|打掉|捣毁|新增)|(?<=有))各(?:级各)?[类种](?=[\u4e00-\u9fff]{2})")
#: a scenic area's own name before its visitors (大峡谷景区进山人数): not a kind (4A景区, 重点景区, 旅游景区)
_SPOT_LEAD = lazy(r"[\u4e00-\u9fff]{2,4}(?<![级点游名要心色区全各个家座处])景区(?=(?:年|日)?(?:接待|进山|入园|游客|门票))")
#: a group of cities before what they measure (地级及以上城市优良天数比例, 长三角地区31个城市的PM2.5平均浓度, “2+26”城市):
#: the cities are the entity (M5); a city's own kind of measure (城市建成区绿地率) has no count or rank before 城市
#: places counted before what they measure (52个省对外开放重点县(市、区)…, its count already cut)
_PLACES_COUNTED = lazy(r"[\u4e00-\u9fff]{1,10}?(?:县市区|县区|县市|乡镇|县|市|区)(?![级场民委直属域内外])"
                       r"(?:[(（][市县区、]{1,5}[)）])?(?=[\u4e00-\u9fff]{2})")  # (not 576个市级重点项目: a level)
_CITIES_LEAD = lazy(r"(?:[^，,；;。、]{0,12}?(?:\d+个|[“\"]?\d+\+\d+[”\"]?|地级及以上|地级以上|设区)城市[、和及与]?)+的?")
#: a particulate named in words and then by its code (细颗粒物(PM2.5), 可吸入颗粒物（PM10）): the code is the name
_PM_NAMED = lazy(r"(?:细|可吸入)?颗粒物[(（](PM[\d.]{1,4})[)）]")
#: the pollutant before 作为首要污染物 (PM2.5作为首要污染物的超标天数)
_POLLUTANT_AS = lazy(r"(?<![A-Za-z0-9.])([A-Za-z][A-Za-z0-9.₀-₉]{0,5}|[\u4e00-\u9fff]{2,6})作$")
#: examples listed before the class they belong to (长江、黄河等主要江河…, 爆炸、杀人等八类严重暴力刑事案件): the class is
#: what is measured, the examples are not (a list of items that share a head is read apart: _enumerated)
_EXAMPLES_LEAD = lazy(r"[^，,；;。等]{1,16}、[^，,；;。等]{1,12}等(?=主要|重点|[一二三四五六七八九十两\d]{1,2}[类种大项])")
#: a development zone's own name before its kind (江陵经济开发区, 临港工业园区): not a level (省级, 国家级) nor a count
_ZONE_LEAD = lazy(r"(?!省级|市级|县级|国家|高新|经济|工业|产业|现代|特色)[\u4e00-\u9fff]{2,3}(?<![个家所级])"
                  r"(?=(?:经济技术|经济|高新技术|高新|工业|产业)(?:开发区|园区))")
#: a firm's name before what it measures: 振华汽车有限公司投资, 某某集团营业收入
_FIRM = lazy(r"^[\u4e00-\u9fff]{2,14}?(?:股份有限公司|有限责任公司|有限公司|公司|集团)(?!等)(?=[\u4e00-\u9fff]{2})")  # (引进甲公司等企业: an example)


#: a place that opens what it has already done (…的xxx片区就已落户…): the entity (M5)
_PLACE_ALREADY = lazy(r"[^，,；;]{0,16}?(?:片区|园区|开发区|(?<![社景城小])区|(?<![城乡集小])镇|(?<![城])乡|(?<![农])村)(?:就|也|都|均)?(?:已经|已)(?=[\u4e00-\u9fff]{2})")
#: a placeholder standing for a name at the start of what is measured (XX花生, ××牌)
_NAME_HOLDER = lazy(r"[Xx×*]{1,3}(?![亿万千百十元个项家户人名次倍年月日天])(?=[\u4e00-\u9fff]{2})")  # (not ×亿元以上项目: a size)
#: a village's name opening what it measures (南岗茶村茶叶产量): not a kind of village (中心村, 示范村, 乡村, 行政村)
_VILLAGE_LEAD = lazy(r"[\u4e00-\u9fff]{2,3}(?<![农乡政然困山渔用范点心色全城])村(?![级民委组集])(?=[\u4e00-\u9fff]{2})")
#: a bulletin's run-in label before the year's figures (人口年末常住人口…, 粮食全年农作物播种面积…)
_RUN_IN = lazy(r"(?P<label>[\u4e00-\u9fff]{2})(?:全年|年末|年初|年底)(?P<rest>[\u4e00-\u9fff]{3,12})$")


#: a count closing a chunk, right before another measure of the set (项目40个约3750亩, 复垦项目两个约56亩)
_TRAILING_COUNT = lazy(r"(?:[\d]{1,4}|[一二两三四五六七八九十]{1,3})[个项家处]$")
#: where a road work was done, before the work (甲村乙组路面硬化, 甲至乙道路硬化): the place is the entity (M5); a place
#: names a village, a town, a span … (国省道公路建设, 地方公路建设 are kinds of road, no place)
_ROAD_AT = lazy(r"(?=[^，,；;]{0,13}?[村镇乡至到县区街组])[^，,；;]{2,14}?(?=(?:路面|道路|公路|村道|组道|通组路|通村路)(?:硬化|改造|拓宽|修建|建设|黑化)$)")
#: words ending in 及 that are verbs, not a list's 及: the 及 stays
_JI_VERBS = frozenset(("惠及", "涉及", "普及", "波及", "顾及", "企及", "危及", "遍及"))


@per_document
def _clean_chunk(c: str) -> str:
    if "(" in c or "（" in c:
        o = max(c.rfind("("), c.rfind("（"))
        if c.find(")", o) < 0 and c.find("）", o) < 0:
            c = c[o + 1:]  # …的项目(甲公司计划投资1400万元): a value inside a parenthesis is named inside it
    if c[:1] in _LEAD.first:
        c = _LEAD.sub("", c)
    if "由" in c or "从" in c:  # (before 的 is read: 从目前的2%以上 is a starting value, not a modifier)
        c = _FROM_VALUE.sub("", c).rstrip("、和及与")
    if c.endswith(("由的", "从的")):
        c = c[:-2]  # 积累率由上年的14.6% (its time dropped): where the change starts, not a modifier
    elif ("由的" in c[-6:] or "从的" in c[-6:]) and (hedged := _FROM_HEDGED.search(c)):
        c = c[:hedged.start()]  # 财政收入由2005年的缺乏(不足)千万元: a hedge on the starting value, no modifier either
    elif c.endswith("的") and ("由" in c[-12:] or "从" in c[-12:]) and (start := _FROM_TIME.search(c)):
        c = c[:start.start()]  # 合作社已经由秋季的(5.7万个发展到…): the time the change starts at, not a modifier
    if "的" in c[2:9] and not c.endswith("的") and (size := _SIZE_OF.match(c)):
        c = size.group(1) + c[size.end():]  # 过亿元的项目, 超10亿元的项目: the size class is what is counted, 的 goes
    elif c.endswith("的"):
        c = _CHUNK_HEAD.sub("", c)
    elif len(c) > 4 and "的" in c[:5]:
        c = _OF_NOUN.sub(r"\1", c) if _OF_NOUN.match(c) else _CHUNK_HEAD.sub("", c)
    if c.startswith("成功") and c[2:4] in ("申报", "申请", "争取"):
        c = c[2:4] + "成功的" + c[4:]  # 成功申报县级合作社2个: those whose application succeeded (申报成功的…)
    c = c.lstrip("的、和及是了()（）:：")  # (与澳门金融合作业务量: a leading 与 is the name's preposition; (其中:油菜…)
    if c[:1] in "Xx×*" and (named := _NAME_HOLDER.match(c)):
        c = c[named.end():]  # XX花生种植面积: an anonymised name (a brand, a place) is no part of the measure
    if c[-1:] in "个项家处" and (count := _TRAILING_COUNT.search(c)) and count.start() >= 2:
        c = c[:count.start()]  # 新增垦造耕地项目40个约3750亩: the count before the area is the set's, not the area's name
    c = c.rstrip("的、和与是了()（）") if c[-2:] in _JI_VERBS else c.rstrip("的、和及与是了()（）")
    return _CHUNK_TAIL.sub("", c) if c[-1:] in _TAIL_LAST else c


#: totals of an area a share is of (占全省出口总值的, 占全省总量的): the area is kept with them
_AREA_TOTALS = ("总量", "总值", "总额", "总数", "总产值")


def _whole_area(s: str) -> str:
    """The whole area a share in ``s`` is of, as written after its 占 (占全省出口总值的 → 全省), or ""."""
    i = s.rfind("占全")
    return s[i + 1:i + 3] if i >= 0 and s[i + 2:i + 3] in _WHOLE_AREA_LAST else ""


_WHOLE_AREA_LAST = frozenset("国省市县区")


def _with_area(area: str, b: str) -> str:
    """``b``, the whole of a share, with the whole ``area`` it is of (全省, or "") put before it where ``b`` is that
    area's total or measure (出口总值 → 全省出口总值: its whole, not an entity)."""
    if area and len(b) >= 2 and not b.startswith(area) and (b.endswith(_AREA_TOTALS) or split_head(b) is not None):
        return area + b
    return b


def share_base(text: str) -> str | None:
    """The whole a share is of: ``全市工业总产值的(比重)`` → 全市工业总产值 (the whole area's measure keeps its area);
    ``开发区规模以上企业工业总产值的`` → 规模以上企业工业总产值 (other places and bases dropped)."""
    text = squeeze(text)
    area = text[:2] if text[:1] == "全" and text[1:2] in _WHOLE_AREA_LAST else ""
    b = re.sub(r"(?:的)?(?:比重|比例)?(?:的)?(?:达到|达|为|近|约|(?:提高|上升|提升|下降|降低|回落|增加|减少)了?)?$", "",
               _DROP.sub("", text))
    b = _with_area(area, b)  # 占全省出口总值的28.2%: a share of the whole area's total keeps the area
    if any(c.isdecimal() for c in b):
        b = _PLAN_SIZE.sub("", b)  # 占全年任务2355万元的60%: the task's size is not part of its name
    if "实现" in b or "完成" in b:
        b = _DONE_IN_WHOLE.sub("", b)  # 占全市规上工业实现利润总额的88.5%: the whole is the measure, not its verb
    return normalise(b) if len(b) >= 2 else None


_VALUE_ONLY = lazy(r"[\dXx×*.%]+")
_QUANTITY_CHUNK = lazy(r"[\d.．]+(?:%|‰|个百分点|[万亿千]{0,2}[\u4e00-\u9fff]{0,2})")


def _value_only(c: str) -> bool:
    """``_VALUE_ONLY.fullmatch(c)`` (\\d is what str.isdecimal says), tried only when ``c`` starts so."""
    return bool(c) and (c[0].isdecimal() or c[0] in "Xx×*.%") and _VALUE_ONLY.fullmatch(c) is not None


def indicator(before: str) -> str | None:
    """The measured noun phrase written before the value, or None when elliptical.

    Grammar, nearest first: a share (A占B的 → A占B比重); else the subject or object
    chunk right before the value, the text split at predicate verbs (增长, 达到, 完成, 为 …);
    a bare measure head is joined to the subject written before 实现/完成.

    >>> indicator("经济增长预期目标为"), indicator("国民生产总值计划增长"), indicator("五大产业实现销售收入")
    ('经济增长', '国民生产总值', '五大产业销售收入')
    """
    return indicator_of(squeeze(before))


#: a year that opens what follows it (not a base or an end: 比2020年, 较2019年, 到2025年, 是2012年的)
#: (each year's first character looked behind once read: the pattern opens with a character, so a search skips to
#: the digits by one class scan instead of trying the lookbehind at every character)
_YEAR_INSIDE = lazy(r"[\d一二三四五六七八九〇零○](?<![比较与是到至从由和、同于在按\d][\d一二三四五六七八九〇零○])"
                    r"(?:(?<=\d)\d{3}|(?<=[一二三四五六七八九〇零○])[一二三四五六七八九〇零○]{3})年(?![的度底末和、至到])")
#: an ASCII full stop a site wrote between two sentences of Chinese (种植.三是建成)
_CJK_STOP = lazy(r"(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff])")
#: a chunk that only says what a figure is per (每平方公里, 每万人, 每亩): the measure is named before it
_PER_UNIT = lazy(r"每(?:[一二两三四五六七八九十百千万\d]{1,4})?(?:平方公里|平方米|公顷|亩|万人|千人|百人|人|户|家|个)")


#: a chunk that only says how often (每天约, 每日): the measure is named before it
_PER_TIME = lazy(r"每(?:天|日|月|周|小时)[约近超逾]?")
#: a head count a holding is per, right before 拥有 (每千人拥有企业…, 每万人拥有医生…)
_PER_HEAD = lazy(r"每(?:[百千万]|\d{1,5})?名?(?:人口|人|户|家庭|老人|老年人|居民)$")


#: a chunk that only says the figure is a record (新低之, 历史最高的): the measure is named before it
_RECORD_ONLY = lazy(r"(?:历史|同期)?(?:新低|新高|最低|最高)(?:水平)?[之的]?")
_RECORD_LAST = frozenset(("新低", "新高", "最低", "最高", "低之", "高之", "低的", "高的", "水平", "平之", "平的"))
#: a chunk that only names a goal or task (完成目标任务3000万元): the work it measures is named before it
_GOAL_ONLY = frozenset(("目标", "任务", "目标任务", "年度目标", "全年目标", "年度任务", "全年任务", "年度目标任务", "全年目标任务"))
GOAL_WORDS = _GOAL_ONLY  # (the goal words alone, for extract.py: 确保全年完成35万亩任务 names nothing)
#: a chunk that is only a change (新增, 净增): the measure it changes is named before it
_CHANGE_ONLY = frozenset(("新增", "净增", "新增加", "共增加", "累计增加"))
#: a deed done for someone, after 为 (为群众挽回经济损失, 为提供线索的群众兑现举报奖励): the deed names the figure
_SERVED_DEED = lazy(r"[^，,；;。]{1,10}?(?P<deed>挽回|节约|节省|兑现|减轻|创造|发放)(?=[\u4e00-\u9fff]{2})")  # (the object named)
#: how far a deed went (基本建成, 初步完成), and the deeds it is said of
_DEGREE_ONLY = frozenset(("基本", "基本上", "初步"))
_RESULT_VERBS = frozenset(("建成", "完成", "竣工"))
#: a chunk that is only an averaging word (人均增收2229元, 两年平均分别增长…) or 实际 (实际为86.8%): it names no measure
#: (the measure is named before it; 人平 is 人均 in some counties' reports)
_ADVERB_ONLY = frozenset(("人均", "人平", "平均", "户均", "亩均", "实际"))


#: 达到或超过 (达到或者超过, 达到或优于 …) right before a figure: one verb, not a name's end (超过 is a predicate word)
_EITHER_VERB = lazy(r"达到或者?(?:超过|优于|好于|高于)?了?$")


#: a milestone passed on the way to a figure (连跨两个千亿元台阶, 跃上千亿元台阶, 突破百亿大关), up to its list mark
_MILESTONE = lazy(r"(?:连续|接连|相继|连)?(?:跨越|跨上|跨过|跨|迈上|迈过|跃上|登上|越过|突破)了?"
                  r"[^，,；;。、：:]{0,10}?(?:台阶|大关|关口)、?")


@per_document
def indicator_of(s: str) -> str | None:
    """:func:`indicator` of squeezed text."""
    if "——" in s:
        s = s[s.rfind("——") + 2:]  # 今年的主要预期目标——地区生产总值增长7.5%: a dash opens the item
    if "或" in s[-6:] and (either := _EITHER_VERB.search(s)) is not None:
        s = s[:either.start()] + "达到"  # 优良天数比例达到或者超过85%: one verb, the name is before it
    if "年" in s and (year := last_match_plain(_YEAR_INSIDE, s)) is not None and year.start() > 0 \
            and (named := indicator_of(s[year.start():])) is not None:
        return named  # 提出20项主要指标 2035年人均GDP比2020年翻一番: a year opens the name (a headline's run-on;
        # not 农业总产值1956年完成了: the name before the year, where nothing after it names one)
    if "." in s and (stop := last_match_plain(_CJK_STOP, s)) is not None:
        s = s[stop.end():]  # 二是完成白皮柚种植.三是建成1个…: a site's ASCII full stop between sentences
    elif s[:1] == "." and s[1:2] >= "\u4e00":
        s = s[1:]  # 总人口785263人.其中农业人口723515人: the stop right after the figure before
    if ("全年" in s[2:4] or "年" in s[2:4]) and (run_in := _RUN_IN.match(s)):
        rest = _VERB_SPLIT.split(run_in.group("rest"))[0]
        if rest.endswith(run_in.group("label")) or (head := split_head(rest)) and len(head[0]) >= 2:
            s = s[run_in.start("rest"):]  # 人口年末常住人口94.9万人: a bulletin's label, then the measure in full
    if ("台阶" in s or "大关" in s) and (step := _MILESTONE.search(s)) is not None and step.start() >= 2:
        s = s[:step.start()] + s[step.end():]  # 经济总量跨两个万亿元台阶、达到5.38万亿元: the milestone passed names nothing
    if "中的" in s and (among := _SHARE_AMONG.search(s)) is not None:
        part = indicator_of(among.group("a"))  # 服务业在全区经济中的比重比上年下降3.2个百分点: its share of that whole
        if part and "占" not in part and not part.endswith(("比重", "比例", "率")):
            return part + "占" + among.group("b") + "比重"
    if "在全" in s and (area := _SHARE_IN_AREA.search(s)) and area.start() >= 2:
        part = indicator_of(s[:area.start()])  # 全县地区生产总值在全市占比为10.3%: a share of the whole area's
        if part and "占" not in part and not part.endswith(("比重", "比例", "率")):
            return part.removesuffix("数") + "占" + area.group(1) + "比重"
    if "占全" in s and (area := _SHARE_OF_AREA.search(s)) and area.start() >= 2:
        part = indicator_of(s[:area.start()])  # 街道财政收入仅占全区的16%: a share of the whole area's (the
        if part and "占" not in part and not part.endswith(("比重", "比例", "率")):  # area is the whole, not an entity)
            return part.removesuffix("数") + "占" + area.group(1) + "比重"
    if "颗粒物" in s:
        s = _PM_NAMED.sub(r"\1", s)  # 细颗粒物(PM2.5)平均浓度: the pollutant by its code, as most reports name it
    whole_area = _whole_area(s) if "占全" in s else ""
    if "增长" in s:
        s = _DROP.sub("", _GROWTH_NOUN.sub(_GROWTH_MARK, s))
        if _GROWTH_MARK in s:
            s = _GROWTH_OF_MEASURE.sub("", s)
    else:
        s = _DROP.sub("", s)
    m = _SHARE.search(s) if "占" in s else None
    if m:  # 民生支出占一般公共预算支出的78.6% → 民生支出占一般公共预算支出比重
        a = _LEAD.sub("", re.sub(r"^.*?(?:完成|实现|全年|今年)", "", m.group("a")))
        if len(a) >= 2:
            if a.endswith("所") and m.group("b").startswith("的比"):  # 国营工业所占的比重由1954年的59%
                return normalise(a + "占比重")
            a = _SHARE_ADVERB.sub("", a)  # 产值已占到农业总产值的70%: the adverb and 到 are no part of the name
            if len(a) < 2:
                return None  # 在目前又占全国工业总产值的50%: the owner is named in a clause before (right or absent)
            b = m.group("b").removeprefix("到")
            if "实现" in b or "完成" in b:
                b = _DONE_IN_WHOLE.sub("", b)  # 占全市规上工业实现利润总额的88.5%: the whole is the measure, not its verb
            if b.endswith(("比重", "比例")):
                b = b[:-2]  # 占农业产值比重的20%: the share is named once
            if (kept := _with_area(whole_area, b)) != b:
                # 出口额占全省出口总值的28.2%: the whole area's total keeps its area, as share_base keeps it; one that
                # repeats the part's own name is the area's (工业增加值占全省工业增加值的3.2% → 工业增加值占全省比重)
                b = whole_area if b == a else kept
            return normalise(a + "占" + b + "比重")
    if s.endswith("的") and "达" in s and (m := _REACH_SHARE.search(s)):
        # 入社农户将达总农户的70%, …的农户就已经达到全国农户总数的61%: a share of a whole, written with 达到
        a = _SHARE_ADVERB.sub("", _LEAD.sub("", m.group("a")))
        if len(a) >= 2:
            return normalise(a + "占" + m.group("b") + "比重")
    parts = _VERB_SPLIT.split(s)  # chunk, verb, chunk, verb, … chunk
    for i in range(len(parts) - 1, -1, -2):
        c = _clean_chunk(parts[i])
        if i >= 2 and parts[i - 1] == "在" and c[-2:] in _WHEN_LAST and _WHEN.search(c):
            continue  # 产值在一九五八年一年中间(也增长了…): a time, not the measure
        if i >= 2 and parts[i - 1] == "为" and c.startswith("首要") and 1 < len(parts[i - 2]) - parts[i - 2].rfind("以") <= 9 \
                and "以" in parts[i - 2]:
            # 以PM10为首要污染物天数1天: the days that pollutant led (not every pollutant's)
            c = parts[i - 2][parts[i - 2].rfind("以") + 1:] + "为" + c
        elif i >= 2 and parts[i - 1] == "为" and c.startswith("首要污染物") and parts[i - 2][-1:] == "作" \
                and (led := _POLLUTANT_AS.search(parts[i - 2])) is not None:
            # PM2.5作为首要污染物的超标天数: that pollutant's days over the standard (as 以PM2.5为首要污染物…，超标11天)
            rest = c[5:].removeprefix("的")
            c = led.group(1) + (rest if rest.startswith("超标") else "为首要污染物" + rest)
        if c == "建设" and i >= 2 and parts[i - 1] == "开工":
            # 三十大重点项目已开工建设21个: the set is the subject, 开工建设 what was done to it (not 建设数)
            subject = _clean_chunk(parts[i - 2])
            c = (subject if len(subject) >= 2 and not _NOT_SUBJECT.search(subject) else "") + "开工"
        if i >= 2 and i == len(parts) - 1 and parts[i - 1] in _COMPARE_VERBS and _COMPARED_MEASURE_RE.fullmatch(c):
            continue  # 资产负债率低于控制线6.22个百分点: what it is compared with is the basis; the measure is named before
        if c[-2:] in _RECORD_LAST and _RECORD_ONLY.fullmatch(c):
            continue  # 失业率为24年来新低之3.38%: a record the figure set names nothing (the measure is named before)
        if c in _CHANGE_ONLY and i == len(parts) - 1:
            continue  # 比去年新增3637元: a change said alone names nothing (the measure is named before)
        if i >= 2 and parts[i - 1] == "完成" and c in _GOAL_ONLY and i == len(parts) - 1:
            continue  # 招商引资完成目标任务3000万元: the goal met names nothing (the work is named before)
        if i >= 1 and parts[i - 1] == "为" and (served := _SERVED_DEED.match(c)) is not None:
            c = c[served.start("deed"):]  # 为群众挽回经济损失800余万元: whom it was done for is no part of what was done
        if parts[i] in _FOUND_WORK and i >= 2 and parts[i - 1] == "实现" and len(who := _clean_chunk(parts[i - 2])) >= 2 \
                and not _NOT_SUBJECT.search(who):
            c = who + parts[i]  # 就业困难对象实现就业2940人: who found work (就业 alone names nobody)
        if c in _DEGREE_ONLY and i + 1 < len(parts) and parts[i + 1] in _RESULT_VERBS:
            c += parts[i + 1]  # 基本建成236万套: how far the deed went names nothing alone; the deed is named with it
        if i >= 2 and parts[i - 1] in ("拥有", "有") and len(c) >= 2 and (per := _PER_HEAD.search(parts[i - 2])) is not None:
            c = per.group() + ("拥有" if parts[i - 1] == "拥有" else "") + c  # 每千人拥有企业数由27.6户增长到30.0户: a
            # count per head names its measure (每千名老人有养老床位30张 → 每千名老人养老床位)
        if len(c) >= 2 and not _value_only(c) and c not in _ADVERB_ONLY:
            if c[0] == "每" and i >= 2 and parts[i - 1] in ("为", "是", "达", "达到") and (
                    _PER_UNIT.fullmatch(c) or _PER_TIME.fullmatch(c)):
                continue  # 人口密度为每平方公里48人: the unit the figure is per, not the measure (供应能力达到每天约25万人次)
            if c[0].isdecimal() and _QUANTITY_CHUNK.fullmatch(c):
                continue  # …每年提高0.16个百分点、从目前的2%达到2.8%: an earlier figure, not a name
            if c not in _HEAD_SET and i >= 2 and 3 <= len(c) <= 6 and _JOIN_VERB.match(parts[i - 1]) \
                    and (head := split_head(c)) is not None and 1 <= len(head[0]) <= 2 \
                    and (owner := _SECTOR_OWNER.fullmatch(_clean_chunk(parts[i - 2]))) is not None:
                c = owner.group("owner") + c  # 建筑业实现施工产值, 两大工业园区实现工业产值: the sector's or the park's own
            elif c in _HEAD_SET and i >= 2 and _JOIN_VERB.match(parts[i - 1]):
                subject = _clean_chunk(parts[i - 2])
                if subject[:1] in _COUNTED.first:  # 202家规模以上工业企业实现总产值: the firms, not their count
                    subject = _COUNTED.sub("", subject)
                if (counted := _COUNTED_IN.search(subject)) is not None:
                    subject = subject[counted.end():]  # 市领导服务8家重点企业完成产值: the firms counted, not who served them
                if len(subject) >= 2 and not _NOT_SUBJECT.search(subject) and not split_head(subject) \
                        and not (subject[-1:] in _PLACE_LAST and _PLACE.fullmatch(subject)):
                    c = subject + c  # (其中，城关村完成投资2亿元: a place is the entity, the head is still elliptical)
            elif i >= 1 and parts[i - 1][:1] in _SET_VERB.first and _SET_VERB.match(parts[i - 1]) \
                    and c not in _HEAD_SET and (parts[i - 1] != "开工" or c.endswith(("项目", "工程"))):
                c = parts[i - 1] + c  # 谋划储备项目, 竣工项目数, 建成平台: the verb says which set is counted
                if i >= 2 and parts[i - 2][-1:] in "未前划期" and (how := _SET_HOW.search(parts[i - 2])):
                    c = how.group() + c  # 未开工重点项目, 提前开工项目, 未按计划开工项目: which of the set (未 is no noise here)
            if c[-1:] in _PLACE_LAST and _PLACE.fullmatch(c):
                return None  # 其中，城关镇完成5.2亿元: a place, not what is measured (M5)
            if c[-1:] in "门局" and i + 1 < len(parts) and _ORGAN.fullmatch(c):
                return None  # 其中：税务部门完成21334万元, 国税局完成13040万元: the organ that collected it (M5)
            if "区" in c[4:9] and (zone := _ZONE_LEAD.match(c)) and len(c) - zone.end() >= 4:
                c = c[zone.end():]  # 江陵经济开发区面积: the zone's own name is the entity, its kind stays (M5)
            if ("镇" in c[2:4] or "乡" in c[2:4] or "街道" in c[2:5]) and (town := _TOWN_LEAD.match(c)):
                c = c[town.end():]  # 2020年万寿镇新增规上企业2家: the town is the entity (M5)
            elif "村" in c[2:4] and (village := _VILLAGE_LEAD.match(c)) and (head := split_head(c[village.end():])) and head[0]:
                c = c[village.end():]  # 南岗茶村茶叶产量达800斤: the village is the entity (M5)
            if ("镇" in c[2:4] or "乡" in c[2:4]) and (town := _TOWN_NAME.match(c)) and (head := split_head(c[town.end():])) \
                    and head[0]:
                c = c[town.end():]  # 平湖镇食用菌年产量达2.33万吨: the town is the entity, as a village is (M5)
            elif "景区" in c[2:6] and (spot := _SPOT_LEAD.match(c)) is not None:
                c = c[spot.end():]  # 大峡谷景区进山人数40万人, 甲景区年接待游客80万人次: the scenic area is the entity (M5)
            if "等" in c and (examples := _EXAMPLES_LEAD.match(c)) is not None and len(c) - examples.end() >= 4:
                c = c[examples.end():]  # 爆炸、杀人等八类严重暴力刑事案件: the class, not its examples
            if "城市" in c and (cities := _CITIES_LEAD.match(c)) is not None and len(c) - cities.end() >= 3:
                c = c[cities.end():]  # 全国339个地级及以上城市平均优良天数比例: the cities are the entity (M5)
            if ("院" in c or "机关" in c or "法" in c[:6] or "委" in c[:12] or "警方" in c or "公安" in c or "政府" in c[:4]) \
                    and (body := _BODY_LEAD.match(c)) is not None \
                    and len(c) - body.end() >= 2:
                c = c[body.end():]  # 本院共受理审查逮捕案件, 最高人民法院受理案件: the court or the organ is the entity (M5)
            if "各" in c[1:] and (kinds := _ALL_KINDS.search(c)) is not None:
                c = c[:kinds.start()] + c[kinds.end():]  # 受理各类审查起诉案件, 投入各级各类财政扶贫资金: every kind is no kind
            if c[-1:] in "化设造宽建" and (road := _ROAD_AT.match(c)) is not None:
                c = c[road.end():]  # 五官村下勺峰至五官道路硬化4公里: the road's place is the entity
            if "已" in c[3:] and (there := _PLACE_ALREADY.match(c)) is not None:
                c = c[there.end():]  # 与甲区接壤的乙片区就已落户…项目: the place is the entity, what it has done is named (M5)
            if c[0].isdecimal() and (counted := _COUNTED.match(c)) and len(c) - counted.end() >= 3:
                c = c[counted.end():]  # 为120家市场主体融资1.35亿元: the firms' number is no part of the amount's name
                if c[-1:] != "数" and (places := _PLACES_COUNTED.match(c)) is not None and len(c) - places.end() >= 2:
                    c = c[places.end():]  # 52个省对外开放重点县(市、区)出口: the counted places are the entity (M5)
            if ("公司" in c or "集团" in c) and _FIRM.match(c):
                c = _FIRM.sub("", c)  # 振华汽车有限公司投资3000万元: the firm is the entity, not the measure (M5)
            return normalise(c)
    return None
