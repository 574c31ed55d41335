"""Shortcuts of the outline read, each held to the longer way it replaces: the blocks cut with the nodes' starts the
assembly already has (block_lists ``node_starts``), a node's span closed by its children's span ends read in C
(make_nodes), and the node cap tested where the scan's candidates grow (scan ``limit``)."""
from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

import speechdoc
from speechdoc.document.assemble import block_lists
from speechdoc.outline.markers import scan

from test_block_spans import _case
from test_node_ends_fused import speeches


def test_block_lists_with_the_node_starts_given_cuts_as_without():
    rng = random.Random(11)
    for _ in range(3000):
        start, end, para_starts, nodes, noise, text = args = _case(rng)
        assert block_lists(*args, [s for s, _, _ in nodes]) == block_lists(*args), args


def _spans_as_read(text: str) -> int:
    """Every node's span end is its text's end (its stop), or sooner the end of its own last block or of its last
    child's span, whichever is later (the node models' rule, said plainly); the nodes read."""
    doc = speechdoc.parse(text)
    read = 0
    for speech in doc.speeches:
        table = speech.__dict__["children"].build.__self__  # the speech's _SpeechTable, before its nodes are made
        starts, ends, owners = table.blocks()
        if table._parts is None:
            continue
        stops = table._parts[2]
        own_last = {o: b for o, b in zip(owners, ends)}
        made = speech.children
        flat = [n for top in made for n in top.walk()]
        span_end: dict[int, int] = {}
        for i in range(len(flat) - 1, -1, -1):
            node = flat[i]
            kids = [span_end[flat.index(c)] for c in node.children]
            last = max([x for x in [own_last.get(i), *kids] if x is not None], default=None)
            span_end[i] = stops[i] if last is None or last > stops[i] else last
            assert node.span[1] == span_end[i]
        read += len(flat)
    return read


@settings(max_examples=80, deadline=None)
@given(speeches())
def test_node_spans_close_with_their_children(text):
    _spans_as_read(text)


@settings(max_examples=80, deadline=None)
@given(speeches())
def test_a_capped_scan_keeps_the_first_candidates_of_the_whole_scan(text):
    whole = scan(text)
    for limit in range(len(whole) + 2):
        assert scan(text, limit=limit) == whole[:limit]


def test_a_section_with_points_ends_with_its_last_point():
    text = "一、总体要求\n（一）扩大内需\n要求各地认真落实。\n（二）稳定就业\n确保取得实效。\n二、主要任务\n"
    assert _spans_as_read(text) == 4
    nodes = speechdoc.parse(text).walk()
    assert nodes[0].span[1] == nodes[2].span[1] == text.index("二、")
