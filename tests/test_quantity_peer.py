"""A peer suite: the Chinese number specs of Microsoft Recognizers-Text, as facts.

The cases below are transcribed from the public specs of github.com/microsoft/Recognizers-Text
(``Specs/Number/Chinese/{PercentModel,NumberModel,NumberRangeModel}.json`` and
``Specs/NumberWithUnit/Chinese/{CurrencyModel,DimensionModel}.json``): the input, the
text the spec resolves and its value. Each in-scope case (percentages, amounts with
units, Chinese numerals, ranges, approximations) is read with
:func:`speechdoc.parse_quantity` (the spec's text on its own) or found in the spec's
sentence with :func:`speechdoc.find_quantities`, and scored:

* **right**: the value equals the spec's (percent: ``成`` × 10, ``个百分点`` as %;
  a unit with a scale compares its base value, so ``4.78万亿`` = 4 780 000 000 000);
* **wrong**: a different value — never allowed;
* **missed**: no reading — allowed only where the table says why (``MISS``).

A case whose spec value is ``None`` is a refusal: nothing may be read. The forms left
out of scope are listed in :data:`OUT_OF_SCOPE` with the reason. Run this file as a
script for the counts: ``python tests/test_quantity_peer.py``.
"""
from __future__ import annotations

import math

import pytest

from speechdoc import ParsedQuantity, find_quantities, parse_quantity

MISS = "miss"

# (spec file, input, the text the spec resolves (None: the whole input), spec value, why missed)
# the value is the spec's: a number (a percentage in %), (low, high) for a range, None for "no result"
PERCENT = "Number/PercentModel"
NUMBER = "Number/NumberModel"
RANGE = "Number/NumberRangeModel"
CURRENCY = "NumberWithUnit/CurrencyModel"
DIMENSION = "NumberWithUnit/DimensionModel"

CASES: list[tuple[str, str, str | None, object, str | None]] = [
    # percentages
    (PERCENT, "９成", None, 90, None),
    (PERCENT, "7.２成", None, 72, None),
    (PERCENT, "六 点 五 成", None, 65, None),
    (PERCENT, "１０ 成", None, 100, None),
    (PERCENT, "１0 成", None, 100, None),
    (PERCENT, "十 成", None, 100, None),
    (PERCENT, "三成", None, 30, None),
    (PERCENT, "半成", None, 5, "a bare 半 is no numeral for the reader (半成品 in running text)"),
    (PERCENT, "10成", None, 100, None),
    (PERCENT, "十成", None, 100, None),
    (PERCENT, "9.5成", None, 95, None),
    (PERCENT, "九成", None, 90, None),
    (PERCENT, "三成半", None, 35, None),
    (PERCENT, "２.５成", None, 25, None),
    (PERCENT, "２成", None, 20, None),
    (PERCENT, "两成", None, 20, None),
    (PERCENT, "2成,2.5成,２．１成，２成", "2成", 20, None),
    (PERCENT, "2成,2.5成,２．１成，２成", "2.5成", 25, None),
    (PERCENT, "2成,2.5成,２．１成，２成", "２．１成", 21, None),
    (PERCENT, "九成,五成,八点五成", "九成", 90, None),
    (PERCENT, "九成,五成,八点五成", "五成", 50, None),
    (PERCENT, "九成,五成,八点五成", "八点五成", 85, None),
    (PERCENT, "七成 六", None, 76, "七成六 (76 %) is refused rather than read as 七成"),
    (PERCENT, "百分之２．４", None, 2.4, None),
    (PERCENT, "二三十个百分点", None, None, None),
    (PERCENT, "百分之二三十", None, None, None),
    (PERCENT, "百分之五", None, 5, None),
    (PERCENT, "一百五十    个百分点", None, 150, None),
    (PERCENT, "六个百分点", None, 6, None),
    (PERCENT, "２．４个百分点", None, 2.4, None),
    (PERCENT, "-22.2%", None, -22.2, None),
    (PERCENT, "２２％", None, 22, None),
    (PERCENT, "－1２２％", None, -122, None),
    (PERCENT, "百分之22", None, 22, None),
    (PERCENT, "百分之１２０", None, 120, None),
    (PERCENT, "百分之1,111", None, 1111, None),
    (PERCENT, "百分之９，９９９", None, 9999, None),
    (PERCENT, "12个百分点", None, 12, None),
    (PERCENT, "2,123个百分点", None, 2123, None),
    (PERCENT, "二十个百分点", None, 20, None),
    (PERCENT, "四点 五个百分点", None, 4.5, None),
    (PERCENT, "百分之五 十", None, 50, None),
    (PERCENT, "百分之一 点五", None, 1.5, None),
    (PERCENT, "百分之５６.２", None, 56.2, None),
    (PERCENT, "百分之１２", None, 12, None),
    (PERCENT, "百分之3,000", None, 3000, None),
    (PERCENT, "百分之１，１２３", None, 1123, None),
    (PERCENT, "12.56个百分点", None, 12.56, None),
    (PERCENT, "０.４个百分点", None, 0.4, None),
    (PERCENT, "15,123个百分点", None, 15123, None),
    (PERCENT, "１１１，１１１个百分点", None, 111111, None),
    (PERCENT, "25%", None, 25, None),
    (PERCENT, "一百五十个百分点", None, 150, None),
    (PERCENT, "七十五万个百分点", None, 750000, None),
    (PERCENT, "拾万零五十六点叁叁个百分点", None, 100056.33, None),
    (PERCENT, "75.2个百分点", None, 75.2, None),
    (PERCENT, "75个百分点", None, 75, None),
    (PERCENT, "1,075个百分点", None, 1075, None),
    (PERCENT, "百分之一百", None, 100, None),
    (PERCENT, "百分之百", None, 100, None),
    (PERCENT, "百分之一百二十点五", None, 120.5, None),
    (PERCENT, "百分之2.4", None, 2.4, None),
    (PERCENT, "百分之2", None, 2, None),
    (PERCENT, "百分之1,669", None, 1669, None),
    (PERCENT, "百分之５２.５", None, 52.5, None),
    (PERCENT, "五百分之2.2", None, None, None),
    (PERCENT, "上升了百分之2.2", "百分之2.2", 2.2, None),
    (PERCENT, "5％", None, 5, None),
    (PERCENT, "５．５％", None, 5.5, None),
    (PERCENT, "百 分之 一百二十点五", None, 120.5, None),
    (PERCENT, "百 分 之2.4", None, 2.4, None),
    (PERCENT, "百 分之 2", None, 2, None),
    (PERCENT, "百  分 之 669", None, 669, None),
    (PERCENT, "百 分 之 一 百二 十点 五", None, 120.5, None),
    (PERCENT, "六 點 五 成", None, 65, None),
    (PERCENT, "兩成", None, 20, None),
    (PERCENT, "九成,五成,八點五成", "八點五成", 85, None),
    (PERCENT, "二三十個百分點", None, None, None),
    (PERCENT, "一百五十 個百分點", None, 150, None),
    (PERCENT, "六個百分點", None, 6, None),
    (PERCENT, "２．４個百分點", None, 2.4, None),
    (PERCENT, "12個百分點", None, 12, None),
    (PERCENT, "2,123個百分點", None, 2123, None),
    (PERCENT, "二十個百分點", None, 20, None),
    (PERCENT, "四點 五個百分點", None, 4.5, None),
    (PERCENT, "百分之一 點五", None, 1.5, None),
    (PERCENT, "12.56個百分點", None, 12.56, None),
    (PERCENT, "15,123個百分點", None, 15123, None),
    (PERCENT, "七十五萬個百分點", None, 750000, None),
    (PERCENT, "拾萬零五十六點叁叁個百分點", None, 100056.33, None),
    (PERCENT, "1,075個百分點", None, 1075, None),
    (PERCENT, "百分之一百二十點五", None, 120.5, None),
    (PERCENT, "百 分之 一百二十點五", None, 120.5, None),
    (PERCENT, "佰 分 之 一 百二 十點 五", None, 120.5, "financial 佰 inside the word 百分之 is not read"),
    (PERCENT, "你可以访问一下 http://proquest.umi.com/pqdweb?RQT=305&SQ=issn%280024%2D9114%29%20and%20%28ti"
              "%28Using%203D%20CAD%20to%20design%20a%20dog%29%20or%20startpage%28158%29%29", "", None, None),
    (PERCENT, "你可以访问一下 https://www.test.com/search?q=30%25%2020%", "", None, None),
    (PERCENT, "百分之6酒精含量的啤酒和32.5%的白酒", "百分之6", 6, None),
    (PERCENT, "百分之6酒精含量的啤酒和32.5%的白酒", "32.5%", 32.5, None),
    (PERCENT, "百分之2等于百分之二，和2%是一样的。", "百分之2", 2, None),
    (PERCENT, "百分之2等于百分之二，和2%是一样的。", "百分之二", 2, None),
    (PERCENT, "百分之2等于百分之二，和2%是一样的。", "2%", 2, None),
    # Chinese numerals (a bare number is read as a whole phrase)
    (NUMBER, "一只", None, 1, None),
    (NUMBER, "十斤", None, 10, None),
    (NUMBER, "一切", "", None, None),
    (NUMBER, "九年八吨", "八吨", 8, None),
    (NUMBER, "肆佰陸拾", None, 460, None),
    (NUMBER, "十 余 万", None, 100000, None),
    (NUMBER, "一百五十二", None, 152, None),
    (NUMBER, "壹佰伍拾", None, 150, None),
    (NUMBER, "两千四百五", None, 2450, None),
    (NUMBER, "负三十二", None, -32, None),
    (NUMBER, "万", None, None, None),
    (NUMBER, "万万", None, None, None),
    (NUMBER, "二", None, 2, None),
    (NUMBER, "10万万", None, 1000000000, None),
    (NUMBER, "4.78万亿", None, 4780000000000, None),
    (NUMBER, "7 万5 千4 百", None, 75400, None),
    (NUMBER, "二十 億", None, 2000000000, None),
    (NUMBER, "４，５６５", None, 4565, None),
    (NUMBER, "四百五十", None, 450, None),
    (NUMBER, "四百五", None, 450, None),
    (NUMBER, "一千零一", None, 1001, None),
    (NUMBER, "一百零一万一千", None, 1011000, None),
    (NUMBER, "一千两百三十四万", None, 12340000, None),
    (NUMBER, "五亿零六", None, 500000006, None),
    (NUMBER, "七十八万五佰零六", None, 780506, None),
    (NUMBER, "肆拾肆", None, 44, None),
    (NUMBER, "倆千两百贰拾二", None, 2222, None),
    (NUMBER, "5万4千6百", None, 54600, None),
    (NUMBER, "5亿1万4千6百", None, 500014600, None),
    (NUMBER, "-10000", None, -10000, None),
    (NUMBER, "负10000", None, -10000, None),
    (NUMBER, "拾万零五十六", None, 100056, None),
    (NUMBER, "十", None, 10, None),
    (NUMBER, "十五", None, 15, None),
    (NUMBER, "一百", None, 100, None),
    (NUMBER, "九百九十九", None, 999, None),
    (NUMBER, "九百九", None, 990, None),
    (NUMBER, "二百五十", None, 250, None),
    (NUMBER, "一千零五十", None, 1050, None),
    (NUMBER, "一千零五", None, 1005, None),
    (NUMBER, "一千陆", None, 1600, None),
    (NUMBER, "一万三", None, 13000, None),
    (NUMBER, "一万二百五十", None, 10250, None),
    (NUMBER, "一万零二百五十", None, 10250, None),
    (NUMBER, "九万四", None, 94000, None),
    (NUMBER, "九十二万四", None, 924000, None),
    (NUMBER, "九万零四百", None, 90400, None),
    (NUMBER, "九百万零四百", None, 9000400, None),
    (NUMBER, "四千零五万", None, 40050000, None),
    (NUMBER, "四千万", None, 40000000, None),
    (NUMBER, "四千万零六千", None, 40006000, None),
    (NUMBER, "四亿", None, 400000000, None),
    (NUMBER, "四亿五千六百四十二万零一十五", None, 456420015, None),
    (NUMBER, "四万五千六百二十二", None, 45622, None),
    (NUMBER, "十万柒仟捌佰伍拾肆", None, 107854, None),
    (NUMBER, "拾六万零五百零六", None, 160506, None),
    (NUMBER, "拾亿零六万零五百零六", None, 1000060506, None),
    (NUMBER, "一百万零四", None, 1000004, None),
    (NUMBER, "四十万", None, 400000, None),
    (NUMBER, "四千零四万", None, 40040000, None),
    (NUMBER, "四十五亿四千零四万", None, 4540040000, None),
    (NUMBER, "负四十五亿零四百零四万", None, -4504040000, None),
    (NUMBER, "负四百零五亿零四百零四万", None, -40504040000, None),
    (NUMBER, "四万万", None, 400000000, None),
    (NUMBER, "百三", None, 130, None),
    (NUMBER, "199个", None, 199, None),
    (NUMBER, "1,050,000,000", None, 1050000000, None),
    (NUMBER, "两千三百五", None, 2350, None),
    (NUMBER, "一百 五 十 二", None, 152, None),
    (NUMBER, "两千 四 百 五", None, 2450, None),
    (NUMBER, "7万 5千 4百", None, 75400, None),
    (NUMBER, "三千 八百 九十六 万 四千 九百 六十五", None, 38964965, None),
    (NUMBER, "三千 九百 六十五 ", None, 3965, None),
    (NUMBER, "五百 余万", None, 5000000, None),
    (NUMBER, "一千多万", None, 10000000, None),
    (NUMBER, "十多万", None, 100000, None),
    (NUMBER, "二十几万", None, 200000, None),
    (NUMBER, "一百零几万", None, 1000000, None),
    (NUMBER, "一千五百零几万", None, 15000000, None),
    (NUMBER, "一百 二 十 几亿", None, 12000000000, None),
    (NUMBER, "500余万", None, 5000000, None),
    (NUMBER, "八千 三百 八十五 万 二千 三百 二十六 点三三", None, 83852326.33, None),
    (NUMBER, "四百多", None, 400, None),
    (NUMBER, "一百五     ", None, 150, None),
    (NUMBER, "十 余 萬", None, 100000, None),
    (NUMBER, "壹百五十二", None, 152, None),
    (NUMBER, "兩千四百五", None, 2450, None),
    (NUMBER, "負三十二", None, -32, None),
    (NUMBER, "萬", None, None, None),
    (NUMBER, "萬萬", None, None, None),
    (NUMBER, "4.78萬億", None, 4780000000000, None),
    (NUMBER, "7 萬5 千4 百", None, 75400, None),
    (NUMBER, "壹千零壹", None, 1001, None),
    (NUMBER, "壹百零壹萬壹千", None, 1011000, None),
    (NUMBER, "壹千兩百三十四萬", None, 12340000, None),
    (NUMBER, "五億零六", None, 500000006, None),
    (NUMBER, "七十八萬五佰零六", None, 780506, None),
    (NUMBER, "兩千兩百貳拾二", None, 2222, None),
    (NUMBER, "5萬4千6百", None, 54600, None),
    (NUMBER, "5億1萬4千6百", None, 500014600, None),
    (NUMBER, "壹萬三", None, 13000, None),
    (NUMBER, "九十二萬四", None, 924000, None),
    (NUMBER, "四億五千六百四十二萬零壹十五", None, 456420015, None),
    (NUMBER, "負四十五億零四百零四萬", None, -4504040000, None),
    (NUMBER, "5,236", None, 5236, None),
    (NUMBER, "199個", None, 199, None),
    (NUMBER, "壹千多萬", None, 10000000, None),
    (NUMBER, "500余萬", None, 5000000, None),
    (NUMBER, "负六点六", None, -6.6, None),
    (NUMBER, "十五点七", None, 15.7, None),
    (NUMBER, "１１.92亿", None, 1192000000, None),
    (NUMBER, "２．２", None, 2.2, None),
    (NUMBER, "２．２亿", None, 220000000, None),
    (NUMBER, "1000  万", None, 10000000, None),
    (NUMBER, "四百 点 五", None, 400.5, None),
    (NUMBER, "零点五", None, 0.5, None),
    (NUMBER, "10.233", None, 10.233, None),
    (NUMBER, "二点五", None, 2.5, None),
    (NUMBER, "十点二三三", None, 10.233, None),
    (NUMBER, "两千万点五五四四", None, 20000000.5544, "a decimal after a scale word (万点五) is not read"),
    (NUMBER, "两千点零", None, 2000, None),
    (NUMBER, "两千三点一", None, 2300.1, None),
    (NUMBER, "10,000.233", None, 10000.233, None),
    (NUMBER, "4.800", None, 4.8, None),
    (NUMBER, "２.７８９０", None, 2.789, None),
    (NUMBER, "2.3", None, 2.3, None),
    (NUMBER, "2.3万", None, 23000, None),
    # ranges and approximations
    (RANGE, "这些苹果大概有20~100个", "20~100个", (20, 100), None),
    (RANGE, "一千到一千五百", None, (1000, 1500), None),
    (RANGE, "这一批产品大概有五百多个", "五百多个", 500, None),
    (RANGE, "五百以上", None, 500, None),
    (RANGE, "他的年龄不小于三十岁", "不小于三十岁", 30, None),
    (RANGE, "请给我一到五个苹果", "一到五个", (1, 5), None),
    # amounts of money
    (CURRENCY, "江苏彩民15元中大乐透1600万 奖池36.57亿", "15元", 15, None),
    (CURRENCY, "其中，四川彩友中得1注1000万元基本头奖；", "1000万元", 10000000, None),
    (CURRENCY, "本期开奖结束后，奖池金额攀升至36.57亿元。", "36.57亿元", 3657000000, None),
    (CURRENCY, "１欧元可以", "１欧元", 1, None),
    (CURRENCY, "兑换１．０７５３美元", "１．０７５３美元", 1.0753, None),
    (CURRENCY, "兑换1.0092瑞士法郎", "1.0092瑞士法郎", 1.0092, None),
    (CURRENCY, "2016年由于并购等直接投资，中国资金净流出1200亿美元", "1200亿美元", 120000000000, None),
    (CURRENCY, "宝安科技公司与国际精密的15位股东签署收购协议，以每股1.95港元", "1.95港元", 1.95, None),
    (CURRENCY, "央行到期定存单5306亿台币", "5306亿台币", 530600000000, None),
    (CURRENCY, "东芝重组另需1万亿日元 已向交易银行申请贷款", "1万亿日元", 1000000000000, None),
    (CURRENCY, "达到445奈拉兑换", "445奈拉", 445, None),
    (CURRENCY, "十五美元", None, 15, None),
    (CURRENCY, "十美元", None, 10, None),
    (CURRENCY, "苹果折扣一美元", "一美元", 1, None),
    (CURRENCY, "这台电脑两美元", "两美元", 2, None),
    # physical quantities
    (DIMENSION, "去年，潜江虾稻产业综合产值突破180亿元，带动就业超10万人，龙虾养殖户户平增收16000元，"
                "带动全省养殖小龙虾387万亩。", "387万亩", 3870000, None),
    (DIMENSION, "阳西辣椒火辣上市日均20万公斤远销珠三角", "20万公斤", 200000, None),
    (DIMENSION, "如今身高168公分", "168公分", 168, None),
    (DIMENSION, "澳联邦警察与维州警方在墨尔本缴获近一吨冰毒，为澳洲史上最大冰毒走私案。", "一吨", 1, None),
    (DIMENSION, "dimension是什么意思", "", None, None),
    (DIMENSION, "今天2:00 pm, 你将会收到一个惊喜！", "2:00", None, None),
    (DIMENSION, "一吨半", None, 1.5, None),
    (DIMENSION, "两米半", None, 2.5, None),
    (DIMENSION, "三斤半", None, 3.5, None),
    (DIMENSION, "十五斤半", None, 15.5, None),
    (DIMENSION, "12千米", None, 12, None),
    (DIMENSION, "2.3千克", None, 2.3, None),
    (DIMENSION, "1千克", None, 1, None),
    (DIMENSION, "三百米", None, 300, None),
    (DIMENSION, "四十克", None, 40, None),
    (DIMENSION, "一百千瓦", None, 100, None),
    (DIMENSION, "323千卡", None, 323, None),
    (DIMENSION, "1234两", None, 1234, None),
    (DIMENSION, "负0.2千米", None, -0.2, None),
    (DIMENSION, "负13.5千米", None, -13.5, None),
    (DIMENSION, "成人每天需要摄入2.4微克的维生素B12", "2.4微克", 2.4, None),
]

#: forms of the same spec files left out, with the reason
OUT_OF_SCOPE: list[tuple[str, str, str]] = [
    (PERCENT, "打对折, 陆 点 五 折, 75折, 9.9折, 九 九 折, 三点一折, 半折, 十折, 2折, 两折, 三八折, 五折, 一折 …",
     "折 is a shop discount, not a statistic"),
    (PERCENT, "百分之15Ｋ, 百分之3.2k, 百分之3.2M, 12k个百分点, １５k个百分点, 百 分 之 ５２.５ k",
     "Latin SI suffixes (k, M) do not occur in Chinese official text"),
    (PERCENT, "一 百 五 十 个 百 分 点, 六   个 百 分点, ２．４   个百分 点 (and traditional)",
     "blanks inside the unit word 个百分点"),
    (PERCENT, "找出酒精量在5-20%之间的产品", "the spec reads only 20 %; the reader reads the range 5–20 %"),
    (NUMBER, "两百点两, 一点两小时的会议, 九年(八吨), １９９１年１月１６日…２０点",
     "numbers of durations, dates and clock times are never quantities"),
    (NUMBER, "一打, 五十打, 十打苹果, 三双, 两双, 十双, 一百对, 一百五十对, 半百",
     "dozen/pair multipliers and the idiom 半百"),
    (NUMBER, "五兆六十二亿四万五千二, 五十五兆一十二亿四万五千二",
     "兆 is 10^12 in this spec but mega (10^6) in mainland usage (兆瓦): refused"),
    (NUMBER, "40k, 2^5, 2e5, 21.2E0, 2^-1, -1e1, -2.5 M, .23456000, ２.７８９０e－１, .5, -.5, 1.1^+23, -127.32e13 …",
     "exponents, SI suffixes and a leading decimal point are not written in speeches"),
    (NUMBER, "1, 234, 567; 二百五, 二百五, 还有二百五。; 二百三十三，五百七十七，一千六点五。; 2222.2222.22222.222; …9",
     "several unit-less numbers in one string: inside text the reader finds quantities with units only"),
    (NUMBER, "五分之一, 一百分之二, 三百五十又3分之1, ３／５, 负一又二分之一, 1 4/3的美梦 …",
     "fractions (分之 other than 百分之/千分之, a/b)"),
    (NUMBER, "百分之五十五点五七九, 百分之十万零六百五十一, 六千零五十一个百分点, 六百一十一点二五五个百分点",
     "the spec's number model leaves percentages to its percent model (the reader reads them as %)"),
    (RANGE, "大于二十的同时小于等于三十五, 位于20和30之间, 大于100 并且小于300, 最多100最少20, 1000以上， 1500以下, "
            "比三十大, 三十或者以上, 小于 或 等于100, < = 100, 比 170 低, 170 之下, 等于一百七, 一以上个苹果 …",
     "comparison intervals are not quantity phrases; speeches write ranges as A-B, A至B, A到B"),
    (CURRENCY, "10日元5日本銭, 两美元又三美分, 五元三毛, 三块", "sub-units and the colloquial 块"),
    (DIMENSION, "168cm, 168CM, 250m", "Latin unit symbols"),
    (DIMENSION, "一位名叫杰克的男生, 一位是最小的存储单位", "一位 counts people here (a quantity for the reader), bits there"),
    (DIMENSION, "三千比特, 五十兆字节, 六千字节, 一千比特, 1兆赫兹, 100赫兹", "data sizes and frequencies"),
    (DIMENSION, "两万两, 二两, 三十两, 三千两百两",
     "两 is both 'two' and the weight unit liang; after a Chinese numeral the reader refuses (两万两 = 22 000)"),
    ("NumberWithUnit/AgeModel, TemperatureModel", "(whole files)", "ages and temperatures are not metrics of speeches"),
]


def _as_spec(q: ParsedQuantity, v: float | int | None) -> float | None:
    """The reading in the spec's terms: percent for 成, base units for a scaled unit."""
    if v is None:
        return None
    if q.unit == "成":
        return v * 10
    if q.scale and q.unit not in ("%", "个百分点") or q.unit in ("万个百分点",):
        return float(v) * q.scale
    return v


def reading(inp: str, text: str | None) -> ParsedQuantity | None:
    if text is None:
        return parse_quantity(inp)
    if text == "":
        found = find_quantities(inp)
        return found[0] if found else parse_quantity(inp) if len(inp) < 12 else None
    at = inp.index(text)
    for q in find_quantities(inp):
        if q.span[0] < at + len(text) and at < q.span[1]:
            return q
    return None


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def outcome(case: tuple[str, str, str | None, object, str | None]) -> str:
    """right | wrong | missed for one case."""
    _, inp, text, want, _ = case
    q = reading(inp, text)
    if want is None:
        return "right" if q is None else "wrong"
    if q is None:
        return "missed"
    if isinstance(want, tuple):
        got = (_as_spec(q, q.value), _as_spec(q, q.value_high))
        ok = None not in got and all(_same(float(g), float(w)) for g, w in zip(got, want))  # type: ignore[arg-type]
    else:
        got1 = _as_spec(q, q.value)
        ok = got1 is not None and q.value_high is None and _same(float(got1), float(want))  # type: ignore[arg-type]
    return "right" if ok else "wrong"


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0].split('/')[-1]}:{c[1][:24]}" for c in CASES])
def test_peer_case(case):
    result = outcome(case)
    assert result != "wrong", f"{case[1]!r}: {reading(case[1], case[2])}"
    if case[4] is None:
        assert result == "right", f"{case[1]!r} is read: {reading(case[1], case[2])}"
    else:
        assert result == "missed"  # a known miss: the reason is in the table; if it reads now, move it


def test_peer_suite_no_wrong_value_and_ninety_percent_right():
    results = [outcome(c) for c in CASES]
    assert results.count("wrong") == 0
    assert results.count("right") / len(results) >= 0.90


def test_out_of_scope_forms_are_not_in_the_table():
    inputs = {c[1] for c in CASES}
    for _, forms, reason in OUT_OF_SCOPE:
        assert reason
        assert not any(f.strip() in inputs for f in forms.split(",") if len(f.strip()) > 3)


if __name__ == "__main__":  # pragma: no cover
    counts = {k: 0 for k in ("right", "wrong", "missed")}
    for c in CASES:
        counts[outcome(c)] += 1
    print(f"in scope {len(CASES)}: right {counts['right']}, wrong {counts['wrong']}, missed {counts['missed']}")
    print(f"out of scope: {len(OUT_OF_SCOPE)} groups of forms")
