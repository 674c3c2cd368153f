"""The annotations dock: every annotation by section, filters, and buttons to edit them."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotation_filter import AnnotationFilter
from reader.core.annotations import COLOURS
from reader.ui.annotation_colours import colour_name, colour_swatch
from reader.ui.models.annotation_model import AnnotationModel

if TYPE_CHECKING:
    from collections.abc import Callable

    from reader.core.annotations import Annotation

log = logging.getLogger(__name__)


class AnnotationPanel(QWidget):
    """Lists annotations; asks (by signals) for jumps, edits, recolouring, deletion, re-attaching."""

    jump_requested = Signal(int, int)
    edit_requested = Signal(list)
    recolour_requested = Signal(list, str)
    delete_requested = Signal(list)
    reattach_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationPanel")
        self.model = AnnotationModel(self)
        self._total = 0
        self._build_filters()
        self._build_tree()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._filter_row)
        layout.addWidget(self.count_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(self._button_row)
        self._update_buttons()

    # ----- building ---------------------------------------------------------------------

    def _build_filters(self) -> None:
        """Colour and tag choosers and a text filter."""
        self.colour_filter = QComboBox(self)
        self.colour_filter.addItem(self.tr("All colours"), "")
        for colour in COLOURS:
            self.colour_filter.addItem(colour_swatch(colour), colour_name(colour), colour)
        self.tag_filter = QComboBox(self)
        self.tag_filter.addItem(self.tr("All tags"), "")
        self.text_filter = QLineEdit(self)
        self.text_filter.setPlaceholderText(self.tr("Filter notes and passages…"))
        self.text_filter.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self._filter_row = QHBoxLayout()
        for widget in (self.colour_filter, self.tag_filter):
            self._filter_row.addWidget(widget)
            widget.currentIndexChanged.connect(self._on_filter_changed)
        self._filter_row.addWidget(self.text_filter, 1)
        self.text_filter.textChanged.connect(self._on_filter_changed)

    def _build_tree(self) -> None:
        """The grouped list, several rows selectable at once."""
        self.tree = QTreeView(self)
        self.tree.setObjectName("annotationTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.activated.connect(self._on_tree_activated)
        self.tree.clicked.connect(self._on_tree_activated)
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)

    def _build_buttons(self) -> None:
        """Note, colour, delete and re-attach buttons under the list."""
        self.note_button = QPushButton(self.tr("Note…"), self)
        self.note_button.clicked.connect(lambda: self.edit_requested.emit(self.selected_ids()))
        self.colour_button = QToolButton(self)
        self.colour_button.setText(self.tr("Colour"))
        self.colour_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.colour_button)
        for colour in COLOURS:
            action = QAction(colour_swatch(colour), colour_name(colour), menu)
            action.triggered.connect(
                lambda _checked=False, c=colour: self.recolour_requested.emit(self.selected_ids(), c))
            menu.addAction(action)
        self.colour_button.setMenu(menu)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.selected_ids()))
        self.reattach_button = QPushButton(self.tr("Attach to Selection"), self)
        self.reattach_button.setToolTip(self.tr(
            "Select the passage in the text, then attach the chosen annotation to it"))
        self.reattach_button.clicked.connect(self._on_reattach_clicked)
        self._button_row = QHBoxLayout()
        for button in (self.note_button, self.colour_button, self.delete_button, self.reattach_button):
            self._button_row.addWidget(button)
        self._button_row.addStretch(1)

    # ----- public -----------------------------------------------------------------------

    def set_annotations(self, annotations: list[Annotation], tags: list[str],
                        section_of: Callable[[int], tuple[str, ...]]) -> None:
        """Show ``annotations`` (keeping the filter and, where possible, the selection)."""
        selected = self.selected_ids()
        self._total = len(annotations)
        self._set_tag_choices(tags)
        self.model.set_annotations(annotations, section_of)
        self._reselect(selected)
        self._update_count()

    def apply_change(self, removed_ids: list[str], written: list[Annotation], tags: list[str]) -> None:
        """Update the rows that changed, keeping the selection and the scroll position."""
        selected = self.selected_ids()
        self._total += len({a.id for a in written} - set(removed_ids)) - len(
            set(removed_ids) - {a.id for a in written})
        self._set_tag_choices(tags)
        self.model.apply_change(removed_ids, written)
        self._reselect([i for i in selected if i in {a.id for a in written}])
        self._update_count()

    def selected_ids(self) -> list[str]:
        """Return the ids of the selected annotations (group rows ignored)."""
        ids = []
        for index in self.tree.selectionModel().selectedIndexes():
            annotation = self.model.annotation(index)
            if annotation is not None:
                ids.append(annotation.id)
        return ids

    def current_filter(self) -> AnnotationFilter:
        """Return the filter the user has set."""
        colour = self.colour_filter.currentData()
        return AnnotationFilter(colours=frozenset([colour]) if colour else frozenset(),
                                tag=self.tag_filter.currentData() or None,
                                text=self.text_filter.text())

    def select_annotation(self, annotation_id: str) -> None:
        """Select and show one annotation in the list."""
        index = self.model.index_of(annotation_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    # ----- slots ------------------------------------------------------------------------

    @Slot()
    def _on_filter_changed(self) -> None:
        """Apply the filter."""
        selected = self.selected_ids()
        self.model.set_filter(self.current_filter())
        self._reselect(selected)
        self._update_count()

    @Slot(QModelIndex)
    def _on_tree_activated(self, index: QModelIndex) -> None:
        """Jump to the annotation clicked, or a section's first one (orphans have nowhere to go)."""
        annotation = self.model.annotation(index)
        if annotation is None and index.isValid():  # a section header
            annotation = self.model.annotation(index.siblingAtRow(index.row() + 1))
        if annotation is not None and not annotation.orphan:
            self.jump_requested.emit(annotation.start, annotation.end)

    @Slot()
    def _on_reattach_clicked(self) -> None:
        """Ask to attach the selected annotation to the text selection."""
        ids = self.selected_ids()
        if len(ids) == 1:
            self.reattach_requested.emit(ids[0])

    @Slot()
    def _update_buttons(self) -> None:
        """Enable what applies to the selection."""
        ids = self.selected_ids()
        for button in (self.note_button, self.colour_button, self.delete_button):
            button.setEnabled(bool(ids))
        self.reattach_button.setEnabled(len(ids) == 1)

    # ----- helpers ----------------------------------------------------------------------

    def _set_tag_choices(self, tags: list[str]) -> None:
        """Offer every tag in use, keeping the current choice."""
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), "")
        for tag in tags:
            self.tag_filter.addItem(f"#{tag}", tag)
        found = self.tag_filter.findData(current) if current else 0
        self.tag_filter.setCurrentIndex(max(0, found))
        self.tag_filter.blockSignals(False)
        if current and found < 0:
            self._on_filter_changed()

    def _reselect(self, ids: list[str]) -> None:
        """Select ``ids`` again after the model was rebuilt."""
        selection = self.tree.selectionModel()
        for annotation_id in ids:
            index = self.model.index_of(annotation_id)
            if index.isValid():
                selection.select(index, selection.SelectionFlag.Select)
        self._update_buttons()

    def _update_count(self) -> None:
        """Say how many annotations are shown."""
        shown = len(self.model.visible_annotations)
        if shown == self._total:
            self.count_label.setText(self.tr("Annotations: %1").replace("%1", str(self._total)))
        else:
            self.count_label.setText(self.tr("%1 of %2 shown").replace("%1", str(shown))
                                     .replace("%2", str(self._total)))
