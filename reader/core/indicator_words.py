"""jieba's words and part-of-speech tags of name text, and the cue words names are cut at."""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from reader.core.segment import tokenizer
from reader.core.segment import words as _segment

LEADING = set(
    "其中 预计 好 全年 全区 全市 今年 去年 同比 年均 累计 共 共计 总计 合计 实际 同口径 较上年 比上年 "
    "一年来 五年来 持续 进一步 力争 确保 初步 全力 努力 成功 有效 并 和 及 与 等 为 在 将 的 、 率先 "
    "首批 全面 已 已经 还 又 再 也 都 均 拟 平均 每年 平均每年 年均 以上 中 对 其 了 "
    "实现 完成 实施 开展 组织 安排 启用 推动 推进 统筹 协调 落实 全面落实 着力 积极 大力 深入 加快 "
    "坚持 扎实 稳步 扎实推进 统筹开展 协调推动 争取 计划 要求 规定 计划规定 计划要求 拟定 应当 力求 "
    "每人 平均每人 每人平均 提前 要 再 要再 使 包括 提出 决定 认为 表明 强调 是 延续 执行 实行 推行 "
    "内 结果 继续 用于 例如 比如 譬如 如 即 加上 加 明年 明年度 今年度 全面完成 按年 实质 拥有 抓好 "
    "双双".split()
)
TRAILING = set(
    "同比 比上年 较上年 分别 均 平均 年均 累计 共 合计 总计 为 是 达到 达 实现 增长 增加 提高 上升 增至 "
    "提升 上涨 升至 下降 减少 降低 压减 降至 减至 缩减 回落 控制 控制在 保持 保持在 稳定 稳定在 超过 "
    "突破 逾 超 不低于 不超过 近 约 在 至 到 了 的 左右 以上 扩容 扩容至 预计 和 、 及 与 首批 全年 其中 "
    "涉及 新增 完成 拟 按 将 要 力争 确保 约为 降 增 全部 首批 实际 名义 净 比 上年 上年末 比上年末 去年 "
    "平均每年 每年 降到 增到 提高到 下降到 减少到 由 从 到 已有 有 递增 递减 增产 减产 削减 核减 拓展 "
    "继续 进一步 再 都 就 也 还 又 已 仍 需 应 要 占 大幅 明显 应当 应该 迅速 都在 大体 首次 现行 "
    "安排 高达 长达 定 定为 等于 相当于 持续 扩大 扩大到 低于 高于 少于 多于 接近 均达 均为 "
    "迈上 跨上 跃上 登上 站上 压缩 缩短 压缩到 缩短到 各 已达 共计 每人 每人每年 每户 "
    "调高 调低 调高到 调低到 上调到 下调到 调整到 调整为 共达 总共 估计 设定 争取 预定 共有 拿出 收到 "
    "每月 每天 每日 统一 多达 编列 编列为 成长 初值 按年 实质 跃升 跃升到 扩至 大关 确定 确定为 翻番 "
    "双双 首 净增".split()
)
SCOPE_WORDS = set("全社会 全市 全区 全国 全省 全县 各类 各项 我国 我市 我区 其中".split())
_NOUN_TAGS = ("n", "s", "j", "b", "f", "l", "vn", "an", "k", "t", "x", "eng", "nz", "i", "g")

# jieba's tags that mislead in reports (上市 as a place, 惠及 as a place, 慢行 as an adverb).
_TAG_OVERRIDES = {
    "上市": "v", "惠及": "v", "投用": "v", "网办": "v", "清零": "v", "全龄": "b", "慢行": "b", "占比": "n",
    "拆除违法建设": "n", "开复工": "v", "竣工": "v", "获评": "v", "入选": "v", "县": "n", "村": "n",
    "清理": "v", "元首": "n", "此": "r", "率": "n", "连续": "d", "新建": "v", "续建": "v", "新设": "v",
    "同意": "v", "产能": "n", "力争": "v", "预计": "v", "建档立卡": "b", "常住": "b", "收入": "n",
}
_tags_lock = threading.Lock()
_tags: dict[str, str] | None = None


@lru_cache(maxsize=8192)
def _cached_words(text: str) -> tuple[str, ...]:
    """Segmented words of a short text, cached (the same clause is looked at several times)."""
    return tuple(_segment(text))


def forget_segments() -> None:
    """Empty the cache of segmented texts (one document's clauses are cached while it is read)."""
    _cached_words.cache_clear()


def words(text: str) -> list[str]:
    """jieba's words of ``text``."""
    return list(_cached_words(text))


def tag(word: str) -> str:
    """jieba's part-of-speech tag of a word ('x' when unknown), with the domain overrides."""
    return (_tags if _tags is not None else _loaded_tags()).get(word, "x")


def _loaded_tags() -> dict[str, str]:
    """The tag table with the domain overrides, read once (thread-safe)."""
    global _tags
    with _tags_lock:
        if _tags is None:
            _tags = {**_load_tags(), **_TAG_OVERRIDES}
    return _tags


def may_open_preposition(text: str) -> bool:
    """False when no word jieba tags as a preposition starts with the first character of ``text``."""
    return text[:1] in _preposition_starts()


@lru_cache(maxsize=1)
def _preposition_starts() -> frozenset[str]:
    """The first characters of every word tagged as a preposition (a cheap check before segmenting)."""
    table = _loaded_tags()
    return frozenset(word[0] for word, value in table.items() if value.startswith("p") and word)


def _load_tags() -> dict[str, str]:
    """Read the tag column of jieba's dictionary once (about 0.2 s) plus the domain dictionary's tags."""
    instance = tokenizer()
    table: dict[str, str] = {}
    with instance.get_dict_file() as dictionary:
        for line in dictionary:
            parts = line.split()
            if len(parts) == 3 and parts[2] != b"zg":  # zg is jieba's guess for rare characters (纱, 糖)
                table[parts[0].decode("utf-8")] = parts[2].decode("ascii", "replace")
    table.update(instance.user_word_tag_tab)
    return table


def nounish(word: str) -> bool:
    """True for words that can be part of a noun phrase (nouns, modifiers, unknown domain words)."""
    value = tag(word)
    if value.startswith("q"):  # 充电桩 → 充电/v 桩/q
        return word not in ("个", "家", "项", "次", "种") and not re.search(r"\d", word)
    return value.startswith(_NOUN_TAGS) or word.isascii()


def plain_verb(word: str) -> bool:
    """True for a plain verb (not a verbal noun)."""
    value = tag(word)
    return value.startswith("v") and value != "vn"
