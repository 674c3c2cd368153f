"""Names for counts of the people a statement is about: 关心八亿农民命运 → 农民人数."""

from __future__ import annotations

from reader.core.indicator_names import words

# Verbs of a statement about people, not of something done to a number of them: 关心八亿农民命运.
_ATTITUDE_VERBS = frozenset("关心 关系 关系到 发挥 充分发挥 代表 代表着 动员 依靠 团结 调动 为了".split())
_POPULATIONS = ("人民", "群众", "农民", "劳动力", "人口", "职工", "工人")


def population_name(name: str) -> str:
    """关心八亿农民命运 → 农民人数, 代表着全国九亿多人民 → 人口: people a statement is about are counted."""
    tokens = words(name) if name else []
    verb = tokens[0].removeprefix("充分") if tokens else ""
    if len(tokens) < 2 or verb not in _ATTITUDE_VERBS or not name.endswith(_POPULATIONS):
        return name
    people = "".join(tokens[1:])
    if people in ("人民", "群众"):
        return "人口"
    return people if people.endswith(("人口", "劳动力")) else people + "人数"
