"""document_facts reads each chrome record folded afresh from the input: a record without a character of the
script fold's trigger class is taken as it is, the rest folded. Either way, what fold_script gives."""
from hypothesis import given, settings, strategies as st

from speechdoc import parse
from speechdoc.outline.meta import _folded
from speechdoc.text.script import fold_script
from speechdoc.text.textview import TextView, fold_by_lines

# simplified text, traditional characters, characters converted only inside a phrase (深沈, 打坏), astral ones
_PIECES = ["版权所有", "某某网", "發表時間", "網站", "深沈", "沈阳", "打坏", "破坏", "乾隆", "2024年6月12日", "\n",
           " ", "𠀋", "😀", "来源：", "文庫"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.data())
def test_a_record_folds_as_fold_script_does(pieces: list[str], data: st.DataObject) -> None:
    raw = "".join(pieces)
    view = TextView(raw, raw, raw, [0], [0])
    s = data.draw(st.integers(0, len(raw)))
    e = data.draw(st.integers(s, len(raw)))
    assert _folded(view, s, e) == fold_by_lines(fold_script, raw[s:e])


def test_a_traditional_footer_names_its_site() -> None:
    body = "今天开会，研究经济工作。" * 20
    doc = parse(f"在全县经济工作会议上的讲话\n同志们：\n{body}\n版權所有：某某縣政府網 ")
    simple = parse(f"在全县经济工作会议上的讲话\n同志们：\n{body}\n版权所有：某某县政府网 ")
    assert simple.meta.site == "某某县政府网"
    assert doc.meta.site == "某某縣政府網"  # (read on the fold, cut from the text as written)
