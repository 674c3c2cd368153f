"""Last touches to a finished name: verbs and time words a table row does not need."""

from __future__ import annotations

import logging
import re

from reader.core.indicator_names import is_noun_phrase
from reader.core.indicator_words import nounish, plain_verb, tag, words

logger = logging.getLogger(__name__)

# 全州完成地区生产总值, 现代服务业实现区级税收: a scope, a verb of achieving, then the measure
_ACHIEVED = re.compile(r"^(?P<scope>.{1,8}?)(?:全年)?(?:实现|完成)(?P<measure>.{3,})$")
_MEASURE_ENDS = ("总值", "收入", "税收", "产值", "增加值", "投资", "总额", "产量", "利润", "余额", "规模")
_MANNER_OPENERS = ("高标准", "高质量", "高水平", "高起点")  # 高标准打造…示范园区: how, not what
_CROSSING = ("跨过", "跨越", "迈过", "越过", "跃过")  # 地区生产总值跨过3万亿元
_REACHING = re.compile(r"\s*(?:到|至)")  # 订单农业发展到60万亩: 发展 is the verb of reaching
_HAVING = "共有"  # 全区共有金融企业和机构1405家
_RANKED = re.compile(r"^(?P<who>.{2,}?)成为.{0,8}?第[一二三四五六七八九十\d]+(?:个|家|位)(?P<what>.*)$")
_VACUOUS_PLACES = ("辖区范围内", "辖区内", "范围内", "区域内")  # 在全市范围内新建公园 → 全市新建公园


def tidy_name(name: str, after: str) -> str:
    """``name`` without the verbs and time words around its measure; ``after`` is the text after it."""
    if not name:
        return name
    achieved = _ACHIEVED.match(name) if "实现" in name or "完成" in name else None
    measure = achieved.group("measure") if achieved else ""
    if achieved and measure.endswith(_MEASURE_ENDS) and is_noun_phrase(achieved.group("scope")):
        name = achieved.group("scope") + achieved.group("measure")
    at = name.find("全年", 1) if len(name) > 4 else -1
    if len(name) > 4 and at > 0 and not nounish(words(name[at + 2 :])[0]):  # 班列全年开行, not 全年增加额
        name = name[:at] + name[at + 2 :]
    for opener in _MANNER_OPENERS if name.startswith("高") else ():  # 高标准打造…园区, but 高标准农田 stays
        rest = name.removeprefix(opener)
        if rest != name and len(rest) > 2 and plain_verb(words(rest)[0]):
            name = rest
    rest = name.removeprefix(_HAVING)
    if rest != name and len(rest) > 2:
        name = rest
    name = _without_vacuous_place(name)
    ranked = _RANKED.match(name) if "成为" in name else None
    if ranked:  # 工业经济总量成为全区第四个突破…的地区 → 工业经济总量
        name = ranked.group("who") + re.sub("(?:地区|城市|县|市|区|省)$", "", ranked.group("what"))
    if name.endswith(_CROSSING) and len(name) > 3:
        name = name[:-2]
    if name.endswith("发展") and _REACHING.match(after):
        rest = name.removesuffix("发展")
        if not rest or nounish(words(rest)[-1]):
            name = rest  # alone, the measure before it is meant
    return name


def _without_vacuous_place(name: str) -> str:
    """辖区内设置检测点 → 设置检测点: 'within the area' before a verb says nothing a row needs."""
    for place in _VACUOUS_PLACES:
        at = name.find(place)
        rest = name[at + len(place) :] if 0 <= at <= 4 else ""
        if len(rest) > 2 and any(tag(word).startswith("v") for word in words(rest)[:2]):
            return name[:at] + rest
    return name
