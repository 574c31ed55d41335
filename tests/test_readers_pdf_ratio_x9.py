"""A PDF line that ends in a colon right after a digit, at the column's edge, goes on in the next line when that
opens with a digit: a ratio the printer cut (…按照4：3：⏎3的比例分担). A list's intro colon before its first item stays a
line end. The PDF is built here (reportlab), its text written for this test."""
from __future__ import annotations

import pytest

import speechdoc

pytest.importorskip("reportlab")

_LINES = [
    "各项生活与交通补助和人身意外伤害保险等各项经费由省市县三级财",
    "政共同负担，其中生活补助所需经费由省市、县三级财政按照4：3：",
    "3的比例分担，体检和培训等项经费由省财政全额负担，各地要按时",
    "足额拨付到位，确保大学生在服务期安心工作。会议提出措施如下：",
    "1．加强组织领导，各级要把这项工作摆上重要议事日程抓紧抓好。",
    "2．强化督促检查，对工作不力的地方要及时通报并限期整改落实。",
]


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    path = tmp_path_factory.mktemp("ratio") / "ratio.pdf"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), invariant=1)
    c.setFont("STSong-Light", 14)
    for k, line in enumerate(_LINES):
        c.drawString(72, 700 - 22 * k, line)
    c.save()
    return speechdoc.parse_file(path)


def test_a_ratio_cut_at_the_column_edge_reads_on(doc):
    assert "按照4：3：3的比例分担" in doc.text
    assert "省市县三级财政共同负担" in doc.text  # (a plain wrap, as before)


def test_a_list_s_intro_colon_still_ends_its_line(doc):
    assert "措施如下：\n1．加强组织领导" in doc.text
    assert [(n.marker, n.title) for n in doc.walk()] == [
        ("1．", "加强组织领导，各级要把这项工作摆上重要议事日程抓紧抓好"),
        ("2．", "强化督促检查，对工作不力的地方要及时通报并限期整改落实")]
