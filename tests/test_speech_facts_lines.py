"""The lines under a speech's title that speech_facts reads (a subtitle, a byline, a date line): found as they
are read, one line ahead only where a line that opens with a dash may be a subtitle wrapped onto the next."""
from speechdoc import parse

_BODY = "今年经济运行总体平稳。" * 5


def test_a_subtitle_wrapped_onto_a_second_line_is_read_as_one():
    text = "政府工作报告\n——2021年2月2日在潮州市第十五届\n人民代表大会第七次会议上\n市长 张三\n各位代表：\n" + _BODY
    speech = parse(text).speeches[0]
    assert (speech.title, speech.occasion, speech.date) == ("政府工作报告", "潮州市第十五届人民代表大会第七次会议", "2021-02-02")
    assert speech.speaker is not None and speech.speaker.endswith("张三")  # (the byline after the two lines)


def test_the_line_after_a_dash_line_that_is_no_subtitle_is_still_read():
    # the dash line is looked at with the line after it (no subtitle), then that line is read on its own
    text = "在全县干部大会上的讲话\n-县委书记 李四\n（2023年1月5日）\n同志们：\n" + _BODY
    speech = parse(text).speeches[0]
    assert (speech.occasion, speech.date) == ("全县干部大会", "2023-01-05")


def test_the_reading_stops_at_the_first_other_line():
    text = "在全县干部大会上的讲话\n同志们：\n（2023年1月5日）\n" + _BODY
    assert parse(text).speeches[0].date is None


def test_untitled_speech_facts_are_the_shared_ones() -> None:
    # the pipeline gives a speech without a title its facts without calling speech_facts: the same values
    from speechdoc.outline.meta import speech_facts
    from speechdoc.pipeline import _NO_FACTS

    facts = speech_facts("同志们：\n今天开会。", "同志們：\n今天開會。", str, None, 10)
    assert facts.pop("title_span") is None
    assert facts == _NO_FACTS
