"""File › Export Notes…: format, which notes, colours, tags, indicators, a live preview, where to save."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import COLOURS
from reader.core.export import SUFFIXES, ExportOptions, NotesView, build_notes_view, suggested_file_name

if TYPE_CHECKING:
    from reader.core.annotations import Annotation
    from reader.core.document import Document
    from reader.core.indicators import Indicator
    from reader.core.outline import OutlineNode

log = logging.getLogger(__name__)
PREVIEW_NOTES = 20
PREVIEW_CSV_ROWS = 10
PREVIEW_CHARS = 20_000
PROGRESS_DELAY_MS = 300  # the progress dialog appears only for exports that take longer
_UNTAGGED = None  # item data of the "(no tag)" entry


class ExportNotesDialog(QDialog):
    """Choose what to export and where; the export runs with a cancellable progress dialog."""

    exported = Signal(Path)

    def __init__(self, document: Document, outline: list[OutlineNode], annotations: list[Annotation],
                 filtered_annotations: list[Annotation] | None = None,
                 indicators: list[Indicator] | None = None, directory: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Notes"))
        self.setObjectName("exportNotesDialog")
        self._document = document
        self._outline = outline
        self._all = list(annotations)
        self._filtered = list(filtered_annotations) if filtered_annotations is not None else None
        self._indicators = indicators
        self._directory = directory or Path.home()
        self._confirmed: Path | None = None  # chosen in the file dialog, which asked about replacing
        self._build()
        self._connect()
        self._on_format_changed()

    # ----- public -----------------------------------------------------------------------

    def export_format(self) -> str:
        """The chosen format key: md, html, docx, csv or json."""
        return self.format_combo.currentData()

    def set_export_format(self, export_format: str) -> None:
        """Choose a format (as the user would in the list)."""
        self.format_combo.setCurrentIndex(self.format_combo.findData(export_format))

    def output_path(self) -> Path:
        """Where the export will be written."""
        return Path(self.path_edit.text().strip()).expanduser()

    def options(self) -> ExportOptions:
        """The colour and tag filters and the indicators choice."""
        colours = frozenset(c for c, box in self.colour_boxes.items() if box.isChecked())
        items = [self.tag_list.item(row) for row in range(self.tag_list.count())]
        checked = [item for item in items if item.checkState() == Qt.CheckState.Checked]
        tags = None
        untagged = True
        if len(checked) < len(items):
            tags = frozenset(item.data(Qt.ItemDataRole.UserRole) for item in checked
                             if item.data(Qt.ItemDataRole.UserRole) is not _UNTAGGED)
            untagged = any(item.data(Qt.ItemDataRole.UserRole) is _UNTAGGED for item in checked)
        indicators = self.indicators_box.isChecked() and self._indicators is not None
        return ExportOptions(colours=colours if len(colours) < len(COLOURS) else None, tags=tags,
                             untagged=untagged, include_indicators=indicators)

    def notes_view(self) -> NotesView:
        """The notes that will be exported, grouped and cited."""
        filtered = self.filtered_radio.isChecked() and self._filtered is not None
        scope = self._filtered if filtered and self._filtered is not None else self._all
        return build_notes_view(self._document, self._outline, scope, self._indicators, self.options())

    def export(self) -> bool:
        """Write the file (with progress for large sets); True when written."""
        from reader.ui.notes_export_runner import NotesExportRunner

        path = self.output_path()
        if not self.path_edit.text().strip() or not self._may_write(path):
            return False
        runner = NotesExportRunner(self)
        if runner.run(self, self.notes_view(), self.export_format(), path, PROGRESS_DELAY_MS):
            self.exported.emit(path)
            return True
        return False

    def _may_write(self, path: Path) -> bool:
        """Ask before replacing a file the user did not pick in the file dialog (which asked already)."""
        from PySide6.QtWidgets import QMessageBox

        if not path.exists() or path == self._confirmed:
            return True
        answer = QMessageBox.question(
            self, self.tr("Export Notes"),
            self.tr("%1 already exists. Replace it?").replace("%1", path.name))
        return answer == QMessageBox.StandardButton.Yes

    # ----- building ---------------------------------------------------------------------

    def _build(self) -> None:
        """Form on top, preview in the middle, buttons below."""
        form = QFormLayout()
        self.format_combo = QComboBox(self)
        for key, label in (("md", self.tr("Markdown (.md)")),
                           ("html", self.tr("Web page (.html)")),
                           ("docx", self.tr("Word document (.docx)")),
                           ("csv", self.tr("CSV spreadsheet (.csv)")),
                           ("json", self.tr("W3C Web Annotation JSON (.json)"))):
            self.format_combo.addItem(label, key)
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("Notes:"), self._build_scope())
        form.addRow(self.tr("Colours:"), self._build_colours())
        self.tag_list = self._build_tags()
        form.addRow(self.tr("Tags:"), self.tag_list)
        self.indicators_box = QCheckBox(self.tr("List the indicators inside each quoted passage"), self)
        self.indicators_box.setChecked(self._indicators is not None)
        self.indicators_box.setEnabled(self._indicators is not None)
        if self._indicators is None:
            self.indicators_box.setToolTip(self.tr("The report's indicators have not been found yet."))
        form.addRow("", self.indicators_box)
        form.addRow(self.tr("Save &to:"), self._build_path())
        self.count_label = QLabel(self)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("exportPreview")
        self.preview.setOpenLinks(False)
        self.preview.setMinimumHeight(220)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 680)

    def _build_scope(self) -> QWidget:
        """All annotations, or those the panel's filter shows."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.all_radio = QRadioButton(self.tr("All annotations (%1)").replace("%1", str(len(self._all))), box)
        shown = len(self._filtered) if self._filtered is not None else 0
        self.filtered_radio = QRadioButton(
            self.tr("Shown in the panel (%1)").replace("%1", str(shown)), box)
        self.filtered_radio.setEnabled(self._filtered is not None)
        self.all_radio.setChecked(True)
        self._scope_group = QButtonGroup(box)
        for button in (self.all_radio, self.filtered_radio):
            self._scope_group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        return box

    def _build_colours(self) -> QWidget:
        """One checkbox with a swatch per highlight colour."""
        from reader.ui.annotation_colours import HIGHLIGHT_HEX, colour_name

        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.colour_boxes: dict[str, QCheckBox] = {}
        for colour in COLOURS:
            check = QCheckBox(colour_name(colour), box)
            pixmap = QPixmap(14, 14)
            pixmap.fill(QColor(HIGHLIGHT_HEX[colour]))
            check.setIcon(QIcon(pixmap))
            check.setChecked(True)
            self.colour_boxes[colour] = check
            row.addWidget(check)
        row.addStretch(1)
        return box

    def _build_tags(self) -> QListWidget:
        """Every tag in use (most used first) and "no tag", all checked."""
        counts: dict[str, int] = {}
        for annotation in self._all:
            for tag in annotation.tags:
                counts[tag] = counts.get(tag, 0) + 1
        tags = QListWidget(self)
        tags.setFlow(QListWidget.Flow.LeftToRight)
        tags.setWrapping(True)
        tags.setMaximumHeight(72)
        for tag in sorted(counts, key=lambda t: (-counts[t], t)):
            self._tag_item(tags, f"#{tag} ({counts[tag]})", tag)
        self._tag_item(tags, self.tr("(no tag)"), _UNTAGGED)
        return tags

    @staticmethod
    def _tag_item(tags: QListWidget, label: str, value: str | None) -> None:
        """A checked, checkable entry."""
        item = QListWidgetItem(label, tags)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        item.setData(Qt.ItemDataRole.UserRole, value)

    def _build_path(self) -> QWidget:
        """The output file and a Browse… button."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.path_edit = QLineEdit(box)
        self.path_edit.setText(str(self._directory / suggested_file_name(self._document.title, "md")))
        self.browse_button = QPushButton(self.tr("&Browse…"), box)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        return box

    def _connect(self) -> None:
        """Every choice refreshes the preview."""
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self._scope_group.buttonToggled.connect(self._on_options_changed)
        for check in self.colour_boxes.values():
            check.toggled.connect(self._on_options_changed)
        self.tag_list.itemChanged.connect(self._on_options_changed)
        self.indicators_box.toggled.connect(self._on_options_changed)
        self.path_edit.textChanged.connect(self._on_options_changed)
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.buttons.accepted.connect(self._on_export_clicked)
        self.buttons.rejected.connect(self.reject)

    # ----- slots ------------------------------------------------------------------------

    @Slot()
    def _on_format_changed(self) -> None:
        """Give the output file the format's suffix, then refresh the preview."""
        text = self.path_edit.text().strip()
        if text:
            path = Path(text)
            self.path_edit.setText(str(path.with_suffix(SUFFIXES[self.export_format()])))
        self._on_options_changed()

    @Slot()
    def _on_options_changed(self) -> None:
        """Count the notes chosen and show the start of the file."""
        from reader.ui.notes_preview import preview_text

        view = self.notes_view()
        shown = min(view.count, PREVIEW_NOTES)
        self.count_label.setText(
            self.tr("%1 notes will be exported; the preview shows the first %2.")
            .replace("%1", str(view.count)).replace("%2", str(shown)))
        text, is_html = preview_text(view.head(PREVIEW_NOTES), self.export_format(), PREVIEW_CSV_ROWS)
        if is_html:
            self.preview.setHtml(text[:PREVIEW_CHARS])
        else:
            self.preview.setPlainText(text[:PREVIEW_CHARS])
            self.preview.setFont(QFont("monospace"))
        self.export_button.setEnabled(view.count > 0 and bool(self.path_edit.text().strip()))

    @Slot()
    def _on_browse_clicked(self) -> None:
        """Pick the output file."""
        from PySide6.QtWidgets import QFileDialog

        name, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export Notes"), str(self.output_path()),
            self.format_combo.currentText().replace("(.", "(*."))
        if name:
            path = Path(name)
            if path.suffix.lower() != SUFFIXES[self.export_format()]:
                path = path.with_name(path.name + SUFFIXES[self.export_format()])
            self.path_edit.setText(str(path))
            self._confirmed = path

    @Slot()
    def _on_export_clicked(self) -> None:
        """Export, and close the dialog once the file is written."""
        if self.export():
            self.accept()
