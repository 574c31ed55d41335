"""Page chrome as data: the rules that recognise web boilerplate, compiled at their first use.

Rules match the *folded* view (simplified script), so one row covers both scripts:
``發表時間`` folds to ``发表时间``. Two tables:

* :data:`LINE_RULES` — a whole physical line (edges trimmed) is chrome: a
  breadcrumb, a date line, a footer. Tried in order; the first match wins.
* :data:`INLINE_RULES` — a notice inside running text: truncation notices,
  ``3590 字范文``. Scanned over the whole fold, so every pattern has bounded counts
  (no quadratic scans on 40k-char runs), and only when the fold holds one of the
  words every match of it contains (:func:`inline_rules`).

The tables hold pattern sources; they are compiled when the first text is cleaned, not
when speechdoc is imported. A new kind of chrome is one row here plus one fixture in
``fixtures/clean/``.

>>> [k for k, _ in LINE_RULES][:3]
['breadcrumb', 'dateline', 'dateline']
>>> line_kind("您的位置:新文秘网>>政府报告>>正文")
'breadcrumb'
>>> line_kind("同志们:") is None
True
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain

from ..lazy import class_body, first_chars, first_class, lazy

__all__ = ["LINE_RULES", "INLINE_RULES", "INLINE_REACH", "MAX_LINE", "LINE_TRIM", "line_kind", "any_line", "chrome_lines",
           "inline_rules", "form_feed", "SITE_RULES"]

#: lines longer than this are never whole-line chrome (chrome is short)
MAX_LINE = 400
#: what a line rule never sees at the edges of a line (a line is trimmed of it first)
LINE_TRIM = " \t\u3000\xa0\r"

_PAGE_NO = r"[0-9０-９]{1,4}"
_DATE = r"(?:\d{4}\s{0,2}[-/.年]\s{0,2}\d{1,2}\s{0,2}[-/.月]\s{0,2}\d{1,2}\s{0,2}日?)"
_SEP = r"[ \t\u3000]{0,4}[:：]"

_ICP = r"(?i:.{0,40}icp[备证]\s{0,2}\d{4,12}号.{0,60})"  # 苏ICP备13036920号-1, 网站备案：京icp证…

# (kind, pattern source): fullmatch on one trimmed folded line; compiled at the first use, as one alternation
LINE_RULES: list[tuple[str, str]] = [
    ("breadcrumb", r"(?:您的位置|你的位置|您现在的位置|当前位置|所在位置|现在位置)" + _SEP + r".{0,300}"),
    # 发布时间:2024/6/12 13:11:05 (… 来源: … 点击: …)
    ("dateline", r"(?:发布|发表|更新|上传|录入|添加)?(?:时间|日期)" + _SEP + r"[ \t\u3000]{0,4}" + _DATE + r".{0,120}"),
    # file-sharing header: - 2021-05-25 发布 |
    ("dateline", r"-?[ \t\u3000]{0,4}" + _DATE + r"[ \t\u3000]{0,4}(?:发布|上传)[ \t\u3000]{0,4}\|?"),
    # 2021-02-25 10:22 来源:… / 作者:… (a date line without its label)
    ("dateline", _DATE + r"[ \t\u3000]{0,3}(?:\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]{0,3}"
                 r"(?:来源|作者|点击|浏览|编辑|发布|阅读)[ \t\u3000]{0,3}[:：]?.{0,80}"),
    ("source", r"(?:来源|点击|点击数|浏览|浏览次数|阅读|阅读次数|作者|投稿|编辑|责任编辑|文章来源)" + _SEP + r".{0,80}"),
    # a printed page number on its own line: — 2 —, - 3 -, 第 3 页, 第3页 共10页, Page 3 of 10
    ("page_break",
        r"(?i:[-—–－─―‒~～]{1,3}[ \t\u3000]{0,3}" + _PAGE_NO + r"[ \t\u3000]{0,3}[-—–－─―‒~～]{1,3}"
        r"|第[ \t\u3000]{0,2}" + _PAGE_NO + r"[ \t\u3000]{0,2}页(?:[ \t\u3000,，/／]{0,3}共[ \t\u3000]{0,2}" + _PAGE_NO
        + r"[ \t\u3000]{0,2}页)?|共[ \t\u3000]{0,2}" + _PAGE_NO + r"[ \t\u3000]{0,2}页[ \t\u3000,，/／]{0,3}第[ \t\u3000]{0,2}"
        + _PAGE_NO + r"[ \t\u3000]{0,2}页|page[ \t]{0,2}" + _PAGE_NO + r"(?:[ \t]{0,2}(?:of|/)[ \t]{0,2}" + _PAGE_NO + ")?)"),
    ("file_header", r"(?i:-?[ \t\u3000]{0,4}\d{1,6}(?:\.\d{1,3})?[ \t\u3000]{0,4}[KMG]B[ \t\u3000]{0,4}\|?)"),
    ("file_header", r"-?[ \t\u3000]{0,4}\d{1,5}[ \t\u3000]{0,4}页[ \t\u3000]{0,4}\|?"),
    ("file_header", r"(?:申明敬告|声明敬告|文档介绍|文档简介|下载文档|免费下载|收藏文档|文档格式)" + r".{0,300}"),
    # a site's footer that names the page's column and repeats its opening as a summary
    # (《…的讲话》所在栏目:优质范文 > 内容摘要:同志们: 刚才,… 一、思想认识要再提高。)
    # ... and an editor's note on a line of its own, which sums up the speech's points before it
    # (编者按:本文主要从…几个方面进行阐述…主要内容包括:一是…、二是…): the site's preview, not the speech's list
    # (and a site's or a journal's abstract labelled in brackets: 【摘要】:五、…要求在介绍…, [摘 要]…: it copies the text's
    # heading glued to the text's first sentence)
    ("footer", r"(?:《[^》\n]{1,80}》[ \t\u3000]{0,2}所在栏目[:：].{0,390}|(?:内容摘要|内容简介|文章摘要|编者按)[:：].{0,390}"
               r"|[【\[](?:编者按|摘[ \t\u3000]{0,2}要)[】\]][:：]?.{0,390})"),
    # a document site's notice, often a numbered list of its own (- 1、本文档由用户上传… 2、本站不保证…; - 1、下载文档前请
    # 自行甄别…平台不提供…附加服务。 2、"仅部分预览"的文档…可反馈申请退款 3、如文档侵犯您的权益,请联系客服反馈…), its
    # number given twice where a page's list markup numbers the items again (1. 1、下载文档前…)
    ("file_header", r"(?:[-•·][ \t\u3000]{0,2})?(?:[0-9]{1,2}[、.．][ \t\u3000]{0,2}){0,2}"
                    r"(?:(?:本文档|本站|本网站)(?:由|内容|所有|不保证|仅供|为用户|部分|资源|文档).{0,300}"
                    r"|(?:下载文档|[\"“]?仅部分预览[\"”]?的文档|如文档侵犯)[^\n]{0,120}(?:附加服务|退款|客服|平台)[^\n]{0,120})"),
    ("promo", r"(?:下面是小编|以下是小编|下面是为大家|以下是为大家|本文是小编|小编为大家|本篇文章|欢迎阅读|欢迎大家阅读"
              r"|以上就是小编|以上是小编|更多相关(?:内容|文章|阅读|范文|资料|推荐)|相关阅读|热门推荐|猜你喜欢|文章来源于网络)"
              # one sentence: a page that glued the speech onto the promo's line keeps the speech
              r"[^\n。！？!?]{0,300}(?:[。！？!?]{1,3}[”’」』)）]?)?"),
    # (and a document site's header line: 字数:4205 字 浏览:1727次 下载:10次)
    ("page_meta", r"[【\[]?(?:全文共|本文共|文章共|阅读本文大约需要|阅读本文需要)[ \t\u3000]{0,2}\d{1,7}[ \t\u3000]{0,2}(?:字|分钟).{0,40}"
                  r"|字数[ \t\u3000]{0,2}[:：][ \t\u3000]{0,2}\d{1,7}[ \t\u3000]{0,2}字.{0,60}"
                  r"|[【\[]?字体[:：].{0,20}|[【\[]?(?:打印本页|关闭窗口|微信扫一扫|分享到|收藏本页)[】\]]?.{0,30}|[【\[]?举报[】\]]?"),
    # labels that are chrome whatever follows them
    ("footer",
        r"(?i:(?:推荐访问|相关热词搜索|热词搜索|版权所有|版权声明|copyright|powered by|备案号|客服微信|客服qq|联系客服|免责声明"
        r"|本站部分文章|本站文章均|温馨提示).{0,300})"),
    # links and headings that are chrome alone or before a colon (阅读全文件后… stays text)
    ("footer",
        r"(?:热点文章阅读|热门文章|相关文章|相关推荐|文章搜索|最新文章|查看更多|展开阅读全文|展开全文|阅读全文|继续阅读"
        r"|发布评论|发表评论|网友评论|注册[ \t\u3000\xa0]{0,4}登[陆录]|登[陆录][ \t\u3000\xa0]{0,4}注册|不存在或已删除"
        r"|上一篇|下一篇|返回顶部|返回首页|点击下载|下载文档|全文阅读已结束|收藏本文|分享到)"
        r"(?:[ \t\u3000]{0,2}[:：].{0,300}|[ \t\u3000>»›…。.!！]{0,4})"),
    ("footer", _ICP),
    ("footer", r"(?i:[.。…·]{3,400}|(?:public domain|false|true))"),
    ("truncation", r"(?:预览结束|预览已结束|试读结束|未完待续|内容已省略"
                   r"|还剩[ \t\u3000]{0,2}\d{1,5}[ \t\u3000]{0,2}页未读).{0,40}"),
]

_N = r"[0-9０-９]{1,9}"
# (kind, pattern source, words): finditer over the whole fold, run only when the fold holds one of
# the words (every match contains one). Each pattern opens with one character class or literal (the
# optional lead-in of the first two is taken apart after its first character by lookbehinds), so re
# skips plain text in a C loop instead of trying the pattern at every position
_LEAD_IN = (r"[….(（ \t\u3000](?:(?<=…)…?[ \t\u3000]{0,3}[(（]|(?<=\.)\.{2,5}[ \t\u3000]{0,3}[(（]"
            r"|(?<=[ \t\u3000])[ \t\u3000]{0,2}[(（]|(?<=[(（]))")  # (?:…{1,2}|\.{3,6})?[ \t\u3000]{0,3}[(（]
INLINE_RULES: list[tuple[str, str]] = [
    # ……(新文秘网http://…省略962字,正式会员可完整阅读)……
    ("truncation",
     _LEAD_IN + r"[^()（）\n]{0,80}?(?:省略|隐藏)[ \t\u3000]{0,2}" + _N
     + r"[ \t\u3000]{0,2}字[^()（）\n]{0,60}[)）][ \t\u3000]{0,3}(?:…{1,2}|\.{3,6})?"),
    # ……(未完,全文共8057字,当前仅显示2700字…)  — closed, else to the end of the line
    ("truncation",
     _LEAD_IN + r"[ \t\u3000]{0,3}未完(?:[^()（）\n]{0,160}[)）](?:…{1,2})?|[^\n]{0,300})"),
    # --此处隐藏1234字-- and ......此处隐藏5232字,下载文档可见...... (dots or an ellipsis, a short note after the count)
    ("truncation", r"[-.…](?:(?<=-)-{1,7}|(?<=\.)\.{2,7}|(?<=…)…{0,2})[ \t\u3000]{0,3}此处(?:隐藏|省略)[ \t\u3000]{0,3}" + _N
                   + r"[ \t\u3000]{0,3}字(?:[，,][^\n.…\-]{1,20})?[ \t\u3000]{0,3}(?:-{2,8}|\.{3,8}|…{1,3})"),
    ("truncation", r"(?:预览结束|预览已结束|试读结束)"),
    ("page_meta", r"[0-9０-９](?<![0-9０-９.,，][0-9０-９])[0-9０-９]{0,8}[ \t\u3000]{0,2}字范文"),  # _N, not after a number
    ("footer", r"(?:查看更多|展开全文|阅读全文)(?=[ \t\u3000]{0,8}(?:\n|$))"),
    # an editor's note glued into the line of a page that lost its line breaks, between the title and the
    # speech's salutation (…的讲话编者按:本文主要从…阐述。主要内容包括:一是…、二是…。具体材料请详见:同志们:…):
    # the site's preview, to the salutation (a note the salutation does not close on its line stays text)
    ("footer", r"[【\[]?编者按[】\]]?[:：][^\n]{0,600}?(?=[ \t\u3000]{0,4}(?:同志们|各位代表|各位委员|各位领导)[:：，,!！])"),
    # a printed page number inside a PDF dump flattened onto one line (…的一年。 - 25 - 　　我们…): the page
    # number's own line became blanks around it (the blank before it is taken: the blanks after it stay)
    # (not a date or a range written with spaced dashes: 2019 - 3 - 5)
    # (the class first, re skips to it in C; the lookbehind then reads the character before the blank)
    ("page_break", r"[ \t\u3000](?<![0-9０-９].)[-—–－─]{1,2}[ \t]{0,2}" + _PAGE_NO
                   + r"[ \t]{0,2}[-—–－─]{1,2}(?=[ \t\u3000]+[^0-9０-９ \t\u3000])"),
]
#: for each inline rule, words of which every match holds one (no word ends in how another begins,
#: so one scan for all of them finds every one a text holds)
_INLINE_WORDS: list[tuple[str, ...]] = [("省略", "隐藏"), ("未完",), ("此处",), ("预览结束", "预览已结束", "试读结束"),
                                       ("字范文",), ("查看更多", "展开全文", "阅读全文"), ("编者按",), (" -", " —", " –", " －", " ─",
                                       "\t-", "\t—", "\t–", "\t－", "\t─", "\u3000-", "\u3000—", "\u3000–", "\u3000－", "\u3000─")]

#: no match of an inline rule opens more than this many characters before the word of its own that it holds (the
#: truncation notice's lead-in and up to 80 characters of a site's name before 省略: tests/test_clean_scans.py
#: reads every rule's pattern): cleaning searches a rule only from this far before each of its words
INLINE_REACH = 90

#: a form feed (a PDF page break), with the bare page number printed just before or after it;
#: scanned only when the text holds a form feed
_FORM_FEED = (r"(?:(?<![^\n])[ \t\u3000]{0,8}" + _PAGE_NO + r"[ \t\u3000]{0,8}\n?)?[ \t\u3000]{0,8}"
              r"\f[\f \t\u3000]{0,64}(?:\n?[ \t\u3000]{0,8}" + _PAGE_NO + r"[ \t\u3000]{0,8}(?=\n|$))?")

# where a page names its own site, in order of trust; group 1 is the name
SITE_RULES: list[re.Pattern[str]] = [
    lazy(r"(?:您的位置|你的位置|您现在的位置|当前位置|所在位置|现在位置)" + _SEP
         + r"[ \t\u3000]{0,4}(?:(?:首页|网站首页|主页)[ \t\u3000]{0,2}(?:>|»|›|＞|/){1,2}[ \t\u3000]{0,2})?"
         + r"([^\s>»›＞/|]{2,20}?(?:网|网站|文库|站))[ \t\u3000]{0,2}(?:>|»|›|＞|/|$)"),
    lazy(r"版权所有[ \t\u3000]{0,4}[:：©]?[ \t\u3000]{0,4}(?:©[ \t\u3000]{0,2})?([^\s:：,，。©]{2,20}?(?:网|网站|文库))"),
    lazy(r"(?i:powered by)[ \t\u3000]{1,4}([^\s,，。©]{2,20}?(?:网|网站|文库))"),
    lazy(r"[(（]([^\s()（）]{2,20}?(?:网|网站|文库))(?:https?://[\x21-\x7e]{1,80})?[ \t\u3000]{0,2}(?:省略|隐藏)"),
    lazy(r"[\[【]([^\s\[\]【】]{2,20}?(?:网|网站|文库))[\]】]"),
]


# every line rule as one alternation of named groups, tried in table order in one call (as mistune does):
# a line of text costs one fullmatch, not one a rule
LINE_KINDS = [kind for kind, _ in LINE_RULES]


#: line rules that may start anywhere in their line, with words of two characters of which every match
#: holds one: a text that holds none is scanned without the rule. The ICP rule tried each of the first 40
#: places of every line (~40% of the chrome scan); p has no other case than P, and 备 or 证 follows it.
_LINE_RULE_WORDS: dict[str, tuple[str, ...]] = {_ICP: ("p备", "p证", "P备", "P证")}


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Does ``text`` hold one of ``words``? Each first character is found with str.find (a memchr: a word of
    two costs ~30 times more to look for whole), and the words tried where it is."""
    return _holds_grouped(text, _by_first(words))


def _holds_grouped(text: str, grouped: tuple[tuple[str, tuple[str, ...]], ...]) -> bool:
    """:func:`_holds_any` of words ``grouped`` by their first character (:func:`_by_first`)."""
    for lead, ws in grouped:
        i = text.find(lead)
        while i >= 0:
            if text.startswith(ws, i):
                return True
            i = text.find(lead, i + 1)
    return False


@lru_cache(maxsize=8)
def _by_first(words: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``words`` grouped by their first character."""
    return tuple((lead, tuple(w for w in words if w[0] == lead)) for lead in dict.fromkeys(w[0] for w in words))


@lru_cache(maxsize=1)
def any_line() -> re.Pattern[str]:
    """Every line rule as one pattern; ``LINE_KINDS[int(m.lastgroup[1:])]`` is the kind of a match.

    A rule whose first characters are known (and that sets no flag) sits behind a lookahead on them:
    its named group hides its first character from the engine's own test, so a line was entered
    into every rule; now it is left after one class test (the same matches, a test holds it)."""
    return _alternation(frozenset())


@lru_cache(maxsize=4)
def _alternation(left_out: frozenset[str]) -> re.Pattern[str]:
    """The line rules but ``left_out`` as one pattern (each keeps its group name, so its kind)."""
    return re.compile("|".join(f"{_guard(rule)}(?P<r{i}>(?:{rule}))" for i, (_, rule) in enumerate(LINE_RULES)
                               if rule not in left_out))


def chrome_lines(text: str) -> Iterator[re.Match[str]]:
    """The lines of ``text`` that a rule (:func:`any_line`) matches whole once their edges are trimmed
    of LINE_TRIM; the rule's group (``m.lastgroup``) spans the trimmed line.

    One scan of the text instead of one fullmatch a line: a text of a million short lines costs
    no Python step per line. The same matches as the fullmatch of each trimmed line: the trim is
    taken whole (the lookahead), the rule must end on the line's last inked character (the
    lookbehind), and ``\\s`` in a rule may not cross a line end (inside one line it never could).
    Past the first line a match opens with the line break before its line: re then skips from one
    line break to the next in C (a test at every position cost twice as much as ``(?m)^``).

    >>> m = next(chrome_lines("今年\\n  您的位置:首页>>正文 \\n"))
    >>> LINE_KINDS[int(m.lastgroup[1:])], m.span(m.lastgroup)
    ('breadcrumb', (5, 16))
    """
    left = 0  # (bit i: the text leaves out the i-th rule of _LINE_RULE_WORDS; no set is made a text)
    for bit, grouped in _RULE_WORDS_GROUPED:
        if not _holds_grouped(text, grouped):
            left |= bit
    # the text is scanned without every rule of _LINE_RULE_WORDS, whose first characters are not known: a line that
    # no other rule can start is left after one class test. A rule whose words the text holds (an ICP line, on
    # most web pages) is read again only in the lines that hold one (with it in its place, the rules in order):
    # where it stood in the scan, every line of the text was tried against every rule (~10 k instructions a line)
    first, after_break = _line_patterns(_ALL_WORDED)
    m = first.match(text)
    lines = after_break.finditer(text)
    if left != _ALL_WORDED:
        return _with_worded_lines(text, m, lines, left)
    return lines if m is None else chain((m,), lines)


def _line_patterns(left: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:func:`_chrome_line_patterns` without the rules of _LINE_RULE_WORDS whose bits ``left`` sets."""
    patterns = _LINE_PATTERNS.get(left)
    if patterns is None:
        patterns = _LINE_PATTERNS[left] = _chrome_line_patterns(
            frozenset(rule for bit, rule in enumerate(_LINE_RULE_WORDS) if left >> bit & 1))
    return patterns


def _with_worded_lines(text: str, m: re.Match[str] | None, lines: Iterator[re.Match[str]],
                       left: int) -> Iterator[re.Match[str]]:
    """The matches of the scan without the rules of _LINE_RULE_WORDS (``m`` the first line's, ``lines`` the
    others'), where each line that holds a word of a rule the text holds (those ``left`` does not leave out) is
    matched again by the patterns with those rules: the scan's match there gives way to that one (or to none). A
    line without such a word is matched alike by both (each match of such a rule holds one of its words)."""
    breaks: set[int] = set()  # (the line break before each such line: -1 for the first line)
    for bit, words in enumerate(_LINE_RULE_WORDS.values()):
        if not left >> bit & 1:
            for w in words:
                i = text.find(w)
                while i >= 0:
                    breaks.add(text.rfind("\n", 0, i))
                    end = text.find("\n", i)
                    i = text.find(w, end) if end >= 0 else -1  # (the rest of this line is in already)
    first, after_break = _line_patterns(left)
    if -1 in breaks:
        m = first.match(text)
        breaks.discard(-1)
    again = sorted(breaks)
    if m is not None:
        yield m
    k, n = 0, len(again)
    for x in lines:
        s = x.start()
        while k < n and again[k] < s:  # (a line the scan found no rule of: matched again)
            y = after_break.match(text, again[k])
            k += 1
            if y is not None:
                yield y
        if k < n and again[k] == s:  # (the scan's match gives way)
            y = after_break.match(text, s)
            k += 1
            if y is not None:
                yield y
            continue
        yield x
    for p in again[k:]:
        y = after_break.match(text, p)
        if y is not None:
            yield y


#: the bit of each rule of _LINE_RULE_WORDS and its words grouped by first character, made once (a text's
#: enumerate, dict view and cache lookup cost ~7 k instructions, ~3 % of parse(''))
_RULE_WORDS_GROUPED = tuple((1 << bit, _by_first(words)) for bit, words in enumerate(_LINE_RULE_WORDS.values()))

#: every bit of _RULE_WORDS_GROUPED: the scan without any rule of _LINE_RULE_WORDS
_ALL_WORDED = (1 << len(_LINE_RULE_WORDS)) - 1

#: :func:`_chrome_line_patterns` by the rules of _LINE_RULE_WORDS a text leaves out, as chrome_lines writes them
_LINE_PATTERNS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


@lru_cache(maxsize=4)
def _chrome_line_patterns(left_out: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The first line's pattern, and the pattern of a line after a line break (the break included), of
    the line rules but ``left_out``.

    The trim is taken whole and the line's first inked character read by one class (:func:`_line_opener`),
    then the rules are tried behind it, at that character (``(?<=(?=…).)``: the match itself ends after it).
    A line that no rule can start is left after that class test: a lookahead costs a line ~3x as much
    (re enters an assertion as it enters a group).

    Each rule whose first characters are known (:func:`_first_class`) opens its alternative with their class,
    which re tests before it enters the alternative (~1 ns), and is matched behind it, at the line's first
    character, with the line's end (``[…](?<=(?=rule end).)``). A line that opens as some rule may (4 % of the dev
    corpus's lines) was entered into a lookahead guard for each rule, and into each rule whose first characters
    were not read (a digit class, a rule under ``(?i:…)``): the corpus's chrome scan 328 -> 282 us."""
    trim = f"[{LINE_TRIM}]"
    end = rf"(?<!{trim}){trim}*(?=\n|\Z)"
    rules = []
    for i, (_, rule) in enumerate(LINE_RULES):
        if rule in left_out:
            continue
        body = f"(?P<r{i}>(?:{rule.replace(_BLANK, _BLANK_IN_LINE)})){end}"
        first = _first_class(rule)
        rules.append(body if first is None else f"{first}(?<=(?={body})(?s:.))")
    line = rf"{trim}*+{_line_opener(left_out)}(?<=(?=(?:{'|'.join(rules)}))(?s:.))"
    return re.compile(line), re.compile("\n" + line)


_BLANK, _BLANK_IN_LINE = r"\s", r"[^\S\n]"  # (a rule's \s may not cross the line end: inside one line it never could)


def _union_items(left_out: frozenset[str]) -> tuple[list, list] | None:
    """The class items (:func:`speechdoc.lazy.first_class`) of every character a line rule but ``left_out``
    can start with: of the rules read as written, and of those under ``(?i:…)``; None when one rule's are
    not known."""
    plain: list = []
    folded: list = []  # of rules under (?i:…): the same class under the flag holds every case of them
    for _, rule in LINE_RULES:
        if rule in left_out:
            continue
        found = first_class(rule)
        if found is None:
            return None
        items, ignore_case = found
        (folded if ignore_case else plain).extend(items)
    return plain, folded


def _line_opener(left_out: frozenset[str]) -> str:
    """A class of one inked character that holds every character a line rule but ``left_out`` can start
    with (a character no rule can start with fails it), or of any inked character when those are not known.
    One plain class where it can be (re tests it without entering it, ~3x cheaper): the items of rules under
    ``(?i:…)`` that have no case (a digit, 第, a dash) join the others, and so does an ASCII letter but i, k and s
    as its two cases (under the flag, each of the others matches those two alone, as re's documentation says: ı İ
    ſ K are the four non-ASCII letters an ASCII letter matches); another letter stays under the flag. (A line
    break after a blank line and one before a line of prose each failed at that flagged alternative too, ~15 %
    of the chrome scan of a long report.)"""
    found = _union_items(left_out)
    inked = f"[^{LINE_TRIM}\n]"
    if found is None:
        return inked
    plain, folded = found
    caseless = [x for x in folded if x[0] == "category" and x[1] == r"\d"
                or x[0] == "char" and x[1].lower() == x[1] == x[1].upper()]
    two_cases = [x for x in folded if x[0] == "char" and x[1].isascii() and x[1].isalpha() and x[1] not in "iksIKS"]
    cased = [x for x in folded if x not in caseless and x not in two_cases]
    caseless += [("char", ch) for _, letter in two_cases for ch in (letter.lower(), letter.upper())]
    opener = f"[{class_body(plain + caseless)}]"
    if cased:
        opener = f"(?:{opener}|(?i:[{class_body(cased)}]))"
    return inked if re.match(opener, "\n") else opener  # (a line break is no inked character)


def _guard(rule: str) -> str:
    """``(?=[…])`` on the characters a match of ``rule`` can start with, or "" when not known."""
    first = None if "(?i" in rule else first_chars(rule)
    return "" if first is None else "(?=[" + "".join(re.escape(ch) for ch in sorted(first)) + "])"


#: the letters other than the ASCII ones that an ASCII letter matches under (?i:…), as re's documentation lists them
_OTHER_CASES = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def _first_class(rule: str) -> str | None:
    """A plain class (no flag) of every character a match of ``rule`` can start with, or None when not known: a
    digit category as it is, and under ``(?i:…)`` each ASCII letter as every letter it matches (a letter of
    another script or a range of letters: not known)."""
    found = first_class(rule)
    if found is None:
        return None
    items, ignore_case = found
    if ignore_case:
        cased = []
        for item in items:
            if item[0] == "range" and any(ch.lower() != ch.upper() for ch in map(chr, range(ord(item[1]), ord(item[2]) + 1))):
                return None
            if item[0] == "char" and item[1].lower() != item[1].upper():
                if not (item[1].isascii() and item[1].isalpha()):
                    return None
                low = item[1].lower()
                cased += [("char", low), ("char", low.upper()), *(("char", ch) for ch in _OTHER_CASES.get(low, ""))]
            else:
                cased.append(item)
        items = cased
    return f"[{class_body(items)}]"


@lru_cache(maxsize=1)
def inline_rules() -> tuple[re.Pattern[str], list[tuple[str, re.Pattern[str], tuple[str, ...]]]]:
    """A pattern of every inline rule's words, and (kind, compiled pattern, words) of each rule:
    a rule is run only on a text where the first pattern finds one of its words."""
    words = re.compile("|".join(w for ws in _INLINE_WORDS for w in ws))
    return words, [(kind, re.compile(rule), ws) for (kind, rule), ws in zip(INLINE_RULES, _INLINE_WORDS)]


@lru_cache(maxsize=1)
def form_feed() -> re.Pattern[str]:
    return re.compile(_FORM_FEED)


def line_kind(line: str, start: int = 0, end: int | None = None) -> str | None:
    """The kind of chrome a trimmed folded line (``line[start:end]``) is, or None when it is text."""
    end = len(line) if end is None else end
    if end <= start or end - start > MAX_LINE:
        return None
    m = any_line().fullmatch(line, start, end)
    return None if m is None else LINE_KINDS[int(m.lastgroup[1:])]  # type: ignore[index]
