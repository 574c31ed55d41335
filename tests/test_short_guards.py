"""The cheap tests that skip a pattern on a short text (issue 10) skip only where the pattern cannot match:
each guarded reading equals the pattern's own on self-written titles and lines."""
from speechdoc import parse
from speechdoc.outline import meta
from speechdoc.outline.segment import _NUMBERED_SAMPLE, _numbered_sample


def _title_parts_unguarded(title: str) -> tuple[int, int]:
    start = 0
    for m in meta._COLLECTION.finditer(title):
        start = m.end()
    end = len(title)
    m = meta._SITE_SUFFIX.search(title, start)
    if m and m.start() > start:
        end = m.start()
    m = meta._SPEAKER_SUFFIX.search(title, start, end)
    if m and m.start("sep") > start:
        end = m.start("sep")
    return start, end


TITLES = [
    "在全镇秋冬种工作会议上的讲话", "区长在全区安全生产大会上的讲话_范文网", "镇党委书记在全镇干部大会上的讲话\n",
    "领导讲话稿汇编 在全县教育工作会议上的讲话（精选5篇）", "在全市招商引资推进会上的讲话范文", "在开学典礼上的致辞 - 公文站",
    "在老干部座谈会上的讲话（通用）", "在全县春耕生产会议上的讲话-文库", "2021年在全乡经济工作会上的讲话 副乡长 王某",
    "", "网", "在表彰大会上的讲话 word", "在誓师大会上的讲话_某某网\n",
]


def test_title_parts_reads_as_its_patterns_do():
    for title in TITLES:
        assert meta.title_parts(title) == _title_parts_unguarded(title), title


def test_speaker_and_date_read_as_their_patterns_do():
    for title in TITLES + ["县长张某在全县大会上的讲话", "在大会上的讲话 （2023年3月5日）", "２０２３年在全县大会上的报告"]:
        m = (meta._SPEAKER_PREFIX.search(title) if "在" in title else None) or meta._SPEAKER_SUFFIX.search(title)
        assert meta.speaker_span(title) == (m.span(m.lastindex or 1) if m else None), title
        assert (meta.parse_date(title) is None) == (meta._DATE.search(title) is None), title
    assert meta.speaker_span("县长张某在全县大会上的讲话") == (0, 4)
    assert meta.parse_date("在大会上的讲话 （2023年3月5日）") == ("2023-03-05", None)


def test_a_numbered_sample_is_read_only_where_it_says_pian():
    for unit in ["市长安全生产讲话 篇2", "在全县大会上的讲话（篇二）", "在全县大会上的讲话", "第二篇", "篇", "讲话篇十一"]:
        assert _numbered_sample(unit) == (_NUMBERED_SAMPLE.fullmatch(unit) is not None), unit


def test_metrics_across_a_wrap_are_read_when_first_asked_for():
    # the view joined across the wraps is made by the extraction, not the parse: 4.29亿⏎元 is still one value
    text = ("今年以来，全县上下团结一心，克难攻坚，经济运\n行总体平稳。截止6月底，完成农业总产值4.29亿\n"
            "元，增长3.3%；完成工业总产值47.1亿元，增长\n25.5%；完成第三产业增加值7.4亿元，增长9%。下\n"
            "一步，我们要抓好项目建设，确保全年目标完成。\n二、下步打算")
    doc = parse(text)
    assert [(m.value, m.unit) for m in doc.metrics()][:4] == [(4.29, "亿元"), (3.3, "%"), (47.1, "亿元"), (25.5, "%")]
