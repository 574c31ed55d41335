"""Generated speeches for the batch tests and benchmarks/bench_batch.py.

Work reports of made-up counties in the shape of real ones: a title line, a
salutation, numbered sections with sub-points, growth figures, targets for next year.
Deterministic for a given index, so a corpus can be rebuilt byte for byte.
"""
from __future__ import annotations

import random
from pathlib import Path

PLACES = ["东山县", "西河市", "南湖区", "北原县", "青林县", "白水市", "红岭区", "金川县", "石门县", "长乐市"]
MEETINGS = ["经济工作会议", "政府全体会议", "优化营商环境大会", "安全生产工作会议", "乡村振兴推进会"]
INDICATORS = ["地区生产总值", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "一般公共预算收入",
              "城镇居民人均可支配收入", "农村居民人均可支配收入", "进出口总额"]
SECTIONS = ["认清形势，坚定信心", "突出重点，狠抓落实", "深化改革，激发活力", "保障民生，促进和谐", "加强领导，改进作风"]
POINTS = ["扩大有效投资", "促进消费升级", "培育新兴产业", "推进城乡融合", "强化生态保护", "办好民生实事",
          "防范化解风险", "优化营商环境", "加快数字转型"]
CN = "一二三四五六七八九十"
NARRATIVE = ["要坚持问题导向，聚焦群众急难愁盼，把各项政策措施落细落实。", "各乡镇、各部门要压实责任，建立工作台账，定期调度通报。",
             "要加强统筹协调，形成上下联动、齐抓共管的工作格局。", "对工作不力、推进缓慢的，要严肃问责，决不姑息。",
             "要注重总结经验，及时推广好做法，以点带面推动全局工作。", "要强化要素保障，在用地、资金、人才等方面给予倾斜支持。"]


def speech(i: int, sections: int | None = None, body: int = 0) -> str:
    """The ``i``-th generated speech (about 1 k characters; ``body`` more sentences a point make it longer)."""
    rnd = random.Random(i)
    place, meeting = PLACES[i % len(PLACES)], MEETINGS[(i // len(PLACES)) % len(MEETINGS)]
    year = 2015 + i % 10
    lines = [f"在{place}{year}年{meeting}上的讲话", f"（{year}年{1 + i % 12}月{1 + i % 28}日）", "同志们：",
             f"今天召开{meeting}，主要任务是总结{year - 1}年工作，部署{year}年任务。"]
    for s in range(sections or rnd.randint(2, 5)):
        lines.append(f"{CN[s % 10]}、{SECTIONS[s % len(SECTIONS)]}")
        for p in range(rnd.randint(1, 4)):
            ind = rnd.choice(INDICATORS)
            lines.append(f"（{CN[p]}）{rnd.choice(POINTS)}。{year - 1}年全{place[-1]}{ind}增长"
                         f"{rnd.randint(1, 150) / 10}%，达到{rnd.randint(10, 900)}亿元。")
            lines.append(f"{year}年，{ind}力争增长{rnd.randint(4, 9)}%左右。各部门要细化措施，确保各项任务落到实处。")
            if body:
                lines.append("".join(rnd.choice(NARRATIVE) for _ in range(body)))
    lines.append("同志们，让我们团结一心，开拓进取，为完成全年目标任务而努力奋斗！")
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, n: int, start: int = 0, encoding: str = "utf-8", body: int = 0) -> list[Path]:
    """``n`` speeches as ``folder/NNNNNN.txt``; the paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = folder / f"{i:06d}.txt"
        p.write_bytes(speech(i, body=body).encode(encoding))
        paths.append(p)
    return paths
