"""The Han test of speechdoc.text.misuse is ``regex``'s ``\\p{Han}``, code point by code point."""
import sys

import regex

from speechdoc.text import misuse


def test_han_class_equals_regex_p_han_on_every_code_point():
    theirs = regex.compile(r"\p{Han}").match
    differ = [hex(cp) for cp in range(sys.maxunicode + 1)
              if misuse._is_han(chr(cp)) != (theirs(chr(cp)) is not None)]
    assert differ == []


def test_a_chinese_name_with_a_file_suffix_is_not_taken_for_a_path():
    assert misuse.check("政府工作报告.txt", "政府工作报告.txt") == []
    assert [c for _, c, *_ in misuse.check("report_2024.txt", "report_2024.txt")] == ["path-as-text"]
