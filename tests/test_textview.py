"""The offset map of the cleaned view: properties on generated deletions and masks."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from speechdoc.text.clean import fold_script
from speechdoc.text.textview import TextView


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
