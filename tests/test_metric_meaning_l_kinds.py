"""A figure's kind, period and direction in error kinds found on fresh pages (session L, helper
"kinds"). Every text here is written for the test.
"""
from __future__ import annotations

import pytest

from test_metric_meaning_g import _fields, _metrics  # noqa: F401  (the same readers of one text)

_TASK = "危房改造，全年任务为3800户，实际改造4559户，超额完成20%；高标准农田建设，全年任务为25万亩。"
_PLANNED = "全年计划新创建示范农场80个，新增家庭农场271个，实际分别完成95个、310个，分别超额完成19%和14%。"
_SCHEDULE = "完成投资17.41亿元，完成年度计划12.85%，低于时序进度(16.67%)3.82个百分点。"
_NAMED_PLAN = "国民生产总值比上年增长9%的计划预计可以完成；财政总收入预计可净增10亿元。"
_TASK_SHARE = "截至6月底，全省已建成高标准农田430万亩，占年度800万亩任务量的54%。"
_FROM_NOW = "水库建成后，到明年灌溉面积即可由现在的六万亩增加到十一万亩。"

#: (text, value, {field: expected})
CASES = [
    # an anonymised span of months is the period, as 1-6月 is
    pytest.param("x-x月，全镇实现生产总值xxxx万元，比去年同期增长xx%。", None, {"period": "x-x月"},
                 id="x-x月 is an anonymised span of months"),
    pytest.param("X-X月份，全县完成固定资产投资X亿元。", None, {"period": "X-X月份"}, id="X-X月份"),
    # a line that only looks ahead to the year's goals heads the lines under it as a plan
    pytest.param("回顾2023年工作成果\n全县财政收入增长5%。\n展望2024年工作目标\n确保财政收入增长6%。\n"
                 "基础设施建设提速，投资15亿元，实施一批重点项目。", 15, {"kind": "target"},
                 id="展望2024年工作目标 heads a plan"),
    pytest.param("回顾2023年工作成果\n基础设施建设稳步推进，投资10亿元，实施一批重点项目。\n展望2024年工作目标\n"
                 "确保财政收入增长6%。", 10, {"kind": "actual"}, id="the figures before it stay reported"),
    # a sentence that breaks down a goal (其中) or sets the next one (同时) goes on with it
    pytest.param("到2030年，全市地区生产总值要达到500亿元。其中，第一产业增加值年均增速保持在3%以上、"
                 "总量达到60亿元。", 60, {"kind": "target"}, id="其中 breaks a goal down"),
    pytest.param("到2030年，全市地区生产总值要达到500亿元。\n同时，城区常住人口达到30万人，城镇化率达到50%以上。", 50,
                 {"kind": "target"}, id="同时 in the next paragraph sets the next goal"),
    pytest.param("今年的目标任务是确保全年粮食产量稳定在1.3万亿斤以上。其中，秋粮是粮食生产的大头，占全年的70%。", 70,
                 {"kind": "actual"}, id="a share that describes the goal's parts is no goal"),
    pytest.param("全年地区生产总值增长6%。其中，第一产业增加值增长3%。", 3, {"kind": "actual"},
                 id="the breakdown of a reported figure stays reported"),
    pytest.param("到2030年，全市地区生产总值要达到500亿元。城区常住人口达到30万人。\n同时，城镇化率达到50%。", 50,
                 {"kind": "actual"}, id="only the sentence right before is gone on with"),
    pytest.param("今年要确保生产总值增长8%。其中，去年完成的投资30亿元已全部到位。", 30, {"kind": "actual"},
                 id="a past figure in the breakdown stays reported"),
    pytest.param("三产业增加值总量冲刺150亿元。", 150, {"kind": "target"}, id="冲刺: the figure a sprint is run for"),
    # a count of tasks is how many, not a task's figure
    pytest.param("完成5个课题申报，上报重大战略任务3个，重大改革2项。", 3, {"kind": "actual"},
                 id="a count of tasks named before it"),
    pytest.param("积极争取项目资金，全年下达任务4.5亿元，已争取到位资金2.1亿元。", 4.5, {"kind": "target"},
                 id="an amount right after 任务 is still the task's figure"),
    # where a change starts from is today's level, in an estimate too
    pytest.param(_FROM_NOW, 6, {"kind": "actual"},
                 id="the start of an estimated change is today's"),
    pytest.param(_FROM_NOW, 11, {"kind": "forecast"},
                 id="its end stays the estimate"),
    # 将达, 将有, 将由…增加到 say what is to come, as 将达到 does
    pytest.param("重新规划以后，粮食亩产将由原来的八百斤增加到一千一百斤。", 1100, {"kind": "target"},
                 id="将由…增加到: the end of a change to come"),
    pytest.param("今年甘薯产量将达四十四亿斤，折合粮食十一亿斤。", 11, {"kind": "target"}, id="将达 through its sentence"),
    pytest.param("全县三十二万人，平均每人将有四千多斤粮食。", 4000, {"kind": "target"}, id="将有 before a figure"),
    pytest.param("项目建成后将有1000人就业。", 1000, {"kind": "forecast"}, id="建成后 still flags an estimate"),
    pytest.param("今年全县甘薯种植面积达到三十五万多亩。", 35, {"kind": "actual"}, id="no 将: reported"),
    # a figure that names the plan right after it is the plan's, whatever befalls it
    pytest.param(_NAMED_PLAN, 9, {"kind": "target"},
                 id="增长9%的计划"),
    pytest.param(_NAMED_PLAN, 10, {"kind": "forecast"},
                 id="the estimate next to it stays an estimate"),
    pytest.param("全县完成投资44亿元，占年度计划的47.2%。", 47.2, {"kind": "actual"},
                 id="a share of the plan done is no plan figure"),
    pytest.param("全年商品零售物价涨幅可控制在7%左右。", 7, {"kind": "forecast"}, id="可控制在 is an estimate"),
    pytest.param(_TASK_SHARE, 800, {"kind": "target"},
                 id="an amount right before 任务量的 is the task"),
    pytest.param(_TASK_SHARE, 54, {"kind": "actual"},
                 id="the share of it done stays reported"),
    # a paragraph that sets out the goals of the years ahead heads the paragraphs after it
    pytest.param("我们对今后五年的发展提出了细化量化的具体目标。总体来说，要实现地区生产总值超过1800亿元。\n"
                 "科技创新体系基本建成，全社会研发经费投入年均增长10%以上。\n城镇化率达70%，新建公园20个以上。", 70,
                 {"kind": "target"}, id="今后五年…提出了…目标。"),
    pytest.param("年初，我们确定了今年的发展目标。\n全年地区生产总值增长6%，城镇化率达70%。", 70, {"kind": "actual"},
                 id="goals set for this year, then what was done"),
    # what was actually done next to the task, and how far it was passed
    pytest.param(_TASK, 4559,
                 {"kind": "actual"}, id="实际改造 after 任务为"),
    pytest.param(_TASK, 20,
                 {"kind": "actual"}, id="超额完成: how far the task was passed"),
    pytest.param(_TASK, 25,
                 {"kind": "target"}, id="the next task is still a task"),
    pytest.param(_PLANNED, 310,
                 {"kind": "actual"}, id="实际分别完成"),
    pytest.param(_PLANNED, 14,
                 {"kind": "actual"}, id="分别超额完成 through its list"),
    pytest.param(_PLANNED, 271,
                 {"kind": "target"}, id="the plan's own list stays planned"),
    pytest.param("明年要确保超额完成10%。", 10, {"kind": "target"}, id="a goal to overfulfil is still a goal"),
    pytest.param("全区棉花平均亩产达59.5斤，超额8.69%完成五年计划的棉花产量指标。", 8.69, {"kind": "actual"},
                 id="超额8.69%完成…计划的指标: the plan named after a verb is no figure's name"),
    pytest.param("全区列入市重点项目计划共85项，计划总投资825.42亿元，年度投资计划193.22亿元。", 825.42,
                 {"kind": "target"}, id="计划总投资"),
    pytest.param("五年基本建设总投资额累计完成四百八十七亿元，超过第一个五年计划总投资额百分之十四点一。", 14.1,
                 {"kind": "actual"}, id="passing the plan's total is done"),
    pytest.param("截至10月底，全市已改造户厕31万座；本年度，全市一产固定资产投资计划达到53亿元。", 53,
                 {"period": "本年度"}, id="本年度 is a period"),
    # a bare figure in parentheses is a level, and the gap after it is compared by the verb before it
    pytest.param(_SCHEDULE, 16.67, {"direction": "level"},
                 id="(16.67%) is a level"),
    pytest.param(_SCHEDULE, 3.82,
                 {"direction": "decrease"}, id="the gap after the parenthesis is lower"),
    pytest.param("根据脱贫滚动计划，我镇计划今年脱贫68户260人，今年实现脱贫77户288人。", 260, {"kind": "target"},
                 id="计划今年脱贫: a period between 计划 and its verb"),
    pytest.param("根据脱贫滚动计划，我镇计划今年脱贫68户260人，今年实现脱贫77户288人。", 288, {"kind": "actual"},
                 id="实现脱贫 next to it is done"),
    # a clause about today takes no earlier clause's period
    pytest.param("五年累计脱贫11.82万人，年均减贫2.36万人，当前贫困人口7884人，贫困发生率下降至1.06%。", 1.06,
                 {"period": None}, id="当前 stops the period of the clauses before"),
    pytest.param("五年累计脱贫11.82万人，年均减贫2.36万人，当前贫困人口7884人，贫困发生率下降至1.06%。", 2.36,
                 {"period": "五年"}, id="the clauses before keep it"),
    # 提升 a thing (upgrade it) counts the things; 提升 a measure raises it
    pytest.param("全市本年度计划提升改造农村户厕29.59万座。", 29.59, {"direction": "level"}, id="提升改造户厕: upgraded things"),
    pytest.param("2024年全年新建和改造提升高标准农田超过8000万亩。", 8000, {"direction": "level"},
                 id="提升高标准农田超过8000万亩"),
    pytest.param("全市提升城镇化率5个百分点。", 5, {"direction": "increase"}, id="提升 a rate raises it"),
    # 加快 is a faster rate only right before its figure
    pytest.param("规上工业增加值增速加快2个百分点。", 2, {"direction": "increase"}, id="加快 right before the figure"),
    pytest.param("三是加快后李村1000亩特色水产养殖基地建设。", 1000, {"direction": "level"},
                 id="加快 a work on: its size is a level"),
]


@pytest.mark.parametrize("text,value,expected", CASES)
def test_meaning(text, value, expected):
    assert dict(zip(expected, _fields(text, value, *expected))) == expected
