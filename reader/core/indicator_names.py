"""Turn the words around a number into a short indicator name, word by word (jieba)."""

from __future__ import annotations

import re

from reader.core.segment import words

MAX_NAME_CHARS = 16
_LEADING = set(
    "其中 预计 全年 全区 全市 今年 去年 同比 年均 累计 共 共计 总计 合计 实际 同口径 较上年 比上年 "
    "一年来 五年来 持续 进一步 力争 确保 初步 全力 努力 成功 有效 并 和 及 与 等 为 在 将 的 、 率先 "
    "首批 全面 已 已经 还 又 再 也 都 均 拟 平均 每年 平均每年 年均".split()
)
_TRAILING = set(
    "同比 比上年 较上年 分别 均 平均 年均 累计 共 合计 总计 为 是 达到 达 实现 增长 增加 提高 上升 增至 "
    "提升 上涨 升至 下降 减少 降低 压减 降至 减至 缩减 回落 控制 控制在 保持 保持在 稳定 稳定在 超过 "
    "突破 逾 超 不低于 不超过 近 约 在 至 到 了 的 左右 以上 扩容 扩容至 预计 和 、 及 与 首批 全年 其中 "
    "涉及 新增 完成 拟 按 将 要 力争 确保 约为 降 增 全部 首批 实际 名义 净 比 上年 上年末 比上年末 去年 "
    "平均每年 每年 "
    "降到 增到 提高到 下降到 减少到 由 从 到 已有 有".split()
)
_VERBS = set(
    "建成 完成 新增 筹集 实现 打造 推进 推动 新建 扩充 开展 实施 改造 解决 落地 新设 引进 新引进 建设 "
    "举办 办结 制定 安排 发放 支出 新开工 开工 完工 提供 培育 认定 吸引 带动 帮助 支持 组织 设立 启用 "
    "建立 形成 达 统筹 协调 为 列入 扩大 增加 新打造 有 共有 拥有 达到 涉及 惠及 覆盖 受理 消除".split()
)
_YEAR = re.compile(r"(?:19|20)\d\d年?|年|的")
_QUOTES = re.compile(r"[“”\"‘’'\s]")


def clean_name(text: str) -> str:
    """Drop quotes, spaces and cue words at both ends; '' when only verbs remain."""
    tokens = [token for token in words(_QUOTES.sub("", text)) if token.strip()]
    if "从" in tokens[1:]:  # 总额从2017年的…增加到…: the measure is before 从
        tokens = tokens[: tokens.index("从", 1)]
    tokens = [token for token in tokens if not _YEAR.fullmatch(token)]
    while tokens and tokens[0] in _LEADING:
        tokens.pop(0)
    while tokens and tokens[-1] in _TRAILING:
        tokens.pop()
    if not tokens or all(token in _VERBS or token in _LEADING for token in tokens):
        return ""
    return _shorten(tokens)


def _shorten(tokens: list[str]) -> str:
    """Keep at most MAX_NAME_CHARS, cutting at word boundaries and keeping the head noun."""
    if "等" in tokens[:-1]:
        last = len(tokens) - 1 - tokens[::-1].index("等")
        if last < len(tokens) - 1:
            tokens = tokens[last + 1 :]
    while len("".join(tokens)) > MAX_NAME_CHARS and len(tokens) > 1:
        tokens.pop(0)
    return "".join(tokens)[-MAX_NAME_CHARS:]


_MEASURE_SUFFIXES = tuple(
    "额 率 收入 总值 总额 指数 价格 产量 浓度 比重 人口 规模 投资 产值 增加值 利润 税收 支出 面积".split()
)
_PUNCTUATION = re.compile(r"^[\W_]+$")


def measure_before(text: str) -> str:
    """The last measure noun in ``text`` with its modifiers (…实现社会消费品零售额回升 → 社会消费品零售额)."""
    tokens = words(_QUOTES.sub("", text))
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index].endswith(_MEASURE_SUFFIXES) and len(tokens[index]) > 1:
            start = index
            while start > 0 and _modifier(tokens[start - 1]):
                if len("".join(tokens[start - 1 : index + 1])) > MAX_NAME_CHARS:
                    break
                start -= 1
            return clean_name("".join(tokens[start : index + 1]))
    return ""


def _modifier(token: str) -> bool:
    """True for a token that can be part of a measure's noun phrase."""
    return not (token in _VERBS or token in _LEADING or token in _TRAILING or _PUNCTUATION.match(token)
                or token.isdigit())
