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


#: the functions that hold rule groups (extract_block calls the other two)
GROUPED = ("extract_block", "_dropped_unclaused", "_keep", "_unit_label")


def _ungrouped():
    """extract_block (and the functions it calls that hold groups) with every rule group's test made ``True``,
    and how many tests were marked."""
    namespace = dict(vars(ex))
    marked = 0
    for name in GROUPED:
        source = textwrap.dedent(inspect.getsource(getattr(ex, name)))
        lines = source.splitlines()

        class Ungroup(ast.NodeTransformer):
            def visit_If(self, node: ast.If) -> ast.If:
                nonlocal marked
                self.generic_visit(node)
                if MARK in lines[node.lineno - 1]:
                    node.test = ast.copy_location(ast.Constant(True), node.test)
                    marked += 1
                return node

        tree = ast.fix_missing_locations(Ungroup().visit(ast.parse(source)))
        exec(compile(tree, ex.__file__, "exec"), namespace)  # (each made in the namespace the others read)
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
    assert marked >= 20


#: sentences modelled on what the grouped rules read (a contribution, a pull, shares after 占, amounts before 的,
#: counts, farming lists, days over a standard …); the paragraphs join a few of them, changed at random
_SEEDS = [
    "工业增加值增长18.7%，占GDP的27.3%，对GDP的贡献率为30.5%", "第一产业对全县地区生产总值的贡献率为6.6%",
    "规上工业产值增长18.7%，对规上工业产值增长贡献率达39.1%", "拉动规上工业增长9.2个百分点，对规上工业贡献率达90.2%",
    "工业对GDP贡献率突破72%，拉动GDP增长7个百分点", "产值超亿元企业12家，实现总产值45亿元，拉动规上工业产值3.2个百分点",
    "合计5、7、9和12个百分点", "高于全国4个百分点、全省4.7个百分点", "粮食增产42.23%，棉花减产3.5%",
    "共增产粮食6729万斤", "甲区(12.5%)、乙市(8.1%)增速分别居前两位", "产值超10亿元的工业企业有151家、超百亿元的15家",
    "亿元以上项目55个，其中超3亿元的10个", "甲、乙等8个项目正在建设", "三是财政收入向前迈了一大步。总收入达到347万元",
    "奶山羊产业形成完整产业链条，存栏量达57.3万只", "工业园区入驻企业超过200家，年产值突破100亿元",
    "1、光电子信息产业发展良好。1-6月预计完成产值113亿元", "生猪出栏127.24万头，占计划数127.23万头的100.01%",
    "共有3648.4万亩棉田，占棉田实收面积8500万亩的42%", "地区生产总值635亿元，完成年计划710亿元的89.4%",
    "投资2.4亿元的甲钢帘线项目顺利投产", "投资10.7亿元的甲股份有限公司啤酒项目开工",
    "总投资5亿元的甲研究院、乙背板等项目", "投资3亿元的郑州甲塑胶公司的涤纶短纤维生产项目", "年度投资计划1015亿元",
    "农林牧渔业总产值22.3亿元。其中：农业产值11.4亿元，占51.1%", "企业开办样本库就有10158户，占全市样本库的25%",
    "农民人均纯收入5306元，其中非农收入占76%", "在工农业总产值中，农业产值占97%", "种植早稻1.6万亩、油菜1.8万亩",
    "其中，河蟹养殖500亩，乌鳢600亩", "饲养生猪16万头、家禽160万羽", "以NO2为首要污染物5天，同比增加4天，超标0天",
    "实行部分作物联产到劳的1116个生产队，占生产队总数的60.23%", "完成固定资产投资86亿元，同比增长12%",
    "新增市场主体3200户，其中企业850户", "全县地区生产总值增长6.5%，城镇化率达到58%", "签约项目12个，总投资30亿元",
    "超过了纲要规定的四百斤的指标", "提出了能耗强度下降3.1%以上的节能减排量化目标", "确定5%左右的经济增速目标",
    "打造第一个10亿级产业", "连跨两个千亿元台阶", "地方财政收入突破两亿元大关，达到20034万元",
    "规模工业产值1001.8亿元，突破千亿元大关", "(进展情况占比低于91.7%或增幅低于目标任务，下同)", "上午大家现场观摩了12个项目",
    "以实行5个10大项目为载体", "开展甲、乙等8个专项行动", "建成时速350公里的高铁", "至于六十斤以下的，另行统计",
    "以四十斤为界分别统计", "亩产1,500—2,000斤的21,228亩", "进入全国前10位", "排位由去年的20位、第7位上升为今年的11位",
    "村级集体经济收入超50万元12个", "向全县42万父老乡亲致以问候", "产生50亿合同额规模的二级机构3家",
    "这样一个有六亿多人口的大国", "甲公司20万吨锂电池负极材料生产项目", "年产30万吨再生铜、100吨量子电弧炉等一批项目",
    "甲技术改造、乙30兆瓦生物质发电等13个项目", "引进甲、乙、丙等招商项目33个", "5个项目尚未开工", "建成3座水库",
    "争取1700万元水利项目资金", "上级1000万元产业引导资金", "工业产值超过了规定的三千万元的水平",
    "实施“3个100”工程", "印发《关于加快发展的30条意见》", "推行“最多跑一次”改革，办结5件", '出台"17 条 " 举措',
    "主要工业产品产量：黄金4463公斤，增长2.6%；原煤110万吨", "推广测土配方施肥60万亩", "大春作物共播种167953亩",
    "排查13.3万余车次", "培训人员5687人次", "完成征地1258户", "易地扶贫搬迁830万人", "发放各类惠农补贴956万元",
    "完成自产黄金79万两", "入社农户达六百万户", "全队二百一十五户，一千二百三十八人",
    "同比下降15.8(同期入库农业税金118万元)", "低于时序进度(16.67%)3.82个百分点", "降低了7.9%(原计划降低8.4%)",
    "完成三税收入6600万元(国税完成3750万元，农税完成150万元)，比去年增长27%", "较年初目标值(5%)高1个百分点",
    "地区生产总值增长9.7%。分产业看，第一产业增长12.2%", "工业增加值增长8%。分地区看，东部地区增长12.9%",
    "与上年比，第一产业占GDP比重上升3.82个百分点", "收入由目前的3.5万元增长到5.3万元", "将由原来规划的八百斤增加到一千一百斤",
    "植树造林1100亩，超目标任务200亩", "完成造林超年度任务15%", "规上工业增加值增长7.4%，规上采矿业增长3.3%",
    "四上单位入库147家。其中工业4家、建筑业56家",
    # (across a line break: the cue in the block before or after the figure's)
    "新增市场主体3200户，其中\n企业850户，个体工商户2350户", "培训农民工5600人次，其中：\n贫困劳动力2100人次",
    "(进展情况占比低于91.7%，\n下同)",
]
_SWAPS = ["工业", "规上工业", "第一产业", "服务业", "地区生产总值", "GDP", "农业产值", "固定资产投资", "财政收入", "税收",
          "粮食", "棉田", "生猪", "企业", "项目", "农户", "对", "贡献率", "拉动", "占", "的", "其中", "、", "，", "（", "）",
          "增长", "下降", "达到", "完成", "投资", "总投资", "计划", "目标", "预计", "要", "亩", "头", "万元", "亿元", "%",
          "个百分点", "家", "个", "天", "户", "人"]


def _paragraphs(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 4)):
            text = list(rng.choice(_SEEDS))
            for _ in range(rng.randint(0, 3)):  # a few changes: a figure, a word put in, a character left out
                at = rng.randrange(len(text))
                what = rng.random()
                if what < 0.4 and text[at].isdigit():
                    text[at] = rng.choice("0123456789")
                elif what < 0.8:
                    text.insert(at, rng.choice(_SWAPS))
                else:
                    del text[at]
            parts.append("".join(text))
        yield "".join(p + rng.choice(["。", "，", "；", "\n"]) for p in parts)


def test_rule_groups_read_what_the_rules_read_one_by_one_on_generated_paragraphs():
    ungrouped, _ = _ungrouped()
    names = []
    for text in _paragraphs(5, 2500):
        got = _read(text, ex.extract_block)
        assert got == _read(text, ungrouped), text
        names += [dict(m)["indicator"] or "" for m in got]
    # (figures are read, and the names the grouped rules give among them)
    assert len(names) > 5000
    for cue in ("贡献率", "拉动", "占", "项目投资", "产量", "种植", "饲养", "首要污染物", "在建", "生产队"):
        assert sum(cue in name for name in names) > 20, cue


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_rule_groups_read_what_the_rules_read_one_by_one_on_the_corpus():
    ungrouped, _ = _ungrouped()
    texts = sorted(CORPUS.rglob("*.txt"))
    assert texts
    for path in texts:
        text = load(read_path(path)).text
        assert _read(text, ex.extract_block) == _read(text, ungrouped), path.name
