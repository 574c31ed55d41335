"""Each node's end is found in the walk of a speech's nodes that reads their titles (the nodes still open on a
stack), no longer in a pass of its own before it (``_node_ends``, session S); a point opened mid-paragraph is cut
at its paragraph's end after that walk (``_inline_ends``). These tests hold the assembly to what the separate pass
found, on generated speeches of headings, sub-headings, numbered points and inline points."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import speechdoc

HAN = "一二三四五六七八九十"
FILLER = ("要求各地认真落实，确保各项工作取得实效。", "全年完成投资12.5亿元，同比增长8%。", "坚持稳中求进，推动高质量发展")


def _reference_ends(nodes, speech_end: int, para_starts) -> list[int]:
    """What the separate pass found, said plainly (quadratic, recursive): a node ends where the first later node of
    its depth or above starts (else with the speech); a point opened mid-paragraph ends sooner, with its paragraph
    or with its last child, whichever is later."""
    def plain(k: int) -> int:
        return next((m[0][0] for m in nodes[k + 1:] if m[1] <= nodes[k][1]), speech_end)

    def end(k: int) -> int:
        node = nodes[k]
        if not node[4]:
            return plain(k)
        later = [p for p in para_starts if p > node[0][0]]
        return min(plain(k), max([later[0] if later else speech_end, *map(end, node[5])]))

    return [end(k) for k in range(len(nodes))]


def _check(text: str) -> int:
    """Assemble every speech of ``text`` and compare its nodes' ends with the reference; the nodes read."""
    doc = speechdoc.parse(text)
    read = 0
    for speech in doc.speeches:
        table = speech.__dict__["children"].build.__self__  # the speech's _SpeechTable, before its nodes are made
        para_starts = table.where.layout.get().para_starts
        end = table.end
        table.blocks()  # the assembly: the nodes' ends, titles and blocks
        if table._parts is None:
            continue
        nodes, _, ends, *_ = table._parts
        assert ends == _reference_ends(nodes, end, para_starts)
        read += len(nodes)
    assert len(doc.walk()) == read
    return read


@st.composite
def speeches(draw) -> str:
    lines = [draw(st.sampled_from(["在全市工作会议上的讲话", "同志们：", ""]))]
    for i in range(draw(st.integers(1, 4))):
        lines.append(f"{HAN[i]}、{draw(st.sampled_from(FILLER))}")
        for j in range(draw(st.integers(0, 3))):
            kind = draw(st.sampled_from(["paren", "digit", "inline", "shi", "text"]))
            body = draw(st.sampled_from(FILLER))
            if kind == "paren":
                lines.append(f"（{HAN[j]}）{body}")
            elif kind == "digit":
                lines.append(f"{j + 1}.{body}")
            elif kind == "shi":
                lines.append(f"{HAN[j]}是{body}")
            elif kind == "inline":
                n = draw(st.integers(2, 3))
                lines.append("今年要抓好几件事：" + "；".join(f"{HAN[m]}是{FILLER[m % 3][:6]}" for m in range(n)) + "。")
            else:
                lines.append(body)
    return "\n".join(lines)


@settings(max_examples=120, deadline=None)
@given(speeches())
def test_node_ends_match_the_separate_pass(text):
    _check(text)


def test_inline_points_end_with_their_paragraph_and_sections_at_the_next_heading():
    text = ("一、总体要求\n今年要抓好三件事：一是稳增长；二是保就业；三是防风险。\n各地要认真落实。\n"
            "（一）加强领导\n要求各地认真落实。\n二、主要任务\n1.扩大内需\n2.稳定就业\n")
    assert _check(text) >= 8
    nodes = speechdoc.parse(text).walk()
    by_marker = {n.marker: n for n in nodes}
    # a point opened mid-paragraph ends with its paragraph, not at the next heading
    assert text[slice(*by_marker["三是"].span)].endswith("防风险。\n")
    assert text[slice(*by_marker["一、"].span)].startswith("一、总体要求")
    assert by_marker["一、"].span[1] == text.index("二、主要任务")
