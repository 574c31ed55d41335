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
