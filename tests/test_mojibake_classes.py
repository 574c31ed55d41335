"""The written-out classes of speechdoc.text.mojibake_classes are what the GB2312 and Big5 codecs give."""
import re
import sys

from speechdoc.text import mojibake, mojibake_classes


def test_written_classes_are_the_codecs_classes():
    assert (mojibake_classes.RARE, mojibake_classes.NOT_BIG5, mojibake_classes.NOT_GB) == mojibake.make_classes()


def test_classes_match_the_same_code_points_as_the_codecs_sets():
    made = [re.compile(c) for c in mojibake.make_classes()]
    used = mojibake._classes()
    for ours, theirs in zip(used, made):
        differ = [hex(cp) for cp in range(sys.maxunicode + 1)
                  if (ours.match(chr(cp)) is None) != (theirs.match(chr(cp)) is None)]
        assert differ == []


def test_each_class_holds_what_its_name_says():
    rare, not_big5, not_gb = mojibake._classes()
    assert not_big5.match("这") and not not_big5.match("這")  # simplified-only
    assert not_gb.match("這") and not not_gb.match("这")  # traditional-only
    assert not rare.match("中") and not rare.match("这") and not rare.match("這")
