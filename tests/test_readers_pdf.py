"""The PDF reader: the text layer in reading order, page chrome as noise (issue 13)."""
from __future__ import annotations

import pytest
from readers_support import make_module, outline, text_outline

import speechdoc
from speechdoc.readers import UnreadableDocumentError
from speechdoc.readers.pdf import read_pdf

pytest.importorskip("reportlab")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("pdf")


@pytest.fixture(scope="module")
def speech(folder):
    return speechdoc.parse_file(make_module().pdf_file(folder / "speech.pdf"))


def test_two_pages_give_the_outline_of_the_plain_text(speech):
    assert outline(speech) == text_outline()
    assert {b.page for b in speech.source.blocks} == {1, 2}


def test_the_heading_list_runs_over_the_page_break(speech):
    second = speech.speeches[0].children[1]  # 二、科学确定今年目标任务
    pages = {}
    for child in second.children:
        block = next(b for b in speech.source.blocks if b.span[0] == child.marker_span[0])
        pages[child.marker] = block.page
    assert pages == {"（一）": 1, "（二）": 1, "（三）": 1}
    third = second.children[2]
    covering = [b.page for b in speech.source.blocks if third.span[0] <= b.span[0] < third.span[1] and
                speech.text_at(b.span) not in {r.text for r in speech.noise}]
    assert covering == [1, 2]  # its paragraph goes on at the top of page 2


def test_a_sentence_across_the_page_break_reads_on(speech):
    third = speech.speeches[0].children[1].children[2]
    assert third.title == "保障和改善民生"
    assert [p.text for p in third.blocks] == ["（三）保障和改善民生。城镇新增就业1.2万人以上，城镇登记失业率控制在4.5%以内。"]
    rate = [m for m in speech.metrics() if m.value == 4.5]
    assert len(rate) == 1 and rate[0].unit == "%" and rate[0].section_path[-1] == "（三）保障和改善民生"


def test_running_headers_footers_and_page_numbers_are_noise(speech):
    noise = [(r.kind, r.text) for r in speech.noise]
    assert noise.count(("page_header", "某某市人民政府办公室")) == 2
    assert noise.count(("page_header", "2024年第1期")) == 2
    assert noise.count(("page_footer", "市政府工作动态")) == 2
    numbers = [t for k, t in noise if t in ("- 1 -", "- 2 -")]
    assert numbers == ["- 1 -", "- 2 -"]
    body = speech.speeches[0].full_text
    assert "人民政府办公室" not in body and "- 1 -" not in body and "工作动态" not in body


def test_every_line_has_its_page_and_box(speech):
    for b in speech.source.blocks:
        x0, top, x1, bottom = b.bbox
        assert 0 <= x0 < x1 <= 595.3 and 0 <= top < bottom <= 841.9
    title = next(b for b in speech.source.blocks if speech.text_at(b.span) == "在全市经济工作会议上的讲话")
    assert title.page == 1 and title.bbox[1] < 120  # near the top of page 1


def test_printed_line_ends_that_are_wraps_are_joined(speech):
    assert "分析当前经济形势，部署今年经济工作。" in speech.text
    assert "\n（二）稳定和扩大消费。\n" in speech.text  # a short line is a true line end


def test_a_scan_has_no_text_layer(folder):
    with pytest.raises(UnreadableDocumentError, match=r"^no text layer; run OCR first$"):
        read_pdf(make_module().scanned_pdf(folder / "scan.pdf").read_bytes())


def test_damaged_and_encrypted_pdfs_say_so(folder, tmp_path):
    data = (folder / "speech.pdf").read_bytes() if (folder / "speech.pdf").exists() else \
        make_module().pdf_file(folder / "speech.pdf").read_bytes()
    with pytest.raises(UnreadableDocumentError, match="damaged"):
        read_pdf(data[: len(data) // 3])
    with pytest.raises(UnreadableDocumentError, match="damaged"):
        read_pdf(b"%PDF-1.4\n" + b"\x00" * 400)
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    locked = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(locked), encrypt=StandardEncryption("secret", canPrint=0))
    c.drawString(100, 700, "text")
    c.save()
    with pytest.raises(UnreadableDocumentError, match="encrypted"):
        read_pdf(locked.read_bytes())


def test_a_single_page_without_chrome_keeps_every_line(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "one.pdf"
    c = canvas.Canvas(str(path), invariant=1)
    c.setFont("STSong-Light", 12)
    for i, line in enumerate(["一、总体要求", "今年生产总值增长6%左右。", "二、重点任务"]):
        c.drawString(72, 700 - 20 * i, line)
    c.save()
    doc = speechdoc.parse_file(path)
    assert doc.noise == [] and outline(doc) == [(1, "一、", "总体要求"), (1, "二、", "重点任务")]
    assert doc.text == "一、总体要求\n今年生产总值增长6%左右。\n二、重点任务\n"


def _canvas(path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return canvas.Canvas(str(path), invariant=1)


def test_letter_spaced_lines_get_no_guessed_spaces(tmp_path):
    path = tmp_path / "spaced.pdf"
    c = _canvas(path)
    t = c.beginText(72, 700)
    t.setFont("STSong-Light", 14)
    t.setCharSpace(2.5)  # justified or letter-spaced text: glyphs a fifth of a character apart
    t.textLine("一、总体要求")
    t.textLine("今年全市生产总值增长6.5%左右，居民收入稳步增长。")
    c.drawText(t)
    c.setFont("Helvetica", 12)
    c.drawString(72, 600, "Report on the Work of the Government")
    c.setFont("STSong-Light", 12)
    c.drawString(72, 580, "张三")
    c.drawString(72 + 12 * 3, 580, "秘书长")  # a real gap of a character: a space
    c.save()
    doc = speechdoc.parse_file(path)
    assert doc.text == ("一、总体要求\n今年全市生产总值增长6.5%左右，居民收入稳步增长。\n"
                        "Report on the Work of the Government\n张三 秘书长\n")
    assert [b.style for b in doc.source.blocks] == ["STSongStd-Light", "STSongStd-Light", "Helvetica", "STSongStd-Light"]
    assert [m.value for m in doc.metrics()] == [6.5]


def test_a_page_of_few_lines_has_no_column_to_join_at(tmp_path):
    path = tmp_path / "cover.pdf"
    c = _canvas(path)
    c.setFont("STSong-Light", 16)
    c.drawString(72, 700, "在全市经济工作会议上的讲话（征求意见稿）")
    c.drawString(72, 670, "市长")
    c.save()
    assert speechdoc.parse_file(path).text == "在全市经济工作会议上的讲话（征求意见稿）\n市长\n"


def test_radicals_read_as_ideographs():
    from speechdoc.readers.pdf import unified

    assert unified("⼀、⼯作⽬标") == "一、工作目标" and unified("（一）扩大内需") == "（一）扩大内需"


@pytest.mark.parametrize("line", ["- 3 -", "— 12 —", "－3－", "3", "第3页", "第 3 页 共 5 页", "3/5", "Page 3 of 5", "－１２－"])
def test_page_number_forms(line):
    from speechdoc.readers.pdf import _PAGE_NUMBER

    assert _PAGE_NUMBER.fullmatch(line)


@pytest.mark.parametrize("line", ["一、总体要求", "2024年", "增长6%", "3.5", "第三页"])
def test_lines_that_are_not_page_numbers(line):
    from speechdoc.readers.pdf import _PAGE_NUMBER

    assert not _PAGE_NUMBER.fullmatch(line)
