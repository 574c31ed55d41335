"""find_speeches reads the unit before a salutation as a sample's number (篇二, 【范文三】) only where its
last character may end one: the pre-test must refuse no match of _SAMPLE."""
from hypothesis import given, settings, strategies as st

from speechdoc.outline.segment import _SAMPLE, _SAMPLE_ENDS, find_speeches


@settings(max_examples=300, deadline=None)
@given(st.from_regex(_SAMPLE.pattern, fullmatch=True))
def test_every_sample_number_ends_with_a_listed_character(number: str) -> None:
    assert _SAMPLE.fullmatch(number) is not None
    assert number[-1] in _SAMPLE_ENDS


def test_sample_numbers_before_salutations_open_speeches() -> None:
    body = "今天开会，研究工作。" * 10
    text = f"篇一\n同志们：\n{body}\n【范文二】\n同志们：\n{body}\n第三篇\n同志们：\n{body}\n"
    cuts = find_speeches(text, [])
    assert [c.start for c in cuts] == [0, text.index("【范文二】"), text.index("第三篇")]
    assert all(c.salutation == "同志们：" for c in cuts)
    # a line that is no sample's number (its last character ends none) opens nothing
    assert len(find_speeches(f"简介\n同志们：\n{body}", [])) == 1


def test_sample_numbers_read_across_blank_lines_and_indents() -> None:
    body = "今天开会，研究工作。" * 10
    text = f"（一）\u3000\n\n \n\u3000\u3000同志们：\n{body}\n篇二\n" + "\n" * 80 + f"\t各位代表：\n{body}\n"
    cuts = find_speeches(text, [])
    assert [c.start for c in cuts] == [0, text.index("篇二")]
    assert [c.salutation for c in cuts] == ["同志们：", "各位代表："]
    # a salutation inside a line opens nothing, nor one with nothing before it
    assert len(find_speeches(f"篇一 同志们：\n{body}", [])) == 1
    assert [c.start for c in find_speeches(f"\n\u3000同志们：\n{body}", [])] == [0]
