"""The goal words' alternation (context._TARGET_ALTERNATIVES, read by _TARGET and by _TARGET_SEEN at every value) with
each alternative opening with the character it reads first and its lookbehinds after it (issue 10: the metric read's
cost): an alternative that opened with a lookbehind was entered at every candidate character, where the regex engine
passes over one that opens with a character by one test. The same matches as the first form: _TARGET's spans (year_goal
reads them) and _TARGET_SEEN's from any start, on generated windows of the goal words, the words their lookbehinds
refuse (完成指标, 不确定, 未达预期, 主要, 所需, 截到 …), numerals and marks."""
from __future__ import annotations

import random
import re

from speechdoc.lazy import skipping
from speechdoc.metrics import context as cx

#: the first form (before every alternative opened with its first character), with the goal words added since
#: (session W meaning12: 要淘汰/新建/建成/改造/治理/整治, 根据规划，; meaning16: 要加快 unless the sentence dates a past year;
#: session X meaning19: 提出的…建议 is no goal)
_FIRST_FORM = (
    '(?<=计划|规划|预算|纲要)规定(?!了|的)|目标是|目标为|目标定为|定为|(?<!完成)(?<!实现)(?<!超过)(?<!达到)指标(?:是|为)(?![:：])|(?<![建假预陈摆铺开'
    '增])设(?:定)?为|(?<!完成)任务(?:是|为)|(?<!不)确定(?!的)(?=[^，,。；;]{0,16}?(?:今年|明年|全年|年度|目标|任务|指标))|目标[:：]|(?<!未达)'
    '(?<!未达到)(?<!达不到)(?<!未完成)(?<!未实现)(?<!完成)(?<!实现)(?<!于)(?<!超)(?<!合)预期目标|调控目标|主要目标|目标任务是|要求(?![，,；;。、和与]'
    ')|确保(?!了|目标(?!任务|实现|完成|如期|顺利|全面|的))|(?<!努)力争|必须|务必|要达到|要完成|要实现|都要|均要|要确保|不能低于|不得低于|努力实现|(?<!未达)(?<!未'
    '达到)(?<!达不到)(?<!未完成)(?<!未实现)(?<!完成)(?<!实现)(?<!于)(?<!超)(?<!合)预期(?!寿命)|目标值?[(（]$|奋斗目标|争取(?!(?:到|了)?(?:各'
    '类|各项|各级|上级|中央|省级?|市级|国家|资金|补助|补贴|项目|政策|专项|债券|地方政府|转移支付|到位)|[0-9０-９.]{1,8}[万亿]*元[^，,。；;：:]{0,14}?(?:资'
    '金|经费))|(?<![主重需只想])要(?:年均|平均|每年|分别|全年|再|进一步|有效|切实|持续|继续)?(?=比|较|同比|争取|增长|增加|提高|提升|达到|达|为|在|实现|完成|新增|'
    '下降|降低|减少|控制|稳定|保持|突破|超过|安排|投资|高于|低于|淘汰|新建|建成|改造|治理|整治|有[\\dX×*０-９一二两三四五六七八九十百千])|(?<![主重需只想])要(?:进一步|持续|继续)?加快(?![^。！!；;]*?(?:去年|前年|过去))|(?<![所急必])需要?(?:年均|平均|每年|分别|全年|再|进一步)?'
    '(?=比|较|同比|争取|增长|增加|提高|提升|达到|达|为|在|实现|完成|新增|下降|降低|减少|控制|稳定|保持|突破|超过|安排|投资|高于|低于|淘汰|新建|建成|改造|治理|整治|有[\\dX×*０-９一二两三四五六七八九十'
    '百千])|(?:都|均|也|还)将(?![来近其之])|将会|根据(?:规划|计划)(?=[，,])|提出(?!了)(?!的[^，,。；;]{0,16}?(?:建议|意见|提案|议案))(?![^，,。；;\\d]{0,8}?(?:建议|意见|纠正|抗诉|提案|议案|异议|诉讼|申请))(?![^，,。；;]{'
    '0,12}?(?:目标|任务)[^，,。；;]{0,4}?(?:全面|全部|均|已|圆满|顺利)?(?:完成|实现))|明年|(?:今后|未来)[一二三四五六七八九十两几]年|(?<![截\\d年])到('
    '?:\\d{4}|二〇[一二三四五六七八九〇]{2})年(?:底|末)?(?!的)(?![^，,。；;]{0,8}?(?:猛|剧|激|骤)增)(?!(?:\\d{1,2}|[一二三四五六七八九十]{1,2'
    '})月(?!(?:份|底|末)?前))|将(?:达到|实现|突破|超过|(?:达|有)(?=[\\d一二两三四五六七八九十百千约近])|[由从][^，,。；;]{1,12}?(?:增加|提高|增长|扩大'
    '|发展|上升)到)'
    # (session X meaning18: 计划的 before a measure, 工作打算：)
    '|(?<![原定比按超])(?<!完成)(?<!年度)计划的(?=[\\u4e00-\\u9fff]{2})(?![一二两三四五六七八九十半百千万])(?![^，,。；;]{0,12}?(?:完成|进度|率))|工作(?:打算|计划|安排|思路)[:：]'
)
_PLAIN = re.compile(cx._TARGET_FIRST + "(?:" + _FIRST_FORM + ")")
_SEEN = re.compile(skipping(cx._TARGET_FIRST + "(?:" + cx.guarded(_FIRST_FORM) + ")"))
_PIECES = ["计划", "规划", "成", "形成", "期", "3到", "截到", "预算", "纲要", "规定", "规定了", "规定的", "完成", "实现", "超过", "达到", "指标", "指标是", "指标为", "：",
           "建", "假", "预", "陈", "设", "设定", "为", "任务", "任务是", "不", "确定", "确定的", "今年", "明年", "目标", "未达", "未达到",
           "达不到", "未完成", "未实现", "于", "超", "合", "预期", "预期目标", "寿命", "努", "力争", "努力", "主", "重", "需", "只", "想",
           "要", "需要", "所", "急", "必", "增长", "达", "比", "年均", "今后", "未来", "三", "五", "几", "年", "截", "到", "2025", "二〇二五",
           "底", "月", "6", "的", "猛增", "加快", "去年", "继续", "都", "将", "提出", "确保", "要求", "争取", "资金", "1700万元", "计划的", "种植面积", "工作打算", "原", "按", "进度", "原定", "年度", "一半", "原定", "年度", "一半", "，", "。", "；", "(", "（", "X"]


def _windows(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 16)))


def test_target_alternatives_match_what_their_first_form_matched():
    found = 0
    for w in _windows(13, 40000):
        got = [m.span() for m in cx._TARGET.finditer(w)]
        assert got == [m.span() for m in _PLAIN.finditer(w)], w
        found += bool(got)
        for start in range(0, len(w), 3):
            new, old = cx._TARGET_SEEN.search(w, start), _SEEN.search(w, start)
            assert (new and new.span()) == (old and old.span()), (w, start)
    assert found > 20000  # (goal words are found, not only refused)
