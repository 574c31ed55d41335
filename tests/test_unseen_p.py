"""Session P, helper unseen: outline patterns read on long real documents nobody had read (texts written here,
modelled on them): a quotation a wiki copy opens at a line's end, a linked name on a line of its own, and a list
after the speaker turns to the audience (各位代表！)."""
from __future__ import annotations

import speechdoc


def _tree(text: str) -> list[tuple[int, int, str]]:
    doc = speechdoc.parse(text)  # (kept while its nodes are read)
    return [(sp.index, n.depth, n.marker) for sp in doc.speeches for n in sp.walk()]


# --- a quotation opened at the end of a line (a wiki copy puts every quotation's text on its own line) -----------

def test_numbered_points_of_a_quotation_opened_at_a_line_end_are_not_nodes():
    text = ("一、关于理论准备\n马克思曾经这样说过：“\n我的新贡献就是证明了下列几点：（1）阶级的存在仅仅同生产发展的一定历史阶段相联系；"
            "（2）阶级斗争必然要导致无产阶级专政；（3）这个专政不过是一种过渡。\n”这个论断十分重要。\n二、关于工作部署\n要抓好落实。")
    assert _tree(text) == [(1, 1, "一、"), (1, 1, "二、")]


def test_the_quotation_closed_on_the_same_line_as_before():
    text = "一、关于理论准备\n他说：“我们要做到：（1）抓项目；（2）抓招商。”这很重要。\n二、关于工作部署"
    assert _tree(text) == [(1, 1, "一、"), (1, 1, "二、")]


def test_an_open_quote_at_a_line_end_that_no_line_closes_swallows_nothing():
    # scraping loses closing marks: the points after a quote left open at a line's end stay the speech's own
    text = "一、关于工作部署\n会议强调：“\n要抓好三件事：（1）抓项目；（2）抓招商；（3）抓服务。\n二、关于保障措施"
    assert _tree(text) == [(1, 1, "一、"), (1, 2, "（1）"), (1, 2, "（2）"), (1, 2, "（3）"), (1, 1, "二、")]


# --- a linked name a wiki copy put on a line of its own --------------------------------------------------------

_BODY = "我们认真总结了经验，各项工作取得了新的进展，人民群众的获得感不断增强。" * 4


def test_a_report_named_inside_a_sentence_on_its_own_line_opens_no_speech():
    text = (_BODY + "\n一、关于形势\n毛主席发表了这部著作，继《\n在中国共产党第七届中央委员会第二次全体会议上的报告\n》之后，"
            "全面地提出了这个学说。（1）要学习；（2）要落实。\n二、关于任务\n" + _BODY)
    doc = speechdoc.parse(text)
    assert len(doc.speeches) == 1
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "一、"), (2, "（1）"), (2, "（2）"), (1, "二、")]


def test_a_title_line_after_the_text_still_opens_a_speech():
    text = (_BODY * 3 + "\n一、关于形势\n要认清形势。\n在全县经济工作会议上的讲话\n同志们：\n" + _BODY + "\n一、关于任务\n要抓落实。")
    doc = speechdoc.parse(text)
    assert [sp.title for sp in doc.speeches] == [None, "在全县经济工作会议上的讲话"]


# --- the speaker turns to the audience: the list of parts above is closed -----------------------------------------

_PARTS = ("三、今年重点工作\n围绕以上目标，重点抓好两个方面工作。\n（一）立足扩大内需，推动经济发展\n要加大投资力度，扩大消费。\n"
          "（二）立足边境建设，推进兴边富民\n要改善边民生产生活条件。\n")


def test_a_list_after_an_address_to_the_deputies_belongs_to_the_section():
    text = (_PARTS + "各位代表！我们要全力支持群团机构依法履职。\n新征程对政府自身建设提出了新的更高要求。一是坚持依法行政，推进法治政府建设。"
            "二是坚持干字当头，持续改进工作作风。")
    assert _tree(text) == [(1, 1, "三、"), (1, 2, "（一）"), (1, 2, "（二）"), (1, 2, "一是"), (1, 2, "二是")]


def test_without_the_address_the_list_stays_in_the_last_part():
    text = (_PARTS + "我们要全力支持群团机构依法履职。\n要改善边民生产生活条件。一是坚持改善住房条件。二是坚持开通客运班车。")
    assert _tree(text) == [(1, 1, "三、"), (1, 2, "（一）"), (1, 2, "（二）"), (1, 3, "一是"), (1, 3, "二是")]


def test_an_address_inside_a_sentence_closes_nothing():
    text = (_PARTS + "我们向各位代表，报告两件事。一是坚持改善住房条件。二是坚持开通客运班车。")
    assert _tree(text) == [(1, 1, "三、"), (1, 2, "（一）"), (1, 2, "（二）"), (1, 3, "一是"), (1, 3, "二是")]


def test_comrades_with_a_comma_close_nothing():
    # 同志们， opens many paragraphs of a speech inside a part; only the exclamation turns from a part to the next
    text = (_PARTS + "同志们，这项工作很重要。一是坚持改善住房条件。二是坚持开通客运班车。")
    assert _tree(text) == [(1, 1, "三、"), (1, 2, "（一）"), (1, 2, "（二）"), (1, 3, "一是"), (1, 3, "二是")]


# --- statements a colon introduces in an item's text, numbered like the items (blind set 2, 1981 report) ----------

_TEN = ("（二）今后经济建设的方针\n必须认真贯彻执行下列方针。\n一、依靠政策和科学，加快农业的发展\n农业是国民经济的基础。\n"
        "二、有重点有步骤地进行技术改造\n对现有企业进行技术改造，要从以下几个方面进行：\n")


def test_statements_a_colon_introduces_restart_inside_the_item():
    text = _TEN + "一、节约能源，节约原材料，降低生产成本；\n二、改革产品结构，提高性能和质量；\n三、合理地利用资源，提高综合利用水平。\n进行技术改造要有总体规划。"
    assert _tree(text) == [(1, 1, "（二）"), (1, 2, "一、"), (1, 2, "二、"), (1, 3, "一、"), (1, 3, "二、"), (1, 3, "三、")]


def test_headings_after_a_colon_restart_the_list_at_its_level():
    # headings (no semicolon at their line's end) after a colon: a new list of the same level, as before
    text = ("一、总结\n去年工作取得成绩。\n二、部署\n今年要抓好工作。\n下面，我再讲三点意见：\n一、提高认识，增强责任感\n要认清形势。\n"
            "二、突出重点，狠抓落实\n要抓好项目。")
    assert [d for _, d, _ in _tree(text)] == [1, 1, 1, 1]


# --- a summing-up paragraph after items of running text (blind set 1, 1921 report) ---------------------------------

_ITEMS = ("一、北京是政治中心，近五百年来又是首都。这里的居民不关心政治，工人中没有集体生活习惯。\n"
          "二、北京的经济状况很简单。这里的厂主和雇主就是政府本身，宣传工作很困难。\n"
          "三、欺压人是北京常见的事。只要一发生这样的事情，我们就应当抓住时机。\n"
          "北京工业还不发达，我们决定把工作转到铁路员工方面来。\n")


def test_a_summing_up_paragraph_closes_an_item_of_running_text():
    text = _ITEMS + "总之，我们的经验是：第一步，建立友好关系；第二，选拔一些领袖；第三，推动群众斗争。"
    assert [(d, m) for _, d, m in _tree(text)] == [(1, "一、"), (1, "二、"), (1, "三、"), (1, "第二，"), (1, "第三，")]


def test_a_summing_up_paragraph_keeps_a_section_heading_open():
    # 三、 heads a section (its title is its line): the list after the summing-up paragraph stays in it
    text = ("一、北京的政治状况\n这里的居民不关心政治。\n二、北京的经济状况\n宣传工作很困难。\n三、我们的工作\n我们决定把工作转到铁路员工方面来。\n"
            "总之，我们的经验是：第一步，建立友好关系；第二，选拔一些领袖；第三，推动群众斗争。")
    assert [(d, m) for _, d, m in _tree(text)] == [(1, "一、"), (1, "二、"), (1, "三、"), (2, "第二，"), (2, "第三，")]
