"""File › Export Notes… and Import Notes…: the dialog, the import and their messages."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from reader.core.annotations import Annotation
    from reader.core.document import Document
    from reader.core.export.importer import ImportSummary
    from reader.core.indicators import Indicator
    from reader.core.outline import OutlineNode
    from reader.core.store import AnnotationStore
    from reader.ui.settings import AppSettings

log = logging.getLogger(__name__)


class NotesActions(QObject):
    """Runs the two actions on the context the window gives it (asked for just before each run)."""

    context_requested = Signal()  # the window answers with set_context(), synchronously
    notes_imported = Signal(list)  # the annotations added, so the views can reload
    notes_exported = Signal(Path)

    def __init__(self, parent: QWidget, export_action: QAction, import_action: QAction,
                 settings: AppSettings | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._settings = settings
        self._language = language
        self._store: AnnotationStore | None = None
        self._own_store: AnnotationStore | None = None  # opened here when the window has none
        self._document: Document | None = None
        self._outline: list[OutlineNode] = []
        self._annotations: list[Annotation] | None = None
        self._filtered: list[Annotation] | None = None
        self._indicators: list[Indicator] | None = None
        self.export_action = export_action
        self.import_action = import_action
        export_action.triggered.connect(self._on_export_triggered)
        import_action.triggered.connect(self._on_import_triggered)
        self._update_actions()

    def set_context(self, store: AnnotationStore | None, document: Document | None,
                    outline: list[OutlineNode], annotations: list[Annotation] | None = None,
                    filtered_annotations: list[Annotation] | None = None,
                    indicators: list[Indicator] | None = None) -> None:
        """What to export from and import into; None annotations are read from the store when needed."""
        self._store = store
        self._document = document
        self._outline = outline
        self._annotations = annotations
        self._filtered = filtered_annotations
        self._indicators = indicators
        self._update_actions()

    def close(self) -> None:
        """Close the database this object opened itself, if any."""
        if self._own_store is not None:
            self._own_store.close()
            self._own_store = None

    # ----- the two actions --------------------------------------------------------------

    def export_notes(self) -> Path | None:
        """Show the export dialog; return the file written, if any."""
        from reader.ui.export_notes_dialog import ExportNotesDialog

        self.context_requested.emit()
        document = self._document
        if document is None:
            return None
        annotations = self._current_annotations()
        if annotations is None:
            return None
        dialog = ExportNotesDialog(document, self._outline, annotations, self._filtered, self._indicators,
                                   self._export_directory(), self._parent)
        written: list[Path] = []
        dialog.exported.connect(written.append)
        dialog.exec()
        dialog.deleteLater()
        if not written:
            return None
        if self._settings is not None:
            self._settings.set_export_directory(written[0].parent)
        self.notes_exported.emit(written[0])
        return written[0]

    def import_notes(self, path: Path | str | None = None) -> ImportSummary | None:
        """Import a W3C JSON notes file (asked for when ``path`` is None) into the document shown."""
        import sqlite3

        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from reader.core.export.import_errors import NotesImportError
        from reader.core.export.importer import import_notes_file

        self.context_requested.emit()
        document = self._document
        if document is None:
            return None
        if path is None:
            name, _chosen = QFileDialog.getOpenFileName(
                self._parent, self.tr("Import Notes"), str(self._export_directory()),
                self.tr("Web Annotation JSON (*.json *.jsonld);;All files (*)"))
            if not name:
                return None
            path = name
        store = self._writable_store()
        if store is None:
            return None
        try:
            summary = import_notes_file(store, document, path, self._outline)
        except NotesImportError as error:
            QMessageBox.warning(self._parent, self.tr("Cannot import notes"), error.message(self._language))
            return None
        except (sqlite3.Error, OSError) as error:  # a locked or full database: nothing was written
            log.exception("could not import notes")
            QMessageBox.warning(self._parent, self.tr("Cannot import notes"), self.tr(
                "The annotation database could not be written; nothing was imported.") + "\n\n" + str(error))
            return None
        QMessageBox.information(self._parent, self.tr("Notes imported"), summary.message(self._language))
        if summary.added:
            self.notes_imported.emit(summary.annotations)
        return summary

    # ----- helpers ----------------------------------------------------------------------

    def _current_annotations(self) -> list[Annotation] | None:
        """The annotations given by the window, else those stored for the document."""
        if self._annotations is not None:
            return self._annotations
        store = self._writable_store()
        if store is None or self._document is None:
            return None
        from reader.core.attach import attach_annotations

        return attach_annotations(store, self._document).annotations

    def _writable_store(self) -> AnnotationStore | None:
        """The window's database, else one opened here (once); None after telling the user why not."""
        if self._store is not None:
            return self._store
        if self._own_store is None:
            from PySide6.QtWidgets import QMessageBox

            from reader.core.store import AnnotationStore, StoreError

            try:
                self._own_store = AnnotationStore()
            except (StoreError, OSError) as error:
                log.exception("cannot open the annotation database")
                QMessageBox.warning(self._parent, self.tr("Annotations"), self.tr(
                    "The annotation database could not be opened.") + "\n\n" + str(error))
                return None
        return self._own_store

    def _export_directory(self) -> Path:
        """The folder of the last export, else the report's, else home."""
        remembered = self._settings.export_directory() if self._settings is not None else None
        if remembered is not None:
            return remembered
        if self._document is not None and self._document.path is not None:
            return Path(self._document.path).parent
        return Path.home()

    def _update_actions(self) -> None:
        """Both actions need a document."""
        for action in (self.export_action, self.import_action):
            action.setEnabled(self._document is not None)

    # ----- slots ------------------------------------------------------------------------

    @Slot()
    def _on_export_triggered(self) -> None:
        """File › Export Notes…"""
        self.export_notes()

    @Slot()
    def _on_import_triggered(self) -> None:
        """File › Import Notes…"""
        self.import_notes()
