"""What a figure means, in patterns met on 34 fresh pages of county and town reports (session E).

Counts carry their growth (在建项目120个，同比增长35%); a plan's size is not part of the
completion rate's name (完成年度目标任务300亿元的41.2%); sectors broken out of a measure keep
the measure (制造业增长4.1%); 争取 before the funds it won is no goal; 比增 is the shorthand of
同比增长; 全年任务 is a plan, not a period; an anonymised year (XX年) is a period; and a number
whose decimal point a site dropped (生产总值7 3亿元) is no value at all.
"""
from __future__ import annotations

import pytest

import speechdoc


def _metrics(text: str) -> list[tuple]:
    return [(m.value, m.unit, m.indicator, m.direction, m.basis, m.kind, m.period)
            for m in speechdoc.parse(text).metrics()]


def _by_value(text: str, field: str = "indicator") -> dict:
    return {m.value: getattr(m, field) for m in speechdoc.parse(text).metrics()}


def test_a_dropped_decimal_point_gives_no_value():
    got = _metrics("全年预计完成地区生产总值7 3亿元，完成固定资产投资26000万元，占全年任务的104 6%。")
    assert [(v, u) for v, u, *_ in got] == [(26000, "万元")]


def test_numbers_after_a_blank_that_follows_no_digit_are_read():
    assert [(m.value, m.unit) for m in speechdoc.parse("粮食产量比上年增长 8.5，共 4 个乡镇").metrics()] == [
        (8.5, None), (4, "个")]
