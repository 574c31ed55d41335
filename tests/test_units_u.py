"""Units a local work report writes that the grammar did not know: copies (份), cubic metres said as 方, and areas and
volumes in letters (m2, ㎡, m³). Before, the number was read with its scale alone (2030万 of 2030万方: a wrong unit and
a record that matched nothing). Texts written for the test."""
from __future__ import annotations

import pytest

import speechdoc


def records(text: str) -> list[tuple[str, float, str | None, str | None]]:
    doc = speechdoc.parse(text)
    return [(m.text[m.span[0] - m.text_span[0]:m.span[1] - m.text_span[0]], m.value, m.unit, m.indicator)
            for m in doc.metrics()]


@pytest.mark.parametrize("text, value, unit", [
    ("实施河湖水系连通工程，实现清水入湖2030万方，入湖水质明显改善。", 2030, "万方"),
    ("完成土方开挖120万方。", 120, "万方"),
    ("全面建立城乡居民健康档案5.3万份。", 5.3, "万份"),
    ("发放政策宣传资料2000余份。", 2000, "份"),
    ("建成标准化厂房5万㎡。", 5, "万㎡"),
    ("双创载体面积达98万m2，入驻企业三百余家。", 98, "万m2"),
    ("新建调蓄池容积3万m³。", 3, "万m³"),
])
def test_the_unit_is_read_as_written(text, value, unit):
    found = [(v, u) for _, v, u, _ in records(text)]
    assert (value, unit) in found
    assert (value, unit[:1]) not in found or unit[:1] == unit  # (no record of the scale alone)


def test_areas_in_letters_are_named_as_areas():
    assert records("建成标准化厂房5万㎡。")[0][3] == "标准化厂房面积"
    assert records("新建保障性住房12万m2。")[0][3] == "新建保障性住房面积"


def test_a_count_of_copies_is_named_as_a_count():
    assert [(t, i) for t, _, _, i in records("发放调查问卷300份，回收280份。")] == [("300份", "发放调查问卷数"),
                                                                          ("280份", "回收数")]


@pytest.mark.parametrize("text", [
    "政府、企业、村民三方，共同出资建设。",   # three parties
    "签订三方协议。",
    "为全县发展贡献一份力量。",
    "重点抓好3方面工作。",
    "在2023年3月份召开会议。",
])
def test_parties_shares_and_months_are_no_quantity(text):
    assert not [r for r in records(text) if r[2] and r[2][-1:] in "份方"]
