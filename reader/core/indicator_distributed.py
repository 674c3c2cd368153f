"""Names of listed items that share words: 城镇和农村居民收入, 新建和改造农村公路, 中、高等职业教育."""

from __future__ import annotations

import re

from reader.core.indicator_names import MAX_NAME_CHARS, clean_name
from reader.core.indicator_words import nounish, plain_verb, words

MEASURE_HEADS = ("量", "额", "率", "价", "产能", "收入", "支出", "浓度", "耗", "增速")
# A measure closing a list of things is each thing's (工业和服务业增加值 → 工业增加值, 服务业增加值)
SHARED_MEASURES = frozenset(
    "增加值 产值 总产值 产量 总产量 营业收入 主营业务收入 数量 投资 利润 营业额 销售额 贡献度 贡献率".split()
)
_SHORT_MODIFIER_CHARS = 2  # 进口、出口通关时间: 进口 borrows the head of the last part
_ONE_CHAR_MODIFIERS = "一二三大中小高初城"  # 中、高等职业教育在校生: a modifier jieba leaves alone


def distributed_names(parts: list[str]) -> list[str]:
    """进口、出口通关时间 → 进口通关时间, 出口通关时间: short modifiers take the last part's head."""
    paired = _split_word_pair(parts) or _paired_measure(parts)
    if paired:  # 一般公共预算收入和支出 → 一般公共预算收入, 一般公共预算支出
        return paired
    counted = _counted_items(parts)
    if counted:  # 高新、经开、小蓝三个国家级开发区主营业务收入 → 高新国家级开发区主营业务收入, …
        return counted
    shared_object = _distributed_verbs(parts)
    if shared_object:  # 新建和改造农村公路 → 新建农村公路, 改造农村公路
        return shared_object
    names = [clean_name(part) or _one_char_modifier(part) for part in parts]
    parallel = _town_and_country(names) or _parallel_heads(names)
    if parallel:  # 城镇和农村居民…, 大、中型项目, 一、二、三产业
        return parallel
    first = words(names[0]) if names[0] else []
    verbs = [index for index, token in enumerate(first[:-1]) if plain_verb(token)]
    if verbs and len(names) > 2:  # 中央财政用于科技、教育、卫生和文化事业的支出: after the verb
        names[0] = "".join(first[verbs[-1] + 1 :])
    last_words = words(names[-1]) if names[-1] else []
    head = "".join(last_words[1:]) if len(last_words) > 1 else ""
    if len(last_words) > 2 and last_words[1].endswith(MEASURE_HEADS):  # 化学需氧量排放量 (jieba: 化学/需氧量)
        head = "".join(last_words[2:])
    things = len(last_words) > 1 and head.endswith(MEASURE_HEADS) and all(
        len(words(name)) == 1 and not name.endswith(MEASURE_HEADS) for name in names[:-1]
    )  # 二氧化硫、化学需氧量排放量 → 二氧化硫排放量: single things before a thing and its measure
    measure = last_words[-1] if len(last_words) > 1 and last_words[-1] in SHARED_MEASURES else ""
    share = next((m + "占比" for m in SHARED_MEASURES if names[-1].endswith(m + "占比")), "")
    measure = measure or (share if len(names[-1]) > len(share) else "")  # A、B增加值占比: A's share too
    if measure and not things and all(name and not _measured(name) for name in names[:-1]):
        joined = [name + measure for name in names[:-1]] + [names[-1]]  # 战略性新兴产业和高技术制造业增加值
        if all(len(name) <= MAX_NAME_CHARS for name in joined):
            return joined
    if not things and not all(0 < len(name) <= _SHORT_MODIFIER_CHARS for name in names[:-1]):
        return names  # 单位国内生产总值用水量、能耗、二氧化碳排放量: whole names (scope shared later)
    last = len(names) - 1
    return [_joined(name, head) if head and index < last else name for index, name in enumerate(names)]


_PAIRED_MEASURES = frozenset("收入 支出 进口 出口 存款 贷款 利润 税金".split())


def _paired_measure(parts: list[str]) -> list[str]:
    """A measure after a whole name takes that name's scope (一般公共预算收入和支出)."""
    first, second = (part.strip() for part in parts) if len(parts) == 2 else ("", "")
    ending = next((word for word in _PAIRED_MEASURES if first.endswith(word)), "")
    if not ending or second not in _PAIRED_MEASURES or second == ending or len(first) <= len(ending):
        return []
    named = clean_name(first) or first  # 其中出口、进口 → 出口, 进口
    return [named, named.removesuffix(ending) + second]


def _split_word_pair(parts: list[str]) -> list[str]:
    """金融机构存、贷款余额 → 金融机构存款余额, 金融机构贷款余额: two words sharing one written character."""
    if len(parts) != 2:
        return []
    first, second = (part.strip() for part in parts)
    first_words = words(first) if len(first) > 1 and len(second) > 2 else []
    if not first_words or len(first_words[-1]) != 1 or len(first_words) < 2:
        return []
    shared = second[1:]
    pair = (first[-1] + shared[0], second[:2])  # 存款, 贷款: words of their own that end alike
    if any(words(word) != [word] or not nounish(word) for word in pair):
        return []
    scope = first[:-1]
    names = [clean_name(scope + first[-1] + shared), clean_name(scope + second)]
    return names if all(0 < len(name) <= MAX_NAME_CHARS for name in names) else []


_COUNTED_LAST = re.compile(
    r"(?P<item>[^\d、，；]{1,6}?)(?:[两二三四五六七八九十]|\d{1,2})(?:个|大|类|家|所)(?P<rest>.{2,})"
)


def _counted_items(parts: list[str]) -> list[str]:
    """A、B、C三个开发区收入: the count before the shared head closes the list of items."""
    match = _COUNTED_LAST.fullmatch(parts[-1].strip())
    if not match or len(parts) < 2:
        return []
    items = [part.strip() for part in parts[:-1]] + [match.group("item")]
    rest = clean_name(match.group("rest"))
    if not rest or not (nounish(words(rest)[-1]) or rest.endswith(MEASURE_HEADS)):
        return []
    if not all(item and len(item) <= 6 and clean_name(item) in ("", item) for item in items):
        return []  # 高新 and 经开 are no names jieba knows; a phrase with a verb is no item
    names = [item + rest for item in items]
    return names if all(len(name) <= MAX_NAME_CHARS for name in names) else []


def _measured(name: str) -> bool:
    """True when a name already ends with a measure (产值, 增加值, 比重 …)."""
    return name.endswith((*MEASURE_HEADS, "比重", "值")) or words(name)[-1] in SHARED_MEASURES


def _joined(name: str, head: str) -> str:
    """城镇居民 + 居民人均可支配收入 → 城镇居民人均可支配收入: words the two share are written once."""
    for size in range(min(len(name), len(head) - 1), 1, -1):
        if name.endswith(head[:size]):
            return name + head[size:]
    return name + head


def _town_and_country(names: list[str]) -> list[str]:
    """城、乡居民人均可支配收入 → 城镇居民…, 农村居民…: 城 and 乡 as one-character modifiers."""
    if len(names) != 2 or names[0] != "城" or not names[1].startswith("乡") or len(names[1]) < 3:
        return []
    return urban_and_rural("城乡" + names[1][1:])


def urban_and_rural(subject: str) -> list[str]:
    """城乡低保标准分别… → 城市低保标准, 农村低保标准: 城乡 with two values is town and country."""
    name = clean_name(subject)
    rest = name.removeprefix("城乡")
    if not name.startswith("城乡") or len(rest) < 2:
        return []
    residents = "居民" in rest[:4]  # 城乡居民, 城乡常住居民
    return [("城镇" if residents else "城市") + rest, "农村" + rest]


def _one_char_modifier(part: str) -> str:
    """一 of 一、二、三产业, 中 of 2007年中、高等职业教育: a one-character modifier, maybe after a time."""
    part = part.strip()
    after_time = re.fullmatch(r"(?:.*[年月])?第?.", part) is not None  # 第一、二、三产业
    return part[-1] if part and part[-1] in _ONE_CHAR_MODIFIERS and after_time else ""


def _distributed_verbs(parts: list[str]) -> list[str]:
    """新建和改造农村公路 → 新建农村公路, 改造农村公路: verbs before one shared object."""
    items = [part.strip() for part in parts]
    last = words(items[-1]) if items[-1] else []
    if len(last) < 2 or not plain_verb(last[0]) or not all(
        len(words(item)) == 1 and plain_verb(item) for item in items[:-1]
    ):
        return []
    thing = clean_name("".join(last[1:]), phrase=True)
    names = [item + thing for item in items[:-1]] + [last[0] + thing]
    fits = all(len(name) <= MAX_NAME_CHARS for name in names)
    return names if thing and nounish(words(thing)[-1]) and fits else []


def _parallel_heads(names: list[str]) -> list[str]:
    """城镇和农村居民人均收入 → 城镇居民人均收入: short modifiers share what follows the last one's.

    For a modifier jieba glues to the head (农村居民, 中型); ordinals take 第 (第一产业).
    """
    if not all(names):
        return []
    size = len(names[0])
    last_words = words(names[-1])
    last = names[-1].removeprefix("第")  # 第一、第二、第三产业
    ordinal = all(len(name) == 1 and name in "一二三" for name in names[:-1]) and last[0] in "二三"
    if ordinal and len(last) > 2:
        return ["第" + name + last[1:] for name in names[:-1]] + ["第" + last]
    if (size > 2 or any(len(name) != size for name in names[:-1]) or len(last_words[0]) < size + min(size, 2)
            or len(names[-1]) <= size + 1):  # 农村|居民, not 服务|业
        return []
    head = names[-1][size:]
    if not nounish(words(head)[-1]):
        return []
    return [name + head for name in names[:-1]] + [names[-1]]


_LIST_CATEGORY = re.compile(r"^\s*等([^\s\d，。；：、（）()]{2,8}?)(?=[，。；：（(]|$)")


def list_category(names: list[str], after: str, counted: bool) -> list[str]:
    """淘汰钢铁 2700 万吨、水泥 4200 万吨等落后产能 → 淘汰钢铁落后产能, …: what the amounts are of.

    Counted items are members of the category, not amounts of it (新建医院 15 家等公共设施 → 新建医院).
    """
    match = _LIST_CATEGORY.match(after)
    category = clean_name(match.group(1)) if match else ""
    if not category or category != match.group(1):
        return names
    if not nounish(words(category)[-1]) and not category.endswith(MEASURE_HEADS):  # 产能 is tagged v
        return names
    if counted:
        return [name.removesuffix(category) or name for name in names]
    if any(not name or (name.endswith(MEASURE_HEADS) and not name.endswith(category)) for name in names):
        return names
    joined = [name if name.endswith(category) else name + category for name in names]
    return joined if all(len(name) <= MAX_NAME_CHARS for name in joined) else names
