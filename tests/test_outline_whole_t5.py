"""Outline patterns read on whole long reports (helper outline5, session T): a report's eight tasks set as heading
lines that open with 首先 and go on 第二…第八 after an inline 第一/第二 pair, a thesis in two parts followed by a
paragraph list that starts again at 第一 in the same section, points inside a subsection's sentence, and a range
at the start of a quotation's line.

Every text here is written for the test, modelled on the patterns of the real reports; none is copied from one.
"""
from __future__ import annotations

import speechdoc


def outline(text: str) -> list[tuple[int, str, str]]:
    return [(n.depth, n.marker, n.title) for n in speechdoc.parse(text).walk()]


def test_task_headings_that_open_with_shouxian_start_their_list_at_the_second_after_an_inline_pair():
    # unnumbered part heads; an inline 第一，…；第二，… pair before the tasks; 首先 stands for the first task
    text = ("同志们！\n\n\n\n关于过去的工作\n\n\n这些同志犯了错误，有两个可能性：第一，改过来；第二，改不过来。多数是可以改正的。"
            "\n\n\n\n关于今后的任务\n\n\n我提出四项要求。\n\n\n\n首先，一定要把调查研究搞好。\n\n\n要深入基层。"
            "\n\n\n\n第二，一定要把班子建设好。\n\n\n要选好干部。\n\n\n\n第三，一定要健全民主集中制。\n\n\n"
            "必须重申纪律：（一）个人服从组织；（二）少数服从多数；（三）下级服从上级。要教育党员。"
            "\n\n\n\n第四，一定要统筹兼顾。\n\n\n要作出适当的安排。")
    assert outline(text) == [
        (1, "第一，", "改过来"), (1, "第二，", "改不过来"),
        (1, "第二，", "一定要把班子建设好"), (1, "第三，", "一定要健全民主集中制"),
        (2, "（一）", "个人服从组织"), (2, "（二）", "少数服从多数"), (2, "（三）", "下级服从上级"),
        (1, "第四，", "一定要统筹兼顾")]


def test_a_two_part_thesis_and_a_paragraph_list_that_starts_again_are_both_the_sections():
    text = ("一、关于初级阶段\n\n这个论断包括两层含义。第一，我国已经是社会主义社会。第二，我国还处在初级阶段。我们必须从实际出发。"
            "\n\n我们应当确立哪些指导方针呢？\n\n第一，必须集中力量进行建设。要发展生产力。\n\n第二，必须坚持全面改革。改革是动力。"
            "\n\n第三，必须坚持对外开放。闭关自守只能落后。\n\n二、关于经济发展战略\n\n要解决好两个问题。")
    assert outline(text) == [
        (1, "一、", "关于初级阶段"), (2, "第一，", "我国已经是社会主义社会"), (2, "第二，", "我国还处在初级阶段"),
        (2, "第一，", "必须集中力量进行建设"), (2, "第二，", "必须坚持全面改革"), (2, "第三，", "必须坚持对外开放"),
        (1, "二、", "关于经济发展战略")]


def test_points_inside_a_subsections_sentence_sit_under_it_and_reference_marks_stay_text():
    text = ("二、关于经济发展战略\n\n（一）把教育放在首要位置。\n\n要增加经费。\n\n（二）合理调整产业结构。\n\n"
            "这是因为：第一，农业人口转移加快。第二，出口需要扩大。因此要调整。\n\n三、关于政治体制改革\n\n"
            "（一）改革干部人事制度。\n\n这使我们面临两大问题：一是优秀人才难以脱颖而出，二是不正之风难以避免。要改革。\n\n"
            "（二）健全法制。\n\n都要通过竞争产生合格的经营者，（⑵⑶）以经营成果作为奖罚依据。")
    assert outline(text) == [
        (1, "二、", "关于经济发展战略"), (2, "（一）", "把教育放在首要位置"), (2, "（二）", "合理调整产业结构"),
        (3, "第一，", "农业人口转移加快"), (3, "第二，", "出口需要扩大"),
        (1, "三、", "关于政治体制改革"), (2, "（一）", "改革干部人事制度"),
        (3, "一是", "优秀人才难以脱颖而出"), (3, "二是", "不正之风难以避免"), (2, "（二）", "健全法制")]


def test_a_range_that_opens_a_quotations_line_is_no_heading():
    # a wiki copy puts a quotation's text on its own lines; 一、两年 is a range (like 一、二季度), not 一、
    text = ("一、关于文艺工作\n\n毛主席指出：“\n党的文艺政策应该调整一下，一年、两年、三年，逐步扩大文艺节目。\n”“\n"
            "一、两年之内逐步活跃起来，三年、四年、五年也好嘛\n”。我们要认真贯彻。\n\n二、关于教育工作\n\n要办好学校。")
    assert outline(text) == [(1, "一、", "关于文艺工作"), (1, "二、", "关于教育工作")]
