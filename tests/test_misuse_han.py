"""The Han test of speechdoc.text.misuse is ``regex``'s ``\\p{Han}``, code point by code point."""
import sys
import unicodedata

import pytest
import regex

from speechdoc.text import misuse


def test_han_class_equals_regex_p_han_on_every_code_point():
    """Equal wherever Python's Unicode database knows the character; a code point it does not
    (assigned in a later Unicode, as a newer ``regex`` may know: U+2B81E in 2026.11) may differ."""
    theirs = regex.compile(r"\p{Han}").match
    differ = [hex(cp) for cp in range(sys.maxunicode + 1)
              if misuse._is_han(chr(cp)) != (theirs(chr(cp)) is not None)
              and unicodedata.category(chr(cp)) != "Cn"]
    assert differ == []
    assert misuse._is_han("中") and misuse._is_han("\U00020000") and not misuse._is_han("a")


def test_a_chinese_name_with_a_file_suffix_is_not_taken_for_a_path():
    assert misuse.check("政府工作报告.txt", "政府工作报告.txt") == []
    assert [c for _, c, *_ in misuse.check("report_2024.txt", "report_2024.txt")] == ["path-as-text"]


@pytest.mark.parametrize("text,said", [
    (" " * 5000 + "report_2024.txt" + "\n" * 3000, ["path-as-text"]),  # a name in much blank space
    ("\u3000" * 3000 + "r" * 1010 + ".pdf" + " " * 3000, ["path-as-text"]),  # 1,014 characters: still a name
    (" " * 3000 + "r" * 1030 + ".pdf", []),  # longer than any name
    ("report_2024.txt\n" + " " * 3000 + "x", []),
    (" " * 3000 + "\n" * 3000, ["empty-input"]),
    ("一、总体要求\n" * 1000, []),
])
def test_a_long_input_is_checked_like_a_short_one(text, said):
    # (found without stripping a copy of the text)
    assert [c for _, c, *_ in misuse.check(text, text)] == said
