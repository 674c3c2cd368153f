"""What money was spent on: 投资1.2亿元，建设城市污水处理厂 → 城市污水处理厂投资."""

from __future__ import annotations

import re

from reader.core.indicator_names import MAX_NAME_CHARS, clean_name, is_noun_phrase

# 建设城市污水处理厂 → 城市污水处理厂建设投资: building and rebuilding stay in the name
_WORKS = {"建设": "建设", "新建": "建设", "修建": "建设", "改造": "改造"}
# A bare amount of money, and the word it is named by once its purpose is known
_FUNDING = {
    "投资": "投资", "总投资": "投资", "投入": "投入", "投入资金": "投入", "资金": "资金",
    "筹集资金": "资金", "安排资金": "资金", "拨付资金": "资金", "整合资金": "资金",
}
_PURPOSE = re.compile(
    r"\s*[，,]?\s*(?:主要|专项|全部)?(?:用于)?(?P<verb>建设|新建|修建|改造|实施|开展|推进)"
    r"(?P<object>[^，。；：、,;:\d]{2,14})(?=[，。；：,;:\d]|$)"
)


def funded_purpose(name: str, after: str) -> str:
    """A bare amount of money takes the purpose that follows it (投入资金2.3亿元，实施农村人居环境整治)."""
    word = _FUNDING.get(name)
    match = _PURPOSE.match(after) if word else None
    purpose = clean_name(match.group("object"), phrase=True) if match else ""
    if not purpose or not is_noun_phrase(purpose) or len(purpose + word) > MAX_NAME_CHARS:
        return name
    works = purpose + _WORKS.get(match.group("verb"), "") + word
    return works if len(works) <= MAX_NAME_CHARS else purpose + word
