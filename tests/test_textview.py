"""The offset map of the cleaned view: properties on generated deletions and masks."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from speechdoc.text.clean import fold_script
from speechdoc.text.textview import TextView, fold_by_lines


@st.composite
def cut_text(draw):
    raw = draw(st.text(alphabet="發展經濟ab (ā)\n。一、", max_size=40))
    points = sorted(draw(st.lists(st.integers(0, len(raw)), max_size=8)))
    spans = list(zip(points[::2], points[1::2]))
    dels = spans[::2]
    masks = spans[1::2]
    return raw, dels, masks


@settings(max_examples=300, deadline=None)
@given(cut_text())
def test_masking_after_the_fact_equals_building_with_masks(case):
    raw, dels, masks = case
    built = TextView.build(raw, deletions=dels, masks=masks, fold=fold_script)
    later = TextView.build(raw, deletions=dels, fold=fold_script).masked(masks)
    assert later == built


@settings(max_examples=300, deadline=None)
@given(cut_text())
def test_boundaries_tile_and_kept_characters_map_back(case):
    raw, dels, _ = case
    view = TextView.build(raw, deletions=dels)
    assert len(view.fold) == len(view.text)
    cuts = [view.boundary(v) for v in range(len(view.text) + 1)]
    assert cuts == sorted(cuts) and cuts[-1] == len(raw)
    for v, ch in enumerate(view.text):
        assert raw[view.to_raw(v)] == ch


@st.composite
def deletions_in_some_order(draw):
    raw = draw(st.text(alphabet="發展經濟ab (ā)\n。", max_size=40))
    spans = draw(st.lists(st.tuples(st.integers(0, len(raw)), st.integers(-2, len(raw))), max_size=8))
    return raw, spans, draw(st.permutations(spans))


@settings(max_examples=300, deadline=None)
@given(deletions_in_some_order())
def test_deletions_in_any_order_or_overlapping_make_one_view(case):
    """Deletions are read one at a time; out of order they are sorted first: the same view either way."""
    raw, spans, shuffled = case
    ordered = TextView.build(raw, deletions=sorted(spans), fold=fold_script)
    given_order = TextView.build(raw, deletions=iter(shuffled), fold=fold_script)
    assert (given_order.text, given_order.fold) == (ordered.text, ordered.fold)
    assert [given_order.to_raw(v) for v in range(len(raw) + 1)] == [ordered.to_raw(v) for v in range(len(raw) + 1)]
    assert [given_order.raw_to_view(r) for r in range(len(raw) + 1)] == \
        [ordered.raw_to_view(r) for r in range(len(raw) + 1)]
    kept = "".join(ch for i, ch in enumerate(raw) if not any(a <= i < b for a, b in spans))
    assert ordered.text == kept


def test_a_long_text_is_folded_a_run_of_lines_at_a_time_with_the_same_result():
    """OpenCC is given ~64 k characters of whole lines at a time (its memory grows with its input);
    its dictionary words hold no line end, so the folded text is the one a single call gives."""
    line = "發展經濟，鞏固國防。乾隆年間的會議紀要：一、總體要求\n"
    text = line * (3 * 65536 // len(line)) + "最後一行沒有換行"
    folded = fold_by_lines(fold_script, text)
    assert folded == fold_script(text)
    assert "发展经济" in folded and len(folded) == len(text)
    view = TextView.build(text, fold=fold_script)
    assert view.fold == folded and view.text is text


def test_a_text_with_nothing_to_fold_is_one_string():
    view = TextView.build("发展经济。\n一、总体要求", fold=fold_script)
    assert view.fold is view.text
    masked = view.masked([(0, 2)])
    assert masked.fold is masked.text and masked.text.startswith("\n\n经济")


def test_many_offsets_are_a_compact_array_of_the_same_values():
    from array import array

    from speechdoc.text.textview import ARRAY_FROM, offsets

    small = list(range(0, 3 * (ARRAY_FROM - 1), 3))
    assert offsets(small) is small  # an ordinary document keeps its lists
    many = array("q", range(0, 3 * ARRAY_FROM, 3))
    got = offsets(many)
    assert got.itemsize == array("i").itemsize and list(got) == list(many)  # 4 bytes an offset, not 8
    huge = list(range(ARRAY_FROM)) + [2 ** 40]  # past what a C int holds: 8 bytes
    assert offsets(huge).typecode == "q" and list(offsets(huge)) == huge
