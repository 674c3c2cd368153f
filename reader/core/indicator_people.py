"""Names for counts of people: who they are, what they did or had done for them (解决…问题人数)."""

from __future__ import annotations

import re

from reader.core.indicator_names import MAX_NAME_CHARS, last_verb
from reader.core.indicator_words import TRAILING, nounish, plain_verb, tag, words

# Verbs of a statement about people, not of something done to a number of them: 关心八亿农民命运.
_ATTITUDE_VERBS = frozenset("关心 关系 关系到 发挥 充分发挥 代表 代表着 动员 依靠 团结 调动 为了".split())
_POPULATIONS = ("人民", "群众", "农民", "劳动力", "人口", "职工", "工人")


def population_name(name: str) -> str:
    """关心八亿农民命运 → 农民人数, 代表着全国九亿多人民 → 人口: people a statement is about are counted."""
    tokens = words(name) if name.endswith(_POPULATIONS) else []
    verb = tokens[0].removeprefix("充分") if tokens else ""
    if len(tokens) < 2 or verb not in _ATTITUDE_VERBS or not name.endswith(_POPULATIONS):
        return name
    people = "".join(tokens[1:])
    if people in ("人民", "群众"):
        return "人口"
    return people if people.endswith(("人口", "劳动力")) else people + "人数"


PEOPLE_HEADS = tuple(
    "学生 生 人员 农民 职工 居民 群众 工商户 家庭 儿童 老人 农户 贫困户 劳动力 毕业生 残疾人".split()
)
_LONE_VERB = re.compile(r"\s*([^\s\d，。；、（）]{2,6})(?=[，。；])")
_PEOPLE_PREDICATE = re.compile(r"\s*(?:都|已|已经|均|也)?([^\s\d，。；、（）()和]{2,12})(?=[，。；]|$)")
_HOW = frozenset("如期 按期 顺利 全部 稳定 全面 相继 陆续 先后 累计".split())  # how people did it
_RECEIVER = re.compile(r"(?:对|向|为|给)\s*$")
_PEOPLE_PROBLEM = re.compile(r"\s*的([^\s\d，。；、（）()和及]{2,8}(?:问题|困难))")


def people_of(thing: str, thing_end: int, after: str) -> tuple[str, int]:
    """People counted, not what they have: 900多万个体工商户税负 → 个体工商户; 3.58亿人参保 → 参保."""
    if not thing:
        problem = _PEOPLE_PROBLEM.match(after)  # 解决了农村 200 万人的饮水安全问题
        if problem:
            return problem.group(1), problem.end(1)
        lone = _LONE_VERB.match(after)
        tokens = words(lone.group(1)) if lone else []
        while len(tokens) > 1 and (tokens[0] in _HOW or tag(tokens[0]).startswith("d")):
            tokens.pop(0)  # 15250人如期脱贫 → 脱贫
        if tokens and lone_predicate(tokens):
            return "".join(tokens), lone.end(1)  # named 受益人数 by own_name
        return "", 0
    tokens = words(thing)
    if tokens[-1].endswith(PEOPLE_HEADS):  # 中西部家庭经济困难学生: people already
        return thing, thing_end
    for index in range(len(tokens) - 2, -1, -1):
        rest = tokens[index + 1 :]  # 个体工商户税负: what they have; 失业人员发放…待遇: what is done to them
        described = nounish(rest[0]) and nounish(rest[-1])  # 学生营养改善计划: what is done for them
        if tokens[index].endswith(PEOPLE_HEADS) and (described or plain_verb(rest[0])):
            kept = "".join(tokens[: index + 1])
            return kept, thing_end - (len(thing) - len(kept))
    return thing, thing_end


def problem_of_people(thing: str, raw: str, unit: str) -> str:
    """解决 6000 万人安全饮水问题 → 解决安全饮水问题人数: how many people a solved problem concerned."""
    verb = last_verb(raw) if thing.endswith(("问题", "困难")) and unit in ("人", "户") else ""
    place_after_verb = not verb and thing.endswith("问题")
    tokens = [token for token in words(raw.strip()) if token != "了"] if place_after_verb else []
    if len(tokens) > 1 and plain_verb(tokens[-2]) and nounish(tokens[-1]):  # 解决了农村 200 万人的…问题
        verb = "".join(tokens[-2:])
    name = verb + thing + people_count(unit)
    return name if verb and verb not in TRAILING and len(name) <= MAX_NAME_CHARS else thing


def lone_predicate(tokens: list[str]) -> bool:
    """True for a verb phrase that is all a counted group did: 受益, 进城落户, 实现就业 (not 增长)."""
    if len(tokens) == 1:
        return plain_verb(tokens[0]) and tokens[0] not in TRAILING
    light = tokens[0] == "实现" and len(tokens) == 2  # 实现就业
    return (plain_verb(tokens[0]) and (light or tokens[0] not in TRAILING) and len(tokens) <= 3
            and all(plain_verb(token) or nounish(token) for token in tokens[1:]))


def people_with_predicate(people: str, rest: str, raw: str) -> str:
    """农村人口解决了安全饮水问题 → 解决安全饮水问题农村人口: what counted people did or had done for them."""
    if not people.endswith((*PEOPLE_HEADS, "人口")) or _RECEIVER.search(raw):
        return people  # 向1000多万失业人员发放…: people something is given to keep their own name
    done = _PEOPLE_PROBLEM.match(rest)  # 解决4800多万农村人口的饮水安全问题
    own = None if done else _PEOPLE_PREDICATE.match(rest)  # 1.4亿农村人口在城镇落户
    predicate = ""
    if done:
        verb = last_verb(raw)
        predicate = verb + done.group(1) if verb and verb not in TRAILING else ""
    elif own:
        tokens = [token for token in words(own.group(1)) if token != "了"]
        placed = len(tokens) > 2 and tokens[0] == "在" and nounish(tokens[1])  # 在城镇落户
        acted = (len(tokens) > 1 and plain_verb(tokens[0]) and tokens[0] not in TRAILING
                 and nounish(tokens[-1]))  # 解决了温饱问题
        predicate = "".join(tokens) if (placed or acted) and "的" not in tokens else ""  # 在…的基础上
    name = predicate + people
    return name if predicate and len(name) <= MAX_NAME_CHARS else people


def people_count(unit: str) -> str:
    """The word a count of people ends with: 人数, 人次, or 户数 for households."""
    return {"人次": "人次", "户": "户数"}.get(unit, "人数")
