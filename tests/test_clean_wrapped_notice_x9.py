"""A document site's numbered notice that a narrow column wrapped: the lines between two of its items, each going on
from the line above it, belong to the first item, so the items around a known one are found across them and the
notice's numbers are no outline. Texts written for this test, modelled on such pages."""
from __future__ import annotations

import speechdoc


def _outline(text: str) -> list[tuple[int, str, str]]:
    return [(n.depth, n.marker, n.title) for n in speechdoc.parse(text).walk()]


_NOTICE = ("1. 1、下载文档前请自行甄别文档内容的完整\n性,平台不提供额外的编辑、内容补充、找答\n案等附加服务。\n"
           "2. 2、\"仅部分预览\"的文档,不可在线预览部\n分如存在完整性等问题,可反馈申请退款(可完\n整预览的文档不适用该条件!)。\n"
           "3. 3、如文档侵犯您的权益,请联系客服反馈,\n我们会尽快为您处理。\n")


def test_a_wrapped_notice_above_a_report_is_chrome_and_the_report_keeps_its_depths():
    text = ("民政工作总结\n" + _NOTICE + "民政工作总结\n一、社会救助工作扎实有力\n1.城乡低保政策落实到位。全年发放低保金。\n"
            "2.农村五保供养工作扎实。全年新增五保对象。\n二、下一步工作打算\n")
    assert _outline(text) == [(1, "一、", "社会救助工作扎实有力"), (2, "1.", "城乡低保政策落实到位"),
                              (2, "2.", "农村五保供养工作扎实"), (1, "二、", "下一步工作打算")]
    doc = speechdoc.parse(text)
    kept = [r.text for r in doc.noise if r.kind == "file_header"]
    assert kept[:3] == ["1. 1、下载文档前请自行甄别文档内容的完整", "性,平台不提供额外的编辑、内容补充、找答", "案等附加服务。"]


def test_items_below_a_known_one_are_found_across_their_wraps():
    text = ("友情提示\n2、PDF文件下载后,可能会被浏览器默认打开,请点击浏览器菜\n单,保存网页到桌面。\n"
            "3、本站资源下载后的文档和图纸无水印,预览文档经过压缩,下载后原文\n更清晰。\n"
            "4、试题试卷类文档,如果标题没有明确说明有答案则都视为没有答\n案。\n\n在毕业典礼上的讲话\n同学们：\n今天是个好日子。")
    assert _outline(text) == []
    kept = {r.text for r in speechdoc.parse(text).noise if r.kind == "file_header"}
    assert {"单,保存网页到桌面。", "更清晰。"} < kept
    assert any(t.startswith("2、PDF文件下载后") for t in kept) and any(t.startswith("4、试题试卷类文档") for t in kept)
    assert "案。" not in kept  # (after the last item: left as text, it may be the body's)


def test_a_list_of_the_speech_after_a_one_line_notice_item_is_the_speech_s():
    # the body's first line after the last item is no wrap of it: its list stays
    text = ("4、本站资源下载后的文档和图纸无水印,预览文档经过压缩,下载后原文更清晰。\n"
            "一、抓好安全生产\n全年无重大事故。\n二、抓好项目建设\n")
    assert _outline(text) == [(1, "一、", "抓好安全生产"), (1, "二、", "抓好项目建设")]
