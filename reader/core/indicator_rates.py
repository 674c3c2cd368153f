"""Names of rates against a yardstick: a plan's completion (…计划完成率) and a margin over another region."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.core.indicator_names import (
    AMOUNT_CHANGES,
    MAX_NAME_CHARS,
    QUOTES,
    clean_name,
    is_noun_phrase,
    only_verbs,
    shorten,
)
from reader.core.indicator_words import nounish, words

if TYPE_CHECKING:
    from reader.core.indicators import Indicator

_COMPLETION = re.compile(r"(?:计划)?完成了?(?P<plan>[^，。；\d]{0,10}?)的?\s*$")
_PLAN = r"(?P<plan>(?:年度|全年|年初|调整后?|年)?(?:预算|计划)数?)"  # 年初预算, 调整预算数, 年度计划, 年计划
_OF_PLAN = re.compile(rf"(?:占|为|是|达){_PLAN}的?\s*$")
_PLAN_BEFORE_FIGURE = re.compile(rf"(?:完成|为|占|是|达)了?{_PLAN}$")  # 完成年初预算 207380 万元的
_FIGURE_WORDS = re.compile(r"(?:决算数|完成数|执行数)$")
_PLAN_RATE, _BUDGET_RATE, _TASK_RATE, _TARGET_RATE = "计划完成率", "预算完成率", "任务完成率", "目标完成率"
# 比全国高 / 超过全省 / 高出“九五”期间增幅: a growth rate's margin over another region or period
_MARGIN = re.compile(
    r"^(?:比|较)(?P<ref>[^，；\d]{1,10}?)(?:增幅|增速)?(?P<dir>高出?|低|快|慢)了?$"
    r"|^(?P<dir2>超过|高于|高出|低于|快于|慢于)(?P<ref2>[^，；\d]{1,10}?)(?:增幅|增速)?$"
)

# 高于年初人代会12%的目标: a target set earlier that a growth rate is compared with
TARGET_AFTER = re.compile(r"\s*的(?:预期|年度|调控|奋斗)?目标")
_AGAINST = re.compile(r"(?:高于|超过|超出|高出|低于|快于|慢于|好于)[^，；\d]{0,12}$")
_MARGIN_NAME = re.compile(r"(.+?)增速(?:高于|低于)")
_PLANNED_FIGURE = re.compile(r"(?<=收入|支出)(?:年度|全年|年初|调整|调整后)?(?:预算|计划)数?$")


def completion_name(raw: str, previous: str) -> str:
    """钢完成96.4% → 钢计划完成率, …税收…，完成预算数的92.49% → 税收预算完成率: how much of a plan is done."""
    match = _COMPLETION.search(raw) or _OF_PLAN.search(raw)  # 占预算数的102.74%: the same
    if not match or not re.search(r"计划|预算|任务|指标|目标|^$", match.group("plan")):
        return ""  # 完成五年投资总额的68%: a share of a total, not of a plan
    thing = clean_name(raw[: match.start()]) or previous
    if not thing or not (is_noun_phrase(thing) or (thing == previous and nounish(words(thing)[-1]))):
        return ""  # 化解政府性债务4.75亿元，完成年度任务的115%: the task just reported
    plan = match.group("plan")
    rate = _BUDGET_RATE if "预算" in plan else _TASK_RATE if "任务" in plan else _PLAN_RATE
    rate = _TARGET_RATE if "目标" in plan and rate == _PLAN_RATE else rate
    return _rate_name(thing, rate)


def plan_figure_completion(raw: str, opening: str, measure: str) -> str:
    """完成年初预算 207380 万元的 54.22% → 税收收入预算完成率: a plan's share given with its figure."""
    plan = _PLAN_BEFORE_FIGURE.search(opening)
    if raw.strip() != "的" or not plan or not measure:
        return ""
    return _rate_name(measure, _BUDGET_RATE if "预算" in plan.group("plan") else _PLAN_RATE)


def _rate_name(thing: str, rate: str) -> str:
    """The thing and its rate, the thing's modifiers dropped from the left to fit (地方级财政收入…)."""
    thing = _FIGURE_WORDS.sub("", thing) or thing  # 支出决算数: the measure, not the kind of figure
    if thing.endswith(rate[:2]):  # 基本建设计划完成率: the plan named once
        rate = rate[2:]
    if len(thing + rate) <= MAX_NAME_CHARS:
        return thing + rate
    short = shorten(thing, MAX_NAME_CHARS - len(rate))
    return short + rate if len(short) > 2 else shorten(thing)


def measure_of(name: str) -> str:
    """粮食总产量计划完成率 → 粮食总产量: the measure a plan completion or a margin is of."""
    for rate in (_PLAN_RATE, _BUDGET_RATE, _TASK_RATE, _TARGET_RATE):
        if name.endswith(rate) and len(name) > len(rate):
            return name.removesuffix(rate)
    margin = _MARGIN_NAME.match(name)  # 地区生产总值增速高于全省 → 地区生产总值
    if margin:
        return margin.group(1)
    changed = next((verb for verb in AMOUNT_CHANGES if name.endswith(verb) and len(name) > len(verb) + 1), "")
    if changed and not only_verbs(name.removesuffix(changed)):  # 税收收入减收 → 税收收入 (not 减收增支)
        return name.removesuffix(changed)
    planned = _PLANNED_FIGURE.search(name)  # 税收收入年初预算 → 税收收入: the plan is of the measure
    return name[: planned.start()] if planned else name


def margin_name(raw: str, before: list[Indicator], measure: str) -> str:
    """The name of a margin in percentage points over another region or a target; '' otherwise."""
    return margin_over(raw, before[-1], measure) or margin_over_target(raw, before, measure) if before else ""


def margin_over(raw: str, growth: Indicator, measure: str) -> str:
    """超过全省 / 比全国高 after the growth of ``measure``: by how much it beat another region or period."""
    match = _MARGIN.match(raw.strip().lstrip("、"))
    if not match or growth.base_unit != "%" or growth.change != "up" or not measure:
        return ""
    reference = QUOTES.sub("", match.group("ref") or match.group("ref2")).strip()
    reference = "目标" if reference.endswith("目标") else reference  # 高于年初目标 → 增速高于目标
    higher = (match.group("dir") or match.group("dir2")) not in ("低", "慢", "低于", "慢于")
    name = f"{measure_of(measure)}增速{'高于' if higher else '低于'}{reference}"
    return name if reference and "年" not in reference and len(name) <= MAX_NAME_CHARS else ""


_LISTED_MARGIN = re.compile(
    r"^(?:分别|均)?(?P<dir>超过|高于|高出|低于|快于|慢于)(?P<refs>[^，；\d]{2,16}?)(?:增幅|增速)?$"
)
PLACES = r"全国|全省|全市|全区|全州|全县|全盟"  # what a figure is compared with across places
_PLACE_REFERENCE = re.compile(PLACES)  # 高于全国全省: listed without a mark


def listed_margins(raw: str, group: list[Indicator], before: list[Indicator]) -> list[str]:
    """分别高于全国、全省5.9和2.9个百分点: one margin per region; 高于全国0.1和2.2个百分点: one per growth."""
    match = _LISTED_MARGIN.match(raw.strip())
    if not match or not before or any(indicator.base_unit != "个百分点" for indicator in group):
        return []
    refs = [ref for ref in re.split(r"[、和及与]", match.group("refs")) if ref]
    if len(refs) == 1 and len(_PLACE_REFERENCE.findall(refs[0])) > 1:
        refs = _PLACE_REFERENCE.findall(refs[0])
    growths = before[-len(group) :] if len(refs) == 1 else [before[-1]] * len(refs)
    if len(growths) != len(group) or len(refs) not in (1, len(group)):
        return []
    if any(growth.base_unit != "%" or growth.change != "up" or not growth.name for growth in growths):
        return []
    higher = match.group("dir") not in ("低于", "慢于")
    refs = refs * len(group) if len(refs) == 1 else refs
    names = [f"{measure_of(growth.name)}增速{'高于' if higher else '低于'}{ref}"
             for growth, ref in zip(growths, refs, strict=True)]
    return names if all(len(name) <= MAX_NAME_CHARS for name in names) else []


_GROWTH_MOVED = re.compile(
    r"(?:较|比)(?:上年|去年|上年同期)(?:同期)?(?:提高|加快|回落|下降|放缓|提升|回升|增加|减少|降低)了?"
)
_PLACE_MARGIN = re.compile(
    rf"(?:比|较)(?P<ref>{PLACES})(?:平均水平?)?(?:高出?|多)了?"
)


def growth_moved(raw: str, before: list[Indicator]) -> str:
    """增长3.8%，较上年提高0.3个百分点 → 一般公共预算收入增速: how much the growth rate itself moved."""
    growth = before[-1] if before else None
    if growth is None or growth.base_unit != "%" or growth.change is None or not growth.name:
        return ""
    name = f"{measure_of(growth.name)}增速"
    return name if _GROWTH_MOVED.fullmatch(raw.strip()) and len(name) <= MAX_NAME_CHARS else ""


def amount_margin(raw: str, before: list[Indicator], unit: str) -> str:
    """人均地区生产总值5.18万元，…，比全省高1.18万元 → 人均地区生产总值高于全省: a level's lead."""
    match = _PLACE_MARGIN.fullmatch(raw.strip())
    level = next((i for i in reversed(before) if i.base_unit == unit and i.change is None), None)
    if not match or level is None or not level.name:
        return ""
    name = f"{measure_of(level.name)}高于{match.group('ref')}"
    return name if len(name) <= MAX_NAME_CHARS else ""


def target_compared(raw: str, after: str, measure: str) -> str:
    """高于年初人代会 12% 的目标 → 财政收入: the target a growth rate was compared with is of its measure."""
    return measure_of(measure) if measure and _AGAINST.search(raw) and TARGET_AFTER.match(after) else ""


def margin_over_target(raw: str, before: list[Indicator], measure: str) -> str:
    """高于…12%的目标 14.4 个百分点 → 财政收入增速高于目标: by how much a growth beat its target."""
    if len(before) < 2 or not TARGET_AFTER.fullmatch(raw.strip()) or not measure:
        return ""
    growth, target = before[-2], before[-1]
    if growth.base_unit != "%" or target.base_unit != "%" or growth.change != "up":
        return ""
    between = target.sentence[growth.end - growth.sentence_start : target.start - target.sentence_start]
    compared = _AGAINST.search(between)
    if not compared or re.search(r"[，；]", between[compared.start() :]):
        return ""
    higher = not compared.group(0).startswith(("低于", "慢于"))
    return f"{measure_of(measure)}增速{'高于' if higher else '低于'}目标"
