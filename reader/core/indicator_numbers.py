"""Find the quantities of a sentence: Arabic numbers, Chinese numerals and 百分之 percentages."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.indicator_names import is_noun_phrase_start, starts_with_verb

if TYPE_CHECKING:
    from reader.core.indicators import Indicator

MAGNITUDES = {
    "万亿": 10**12, "万万": 10**8, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3,
    "百": 100,
}
_PHYSICAL_UNITS = (
    "微克/立方米 个百分点 百分点 吨公里 人公里 吨海里 人海里 "
    "平方公里 平方米 立方米 千瓦时 标准箱 重量箱 人民币 美元 欧元 公顷 千瓦 公里 千米 "
    "公斤 万吨 吨 元 米 斤 亩 倍 岁 小时 天 % ‰ 平方公尺 立方公尺 公尺 公担 担 马力 载重吨 印张 瓩 度"
).split()
_COUNT_UNITS = (
    "人次 户次 件次 批次 架次 班次 台次 场次 剂次 家 户 套 个 项 件 所 条 处 栋 座 辆 张 间 名 位 "
    "人 场 次 部 台 批 支 种 床 棵 株 册 本 份 宗 笔 架 艘 头 起 列"
).split()
# A measure word that starts a longer word is not a unit (家庭, 人口, 项目, 支出, 个人 …).
_NOT_BEFORE = {
    "家": "庭长属具", "人": "口员民才群士均", "个": "人体月", "项": "目", "支": "出持付撑柱", "处": "理置于",
    "部": "门署分", "所": "有得属在以谓", "位": "置于", "条": "件例款", "元": "素", "种": "植类",
    "批": "准复",
    "场": "所景馆地", "台": "阶", "次": "数", "间": "接", "天": "然", "米": "粮", "本": "地身领", "份": "额",
    "件": "事", "担": "任保负当心子", "头": "脑等号条部", "起": "草来到步始点源因飞航诉",
    "列": "入为出车举席", "度": "过假",
}


def _unit_pattern(units: list[str]) -> str:
    """Longest-first alternation of units, each with its lookahead against longer words."""
    parts = []
    for unit in sorted(units, key=len, reverse=True):
        guard = _NOT_BEFORE.get(unit)
        parts.append(re.escape(unit) + (f"(?![{guard}])" if guard else ""))
    return "|".join(parts)


_UNIT = _unit_pattern(_PHYSICAL_UNITS + _COUNT_UNITS)
COUNT_UNITS = frozenset(_COUNT_UNITS)
MONEY_UNITS = frozenset(("元", "美元", "欧元", "人民币"))
_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
_MINUS = "-－−"
_CN_DIGIT = re.compile("[一二两三四五六七八九十]")
_SIGN_AFTER = re.compile(r"[\u4e00-\u9fff，：:]")
# 多 / 余 after the unit qualify it (5亿元多), unless they start a verb or noun (多出54%, 余额).
_SUFFIX = r"(?P<suffix>\s*(?:左\s*右|以\s*上|以\s*内|以\s*下|余(?![额下])|多(?![出于了少])))?"
_ARABIC = re.compile(
    rf"(?P<num>{_NUMBER})"
    rf"(?:\s*(?P<pct>%)?\s*[－\-—~～至到]\s*(?P<num2>{_NUMBER}))?"
    rf"\s*(?P<mid0>余|多)?(?P<mag>万亿|千万|百万|亿|万|千)?(?P<part>(?<=[万亿])\d(?:千万|百万|千|百))?"
    rf"\s*(?P<mid>余|多)?\s*(?P<unit>{_UNIT})?" + _SUFFIX
)
_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_CHARS = "零〇○一二两三四五六七八九十百千万亿"
_CN_NUMBER = rf"[一二两三四五六七八九十][{_CN_CHARS}]*?(?:点[零〇○一二三四五六七八九]+)?"
_CHINESE = re.compile(
    rf"(?P<num>{_CN_NUMBER})(?:(?P<mag1>万亿|亿|万)?[到至－](?P<num2>{_CN_NUMBER}))?"
    rf"(?P<mid0>余|多)?(?P<mag>万亿|亿|万)?(?P<mid>余|多)?(?P<unit>{_UNIT})" + _SUFFIX
)
# 近八亿人口, 六万万人民: a magnitude without a measure word, before the counted noun
_CHINESE_BARE = re.compile(
    rf"(?P<num>{_CN_NUMBER})(?P<mag1>)(?P<num2>)(?P<mid0>)(?P<mag>万亿|万万|亿|万)(?![{_CN_CHARS}])(?P<mid>余|多)?(?P<unit>)"
    + _SUFFIX
)
_PERCENT = re.compile(
    rf"百分之(?P<num>{_CN_NUMBER})(?:[到至－](?:百分之)?(?P<num2>{_CN_NUMBER}))?(?![{_CN_CHARS}])" + _SUFFIX
)
_MAGNITUDE_UNITS = frozenset(("度",))
_ANY_NUMERAL = re.compile(r"[\d零〇○一二两三四五六七八九十百千万亿]")
_ROUND_COUNT = re.compile(
    rf"(?<![{_CN_CHARS}\d])(?P<num>[百千])(?P<mid>余|多)(?P<unit>{_unit_pattern(_COUNT_UNITS)})(?![\u4e00-\u9fff]?年)"
)
# 投入近亿元; not 亿元以上项目, 亿元企业, 超亿元的企业 (a class of things, not an amount)
_ONE_OF_MAGNITUDE = re.compile(
    r"(?<=[近超逾])(?P<mag>亿)(?P<unit>元)(?!以上|级|的|企业|项目|楼宇|产业|工程|村)"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_AGE_GROUP = re.compile(r"(?:以下|以上)的?[\u4e00-\u9fff]{2}")
_DIGIT_RUN = re.compile(r"[一二两三四五六七八九〇○]{2}")
_NOT_AFTER_CHINESE = set("第前后这那哪每数几上成周初星礼点" + _CN_CHARS)
# Counted nouns of fixed political formulas (四个服务, 两个确立, 八项规定, 四项基本原则 …).
_FORMULA_NOUNS = (
    "方面 代表 服务 意识 自信 确立 维护 全面 务必 文明 基本点 中心 原则 基本原则 现代化 一百年 规定 "
    "市场 资源 结合 转变 大局 统筹 坚持 凡是 倡导 必须 战略 循环 优先 覆盖 数 字 积极性"
).split()
_RESULT_VERBS = tuple(
    "建成 新建 新增 建设 打造 完成 培育 引进 新设 落地 开工 新开工 竣工 改造 设立 创建 开设 组建 开通 举办 "
    "增加 建立 认定 新培育 新引进 新打造 扶持 涌现 诞生 获批 入选 获得 投用 启用 解决 办成 办好".split()
)
_CLEAR_COUNT = 100  # 五万八千人, 三百家: large counts are figures; 三个代表, 八项规定 are formulas
_ELEMENT_TERMS = ("结构", "论", "化", "制", "体制", "经济", "格局", "对立")
_YEAR_NUMBER = re.compile(r"(19|20)\d\d")
_PROGRAMME_LABEL_AFTER = re.compile(r"^\s*[\d“\"]")
_LEADING_PUNCTUATION = set("、，。；：！？,;:（）()“”\"")


@dataclass(frozen=True)
class Quantity:
    """One number with its unit as written in a sentence."""

    start: int
    end: int
    value: float | int
    value_high: float | int | None
    magnitude: str
    unit: str
    qualifier: str | None
    chinese: bool = False

    @property
    def full_unit(self) -> str:
        """The unit as written with its magnitude (万平方米)."""
        return f"{self.magnitude}{self.unit}"


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity of ``text`` in order (years, codes, labels and formulas left out)."""
    return list(_quantities(text))


def forget_quantities() -> None:
    """Drop remembered quantities, so that one document's extraction does not profit from another's."""
    _quantities.cache_clear()


@functools.lru_cache(maxsize=4096)
def _quantities(text: str) -> tuple[Quantity, ...]:
    """find_quantities, remembered: names and clauses are looked at more than once."""
    found = [_arabic(text, match) for match in _ARABIC.finditer(text) if _arabic_ok(text, match)]
    found += [_percent(text, match) for match in _PERCENT.finditer(text)]
    if "余" in text or "多" in text:
        found += [_round_count(match) for match in _ROUND_COUNT.finditer(text)]
    if "亿元" in text:
        found += [_one_of_magnitude(match) for match in _ONE_OF_MAGNITUDE.finditer(text)]
    if _CN_DIGIT.search(text):
        found += [_chinese(text, match) for match in _CHINESE.finditer(text) if _chinese_ok(text, match)]
        taken = [(quantity.start, quantity.end) for quantity in found]
        found += [
            _chinese(text, match) for match in _CHINESE_BARE.finditer(text)
            if _chinese_ok(text, match) and not any(a < match.end() and match.start() < b for a, b in taken)
        ]
    found.sort(key=lambda quantity: quantity.start)
    result: list[Quantity] = []
    for quantity in found:
        if (not result or quantity.start >= result[-1].end) and not _context_only(text, quantity):
            result.append(quantity)
    return tuple(result)


# 在全国217家国家级开发区综合考评中位列第13位: the field ranked in, not a measure of the place
_RANKED_AMONG = re.compile(
    r"[^，。；：,;:]{0,24}?[中里][，,]?\s*(?:排名|位列|位居|名列|居|排|列|获评?)(?:第|前|首)"
)
_ASPECTS = re.compile(r"\s*方面")  # 做好6个方面工作: how a list is announced
_ONE_OF = re.compile(r"[^，。；：,;:\d]{0,16}?之一")  # 30个典型旗县区之一: the set a place belongs to
_RANK_MOVE = re.compile(r"(?:前移|后移|前进|后退|上升|提升|下降|跃升|上移|下移)了?\s*$")  # 前移2位
_CAPACITY_LABEL = re.compile(r"[^，。；：,;:、\d]{1,16}?(?:项目|生产线)")  # 年产20万吨…生产线项目


def _context_only(text: str, quantity: Quantity) -> bool:
    """True for a number that frames the text, not a measure.

    The field a ranking is among, a set a place is one of, the parts a list announces, a move in a
    ranking (前移2位), a plant's capacity in a project's name (年产20万吨硅灰石生产线项目).
    """
    after = text[quantity.end : quantity.end + 30]
    if quantity.magnitude + quantity.unit in ("吨", "万吨") and text[: quantity.start].endswith("年产"):
        return _CAPACITY_LABEL.match(after) is not None
    if quantity.unit not in COUNT_UNITS:
        return False
    if quantity.unit == "位" and _RANK_MOVE.search(text[max(0, quantity.start - 4) : quantity.start]):
        return True
    announced = quantity.unit == "个" and _ASPECTS.match(after) is not None
    return announced or _RANKED_AMONG.match(after) is not None or _ONE_OF.match(after) is not None


def _round_count(match: re.Match[str]) -> Quantity:
    """百余个, 千余家: a round hundred or thousand written without 一."""
    value, unit, mid = _CN_SMALL[match.group("num")], match.group("unit"), match.group("mid")
    return Quantity(match.start(), match.end(), value, None, "", unit, mid, True)


def _one_of_magnitude(match: re.Match[str]) -> Quantity:
    """近亿元, 超亿元: one of the magnitude, written without 一 (its 近 or 超 is read before it)."""
    return Quantity(match.start(), match.end(), 1, None, match.group("mag"), match.group("unit"), None, True)


def _unit_follows(text: str, match: re.Match[str]) -> bool:
    """4895 of 分别达到4895和2608亿元: a bare number listed before one with a unit (shared later)."""
    if match.group("mag") or match.group("num2") or match.group("mid0"):
        return False
    joiner = text[match.end() : match.end() + 1]
    following = _ARABIC.match(text, match.end() + 1) if joiner in ("和", "、", "与", "及") else None
    return following is not None and bool(following.group("unit")) and _arabic_ok(text, following)


def _arabic_ok(text: str, match: re.Match[str]) -> bool:
    """Reject years, dates, ordinals, codes and programme labels."""
    start, end = match.start(), match.end()
    before = text[max(0, start - 1) : start]
    after = text[end : end + 1]
    if not match.group("unit") and not (
        _bare_magnitude(text, match.end(), bool(match.group("mag"))) or _unit_follows(text, match)
    ):
        return False
    code_mark = before.isascii() and (before.isalpha() or before in ".-_/#")
    if before and code_mark and not _minus_before(text, start):
        return False
    if before == "第" or text[max(0, start - 2) : start].strip() == "第":
        return False
    if _magnitude_missing(match):
        return False
    if before == "每" and match.group("unit") not in ("%", "‰"):  # 平均每50公斤: the measure's denominator
        return False
    if match.group("unit") == "岁" and _AGE_GROUP.match(text[end - 2 : end + 8]):  # 3岁以下婴幼儿: a group
        return False
    if match.group("unit") == "岁" and match.group("num2") and _CJK.match(after):  # 35-64岁妇女: a group
        return False
    if (match.group("unit") not in ("%", "‰") and _PROGRAMME_LABEL_AFTER.match(text[end:]) and after != "“"
            and not _count_follows(text, match)):
        return False
    if _YEAR_NUMBER.fullmatch(match.group("num")) and text[
        match.end("num") : match.end("num") + 2
    ].strip().startswith("年"):
        return False
    if match.group("unit") in ("小时", "天") and starts_with_verb(text[end:]):  # 24小时开放: a description
        return False
    return not (after == "号" or (after.isascii() and after.isalnum() and not _count_follows(text, match)))


def _magnitude_missing(match: re.Match[str]) -> bool:
    """True for a unit that counts only with a magnitude: 7.2亿度 of electricity, not 25度 slopes or 两度."""
    return match.group("unit") in _MAGNITUDE_UNITS and not match.group("mag")


def _count_follows(text: str, match: re.Match[str]) -> bool:
    """脱贫324户743人: a count right after a count, each with its own unit (not 3个100工程, 3个100%)."""
    following = _ARABIC.match(text, match.end())
    counted = following is not None and bool(following.group("unit")) and following.group("unit") not in "%‰"
    return match.group("unit") in COUNT_UNITS and counted  # 56条76公里农村公路: roads and their length


def _bare_magnitude(text: str, end: int, has_magnitude: bool) -> bool:
    """A count written with a magnitude only: ended by punctuation (增加1.4亿、) or before a noun (万家庭)."""
    if not has_magnitude:
        return False
    after = text[end : end + 1]
    if after in ("、", "，", "。", "；", "") or text.startswith("大关", end):  # 突破200万大关
        return True
    if after in ("和", "及", "与") and text[end + 1 : end + 2].isdigit():  # 减少10万和5万平方公里
        return True
    return after not in _LEADING_PUNCTUATION and is_noun_phrase_start(text[end:])


def _arabic(text: str, match: re.Match[str]) -> Quantity:
    """A quantity from an Arabic-number match; a minus sign after a word makes it negative (增长-18.9%)."""
    magnitude = match.group("mag")
    value = _with_part(_arabic_number(match.group("num")), match.group("part"), magnitude)
    negative = _minus_before(text, match.start())
    return Quantity(
        start=match.start() - negative,
        end=_trimmed_end(text, match.start(), match.end()),
        value=-value if negative else value,
        value_high=_arabic_number(match.group("num2")) if match.group("num2") else None,
        magnitude=magnitude or "",
        unit=match.group("unit") or "",
        qualifier=_inner_qualifier(match),
    )


def _minus_before(text: str, start: int) -> bool:
    """True for 增长-18.9%: a minus sign between a word or a comma and the number."""
    return start >= 2 and text[start - 1] in _MINUS and _SIGN_AFTER.match(text[start - 2]) is not None


def _with_part(value: float | int, part: str | None, magnitude: str | None) -> float | int:
    """1万6千 → 1.6 (万): a smaller magnitude written after the number's own."""
    if not part or not magnitude:
        return value
    digit, smaller = int(part[0]), part[1:]
    return _per(value * MAGNITUDES[magnitude] + digit * MAGNITUDES[smaller], MAGNITUDES[magnitude])


def _chinese_ok(text: str, match: re.Match[str]) -> bool:
    """A Chinese numeral is a quantity only when it clearly counts or measures something."""
    number, unit = match.group("num"), match.group("unit")
    start = match.start()
    before = text[start - 1] if start else ""
    if before in _NOT_AFTER_CHINESE or (before.isascii() and before.isalnum()) or _DIGIT_RUN.search(number):
        return False
    if number == "一" and not match.group("mag"):  # 一个, 一批, 一项, 一公里: an article, not a count
        return False
    if _magnitude_missing(match):
        return False
    if not unit:  # 近八亿人口, 六万万人民: a magnitude only, before the counted noun
        return _bare_magnitude(text, match.end(), True)
    after = text[match.end() :]
    if after[:1] and (after[:1] in "“\"" or after[:1].isdigit() or after[:1] in _CN_CHARS):
        return False
    if re.search(rf"[{_CN_CHARS}][、，]$", text[:start]):  # 增加两、三倍: an estimate, not a figure
        return False
    if unit == "倍" and after.startswith("的"):  # 以十倍的疯狂: rhetoric
        return False
    if unit == "元" and after.startswith(_ELEMENT_TERMS):  # 城乡二元结构, 一元化: terms, not money
        return False
    if match.group("mag1") and match.group("mag1") != match.group("mag"):
        return False
    if unit not in COUNT_UNITS or match.group("mag") or chinese_number(number) >= _CLEAR_COUNT:
        return True
    # 新建三家医院: a count only right after a verb of result, with the counted noun after it;
    # 中央和地方两个积极性, 五个新城, 两位数 and 八项规定 are names and formulas.
    return (
        text[:start].endswith(_RESULT_VERBS)
        and is_noun_phrase_start(after)
        and not after.startswith(tuple(_FORMULA_NOUNS))
    )


def _chinese(text: str, match: re.Match[str]) -> Quantity:
    """A quantity from a Chinese-numeral match in its largest magnitude (四亿零七百多万吨 → 4.07 亿吨, 多)."""
    number, magnitude = match.group("num"), match.group("mag") or ""
    if "亿" in number and magnitude == "万":
        magnitude = "亿"
    elif "万" in number and not magnitude:
        magnitude = "万"
    factor = MAGNITUDES.get(magnitude, 1)
    suffix = match.group("mag") or ""
    high = match.group("num2")
    return Quantity(
        start=match.start(),
        end=_trimmed_end(text, match.start(), match.end()),
        value=_per(chinese_number(number + suffix), factor),
        value_high=_per(chinese_number(high + suffix), factor) if high else None,
        magnitude=magnitude,
        unit=match.group("unit") or "",
        qualifier=_inner_qualifier(match),
        chinese=True,
    )


def _per(total: float | int, factor: int) -> float | int:
    """``total`` expressed in units of ``factor`` without floating-point noise."""
    value = round(total / factor, 6)
    return int(value) if float(value).is_integer() else value


def _percent(text: str, match: re.Match[str]) -> Quantity:
    """百分之十五点三 → 15.3 %; 百分之四到五 → 4–5 %."""
    suffix = "".join((match.group("suffix") or "").split())
    high = match.group("num2")
    return Quantity(
        start=match.start(),
        end=_trimmed_end(text, match.start(), match.end()),
        value=chinese_number(match.group("num")),
        value_high=chinese_number(high) if high else None,
        magnitude="",
        unit="%",
        qualifier=suffix or None,
        chinese=True,
    )


def chinese_number(text: str) -> float | int:
    """Value of a Chinese numeral (二十六亿六千万 → 2660000000, 二点八 → 2.8)."""
    whole, _point, decimals = text.partition("点")
    total = section = number = 0
    for char in whole:
        if char in _CN_DIGITS:
            number = _CN_DIGITS[char]
        elif char in _CN_SMALL:
            section += (number or 1) * _CN_SMALL[char]
            number = 0
        elif char == "万":
            section = (section + number or 1) * 10**4
            number = 0
        elif char == "亿":
            total = (total + section + number or 1) * 10**8
            section = number = 0
    value = total + section + number
    if decimals:
        return float(f"{value}.{''.join(str(_CN_DIGITS[char]) for char in decimals)}")
    return value


def _inner_qualifier(match: re.Match[str]) -> str | None:
    """左右 / 以上 / 以内 / 以下 after the unit, or 余 / 多 inside it."""
    suffix = "".join((match.group("suffix") or "").split())
    return suffix or match.group("mid") or match.group("mid0") or None


def _trimmed_end(text: str, start: int, end: int) -> int:
    """End of a match without trailing spaces."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _arabic_number(text: str) -> float | int:
    """Parse a written number, keeping integers integral."""
    text = text.replace(",", "")
    return float(text) if "." in text else int(text)


def share_unit(group: list[Indicator]) -> None:
    """10.6万、3.8万、3.3万平方公里, 4895和2608亿元: earlier members take the last member's full unit."""
    last = group[-1]
    for indicator in group[:-1]:
        if indicator.base_unit == "" and last.unit and last.unit.startswith(indicator.unit):
            factor = last.base_value / last.value if last.value else 1
            indicator.unit, indicator.base_unit = last.unit, last.base_unit
            indicator.base_value = scaled(indicator.value, factor) if indicator.value is not None else None


def scaled(value: float | int, factor: float | int) -> float | int:
    """Apply a magnitude without floating-point noise."""
    result = round(value * factor, 6)
    return int(result) if float(result).is_integer() else result


def numbers_in_name(name: str) -> bool:
    """True when a name holds a quantity other than the threshold of what it names (10亿元以上项目: none)."""
    if not _ANY_NUMERAL.search(name):  # most names: nothing to look for
        return False
    return any(not _threshold_of_name(name, quantity) for quantity in find_quantities(name))


def _threshold_of_name(name: str, quantity: Quantity) -> bool:
    """True for 10亿元以上 in 10亿元以上项目 and 超5000万元 in 年产值超5000万元企业: a level things passed."""
    past = quantity.qualifier in ("以上", "以下") or name[: quantity.start].endswith("超")
    labelled = quantity.unit in MONEY_UNITS and not quantity.qualifier  # 20亿元企业
    return (past or labelled) and quantity.end < len(name)

