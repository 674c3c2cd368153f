"""The main window: outline, reading view and indicator dock; status bar; file opening."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QProgressBar, QSplitter, QWidget

from reader.core.outline import SECTION_SEPARATOR
from reader.ui.document_loader import DocumentLoader
from reader.ui.outline_panel import OutlinePanel
from reader.ui.report_view import ReportView
from reader.ui.settings import AppSettings
from reader.ui.window_menus import WindowMenus

if TYPE_CHECKING:  # event and dialog classes are imported where used: faster start-up
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
    from PySide6.QtWidgets import QMenu

    from reader.core.background import BackgroundCall
    from reader.core.errors import LoadError
    from reader.core.report import LoadedReport
    from reader.core.store import AnnotationStore
    from reader.ui.annotation_actions import AnnotationActions
    from reader.ui.library_actions import LibraryActions
    from reader.ui.metrics_coordinator import MetricsCoordinator
    from reader.ui.notes_actions import NotesActions
    from reader.ui.search_coordinator import SearchCoordinator

log = logging.getLogger(__name__)
DEFAULT_SPLITTER_SIZES = [320, 1000]
DEFAULT_SIZE = (1280, 860)
WIDE_DEFAULT_WIDTH = 1480  # first run on a wide screen: room for outline, text and indicators
SCREEN_MARGIN = 80
# Indicators are extracted once the report has painted and the first frames have settled.
EXTRACT_DELAY_MS = 150


class ReaderWindow(QMainWindow):
    """Top-level window of the reader."""

    report_shown = Signal()

    def __init__(self, settings: AppSettings, language: str = "zh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerWindow")
        self._settings = settings
        self._language = language
        self._report: LoadedReport | None = None
        self._metrics: MetricsCoordinator | None = None  # built after the first report is shown
        self._annotations: AnnotationActions | None = None  # likewise
        self._search: SearchCoordinator | None = None  # likewise
        self._notes_actions: NotesActions | None = None  # likewise, or when first needed
        self._library_actions: LibraryActions | None = None  # likewise, or when first needed
        self._extract_timer = QTimer(self, singleShot=True, interval=EXTRACT_DELAY_MS)
        self._extract_timer.timeout.connect(self._on_extract_timer_timeout)
        self._deferred_timer = QTimer(self, singleShot=True, interval=EXTRACT_DELAY_MS)
        self._deferred_timer.timeout.connect(self._on_deferred_timer_timeout)
        self._loader = DocumentLoader(self)
        self._loader.loaded.connect(self._on_loader_loaded)
        self._loader.failed.connect(self._on_loader_failed)
        self.outline_panel = OutlinePanel(self)
        self.report_view = ReportView(self)
        self.report_view.set_font_size(settings.font_size())
        self.report_view.set_highlights_visible(settings.highlight_indicators())
        self.splitter = QSplitter()  # horizontal; setCentralWidget adopts it
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.outline_panel)
        self.splitter.addWidget(self.report_view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(DEFAULT_SPLITTER_SIZES)
        self.setCentralWidget(self.splitter)
        self._build_status_bar()
        self.menus = WindowMenus(self, language, settings.highlight_indicators())
        self.menus.rebuild_recent_menu(settings.recent_files())
        self._build_metrics_dock()
        self._connect_actions()
        self._connect_views()
        self.setAcceptDrops(True)
        self._update_title()
        self._restore_layout()

    @property
    def loader(self) -> DocumentLoader:
        """Return the background loader (tests wait on its signals)."""
        return self._loader

    @property
    def report(self) -> LoadedReport | None:
        """Return the report shown, if any."""
        return self._report

    @property
    def recent_menu(self) -> QMenu:
        """Return the recent files menu."""
        return self.menus.recent_menu

    @property
    def annotations(self) -> AnnotationActions | None:
        """Return the annotation actions, panel and coordinator (once a report has been shown)."""
        return self._annotations

    @property
    def annotation_store(self) -> AnnotationStore | None:
        """Return the annotation database (None until a report has been shown, or if unusable)."""
        coordinator = self._annotations.coordinator if self._annotations is not None else None
        return coordinator.store if coordinator is not None else None

    @property
    def search(self) -> SearchCoordinator | None:
        """Return the search and keywords coordinator (exists once a report has been shown)."""
        return self._search

    @property
    def metrics(self) -> MetricsCoordinator | None:
        """Return the indicator coordinator (exists once a report has been shown)."""
        return self._metrics

    def open_path(self, path: Path | str, started: BackgroundCall[LoadedReport] | None = None) -> None:
        """Open ``path`` in the background (or take over a load already ``started``)."""
        if started is None or not started.done():  # one read before the window showed needs no busy bar
            self._progress.show()
            self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", Path(path).name))
        if started is None:
            self._loader.load(path)
        else:
            self._loader.adopt(started, path)

    # ----- building -------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        """Section, position and length labels plus a busy indicator."""
        self._section_label = QLabel(self)
        self._position_label = QLabel(self)
        self._length_label = QLabel(self)
        self._progress = QProgressBar(self)
        self._progress.setRange(0, 0)
        self._progress.setMaximumWidth(120)
        self._progress.hide()
        bar = self.statusBar()
        bar.addWidget(self._section_label, 1)
        bar.addPermanentWidget(self._progress)
        bar.addPermanentWidget(self._position_label)
        bar.addPermanentWidget(self._length_label)

    @property
    def notes_actions(self) -> NotesActions:
        """File › Export Notes… / Import Notes… (built after the first paint, or when first needed)."""
        return self._ensure_notes_actions()

    @property
    def library_actions(self) -> LibraryActions:
        """File › Library… (Ctrl+L) and background indexing (built after the first paint, or when needed)."""
        return self._ensure_library_actions()

    def _ensure_notes_actions(self) -> NotesActions:
        """Build the notes actions once; they ask for the report shown when they run."""
        if self._notes_actions is None:
            from reader.ui.notes_actions import NotesActions

            self._notes_actions = NotesActions(self, self.menus.export_notes_action,
                                               self.menus.import_notes_action, self._settings,
                                               self._language)
            self._notes_actions.context_requested.connect(self._on_notes_context_requested)
            self._notes_actions.notes_imported.connect(self._on_notes_imported)
            self.report_shown.connect(self._on_notes_context_requested)
            self._on_notes_context_requested()
        return self._notes_actions

    def _ensure_library_actions(self) -> LibraryActions:
        """Build the library actions once; every report shown is indexed in the background."""
        if self._library_actions is None:
            from reader.ui.library_actions import LibraryActions

            self._library_actions = LibraryActions(self, self.menus.library_action)
        return self._library_actions

    def _build_metrics_dock(self) -> None:
        """An empty, hidden dock: restoreState puts it back; its panel comes with the indicators."""
        self.metrics_dock = QDockWidget(self.tr("Indicators"), self)
        self.metrics_dock.setObjectName("metricsDock")
        self.metrics_dock.hide()
        self.annotations_dock = QDockWidget(self.tr("Annotations"), self)
        self.annotations_dock.setObjectName("annotationsDock")
        self.annotations_dock.hide()
        self.keywords_dock = QDockWidget(self.tr("Keywords"), self)
        self.keywords_dock.setObjectName("keywordsDock")
        self.keywords_dock.hide()
        self.search_dock = QDockWidget(self.tr("Search Results"), self)
        self.search_dock.setObjectName("searchDock")
        self.search_dock.hide()

    def _connect_actions(self) -> None:
        """Menu and toolbar actions to the window's slots."""
        menus, view = self.menus, self.report_view
        for action, slot in ((menus.open_action, self._on_open_triggered),
                             (menus.open_sample_action, self._on_open_sample_triggered),
                             (menus.export_action, self._on_export_triggered),
                             (menus.quit_action, self.close),
                             (menus.zoom_in_action, view.zoom_in),
                             (menus.zoom_out_action, view.zoom_out),
                             (menus.reset_zoom_action, view.reset_zoom),
                             (menus.toggle_outline_action, self._on_toggle_outline),
                             (menus.highlight_action, self._on_highlight_triggered),
                             (menus.about_action, self._on_about_triggered)):
            action.triggered.connect(slot)
        menus.language_chosen.connect(self._on_language_chosen)
        menus.recent_chosen.connect(self._on_recent_chosen)

    def _connect_views(self) -> None:
        """Wire the outline, the view and the status bar together."""
        self.outline_panel.jump_requested.connect(self._on_outline_jump_requested)
        self.report_view.top_offset_changed.connect(self._on_view_top_offset_changed)
        self.report_view.font_size_changed.connect(self._settings.set_font_size)

    def _restore_layout(self) -> None:
        """Restore geometry, dock state and splitter sizes from the last session."""
        geometry = self._settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            available = self.screen().availableGeometry().width() - SCREEN_MARGIN
            self.resize(max(DEFAULT_SIZE[0], min(WIDE_DEFAULT_WIDTH, available)), DEFAULT_SIZE[1])
        state = self._settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self._settings.splitter_state()
        if splitter is not None:
            self.splitter.restoreState(splitter)

    # ----- slots ------------------------------------------------------------------------

    @Slot(object)
    def _on_loader_loaded(self, report: LoadedReport) -> None:
        """Show a freshly loaded report where the user last left it."""
        self._remember_reading_position()
        self._progress.hide()
        self.statusBar().clearMessage()
        self._report = report
        document = report.document
        self.report_view.set_report(document, report.outline)
        self.outline_panel.set_outline(report.outline)
        self._update_title()
        self._length_label.setText(
            self.tr("%1 characters").replace("%1", f"{len(document.text):,}"))
        if document.path is not None:
            self.menus.rebuild_recent_menu(self._settings.add_recent_file(str(document.path)))
        position = self._settings.reading_position(document.identity)
        self.report_view.scroll_to_offset(position)
        self._on_view_top_offset_changed(position)
        if self._metrics is not None:
            self._metrics.forget()
        if self._search is not None:
            self._search.set_report(report)  # old matches mean nothing in the new text
        self._extract_timer.start()
        self.report_shown.emit()
        log.info("showing %s (%d chars)", document.path, len(document.text))

    @Slot(object)
    def _on_loader_failed(self, error: LoadError) -> None:
        """Tell the user why the file could not be opened; keep what is shown."""
        from PySide6.QtWidgets import QMessageBox

        self._progress.hide()
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("Cannot open report"), error.message(self._language))

    @Slot(int)
    def _on_outline_jump_requested(self, offset: int) -> None:
        """Scroll the text to the outline entry the user clicked."""
        self.report_view.scroll_to_offset(offset)
        self.report_view.setFocus()

    @Slot(int)
    def _on_view_top_offset_changed(self, offset: int) -> None:
        """Follow the reading position in the outline and the status bar."""
        if self._report is None:
            return
        from reader.core.outline import section_path  # already loaded by the worker

        self.outline_panel.follow_offset(offset)
        document = self._report.document
        path = section_path(self._report.outline, offset)
        self._section_label.setText(
            SECTION_SEPARATOR.join(node.title for node in path) or document.title)
        paragraph = document.paragraph_at(offset) + 1
        percent = round(100 * offset / max(1, len(document.text)))
        self._position_label.setText(
            self.tr("Paragraph %1 of %2 · %3%")
            .replace("%1", str(paragraph))
            .replace("%2", str(len(document.paragraphs)))
            .replace("%3", str(percent)))

    @Slot()
    def _on_open_triggered(self) -> None:
        """Ask for a file and open it."""
        from PySide6.QtWidgets import QFileDialog

        from reader.core.loaders import SUPPORTED_SUFFIXES

        patterns = " ".join(f"*{suffix}" for suffix in sorted(SUPPORTED_SUFFIXES) if suffix)
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open Report"), self._last_directory(),
            self.tr("Reports (%1);;All files (*)").replace("%1", patterns))
        if path:
            self.open_path(path)

    @Slot()
    def _on_open_sample_triggered(self) -> None:
        """Open the bundled sample report."""
        from reader.core.paths import sample_report_path

        self.open_path(sample_report_path())

    @Slot()
    def _on_toggle_outline(self) -> None:
        """Show or hide the outline tree."""
        self.outline_panel.setVisible(self.menus.toggle_outline_action.isChecked())

    @Slot()
    def _on_extract_timer_timeout(self) -> None:
        """Load the annotations and find the indicators of the report shown (it has painted by now)."""
        if self._report is None:
            return
        self._show_annotations(self._report)
        if self._search is None:
            from reader.ui.search_coordinator import SearchCoordinator

            self._search = SearchCoordinator(self, self.report_view, self.menus, self.keywords_dock,
                                             self.search_dock)
            self._search.set_report(self._report)
        if self._metrics is None:
            from reader.ui.metrics_coordinator import MetricsCoordinator

            self._metrics = MetricsCoordinator(self, self.report_view, self.metrics_dock,
                                               self._settings, self.menus.metrics_action)
            self._metrics.results_changed.connect(self._on_metrics_results_changed)
        self._metrics.start(self._report)

    @Slot()
    def _on_deferred_timer_timeout(self) -> None:
        """Build what the first paint does not need: notes export/import and the library."""
        self._ensure_notes_actions()
        self._ensure_library_actions()

    @Slot(object)
    def _on_metrics_results_changed(self, results: object) -> None:
        """Exporting needs indicators."""
        self.menus.export_action.setEnabled(results is not None and bool(results.indicators))

    @Slot()
    def _on_highlight_triggered(self) -> None:
        """Show or hide the indicator highlights, and remember it."""
        visible = self.menus.highlight_action.isChecked()
        self.report_view.set_highlights_visible(visible)
        self._settings.set_highlight_indicators(visible)

    @Slot()
    def _on_export_triggered(self) -> None:
        """Save the report's indicators as CSV or JSON."""
        if self._metrics is not None:
            self._metrics.export()

    @Slot()
    def _on_notes_context_requested(self) -> None:
        """Give the notes actions the report, its annotations (all, and as the panel filters them)."""
        report = self._report
        if report is None:
            return
        annotations = filtered = None
        actions = self._annotations
        coordinator = actions.coordinator if actions is not None else None
        if actions is not None and coordinator is not None and coordinator.report is report:
            annotations = coordinator.annotations()
            if actions.panel is not None:
                condition = actions.panel.current_filter()
                filtered = [annotation for annotation in annotations if condition.matches(annotation)]
        results = self._metrics.results if self._metrics is not None else None
        indicators = (results.indicators if results is not None
                      and results.identity == report.document.identity else None)
        self.notes_actions.set_context(self.annotation_store, report.document, report.outline,
                                       annotations, filtered, indicators)

    @Slot(list)
    def _on_notes_imported(self, _annotations: list) -> None:
        """Show imported notes in the text and the panel."""
        if self._annotations is not None and self._report is not None:
            self._annotations.set_report(self._report)

    @Slot()
    def _on_about_triggered(self) -> None:
        """Show the about box."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Report Reader"), self.tr(
            "Report Reader: read, navigate and annotate Chinese government work reports."))

    @Slot(str)
    def _on_language_chosen(self, language: str) -> None:
        """Remember the language; it applies from the next start."""
        from PySide6.QtWidgets import QMessageBox

        self._settings.set_language(language)
        if language != self._language:
            QMessageBox.information(self, self.tr("Language"), self.tr(
                "The interface language will change the next time the application starts."))

    @Slot(str)
    def _on_recent_chosen(self, path: str) -> None:
        """Open a recent file, forgetting it if it has gone."""
        if not Path(path).exists():
            self.menus.rebuild_recent_menu(self._settings.remove_recent_file(path))
        self.open_path(path)

    # ----- events -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept dragged local files."""
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open the first dropped local file."""
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(url.toLocalFile())
                event.acceptProposedAction()
                return

    def showEvent(self, event: QShowEvent) -> None:
        """Once shown, build the rest of the window's actions (they are not needed to paint)."""
        super().showEvent(event)
        if self._notes_actions is None or self._library_actions is None:
            self._deferred_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save layout, font size and reading position before closing."""
        self._remember_reading_position()
        self._settings.set_geometry(self.saveGeometry())
        self._settings.set_window_state(self.saveState())
        self._settings.set_splitter_state(self.splitter.saveState())
        self._settings.set_font_size(self.report_view.font_size)
        self._settings.sync()
        self._loader.wait()
        if self._metrics is not None:
            self._metrics.close()
        if self._search is not None:
            self._search.close()
        if self._notes_actions is not None:
            self._notes_actions.close()
        if self._library_actions is not None:
            self._library_actions.close()
        super().closeEvent(event)

    # ----- helpers ----------------------------------------------------------------------

    def _show_annotations(self, report: LoadedReport) -> None:
        """Build the annotation actions and panel the first time; load the report's annotations."""
        if self._annotations is None:
            from PySide6.QtCore import Qt

            from reader.ui.annotation_actions import AnnotationActions

            self._annotations = AnnotationActions(self, self.report_view, self.annotations_dock)
            if self.dockWidgetArea(self.annotations_dock) == Qt.DockWidgetArea.NoDockWidgetArea:
                self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.annotations_dock)
                self.annotations_dock.hide()  # shown by Ctrl+Shift+A or the first highlight
        self._annotations.set_report(report)

    def _remember_reading_position(self) -> None:
        """Store where the user is in the current report."""
        if self._report is not None:
            offset = self.report_view.top_offset()
            self._settings.set_reading_position(self._report.document.identity, offset)
            store = self.annotation_store
            if store is not None:
                store.set_reading_position(self._report.document.identity, offset)

    def _last_directory(self) -> str:
        """Return the folder of the most recent file, for the open dialog."""
        recent = self._settings.recent_files()
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def _update_title(self) -> None:
        """Show the report's title in the window title."""
        app_name = self.tr("Report Reader")
        if self._report is None:
            self.setWindowTitle(app_name)
        else:
            self.setWindowTitle(f"{self._report.document.title} — {app_name}")
