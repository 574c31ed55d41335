"""The HTML reader: what a reader of the page sees, one line per block (issue 13)."""
from __future__ import annotations

import pytest
from readers_support import make_module, outline, text_outline
from test_invariants import check_document

import speechdoc
from speechdoc.readers.html import read_html


@pytest.fixture(scope="module")
def gov():
    return speechdoc.parse(make_module().gov_page())


@pytest.fixture(scope="module")
def sharing():
    return speechdoc.parse(make_module().sharing_page().encode("gb18030"))


def test_navigation_scripts_and_styles_are_not_text(gov):
    for gone in ("无障碍浏览", "政务公开\n互动交流", "互动交流", "var _hmt", "统计", "float: left", "分享到", "备案号",
                 "版权所有"):
        assert gone not in gov.text, gone


def test_page_chrome_written_as_text_becomes_noise_records(gov, sharing):
    assert "当前位置" not in gov.text  # <div class="bread">: navigation
    kinds = {r.kind: r.text for r in gov.noise}
    assert kinds["dateline"].startswith("发布时间：2024-01-15 09:30")
    texts = [r.text for r in sharing.noise]
    assert "您的位置：范文文库 >> 讲话稿 >> 正文" in texts and "发表评论" in texts  # entities decoded


def test_title_and_date_come_from_the_page(gov):
    assert gov.meta.title == "在全市经济工作会议上的讲话"
    assert gov.meta.date == "2024-01-15"


def test_html_title_fills_in_when_the_text_has_none():
    doc = speechdoc.parse("<html><head><title>县长讲话稿</title><meta name='publishdate' content='2023年5月6日'>"
                          "</head><body><p>一、抓项目</p><p>二、抓招商</p></body></html>")
    assert doc.meta.title == "县长讲话稿" and doc.meta.date == "2023-05-06"


def test_the_declared_charset_decodes_the_page(sharing):
    assert sharing.source.encoding == "gb18030"
    assert outline(sharing) == text_outline()


def test_br_separated_lines_are_lines(sharing):
    assert "同志们：\n这次会议的主要任务是" in sharing.text
    assert sharing.text.count("\n") >= 20


def test_strong_and_h_headings_are_marked_in_the_source_blocks(gov):
    by_text = {gov.text[b.span[0]:b.span[1]]: b for b in gov.source.blocks}
    title = by_text["在全市经济工作会议上的讲话"]
    assert title.heading == 1 and title.style == "h1" and title.path.endswith("/h1")
    strong = by_text["一、准确把握当前经济形势"]
    assert strong.style == "strong" and strong.heading is None
    assert strong.path.startswith("html/body/div") and strong.path.endswith("]") and "/p[" in strong.path
    body = by_text["（一）经济运行稳中向好。一是投资拉动有力，固定资产投资增长9.1%；二是消费持续回暖，社会消费品零售总额增长6.5%。"]
    assert body.style is None  # a bold lead-in does not make the paragraph a heading


def test_whitespace_collapses_and_pre_keeps_its_lines():
    ex = read_html("<div>一、  总体\n   要求</div><pre>1. 甲\n2. 乙</pre><p>&nbsp;&nbsp;二、&lt;重点&gt;</p>")
    # (the line break between 总体 and 要求 goes, with the blanks around it: two wide characters; outline7)
    assert ex.text == "一、 总体要求\n1. 甲\n2. 乙\n二、<重点>\n"


def test_table_cells_are_tab_separated_rows_are_lines():
    ex = read_html("<table><tr><th>指标</th><th>目标</th></tr><tr><td>生产总值</td><td>增长6%</td></tr></table>")
    assert ex.text == "指标\t目标\n生产总值\t增长6%\n"


def test_hidden_and_menu_elements_are_dropped_but_an_article_header_is_kept():
    ex = read_html("<header><a>首页</a></header><article><header><h1>讲话</h1></header><p>正文。</p></article>"
                   "<div style='display: none'>隐藏</div><ul class='main-menu'><li>菜单</li></ul>"
                   "<div hidden>也隐藏</div><div role='navigation'>导航</div><footer>页脚</footer>")
    assert ex.text == "讲话\n正文。\n"


def test_deep_nesting_does_not_recurse():
    html = "<div>" * 20000 + "一、总体要求" + "</div>" * 20000
    assert read_html(html).text == "一、总体要求\n"


def test_broken_markup_is_read_as_a_browser_would():
    ex = read_html("<p>一、总体要求<p>二、<b>重点任务</p>三、<i>保障措施")
    assert ex.text == "一、总体要求\n二、重点任务\n三、保障措施\n"


def test_spans_of_the_page_index_the_extracted_text(gov):
    for node in gov.walk():
        assert gov.text[node.marker_span[0]:node.marker_span[1]] == node.marker
        assert gov.text_at(node.title_span) == node.title


def test_heading_markup_is_evidence_checked_against_the_outline():
    doc = speechdoc.parse("<h1>在全县工作会议上的讲话</h1><h2>一、狠抓落实</h2><p>要压实责任。</p><h2>坚持稳中求进</h2>"
                          "<p>正文。</p><h2>二、保障民生</h2><h3>（一）就业</h3><h2>（二）教育</h2>")
    found = [(d.code, doc.text_at(d.span)) for d in doc.diagnostics if d.code.startswith("heading")]
    assert found == [("heading-without-marker", "坚持稳中求进"), ("heading-depth", "（二）教育")]
    assert all(d.severity == "info" for d in doc.diagnostics if d.code.startswith("heading"))


def test_consistent_headings_say_nothing(gov):
    assert not [d for d in gov.diagnostics if d.code.startswith("heading")]


def test_a_wrapper_named_like_a_menu_round_the_whole_speech_is_kept():
    speech = "<p>一、狠抓项目建设。" + "全年实施重点项目一百二十个以上。" * 150 + "</p><p>二、保障和改善民生。</p>"
    doc = speechdoc.parse(f"<html><body><div id='nav-wrap'>{speech}</div><div class='nav'>首页</div></body></html>")
    assert outline(doc) == [(1, "一、", "狠抓项目建设"), (1, "二、", "保障和改善民生")]
    assert "首页" not in doc.text


def test_a_page_in_another_encoding_than_it_declares_is_detected():
    page = "<html><head><meta charset='utf-8'></head><body><p>一、狠抓落实</p><p>二、保障民生</p></body></html>"
    doc = speechdoc.parse(page.encode("gb18030"))
    assert doc.source.encoding == "gb18030" and outline(doc) == [(1, "一、", "狠抓落实"), (1, "二、", "保障民生")]


def test_nested_menus_round_the_text_keep_it():
    html = "<div class='nav'>" * 3000 + "一、总体要求。" * 2000 + "</div>" * 3000
    ex = read_html(html)
    assert ex.text == "一、总体要求。" * 2000 + "\n"
    assert ex.blocks[0].path.startswith("…/div/")  # deep paths show their last 64 levels


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PIECES = ["<p>", "</p>", "<div>", "</div>", "<br>", "<strong>", "</strong>", "<h2>", "</h2>", "<table><tr><td>",
          "</td><td>", "</td></tr></table>", "<nav>", "</nav>", "<script>", "</script>", "<pre>", "</pre>",
          "<div class='menu'>", "<!-- c -->", "&nbsp;", "&amp;", "&lt;", "一、", "（一）", "1.", "一是", "增长6%",
          "。", "\n", " ", "\u3000", "<", ">", "&", "x", "讲话"]
pages = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages)
def test_any_markup_reads_without_error_and_spans_tile_the_text(page):
    doc = speechdoc.parse(page, reader="html")
    check_document(doc, doc.text)
    for b in doc.source.blocks:
        line = doc.text[b.span[0]:b.span[1]]
        assert line and "\n" not in line and line == line.strip(" ")


def test_a_page_saved_as_mhtml_is_read():
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    archive = MIMEMultipart("related")
    archive["Subject"] = "在全市经济工作会议上的讲话"
    archive["Snapshot-Content-Location"] = "http://www.example.gov.cn/zwgk/1.html"
    page = MIMEText(make_module().gov_page().replace('charset="utf-8"', 'charset="gb2312"'), "html", "gb2312")
    archive.attach(page)
    archive.attach(MIMEText("body { color: red }", "css"))
    data = archive.as_bytes()
    assert data.startswith(b"Content-Type: multipart/related") and b"MIME-Version" in data[:400]
    doc = speechdoc.parse(data)
    assert doc.source.format == "html" and doc.source.encoding == "gb18030"
    assert outline(doc) == text_outline()


def test_an_mhtml_without_a_page_says_so():
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    from speechdoc.readers import UnreadableDocumentError

    archive = MIMEMultipart("related")
    archive.attach(MIMEText("body { color: red }", "css"))
    with pytest.raises(UnreadableDocumentError, match="holds no HTML page"):
        speechdoc.parse(archive.as_bytes())
