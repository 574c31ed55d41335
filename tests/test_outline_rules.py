"""Outline rules that fixtures alone do not show: diagnostics, spans, titles, blocks."""
from __future__ import annotations

import speechdoc


def codes(doc):
    return [d.code for d in doc.diagnostics]


def test_a_skipped_number_is_kept_with_a_warning():
    doc = speechdoc.parse("一、总体要求\n三、重点任务\n")
    assert [n.marker for n in doc.walk()] == ["一、", "三、"]
    gap = [d for d in doc.diagnostics if d.code == "sequence-gap"]
    assert gap and gap[0].severity == "warning"
    assert doc.text[gap[0].span[0]:gap[0].span[1]] == "三、"


def test_a_heading_that_continues_nothing_is_text_with_a_note():
    doc = speechdoc.parse("今年要做到：一是稳增长；二是保就业。\n四、加强政府自身建设\n")
    assert [n.marker for n in doc.walk()] == ["一是", "二是"]
    assert "out-of-sequence" in codes(doc)


def test_a_page_that_opens_mid_series_keeps_its_first_heading_with_a_note():
    doc = speechdoc.parse("各位代表：\n四、加强政府自身建设\n（一）推进依法行政\n")
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "四、"), (2, "（一）")]
    assert codes(doc) == ["list-starts-late"]
    # a lone point or a digit label opening the page is no heading
    assert list(speechdoc.parse("二是要狠抓落实。\n").walk()) == []
    assert list(speechdoc.parse("\n3、要狠抓落实。\n").walk()) == []


def test_a_repeated_number_restarts_the_list_at_the_same_level():
    doc = speechdoc.parse("一、甲\n（一）乙\n（一）丙\n（二）丁\n")
    assert [(n.marker, n.depth) for n in doc.walk()] == [("一、", 1), ("（一）", 2), ("（一）", 2), ("（二）", 2)]
    assert codes(doc) == ["list-restart"]


def test_a_known_style_returns_to_its_level():
    text = "一、甲\n（一）乙\n1.丙\n（1）丁\n（二）戊\n1.己\n"
    doc = speechdoc.parse(text)
    assert [(n.marker, n.depth) for n in doc.walk()] == [
        ("一、", 1), ("（一）", 2), ("1.", 3), ("（1）", 4), ("（二）", 2), ("1.", 3)]


def test_title_stops_at_terminators_of_both_widths():
    doc = speechdoc.parse("一、提高认识!要紧迫\n二、压实责任?要到位\n三、强化保障;要有力\n四、抓好落实。要见效")
    assert [n.title for n in doc.walk()] == ["提高认识", "压实责任", "强化保障", "抓好落实"]


def test_a_wrapped_heading_line_keeps_its_title_whole():
    body = "今年以来全县经济运行总体平稳，主要指标增速高于全市平均水平，但是工业投资增长乏力，县委、县政府决定开展百日攻坚活动，很有必要，"
    doc = speechdoc.parse("一、为什么要开展百日攻坚活动\n" + body + "很有针\n对性，也很及时。\n二、怎么干")
    titles = [n.title for n in doc.walk()]
    assert titles == ["为什么要开展百日攻坚活动", "怎么干"]
    first = doc.speeches[0].children[0]
    assert "很有针对性" in first.blocks[-1].text  # the wrap is joined in what users read


def test_node_blocks_hold_the_nodes_own_text_only():
    doc = speechdoc.parse("一、总体要求\n今年要稳增长。\n（一）扩大投资。投资增长5%。\n（二）促进消费。\n")
    top = doc.speeches[0].children[0]
    assert [b.text for b in top.blocks] == ["一、总体要求", "今年要稳增长。"]
    assert [b.text for b in top.children[0].blocks] == ["（一）扩大投资。投资增长5%。"]
    assert [s.text for s in top.children[0].blocks[0].sentences] == ["（一）扩大投资。", "投资增长5%。"]
    assert doc.text[top.span[0]:top.span[1]].endswith("（二）促进消费。\n")


def test_inline_point_splits_the_paragraph_it_starts_in():
    doc = speechdoc.parse("一、重点任务\n要抓好两件事：一是稳增长；二是保就业。\n")
    top = doc.speeches[0].children[0]
    assert [b.text for b in top.blocks] == ["一、重点任务", "要抓好两件事："]
    assert [c.blocks[0].text for c in top.children] == ["一是稳增长；", "二是保就业。"]


def test_titles_and_text_in_simplified_script_on_request():
    doc = speechdoc.parse("一、堅持穩中求進\n經濟運行總體平穩。", script="simplified")
    node = doc.walk()[0]
    assert node.title == "坚持稳中求进"
    assert node.marker == "一、"
    assert doc.text.startswith("一、堅持")  # the input itself is never changed


def test_titles_listed_at_the_foot_start_no_speech():
    body = "今天召开全县工作会议，主要任务是部署全年工作。" * 20
    text = ("在全县工作会议上的讲话\n同志们：\n" + body + "\n一、抓落实\n二、转作风\n相关文章\n"
            "在全市大会上的讲话\n在全省会议上的讲话\n收藏《在全县工作会议上的讲话》\n")
    doc = speechdoc.parse(text)
    assert [sp.title for sp in doc.speeches] == ["在全县工作会议上的讲话"]
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]


def test_a_title_with_a_stray_pdf_space_is_still_a_title():
    doc = speechdoc.parse("在全市学习会上的讲 话稿\n同志们：\n今天开会。\n一、甲\n")
    assert [sp.title for sp in doc.speeches] == ["在全市学习会上的讲话稿"]
    assert doc.text_at(doc.speeches[0].title_span) == "在全市学习会上的讲 话稿"


def test_text_before_a_late_title_is_a_speech_not_front_matter():
    body = "今年以来，全县经济运行总体平稳，主要指标增速高于全市平均水平。" * 12
    head = "县委全会开得很成功。\n一、为什么要开展百日攻坚\n" + body + "\n二、重点攻坚什么\n" + body
    doc = speechdoc.parse(head + "\n在县委十三届二次全体会议上的讲话\n同志们：\n" + body + "\n一、总体要求\n")
    assert [(sp.title, [n.marker for n in sp.walk()]) for sp in doc.speeches] == [
        (None, ["一、", "二、"]), ("在县委十三届二次全体会议上的讲话", ["一、"])]
    assert doc.front == []
    tail_only = speechdoc.parse(head + "\n在县委十三届二次全体会议上的讲话\n")  # a title with nothing after it
    assert [[n.marker for n in sp.walk()] for sp in tail_only.speeches] == [["一、", "二、"]]


def test_paragraphs_after_an_inline_list_belong_to_the_section_again():
    doc = speechdoc.parse("一、过去五年的工作\n三件大事：一是建党百年，二是进入新时代。\n国内生产总值增长到114万亿元。\n二、使命任务\n")
    top = doc.speeches[0].children[0]
    assert [c.marker for c in top.children] == ["一是", "二是"]
    assert top.children[-1].span[1] <= doc.text.index("国内")
    assert [b.text for b in top.blocks][-1] == "国内生产总值增长到114万亿元。"
    (m,) = doc.metrics()
    assert m.section_path == ["一、过去五年的工作"]


def test_a_list_that_starts_late_is_a_list_with_a_note():
    doc = speechdoc.parse("一、关于项目建设\n首先要加快前期工作。二是要加快开工建设。三是要加快竣工投产。\n二、关于招商")
    assert [(n.marker, n.depth) for n in doc.walk()] == [("一、", 1), ("二是", 2), ("三是", 2), ("二、", 1)]
    late = [d for d in doc.diagnostics if d.code == "list-starts-late"]
    assert len(late) == 1 and doc.text[late[0].span[0]:late[0].span[1]].startswith("二是")


def test_a_lone_late_point_and_far_apart_points_stay_text():
    doc = speechdoc.parse("一、总体要求\n二是什么意思，大家都明白。\n" + "今年经济运行平稳。\n" * 5 + "三是关键。\n")
    assert [n.marker for n in doc.walk()] == ["一、"]


def test_an_opening_list_that_does_not_restate_the_headings_is_not_a_preview():
    doc = speechdoc.parse("过去一年的工作可以概括为：一、稳住了大盘；二、守住了底线。\n一、过去一年工作回顾\n二、今年主要任务\n")
    assert [(n.marker, n.title) for n in doc.walk()] == [
        ("一、", "稳住了大盘"), ("二、", "守住了底线"), ("一、", "过去一年工作回顾"), ("二、", "今年主要任务")]
    assert "chain-rejected" not in codes(doc)


def test_a_preview_names_the_body_series_that_wins():
    doc = speechdoc.parse("报告分为两个部分：一、过去一年工作回顾；二、今年主要任务。\n一、过去一年工作回顾\n二、今年主要任务\n")
    assert [(n.marker, n.title) for n in doc.walk()] == [("一、", "过去一年工作回顾"), ("二、", "今年主要任务")]
    rejected = next(d for d in doc.diagnostics if d.code == "chain-rejected")
    preferred = next(d for d in doc.diagnostics if d.code == "chain-preferred")
    assert doc.text[rejected.span[0]:rejected.span[1]] == "一、过去一年工作回顾；二、"
    assert doc.text[preferred.span[0]:].startswith("一、过去一年工作回顾")


def test_a_line_start_preview_loses_to_a_body_the_page_cuts_short():
    preview = "下面讲三个问题：\n（一）关于形势；\n（二）关于任务；\n（三）关于作风。\n"
    body = "（一）关于形势。今年以来全县经济运行总体平稳，主要指标好于预期，但下行压力依然较大，必须保持清醒头脑，"
    doc = speechdoc.parse(preview + body)
    assert [(n.marker, n.title) for n in doc.walk()] == [("（一）", "关于形势")]
    assert list(doc.walk())[0].span[0] == len(preview)
    rejected = next(d for d in doc.diagnostics if d.code == "chain-rejected")
    assert doc.text[rejected.span[0]:rejected.span[1]].endswith("（三）")
    assert "chain-preferred" in codes(doc)
    # the same opening before a list that does not restate it stays a list
    other = speechdoc.parse(preview + body.replace("关于形势", "抓好春耕"))
    assert [n.marker for n in other.walk()] == ["（一）", "（二）", "（三）", "（一）"]


def test_emoji_before_a_line_start_heading_leave_it_a_heading():
    doc = speechdoc.parse("🌟一、过去一年工作回顾\n全年增长6%。\n✅ 二、今年工作安排\n他说👍一、二季度要抓开工。")
    assert [(n.depth, n.marker, n.title) for n in doc.walk()] == [
        (1, "一、", "过去一年工作回顾"), (1, "二、", "今年工作安排")]


def test_a_preview_that_is_the_only_statement_of_its_parts_stays():
    doc = speechdoc.parse("新华社电 报告共分三部分：一、过去五年工作回顾；二、总体要求；三、今年工作建议。\n报告指出，今年要稳中求进。")
    assert [n.marker for n in doc.walk()] == ["一、", "二、", "三、"]
    assert "chain-rejected" not in codes(doc)


def test_page_labels_that_cut_sentences_are_rejected_as_a_chain():
    line = "今天召开全县经济工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务，动员全县上下"
    doc = speechdoc.parse(f"1、{line}\n2、{line}\n3、进一步统一思想。")
    assert list(doc.walk()) == []
    assert "chain-rejected" in codes(doc)


def test_a_long_paragraph_before_a_list_of_headings_does_not_reject_it():
    line = "今天召开全县经济工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务，动员全县上下。"
    doc = speechdoc.parse(f"{line}\n1、总结去年工作\n{line}\n2、部署今年任务\n")
    assert [n.marker for n in doc.walk()] == ["1、", "2、"]


def test_a_lone_weak_form_is_text_but_a_run_is_a_list():
    lone = speechdoc.parse("一.\n总体要求。\n")
    assert list(lone.walk()) == [] and "chain-rejected" in codes(lone)
    doc = speechdoc.parse("一，总体要求\n稳中求进。\n二，重点任务\n扩大内需。\n")
    assert [(n.marker, n.depth) for n in doc.walk()] == [("一，", 1), ("二，", 1)]


def test_a_site_token_for_a_lost_line_break_opens_a_line():
    from speechdoc.outline.markers import scan

    text = "各位代表:Q7z   现在我报告工作。Q7z   一、过去五年工作回顾Q7z   五年来发展很快。"
    assert [(c.marker, c.context) for c in scan(text)] == [("一、", "line")]
    assert [(c.marker, c.context) for c in scan("增长5 一、是")] == []


def test_many_restarted_lists_stay_fast_and_never_raise():
    # 1,500 sections each restarting （一）（二） (4,500 nodes, under the parse's node cap): one linking pass
    text = "".join(f"{h}、第{k}部分\n（一）甲\n（二）乙\n" for k, h in enumerate(["一", "二", "三"] * 500))
    doc = speechdoc.parse(text)
    nodes = list(doc.walk())
    assert len(nodes) == 1500 * 3
    assert {n.depth for n in nodes} == {1, 2}


def test_a_restart_kept_inside_an_item_says_why():
    text = ("一、若干问题\n（一）基本建设\n第一，规模问题。\n资金从哪里来？这是因为：\n一、\n推翻了帝国主义；\n"
            "二、\n推翻了封建主义。\n第二，比重问题。\n")
    doc = speechdoc.parse(text)
    assert [(n.marker, n.depth) for n in doc.walk()] == [
        ("一、", 1), ("（一）", 2), ("第一，", 3), ("一、", 4), ("二、", 4), ("第二，", 3)]
    nested = [d for d in doc.diagnostics if d.code == "list-nested"]
    assert len(nested) == 1 and doc.text[nested[0].span[0]:nested[0].span[1]] == "一、"
    assert "第一，" in nested[0].message


def test_stage_outline_from_the_command_line(tmp_path, capsys):
    from speechdoc.cli import main

    f = tmp_path / "preview.txt"
    f.write_text("报告分为两个部分：一、过去一年工作回顾；二、今年主要任务。\n一、过去一年工作回顾\n二、今年主要任务\n",
                 encoding="utf-8")
    assert main(["parse", str(f), "--stage", "outline"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].split("\t")[1:] == ["一、 二、", "han_dun", "line 0/2", "text (preview)"]
    assert rows[1].split("\t")[1:] == ["一、 二、", "han_dun", "line 2/2", "kept depth 1,1"]
    assert any("chain-preferred" in r for r in rows[2:])
