"""The keywords dock's panel: the document's and the current section's top keywords with counts."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.ui.models.keyword_model import WORD_ROLE, KeywordModel

if TYPE_CHECKING:
    from reader.core.keywords import Keyword

log = logging.getLogger(__name__)


class KeywordList(QWidget):
    """A heading and a two-column list (keyword, count)."""

    keyword_chosen = Signal(str)

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading_label = QLabel(heading, self)
        self.heading_label.setWordWrap(True)
        font = self.heading_label.font()
        font.setBold(True)
        self.heading_label.setFont(font)
        self.status_label = QLabel(self)
        self.status_label.setEnabled(False)  # greyed
        self.model = KeywordModel(self)
        self.model.set_headers(self.tr("Keyword"), self.tr("Count"))
        self.view = QTreeView(self)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setModel(self.model)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.view, 1)
        self.view.clicked.connect(self._on_view_activated)
        self.view.activated.connect(self._on_view_activated)

    def set_pending(self, message: str) -> None:
        """Say the keywords are being computed."""
        self.status_label.setText(message)
        self.status_label.show()

    def set_keywords(self, keywords: list[Keyword], empty_message: str) -> None:
        """Show ``keywords`` (or ``empty_message`` when there are none)."""
        self.model.set_keywords(keywords)
        self.status_label.setText(empty_message)
        self.status_label.setVisible(not keywords)

    def words(self) -> list[str]:
        """The keywords listed, best first."""
        return [keyword.word for row in range(self.model.rowCount())
                if (keyword := self.model.keyword(row)) is not None]

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        """Search for the keyword clicked."""
        word = index.data(WORD_ROLE)
        if word:
            self.keyword_chosen.emit(str(word))


class KeywordsPanel(QWidget):
    """Two keyword lists, one above the other; a click on a keyword asks to search for it."""

    keyword_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keywordsPanel")
        self.document_list = KeywordList(self.tr("Whole report"), self)
        self.section_list = KeywordList(self.tr("Current section"), self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.document_list)
        splitter.addWidget(self.section_list)
        hint = QLabel(self.tr("Click a keyword to find it in the text."), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        for keyword_list in (self.document_list, self.section_list):
            keyword_list.keyword_chosen.connect(self.keyword_chosen)
            keyword_list.set_pending(self.tr("Finding keywords…"))

    def set_pending(self) -> None:
        """Both lists are being computed (a new report)."""
        for keyword_list in (self.document_list, self.section_list):
            keyword_list.set_pending(self.tr("Finding keywords…"))

    def set_document_keywords(self, keywords: list[Keyword]) -> None:
        """Show the report's keywords."""
        self.document_list.set_keywords(keywords, self.tr("No keywords"))

    def set_section(self, title: str | None) -> None:
        """Name the section whose keywords the lower list shows (None: the report has no sections)."""
        self.section_list.heading_label.setText(
            self.tr("Current section: %1").replace("%1", title) if title else self.tr("Current section"))
        self.section_list.heading_label.setToolTip(title or "")

    def set_section_keywords(self, keywords: list[Keyword]) -> None:
        """Show the current section's keywords."""
        self.section_list.set_keywords(keywords, self.tr("No keywords in this section"))
