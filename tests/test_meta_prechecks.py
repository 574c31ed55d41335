"""The page-fact readers skip a rule whose words a text does not hold (issue 10): a chrome record
with none of the words a site's name ends with is not searched by the site rules, and a front
without 合编/汇编/合集 holds no collection's name. These tests hold the rules to those words."""
from __future__ import annotations

import re

from speechdoc.outline import meta
from speechdoc.text.boilerplate import SITE_RULES


def test_every_site_rule_reads_a_name_that_ends_with_a_site_word():
    for rule in SITE_RULES:
        # the name is group 1, and it ends with the alternation (?:网|网站|…) that closes the group
        ends = re.search(r"\(\?:([^()]*)\)\)", rule.pattern)
        assert ends is not None, rule.pattern
        for word in ends.group(1).split("|"):
            assert any(w in word for w in meta._SITE_WORDS), (word, rule.pattern)


def test_a_collections_name_holds_one_of_its_words():
    assert re.search(r"\(\?:([^()]*)\)", meta._FRONT_TITLE.pattern).group(1).split("|") == list(meta._COLLECTED)


def test_a_site_named_in_a_breadcrumb_is_read_and_one_without_a_site_word_is_not():
    import speechdoc

    page = "您的位置：首页 > 县政府门户网 > 讲话\n在全县工作会议上的讲话\n同志们：\n一、工作回顾\n"
    assert speechdoc.parse(page).meta.site == "县政府门户网"
    assert speechdoc.parse(page.replace("门户网", "门户")).meta.site is None


# parse_date as it read dates before its pattern opened with the year's first digit (issue 10): a look back
# first, every group translated, the numbers formatted
_OLD_DATE = re.compile(r"(?<![0-9０-９])([0-9０-９]{4})[ \t]{0,2}[-/.年][ \t]{0,2}([0-9０-９]{1,2})[ \t]{0,2}[-/.月]"
                       r"[ \t]{0,2}([0-9０-９]{1,2})(?![0-9０-９])日?"
                       r"(?:[ \tT]{1,3}([0-9０-９]{1,2})[:：]([0-9０-９]{2})(?:[:：]([0-9０-９]{2}))?)?")
_WIDE = str.maketrans("０１２３４５６７８９", "0123456789")


def _old_parse_date(text: str):
    m = _OLD_DATE.search(text)
    if not m:
        return None
    y, mo, d, hh, mm, ss = (g.translate(_WIDE) if g else None for g in m.groups())
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{y}-{int(mo):02d}-{int(d):02d}", (f"{int(hh):02d}:{mm}" + (f":{ss}" if ss else "") if hh else None)


def test_dates_are_read_as_the_plain_reading_reads_them():
    import random

    rng = random.Random(10)
    digits = "0123456789０１２３４５６７８９"

    def num(k: int) -> str:
        return "".join(rng.choice(digits) for _ in range(k))

    def pick(*options: str) -> str:
        return rng.choice(options)

    texts = ["发表时间:2024/6/12 13:11:05", "２０２４年６月１２日 ９:０５", "2024-1-1 1:05", "12024-1-1", "2024年1月2日"]
    for _ in range(12000):
        text = pick("", "时间:", "第", "1", "１", "x ") + num(rng.choice((3, 4, 4, 4, 5))) + pick("", " ", "  ", "\t")
        text += pick("-", "/", ".", "年", "月", "x") + pick("", " ") + num(rng.choice((1, 2, 2, 3)))
        text += pick("-", "/", ".", "月", "日") + pick("", " ") + num(rng.choice((1, 2, 2, 3))) + pick("", "日", "号")
        text += pick("", " ", "T", "  ", "\t", "    ") + pick("", num(rng.choice((1, 2, 3))) + pick(":", "：", "-"))
        text += pick("", num(2), num(1)) + pick("", ":" + num(2), "：" + num(2), ":" + num(1)) + pick("", "0", "发布")
        texts.append(text)
    read = [meta.parse_date(text) for text in texts]
    assert read == [_old_parse_date(text) for text in texts]
    assert sum(r is not None for r in read) > 250 and sum(r is not None and r[1] is not None for r in read) > 40


def test_a_source_label_is_read_as_before_its_pattern_dropped_the_optional_word_before_it():
    import random

    old = re.compile(r"(?:文章)?来源[ \t\u3000]{0,4}[:：][ \t\u3000]{0,4}([^\s:：|]{1,30})")
    rng = random.Random(11)
    pieces = ["文章", "来源", "来", "源", ":", "：", " ", "\u3000", "|", "新华网", "x", "\n"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(5000)]
    found = 0
    for text in texts:
        a, b = old.search(text), meta._SOURCE.search(text)
        assert (a and a.span(1)) == (b and b.span(1)), text
        found += a is not None
    assert found > 150


def _front_title_line_by_line(fold: str, front_end: int) -> str | None:
    """The collection's name as read before only the lines holding a collection word were read: every line
    before ``front_end``, in order."""
    pos = 0
    while pos < front_end:
        nl = fold.find("\n", pos, front_end)
        end = front_end if nl < 0 else nl
        line = fold[pos:end].strip(" \t\u3000")
        if line and meta._FRONT_TITLE.fullmatch(line):
            off = fold.index(line, pos)
            m = meta._SITE_SUFFIX.search(line)
            return fold[off:off + (m.start() if m and m.start() > 0 else len(line))]
        if nl < 0:
            break
        pos = nl + 1
    return None


def test_a_collections_name_is_read_from_the_lines_that_hold_its_word_as_from_every_line():
    import random

    rnd = random.Random(7)
    pieces = ["\n", "\n" * 40, "  ", "\u3000", "合编", "汇编", "合集", "讲话稿", "2021年", "在全县工作会议上", "。",
              "（上）", "(二)", "合", "编", "文库网", "第一", "\t"]
    for _ in range(3000):
        fold = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        for front_end in {0, len(fold), rnd.randint(0, len(fold))}:
            assert meta._front_title(fold, fold, str, front_end) == _front_title_line_by_line(fold, front_end), \
                (fold, front_end)
    # a masked page head (a run of line breaks) before the name, a line with the word that is no name first
    fold = "\n" * 90 + "资料合集下载\n" + "\n" * 30 + "2021年在全县工作会议上的讲话稿合编\n在全县工作会议上的讲话\n"
    assert meta._front_title(fold, fold, str, fold.index("在全县工作会议上的讲话\n")) == "2021年在全县工作会议上的讲话稿合编"
