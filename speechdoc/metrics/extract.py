"""Which quantities are metrics (rules M1–M3), and their fields, one block at a time.

Works on view offsets of the folded text and returns compact :class:`Found`
records; the package ``__init__`` turns them into pydantic models at the end.

A run of rules that all need one cue stands behind one test of it, marked ``# (rule group: …)``,
so a value without the cue reads one test, not every rule's guard: a rule put in a group must need
its test (tests/test_metric_rule_groups_r.py reads each group's rules one by one and holds the
metrics equal).

>>> fold = "2020年,全市完成地区生产总值×亿元,增长×%,居全省第×位,较年初目标值(×%)高×个百分点。"
>>> [(f.quantity.unit, f.direction, f.kind, f.period, f.indicator)
...  for f in extract_block(fold, 0, len(fold), None, {})]  # doctest: +NORMALIZE_WHITESPACE
[('亿元', 'level', 'actual', '2020年', '地区生产总值'),
 ('%', 'increase', 'actual', '2020年', '地区生产总值'),
 ('%', 'level', 'target', '2020年', '地区生产总值增速'),
 ('个百分点', 'increase', 'actual', '2020年', '地区生产总值增速')]
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import partial
from operator import attrgetter
from typing import NamedTuple

from . import context as cx
from ..lazy import lazy
from .quantity import Quantity, parse_quantity
from .scan import Phrase, clause_bounds, phrases

__all__ = ["Found", "extract_block"]

WINDOW = 240  # characters of sentence context read before a value (bounded work per metric)
PERIOD_WINDOW = 2000  # a period carries this far through ;-joined clauses of one sentence
PERIOD_REACH = 64  # a period expression is under 40 characters: a match never depends on text further on
TEXT_CAP = 300  # a clause longer than this each side of its value is cut in Metric.text (storms: bounded copies)

COUNT_UNITS = frozenset("个 项 件 次 家 所 座 台 辆 套 条 处 名 位 批 批次 宗 笔 户 人 人次 户次 件次 场次 架次 艘次 车次 辆次 班次 列次 张 艘 架 株 棵 场 部 起 眼 例 "
                        "栋 间 床 种 箱 盏 口 份 篇 期".split())  # (机井921眼, 孕产妇死亡3例: wells and cases)
_PCTLIKE = frozenset({"%", "倍", "成", "个百分点"})
_LICENSE = lazy(
    r"(?:了|有|等|共|计|达|达到|超过|突破|新增|完成|开工|竣工|建成|引进|签约|新建|创建|认定|获批|投产|累计|"
    r"新开工|复工|开复工|复产|达产|入库|纳统|改造|培育|实施|新开办|开办|(?<![的和与])建设|(?:发展|增加|增长|扩大|上升|提高|减少|下降|降低|压减)(?:到|至)|增至|减至)$")
#: the whole a share is of, counted (占提案总数的4%)
_OF_ALL = lazy(r"([\u4e00-\u9fff]{1,8}?)总数")
#: deeds of a congress or a conference a count of what they handled follows (听取审议22个…报告, 检查5件法律实施情况,
#: 开展2次专题询问, 作出1项决议, 举办33期学习班): the things handled, counted
_DEED_LICENSE = lazy(r"(?:审议|听取|检查|作出|开展|举办|审查|办理|视察|形成|补助|资助|覆盖)$")
_DEED_LICENSE_LAST = frozenset("议取查出展办理察成助盖")
#: the same deed's count of one thing (or of several, 开展5项执法检查、2项专题询问、7项专题调研), then a list mark:
#: the next count is of what the deed handled too
_DEED_LISTED = lazy(r"((?:听取)?审议|听取|检查|作出|开展|举办|审查|办理|视察)(?:[0-9]{1,5}[个件项次场][\u4e00-\u9fff]{1,12}?[、和及与]){1,4}$")
#: a count a verb of result licenses, then a list mark: the next count is of what the verb did too (建成609个美丽宜居乡村、
#: 31个特色田园乡村; 全县有609个乡村、31个村庄)
_COUNT_LISTED = lazy(r"(?:有|新增|完成|建成|新建|创建|认定|培育|引进|签约|开工|竣工|投产|实施|改造|获批|共|累计)"
                     r"[0-9]{1,6}(?:\.[0-9]+)?万?[个家所座条户处项件套台辆只头][^，,；;。：:、和及与0-9]{1,14}"
                     r"(?:、[0-9]{1,6}(?:\.[0-9]+)?万?[个家所座条户处项件套台辆只头][^，,；;。：:、和及与0-9]{1,14})*、$")
#: 832个贫困县全部摘帽: a count in subject position that a result predicate makes a metric
#: (…名学生被录取; 除甲村4户未兑现外, 5个项目尚未开工: the units that have not done it)
_NOT_DONE = r"(?P<noun>[\u4e00-\u9fff]{0,4}?)(?:尚未|未|没有)(?P<verb>完成|开工|竣工|兑现|到位|签订|签约|落实|达标|脱贫|摘帽|投产|整改|办结|销号)"
_RESULT_AFTER = lazy(r"^(?:[\u4e00-\u9fff]{1,6}?(?:全部|均已|已全部|全面完成|全部完成|被)|" + _NOT_DONE + ")")
_NOT_DONE_AFTER = lazy("^" + _NOT_DONE)
#: a count that opens its clause as the subject of what the units did, to the clause's end:
#: 27个项目进行设备安装调试, 全镇4个村开展“一事一议”项目 (not 成立3个工作组开展督查: there the count
#: is an object; not 42项重大实施项目仅完成…: 实施项目 is a name); a set of projects named at length
#: (6个有机更新项目竣工验收); or no noun, after 即将/正在, where the sentence's count before says what is counted
#: (…，4个即将竣工验收)
_SUBJECT_DID = lazy(r"(?:(?P<noun>(?!即将|正在|已|均已|都已)[\u4e00-\u9fff]{1,4}?|[\u4e00-\u9fff]{1,8}?(?:项目|工程))|(?=即将|正在))"
                   r"(?:已经|均已|已全部|已|基本上|基本|如期|顺利|提前|全部|相继|陆续|纷纷|先后){0,2}(?P<adv>即将|正在|正(?=开展|进行|实施|推进))?(?P<pred>(?:进行|开展|实施|超额完成|完成|实现|启动|建成|投产|开工|竣工|通过|获得|入选|纳入|列入|达标|进场|入驻|开业|复工|复产|脱贫|摘帽|出列|退出|落户|落地|达产|关停|关闭|投入使用|投用|装修|清障|招标|受益)(?!项目|工程)"
                   r"[^，,；;。！？!?]{0,14})(?=[，,；;。！？!?]|$)")
_PLACE_ENDS = frozenset("区园镇乡道村")
_PLACE_BEFORE = lazy(r"(?:园区|开发区|产业园|工业园|街道|[\u4e00-\u9fff]{2}[镇乡村])$")
#: verbs that make the units counted after them do what follows (推动8个项目启动增资扩产): they are its subject
_CAUSE = lazy(r"(?:推动|带动|促成|促进|引导|帮助|督促|指导|组织|支持)$")
_CAUSE_ENDS = frozenset("动成进导助促组持")
#: a result a place achieved, opening the clause before the units that achieved it (实现了全县128个贫困村全部出列)
_RESULT_OPEN = lazy(r"实现了?(?:全[镇乡县市区]|我[镇乡县市区])")
_CLAUSE_OPEN = lazy(r"(?:全[镇乡县市区省州旗]|我[镇乡县市区省]|其中|其余|另有|还有|另|目前|今年|全年)?")
_CAPACITY = lazy(r"(?:年产|日产|年产能|年处理|年加工|年吞吐)$")
_MODIFIER_NEXT = lazy(r"^的[\u4e00-\u9fff“]")
#: what may follow an amount of money that is itself the value (3000亿元大关, 1800亿元、增长…), among them
#: the adverbs and verbs that open its predicate, where no noun follows for the amount to size: 每亩纯收益92元计,
#: 产值一百亿元不包括在内, 比预算数…元少, 498亿元只差38亿元, 一百七十亿元作比较, 五十七万元之多, 八十五元这个水平
_AMOUNT_NEXT = lazy(r"^(?:大关|台阶|关口|规模|左右|以上|以下|以内|上下|多|余|增|减|降|提高|上升|回落|跃|到|至|突破|不等|"
                          r"同比|比|较|占|人民币|(?:以)?后(?=[，,；;])|并(?![购列网入轨])|而且|"  # (投入16亿元并…: a deed follows)  # (加上…调入资金6.91亿元后，收入总计…: the sum so far)
                          r"计(?!划)|不(?:包括|含|计)|只|仅|少(?![数年儿量])|作(?:为|比较)|之多|这[个一]|整整|已|均|全部|都|将(?!军)|"
                          # what the money is for, said after it (安排资金500万元用于…, 国债3000亿元支持以旧换新)
                          r"(?:专项|专门|重点|主要)?(?:用于|用来|(?:支持|扶持|补助|奖励|帮助)(?!资金|政策|项目|力度|标准))|"
                          r"[、和及与]|的(?:增长|目标|任务|要求)|(?:的|这一|这个)?(?:目标|任务)(?!企业|客户|项目|群体|人群|市场|值))")
#: the goal a figure says was passed, right before it (超目标任务200亩, 超年度任务15%; not 赶超, 追超)
_OVER_TASK = lazy(r"(?<![赶追])超(?:额完成)?(?:全年|年度|年初|上级|县定|市定)?(?:目标)?任务$")
#: funds named after their amount (1700万元水利“最后一公里”项目资金, 500万元奖补资金): the amount is theirs,
#: not a size class (not 资金池, 资金项目: a thing the funds make)
_FUNDS_NEXT = lazy(r"[^，,；;。：:、的\n]{0,14}?(?:资金|经费|款项)(?![\u4e00-\u9fff])")
#: what an amount before 的 can be the figure of: the level or goal compared with (三千万担的水平, …的指标), a
#: verbs that open a count of what was newly made or won (新增企业: no sector)
_NEW_WORDS = frozenset(("新增", "新建", "新引", "引进", "培育", "新培", "净增"))
#: capacities and whole-chain outputs a sentence's subject owns (年加工能力, 全产业链产值)
_CAPACITIES = frozenset(("年加工能力", "加工能力", "年产能", "产能", "全产业链产值", "综合产值"))
#: a sentence that opens with an industry or a park as its subject (奶山羊产业形成…, 工业园区入驻企业…)
_SUBJECT_OPENS = lazy(r"(?:全[县市区镇乡])?(?:(?P<crop>(?!等)[\u4e00-\u9fff]{2,5}?)(?<!支柱|主导|特色|新兴|优势|重点|传统|工业|农业)产业(?=形成|发展|实现|已|现有|不断|持续|加快|初具)"
                      r"|(?P<park>[\u4e00-\u9fff]{0,6}?(?:工业园区|产业园区|园区|开发区))(?=入驻|现有|已有|共有|新引进|引进))")
#: what follows 产量 before a list of products and their figures (产量：, 产量大幅增长，其中：)
_OUTPUT_LABEL = lazy(r"[:：]|[^。；;：:]{0,8}[，,]其中[:：]")


def _output_label(fold: str, lo: int, cs: int) -> bool:
    """Is there a 产量 label (产量：, 产量大幅增长，其中：) between ``lo`` and ``cs``? An item's own 产量 after it
    (…，其中：甲实现产量303136吨；乙446319吨) is passed over."""
    lab = fold.rfind("产量", lo, cs)
    while lab >= 0:
        if _OUTPUT_LABEL.match(fold, lab + 2, cs):
            return True
        lab = fold.rfind("产量", lo, lab)
    return False


#: a mark passed, then the figure reached right after it (…大关，达到20034万元) or its placeholder (突破百亿元大关，达X亿元)
_STEP_THEN_FIGURE = lazy(r"(?:大关|台阶|关口)[，,、]?[ \u3000]?(?:达到|达|为|实现|完成)[ \u3000]?[0-9０-９XxＸｘ×*＊]")
#: a figure, then the clause that says which mark it passed (…1001.8亿元，突破千亿元大关): the figure and its clause
#: stop before the verb (the verb opens the phrase: 突破 is a prefix) or with it
_PASSED = ("突破", "跨上", "跨越", "迈上", "迈过", "跃上", "站上", "越过", "跨过", "超过")
_FIGURE_CLAUSE = r"[0-9０-９][万亿千]?[\u4e00-\u9fff]{0,3}[，,、][ \u3000]?"
_FIGURE_BEFORE_STEP = lazy(_FIGURE_CLAUSE + "$")
_FIGURE_BEFORE_PASSED = lazy(_FIGURE_CLAUSE + "(?:" + "|".join(_PASSED) + ")$")
#: result (亩产三百四十八斤的好收成, 创造了…的新纪录, 跨上8000亿斤的新台阶)
_ACHIEVED_NEXT = lazy(r"^的(?:水平|(?:[一二两三四五六七八九十]{1,2}[项个大])?(?:主要)?指标|好?收成|好?成绩|佳绩|(?:新|历史)?纪录|(?:历史)?最高水平|(?:较|很|更)?高水平上?(?![\u4e00-\u9fff])|大?丰收|新?台阶)")
#: a range before 的 and a figure is the class the figure counts: 亩产1,500—2,000斤的21,228亩
_CATEGORY_NEXT = lazy(r"^的有?[ \u3000]?[0-9０-９一二两三四五六七八九十百千XxＸ×*]")
#: a figure a plan or rule set, named after 规定的 and before 的(指标/速度/水平): 纲要规定的四百斤的指标
_STIPULATED = lazy(r"规定的[^，,；;。：:]{0,14}$")
#: a plan's own figure before the share of it that was done: 完成年计划710亿元的89.4%, 占年度计划15.3亿元的44.8%
_PLAN_FIGURE_NEXT = lazy(r"^的[ \u3000]?(?:百分之|[0-9０-９.．]{1,8}[ \u3000]?[%％]|[XxＸｘ×*＊]{1,5}[%％])")
_PLAN_FIGURE_BEFORE = lazy(r"(?:计划|目标|任务|预算)数?[ \u3000]*$")
#: the qualifiers that license a small count (至少两个): words, looked for as substrings
_COUNT_QUAL = ("至少", "不少于", "不低于", "不能低于", "超过", "多于")


def _count_qualified(lead: str) -> bool:
    """Whether a qualifier of _COUNT_QUAL stands in ``lead`` (a count's text before it, up to 240
    characters: a substring test each costs a tenth of a regex search of it)."""
    return ("少" in lead or "于" in lead or "过" in lead) and any(w in lead for w in _COUNT_QUAL)
#: (工业生产出现了4个转折, 财贸工作争得了3个上升: the parts of what a speech says, not counts)
_DISCOURSE = lazy(r"^(?:个)?(?:方面|范畴|点意见|点希望|点要求|条意见|个字|字|转折|转变|上升|突破|变化|特点)(?![\u4e00-\u9fff])")
_THRESHOLD_NEXT = lazy(r"^(?:[\u4e00-\u9fff(（)）0-9０-９X×*]|的)")
#: (a count followed by a change is where the change starts: 由13677户49479人减至887户)
_NOT_THRESHOLD = lazy(r"^的?(?:增长|增幅|增速|下降|提高|上升|目标|要求|任务|(?:减|降|增|升)[至到]|减少到|降低到|增加到|发展到"
                     r"|达到|提升到)")  # (从目前的2%以上达到2.8%以上: where a change starts, bounded)
_NOT_THRESHOLD_FIRST = frozenset("增下提上目要任减降发升达")


def _not_threshold(nxt: str) -> bool:
    """``_NOT_THRESHOLD.match(nxt)``, tried only where its first word can start."""
    c = nxt[1:2] if nxt[:1] == "的" else nxt[:1]
    return c in _NOT_THRESHOLD_FIRST and _NOT_THRESHOLD.match(nxt) is not None
#: a count followed at once by the name of another measure and its figure (供应土地X宗面积X亩, 签约项目
#: 12个总投资30亿元): the words after the count name the next figure, not what the count counts
_NEXT_MEASURE = lazy(r"^[\u4e00-\u9fff]{0,3}[积资额值模数度程量](?:为|达到?|约|共|计)?[0-9０-９XxＸｘ×*＊]")
_PROGRAMME_NEXT = lazy(r"^[\u4e00-\u9fff“”\"]{0,5}行动")
_VISITED = lazy(r"(?:观摩|参观)(?:了|考察了?)?(?:全县|全市|全区)?$")
_NESTED_NAME_NEXT = lazy(r"^[“\"]?(?:[0-9０-９]{1,3}|[一二两三四五六七八九十百千]{1,3})大")
_ZERO = lazy(r"(?:(?<=[数量额])|(?<=[数量额][均都]))为零")  # (事故起数、死亡人数均为零: one shared value, M3)
_LIST_GAP = lazy(r"[ \u3000]*[、和及与][ \u3000]*")
#: the next area of a list of gaps: (高于全国4个百分点)、全省(4.7个百分点)
_NEXT_AREA = lazy(r"[ \u3000]*[、和及与][ \u3000]*(?:比|较)?(?P<area>全[市省国县区])(?:平均水平|平均|水平)?[ \u3000]*")
_GOAL_PAREN = lazy(r"目标值?[(（]$")
#: a goal named right after a figure and 的 (…3.1%以上的节能减排量化目标), and what follows it in the clause
_GOAL_OF_FIGURE = lazy(r"的[^，,；;。：:、的]{0,10}?目标(?!任务|值|企业|客户|项目|群体|人群|市场)(?P<rest>[^，,；;。]{0,8})")
#: words that say the goal was met (实现了8%的增长目标, 8%的目标如期完成): its figure is what was done
_GOAL_MET = lazy(r"完成|实现|达到|超额|超过|已")
#: the measure a goal names right after its figure and 的 (5%左右的经济增速目标; not 的年度目标, 的目标任务)
_GOAL_NAMED_AFTER = lazy(r"(?![年全本今明阶奋发工总])(?P<what>[A-Za-z\u4e00-\u9fff]{0,8}?(?:增速|增幅|涨幅|降幅|增长率?|速度|比重|率))"
                         r"(?:预期|调控)?目标(?!任务|值|企业|客户|项目|群体|人群|市场)")
_VSTART = attrgetter("vstart")
#: the opening marks of a title or a quotation (《, “, 「, ")
_QUOTES_OPEN = lazy('[《“「"]')
_PARENS = lazy("[(（)）]")
#: the opening of a parenthesis that gives wider areas' figures for comparison (增长11.0%(全国10.7%、全省10.1%))
_AREA_IN_PARENS = lazy(r"[(（](?:[^()（）]{0,30}?[、，,；;])?[ \u3000]*(?:全国|全省|全市|全区|全县|全州)[:：]?[ \u3000]*[-－−]?")
_GROWTH_FIGURE_BEFORE = lazy(r"(?:增长|下降|增加|减少|上升|回落|提高|降低)了?[ \u3000]*[-－−]?[0-9.]+[ \u3000]*[%％]$")
_INDICATOR = attrgetter("indicator")
#: (人.其中: a site's ASCII full stop, looked behind once read: every alternative opens with a character, so a
#: search skips to them by one class scan, ten times faster than with the lookbehind first)
_SEMI_STOP = lazy(r"[。！？!?；;]|\.(?<=[\u4e00-\u9fff]\.)(?=[\u4e00-\u9fff])")


class Found(NamedTuple):
    clause: tuple[int, int]
    phrase: tuple[int, int]
    value_span: tuple[int, int]
    quantity: Quantity
    indicator: str | None
    direction: str
    basis: str | None
    kind: str
    period: str | None


#: ``_found((clause, phrase, …))`` is ``Found(clause, phrase, …)`` made by the C tuple constructor, without the
#: Python-level ``__new__`` a NamedTuple calls (a third of the time; one is made for every metric)
_found = partial(tuple.__new__, Found)


_DISCOURSE_FIRST = frozenset("个方范点条字转上突变特")
#: units of a place's position and climate, and the words that say so (in the sentence, up to 16 characters before)
_NATURE_UNITS = frozenset(("度", "公厘", "毫米", "米", "公尺"))
_NATURE_BEFORE = lazy(r"(?:北纬|南纬|东经|西经|摄氏|华氏|气温|温度|零下|雨量|降水量?|降雨量?|海拔|拔海)[^。；;！？!?]*$")
_CAPACITY_LAST = frozenset("产能理工吐")
_SET_OUT_UNITS = frozenset(("项", "条"))
#: the goals, tasks or measures a plan sets out, counted (…7项指标, 12项具体措施)
_SET_OUT_NOUN = lazy(r"(?:具体|主要|重点|重大|约束性|预期性|量化)?(?:指标|任务|措施|举措|目标|要求)")
#: a verb that sets them out, and a verb that says they were done (完成重点任务36项 counts a result)
_SET_OUT_VERB = lazy(r"提出|确定|明确|制定|设置|设定|细化|部署")
_SET_DONE = lazy(r"完成|实现|达到|落实|推进|开展|实施|未|没有|超")
_CLAUSE_STOP = lazy(r"[，,；;。！？!?：:\n]")


def _sets_out(nxt: str, before: str, after: str) -> bool:
    """Does a count in 项/条 say how many goals or tasks a plan sets out? ``before`` is up to 40 characters
    of its block before it, ``after`` the text after it: a setting verb before, with no verb of doing after
    it in the clause (确定的36项重点任务全部完成 counts a result), and the goals named right after the count
    (…等7项指标) or, at its clause's end, before it (确定重点任务36项, 指标细化提出20项)."""
    verb = cx.last_match(_SET_OUT_VERB, before)
    if verb is None or _SET_DONE.search(before, verb.end()):
        return False
    if (cut := _CLAUSE_STOP.search(before, verb.end())) is not None and before[cut.start()] != "\n":
        return False  # 制定措施5项，修订制度23条: the setting verb is the clause before's, not this count's
    line_end = after.lstrip(" \u3000")[:1] in ("", "\n")
    if (stop := _CLAUSE_STOP.search(after)) is not None:
        after = after[:stop.start()]
    if _SET_DONE.search(after):
        return False
    if _SET_OUT_NOUN.match(nxt):
        return True
    if line_end and "\n" not in before[verb.start():]:
        return True  # 主要目标指标⏎细化提出20项⏎: a count that ends its line names nothing; the heading above names the goals
    if nxt[:1] not in ("", "，", ",", "。", "；", ";", "、", "\n"):
        return False
    tail = before[max(0, verb.start() - 8):]
    return _SET_OUT_NOUN.search(tail) is not None
#: the rest of a parenthesis that ends by saying it holds for the text below (…，下同)
_DEFINED_BELOW = lazy(r"[^()（）。；;！？]{0,20}?下同[)）]")
#: what makes the figure after 以 a dividing line: 以四十斤为界 (not 以…22%为限, a cap set)
_BOUNDARY_NEXT = ("为界", "为分界", "为标准")


def _dropped_unclaused(fold: str, p: Phrase, q: Quantity, nxt: str, s: int, sq: Callable[[int, int], str],
                       said_below: bool = True) -> bool:
    """Rules M1–M2 that need no clause: is this quantity (with a unit) surely no metric? Asked of
    every value of a block before its clauses are cut, so a block whose values all fail here (一个,
    两项, 这方面 …: most blocks that hold no metric) cuts none. ``nxt`` is what follows the value;
    ``said_below``: whether 下同 is written in the block or within 24 characters after it."""
    unit = q.unit
    first = nxt[:1]
    if first in _DISCOURSE_FIRST and _DISCOURSE.match(nxt):
        return True
    if unit == "度" and first in ("假", "过"):
        return True  # xx度假村, XX度假区: a name's placeholder and the word after it, not degrees
    if unit in _SET_OUT_UNITS and _sets_out(nxt, sq(max(s, p.start - 40), p.start), fold[p.end:p.end + 16]):
        return True  # 提出…等7项指标, 确定重点任务36项, 提出了12项具体措施: how many goals or tasks a plan
        # sets out is its structure (M2, as *項具體任務), not a figure of the work
    if first in "级台大关":  # (rule group: a size class or a mark passed, named by the word after the figure)
        if first == "级" and unit not in COUNT_UNITS:
            return True  # 第一个10亿级产业, 百亿级产业集群, 万吨级码头: the size a class is named by, not a figure (M2)
        if first == "台" and nxt.startswith("台阶") and fold[p.start - 1:p.start] == "个":
            return True  # 连跨两个千亿元台阶: the size of each step passed, not a figure reached
        if first in "大台关" and _STEP_THEN_FIGURE.match(nxt):
            return True  # 地方财政收入突破两亿元大关，达到20034万元: the mark passed, when the figure reached follows
        if first in "大台关" and nxt.startswith(("大关", "台阶", "关口")) and (
                fold.startswith(_PASSED, p.start) and _FIGURE_BEFORE_STEP.search(sq(max(s, p.start - 12), p.start))
                or _FIGURE_BEFORE_PASSED.search(sq(max(s, p.start - 14), p.start))):
            return True  # 规模工业产值1001.8亿元，突破千亿元大关: the mark passed, right after the figure reached
    if said_below:  # (rule group: 下同 in the block or right after it)
        if fold.find("下同", p.end, p.end + 24) >= 0 and _DEFINED_BELOW.match(fold, p.end, p.end + 24):
            return True  # (进展情况占比低于91.7%或增幅低于目标任务，下同): a parenthesis that defines a term for the
            # text after it sets a line, it reports no figure (M2, as a category threshold)
    if unit in _NATURE_UNITS and _NATURE_BEFORE.search(sq(max(s, p.start - 16), p.start)):
        return True  # 位于北纬31度, 平均气温为摄氏17度，最高41度, 年雨量1100公厘, 海拔800米: where a place lies
        # and its climate describe it; they measure no work (not M1)
    if unit in COUNT_UNITS:  # (rule group: counts that name a visit or a programme)
        if unit in COUNT_UNITS and _VISITED.search(sq(max(s, p.start - 8), p.start)):
            return True  # 上午大家现场观摩了x个项目: the places a meeting visited (M2, how the work is organised)
        if unit in COUNT_UNITS and _NESTED_NAME_NEXT.match(nxt):
            return True  # 以实行5个10大项目为载体, 三个十大工程: a count of numbered sets is a programme's name (M2)
        if "行动" in nxt and unit in COUNT_UNITS and _PROGRAMME_NEXT.match(nxt):
            return True  # 开展甲、乙等8个专项行动: the actions of a programme are its name (M2), not a result
    if (p.phrase.endswith("以上") and _THRESHOLD_NEXT.match(nxt) and not _NOT_THRESHOLD.match(nxt)
            and not (unit == "%" and nxt.startswith("的")) and unit not in ("个", "项", "家")):
        return True  # 5000万元以上项目: a size threshold, not a quantity (招引20个以上过亿项目 counts the projects)
    if first == "的" or first == "为":  # (rule group: a figure that describes or divides, by the 的 or 为 after it)
        if first == "的" and p.kind != "pct" and unit not in _PCTLIKE and _MODIFIER_NEXT.match(nxt) \
                and not _NOT_THRESHOLD.match(nxt[1:]) and not _ACHIEVED_NEXT.match(nxt) \
                and not _invested(fold, p, s, unit) and not _ranked_by(fold, p, nxt):  # (三千万担的水平, …的指标: the level or goal compared with)
            return True  # 时速350公里的高铁, 总投资50亿元的项目: the amount describes a thing
        if first == "的" and nxt[1:2] in _CLAUSE_ENDS and p.phrase.endswith(("以上", "以下")):
            return True  # 至于六十斤以下的，…: those above or below the figure, a class named (M2), not a quantity
        if first == "为" and nxt.startswith(_BOUNDARY_NEXT) and fold[p.start - 1:p.start] == "以":
            return True  # 以四十斤为界分别统计: the line a count is split at, not a quantity (M2)
        if first == "的" and q.value_high is not None and unit not in _PCTLIKE and _CATEGORY_NEXT.match(nxt):
            return True  # 亩产1,500—2,000斤的21,228亩: the class the next figure counts (a category threshold, M2)
    base_unit = unit.lstrip("万亿千百十")
    if base_unit in ("元", "美元", "欧元") and first and "\u4e00" <= first <= "\u9fff" \
            and not _AMOUNT_NEXT.match(nxt) and not _FUNDS_NEXT.match(fold, p.end, p.end + 20) \
            and not _invested(fold, p, s, unit, first != "的") and not _ranked_by(fold, p, nxt) \
            and not (first == "的" and _PLAN_FIGURE_NEXT.match(nxt) and _PLAN_FIGURE_BEFORE.search(fold, max(s, p.start - 6), p.start)):
        return True  # 首个300亿元园区, 10亿元项目: a size class, not an amount
    if p.kind != "han":
        return False
    if base_unit == "次" or p.vend - p.vstart == 1 and (
            fold[p.vstart] in "百千" and not (base_unit in ("元", "美元") and unit != base_unit)
            or fold[p.vstart] == "十" and (base_unit in COUNT_UNITS or not base_unit)):
        return True  # 两次会议; 百名干部, 信心百倍, 千万不能 (十万亿元, 十个百分点, 突破百亿元 are amounts)
    if unit == base_unit and base_unit in COUNT_UNITS and (q.value is None or q.value < 10 or p.vend - p.vstart < 2):
        return _unlicensed_count(fold, p, q, s, sq, nxt)
    return False


_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")


def _cut_decimal(fold: str, p: Phrase) -> bool:
    """Is the number a piece of one whose decimal point a site wrote as a full stop (畜牧业产值9。684亿元，同比增长12。5%)?
    Read at the full stop the two pieces would be two wrong values (684亿元, 12); neither is kept."""
    v = p.vstart
    if v >= 2 and fold[v - 1] == "。" and fold[v - 2] in _DIGIT_CHARS:
        return True
    e = p.vend
    return not p.has_unit and e + 1 < len(fold) and fold[e] == "。" and fold[e + 1] in _DIGIT_CHARS


def _invested(fold: str, p: Phrase, s: int, unit: str, bare: bool = False) -> bool:
    """投资2.4亿元的甲项目: the amount invested in a project named after it is a metric (M1, the project's
    investment), unlike the size of a thing (时速350公里的高铁) or a size class (首个300亿元园区). ``bare``:
    the name follows with no 的 (加快投资5000万元大陈村蓝莓基地建设, 计划投资2亿元在我镇兴建…)."""
    return unit.endswith("元") and cx.squeeze(fold[max(s, p.start - 4):p.start]).endswith("投资") \
        and not fold.startswith(("项目", "工程", "重大项目", "重点项目", "大项目"), p.end + (0 if bare else 1)) \
        and not (bare and fold.startswith(_SIZE_CLASS_WORDS, p.end))  # (总投资50亿元的项目, 投资亿元级项目: none named)


#: what a place ranks by, named after 以…的 (金水区以3.29亿美元的出口总额遥遥领先, 以12.5亿元的财政收入位居全市第一)
_RANKED_BY = lazy(r"的(?P<by>(?!规模|水平|成绩|优势|速度|佳绩|总分)[\u4e00-\u9fff]{2,10}?)(?:遥遥|稳居|位居|位列|居|排名|名列|领先)")


def _ranked_by(fold: str, p: Phrase, nxt: str) -> bool:
    """Is the figure the measure a place ranks by (``以3.29亿美元的出口总额遥遥领先``): a metric of that measure."""
    return fold[p.start - 1:p.start] == "以" and _RANKED_BY.match(nxt) is not None


#: what makes an amount right before it a size class, not a project's investment (投资10亿元级, 投资1亿元企业)
_SIZE_CLASS_WORDS = ("级", "规模", "企业", "产业", "园区", "类", "档", "左右的", "以上的")

#: the project named after 投资…元的: its name, without the capacity (年产X万吨) that opens it, up to a list
#: mark, a figure or 项目
_PROJECT_NAMED = lazy(r"[ \u3000]*(?:(?:[\u4e00-\u9fff]{2,8}?(?=年产|日产))?(?:年产|日产)?[ \u3000]*[0-9０-９.XxＸ×*]{1,8}[ \u3000]*"
                      r"(?:万吨|吨|万台|台|万辆|辆|万件|件|万套|套|兆瓦|万千瓦|千瓦|万平方米|平方米)[ \u3000]*)?"
                      r"(?P<name>[^、，,；;。：:（(“”0-9０-９XxＸ×*一二两三四五六七八九十 \u3000]{2,16}?)(?=项目|工程|等|[、，,；;。：:]|$)")

#: what a project named after its investment did, written right after its name (实现投产运营, 已建成投产)
_PROJECT_DID = lazy(r"(?:实现|已经|已|正在|顺利|建成|投产|开工|竣工|进入|完成)[\u4e00-\u9fff]*$")
#: the days a pollutant led, named by it (PM2.5为首要污染物天数): its days over the standard follow
_LEADING_POLLUTANT = lazy(r"([A-Za-z0-9.₀-₉]{1,6}|[\u4e00-\u9fff]{2,6})为首要污染物天数$")
#: units whose change in % is a change of their number: cases, and firms newly set up (新设…企业/市场主体/个体工商户)
_COUNTED_BY_CHANGE = lazy(r"(?:案件|新设[\u4e00-\u9fff]{0,8}?(?:企业|市场主体|个体工商户|农民专业合作社))$")
#: a net change said alone after the new ones of a set were counted (净增7家)
_NET = lazy(r"净(?:增|减)(?:加|少)?了?")
#: a deed done a day, said with no object after the count of what it made (平均每天新设5.52万户)
_DAILY_DEED = lazy(r"(?:平均每天|每天)(?P<deed>新设|新增|新登记|新注册)(?:户数|家数|数)?")  # (户数: the unit labelled it)
#: a net change a day, after the new ones a day were counted (日均新设企业2.2万户，日均净增1.2万户)
_NET_A_DAY = lazy(r"日均净[增减]")
#: a firm's name opening a project's name (甲股份有限公司啤酒项目)
_FIRM_IN_NAME = lazy(r"[\u4e00-\u9fff]{0,12}?(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司)的?")
#: the firm a project belongs to, written before it with 的 (甲塑胶公司的, 乙集团的, 丙钢厂的)
_OWNER = lazy(r"[\u4e00-\u9fff]{2,12}?(?:公司|集团|[钢铁化纸药酒糖]?厂)的")


def _unlicensed_count(fold: str, p: Phrase, q: Quantity, s: int, sq: Callable[[int, int], str], nxt: str) -> bool:
    """A small Chinese-numeral count (一个, 两项) that _keep keeps only for a qualifier (至少, 超过 …)
    or a verb of result right before it (_small_count): with neither in the block's text before it,
    no clause start can give one (the clause's text is an ending of that text)."""
    lead = sq(max(s, p.start - WINDOW), p.start)
    return not _count_qualified(lead) \
        and not _reported_count(fold, p, q, lead[-12:], lead, nxt)
    # (_SMALL_COUNT is read at the end: what _keep reads ends so)


#: a place in an area's ranking that a move starts from or reaches (由全盟19名上升至17名)
_AREA_RANK_MOVE = lazy(r"全[省市县区盟州国]第?\d{1,3}[位名](?:上升|下降|提升|前移|后移|跃升)(?:至|到|为)$")
_AREA_RANK_FROM = lazy(r"[由从]全[省市县区盟州国]$")
_RANK_MOVE_NEXT = lazy(r"(?:上升|下降|提升|前移|后移|跃升)(?:至|到|为)")
#: a ranking the clause (or the text just before it) speaks of: 排位, 排名, 位次, 第7位
_RANKED = lazy(r"排位|排名|位次|名次|第[ \u3000]*[\dX×*一二三四五六七八九十]{1,3}[ \u3000]*位")
#: a move up or down a ranking, counted in 位 (a metric, M1): 上升3位, 前移了2位
_RANK_MOVED = lazy(r"(?:上升|提升|前移|前进|进位|后退|后移|下降|下滑|退后|晋升)了?$")
#: the title of a speech, which names its occasion: 在…会议(仪式)上的讲话(致辞)
_TITLE_CLAUSE = lazy(r"^[\u4e00-\u9fff]{0,8}在.{2,60}?上的(?:讲话|致辞|发言|讲话稿|主持词|报告)(?:提纲)?$")
#: what units counted did at the meeting: 作了很好的发言, 做了表态发言, 作了交流汇报
_SPOKE = lazy(r"^[^，,。；;！!]{0,16}?[作做]了?[^，,。；;！!]{0,8}?(?:发言|汇报|表态|交流)[^，,。；;！!]{0,2}$")
#: the people who came to the meeting itself (共360多人参加了会议, 500多人出席大会)
_ATTENDED = lazy(r"(?:参加|出席|列席)了?(?:会议|大会|开幕式|座谈会)$|(?:参会|与会)$")
#: the area a share's whole belongs to, named right after 占 (占全市样本库的)
_WHOLE_AREA = lazy(r"占(全[国省市县区镇乡])")
#: a count right after an amount: 超50万元12个 (the amount is the class the count is of)
_COUNT_NEXT = lazy(r"^[\dXx×*＊]{1,6}(?:多|余)?[个家户项所村]")
#: the people of a place addressed or praised, after their number: 42万父老乡亲, 38万永修人民
_PEOPLE_NEXT = lazy(r"^[\u4e00-\u9fff]{0,4}?(?:人民|父老乡亲|父老|乡亲|儿女|同胞|干部群众|各族群众)")
#: a size class named by an amount: 50亿元规模的二级机构, 10亿元规模项目 (the units counted next are of that size)
_SIZE_CLASS_NEXT = lazy(r"^[\u4e00-\u9fff]{0,4}?规模(?:的|以上|项目|企业)")
#: a place described by its size: 一个近八亿人口的国家, 有六十万人口的农业大县 (not 占全县60万人口的30%)
_POPULATION_OF = lazy(r"^多?人口的[\u4e00-\u9fff]")


#: a count's name that lists members and then names their set after 等 (not 等等, 等级, 等方面)
_COUNTED_SET = lazy(r"、[^、等]{1,16}等(?:[\u4e00-\u9fff]{1,4}的)?(?P<set>(?![等的级额同次于方])[\u4e00-\u9fff]{2,10})$")
#: a line that opens with a short label and a colon (煤炭：, 钢:): a list of figures by item
_LINE_LABEL = lazy(r"[ \u3000]*(?P<label>[\u4e00-\u9fff]{1,8})[:：]")
#: labels that introduce or sum up, not name what is measured (一是：, 主要指标：, 具体情况如下：)
_NOT_LABEL = lazy(r"(?:是|为|如下|情况|指标|目标|任务|要求|方面|问题|其中|同志们|代表|意见|表现在|体现在|看|来看|说|讲|指出|强调|显示|表明"
                  # a transcript's speaker (财政司司长:, 记者:, 发言人:): who speaks names no figure
                  r"|[司部局厅处]长|记者|主持人|发言人|主席|书记|[市县省区]长|主任|院长|答|问)$")


def _whole_of_part(fold: str, s: int, ps: int, out: list[Found]) -> str | None:
    """The whole a part after 其中 belongs to: the last amount named before 其中 (in this sentence or
    the one before), with the same kind of unit as the part's amount just before the share; else None."""
    at = fold.rfind("其中", max(s, ps - 160), ps)
    if at < 0 or not out or out[-1].phrase[0] < at:
        return None
    unit = _base_unit(out[-1].quantity.unit)
    for g in reversed(out):
        if g.phrase[0] < at and g.indicator and _base_unit(g.quantity.unit) == unit:
            return None if g.indicator.endswith(_SHARES) else g.indicator
    return None


#: the measures a sector's bare growth can be of, nearest first when read back from it
_SECTOR_HEADS = lazy(r"增加值|营业收入|主营业务收入|销售收入|收入|产值|投资|利润|税收")


def _last_head(fold: str, a: int, z: int) -> str | None:
    """The measure named last in ``fold[a:z]`` among those a sector's growth can be of."""
    m = cx.last_match(_SECTOR_HEADS, fold[a:z])
    return m.group() if m else None


#: a row label printed on a line of its own (粮食总产量, 其中:谷物, 当年出栏猪)
_CELL_LABEL = lazy(r"(?:其中[:：])?(?P<label>[\u4e00-\u9fff]{2,10})")
#: the growth cell printed after a figure (0.5, -9.7): a bare number alone on its line
_CELL_NUMBER = lazy(r"[-－]?[0-9]{1,6}(?:[.][0-9]{1,3})?")
_CELL_BLANKS = " \u3000\t\r\n"


def _cell_label(fold: str, s: int, e: int, ps: int, pe: int) -> str | None:
    """The label of a figure alone in its block in a table printed one cell a line: the line before it, when
    the line after it is the row's next cell, a bare number (粮食总产量⏎⏎162817吨⏎⏎0.5); else None."""
    if fold[s:ps].strip(_CELL_BLANKS) or fold[pe:e].strip(_CELL_BLANKS):
        return None
    i = s - 1
    while i >= 0 and fold[i] in _CELL_BLANKS:
        i -= 1
    j = e
    while j < len(fold) and fold[j] in _CELL_BLANKS:
        j += 1
    if i < 0 or j >= len(fold):
        return None
    nxt_end = fold.find("\n", j)
    if _CELL_NUMBER.fullmatch(fold, j, nxt_end if nxt_end >= 0 else len(fold)) is None:
        return None
    label = _CELL_LABEL.fullmatch(fold[fold.rfind("\n", 0, i) + 1:i + 1].strip(_CELL_BLANKS))
    return cx.normalise(label.group("label")) if label else None


#: what introduces a colon list of places and their figures after its measure (居前5位的分别是：, 分别为：, 依次是：)
_LIST_INTRO = lazy(r"(?:(?:位?居|排名?|位列)前[\d一二三四五六七八九十]{1,2}(?:位|名)的?)?(?:分别|依次)(?:是|为)$")


def _line_label(fold: str, s: int, ps: int) -> str | None:
    ls = fold.rfind("\n", s, ps) + 1 or s
    m = _LINE_LABEL.match(fold, ls, ps)
    if m is None or _NOT_LABEL.search(m.group("label")):
        return None
    label = m.group("label")
    return label[:-1] if label[-1] == "上" and len(label) > 3 else label  # 生产总值上：…: in terms of 生产总值


#: a count of households written right before a count of people (14035户25559人): one pair, both counts
_HOUSEHOLDS_BEFORE = lazy(r"[0-9０-９]户$")
#: what was done for the households and people of a pair written before it (…户…人享受城乡低保, 为…户…人发放…)
_PAIR_DEED = lazy(r"(?P<deed>(?:享受|领取|发放|纳入|办理|救助|资助|慰问|安置|搬迁)[\u4e00-\u9fff“”]{1,14}?)(?=[0-9０-９]|[，,；;。、]|$)")
#: what a survey covered, right after the count of its units (16万户居民家庭的抽样调查)
_SURVEYED = lazy(r"[\u4e00-\u9fff]{0,10}的(?:抽样|入户|问卷)?调查")


#: a page's read counter before its colon (点击:152次, 浏览次数：3590)
_PAGE_COUNTS = ("点击", "点击数", "点击量", "浏览", "浏览数", "浏览量", "浏览次数", "阅读", "阅读数", "阅读量", "阅读次数",
                "點擊", "瀏覽", "閱讀")


def _keep(fold: str, p: Phrase, q: Quantity, cs: int, ce: int, end: int, sq: Callable[[int, int], str],
          nxt: str, marked: bool = True) -> bool:
    """Rules M1–M2 beyond :func:`_dropped_unclaused` (which the value passed): is this quantity a
    metric? (``sq`` squeezes a span of the block, ``nxt`` is what follows the value; ``marked``: whether
    the block or the 40 characters before it hold a title's or a quotation's opening mark, _QUOTES_OPEN)"""
    i = p.start - 1
    while i >= cs and fold[i] in " \u3000\n":
        i -= 1
    if i >= 0 and fold[i] == "第":
        return False  # ordinal, rank
    if i >= 2 and fold[i] in ":：" and fold[i - 4 if i > 4 else 0:i].endswith(_PAGE_COUNTS):
        return False  # 作者:探索 点击:152次: how often the page was read (M2 page metadata)
    if i >= 0 and fold[i] in "这那此该":
        return False  # 这三种产品, 这两个县, 该3个项目: a count that points back at what was named before (M2)
    floor = p.start - WINDOW if p.start - WINDOW > cs else cs
    if marked:  # (rule group: inside a title)
        o = fold.rfind("《", floor - 40 if floor > 40 else 0, p.vstart)
        if o >= 0 and fold.rfind("》", o, p.vstart) < 0:
            return False  # inside a title
    before = sq(max(cs, p.start - 12), p.start)
    unit = q.unit
    if unit is None:
        return False
    if unit == "番":
        return before.endswith(("翻", "翻了"))  # 翻两番, 翻了一番: a growth multiple; 三番五次, 一番话 are words
    if unit == "岁" and not _AGE_MEASURE.search(sq(cs, p.start)):
        return False  # 这位55岁的女同志: a person's age describes them; 人均预期寿命78.2岁 is a measure
    first = nxt[:1]
    if unit in ("位", "位次", "名"):  # (rule group: a rank)
        if unit in ("位", "位次", "名") and before.endswith(("前", "排名", "排第", "名列", "位列", "分列", "并列", "分居")):
            return False  # 进入全国前10位, 排名72名, 分列2到5位: a rank
        if unit in ("位", "名") and "全" in before and (_AREA_RANK_MOVE.search(before) or _AREA_RANK_FROM.search(before)
                                                     and _RANK_MOVE_NEXT.match(nxt)):
            return False  # 中考成绩由全盟19名上升至17名: places in an area's ranking, moved (not a count of people)
        if unit == "位" and not _RANK_MOVED.search(before) and _RANKED.search(sq(max(cs - 40, 0), ce)):
            return False  # 排位由去年的20位、第7位上升为今年的11位: positions in a ranking (上升3位 is a move)
    if "上的" in fold[cs:ce] and _TITLE_CLAUSE.search(sq(cs, ce)):
        return False  # 在第二批45个项目集中开工仪式上的致辞: a speech's title names its occasion
    base_unit = unit.lstrip("万亿千百十")
    if base_unit in COUNT_UNITS and _SPOKE.match(sq(p.end, ce)):
        return False  # 财政局等6个县直部门作了很好的发言: who spoke at the meeting, not a result (M2)
    if base_unit in _PEOPLE_UNITS and _ATTENDED.match(sq(p.end, ce)):
        return False  # 各级机构的负责人共360多人参加了会议: who came to the meeting, not a result (M2)
    if base_unit in COUNT_UNITS and fold.find("调查", p.end, ce) >= 0 and fold.find("对", cs, p.start) >= 0 \
            and _SURVEYED.match(sq(p.end, ce)):
        return False  # 据对全国16万户居民家庭的抽样调查: how many a survey asked, how it was done (M2)
    if unit[-1:] in ("元", "万", "亿"):  # (rule group: an amount or a scale that names a class or the people)
        if unit.endswith("元") and (p.phrase.startswith(("超", "过")) or before.endswith(("超", "超过", "过"))) \
                and _COUNT_NEXT.match(nxt):
            return False  # 村级集体经济收入超××万元××个: the size class of what is counted next, not an amount
        if q.scale and unit == "万" and _PEOPLE_NEXT.match(nxt):
            return False  # 向全县42万父老乡亲致以问候: the people addressed, not a count reported
        if "规模" in nxt[:7] and (unit.endswith("元") or unit in ("万", "亿")) and _SIZE_CLASS_NEXT.match(nxt):
            return False  # 产生50亿合同额规模的二级机构1到3家: the size class of what is counted, not an amount
        if q.scale and unit in ("万", "亿") and nxt[:1] in ("人", "多") and _POPULATION_OF.match(nxt):
            return False  # 这样一个有六亿多人口的大国: the place described by its size, not a count reported
    if before[-1:] in _CAPACITY_LAST and _CAPACITY.search(before) and first and "\u4e00" <= first <= "\u9fff" \
            and first != "的":
        return False  # 年产X万吨动力电池箔项目: a plant's capacity names the project, it is no result
    if base_unit in _PLANT_UNITS:  # (rule group: a capacity that names a plant)
        if base_unit in _PLANT_UNITS and first and "\u4e00" <= first <= "\u9fff" and _NAMES_PLANT.match(sq(p.end, ce)):
            return False  # 甲公司20万吨锂电池负极材料生产项目: a capacity that names the plant, with no 年产 before it
        if base_unit in _PLANT_UNITS and first and "\u4e00" <= first <= "\u9fff" and first != "的" \
                and fold.find("年产", cs, p.start) >= 0 and fold.find("项目", p.end, ce) >= 0:
            return False  # 年产30万吨再生铜、100吨量子电弧炉…等一批项目: a capacity in a list of plants named by them
        if base_unit in _PLANT_UNITS and first and "\u4e00" <= first <= "\u9fff" and first != "的" \
                and (etc := fold.find("等", p.end, ce)) >= 0 and fold.find("项目", etc, ce) >= 0:
            return False  # 甲技术改造、乙30兆瓦生物质发电、…等13个项目: a capacity in the name of a listed plant
    attributive = False  # (read of counts only)
    if base_unit in COUNT_UNITS:  # (rule group: whether a count describes the noun after it)
        attributive = bool(nxt) and "\u4e00" <= first <= "\u9fff" and not _not_threshold(nxt) \
            and not (base_unit in COUNT_UNITS and _NEXT_MEASURE.match(nxt)) \
            and not (base_unit == "人" and _HOUSEHOLDS_BEFORE.search(before))  # (13690户25249人发放…: the pair's people)
    if p.kind in ("han", "pct"):
        if p.kind == "pct":
            return True
        if marked:  # (rule group: inside a slogan's quotation marks)
            a = max(floor - 40, 0)
            o = max(fold.rfind("“", a, p.vstart), fold.rfind("「", a, p.vstart))
            if o >= 0 and fold.rfind("”", o, p.vstart) < 0 and fold.rfind("」", o, p.vstart) < 0:
                return False  # slogans: 最多跑一次, 五个一
        if base_unit in COUNT_UNITS and unit == base_unit:
            lead = sq(floor, p.start)
            if _count_qualified(lead):
                return True
            if q.value is None or q.value < 10 or p.vend - p.vstart < 2:
                # 发生两起较大事故, 新建一座, 实施五个水利项目; 引进…养殖场一个
                return _reported_count(fold, p, q, before, lead, nxt)
            return not attributive or bool(_LICENSE.search(before))
        if unit == "成" and fold[p.end:p.end + 2] == "不变":
            return False  # 一成不变
        if unit in _PCTLIKE or q.scale:
            return True
        return q.value is not None and q.value >= 10
    if marked:  # (rule group: a short quoted name)
        o = fold.rfind("“", p.start - 10 if p.start > 10 else 0, p.vstart)
        if o >= 0 and fold.find("”", o, p.vstart) < 0 and 0 <= fold.find("”", p.end, p.end + 10):
            return False  # a short quoted name: “3个100”工程, “1+6+N”政策 (M2)
        o = fold.rfind('"', p.start - 4 if p.start > 4 else 0, p.vstart)
        if o >= 0 and 0 <= fold.find('"', p.end, p.end + 4):
            return False  # the same in straight quotes: "17 条 " 举措
    if base_unit in COUNT_UNITS and unit == base_unit and attributive:
        return bool(_LICENSE.search(before) or _RESULT_AFTER.match(nxt)
                    or before[-1:] in _DEED_LICENSE_LAST and _DEED_LICENSE.search(before)  # (检查5件法律实施情况)
                    or before[-1:] in "、和及与" and _DEED_LISTED.search(sq(cs, p.start))  # (开展2次专题询问、11项专题调研)
                    or before[-1:] == "、" and _COUNT_LISTED.search(sq(cs, p.start))  # (建成609个…乡村、31个…乡村)
                    or _BASE_OF.search(before) and _CHANGED_NEXT.match(nxt)  # (比2020年的11183批次增加了5458批次)
                    or fold[ce:ce + 2] in ("，占", ",占") and fold.find("的", cs, p.start) >= 0
                    or _CLAUSE_OPEN.fullmatch(before) and (did := _SUBJECT_DID.match(sq(p.end, min(end, p.end + 24))))
                    and len(did.group("noun") or "") <= 4  # (32项重大前期项目完成…: a set named at length is a name, M2)
                    or unit in _PEOPLE_UNITS and _CLAUSE_OPEN.fullmatch(before)
                    and _PEOPLE_HONOURED.match(sq(p.end, min(end, p.end + 32))) is not None
                    or unit in _PEOPLE_UNITS and before[-2:] in _MOBILISED and _TOOK_PART.match(nxt) is not None
                    or unit in _JOINING_UNITS and _joined(before, sq(p.end, ce)) is not None
                    or "涉及" in fold[cs:ce] and _involved(sq(cs, ce), True) is not None
                    or fold.find("已", p.end, ce) >= 0 and _listed_done(sq(cs, p.start), sq(p.end, ce)) is not None
                    or "对" in fold[cs:p.start] and _deed_on(sq(cs, ce)) is not None
                    or "项目" in nxt and _projects_object(before, nxt)
                    or before[-1:] in _SERVED_LAST and _served(sq(cs, p.start)) is not None
                    and _SERVED_UNITS.match(nxt) is not None)
    return True


#: a plain noun phrase (the base a rate is applied to: 按照户籍老年人口的3%)
_PLAIN_NOUN = lazy(r"[\u4e00-\u9fff]{2,12}")
#: people a body sent to take part (组织1200人参加技能培训, 动员3000余人参与植树): counted by what they joined
_MOBILISED = frozenset(("组织", "动员", "选派", "发动", "带领"))
_TOOK_PART = lazy(r"(?:参加|参与)(?!了?(?:会议|大会|开幕式|座谈会))[\u4e00-\u9fff“”]{2,12}")
#: people a body brought to an activity, named with the people before or after the count (邀请代表1000多人次列席常委会
#:会议, 邀请276人次代表列席常委会会议, 组织代表9000多人次开展专题调研), and people who took part, counted as the subject
#: of their clause (1800多名代表参加专题调研): counted by the deed, the people and the activity
_JOINING_UNITS = frozenset(("人", "名", "位", "人次"))
#: people named by what they did, with 的, the whole clause before their count (提交提案的委员达, 参加学习的代表)
_PEOPLE_WHO_DID = lazy(r"(?P<did>(?:提交|提出|参加|参与|出席|列席|受到|获得)[\u4e00-\u9fff]{2,6})的(?P<who>代表|委员|党员|干部|群众|学员|"
                       r"职工|学生|教师|农民|人员)(?:达到|达|有|共|为|超过|共计)?")
_CLAUSE_CUT = lazy(r"[，,；;。！？!?：:]")
_JOINED_BY = lazy(r"(?P<deed>邀请|组织|动员)(?P<who>[\u4e00-\u9fff]{2,4}?)?$")
_JOINED_IN = lazy(r"(?P<who>[\u4e00-\u9fff]{2,4}?)?(?P<act>(?:列席|参加|参与|开展|视察)[\u4e00-\u9fff“”]{2,14})")
_TOOK_PART_IN = lazy(r"(?P<who>[\u4e00-\u9fff]{2,4}?)(?P<act>(?:参加|参与)(?!了?(?:会议|大会|开幕式|座谈会))[\u4e00-\u9fff“”]{2,14}"
                    r"|(?:提交|提出)(?:了)?(?:提案|议案|建议)(?![\u4e00-\u9fff]))")  # (1966位委员提交提案: who put them forward)


def _joined(before: str, after: str) -> str | None:
    """The name of a count of people an activity brought together (see _JOINED_BY), or None.

    ``before`` is the clause before the count, ``after`` the clause after its unit."""
    if (by := _JOINED_BY.search(before)) is not None:
        if (act := _JOINED_IN.fullmatch(after)) is None or bool(by.group("who")) == bool(act.group("who")):
            return None  # (组织1200人参加技能培训: no people named, counted by the activity alone elsewhere)
        return by.group("deed") + (by.group("who") or act.group("who")) + act.group("act")
    if _CLAUSE_OPEN.fullmatch(before) and (took := _TOOK_PART_IN.fullmatch(after)) is not None:
        act = took.group("act")
        return act + ("的" if len(act) > 4 else "") + took.group("who")
    return None


#: a count of motions, then the count of the laws or projects they concern and what became of these (227件议案涉及的
#: 38个立法项目已经审议通过, 136件议案涉及的8个立法项目正在审议): the second counts the projects by what became of them
#: (审议通过立法项目数, 正在审议立法项目数), the first the motions by it (涉及已审议通过立法项目的议案数); who did it (已经常委会
#: 审议通过) is no part of the name
_INVOLVED = lazy(r"(?P<n1>[0-9]{1,6}(?:多|余)?[件个项])(?P<noun1>[\u4e00-\u9fff]{2,6}?)涉及的?"
                 r"(?P<n2>[0-9]{1,6}(?:多|余)?[件个项部])(?P<noun2>[\u4e00-\u9fff]{2,8}?)(?P<aux>已经|已|正在)"
                 r"(?:[\u4e00-\u9fff]{2,4}?)??(?P<done>(?:审议|列入|纳入|通过|出台|制定|修改|修订|批准)[\u4e00-\u9fff]{0,12})")


def _involved(clause: str, first: bool) -> str | None:
    """The name of either count of a clause _INVOLVED matches whole (``first``: the motions' count), else None."""
    if "涉及" not in clause or (m := _INVOLVED.fullmatch(cx.normalise(clause))) is None:
        return None
    now = "正在" if m.group("aux") == "正在" else ""
    if first:
        return "涉及" + (now or "已") + m.group("done") + m.group("noun2") + "的" + m.group("noun1") + "数"
    return now + m.group("done") + m.group("noun2") + "数"


#: a count after 对 of the things a deed was done to, the deed after them (对报送备案的2146件规范性文件进行主动审查, 对2部
#: 法律贯彻实施情况开展执法检查, 对公民、组织提出的5682件审查建议逐一研究): named by the deed after 进行/开展, a short
#: modifier before the count (报送备案的) and the noun, less what is examined of it (法律贯彻实施情况 → 法律)
_DEED_ON = lazy(r"[\u4e00-\u9fff]{0,8}?对(?P<mod>[^，,；;。：:]{1,12}?的)?[0-9]{1,6}(?:多|余)?[件个项部份条]"
                r"(?P<noun>[\u4e00-\u9fff]{2,10}?)(?:(?:进行|开展)(?:主动|全面|集中|专项|专题)?(?P<deed>[\u4e00-\u9fff]{2,4})"
                r"|(?:逐一|逐件|逐条|认真|依法)(?:研究|审查|核查|办理|答复|处理|督办)[\u4e00-\u9fff、]{0,12})")
_EXAMINED_OF = lazy(r"(?:贯彻实施|实施|执行|落实)?情况$")
_PLAIN_MODIFIER = lazy(r"[\u4e00-\u9fff]{2,4}的")


def _deed_on(clause: str) -> str | None:
    """The name of the count in a clause _DEED_ON matches whole, else None."""
    if "对" not in clause or (m := _DEED_ON.fullmatch(cx.normalise(clause))) is None:
        return None
    mod = m.group("mod") or ""
    mod = mod[:-1] if _PLAIN_MODIFIER.fullmatch(mod) else ""
    return (m.group("deed") or "") + mod + (_EXAMINED_OF.sub("", m.group("noun")) or m.group("noun")) + "数"


#: counts of a list before their nouns, then what was done to all of them (2282件代表议案、43750件代表建议已全部办理完毕):
#: each is counted by that deed (办理代表议案数, 办理代表建议数); _LISTED_DONE reads what follows a count of the list,
#: _DONE_TO_ALL what follows its last
_DONE_TO_ALL = r"(?:已经|已|均已|均)(?:全部|全面)?(?P<deed>办理|审议|办复|答复|处理|落实|解决)(?:完毕|完成|办结|结束)?$"
_LISTED_DONE = lazy(r"(?P<noun>[\u4e00-\u9fff]{2,8}?)(?:、[0-9]{1,6}(?:多|余)?[件个项家][\u4e00-\u9fff]{2,8}?){1,6}"
                    + _DONE_TO_ALL)
_LAST_DONE = lazy(r"(?P<noun>[\u4e00-\u9fff]{2,8}?)" + _DONE_TO_ALL)


def _listed_done(clause_before: str, after: str) -> str | None:
    """The name of a count of a list _LISTED_DONE (or, for its last count, _LAST_DONE) reads, else None."""
    done = _LISTED_DONE.fullmatch(after) if "、" in after else \
        _LAST_DONE.fullmatch(after) if clause_before[-1:] == "、" and _LISTED_BEFORE.search(clause_before) else None
    return None if done is None else done.group("deed") + done.group("noun") + "数"


#: the list's counts before the last one, right before it
_LISTED_BEFORE = lazy(r"(?:^|[^0-9])[0-9]{1,6}(?:多|余)?[件个项家][\u4e00-\u9fff]{2,8}?、$")


#: a share before its noun and what those units did (58.2%的业务办理实现最多跑一次, 89.4%的政务大厅推行“两集中、两到位”
#: 改革): the noun (less a trailing 办理: 业务办理 is the business) and the deed to the clause's end
_SHARE_OF_NOUN = lazy(r"的(?P<noun>[\u4e00-\u9fff]{1,8}?)(?:办理)?(?P<did>(?:实现|推行|开展|完成|达到|具备|使用|享受|接入|纳入|"
                      r"开通|落实|建立|通过)[\u4e00-\u9fff“”\"、]{1,16})")
#: people counted by the honour or the list they won, as a clause's subject (3人入选泰山学者青年专家, 2人获…称号)
_PEOPLE_HONOURED = lazy(r"(?:获得?|荣获|获评|入选|当选|被评为|被授予)[^，,；;。！？!?]{2,24}(?=[，,；;。！？!?]|$)")
#: units that count people: a subject counted in them names no count of other things
_PEOPLE_UNITS = frozenset(("人", "名"))


#: verbs of serving or acting on units counted right after them (走访服务68家企业, 为120家市场主体融资, 出清38家…)
_SERVED = lazy(r"(?:走访|服务|帮助|协助|帮扶|出清|淘汰|关停|整治|清理|指导|扶持|对接|慰问|惠及){1,2}$|(?:为|与|对)$")
_SERVED_LAST = frozenset("访务助扶清汰停治理导接问及为与对")


def _served(clause_before: str) -> re.Match[str] | None:
    """The verb of serving right before a count of units (走访服务, 出清); 为, 与 and 对 only where they open the
    clause (为120家市场主体融资, 同时与9家中介机构建立合作, 对38个行政村实施环境整治; not 全县规上企业数为120家)."""
    m = _SERVED.search(clause_before)
    if m is not None and m.group() in ("为", "与", "对") and len(clause_before) > 3:
        return None
    return m


#: rates a figure right after 高于/低于 bounds, where no base is named (…比例高于98%, 失业率低于4.5%)
_BOUNDED_RATES = ("率", "比例", "比重", "占比")
#: a light verb before the deed done for people (实施康复救助, 开展技能培训)
_LIGHT_VERB = lazy(r"^(?:实施|开展|进行|给予|提供)(?=[\u4e00-\u9fff]{2})")
#: what was done for the units, written right after them to the clause's end (融资, 建立合作, 提供担保贷款)
_SERVED_REST = lazy(r"[\u4e00-\u9fff]{2,12}?(?=[，,；;。！？!?、]|$|[\dXx×*０-９])")
#: the units served: firms, households, people, villages (not a project, counted elsewhere)
_SERVED_UNITS = lazy(r"[\u4e00-\u9fff]{0,8}?(?:企业|市场主体|商户|农户|主体|机构|合作社|大学生|学生|村|社区|学校|高校|院校|医院|家庭"
                     r"|儿童|老人|残疾人|人员|群众|低保户|贫困户|困难户|脱贫户)")


#: what counts projects as the object of a verb: 通过评审X个项目, 加快推进40个重点工业项目建设
_PROJECTS_AFTER = lazy(r"^[\u4e00-\u9fff]{0,6}?项目(?![库单的])")
#: a clause opening that is a place or a time, not a verb (县42项重大实施项目开工40项: the set is named)
_NOT_VERB_BEFORE = lazy(r"(?:^(?:全|我|本|该|各)?[镇乡县市区省州旗]?|^其中|^另外?|^目前|^今年|^全年|[的中之这那该各])$")


def _projects_object(before: str, nxt: str) -> bool:
    """M1: a count of projects right after a verb is a reported or targeted result, whatever the verb
    (not a set the clause opens with and then measures: 42项重大实施项目仅完成…, 县42项…; nor one
    named by what describes it: 开工建设的251个项目中, 这3个项目)."""
    return "\u4e00" <= before[-1:] <= "\u9fff" and _PROJECTS_AFTER.match(nxt) is not None \
        and _NOT_VERB_BEFORE.search(before) is None


#: physical units a plant's capacity is written in, and the names it then opens (…材料生产项目, …光伏电站)
_PLANT_UNITS = frozenset(("吨", "千瓦", "兆瓦", "吉瓦", "千伏", "伏安", "千瓦时", "兆瓦时", "吉瓦时", "立方米", "瓦", "瓦时", "伏"))  # (万千瓦 leaves 瓦)
_NAMES_PLANT = lazy(r"[\u4e00-\u9fffA-Za-z0-9]{2,20}?(?:(?:项目|生产线|工程|电站|基地)$|电厂|发电厂|热电厂)")  # (…电厂可研通过评审)
#: a small Chinese-numeral count right after a verb of result (not 等八个专项行动: a programme name)
_RATIO_HEAD = lazy(r"(结构|比例|之比|配比).*$")
_SMALL_COUNT = lazy(r"(?:发生|新建|新增|建成|启动|引进|签约|开工|竣工|投产|创建|获批|认定|培育)了?$")
_ONE_OF = frozenset("座 起 家 所".split())  # 新建一座; but 一个, 一批, 一项 are ordinary words


#: a verb of result that a count written after its noun reports (建成…创业园区一个, 引进…养殖场一个)
_RESULT_VERB = lazy(r"新建|新增|建成|引进|签约|开工|竣工|投产|创建|获批|认定|培育|通过")
_CLAUSE_ENDS = frozenset("，,；;。！？!?")


def _reported_count(fold: str, p: Phrase, q: Quantity, before: str, lead: str, nxt: str) -> bool:
    """A small count kept as a reported result: after a verb of result (:func:`_small_count` of ``before``,
    its clause's text), at the end of a clause whose sentence reports it, or after the items it counts
    (``lead``: the block's text before it). One test for :func:`_keep` and :func:`_unlicensed_count`,
    which must agree."""
    return _small_count(before, q, nxt) or _count_ends_clause(fold, p, nxt) or _listed_result(lead, q, nxt) \
        or _counted_in_list(fold, p, q, nxt)


#: a count ending a clause of its sentence (委员提案四千七百四十二件，): the statistical list a small count goes on
_LIST_COUNT = lazy(r"[\u4e00-\u9fff]{2}(?:[0-9]{1,6}|[零〇一二两三四五六七八九十百千万]{2,9})(?P<unit>[件项个家所名人次])[，,、；;]")


def _counted_in_list(fold: str, p: Phrase, q: Quantity, nxt: str) -> bool:
    """A small Chinese-numeral count written after its noun at the end of a clause, in a sentence whose clause before
    ends with a count of the same unit after its noun (…委员提案四千七百四十二件，…人民团体提案两件，): one more item of a
    statistical list (not 抓一件成一件, 最重要的一条: no list of counts before it)."""
    if q.unit is None or nxt[:1] not in _CLAUSE_ENDS or not "\u4e00" <= fold[p.start - 1:p.start] <= "\u9fff" \
            or fold[p.start - 1] in "有这那是成了的个第":
        return False
    a = max(fold.rfind("。", max(0, p.start - 120), p.start), fold.rfind("！", max(0, p.start - 120), p.start),
            fold.rfind("？", max(0, p.start - 120), p.start), p.start - 120, 0)
    c = max(fold.rfind("，", a, p.start), fold.rfind(",", a, p.start), fold.rfind("；", a, p.start), fold.rfind(";", a, p.start))
    if c <= a:
        return False
    last = _LIST_COUNT.search(fold, max(a, c - 14), c + 1)
    return last is not None and last.end() == c + 1 and last.group("unit") == q.unit


def _count_ends_clause(fold: str, p: Phrase, nxt: str) -> bool:
    """A small Chinese-numeral count written after its noun at the end of a clause, in a sentence whose
    verb of result comes before it (顺利建成…，提供专业化服务的创业园区一个，…): the statistical order of a
    reported result (项目56个), not a word (最重要的一条, 只有一个, 抓一件成一件, 上面这四条)."""
    if nxt[:1] not in _CLAUSE_ENDS or not "\u4e00" <= fold[p.start - 1:p.start] <= "\u9fff" \
            or fold[p.start - 1] in "有这那是成了的个":
        return False
    a = max(fold.rfind("。", max(0, p.start - 120), p.start), fold.rfind("！", max(0, p.start - 120), p.start),
            fold.rfind("？", max(0, p.start - 120), p.start), p.start - 120, 0)
    return _RESULT_VERB.search(fold, a, p.start) is not None


def _listed_result(lead: str, q: Quantity, nxt: str) -> bool:
    """建成甲、乙、丙等四个大型水库: a verb of result, the items it names, then their count after 等 (not
    集中开工一批、…等八个“一批”工作重点: a quoted name counts the parts of a plan)."""
    return lead[-1:] == "等" and q.value is not None and q.value >= 2 and nxt[:1] not in "“\"「" \
        and _NEW_BEFORE_LIST.search(lead) is not None


def _small_count(before: str, q: Quantity, nxt: str = "") -> bool:
    if q.value is None:
        return False
    if not _SMALL_COUNT.search(before):
        if q.value < 2:
            return False  # (一个项目一名领导, 有一个问题: 一个 is an ordinary word)
        if "项目" in nxt:  # 实施五个重点水利项目, 启动甲、乙等三个项目: projects counted after a verb
            return bool(before) and _projects_object(before, nxt)
        # 有三个乡镇没有完成目标, 甲、乙等五个乡镇全部完成: units that meet a condition (M1)
        return (not before or before[-1] in "有等，,；;：:。") and ((m := _ADMIN_AFTER.match(nxt)) is not None
                                                        and _PREDICATE.search(m.group("pred")) is not None
                                                        or _RESULT_AFTER.match(nxt) is not None)
    return q.value >= 2 or q.unit in _ONE_OF


#: a number after a growth verb or a share, with nothing after it: PDF text that lost its %
_GROWTH_BEFORE = lazy(r"(?:增长|下降|提高|增加|减少|回落|上升|降低)了?[ \u3000]*$|占[^，。；,;：:]{1,30}的[ \u3000]*$")
_CLAUSE_END = lazy(r"[ \u3000]*(?:[，。；,;、()（）\n]|$)")
#: the same in a list of bare values that ends its clause: 分别比上年增长 21 和 9.4。
_BARE_LIST_REST = lazy(r"(?:[ \u3000]*[、和及与][ \u3000]*\d+(?:\.\d+)?){1,12}[ \u3000]*(?:[，。；,;)）\n]|$)")
_GROWTH_LIST_BEFORE = lazy(r"(?:增长|下降|提高|增加|减少|回落|上升|降低)了?[ \u3000]*\d+(?:\.\d+)?"
                           r"(?:[ \u3000]*[、和及与][ \u3000]*\d+(?:\.\d+)?)*[ \u3000]*[、和及与][ \u3000]*$")
#: a decimal index value stated with 为/达 (空气质量综合指数为4.85, 基尼系数已达0.45), unit null
_INDEX_BEFORE = lazy(r"(?:指数|系数)[^，。；,;：:0-9]{0,6}(?:为|达到?|是)[ \u3000]*$")


#: what opens a deed's clause but is no part of it: a month, a season, 同年
_DEED_LEAD = lazy(r"^(?:[0-9]{1,2}月份?|同年|[春夏秋冬]季?|[，,、])+")


def _deed_before(clause_before: str) -> str | None:
    """The deed a count's units did, written before it with 的 (实行部分作物联产到劳的1116个生产队), or None."""
    deed = _DEED_LEAD.sub("", cx.normalise(cx._DROP.sub("", clause_before[:-1])))
    return deed if 2 <= len(deed) <= 12 and not any(c.isdecimal() for c in deed) and deed[:1] not in "有共拥" else None


def _bare(fold: str, p: Phrase, s: int) -> str | None:
    """A value written without unit that is still a metric: shortfall, target in parentheses,
    or a growth figure whose % the source lost (``比上年增长 12.5``, M7: unit null)."""
    a = p.vstart
    if a - 2 >= s and fold[a - 1] in "-－" and "\u4e00" <= fold[a - 2] <= "\u9fff":
        nxt = fold[p.end:p.end + 1]
        if nxt in ("", "、", ")", "）", ",", "，", ";", "；", "。"):
            return "shortfall"
    if a - 1 >= s and fold[a - 1] in "(（" and fold[p.end:p.end + 1] in (")", "）"):
        if _GOAL_PAREN.search(cx.squeeze(fold[max(s, a - 8):a])):
            return "goal"
    if p.kind != "arabic":
        return None
    if fold[p.end:p.end + 1] == "\n" and fold[p.end + 1:p.end + 2].isdecimal():
        return None  # 年均增长2⏎0.6%: the head of a figure a line break cut, not a figure (right or absent)
    ends = _CLAUSE_END.match(fold, p.end) is not None
    if not ends and _BARE_LIST_REST.match(fold, p.end, p.end + 120) is None:
        return None  # (neither at its clause's end nor in a list of bare figures that ends it)
    growth = _GROWTH_BEFORE.search(fold, max(s, a - 34), a) is not None
    if ends and (growth or ("." in p.phrase or "．" in p.phrase) and _INDEX_BEFORE.search(fold, max(s, a - 16), a)):
        return "unitless"
    if growth or _GROWTH_LIST_BEFORE.search(fold, max(s, a - 60), a):
        return "unitless"  # also the items of a list of such figures: 分别增长 21 和 9.4
    return None


_SCALE_UNITS = frozenset(("万", "亿", "万亿", "千万", "百万"))


#: the words a signed change follows directly (同比-6.2%, 比上年分别-3%、-5%)
_BASE_THEN_SIGN = ("同比", "分别", "较上年", "比上年", "较去年", "比去年")
#: qualifiers written once after the last value of a 分别 list that bound each value (分别增长7%、8%左右)
_LIST_QUALIFIERS = frozenset(("左右", "以上", "以下"))


def _share_units(fold: str, items: list[tuple[Phrase, Quantity]]) -> None:
    """M3: ``×、×、×和×个百分点``: bare values in a list take the unit written once at its end."""
    for k in range(len(items) - 2, -1, -1):
        p, q = items[k]
        p2, q2 = items[k + 1]
        if q.unit == "个" and q2.unit == "个百分点" and fold[p.end:p2.start].strip() in ("和", "、", "及", "与"):
            items[k] = (p, q._replace(unit=q2.unit))  # 提高17.4个和5.2个百分点: 个 stands for 个百分点
        elif q.unit in _SCALE_UNITS and q2.unit is not None and len(q2.unit) > len(q.unit) \
                and q2.unit.startswith(q.unit) and fold[p.end:p2.start].strip() in ("和", "、", "及", "与"):
            items[k] = (p, q._replace(unit=q2.unit))  # 分别新增1.2万、0.8万人: 人 is written once for both
        elif q.unit is None and q2.unit is not None and p.kind == p2.kind:
            gap = fold[p.end:p2.start].strip()
            if gap in ("、", "和", "及", "与", "，", ","):
                if gap in ("，", ",") and p2.kind != "ph":
                    continue
                items[k] = (p, q._replace(unit=q2.unit, scale=q2.scale))
        elif q2.qualifier in _LIST_QUALIFIERS and q.qualifier is None and q.unit == q2.unit \
                and fold[p.end:p2.start].strip() in ("、", "和", "及", "与") and fold.find("分别", max(0, p.start - 12), p.start) >= 0:
            items[k] = (p, q._replace(qualifier=q2.qualifier))  # 分别控制在9.8‰和14.3‰以内: each is bounded


def _periods(fold: str, lo: int, e: int, state: dict) -> list[tuple[int, int, str]]:
    """``cx.periods(fold, lo, e)``, reusing the previous block's matches that end well before
    its end (periods are under 40 characters), so a sentence cut into thousands of blocks
    (一是…；二是…；) is not rescanned 2,000 characters a block. Resuming where a kept match
    ends is where ``finditer`` itself would go on, so the list is the same."""
    prev = state.get("periods")
    found = None
    if prev is not None and prev[0] <= lo <= prev[1] <= e:
        _, hi, old = prev
        k = bisect_left(old, lo, key=lambda p: p[1])
        if k == 0 or old[k - 1][0] <= lo:  # no kept match runs across lo
            j = max(k, bisect_right(old, hi - PERIOD_REACH, key=lambda p: p[0]))
            keep = old[k:j]
            # no match starts between the last kept one and the next (or hi - PERIOD_REACH): resume there
            nxt = old[j][1] if j < len(old) else hi - PERIOD_REACH
            found = keep + cx.periods(fold, max(keep[-1][0] if keep else lo, min(nxt, hi - PERIOD_REACH)), e)
    if found is None:
        found = cx.periods(fold, lo, e)
    state["periods"] = (lo, e, found)
    return found


_BLANKS = " \t\u3000\n\r"  # what cx.squeeze drops


def _squeezer(fold: str, s: int, e: int) -> Callable[[int, int], str]:
    """``lambda a, b: cx.squeeze(fold[a:b])`` for spans that end in the block ``fold[s:e]``.

    Most blocks hold blanks only at their ends (an indent, a wrap): a span that starts in such a
    block is then squeezed by cutting those ends off, without a scan per window."""
    block = fold[s:e]
    inner = block.strip(_BLANKS)
    if " " in inner or "\n" in inner or "\u3000" in inner or "\t" in inner or "\r" in inner:  # (_BLANKS)
        return lambda a, b: cx.squeeze(fold[a:b])
    lo = s + len(block) - len(block.lstrip(_BLANKS))
    hi = lo + len(inner)

    def sq(a: int, b: int) -> str:
        if a < s:  # a sentence carried from an earlier block
            return cx.squeeze(fold[a:b])
        return fold[a if a > lo else lo:b if b < hi else hi]
    return sq


def extract_block(fold: str, s: int, e: int, carry: int | None, state: dict, scanned: str | None = None) -> list[Found]:
    """Metrics of the block ``fold[s:e]``; ``carry`` is where its open sentence began. ``scanned``: the
    text the quantity phrases are read from, where ``fold`` is it with full-width digits made
    half-width (:func:`speechdoc.metrics.half_width`: the width of a figure's digits and commas tells
    how it is grouped, the rules read the half-width forms)."""
    budget = state.get("budget")
    found = phrases(fold if scanned is None else scanned, s, e, None if budget is None else budget.room)
    if budget is not None:  # the metric cap: a storm of numbers reads no further than the document's room
        if len(found) > budget.room:
            budget.stopped = found[budget.room].start
            del found[budget.room:]
        budget.room -= len(found)
    for m in (_ZERO.finditer(fold, s, e) if fold.find("为零", s, e) >= 0 else ()):  # str.find: no regex walk per block
        found.append(Phrase(m.start(), m.end(), m.start() + 1, m.end(), "零", "zero", True, 1))
    if not found:
        return []
    found.sort(key=_VSTART)
    items: list[tuple[Phrase, Quantity]] = []
    for p in found:
        if p.kind == "zero":
            q: Quantity | None = Quantity(0, None, False, None, None, None)
        else:
            q = parse_quantity(p.phrase)
        if q is not None:
            if p.sign < 0 and q.value is not None and q.value_high is None:
                q = q._replace(value=-q.value)
            items.append((p, q))
    _share_units(fold, items)
    sq = _squeezer(fold, s, e)
    # each value's first look, before any clause is cut: what follows a value with a unit (None where
    # a rule that needs no clause drops it), or a unit-less value's _bare reading (None: no metric)
    looks: list[str | None] = []
    said_below = fold.find("下同", s, e + 24) >= 0  # (a value's phrase ends in the block: its 24 characters after are here)
    for p, q in items:
        if p.kind in ("zero", "ratio"):
            looks.append("")
        elif p.kind == "arabic" and "。" in fold[p.vstart - 1:p.vend + 1] and _cut_decimal(fold, p):
            looks.append(None)
        elif q.unit is None:
            looks.append(_bare(fold, p, s))
        else:
            nxt = sq(p.end, min(e, p.end + 14))[:8]
            looks.append(None if _dropped_unclaused(fold, p, q, nxt, s, sq, said_below) else nxt)
    if looks.count(None) == len(looks):
        return []  # (no state was read or changed for a block that keeps nothing)
    # clauses after the last value's are never looked up: the scan stops at its clause
    clauses = clause_bounds(fold, s, e, items[-1][0].vstart if items else s)
    cstarts = [c[0] for c in clauses]
    semis: list[int] | None = None  # the sentence and ;-segment stops, found at the first kept value
    output_said = compared_said = True  # (set with them)
    stops: list[int] = []
    periods: list[tuple[int, int, str]] | None = None  # scanned when the first kept value needs its period: most blocks keep none
    out: list[Found] = []
    prev_end_in_clause: dict[int, int] = {}
    last_base, base_sent, base_of = state.get("last_base", (None, -1, ""))  # type: ignore[misc]
    amount, amount_sent, amount_named = state.get("amount", (None, -1, None))  # type: ignore[misc]
    # the last amount or count named in the sentence, and whether it was a count
    measure, measure_sent, measure_count = state.get("measure", (None, -1, False))  # type: ignore[misc]
    intro, path, part = state.get("intro"), state.get("path"), state.get("part")  # fixed for the block
    semi_open: bool | None = None  # does the text before the block end a ;-segment (asked once)
    prev_raw: tuple[str, int] | None = None  # the last metric's own name and clause
    parts_done: set[tuple[int, int]] = set()  # the parts after 其中 that took the whole's verb (the list goes on)
    same_below = fold.find("下同", s, e)  # 预计(下同): where 预计 is said once for the figures after it
    # (其 in the block or the four characters before it: the part after 其中 that a rule group reads is said there)
    among_said = fold.find("其", s - 4 if s > 4 else 0, e) >= 0
    # (an opening mark of a title or quotation in the block or the 40 characters before it: what _keep's groups
    # on them read lies there, from the clause's start less 40 at most)
    marked = _QUOTES_OPEN.search(fold, s - 40 if s > 40 else 0, e) is not None
    # (a parenthesis in the block or right before it: the groups on one read from a clause's start less one)
    parens = _PARENS.search(fold, s - 1 if s else 0, e) is not None
    # (the cues of a change's start and of a goal passed, read in a value's clause before it: in the block)
    from_said = fold.find("由", s, e) >= 0 or fold.find("从", s, e) >= 0
    exceeded = fold.find("超", s, e) >= 0
    if same_below >= 0 and "预计" not in fold[max(s, same_below - 4):same_below]:
        same_below = -1
    for (p, q), look in zip(items, looks):
        if look is None:
            continue
        ps, pe, pv = p.start, p.end, p.vstart  # read on almost every line below
        k = bisect_right(cstarts, pv) - 1
        if k < 0:
            continue
        cs, ce = clauses[k]
        special = None
        if p.kind in ("zero", "ratio"):
            keep = True
        elif q.unit is None:
            special = look
            keep = True
        else:
            keep = _keep(fold, p, q, cs, ce, e, sq, look, marked)
            # only a value right after ( can be a goal: skip _bare's other regex checks otherwise
            if parens:  # (rule group: a goal in parentheses)
                if keep and fold[pv - 1:pv] in ("(", "（") and _bare(fold, p, s) == "goal":
                    special = "goal"
        if not keep or (pe < e and fold[pe] == "民" and q.unit is not None and q.unit.endswith("人")):
            continue  # (四十万人民: the people of a place, not a count of 万人 of 民…)
        if semis is None:
            # only stops before the last value are ever looked up (its sentence, its segment, the
            # sentences of _respectively and _size_classes): the scan ends there
            # (nor before the last sentence end before this first kept value: no later lookup goes further back)
            first = max(fold.rfind("。", s, pv), fold.rfind("！", s, pv), fold.rfind("？", s, pv),
                        fold.rfind("!", s, pv), fold.rfind("?", s, pv))
            semis = [m.end() for m in _SEMI_STOP.finditer(fold, first if first > s else s, items[-1][0].vstart)]
            stops = [i for i in semis if fold[i - 1] not in "；;."]  # (a site's . ends a segment: 一是….二是…)
            # (产量 in the sentences of the block's values: no value's sentence starts before the carried one)
            output_said = fold.find("产量", carry if carry is not None else s, e) >= 0
            compared_said = fold.find("比", carry if carry is not None else s, e) >= 0  # (与上年比，…: so is a base)
        j = bisect_right(stops, pv) - 1
        sent = stops[j] if j >= 0 else (carry if carry is not None else s)
        j = bisect_right(semis, pv) - 1
        if j >= 0:
            seg = semis[j]
        elif carry is not None:
            if semi_open is None:
                semi_open = _semi_open(fold, s)
            seg = s if semi_open else carry
        else:
            seg = s
        # (conditional expressions, not max/min: this runs for every metric)
        sent_far = sent
        if sent < pv - WINDOW:
            sent = pv - WINDOW
        if seg > pv:
            seg = pv
        if seg < sent:
            seg = sent
        text_span = _trim(fold, cs if cs > ps - TEXT_CAP else ps - TEXT_CAP,
                          ce if ce < pe + TEXT_CAP else pe + TEXT_CAP)
        if cs < ps - WINDOW:
            cs = ps - WINDOW  # bounded work per metric, even in a clause of megabytes
        if ce > pe + WINDOW:
            ce = pe + WINDOW
        if parens:  # (rule group: a value inside a parenthesis)
            if special is None and (fold.find("(", cs, ps) >= 0 or fold.find("（", cs, ps) >= 0):
                o = max(fold.rfind("(", cs, ps), fold.rfind("（", cs, ps))
                if ps - o > 2 and fold.find(")", o, ps) < 0 and fold.find("）", o, ps) < 0:
                    cs = o + 1  # 同比下降15.8(同期入库农业税金118万元…): a value inside a parenthesis is read inside it
                    cut = max(fold.rfind("，", cs, ps), fold.rfind(",", cs, ps), fold.rfind("；", cs, ps), fold.rfind(";", cs, ps))
                    if cut >= cs and not _PLACES_ONLY.fullmatch(sq(cut + 1, ps)):
                        # (其中工业投资7198万元，占任务数的48%；技改投资…: its clauses are clauses too; not a
                        # breakdown by place, 洪广镇1199户，金贵镇和立岗镇269户: a place is no name, M5)
                        cs = cut + 1
        local = prev_end_in_clause.get(k, cs)
        if local < cs:
            local = cs
        # the context windows, squeezed once here for every reader below
        before = sq(local, ps)
        clause_before = before if local == cs else sq(cs, ps)
        d = "decrease" if special == "shortfall" else cx.direction_of(before, fold[pe:ce if ce < pe + 12 else pe + 12])
        if parens:  # (rule group: a figure in or after a parenthesis)
            if special is None and d != "level" and fold[pv - 1:pv] in ("(", "（"):
                d = "level"  # 低于时序进度(16.67%)3.82个百分点: the bare figure in parentheses is a level (M8)
            elif before in (")", "）") and prev_end_in_clause.get(k) is not None:
                o = max(fold.rfind("(", cs, ps), fold.rfind("（", cs, ps))
                if o > cs:  # …)3.82个百分点: the verb before the parenthesis compares this figure
                    d = cx.direction_of(sq(cs, o), fold[pe:ce if ce < pe + 12 else pe + 12])
        b = None if special == "goal" else cx.basis_of(clause_before)
        if b and d == "level" and local > cs and before[:1] == "、" and len(before) > 2:
            b = cx.basis_of(before)  # 比上年增长44.25%、营业利润3.80亿元: the next item's own figure is compared with nothing
        if b and before[-8:].endswith(("年", "年的", "同期", "同期的")) and _BASE_OF.search(before) \
                and _BASE_FIGURE_NEXT.match(fold, pe, ce):
            d, b = "level", None  # 比去年90.78万件减少12.64万件: the base's own figure (the change after it is compared)
        said = None  # the base a clause before says (与上年同比，…), kept by a count's own adjacent change
        if compared_said:  # (rule group: a clause before that says the base)
            if b is None and special is None and d != "level" and cs - 1 > sent_far and fold.find("比", sent_far, cs) >= 0 \
                    and (cmp := _COMPARED_CLAUSE.search(fold, sent_far, cs)) is not None \
                    and (cmp.start() == sent_far or fold[cmp.start() - 1] in "，,：:；; \u3000\n"
                         or _COMPARING_SUBJECT.search(fold, sent_far, cmp.start()) is not None):
                b = said = "同比" if cmp.group("yoy") else cx.basis_of("比" + cmp.group("base"))  # 与上年比，第一产业占…比重上升3.82个百分点:
                # the clause says the base (与上年同比，受案增加167件: year on year)
        if special == "shortfall" and "目标" in clause_before:
            b = "较目标值"
        elif d == "level" and p.sign < 0 and b is not None and (
                (lead := before.rstrip("-－−")).endswith(_BASE_THEN_SIGN)
                or lead == "、" and out and out[-1].direction == "decrease" and out[-1].basis == b
                and out[-1].quantity.value is not None and out[-1].quantity.value < 0):
            # 同比分别-6.2%、-19.3%: a change written with a minus right after its base is a fall (M8, as -×); a rate's
            # level stays one (增速分别为-9.4%)
            d = "decrease"
        if special == "goal":
            kd = "target"
        else:  # (the sentence before the value and its clause after it: read again by year_goal below)
            kd = cx.kind_of(sq(seg, ce), clause_before, clause_after := sq(ps, ce), sentence_before := sq(sent, ps))
        if kd == "target" and special is None and (year := cx.year_goal(sentence_before + clause_after)) is not None:
            state.setdefault("to_year", {})[pv] = year  # type: ignore[union-attr]  # (decided once the document is read)
        if periods is None:  # only periods that end before a value are looked up: the scan stops
            # PERIOD_REACH past the block's last value (a period is decided within that many characters)
            lo = max(0, min(s, carry if carry is not None else s), s - PERIOD_WINDOW)
            q0 = max(sent_far - 9, 0)
            if lo < sent_far and fold.find("“", q0, sent_far) < 0 and fold.find('"', q0, sent_far) < 0:
                # no period before this sentence is ever looked up, and none runs across its start
                # (only a quoted one, “…”期间, can hold a 。): the scan starts there, with the same matches
                lo = sent_far
            periods = _periods(fold, lo, min(e, items[-1][0].vstart + PERIOD_REACH), state)
        floor = max(sent_far, ps - PERIOD_WINDOW)
        hit = _period_hit(periods, floor, ps)
        per = None
        if hit is not None:
            per = _from_period(fold, periods, floor, ps, hit)
            if _share_base(fold, hit):
                # 占2020年末脱贫人口总数的13.99%，占全市2014年末农业人口总数的2.63%；累计消除风险…: the time of the whole a
                # share is of dates neither the share nor what follows (the sentence's own time before it does)
                earlier: tuple[int, int, str] | None = hit
                while earlier is not None and _share_base(fold, earlier):
                    earlier = _period_hit(periods, floor, earlier[1] - 1)
                per = earlier[2] if earlier is not None else None
                hit = earlier or hit
            elif b is not None and b[1:] == per and b[:1] == "较" or _compared_with(fold, hit):
                per = _base_not_period(fold, periods, floor, hit, per)
            elif fold[hit[1] - 2:hit[1]] == "其中" and hit[2][-1:] == "年" and _CLAUSE_STOP.search(fold, hit[0], ps):
                # 累计完成投资…，其中2004年完成投资61688.8万元；签约项目13个: the part's own year, not the sentence's
                # (a span to date goes on: 计划开工183项，其中1-10月份计划开工140项，目前实际已开工118项)
                per = _period_at(periods, floor, hit[1] - 1)
            elif per == "每年" and fold[hit[1] - 2:hit[1]] == "平均":
                # 一九五七年，全国工业总产值达…，平均每年增长百分之十八: 平均每年 is the annual average (年均, not a
                # period, decision 6); the sentence's own time dates it
                per = _period_at(periods, floor, hit[1] - 2)
            elif per is not None and per[-1:] == "年" and _RESPECTIVE_AFTER.match(fold, hit[0]) \
                    and (at := fold.find("分别", hit[0] if hit[0] > cs else cs, ps)) >= 0 \
                    and (years := _YEAR_LIST.search(fold, max(sent_far, hit[1] - 40), hit[1])) is not None:
                # 2014年、2015年分别脱贫21963人、32972人: the years are paired in order with the figures of a 分别
                # list in the value's clause (育苗300亩 in a clause of its own is no item of it)
                listed = [cx.squeeze(y) for y in _YEAR_ONE.findall(years.group())] + [per]
                i = 0
                for f in out:
                    if f.phrase[0] > at:
                        i += 1
                if i < len(listed):
                    per = listed[i]
            if (opened := _aside_of(fold, hit, ps)) >= 0:
                # …比例为92.8%(…,数据累计到2019年10月),有效天数总计304天: a time inside an aside is no period of what
                # follows it (the sentence's own time before the aside still is)
                per = _period_at(periods, floor, opened)
        if before[-1:] in _BASE_YEAR_LAST and (base_year := _BASE_YEAR.search(before)):
            # 比一九八○年七亿五千万斤增长…: the value right after the year compared with is that year's level
            d, b, per = "level", None, base_year.group("year")
        if per is not None and before[-1:] in ("的", "前", "在") and _FROM_NOW.search(before):
            per = None  # 到“十四五”末，…收入由目前的3.5万元增长到5.3万元: the figure it starts from is today's
        if per is not None and per.endswith(_YEARS_PAST) and hit is not None and hit[1] <= cs \
                and (clause_before[:2] in _NOW or _NOW_CLAUSE.search(fold, hit[1], cs)):
            per = None  # 五年累计脱贫11.82万人，…，当前贫困人口7884人，贫困发生率下降至1.06%: today's figures have no
            # earlier clause's year (a span to date goes on: 其中1-9月份计划开工120项，目前实际已开工97项)
        if per is not None and hit is not None and hit[0] < cs \
                and (taken := _TAKEN_OUT.search(fold, max(floor, hit[1] - 24), hit[1])) is not None:
            # 在支出数额中扣除1955年用上年结余拨付…等不可比的因素，则本年收入实际增长15.83%: the year of what is taken
            # out to compare is no period of the figures after it (the sentence's own time before it still is)
            per = _period_at(periods, floor, taken.start())
        if per == "每年" and hit is not None and (hit[0] < cs or fold.find("目前", hit[0], ps) >= 0):
            per = None  # 研发投入强度每年要提高0.16个百分点，高新企业数量从107家增加到500家: 每年 says how often, in its clause
        if per is None and intro:
            per = intro[1]  # type: ignore[index]
        if kd == "actual" and not cx.done_of(clause_before) and not cx.past_period(per, path) \
                and not cx.rate_done(clause_before):  # (年计划完成比例分别是… after 各项指标是：: what was done)
            if intro:
                kd = intro[0]  # type: ignore[index]  # ——地区生产总值增长6%左右 under 目标是：
            elif _list_intro_before(fold, sent_far, ps, state):
                kd = "target"  # 主要预期目标是：…；…；城镇居民人均可支配收入实际增长8%
            elif part == "plan" and not _REPORTED.search(fold, sent_far, ps) and not (per and _ELAPSED.search(per)):
                kd = "target"  # a plan part (2024年主要目标任务): its figures are what is to be done
                # (but not what the sentence reports from the statistics: 最新统计数据显示，…增长5.2%)
            elif _goal_goes_on(fold, sent_far, _last_before(out, sent_far, state)) and _REACHES.search(clause_before):
                kd = "target"  # 到“十四五”末，…要达到300亿元。其中，一产业增加值冲刺63.3亿元: the goal's breakdown
        if kd == "target" and special is None and _WHOLE_NAMED.fullmatch(clause_before) \
                and _PART_NEXT.match(fold, ce + 1) and _NOUN_ONLY.fullmatch(sq(pe, ce)):
            kd = "actual"  # 到1959年，玉溪县的二十二万亩土地，将有二十万亩得到灌溉: the whole a goal takes a part of is
            # what there is (a clause that only names the figure's owner and noun, the next one its part)
        if kd == "actual" and same_below >= 0 and ps > same_below and not cx.done_of(clause_before):
            kd = "forecast"  # 2016年，预计(下同)全县生产总值…；固定资产投资…: 预计 stands for the figures below
        if from_said:  # (rule group: where a change starts from)
            if ("由" in clause_before or "从" in clause_before) and (start := _FROM.search(clause_before)) \
                    and _CHANGE_TO.search(fold, pe, ce):
                # 收入由目前的3.5万元增长到5.3万元: where a change starts from is a level (unless it is a change
                # itself: 由下降21.2%转为增长0.2%), and what is now
                if cx.direction_of(clause_before[start.start():], "") == "level":
                    d = "level"
                if clause_before[-1:] == "的" and _PLANNED_START.search(clause_before):
                    kd = "target"  # 将由原来规划的八百斤增加到一千一百斤: it starts from a plan's figure, a goal
                elif kd != "actual":
                    kd = "actual"  # (水库建成后，即可由现在的六万亩增加到十一万亩: what an estimate starts from is today's too)
        if (b == "较目标值" or b in _SCHEDULES) and kd == "target" and (d != "level" or "好于" in clause_before or "优于" in clause_before) \
                and not cx.goal_in(clause_before):
            kd = "actual"  # 高于目标0.5个百分点, 高于时间进度14.65个百分点, 好于年度目标4.6微克/立方米: a gap is measured on what was done
        elif kd == "target" and q.unit == "个百分点" and special is None and clause_before[-2:] == "目标" \
                and not cx.goal_in(clause_before[:-2]):
            # 塌目标1.8个百分点, 落后目标4个百分点: points right after 目标 are a gap against it (a goal in
            # points names its change: 目标是提高2个百分点), whatever word compares
            kd, b = "actual", b or "较目标值"
        over_task = False
        if exceeded:  # (rule group: by how much a goal was passed)
            over_task = "超" in clause_before[-9:] and _OVER_TASK.search(clause_before) is not None
        if over_task:
            d, b, kd = "increase", "较目标值", "actual"  # 超目标任务200亩, 超年度任务15%: by how much the goal was passed
        of_after = fold[pe:pe + 1] == "的"  # (the figure and 的: what the rule groups below on it test)
        if of_after:  # (rule group: a figure followed by 的 that a plan or goal names)
            if kd != "target" and fold[pe:pe + 1] == "的" and "规定的" in clause_before \
                    and _STIPULATED.search(clause_before):
                kd = "target"  # 超过了纲要规定的四百斤的指标, 计划规定的平均每年增长8.6%的速度: the plan's own figure
            if kd == "actual" and fold.startswith("的", pe) and (goal := _GOAL_OF_FIGURE.match(fold, pe, min(e, pe + 30))) \
                    and not _GOAL_MET.search(clause_before[-10:]) and not _GOAL_MET.search(goal.group("rest")):
                kd = "target"  # 提出了能耗强度下降3.1%以上的节能减排量化目标, 确定了3%左右的…涨幅目标: a goal's own figure
        ind = raw_ind = cx.indicator_of(before)
        if raw_ind is None and out and prev_end_in_clause.get(k) is not None and _CHANGED_TO.fullmatch(before) \
                and out[-1].indicator and _FROM.search(sq(cs, out[-1].phrase[0])):
            ind = raw_ind = out[-1].indicator  # 合作社由16万个增加到21万个: where a change ends is the same measure's
        elif raw_ind is None and q.unit and q.unit[-1:] in "户人个" and cs - 1 > sent_far and fold[cs - 1] in ",，" \
                and (subject := _counted_subject(fold, sent_far, cs)):
            ind = raw_ind = subject  # 加入合作社的农户，已由180万户增加到…: the clause before names what is counted
        if of_after:  # (rule group: the goal named after the figure and 的)
            if fold.startswith("的", pe) and (raw_ind is None or d == "level") \
                    and (goal := _GOAL_NAMED_AFTER.match(fold, pe + 1, min(e, pe + 16))) \
                    and (named := cx.indicator_of(goal.group("what") + "目标为")):
                ind = raw_ind = named  # 5%左右的经济增速目标, 设置2%的CPI涨幅目标: the goal named after the figure is its measure
        if (raw_ind is None or len(raw_ind) <= 3) and q.unit and q.unit.endswith("元") \
                and (funds := _FUNDS_NEXT.match(fold, pe, min(e, pe + 20))) \
                and (named := cx.indicator_of(cx.squeeze(funds.group())) if funds.end() - pe > 2 else None):
            ind = raw_ind = named  # 争取1700万元水利项目资金, 上级1000万元产业引导资金: the funds named after their amount
        if over_task:  # (植树造林1100亩，超目标任务200亩: the figure before measures it; alone, nothing names it)
            ind = raw_ind = out[-1].indicator if out and out[-1].phrase[0] >= sent_far else None
        if parens:  # (rule group: a plan's figure in parentheses)
            if fold[cs - 1:cs] in ("(", "（") and out and out[-1].phrase[1] == cs - 1 and out[-1].indicator \
                    and special is None and _PLAN_IN_PARENS.fullmatch(clause_before):
                ind = raw_ind = out[-1].indicator  # 降低了7.9%(原计划降低8.4%): the plan's figure for the measure just given
                kd = "target"
        if p.kind == "ratio" and out and out[-1].phrase[1] + 1 == ps and fold[ps - 1] in ":：":
            ind = raw_ind = out[-1].indicator  # 三次产业结构调整为11.8:48.3:39.9: every share, one structure
        elif p.kind == "ratio" and ind:
            ind = raw_ind = _RATIO_HEAD.sub(r"\1", ind)  # 三次产业结构调整 → 三次产业结构
        if ind and q.unit == "%" and clause_before[-1:] == "的" and "按照" in clause_before \
                and (k := clause_before.rfind("按照")) >= 2 and _PLAIN_NOUN.fullmatch(clause_before, k + 2, len(clause_before) - 1):
            # 养老床位数按照区域内户籍老年人口的2.5%配置: the rate is of the measure before 按照 to that base, neither the
            # base's nor the measure's own
            base, whose = clause_before[k + 2:-1], cx.indicator_of(clause_before[:k])
            if ind in (base, whose):
                ind = raw_ind = whose + "占" + base + "比例" if whose and whose != base else None
        explicit = ind is not None
        if q.unit == "%" and special is None:
            ind = cx.completion_rate_of(before) or ind
            # (a rate of a plan with no subject, or 完成率 alone: 完成投资88.2亿元、完成率80.5%)
            planned = bool(ind) and (ind != raw_ind or ind == "完成率") and (ind.startswith(_PLAN_ONLY) or ind.endswith("完成率")
                                                                          and _DONE_FIRST.match(before) is not None)
            # (完成全年指标任务的110.4%, 完成省民生工程目标任务的130.26%: no subject of its own, the plan of the figure before)
            if planned and measure_count and measure_sent == sent_far \
                    and "均" not in clause_before and "都" not in clause_before:
                ind = _count_stem(measure) + ind  # 新开工项目78个，完成年度目标任务的59.09%: the plan of that count
            elif planned and amount_sent == sent_far and amount_named \
                    and "均" not in clause_before and "都" not in clause_before:  # (均完成: of several amounts)
                # 实现入库税收3212万元，完成年计划的52%: the plan of that amount (完成投资…，完成年度投资计划的
                # 86%: 投资 is said once)
                ind = (amount_named[:-2] if amount_named.endswith("投资") and "投资" in ind
                       else amount_named[:-3] if amount_named.endswith(("决算数", "执行数")) else amount_named) + ind
                # (收入决算数…，为调整预算数的100.66%: the plan is of the revenue, not of its final account)
            elif planned and out and out[-1].phrase[0] >= sent_far and out[-1].indicator \
                    and (out[-1].quantity.unit or "").endswith("元") and not out[-1].indicator.endswith(_SHARES + ("完成率",)) \
                    and "均" not in clause_before and "都" not in clause_before:
                ind = out[-1].indicator + ind  # 其中：税务部门完成2000万元，为年预算的28%: the plan of the amount just given
        if out and prev_end_in_clause.get(k) is not None:  # (rule group: both rules go on a list in the value's clause)
            if out and prev_end_in_clause.get(k) is not None and _LIST_GAP.fullmatch(fold[local:ps]):
                d, b = out[-1].direction, out[-1].basis  # ×、×、×和×个百分点: one predicate for the list
            elif out and prev_end_in_clause.get(k) is not None and (out[-1].basis or "").startswith("较全") \
                    and (area := _NEXT_AREA.fullmatch(fold, local, ps)):
                # 高于全国4个百分点、全省4.7个百分点: the next area compared with, by the same predicate
                d, b = out[-1].direction, "较" + area.group("area")
        if q.unit in COUNT_UNITS:
            near = max(local, ps - 4)
            if near > local and fold[near - 1] in "新倍总" and fold[near] == "增":
                near -= 1  # 新增工商户220户: 新增 counts are levels (the window must not cut 新 from 增)
            w = sq(near, ps)
            if "等" in w:
                w = w[w.rfind("等") + 1:]  # 甲、乙、年产6万吨减水剂等13个项目: a list's size, whatever its items say
            d = cx.direction_of(w, "")  # counts: only an adjacent verb
            b = cx.basis_of(sq(max(local, ps - 10), ps))  # (比2021年同期增加1033所: a year's base too)
            if b is None and d != "level":
                b = said  # 与上年同比，受案增加167件: the clause before says the base of the count's change
            if b and _BASE_FIGURE_NEXT.match(fold, pe, ce) and _BASE_OF.search(sq(max(local, ps - 7), ps)):
                d, b = "level", None  # 比2020年的11183批次增加了5458批次: the base's own count (its change is compared)
            elif b is None and d != "level" and out and out[-1].phrase[0] >= cs and out[-1].phrase[1] < ps \
                    and _BASE_OF.search(sq(cs, out[-1].phrase[0])):
                b = cx.basis_of(sq(cs, out[-1].phrase[0]))  # …增加了5458批次: the change from the base's count before it
        if special == "shortfall":
            ind = cx.rate_before_of(clause_before)
        unit = q.unit
        same_measure = False  # 是上一个五年的3倍: the base is the same measure at another time
        if unit == "倍":
            rb, rq = cx.ratio_basis(clause_before)
            if out and out[-1].quantity.unit == "倍" and out[-1].phrase[0] >= cs and state.get("ratio"):
                # 是2013年末的1.6倍、2倍: a list of ratios shares the first one's base (not 2013年末的1.6倍、)
                ind, b = state["ratio"]  # type: ignore[misc]
                same_measure = bool(state.get("ratio_same"))
            elif rb is not None:
                same_measure = rb.endswith(_TIME_OF) and len(rb) > 2
                b = rb[:-1] if rb.endswith("的") else rb
                if q.qualifier is None and rq in ("不低于", "不少于", "不能低于", "超过"):
                    q = q._replace(qualifier="不低于" if rq != "超过" else "超过")
                ind = cx.indicator(cx.squeeze(clause_before).split(rq)[0])
                state["ratio"], state["ratio_same"] = (ind, b), same_measure
            elif state.get("ratio"):
                ind, b = state["ratio"]  # type: ignore[misc]
        sent_id = sent_far  # the sentence's start identifies it
        # (a 其中 sentence that breaks the previous figure down by place inherits it: 其中，A镇完成5.2亿元)
        inherited = last_base if base_sent == sent_id or raw_ind is None and _BREAKDOWN.match(fold, sent_far) \
            or raw_ind is None and cs == sent_far and out and _follows(fold, out[-1].phrase[1], sent_far) \
            and _GROWTH_AFTER_SHARE.match(clause_before) else None
            # (国民收入实现4.5亿元。比上年增长17%: a bare growth opening the next sentence is the figure's)
        if raw_ind is None and inherited is None and ind is None and cs - 1 > sent_far \
                and not (out and out[-1].phrase[0] >= sent_far):
            # 2014年牧业产值又创新高，预计可达到32.33亿元: the sentence's first figure, after a clause that
            # names the measure and holds no figure
            inherited = _named_opening(fold, sent_far, cs)
            if inherited and unit == "%" and "占" in clause_before:
                whole = cx.share_base(clause_before[clause_before.index("占") + 1:])
                # 国家决算用于经济建设方面的支出，共占本年支出的46.89%: the share of what the opening names
                inherited = inherited + "占" + whole + "比重" if whole else None
        if raw_ind is None and inherited is None and ind is None and cs <= sent_far + 1 and sent_far - 1 > s \
                and fold[sent_far - 1] in "。！!" and not (out and out[-1].phrase[0] >= _sentence_start(fold, s, sent_far - 1)):
            # 二是农民收入实现较快增长。达到3192元，增长18%: a sentence of bare figures after one that names the measure
            # (and holds no figure: 二是… is a list item's topic)
            inherited = _named_sentence(fold, s, sent_far)
        if raw_ind is None and inherited is None and ind is None and (label := _MEASURE_SPLIT.match(fold, sent_far, cs)):
            inherited = cx.normalise(label.group("measure"))  # 地方收入按部门分：税务部门完成1431万元: the measure split
            explicit = True  # (named by its sentence: the shares and changes after it are of it)
        if raw_ind is None and inherited and ind is None:
            # 生产总值达到500亿元，财政收入再创新高，达到80亿元: the clause between names the measure
            between = _named_between(fold, out[-1].phrase[1] if out and out[-1].phrase[0] >= sent_far else sent_far, cs)
            if between:
                inherited = between
        if clause_before in _TOTAL_WORDS and (ind is None or ind in _TOTAL_WORDS) and cs - 1 > sent_far \
                and (restated := _restated(fold, sent_far, cs, out)):
            ind, inherited = None, restated  # 打捞蓝藻1600车，计8000吨: a total restates the clause before (not the
            # sentence's first figure; 折合 names nothing)
        if ind in _CHANGE_NOUNS and out and out[-1].phrase[0] >= sent_far:
            # 办结件数从3000件上升至3600件、升幅20%: the change of the figure just before in the sentence (a count too,
            # which names no later bare rate); none after a change (升幅…、升幅…: that one names no measure)
            prev = out[-1].indicator
            inherited = prev if prev and not prev.endswith(_CHANGE_NOUNS + ("增速", "增幅")) else None
        ind = _complete(ind, unit, special, d, inherited, fold, sent, ps)
        if raw_ind is None and unit == "%" and d != "level" and cs - 2 > sent_far and fold[cs - 1] in ",，" and fold[cs - 2] in ")）" \
                and (o := max(fold.rfind("(", sent_far, cs - 2), fold.rfind("（", sent_far, cs - 2))) > sent_far \
                and (whole := [f for f in out if sent_far <= f.phrase[0] and f.phrase[1] <= o and f.indicator
                               and f.quantity.unit not in _PCTLIKE]) and whole[-1].phrase[1] + 1 >= o:
            # 完成三税收入6600万元(国税完成3750万元，…，农税完成150万元)，比去年增长27%: the growth of the figure the
            # parenthesis breaks down, not of its last part
            ind = whole[-1].indicator
        if raw_ind in cx.GENERIC_HEADS and ind == raw_ind and last_base and len(last_base) > len(ind) \
                and last_base.endswith(ind) and (base_sent == sent_id and (clause_before.startswith("其中")
                                                                              or fold.find("其中", max(sent_far, cs - 4), cs) >= 0)
                                                 or _BREAKDOWN.match(fold, sent_far)):
            ind = last_base  # 完成固定资产投资…，其中6月份当月完成投资406.4亿元: the part is of the same measure
        if "产" in before[-6:]:  # (rule group: both rules read a 产 in the last words before the value)
            if ind and before[-2:] in ("增产", "减产") and "产" not in ind[-2:] and cx.split_head(ind) is None \
                    and not ind.endswith(_SHARES):
                ind += "产量"  # 粮食增产42.23%, 棉花减产3.5%: the output of the crop named
            elif "产" in before[-6:] and (gain := _GAIN_OF.search(before)):
                ind = gain.group("crop") + gain.group("verb") + "量"  # 共增产粮食6729万斤: the crop's gain (粮食增产量)
        if b in _SCHEDULES and ind and ind.endswith("增速") and raw_ind is None:
            # 完成投资40.12亿元，高于时间进度14.65个百分点: how far the work is, not a growth; after a rate of the
            # plan done, that rate (完成全年目标任务的60.5%，超任务进度10.5个百分点)
            ind = ind[:-2] if ind[-3:-2] == "率" else ind[:-2] + "进度"
        if out and out[0].phrase[0] < sent_far:  # (rule group: a sentence that breaks the figure before it down)
            if raw_ind in _CATEGORIES and ind == raw_ind and out and out[0].phrase[0] < sent_far:
                ind = _broken_down(fold, out, sent_far, ind)  # …增长9.7%。分产业看，第一产业增长129.2%
            elif ind == raw_ind and unit == "%" and out and out[0].phrase[0] < sent_far and fold[sent_far:sent_far + 1] in "分按" \
                    and (raw_ind is None or raw_ind.endswith(_UNIT_KINDS)) \
                    and not any(f.phrase[0] >= sent_far and f.phrase[0] not in state.get("parts", ()) for f in out):
                # 分登记注册类型看，国有控股企业增长11.4%; 分地区看，东部地区增长12.9%: a kind of unit, or a place
                # (no part of the name), that the sentence breaks the figure before into (unless a part before it
                # in the sentence named its own measure: 国有控股企业增加值增长18.8%；股份制企业增长18.1%)
                ind = _broken_down(fold, out, sent_far, raw_ind or "", state.setdefault("parts", set()))
                if ind:
                    state["parts"].add(ps)
                else:
                    ind = None
        if raw_ind is None and unit == "%" and ind and ind.endswith(_SHARES) and amount_sent == sent_id \
                and amount and _GROWTH_AFTER_SHARE.match(clause_before):  # (clause_before is squeezed)
            # 完成生产总值28.39亿元，占年度计划的24.1%，同比增长16.4%: the growth is the amount's, not the share's
            ind = amount
        if raw_ind is None and unit in ("%", "倍") and d != "level" and measure_count and measure_sent == sent_id \
                and _GROWTH_AFTER_SHARE.match(clause_before):
            # 在建项目194个，同比增长385%; 新开工项目78个，完成年度目标任务的59.09%，同比增长16.42%:
            # a growth that names nothing after a count is the count's (外派劳务人数达到67人，较上年同期增长6.4倍)
            ind = measure
        if ind is None and raw_ind is None and d != "level" and out and _base_unit(unit) in COUNT_UNITS \
                and out[-1].phrase[0] >= sent_far and out[-1].indicator and _base_unit(out[-1].quantity.unit) == _base_unit(unit) \
                and not out[-1].indicator.endswith(_SHARES):
            ind = out[-1].indicator  # 贫困人口由9899万人减少至4335万人，年均减少1391万人: the change of the count just given
        if ind and last_base and ind[-2:] in _WHOSE and len(ind) <= 6 and ind != last_base:
            at = last_base.find(ind[-2:])
            if 0 < at == len(ind) - 2 and len(last_base) - at > 3:
                # 城镇居民人均可支配收入38000元…；农村居民16000元: the same measure of the other group
                ind = ind + last_base[at + 2:]
        if ind in _BARE_RATES and cs - 1 > sent_far and (owner := cx.last_match(_ECONOMY, fold[sent_far:cs])):
            # 陇县地区生产总值稳定保持在百亿规模，年均增速达4.25%: the rate of the economy the sentence names
            ind = ("地区生产总值" if owner.group() == "GDP" else owner.group()) + "增速"
        elif ind in _BARE_RATES and last_base and last_base.endswith(_SHARES) and last_base.find("占") >= 2 \
                and clause_before[:2] in ("较全", "比全") and base_sent == sent_id:
            ind = last_base[:last_base.find("占")] + "增速"  # …，占全省游客数的6.47%，较全省总体增速高1.87个百分点: the measure's
        elif unit == "%" and clause_before[:2] == "恢复" and last_base and base_sent == sent_id \
                and (back := _BACK_TO.fullmatch(clause_before)) is not None:
            measure_of = last_base[:last_base.find("占")] if last_base.find("占") >= 2 else last_base
            # 接待游客544.41万人次，…，恢复至2019年同期水平的81%: how much of that level the measure is back to
            ind = measure_of + "恢复至" + cx.normalise(back.group("level")) + "比例"
        elif raw_ind and ind == raw_ind and clause_before[:2] in ("较全", "比全") and last_base and base_sent == sent_id \
                and len(last_base) > len(ind) and last_base.endswith(ind):
            ind = last_base  # 旅游人均花费906.85元，较全省人均花费低174.19元: the same measure, compared with the province's
        elif ind in _BARE_RATES and last_base and not last_base.endswith(_SHARES) and not clause_before.startswith("全国"):
            # 经济增速要高于…。增速要达到17%以上: a bare rate is the last one named (not the nation's rate
            # a local speech quotes: 全国第四季度增速比一季度高出13.3个百分点), a measure that grows (not a rate
            # or share: 森林覆盖率达60%。…年均增速达4.25% is no growth of the forest cover)
            ind = last_base + "增速"
        if q.unit in ("万", "亿", "万亿", "千万", "百万"):
            noun = cx.noun_after(fold[pe:min(e, pe + 24)])
            if noun and (raw_ind is None or before[-1:] in ("、", "，", ",")):
                named, named_sent = state.get("people_of", (None, -1))  # type: ignore[misc]
                ind = named[1] if named and named_sent == sent_id and named[0] == noun else noun  # 近1亿农村贫困人口
            elif noun and _PERSON_NOUN.search(noun):  # 苏联共产党在只有30万党员的时候 → 苏联共产党党员数
                ind = raw_ind + noun + "数"
                state["people_of"] = ((noun, ind), sent_id)
        if parens and unit == "%" and fold[ps - 1:ps] in ("(", "（"):  # (rule group: a share in parentheses)
            if (ind and unit == "%" and not ind.endswith(("增速",) + _SHARES) and fold[ps - 1:ps] in ("(", "（")
                    and "增速" in sq(pe, ce)):
                ind += "增速"  # ×区(×%)、×市(×%)增速分别…: each entity's growth rate
        if parens and unit == "%" and ind and not ind.endswith(("增速",) + _SHARES) \
                and (o := max(fold.rfind("(", ps - 40 if ps > 40 else 0, ps), fold.rfind("（", ps - 40 if ps > 40 else 0, ps))) > 0 \
                and _AREA_IN_PARENS.fullmatch(fold, o, ps) and _GROWTH_FIGURE_BEFORE.search(fold, o - 16 if o > 16 else 0, o):
            ind += "增速"  # 增长11.0%(全国10.7%、全省10.1%): the country's and the province's growth, a rate given as a level
        counted = None
        base_unit = _base_unit(unit)  # _count_indicator and 倍 change only the qualifier
        if q.scale and q.unit != q.scale and (base_unit in COUNT_UNITS or base_unit in _AREA_UNITS) \
                and "\u4e00" <= fold[pe:pe + 1] <= "\u9fff" and fold[pe] != "的" and not _CHANGED_TO.match(fold, pe):
            counted = cx.noun_after(fold[pe:min(e, pe + 24)])  # (not 由180万户增加到…: a change goes on)
            if counted and base_unit in ("户", "人", "名") and _DID_TO_PEOPLE.search(counted):
                counted += "户数" if base_unit == "户" else "人数"  # 有2.2万户发展养殖业: the households that did it
            elif counted and base_unit in COUNT_UNITS and (deed := _SCALED_DEED.search(clause_before)) is not None:
                # 淘汰18万辆老旧机动车 → 淘汰老旧机动车数: what the deed was done to, counted (not all there are)
                counted = deed.group() + counted + ("户数" if base_unit == "户" else "人数" if base_unit in ("人", "名") else "数")
        elif base_unit in _AREA_UNITS and "\u4e00" <= fold[pe:pe + 1] <= "\u9fff" or fold[pe:pe + 1] in ("“", '"'):
            counted = _site_after(fold, pe, e, clause_before)  # 新建高湖、塔坑350亩“乌牛早”茶叶基地 → 新建乌牛早茶叶基地面积
            if counted:
                counted = _unit_label(counted, unit)
        if counted in cx.GOAL_WORDS:
            counted = ind = None  # 确保全年完成35万亩任务: the goal it meets names nothing (the work is named before)
        if counted:
            ind = counted  # 九千六百多万名党员, 十八亿亩耕地红线: a large count names what it counts after it
        elif q.unit in COUNT_UNITS or base_unit in COUNT_UNITS and (
                raw_ind is None or q.scale and base_unit in _DEED_UNITS and raw_ind[-1:] not in "量额数率模"
                and (base_unit != "件" or _CASE_DEED.search(raw_ind) is not None)):
            # (侦办案件68.9万起, 抓获违法犯罪嫌疑人143万余名: cases and persons counted in 万 are counted as in ones;
            # not 棉纱52万件, a product's bales)
            subj, subj_sent, subj_unit = state.get("count_subject", (None, -1, None))  # type: ignore[misc]
            completed = ind
            # (a subject that counted people is carried to no count of other things: 发生事故34起，死亡21人，比去年的52起…,
            # where 死亡 names no count of accidents; cases then their people, 案件49件56人，其中要案16人, still share one)
            same = subj_sent == sent_id and (subj_unit not in _PEOPLE_UNITS or base_unit in _PEOPLE_UNITS)
            ind, q, subj = _count_indicator(fold, p, q, raw_ind, cs, e, subj if same else None,
                                            last_base if base_sent == sent_id else None, sq)
            if ind is None and raw_ind is None and completed and d != "level" and (b and base_sent == sent_id and base_of == base_unit or out and (
                    out[-1].phrase[0] >= sent_far and out[-1].indicator == completed and completed[:2] not in _NEW_WORDS)):
                # 就业人员77451万人，比上年末增加198万人: a change of the figure just named (…由9899万人减少至4335万人，年均
                # 减少1391万人: of the count just given; not a count of other things: 收入21亿元，比去年的52万人次增加了18万人次)
                ind = completed
            elif ind and ind.startswith("新增") and _NET.fullmatch(clause_before):
                ind = clause_before[:2] + ind[2:]  # 新增“四上”企业14家，净增7家: the net change of the set, not the new ones
            if ind and ind.startswith("日均新设") and _NET_A_DAY.fullmatch(clause_before):
                ind = "日均" + clause_before[-2:] + ind[4:]  # 日均新设企业2.2万户，日均净增1.2万户: the net change a day
            if fold[cs - 1:cs] in ("(", "（") and clause_before.startswith("其中"):
                # 项目开工65项(其中工业项目35项)，竣工30项: the part is of the count before the parenthesis, and
                # the count after it still has that count's subject
                parent = out[-1].indicator if out and out[-1].phrase[1] <= cs else None
                if ind and parent and ind.endswith("项目数") and len(ind) > 3 and "项目" in parent \
                        and parent.endswith("数") and ind[:-3] not in parent and not _COUNT_VERB.search(ind[:-3]) \
                        and not _NEW_OF_COUNT.search(ind[:-3]):  # (a kind of project, not 计划新开工: a verb)
                    ind = parent.replace("项目", ind[:-3] + "项目", 1)
            else:
                state["count_subject"] = (subj, sent_id, base_unit)
        if ind is None and raw_ind is None and out and clause_before and out[-1].phrase[0] >= sent_far \
                and out[-1].indicator and _base_unit(out[-1].quantity.unit) == _base_unit(unit) and unit != "%" \
                and not out[-1].indicator.endswith(_SHARES) and _BARE_AGAIN.fullmatch(clause_before):
            # 全国城镇新增就业1105万人，预计全年将超过1200万人; 每年超过900万人，2006年达1184万人: a clause of only a
            # time and a verb gives the same measure again, at another time or as a forecast
            ind = out[-1].indicator
        if ind and q.unit in COUNT_UNITS:  # (rule group: both rules name a count)
            if ind and q.unit in COUNT_UNITS and out and out[-1].indicator and out[-1].phrase[0] >= sent_far \
                    and "元" in before and (size := _SIZE_ITEM.match(before)) \
                    and (old := _SIZE_IN.search(out[-1].indicator)):
                # 产值超10亿元的工业企业有151家、超百亿元的15家; 亿元以上项目55个，其中超3亿元的10个: the same
                # units counted above another size
                prev = out[-1].indicator
                ind = prev[:old.start()] + size.group("size") + prev[old.end():]
            if ind and q.unit in COUNT_UNITS and "正在" in ind and (building := _BUILDING.search(ind)):
                ind = "在建" + ind[:building.start()] + "数"  # 等8个项目正在建设(当中) → 在建项目数
        if q.unit in ("位", "位次") and _RANK_MOVE.search(sq(max(cs, ps - 8), ps)):
            if last_base and base_sent == sent_id:
                ind = last_base + "增速位次"  # …增长15.5%，位居全省第8位，较年初前移了3位
            elif raw_ind is None:
                rate = cx.rate_before(fold[sent_far:ps])
                if rate:
                    ind = rate + "位次"  # GDP增速居全省第5位，比上年前移2位
        if raw_ind is None and unit == "%" and fold[pe:pe + 1] == "的" and _CLAUSE_OPEN.fullmatch(clause_before) \
                and (share := _SHARE_OF_NOUN.fullmatch(sq(pe, ce))) is not None:
            # 58.2%的业务办理实现最多跑一次 → 实现最多跑一次业务比例: a share written before its noun is of the units that did it
            ind = cx.normalise(_QUOTE_MARKS.sub("", share.group("did")).replace("、", "")) + share.group("noun") + "比例"
        prev_ind, prev_sent = state.get("prev_ind", (None, -1))  # type: ignore[misc]
        prev_ind = prev_ind if prev_sent == sent_id else None
        if raw_ind is None and prev_ind and "其中" in before:
            share_of = _PART_OF.fullmatch(before)
            if share_of and out and _base_unit(out[-1].quantity.unit) == base_unit:
                # 退耕还林27155亩(其中吃粮的22333亩): the part the modifier names, of the same measure
                # (not 总投资5.8亿元，其中投资超亿元的2个: a count of the projects)
                ind = share_of.group("mod") + prev_ind
        share_of_count = ind is None and raw_ind is None and prev_ind and clause_before[:1] == "占" and "总数" in clause_before \
            and prev_ind.endswith("数") and out and out[-1].indicator == prev_ind and out[-1].phrase[0] >= sent_far
        if share_of_count:
            ind = prev_ind  # 定额计酬的440个生产队，占生产队总数的23.75%: the share of the count just given (_sub_item)
        if ind and prev_ind:
            raw_clause = clause_before
            clause_text = _CLAUSE_LEAD.sub("", raw_clause) if raw_clause[:1] in _CLAUSE_LEAD.first else raw_clause
            if clause_text[:1].isdecimal() and (when := _CLAUSE_MONTH.match(clause_text)):
                clause_text = clause_text[when.end():]  # …，5月完成产值…: the month is the clause's period, not its subject
            if (_DONE_VERB.sub("", clause_text) if clause_text[:1] in _DONE_VERB.first else clause_text).startswith(ind) \
                    and not (out and _SEMICOLON.search(fold, out[-1].phrase[1], cs)
                             and not _subject_did(prev_ind, sq(sent_far, cs))
                             and not (ind in cx.CARRIED_HEADS and clause_text[:2] in ("实现", "完成"))) \
                    or local > cs and before[:1] in "、和及与" and before[1:].startswith(ind):
                # …销售收入751亿元，利税81亿元; 种植辣椒3万亩、产量2.7万吨; across a ; only a subject's
                # (金融机构实现存款余额…；贷款余额…), not a noun's own modifier (工农业总产值完成10.6亿元；税收完成…)
                ind = cx.carry_modifier(ind, prev_ind)
            ind = _amount_of_set(ind, prev_ind, clause_text)
            if (raw_ind is None or raw_ind in _SET_HEADS) and prev_ind.endswith("项目数") and ind.endswith(_SET_HEADS) \
                    and not ind.startswith(prev_ind[:-3]):
                # 新签约项目12个，总金额30亿元，待签约项目5个，8亿元: a bare amount is the set just counted
                ind = prev_ind[:-1] + next(h for h in _SET_HEADS if ind.endswith(h))
            if raw_ind is None and "占" in ind and clause_text[:1] == "占" and "占" not in prev_ind \
                    and not prev_ind.endswith(_SHARES) and out and out[-1].indicator == prev_ind:
                ind = prev_ind  # 农业人口…，占总人口的92.1%；非农业人口61748人，占总人口的7.9%: the share of the figure
                # just given, not the share named before it (_sub_item names it)
            ind = _sub_item(ind, prev_ind, clause_text, q.unit, raw_clause.startswith("其中"),
                            amount_named if amount_sent == sent_id else None, fold.find("其中", sent_far, cs) >= 0)
            if share_of_count and ind == prev_ind:
                ind = None  # (占全市的20%, 占81.4%: no whole to name it by; never the count's own name)
        elif ind and ind == raw_ind and amount and cs <= sent_far + 4 and _BREAKDOWN.match(fold, sent_far) \
                and out and out[-1].phrase[0] < sent_far and amount_sent == _sentence_start(fold, s, sent_far - 1):
            # 公路建设完成投资53.5亿元。其中：高速公路完成36.2亿元 → 高速公路投资: a sentence opened by 其中 breaks
            # down the amount of the sentence before, as a 其中 inside that sentence does
            ind = _sub_item(ind, amount, _CLAUSE_LEAD.sub("", clause_before), q.unit, clause_before.startswith("其中"), None, True)
        if ind and ind[-2:] == "建设" and q.unit and q.unit.endswith("元") and clause_before[-2:] == "完成" and len(ind) >= 4:
            ind += "投资"  # 港口建设完成3.9亿元: the money a construction work has done is its investment
        if ind in ("投资", "总投资") and (clause_before.startswith(ind) or clause_before[:2] in ("完成", "实现")
                                           and clause_before.startswith(ind, 2)) and cs - 1 > sent_far:
            # 纳入市级调度的112个重点项目，总投资77.8亿元: the set named (not counted) right before
            named_set = _SET_NAMED.search(sq(max(sent_far, cs - 40), cs - 1))
            if named_set:
                ind = cx.normalise(named_set.group("mod") + named_set.group("set")) + ind
        if ind and ("贡献率" in ind or "拉动" in ind):  # (rule group: every rule below names a contribution or a pull)
            if ind == "贡献率" and "对" in clause_before and (towards := _CONTRIBUTION_TO.search(clause_before)):
                ind = "对" + cx.normalise(towards.group(1)) + "贡献率"  # 对GDP的贡献率为30.5% (the whole kept, 的 dropped)
            if ind and ind.endswith("的贡献率") and "对" in ind:
                ind = ind[:-4] + "贡献率"  # 第一产业对全县地区生产总值的贡献率为6.6%: 的 dropped, as above
            if ind and ind[:1] == "对" and prev_ind and "占" in prev_ind[2:] and ind.endswith("贡献率"):
                prev_ind = prev_ind[:prev_ind.index("占", 2)]  # 工业增加值…，占GDP的27.3%，对GDP的贡献率为30.5%: the part's
            if ind and ind[:1] == "对" and ind.endswith("贡献率") and prev_ind and (parts := cx.split_head(prev_ind)) and len(parts[0]) >= 2:
                ind = parts[0] + ind  # …产值增长18.7%，对规上工业产值增长贡献率达39.1%: the contribution of that sector
            elif ind and ind[:1] == "对" and ind.endswith("贡献率") and prev_ind and prev_ind.find("拉动") >= 2:
                ind = prev_ind[:prev_ind.find("拉动")] + ind  # …，拉动规上工业增长9.2个百分点，对规上工业贡献率达90.2%: the puller's
            if ind and ind[:2] == "拉动" and prev_ind and prev_ind.endswith("贡献率") and (of := prev_ind.find("对")) >= 2:
                # 工业对GDP贡献率突破72%，拉动GDP增长7个百分点: the pull is the contributor's
                ind = prev_ind[:of] + ind.removesuffix("增速") + ("增长" if ind.endswith("增速") else "")
            elif ind and "拉动" in ind[:8] and ind.endswith("增速") and q.unit == "个百分点":
                # 产值超亿元企业…实现总产值XX亿元，拉动规上工业产值XX个百分点: the points of growth the puller gave,
                # named after the measure the sentence gave before it (its modifier), as the contribution's above
                puller = cx.split_head(prev_ind) if prev_ind and ind[:2] == "拉动" else None
                ind = (puller[0] if puller and len(puller[0]) >= 2 else "") + ind[:-2] + "增长"
        if ind in cx.CARRIED_HEADS or ind in _CAPACITIES:  # (rule group: every rule completes a bare measure head)
            if ind in cx.CARRIED_HEADS and raw_ind == ind and cs <= sent_far + 1 and sent_far - 1 > s \
                    and fold[sent_far - 1] in "。！!" and not (out and out[-1].phrase[0] >= sent_far) \
                    and (said := _named_sentence(fold, s, sent_far)) and (parts := cx.split_head(said)) \
                    and len(parts[0]) >= 2 and (ind.endswith(parts[1]) or parts[1].endswith(ind)):
                # 三是财政收入向前迈了一大步。总收入达到347万元: the measure the sentence before names, in full
                ind = parts[0] + ind
            if ind and raw_ind == ind and (ind in cx.CARRIED_HEADS or ind in _CAPACITIES) and cs - 1 > sent_far \
                    and (opens := _SUBJECT_OPENS.match(cx.squeeze(fold[sent_far:min(cs, sent_far + 24)]))):
                # 奶山羊产业形成完整产业链条，存栏量达57.3万只; 工业园区入驻企业超过200家，年产值突破100亿元: the
                # sentence's subject owns the bare measure (the industry's crop or herd, the park)
                ind = (opens.group("crop") or opens.group("park")) + ind
            if ind in cx.CARRIED_HEADS:
                if "topic" not in state or state["topic"][0] != s:  # type: ignore[index]
                    state["topic"] = (s, _topic(fold, s, e))
                topic = state["topic"][1]  # type: ignore[index]
                if topic:
                    ind = topic + ind  # 1、光电子信息产业…。1-6月预计完成产值113亿元
        if raw_ind is None and local > cs and prev_raw and prev_raw[1] == k and (
                not before or before == "、" and ind is None and _base_unit(unit) != _base_unit(out[-1].quantity.unit)
                and unit not in _PCTLIKE and out[-1].quantity.unit not in _PCTLIKE):
            # 完成征地1258户1447亩: a second measure of the same thing, named by its unit below; 排查13.3万余车次、
            # 近15.2万人次: so is one after 、 in another unit with no name of its own
            ind = prev_raw[0]
        if of_after and unit != "%":  # (rule group: every rule reads an amount followed by 的)
            if clause_before[:1] == "占" and unit != "%" and ind and ind.endswith("比重") and "占" in ind \
                    and fold.startswith("的", pe) and (plan := _SHARE_OF_PLAN.match(clause_before)):
                # 生猪出栏127.24万头，占计划数127.23万头的100.01%: the base of the share is the plan's figure
                # (the share after it is still the output's: nothing below is told of this one)
                prev_end_in_clause[k] = pe
                out.append(_found((text_span, (ps, pe), (pv, p.vend), q, ind[:ind.index("占")] + plan.group(1), d, b,
                                  "target", per)))
                continue
            if clause_before[:1] == "占" and unit != "%" and ind and ind.endswith("比重") and "占" in ind \
                    and fold.startswith("的", pe) and _PLAN_FIGURE_NEXT.match(fold[pe:pe + 12]) \
                    and (whole := cx.share_base(clause_before[1:])) and _base_unit(unit) not in COUNT_UNITS:
                # 共有3648.4万亩棉田，占棉田实收面积8500万亩的42%: the whole's own figure, named by the whole
                prev_end_in_clause[k] = pe
                out.append(_found((text_span, (ps, pe), (pv, p.vend), q, whole, d, b, kd, per)))
                continue
            if unit != "%" and fold.startswith("的", pe) and _PLAN_FIGURE_NEXT.match(fold[pe:pe + 12]) \
                    and (plan := _PLAN_DONE_OF.search(clause_before)):
                # 地区生产总值635亿元，完成年计划710亿元的89.4%: the plan's own figure (a target, M3), named by the
                # amount before it; the completion rate after it still reads its whole clause
                named_plan = plan.group(1)
                if amount_sent == sent_far and amount_named and amount_named[-2:] not in named_plan:  # (年度投资计划: said)
                    named_plan = amount_named + named_plan
                out.append(_found((text_span, (ps, pe), (pv, p.vend), q, named_plan, "level", None, "target", per)))
                continue
            if fold[pe:pe + 1] == "的" and unit.endswith("元") and before.endswith("投资"):
                # 投资2.4亿元的甲钢帘线项目, 投资X亿元的年产X万吨乙材料、…项目等: the investment of the project named
                # after it (its capacity is part of the name, not of the project); a plural set keeps its own label
                project = _PROJECT_NAMED.match(fold, pe + 1, min(e, pe + 48))
                name = project.group("name") if project else ""
                if ("公司" in name or "集团" in name) and (firm := _FIRM_IN_NAME.match(name)) and len(name) - firm.end() >= 2:
                    name = name[firm.end():]  # 投资10.7亿元的甲股份有限公司啤酒项目: the firm is the entity (M5)
                if "的" in name and (owner := _OWNER.match(name)) and len(name) - owner.end() >= 2:
                    name = name[owner.end():]  # 郑州甲塑胶公司的涤纶短纤维生产项目: the firm owning it is the entity (M5)
                if (did := _PROJECT_DID.search(name)) is not None:
                    name = name[:did.start()]  # 总投资x万元的有机肥厂实现投产运营: what the project did is no part of its name
                if project and fold.startswith("、", project.end()) and not fold.startswith(("投资", "总投资"), project.end() + 1):
                    pass  # 总投资5亿元的甲研究院、乙背板等项目: a list of projects keeps the clause's own label (its sum)
                else:
                    ind = cx.normalise(name) + "项目投资" if project and len(name) >= 2 else None  # (right or absent)
        if kd == "actual" and ind and ind.endswith(_PLAN_AMOUNTS) and unit and unit.endswith("元"):
            kd = "target"  # 年度投资计划1015亿元: the figure of a plan is a target (decision 4), done or not
        if unit == "%" and "占" in clause_before:  # (rule group: every rule names a share after 占)
            if raw_ind is None and unit == "%" and clause_before in ("占", "占比") and ind and out \
                    and not ind.endswith(_SHARES) and "占" not in ind and (whole := _whole_of_part(fold, s, ps, out)):
                # 农林牧渔业总产值22.3亿元。其中：农业产值11.4亿元，占51.1%: the part's share of the whole named before 其中
                ind = ind + "占" + whole + "比重"
            elif (ind is None or ind[:1] == "占" or clause_before.endswith(ind)) and unit == "%" and clause_before[:1] == "占" \
                    and clause_before[1:2] not in ("比", "有") and clause_before[1:3] not in ("地面", "地约", "地近") \
                    and (clause_before[1:2] != "地" or clause_before[2:3] == "区") \
                    and measure and measure_sent == sent_id and not measure.endswith(_SHARES) \
                    and (whole := cx.share_base(clause_before[1:])):
                # 企业开办样本库就有10158户，占全市样本库的25%: the share of what the sentence just counted or amounted
                name = _count_stem(measure)
                if (name.endswith(whole) or whole[:1] == "全" and name == whole[2:]) \
                        and (area := _WHOLE_AREA.match(clause_before)):
                    whole = area.group(1)  # 样本库…占全市样本库的: the whole is the area's (企业开办样本库占全市比重)
                ind = name + "占" + whole + "比重"
            elif unit == "%" and ind and len(ind) >= 6 and ind.endswith("所占比重") and clause_before.startswith("其中") \
                    and out and out[-1].phrase[0] >= sent_far and (whole := out[-1].indicator) \
                    and len(whole) >= 2 and "占" not in whole and not whole.endswith(_SHARES) and not ind.startswith(whole):
                # 全社会固定资产投资增长24.8%，其中工业投资所占比重由28%提高到30%: the part's share of the measure just named
                ind = ind[:-4] + "占" + whole + "比重"
            elif unit == "%" and ind and before[-1:] == "占" and not ind.endswith(_SHARES) and "占" not in ind \
                    and clause_before.startswith("其中") and amount and amount_sent == sent_id and amount != ind:
                ind = f"{ind}占{amount}比重"  # 农民人均纯收入5306元，其中非农收入占76%: its share of the amount just named
            elif unit == "%" and ind and before[-1:] == "占" and not ind.endswith(_SHARES) and "占" not in ind \
                    and fold.find("中", max(sent_far, cs - 40), cs) >= 0 \
                    and (whole := cx.last_match(_AMONG, cx.squeeze(fold[max(sent_far, cs - 40):cs]))
                         or cs - sent_far <= 40 and _AMONG_OPENS.match(cx.squeeze(fold[sent_far:cs]))) \
                    and (cx.split_head(whole.group("whole")) or whole.group("whole").endswith(_WHOLES)):
                ind = f"{ind}占{cx.indicator_of(whole.group('whole')) or cx.normalise(whole.group('whole'))}比重"  # 在工农业总产值中，农业产值占97%: its share of that whole
            elif unit == "%" and before[-1:] == "占" and len(clause_before) > 2 \
                    and (ind is None or raw_ind is None or "占" not in ind and not ind.endswith(_SHARES)) \
                    and (subject := cx.indicator(clause_before[:-1].rstrip("的"))) is not None \
                    and len(subject := subject.rstrip("则还也都就只")) >= 2 and subject[-1] not in "而中的" \
                    and "占" not in subject and not subject.endswith(_SHARES):
                # 其中一类占88.5%, 按人劳比例包地的队占21%, 专业户承包的占7%: the subject's share of a whole not named
                # (the share is never the subject itself, nor the subject of the clause before)
                ind = subject + "占比"
            elif unit == "%" and clause_before == "占" and raw_ind is None \
                    and (ind is None or not ind.endswith(_SHARES) and "占" not in ind):
                # 诈骗案件5763起，占14.9%: a share with no whole named in the clause right after a count or an amount is
                # that figure's share (诈骗案件占比, as 省级示范高中120所，占比22.5%); else no name, never the one carried
                # from before it (right or absent)
                prev = out[-1] if out and out[-1].phrase[0] >= sent_far else None
                ind = _count_stem(prev.indicator) + "占比" if prev and prev.indicator and ind in (None, prev.indicator) \
                    and prev.quantity.unit != "%" and not prev.indicator.endswith(_SHARES) and "占" not in prev.indicator \
                    and fold[prev.phrase[1]:cs] in (",", "，") else None
        if ind and "等" in ind and (q.unit in COUNT_UNITS or "、" in ind and (
                _base_unit(unit) in _AREA_UNITS or unit not in _PCTLIKE and "的" not in ind[ind.rfind("等"):])) \
                and (etc := _COUNTED_SET.search(ind)):
            # 引进甲、乙、丙等招商项目33个: the members listed, then the set that is counted; 甲、乙、丙等种植面积都在
            # 20亩以上: the members, then what is measured of each; a deed done to people listed is done to their set
            # (培训缝纫工、泥工等技术工人260人次 → 培训技术工人人次)
            deed = _PARENT_VERB.match(ind) if base_unit in _PEOPLE_COUNTS and ind[:1] in _PARENT_VERB.first else None
            ind = (deed.group() if deed and not etc.group("set").startswith(deed.group()) else "") + etc.group("set")
        if q.unit == "%":  # (rule group: a sector's growth)
            if ind and ind == raw_ind and ind[-1:] == "业" and q.unit == "%" and not _NOT_SECTOR.search(ind) \
                    and cx.split_head(ind) is None and (head := _last_head(fold, max(s, ps - 300), ps)) in ("增加值", "产值"):
                ind = ind + head  # 规上工业增加值增长7.4%…，规上采矿业增长3.3%: the sector's value added (…完成产值…；钢业下降53.6%: its output)
        if ind is None and raw_ind is None and (cell := _cell_label(fold, s, e, ps, pe)):
            ind = cell  # 粮食总产量⏎⏎162817吨⏎⏎0.5: a table printed a cell a line, its row's label on the line before
        if ind is None and raw_ind is None and (label := _line_label(fold, s, ps)):
            ind = label  # 煤炭：一九四九年为三千二百四十三万吨，一九七八年…: a list line's label names its figures
            if unit == "个百分点" and not ind.endswith(("增速", "增幅") + _SHARES):
                ind += "增速"  # 生产总值：回落了2个百分点: the points are its growth rate's (M5)
        elif ind is None and raw_ind is None and fold[ps - 1:ps] == "以" and (by := _RANKED_BY.match(fold, pe, ce)):
            ind = cx.normalise(by.group("by"))  # 金水区以3.29亿美元的出口总额遥遥领先: the measure it ranks by
        elif ind is None and raw_ind is None and fold[cs - 1:cs] in (":", "：") and cs - 1 > sent_far \
                and (listed := _LIST_INTRO.search(said := sq(max(max(fold.rfind(c, sent_far, cs - 1) for c in "，,；;") + 1,
                                                                 cs - 41), cs - 1))) is not None and listed.start() >= 2:
            ind = cx.indicator(said[:listed.start()])  # 实际利用外资居前5位的分别是：甲县1.46亿美元、乙区…: the measure
            # before the colon names each place's figure (the ranking names nothing)
        if ind in _DIMENSIONS and raw_ind == ind and measure_count and measure_sent == sent_id and measure:
            # 完成土地供应X宗面积X亩, 架设高压线路3条，长度4200米: the area or length of what was just counted
            ind = _COUNT_SUFFIX.sub("", measure) + ind
        elif raw_ind in _WORKS and ind == raw_ind and base_unit not in COUNT_UNITS and out \
                and out[-1].phrase[0] >= sent_far and _base_unit(out[-1].quantity.unit) == base_unit \
                and out[-1].indicator and (work := _WORK_ON.match(out[-1].indicator)):
            ind = raw_ind + work.group("object")  # 新修公路27.2公里，整治25.4公里: 整治 works on the same roads
        elif ind == "面积" and raw_ind == "面积" and clause_before.endswith("累计面积") and out \
                and (crop := _crop_of_clause(fold, out, cs)):
            ind = crop + "累计面积"  # 完成火龙果种植5612亩，…，累计面积1.08万亩: the crop's area so far
        if among_said or parts_done:  # (rule group: a part after 其中 named by the whole's verb)
            if ind and raw_ind and out and out[0].phrase[0] < ps and (clause_before.startswith("其中") or (
                    fold.find("其中", max(sent_far, cs - 4), cs) >= 0 or out[-1].phrase in parts_done) and cs > out[-1].phrase[1]) \
                    and ind[:2] not in _WHOLE_VERBS and ind[:3] not in _WHOLE_VERBS \
                    and (whole := next((f for f in out if f.phrase[0] >= seg), None)) is not None and whole.indicator \
                    and _base_unit(whole.quantity.unit) == base_unit \
                    and (verb := whole.indicator[:3] if whole.indicator[:3] in _WHOLE_VERBS else whole.indicator[:2]) in _WHOLE_VERBS \
                    and len(whole.indicator) > len(verb) + 1 and not ind.startswith(whole.indicator[len(verb):len(verb) + 2]) \
                    and whole.indicator[len(verb):len(verb) + 2] not in ("就业", "创业", "脱贫", "失业", "务工"):  # (新增就业…，其中高校毕业生: who found work)
                # 新增市场主体3200户，其中企业850户，个体工商户2350户; 培训农民工5600人次，其中贫困劳动力2100人次: a part of
                # the whole is what the whole's verb did too (新增企业数, 培训贫困劳动力人次)
                if whole.indicator[len(verb):len(verb) + 2] in _WORKS:
                    verb = whole.indicator[:len(verb) + 2]  # 新建整修各类堤防…，其中标准海塘…: both deeds (新建整修标准海塘)
                ind = verb + ind
                parts_done.add((ps, pe))
        if prev_raw and (base_unit in _AREA_UNITS or base_unit in _ANIMAL_UNITS):  # (rule group: a farming verb carried on)
            if ind and ind == raw_ind and base_unit in _AREA_UNITS and prev_raw and prev_raw[1] == k and before[:1] == "、" \
                    and (planted := _AREA_VERB.match(prev_raw[0])) and len(ind) <= 4 and not _AREA_VERB.match(ind) \
                    and cx.split_head(ind) is None:
                # 种植早稻1.6万亩、油菜1.8万亩: the crops after 、 are planted too
                ind = raw_ind = planted.group() + ind
            elif ind and ind == raw_ind and base_unit in _AREA_UNITS and prev_raw and prev_raw[1] == k - 1 and local == cs \
                    and fold[cs - 1:cs] in (",", "，") and len(ind) <= 3 and cx.split_head(ind) is None \
                    and (kept := _KEPT_VERB.fullmatch(prev_raw[0])) is not None and not _KEPT_VERB.fullmatch(ind):
                # 其中，河蟹养殖500亩，乌鳢600亩: the next clause's bare item is farmed too
                ind = raw_ind = ind + kept.group("verb")
            elif ind and ind == raw_ind and base_unit in _ANIMAL_UNITS and prev_raw and prev_raw[1] == k and before[:1] == "、" \
                    and (raised := _RAISE_VERB.match(prev_raw[0])) and len(ind) <= 3 and not _RAISE_VERB.match(ind) \
                    and cx.split_head(ind) is None:
                ind = raw_ind = raised.group() + ind  # 饲养生猪16万头、家禽160万羽: the animals after 、 are raised too
        if among_said and base_unit in COUNT_UNITS:  # (rule group: a sector's part of the units counted before 其中)
            if ind and ind[-1:] == "数" and ind[-2:-1] == "业" and len(ind) <= 6 and base_unit in COUNT_UNITS and out \
                    and not _NOT_SECTOR.search(ind[:-1]) and ind[-3:-2] not in "企商农" and ind[:2] not in _NEW_WORDS \
                    and (among := fold.rfind("其中", max(s, sent_far - 2), ps)) >= 0 \
                    and (whole := next((f for f in reversed(out) if f.phrase[1] <= among and f.indicator
                                        and f.indicator.endswith("数") and _base_unit(f.quantity.unit) == base_unit), None)) \
                    and whole.phrase[0] >= _sentence_start(fold, s, among) - 200 and not whole.indicator.startswith(ind[:-1]):
                # 四上单位入库147家。其中工业4家、建筑业56家: the sector's part of the units counted before 其中
                ind = ind[:-1] + whole.indicator
        if output_said:  # (rule group: each product's output after a label)
            if ind and ind == raw_ind and len(ind) <= 4 and unit not in _PCTLIKE and base_unit not in COUNT_UNITS \
                    and ind[-1:] not in "量值率额" and cx.split_head(ind) is None \
                    and _output_label(fold, sent_far, cs):
                ind = raw_ind = ind + "产量"  # 主要工业产品产量：黄金4463公斤，增长2.6%；原煤110万吨: each product's output
        named = ind
        prev_raw = (raw_ind, k) if raw_ind else None
        if not counted:
            ind = _unit_label(ind, q.unit)
        if ind and len(ind) <= 4 and ind[-1:] == "数" and out and (
                clause_before.startswith("其中") and (last := out[-1]).phrase[0] >= sent_far
                or fold[cs - 3:cs - 1] == "其中" and fold[cs - 1] in "，," and fold[cs - 4:cs - 3] in ("。", "；", ";")
                and (last := next((f for f in reversed(out) if _base_unit(f.quantity.unit) == base_unit), out[-1])).phrase[0]
                >= _sentence_start(fold, s, cs - 4)) \
                and (whole := last.indicator) and len(whole) > len(ind) \
                and whole.startswith(ind[:-1]) and whole.endswith("数") and _base_unit(last.quantity.unit) == base_unit:
            # 共办理各类案件409.96万件，其中最高人民检察院办理8980件: the same deed on the same things; so with 其中
            # opening the next sentence, after the whole's growth (…共处置问题线索3763件，同比增长69.0%。其中，省纪委处置283件)
            ind = whole
        if ind == "投资" and unit and unit[-1:] in "元万亿" and (built := _BUILT_WITH.match(fold, pe, ce)) is not None:
            ind = cx.normalise(built.group("what")) + "投资"  # 引进甲公司投资1.5亿元开发乙小区: what the money built
        if q.unit == "%" and ind and (goal := _GOAL_SET_TO.search(clause_before)) is not None:
            if goal.group("measure") and (measure_named := cx.indicator_of(_APPROVED.sub("", goal.group("measure")))):
                ind, kd = measure_named + "增速", "target"  # 地区生产总值年均增长指标由12%左右调整为11%左右
            elif goal.group("named") and not ind.endswith(_SHARES + ("率", "增速", "增幅", "涨幅", "降幅", "增长")):
                # GDP预期目标拟调整为9%左右: a percentage goal of a level is its growth rate (经济增长预期目标为7%
                # keeps the noun 经济增长)
                ind = _APPROVED.sub("", ind) + "增速"
        if base_unit == "套" and (homes := _homes_built(ind, before, state, sent_id)):
            ind = homes  # 保障性住房已开工440万套，基本建成236万套: the homes, what was done to them, and 套数
        if base_unit == "天":  # (rule group: days over a standard)
            if ind and ind[:2] == "超标" and base_unit == "天" and out and out[-1].phrase[0] >= seg \
                    and (lead := _LEADING_POLLUTANT.match(out[-1].indicator or "")):
                ind = lead.group(1) + ind  # 以NO2为首要污染物5天，同比增加4天，超标0天: the days that pollutant exceeded
        if ind and ind[-1] in "-－−":
            ind = ind.rstrip("-－−") or None  # 工业投资同比-3.5%: the minus is the figure's sign, not the name's
        if ind in ("占比", "比重") and q.unit == "%" and fold[ps - 3:ps - 2] in ("(", "（") \
                and (owner := _BRACKET_OWNER.search(fold, max(s, ps - 16), ps - 3)) is not None:
            ind = cx.normalise(owner.group(1)) + ind  # 畜牧业(占比35%): the share is the noun's before the bracket
        if q.unit in COUNT_UNITS:  # (rule group: a count's units named by their deed)
            if ind and ind.endswith("数") and q.unit in COUNT_UNITS and clause_before[-1:] == "的" \
                    and fold[ce:ce + 2] in ("，占", ",占") and (deed := _deed_before(clause_before)) and deed not in ind:
                if not fold[pe:ce].strip(" \u3000") and (whole := _OF_ALL.match(fold, ce + 2, min(len(fold), ce + 14))):
                    # 作为意见处理的5件，占提案总数的4%: no noun after the count, its name was carried from the clause
                    # before (经审查立案数); the units are the whole's the share names
                    ind = deed + whole.group(1) + "数"
                else:
                    ind = deed + ind  # 实行部分作物联产到劳的1116个生产队，占生产队总数的60.23%: the teams that did it
        if ind and ind[:1] in "平每" and (daily := _DAILY_DEED.fullmatch(ind)) is not None and (made := next(
                (f.indicator for f in reversed(out) if f.phrase[0] >= sent_far and _base_unit(f.quantity.unit) == base_unit),
                None)) and made.startswith(daily.group("deed")):
            ind = "日均" + made  # 新设市场主体998.3万户，平均每天新设5.52万户: the same count a day
        if out and (base_unit in _CASE_PEOPLE or ind in _UNIT_COUNTS):
            ind = _cases_and_people(fold, out, ind, q.unit, ps, clause_before, sent_far)
        if ind in _LOSS_ONLY and out and (accident := _accident_before(fold, out[-1], ps, ind)) is not None:
            ind = accident + ind  # 发生交通事故4116起,死433人,伤2477人,损失1799.9万元: those accidents' loss
        if base_unit in _PEOPLE_UNITS and ind and ind[-1:] == "数" and out and out[-1].phrase[0] >= sent_far \
                and (clause_before == ind[:-1] or "等" in clause_before and clause_before.endswith(ind[:-1])) \
                and (done := _done_to_listed(out[-1], ind, base_unit)):
            ind = done  # 处分县处级干部5人,乡科级干部46人: the next kinds of people went through the same deed
        if ind and ind.endswith("等数") and q.unit in COUNT_UNITS:
            ind = None  # 对甲、乙、丙等5个乡镇农村福利院进行了扩建: the items listed are no name (right or absent)
        if base_unit in ("户", "人") and (pair := _household_pair(fold, ind, ps, base_unit, pe, ce, out, sent_far)):
            ind = pair
        elif q.unit == "条" and out and out[-1].phrase[1] == ps and out[-1].quantity.unit in ("件", "项") \
                and (items := out[-1].indicator) and items[-1:] == "数":
            ind = items[:-1] + "条数"  # 提出审议意见16件63条: the same opinions, counted in 条 (their points)
        if ind is None and clause_before in _TOTAL_ONLY and q.unit in COUNT_UNITS:
            ind = _many_before(fold, cs, sent_far)  # 集体联名信访件较多，共128件: the count of what was many
        if unit == "%" and ind and (ind == "比重" or ind.endswith("所占比重")) and "比重" in clause_before \
                and (whole := cx.last_match(_AMONG, cx.squeeze(fold[max(sent_far, cs - 40):cs]))
                     or cs - sent_far <= 40 and _AMONG_OPENS.match(cx.squeeze(fold[sent_far:cs]))) \
                and (cx.split_head(whole.group("whole")) or whole.group("whole").endswith(_WHOLES)) \
                and (share_part := ind[:-4] if ind != "比重" else (own := _SHARE_OWNER.match(clause_before)) and own.group(1)):
            # 在工业总产值中，重工业的比重从…提高到…: the part's share of the whole the sentence opens with
            ind = f"{share_part}占{cx.indicator_of(whole.group('whole')) or cx.normalise(whole.group('whole'))}比重"
        if unit == "%" and clause_before == "占" and ind and ind[-2:] == "占比" and cs - sent_far > 6 \
                and (among := cx.last_match(_AMONG, sq(sent_far, cs))) is not None \
                and ind[:-2].endswith((whole_name := _DEED_OF.sub("", cx.normalise(among.group("whole"))))[-2:]) \
                and len(ind) - 2 > 2 and ind[:-2] != whole_name:
            # 在立案的提案中，经济建设方面提案63件，占49%: the share of the whole the sentence opens with, when the
            # part is a kind of it (the same noun): 经济建设方面提案占立案提案比重 (was …占比, the whole unnamed)
            ind = f"{ind[:-2]}占{whole_name}比重"
        if ind and clause_before[:1] == "占" and q.unit == "%" and (ind in _PLAN_HEADS or "占" not in ind
                                                                     and not ind.endswith(_SHARES)):
            # 税务部门完成9800万元，占调整预算98.1%，占一般公共预算收入的46.7%: a share whose part no measure names is
            # neither the plan nor the whole (right or absent)
            ind = None
        if ind and d == "level" and not ind.endswith(("预算", "预算数")) and q.unit and q.unit.endswith("元"):
            ind, kd = _budget_figure(ind, kd, clause_before, sq(sent_far, cs))
        if q.unit == "番" and ind and ind[-1:] in "年内间" and (span := _SPAN_END.search(ind)) is not None and span.start() >= 2:
            ind = ind[:span.start()]  # 经济总量和城乡居民收入五年翻一番: how long it takes is no part of the name
        if q.unit == "番" and ind and ind.count("和") == 1 and all(len(x) >= 2 and _names_measure(x) for x in ind.split("和")):
            ind = ind.replace("和", "、")  # 地区生产总值和居民人均可支配收入翻一番: one value of two measures (M3)
        if unit and unit.endswith("元") and "超过" in clause_before and (over := _EXCEEDS.fullmatch(clause_before)) is not None \
                and (over.group("b") in cx.MEASURE_HEADS or cx.split_head(over.group("b")) is not None):
            # 收入超过支出十一亿零六百万元: the first measure's excess over the second (was named 收入支出)
            ind, d, b = cx.normalise(over.group("a")), "increase", "较" + over.group("b")
        if ind is None and q.unit and _YEAR_ONLY.fullmatch(clause_before) and cs - 2 > sent_far \
                and (colon := max(fold.rfind(":", sent_far, cs), fold.rfind("：", sent_far, cs))) > sent_far \
                and _YEAR_ITEMS.fullmatch(sq(colon + 1, cs)) \
                and cx.split_head(label := _PARENS_END.sub("", sq(sent_far, colon)).rsplit("的", 1)[-1][-12:]) is not None:
            # …各个年度的当年预算收入(…)：1953年213.24亿元，1954年253.53亿元…: each year's figure of the measure named
            # before the colon (was no name)
            ind = cx.normalise(label)
        if ind and ind[-2:] == "人数" and (deed := _PROSECUTED.fullmatch(ind)) is not None and cs - 1 > sent_far \
                and (crime := _CRIME_BEFORE.search(sq(sent_far, cs))) is not None:
            # 依法惩治制售假冒伪劣农资犯罪，起诉651人 → 起诉制售假冒伪劣农资犯罪人数: the crime the clause before names
            ind = deed.group(1) + crime.group("crime") + "人数"
        if ind and ((ind[:ind.find("占", 2)] if ind.find("占", 2) > 0 else ind)[-1] in "而等" or ind in _FRAGMENTS):
            ind = None  # 由于提高劳动生产率而增加的占62%, 商品煤灰分等40%的指标, 即超额完成1.28%: a name cut short (right or absent)
        if ind and kd != "target" and ind.startswith(("原预算", "原计划")) and q.unit != "%":
            kd = "target"  # 1957年原预算收入二百九十三亿…: the budget first set is a target (decision 4), 预计 or not
        if ind and (counted_in := _COUNT_IN_NAME.match(ind)) is not None:
            # 破获207起命案 破案率达86%: a count inside the name says what the measure is of (命案破案率); its figure
            # is no part of the name (right or absent where nothing is left after it)
            ind = ind[counted_in.end():] if len(ind) - counted_in.end() >= 2 else None
        if ind in _COUNTRY_ONLY:
            ind = None  # 中国今年实现6.5%的目标: the country is the entity, and nothing names the measure (right or absent)
        if ind and ind.endswith("比重") and (at := ind.find("占")) >= 2 \
                and _LEVEL_OF.sub("", ind[:at]) == _LEVEL_OF.sub("", ind[at + 1:-2]) and "占全" not in clause_before:
            # 税务部门完成…，占一般公共预算收入的48.51%: a measure's share of itself names nothing (right or absent); a
            # share of the whole area's (占全市工业总产值的20%) is the place's share
            ind = None
        if ind:
            state["prev_ind"] = (ind, sent_id)
        index_value = special == "unitless" and bool(_INDEX_BEFORE.search(fold, max(s, pv - 16), pv))
        if ind and ind not in _PLAN_WORDS and ind not in _BARE_RATES \
                and (special is None or index_value or special == "unitless" and d != "level" and explicit) and (
                explicit and base_unit not in COUNT_UNITS and unit != "个位次"
                                        or unit not in ("个百分点", "个位次") and q.unit not in COUNT_UNITS):
            last_base = ind[:-2] if (ind.endswith("增速") or ind.endswith("税率") and not (raw_ind or "").endswith("税率")) \
                and len(ind) > 2 else ind  # (the measure itself: 降低农业税…3.6个百分点，减少506万元)
            base_sent, base_of = sent_id, base_unit
        if ind and explicit and unit != "%" and base_unit not in COUNT_UNITS and not ind.endswith(_SHARES):
            amount, amount_sent = ind, sent_id  # the last amount named in the sentence (亿元, 万吨 …)
            amount_named = named  # (as written: 建成平台, not the 建成平台面积 its unit adds)
            measure, measure_sent, measure_count = named, sent_id, False
        elif ind and (explicit or counted) and base_unit in COUNT_UNITS and not ind.endswith(_SHARES):
            measure, measure_sent, measure_count = ind, sent_id, True  # (覆盖人数达到31.36万人: a count in 万 too)
        prev_end_in_clause[k] = pe
        if same_measure and ind and b and not b.endswith(ind):
            b += ind  # 交通投资…是上一个五年的x.x倍 → 上一个五年交通投资
        if b is None and q.qualifier is None and unit == "%" and ind and ind.endswith(_BOUNDED_RATES) \
                and clause_before[-2:] in ("高于", "低于") and clause_before[:-2].endswith(ind[-2:]):
            # 地表水质量达到或优于三类比例高于98%, 城镇登记失业率低于4.5%: a rate bounded, with no base to compare with
            d, q = "level", q._replace(qualifier="以上" if clause_before[-2:] == "高于" else "以下")
        out.append(_found((text_span, (ps, pe), (pv, p.vend), q, ind, d, b, kd, per)))
    state["last_base"] = (last_base, base_sent, base_of)
    state["amount"] = (amount, amount_sent, amount_named)
    state["measure"] = (measure, measure_sent, measure_count)
    if not out:
        return out
    out = _rates_of_listed(fold, _size_classes(_respectively(fold, out, stops), stops), stops)
    if fold.find("、", s, e) >= 0 or fold.find("和", s, e) >= 0:  # (a list of items needs a 、 or a 和)
        out = _each_of_listed(fold, out)
    if fold.find("惠及", s, e) >= 0 or fold.find("受益", s, e) >= 0:
        out = _benefited(out, stops)
    if len(out) > 2 and (fold.find("(", s, e) >= 0 or fold.find("（", s, e) >= 0):
        out = _parts_in_parens(fold, out)
    if len(out) > 1:
        out = _deed_goes_on(fold, out)
    out = _last_look(fold, out)
    if len(out) > 1 and (fold.find("项目", s, e) >= 0 or fold.find("工程", s, e) >= 0):
        out = _set_named(fold, out)
    if fold.find("案件", s, e) >= 0 or fold.find("新设", s, e) >= 0:  # (one scan of the block; most hold neither)
        for k, f in enumerate(out):
            if f.direction != "level" and f.quantity.unit == "%" and _COUNTED_BY_CHANGE.search(f.indicator or ""):
                # 刑事案件同比下降1.2%, 新设制造业企业增长9.1%: the number of cases, of new firms changed
                out[k] = f._replace(indicator=f.indicator + "数")
    if any(f.indicator in _UNIT_COUNTS for f in out):
        out = _unit_named(out, stops)
    return _requoted(fold, out) if fold.find("“", s, e) >= 0 else out


#: a deed households or people underwent, opening a whole's name (消除风险户数, 新增识别“三类对象”户数, 标注风险消除人数)
_PART_DEED_FIRST = lazy(r"(?:未|新增|累计)?(?:消除|识别|标注|帮扶|纳入|救助|认定|退出|返贫|致贫|脱贫|搬迁|安置|资助|慰问|享受|领取)")
#: the people or households a deed was done to, closing its name: the set the parts in brackets are kinds of
_PART_SET = lazy(r"[“”\"]?[\u4e00-\u9fff]{0,6}(?:对象|人口|群众|农户|贫困户|人员)[“”\"]?")
#: a set's total by a deed (三类对象监测总户数, from “三类对象”监测总数为…户…人)
_SET_TOTAL = lazy(r"(?P<set>[\u4e00-\u9fff]{0,6}(?:对象|人口|群众|农户|贫困户|人员))(?P<deed>[\u4e00-\u9fff]{2})总(?P<end>户数|人数)")
#: a count's ending in a whole's name, by the unit of its figure
_PART_COUNT_END = {"户": "户数", "人": "人数", "人次": "人次"}
#: a part of a breakdown in brackets: its noun, after the bracket or a 、 (脱贫不稳定户, in (其中脱贫不稳定户2655户…、边缘易致贫户…)
_PART_NOUN = lazy(r"(?:[(（](?:其中[，,:：]?)?|[、，,])(?P<noun>[\u4e00-\u9fff]{2,10}?户)$")


def _parts_in_parens(fold: str, out: list[Found]) -> list[Found]:
    """``累计消除风险7282户27256人(脱贫不稳定户2655户10152人、边缘易致贫户2997户11585人)`` → 脱贫不稳定户消除风险户数,
    脱贫不稳定户消除风险人数: households of a kind listed in brackets right after a whole counted by a deed underwent that
    deed (the people the deed names as its object, 新增识别“三类对象”…, are what the parts are kinds of: 脱贫不稳定户新增识别户数);
    a share right after the bracket is the whole's (``…)，占脱贫人口总数的13.99%``), not the last part's. A whole named
    by no deed (``“三类对象”监测总数为…``) leaves its parts as they are: right or absent."""
    k = 0
    while k < len(out):
        g = out[k]
        o = g.phrase[1]
        if fold[o:o + 1] not in ("(", "（") or not g.indicator:
            k += 1
            continue
        close = fold.find(")" if fold[o] == "(" else "）", o, o + 200)
        if close < 0 or fold.find(fold[o], o + 1, close) >= 0:
            k += 1
            continue
        wholes = [w for w in out[max(0, k - 1):k + 1] if w.indicator and fold[w.phrase[1]:o].strip("0123456789.万户人") == ""
                  and w.phrase[1] >= g.phrase[0] - 12]  # (the pair 7282户27256人: both wholes end at the bracket or run into it)
        by_unit = {_base_unit(w.quantity.unit): w.indicator for w in wholes}
        j, last, names = k + 1, None, set()
        while j < len(out) and out[j].phrase[0] < close:
            f = out[j]
            names.add(f.indicator)
            unit = _base_unit(f.quantity.unit)
            whole = by_unit.get(unit)
            end = _PART_COUNT_END.get(unit)
            noun = _PART_NOUN.search(fold, max(o, f.phrase[0] - 24), f.phrase[0]) if end else None
            if noun is None and end and j > k + 1 and out[j - 1].phrase[1] == f.phrase[0]:
                noun = last  # (…户2655户10152人: the people of the households just named)
            last = noun
            j += 1
            if not f.indicator or not whole:
                continue
            if end and noun is not None and whole.endswith(end) and len(whole) - len(end) <= 10 \
                    and (did := _PART_DEED_FIRST.match(whole)) is not None:
                stem = whole[:-len(end)]  # (消除风险, 标注风险消除: the deed whole; 新增识别“三类对象”: the deed, its object the set;
                # 帮扶贫困户…: the 户 of the count's ending is the set's own)
                deed = did.group() if _PART_SET.fullmatch(stem, did.end()) or _PART_SET.fullmatch(whole, did.end(), len(whole) - 1) \
                    else stem
                out[j - 1] = f._replace(indicator=noun.group("noun") + deed + end)
            elif end and noun is not None and (told := _SET_TOTAL.fullmatch(whole)) is not None and told.group("end") == end:
                out[j - 1] = f._replace(indicator=noun.group("noun") + told.group("deed") + end)  # “三类对象”监测总数为16369户
                # 54851人(脱贫不稳定户5018户18684人…) → 脱贫不稳定户监测户数: the set's total by a deed, each kind's by it
            elif (verb := whole[:3] if whole[:3] in _WHOLE_VERBS else whole[:2]) in _WHOLE_VERBS and len(whole) > len(verb) + 1 \
                    and f.indicator[:2] not in _WHOLE_VERBS and f.indicator[:3] not in _WHOLE_VERBS and len(f.indicator) >= 3 \
                    and not f.indicator.startswith(whole[len(verb):len(verb) + 2]) \
                    and whole[len(verb):len(verb) + 2] not in ("就业", "创业", "脱贫", "失业", "务工"):
                out[j - 1] = f._replace(indicator=verb + f.indicator)  # 接待游客829万人次(过夜游客286万人次) → 接待过夜游客人次:
                # a part in brackets is what the whole's verb did, as one after 其中 is
        a = wholes[-1].indicator if wholes else None
        a = told.group("set") if a and (told := _SET_TOTAL.fullmatch(a)) is not None else a[:-1] if a and a.endswith("数") else a
        was = {n[:-1] if n.endswith("数") else n for n in names if n}
        while a and j < len(out) and out[j].quantity.unit == "%" and (mine := out[j].indicator) and "占" in mine \
                and mine[:mine.index("占")] in was and fold[close + 1:out[j].phrase[0]].find("。") < 0:
            out[j] = out[j]._replace(indicator=a + mine[mine.index("占"):])  # …)，占脱贫人口总数的13.99%，占农业人口总数的
            j += 1  # 2.63%: the whole's shares, as with no bracket (not the last part's)
        k = j
    return out


#: what was built or opened, said before the facilities a count in 所, 座 … counts (新建学校5所, 竣工中小学66所);
#: not 新增, which stays with its own item (新增市级园区3个、省级提质增效园区2个 → 省级提质增效园区数, as areas keep it)
_BUILT = lazy(r"(?P<deed>(?:新建|改扩建|改建|扩建|建成|竣工|完工|开工建设|新开工|开工|新开办|开办|投用|建设|创建|除险加固|修复|修造)"
              r"(?:、?(?:新建|改扩建|改建|扩建|建成|竣工|完工|开工建设|新开工|开工|新开办|开办|投用|建设|改造))*)"
              r"(?P<what>[\u4e00-\u9fff()（）]{2,14})数")
#: a deed right before a count in 万 of what it was done to (淘汰18万辆老旧机动车, 关停1.2万家散乱污企业)
_SCALED_DEED = lazy(r"(?:淘汰|关停|取缔|整治|治理|改造|更新|引进|培训|转移|安置|搬迁|救助|资助|推广)$")
#: what was done to land, said before the first area of a list (新增治理水土流失面积…、石漠化面积…)
_TENDED = lazy(r"(?:新增|累计|全年|共)?(?P<deed>(?:提质)?(?:治理|造林|修复|建设|营造|改造|整治|复垦|恢复|绿化|退耕还林|封山育林)+)"
               r"[\u4e00-\u9fff]{2,14}?面积$")
#: what was done along a length, said before the first length of a list (疏浚河道…、渠道…)
_LAID = lazy(r"(?:新增|累计|全年|共)?(?P<deed>(?:新建|改建|新改建|修建|整修|疏浚|清淤|整治|硬化|铺设|改造|加固)+)[\u4e00-\u9fff]{2,12}$")
#: a deed said alone after 、, with no facility of its own (…66所、开工建设133所)
_DEED_NAME = lazy(r"(?:新建|改扩建|改建|扩建|建成|竣工|完工|开工建设|新开工|开工|新开办|开办|投用)数")
_FACILITY_UNITS = frozenset("所 座 处 家 个 条 栋".split())
_LENGTHS = frozenset(("千米", "公里", "米"))
#: what a body handled or seized, said before the first item of a 、-list (办理代表建议…、代表审议意见…): the bare items share it
_HANDLED = lazy(r"(?P<deed>办理|审议|受理|办结|答复|查处|查缴|收缴|查获|缴获|侦办|破获)(?P<what>[\u4e00-\u9fff]{2,14}?)(?:数)?")
#: the verb a list of amounts opens with, which its bare items after 、 share (发放, 减免 …)
_MONEY_FIRST = lazy(r"(?:累计|共|全年)?(?P<verb>发放|拨付|兑现|支付|减免|筹集|落实)(?=[\u4e00-\u9fff]{2})")


def _deed_goes_on(fold: str, out: list[Found]) -> list[Found]:
    """The items of a 、-list share what the list says first: a deed said alone takes the facilities counted before
    it (``竣工中小学66所、开工建设133所`` → 开工建设中小学数, not 开工数), bare facilities and lengths take the deed
    (``改建、新建农村桥梁173座、泵站250座`` → 改建、新建泵站数, as 种植水稻…、玉米… plants), and bare items of a list of
    amounts take its verb (``发放低保金3856万元、临时救助金95.6万元`` → 临时救助金发放额, ``减免各项税费1.9亿元、房屋租金932万元``
    → 减免房屋租金)."""
    for k in range(1, len(out)):
        f, prev = out[k], out[k - 1]
        if not f.indicator or not prev.indicator or prev.clause != f.clause:
            continue
        between = fold[prev.phrase[1]:f.phrase[0]]
        if between[:1] != "、":
            if between[-1:] == "、" and _base_unit(f.quantity.unit) in _FACILITY_UNITS \
                    and (built := _BUILT.fullmatch(prev.indicator)) is not None \
                    and built.group("what") == cx.normalise(between[:-1]) and f.indicator.endswith("数") \
                    and not f.indicator.startswith(built.group("deed")) and _DEED_NAME.search(f.indicator) is None:
                out[k] = f._replace(indicator=built.group("deed") + f.indicator)  # 建成609个美丽宜居乡村、31个特色田园乡村
                # → 建成特色田园乡村数: a count written before its noun shares the deed of the count before it
            continue
        said = _QUOTE_MARKS.sub("", cx.normalise(between[1:]))  # (国家级专精特新“小巨人”企业: named without its quotes)
        unit, prev_unit = _base_unit(f.quantity.unit), _base_unit(prev.quantity.unit)
        if unit[-1:] == "元" and prev_unit[-1:] == "元":
            if f.indicator == said and 2 <= len(said) <= 12 \
                    and (verb := _MONEY_FIRST.match(cx.normalise(fold[prev.clause[0]:prev.phrase[0]]))) is not None:
                v = verb.group("verb")
                out[k] = f._replace(indicator=said + v + "额" if v in _MONEY_VERBS else v + said)
            continue
        if unit in COUNT_UNITS and unit not in _PEOPLE_UNITS and f.indicator == said + "数" and 2 <= len(said) <= 12 \
                and (handled := _HANDLED.fullmatch(prev.indicator)) is not None and not said.startswith(handled.group("deed")):
            # 共办理代表建议360件、代表审议意见4300余条、日常建议349件 → 办理代表审议意见数, 办理日常建议数; 查缴涉案渔获物
            # 90万余公斤、涉案船舶3500余艘 → 查缴涉案船舶数: what a body handled or seized, the deed shared along the list
            out[k] = f._replace(indicator=handled.group("deed") + f.indicator)
            continue
        if unit in _AREA_UNITS and prev_unit in _AREA_UNITS and f.indicator in (said, said + "面积") and 2 <= len(said) <= 12 \
                and (tended := _TENDED.match(prev.indicator)) is not None and not said.startswith(tended.group("deed")):
            # 新增治理水土流失面积1800平方公里、石漠化面积183平方公里: the land treated, not all of it (新增 stays with its
            # own item, as counts keep it)
            out[k] = f._replace(indicator=tended.group("deed") + said + ("" if said.endswith("面积") else "面积"))
            continue
        if unit in _LENGTHS and prev_unit in _LENGTHS and f.indicator == said and 2 <= len(said) <= 8 \
                and (laid := _LAID.match(prev.indicator)) is not None and not said.startswith(laid.group("deed")):
            out[k] = f._replace(indicator=laid.group("deed") + said)  # 疏浚河道55公里、渠道58公里 → 疏浚渠道
            continue
        built = _BUILT.fullmatch(prev.indicator) if prev_unit in _FACILITY_UNITS else None
        if built is None:
            continue
        if unit in _LENGTHS and f.indicator == said and 2 <= len(said) <= 12:
            out[k] = f._replace(indicator=built.group("deed") + said)  # (…泵站15座、供水供热管网76.4千米)
        elif unit not in _FACILITY_UNITS:
            continue
        elif _DEED_NAME.fullmatch(f.indicator) and said.startswith(f.indicator[:-1]) and _DEED_NAME.fullmatch(said + "数"):
            out[k] = f._replace(indicator=said + built.group("what") + "数")  # (开工建设133所: named 开工数 before)
        elif f.indicator == said + "数" and 2 <= len(said) <= 14 and _DEED_NAME.search(said) is None \
                and not _PERSON_NOUN.search(said):
            out[k] = f._replace(indicator=built.group("deed") + f.indicator)
    return out


#: a set of projects a clause opens with, then what was invested in it (76个水利项目完成投资35.1亿元)
_SET_OPENS = lazy(r"[\u4e00-\u9fff]{0,10}?(?:项目|工程)(?:共|累计|已|全年)?(?:完成|实现|累计完成)?(?:总)?投资")


def _set_named(fold: str, out: list[Found]) -> list[Found]:
    """A count of projects that opens its clause as the subject of the investment measured right after it names the set
    (M2, decision 15: ``76个水利项目完成投资35.1亿元`` — 35.1亿元 is the metric, the 76 names which projects), as
    42项重大实施项目仅完成… does: it is no metric."""
    keep = []
    for k, f in enumerate(out):
        nxt = out[k + 1] if k + 1 < len(out) else None
        if nxt is not None and nxt.clause == f.clause and f.quantity.unit in ("个", "项") \
                and (nxt.quantity.unit or "")[-1:] == "元" and not cx.squeeze(fold[f.clause[0]:f.phrase[0]]) \
                and _SET_OPENS.fullmatch(cx.squeeze(fold[f.phrase[1]:nxt.phrase[0]])):
            continue
        keep.append(f)
    return keep


#: a rate's value followed by what it covers (实现了100%全覆盖)
_COVERED_AFTER = lazy(r"(?:全覆盖|覆盖)")
#: a name that is only a time and a particle (去年同期则完成24%: the base's share, not a work's own)
_WHEN_NAMED = lazy(r"同期|^(?:去年|上年|今年|当年)|则$")
#: a share done, with nothing after 完成 (县城区污水处理厂土建已完成80%)
_DONE_SHARE = lazy(r"(?:已经|已|仅|只|均|共)?完成了?$")


#: a count's name that opens with who did it all, then 共 and the deed (乡镇共设立便民服务中心数, 大会共收到提案数)
_WHO_ALL = lazy(r"[\u4e00-\u9fff()（）]{2,16}?(?<![公总中])共(?P<did>(?:设立|设置|建立|建成|提交|收到|受理|办理|审议|审查|提出|"
                r"接待|举办|开展|组织|培训|查处|发现|处置|破获|侦破|抓获|发生|接收|印发|出台|制定)[\u4e00-\u9fff]{1,14})")


def _last_look(fold: str, out: list[Found]) -> list[Found]:
    """A name that ends with 等 names nothing (``清河头至柳屯等9条85公里县乡道路`` was named 清河头至柳屯等: the
    items of a list, right or absent), nor one that opens with 或 (``达到或优于三类比例`` cut at 达到); a percentage of a work's own doing, said with 完成 and nothing after it, is its
    completion rate (``县城区污水处理厂土建已完成80%`` → 县城区污水处理厂土建完成率); and one followed by 全覆盖 is its
    coverage (``基层综合性文化服务中心实现了100%全覆盖`` → 基层综合性文化服务中心覆盖率)."""
    for k, f in enumerate(out):
        ind = f.indicator
        if not ind:
            continue
        if "共" in ind and _base_unit(f.quantity.unit) in COUNT_UNITS and (did := _WHO_ALL.fullmatch(ind)) is not None:
            # 乡镇共设立便民服务中心38513个, 全国政协十二届一次会议共提交提案5641件: who did it all, before 共, is the
            # entity (M5), not part of what is counted (设立便民服务中心数, 提交提案数)
            ind = did.group("did")
            out[k] = f = f._replace(indicator=ind)
        if ind[-1] == "等" or ind[0] == "或":
            out[k] = f._replace(indicator=None)  # (或优于三类比例, 或者: a name cut after 达到, right or absent)
        elif ind[-1] == "成" and len(ind) >= 3 and fold.find(ind[-2:] + "为", f.phrase[1], f.clause[1]) >= 0:
            out[k] = f._replace(indicator=None)  # 20万座通信塔成为数字塔: a name cut inside 成为 (was 通信塔成)
        elif f.quantity.unit == "%" and not ind.endswith(("率", "比重", "比例", "占比", "增速", "增幅")) and f.direction == "level":
            lead = cx.squeeze(fold[f.clause[0]:f.phrase[0]])
            if _COVERED_AFTER.match(fold, f.phrase[1]) and lead.startswith(ind) and lead[len(ind):] in ("实现了", "实现", "达到", "达"):
                out[k] = f._replace(indicator=ind + "覆盖率")
            elif lead.startswith(ind) and _DONE_SHARE.fullmatch(lead[len(ind):]) and not _WHEN_NAMED.search(ind):
                out[k] = f._replace(indicator=ind + "完成率")
    named_set: Found | None = None  # (the last count in the sentence named by its units, not by a deed alone)
    for k, f in enumerate(out):
        if named_set is not None and _SENTENCE_STOP.search(fold, named_set.phrase[1], f.phrase[0]) is not None:
            named_set = None
        if f.indicator and _COUNT_BY_DEED.fullmatch(f.indicator):
            if named_set is not None and _base_unit(named_set.quantity.unit) == _base_unit(f.quantity.unit) \
                    and fold[f.clause[0] - 1:f.clause[0]] in ("，", ","):
                # 承担了45个区本级政府性建设项目，新建28个，续建17个: what the deed was done to is the set just counted
                out[k] = f._replace(indicator=f.indicator[:-1] + named_set.indicator)
            continue
        if f.indicator and f.indicator[-1:] == "数" and f.quantity.unit and _base_unit(f.quantity.unit) in _FACILITY_UNITS \
                and _DEED_NAME.search(f.indicator) is None:
            named_set = f
        if f.indicator and f.indicator[-1:] == "数" and _PER_HEAD_ONLY.fullmatch(f.indicator):
            # 5G基站总数已经达到6.3万个，平均每万人28.9个: so many of the count just given per head of people
            # (was 平均每万人数; none where no count comes right before it in the sentence: right or absent)
            prev = out[k - 1] if k else f
            own = prev.indicator if k and prev.indicator and _base_unit(prev.quantity.unit) == _base_unit(f.quantity.unit) \
                and prev.indicator.endswith("数") and _SENTENCE_STOP.search(fold, prev.phrase[1], f.phrase[0]) is None else None
            per = f.indicator.removeprefix("平均")[:-1]
            out[k] = f._replace(indicator=per + own.removesuffix("总数").removesuffix("数") + "数" if own else None)
    for k in range(len(out) - 1):
        f, g = out[k], out[k + 1]
        if f.kind == "actual" and g.kind == "target" and f.indicator and g.indicator == f.indicator \
                and fold[f.clause[1]:f.clause[1] + 1] in ("，", ",") and _STRETCH.match(fold, f.clause[1] + 1, g.phrase[0]):
            # 完成工农业总产值10000万元，力争完成11000万元: the floor of a goal stretched in the clause right after it
            out[k] = f._replace(kind="target")
    goal_at = -1  # (where the nearest goal clause after the figure opens)
    for k in range(len(out) - 1, -1, -1):
        f = out[k]
        if f.kind == "target" and _GOAL_CLAUSE.match(fold, f.clause[0]):
            goal_at = f.clause[0]
        elif f.kind == "actual" and goal_at > f.clause[1] and fold[f.clause[1]:f.clause[1] + 1] in "，,、" \
                and _SENTENCE_STOP.search(fold, f.phrase[1], goal_at) is None \
                and _DONE_MARK.search(fold, f.clause[0], goal_at) is None:
            # 新建高标准农田2.53万亩，实施…，确保粮食面积稳定在136万亩以上: the deeds a goal clause closes are the plan's
            # means, goals too (not 完成了…，确保…: what was done)
            out[k] = f._replace(kind="target")
    return out


#: a count named by a deed alone (新建数, 续建数): of the set counted before it in the sentence
_COUNT_BY_DEED = lazy(r"(?:新建|续建|在建|改扩建|改建|扩建|建成|竣工|完工|开工|新开工|投用)数")
#: a name that only says per how many people (平均每万人数): no measure of its own
_PER_HEAD_ONLY = lazy(r"(?:平均)?每[十百千万]?(?:名|个)?(?:人|户|人口|居民)数")
#: a clause that opens with a goal word and states a figure (确保…, 力争…), not one done (确保了)
_GOAL_CLAUSE = lazy(r"[ \u3000]*(?:确保|力争|争取)(?!了)")
_SENTENCE_STOP = lazy(r"[。！？!?；;\n]")
#: what says a deed was done, in a clause before a goal clause
_DONE_MARK = lazy(r"了|已|去年|上年|过去|以来|累计")


#: a span of years at the end of a name, before 翻 (五年翻一番, 三年内翻番)
_SPAN_END = lazy(r"[一二两三四五六七八九十\d]{1,2}年[内间]?$")
#: the clause right after a figure that stretches it as a goal of the same measure (…，力争完成11000万元)
_STRETCH = lazy(r"[ \u3000]*(?:力争|争取)(?:完成|达到|实现|突破)?[ \u3000]*$")


#: a verb of benefit said alone before the people or households it reached (…资金3709万元、惠及11.2万人)
_BENEFIT_ALONE = frozenset(("惠及", "受益"))
#: the people a benefit's count is in, and the name that ends it
_BENEFIT_UNITS = {"人": "人数", "名": "人数", "人次": "人次", "户": "户数", "家": "家数"}


def _benefited(out: list[Found], stops: list[int]) -> list[Found]:
    """A count named only by the verb of benefit (``发放…资金3709万元、惠及11.2万人``) is of those the sentence's
    figure just before it reached: 普惠性失业保险稳岗返还资金惠及人数; with no figure named before it in its
    sentence, no name (right or absent: 惠及 alone names nothing)."""
    for k, f in enumerate(out):
        if f.indicator not in _BENEFIT_ALONE:
            continue
        tail = _BENEFIT_UNITS.get(_base_unit(f.quantity.unit))
        prev = out[k - 1] if k else None
        what = None
        if tail and prev is not None and prev.indicator and sent_of(stops, prev) == sent_of(stops, f) \
                and "惠及" not in prev.indicator and "受益" not in prev.indicator:
            what = _BENEFIT_STEM.sub("", prev.indicator)
        verb = "惠及" if f.indicator.startswith("惠及") else "受益"
        out[k] = f._replace(indicator=what + verb + tail if what and len(what) >= 2 else None)
    return out


_BENEFIT_STEM = lazy(r"(?:发放|拨付|兑现|支付)?额$|(?<=[^人户家])数$")
#: the adverb that makes one figure each item's (均达到98%, 都保持在…)
_EACH_ADVERB = lazy(r"(?:也|还|已)?[均都](?:已|要|能|将)?")


def _each_of_listed(fold: str, out: list[Found]) -> list[Found]:
    """One figure that 均 or 都 says each listed item has (``基本养老、基本医疗参保率均保持在98%以上``) names
    every item with the measure they share, joined with 、 (M3): 基本养老参保率、基本医疗参保率. A list whose
    items the measure cannot be read apart from keeps its name as written. Two measures named whole and joined by 和
    are joined with 、 too, where 均/都 gives the figure to each or both are rates (城镇调查失业率和登记失业率稳定在…):
    amounts so joined may be a sum (…收入和…收入合计)."""
    for k, f in enumerate(out):
        ind = f.indicator
        if not ind or (k and out[k - 1].clause == f.clause) or (k + 1 < len(out) and out[k + 1].clause == f.clause):
            continue  # (a clause of one figure only: several figures are a list of values, 分别 or not)
        if "、" not in ind:
            items = ind.split("和")
            if len(items) == 2 and all(len(x) >= 2 and _names_measure(x) for x in items) \
                    and (all(x.endswith("率") for x in items)
                         or (at := fold.rfind(ind[-2:], f.clause[0], f.phrase[0])) >= 0
                         and _EACH_ADVERB.match(fold, at + 2, f.phrase[0]) is not None):
                out[k] = f._replace(indicator="、".join(items))
            continue
        at = fold.find(ind[-2:], f.clause[0], f.phrase[0])
        if at < 0 or _EACH_ADVERB.match(fold, at + 2, f.phrase[0]) is None:
            continue
        items = [x for x in _LIST_SPLIT.split(ind) if x]
        if any(x.endswith("率") or _names_measure(x) for x in items[:-1]):
            continue  # (“一网”通办率、“一窗”受理率…均要达到: the items name their own measures)
        n = len(items)
        names = _enumerated(ind, n) if n >= 2 else None
        if names and len(set(names)) == n and all(len(x) > 2 and "、" not in x for x in names):
            out[k] = f._replace(indicator="、".join(names))
    return out


def _unit_named(out: list[Found], stops: list[int]) -> list[Found]:
    """Counts named only by their unit (件数和人数分别同比下降50.76%、64.27%): each the measure of the last count in
    that unit in its sentence (受理审查逮捕案件数, 受理审查逮捕人数), where one was named before."""
    for k, f in enumerate(out):
        if f.indicator in _UNIT_COUNTS:
            named = _cases_and_people("", out[:k], f.indicator, None, -1, "", sent_of(stops, f)) if k else None
            if named and named not in _UNIT_COUNTS:
                out[k] = f._replace(indicator=named)
    return out


#: units a procuratorate's or a court's figures count in: cases, and the people in them
_CASE_PEOPLE = frozenset(("件", "人", "名"))
#: a base's own count, written before the change from it (比2020年的11183批次增加了…): the base, then the verb
_BASE_OF = lazy(r"(?:比|较)(?:\d{4}年|去年|上年|上一年)(?:同期)?的?$")
_CHANGED_NEXT = lazy(r"(?:增加|减少|增长|下降|提高|降低|上升)")
#: the people an accident killed or hurt, counted right after the accidents (…事故3415起、死亡3208人)
_TOLL_COUNTS = frozenset(("死亡人数", "受伤人数", "遇难人数", "伤亡人数", "失踪人数"))
#: a loss said bare after accidents (损失, 直接经济损失): whose loss the accidents before tell
_LOSS_ONLY = frozenset(("损失", "直接经济损失", "经济损失"))
#: the same toll said in a word, a clause of its own right after the accidents or an earlier toll of theirs
#: (发生交通事故4116起,死433人,伤2477人; 发生火灾事故630起,死伤28人)
_TOLL_WORDS = {"死亡": "死亡人数", "死": "死亡人数", "受伤": "受伤人数", "伤": "受伤人数", "遇难": "遇难人数",
               "伤亡": "伤亡人数", "死伤": "死伤人数", "失踪": "失踪人数"}
#: the names of a toll (交通事故死亡人数 ends with one), and with the accidents' own count those a name after 事故 is
_TOLL_NAMES = tuple(dict.fromkeys(_TOLL_WORDS.values()))
_ACCIDENT_MEASURES = ("起数",) + _TOLL_NAMES
#: accidents that happened, counted in 起: the accidents' own count (全国共发生各类生产安全事故3415起 → 生产安全事故起数;
#: a bare 事故 keeps who had it: 煤矿发生事故2起 → 煤矿事故起数)
_ACCIDENTS_HAPPENED = lazy(r"^(?P<who>[\u4e00-\u9fff]*?)(?:共|累计)?发生(?P<what>[\u4e00-\u9fff]*事故)数$")
#: names that only say what unit a count is in (件数和人数分别下降…): the measures counted in them before
_UNIT_COUNTS = {"件数": "件", "人数": "人"}
#: a clause that gives the same measure a year before (去年同期为197件375人)
_SAME_TIME_BEFORE = lazy(r"(?:去年|上年|上一年)同期(?:为|是)?$")


#: a clause that only totals (共128件, 只有2件): what it counts is the clause before's
_TOTAL_ONLY = frozenset(("共", "共有", "共计", "合计", "只有", "仅有", "计"))
#: a clause that says a kind of thing was many or few (集体联名信访件较多, 反映有关人大代表的问题较少)
_MANY = lazy(r"(?:[一二三四五六七八九十]是)?(?:从[^，,；;]{1,10}?上看[，,]?)?(?P<what>[\u4e00-\u9fff“”]{2,16}?)的?"
             r"(?:较多|较少|最多|最少|居多|增多|偏多)$")


def _many_before(fold: str, cs: int, lo: int) -> str | None:
    """The count of what the clause before says was many or few (…集体联名信访件较多，共128件 → 集体联名信访件数)."""
    end = cs - 1
    if end <= lo:
        return None
    start = max(fold.rfind("，", lo, end), fold.rfind(",", lo, end), fold.rfind("；", lo, end), fold.rfind(";", lo, end)) + 1
    many = _MANY.fullmatch(fold, max(start, lo), end)
    return cx.normalise(many.group("what")) + "数" if many else None


def _accident_before(fold: str, prev: Found, ps: int, loss: str) -> str | None:
    """The accidents whose count or toll the figure right before gives (交通事故起数, 交通事故受伤人数), where the
    clause between is only the loss (``,损失1799.9万元``); else None."""
    named = prev.indicator
    if not named or fold[prev.phrase[1]:prev.phrase[1] + 1] not in ("、", "，", ",") \
            or fold[prev.phrase[1] + 1:ps] != loss or (at := named.find("事故")) < 1:
        return None
    return named[:at + 2] if named[at + 2:] in _ACCIDENT_MEASURES else None


def _done_to_listed(prev: Found, ind: str, base_unit: str) -> str | None:
    """A bare kind of people counted right after people a deed was done to (处分县处级干部5人,乡科级干部46人,
    农村、企业等其他人员271人): the deed's too, where the kinds share their head or the last is 其他…; else None."""
    named = prev.indicator
    if not named or named[-1:] != "数" or _base_unit(prev.quantity.unit) != base_unit or len(named) < 6:
        return None
    verb = named[:2]
    if ind.startswith(verb) or not _DID_TO_PEOPLE.fullmatch(verb) or not (named[-3:-1] == ind[-3:-1] or ind.startswith("其他")):
        return None
    return verb + ind


def _cases_and_people(fold: str, out: list[Found], ind: str | None, unit: str | None, ps: int, clause_before: str,
                      lo: int) -> str | None:
    """Cases counted with their people (受理审查逮捕案件196件251人 → 受理审查逮捕人数), the same measures a year
    before (…，去年同期为197件375人 → the names of the sentence's counts in 件 and 人), and counts named only by
    their unit (件数和人数分别下降…): each the measure of the sentence's last count in that unit."""
    base = _base_unit(unit)
    prev = out[-1]
    if base in ("人", "名") and prev.indicator and (toll := _TOLL_WORDS.get(fold[prev.phrase[1] + 1:ps])) \
            and fold[prev.phrase[1]:prev.phrase[1] + 1] in ("、", "，", ","):
        if prev.indicator.endswith("事故起数"):
            return prev.indicator.removesuffix("起数") + toll  # 发生较大事故68起、死亡267人: the toll of those accidents
        if prev.indicator.endswith(_TOLL_NAMES) and (at := prev.indicator.find("事故")) >= 1:
            return prev.indicator[:at + 2] + toll  # 发生交通事故4116起,死433人,伤2477人: the same accidents' toll
    if base in ("人", "名") and prev.indicator and _base_unit(prev.quantity.unit) == "件" \
            and (prev.phrase[1] == ps or prev.phrase[1] == ps - 1 and fold[ps - 1] == "、"):
        cases = prev.indicator.removesuffix("数")
        if cases.endswith("案件") and len(cases) >= 6:
            cases = cases[:-2]  # (受理审查逮捕案件 → 受理审查逮捕人数; 刑事案件 → 刑事案件人数)
        return cases + "人数" if len(cases) >= 2 else ind  # (the people of the cases just counted: 49件56人, 15件、32人)
    if base in ("人", "名") and ind and ind.endswith("案件数"):
        own = clause_before.removeprefix("其中").lstrip("，,:：")
        # 其中要案16人: people are no count of cases; the clause's own noun counts them, else no name
        return own + "人数" if 2 <= len(own) <= 8 and all("\u4e00" <= c <= "\u9fff" for c in own) else None
    if ind in _UNIT_COUNTS:
        want = _UNIT_COUNTS[ind]
    elif "同期" in clause_before[-5:] and _SAME_TIME_BEFORE.search(clause_before) is not None:
        want = "人" if base == "名" else base
    else:
        return ind
    for f in reversed(out):
        if f.phrase[0] < lo:
            break
        if f.indicator and _base_unit(f.quantity.unit) in (want, "名" if want == "人" else want) \
                and f.indicator not in _UNIT_COUNTS and not f.indicator.startswith(("去年", "上年")):
            return f.indicator
    return ind


#: a short name in quotes (“双协员”, “个转企”, “四上企业”)
_QUOTED_NAME = lazy(r"“([\u4e00-\u9fffA-Za-z0-9]{2,10})”")
#: what a count or a measure adds after the thing named (“双协员”数, “一喷三防”面积, “回头看”次数)
_NAME_TAILS = ("", "数", "面积", "人数", "户数", "人次", "次数", "产量", "总投资", "投资")


def _requoted(fold: str, out: list[Found]) -> list[Found]:
    """The quotes of a quoted name that ends what its figure measures, as its sentence wrote them (新开发“双协员”305个 →
    新开发“双协员”数, “四上企业”需达到2400家 → “四上企业”数): the name is a term, as a count's noun after its figure
    keeps it. Read once the names are final (the rules before read names without quotes). A quoted word that only
    modifies a head (完成“四上”企业入库 → 四上企业入库数) and a list of names stay unquoted."""
    for k, f in enumerate(out):
        ind = f.indicator
        if not ind or "、" in ind or "“" in ind:
            continue
        ps = f.phrase[0]
        lo = max(fold.rfind("。", 0, ps) + 1, ps - 120)  # (its sentence: a set's amount is named by the count before)
        if fold.find("“", lo, ps) < 0:
            continue
        for q in _QUOTED_NAME.finditer(fold, lo, ps):
            word = q.group(1)
            at = ind.rfind(word)
            if at >= 0 and ind[at + len(word):] in _NAME_TAILS and ind.count(word) == 1:
                out[k] = f._replace(indicator=ind[:at] + "“" + word + "”" + ind[at + len(word):])
                break
    return out


#: a 分别 list's own name when it is only the rate of plans done (年计划完成比例分别是…)
_RATE_ONLY = frozenset(("比例", "完成比例", "完成率", "计划完成率", "年计划完成率"))


def _rates_of_listed(fold: str, out: list[Found], stops: list[int]) -> list[Found]:
    """``各项指标是：工业总产值377.3万元、粮豆薯总产量4129.5吨。年计划完成比例分别是79.77%、62.41%``: a 分别 list of
    completion rates that names no measure of its own is of the figures the sentence before lists, in order (where
    it lists as many); else it is left as it is."""
    if _RATE_ONLY.isdisjoint(map(_INDICATOR, out)):
        return out  # (most blocks: no such name, nothing to read; the test runs in C)
    i = 0
    while i < len(out):
        f = out[i]
        if f.indicator not in _RATE_ONLY or f.quantity.unit != "%" or "分别" not in fold[f.clause[0]:f.clause[1]]:
            i += 1
            continue
        j = i
        while j < len(out) and out[j].clause == f.clause and out[j].indicator == f.indicator:
            j += 1
        sent = sent_of(stops, f)
        before = [g for g in out[:i] if g.phrase[0] < sent]
        prev_sent = sent_of(stops, before[-1]) if before else -1
        listed = [g for g in before if sent_of(stops, g) == prev_sent]
        if len(listed) == j - i and all(g.indicator and g.quantity.unit != "%" for g in listed):
            rate = "年计划完成率" if "年计划" in fold[f.clause[0]:f.phrase[0]] else "计划完成率" \
                if "计划" in fold[f.clause[0]:f.phrase[0]] else "完成率"
            for k in range(i, j):
                out[k] = out[k]._replace(indicator=listed[k - i].indicator + rate)
        i = j
    return out


#: what a whole's verb says was done, given to its parts after 其中 (新增市场主体…，其中企业… → 新增企业数)
_WHOLE_VERBS = frozenset(("新增", "新建", "引进", "签约", "新开工", "开工", "竣工", "培训", "接待", "帮扶", "转移", "输出", "安置",
                          "改造", "建成", "认定", "培育", "创建", "新发展", "新修", "硬化", "招引", "新注册"))
#: what is measured of a set just counted, said alone (面积X亩, 长度4200米)
_DIMENSIONS = frozenset(("面积", "长度", "总长", "总长度", "里程", "总里程", "容量", "总容量"))
#: works done on roads, ponds, channels: one said alone after another said with its object works on that object
_WORKS = frozenset(("整治", "改造", "硬化", "新建", "新修", "修建", "整修", "拓宽", "加固", "维修", "改建", "扩建", "疏浚", "清淤",
                    "绿化", "亮化", "铺设", "新铺", "修复", "治理"))
_WORK_ON = lazy("^(?:" + "|".join(sorted(_WORKS, key=len, reverse=True)) + r")(?P<object>[\u4e00-\u9fff]{2,8})$")
#: the ending a count's label takes (土地供应宗数, 新建项目数)
_COUNT_SUFFIX = lazy(r"(?:宗|张)?数$")
#: a count named only by another size of what was just counted: (、)超百亿元的(15家), 其中超3亿元的(10个)
_SIZE_ITEM = lazy(r"^[、，,]?(?:其中)?(?P<size>(?:超过?|过|逾)[\dX×*.．百千万亿]{1,8}元)(?:以上)?的?$")
#: the size in the name of what was counted (产值超10亿元的工业企业数, 开工建设亿元以上项目数)
_SIZE_IN = lazy(r"(?:超过?|过|逾)[\dX×*.．百千万亿]{1,8}元|[\dX×*.．百千万亿]{1,8}元以上")
#: the schedules a gap is measured against (basis)
_SCHEDULES = frozenset(("较时间进度", "较序时进度", "较时序进度", "较任务进度", "较计划进度", "较目标进度"))
#: amounts that are a plan's own figure (年度投资计划, 年投资计划): targets
_PLAN_AMOUNTS = ("投资计划", "计划投资")
#: the plan a share is of, named before its own figure (占计划数127.23万头的100.01%)
_SHARE_OF_PLAN = lazy(r"占((?:年度|全年|年初|年|上半年|[一二三四]季度|前三季度)?(?:计划|目标任务|目标|任务|预算)数?)$")
#: the plan a figure completes, named before the plan's own figure: 完成年计划710亿元的89.4%
_PLAN_DONE_OF = lazy(r"((?:年度|全年|年|年初|上半年|[一二三四]季度|前三季度)?(?:投资)?(?:目标任务|计划|目标|任务|预算)数?)$")
#: the parts a statistic is broken down into, named alone in a sentence that says so (分产业看，第一产业…)
#: kinds of units a statistic is broken down into (国有控股企业, 重工业, 采矿业, 东部地区)
_UNIT_KINDS = ("业", "单位", "地区")
_CATEGORIES = frozenset(("第一产业", "第二产业", "第三产业", "一产", "二产", "三产", "城镇", "乡村", "农村", "城市", "城区"))
_BREAKDOWN_LEAD = lazy(r"[ \u3000\n]*(?:分|按|从)[\u4e00-\u9fff]{1,6}(?:看|分)[,，:：]")


def _broken_down(fold: str, out: list[Found], sent: int, part: str, parts: set[int] = frozenset()) -> str:
    """``全县固定资产投资增长9.7%。分产业看，第一产业增长129.2%`` → 第一产业固定资产投资: a part named
    alone in a sentence that opens by breaking a statistic down is that part of the statistic the
    sentence before measured (the last figure before it in the paragraph)."""
    lead = _BREAKDOWN_LEAD.match(fold, sent)
    if not lead or part not in _CATEGORIES and "产品" in lead.group():
        return part  # (分产品看: outputs of products, not parts of the figure before)
    for f in reversed(out):
        if f.phrase[0] < sent and f.indicator and f.phrase[0] not in parts:  # (not another breakdown's part)
            measure = f.indicator.removesuffix("增速")
            if not part:
                return measure  # (a place: no part of the name)
            if measure in _CATEGORIES or measure.startswith(part) or measure.endswith(("率", "比重", "占比", "数")):
                return part
            return part + measure
    return part


_BASE_YEAR = lazy(r"[较比与](?:[^，,；;。比较]{0,10}?的)?(?P<year>(?:\d{4}|[一二三四五六七八九〇零○]{4})年(?:同期|底|末)?)的?$")
_BASE_YEAR_LAST = frozenset("年期底末的")
#: who a measure is of (居民, 企业, 职工): a group named alone after another's measure shares it
_WHOSE = frozenset(("居民", "企业", "职工"))
_AGE_MEASURE = lazy(r"寿命|年龄|岁数|平均|达到|提高|增长|延长|提升|增加|降低|下降")
#: a sentence that breaks the previous one's figure down by place or part: 其中，城关镇完成5.2亿元
_BREAKDOWN = lazy(r"[ \u3000\n]*其中")
#: a sentence that names the measure it splits up (地方收入按部门分：…, 财政收入按级次分：…)
_MEASURE_SPLIT = lazy(r"[ \u3000\n]*(?P<measure>[\u4e00-\u9fff]{2,10}?)按[\u4e00-\u9fff]{1,6}?分[:：]")
#: a change and its figure right after a base's own figure (比去年90.78万件减少12.64万件)
_BASE_FIGURE_NEXT = lazy(r"(?:减少|增加|增长|下降|上升|提高|降低|多|少)了?[\d０-９]")
#: what an investment built, right after its amount (投资13.6亿元兴建…工程, 投资8000万实施南渠路改造)
_BUILT_WITH = lazy(r"(?:兴建|新建|扩建|建设|建|开发|实施)(?P<what>[\u4e00-\u9fff]{2,16})$")
#: a level a measure is back to (恢复至2019年同期水平的81%)
_BACK_TO = lazy(r"恢复(?:至|到)(?P<level>[^，,；;]{2,14}?水平)的")
#: a completion rate written with no subject (完成全年指标任务的…, 实现全年目标数的…)
_DONE_FIRST = lazy(r"[ \u3000]*(?:已|仅|只|均|都)?(?:完成|实现)了?(?:[^的，,]{0,14})的?$")
#: a plan named as the measure (超过年度计划百分之四点一): no growth after it is the plan's
_PLAN_WORDS = frozenset(("年度计划", "年计划", "全年计划", "计划", "目标", "任务", "目标任务", "年度目标"))
#: a completion rate with no subject of its own: 完成年计划的52%
_PLAN_ONLY = ("年计划", "年度计划", "全年计划", "全年目标", "年度目标", "年初目标", "计划", "目标", "任务", "年初预算",
              "年度预算", "全年预算", "预算", "年预算", "调整预算", "原预算", "原计划",
              "年任务", "年度任务", "全年任务", "年度投资计划", "年投资计划", "全年投资计划", "完成率",
              # (a plan a higher level set: 完成省定任务的132.95%, 完成省下达任务的…)
              "省定", "市定", "县定", "省下达", "市下达", "上级下达")
_SIZE_ONLY = lazy(r"^(?:.*[,，、(（除])?(?P<size>[X×*\d.]*[万亿]?元以上)(?:项目)?数$")
_BROKEN = lazy(r"[,，;；:：]|^[)）、]")
_CUT_MARK = lazy(r"[,，;；:：]")  # _BROKEN's first alternative: a class, so a search skips fast


def _broken(ind: str) -> bool:
    """``_BROKEN.search(ind)``: a label that holds a cut or starts with a closing mark."""
    return ind[:1] in _CLOSING_FIRST or _CUT_MARK.search(ind) is not None


_CLOSING_FIRST = frozenset(")）、")
#: what a label that _size_classes changes holds (元以上, a cut, a bracket) beyond a closing first mark
_ODD_LABEL = lazy(r"[,，;；:：()（）]|元以上")


def _size_classes(out: list[Found], stops: list[int]) -> list[Found]:
    """Labels that are only a size class (``(×亿元以上×个)`` → ×亿元以上数) take the sentence's
    full label of that class (竣工×亿元以上项目数); a label that is still a fragment (a comma,
    a broken bracket) is dropped: right or absent."""
    for i, f in enumerate(out):
        ind = f.indicator
        if ind and ind[-1:] in "对把被" and ind[-2:] not in _VERB_ENDS_DUI:
            out[i] = f._replace(indicator=None)  # 医保部门去年对近八千万低收入人口参保进行了资助: a name cut at its
            continue  # preposition (医保部门对) names nothing: right or absent
        if not ind or (ind.isalnum() and "元以上" not in ind
                       or ind[:1] not in _CLOSING_FIRST and _ODD_LABEL.search(ind) is None):
            continue  # most labels: no size class, no cut, no bracket (letters, digits and han alone
            # hold none of those marks: str.isalnum says so without a regex call)
        m = _SIZE_ONLY.match(ind) if "元以上" in ind else None
        if m:
            k = bisect_right(stops, f.value_span[0])
            lo = stops[k - 1] if k > 0 else -1
            hi = stops[k] if k < len(stops) else 1 << 60
            full = [g.indicator for g in out if g.indicator and lo <= g.value_span[0] < hi
                    and m.group("size") in g.indicator and g.indicator.endswith("数")  # a count's label
                    and not _SIZE_ONLY.match(g.indicator)
                    and not _broken(g.indicator)]
            full.sort(key=lambda x: "的" in x)  # 竣工×亿元以上项目数 before …项目×个的县(区)数
            out[i] = f._replace(indicator=full[0] if full else _size_of_set(ind, m.group("size"), out[:i], lo))
        elif _broken(ind) or ind.count("(") != ind.count(")") or ind.count("（") != ind.count("）"):
            out[i] = f._replace(indicator=None)
    return out


#: words that end with 对 and are no preposition (结对帮扶…: 结对数)
_VERB_ENDS_DUI = frozenset(("结对", "配对", "应对", "面对", "核对", "比对", "校对", "派对", "相对", "绝对"))


def _size_of_set(ind: str, size: str, earlier: list[Found], lo: int) -> str | None:
    """``签约项目30个，其中亿元以上项目12个``: the size class of the projects counted before it in the
    sentence (签约亿元以上项目数); with none, the class itself where it names projects (亿元以上项目数)."""
    if ind != size + "项目数":
        return None
    for g in reversed(earlier):
        if g.value_span[0] < lo:
            break
        parent = g.indicator
        if parent and parent.endswith("项目数"):  # the nearest count of projects is the set broken down
            return parent[:-3] + ind if "元以上" not in parent and not _broken(parent) else ind
    return ind


_RANK_MOVE = lazy(r"(?:前移|后移|前进|后退|上升|下降|提升|进)了?$")
_CLAUSE_MONTH = lazy(r"\d{1,2}(?:[-—~～至到]\d{1,2})?月份?")
_CLAUSE_LEAD = lazy(r"^(?:其中|并且|而且|并|共|同时|预计)")  # (种植…41万亩，预计产量12万吨: the same crop's)
_DONE_VERB = lazy(r"^(?:实现|完成|创(?=税收|利税|利润|产值))")  # (园区年产值…，创税收…: the park's)
_PARENT_VERB = lazy(r"^(?:接待|完成|实现|新增|引进|培训|发放)")
_PEOPLE_COUNTS = frozenset(("人", "名", "人次"))
_AREA_PARTS = frozenset(("城镇", "农村", "城市", "乡村", "城区"))
_SECTOR = lazy(r"^[\u4e00-\u9fff]{0,6}(?:工业|农业|服务业|产业|建筑业)$")


#: a clause that only names the whole of a share (占农业人口总数的), not a change of it (占…的比例由…的11%上升到)
_SHARE_ONLY = lazy(r"占(?:[^0-9０-９%％由从到，,；;]|[0-9]{4}年[末底]?){1,24}")  # (占全市2014年末农业人口总数的: a year in it)
#: the size of a whole written inside its name (现有十二亿亩粮食耕地)
_SIZE_IN_WHOLE = lazy(r"[一二三四五六七八九十百千万亿两零〇]{2,}[亩个人户吨元项家所座]")


def _sub_item(ind: str | None, previous: str, clause_text: str, unit: str | None, among: bool,
              amount: str | None = None, parts: bool = False) -> str | None:
    """Items after the sentence's total: ``接待游客829万人次，其中过夜游客286万人次`` → 接待过夜游客人次;
    ``工农业生产总值49亿元，其中规模工业31.2亿元`` → 规模工业产值; ``占开发区规模以上企业总产值的59.5%``
    (no subject) → <previous>占规模以上企业总产值比重; after a rate (超进度81.74%，占总到位资金的41.06%) the
    share is of the sentence's last ``amount``."""
    if not ind:
        return ind
    if clause_text[:1] in "约仅只已" and clause_text[1:2] == "占":
        clause_text = clause_text[1:]  # 约占全国农户的15%: the adverb says nothing of the share
    elif clause_text[:3] == "相当于" and unit == "%":
        clause_text = "占" + clause_text[3:]  # 相当于本地生产总值39.4%: a share of that whole, as 占 says
    if clause_text.startswith("占") and ind == previous and previous.endswith("比重") and (o := previous.find("占")) > 0 \
            and _SHARE_ONLY.fullmatch(clause_text):
        b = cx.share_base(clause_text[1:])  # 占脱贫人口总数的13.99%，占农业人口总数的2.63%: the same part's share of
        b = _SIZE_IN_WHOLE.sub("", b) if b else b  # another whole (right or absent: never the first whole's; the
        return f"{previous[:o]}占{b}比重" if b else None  # whole's own size, 现有十二亿亩粮食耕地, is no part of its name)
    if clause_text.startswith("占") and "占" not in ind:
        a = previous[:-1] if previous.endswith("数") else previous
        if amount and a.endswith(("率", "比重", "占比", "增速", "进度")):
            a = amount
        b = cx.share_base(clause_text[1:])
        if b and b[:1] == "全" and len(b) > 2 and a == b[2:]:
            b = b[:2]  # 出口总额…，占全省出口总额的28%: a whole that repeats the count is the area's (not 县域地区生产总值,
            # 占全省生产总值的: a part of that whole, 县域地区生产总值占全省生产总值比重)
        if b and not a.endswith(("率", "比重", "占比", "增速")):
            return f"{a}占{b}比重"
        return ind
    if (among or parts) and ind[:-1] in _AREA_PARTS and ind[-1:] == "数" and previous.endswith("数"):
        whole = previous[2:] if previous[:2] in _AREA_PARTS else previous
        if len(whole) >= 3:  # 在册低保对象84399人，其中，城镇4992人，农村79407人 → 城镇在册低保对象数: that part of the count
            return ind[:-1] + whole
    if (among or parts) and ind.endswith("类数") and len(ind) >= 4 and previous.endswith("数"):
        whole = previous[previous.rfind("类") + 1:]
        if len(whole) >= 3:  # 建成休闲农业旅游点18处，其中民族民俗类3处 → 民族民俗类休闲农业旅游点数: a class of what was counted
            return ind[:-1] + whole
    verb = _PARENT_VERB.match(previous) if previous[:1] in _PARENT_VERB.first else None
    if among and verb and not _PARENT_VERB.match(ind) and ind[-2:] in previous and len(ind) >= 3:
        return verb.group() + ind
    if "业" in ind[-2:] and _SECTOR.match(ind) and unit and unit.endswith("元") and ("产值" in previous or "生产总值" in previous):
        return ind + "产值"
    whole = amount if amount and previous.endswith(_SHARES + ("增速",)) else previous  # (…，占年度计划的44.8%；其中)
    if (among or parts) and unit and unit.endswith("元") and whole.endswith("投资") and 2 <= len(ind) <= 8 \
            and ind[-2:] in whole and cx.split_head(ind) is None and not ind.endswith(_SHARES + ("数", "额", "费", "金")):
        # 公路建设完成投资53.5亿元。其中：高速公路完成36.2亿元 → 高速公路投资: a kind of what the whole was spent on, its
        # investment (not 高速公路公路建设投资)
        return ind + "投资"
    if among and unit and unit.endswith("元") and len(ind) <= 6 and cx.split_head(ind) is None \
            and not ind.endswith(_SHARES + ("增速", "数", "额")) and cx.split_head(whole) is not None \
            and not whole.startswith(ind) and ind[-2:] not in whole and ind[-1] not in "税费金款资入口":
        # (其中住户存款…, 其中国税…, 其中进口…: a part that names its own money)
        return ind + whole  # 完成全社会固定资产投资68585万元；其中市县属完成45389万元: that part of the amount
    if (among or parts) and unit and unit.endswith("元") and ind.endswith("项目") and 4 <= len(ind) <= 8 \
            and (own := _WHOLE_MONEY.search(previous[previous.find("项目") + 2:] if not among and "项目" in previous[:-2]
                                            else previous if among else "")) is not None and own.start() == 0 \
            and "项目" not in own.group():
        # 到位资金120亿元，其中工业项目80亿元，服务业类项目30亿元 → 工业项目到位资金, 服务业类项目到位资金: a class of
        # projects names no money of its own; later parts replace the first part's class (工业项目到位资金 → its money)
        return ind + own.group()
    if (among or parts) and unit and unit.lstrip("万千") in _AREA_UNITS and (deed := _PART_DEED.search(previous)) is not None and deed.group("d") not in ind \
            and 2 <= len(base := ind[:-2] if ind.endswith("面积") else ind) <= 6 and cx.split_head(base) is None:
        # 人工造林17015.5亩，其中油茶5118亩、毛竹3000亩 → 油茶造林面积, 毛竹造林面积: the parts were planted as the whole
        return base + deed.group("d") + "面积"
    if parts and unit and unit.endswith("元") and whole.endswith(_STOCK_MEASURES) and len(ind) <= 6 \
            and ind[-2:] == whole[-4:-2] and cx.split_head(ind) is None:
        # 债务余额164234万元，其中：一般债务102696万元、专项债务61538万元 → 一般债务余额, 专项债务余额: the parts
        # (after 其中 in the sentence) of the same stock
        return ind + whole[-2:]
    if ind[-1:] == "业" and unit == "%" and clause_text.startswith(ind) and not _NOT_SECTOR.search(ind) \
            and cx.split_head(ind) is None and (head := cx.split_head(previous)) and head[1] in _PART_HEADS:
        return ind + head[1]  # 采矿业增加值增长9.5%，制造业增长2.8%: each sector's share of the same measure
    return ind


#: a money measure a class of projects after 其中 shares (到位资金, 固定资产投资, 实际利用外资, 招商引资额)
_WHOLE_MONEY = lazy(r"[\u4e00-\u9fff]{0,10}(?:资金|外资|内资|投资|引资额|总额|金额)$")


#: a year (and 预计) alone before a figure, and a run of such items after a colon (1953年213.24亿元，1954年…)
_YEAR_ONLY = lazy(r"(?:\d{4}|[一二三四五六七八九〇零○]{4})年(?:预计)?")
_YEAR_ITEMS = lazy(r"(?:(?:\d{4}|[一二三四五六七八九〇零○]{4})年(?:预计)?[\d.,，]+(?:万亿|亿|万)?元[，,、])*")
#: a parenthesis closing a label (统按老价计算)
_PARENS_END = lazy(r"[(（][^()（）]*[)）]$")
#: one measure exceeding another by the amount after it (收入超过支出…)
_EXCEEDS = lazy(r"(?P<a>[\u4e00-\u9fff]{2,10}?)超过(?P<b>[\u4e00-\u9fff]{2,10})")
#: what a court or procuratorate does to people (起诉, 批捕, 判处 …)
_COURT_DEEDS = "起诉|提起公诉|批捕|批准逮捕|逮捕|判处|审结|抓获"
#: people a court or procuratorate acted on, counted with no crime named (起诉651人)
_PROSECUTED = lazy(rf"({_COURT_DEEDS})人数")
#: the crime the clause before a bare count of people names (依法惩治制售假冒伪劣农资犯罪，)
_CRIME_BEFORE = lazy(r"(?:惩治|打击|严惩|惩处|严厉打击|依法严惩|依法惩治)(?P<crime>[\u4e00-\u9fff]{2,14}?犯罪)[，,]"
                     rf"(?:(?:{_COURT_DEEDS})[\d.]+万?人[，,、])*$")
#: a verb left where a name should be (即超额完成1.28%)
_FRAGMENTS = frozenset(("超额",))
#: the country named alone where a measure's name should be
_COUNTRY_ONLY = frozenset(("中国", "我国", "全国"))
#: a count of cases inside a name, and everything before it (破获207起命案破案率; not 4050人员: a name's own figure)
_COUNT_IN_NAME = lazy(r".*[0-9][起件宗](?=[\u4e00-\u9fff])")
#: a measure with the level of government that collects it (地方一般公共预算收入 is the 一般公共预算收入 of a county)
_LEVEL_OF = lazy(r"^(?:地方|本级)")
#: the plans a share can be of (占调整预算98.1%)
_PLAN_HEADS = frozenset(("年初预算", "调整预算", "预算", "年度预算", "计划", "年度计划", "年计划"))
#: a budget's figures listed after the budget that holds them (年初预算为：一般公共预算收入76138万元…)
_BUDGET_LISTED = lazy(r"(?P<which>年初|调整)?预算(?:数)?(?:为|是)[:：]")
#: a budget changed in the year (一般公共预算收入由年初的76138万元调整为89138万元): the figure after is the new budget
_BUDGET_CHANGED = lazy(r"调整(?:为|到|至)$")


def _budget_figure(ind: str, kd: str, clause_before: str, sentence_before: str) -> tuple[str, str]:
    """A revenue or spending figure of a budget, not the money itself: ``批准的年初预算为：一般公共预算收入76138万元``
    → 一般公共预算收入年初预算 (target); ``…由年初的76138万元调整为89138万元`` (in a sentence about the budget) →
    …调整预算 (target)."""
    if "预算" not in sentence_before and "预算" not in clause_before:
        return ind, kd
    if clause_before[-3:-1] == "调整" and _BUDGET_CHANGED.search(clause_before):
        return ind + "调整预算", "target"
    if (listed := _BUDGET_LISTED.search(sentence_before)) is not None:
        return ind + (listed.group("which") or "") + "预算", "target"
    return ind, kd


#: a deed and the area it is measured by, closing a whole's name (人工造林面积): its parts after 其中 share them
_PART_DEED = lazy(r"(?P<d>造林|植树|种植|播种|栽植|新植|补植|改造|治理|修复|复垦|流转)面积$")
#: stocks a breakdown after 其中 shares with its whole (债务余额…，其中：一般债务…)
_STOCK_MEASURES = ("余额", "限额")
#: words ending in 业 that name no sector or kind of firm
_NOT_SECTOR = lazy(r"(?:就|失|创|毕|学|专|作|事|职|物|营|(?<!房地)产)业$")
#: measures a breakdown by sector or kind of firm shares
_PART_HEADS = frozenset({"增加值", "总产值", "产值", "营业收入", "主营业务收入", "销售收入", "利润", "利税", "投资", "税收"})


#: what firms (or cooperatives, parks) counted in a sentence make: 实现产值…, 完成销售收入…
_FIRM_AMOUNTS = frozenset(("产值", "总产值", "工业总产值", "工业产值", "销售收入", "主营业务收入", "营业收入", "利税", "利润",
                           "税收", "增加值"))
_FIRMS_COUNTED = ("企业", "合作社", "园区", "商户", "公司", "龙头企业", "家庭农场")
_INVESTMENT = lazy(r"(?P<verb>(?:计划)?完成)?(?P<head>总投资|投资总额|投资|总金额|金额|到位资金)$")
#: the amounts a count of projects owns when they follow it (its investment, the contracts' value)
_SET_HEADS = ("计划投资总额", "计划投资额", "计划总投资", "计划投资", "投资总额", "总投资", "投资额", "总金额", "到位资金", "投资",
              "金额")  # (longest first)
# (其中工业项目35个，到位资金6.14亿元: the funds that reached those projects)
_SET_AMOUNTS = frozenset(_SET_HEADS)


#: the noun a share in brackets right after it belongs to (畜牧业(占比35%), 第三产业（比重48.5%）)
_BRACKET_OWNER = lazy(r"(?:^|[，,；;：:、。\n])(?:[全我本][县市区镇乡省])?([\u4e00-\u9fff]{2,8})$")


def _amount_of_set(ind: str | None, previous: str | None, clause_text: str) -> str | None:
    """``跟踪在谈项目X个，总投资X亿元`` → 跟踪在谈项目总投资: an investment (or a value, 总金额) right
    after a count of projects is that set's (…完成投资, …计划完成投资 keep their verb)."""
    if ind in ("占比", "比重") and previous and previous.endswith("数") and len(previous) >= 3:
        return previous[:-1] + ind  # 省级示范高中120所，占比22.5%
    if ind in _FIRM_AMOUNTS and previous and previous.endswith("数") and previous[:-1].endswith(_FIRMS_COUNTED) \
            and (clause_text[:2] in ("实现", "完成") or clause_text.startswith(ind)):
        return previous[:-1] + ind  # 规上工业企业达到120家，实现产值85亿元 (…企业7家，产值6.8亿元): the firms just counted made it
    if ind in ("投资", "计划投资") and previous and (whole := _SET_INVESTED.search(previous)) is not None \
            and (whole.group(2) != "投资" or whole.start() >= 2):  # (项目投资…，累计完成投资: no set named)
        if clause_text.startswith("其中") and whole.group(2) == "完成投资":
            return previous  # …累计完成投资103730.73万元，其中2004年完成投资61688.8万元: a part of the same set's
        previous = previous[:whole.start(2)] + "数"  # 实施重点项目X个，总投资X亿元，累计完成投资X亿元: the same set's
    if ind in _SET_AMOUNTS and previous and previous[-2:] in ("工数", "约数") and (done := _SET_DID.fullmatch(previous)):
        previous = done.group(1) + "数"  # 576个市级重点项目开复工530个，完成投资607.9亿元: the set's investment
    if ind not in _SET_AMOUNTS or not previous or not previous.endswith("项目数"):
        return ind
    m = _INVESTMENT.search(clause_text)
    if m is None:
        return ind
    return previous[:-1] + (m.group("verb") or "") + m.group("head")


#: an amount a set of projects was named with just before (重点项目总投资, 在建项目计划投资总额, 在建项目完成投资)
#: (实施重点项目12个，计划投资…，累计完成投资…: the set's planned investment, named 实施重点项目投资, is named so too)
_SET_INVESTED = lazy(r"(项目)(总投资|总金额|投资总额|完成投资|投资)$")
#: a count of a set of projects by what they did, named after the set (市级重点项目开复工数)
_SET_DID = lazy(r"(.{0,10}项目)(?:开复工|开工|复工|竣工|签约|开工建设)数")
#: the part of the previous figure a modifier names: (其中吃粮的 | 其中, 外资的
_PART_OF = lazy(r"[(（]?其中[,，]?(?P<mod>[\u4e00-\u9fff]{1,6})的")
#: a clause that ends by naming a set of projects with its count: (纳入)市级调度的112个重点项目
_SET_NAMED = lazy(r"(?:纳入|列入|实施|安排)?(?P<mod>[\u4e00-\u9fff]{0,8}?)的?[\d０-９一二三四五六七八九十百千]+[个项]"
                  r"(?P<set>[\u4e00-\u9fff]{0,6}项目)$")
_MARKER_LEAD = lazy(r"[\s\u3000]*(?:[0-9０-９]{1,2}[、.．]|[（(][一二三四五六七八九十0-9]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)?")
_TOPIC = lazy(r"[\u4e00-\u9fff]{2,10}?(?:产业|工业|农业|服务业|行业|板块)(?=[^\u4e00-\u9fff]|进一步|正在|继续|持续|增长|发展|保持|实现|稳步|快速|呈现|[:：,，])")


def _topic(fold: str, s: int, e: int) -> str | None:
    """The sector a paragraph (or list item) is about, named at its start: ``1、光电子信息产业进一步…``."""
    head = cx.squeeze(fold[s:min(e, s + 40)])
    m = _TOPIC.match(head, _MARKER_LEAD.match(head).end())
    return m.group() if m else None


_RATE_UNITS = frozenset({"%", "个百分点", "倍"})
_LIST_SPLIT = lazy(r"[、和与及]")


def _bare_item(fold: str, last: Found, nxt: Found) -> bool:
    """``nxt`` is a clause of its value alone right after ``last`` across a comma (…增长12%，13%。)."""
    # (…分別增長7%,、8%: a site that puts a comma before each mark leaves the list's 、 opening the clause)
    return (nxt.clause[0] == nxt.phrase[0] or nxt.clause[0] + 1 == nxt.phrase[0] and fold[nxt.clause[0]] == "、") \
        and nxt.clause[1] == nxt.phrase[1] and last.phrase[1] == last.clause[1] \
        and fold[last.phrase[1]:nxt.phrase[0]].strip(" \u3000") in (",", "，", ",、", "，、") \
        and nxt.quantity.unit == last.quantity.unit


def _respectively(fold: str, out: list[Found], stops: list[int]) -> list[Found]:
    """``A…，B…，分别增长x%、y%``: the i-th value of a 分别 list measures the i-th subject.

    The subjects are an enumeration written before 分别 in the same clause
    (公办幼儿园和普惠性幼儿园占比分别为…), else the last indicators of the sentence's
    earlier amounts, in order.
    """
    i = 0
    while i < len(out):
        f = out[i]
        j = i
        while j + 1 < len(out) and out[j + 1].clause == f.clause:
            j += 1
        if j + 1 < len(out) and fold.find("分别", f.clause[0], f.phrase[0]) >= 0:
            while j + 1 < len(out) and _bare_item(fold, out[j], out[j + 1]):
                # 分别较上年增长12%，13%: a comma for 、 puts the list's last values in clauses of their own
                j += 1
                out[j] = out[j]._replace(direction=f.direction, basis=f.basis)
        n = j - i + 1
        cs = f.clause[0]
        at = fold.find("分别", cs, f.phrase[0]) if n >= 2 else -1
        if at >= 0 and len(pers := cx.periods(fold, cs, at)) == n \
                and all(_LIST_GAP.fullmatch(fold, pers[k2][0], pers[k2 + 1][1]) for k2 in range(n - 1)):
            # 今年一季度和上半年…分别增长9.3%、9.2%: a list of periods before 分别 dates each value in order
            for k2 in range(n):
                out[i + k2] = out[i + k2]._replace(period=pers[k2][2])
        # the bases after 分别 (分别高于全国、全省…) or right before it (比全国全区分别低了…)
        areas = (_AREA_LIST.search(fold, at, f.phrase[0]) or _AREA_LIST_BEFORE.search(fold, cs, at + 2)
                 if at >= 0 else None)
        if areas is not None and areas.group().count("全") == n:
            # 分别高于全国、全省平均水平X、X个百分点: one measure against each base, in order
            for k2, area in enumerate(_AREA.findall(areas.group())):
                out[i + k2] = out[i + k2]._replace(indicator=f.indicator, basis="较" + area)
        elif at < 0 and ("和" in (f.indicator or "") or "、" in (f.indicator or "") or "存贷款" in (f.indicator or "")) \
                and all(g.indicator == f.indicator for g in out[i + 1:j + 1]) \
                and all(_LIST_GAP.fullmatch(fold, out[k2].phrase[1], out[k2 + 1].phrase[0]) for k2 in range(i, j)) \
                and (len([x for x in _LIST_SPLIT.split(f.indicator) if x]) == n or "存贷款" in f.indicator) \
                and (subjects := _enumerated(f.indicator, n)) is not None:
            # 城镇居民人均收入和农民人均纯收入分别达…，增长17.2%和16.3%: a list of values as long as the list of
            # measures it follows is theirs in order, 分别 or not
            counted = f.quantity.unit in COUNT_UNITS and (f.indicator or "").endswith("数")
            for k2, subject in enumerate(subjects):
                # (高新技术企业、科技型中小企业达6588家、6403家: each a count, as the list was named)
                base = out[i + k2].basis  # (是2013年末的1.6倍、2倍: each ratio's base is its own measure's)
                out[i + k2] = out[i + k2]._replace(indicator=subject + "数" if counted and subject[-1:] != "数" else subject,
                                                   basis=base[:-len(f.indicator)] + subject if base and f.indicator
                                                   and base.endswith(f.indicator) and len(base) > len(f.indicator) else base)
        elif at >= 0 or n == 2 and f.indicator and f.indicator[:1] == "城" and _TOWN_COUNTRY.match(f.indicator) \
                and _LIST_GAP.fullmatch(fold, f.phrase[1], out[j].phrase[0]) \
                or n >= 2 and f.phrase[0] - cs <= 6 and fold[cs:cs + 1] in "增降涨" \
                and _RATE_OPENS.fullmatch(cx.squeeze(fold[cs:f.phrase[0]])) \
                and all(_LIST_GAP.fullmatch(fold, out[k2].phrase[1], out[k2 + 1].phrase[0]) for k2 in range(i, j)):
            # (…分别为x万元、y万元，增幅达x%、y%: a clause opened by the rate alone lists the measures just given)
            # (城镇和农村居民人均可支配收入达到4.1万元、1.9万元: a pair written as a pair, 分别 or not)
            subjects = None
            rate_only = at < 0 and fold[cs:cs + 1] in "增降涨" and _RATE_OPENS.fullmatch(cx.squeeze(fold[cs:f.phrase[0]]))
            if n == 3:
                k = bisect_right(stops, f.value_span[0]) - 1
                sent = stops[k] if k >= 0 else 0
                if fold.find("产业", max(sent, cs - 200), f.phrase[0]) >= 0 \
                        or fold.find("三产", max(sent, cs - 200), f.phrase[0]) >= 0:  # (一、二、三产增加值)
                    subjects = _three_sectors(fold, max(sent, cs - 200), cs, f.phrase[0])
            if subjects is None and not rate_only:
                subjects = _enumerated(f.indicator, n)
            if subjects is None:
                k = bisect_right(stops, f.value_span[0]) - 1
                sent = stops[k] if k >= 0 else 0
                earlier = _named_since(out, i, sent)
                cur, opens = k, at - sent <= 1
                while len(earlier) < n and opens and cur >= 0 and cur > k - 2:
                    # 实现利润1063万元，完成税金383万元。分别比上年增长29%、17.7%: a 分别 that opens its
                    # sentence lists the figures of the sentences just before it (two at the most)
                    ends = [g.phrase[1] for g in out[:i] if g.phrase[1] <= sent]
                    if not ends or not _follows(fold, max(ends), sent):
                        break
                    cur -= 1
                    sent = stops[cur] if cur >= 0 else 0
                    earlier = _named_since(out, i, sent)
                if len(earlier) >= n and len(set(earlier[-n:])) == n:
                    subjects = earlier[-n:]
                    own = cx.squeeze(fold[cs:at]) if at >= 0 else ""
                    if len(own) >= 4 and all(x[:2] in _AREA_PARTS for x in subjects) and len({x[:2] for x in subjects}) == n \
                            and (named := cx.indicator_of(own)) is not None and named[:2] not in _AREA_PARTS:
                        # 其中，城镇4992人，农村79407人，最低生活保障标准分别为…612元和459元: the areas of the clauses
                        # before, each with the measure this clause names (城镇最低生活保障标准), not their counts
                        subjects = [x[:2] + named for x in subjects]
                    if own in _STOCK and all(x.endswith(_HERD_HEADS) for x in subjects):
                        # 生猪、牛饲养量分别达到…，出栏分别达到…: the same animals, their own measure now
                        own += "量" if own.endswith("出栏") else ""  # (牛出栏量, as a bare 出栏 is named)
                        subjects = [next(x[:-len(h)] for h in _HERD_HEADS if x.endswith(h)) + own for x in subjects]
                elif at - cs <= 4 and (cx.squeeze(fold[cs:at]) in ("降幅", "增幅", "增速")
                                       or at == cs and f.quantity.unit == "个百分点" and _AREA_GAP.match(fold, at + 2)):
                    # (分别高出全省平均增幅13.14、12.21个百分点: the gaps of the rates just listed, as 降幅分别… is)
                    # …分别下降3.2%和5.1%，降幅分别收窄1.2和0.8个百分点: the rates just listed
                    rates = [g.indicator for g in out[:i] if g.phrase[0] >= sent and g.indicator
                             and g.quantity.unit == "%"]
                    subjects = rates[-n:] if len(rates) >= n and len(set(rates[-n:])) == n else None
                else:
                    subjects = _subjects_before(fold, sent, cs, at, n, f.indicator)
                if subjects is None and at - cs <= 1 and (lead := _leaders(fold, sent, cs, n)):
                    subjects = lead
                if subjects is None and f.indicator and "拉动" in f.indicator:
                    # 食品制造业增加值增长19.7%，纺织业增加值增长16.1%，分别拉动规上工业增长1.3、0.9个百分点:
                    # each sector whose growth the sentence just gave pulled by its own points
                    pull = f.indicator[f.indicator.find("拉动"):]
                    rates = [g.indicator for g in out[:i] if g.phrase[0] >= sent and g.indicator and g.quantity.unit == "%"]
                    sectors = [cx.split_head(r) for r in rates[-n:]] if len(set(rates[-n:])) == n == len(rates[-n:]) else []
                    if sectors and all(x and len(x[0]) >= 2 for x in sectors):
                        subjects = [x[0] + pull for x in sectors]  # type: ignore[index]
            if subjects is None and n == 2 and at >= 0 and f.indicator and f.indicator[:1] not in "城农乡" \
                    and _TOWN_COUNTRY_GROUP.search(fold, max(sent_of(stops, f), cs - 40), cs):
                # 城乡居民收入实现跨越式增长，人均可支配收入分别达38922元和17998元: the pair the clause before names
                # (城乡 or 城乡居民 alike: each figure is of 城镇居民/农村居民, the name's own 居民 kept once)
                mid = "" if f.indicator.startswith("居民") else "居民"
                subjects = ["城镇" + mid + f.indicator, "农村" + mid + f.indicator]
            if subjects is None and at >= 0 and fold[cs:cs + 2] in ("增幅", "增速", "降幅", "涨幅") \
                    and f.indicator and f.indicator.endswith(fold[cs:cs + 2] if fold[cs:cs + 2] != "增幅" else "增速"):
                # 增幅2-5月份分别为14.2%、13%、12.8%: one measure's rate at each time, the first item's name for all
                subjects = [f.indicator] * n
            if subjects is not None:
                # 财政总收入…、一般预算收入…，分别占全市的…: shares of what the clause names after 占
                share_at = fold.find("占", at, f.phrase[0]) if at >= 0 else -1
                if share_at >= 0 and fold.startswith("比", share_at + 1):
                    share_at = -1  # (占比分别为…: the shares are named by their subjects alone)
                share_of = cx.share_base(fold[share_at + 1:f.phrase[0]]) if share_at >= 0 else None
                k = bisect_right(stops, f.value_span[0]) - 1
                sent = stops[k] if k >= 0 else 0
                for k2, subject in enumerate(subjects):
                    g = out[i + k2]
                    ind = subject
                    if fold.startswith("降幅", cs):
                        ind += "" if ind.endswith("降幅") else "降幅"  # 降幅分别收窄…: each measure's decline
                    elif g.quantity.unit in COUNT_UNITS and (g.indicator or "").endswith("数") and ind[-1:] != "数" \
                            and "、" in (g.indicator or ""):
                        ind += "数"  # 高新技术企业、科技型中小企业达6588家、6403家: each a count, as the list was named
                    elif (rate := _own_rate(g.indicator, subject)) is not None and g.quantity.unit == "%":
                        ind = rate  # 投资完成率分别为43.2%、37.8%: each subject's rate, not its amount
                    elif g.quantity.unit in ("个百分点",) and not ind.endswith(("增速", "增长") + _SHARES + _CHANGE_NOUNS):
                        rated = [h.indicator for h in out[:i] if h.phrase[0] >= sent and h.quantity.unit == "%"
                                 and h.indicator and h.indicator.startswith(subject)]
                        if rated and rated[-1] != subject and rated[-1].endswith("率"):
                            ind = rated[-1]  # …完成率分别为…，分别超时序进度9.9、4.5个百分点: the gap of that rate
                        else:
                            ind += "增速"
                    elif share_at >= 0 and g.quantity.unit == "%" and not ind.endswith(_SHARES) and "占" not in ind:
                        ind += "占" + share_of + "比重" if share_of else "比重"  # 分别占全市的45%和38%: each one's share
                    out[i + k2] = g._replace(indicator=ind)
        elif n >= 2 and i >= n and f.indicator and all(g.indicator == f.indicator for g in out[i:j + 1]) \
                and all(_LIST_GAP.fullmatch(fold, out[k2].phrase[1], out[k2 + 1].phrase[0]) for k2 in range(i, j)):
            # …分别达38922元和17998元，较2020年增长25%和38%: a list as long as the pair just split, of the same
            # measure, in the same sentence, is theirs in order
            prev = out[i - n:i]
            if prev[0].phrase[0] >= sent_of(stops, f) and all(g.clause == prev[0].clause for g in prev) \
                    and len({g.indicator for g in prev}) == n and all((g.indicator or "").endswith(f.indicator) for g in prev):
                for k2, g in enumerate(prev):
                    out[i + k2] = out[i + k2]._replace(indicator=g.indicator)
        i = j + 1
    return out


def sent_of(stops: list[int], f: Found) -> int:
    """Where the sentence holding ``f``'s value starts."""
    k = bisect_right(stops, f.value_span[0]) - 1
    return stops[k] if k >= 0 else 0


#: the town-and-country pair a clause names before a pair of figures (城乡居民收入…，人均可支配收入分别达…)
_TOWN_COUNTRY_GROUP = lazy(r"城乡|城镇和农村|城镇与农村")


#: rates a clause names before its 分别 list of percentages (投资完成率分别为…): each subject's own
_OWN_RATES = lazy(r"(?:完成|开工|投产|到位|达标|合格|利用|覆盖|入库|签约|履约|兑现|办结)率$")


#: what set facilities up, and who, before the facilities a count names (乡镇共设立便民服务中心数)
_SET_UP = lazy(r"^[\u4e00-\u9fff]{0,12}?(?:共|累计)?(?:设立|建成|新建|建设|设置|建立|开办|开通|创建)")


def _own_rate(own: str | None, subject: str) -> str | None:
    """``投资完成率`` named by a clause whose 分别 list is of ``省级重点项目投资`` → 省级重点项目投资完成率."""
    if not own or own == subject or own.startswith(subject) or not _OWN_RATES.search(own):
        return None
    if own == "覆盖率" and subject[-1:] == "数":
        # 共设立政务大厅3058个，…便民服务中心38513个，覆盖率分别为94.3%、96.8% → 政务大厅覆盖率: the coverage of the
        # facilities counted, not of their count (was 设立政务大厅数覆盖率); what set them up and who did are no part of it
        noun = _SET_UP.sub("", subject[:-1])
        return noun + own if len(noun) >= 2 else None
    if len(own) <= 3:
        return subject + own  # 完成率分别为…: the subject's completion
    head = cx.split_head(subject)
    if head is not None and own.startswith(head[1]):
        return subject + own[len(head[1]):]  # 投资完成率 of 省级重点项目投资: 省级重点项目投资完成率
    return None


#: a clause that is only a rate word and its verb before a list of values (增幅达x%、y%)
_RATE_OPENS = lazy(r"(?:增幅|增速|降幅|涨幅|增长幅度)(?:达到|达|为|是)?")


#: the three sectors named as one (三次产业, 第一、二、三产业, 一二三产业): a 分别 list of three is theirs in order
_THREE_SECTORS = lazy(r"三次产业|第?一[、，,]?第?二[、，,和及与]?第?三产业?|一二三产业")  # (一、二、三产增加值: the short form too)


def _three_sectors(fold: str, sent: int, cs: int, first: int) -> list[str] | None:
    """``三次产业对经济增长的贡献率分别为6%、41.4%和52.6%`` → 第一产业对经济增长贡献率, …;
    ``第一、二、三产业分别拉动GDP增长0.7、5.1和6.5个百分点`` → 第一产业拉动GDP增长, …; the three
    sectors can be the subject of an earlier clause of the sentence (三次产业占GDP的比重为…，对经济增长的
    贡献率分别为…，分别拉动GDP增长…)."""
    clause = cx.squeeze(fold[cs:first])
    m = _THREE_SECTORS.search(clause)
    if m is None:
        if _THREE_SECTORS.search(cx.squeeze(fold[sent:cs])) is None:
            return None
        measure = cx.indicator_of(clause)
    else:
        measure = cx.indicator_of(clause[m.end():])
    if not measure:
        return None
    if measure[:2] == "拉动" and not measure.endswith("增长"):
        measure += "增长"  # (the pull on growth, in percentage points)
    return [f"第{x}产业{measure}" for x in "一二三"]


#: places alone, listed (金贵镇和立岗镇, 南梁台子隆源村): what a breakdown in parentheses opens its clauses with
_PLACES_ONLY = lazy(r"(?:其中)?(?:[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|社区|村|县|区|市)[和、与及]?)+")
#: the whole economy a sentence names before a bare rate of it (…地区生产总值稳定保持在百亿规模，年均增速达…)
_ECONOMY = lazy(r"地区生产总值|国内生产总值|(?<![产业业])生产总值|GDP|经济总量")
#: the clause before a 分别 that opens its own: 矿产加工业和电子信息增幅最大 (the items whose rates follow)
_LEADERS = lazy(r"(?P<items>[\u4e00-\u9fff、和与及]{4,40}?)的?(?P<rate>增幅|增速|降幅)(?:最大|最快|最高|较大|较快|居前)$")


def _leaders(fold: str, sent: int, cs: int, n: int) -> list[str] | None:
    """``矿产加工业和电子信息增幅最大，分别为22.5%和21.6%`` → 矿产加工业增幅, 电子信息增幅."""
    if cs - 1 <= sent or fold[cs - 1] not in ",，":
        return None
    clause = cx.squeeze(fold[max(sent, cs - 60):cs - 1])
    clause = clause[max(clause.rfind(","), clause.rfind("，"), clause.rfind("；"), clause.rfind(";")) + 1:]
    m = _LEADERS.search(clause) if clause.endswith(("大", "快", "高", "前")) else None
    if m is None:
        return None
    items = [x for x in _ENUM_SPLIT.split(m.group("items")) if x]
    if len(items) != n or len(set(items)) != n or any(len(x) < 2 for x in items):
        return None
    return [x + m.group("rate") for x in items]


#: a sector or kind of industry named as a clause's subject (能源工业, 优势原材料工业, 数字经济核心产业制造业)
_SECTOR_NAME = lazy(r"(?:(?![的为是以和与及、])[\u4e00-\u9fff]){1,10}?(?:制造业|服务业|建筑业|工业|产业|农业|行业)")
_ENUM_SPLIT = lazy(r"[、和与及]")
#: a 分别 list's own clause that names only a rate (同比增速分别为…), and the items listed with 均/都 in the clause before it
_RATE_HEAD = lazy(r"(?:同比|环比)?(?:增速|增幅)")
#: a gap to a wider area's rate after 分别 (分别高出全省平均增幅…): of the rates just listed
_AREA_GAP = lazy(r"(?:高出|高于|低于|快于|慢于|超过|超)全[国省市县区]")
_LISTED_BEFORE_EACH = lazy(r"(?:全[市省县区国]|我[市省县区])?(?P<items>[^、]{2,12}(?:、[^、]{2,12}){1,8}?)(?:也|还|已)?[均都]")
_SHARE_END = lazy(r"的?(?:比重|比例)?的?$")
#: measures listed and summed up by their number (新批项目数、合同外资、实际利用外资三项指标), after whose they are (我市利用外资的)
_LISTED_SUMMED = lazy(r"(?:[^、，,]{0,12}的)?(?P<items>[^、的]{2,12}(?:、[^、的]{2,12}){1,8}?)"
                      r"[一二三四五六七八九十两\d]{1,2}(?:大|项|个)(?:核心|主要|重点|经济)?指标")


def _subjects_before(fold: str, sent: int, cs: int, at: int, n: int, measure: str | None) -> list[str] | None:
    """The n subjects of a 分别 list whose own clause names only the measure: an enumeration of
    sectors written before 分别 (甲产业、乙产业分别实现工业增加值6.9亿元、0.6亿元), else the sector each
    of the n clauses before it is about (能源工业迅速成长…，原材料工业不断壮大…，烟酒工业…，占全省工业
    增加值的比重分别达到…) — each sector's share, or its part of the measure."""
    head = cx.squeeze(fold[cs:at])
    if not head and (before := cx.squeeze(fold[max(sent, cs - 80):cs]).rstrip("，,")) and "指标" in before \
            and (summed := _LISTED_SUMMED.match(before[max(before.rfind(c) for c in "，,；;。！？!?\n") + 1:])):
        # 新批项目数、合同外资、实际利用外资三项指标全面高位增长，分别比去年同期增长了67%、259%和94%: the
        # measures the clause before lists and sums up, in order
        items = [cx.normalise(x) for x in summed.group("items").split("、")]
        return items if len(items) == n and len(set(items)) == n else None
    if _ENUM_SPLIT.search(head):
        items = [cx.indicator_of(piece) or "" for piece in _ENUM_SPLIT.split(head)]
        if len(items) == n and measure and len(set(items)) == n and all(_SECTOR_NAME.fullmatch(i) for i in items):
            return [item + measure for item in items]
        return None
    if head and measure and measure.endswith(("增速", "增幅")) and _RATE_HEAD.fullmatch(head):
        # 企(事)业贷款、制造业贷款…均实现两位数高速增长，同比增速分别为…: the items the clause before lists, each's rate
        before = [c for c in re.split(r"[，,；;：:]", cx.squeeze(fold[max(sent, cs - 120):cs])) if c]
        listed = _LISTED_BEFORE_EACH.match(before[-1]) if before else None
        items = [x for x in _ENUM_SPLIT.split(listed.group("items")) if x] if listed else []
        if len(items) == n and len(set(items)) == n and all(2 <= len(x) <= 12 for x in items):
            return [x + "增速" for x in items]
        return None
    if head[:1] != "占" and head:
        return None
    clauses = [c for c in re.split(r"[，,；;]", cx.squeeze(fold[max(sent, cs - 200):cs])) if c][-n:]
    items = []
    for c in clauses if len(clauses) == n else ():
        m = _SECTOR_NAME.search(c)
        if m is None:
            return None
        items.append(m.group())
    if len(set(items)) != n:
        return None
    if head[:1] == "占":  # (the whole is kept as written, 全省 included: a share of the province's total)
        base = _SHARE_END.sub("", head[1:])
        return [f"{item}占{base}比重" for item in items] if len(base) >= 2 else None
    return [item + measure for item in items] if measure else None


#: an enumeration of bases after 分别: 高于全国、全省(平均水平)
_AREA_LIST = lazy(r"(?:[高低]于|较|比|超过)全[国省市县区](?:[、和与]?全[国省市县区])+")
_AREA_LIST_BEFORE = lazy(r"(?:[高低]于|较|比)全[国省市县区](?:[、和与]?全[国省市县区])+(?:平均水平|平均)?分别")
_AREA = lazy(r"全[国省市县区]")


#: towns and countryside named as a pair: 城乡, 城、乡, 城镇和农村, 城镇、农村
_TOWN_COUNTRY = lazy(r"城[、和与]?乡|城镇[、和与及]农村")


def _named_since(out: list[Found], i: int, since: int) -> list[str]:
    """The indicators of the figures ``out[:i]`` from offset ``since`` on that are amounts or counts
    (not rates): the measures a later 分别 list of changes may be of."""
    return [g.indicator for g in out[:i] if g.phrase[0] >= since and g.indicator and g.quantity.unit not in _RATE_UNITS]


#: a region named before its measure (长三角地区, 汾渭平原, 京津冀及周边地区, 珠三角城市群)
_REGION = lazy(r"[\u4e00-\u9fff]{2,6}?(?:地区|平原|盆地|城市群|经济区|经济带|流域|三角洲)")
_REGION_LAST = frozenset("区原地群带域洲")


def _enumerated(ind: str | None, n: int) -> list[str] | None:
    """``公办幼儿园和普惠性幼儿园占比`` with 2 values → [公办幼儿园占比, 普惠性幼儿园占比]."""
    if not ind:
        return None
    if "指标" in ind or "项增" in ind:
        ind = _LIST_SUM.sub("", ind)  # 主营业务收入、…、工业用电量四大核心指标分别增长…: the sum names no item
        # (进出口、出口、进口三项增速分别高于…: nor does the count of the items)
    pair = _TOWN_COUNTRY.match(ind) if n == 2 and ind[:1] == "城" else None
    if pair is not None:
        # 城乡居民人均可支配收入分别为4.1万元、1.9万元: the towns' first, the countryside's second
        rest = ind[pair.end():]
        return ["城镇" + rest, "农村" + rest] if rest else None
    if n == 2 and "存贷款" in ind and "、" not in ind:
        ind = ind.replace("存贷款", "存、贷款", 1)  # 金融机构存贷款余额分别达…、…: deposits first, loans second
    items = [x for x in _LIST_SPLIT.split(ind) if x]
    if items and items[0][:1].isdecimal() and (year := _YEAR_LEAD.match(items[0])) and len(items[0]) > year.end():
        items[0] = items[0][year.end():]  # 2011年度生猪、牛、山羊饲养量: the year is when, no part of the first item
    if len(items) != n and "、" in ind:
        items = [x for x in ind.split("、") if x]  # 批发和零售业、住宿业和餐饮业、金融业: 和 inside an item
    if len(items) != n:
        return None
    if n == 2 and items[1] == "周转量" and items[0].endswith(("客运量", "货运量")):
        # 公路客运量和周转量分别完成了…: the turnover of the same traffic, passengers' or goods'
        return [items[0], items[0][:-3] + ("旅客" if items[0][-3] == "客" else "货物") + "周转量"]
    if items[0][-1:] in _REGION_LAST and all(_REGION.fullmatch(x) for x in items[:-1]) \
            and (region := _REGION.match(items[-1])) is not None and len(measure := items[-1][region.end():]) >= 3 \
            and (cx.split_head(measure) is not None or measure.endswith(_SHARES + ("浓度", "天数", "增速", "增幅"))):
        # 京津冀及周边地区、长三角地区、汾渭平原重度及以上污染天数比例分别…: regions are the entities (M5), each has
        # the measure the last one names
        return [measure] * n
    if "等" in items[-1]:
        items[-1] = _LIST_ETC.sub("", items[-1])  # 社会保障和就业等支出增速: the list ends at 等, the measure follows
    if "的" in items[-1] and (rate := _OF_RATE.fullmatch(items[-1])):
        items[-1] = rate.group(1) + rate.group(2)  # 基本养老、医疗保险的参保率: the 的 before the shared rate is no part of it
    if len(items) >= 2 and all(x in _HERD_HEADS for x in items[1:]) \
            and (own := next((h for h in _HERD_HEADS if items[0].endswith(h) and len(items[0]) > len(h)), None)):
        # 生猪出栏、存栏分别增长…: the herd the first item names is the others' too
        herd = items[0][:-len(own)]
        return [herd + (x + "量" if x == "出栏" else x) for x in [own] + items[1:]]
    if (sectors := _ORDINAL_SECTORS.fullmatch("、".join(items))) is not None:
        # 第二、三产业分别拉动增长…, 一、二产业: the ordinals share 产业 and what follows
        rest = sectors.group("rest")
        return [f"第{o}产业{rest}" for o in _ORDINALS.findall(sectors.group("ords"))]
    head = ""
    last = items[-1]
    scope = _LIST_SCOPE.match(items[0]) if len(items[0]) > 1 else None
    if scope and len(items[0]) - scope.end() == 1:
        # 各项存、贷款余额, 金融机构存、贷款余额: the scope before the first item is the whole list's (not 各项存余额)
        named_scoped = _enumerated(items[0][scope.end():] + "、" + "、".join(items[1:]), n)
        return [scope.group() + x for x in named_scoped] if named_scoped else None
    if (at := last.find("占")) >= 2 and last.endswith(("比重", "比例")) and all("占" not in x and len(x) >= 2 for x in items[:-1]):
        # 交通通信、教育文化娱乐、医疗保健支出占居民消费支出的比重分别…: each item's share of the same whole, its measure
        # the last item's (not 通信支出比重)
        own = cx.split_head(last[:at])
        return [x + (own[1] if own and not x.endswith(own[1]) else "") + last[at:] for x in items[:-1]] + [last]
    if all(len(x) == 1 and len(last) > 2 and x != last[0] for x in items[:-1]) and "\u4e00" <= last[0] <= "\u9fff":
        return [x + last[1:] for x in items[:-1]] + [last]  # 轻、重工业占比: one character apart, the rest shared
    if all(2 <= len(x) < len(last) - 1 and last.startswith(x[:-1]) and last[len(x) - 1] != x[-1] for x in items[:-1]):
        # 第二、第三产业占…比重: the items differ in one character and share the rest the last one writes
        return [x + last[len(x):] for x in items[:-1]] + [last]
    if (k := last.find("保险")) >= 2 and all("保险" not in x and 2 <= len(x) <= 8 for x in items[:-1]):
        # 基本养老、失业、工伤保险参保人数分别为…: the kinds of insurance listed share 保险 and the measure after it
        return [x + last[k:] for x in items[:-1]] + [last]
    for suffix in _SHARES + _VOLUMES + cx.MEASURE_HEADS + _STOCK + _LEVELS + ("增速", "增幅") + _CHANGE_NOUNS + ("案件",):
        if last.endswith(suffix) and len(last) > len(suffix):
            head = suffix
            break
    if head == "率" and len(last) >= 4 and all(len(x) >= 2 and not x.endswith("率") for x in items[:-1]):
        # 孕产妇和婴幼儿死亡率, 小学和初中入学率: the last item names its own units before a two-character rate, which
        # the items share (not 率 alone: 孕产妇率); 人口出生和死亡率 (no units of its own before 死亡率) keeps 出生率
        head = last[-4:] if len(last) >= 5 and last[-4] == "毛" else last[-3:]
    if head in ("增速", "增幅") or head in _SHARES or head in _CHANGE_NOUNS:
        rest = last[:-len(head)]
        flow = next((f for f in _FLOWS if rest.endswith(f) and len(rest) > len(f)), None)
        if flow:
            head = flow + head  # 高新技术产品、机电产品出口增速: each item's exports grew, not the item
    # 甲企业、乙企业、丙企业复工率: the measure is what follows the items' common ending (城镇居民、农村居民人均可支配收入:
    # all of it, not the head word 收入 alone)
    ending = items[0][-2:]
    at = last.rfind(ending) if len(ending) == 2 and all(x.endswith(ending) for x in items[:-1]) else -1
    if at >= 0 and len(last) - at - 2 > max(1, len(head)) and (len(head) == 1 or last.endswith(head)):
        head = last[at + 2:]
    # (规模以上工业增加值、固定资产投资分别下降…: an item that names its own measure keeps it)
    # (固定资产投资、社会消费品零售总额增速分别为…: a rate the list shares is each measure's, named or not)
    rate = head[-2:] if head[-2:] in ("增速", "增幅") or head[-2:] in _CHANGE_NOUNS else ""  # (居民消费价格、…涨幅)
    named = [x if not head or x.endswith(head) or x.endswith(rate or head)
             else x + rate if _names_measure(x) and rate else x if _names_measure(x) else x + head for x in items]
    if all(len(x) <= 4 and x[-1:] == "数" for x in named[1:]):
        # 技术合同成交额、登记项数, 公路事故起数、死亡人数: a bare count after the first item is of what the first names
        own = _COUNT_TAIL.search(named[0])
        owner = named[0][:own.start()] if own else (h[0] if (h := cx.split_head(named[0])) else "")
        if len(owner) >= 2:
            # (现行刑事案件破案数、逮捕数、追逃数, 受理案件数、结案数: a count of a deed is its own, not the first's)
            named = named[:1] + [x if x.startswith(owner) or x[:-1] in _DEED_COUNTS else owner + x for x in named[1:]]
    return named


#: deeds on cases or people a bare count in a list counts by itself (逮捕数, 结案数)
_DEED_COUNTS = frozenset(("结案", "立案", "破案", "逮捕", "批捕", "起诉", "追逃", "审结", "执结", "办结", "受理", "处分", "留置",
                          "抓获", "刑拘", "拘留"))
#: a scope written once before a list of one-character items (各项存、贷款余额, 金融机构存、贷款余额)
_LIST_SCOPE = lazy(r"(?:本外币|人民币|金融机构|银行业?|各项)+")
#: a count's own word closing a list's first item (公路事故起数): what is before it names whose counts the list gives
_COUNT_TAIL = lazy(r"(?:(?<!案)[起件人项个户次家所座])?数$")  # (受理案件数: 件 of 案件 is the noun's)


#: a year (and 度) opening a list's first item (2011年度生猪、牛…)
_YEAR_LEAD = lazy(r"\d{4}年度?")
#: 等 closing a list before the measure its items share (…、社会保障和就业等支出增速)
_LIST_ETC = lazy(r"等(?=[\u4e00-\u9fff]{2,}$)")
#: ordinals of the sectors listed before one 产业 (第二、三产业…, 一、二产业…, 第一、第二产业…)
_ORDINAL_SECTORS = lazy(r"(?P<ords>第?[一二三](?:、第?[一二三])+)产业(?P<rest>[\u4e00-\u9fffA-Z]{2,12})")
_ORDINALS = lazy(r"[一二三]")
#: a list's summing name after its items: 四大核心指标, 等3项主要指标
_LIST_SUM = lazy(r"(?:等)?[一二三四五六七八九十两\d]{1,2}(?:(?:大|项|个)(?:核心|主要|重点|经济)?指标(?=(?:增速|增幅)?$)|项(?=(?:增速|增幅)$))")
#: what a herd's figures are (饲养量, 存栏, 出栏): a list of animals after one of them names them again
_HERD_HEADS = ("饲养量", "存栏量", "出栏量", "存栏", "出栏")
#: livestock counts a list of animals shares (牛、羊存栏 → 牛存栏, 羊存栏), besides the measure heads
_STOCK = ("存栏量", "存栏", "出栏")
#: volumes a list of pollutants or goods shares (化学需氧量、二氧化硫排放量 → 化学需氧量排放量)
_VOLUMES = ("排放总量", "排放量", "消耗量", "用水量", "用电量", "发电量", "装机容量", "吞吐量", "销售量", "销量", "饲养量")
#: what flows (exports, investment, spending) before the rate a list shares
_FLOWS = ("进出口", "出口", "进口", "投资", "消费", "销售", "支出")
#: levels a list of pollutants or goods shares (SO2、CO平均浓度 → SO2平均浓度; 猪肉、蔬菜价格 → 猪肉价格)
_LEVELS = ("平均浓度", "浓度", "均价", "价格", "指数")


def _names_measure(item: str) -> bool:
    """Whether ``item`` ends with a measure of its own (增加值, 投资, …率)."""
    return cx.split_head(item) is not None or item.endswith(_SHARES + _LEVELS + _WHOLE_MEASURES + ("增速", "增幅"))


#: measures that are whole names with no head word of the list's (生产总值和财政收入: not 生产总值收入)
_WHOLE_MEASURES = ("生产总值", "GDP", "经济总量", "零售总额", "总值")


#: what a unit says about the measured quantity: 种草18600亩 → 种草面积, 接待游客829万人次 → 接待游客人次
_AREA_UNITS = frozenset({"亩", "公顷", "平方公里", "平方米", "㎡", "m²", "m2"})
_PERSON_NOUN = lazy(r"(?:学生|校生|毕业生|教师|教职工|职工|党员|会员|医生|干部|员工|幼儿|嫌疑人|罪犯|被告人|指导员|运动员|教练员|裁判员|志愿者)$")
_FIRM_OF_SECTOR = lazy(r"工业企业(?=增加值|总产值|产值)")  # 规模以上工业企业增加值 = 规模以上工业增加值


#: a site an area measures, named right after the area (350亩茶叶基地, 200亩无公害水稻基地建设)
_SITE_AFTER = lazy(r"(?P<site>(?!发展|建设|建成|用于|种植|打造|新建|建立|形成|流转)[\u4e00-\u9fff“”\"]{0,10}?"
                   r"(?:基地|园区|产业园|示范园|示范区|示范片|果园|茶园|种植园|养殖场|养殖小区|标准厂房|厂房|车间|仓库))")
_SITE_VERB = lazy(r"^(?:新建|新增|建成|扩建|改造|建设|新发展)")
#: what the clause before a site's area may say besides the verb: nothing, where (五支岙村, a short name after the
#: verb), a list of places, or the project the building is of (方圆彩印项目一期6000平方米厂房 → 厂房面积)
_SITE_WHERE = lazy(r"[\u4e00-\u9fff]{1,6}(?:村|镇|乡|组|社区|街道)|[\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4})+"
                   r"|.{0,16}?的?[\u4e00-\u9fff]{2,10}(?:项目|工程)(?:[一二三四]期)?")  # (…的方圆彩印项目一期6000平方米厂房)


def _site_after(fold: str, pe: int, e: int, clause_before: str) -> str | None:
    """The site an area right before it measures (``新建高湖、塔坑350亩“乌牛早”茶叶基地`` → 新建乌牛早茶叶基地),
    where the clause before holds at most a verb of making and the place (which is not part of the name, M5)."""
    site = _SITE_AFTER.match(fold, pe, min(e, pe + 16))
    if site is None:
        return None
    verb = _SITE_VERB.match(clause_before)
    where = clause_before[verb.end():] if verb else clause_before
    if where and not (verb and len(where) <= 4) and not _SITE_WHERE.fullmatch(where) \
            and not (where[:2] in ("落实", "推进") and _SITE_WHERE.fullmatch(where[2:])):
        return None  # (流转土地3000亩…: the clause names what the area is of)
    return (verb.group() if verb else "") + cx.normalise(_QUOTE_MARKS.sub("", site.group("site")))


#: nouns of people that end in 人, before the 数 a count of them takes (工人数, 老人数: not 人数 of something)
_PEOPLE_IN_REN = lazy(r"(?:工人|老人|病人|军人|商人|艺人|残疾人|嫌疑人|责任人|负责人|带头人|当事人|经纪人)数$")


def _unit_label(ind: str | None, unit: str | None) -> str | None:
    if not ind or not unit:
        return ind
    if "工业企业" in ind:
        ind = _FIRM_OF_SECTOR.sub("工业", ind)
    base = _base_unit(unit)
    if ind.endswith("出栏"):
        return ind + "量"
    if base in _LABELLED or base[-1:] == "元":  # (rule group: the units a label below is made for)
        if base in _WEIGHT_UNITS and _PRODUCED.search(ind) and not cx.split_head(ind) and not ind.endswith(("量", "产", "能力", "规模")):
            return ind + "产量"  # 完成自产黄金79万两, 冶炼加工黄金128.3万两: the output of what is produced
        if base in _AREA_UNITS:
            if ind[:1] in _DID_FIRST and (did := _DID.match(ind)) and ind[did.end():] != "面积":  # (推广面积: the verb names it)
                ind = ind[did.end():]  # 推广测土配方施肥60万亩, 建立村级样板18万亩: the area is the object's, the verb says it was done
            if ind[-2:] in ("播种", "种植") and (sown := _SOWN_IN_ALL.match(ind)):
                ind = sown.group("crop") + sown.group("verb")  # 大春作物共播种167953亩 → 大春作物播种面积
            planted = _PLANTED.match(ind)
            if planted:  # 种植柠檬4000亩 → 柠檬种植面积
                return planted.group("crop").removesuffix("面积") + planted.group("verb") + "面积"  # (种植粮食面积)
            if not ind.endswith(("面积", "规模", "农田", "耕地", "林地", "草地", "湿地", "用地", "土地") + _SHARES):
                return ind + "面积"
        if base == "天" and not ind.endswith(("天数", "天", "日数")):
            return ind.removesuffix("数") + "天数"  # 以PM2.5为首要污染物20天 → PM2.5为首要污染物天数, 超标11天 → 超标天数
        if base == "起" and ind.endswith("事故数"):
            hit = _ACCIDENTS_HAPPENED.match(ind)
            what = (hit.group("what") if len(hit.group("what")) > 2 else hit.group("who") + "事故") if hit else ind[:-1]
            return what + "起数"  # 发生较大事故68起 → 较大事故起数: accidents are counted in 起数, as the texts name them
        if base in ("车次", "辆次", "班次", "批次", "件次") and not ind.endswith(base):
            return ind.removesuffix("数") + base  # 排查13.3万余车次 → 排查车次, 完成食品抽检1360批次 → 食品抽检批次
        if base == "人次" and (not ind.endswith(("人次", "人数", "能力", "总量")) or ind[-2:] == "人数" and _PEOPLE_IN_REN.search(ind)):
            # (国内旅游人数35.8亿人次: the name as written; 培训技术工人260人次: a noun of people ending in 人, counted)
            return ind.removesuffix("数") + "人次"  # 培训人员5687人次 → 培训人员人次 (not 培训人员数人次)
        if base in ("人", "名") and _PERSON_NOUN.search(ind):
            return ind + "数"
        if base in ("人", "户") and _WHOLE_UNIT.fullmatch(ind.removesuffix("数")):
            return "户数" if base == "户" else "人数"  # 全队二百一十五户，一千二百三十八人: the unit is the entity (M5)
        if base in ("人", "名", "户") and ind.removesuffix("数")[-1:] not in "户人" and _DID_TO_PEOPLE.search(ind.removesuffix("数")):
            # 落实管控37人 → 管控人数, 易地扶贫搬迁830万人 → 易地扶贫搬迁人数, 改水3917户 → 改水户数: what was
            # done to them, counted in people or households
            stem = _HELD.sub("", ind.removesuffix("数"))  # (开展城乡劳动力职业技能培训4600人 → …培训人数)
            return stem + ("户数" if base == "户" else "人数")
        if unit == "户" and ind.endswith("数") and ind[-2:-1] != "户" and not _HOUSEHOLD.search(ind[:-1]) \
                and not ind[:-1].endswith(_COUNTED_ALREADY + _REGISTERS):
            # 完成征地1258户 → 征地户数, 拆迁房屋725户 → 拆迁房屋户数: households, not a number of 征地 (but a
            # register's entries are what it holds: 样本库有10158户)
            return ind[:-1] + "户数"
        if unit != base and base == "户" and not ind.endswith(_COUNTED_ALREADY + ("量", "规模", "数")) \
                and not _HOUSEHOLD.search(ind) and ind[-1:] not in "户人":
            return ind + "户数"  # 新开工改造城镇老旧小区5.16万个、848万户: the households the work reached, in 万
        if unit != base and base in _SCALED_COUNTS and not ind.endswith(_COUNTED_ALREADY + ("量", "规模")) \
                and (base != "户" or _HOUSEHOLD.search(ind)):
            return ind + "数"  # 农业生产合作社由16万个…, 入社农户达六百万户: a large count of units
        if base.endswith("元"):
            paid = _PAID.match(ind) if ind[:1] in _PAID_FIRST else None
            if paid and paid.group("verb") == "支出" and not paid.group("object").endswith(_SPENT_FUNDS):
                paid = None  # (支出总数30742770000元: 支出 is the noun, the total is its)
            if paid and paid.group("object") not in ("金额", "资金", "额度"):  # 发放各类惠农补贴956万元 → 惠农补贴发放额
                # (支出低保金1260万元 → 低保金支出: money spent is named as spending, 支出 already says the amount)
                return paid.group("object") + paid.group("verb") + ("" if paid.group("verb") == "支出" else "额")
            if ind.endswith(_MONEY_VERBS):  # 注册外资到账300万美元 → 注册外资到账额
                return ind + "额"
    return ind


#: homes counted in 套 (住房, 公租房, 棚户区, 保障性安居工程) and what was done to them (开工, 基本建成, 分配入住)
_HOME = r"[\u4e00-\u9fff“”]{0,12}?(?:房|住宅|公寓|棚户区|棚改|安居工程)"
_HOME_DEED = (r"(?:新开工建设|开工建设|新开工|开工|基本建成|建成|竣工|交付使用|交付|分配入住|分配|入住|筹集|筹建|改造|"
              r"新建|续建|建设|销售|出售|供应|签约|征收|拆除|实施)")
_DEED_THEN_HOME = lazy(f"(?P<deed>{_HOME_DEED})(?P<home>{_HOME})")
_HOME_THEN_DEED = lazy(f"(?P<home>{_HOME})(?:已经|已|共|累计|全部|均)?(?P<deed>{_HOME_DEED})")
_DEED_ALONE = lazy(r"(?:已经|已|共|累计|全部|均|又)?(?P<deed>新开工建设|开工建设|新开工|开工|基本建成|建成|竣工|交付使用|交付|分配入住)")


#: a percentage goal set for a measure (GDP预期目标调整为9%左右, 地区生产总值年均增长指标由12%左右调整为…), and who
#: decided it, before the measure it names (批准地区生产总值…, 省政府建议将…)
_GOAL_SET_TO = lazy(r"(?:(?P<named>[A-Za-z\u4e00-\u9fff]{2,10}?)(?:预期)?目标值?(?:拟|建议)?(?:调整|确定|设定|定)?为"
                    r"|(?P<measure>[\u4e00-\u9fff]{2,10}?)(?:年均)?增长指标(?:由|从)(?:[\d.]+%左右)?(?:调整)?为?)$")
_APPROVED = lazy(r"^[\u4e00-\u9fff]{0,6}?(?:批准|同意|建议)(?:将|把)?")


#: a list's last item with 的 before the rate the items share (医疗保险的参保率)
_OF_RATE = lazy(r"([^的占]{2,8})的([\u4e00-\u9fff]{1,3}率)")
#: a name that is only whom a deed was done for (向低保家庭、低保边缘家庭, 为困难群众)
_TO_WHOM = lazy(r"^(?:向|为|给)[\u4e00-\u9fff]")


def _household_pair(fold: str, ind: str | None, ps: int, base_unit: str, pe: int, ce: int, out: list[Found],
                    sent_far: int) -> str | None:
    """A pair of counts, households then people (``城市低保6195户12533人``): the people are named as the households
    were (城市低保人数); with no name before them, both are named by what was done for them after the pair
    (``全市14035户25559人享受城乡低保`` → 享受城乡低保户数, 享受城乡低保人数)."""
    paired = base_unit == "人" and fold[ps - 1:ps] == "户" and bool(out) and out[-1].phrase[1] == ps
    if paired and (own := out[-1].indicator) and own.endswith("户数"):
        if fold[out[-1].phrase[0] - 1:out[-1].phrase[0]] == "户" and own[:-1] == cx.normalise(
                fold[out[-1].phrase[0] - len(own) + 1:out[-1].phrase[0]]):
            return own[:-1] + "人数"  # (脱贫不稳定户5018户18684人: the people of the households the noun names)
        return own[:-2] + "人数"  # (城市低保6195户12533人: the same households' people)
    if ind is not None and not (base_unit == "户" and ind == "户数") and not paired and _TO_WHOM.match(ind) is None:
        return None  # (向全市低保家庭、…18.7万人发放救助金: those it was paid to name no measure; the deed after does)
    tail = fold[pe:ce]
    if base_unit == "户" and (people := re.match(r"[0-9０-９.]+万?人", tail)):
        tail = tail[people.end():]
    deed = _PAIR_DEED.match(tail)
    if deed is None:
        return None
    return cx.normalise(deed.group("deed")) + ("户数" if base_unit == "户" else "人数")


def _count_stem(ind: str) -> str:
    """A count's name without its 数 (or the 套数 of homes): what a plan or a share of it is named after."""
    if ind.endswith("人数"):
        return ind  # 城镇新增就业人数…，完成全年指标任务的110.4%: a count of people is named as written
    return ind[:-2] if ind.endswith("套数") else ind.removesuffix("数")


def _homes_built(ind: str | None, before: str, state: dict, sent_id: int) -> str | None:
    """A count of homes in 套 is named by the homes, then what was done to them, then 套数 (``保障性住房已开工440万套`` →
    保障性住房开工套数, ``新开工棚户区改造住房1.2万套`` → 棚户区改造住房新开工套数); a deed said alone takes the homes its
    sentence named before (``…，基本建成236万套`` → 保障性住房基本建成套数), else it is named alone (``已开工440万套`` →
    开工套数). Not other things counted in 套 (设备, 系统): those keep their names."""
    said = cx.squeeze(before).rstrip("，,、 ")
    home = deed = None
    ind = ind.removesuffix("数") if ind else ind
    tail = _DEED_THEN_HOME.search(said)
    if ind and (m := _DEED_THEN_HOME.fullmatch(ind)) or ind is None and tail and tail.end() == len(said) and (m := tail):
        home, deed = m.group("home"), m.group("deed")  # (全年共改造棚户区2.3万套: no name came before the figure)
    elif ind and (m := _HOME_THEN_DEED.fullmatch(ind)):
        home, deed = m.group("home"), m.group("deed")
    elif ind and (m := _HOME_THEN_DEED.search(said)) and m.end() == len(said) and m.group("home").endswith(ind[-2:]):
        home, deed = ind, m.group("deed")  # 保障性住房已开工: the name stopped at the verb
    elif (ind is None or _DEED_ALONE.fullmatch(ind)) and (m := _DEED_ALONE.search(said)) and m.end() == len(said) \
            and not ("\u4e00" <= said[m.start() - 1:m.start()] <= "\u9fff" and ind is None and m.start() > 0
                     and not said[:m.start()].endswith(("已经", "已", "共", "累计", "全部", "均", "又"))):
        deed = m.group("deed")
        carried, carried_sent = state.get("homes", (None, -1))
        home = carried if carried_sent == sent_id else ""
    if deed is None or home is None:
        return None
    home = cx.normalise(home)
    if home:
        state["homes"] = (home, sent_id)
    return home + deed + "套数"


#: the light verb a training or campaign is held with, no part of what the people counted went through
_HELD = lazy(r"^(?:开展|组织|举办)(?=[\u4e00-\u9fff]{4})")
#: what a count of people or households says was done to them (管控, 搬迁, 改水, 使用清洁能源)
_DID_TO_PEOPLE = lazy(r"(?:(?:健康|规范|随访|签约)管理|上线|管控|采样|签约|征迁|搬迁|培训|安置|参保|救助|资助|招聘|录用|帮扶|慰问|接种|检测|筛查|隔离|走访|受益|覆盖|体检|"
                      r"处分|逮捕|批捕|起诉|公诉|羁押|判处|抓获|留置|问责|"  # (不批准逮捕38人, 党纪处分275人: people a case dealt with)
                      r"务工|报名|录取|返乡|创业|毕业|招生|改水|改厕|改房|改厨|改圈|改造|危房改造|入股|参合|使用[\u4e00-\u9fff]{1,6}"
                      r"|出生|死亡|执行死刑|转移|输出|吸纳|救治|收治|治愈|确诊|遇难|受伤|伤亡|死伤|失踪|脱贫|减贫|返贫|拘留|刑拘|移送|减刑|假释|矫正|"
                      r"移送[\u4e00-\u9fff]{0,6}?(?:机关|检察院|法院)|组织处理|"  # (移送司法机关53人: the people sent, not the organs)
                      r"入学|升学|参军|入伍|退役|参赛|参训|结业|转岗|转业|稳岗|落户|迁入|迁出|犯罪|招募|供养|减员|扶持|竞聘|选派|选拔|聘用|参加[^的]{1,12}|参与[^的]{1,12}"  # (起诉污染环境犯罪3831人)
                      r"|(?:发展|从事)[\u4e00-\u9fff]{1,6}[业殖植])$")  # (有2.2万户发展养殖业: the households that took it up)
#: a whole unit named alone before its households or people (全队, 全村, 全大队)
_WHOLE_UNIT = lazy(r"全(?:大队|生产队|队|村|社|组|乡|镇)")
#: units a large count (万个, 万户) counts: the label says it is a number of them
_SCALED_COUNTS = frozenset({"个", "家", "所", "户"})
#: households and firms a count in 户 is of (入社农户, 个体工商户, 市场主体)
#: registers that hold households or firms (样本库, 名录): a count of their entries keeps their own label
_REGISTERS = ("库", "名单", "名录", "台账", "册")
_HOUSEHOLD = lazy(r"(?:户|企业|公司|单位|家庭|农场|合作社|主体|商户|商店|居民|农民|会员|用户)$")
#: units of weight an output is counted in
_WEIGHT_UNITS = frozenset({"两", "吨", "斤", "公斤", "千克", "担"})
#: every base unit :func:`_unit_label` makes a label for (or one in 元)
_LABELLED = _WEIGHT_UNITS | _AREA_UNITS | _SCALED_COUNTS | {"天", "车次", "辆次", "班次", "件次", "人次", "人", "名", "户", "批次", "起"}
#: a product named with the verb that makes it (自产黄金, 冶炼加工黄金, 生产钢材)
_PRODUCED = lazy(r"^(?:自产|生产|冶炼|加工|产出)[\u4e00-\u9fff]{1,6}$|^[\u4e00-\u9fff]{0,4}(?:冶炼|加工)[\u4e00-\u9fff]{1,4}$")
#: verbs whose object is the money paid: the amount is the object's 发放额
_MONEY_VERBS = ("发放", "拨付", "到账", "筹资", "兑现", "支付", "融资")
_PAID_FIRST = frozenset("发拨兑支")
#: funds a 支出 spends (支出低保金, 支出城乡低保资金, 支出救助经费): named as spending of them
_SPENT_FUNDS = ("金", "经费", "款", "补贴", "补助")
#: (a list of funds paid together, and the 等 that closes it: 发放最低生活保障金、临时救助金, 发放…资金、…补贴等)
_PAID = lazy(r"^(?P<verb>发放|拨付|兑现|支付|支出)(?:各类|各项)?(?P<object>[\u4e00-\u9fff]{2,16}?(?:、[\u4e00-\u9fff]{2,16}?){0,4})等?$")
#: verbs of doing before the object an area measures (not 新建/新增/种植: the set or the use named)
_DID = lazy(r"^(?:建立|发展|推广|实施|完成|落实|开展)了?(?=[\u4e00-\u9fff]{2})")
_DID_FIRST = frozenset("建发推实完落开")
_SOWN_IN_ALL = lazy(r"^(?P<crop>[\u4e00-\u9fff]{2,8}?)(?:共计|合计|累计|共)(?P<verb>播种|种植)$")
_PLANTED = lazy(r"^(?P<verb>种植|播种|栽种|新植)(?P<crop>[\u4e00-\u9fff]{1,8})$")
#: planting verbs an area list's first item opens with, shared by the bare crops after 、
_AREA_VERB = lazy(r"^(?:种植|播种|栽种|新植)(?=[\u4e00-\u9fff]{1,8}$)")  # (not 新增: 新增设施农业2万亩、有机农业800亩)
#: an item farmed or planted, the verb after it (河蟹养殖, 柑橘种植): the bare items of the clauses after it share it
_KEPT_VERB = lazy(r"[\u4e00-\u9fff]{1,6}?(?P<verb>养殖|种植)")
#: raising verbs a list of animals' first item opens with, shared by the bare animals after 、 (饲养生猪16万头、家禽160万羽)
_RAISE_VERB = lazy(r"^(?:饲养|养殖)(?=[\u4e00-\u9fff]{1,6}$)")
_ANIMAL_UNITS = frozenset(("头", "只", "羽", "匹", "口", "箱", "尾"))


_SEMICOLON = lazy(r"[;；]")
#: a clause that only says what the sentence compares with (与上年比，…; 同上年同期相比，…)
_COMPARED_CLAUSE = lazy(r"(?:与|和|同)(?P<base>(?:上年|去年)(?:同期)?|(?:\d{4}|[一二三四五六七八九〇零○]{4})年(?:同期)?)(?:相?比较?|(?P<yoy>同比))[，,]")
#: what the clause that says the base may open with: a subject and its year, no figure (1956年各类支出同1955年相比，…)
_COMPARING_SUBJECT = lazy(r"(?:^|(?<=[，,：:；;。！？!?\s]))(?:\d{4}年)?[\u4e00-\u9fff]{2,8}$")
#: a parenthesis after a figure that gives the plan's figure for it: (原计划降低8.4%), (计划为120亿元)
_PLAN_IN_PARENS = lazy(r"(?:原|按)?(?:计划|原定|预算|规划)(?:为|是|要求|规定)?(?:比上年|较上年|同比)?"
                       r"(?:增长|提高|上升|增加|降低|下降|减少|达到|完成)?"
                       r"|(?:全年|年度|年)?(?:目标任务|任务|目标)(?:值|数)?(?:为|是)?")  # (…服务率74.2%(全年任务70%))
#: a ratio's base that is a time of the same measure (是2022年的2.4倍, 是上一个五年的x倍)
_TIME_OF = ("年的", "年度的", "时期的", "期间的", "同期的", "年末的", "年底的", "期末的")
#: a clause that opens with a measure and holds no figure: 财政收入再创新高, 辖内财政收入迈过千亿大关
_MEASURE_OPENS = lazy(r"^(?:全[市县区省镇乡]|我[市县区省镇乡]|辖内|辖区)?(?P<name>[^\W\d_在要加年将并而]{0,14}?(?:"
                      + "|".join(sorted(cx.MEASURE_HEADS + ("生产总值", "零售总额", "经济总量", "率", "成本", "指数", "(?<!的)(?<!平均)水平"),
                                       key=len, reverse=True))
                      + r"))(?![\u4e00-\u9fff]{0,2}[0-9０-９])")


#: a clause of only a time and a verb before its figure (预计全年将超过, 2006年达): the measure named before, again
_BARE_AGAIN = lazy(r"(?:预计|预期)?(?:\d{4}年|今年|全年|去年|明年|上半年|下半年|年底|年末)?(?:将|可|已|又|还)?"
                   r"(?:达到?|超过|突破|增至|增加到|增加至)?")  # (超过 before the figure is read with it: 预计全年将)
_BARE_TOTALS = frozenset(("总额", "总量", "总值", "总数"))


def _named_between(fold: str, a: int, cs: int) -> str | None:
    """The measure named by the last clause between the previous figure (at ``a``) and this clause
    (at ``cs``), where that clause holds no figure of its own; else None."""
    if cs - a < 4 or cs - a > 80:
        return None
    cut = max(fold.rfind("，", a, cs - 1), fold.rfind(",", a, cs - 1), fold.rfind("；", a, cs - 1), fold.rfind(";", a, cs - 1))
    if cut < a:
        return None  # (…增长14%以上；辖内财政收入迈过千亿大关，达1330亿元: the clause after a semicolon names it too)
    m = _MEASURE_OPENS.match(cx.squeeze(fold[cut + 1:cs - 1]))
    if m is None or m.group("name") in _BARE_TOTALS:
        return None  # 出口48583万美元，总额居全省第六位，同比增长24.1%: a bare total restates the figure before
    return cx.normalise(m.group("name"))


_HOW_COUNTED = lazy(r"^(?:按照?|根据|依照|从|以)|比较|来看|计算")
#: what an opening clause says of the measure it names: 又创新高, 稳步增长, 突破千亿
_OPENING_SAYS = lazy(r"(?:又|再|连续|连|接连|相继|继续|持续|首次|稳步|大幅|快速|较快|明显|实现|保持|两位数|较快)*(?:创|突破|迈|跃|跨|增长|提高|提升|上升|上扬|攀升|下降|回落|增加|减少|回升|翻番|翻一番|翻两番)"
                     # (…仍将高位求进, …向前迈了一大步: an adverb closes the name; the clause holds no figure)
                     r"|(?:仍将|仍然|依然|向前)")
_OPENING_TIME = lazy(r"(?:\d{4}年|今年|去年|全年|上半年|前三季度|一季度)")


#: a clause that opens with a total restates the quantity of the clause before it
_TOTAL_WORDS = frozenset(("计", "共计", "合计", "总计", "折合", "约合"))
_FIRST_FIGURE = lazy(r"[0-9０-９XxＸ×*]")


def _restated(fold: str, sent: int, cs: int, out: list) -> str | None:
    """The measure a total (``计8000吨``) restates: the figure of the clause right before, or, where that
    clause's figure was not read (``打捞蓝藻1600车``) or is a count, what the clause names before its number."""
    start = max(fold.rfind(c, sent, cs - 1) for c in "，,；;、") + 1  # (出动5000人次、打捞蓝藻1600车，计…: the last item)
    if start <= sent:
        start = sent
    if out and out[-1].phrase[0] >= start and out[-1].quantity.unit not in COUNT_UNITS:
        return out[-1].indicator  # (改造危房120户，计3600平方米: not the count's label, the work it names)
    figure = _FIRST_FIGURE.search(fold, start, cs - 1)
    return cx.indicator_of(cx.squeeze(fold[start:figure.start()])) if figure else None


def _named_opening(fold: str, sent: int, cs: int) -> str | None:
    """The measure the sentence's opening clause names when it holds no figure: ``2014年牧业产值又创新高，``
    (its time dropped); else None."""
    cut = max(fold.rfind("，", sent, cs - 1), fold.rfind(",", sent, cs - 1), fold.rfind("：", sent, cs - 1),
              fold.rfind(":", sent, cs - 1))
    if cut >= 0:
        sent = cut + 1  # 经济大盘稳健，经济总量稳步上扬，接连跨越5000亿元: the clause right before names it
    if cs - sent > 40:
        return None
    clause = cx.squeeze(fold[sent:cs - 1])
    if _HOW_COUNTED.search(clause):
        return None  # 按照完成的投资额来比较，比去年同期增长68%: how it is counted, not what
    if clause[:1] in "一二三四五六七八九十0123456789（(":
        clause = clause[_ITEM_LEAD.match(clause).end():]  # 三是财政收入稳步增长，达到…: the item's marker is no name
    t = _OPENING_TIME.match(clause)
    clause = clause[t.end():] if t else clause
    m = _MEASURE_OPENS.match(clause)
    if m is None or m.end() < len(clause) and not _OPENING_SAYS.match(clause, m.end()):
        return None  # (国家预算用在…的支出: the name goes on)
    return cx.normalise(m.group("name"))


#: a list item's own marker, before the sentence it opens: 一是, 二要, 3、, (二)
_ITEM_LEAD = lazy(r"[ \u3000\n]*(?:[一二三四五六七八九十]{1,2}是|[一二三四五六七八九十]{1,2}、|[0-9]{1,2}[、.．]|[（(][一二三四五六七八九十0-9]{1,2}[）)])?")


def _sentence_start(fold: str, s: int, end: int) -> int:
    """Where the sentence that ends at ``end`` (its 。) begins, within the block that starts at ``s``."""
    a = max(fold.rfind("。", s, end), fold.rfind("！", s, end), fold.rfind("!", s, end), fold.rfind("：", s, end),
            fold.rfind(":", s, end))
    return a + 1 if a >= s else s


def _named_sentence(fold: str, s: int, sent: int) -> str | None:
    """The measure the previous sentence names, when it is short, names one and holds no figure
    (``二是农民收入实现较快增长。``); else None."""
    a = _sentence_start(fold, s, sent - 1)
    a = _ITEM_LEAD.match(fold, a, sent).end()
    if sent - a > 24 or any(c.isdigit() for c in fold[a:sent]) or "，" in fold[a:sent] or "," in fold[a:sent]:
        return None
    return _named_opening(fold, a, sent)


def _subject_did(previous: str, clause: str) -> bool:
    """Whether ``previous``'s modifier stood as the subject of 实现/完成 in the sentence so far."""
    parts = cx.split_head(previous)
    return bool(parts and parts[0]) and (parts[0] + "实现" in clause or parts[0] + "完成" in clause)


_QUOTE_MARKS = lazy(r"[“”\"]")
_PROJECT_DOES = lazy(r"(?<=[\u4e00-\u9fff])(项目|工程)(?:中|扎实推进|加快推进|顺利推进|有序推进|全面推进|正在推进)$")
_NEW_OF_COUNT = lazy(r"((?:新增|新建|新开办|新培育|新引进|新签约|新认定|新创建|建成|引进|签约|新开工|开复工|复工|开工|竣工|投产|复产|达产|创建|获批|认定|培育)+)了?$")
#: a set of projects named by what was done to them, right before its count
#: the verb of a count whose items are listed between them (签约甲新材料、乙新材料等41个项目)
_NEW_BEFORE_LIST = lazy(r"(新增|新建|建成|引进|签约|新开工|开工|竣工|投产|落地|落户|打造|创建|培育|认定)了?[^，,；;。：:]{2,40}等$")
_DONE_SET = lazy(r"(?:新开工|开复工|开工|竣工|签约|建成|投产)(?:建设)?(?:项目|工程)$")
#: the verb right before a count of projects that says what was done to them
_PROJECT_VERB = lazy(r"((?:通过)?(?:评审|审核|推进|招引|谋划|储备|包装|申报|争取|落地|落户|对接|洽谈|审批|备案|立项|入库|实施|"
                     r"建设|在建|续建|新上))了?$")
_PROJECT_WORK = lazy(r"项目(?:建设|前期工作|前期)$")
#: deeds of a congress or a conference, right before the count of what they handled (开展 kept, as in 开展…项目的村数)
_DEED_OF_COUNT = lazy(r"((?:听取)?审议|听取|检查|作出|开展|举办|审查|办理|视察|形成|补助|资助|覆盖)了?$")
_COUNT_VERB = lazy(r"(新开工|开工|竣工|新签约|签约|引进|新增|建成|完成|举行了|提出了|实施|改造)$")
#: (a list of levels opens the noun: XX项省、市为民办实事项目 counts 省市为民办实事项目, not 省)
#: a placeholder figure right after a count (签约xxx户xxxxx平方米): the next measure of the same thing, no noun
_FIGURE_NEXT = lazy(r"[XxＸｘ×*＊]{2,}|[XxＸｘ×*＊][.．万亿千百]")
#: a figure and its unit (a count of the list item before)
_COUNT_BEFORE = lazy(r"[0-9０-９零〇一二两三四五六七八九十百千万亿.．点]+[" + "".join(sorted(set("".join(COUNT_UNITS)))) + "]$")


def _crosses_count(head: str, clause_before: str) -> bool:
    """A name's part before its first 、 (``head``) holds a count or follows one in the clause: the name runs
    across a list's items."""
    if _COUNT_BEFORE.search(head) is not None or any("0" <= ch <= "9" for ch in head):
        return True
    at = clause_before.find(head + "、") if head else -1
    return at > 0 and _COUNT_BEFORE.search(clause_before, 0, at) is not None


#: the 外 (以外, 之外) that closes a 除…外 frame after a count's noun
_FRAME_END = lazy(r"[以之]?外$")
_NOUN_AFTER_COUNT = lazy(r"^(?:[0-9][A-Za-z])?(?:(?:[省市县区乡镇村]|社区|街道|乡镇)、(?=(?:[省市县区乡镇村]|社区|街道)[\u4e00-\u9fff]))*[\u4e00-\u9fffA-Za-z()（）]{1,12}?(?=[,，;；:：。！？!?、]|$)")
#: the same, ended by the next count of a list (举办2次业务培训班和1次外出培训班): not for people (公开竞聘了9名…院长和140名…
#: is counted by the deed, tests/test_meaning_u7.py)
_NOUN_BEFORE_NEXT_COUNT = lazy(r"^[\u4e00-\u9fff]{1,12}?(?=[和及与][0-9])")


#: a count's noun that holds a quoted name: the quoted part does not count against the noun's length
_NOUN_AFTER_QUOTED = lazy(r"^[\u4e00-\u9fffA-Za-z]{0,8}?[“\"][\u4e00-\u9fffA-Za-z0-9]{1,10}[”\"][\u4e00-\u9fffA-Za-z]{1,8}?"
                          r"(?=[,，;；:：。！？!?、]|$)")


def _count_indicator(fold: str, p: Phrase, q: Quantity, ind: str | None, cs: int, end: int,
                     subject: str | None, measure: str | None,
                     sq: Callable[[int, int], str]) -> tuple[str | None, Quantity, str | None]:
    """Counts (M5): ``提出了**件建议提案`` → 建议提案数, ``项目开工40项，竣工15项`` → 项目开工数, 项目竣工数.

    Also gives a Chinese-numeral count licensed by 至少 its qualifier (不低于).
    Returns the indicator, the quantity and the subject later counts of the sentence share
    (``sq`` squeezes a span of the block).
    """
    clause_before = sq(cs, p.start)
    if q.qualifier is None and p.kind == "han":
        m = _COUNT_QUAL_LAST.search(clause_before)
        if m:
            q = q._replace(qualifier="不低于" if m.group() != "超过" else "超过")
    # 养蚕11750张 → 养蚕张数; 地铁开行652580列次 → 地铁开行列次 (trains run, counted as runs)
    suffix = "次数" if q.unit == "次" else q.unit + "数" if q.unit in ("张", "宗", "场", "期") else "列次" if q.unit == "列次" else "数"
    # (units that meet a condition first: 有3个乡镇没有完成目标 is 未完成目标的乡镇数, not a did-count of 乡镇没有)
    if q.unit in _JOINING_UNITS and "的" in clause_before and (did := _PEOPLE_WHO_DID.fullmatch(cx.normalise(clause_before))):
        # 提交提案的委员达1966人, 参加学习的代表6300多人次: the people counted by what they did (the house keeps its 的)
        return did.group("did") + "的" + did.group("who") + ("人次" if q.unit == "人次" else "数"), q, subject
    if q.unit in _JOINING_UNITS and (joined := _joined(clause_before, _CLAUSE_CUT.split(sq(p.end, min(end, p.end + 40)), 1)[0])):
        people = "人次" if q.unit == "人次" else "人数" if _JOINED_BY.search(clause_before) else "数"
        return cx.normalise(_QUOTE_MARKS.sub("", joined)) + people, q, subject
    clause = _CLAUSE_CUT.split(sq(cs, min(end, p.end + 40)), 1)[0]
    if (involved := _involved(clause, not clause_before)) is not None:
        return cx.normalise(involved), q, subject
    if "对" in clause_before and (deed_on := _deed_on(clause)) is not None:
        return deed_on, q, subject
    if "已" in clause and (listed := _listed_done(clause_before, clause[len(clause_before) + len(sq(p.start, p.end)):])):
        return cx.normalise(listed), q, subject
    units = _units_counted(clause_before, sq(p.end, min(end, p.end + 60)), measure)
    if units is not None:
        return units or None, q, subject
    head = sq(p.end, min(end, p.end + 24))
    not_done = _NOT_DONE_AFTER.match(head) if "未" in head or "没有" in head else None
    if not_done:  # 除甲村4户未兑现外 → 未兑现户数, 还有5个项目尚未开工 → 未开工项目数
        noun = not_done.group("noun") or (q.unit if q.unit not in ("个", "项") else "")
        return "未" + not_done.group("verb") + noun + "数", q, subject
    if clause_before[-1:] in _SERVED_LAST and (served := _served(clause_before)) \
            and (units_served := _SERVED_UNITS.match(head)):
        # 走访服务68家权重企业 → 走访服务权重企业数; 为120家市场主体融资 → 融资市场主体数: the units the work was
        # for, named by what was done to them (the verb after them, else the one before), or by the units alone
        after = _QUOTE_MARKS.sub("", head[units_served.end():])  # (整理“国补”申领材料)
        if (rest := _SERVED_REST.match(after)) is not None:
            done = rest.group()
        elif not after or after[0] in _CLAUSE_ENDS:
            done = served.group() if served.group() not in ("为", "与", "对") else ""
        else:
            done = ""
        if q.unit in _PEOPLE_UNITS and done:
            # 为144名残疾儿童实施康复救助 → 残疾儿童康复救助人数: people a deed was done for, counted as people (the
            # light verb before the deed is no part of it)
            return cx.normalise(units_served.group() + _LIGHT_VERB.sub("", done)) + "人数", q, subject
        return cx.normalise(done + units_served.group()) + suffix, q, subject
    if _CLAUSE_OPEN.fullmatch(clause_before) or clause_before[-1:] in ("有", "等", "、") \
            or clause_before[-1:] in _PLACE_ENDS and _PLACE_BEFORE.search(clause_before) \
            or clause_before[:2] == "实现" and _RESULT_OPEN.fullmatch(clause_before) \
            or clause_before[-1:] in _CAUSE_ENDS and _CAUSE.search(clause_before):
        # (甲、乙、丙等9个项目已竣工投产: the items listed before 等 are the subject too; 推动五沙工业园区8个项目
        # 启动增资扩产: the place they are in, or a verb that makes them do it, too)
        after = sq(p.end, min(end, p.end + 24))
        if clause_before[-1:] == "、":
            after = after.split("、", 1)[0]  # (甲、570个贫困村全部退出、…: the list item ends at the next 、)
        if q.unit in _PEOPLE_UNITS and (honour := _PEOPLE_HONOURED.match(after)) is not None:
            return cx.normalise(honour.group()) + "人数", q, subject  # 3人入选泰山学者青年专家: people counted by the honour
        did = _SUBJECT_DID.match(after)
        if did and (did.group("noun") or subject):
            # 27个项目进行设备安装调试 → 进行设备安装调试的项目数, 62个项目竣工投产 → 竣工投产项目数
            pred, noun = (did.group("adv") or "") + did.group("pred"), did.group("noun") or subject
            if pred[:2] in ("落户", "落地"):
                pred = pred[:2]  # 14个亿元项目相继落户扶余 → 落户亿元项目数: where they settled is the entity (M5)
            return pred + ("的" if len(pred) > 4 else "") + noun + suffix, q, subject or noun
    nxt = sq(p.end, min(end, p.end + 24))
    if nxt[:1] in "“\"":  # 75个“两重一实”项目: the quoted name is part of the noun
        nxt = _QUOTE_MARKS.sub("", nxt)
    passive = _PASSIVE_COUNT.match(nxt)
    if passive:  # 8518名学生被重点大学录取 → 重点大学录取人数
        people = "人数" if _base_unit(q.unit) in ("人", "名") else suffix
        return passive.group("agent").replace("、", "") + passive.group("verb") + people, q, subject
    # (新培育20家省级“两业”融合标杆企业: a quoted name inside the noun is part of it, quotes kept as written)
    noun = ((("“" in nxt or '"' in nxt) and _NOUN_AFTER_QUOTED.match(nxt)) or _NOUN_AFTER_COUNT.match(nxt)
            or q.unit not in _PEOPLE_UNITS and _NOUN_BEFORE_NEXT_COUNT.match(nxt)) \
        if not _NEXT_MEASURE.match(nxt) and not _CHANGED_TO.match(nxt) \
        and not _FIGURE_NEXT.match(nxt) else None  # (签约xxx户xxxxx平方米: the next figure, no noun)
    # (X宗面积X亩: 面积 is the next figure's; 由180万户增加到…: the change goes on, no noun follows)
    if noun and ("\u4e00" <= nxt[:1] <= "\u9fff" or noun.group()[:2].isalnum()) and not _NOT_THRESHOLD.match(nxt):
        noun_text = re.sub(r"[(（][^)）]*[)）]?", "", noun.group()).replace("、", "")
        noun_text = re.sub(r"(?:全部|均已|已全部|全面|(?<![亩人户])均|已).*$", "", noun_text) or noun_text  # (亩均 is a word)
        noun_text = re.sub(r"(?<=[0-9])[a-z]", lambda m: m.group().upper(), noun_text)  # 4a景区 → 4A景区
        noun_text = _PROJECT_DOES.sub(r"\1", noun_text)  # 75个项目扎实推进, 75个项目中: the projects
        if noun_text[-1:] == "外" and "除" in clause_before and len(noun_text) > 3:
            noun_text = _FRAME_END.sub("", noun_text)  # 除新建12所学校外: the frame's 外 is no part of the noun
        if "的" in noun_text[2:] and (owned := _SERVED_UNITS.fullmatch(noun_text[:noun_text.index("的")])) is not None:
            noun_text = owned.group()  # 加大对现有x家规上企业的跟进指导: the firms counted, not what is done for them
        if noun_text[-2:] in _EVENTS and (event := _PROJECT_EVENT.fullmatch(noun_text)):
            # 举行了…8个项目开工仪式: the projects counted are those the event started (开工项目数), not events
            return cx.normalise(event.group("verb") + event.group("set")) + suffix, q, subject
        verb = _NEW_OF_COUNT.search(clause_before)  # 新增5家联盟 → 新增联盟数, as 新增就业, 建成平台面积
        if verb is None and clause_before[-1:] == "等":
            verb = _NEW_BEFORE_LIST.search(clause_before)  # 签约甲、乙等41个项目 → 签约项目数
        if verb is None and clause_before[-1:] in _DEED_LICENSE_LAST:
            verb = _DEED_OF_COUNT.search(clause_before)  # 听取审议22个监督工作报告 → 听取审议监督工作报告数
        elif verb is None and clause_before[-1:] in "、和及与":
            verb = _DEED_LISTED.search(clause_before)  # 开展2次专题询问、11项专题调研 → 开展专题调研数: the same deed
        if verb is None and "项目" in noun_text:  # 通过评审X个项目 → 通过评审项目数, 推进40个…项目建设 → 推进…项目数
            verb = _PROJECT_VERB.search(clause_before)
            noun_text = _PROJECT_WORK.sub("项目", noun_text)
        return cx.normalise((verb.group(1) if verb else "") + noun_text) + suffix, q, subject
    verb = _COUNT_VERB.search(clause_before)
    if verb is None and ind in ("项目", "工程", "建设项目") and (done := _DONE_SET.search(clause_before)):
        return done.group() + suffix, q, subject  # 完成开工项目11个, 已开工建设项目14个: the set the verb names
    base = re.sub(r"^[县市区省]?\d+[项个家]", "", ind or "")
    if verb and base.endswith(verb.group()):
        base = base[: -len(verb.group())]
    base = base or subject or ""
    if "、" in base and _crosses_count(base[:base.index("、")], clause_before):
        # 帮助建设47项企业、帮助建设78项企业的…, 有农业中学1.2所、学生约120人: the name the text before gives runs
        # back across a list item's own count (企业、帮助建设): no name is better than that one
        return None, q, subject
    if verb and base:
        done = verb.group().rstrip("了")  # (开工项目…，其中计划开工120项: the set already says what was done)
        if done not in base and len(done) > 2 and base.startswith(done[-2:]):
            return done + base[2:] + suffix, q, base  # 开工项目…，其中计划新开工223项 → 新开工项目数
        return (base if done in base else base + done) + suffix, q, base
    if base in _STATUS and subject and (kind := _SET_HEAD.search(subject)):
        return base + kind.group() + suffix, q, subject  # 入园企业30家，在建6家 → 在建企业数
    if base in _PROJECT_ONLY_VERBS and q.unit not in ("个", "项") and subject and (kind := _SET_HEAD.search(subject)) \
            and kind.group() != "项目":
        # 引进企业36家，已投产19家，在建4家 → 投产企业数, 在建企业数: the firms just counted (the subject goes on)
        return base + kind.group() + suffix, q, subject
    if (base or ind) in _PROJECT_ONLY_VERBS and q.unit in ("个", "项"):
        return (base or ind) + "项目" + suffix, q, (base or ind) + "项目"  # (签约8个，开工5个: 签约项目开工数)  # …，投产X个: what is put into production with nothing named is projects
    if not base and ind is None and q.unit[-1:] in ("户", "人") and (_HOLDS.fullmatch(clause_before) or not clause_before
                                                                  and _held_before(fold, cs, sq)):
        # 全乡…，有4762户19158人: its households, its people; 甲乡有13个行政村，55个自然庄，2271户: the list 有 opened
        return ("户数" if q.unit[-1] == "户" else "人数"), q, subject
    if base.endswith("人口") and q.unit[-1:] in ("人", "名"):
        return base, q, base  # 全县总人口785263人, 其中农业人口723515人: 人口 is already a number of people (not 人口数)
    return (base + suffix if base and not base.endswith(_COUNTED_ALREADY) else ind), q, base or subject


_CONTRIBUTION_TO = lazy(r"对((?:全[国省市县区])?[\u4e00-\u9fffA-Z]{1,10}?)(?:增长)?的?贡献率")
_CROP_AREA = lazy(r"(?:新种植|新种|种植|播种|栽植|新植)?面积$")
_CROP_VERB = lazy(r"^(?:新种植|新种|种植|播种|栽植|新植)")


def _crop_of_clause(fold: str, out: list[Found], cs: int) -> str | None:
    """The crop the last area figure of this ;-clause names (火龙果种植面积 → 火龙果), else None."""
    stop = max(fold.rfind("；", 0, cs), fold.rfind(";", 0, cs), fold.rfind("。", 0, cs))
    for g in reversed(out):
        if g.phrase[0] <= stop:
            return None
        if g.indicator and _base_unit(g.quantity.unit) in _AREA_UNITS and g.indicator.endswith("面积") \
                and "占" not in g.indicator and "累计" not in g.indicator:
            crop = _CROP_VERB.sub("", _CROP_AREA.sub("", g.indicator))  # (新种核桃面积, 火龙果种植面积)
            return crop if len(crop) >= 2 else None
    return None


#: verbs that only projects undergo: a count named by one alone counts projects (投产X个 → 投产项目数)
#: a ceremony of projects: 8个项目开工仪式, 12个项目集中签约活动
_EVENTS = frozenset(("仪式", "活动", "典礼", "大会"))
_PROJECT_EVENT = lazy(r"(?P<set>[\u4e00-\u9fff]{0,6}?(?:项目|工程))(?:集中)?(?P<verb>开工|竣工|签约|投产|开业)(?:仪式|活动|典礼|大会)")
#: where units of a set stand, said with no noun (在建6家): of the units the sentence counted before
_STATUS = frozenset(("在建", "待建", "拟建", "续建", "在谈", "停产", "半停产", "停工", "停建", "在库"))
_SET_HEAD = lazy(r"(?:企业|项目|工程|合作社|公司|基地|园区)$")
_PROJECT_ONLY_VERBS = frozenset(("投产", "开工", "新开工", "竣工", "竣工投产", "开复工", "复工", "签约", "新签约", "落地"))
#: a clause that only says a place has so many households or people (有4762户19158人, 共有2788户)
_HOLDS = lazy(r"(?:全[乡镇村县区队社]|我[乡镇村])?现?共?有(?:[\dX×*.．]+万?户)?")
#: the counts a place has, listed clause by clause after 有 up to this one (有13个行政村，55个自然庄，)
_HELD_RUN = lazy(r"有(?:[\d.]+[个户人名家所座处][\u4e00-\u9fff]{0,6}[，,、])*[\d.]+[个户人名家所座处][\u4e00-\u9fff]{0,6}[，,]$")


def _held_before(fold: str, cs: int, sq: Callable[[int, int], str]) -> bool:
    """Does a list of what a place has (有13个行政村，55个自然庄，) run up to the clause at ``cs``?"""
    back = sq(max(0, cs - 60), cs)
    back = back[max(back.rfind("。"), back.rfind("；"), back.rfind(";")) + 1:]
    return "有" in back and _HELD_RUN.search(back) is not None


_GLOSS = lazy(r"[(（][a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňḿ]{1,8}[)）]")
#: administrative units that a count may count (县(市)、区 of a city's supervision speech)
_ADMIN = r"(?:县\(市\)、?区|县\(市、区\)|县\(区\)|县\(市\)|县市区|县区|区县|市县|乡镇|街道|县(?!域)|区(?!域)|镇|乡|村|行业|企业)"
_ADMIN_AFTER = lazy(rf"^(?P<units>{_ADMIN})(?P<pred>[^,，;；。！？!?(（]{{2,30}}?)(?=[(（,，;；。！？!?]|$)")
_ADMIN_BEFORE = lazy(rf"(?P<pred>[^,，;；:：。]{{2,40}}?)的(?P<units>{_ADMIN})有$")
_FIGURE_IN = lazy(r"[\dXx×*０-９]|[一二两三四五六七八九十百千万亿]+[个%元亩吨]")
_PREDICATE = lazy(r"完成|低于|高于|超过|为零|竣工|开工|增长|下降|达到|落实|到位|兑现|未|没有")


def _units_counted(clause_before: str, after: str, measure: str | None) -> str | None:
    """Counts of administrative units that meet a condition (M1, M5):
    ``有×个县(市)、区GDP增速没有完成目标`` → GDP增速未完成目标的县(市)区数;
    ``GDP增速低于全市平均水平的县(市)、区有×个`` → GDP增速低于全市平均水平的县(市)区数."""
    if "(" in after or "（" in after:
        after = _GLOSS.sub("", after)
    m = _ADMIN_AFTER.match(after) if after[:1] in _ADMIN_AFTER.first else None
    if m is None:
        plain = _GLOSS.sub("", clause_before) if "(" in clause_before or "（" in clause_before else clause_before
        # (its match ends in 有, $ also before a last \n: most clauses end otherwise, and skip the search)
        m = _ADMIN_BEFORE.search(plain) if plain.endswith(("有", "有\n")) else None
    if m is None or not _PREDICATE.search(m.group("pred")):
        return None
    if m.group("units") in ("行业", "企业") and _FIGURE_IN.search(m.group("pred")):
        return None  # (12家企业完成投资5亿元: a figure of the firms, not a condition they meet)
    pred = re.sub(r"没有", "未", m.group("pred")).replace("分别", "")
    pred = re.sub(r"^的", "", pred).replace("已", "")  # 31个村的林款已全部落实到位 → 林款全部落实到位
    pred = re.sub(r"^(?:共|均|都)", "", pred)
    pred = re.sub(r"[X×*\d.、和]+(?:个百分点|%|个位次)$", "", pred)  # …低于全市平均水平×、×和×个百分点
    if clause_before.startswith("除"):
        pred = re.sub(r"外$", "", pred)  # 除…等×个县(市)、区完成目标外
    if pred.startswith(("增速", "增长")):  # 等×个县(市)、区增速分别低于…: the sentence's measure
        if not measure:
            return ""  # better absent than half a label
        pred = measure + pred
    return f"{pred}的{m.group('units').replace('、', '')}数"


#: labels that already name a count (…数) or a number of people (新增就业, 转移就业, 脱贫)
_COUNTED_ALREADY = ("数", "数量", "总量", "授权量", "申请量", "拥有量", "保有量", "就业", "脱贫", "密度")  # (专利授权量为70件: the count is named)  # (人口密度为每平方公里48人: a density, no count)


_PASSIVE_COUNT = lazy(r"^[\u4e00-\u9fff]{1,4}被(?P<agent>[\u4e00-\u9fff、]{1,12}?)(?P<verb>录取|评为|表彰|授予|认定|命名)")
_COUNT_QUAL_LAST = lazy(r"至少|不少于|不低于|不能低于|超过")


#: a sentence that goes on with the one before: its breakdown (其中) or the next goal of a list (同时)
_GOES_ON = lazy(r"[\s\u3000]*(?:其中|(?:与此)?同时)[，,：:]")  # (与此同时，境内资产保值增值率达到111.6%)
_SENTENCE_ENDS = frozenset("。！？!?")
#: a clause about today (M12: 目前 and 当前 are no periods, and no earlier clause's period reaches past them)
_NOW = frozenset(("当前", "目前", "现在", "现有"))
_YEARS_PAST = ("年", "年来", "年间")
_NOW_CLAUSE = lazy(r"[，,；;：:][ \u3000]*(?:当前|目前|现在|现有)")
#: what a goal does to its figure (达到, 保持在, 冲刺, 增长 …): a share or a 是 in the breakdown describes
#: (其中，秋粮是粮食生产的大头，占全年的70%)
_REACHES = lazy(r"达|保持|冲刺|增长|增加|提高|提升|突破|超过|实现|完成|新增|控制|稳定|建成|降低|下降|减少|翻")


def _last_before(out: list[Found], pos: int, state: dict) -> Found | None:
    """The last figure found before ``pos`` (in this block, else the last of an earlier block)."""
    for f in reversed(out):
        if f.phrase[1] <= pos:
            return f
    return state.get("last_found")  # type: ignore[return-value]


def _goal_goes_on(fold: str, sent: int, prev: Found | None) -> bool:
    """Does the sentence at ``sent`` open with 其中/同时 right after a sentence whose last figure is a goal?

    Such a sentence breaks that goal down or sets the next one (到“十四五”末，地区生产总值要达到300亿元。
    其中，一产业增加值冲刺63.3亿元), also across a paragraph break; only the sentence right before counts.
    """
    if prev is None or prev.kind != "target" or not _GOES_ON.match(fold, sent):
        return False
    end = prev.phrase[1]
    return end < sent and sum(fold.count(c, end, sent) for c in _SENTENCE_ENDS) == 1


def _list_intro_before(fold: str, sent: int, pos: int, state: dict) -> bool:
    """Is there a list introduction (目标是：) between the sentence start and ``pos``?

    Scanned incrementally per sentence, so a sentence of any length costs linear time.
    """
    key, scanned, hit = state.get("intro_scan", (-1, -1, -1))  # type: ignore[misc]
    if key != sent:
        scanned, hit = sent, -1
    if hit < 0 and pos > scanned:
        a = max(sent, scanned - 8)
        # every list introduction holds 目标/指标 (标), 任务 (务) or 要求 (求): look for those first
        m = cx.LIST_INTRO.search(fold, a, pos) if (fold.find("标", a, pos) >= 0 or fold.find("务", a, pos) >= 0
                                                   or fold.find("求", a, pos) >= 0) else None
        hit = m.end() if m else -1
        scanned = pos
    state["intro_scan"] = (sent, scanned, hit)
    return 0 <= hit <= pos


def _follows(fold: str, end: int, sent: int) -> bool:
    """Whether only a full stop (and blanks) stands between a figure ending at ``end`` and ``sent``."""
    return 0 < sent - end <= 3 and fold[end:sent].strip(" \u3000\n") in ("。", ".")


def _base_not_period(fold: str, periods: list[tuple[int, int, str]], floor: int, hit: tuple[int, int, str],
                     per: str) -> str | None:
    """分别比大丰收的1990年增长: a period read inside the basis is the year compared with, not the
    period (the one before it is, if any); 2020年底…，比2019年底增长 keeps its own. ``hit`` is the
    value's period match (:func:`_period_hit`)."""
    if fold.rfind("比", hit[1] - 8, hit[1]) < 0 and fold.rfind("较", hit[1] - 8, hit[1]) < 0 \
            and not fold.startswith(("相比", "比较", "同期相比"), hit[0]) and not _ON_THE_BASE.match(fold, hit[0]):
        return per  # (同1954年比较，原煤增长17%, 与2022年同期相比: the year compared with, after it too)
    earlier = _period_hit(periods, floor, hit[1] - 1)
    while earlier is not None and (fold.rfind("比", earlier[1] - 8, earlier[1]) >= 0
                                   or fold.rfind("较", earlier[1] - 8, earlier[1]) >= 0):
        # …比历史上最好的1984年增长42.8%；实现利润…，比历史上最好的1984年增长66.7%: the year before is compared
        # with too (no period of this value)
        earlier = _period_hit(periods, floor, earlier[1] - 1)
    return earlier[2] if earlier is not None else None


_BUILDING = lazy(r"正在(?:建设|施工)(?:当中|之中|中)?数$")
#: wholes that name no measure head of their own (在社会零售总额中; not 在这次检查中)
_WHOLES = ("总值", "总数", "总额", "总量", "户数", "人口", "面积", "劳动力", "人员")
#: the whole a share is of, named before its parts: 在工农业总产值中，(农业产值占97%)
#: the part a share is of, written before it (重工业的比重从…, 工业总产值所占的比重)
_SHARE_OWNER = lazy(r"([\u4e00-\u9fff]{2,10}?)(?:所占)?的?比重")
#: 的 after a short deed before its noun (立案的提案 → 立案提案)
_DEED_OF = lazy(r"(?<=^[\u4e00-\u9fff]{2})的(?=[\u4e00-\u9fff]{2}$)")
_AMONG = lazy(r"在(?P<whole>[^，,。；;在中]{2,14})中[，,]")
#: the same whole opening its sentence without 在: 全部就业人员中，(第一产业就业人员占28.3%)
_AMONG_OPENS = lazy(r"(?:全[国省市县区])?(?P<whole>[^，,。；;在中]{2,14})中[，,]")
_GAIN_OF = lazy(r"(?<!新)(?P<verb>增产|减产)(?![业量值能品])(?P<crop>(?:(?![了的和与及还只占将就也约近])[\u4e00-\u9fff]){1,4})$")
_FROM_NOW = lazy(r"[由从](?:目前|现在|当前)的?$")
#: the rest of a base a change is counted from, after its year (1957年535万吨的基础上)
_ON_THE_BASE = lazy(r"[^，,；;。]{0,12}?的?基础上")
_CLAUSE_STOP = lazy(r"[，,；;：:]")
#: a year described before it is named in a comparison (比抗日战争前的1936年)
_DESCRIBED_BASE = lazy(r"[较比](?![重例率])[\u4e00-\u9fff]{1,6}的$")


#: what opens the whole a share is of, right before a time in it (占2020年末…总数的, 占全市2014年末…)
_SHARE_OF_AT = lazy(r"占(?:全[国省市县区镇乡]|本[省市县区])?$")


def _share_base(fold: str, hit: tuple[int, int, str]) -> bool:
    """Is the period match ``hit`` the time of the whole a share is of (占2020年末脱贫人口总数的13.99%), no period?"""
    return fold[hit[1] - 1:hit[1]] in ("占", "市", "国", "省", "县", "区", "镇", "乡") \
        and _SHARE_OF_AT.search(fold, max(0, hit[1] - 3), hit[1]) is not None


def _compared_with(fold: str, hit: tuple[int, int, str]) -> bool:
    """Is the period match ``hit`` the time a comparison is made with, not a period: 比抗日战争前的1936年
    (下降20%；粮食总产为30137吨: that is 1949's), 1956年同1955年相比 (粮食增产42.23%: 1956's)?"""
    a = hit[1]
    if fold.startswith("相比", hit[0]):
        return True
    if fold[a - 1:a] == "在" and _ON_THE_BASE.match(fold, hit[0]):
        return True  # 要在1957年535万吨的基础上翻一番: the base the change is counted from
    return fold[a - 1:a] == "的" and _DESCRIBED_BASE.search(fold, a - 9 if a > 9 else 0, a) is not None


#: a year (2014年, 一九五八年), and the years listed before the last one of a 分别 list (2014年、2015年分别脱贫…): each
#: but the last with its joiner
_YEAR_ONE = lazy(r"(?:\d{4}|[〇零○一二三四五六七八九]{4})年")
_YEAR_LIST = lazy(rf"(?:{_YEAR_ONE.pattern}[、和与及][ \u3000]*)+$")
#: 分别 right after a period, in its clause (2015年分别, 2015年全县分别)
_RESPECTIVE_AFTER = lazy(r"[^，,；;。！？!?:：\d]{0,6}?分别")


#: a clause that takes something out of what is compared (扣除…, 剔除…), up to a year in it
_TAKEN_OUT = lazy(r"(?:扣除|剔除)[^，,；;。：:]*$")


def _aside_of(fold: str, hit: tuple[int, int, str], pos: int) -> int:
    """Where the parenthesis opens that holds the period match ``hit`` and closes before ``pos``, or -1."""
    lo = max(0, hit[1] - 40)
    opened = max(fold.rfind("(", lo, hit[1]), fold.rfind("（", lo, hit[1]))
    if opened < 0 or fold.find(")", opened, hit[1]) >= 0 or fold.find("）", opened, hit[1]) >= 0:
        return -1
    close = fold.find(")", hit[0], pos)
    if close < 0:
        close = fold.find("）", hit[0], pos)
    return opened if close >= 0 else -1


def _period_at(periods: list[tuple[int, int, str]], floor: int, pos: int) -> str | None:
    """The last period expression that ends before ``pos`` and starts at or after ``floor``."""
    hit = _period_hit(periods, floor, pos)
    return hit[2] if hit is not None else None


def _period_hit(periods: list[tuple[int, int, str]], floor: int, pos: int) -> tuple[int, int, str] | None:
    """:func:`_period_at` as the whole match ``(end, start, normalised)``."""
    k = bisect_right(periods, (pos, pos + 1, "")) - 1
    while k >= 0 and periods[k][0] > pos:
        k -= 1
    if k >= 0 and periods[k][1] >= floor:
        return periods[k]
    return None


#: a clause that only names a whole: its owner and 的 before the figure, its noun after it (玉溪县的二十二万亩土地),
#: and the clause after it that takes a part of it (将有二十万亩…, 其中…)
_WHOLE_NAMED = lazy(r"[\u4e00-\u9fff]{1,8}的")
_NOUN_ONLY = lazy(r"[\u4e00-\u9fff]{1,4}")
_PART_NEXT = lazy(r"[ \u3000]*(?:将有|其中|有)")
#: a change that starts from a plan's figure: 由原来规划的, 从原计划的, 由原定的
_PLANNED_START = lazy(r"(?:规划|计划|原定)的$")
#: the start of a change, right before its first value: 由目前的3.5万元(增长到…), 从107家(增加到…)
_FROM = lazy(r"[由从](?!于)[^，,；;由从到至为]{0,10}$")
#: a change to a new level: 由2022年的45%提高到65%, 调整为, 增加到
_CHANGE_TO = lazy(r"(?:提高|增加|增长|(?:猛|激|剧|骤)增|发展|上升|下降|减少|降低|调整|扩大|缩小|提升|达到|降|转|转变)(?:到|至|为)"
                  r"|达到(?=[0-9０-９一二两三四五六七八九十百千])")  # (从目前的2%以上达到2.8%以上)


#: a clause that only names what the next clause counts (加入农业生产合作社的农户，…)
_NUMBERED = lazy(r"[\d０-９]|[一二三四五六七八九十百千万两零〇]{2,}[户人个]$")
_COUNTED_CLAUSE = lazy(r"[\u4e00-\u9fff]{2,16}?(?:农户|户|人口|人员|职工|工人|农民|学生|合作社|企业|单位)")


def _counted_subject(fold: str, sent: int, cs: int) -> str | None:
    """The name of what a count (in 户, 人, 个) measures, when the clause right before it (in its sentence)
    holds no figure and is only that noun: ``加入农业生产合作社的农户，已由180万户增加到…``."""
    a = max(fold.rfind("，", sent, cs - 1), fold.rfind(",", sent, cs - 1), fold.rfind("；", sent, cs - 1),
            fold.rfind(";", sent, cs - 1), sent - 1) + 1
    clause = cx.squeeze(fold[a:cs - 1])
    if cs - a > 24 or not _COUNTED_CLAUSE.fullmatch(clause) or _NUMBERED.search(clause):  # (全队二百一十五户: a figure)
        return None
    return cx.indicator_of(clause)


#: all a clause says between a change's two values: (增加)到, 发展到近, 猛增到
_CHANGED_TO = lazy(r"(?:[,，]?(?:增加|增长|发展|提高|上升|扩大|猛增|激增|剧增|下降|减少|降低|缩小|降)(?:到|至)(?:了)?(?:近|约|超过|将近)?)")


def _from_period(fold: str, periods: list[tuple[int, int, str]], floor: int, pos: int,
                 hit: tuple[int, int, str]) -> str | None:
    """The period of a value at ``pos`` whose period match is ``hit`` (:func:`_period_hit`), written
    after a change from an earlier time (由2022年的45%提高到65%, 外贸总额由2022年的…增加到2.3亿美元，
    年均增长38%): not that earlier time, but the one before it."""
    while fold[hit[1] - 1:hit[1]] in ("由", "从") and _CHANGE_TO.search(fold, hit[0], pos) is not None:
        # (单产由1973年的444斤提高到588斤；…，由1973年的570斤提高到730斤: the time before the second
        # change is the first change's start, no period of either)
        pos = hit[1] - 1
        hit = _period_hit(periods, floor, pos)
        if hit is None:
            return None
    return hit[2]


#: units of cases and persons a deed counts (侦办, 破获, 抓获, 受理): a count of them in 万 is named as one in ones
_DEED_UNITS = frozenset(("起", "件", "名"))
#: what makes 件 a case or a matter handled, not a product's pieces
_CASE_DEED = lazy(r"案|受理|办理|办结|审结|执结|审查|查处|侦办|破获|处理|调解|接待|收到|举报|信访")


def _base_unit(unit: str | None) -> str:
    """万个 → 个, 亿元 → 元: the unit without its scale."""
    return (unit or "").lstrip("万亿千百十")


def _semi_open(fold: str, s: int) -> bool:
    """Does the text just before block start end a ;-segment (so 预计 does not carry)?"""
    i = s - 1
    while i >= 0 and fold[i] in " \t\u3000\n\r":
        i -= 1
    return i >= 0 and fold[i] in "；;"


_SHARES = ("率", "比重", "占比", "份额", "强度", "水平", "比例", "增长面", "系数")  # (恩格尔系数…下降2.9个百分点: the level's own change)
#: the plan part of a completion rate's name (工业总产值|原定计划完成率, 入库税收|年计划完成率)
_PLAN_DONE_TAIL = lazy(r"(?:年度|全年|年初|年|原定|原|调整|上级下达的?)?(?:计划|预算|目标任务|目标|任务)"
                       r"(?:(?!计划|预算|目标|任务)[\u4e00-\u9fff]){0,6}?完成率$")  # (一般公共预算支出预算数完成率: the last plan)
# a sentence that reports measured figures (the statistics show, …): what it gives has happened
_REPORTED = lazy(r"数据显示|统计显示|监测显示|数据表明|统计表明|据统计|据初步统计|据测算|据核算")
#: a span of the year already gone (1-9月份, 前三季度, 截至6月底; not 到6月底前, a deadline): a plan part's figure dated so is reported
#: (一要…冲刺全年目标。…1-9月份，我县地区生产总值增幅仅为6%), not set
_ELAPSED = lazy(r"\d{1,2}[ \u3000]{0,2}[-~～—–至到][ \u3000]{0,2}\d{1,2}[ \u3000]{0,2}月|前[\dX×一二三四五六七八九十]{1,2}个?月|上半年|前三季度|截[止至]")
# a clause that only says how much something grew (同比增长, 比增, 比上年下降 …), naming nothing
_GROWTH_AFTER_SHARE = lazy(r"[,，;；]?(?:(?:同比|[比较](?:[\u4e00-\u9fff]{1,6}的)?(?:上年|去年|\d{4}年|\d{1,2}月[末底]|上月[末底]?)(?:同期)?"
                                 r"|与(?:上年|去年)(?:同期)?相?比)?(?:实际|名义)?"  # (与去年同期相比增长20.61%)
                                 r"(?:增长|比增|下降|减少|回落|增加|上升|降低)(?:了)?[-－−负]?|超过战前)$")  # (超过战前11.5%: 1950s)  # (增长-8.92%: a fall written as growth)
_GENERIC_SUFFIX = ("增加值", "总产值", "增速", "增幅")
#: a rate that names no measure: never the base a later bare rate completes (增速 + 增速)
_BARE_RATES = frozenset({"增速", "增幅", "增长率", "总体增速"})  # (较全省总体增速高1.87个百分点: the measure's own)
#: change nouns that already name what is measured (a rise or fall of the measure named before them): never + 增速
_CHANGE_NOUNS = ("升幅", "涨幅", "降幅", "跌幅", "减幅")
_DOMAIN = lazy(r"(规上工业|规模以上工业|规模工业|固定资产投资|一般公共预算|社会消费品零售|地区生产总值|生产总值|工业|服务业)")


#: a change of a balance's increase against the same period's of last year (较上年同期多增359亿元, 同比少增…)
_MORE_THAN_LAST_YEAR = lazy(r"(?:^|[，,；;])[ \u3000]*(?:(?:较|比)(?:上年|去年)同期|同比)(?:多|少)增[ \u3000]*$")
_BALANCES = ("余额", "存款", "贷款")
#: average rates that name no measure (the measure is the sentence's last)
#: taxes, whose change in points is a change of their rate
_TAXES = ("税", "附加", "税费")
_AVERAGE_RATES = frozenset(("平均增速", "两年平均增速", "三年平均增速", "年均增速"))


def _complete(ind: str | None, unit: str | None, special: str | None, d: str, last: str | None,
              fold: str, sent: int, pos: int) -> str | None:
    """Fill an elliptical indicator from the sentence (rule M5)."""
    if last and last[-2:] == "增量" and last[:-2].endswith(_BALANCES):
        last = last[:-2]  # (…多增359亿元；同比增长7.23%: the balance grew, not the increase just compared)
    if ind in ("增加值",):
        m = cx.last_match(_DOMAIN, cx.squeeze(fold[sent:pos]))
        if m is not None and not ind.startswith(m.group()):
            return m.group() + ind
    if ind in _AVERAGE_RATES and last:
        return last + ind  # …同比增长12.8%，两年平均增速比一季度加快0.7个百分点: the measure's two-year average
    if ind and ind.endswith("增速") and ind != "增速":
        return ind
    rate_like = unit in ("个百分点", "个位次") or special in ("goal", "shortfall")
    if ind is None and not last and special is None:
        rate = cx.rate_before(fold[sent:pos])  # GDP增速低于全市平均水平的…有×个,其中×区增长×% → GDP
        if rate:
            last = rate[:-2]
    if ind == "余额" and last and "余额" in last:
        return last[:last.index("余额") + 2]  # 损失类贷款余额…占…的43.4%，余额比年初增加751.8亿元: that balance
    if ind in ("总量", "总额", "规模", "总规模") and last:
        return last  # 国内生产总值增长6.6%，总量突破90万亿元
    if ind in ("比重", "占比") and last and not last.endswith(_SHARES):
        return last + "比重"  # 第三产业增加值年均增长8%，比重提高到48.5%: the share of that measure
    if ind in _CHANGE_NOUNS:
        # …下降3.2%，降幅收窄1.2个百分点; 破案率从41%上升至64.6%、升幅23.6个百分点: the change of the last measure
        # (nothing, with none: a bare 升幅 names no measure)
        return last + ind if last and (unit == "个百分点" or not last.endswith(_SHARES)) else None
    if ind is None and last and last.endswith(_BALANCES) and _MORE_THAN_LAST_YEAR.search(fold, max(sent, pos - 12), pos):
        return last + "增量"  # 存款余额…，比年初增加1639亿元，较上年同期多增359亿元: this year's increase against last year's
    if (ind is None or ind in _BARE_RATES) and last:
        if last.endswith("完成率") and (unit == "%" and d != "level" or unit and unit not in _PCTLIKE) and ind is None \
                and (plan := _PLAN_DONE_TAIL.search(last)) is not None and plan.start() >= 2:
            # 工业总产值完成了原定计划的101%，比1954年增长8%: the growth is the measure's, and so is an amount after the
            # rate (完成预算数257288万元的41.9%，比上年减支9240万元)
            return last[:plan.start()]
        if last.endswith(_SHARES):
            if unit and unit not in _PCTLIKE and last.endswith("比重") and (at := last.find("占")) >= 2:
                return last[:at]  # …，占调整预算100.93%；财政部门完成14717万元: an amount is of the measure, not its share
            return last
        if unit == "个位次":
            return last + "增速位次"
        if rate_like or ind in _BARE_RATES:
            return last + "增速"
        return last
    if ind and rate_like and unit != "个位次" and ind.endswith("增幅"):
        return ind[:-2] + "增速"  # 规上工业增加值增幅回落2个百分点: 增幅 is the growth rate (M5), as a bare 增幅 is
    if ind and rate_like and unit != "个位次" and not ind.endswith(("增速",) + _SHARES + _CHANGE_NOUNS):
        if ind.endswith(_TAXES):
            return ind + "税率"  # 降低农业税和农业税附加2.1个百分点: points of a tax are its rate's, not a growth
        return ind + "增速"
    return ind


def _trim(fold: str, a: int, z: int) -> tuple[int, int]:
    while a < z and fold[a] in " \t\u3000\n\r":
        a += 1
    while z > a and fold[z - 1] in " \t\u3000\n\r":
        z -= 1
    return a, z
