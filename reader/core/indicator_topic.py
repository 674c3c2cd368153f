"""The topic a nearby clause lends to a name that says only who paid or which ratio: 中央财政社会保障资金."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.core.indicator_names import MAX_NAME_CHARS, clean_name
from reader.core.indicator_naming import CLAUSE_BREAK, NOT_THING
from reader.core.indicator_words import SCOPE_WORDS, nounish, plain_verb, tag, words

if TYPE_CHECKING:
    from reader.core.indicators import Indicator

# 中央财政将安排, 各级政府拟投入, 投入国债资金: an actor and a spending word, but not what for.
_FUNDING = re.compile(
    r"(?P<actor>中央和地方|(?:中央|地方|各级|国家|省级|市级|区级)?(?:财政|政府)|中央|国家)?(?:连续|累计|共)*"
    r"(?P<rest>(?:新增|增加)?(?:安排|投入|支出|拨付|下达)?(?:资金|国债资金|专项资金|经费|支出|投入)?)"
)
_SPENT = {"安排支出": "支出", "安排": "资金", "安排资金": "资金", "投入资金": "投入", "拨付": "资金",
          "下达": "资金"}
# Measures that name no programme of their own: 报销比例 after 降低大病保险起付线.
_BARE_MEASURES = frozenset("报销比例 补助标准 财政补助 资助金额 补助 补贴标准 国债资金 专项资金".split())
_GENERIC_TAILS = tuple("体系建设 建设 体系 制度 工作 事业 机制 体制改革 改革 投入 资金 支出 工程".split())
# Clauses that set a topic: 为加快社会保障体系建设, 在卫生方面, 国家助学制度进一步完善, 整合…制度.
_PURPOSE = re.compile(r"^为了?(?P<topic>[^，。；]+)$|^在(?P<field>[^，。；]+?)(?:方面|领域)$")
_POLICY_VERBS = frozenset(
    "实施 建立 整合 完善 健全 降低 提高 推进 加快 启动 扩大 深化 加大 增加 加强 统一 做好 落实 保证".split()
)
_STATE_END = re.compile(r"(?:进一步|不断|逐步|全面|持续|明显|显著)?(?:完善|健全|加强|推进|发展|扩大|提高)$")
_AFTER_PURPOSE = re.compile(
    r"^[，\s]*(?:(?:主要|重点|全部)?用于|以(?:保证|确保|保障|支持))(?P<topic>[^，。；、]+)(?=[，。；]|$)"
)
_TIME_CLAUSE = re.compile(
    r"^(?:近|过去|最近|今后)?[一二三四五六七八九十两\d]+年(?:来|间|中)?$|^(?:今年|去年|明年|当年|同时|其中)$"
)
_TOPIC_CHARS = (2, 8)
_MODALS = frozenset("要 将 拟 应 应当 需要 必须".split())


def with_clause_topic(indicator: Indicator) -> str:
    """中央财政将安排 2762 亿元 after 为加快社会保障体系建设 → 中央财政社会保障资金; else its name."""
    name = indicator.name
    local = indicator.start - indicator.sentence_start
    after = indicator.sentence[indicator.end - indicator.sentence_start :]
    funding = _FUNDING.fullmatch(name) if name else None
    bare = name in _BARE_MEASURES
    spent = funding is not None and bool(funding.group("rest")) and bool(funding.group("actor"))
    if not (bare or spent) or after.lstrip().startswith(name):  # 将2.8万亿元中央财政资金纳入: the thing
        return name
    topic = _topic_before(indicator.sentence[:local], sibling=bare) or _topic_after(after)
    if not topic or topic in name:
        return name
    if bare:
        named = topic + name
    else:
        rest = funding.group("rest")
        named = funding.group("actor") + topic + _SPENT.get(rest, rest)
    return named if len(named) <= MAX_NAME_CHARS else name


def _topic_before(before: str, sibling: bool) -> str:
    """The topic of the clause just before the number's clause, if it holds no number and sets one."""
    clauses = [clause.strip() for clause in CLAUSE_BREAK.split(before)][:-1]
    while clauses and _TIME_CLAUSE.match(clauses[-1]):  # 近三年，中央和地方投入: a time, not a topic
        clauses.pop()
    if not clauses or not clauses[-1] or re.search(r"\d", clauses[-1]):
        return ""
    topic = _clause_topic(clauses[-1], sibling)
    opening = _PURPOSE.match(clauses[0])
    if not topic and opening and len(clauses) > 1:  # 在卫生方面，着力加强…和…，近三年，…投入
        topic = _object(opening.group("topic") or opening.group("field"), sibling=False, whole=True)
    return topic


def _clause_topic(clause: str, sibling: bool) -> str:
    """The topic a clause without numbers sets, or '' when it sets none."""
    purpose = _PURPOSE.match(clause)
    if purpose:  # 为加快社会保障体系建设, 在卫生方面
        return _object(purpose.group("topic") or purpose.group("field"), sibling=False, whole=True)
    tokens = words(clause)
    verbs = (index for index, token in enumerate(tokens) if plain_verb(token) and token not in _MODALS)
    verb = next(verbs, -1)
    if verb >= 0 and tokens[verb] in _POLICY_VERBS:  # 整合城乡居民基本医保制度, 各级政府要进一步增加…
        leading = tokens[:verb]
        if all(nounish(token) or tag(token).startswith(("d", "r")) or token in _MODALS for token in leading):
            topic = _object("".join(tokens[verb:]), sibling=sibling)
            if topic:
                return topic
    state = _STATE_END.search(clause)
    if state and state.start() > 0:  # 国家助学制度进一步完善
        return _object(clause[: state.start()], sibling=False, whole=True)
    return ""


def _topic_after(after: str) -> str:
    """The noun phrase after 用于 right behind the amount: 433亿元用于促进就业 → 就业."""
    purpose = _AFTER_PURPOSE.match(after)
    if not purpose:
        return ""
    topic = purpose.group("topic")
    owner, _, owned = topic.rpartition("的")
    if owner and (not owned.strip() or not nounish(words(owned)[-1])):  # 以保证…改革的顺利实施: the reform
        topic = owner
    tokens = [token for token in words(topic) if token.strip()]
    verbs = [index for index, token in enumerate(tokens) if plain_verb(token)]
    if len(verbs) > 1 and verbs[-1] < len(tokens) - 1:  # 用于支持地方加强公共卫生服务 → 公共卫生服务
        return _object("".join(tokens[verbs[-1] :]), sibling=False, whole=True)
    return _object(topic, sibling=False, whole=True)


def _object(clause: str, sibling: bool, whole: bool = False) -> str:
    """The noun phrase after a clause's leading verbs, without 建设/体系/制度; ``sibling`` drops its own head.

    With ``whole`` the noun phrase must end the clause (用于促进就业, not 用于开发山西煤田).
    """
    tokens = [token for token in words(clause) if token.strip()]
    start = 0
    while start < len(tokens) and (not nounish(tokens[start]) or _joined_verb(tokens, start)):
        if not (plain_verb(tokens[start]) or tag(tokens[start]).startswith(("d", "c", "p", "u", "vn"))):
            return ""  # 近三年, 以上几项: no verb before the topic
        start += 1
    stop = start
    while stop < len(tokens) and nounish(tokens[stop]) and not plain_verb(tokens[stop]):
        stop += 1
    if stop < len(tokens) and (whole or tokens[stop] in ("和", "与", "及", "的", "、")):
        return ""  # 公共卫生体系建设和农村卫生工作: two topics
    phrase = tokens[start:stop]
    if not phrase and len(tokens) > 1 and plain_verb(tokens[-2]) and tag(tokens[-1]).startswith("v"):
        phrase = tokens[-1:]  # 用于扶助和促进就业 → 就业
    if any(tag(token).startswith(("t", "r", "m")) for token in phrase):
        return ""
    while len(phrase) > 1 and phrase[0] in SCOPE_WORDS:  # 全国教育支出 → 教育
        phrase = phrase[1:]
    topic = _trimmed("".join(phrase))
    if sibling and topic == "".join(phrase) and len(phrase) > 1 and tag(phrase[-1]).startswith(("n", "x")):
        topic = "".join(phrase[:-1])  # 降低大病保险起付线，报销比例…: 起付线 is the clause's own measure
    low, high = _TOPIC_CHARS
    return topic if low <= len(topic) <= high else ""


def _trimmed(phrase: str) -> str:
    """社会保障体系建设 → 社会保障: generic tails cut while something is left."""
    while True:
        tail = next((end for end in _GENERIC_TAILS if phrase.endswith(end) and len(phrase) > len(end)), "")
        if not tail:
            return phrase
        phrase = phrase[: -len(tail)]


def _joined_verb(tokens: list[str], index: int) -> bool:
    """True for a verbal noun joined to a verb before it: 降低并统一 (统一 is tagged vn)."""
    return index > 0 and tokens[index - 1] in ("并", "和", "及") and tag(tokens[index]) == "vn"


_SET_AS = re.compile(  # 2300元（2010年不变价）作为新的国家扶贫标准
    r"^\s*(?:[（(][^）)]{1,20}[）)])?\s*(?:作为|定为|确定为|列为)(?:新的)?([^\s\d，。；、（）()]{2,12})(?=[，。；]|$)"
)


def set_as_name(indicator: Indicator) -> str:
    """将农民人均纯收入 2300 元作为新的国家扶贫标准 → 国家扶贫标准: the number is what it is set as."""
    after = indicator.sentence[indicator.end - indicator.sentence_start :]
    match = _SET_AS.match(after)
    name = clean_name(match.group(1)) if match else ""
    if not name or name != match.group(1) or NOT_THING.fullmatch(name) or not nounish(words(name)[-1]):
        return indicator.name
    return name
