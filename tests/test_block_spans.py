"""block_spans (a speech's blocks: the pieces between paragraph starts, node starts and noise edges, each owned by
the deepest node whose text holds it, blank pieces joined to a neighbour) walks its pieces once, in order, keeping
the owner and the noise record as it goes; it must give what a reading of each piece on its own gives, for any
outline, noise and white space (cuts made twice included: a node that starts its paragraph)."""
from __future__ import annotations

import random

from speechdoc.document.assemble import block_spans


def _each_piece_alone(start, end, para_starts, nodes, noise, text):
    cuts = {start, *(p for p in para_starts if start < p < end), *(s for s, _, _ in nodes)}
    for s, e in noise:
        if s < end and e > start:
            cuts |= {max(s, start)} | ({e} if e < end else set())
    bounds = sorted(cuts) + [end]
    out: list[list[int]] = []
    pending = None
    for a, b in zip(bounds, bounds[1:]):
        if any(s <= a < e for s, e in noise):
            continue
        owner = max((k for k, (s, _, _) in enumerate(nodes) if s <= a), default=-1)
        while owner >= 0 and a >= nodes[owner][1]:  # a node's text ends before the piece: its parent's
            owner = -1 if nodes[owner][2] is None else nodes[owner][2]
        if text[a:b].isspace():
            if out and out[-1][1] == a:
                out[-1][1] = b
            else:
                pending = a
                out.append([a, b, owner])
            continue
        if pending is not None and out and out[-1][0] == pending and out[-1][1] == a:
            a = out.pop()[0]
        pending = None
        out.append([a, b, owner])
    return [list(x) for x in zip(*out)] if out else [[], [], []]


def _case(rng: random.Random):
    n = rng.randint(1, 90)
    text = "".join(rng.choice("文文文。、\n \u3000\t\u2003") for _ in range(n))
    start = rng.randint(0, n // 3)
    end = rng.randint(start + 1, n)
    para_starts = sorted(rng.sample(range(n + 1), rng.randint(0, min(n, 25))))
    nodes: list[list] = []
    depths: list[int] = []
    stack: list[int] = []
    # (most nodes start a paragraph)
    places = {*rng.sample(range(start, end), rng.randint(0, min(end - start, 5))),
              *(p for p in para_starts if start <= p < end and rng.random() < 0.5)}
    for s in sorted(places):
        d = rng.randint(1, len(stack) + 1)
        del stack[d - 1:]
        nodes.append([s, end, stack[-1] if stack else None])
        depths.append(d)
        stack.append(len(nodes) - 1)
    for k in range(len(nodes)):  # its text ends at the next node of its depth or above, or earlier (a point)
        nodes[k][1] = next((nodes[j][0] for j in range(k + 1, len(nodes)) if depths[j] <= depths[k]), end)
        if rng.random() < 0.2:
            nodes[k][1] = rng.randint(nodes[k][0] + 1, nodes[k][1])
    noise, pos = [], 0
    while pos < n and rng.random() < 0.6:
        s = rng.randint(pos, n)
        e = rng.randint(s, min(n, s + 8))
        if e > s:
            noise.append((s, e))
        pos = e + rng.randint(0, 4)
    return start, end, para_starts, [tuple(x) for x in nodes], noise, text


def test_block_spans_reads_each_piece_as_alone():
    rng = random.Random(7)
    shapes = set()
    for _ in range(4000):
        args = _case(rng)
        got = block_spans(*args)
        assert [list(got.starts), list(got.ends), list(got.owners)] == _each_piece_alone(*args), args
        shapes.add((bool(args[3]), bool(args[4]), len(set(got.owners)) > 2))
    assert len(shapes) == 6  # with and without nodes and noise; several owners where there are nodes


def test_a_node_that_starts_its_paragraph_cuts_once():
    text = "一、总体要求\n今年平稳。\n（一）扩大内需。\n"
    got = block_spans(0, len(text), [0, 7, 13], [(0, len(text), None), (13, len(text), 0)], [], text)
    assert (list(got.starts), list(got.ends), list(got.owners)) == ([0, 7, 13], [7, 13, len(text)], [0, 0, 1])
