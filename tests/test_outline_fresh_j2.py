"""Outline and speech patterns of pasted or extracted pages (helper outline2, session J).

Every text here is written for the test; none is copied from a page.
"""
from __future__ import annotations

import speechdoc

_BODY = "今年以来，全县上下克服困难，各项工作稳步推进，主要指标好于预期。" * 6
_MENU = ("首 页 新闻中心 政务公开 政策解读 办事服务 互动交流 专题专栏 数据发布 图片新闻 视频新闻 领导信息 机构设置\n"
         "热点 -全市春耕备耕有序推进 新建高标准农田12万亩 -城区供暖季延长10天 -三条公交线路调整 "
         "-我市举办首届农民丰收节 -重点项目集中开工 总投资86亿元 -全市普通高中招生计划发布 -新能源汽车下乡活动启动\n") * 3


def test_page_chrome_above_the_title_makes_no_speech():
    # a page's menus and headline links above the report's title: no sentence ends in them, they are no speech
    text = _MENU + "首页>>政务公开\n2021年县人民政府工作报告\n发布时间：2021-02-03\n各位代表：\n" + _BODY + "\n一、过去一年的工作\n" + _BODY + "\n"
    doc = speechdoc.parse(text)
    assert [s.title for s in doc.speeches] == ["2021年县人民政府工作报告"]
    assert [(n.marker, n.title) for n in doc.walk()] == [("一、", "过去一年的工作")]


def test_a_speech_above_the_first_title_is_still_a_speech():
    # text that speaks (its sentences end) before a title line stays a speech without a title
    text = "同志们：\n" + _BODY + "\n一、抓好春耕生产\n" + _BODY + "\n在全县经济工作会议上的讲话\n同志们：\n" + _BODY + "\n"
    assert [s.title for s in speechdoc.parse(text).speeches] == [None, "在全县经济工作会议上的讲话"]
