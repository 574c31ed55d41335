"""Properties that hold for any text: never raise, spans tile the input, JSON round-trips."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import speechdoc
from speechdoc.text.clean import INVISIBLE
from speechdoc.document.model import Document, OutlineNode, Paragraph

PIECES = [
    "一、", "二、", "三、", "（一）", "（二）", "(一)", "1.", "2.", "1、", "（1）", "(2)", "①", "②",
    "第一，", "第二,", "第三、", "一是", "二是", "三是", "一要", "二要", "第一要务", "统一是", "一、二季度",
    "35.3%", "1.5亿元", "2020年", "同志们：", "在全市工作会议上的讲话", "发(fā)表", "目標(biāo)",
    "您的位置:首页>>正文", "发布时间:2024/6/12", "……(省略962字,正式会员可完整阅读)……", "推荐访问:讲话",
    "经济", "增长", "工作", "落实", "發展", "。", "；", ";", "，", ",", "：", "!", "？", "“", "”",
    "\n", "\n\n", " ", "\u3000", "\r\n", "\t", "X", "×", "**", "\ud800", "\x0b", "\u2028",
]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=60).map("".join)


def blocks_and_noise(doc: Document) -> list[tuple[int, int]]:
    spans = [p.span for p in doc.front] + [n.span for n in doc.noise]
    for sp in doc.speeches:
        spans += [p.span for p in sp.blocks]
        for node in sp.walk():
            spans += [p.span for p in node.blocks]
    return sorted(spans)


def check_document(doc: Document, text: str) -> None:
    assert doc.source.length == len(doc.text)
    spans = blocks_and_noise(doc)
    pos = 0
    for s, e in spans:  # every character in exactly one block or noise record
        assert s == pos, (s, pos, spans)
        assert e > s
        pos = e
    assert pos == len(doc.text)

    def paragraphs():
        yield from doc.front
        for sp in doc.speeches:
            yield from sp.blocks
            for node in sp.walk():
                yield from node.blocks

    for para in paragraphs():
        assert isinstance(para, Paragraph)
        cur = para.span[0]
        for sent in para.sentences:
            assert sent.span[0] == cur
            cur = sent.span[1]
        assert cur == para.span[1]

    def check_node(node: OutlineNode, depth: int, lo: int, hi: int) -> None:
        assert node.depth == depth
        assert lo <= node.span[0] < node.span[1] <= hi
        # the marker is read like a title: a zero-width character inside it (一\u200b、) is not part of it
        assert INVISIBLE.sub("", doc.text[node.marker_span[0]:node.marker_span[1]]) == node.marker
        for child in node.children:
            check_node(child, depth + 1, node.span[0], node.span[1])

    for sp in doc.speeches:
        for top in sp.children:
            check_node(top, 1, sp.span[0], sp.span[1])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_parses_and_tiles(text):
    doc = speechdoc.parse(text)
    check_document(doc, text)


@settings(max_examples=100, deadline=None)
@given(texts)
def test_json_round_trip(text):
    doc = speechdoc.parse(text)
    again = Document.model_validate_json(doc.model_dump_json())
    assert again == doc


@settings(max_examples=100, deadline=None)
@given(texts, st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_bytes_in_any_encoding(text, enc):
    clean_text = "".join(c for c in text if not "\ud800" <= c <= "\udfff")
    data = clean_text.encode(enc, errors="replace")
    doc = speechdoc.parse(data, encoding=enc)
    check_document(doc, doc.text)


def test_a_zero_width_character_inside_a_marker_keeps_the_invariants():
    text = "一\u200b、总体要求\n稳中求进。\n二、重点任务\n扩大内需。"
    doc = speechdoc.parse(text)
    check_document(doc, text)
    node = doc.speeches[0].children[0]
    assert node.marker == "一、" and doc.text[node.marker_span[0]:node.marker_span[1]] == "一\u200b、"
