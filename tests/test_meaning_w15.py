"""Session W, helper meaning15: three priced leftovers of meaning14 (congress and conference work reports): counts in
篇, 期 and 部 with their deed, the 条 count after a 件 count of the same things, and a bare share of a whole the
sentence opens with (在立案的提案中，…占X%).

Texts are written here, modelled on the patterns of real pages (never copied)."""
import speechdoc


def _names(text: str) -> list[tuple]:
    return [(m.value, m.indicator) for m in speechdoc.parse(text).metrics()]


def test_articles_issues_and_books_are_counted_with_their_deed():
    assert _names("今年编发工作简报28期，出版文史资料2部，撰写调研报告17篇。") == [
        (28, "编发工作简报期数"), (2, "出版文史资料数"), (17, "撰写调研报告数")]
    assert _names("举办12期委员培训班。") == [(12, "举办委员培训班期数")]
    assert _names("形成视察报告300多篇。") == [(300, "形成视察报告数")]


def test_a_count_of_articles_in_brackets_is_page_metadata():
    assert _names("在全县组织工作会议上的讲话（精选6篇）") == []


def test_a_phase_or_an_ordinal_is_no_count_of_issues():
    assert [m.unit for m in speechdoc.parse("第4期培训班培训学员80人。").metrics()] == ["人"]
    assert _names("项目3期工程已开工。") == []


def test_the_points_after_a_count_of_opinions_are_theirs():
    assert _names("共收到代表建议21件57条。") == [(21, "收到代表建议数"), (57, "收到代表建议条数")]
    assert _names("查摆问题4项19条。") == [(4, "查摆问题数"), (19, "查摆问题条数")]


def test_a_bare_share_under_an_opening_whole_is_of_that_whole():
    text = "在立案的提案中，经济建设方面提案88件，占41.5%；社会事业方面提案60件，占28.3%。"
    assert _names(text) == [(88, "经济建设方面提案数"), (41.5, "经济建设方面提案占立案提案比重"),
                            (60, "社会事业方面提案数"), (28.3, "社会事业方面提案占立案提案比重")]


def test_a_bare_share_of_no_kind_of_the_whole_keeps_its_old_name():
    # (承办 names no kind of proposal: the share keeps the count's own name, the whole unsaid)
    assert _names("在收到的提案中，县政府承办45件，占60%。") == [(45, "承办数"), (60, "承办占比")]
