"""Cleaning on the real seed pages of ../shared/corpus (skipped when the corpus is absent).

The expected facts were read off each page by hand (its date line, breadcrumb,
copyright line, truncation notices and titles); the code has no knowledge of these files.
"""
from __future__ import annotations

import pytest
from shared_corpus import CORPUS  # $SPEECHDOC_SHARED or ../shared
from test_clean_props import check_way_back

import speechdoc

SEEDS = CORPUS / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="the development corpus is not here")

EXPECTED = {
    "000_50170776473fe16b.txt": dict(
        title="在縣政府第二次全體(擴大)會議上的講話", date="2024-06-12", time="13:11:05", site="新文秘網", source=None,
        truncated=True, omitted_chars=962, total_chars=8057, shown_chars=2700,
        speeches=[("在縣政府第二次全體(擴大)會議上的講話", "縣政府第二次全體(擴大)會議")]),
    "001_f345dc7b9d9bf388.txt": dict(
        title="2022年在市政府党组(扩大)会上讲话", date="2022-06-07", time="18:12:02", site="九力公文网",
        source="网友投稿", truncated=False, omitted_chars=None, total_chars=None, shown_chars=None,
        speeches=[("2022年在市政府党组(扩大)会上讲话", "市政府党组(扩大)会")]),
    "002_590090a74b10852c.txt": dict(
        title="2021年在全市市县人大常委会办公室主任学习会讲话稿和在全县优化营商环境工作会议讲话稿合编",
        date="2021-05-25", time=None, site=None, source=None,
        truncated=False, omitted_chars=None, total_chars=None, shown_chars=None,
        speeches=[("在全市市县人大常委会办公室主任学习会上的讲话稿", "全市市县人大常委会办公室主任学习会"),
                  ("在全县优化营商环境工作会议上的讲话", "全县优化营商环境工作会议")]),
    "003_9dce437355489154.txt": dict(
        title="在招商引資、項目建設電視電話會議上的講話", date="2021-02-25", time=None, site=None, source="黨課講稿",
        truncated=False, omitted_chars=None, total_chars=None, shown_chars=None,
        speeches=[("在招商引資、項目建設電視電話會議上的講話", "招商引資、項目建設電視電話會議")]),
    "004_8c8fe3468e784512.txt": dict(
        title=None, date=None, time=None, site=None, source=None,
        truncated=False, omitted_chars=None, total_chars=None, shown_chars=None, speeches=[(None, None)]),
}
CHROME = ["您的位置", "当前位置", "发表时间", "发布时间", "时间:", "来源", "小编", "KB", "申明敬告", "文档介绍", "省略",
          "未完", "字范文", "推荐访问", "版权所有", "热词搜索", "热点文章", "查看更多", "发布评论", "注册", "客服", "ICP"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_metadata(name):
    doc = speechdoc.parse_file(SEEDS / name)
    want = dict(EXPECTED[name])
    speeches = want.pop("speeches")
    assert {k: getattr(doc.meta, k) for k in want} == want
    assert [(s.title, s.occasion) for s in doc.speeches] == speeches
    assert all(s.speaker is None for s in doc.speeches)  # no seed names its speaker


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_chrome_never_reaches_the_outline(name):
    doc = speechdoc.parse_file(SEEDS / name, script="simplified")
    assert doc.noise
    shown = [n.title for n in doc.walk()] + [s.title or "" for s in doc.speeches]
    for text in shown:
        assert not any(c in text for c in CHROME), text


@pytest.mark.parametrize("simplified", [False, True])
@pytest.mark.parametrize("path", sorted(CORPUS.glob("*/*.txt")) if CORPUS.is_dir() else [], ids=lambda p: p.name)
def test_corpus_keeps_the_way_back(path, simplified):
    text = path.read_bytes().decode("utf-8")
    doc = speechdoc.parse(text, script="simplified" if simplified else "source")
    check_way_back(doc, text, simplified)


def test_seed_mojibake_is_reported_and_not_read():
    doc = speechdoc.parse_file(SEEDS / "000_50170776473fe16b.txt")
    garbled = [doc.text[d.span[0]:d.span[1]] for d in doc.diagnostics if d.code == "mojibake"]
    assert "?傊" in garbled and any(g.startswith("!墩") for g in garbled)
    assert all("墩" not in n.title for n in doc.walk())
