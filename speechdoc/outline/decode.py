"""Decide a speech's outline over the whole speech, then nest it with a stack.

The candidates are linked into chains and weighed (:mod:`speechdoc.outline.chains`):
page labels that cut sentences, previews the body restates and lone weak forms are
rejected as whole runs; a run whose first member is lost may start late. A stack
builder nests what is kept, in the same pass that links (see :func:`_decide` for how
a marker whose fate depends on its chain's future is handled). Depth is read from the
document, not from a table (the docutils title-style idea):

1. A marker that continues a list (same style, ordinal n after n-1 — or the member
   its chain links it to — of an item anywhere on the stack) becomes that item's
   sibling; everything above it closes. A short inline list inside a section never
   takes the place of the series around it.
2. A marker numbered 1 (or the head of a late-starting run) starts a new list under
   the innermost node that may hold it. Closed first: an inline point from an earlier
   paragraph, a clause point under a line-start section heading, an item closed by a
   summing-up paragraph (总之，…) or by a heading line without a marker, and an item of a
   colon-introduced enumeration once the text after it runs far longer than its siblings did. An item of the same style
   (a restart at the same level), of a heading style first seen deeper, or of a style
   this one has been seen holding, closes too — unless that item's list goes on after
   this one, or a colon in its text introduces this list: then the new list sits
   inside the item (a restarted 一、 list inside a depth-3 第一， item is depth 4). A
   list opened mid-paragraph in a line-start item of its own style sits inside it.
3. Any other marker is text. A line-start heading that skips a number (一、 → 三、,
   a page lost to truncation) is kept with a ``sequence-gap`` warning.

Linking is one pass with a dictionary and each step looks at the open stack only, so
the decision is linear in the candidates (times the nesting depth) and never raises;
doubtful decisions become diagnostics.

>>> from speechdoc.outline.markers import scan
>>> text = "一、甲\\n（一）乙\\n（二）丙\\n二、丁"
>>> [(n.cand.marker, n.depth) for n in build(scan(text), [])[0]]
[('一、', 1), ('（一）', 2), ('（二）', 2), ('二、', 1)]
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from functools import partial
from itertools import islice, repeat
from typing import NamedTuple

from .chains import (_PREVIEW_GAP, _SUB_ITEMS, CUTS, opens_page_paragraphs, opens_page_points, opens_text_paragraph, DIGIT_LABELS,
                     DROPPED, FIRST, GAPS, LAST, LATE_START_MAX, LINE, NODE, SIZE,
                     STYLE, WEAK, Chain, Links, members, opens_page, page_section, pick, split_dangling_gaps,
                     weigh)
from .markers import ATTACHED, BARE_HEAD, INTRO_ITEMS, POINT_STYLES, SUMS_PROSE, Candidate

__all__ = ["Node", "Decision", "build", "decide", "link", "find_chains", "MAX_DEPTH"]

#: pydantic cannot serialise ~255 nested models; no real speech nests past 6
MAX_DEPTH = 24
_MAX_GAP = 2
_LATE_REACH = 2  # paragraphs between the first two points of a point list that starts late
_SECTION_HEADS = frozenset({"han_dun", "han_cap", "han_paren", "ordinal"})
#: the heads of a section's parts among paragraphs numbered on (二、⏎3.⏎（一）⏎4.): not 第一, (a paragraph's own points)
_SUB_HEADS = _SECTION_HEADS - {"ordinal"}


class Node(NamedTuple):
    """An accepted marker: its place in the outline and what the builder knew of its list
    (a tuple: the builder makes one per marker, so it must be cheap)."""

    cand: Candidate
    depth: int
    parent: int | None  # index into the node list
    para: int  # paragraph index of the marker
    inline: bool  # opened mid-paragraph
    children: list[int]  # indices of its children in the node list
    items: int = 1  # members of its list up to this one
    paras: int = 0  # paragraphs its list's earlier items took, in all
    index: int = -1  # of its candidate
    style: str = ""
    ordinal: int = 0
    pos: int = -1  # its own index in the node list
    enumerated: bool = False  # its list was introduced by a colon (…规定如下：一、…)


_as_node = partial(tuple.__new__, Node)
_new = tuple.__new__  # Nodes from the builder's tuples: map(_new, repeat(Node), tuples)

Diag = tuple[str, str, str, int, int]  # severity, code, message, start, end


class Decision:
    """The outline of one speech with the evidence it was decided on: ``nodes``,
    ``diagnostics`` and ``chains`` (made from the links when first asked for)."""
    __slots__ = ("nodes", "diagnostics", "links", "_chains")

    def __init__(self, nodes: list[Node], diagnostics: list[Diag], links: Links | None) -> None:
        self.nodes = nodes
        self.diagnostics = diagnostics
        self.links = links
        self._chains: list[Chain] | None = None

    @property
    def chains(self) -> list[Chain]:
        if self._chains is None:
            self._chains = self.links.chains() if self.links is not None else []
        return self._chains


def build(cands: Sequence[Candidate], hard_breaks: Sequence[int],
          levels: Sequence[int | None] | None = None, rows: bool = False) -> tuple[list[Node], list[Diag]]:
    """Accepted nodes in document order (with depth and parent) and diagnostics. ``rows``: each node as the
    plain tuple of its fields in Node's order, not a Node (for a reader of them by index: the pipeline's
    assembly; the Nodes a builder's tuples make cost ~70 ns each, and a read of a Node's item is not specialised
    as a plain tuple's is)."""
    if len(cands) == 1:  # a quarter of real speeches: decided without linking
        return _alone(cands[0], hard_breaks, levels, rows)
    if not cands:
        return [], []
    decided = _walk(cands, hard_breaks, levels, [-1] * len(cands), [], defaultdict(dict), None, 0, None, rows)
    nodes, diags, _ = decided if decided is not None else _decide_knowing(cands, hard_breaks, levels, rows)
    return nodes, diags


def _alone(c: Candidate, hard_breaks: Sequence[int], levels: _Levels, rows: bool = False
           ) -> tuple[list[Node], list[Diag]]:
    """What :func:`_decide` makes of a speech's only marker. Its chain is itself: never a
    preview or a late start, rejected only by its own evidence (a weak form, or a digit
    label that cuts a sentence; not if the source marks it as a heading). Unrejected, it is
    a node if numbered 1, else text (noted if a heading)."""
    start, end, marker, style, n, context, weak, cut, _, intro, _ = c
    if (weak or (cut and style in DIGIT_LABELS)) and (levels is None or levels[0] is None):
        why = "fragments" if cut and style in DIGIT_LABELS else "lone weak form"
        return [], [("info", "chain-rejected", f"{marker} read as text: {_WHY[why]}", start, end)]
    if n == 1 or (opens_page(0, c) and (levels is None or levels[0] is None)):  # (weigh leaves marked runs be)
        diags = [] if n == 1 else [("info", "list-starts-late",
                                     f"the list {marker} starts at {marker}: its first member is unmarked or lost",
                                     start, end)]
        node = (c, 1, None, bisect_left(hard_breaks, start), context != "line", [], 1, 0, 0, style, n, 0, intro)
        return [node if rows else _as_node(node)], diags
    if context == "line" and style not in POINT_STYLES:
        return [], [("info", "out-of-sequence", f"{marker} does not continue any open list; read as text", start, end)]
    return [], []


def decide(cands: Sequence[Candidate], hard_breaks: Sequence[int],
           levels: Sequence[int | None] | None = None) -> Decision:
    """Weigh the chains of the whole speech, then nest the markers they keep.

    ``levels`` (one per candidate, or None) is the heading level the source's markup gives
    a marker's line: an ``<h2>`` or a Word ``Heading 2`` paragraph. Where two markers both
    carry one, markup decides how a new list nests — a level-2 heading closes the open
    level-2 and deeper headings and sits inside a level-1 one — and a number that two open
    lists wait for goes to the list of its own level (a Word file that numbers its parts and
    their sections both 一、二、). Numbering still wins over markup: a list goes on across
    a page's inconsistent levels.
    """
    if not cands:
        return Decision([], [], None)
    nodes, diags, links = _decide(cands, hard_breaks, levels)
    return Decision(nodes, diags, Links(cands, *links, levels))


def link(cands: Sequence[Candidate], levels: Sequence[int | None] | None = None) -> Links:
    """Link the candidates into chains and weigh each, without building the outline."""
    succ = [-1] * len(cands)
    run_of: list[list | None] = [None] * len(cands)
    runs = _walk(cands, None, levels, succ, [], defaultdict(dict), run_of, 0, None)
    if any(run[GAPS] for run in runs):
        runs = split_dangling_gaps(runs, cands, succ, run_of)
    return Links(cands, succ, runs, run_of, *weigh(runs, cands, succ, levels))


def find_chains(cands: Sequence[Candidate]) -> list[Chain]:
    """Link candidates into chains and weigh each; chains in order of their first member.

    >>> from speechdoc.outline.markers import scan
    >>> cands = scan("甲。第一，是早。乙。第三，是快。丙。第四，是好。")
    >>> [[cands[i].marker for i in ch.members] for ch in find_chains(cands)]
    [['第一，', '第三，', '第四，']]
    """
    return link(cands).chains()


_Levels = Sequence[int | None] | None
_Run = list  # see speechdoc.outline.chains: [first, last, members, line, weak, cuts, gaps, style, node]


def _decide(cands: Sequence[Candidate], hard_breaks: Sequence[int], levels: _Levels
            ) -> tuple[list[Node], list[Diag], tuple]:
    """Nodes, diagnostics and what :class:`Links` is made of (but ``cands`` and ``levels``).

    The chains are linked in the same pass that builds the outline, as long as nothing
    built depends on a chain's future. Where it may (a bridged number, a weak or cut
    marker, a run that may start late, an open list that may go on), the rest is linked
    at once and every chain weighed; if that rejects a chain, or finds a late start, that
    the pass has already built on, or if only the weighing at the end does (a preview), the
    outline is built again knowing it (rare)."""
    succ = [-1] * len(cands)
    decided = _walk(cands, hard_breaks, levels, succ, [], defaultdict(dict), None, 0, None)
    return decided if decided is not None else _decide_knowing(cands, hard_breaks, levels)


def _decide_knowing(cands: Sequence[Candidate], hard_breaks: Sequence[int], levels: _Levels, rows: bool = False
                    ) -> tuple[list[Node], list[Diag], tuple]:
    """:func:`_decide` the plain way: link and weigh every chain first, then nest knowing
    which are rejected and which start late. The single pass must always agree with it."""
    links = link(cands, levels)
    succ, runs, run_of, notable, marked = links.succ, links.runs, links.run_of, links.notable, links.marked
    late = _verdicts(notable, runs, succ, cands, hard_breaks, 0, False)
    nodes, diags = _walk(cands, hard_breaks, levels, succ, runs, None, run_of, 0, late)
    return nodes if rows else list(map(_as_node, nodes)), _rejections(notable, runs, succ, cands) + diags, (
        succ, runs, run_of, notable, marked)


def _verdicts(notable: list[tuple[int, str, int | None]], runs: list[_Run], succ: list[int],
              cands: Sequence[Candidate], hard_breaks: Sequence[int], built: int, mid: bool
              ) -> dict[int, _Run] | None:
    """Mark the rejected chains' runs as dropped and find the lists that start late (first
    member -> run). None if one of them begins before candidate ``built`` (or at it, when
    ``mid``: the pass is deciding it), which the pass has built on already."""
    late: dict[int, list] = {}
    top = page_section(cands) if notable else -1
    for k, why, _ in notable:
        run = runs[k]
        i = run[FIRST]
        if not why:
            first = cands[i]
            # (a page that opens at its list's 四是, 五是 following: the page before held the rest)
            if not (1 < first.ordinal and (first.ordinal <= LATE_START_MAX or opens_page_points(i, first) or (
                    run[SIZE] >= 3 and run[LINE] == run[SIZE] and not run[CUTS] and opens_page_paragraphs(i, first, cands)))
                    and run[SIZE] >= 2 and (
                    first.style not in POINT_STYLES or bisect_left(hard_breaks, cands[succ[i]].start)
                    - bisect_left(hard_breaks, first.start) <= _LATE_REACH)) and not opens_page(i, first) and i != top \
                    and not opens_text_paragraph(i, first):
                continue  # a point's next member must follow soon: 二是 here, 三是 pages later is no list
        if i < built or (mid and i == built):
            return None
        if why:
            run[NODE] = DROPPED
        else:
            late[i] = run
    return late


_NO_LATE: dict[int, list] = {}



class _Several(list):
    """The runs that wait for one number of a style, oldest first, when more than one does."""
    __slots__ = ()


def _take(several: _Several, by_n: dict, n: int, i: int, cands: Sequence[Candidate], levels: _Levels) -> _Run:
    """The run of ``several`` (waiting for ``n``) that candidate ``i`` continues; the others wait on."""
    run = several.pop(pick(several, i, cands, levels))
    by_n[n] = several if len(several) > 1 else several[0]
    return run


def _walk(cands: Sequence[Candidate], hard_breaks: Sequence[int] | None, levels: _Levels, succ: list[int],
          runs: list[_Run], waiting: dict[str, dict[int, _Run]] | None, run_of: list | None, lo: int,
          late: dict[int, _Run] | None, rows: bool = False) -> tuple | list[_Run] | None:
    """One pass over the candidates from ``lo`` on: link each into its chain and nest it.

    Without ``hard_breaks`` it only links (filling ``run_of``) and returns the runs. With
    ``run_of`` complete it only nests, reading each candidate's run (``late``: the lists
    that start late, by first member), and returns the node tuples and diagnostics.
    Otherwise it links as it nests until the future matters, then links the rest at once
    (see :func:`_decide`), weighs the chains if that has not done it, and returns what
    :func:`_decide` does; None when it finds it has built on a chain that the weighing
    rejects. ``rows``: the single pass gives its node tuples as they are (see :func:`build`).
    """
    building = hard_breaks is not None
    single = building and run_of is None  # links as it nests
    linking = run_of is None or not building
    settle = not building  # the rest must be linked before this marker is decided (link only: record it)
    crowded = lo > 0  # some number may have several runs waiting for it (_Several)
    settled = None  # (notable, marked) once the rest is linked and weighed
    lv = levels  # a marker's heading level is lv[i] (mark below: None when levels is)
    if late is None:
        late = _NO_LATE
    # The builder works on plain tuples in Node's field order (made Nodes at the end):
    # 0 cand, 1 depth, 2 parent, 3 para, 4 inline, 5 children, 6 items, 7 paras, 8 index,
    # 9 style, 10 ordinal, 11 pos, 12 enumerated.
    nodes: list[tuple] = []
    diags: list[Diag] = []
    stack: list[tuple] = []  # the open nodes, outermost first: stack[k] has depth k + 1
    level: dict[str, int] = {}  # depth at which a heading style first appeared
    pairs: set[tuple[str, str]] = set()  # (parent style, child style) seen
    twos: list[_Run] = []  # runs of a heading style that reached 2: a preview is looked for among them
    odd = False  # a run opened past 1: it may start late
    para = 0  # the last marker's paragraph: the markers come in order, so the next one's is at or after it
    # a page that opens inside a subsection: its first 一、 (only where the first candidate is an item of a
    # subsection numbered past 1, in the strong form: page_section's first test, read here without its call)
    top = page_section(cands) if building and cands and cands[0][3] in _SUB_ITEMS and cands[0][4] > 1 else -1

    for i, c in enumerate(cands) if lo == 0 else enumerate(islice(cands, lo, None), lo):
        start, _, _, style, n, context, weak, cut, summed_up, intro, _ = c
        inline = context != "line"
        if linking:
            # link: continue the run that waits for this number, else start one; then it
            # waits for the next number. What this marker is may depend on its chain's future
            # (``settle``): a bridged number (does the run go on?), a weak form or a cut (is the
            # run rejected?); so may a run that opens at 2 or 3 (does it start late? below).
            by_n = waiting[style + "~" if weak else style]
            run = by_n.pop(n, None) if n > 1 else None
            if run is not None:
                if crowded and type(run) is _Several:  # several wait: pick one, the others wait on
                    run = _take(run, by_n, n, i, cands, levels)
            elif n > 2 and (run := by_n.pop(n - 1, None)) is not None:  # one missing number bridged
                if crowded and type(run) is _Several:
                    run = _take(run, by_n, n - 1, i, cands, levels)
                run[GAPS] += 1
                settle = True
            if run is None:
                run = [i, i, 1, not inline, weak, cut, 0, style, None]
                runs.append(run)
                if n > 1:
                    odd = True
                if weak or cut:
                    settle = True
            else:  # (the run's fields by number: LAST 1, SIZE 2, LINE 3)
                succ[run[1]] = i
                run[1] = i
                run[2] += 1
                if not inline:
                    run[3] += 1
                if n == 2 and style not in POINT_STYLES:
                    twos.append(run)
                if weak or cut:
                    run[WEAK] += weak
                    run[CUTS] += cut
                    settle = True
            waits = by_n.setdefault(n + 1, run)  # a run, or _Several (rare): no list made for each marker
            if waits is not run:
                if type(waits) is _Several:
                    waits.append(run)
                else:
                    by_n[n + 1] = _Several((waits, run))
                crowded = True
            if settle:
                if not building:  # link only
                    run_of[i] = run
                    continue
                rest = _link_rest(cands, hard_breaks, levels, succ, runs, waiting, i, run, False)
                if rest is None:
                    return None
                runs, run_of, settled, late = rest
                run = run_of[i]
                linking = False
                if run[NODE] is DROPPED:
                    continue
        else:
            run = run_of[i]
            if run[NODE] is DROPPED:
                continue
        para = bisect_left(hard_breaks, start, para)
        if n != 1:
            x = linked = run[NODE]  # the node its chain's previous member became, if any
            # 1. continuation of a list on the stack: the item its chain links it to (a line-start
            # heading continues the line-start series, not an inline list met inside it), else the
            # nearest item it follows. The linked item is open iff it sits at its depth on the
            # stack, so only a marker no open item links to scans the stack. (A marker numbered
            # 1 or 0 never continues a list: no node is numbered 0, and chains link from 2 on.)
            if not stack or stack[-1] is not x:  # the innermost open item (the common case) is checked first
                if x is None or len(stack) < x[1] or stack[x[1] - 1] is not x:
                    x = None
                    if n > 1:
                        heading = not inline and style not in POINT_STYLES
                        for k in range(len(stack) - 1, -1, -1):
                            y = stack[k]
                            if y[9] == style and (y[10] + 1 == n or (
                                    heading and y[10] < n <= y[10] + 1 + _MAX_GAP)):
                                x = y
                                break
                        else:
                            if heading and style in DIGIT_LABELS:
                                x = _digit_sibling(stack, style, n, para)
                if x is not None:
                    del stack[x[1]:]  # x is stack[depth - 1]: what is above it closes
            if x is not None:
                _, depth, parent, x_para, _, _, items, paras, _, _, x_n, _, enumerated = x
                if x_n + 1 != n:
                    diags.append(("warning", "sequence-gap",
                                  f"{c.marker} follows {x[0].marker}: numbers skipped", c.start, c.end))
                pos = len(nodes)
                node = (c, depth, parent, para, inline, [], items + 1, paras + para - x_para, i,
                        style, n, pos, enumerated)
                nodes.append(node)
                stack[-1] = node  # in x's place: x closes
                if parent is not None:
                    nodes[parent][5].append(pos)
                run[NODE] = node
                continue
            run[NODE] = None
            if linking and 1 < n and (n <= LATE_START_MAX or i <= 1 or i == top) and run[FIRST] == i:  # may start late
                rest = _link_rest(cands, hard_breaks, levels, succ, runs, waiting, i, run, False)
                if rest is None:
                    return None
                runs, run_of, settled, late = rest
                linking = False
                if run_of[i][NODE] is DROPPED:
                    continue
            if i in late:
                ms = members(late[i], succ)
                diags.append(("info", "list-starts-late",
                              f"the list {_run(ms, cands)} starts at {c.marker}: its first member is unmarked or lost",
                              c.start, cands[ms[-1]].end))
                if i == top:  # the page's first section after the items of one on the page before: it holds none
                    del stack[:]
            elif not inline and _runs_on(linked, n, stack, nodes):
                # 一、⏎1.…⏎2.…⏎二、⏎3.…: paragraphs numbered on across the sections (a policy address, a decision):
                # the next number opens the list of the section that followed (placed below as a new list)
                diags.append(("info", "list-runs-on", f"{c.marker} goes on from {linked[0].marker} under the "
                              f"section or sub-section after it: the numbering runs across sections", c.start, c.end))
            else:
                if not inline and style not in POINT_STYLES:
                    diags.append(("info", "out-of-sequence",
                                  f"{c.marker} does not continue any open list; read as text", c.start, c.end))
                continue
        # 2. a new list: find the node that can hold it
        heading = not inline and style not in POINT_STYLES
        mark = None if lv is None else lv[i]
        mine = level.get(style) if heading else None
        # a summing-up paragraph closes the innermost list of items under a section (not the
        # sections themselves), for a list of headings or of points that follows it
        summed = summed_up and (heading or inline or summed_up == BARE_HEAD)
        nested = ""  # why a list that would close x stays inside it (a doubtful call)
        if summed_up == ATTACHED:  # 附件：1.…: the document's list of its attachments, after the body: nothing holds it
            del stack[:]
        if heading and stack and style in _SUB_HEADS and not intro:
            x = stack[-1]
            if x[9] in DIGIT_LABELS and not x[4] and x[10] > x[6] and x[9] != style:
                # 二、⏎3.…⏎（一）…⏎4.…: a sub-section head after a paragraph numbered on across the sections (its list
                # under this section opened past 1) heads the section's next part, not the paragraph: it closes it
                stack.pop()
        while stack:
            _, x_depth, _, x_para, x_inline, _, items, paras, x_i, x_style, _, _, enumerated = x = stack[-1]
            if mark is not None and lv[x_i] is not None:  # both marked up as headings: markup nests them
                if lv[x_i] >= mark:
                    stack.pop()
                    continue
                break
            # a point opened mid-paragraph closes with its paragraph
            if (x_inline and x_para < para) or (
                    # 一、 （一） 第一， head sections; a point (一要…) does not hold them, though it may hold 1. or （1）:
                    # nor one opened mid-paragraph after a sentence end (a text that lost its line breaks:
                    # …三是确保有实效。具体来说，…。（一）扎实开展…), unless a colon introduces it (…抓好三件事：（一）…)
                    x_style in POINT_STYLES and style in _SECTION_HEADS and (heading or (context == "term" and not intro))):
                stack.pop()
                continue
            # an item closes with a summing-up paragraph, or, in a list a colon introduced (an
            # enumeration of statements), when the text after it runs far longer than its siblings did
            # (a heading line without a marker closes x unless x's style has been seen holding this list's style:
            # 三、⏎（一）…⏎（十）…⏎着力扩大投资⏎1.… is a sub-head of the last item, as 1. was under the others)
            closed = (summed and (x_depth > 1 or summed_up == SUMS_PROSE)
                      and (summed_up != BARE_HEAD or (x_style, style) not in pairs)) or (
                enumerated and items > 1 and para - x_para > 2 * paras // (items - 1) + 2)
            # a heading style met before sits above styles first met deeper than it; a style seen
            # holding x's style does not go under it; a list does not hold its own restart ...
            # (but a list a colon introduces, …以下几个方面：, belongs to the item whose text introduces it)
            above = heading and ((mine is not None and level.get(x_style, 0) > mine) or (style, x_style) in pairs)
            if x_style == style and inline and not x_inline and not closed and (
                    x_style not in POINT_STYLES or para - x_para <= 1):
                # 二、重点任务⏎…抓好两件事：一、抓项目；二、抓招商。: a list of x's style opened inside
                # a line-start item's text is that item's (O3), whether or not x's list goes on (a point that opens
                # its paragraph, 五是立机制。…, holds its paragraph and the next one at most: a point list inside a
                # later paragraph, another speaker's, is not its own)
                break
            if x_style == style and intro == INTRO_ITEMS and not x_inline and not closed:
                # 四、进行技术改造⏎…要从以下几个方面进行：⏎一、节约能源，降低消耗；⏎二、…: line-start statements of x's
                # style that x's text introduces with a colon (each line ends with a semicolon: not headings) restart
                # inside x's item (O3), whether or not x's list goes on
                nested = "its text introduces it with a colon"
                break
            if x_style == style or closed or (above and not intro):
                # ... unless x's list goes on after this one: then this list sits inside x's item
                if linking:  # that is in the future: link the rest now
                    rest = _link_rest(cands, hard_breaks, levels, succ, runs, waiting, i, run, True)
                    if rest is None:
                        return None
                    runs, run_of, settled, late = rest
                    linking = False
                if _continues(stack, succ, run_of):
                    if x_style == style or above:
                        nested = "its list goes on after this one"
                    break
                summed = False
                if x_style == style and heading and not x_inline:
                    diags.append(("info", "list-restart",
                                  f"{c.marker} starts its list again after {x[0].marker}", c.start, c.end))
                stack.pop()
                continue
            if above:
                nested = "its text introduces it with a colon"
            break
        pos = len(nodes)
        if stack:
            parent = stack[-1]
            depth = parent[1] + 1
            if depth > MAX_DEPTH:
                diags.append(("warning", "depth-capped",
                              f"outline deeper than {MAX_DEPTH} levels; {c.marker} read as text", c.start, c.end))
                run[NODE] = None
                continue
            if heading and style not in level:
                level[style] = depth
            if nested:
                diags.append(("info", "list-nested", f"{c.marker} starts a list inside {parent[0].marker} "
                              f"(depth {depth}) rather than closing it: {nested}", start, c.end))
            node = (c, depth, parent[11], para, inline, [], 1, 0, i, style, n, pos, intro)
            pairs.add((parent[9], style))
            parent[5].append(pos)
        else:
            if heading and style not in level:
                level[style] = 1
            node = (c, 1, None, para, inline, [], 1, 0, i, style, n, pos, intro)
        nodes.append(node)
        stack.append(node)
        run[NODE] = node
    if not building:
        return runs
    if not single:  # knowing the links: the caller weighed them
        return nodes, diags
    # the single pass: weigh the chains if it has not yet, and make the nodes (see _decide)
    if settled is not None:
        notable, marked = settled
    elif not odd and not (twos and _may_preview(twos, cands)):
        # every run opens at 1 and none may be a preview: the weighing would reject nothing (done if asked)
        notable = marked = None
    else:  # linked as it went: weigh now, and see whether it built on a rejected chain
        notable, marked = weigh(runs, cands, succ, levels)
        if notable and _verdicts(notable, runs, succ, cands, hard_breaks, len(cands), False) is None:
            return None
    if notable:
        diags = _rejections(notable, runs, succ, cands) + diags
    return nodes if rows else list(map(_new, repeat(Node, len(nodes)), nodes)), diags, (succ, runs, run_of, notable,
                                                                                         marked)


def _digit_sibling(stack: list[tuple], style: str, n: int, para: int) -> tuple | None:
    """The open item of the other digit style (1. for 2、, 1、 for 2.) numbered ``n`` - 1, if any, for a
    line-start marker numbered ``n`` (``para``: its paragraph): a list whose author typed one number with the
    other mark (5.…⏎6、…; 附件：1.…；⏎2、…；⏎3.…) goes on through it. The item opens its line, or its
    paragraph is the one right before. Asked only where no open item of the marker's own style takes it
    (that one wins)."""
    for k in range(len(stack) - 1, -1, -1):
        y = stack[k]
        if y[9] in DIGIT_LABELS and y[9] != style and y[10] + 1 == n and (not y[4] or para - y[3] <= 1):
            return y
    return None


def _may_preview(twos: list[_Run], cands: Sequence[Candidate]) -> bool:
    """Might :func:`weigh` find a preview among these runs (of a heading style, opening at
    1, two members or more)? It looks for one only if some run is compact or wholly inline,
    and a preview needs another run of its style after it (a line-start preview: right after it, perhaps cut short
    before its second member, or a run of another heading style whose first title opens as the preview's does)."""
    for first, last, n, line, _, _, _, style, _ in twos:
        if last + 1 < len(cands) and line:  # (the cheap tests first: most runs fail them)
            nxt = cands[last + 1]
            if nxt[4] == 1 and nxt[5] == "line" and (nxt[3] == style or nxt[3] not in POINT_STYLES
                                                     and nxt[10][:3] == cands[first][10][:3]) and (
                    cands[last][0] - cands[first][0] <= _PREVIEW_GAP * (n - 1)):
                return True
    if len(twos) < 2:
        return False
    styles = [run[STYLE] for run in twos]
    if len(set(styles)) == len(styles):
        return False
    return any((cands[last][0] - cands[first][0] <= _PREVIEW_GAP * (n - 1)) if 2 * line > n else not line
               for first, last, n, line, _, _, _, _, _ in twos)


def _link_rest(cands: Sequence[Candidate], hard_breaks: Sequence[int], levels: _Levels, succ: list[int],
               runs: list[_Run], waiting: dict[str, dict[int, _Run]], i: int, run: _Run, mid: bool
               ) -> tuple | None:
    """Link the candidates after ``i`` (whose run is ``run``) at once and weigh every chain:
    the runs, run_of, (notable, marked) and the late starts; None if the pass has built on
    a chain that is rejected or starts late (see :func:`_verdicts`)."""
    run_of: list[list | None] = [None] * len(cands)
    run_of[i] = run
    runs = _walk(cands, None, levels, succ, runs, waiting, run_of, i + 1, None)
    if any(r[GAPS] for r in runs):
        runs = split_dangling_gaps(runs, cands, succ, run_of)
    notable, marked = weigh(runs, cands, succ, levels)
    late = _verdicts(notable, runs, succ, cands, hard_breaks, i, mid)
    if late is None:
        return None
    return runs, run_of, (notable, marked), late


def _runs_on(linked: tuple | None, n: int, stack: list[tuple], nodes: list[tuple]) -> bool:
    """Does a line-start marker numbered ``n`` go on from ``linked`` (the item its chain links it to: its number
    before, at a line start) whose section, or a section holding that one, has since been followed by the next one
    of its list — that one open on the stack at the section's depth (一、⏎1.…⏎2.…⏎二、⏎3.…: the numbering runs on
    across the sections; 一、⏎（一）⏎1.⏎二、⏎（一）⏎2.: across sections and sub-sections) — or whose section, still
    open, has since opened a sub-section after it, a line-start heading of another style (二、⏎3.…⏎（一）…⏎4.…)?
    (Past the section right above it, only for paragraphs numbered 1. or 1、: an 一、 nested in a 三、 of its own style
    that goes on under a later 四、 is a restart, not a numbering on.)"""
    if linked is None or linked[4] or linked[10] + 1 != n or linked[2] is None:
        return False
    section = nodes[linked[2]]
    digits = linked[9] in DIGIT_LABELS  # deeper sections and sub-sections: paragraphs (1. 1、) only
    while True:
        depth = section[1]
        if len(stack) >= depth:
            after = stack[depth - 1]
            if after is section:
                if len(stack) == depth or not digits:
                    return False
                sub = stack[depth]
                return sub[11] > linked[11] and not sub[4] and sub[9] in _SUB_HEADS and sub[9] != linked[9]
            if after[9] == section[9] and after[10] > section[10] and after[11] > section[11]:
                return True
        if section[2] is None or not digits:
            return False
        section = nodes[section[2]]


def _continues(stack: list[tuple], succ: list[int], run_of: list[_Run]) -> bool:
    """Does the list of the innermost open item go on later, before any list enclosing it does?"""
    nxt = succ[stack[-1][8]]
    if nxt < 0 or run_of[nxt][NODE] is DROPPED:
        return False
    return all(not 0 <= succ[up[8]] < nxt for up in stack[:-1])


def _run(members: list[int], cands: Sequence[Candidate]) -> str:
    ms = [cands[i].marker for i in members]
    return "".join(ms) if len(ms) <= 4 else f"{ms[0]}{ms[1]}…{ms[-1]}"


_WHY = {
    "fragments": "its markers cut sentences apart (page labels or a broken conversion)",
    "lone weak form": "a lone heading in a weak form (一， 一. 1)) is not a list",
    "preview": "it previews headings the body states again",
}


def _rejections(notable: list[tuple[int, str, int | None]], runs: list[_Run], succ: list[int],
                cands: Sequence[Candidate]) -> list[Diag]:
    """A ``chain-rejected`` note for each rejected chain (and ``chain-preferred`` for the
    series that won over a preview)."""
    out: list[Diag] = []
    for k, why, rival in notable:
        if not why:
            continue
        ms = members(runs[k], succ)
        a, b = cands[ms[0]].start, cands[ms[-1]].end
        out.append(("info", "chain-rejected", f"{_run(ms, cands)} read as text: {_WHY[why]}", a, b))
        if rival is not None:
            rs = members(runs[rival], succ)
            out.append(("info", "chain-preferred",
                        f"{_run(rs, cands)} kept over the preview {_run(ms, cands)}",
                        cands[rs[0]].start, cands[rs[-1]].end))
    return out
