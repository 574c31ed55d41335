"""The one place that composes the stages.

0. **read**     a web page, Word file or PDF → its text, where each block came from,
                the page chrome it knows (:mod:`speechdoc.readers`; plain text skips this)
1. **load**     bytes → text, with the encoding found (:mod:`speechdoc.text.load`)
2. **clean**    glosses deleted, boilerplate masked, script folded, as a view with an
                offset map back to the input (:mod:`speechdoc.text.clean`)
3. **layout**   true line ends vs wraps; flattened PDF lines (:mod:`speechdoc.text.layout`)
4. **segment**  speeches, titles, salutations (:mod:`speechdoc.outline.segment`)
5. **markers**  candidate numbering, decided by the lark grammar (:mod:`speechdoc.outline.markers`)
6. **outline**  nest markers per speech, check sequences (:mod:`speechdoc.outline.decode`)
7. **metrics**  quantity phrases → Metric records (:mod:`speechdoc.metrics`), when first read
8. **assemble** blocks, sentences, spans → the pydantic Document (:mod:`speechdoc.document.assemble`),
                each speech's nodes when first read

The metrics are extracted the first time any of them is read, not during ``parse``: a parse keeps
what the extraction reads (the text it reads on, each speech's block spans, owners and section
paths: offsets in arrays, no copies) in the document's :class:`~speechdoc.document.pending.MetricStore`,
and every node and speech holds its place there (see :mod:`speechdoc.document.pending`). The one thing
the extraction decides that is no metric, the ``metric-cap`` diagnostic, waits with them: a text of
more than METRIC_CAP characters has its ``diagnostics`` completed when they are first read, which
extracts the metrics only when it holds more characters that can open a quantity than METRIC_CAP
(:func:`~speechdoc.metrics.scan.phrases_at_most`); a text with fewer cannot reach the cap. The
``number-too-long`` diagnostics (:func:`~speechdoc.metrics.scan.overlong`) are found at that first read too.

A speech's outline below its record waits the same way: the parse cuts the speeches and makes each Speech
(its title, salutation and facts), but the numbering markers are found (stage 5, from the matches cleaning's
survey collected) and every speech's outline decoded (stage 6: the nodes, their depths and parents, and the
diagnostics that come of it) the first time any speech's nodes, paragraphs or metrics or the document's
diagnostics are read (:class:`_Decoding`; at once where the parse reads them itself: a reader's heading
markup, the simplified script), and the nodes' ends and titles, the blocks tiling the speech and the
OutlineNode models are assembled the first time the speech's nodes, its paragraphs or any metric is read
(:class:`_SpeechTable`; a parse that reads only the metadata, the diagnostics or the speeches' titles
assembles none). What they read is the layout's offsets, the fold and the shown text. The layout itself (stage 3)
is found at that first read too where the parse reads none of it but the flattened lines (where the speeches'
titles are looked for: :func:`~speechdoc.text.layout.flat_lines`, none where
:func:`~speechdoc.text.layout.no_flat_lines` clears the text) (:class:`_Layout`): a text whose paragraph starts
cannot pass PARAGRAPH_CAP (no longer than that; or, cleared, with fewer line breaks and indents:
:func:`~speechdoc.text.layout.paragraphs_at_most`, a long report).
"""
from __future__ import annotations

import gc
import os
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from itertools import islice
from operator import itemgetter
from struct import pack
from typing import TYPE_CHECKING, Literal, NamedTuple, TypeVar

from .outline import meta as meta_stage
from . import metrics as metrics_stage
from .text import misuse
from .document.assemble import (block_lists, display, make_nodes, offsets_only, source_of, source_text,
                                speech_record, title_span)
from .text.clean import clean
from .errors import UsageError
from .text.layout import Layout, analyse, no_flat_lines, paragraphs_at_most, soft_breaks
from .text.layout import flat_lines as find_flat_lines
from .text.load import Loaded, read_path, shown_path
from .outline.markers import POINT_STYLES, scan
from .metrics.scan import overlong, phrases_at_most
from .document.fastmodel import maker
from .document.model import Diagnostic, Document, DocumentMeta, Metric, NoiseRecord, OutlineNode, SourceInfo
from .document.pending import (ASSEMBLY_LOCK, MetricStore, ParagraphTable, PendingDiagnostics, PendingNodes,
                               PendingParagraphs, SharedOwners)
from .outline.decode import build
from .outline.segment import SpeechCut, find_speeches

from .readers import open_input  # (this module loads at the first parse; an import statement at each call cost ~16 k instructions)

if TYPE_CHECKING:
    from .readers import Extracted, Reader

__all__ = ["DIAGNOSTIC_CAP", "METRIC_CAP", "NODE_CAP", "PARAGRAPH_CAP", "parse", "parse_file"]

#: More structure than any speech holds (the corpus's largest: 60 nodes, 437 metrics). Past
#: NODE_CAP marker candidates or METRIC_CAP quantity phrases in one document no more are read
#: as nodes or metrics; one diagnostic (``node-cap``, ``metric-cap``) marks where reading
#: stopped, and the text after it stays in paragraphs. This bounds time and memory on storms.
NODE_CAP = 5_000
METRIC_CAP = 10_000
PARAGRAPH_CAP = 20_000
_CAP_SLACK = 256  # markers scanned past the cap: titles and salutations set some aside
#: Diagnostics of one code in one document (the corpus's most: 31). Past it one ``diagnostic-cap``
#: warning, where the first one not listed was, stands for the rest: 58 k ``number-too-long`` cost
#: more than the document. Producers that can explode are cut at DIAGNOSTIC_CAP + 1 items.
DIAGNOSTIC_CAP = 1_000

#: From this many characters on, the heap that loading and cleaning freed (copies of the whole text
#: while it is decoded, folded and masked) is handed back to the system before the model is built.
TRIM_CHARS = 1_000_000

Script = Literal["source", "simplified"]
_malloc_trim: Callable[[int], int] | None | bool = None


def _return_freed_memory() -> None:
    """glibc's ``malloc_trim(0)``, where there is one.

    Python keeps its small objects in arenas of its own, so the holes that large freed strings
    leave in the C heap are not reused by the model built next; they stay in the process's
    memory (~10 bytes per input character after cleaning a large document) until trimmed.
    """
    global _malloc_trim
    if _malloc_trim is None:
        _malloc_trim = False
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                _malloc_trim = ctypes.CDLL(None).malloc_trim  # absent from musl: AttributeError
            except (OSError, AttributeError):
                pass
    if _malloc_trim:
        _malloc_trim(0)


def parse(data: str | bytes, *, encoding: str | None = None, script: Script = "source",
          path: str | None = None, reader: Reader = "auto") -> Document:
    """Parse one speech file (text or bytes) into a Document.

    The input's format is found from its content (see :mod:`speechdoc.readers`): a PDF,
    a Word file or an HTML page is read first and ``doc.text`` is the text read from it;
    ``reader`` forces one (``"text"`` parses markup as plain text).

    >>> doc = parse("一、重点任务\\n（一）扩大内需。\\n（二）稳定就业。")
    >>> [(n.depth, n.marker, n.title) for n in doc.walk()]
    [(1, '一、', '重点任务'), (2, '（一）', '扩大内需'), (2, '（二）', '稳定就业')]
    """
    if script not in ("source", "simplified"):
        raise UsageError(f"script must be 'source' or 'simplified', not {script!r}")
    loaded, extracted = open_input(data, encoding=encoding, path=path, reader=reader)
    if said := misuse.check(data, loaded.text):  # parse("x.txt"), an empty file: a warning, not silence
        loaded = Loaded(loaded.text, loaded.encoding, loaded.bom, said + loaded.diagnostics)  # (dataclasses.replace: ~10 k)
    # the tree is acyclic: pausing the collector while it grows saves ~40% on large documents
    # (a try block, not the _gc_paused context manager: its generator cost every parse ~4,500 instructions)
    was = gc.isenabled()
    gc.disable()
    try:
        return _parse_loaded(loaded, script, path, extracted)
    finally:
        if was:
            gc.enable()


@contextmanager
def _gc_paused() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def parse_file(path: str | os.PathLike[str], *, encoding: str | None = None, script: Script = "source",
               reader: Reader = "auto") -> Document:
    """Parse a file (text, HTML, DOCX or PDF); offsets count characters of the decoded or extracted text."""
    return parse(read_path(path), encoding=encoding, script=script, path=os.fspath(path), reader=reader)


#: the facts of a speech without a title (what speech_facts gives it, less its title span): read, never changed
_NO_FACTS: dict[str, object] = {"occasion": None, "speaker": None, "date": None}


def _parse_loaded(loaded: Loaded, script: Script, path: str | None, extracted: Extracted | None = None) -> Document:
    raw = loaded.text
    diags = _Diagnostics()
    for s, c, m, a, b in loaded.diagnostics:
        diags.add(s, c, m, None if a is None else (a, b))
    cleaned = clean(raw, marks=True)  # (and the marker scan's matches, in the same scan of the input)
    for s, c, m, a, b in cleaned.diagnostics:
        diags.add(s, c, m, (a, b))  # noise-cap: chrome past NOISE_CAP stays text
    if extracted is not None and extracted.noise:
        from .readers import with_noise

        cleaned = with_noise(cleaned, extracted.noise)  # a PDF's running headers, footers, page numbers
    view = cleaned.view
    fold = view.fold
    shown = fold if script == "simplified" else view.text
    if len(raw) >= TRIM_CHARS:
        _return_freed_memory()
    clear = no_flat_lines(fold)  # (no flattened line)
    if len(fold) <= PARAGRAPH_CAP or clear and paragraphs_at_most(fold, PARAGRAPH_CAP):
        # the parse reads nothing of the layout but its flattened lines (where the speeches' titles are looked for):
        # its paragraph starts (each at its own offset of the fold; in a long report without a flattened line, after
        # a line break or an indent) cannot pass the cap, so it is found when an outline, a paragraph or a metric is
        # read; the flattened lines are found alone (a flattened PDF dump's printed lines measured, ~2/3 of its
        # layout, are left to that read too)
        printed: dict[int, list[str]] = {}  # (the flattened lines' printed lines, which the layout reads again)
        flat_lines: list[tuple[int, int]] = [] if clear else find_flat_lines(fold, printed)
        layout = _Layout(fold, None, printed)
    else:
        lay = analyse(fold, paragraphs=PARAGRAPH_CAP + 1)  # one past the cap says where it stopped
        if len(lay.para_starts) > PARAGRAPH_CAP:  # a line storm: the text past the cap stays in long paragraphs
            stop = lay.para_starts[PARAGRAPH_CAP]
            lay = lay._replace(para_starts=lay.para_starts[:PARAGRAPH_CAP])
            diags.add("warning", "paragraph-cap",
                      f"more than {PARAGRAPH_CAP:,} paragraphs: the text from here is not cut at paragraph starts",
                      view.span_to_raw(stop, stop + 1))
        layout = _Layout(fold, lay)
        flat_lines = lay.flat_lines
        del lay
    heard: list[tuple[int, int]] = []  # the salutations: the marker scan reads those that turn to the audience
    cuts = find_speeches(fold, flat_lines, cleaned.marks.listed if cleaned.marks is not None else None, heard)
    # (each list below is made only where there is something in it: an empty comprehension costs ~1,500
    # instructions, which most short texts paid a dozen times)
    noise_view = [view.raw_span_to_view(n.start, n.end) for n in cleaned.noise] if cleaned.noise else []
    garbled = [view.raw_span_to_view(a, b) for a, b in cleaned.garbled] if cleaned.garbled else []
    cap_at_node = len(diags.out)  # (where the node-cap warning goes, if the marker scan reaches the cap)
    # where a title stops: mojibake, and a page number blanked inside a line (a flattened PDF dump's)
    title_stops = [a for a, _ in garbled] if garbled else []
    if cleaned.inline:
        title_stops += [view.raw_span_to_view(a, b)[0] for a, b in cleaned.inline]
    title_stops.sort()
    if garbled:
        for a, b in islice(cleaned.garbled, DIAGNOSTIC_CAP + 1):
            diags.add("warning", "mojibake", f"garbled text (a broken GBK/Big5 conversion?): {raw[a:b]!r}", (a, b))

    # the page's facts are read before the speeches are built: reading a long chrome record folds a
    # copy of it, a smaller peak while the model does not hold the document yet
    page = meta_stage.document_facts(
        view, shown, display, [(n.kind, *span) for n, span in zip(cleaned.noise, noise_view)] if noise_view else [],
        cuts[0].title_span[0] if cuts[0].title_span else cuts[0].start, None, simplified=script == "simplified")
    kept = offsets_only(view)  # what the outlines, the paragraphs and the extraction read of the view
    source = _Source(*source_text(view, shown), kept)  # what pending sentences read: not the view's strings
    speeches = []
    # the markers are found and each speech's outline decoded at the first read of a node, a paragraph, a metric or
    # a diagnostic (_Decoding); at once where the parse reads them itself: a reader's heading markup is compared
    # with the nodes, and the simplified script's marker texts are cut from the view's text, which is not kept
    text = view.text if shown is not view.text else None
    outline = _Decoding(fold, layout, cleaned.marks, cuts, garbled, _marked_headings(extracted, view), kept, text,
                       cap_at_node, len(diags.out), heard)
    later = outline.listed  # (what the diagnostics insert when first read)
    if extracted is not None or text is not None:
        diags.out = later(diags.out)
        later = None
    # what the extraction reads of each speech (its outline's blocks and section paths), kept until a metric
    # (or, for a text that could reach the metric cap, a diagnostic) is first read; it reads across a wrap's
    # line breaks (完成工业总产\n值47.1亿元), on the view without them, joined then: a parse whose metrics
    # are never read joins nothing
    outlines: list[_SpeechTable] = []
    store = MetricStore(_Extraction(kept, layout, outlines))  # (the soft breaks found when the metrics are read)
    # a page break (a form feed, a page-number line) between a marker alone on its line and its
    # title does not part them, as a notice masked there does: the text runs on across pages
    title_noise = [span for n, span in zip(cleaned.noise, noise_view) if n.kind != "page_break"] \
        if noise_view and any(n.kind == "page_break" for n in cleaned.noise) else noise_view
    # what every speech's outline reads when it is assembled
    # (made by tuple.__new__: a NamedTuple's own __new__ is a Python function, ~4 k instructions for seven fields)
    where = _new_tuple(_Where, (fold, shown, kept, layout, title_noise, noise_view, title_stops))
    # the front matter's paragraphs (before the first speech) are cut when first read, as every owner's
    front = [] if cuts[0].start == 0 else PendingParagraphs(_SpeechTable(source, where, -1, 0, cuts[0].start, None), -1)
    for i, cut in enumerate(cuts):
        s = cut.start
        e = cuts[i + 1].start if i + 1 < len(cuts) else len(fold)
        # the speech's nodes, paragraphs and section paths are assembled when first read (any of them, or a
        # metric): a parse that reads a document's diagnostics or metadata alone assembles no outline
        table = _SpeechTable(source, where, i, s, e, outline)
        outlines.append(table)
        if not cut.title_span:  # (no title: speech_facts reads nothing; most speeches of short pages)
            facts, own = _NO_FACTS, cut
        else:
            facts = meta_stage.speech_facts(fold, shown, display, cut.title_span, e)
            own_span = facts.pop("title_span")
            own = cut if own_span == cut.title_span else \
                SpeechCut(cut.start, cut.title, own_span, cut.salutation, cut.salutation_span)
        # (one stand-in for the paragraphs and metrics of the speech and of each of its nodes: see nodes_of)
        held = SharedOwners(table, store, i)
        speeches.append(speech_record(i + 1, own, s, e, view, shown, PendingNodes(table.nodes_of, held), held, held,
                                      facts))
    del table, where, text  # (the outlines hold what they read)

    # the metric-cap warning goes here, if the extraction reaches the cap: known when the diagnostics are read
    cap_at = len(diags.out) if len(fold) > METRIC_CAP else None  # (each quantity takes a character at least)
    # the numerals too long to read (增长百分之九九九九九九九九九九九: reported, never read in part) go here,
    # found when the diagnostics are first read (a search of every text, ~3 % of a short one's parse)
    long_at = len(diags.out)
    noise = [_noise({"kind": n.kind, "text": raw[n.start:n.end].strip(), "span": (n.start, n.end)})
             for n in cleaned.noise] if cleaned.noise else []
    if not page["title"]:
        page["title"] = speeches[0].title if speeches else None
    meta = _META(page)  # (document_facts gives every field; a maker checks their number)
    source = _SOURCE({"format": extracted.format if extracted else "text", "encoding": loaded.encoding,
                      "bom": loaded.bom, "length": len(raw), "path": shown_path(path),
                      "blocks": extracted.blocks if extracted else []})
    if extracted is not None and extracted.blocks:
        from .readers import heading_diagnostics

        for sv, cd, msg, a, b in heading_diagnostics(extracted.blocks, speeches):
            diags.add(sv, cd, msg, (a, b))
    if extracted is not None and (meta.title is None or meta.date is None):  # what the file says of itself
        meta = meta.model_copy(update={"title": meta.title or extracted.title, "date": meta.date or extracted.date})
    return _DOCUMENT({
        "schema_name": "speechdoc.document", "schema_version": _SCHEMA_VERSION,
        "source": source, "meta": meta, "text": raw, "front": front, "speeches": speeches, "noise": noise,
        "diagnostics": PendingDiagnostics(diags.out, long_at, partial(_overlong, fold, kept), outline=later)
        if cap_at is None else PendingDiagnostics(diags.out, long_at, partial(_overlong, fold, kept), store, cap_at,
                                                  _metric_cap, later),
    })


class _Diagnostics:
    """A document's diagnostics in order, capped as they come: at most DIAGNOSTIC_CAP of each code, then
    one ``diagnostic-cap`` warning where the first one not listed was. The rest are never made (a storm
    of thousands held them all until the end of the parse, where the model peaks)."""

    __slots__ = ("out", "counts")

    def __init__(self) -> None:
        self.out: list[Diagnostic] = []
        self.counts: dict[str, int] = {}

    def full(self, code: str) -> bool:
        """No more of ``code`` is listed (the cap's summary is made): its span need not be computed."""
        return self.counts.get(code, 0) > DIAGNOSTIC_CAP

    def add(self, severity: str, code: str, message: str, span: tuple[int, int] | None) -> None:
        n = self.counts[code] = self.counts.get(code, 0) + 1
        if n <= DIAGNOSTIC_CAP:
            self.out.append(_diagnostic(severity, code, message, span))
        elif n == DIAGNOSTIC_CAP + 1:
            self.out.append(_diagnostic(
                severity="warning", code="diagnostic-cap", span=span,
                message=f"more than {DIAGNOSTIC_CAP:,} {code} diagnostics: no more of them are listed from here"))


_DIAGNOSTIC = maker(Diagnostic)
_noise = maker(NoiseRecord)
# the document and its two records are made as model_construct makes them (every field given), without
# its walk over the fields
_DOCUMENT = maker(Document, compact=False)
_SCHEMA_VERSION = Document.model_fields["schema_version"].default
_META = maker(DocumentMeta, compact=False)
_SOURCE = maker(SourceInfo)


def _diagnostic(severity: str, code: str, message: str, span: tuple[int, int] | None) -> Diagnostic:
    """A Diagnostic (made without validation: every field is ours; one fields set for all)."""
    return _DIAGNOSTIC({"severity": severity, "code": code, "message": message, "span": span})


def _metric_cap(span: tuple[int, int]) -> Diagnostic:
    """The ``metric-cap`` warning at the input span where the cap stopped the reading."""
    return _diagnostic("warning", "metric-cap", f"more than {METRIC_CAP:,} quantities: no more are read as metrics "
                       "from here", span)


def _overlong(fold: str, view) -> list[Diagnostic]:
    """The ``number-too-long`` diagnostics of ``fold`` (its view: ``view``), capped as the parse caps a code's."""
    diags = _Diagnostics()
    for a, b in islice(overlong(fold), DIAGNOSTIC_CAP + 1):
        diags.add("info", "number-too-long", "a numeral longer than any statistic is not read as a metric",
                  view.span_to_raw(a, b))
    return diags.out


def _marked_headings(extracted: Extracted | None, view) -> tuple[list[int], list[int], list[int]] | None:
    """View spans and levels of the blocks the source marks as headings (<h2>, Word's Heading 2)."""
    if extracted is None:
        return None
    heads = sorted((*view.raw_span_to_view(*b.span), b.heading) for b in extracted.blocks if b.heading is not None)
    if not heads:
        return None
    return [a for a, _, _ in heads], [z for _, z, _ in heads], [h for _, _, h in heads]


def _heading_levels(cands, marked) -> list[int | None] | None:
    """For each candidate, the heading level of the marked-up block it opens, or None."""
    if marked is None:
        return None
    starts, ends, levels = marked
    out: list[int | None] = []
    for c in cands:
        k = bisect_right(starts, c.start) - 1
        out.append(levels[k] if k >= 0 and c.start < ends[k] and c.context == "line" else None)
    return out


def _in_spans(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` inside one of ``spans`` (sorted, disjoint: the layout's flattened lines)?"""
    k = bisect_right(spans, (pos, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _outside(cands, spans: list[tuple[int, int]]):
    """Candidates (in order of start) whose start lies in none of ``spans``: the run of them each span holds is
    cut out by two bisects on their starts, not one bisect and a test a candidate; ``cands`` itself where no span
    holds one (most texts: the spans are a title's and a salutation's lines), with no list of their starts made."""
    out = None
    k = 0  # the first candidate not yet kept or cut out
    for s, e in sorted(spans):
        a = bisect_left(cands, s, k, key=_start)
        b = bisect_left(cands, e, a, key=_start)
        if b > a:  # (a span that holds none cuts nothing: the next one's bisects from k find what they found from a)
            if out is None:
                out = []
            out += cands[k:a]
            k = b
    if out is None:
        return cands
    out += cands[k:]
    return out


_parent = itemgetter(2)  # a node tuple's parent (its index, None at the top)


def _inline_ends(nodes, ends: list[int], speech_end: int, para_starts: Sequence[int]) -> None:
    """Cut ``ends`` (each node's end at the next node of its depth or above, as :meth:`_SpeechTable._assemble`
    finds them) for the points opened mid-paragraph (…，一是…；二是…。): such a point ends at the end of its
    paragraph — the paragraphs after it belong to the section again — or at its last child's end, if later."""
    # (a Node's fields read by their index, as the decoding made them: 0 cand, 4 inline, 5 children; a candidate's
    # start is its 0. A named field is looked up on the class at each read: ~4 times an index's cost)
    for k in range(len(nodes) - 1, -1, -1):  # children first, so a point covers its own list
        n = nodes[k]
        if not n[4]:
            continue
        p = bisect_right(para_starts, n[0][0])
        reach = para_starts[p] if p < len(para_starts) else speech_end  # its paragraph's end, or its last child's
        for c in n[5]:  # (if that is later)
            if ends[c] > reach:
                reach = ends[c]
        if reach < ends[k]:
            ends[k] = reach


def _section_paths(parents: Sequence[int | None], markers: Sequence[str], titles: Sequence[str]) -> list[list[str]]:
    """Each node's section path: its parent's plus its own marker and title (as read); a parent comes
    before its children. A loop, not a recursive closure: a closure that calls itself is a reference cycle,
    and with the collector paused during a parse it would keep every speech's nodes and candidates to the end."""
    paths: list[list[str]] = []
    for parent, marker, title in zip(parents, markers, titles):
        paths.append([marker + title] if parent is None else [*paths[parent], marker + title])
    return paths


class _Where(NamedTuple):
    """What every speech's outline of a parse reads when it is assembled (see :class:`_SpeechTable`): the fold
    and the shown text, the view (its offset maps: :func:`~speechdoc.document.assemble.offsets_only`), the
    layout (its paragraph starts, hard line breaks and flattened lines), the noise a title does not cross, all
    noise (view spans) and where mojibake starts."""

    fold: str
    shown: str
    view: object
    layout: _Layout
    title_noise: Sequence[tuple[int, int]]
    noise: Sequence[tuple[int, int]]
    title_stops: list[int]  # where a title stops: mojibake, a page number blanked inside a line


_T = TypeVar("_T")
_new_tuple = tuple.__new__
_start = itemgetter(0)  # a candidate's start (a C call: a named field is looked up on the class at each read)


def _acyclic(make: Callable[..., _T], *args: object) -> _T:
    """``make(*args)`` with the collector paused, as during a parse: what an outline's assembly makes is
    acyclic (a call, not :func:`_gc_paused`: its generator costs ~4,500 instructions a speech)."""
    was = gc.isenabled()
    gc.disable()
    try:
        return make(*args)
    finally:
        if was:
            gc.enable()


class _Source:
    """What a parse's paragraphs and sentences are read from (:func:`~speechdoc.document.assemble.source_text`
    and the view's offset maps), and the parse's one paragraph maker, made at the first read of a paragraph."""

    __slots__ = ("args", "_make")

    def __init__(self, text: str, line_ends: bool, plain: bool, view) -> None:
        self.args: tuple | None = (text, line_ends, plain, view)
        self._make: Callable[[int, int], object] | None = None

    def make(self) -> Callable[[int, int], object]:
        with ASSEMBLY_LOCK:
            if self._make is None:
                self._make = source_of(*self.args).make  # type: ignore[misc]
                self.args = None
            return self._make


class _SpeechTable(ParagraphTable):
    """One speech's outline below its record (the nodes' ends and titles, the blocks tiling the speech and
    the section paths the metrics carry), assembled when first read, and the table its paragraphs wait in
    (a :class:`~speechdoc.document.pending.ParagraphTable` whose blocks and maker, made by ``source``,
    are found at the first read of any owner's paragraphs). :meth:`blocks` assembles the nodes' ends and
    titles and the blocks (the speech's nodes, paragraphs or metrics are read), :meth:`nodes_of` makes the
    OutlineNode models once (:class:`~speechdoc.document.pending.PendingNodes` keeps them), :meth:`paths`
    the section paths, at the metric extraction alone; what they are made of goes then.
    The front matter's paragraphs wait in one too, over no node.

    It holds no model: the document's records refer to it (their paragraphs, the speech's nodes' stand-in,
    the metric extraction), never the other way, so no reference cycle keeps a document when the
    collector waits.
    """

    __slots__ = ("source", "where", "index", "start", "end", "outline", "_blocks", "_parts", "_heads")

    def __init__(self, source: _Source, where: _Where, index: int, start: int, end: int,
                 outline: _Decoding | None) -> None:
        self.make = self.starts = self.ends = self.owners = self._index = None  # (ParagraphTable's: found later)
        self.source: _Source | None = source
        self.where: _Where | None = where
        self.index = index  # of the speech, from 0
        self.start = start
        self.end = end
        self.outline = outline  # the speech's nodes and their markers (None: the front matter, no node)
        self._blocks: tuple[Sequence[int], Sequence[int], Sequence[int]] | None = None
        self._parts = None  # the nodes' ends, titles and title texts, until the node models are made
        self._heads = None  # the nodes' parents, markers and title texts: what their section paths are made of

    def spans_of(self, owner: int):  # type: ignore[no-untyped-def]
        if self.starts is None:
            with ASSEMBLY_LOCK:
                if self.starts is None:
                    starts, self.ends, self.owners = self.blocks()
                    self.make = self.source.make()  # type: ignore[union-attr]
                    self.starts = starts  # (last: the test above reads it without the lock)
                    self.source = None
        return ParagraphTable.spans_of(self, owner)

    def blocks(self) -> tuple[Sequence[int], Sequence[int], Sequence[int]]:
        """The speech's blocks (view starts, ends and owners, in document order): assembled at the first call."""
        blocks = self._blocks
        if blocks is None:
            with ASSEMBLY_LOCK:
                blocks = self._blocks
                if blocks is None:
                    blocks = _acyclic(self._assemble)
        return blocks

    def paths(self) -> list[list[str]]:
        """Each node's section path (what the metric extraction reads; after :meth:`blocks`)."""
        heads = self._heads
        return [] if heads is None else _section_paths(*heads)

    def _assemble(self) -> tuple[Sequence[int], Sequence[int], Sequence[int]]:
        w = self.where
        nodes, markers = ([], None) if self.outline is None else self.outline.of(self.index)
        fold, e = w.fold, self.end
        lay = w.layout.held()
        para_starts = lay.para_starts
        spans: list[tuple[int, int, int | None]] = []
        if nodes:  # each node's end, title span and title as read, in one walk of the nodes
            # a node's text ends where the next node of its depth or above starts (the nodes still open, and their
            # depths, on two stacks), and a point opened mid-paragraph sooner (_inline_ends)
            ends = [e] * len(nodes)
            opened: list[int] = []
            depths: list[int] = []
            inline = False
            node_starts = []
            titles = []
            title_texts = []
            hard_breaks, shown = lay.hard_breaks, w.shown
            title_stops, flat_lines, title_noise = w.title_stops, lay.flat_lines, w.title_noise
            last = len(nodes) - 1
            flat = bool(flat_lines)
            cut_markers = markers is None  # (each node's marker as written is cut from the shown text here)
            if cut_markers:
                markers = []
            # (a Node's and its Candidate's fields read by index, as the decoding and the scan made the tuples: a
            # named field is looked up on the class at each read)
            for k, n in enumerate(nodes):
                start, end, _, style, _, context, _, _, _, _, _ = n[0]
                depth = n[1]
                while depths and depths[-1] >= depth:
                    depths.pop()
                    ends[opened.pop()] = start
                opened.append(k)
                depths.append(depth)
                if n[4]:
                    inline = True
                node_starts.append(start)
                if cut_markers:
                    markers.append(shown[start:end])
                heading = context != "comma" and style not in POINT_STYLES
                ts, te = title_span(fold, end, nodes[k + 1][0][0] if k < last else e, hard_breaks, para_starts,
                                    title_noise, heading, heading and flat and _in_spans(flat_lines, start))
                if title_stops:
                    g = bisect_left(title_stops, ts)  # a title stops where mojibake or a page number starts
                    if g < len(title_stops) and title_stops[g] < te:
                        te = title_stops[g]
                titles.append((ts, te))
                title = shown[ts:te]  # as read: display's (a title with no white space is its reading: no call)
                title_texts.append(title if title.isprintable() and " " not in title else display(title))
            if inline:
                _inline_ends(nodes, ends, e, para_starts)
            parents = list(map(_parent, nodes))  # (made in C, as the spans below: no append a node)
            spans = list(zip(node_starts, ends, parents))
        starts, block_ends, owners = block_lists(self.start, e, para_starts, spans, w.noise, fold,
                                                   node_starts if nodes else None)
        if nodes:
            # what the node models are made of, until they are (where each owner's last block ends: read on the
            # lists, before they become arrays); what the section paths are, until the metrics are
            self._parts = (nodes, markers, ends, titles, title_texts, w.view, dict(zip(owners, block_ends)))
            self._heads = (parents, markers, title_texts)
        if len(starts) >= _ARRAYS_FROM:  # (a few blocks: the lists as they are, no three arrays made)
            # (from the ints packed by struct: an array made from a list converts each int by PyArg_Parse, which
            # reads a format string an item, ~3x struct's cost)
            wide = "i" if block_ends[-1] < 2 ** 31 else "q"
            many = f"{len(starts)}{wide}"
            starts, block_ends = array(wide, pack(many, *starts)), array(wide, pack(many, *block_ends))
            owners = array("i", pack(f"{len(owners)}i", *owners))
        self.where = self.outline = None
        blocks = self._blocks = (starts, block_ends, owners)  # (last: blocks() reads it without the lock)
        return blocks

    def nodes_of(self, held: SharedOwners) -> list[OutlineNode]:
        """The speech's top-level OutlineNode models, made now (once: their stand-in keeps them, and calls this
        holding the assembly lock); their paragraphs and metrics wait in ``held``, the speech's (here and in the
        document's metric store), which learns where their markers start."""
        was = gc.isenabled()  # (the collector paused as _acyclic pauses it, without its call)
        gc.disable()
        try:
            if self._blocks is None:
                self._assemble()
            if self._parts is None:  # (a speech without a node)
                return []
            nodes, markers, node_ends, titles, title_texts, view, own_end = self._parts
            # (the speech's stand-in for every node's paragraphs and metrics: each node's own is found by its marker's
            # start, which make_nodes tells it)
            tops = make_nodes(view, nodes, node_ends, titles, title_texts, own_end, held, markers)
            self._parts = None  # (the blocks stay while the paragraphs and metrics wait)
            return tops
        finally:
            if was:
                gc.enable()


class _Layout:
    """The fold's layout (:func:`~speechdoc.text.layout.analyse`), found at its first read where the parse itself
    reads none of it (once, under the assembly lock): what the outlines, the paragraphs and the metric extraction
    read of it; ``printed``: the printed lines of its flattened lines, found by the parse (layout.flat_lines)."""

    __slots__ = ("fold", "_lay", "printed")

    def __init__(self, fold: str, lay: Layout | None, printed: dict[int, list[str]] | None = None) -> None:
        self.fold: str | None = None if lay is not None else fold
        self._lay = lay
        self.printed = printed

    def get(self) -> Layout:
        lay = self._lay
        if lay is None:
            with ASSEMBLY_LOCK:
                lay = self._lay
                if lay is None:  # (it cannot reach the cap)
                    lay = self._lay = _acyclic(analyse, self.fold, PARAGRAPH_CAP + 1, self.printed)
                    self.fold = self.printed = None
        return lay

    def held(self) -> Layout:
        """:meth:`get` where the caller holds the assembly lock with the collector paused (an outline's assembly,
        the decoding): no second lock or pause."""
        lay = self._lay
        if lay is None:
            lay = self._lay = analyse(self.fold, PARAGRAPH_CAP + 1, self.printed)  # type: ignore[arg-type]
            self.fold = self.printed = None
        return lay


class _Decoding:
    """Every speech's outline of a parse before it is read: the markers found (the marker scan, from the matches
    cleaning's survey collected) and each speech's nodes decoded, with the diagnostics that come of them, at the
    first read of any speech's nodes, paragraphs or metrics or of the document's diagnostics (once, under the
    assembly lock); a parse that reads a document's metadata and speeches' titles alone finds no marker. What the
    scan and the decoding read is held until then: the fold, its layout, the survey's matches, the speeches' cuts,
    the mojibake spans and marked-up headings, the view's offset maps (diagnostics point into the input) and,
    where the view's text is not the shown one, that text (the markers as written)."""

    __slots__ = ("args", "node_at", "built_at", "_done")

    def __init__(self, fold: str, layout: _Layout, marks, cuts: list[SpeechCut], garbled: list[tuple[int, int]],
                 marked, view, text: str | None, node_at: int, built_at: int,
                 heard: list[tuple[int, int]] | None = None) -> None:
        self.args: tuple | None = (fold, layout, marks, cuts, garbled, marked, view, text, heard)
        self.node_at = node_at  # where the node-cap warning goes among the diagnostics the parse listed
        self.built_at = built_at  # where the decoding's go
        self._done: tuple[list[tuple[list, list[str] | None]], list[Diagnostic], list[Diagnostic]] | None = None

    def of(self, index: int) -> tuple[list, list[str] | None]:
        """The ``index``-th speech's nodes and their markers as written (None: cut from the shown text). Read by an
        outline's assembly alone, which holds the assembly lock with the collector paused (no second lock or pause)."""
        done = self._done
        if done is None:
            done = self._done = self._decode()
            self.args = None  # (what they read goes)
        return done[0][index]

    def listed(self, listed: list[Diagnostic]) -> list[Diagnostic]:
        """``listed`` (the diagnostics the parse listed) with the outline's among them, where the parse found them
        before: the node-cap warning before the mojibake ones, each speech's after them."""
        _, capped, built = self._made()
        if not capped and not built:
            return listed
        k, j = self.node_at, self.built_at
        return [*listed[:k], *capped, *listed[k:j], *built, *listed[j:]]

    def _made(self):  # type: ignore[no-untyped-def]
        done = self._done
        if done is None:
            with ASSEMBLY_LOCK:
                done = self._done
                if done is None:
                    done = self._done = _acyclic(self._decode)
                    self.args = None  # (what they read goes)
        return done

    def _decode(self):  # type: ignore[no-untyped-def]
        fold, layout, marks, cuts, garbled, marked, view, text, heard = self.args  # type: ignore[misc]
        lay = layout.held()
        scanned = scan(fold, lay.virtual_starts, lay.para_starts, limit=NODE_CAP + _CAP_SLACK, found=marks,
                       wraps=lay.wraps, flat_lines=lay.flat_lines, salutes=heard)
        cands = scanned
        excluded = [*garbled]  # mojibake never yields a marker, nor a speech's title or salutation (a cut's 2 and 4)
        for c in cuts:
            if c[2]:
                excluded.append(c[2])
            if c[4]:
                excluded.append(c[4])
        if excluded:
            cands = _outside(cands, excluded)
        capped = []
        if len(cands) > NODE_CAP or len(scanned) == NODE_CAP + _CAP_SLACK:
            c = cands[NODE_CAP] if len(cands) > NODE_CAP else scanned[-1]  # the first marker not read
            cands = [x for x in cands[:NODE_CAP] if x.start < c.start]
            capped.append(_diagnostic(
                "warning", "node-cap", f"more than {NODE_CAP:,} numbering markers: no more are read as outline "
                "nodes from here", view.span_to_raw(c.start, c.end)))
        diags = None  # (made at the first: the decoding's codes are none of the parse's others, counted from none)
        # each speech's candidates (a text of one speech, with none before it: all of them)
        starts = None if len(cuts) == 1 and (not cands or cands[0][0] >= cuts[0][0]) else list(map(_start, cands))
        speeches = []
        for i, cut in enumerate(cuts):
            if starts is None:
                sub = cands
            else:
                s = cut[0]
                e = cuts[i + 1][0] if i + 1 < len(cuts) else len(fold)
                sub = cands[bisect_left(starts, s):bisect_left(starts, e)]
            nodes, ndiags = build(sub, lay.hard_breaks, None if marked is None else _heading_levels(sub, marked),
                                  True)  # (tuples: read by index)
            if ndiags and diags is None:
                diags = _Diagnostics()
            for sv, cd, msg, a, b in ndiags:
                if not diags.full(cd):  # type: ignore[union-attr]
                    diags.add(sv, cd, msg, view.span_to_raw(a, b))  # type: ignore[union-attr]
            # each node's marker as written: cut from the shown text when the outline is assembled, where that is
            # the view's text (the source script); for the simplified script, from the view's text now
            speeches.append((nodes, [text[n[0][0]:n[0][1]] for n in nodes] if text is not None and nodes else None))
        return speeches, capped, [] if diags is None else diags.out


#: a speech of this many blocks or more keeps their offsets and owners in arrays of machine integers (4 bytes
#: each, where a list holds a pointer and an int object: ~36); below it the lists, which cost no copy
_ARRAYS_FROM = 64


class _Extraction:
    """Every metric of a parse, read when called (once: see :class:`~speechdoc.document.pending.MetricStore`):
    for each speech, a dict from owner (a node's index, -1 for the speech) to its metrics, and the input
    span where the metric cap stopped the reading (None: it was not reached). They are read on the view
    joined across its soft line breaks (flat view spans: see :func:`~speechdoc.text.layout.soft_breaks`), found
    from the fold's ``layout`` at the first reading: a parse whose metrics are never read never looks for them."""

    __slots__ = ("view", "layout", "work", "_joined")

    def __init__(self, view, layout: _Layout, outlines: list[_SpeechTable]) -> None:
        self.view = view  # (its offset maps and fold: see offsets_only)
        self.layout = layout  # (of the fold: the soft breaks are its wraps that do not end a paragraph)
        self.work = outlines
        self._joined = None

    def joined(self):
        """The view the extraction reads (joined across the soft breaks; its text is its fold) and the map
        of view offsets onto it (None: it is the view): made at the first call."""
        if self._joined is None:  # (two threads at once may both make it: the same view)
            mview, to_mview = self.view.joined(soft_breaks(self.view.fold, self.layout.get()))
            self._joined = (mview, None if mview is self.view else to_mview)
        return self._joined

    def may_stop(self) -> bool:
        """Could the metric cap be reached? Not by a text with no more characters that can open a quantity."""
        if len(self.view.fold) <= METRIC_CAP:  # (the joined fold is no longer)
            return False
        fold = self.joined()[0].fold
        return len(fold) > METRIC_CAP and phrases_at_most(fold) > METRIC_CAP

    def __call__(self) -> tuple[list[dict[int, list[Metric]]], tuple[int, int] | None]:
        mview, to_mview = self.joined()
        budget = metrics_stage.Budget(METRIC_CAP)
        out = []
        stopped = None
        texts = metrics_stage.texts_of(mview)  # (once a document: each is the whole text)
        with _gc_paused():  # (as during a parse: the records are acyclic)
            for outline in self.work:
                starts, ends, owners = outline.blocks()
                paths = outline.paths()
                top: list[str] = []
                # the spans and paths are handed over as they are read, one block at a time (extract reads them
                # once, in order): as lists they were a tuple and two ints a block beside the records
                spans = zip(starts, ends) if to_mview is None else zip(map(to_mview, starts), map(to_mview, ends))
                found = metrics_stage.extract(mview, spans, (paths[o] if o >= 0 else top for o in owners), budget,
                                              texts)
                mine: dict[int, list[Metric]] = {}
                for owner, ms in zip(owners, found):
                    if ms:
                        mine.setdefault(owner, []).extend(ms)
                out.append(mine)
                if budget.stopped is not None and stopped is None:
                    stopped = mview.span_to_raw(budget.stopped, budget.stopped + 1)
        return out, stopped
