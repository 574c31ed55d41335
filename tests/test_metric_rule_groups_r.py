"""extract_block's rule groups change nothing (issue 10: the metric read's cost). A run of rules that each need
the same cue (a contribution's 贡献率, a share's 占 …) stands behind one test of that cue, marked
``# (rule group: …)``: a value without the cue reads one test, not every rule's guard. Each rule's guard implies
its group's test, so where the test fails no rule of the group could fire. Here every marked test is replaced
by ``True`` (the rules read one by one, as before the groups) and the metrics are held equal: on the dev corpus
and on thousands of generated paragraphs made of the cues, names, verbs and figures the rules read."""
from __future__ import annotations

import ast
import importlib
import inspect
import random
import textwrap

import pytest

import speechdoc
from shared_corpus import CORPUS
from speechdoc.text.load import load, read_path

ex = importlib.import_module("speechdoc.metrics.extract")  # (the package's ``extract`` is the function)
metrics = importlib.import_module("speechdoc.metrics")

MARK = "# (rule group"


def _ungrouped():
    """extract_block with every rule group's test made ``True``, and how many tests were marked."""
    source = textwrap.dedent(inspect.getsource(ex.extract_block))
    lines = source.splitlines()
    marked = 0

    class Ungroup(ast.NodeTransformer):
        def visit_If(self, node: ast.If) -> ast.If:
            nonlocal marked
            self.generic_visit(node)
            if MARK in lines[node.lineno - 1]:
                node.test = ast.copy_location(ast.Constant(True), node.test)
                marked += 1
            return node

    tree = ast.fix_missing_locations(Ungroup().visit(ast.parse(source)))
    namespace = dict(vars(ex))
    exec(compile(tree, ex.__file__, "exec"), namespace)
    return namespace["extract_block"], marked


def _read(text: str, block) -> list:
    """The metrics of ``text`` with ``block`` as extract_block, as comparable tuples."""
    saved = metrics.extract_block
    metrics.extract_block = block
    try:
        found = speechdoc.parse(text).metrics()
    finally:
        metrics.extract_block = saved
    return [tuple(m.model_dump().items()) for m in found]


def test_rule_groups_are_marked():
    _, marked = _ungrouped()
    assert marked >= 1


#: pieces of the generated paragraphs: the cues of the groups, names and verbs, figures in every unit class
_NAMES = ["工业", "规上工业", "第一产业", "第三产业", "服务业", "地区生产总值", "GDP", "农业产值", "固定资产投资", "财政收入",
          "税收", "社会消费品零售总额", "粮食", "棉田", "生猪", "企业", "项目", "新增市场主体", "农户", "贫困人口", "城镇化率",
          "增加值", "产值", "利润", "贡献率", "全县", "全市", "全省", "全国", "县直部门", "工业增加值", "出口", "外贸"]
_CUES = ["对", "的贡献率", "贡献率", "拉动", "拉动规上工业增长", "占", "占比", "比重", "其中", "其中：", "同比", "比上年",
         "增长", "下降", "提高", "达到", "达", "完成", "实现", "为", "是", "新增", "累计", "计划", "目标", "预计", "要", "确保",
         "分别", "由", "增加到", "年产", "投资", "总投资", "超", "以上", "左右", "面积", "种植", "饲养", "养殖", "净增", "正在建设",
         "的", "、", "和", "，", "；", "。", "：", "（", "）", "\n"]
_FIGURES = ["5%", "12.5%", "3.82个百分点", "30.5%", "28.39亿元", "500万元", "1700万元", "12个", "78个", "440个", "13项",
            "2.2万户", "3200户", "5600人次", "9.2个百分点", "1.6万亩", "350亩", "16万头", "160万羽", "30万吨", "4.2公里",
            "7家", "120家", "1.8倍", "第3位", "2倍", "100亿元", "-3.5%", "三个", "两项", "1958年", "2024年", "1-6月",
            "上半年", "今年"]


def _paragraphs(seed: int, n: int):
    rng = random.Random(seed)
    pools = (_NAMES, _CUES, _CUES, _FIGURES)
    for _ in range(n):
        yield "".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(4, 60)))


def test_rule_groups_read_what_the_rules_read_one_by_one_on_generated_paragraphs():
    ungrouped, _ = _ungrouped()
    count = named = 0
    for text in _paragraphs(5, 2500):
        got = _read(text, ex.extract_block)
        assert got == _read(text, ungrouped), text
        count += len(got)
        named += sum(any(k == "indicator" and v and ("贡献率" in v or "拉动" in v) for k, v in m) for m in got)
    assert count > 5000 and named > 100  # (figures are read, and the grouped rules' names among them)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_rule_groups_read_what_the_rules_read_one_by_one_on_the_corpus():
    ungrouped, _ = _ungrouped()
    texts = sorted(CORPUS.rglob("*.txt"))
    assert texts
    for path in texts:
        text = load(read_path(path)).text
        assert _read(text, ex.extract_block) == _read(text, ungrouped), path.name
