"""A figure's kind, period, name and whether it is read, in error kinds found on fresh pages (session N,
helper "blind": government work reports, their news digests, half-year summaries). Every text here is
written for the test.
"""
from __future__ import annotations

import pytest

import speechdoc

_GOALS_TRAD = ("一、過去五年工作成績\n1、經濟總量躍上新臺階。地區生產總值從30億元增加到42億元。\n"
               "二、2019年發展主要預期目標\n1、地區生產總值增長7%左右。\n2、城鎮新增就業2萬人以上。\n")
_MONTHS = ("預计二季度完成产值X亿元。其中，4月份完成产值X亿元，同比增长X%，5月完成产值X亿元，同比增长X%，"
           "6月实现产值X亿元，同比增长X%。")
_MONTH_VALUES = ("一季度完成产值12亿元，其中，1月份完成产值3亿元，2月完成产值4亿元，3月完成产值5亿元。")


_GOAL_LIST = ("报告指出，“三个新突破”的具体目标为：\n\n一是经济实力实现新突破。全县生产总值突破300亿元，年均增长8%。\n\n"
              "二是城乡建设实现新突破。城镇化率达到60%左右。\n\n三是民生实现新突破。\n\n去年全县完成投资50亿元。\n")


def _one(text: str, value, nth: int = 0):
    return [m for m in speechdoc.parse(text).metrics() if m.value == value][nth]


#: (text, value, nth, {field: expected})
CASES = [
    # a traditional-script heading that names the goals heads a plan, as the simplified one does
    pytest.param(_GOALS_TRAD, 7, 0, {"kind": "target"}, id="預期目標 heading: its items are goals"),
    pytest.param(_GOALS_TRAD, 2, 0, {"kind": "target", "qualifier": "以上"}, id="every item of it"),
    pytest.param(_GOALS_TRAD, 42, 0, {"kind": "actual"}, id="the review section before stays actual"),
    pytest.param(_GOALS_TRAD.replace("預期目標", "預期目标").replace("發展", "发展"), 7, 0, {"kind": "target"},
                 id="a mixed-script heading too"),
    # a month written alone before 完成/实现 is the period of its clause (not the month listed before)
    pytest.param(_MONTH_VALUES, 3, 0, {"period": "1月份"}, id="1月份 as before"),
    pytest.param(_MONTH_VALUES, 4, 0, {"period": "2月"}, id="2月完成: its own month"),
    pytest.param(_MONTH_VALUES, 5, 0, {"period": "3月"}, id="3月完成: its own month too"),
    # the measure a goal names right after its figure and 的
    pytest.param("——6%左右的地区生产总值增速目标\n这一目标与上年持平。", 6, 0, {"indicator": "地区生产总值增速", "kind": "target"},
                 id="a digest line: the goal named after the figure"),
    pytest.param("会议确定了3%左右的居民消费价格涨幅目标。", 3, 0, {"indicator": "居民消费价格涨幅"},
                 id="not the verb before it (确定了)"),
    pytest.param("我们提出9%的GDP增速目标，是经过反复测算的。", 9, 0, {"indicator": "GDP增速"},
                 id="letters in the measure's name"),
    # 要继续 sets a goal as 要 does; a figure before 的高水平 is the level itself
    pytest.param("明年粮食总产量要继续稳定在40万吨以上。", 40, 0, {"kind": "target", "qualifier": "以上"},
                 id="要继续 + verb: a goal"),
    pytest.param("今年全县生猪出栏要继续保持在50万头左右的高水平。", 50, 0,
                 {"kind": "target", "indicator": "生猪出栏量", "period": "今年"},
                 id="…左右的高水平: the level to keep"),
    # 半年来 is the period a half-year summary sums up, and no part of the name
    pytest.param("半年来，全镇完成规上工业产值8.6亿元，同比增长12%。", 8.6, 0, {"period": "半年来", "indicator": "规上工业产值"},
                 id="半年来 scopes its sentence"),
    pytest.param("半年来，全镇新增市场主体260户。", 260, 0, {"period": "半年来", "indicator": "新增市场主体数"},
                 id="and leaves the name"),
    pytest.param("上半年来看，全镇完成投资3亿元。", 3, 0, {"period": "上半年"}, id="上半年 is still read as itself"),
    # a resettlement, living or tourist area counted is what is counted, not a place named
    pytest.param("全年新建安置区4个、新增规上企业12户。", 4, 0, {"indicator": "新建安置区数"}, id="安置区 is no district"),
    pytest.param("今年建成旅游区2个。", 2, 0, {"indicator": "旅游区数"}, id="nor is 旅游区"),
    # a sentence that lays out the goals of the years ahead (部署/确立 …今后五年…目标) makes a plan of what follows
    pytest.param("会议部署今后五年的发展目标任务，动员全县干部群众。\n甲县：\n地区生产总值年均增长7.5%左右。", 7.5, 0,
                 {"kind": "target"}, id="部署今后五年的发展目标任务，"),
    pytest.param("乙市確立未來五年發展目標：生産總值力爭達到900億元\n\n常住人口城鎮化率達到62%左右。", 62, 0,
                 {"kind": "target"}, id="a traditional news title 確立未來五年發展目標"),
    pytest.param("全面完成了党代会确定的今后五年发展目标，成绩来之不易。\n地区生产总值年均增长9%。", 9, 0,
                 {"kind": "actual"}, id="goals met (完成…目标) read as a review"),
    # units counted: 区县 is one unit, 区域 no unit at all
    pytest.param("全市12个区县全部完成年度任务。", 12, 0, {"indicator": "全部完成年度任务的区县数"}, id="区县 counted"),
    pytest.param("全省6个区域中心城市全部超过一千亿元。", 6, 0, {"indicator": None}, id="区域 is no 区 (absent, not garbled)"),
    # a figure right before 的…目标 is that goal's own figure (not where it was met), and a measure named
    # before a change verb keeps its name (能耗强度下降3.1%以上的节能减排量化目标 → 能耗强度)
    pytest.param("会上提出了能耗强度下降3%以上的节能减排量化目标。", 3, 0,
                 {"kind": "target", "indicator": "能耗强度", "direction": "decrease"}, id="提出了…的…目标: a goal"),
    pytest.param("会议确定了2.5%左右的居民消费价格涨幅目标。", 2.5, 0, {"kind": "target", "indicator": "居民消费价格涨幅"},
                 id="确定了…的涨幅目标"),
    pytest.param("全年实现了7%的增长目标。", 7, 0, {"kind": "actual"}, id="实现了…目标: the goal met"),
    # 增长 before 贡献(率) is a noun: the rate's level, not a growth
    pytest.param("消费对经济增长贡献率超过60%。", 60, 0, {"direction": "level", "hedge": "超过"}, id="增长贡献率超过"),
    pytest.param("消费对经济增长的贡献率超过55%。", 55, 0, {"direction": "level"}, id="增长的贡献率超过"),
    pytest.param("投资增长超过10%。", 10, 0, {"direction": "increase"}, id="增长超过 is still a growth"),
    # a total (计, 合计, 折合) restates the clause right before it, not the sentence's first figure
    pytest.param("完成造林2万亩；组织清淤，清运淤泥900船，计5400吨。", 5400, 0, {"indicator": "清运淤泥"},
                 id="计: the clause before, its figure unread"),
    pytest.param("组织清淤，出动300人次、清运淤泥900船，计5400吨。", 5400, 0, {"indicator": "清运淤泥"},
                 id="计 after a 、-list: its last item"),
    pytest.param("全年翻修农村危房85户，计2600平方米。", 2600, 0, {"indicator": "翻修农村危房面积"},
                 id="计 after a count: the work named, not the count's label"),
    pytest.param("今年收购油菜籽2万担，折合200万斤。", 200, 0, {"indicator": "收购油菜籽"}, id="折合 after a read figure"),
    # 完成目标任务 + figure reports the goal met: actual, named by the work before it (seen on the blind half)
    pytest.param("2019年，全乡完成招商引资完成目标任务1800万元。", 1800, 0, {"kind": "actual", "indicator": "招商引资"},
                 id="完成目标任务1800万元"),
    pytest.param("全年招商引资目标任务1800万元。", 1800, 0, {"kind": "target"}, id="a task set stays a goal"),
    pytest.param("截至目前，全镇完成招商引资任务2600万元。", 2600, 0, {"kind": "actual"}, id="完成招商引资任务2600万元 (blind set 2)"),
    pytest.param("今年要完成招商引资任务2600万元。", 2600, 0, {"kind": "target"}, id="要完成…任务: a goal"),
    # a list introduction that sets goals (具体目标为：) reaches every item block of the list after it, enumerated
    # (一是…, （二）…, 3.…) as well as bulleted (——…) (seen on the blind half)
    pytest.param(_GOAL_LIST, 300, 0, {"kind": "target"}, id="the first item block"),
    pytest.param(_GOAL_LIST, 60, 0, {"kind": "target"}, id="a later item block"),
    pytest.param(_GOAL_LIST, 50, 0, {"kind": "actual"}, id="the paragraph after the list is no item"),
    # an amount followed by what it is for (用于, 支持 …) is the amount, not a size class (seen on the blind half)
    pytest.param("今年安排专项资金800万元用于农村公路建设。", 800, 0, {"indicator": "专项资金"}, id="…万元用于…"),
    pytest.param("拟安排地方专项债券50亿元支持重点项目建设。", 50, 0, {"indicator": "地方专项债券"}, id="…亿元支持…"),
    # 建设 licenses the count after it as 建成/新建 do (a plan's 建设10个…); 党的建设 is a noun (seen on the blind half)
    pytest.param("今年建设12个省级现代农业产业园。", 12, 0, {"indicator": "省级现代农业产业园数"}, id="建设12个…"),
    # funds named after their amount: the amount is theirs (not a size class), named by them; 争取 + the funds is a
    # result, as 争取上级资金… is (seen on the blind half)
    pytest.param("2019年，全镇争取800万元农田水利“最后一公里”项目资金。", 800, 0,
                 {"indicator": "农田水利最后一公里项目资金", "kind": "actual", "period": "2019年"}, id="争取…万元…项目资金"),
    pytest.param("落实300万元以奖代补资金。", 300, 0, {"indicator": "以奖代补资金"}, id="落实…万元…资金"),
    pytest.param("明年要争取2000万元产业扶持资金。", 2000, 0, {"kind": "target"}, id="要争取: a goal still"),
    # 超目标任务 + a figure: by how much the goal was passed, of the measure just before (seen on the blind half)
    pytest.param("全年完成造林800亩，超目标任务150亩。", 150, 0,
                 {"direction": "increase", "basis": "较目标值", "kind": "actual", "indicator": "造林面积"}, id="超目标任务150亩"),
    pytest.param("税收收入完成9000万元，超年度任务12%。", 12, 0, {"basis": "较目标值", "indicator": "税收收入"}, id="超年度任务12%"),
    # the three sectors in their short form (一、二、三产) pair with a 分别 list of three in order (seen on blind set 2)
    pytest.param("其中一、二、三产增加值分别增长4.1%、7.6%和6.3%。", 7.6, 0, {"indicator": "第二产业增加值"}, id="一、二、三产"),
    pytest.param("全县三产增加值、工业产值、农业产值分别增长3%、4%和5%。", 4, 0, {"indicator": "工业产值"},
                 id="三产 as one item of a list stays itself"),
    # the 外 that closes a 除…外 frame is no part of the count's noun (lead, from a dev record 建设 newly read)
    pytest.param("五年内除建设13个大型水库外，还要建设一批中型水库。", 13, 0, {"indicator": "大型水库数"}, id="除…个…外"),
    pytest.param("除新建12所学校以外，还将改造校舍。", 12, 0, {"indicator": "新建学校数"}, id="除…以外"),
    # a name that runs back across the list item before, and its count, is no name (right or absent)
    pytest.param("双方签订了帮助我国建设47项企业、帮助我国建设78项企业的两个协定和通商航海条约。", 78, 0,
                 {"indicator": None}, id="…47项企业、帮助建设78项: not 企业、帮助建设数"),
    pytest.param("平均每个公社有农业中学一点二所、学生约一百二十人。", 120, 0, {"indicator": None},
                 id="…一点二所、学生约一百二十人: not 农业中学一点二所、学生数"),
    pytest.param("双方签订了帮助我国建设47项企业、帮助我国建设78项企业的两个协定和通商航海条约。", 47, 0,
                 {"indicator": "企业数"}, id="the first item keeps its name"),
    # a milestone passed on the way to a figure names nothing, and the size of its steps is no figure
    pytest.param("全省经济总量跨两个万亿元台阶、达到4.2万亿元。", 4.2, 0, {"indicator": "经济总量"}, id="跨…台阶、达到"),
    pytest.param("全县经济总量连跨两个百亿元台阶，达到268亿元。", 268, 0, {"indicator": "经济总量"}, id="连跨…，达到"),
]


@pytest.mark.parametrize("text,value,nth,expected", CASES)
def test_fields(text, value, nth, expected):
    m = _one(text, value, nth)
    assert {f: getattr(m, f) for f in expected} == expected


#: figures that stay unread: a describing figure before 的高水平 and a noun (right or absent)
NOT_READ = [
    pytest.param("建设时速350公里的高水平铁路。", 350, id="高水平 + a noun: the figure describes the thing"),
    pytest.param("引进年产值10亿元的高水平项目2个。", 10, id="nor a project's size"),
    pytest.param("落地首个100亿元支持资金池。", 100, id="支持资金: a noun after the amount, a size class"),
    pytest.param("发展党员工作是党的建设1项重要工作。", 1, id="党的建设 is a noun: 1项重要工作 is no count"),
    pytest.param("全县(年主营业务收入2000万元以上的企业为规上企业，下同)规上企业实现产值120亿元。", 2000,
                 id="a parenthesis that defines a term for the text below (下同): no figure of its own"),
    pytest.param("有3项指标未达到序时进度(进度占比低于91.7%，下同)，其余均已达到。", 91.7, id="nor a line it sets"),
    pytest.param("全县经济总量连跨两个百亿元台阶，达到268亿元。", 100, id="the step of a milestone passed"),
    pytest.param("规划针对性提出就业、收入、教育、医疗等6项指标。", 6, id="等6项指标 a plan sets out (M2 structure)"),
    pytest.param("全县确定重点任务28项。", 28, id="确定重点任务28项"),
    pytest.param("会议提出了15项具体措施。", 15, id="提出了15项具体措施"),
    pytest.param("主要目标指标细化提出24项。", 24, id="指标…细化提出24项"),
]


@pytest.mark.parametrize("text,value", NOT_READ)
def test_describing_figure_not_read(text, value):
    assert value not in [m.value for m in speechdoc.parse(text).metrics()]


@pytest.mark.parametrize("text,value", [
    pytest.param("全年完成重点任务28项。", 28, id="tasks done are a result"),
    pytest.param("年初确定的28项重点任务全部完成。", 28, id="the tasks set, then done"),
])
def test_tasks_done_still_counted(text, value):
    assert value in [m.value for m in speechdoc.parse(text).metrics()]


def test_defined_term_leaves_the_figures_after_it():
    text = "规上工业(年主营业务收入2000万元以上，下同)增加值增长8.5%，完成投资12亿元。"
    assert [m.value for m in speechdoc.parse(text).metrics()] == [8.5, 12]


def test_month_placeholders_keep_their_months():
    months = [m.period for m in speechdoc.parse(_MONTHS).metrics() if m.unit == "亿元"]
    assert months[-3:] == ["4月份", "5月", "6月"]


def _nodes(text: str) -> list[tuple[int, str, str]]:
    doc = speechdoc.parse(text)  # (kept alive while its nodes are read)
    return [(len(n.ancestors()) + 1, n.marker, n.title[:6]) for n in doc.walk()]


def test_a_page_titles_part_number_is_no_heading():
    """解读…工作报告(二)努力实现…: the part number of a series of articles, in the page's title line, is not
    the speech's first heading glued to its title (seen on the blind half): the list below is the top one."""
    text = ("当前位置: 首页 > 专题专栏\n\n学习解读市党代会工作报告(三)奋力实现“四个新突破”\n\n"
            "编稿时间: 2022-08-04 来源: 本网\n\n报告提出的具体目标为:\n\n一是产业发展实现新突破。\n\n二是城乡建设实现新突破。\n")
    assert _nodes(text) == [(1, "一是", "产业发展实现"), (1, "二是", "城乡建设实现")]


def test_a_speechs_first_heading_glued_to_its_title_is_still_read():
    text = ("在全县经济工作会议上的讲话一、全面总结去年工作去年全县经济稳中有进。二、明确今年目标任务，今年要抓好项目。"
            "三、切实加强领导，确保任务完成。")  # (a page that lost its line breaks)
    assert [n[1] for n in _nodes(text)] == ["一、", "二、", "三、"]
