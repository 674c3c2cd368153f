"""A read-only list model over the hits of an in-document search."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from reader.core.outline import SECTION_SEPARATOR
from reader.ui.models.hit_list_model import HitListModel

if TYPE_CHECKING:
    from reader.core.text_search import SearchHit

SPAN_ROLE = Qt.ItemDataRole.UserRole + 1  # (start, end) of the hit in the canonical text
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # the sentence with the hit in bold, the section (class section)
SECTION_ROLE = Qt.ItemDataRole.UserRole + 3
CONTEXT_BEFORE = 16  # characters of the sentence shown before the hit (it stays near the left edge)
CONTEXT_AFTER = 120

_DISPLAY = Qt.ItemDataRole.DisplayRole


class SearchResultsModel(HitListModel["SearchHit"]):
    """One row per hit: its sentence, the hit emphasised, and its section."""

    def hit_data(self, hit: SearchHit, role: int) -> Any:
        """Sentence, tooltip, span, rich text and section of a hit."""
        if role == _DISPLAY:
            return _excerpt(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            section = SECTION_SEPARATOR.join(hit.section)
            return f"{section}\n{hit.sentence}" if section else hit.sentence
        if role == SPAN_ROLE:
            return (hit.start, hit.end)
        if role == HTML_ROLE:
            return _rich_text(hit)
        if role == SECTION_ROLE:
            return SECTION_SEPARATOR.join(hit.section)
        return None


def _parts(hit: SearchHit) -> tuple[str, str, str]:
    """The text before the hit, the hit and the text after it, trimmed around a long sentence."""
    offset = hit.start - hit.sentence_start
    length = hit.end - hit.start
    before = hit.sentence[:offset]
    after = hit.sentence[offset + length:]
    if len(before) > CONTEXT_BEFORE:
        before = "…" + before[-CONTEXT_BEFORE:]
    if len(after) > CONTEXT_AFTER:
        after = after[:CONTEXT_AFTER] + "…"
    return before, hit.sentence[offset:offset + length], after


def _excerpt(hit: SearchHit) -> str:
    """The sentence (trimmed) as plain text."""
    return "".join(_parts(hit))


def _rich_text(hit: SearchHit) -> str:
    """The sentence with the hit emphasised, and the section in small grey text below."""
    before, match, after = (html.escape(part) for part in _parts(hit))
    section = html.escape(SECTION_SEPARATOR.join(hit.section))
    line = f"{before}<b><u>{match}</u></b>{after}"
    return f"{line}<br><small class='section'>{section}</small>" if section else line
