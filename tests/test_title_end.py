"""A title's end is found by one pattern that opens with the class of every branch's first character
(speechdoc.document.assemble._TITLE_END): it must end titles exactly where the plain alternation did."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from speechdoc import parse
from speechdoc.document.assemble import _TITLE_END

# the alternation as it was written before (each branch opening with its own class)
_PLAIN = re.compile(r"[。！？!?；;]"
                    r"|[A-Za-z](?<=[\u3400-\u9fff][A-Za-z])(?=[A-Za-z]{0,2}[0-9])[A-Za-z0-9]{1,4}(?=[ \t\u3000]{2})"
                    r"|[A-Z](?<=[\u3400-\u9fff][A-Z])[A-Z]{1,4}(?=[ \t\u3000]{2})"
                    r"|[0-9](?<=[\u3400-\u9fff][0-9])(?=[0-9]{0,2}[A-Za-z])[A-Za-z0-9]{1,4}(?=[ \t\u3000]{2})"
                    r"|[A-Z](?<=[\u3400-\u9fff][A-Z])(?:[IVX]{0,3}\.[ ]+[A-Z][a-z]|[a-z]+(?:[ ]+[A-Za-z][a-z]*){2}\b)")

_PIECES = ["工作", "回顾", "重点", "C6m", "BNC", "I.", "Review", "of", "the", "work", "5G", "2m", "x", "Q9", " ", "  ",
           "\u3000", "。", "；", "!", "?", "IV", ".", "Ab", "7a", "12"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.data())
def test_title_end_is_where_the_alternation_ends_it(pieces, data):
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    old, new = _PLAIN.search(text, start, stop), _TITLE_END.search(text, start, stop)
    assert (old and old.start()) == (new and new.start())


def test_titles_end_at_a_stop_a_junk_token_or_a_translation():
    doc = parse("一、过去五年工作回顾I. Review of the work\n二、重点任务C6m   今年经济平稳。\n三、发展目标。今年增长5%。")
    assert [n.title for n in doc.walk()] == ["过去五年工作回顾", "重点任务", "发展目标"]


def test_a_titles_trailing_marks_bold_and_junk_are_trimmed_whatever_its_last_character():
    """title_span reads a title's last character once: trailing blanks and commas go, then (only after an
    ASCII end) Markdown's bold and a site's junk string; an ideograph's end stops there."""
    from speechdoc.document.assemble import title_span

    def title(text: str, heading: bool = True) -> str:
        ts, te = title_span(text, 2, len(text), [], [0], (), heading)
        return text[ts:te]

    assert title("一、加强领导，　") == "加强领导"
    assert title("一、**加强领导**") == "加强领导"
    assert title("一、**加强领导**，") == "加强领导"
    assert title("一、去年工作回顾 *2m{i:3") == "去年工作回顾"
    assert title("一、加强GDP") == "加强GDP"
    assert title("一、加") == "加"
    assert title("一、，") == ""
    assert title("一、工作　回顾") == "工作　回顾"
    assert title("一、上半年工作回顾　　今年以来") == "上半年工作回顾"
    assert title("一、上半年工作回顾　　今年以来", heading=False) == "上半年工作回顾　　今年以来"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" \t\u3000\xa0\r\n\u200b工作aB1，。")), max_size=10))
def test_a_title_with_no_white_space_is_read_as_written(title):
    """The assembly takes a title that is printable and holds no blank as its reading without calling display
    (pipeline._SpeechTable._assemble): display gives such a title back unchanged."""
    from speechdoc.document.assemble import display

    if title.isprintable() and " " not in title:
        assert display(title) == title
