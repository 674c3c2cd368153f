"""Thin models over the library: its reports (a table) and the hits of a library search (a list)."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from reader.core.outline import SECTION_SEPARATOR
from reader.ui.models.hit_list_model import HitListModel
from reader.ui.models.search_results_model import HTML_ROLE  # what RichTextDelegate paints

if TYPE_CHECKING:
    from reader.core.library import LibraryEntry, LibraryHit

IDENTITY_ROLE = Qt.ItemDataRole.UserRole + 11
PATH_ROLE = Qt.ItemDataRole.UserRole + 12
SORT_ROLE = Qt.ItemDataRole.UserRole + 13
TITLE, PATH, LENGTH, ANNOTATIONS, OPENED = range(5)

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole


class LibraryModel(QAbstractTableModel):
    """One row per report: title, path, length, annotations, last opened."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[LibraryEntry] = []
        self._headers = (self.tr("Title"), self.tr("Path"), self.tr("Characters"), self.tr("Annotations"),
                         self.tr("Last Opened"))

    def set_entries(self, entries: list[LibraryEntry]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> LibraryEntry | None:
        """Return the report of ``row``."""
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def entry_of(self, identity: str) -> LibraryEntry | None:
        """Return the report with ``identity``."""
        return next((entry for entry in self._entries if entry.identity == identity), None)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Reports are a flat table."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        """Title, path, length, annotations, last opened."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        """Column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        return self._headers[section] if horizontal and role == _DISPLAY and 0 <= section < 5 else None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        """Text, sort key, alignment, identity and path of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return _display(entry, column)
        if role == SORT_ROLE:
            return (entry.title, entry.path or "", entry.length, entry.annotations, entry.opened)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.title}\n{entry.path or ''}\n{entry.identity}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LENGTH, ANNOTATIONS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == IDENTITY_ROLE:
            return entry.identity
        if role == PATH_ROLE:
            return entry.path
        return None


class LibraryHitModel(HitListModel["LibraryHit"]):
    """One row per hit: report title, section, and the snippet with the matched words in bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._note_label = self.tr("Note")

    def hit_data(self, hit: LibraryHit, role: int) -> Any:
        """Plain snippet, rich text and tooltip of a hit."""
        if role == _DISPLAY:
            return hit.snippet
        if role == HTML_ROLE:
            return self._rich_text(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(part for part in (hit.title, hit.path, hit.section, hit.snippet) if part)
        if role == IDENTITY_ROLE:
            return hit.identity
        if role == PATH_ROLE:
            return hit.path
        return None

    def _rich_text(self, hit: LibraryHit) -> str:
        """Title and section in grey, then the snippet with each matched word bold."""
        parts: list[str] = []
        position = 0
        for start, end in hit.marks:
            parts.append(html.escape(hit.snippet[position:start]))
            parts.append(f"<b><u>{html.escape(hit.snippet[start:end])}</u></b>")
            position = end
        parts.append(html.escape(hit.snippet[position:]))
        badge = f"<b>[{html.escape(self._note_label)}]</b> " if hit.kind == "note" else ""
        name = f"{hit.title} · {PurePath(hit.path).name}" if hit.path else hit.title
        heading = SECTION_SEPARATOR.join(html.escape(part) for part in (name, hit.section) if part)
        return f"<small style='color: gray'>{heading}</small><br>{badge}{''.join(parts)}"


def _display(entry: LibraryEntry, column: int) -> str:
    """The text of one cell."""
    if column == TITLE:
        return entry.title
    if column == PATH:
        return entry.path or ""
    if column == LENGTH:
        return f"{entry.length:,}"
    if column == ANNOTATIONS:
        return str(entry.annotations)
    return _local_time(entry.opened)


def _local_time(stamp: str) -> str:
    """An ISO 8601 UTC stamp as local date and time."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
