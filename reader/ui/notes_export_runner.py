"""Run a notes export with a cancellable progress dialog; report failures in a message box."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from reader.core.export import NotesView

log = logging.getLogger(__name__)


class NotesExportRunner(QObject):
    """Writes one export; the progress dialog shows after a delay and its Cancel stops the export."""

    def run(self, parent: QWidget, view: NotesView, export_format: str, path: Path, delay_ms: int) -> bool:
        """Write the file; True when written, False when cancelled or failed (the user is told why)."""
        from PySide6.QtWidgets import QMessageBox, QProgressDialog

        from reader.core.export import ExportCancelled, export_notes

        progress = QProgressDialog(self.tr("Exporting notes…"), self.tr("Cancel"), 0, max(1, view.count),
                                   parent)
        progress.setWindowTitle(self.tr("Export Notes"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(delay_ms)
        progress.setAutoClose(False)

        def report(done: int, total: int) -> bool:
            progress.setValue(min(done, total))  # a modal progress dialog processes events here
            return not progress.wasCanceled()

        try:
            export_notes(view, export_format, path, report)
        except ExportCancelled:
            log.info("notes export to %s cancelled", path)
            return False
        except (OSError, ValueError) as error:
            log.warning("cannot export notes to %s: %s", path, error)
            reason = getattr(error, "strerror", None) or str(error)
            message = self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", reason)
            QMessageBox.warning(parent, self.tr("Cannot export notes"), message)
            return False
        finally:
            progress.close()
            progress.deleteLater()
        return True
