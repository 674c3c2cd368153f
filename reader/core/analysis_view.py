"""The text as indicator rules read it: simplified characters, Chinese punctuation, offset for offset."""

from __future__ import annotations

import re

from reader.core.simplified import simplified_view

_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
_MIN_HAN_SHARE = 0.3  # a Chinese text, not an English one quoting a few characters
_ASCII_MARKS = re.compile(r"(?<!\d)[,:]|[,:](?!\d)|[;()!?]")  # 28,583万元 and 10:30 keep their marks
_WIDE = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"})


def analysis_view(text: str) -> str:
    """``text`` in simplified characters, ASCII clause marks made Chinese (增长5%,固定 → 增长5%，固定)."""
    view = simplified_view(text)
    if not _ASCII_MARKS.search(view) or len(_NOT_HAN.sub("", view)) < _MIN_HAN_SHARE * len(view):
        return view
    return _ASCII_MARKS.sub(lambda mark: mark.group().translate(_WIDE), view)
