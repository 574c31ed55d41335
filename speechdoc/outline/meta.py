"""What a page says about its speech: title, occasion, date, site, speaker, truncation.

Facts are read from two places only: the chrome that cleaning set aside (date lines,
breadcrumbs, copyright lines, truncation notices) and the speech titles segmenting
found. Matching runs on the folded (simplified) view; the values are cut from the
text the user reads, so they keep the source script unless simplified was asked for.

>>> occasion_span("在县政府第二次全体(扩大)会议上的讲话")
(1, 15)
>>> speaker_span("县委书记张三在全县经济工作会议上的讲话")
(0, 6)
>>> parse_date("发表时间:2024/6/12 13:11:05")
('2024-06-12', '13:11:05')
>>> truncation_counts("……(未完,全文共8057字,当前仅显示2700字…)")
{'total_chars': 8057, 'shown_chars': 2700}
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lazy import lazy
from ..text.boilerplate import SITE_RULES
from ..text import clean as _clean  # (GLOSS is compiled at its first use)
from ..text.script import fold_script, trigger_search
from ..text.textview import TextView, fold_by_lines

__all__ = ["occasion_span", "speaker_span", "parse_date", "truncation_counts", "title_parts",
           "document_facts", "speech_facts"]

_D = "0-9０-９"
_TRANS = str.maketrans("０１２３４５６７８９", "0123456789")
# (the year's first digit first, the character before it looked back at: a pattern that opens with a class is
# looked for by the class's scan, one that opens with a look back tries a match at every character)
_DATE = lazy(rf"([{_D}](?<![{_D}][{_D}])[{_D}]{{3}})[ \t]{{0,2}}[-/.年][ \t]{{0,2}}([{_D}]{{1,2}})[ \t]{{0,2}}[-/.月]"
             rf"[ \t]{{0,2}}([{_D}]{{1,2}})(?![{_D}])日?"
             rf"(?:[ \tT]{{1,3}}([{_D}]{{1,2}})[:：]([{_D}]{{2}})(?:[:：]([{_D}]{{2}}))?)?")
_YEAR = lazy(rf"^[ \t]{{0,2}}([{_D}]{{4}})[ \t]{{0,2}}年")
_SPEECH = r"(?:动员讲话|总结讲话|讲话提纲|讲话稿|讲话|讲稿|报告|致辞|发言|主持词|讲课)"
_VENUE = r"(?:会议|大会|会|式|典礼|论坛|班|仪式|活动|座谈|讲堂|峰会|年会|论坛)"
_OCCASION = lazy(rf"在([^在\n。！？!?；;]{{2,60}}?{_VENUE})(?:上|中|期间|时)?的?{_SPEECH}")
_ROLE = (r"(?:总书记|副书记|书记|副县长|县长|副市长|市长|副省长|省长|副区长|区长|镇长|乡长|州长|旗长|副主任|主任|主席|"
         r"部长|局长|厅长|处长|秘书长|院长|校长|董事长|总经理|检察长|理事长|会长|总理|行长|所长|委员|同志)")
_SPEAKER_PREFIX = lazy(rf"^(?:[{_D}]{{4}}年)?([^在\n，,。：:]{{0,16}}?{_ROLE}[^在\n，,。：:]{{0,4}}?)(?:同志)?在")
_SPEAKER_SUFFIX = lazy(rf"{_SPEECH}(?P<sep>[ \t\u3000]{{0,3}}[(（—\-:：]{{0,2}}[ \t\u3000]{{0,2}})"
                       rf"([^\s(（)）]{{0,16}}{_ROLE}(?:[ \t\u3000]{{0,2}}[^\s(（)）]{{2,4}})?)[)）]?$")
_BYLINE_ROLE = _ROLE.replace("|同志)", ")")
_SPEAKER_LINE = lazy(rf"[(（]?([^\n(（)）。，,:：!！]{{0,16}}{_BYLINE_ROLE}(?:[ \t\u3000]{{0,2}}[^\s(（)）。，,:：!！]{{2,4}})?)[)）]?")
_COLLECTION = lazy(r"(?:合编|汇编|合集|汇总|精选|大全)(?:[(（][^()（）\n]{1,12}[)）])?[ \t\u3000]{1,4}(?=\S)")
_SITE_SUFFIX = lazy(r"[ \t\u3000]{0,2}(?:[(（【\[](?:精选|通用|完整|最新|范文|全文|推荐|热门|优秀|word|WORD)[^()（）【】\[\]\n]{0,10}"
                    r"[)）】\]]|范文|(?:精选|通用)[0-9]{0,3}篇?|[ \t\u3000]{0,2}[_|｜\-–—][ \t\u3000]{0,2}[^\s_|｜]{2,12}(?:网|网站|文库))$")
_NUM = rf"([{_D}]{{1,9}})"
_COUNTS = [
    ("omitted_chars", lazy(rf"(?:省略|隐藏)[ \t]{{0,2}}{_NUM}[ \t]{{0,2}}字")),
    ("total_chars", lazy(rf"全文(?:共|约)?[ \t]{{0,2}}{_NUM}[ \t]{{0,2}}字")),
    ("shown_chars", lazy(rf"(?:仅|只)?显示(?:了)?(?:前)?[ \t]{{0,2}}{_NUM}[ \t]{{0,2}}字")),
]
#: the last characters of the roles (书记 县长 主任 主席 总理 委员 同志 …): a title with none of them names no speaker
_ROLE_ENDS = frozenset(role[-1] for role in _ROLE[3:-1].split("|"))
#: the words one of which every match of _COLLECTION or _SITE_SUFFIX holds, unless the match ends with a site's
#: name (…网, …网站, …文库): a title with none of them, that ends otherwise, has neither (most titles)
_PART_WORDS = lazy(r"合编|汇编|合集|汇总|精选|大全|通用|完整|最新|范文|全文|推荐|热门|优秀|word|WORD")
_SITE_ENDS = ("网", "站", "库")
_DIGIT = lazy(rf"[{_D}]")
# (the name is group 1; 文章来源 is read as 来源: a pattern that opens with a word is looked for by a fast search,
# one that opens with an optional word tries a match at every character)
_SOURCE = lazy(r"来源[ \t\u3000]{0,4}[:：][ \t\u3000]{0,4}([^\s:：|]{1,30})")


def occasion_span(title: str) -> tuple[int, int] | None:
    """Span of the occasion in a (folded) title: ``在…上的讲话`` → the part after 在."""
    m = _OCCASION.search(title) if "在" in title else None
    return m.span(1) if m else None


def speaker_span(title: str) -> tuple[int, int] | None:
    """Span of the speaker named in a (folded) title, before 在 or after 讲话."""
    if _ROLE_ENDS.isdisjoint(title):  # (the cheap test first: both patterns read a role)
        return None
    m = (_SPEAKER_PREFIX.search(title) if "在" in title else None) or _SPEAKER_SUFFIX.search(title)
    return m.span(m.lastindex or 1) if m else None


def parse_date(text: str) -> tuple[str, str | None] | None:
    """ISO date and time of the first date in ``text``."""
    m = _DATE.search(text) if _DIGIT.search(text) else None  # (the cheap test first: a title seldom has a digit)
    if not m:
        return None
    y, mo, d, hh, mm, ss = m.groups()
    if not (y + mo + d + (hh + mm + (ss or "") if hh else "")).isascii():  # (full-width digits: most dates have none)
        y, mo, d = y.translate(_TRANS), mo.translate(_TRANS), d.translate(_TRANS)
        if hh:
            hh, mm = hh.translate(_TRANS), mm.translate(_TRANS)
            ss = ss.translate(_TRANS) if ss else ss
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    # (month, day and hour are one or two digits: padded by hand, where a format spec cost ~2 k each)
    date = f"{y}-{mo if len(mo) == 2 else '0' + mo}-{d if len(d) == 2 else '0' + d}"
    time = (f"{hh if len(hh) == 2 else '0' + hh}:{mm}:{ss}" if ss else f"{hh if len(hh) == 2 else '0' + hh}:{mm}") \
        if hh else None
    return date, time


def truncation_counts(text: str) -> dict[str, int]:
    """The character counts a truncation notice states."""
    out: dict[str, int] = {}
    for key, rule in _COUNTS:
        for m in rule.finditer(text):
            out[key] = out.get(key, 0) + int(m.group(1).translate(_TRANS)) if key == "omitted_chars" \
                else out.get(key, int(m.group(1).translate(_TRANS)))
    return out


def title_parts(title: str) -> tuple[int, int]:
    """The speech's own title inside a found title line: after a collection's name, before a site's suffix."""
    start = 0
    end = len(title)
    if _PART_WORDS.search(title) or title.rstrip("\n").endswith(_SITE_ENDS):  # (the cheap test first)
        for m in _COLLECTION.finditer(title):
            start = m.end()
        m = _SITE_SUFFIX.search(title, start)
        if m and m.start() > start:
            end = m.start()
    m = _SPEAKER_SUFFIX.search(title, start, end)
    if m and m.start("sep") > start:
        end = m.start("sep")
    return start, end


_NO_FACTS = frozenset({"page_break", "toc"})
#: every name a site rule reads ends with one of these (…网, …网站, …文库, …站): a record without any is not read
_SITE_WORDS = ("网", "站", "文库")
_NET, _STATION, _LIBRARY = _SITE_WORDS  # (tested one by one: a generator over them cost ~3 k instructions a record)


def document_facts(view: TextView, shown: str, display: Callable[[str], str], noise: Sequence[tuple[str, int, int]],
                   front_end: int, first_title: str | None, simplified: bool = False) -> dict[str, object]:
    """Fields of DocumentMeta; ``noise`` are (kind, view start, view end).

    The title is a collection's name found before ``front_end`` (view offset of the
    first speech's title), else the first speech's title. ``simplified``: ``shown`` is the
    folded view, and what is read from chrome is folded too.
    """
    fold = view.fold
    if not noise:  # (most short pages: no chrome, so no fact but the title; no site rule, no record to read)
        return {"title": (_front_title(fold, shown, display, front_end) if front_end > 0 else None) or first_title,
                "date": None, "time": None, "site": None, "source": None, "truncated": False, "omitted_chars": None,
                "total_chars": None, "shown_chars": None}
    facts: dict[str, object] = {"title": None, "date": None, "time": None, "site": None, "source": None,
                                "truncated": False, "omitted_chars": None, "total_chars": None, "shown_chars": None}
    # page breaks and tables of contents state no facts about the page: thousands of them cost nothing here.
    # One pass, each record folded when it is read: a list of every folded record held a copy of all the
    # chrome at once (8 bytes per input character on a document that ends in a long licence).
    site_rule = len(SITE_RULES)
    sites: dict[int, str] = {}  # rule index -> what its first matching record reads
    for kind, s, e in noise:
        if kind in _NO_FACTS:
            continue
        # a record is folded only if a fact may still be read from it (most chrome is read only for
        # the site's name, and no longer once the first rule has read one)
        if site_rule == 0 and kind != "truncation" and (
                kind not in ("dateline", "source") or (facts["date"] is not None and facts["source"] is not None)):
            continue
        text = _folded(view, s, e)
        if facts["date"] is None and kind in ("dateline", "source"):
            found = parse_date(text)
            if found:
                facts["date"], facts["time"] = found
        if facts["source"] is None and kind in ("dateline", "source"):
            m = _SOURCE.search(text)
            if m:
                facts["source"] = display(_cut(view, simplified, s, m.start(1), m.end(1)))
        if kind == "truncation":
            facts["truncated"] = True
            for key, value in truncation_counts(text).items():
                if key == "omitted_chars":
                    facts[key] = (facts[key] or 0) + value  # type: ignore[operator]
                elif facts[key] is None:
                    facts[key] = value
        named = _NET in text or _STATION in text or _LIBRARY in text  # (_SITE_WORDS)
        for r in range(site_rule if named else 0):
            if r not in sites and (m := SITE_RULES[r].search(text)):
                sites[r] = display(_cut(view, simplified, s, m.start(1), m.end(1)))
                if sites[r]:
                    site_rule = r  # later rules cannot win now
                    break
    # as if each rule in turn looked through every record: the first rule that reads a name wins; a rule
    # that only reads an empty one does not stop the rules after it
    for r in sorted(sites) if sites else ():  # (most pages: no site named)
        facts["site"] = sites[r]
        if sites[r]:
            break
    facts["title"] = _front_title(fold, shown, display, front_end) or first_title
    return facts


def speech_facts(fold: str, shown: str, display: Callable[[str], str],
                 title_span: tuple[int, int] | None, limit: int) -> dict[str, object]:
    """Own title span, occasion, speaker and date of one speech (view offsets in, text out)."""
    out: dict[str, object] = {"title_span": title_span, "occasion": None, "speaker": None, "date": None}
    if not title_span:
        return out
    ts, te = title_span
    a, b = title_parts(fold[ts:te])
    ts, te = ts + a, ts + b
    while te > ts and fold[te - 1] in " \t\u3000":
        te -= 1
    out["title_span"] = (ts, te)
    title = fold[ts:te]
    occ = occasion_span(title)
    if occ:
        out["occasion"] = display(shown[ts + occ[0]:ts + occ[1]])
    spk = speaker_span(fold[title_span[0]:title_span[1]])
    if spk:
        base = title_span[0]
        out["speaker"] = display(shown[base + spk[0]:base + spk[1]])
    found = parse_date(title)
    if found:
        out["date"] = found[0]
    # a subtitle (——2023年1月10日在…会议上), a byline (县委书记 张三), a date line
    # (the lines are found as they are read: most titles are followed by none of these, read no further)
    # (up to 4 lines, each found by _line_after from where the one before ends: no generator made)
    at, left = title_span[1], 4
    ahead = None  # the line after the one read, found to join a wrapped subtitle
    while True:
        if ahead is not None:
            span, ahead = ahead, None
        elif left and (span := _line_after(fold, at, limit)) is not None:
            at, left = span[2], left - 1
        else:
            break
        a, b, _ = span
        line = fold[a:b]
        sub = _SUBTITLE.fullmatch(line)
        if sub is None and line[:1] in "—-－–" and left and (ahead := _line_after(fold, at, limit)) is not None:
            # a subtitle the page wrapped onto a second line (——2021年2月2日在潮州市第十五届 /
            # 人民代表大会第七次会议上): read as one line, mapped back to the two
            at, left = ahead[2], left - 1
            na, nb, _ = ahead
            sub = _SUBTITLE.fullmatch(line + fold[na:nb])
            if sub is not None:
                occ_s, occ_e = sub.start("occ"), sub.end("occ")
                to_view = (lambda k: a + k if k <= len(line) else na + k - len(line))
                if out["occasion"] is None:
                    out["occasion"] = display(shown[to_view(occ_s):to_view(occ_e)].replace("\n", ""))
                if out["date"] is None:
                    found = parse_date(line)
                    out["date"] = found[0] if found else None
                ahead = None  # (read with it)
                continue
        byline = (_SPEAKER_LINE.fullmatch(line) or _NAME_LINE.fullmatch(line)) if len(line) <= 24 else None
        dated = _DATE_LINE.fullmatch(line)
        if not (sub or byline or dated):
            break
        if sub and out["occasion"] is None:
            out["occasion"] = display(shown[a + sub.start("occ"):a + sub.end("occ")])
        if byline and out["speaker"] is None:
            out["speaker"] = display(shown[a + byline.start(1):a + byline.end(1)])
        if (sub or dated) and out["date"] is None:
            found = parse_date(line)
            out["date"] = found[0] if found else None
    if out["date"] is None:
        y = _YEAR.match(title)
        if y:
            out["date"] = y.group(1).translate(_TRANS)
    return out


_SUBTITLE = lazy(rf"[—\-－–]{{0,4}}[ \t\u3000]{{0,2}}(?:{_DATE.pattern})?[ \t\u3000]{{0,2}}"
                 rf"在(?P<occ>[^在\n。！？!?；;]{{2,60}}?{_VENUE})(?:上|中|期间)?(?:的?{_SPEECH})?")
# a name alone under the title block (习　近　平): 2–4 Han characters, maybe letter-spaced
_NAME_LINE = lazy(r"(?!摘要|全文|提纲|讲话|发言|致辞|报告)([\u4e00-\u9fff](?:[ \t\u3000]{0,2}[\u4e00-\u9fff]){1,3})")
_DATE_LINE = lazy(rf"[(（]?[ \t\u3000]{{0,2}}(?:{_DATE.pattern})[ \t\u3000]{{0,2}}[)）]?")


_BLANK_LINES = lazy(r"[\n \t\u3000]*")


def _line_after(fold: str, pos: int, limit: int) -> tuple[int, int, int] | None:
    """The trimmed span of the first non-blank line after the line end at or after ``pos``, and where that
    line ends; None where there is none before ``limit``, or it is long (no line under a title then)."""
    nl = fold.find("\n", pos, limit)
    if nl < 0:
        return None
    a = _BLANK_LINES.match(fold, nl, limit).end()  # the next line's text: blank lines are skipped at once
    if a >= limit:
        return None
    end = fold.find("\n", a, limit)
    end = limit if end < 0 else end
    b = end
    while b > a and fold[b - 1] in " \t\u3000":
        b -= 1
    return (a, b, end) if b - a <= 60 else None


def _folded(view: TextView, s: int, e: int) -> str:
    """The folded chrome text (masked in the view, so folded afresh from the input)."""
    a, b = view.boundary(s), view.boundary(e)
    raw = view.raw[a:b]
    # a record without a character where the fold may differ is its own fold (most chrome): fold_script
    # would find none with the same class and give the text back, after ~6 calls
    search = trigger_search()
    if search is not None and search(raw) is None:
        return raw
    return fold_by_lines(fold_script, raw)


def _cut(view: TextView, simplified: bool, s: int, a: int, b: int) -> str:
    """Text the user reads for offsets ``a:b`` of the chrome record starting at view offset ``s``."""
    r0 = view.boundary(s)
    raw = _clean.GLOSS.sub("", view.raw[r0 + a:r0 + b])
    return fold_script(raw) if simplified else raw


_FRONT_TITLE = lazy(r"[^\n。！？!?；;]{4,120}(?:合编|汇编|合集)(?:[(（][^()（）\n]{1,12}[)）])?")
_COLLECTED = ("合编", "汇编", "合集")  # the words one of which a collection's name holds


def _front_title(fold: str, shown: str, display: Callable[[str], str], front_end: int) -> str | None:
    """A collection's name (``…讲话稿合编``) on a line before the first speech's title."""
    if front_end <= 0:
        return None  # (no line before the first speech: most short texts)
    # only a line that holds one of the words can be the name: those lines are read, in order, not every line
    # before the first title (a page's masked chrome is a run of line breaks there, one a character)
    starts = set()
    for word in _COLLECTED:
        i = fold.find(word, 0, front_end)
        while i >= 0:
            starts.add(fold.rfind("\n", 0, i) + 1)
            i = fold.find(word, i + len(word), front_end)
    for pos in sorted(starts) if starts else ():  # (no line can be a collection's name: most pages)
        nl = fold.find("\n", pos, front_end)
        line = fold[pos:front_end if nl < 0 else nl].strip(" \t\u3000")
        if _FRONT_TITLE.fullmatch(line):
            off = fold.index(line, pos)
            m = _SITE_SUFFIX.search(line)
            return display(shown[off:off + (m.start() if m and m.start() > 0 else len(line))])
    return None
