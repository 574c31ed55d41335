"""The garbled-text finder (:mod:`speechdoc.text.mojibake`)."""


def test_one_class_scan_finds_what_the_separate_scans_find(monkeypatch):
    """A text with no character of any signal class is read with one scan: the same spans as
    reading every class apart (checked on random mixes of plain, traditional and garbled text)."""
    import random
    import re

    from speechdoc.text import mojibake as mj

    def separate(text):
        with monkeypatch.context() as m:  # the one-class scan "finds" a signal at 0: every class is read
            m.setattr(mj, "_any_signal", lambda: re.compile(""))
            return mj.find(text)

    rng = random.Random(4)
    pool = "今天召開會議研究解決問題?傊,总书记指出ぷ鲌蟾妗。ㄒ唬┙abc?xí)国内生产总值增长" + "".join(
        chr(rng.randrange(0x3400, 0xA000)) for _ in range(40))
    texts = ["".join(rng.choice(pool) for _ in range(rng.randrange(0, 60))) for _ in range(1500)]
    texts += ["国内生产总值增长5%左右。", "為什麼要加強學習", ""]
    for text in texts:
        assert mj.find(text) == separate(text), text


def test_a_run_takes_the_stray_letter_after_it_as_the_plain_reading_does():
    """_judge extends a garbled run over the first _ or ASCII letter of the three characters after it, where only
    Han characters stand between (a pattern's match): what a look at each of the three characters gives. One stream
    of signals is read as heapq.merge reads it among others."""
    import random

    from speechdoc.text import mojibake as mj

    def plain_tail(text, e):
        for k in range(3):
            p = e + k
            if p < len(text) and (text[p] == "_" or "A" <= text[p] <= "Z" or "a" <= text[p] <= "z"):
                if all("\u3400" <= text[q] <= "\u9fff" for q in range(e, p)):
                    e = p + 1
                break
        return e

    rng = random.Random(7)
    pool = "ぷ鲌蟾_aZz?!，。 \n国為" + chr(0x3400) + chr(0x9fff) + chr(0xa000) + chr(0x33ff)
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(1, 12)))
        s = rng.randrange(len(text))
        e = rng.randrange(s, len(text) + 1)
        got: list[tuple[int, int]] = []
        mj._judge(text, [(s, e, True)], got)
        assert got[0][1] == plain_tail(text, e), (text, s, e)
    for text in ["今天召開會議,研究解決問題?傊,全縣上下要迎著困難上。ㄒ唬┙abc", "為什麼要加強學習ぷ鲌蟾妗_x。總之国内生产"]:
        signals = mj._traditional_or_not(text, 0)
        assert signals and mj._clusters(text, [signals]) == mj._clusters(text, [signals, []]) != []
