"""The library window: the reports you opened (sort, filter, open, remove) and search across them."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.ui.models.library_model import (
    ANNOTATIONS,
    LENGTH,
    OPENED,
    PATH,
    PATH_ROLE,
    SORT_ROLE,
    TITLE,
    LibraryHitModel,
    LibraryModel,
)
from reader.ui.search_panel import RichTextDelegate

if TYPE_CHECKING:
    from reader.core.library import LibraryEntry, LibraryHit

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 250
DEFAULT_SIZE = (980, 640)
REPORTS_TAB, SEARCH_TAB = range(2)


class LibraryWindow(QWidget):
    """Shows the library and search results; asks (by signals) to open, remove and search."""

    open_requested = Signal(str)  # a report's path
    remove_requested = Signal(str)  # a report's identity
    search_requested = Signal(str)  # the query
    hit_activated = Signal(object)  # a LibraryHit to open at its place

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("libraryWindow")
        self.setWindowTitle(self.tr("Library"))
        self.resize(*DEFAULT_SIZE)
        self.model = LibraryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.hit_model = LibraryHitModel(self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_reports_tab(), self.tr("Reports"))
        self.tabs.addTab(self._build_search_tab(), self.tr("Search"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._update_buttons()

    def set_entries(self, entries: list[LibraryEntry]) -> None:
        """Show the library's reports."""
        self.model.set_entries(entries)
        self.count_label.setText(self.tr("Reports: %1").replace("%1", str(len(entries))))
        self._update_buttons()

    def set_hits(self, query: str, hits: list[LibraryHit], milliseconds: float) -> None:
        """Show the hits of ``query``, best first."""
        self.hit_model.set_hits(hits)
        if not query.strip():
            self.search_status.setText("")
        elif hits:
            self.search_status.setText(self.tr("Best %1 results (%2 ms)").replace("%1", str(len(hits)))
                                       .replace("%2", f"{milliseconds:.0f}"))
        else:
            self.search_status.setText(self.tr("Nothing found for “%1”.").replace("%1", query.strip()))

    def set_busy(self, message: str) -> None:
        """Say what the library is doing (indexing), or clear the message."""
        self.busy_label.setText(message)
        self.busy_label.setVisible(bool(message))

    def show_search(self, query: str = "") -> None:
        """Switch to the search tab with ``query`` typed in."""
        self.tabs.setCurrentIndex(SEARCH_TAB)
        if query:
            self.search_edit.setText(query)
        self.search_edit.setFocus()

    def selected_identity(self) -> str | None:
        """Return the identity of the selected report."""
        entry = self._selected_entry()
        return entry.identity if entry is not None else None

    # ----- building -------------------------------------------------------------------

    def _build_reports_tab(self) -> QWidget:
        """Filter box, the table of reports, Open and Remove buttons."""
        page = QWidget(self)
        self.filter_edit = QLineEdit(page)
        self.filter_edit.setPlaceholderText(self.tr("Filter by title or path"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(page)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OPENED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(TITLE, 260)
        header.setSectionResizeMode(PATH, QHeaderView.ResizeMode.Stretch)
        for column in (LENGTH, ANNOTATIONS, OPENED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.open_button = QPushButton(self.tr("Open"), page)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.remove_button = QPushButton(self.tr("Remove from Library…"), page)
        self.remove_button.setToolTip(self.tr(
            "Forget this report in the library (the file itself is not deleted)"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.count_label = QLabel(page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return page

    def _build_search_tab(self) -> QWidget:
        """Search box, status, and the ranked hits with their snippets."""
        page = QWidget(self)
        self.search_edit = QLineEdit(page)
        self.search_edit.setPlaceholderText(self.tr("Search all reports and notes (e.g. 营商环境)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_timer_timeout)
        self.search_status = QLabel(page)
        self.busy_label = QLabel(page)
        self.busy_label.hide()
        self.hit_view = QListView(page)
        self.hit_view.setModel(self.hit_model)
        self.hit_view.setItemDelegate(RichTextDelegate(self.hit_view))
        self.hit_view.setWordWrap(True)
        self.hit_view.setUniformItemSizes(False)
        self.hit_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.hit_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hit_view.clicked.connect(self._on_hit_view_activated)
        self.hit_view.activated.connect(self._on_hit_view_activated)
        layout = QVBoxLayout(page)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.search_status)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.hit_view, 1)
        return page

    # ----- slots ------------------------------------------------------------------------

    @Slot()
    def _update_buttons(self) -> None:
        """Open and Remove need a selected report."""
        selected = self._selected_entry() is not None
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        """Double-click or Enter on a report opens it."""
        path = index.data(PATH_ROLE)
        if path:
            self.open_requested.emit(path)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        """Open the selected report."""
        entry = self._selected_entry()
        if entry is not None and entry.path:
            self.open_requested.emit(entry.path)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        """Ask to remove the selected report."""
        identity = self.selected_identity()
        if identity is not None:
            self.remove_requested.emit(identity)

    @Slot(str)
    def _on_search_edit_text_changed(self, _text: str) -> None:
        """Search a moment after the typing stops."""
        self._search_timer.start()

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        """Ask for the hits of what is typed."""
        self._search_timer.stop()
        self.search_requested.emit(self.search_edit.text())

    @Slot(QModelIndex)
    def _on_hit_view_activated(self, index: QModelIndex) -> None:
        """A click (or Enter) on a hit opens its report there."""
        hit = self.hit_model.hit(index.row())
        if hit is not None:
            self.hit_activated.emit(hit)

    # ----- helpers ----------------------------------------------------------------------

    def _selected_entry(self) -> LibraryEntry | None:
        """Return the report of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.entry(self.proxy.mapToSource(rows[0]).row())
