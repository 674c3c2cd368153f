"""The main window's side of the library: index shown reports, the library window, opening hits."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from reader.ui.library_indexer import LibraryIndexer

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from reader.core.library import LibraryHit
    from reader.core.report import LoadedReport
    from reader.core.store import AnnotationStore
    from reader.ui.library_window import LibraryWindow
    from reader.ui.main_window import ReaderWindow

log = logging.getLogger(__name__)
# A shown report is indexed once the indicators, annotations and keywords have had their turn.
INDEX_DELAY_MS = 2000
SEARCH_LIMIT = 100


class LibraryActions(QObject):
    """Indexes every report shown, in the background; runs the library window; opens hits in place."""

    def __init__(self, window: ReaderWindow, action: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._store: AnnotationStore | None = None
        self._library_window: LibraryWindow | None = None
        self._pending: tuple[Path, LibraryHit] | None = None  # a hit to select once its report shows
        self.indexer = LibraryIndexer(self)
        self.indexer.indexed.connect(self._on_indexer_indexed)
        self.indexer.failed.connect(self._on_indexer_failed)
        self._index_timer = QTimer(self, singleShot=True, interval=INDEX_DELAY_MS)
        self._index_timer.timeout.connect(self._on_index_timer_timeout)
        action.triggered.connect(self.show_library)
        window.report_shown.connect(self._on_window_report_shown)
        window.loader.failed.connect(self._on_loader_failed)
        if window.report is not None:  # built after the first report was shown
            self._on_window_report_shown()

    @property
    def library_window(self) -> LibraryWindow | None:
        """Return the library window, once it has been shown."""
        return self._library_window

    def index_now(self) -> None:
        """Index the report shown without waiting (tests)."""
        self._index_timer.stop()
        self._on_index_timer_timeout()

    @Slot()
    def show_library(self) -> None:
        """Show (or raise) the library window with the reports up to date."""
        store = self._open_store()
        if store is None:
            return
        if self._library_window is None:
            from reader.ui.library_window import LibraryWindow

            self._library_window = LibraryWindow(self._window)
            self._library_window.open_requested.connect(self._on_library_open_requested)
            self._library_window.remove_requested.connect(self._on_library_remove_requested)
            self._library_window.search_requested.connect(self._on_library_search_requested)
            self._library_window.hit_activated.connect(self._on_library_hit_activated)
        self._reload()
        from reader.core.library import pending

        if pending(store) and not self.indexer.busy:  # reports remembered before the index existed
            self._library_window.set_busy(self.tr("Indexing reports for search…"))
            self.indexer.refresh()
        self._library_window.show()
        self._library_window.activateWindow()

    def close(self) -> None:
        """Stop indexing and close the database and the window."""
        self._index_timer.stop()
        self.indexer.close()
        if self._library_window is not None:
            self._library_window.close()
        if self._store is not None:
            self._store.close()
            self._store = None

    # ----- slots ------------------------------------------------------------------------

    @Slot()
    def _on_window_report_shown(self) -> None:
        """Select a pending hit in the report just shown; index the report a little later."""
        report = self._window.report
        if report is None:
            return
        if self._pending is not None and _same_path(report.document.path, self._pending[0]):
            self._select(report, self._pending[1])
            self._pending = None
        self._index_timer.start()

    @Slot(object)
    def _on_loader_failed(self, _error: object) -> None:
        """The report of a pending hit could not be opened: forget the hit."""
        self._pending = None

    @Slot()
    def _on_index_timer_timeout(self) -> None:
        """Index the report shown, off the GUI thread."""
        if self._window.report is not None:
            self.indexer.index(self._window.report)

    @Slot()
    def _on_indexer_indexed(self) -> None:
        """Show what indexing added, if the library window is open."""
        if self._library_window is not None and not self.indexer.busy:
            self._library_window.set_busy("")
            if self._library_window.isVisible():
                self._reload()
                self._on_library_search_requested(self._library_window.search_edit.text())

    @Slot(str)
    def _on_indexer_failed(self, message: str) -> None:
        """Say that indexing failed (searching still works on what was indexed before)."""
        if self._library_window is not None:
            self._library_window.set_busy(self.tr("Indexing failed: %1").replace("%1", message))

    @Slot(str)
    def _on_library_open_requested(self, path: str) -> None:
        """Open a report of the library in the main window."""
        self._window.open_path(path)
        self._window.activateWindow()

    @Slot(str)
    def _on_library_remove_requested(self, identity: str) -> None:
        """Remove a report from the library after asking; never one that has annotations."""
        from PySide6.QtWidgets import QMessageBox

        from reader.core.library import remove
        from reader.core.store import StoreError

        store = self._open_store()
        parent = self._library_window
        entry = parent.model.entry_of(identity) if parent is not None else None
        if store is None or entry is None:
            return
        if entry.annotations:
            message = self.tr("“%1” has %2 annotations: delete them first, or they would be lost.")
            QMessageBox.warning(parent, self.tr("Remove from Library"),
                                message.replace("%1", entry.title).replace("%2", str(entry.annotations)))
            return
        answer = QMessageBox.question(parent, self.tr("Remove from Library"), self.tr(
            "Remove “%1” from the library? The file itself is not deleted; opening it again adds it back.")
            .replace("%1", entry.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove(store, identity)
        except StoreError as error:  # annotations were added meanwhile, or the disk is full
            QMessageBox.warning(parent, self.tr("Remove from Library"), str(error))
        self._reload()

    @Slot(str)
    def _on_library_search_requested(self, query: str) -> None:
        """Search every report and note; show the best hits."""
        from reader.core.library import search

        store = self._open_store()
        if store is None or self._library_window is None:
            return
        started = time.perf_counter()
        hits = search(store, query, SEARCH_LIMIT) if query.strip() else []
        self._library_window.set_hits(query, hits, (time.perf_counter() - started) * 1000)

    @Slot(object)
    def _on_library_hit_activated(self, hit: LibraryHit) -> None:
        """Show the hit's report with the hit selected (opening the report first if needed)."""
        if not hit.path:
            return
        report = self._window.report
        if report is not None and _same_path(report.document.path, Path(hit.path)):
            self._select(report, hit)
        elif self._pending is None or not _same_path(self._pending[0], Path(hit.path)):
            self._pending = (Path(hit.path), hit)
            self._window.open_path(hit.path)
        else:
            self._pending = (Path(hit.path), hit)  # already opening: select this hit instead
        self._window.activateWindow()

    # ----- helpers ----------------------------------------------------------------------

    def _select(self, report: LoadedReport, hit: LibraryHit) -> None:
        """Select the hit in the text shown, finding it again if the file changed since indexing."""
        from reader.core.library import place_hit

        start, end = place_hit(report.document.text, report.document.identity, hit, self._open_store())
        self._window.report_view.select_range(start, end)
        self._window.report_view.setFocus()

    def _reload(self) -> None:
        """Show the library's current reports."""
        from reader.core.library import entries

        store = self._open_store()
        if store is not None and self._library_window is not None:
            self._library_window.set_entries(entries(store))

    def _open_store(self) -> AnnotationStore | None:
        """Open the database for the GUI thread once; tell the user if it cannot be used."""
        if self._store is None:
            from reader.core.store import AnnotationStore, StoreError

            try:
                self._store = AnnotationStore()
            except (StoreError, OSError) as error:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(self._window, self.tr("Library"), self.tr(
                    "The library database cannot be opened: %1").replace("%1", str(error)))
                return None
        return self._store


def _same_path(first: Path | str | None, second: Path | str | None) -> bool:
    """True when both name the same file."""
    if first is None or second is None:
        return False
    return Path(first).expanduser().resolve() == Path(second).expanduser().resolve()
