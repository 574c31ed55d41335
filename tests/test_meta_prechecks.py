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
