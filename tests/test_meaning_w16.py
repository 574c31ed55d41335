"""Session W, helper meaning16: two priced leftovers of meaning12 (energy, transport and water reports).

Texts are written here, modelled on the patterns of real pages (never copied)."""
import pytest

import speechdoc


def _names(text: str) -> list[tuple]:
    """Each figure's value and the name it is read under."""
    return [(m.value, m.indicator) for m in speechdoc.parse(text).metrics()]


# --- 其中 opening the sentence after the whole it breaks down ----

def test_a_part_after_a_stop_and_its_colon_is_of_the_whole_s_investment():
    assert _names("全县公路建设完成投资12.4亿元，为年计划的40.2%。其中：高速公路完成8.1亿元，为年计划的45.0%；"
                  "普通国省道建设完成2.3亿元。") == [
        (12.4, "公路建设投资"), (40.2, "公路建设投资年计划完成率"), (8.1, "高速公路投资"),
        (45.0, "高速公路投资年计划完成率"), (2.3, "普通国省道建设投资")]


def test_a_part_after_a_stop_without_a_colon_too():
    assert _names("今年以来公路建设完成投资30亿元。其中高速公路完成18.5亿元，普通国道完成6亿元。")[:2] == [
        (30, "公路建设投资"), (18.5, "高速公路投资")]


def test_the_same_reading_as_inside_the_sentence():
    one = _names("全市公路建设完成投资30亿元，其中高速公路完成18.5亿元。")
    two = _names("全市公路建设完成投资30亿元。其中高速公路完成18.5亿元。")
    assert one == two == [(30, "公路建设投资"), (18.5, "高速公路投资")]


def test_a_part_that_shares_nothing_with_the_whole_keeps_its_own_name():
    # 水运 is no kind of 公路建设: no investment of the whole is put on it
    assert _names("全市公路建设完成投资30亿元。其中：水运完成1.5亿元。")[1][1] != "水运投资"


def test_a_sentence_not_right_after_the_whole_borrows_nothing():
    recs = _names("全市公路建设完成投资30亿元。全年新开工项目12个。其中高速公路完成18.5亿元。")
    assert (18.5, "高速公路投资") not in recs


# --- a goal opened by 要加快 ----

@pytest.mark.parametrize("text, kinds", [
    # what is to be sped up sets the goals of its sentence (further too)
    ("全县要加快城乡供水一体化，今年农村自来水普及率达到95%，新增供水能力2万吨/日。", [(95, "target"), (2, "target")]),
    ("要进一步加快农村公路建设，年内新改建农村公路120公里。", [(120, "target")]),
    # a sentence that dates the past stays actual; 只要 and the next sentence are no goal
    ("我们要加快转型发展，去年全市规模工业增加值达到86亿元。", [(86, "actual")]),
    ("只要加快项目建设，全年投资就能完成50亿元。", [(50, "actual")]),
    ("各地要加快进度。上半年完成投资20亿元。", [(20, "actual")]),
])
def test_a_goal_opened_by_speeding_up(text: str, kinds: list[tuple]) -> None:
    assert [(m.value, m.kind) for m in speechdoc.parse(text).metrics()] == kinds
