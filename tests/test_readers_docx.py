"""The DOCX reader: Word's list numbering rendered as the marker shown (issue 13)."""
from __future__ import annotations

import io
import zipfile

import pytest
from readers_support import make_module, outline, text_outline

import speechdoc
from speechdoc.readers import UnreadableDocumentError
from speechdoc.readers.docx import read_docx
from speechdoc.readers.numbering import ListCounter, ListDefinitions, format_number

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.fixture(scope="module")
def speech(tmp_path_factory):
    path = make_module().word_file(tmp_path_factory.mktemp("docx") / "speech.docx")
    return speechdoc.parse_file(path)


def test_numbered_headings_parse_like_typed_ones(speech):
    assert outline(speech) == text_outline()
    assert speech.source.format == "docx"


def test_the_generated_markers_are_recorded(speech):
    numbered = [(b.numbering, b.heading, b.style) for b in speech.source.blocks if b.numbering]
    assert numbered == [
        ("一、", 1, "Heading 1"), ("（一）", 2, "Heading 2"), ("（二）", 2, "Heading 2"),
        ("二、", 1, "Heading 1"), ("（一）", 2, "Heading 2"), ("1.", None, "List Paragraph"),
        ("2.", None, "List Paragraph"), ("（二）", 2, "Heading 2"),
        ("1.", None, "List Paragraph"),  # the second 1. list restarts through its startOverride
        ("2.", None, "List Paragraph"), ("（三）", 2, "Heading 2"), ("三、", 1, "Heading 1")]


def test_paragraph_indexes_point_into_the_body(speech):
    blocks = speech.source.blocks
    assert [b.paragraph for b in blocks] == list(range(len(blocks)))  # no empty paragraphs in this file
    assert speech.text_at(blocks[0].span) == "在全市经济工作会议上的讲话" and blocks[0].style == "Title"


@pytest.mark.parametrize("n, fmt, shown", [
    (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
    (20, "chineseCounting", "二十"), (23, "chineseCountingThousand", "二十三"), (110, "chineseCountingThousand", "一百一十"),
    (1001, "chineseCountingThousand", "一千零一"), (3, "ideographTraditional", "丙"), (10, "ideographDigital", "一〇"),
    (7, "decimalEnclosedCircle", "⑦"), (21, "decimalEnclosedCircleChinese", "㉑"), (5, "decimalFullWidth", "５"),
    (9, "lowerRoman", "ix"), (3, "upperLetter", "C"), (7, "decimalZero", "07"), (12, "chineseLegalSimplified", "壹拾贰"),
    (2, "decimal", "2"), (2, "someFutureFormat", "2"), (1, "none", ""),
])
def test_number_formats(n, fmt, shown):
    assert format_number(n, fmt) == shown


def _lists(xml: str) -> ListDefinitions:
    return ListDefinitions.parse(parse_xml(f"<w:numbering {W}>{xml}</w:numbering>"))


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


def test_counters_restart_below_a_higher_level_and_instances_share_their_list():
    lists = _lists(f'<w:abstractNum w:abstractNumId="0">{_lvl(0, "chineseCounting", "第%1条")}'
                   f'{_lvl(1, "decimal", "%1.%2")}</w:abstractNum>'
                   '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                   '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>')
    c = ListCounter(lists)
    got = [c.next(n, lvl)[0] for n, lvl in [("1", 0), ("1", 1), ("1", 1), ("1", 0), ("1", 1), ("2", 0)]]
    # %1 keeps level 1's own format inside level 2's text, as Word shows it (w:isLgl would make it 1.1)
    assert got == ["第一条", "一.1", "一.2", "第二条", "二.1", "第三条"]  # numId 2 goes on: no override


def test_start_and_start_override_and_lvl_override():
    lists = _lists(f'<w:abstractNum w:abstractNumId="0">{_lvl(0, "chineseCounting", "（%1）", start=3)}</w:abstractNum>'
                   '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                   '<w:num w:numId="2"><w:abstractNumId w:val="0"/>'
                   '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
                   '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
                   f'{_lvl(0, "decimalEnclosedCircle", "%1", start=1)}</w:lvlOverride></w:num>')
    c = ListCounter(lists)
    assert [c.next("1", 0)[0], c.next("1", 0)[0], c.next("2", 0)[0], c.next("2", 0)[0]] == ["（三）", "（四）", "（一）", "（二）"]
    assert c.next("3", 0)[:2] == ("③", "decimalEnclosedCircle")  # own format, the shared counter goes on
    assert c.next("0", 0) is None and c.next("99", 0) is None


def test_lvl_restart_zero_never_restarts_and_is_lgl_shows_decimals():
    never = '<w:lvlRestart w:val="0"/>'
    lists = _lists(f'<w:abstractNum w:abstractNumId="0">{_lvl(0, "chineseCounting", "%1、")}'
                   f'{_lvl(1, "decimal", "%2.", extra=never)}'
                   f'{_lvl(2, "decimal", "%1.%2.%3", extra="<w:isLgl/>")}</w:abstractNum>'
                   '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    c = ListCounter(lists)
    got = [c.next("1", lvl)[0] for lvl in (0, 1, 1, 2, 0, 1)]
    assert got == ["一、", "1.", "2.", "1.2.1", "二、", "3."]


def _docx_with(paragraphs_xml: str, numbering_xml: str = "") -> bytes:
    d = docx.Document()
    body = d.element.body
    for child in list(body):
        if child.tag.endswith("}p"):
            body.remove(child)
    if numbering_xml:
        numbering = d.part.numbering_part.element
        for child in list(numbering):
            numbering.remove(child)
        for el in parse_xml(f"<w:numbering {W}>{numbering_xml}</w:numbering>"):
            numbering.append(el)
    sect = body[-1] if len(body) else None
    for el in parse_xml(f"<w:body {W}>{paragraphs_xml}</w:body>"):
        if sect is not None:
            sect.addprevious(el)
        else:
            body.append(el)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _p(text: str, num: str | None = None, ilvl: int = 0, extra_runs: str = "") -> str:
    numpr = f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>' if num else ""
    return f'<w:p>{numpr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r>{extra_runs}</w:p>'


def test_deleted_hidden_and_field_code_text_is_not_read_tables_are():
    body = (_p("一、总体要求", extra_runs='<w:del w:id="1" w:author="a"><w:r><w:delText>删掉的</w:delText></w:r></w:del>'
                                       '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的</w:t></w:r>'
                                       '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
                                       '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
                                       '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
            + '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>生产总值</w:t></w:r></w:p></w:tc>'
              '<w:tc><w:p><w:r><w:t>增长6%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
            + _p("二、重点任务", extra_runs='<w:r><w:tab/><w:t>甲</w:t><w:br/><w:t>乙</w:t></w:r>'))
    ex = read_docx(_docx_with(body))
    assert ex.text == "一、总体要求7\n生产总值\n增长6%\n二、重点任务\t甲\n乙\n"
    assert [b.paragraph for b in ex.blocks] == [0, 1, 2, 3]


def test_chinese_counting_with_article_and_paren_templates_in_a_real_file():
    numbering = (f'<w:abstractNum w:abstractNumId="5">{_lvl(0, "chineseCounting", "第%1条")}'
                 f'{_lvl(1, "chineseCounting", "（%2）")}{_lvl(2, "decimalEnclosedCircle", "%3")}</w:abstractNum>'
                 '<w:num w:numId="7"><w:abstractNumId w:val="5"/></w:num>')
    body = (_p("总体要求", "7", 0) + _p("稳增长。", "7", 1) + _p("扩内需。", "7", 2) + _p("促消费。", "7", 2)
            + _p("调结构。", "7", 1) + _p("保障措施", "7", 0) + _p("加强领导。", "7", 1))
    ex = read_docx(_docx_with(body, numbering))
    assert ex.text == "第一条 总体要求\n（一）稳增长。\n①扩内需。\n②促消费。\n（二）调结构。\n第二条 保障措施\n（一）加强领导。\n"
    glued = numbering.replace('<w:lvlText w:val="第%1条"/>', '<w:suff w:val="nothing"/><w:lvlText w:val="第%1条"/>')
    assert read_docx(_docx_with(body, glued)).text.startswith("第一条总体要求\n")  # w:suff nothing: no space


def test_a_damaged_or_foreign_archive_is_a_clear_error(speech, tmp_path):
    with pytest.raises(UnreadableDocumentError, match="damaged"):
        read_docx(b"PK\x03\x04" + b"\x00" * 100)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnreadableDocumentError, match="an Excel workbook, not a Word document"):
        speechdoc.parse(buf.getvalue())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document not xml")
    with pytest.raises(UnreadableDocumentError, match="word/document.xml is damaged"):
        speechdoc.parse(buf.getvalue())


def test_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容", encoding="utf-8")
    xml = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
           f'<w:document {W}><w:body><w:p><w:r><w:t>一、&x;</w:t></w:r></w:p></w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", xml)
    try:
        ex = read_docx(buf.getvalue())
    except UnreadableDocumentError:
        return  # refusing the file is fine too
    assert "机密" not in ex.text


def test_word_headings_agree_with_the_outline(speech):
    assert [d.code for d in speech.diagnostics] == []


def test_a_table_of_contents_is_noise_and_shape_text_is_read_once():
    toc = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
           '<w:sdtContent>' + _p("目录") + _p("一、总体要求\t1") + _p("二、重点任务\t2") + '</w:sdtContent></w:sdt>')
    shape = ('<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
             '<mc:Choice Requires="wps"><w:drawing><w:txbxContent>' + _p("框内文字") + '</w:txbxContent></w:drawing></mc:Choice>'
             '<mc:Fallback><w:pict><w:txbxContent>' + _p("框内文字") + '</w:txbxContent></w:pict></mc:Fallback>'
             '</mc:AlternateContent></w:r><w:r><w:t>锚定段落</w:t></w:r></w:p>')
    data = _docx_with(toc + _p("一、总体要求") + shape + _p("二、重点任务"))
    doc = speechdoc.parse(data)
    assert outline(doc) == [(1, "一、", "总体要求"), (1, "二、", "重点任务")]
    assert {r.kind for r in doc.noise} == {"toc"}  # by style here; the cleaning stage may see the same lines
    assert "\n".join(r.text for r in doc.noise) == "目录\n一、总体要求\t1\n二、重点任务\t2"
    assert doc.text.count("框内文字") == 1 and "锚定段落" in doc.text


def test_contents_entries_without_a_heading_are_still_not_nodes():
    toc = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
           '<w:sdtContent>' + _p("一、总体要求\t1") + _p("二、重点任务\t2") + '</w:sdtContent></w:sdt>')
    doc = speechdoc.parse(_docx_with(toc + _p("一、总体要求") + _p("二、重点任务")))
    assert outline(doc) == [(1, "一、", "总体要求"), (1, "二、", "重点任务")]
    assert [(r.kind, r.text) for r in doc.noise] == [("toc", "一、总体要求\t1"), ("toc", "二、重点任务\t2")]


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    from speechdoc.readers.docx import MAX_PART_BYTES

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<" + b" " * (MAX_PART_BYTES + 1))
    assert len(buf.getvalue()) < 200_000
    with pytest.raises(UnreadableDocumentError, match="unpacks to more than"):
        speechdoc.parse(buf.getvalue())


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(st.lists(st.integers(0, 2), max_size=40))
def test_outline_numbering_matches_a_plain_counter_model(levels):
    lists = _lists(f'<w:abstractNum w:abstractNumId="0">{_lvl(0, "decimal", "%1.")}{_lvl(1, "decimal", "%1.%2.")}'
                   f'{_lvl(2, "decimal", "%1.%2.%3.")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    c = ListCounter(lists)
    counts = [0, 0, 0]
    for lvl in levels:
        counts[lvl] += 1
        for deeper in range(lvl + 1, 3):
            counts[deeper] = 0
        expected = ".".join(str(max(n, 1)) for n in counts[:lvl + 1]) + "."
        assert c.next("1", lvl).text == expected


def test_chinese_heading_style_names_and_outline_levels_give_the_depth():
    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()
    d.styles.add_style("标题 2", WD_STYLE_TYPE.PARAGRAPH)
    custom = d.styles.add_style("大标题", WD_STYLE_TYPE.PARAGRAPH)
    custom.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W} w:val="0"/>'))
    d.add_paragraph("一、总体要求", style="大标题")
    d.add_paragraph("（一）稳增长", style="标题 2")
    d.add_paragraph("正文。")
    buf = io.BytesIO()
    d.save(buf)
    ex = read_docx(buf.getvalue())
    assert [(b.style, b.heading) for b in ex.blocks] == [("大标题", 1), ("标题 2", 2), ("Normal", None)]


def test_a_strict_open_xml_file_reads_like_a_transitional_one(speech, tmp_path):
    data = _docx_with(_p("一、总体要求") + _p("二、重点任务"))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            raw = src.read(item.filename)
            if item.filename.endswith(".xml"):
                raw = raw.replace(b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                  b"http://purl.oclc.org/ooxml/wordprocessingml/main")
            dst.writestr(item, raw)
    assert read_docx(out.getvalue()).text == "一、总体要求\n二、重点任务\n"
