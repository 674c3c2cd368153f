"""Finds each shown report's indicators in the background and feeds the highlights and the dock."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QDockWidget

from reader.ui.indicator_exporter import IndicatorExporter
from reader.ui.indicator_worker import IndicatorWorker

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow

    from reader.core.report import LoadedReport
    from reader.ui.indicator_job import IndicatorResults
    from reader.ui.metrics_panel import MetricsPanel
    from reader.ui.report_view import ReportView
    from reader.ui.settings import AppSettings

log = logging.getLogger(__name__)
MAX_DOCK_SHARE = 40  # percent of the window the dock may take when first shown
STATUS_TIMEOUT_MS = 5000


class MetricsCoordinator(QObject):
    """Owns the extraction worker and the metrics dock; keeps them in step with the view."""

    results_changed = Signal(object)

    def __init__(self, window: QMainWindow, view: ReportView, dock: QDockWidget,
                 settings: AppSettings, panel_action: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._settings = settings
        self._panel_action = panel_action
        self._report: LoadedReport | None = None
        self._results: IndicatorResults | None = None
        self.dock = dock  # created empty by the window so restoreState places it before first paint
        self.panel: MetricsPanel | None = None
        self.worker = IndicatorWorker(self)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.summarised.connect(self._on_worker_summarised)
        self.worker.failed.connect(self._on_worker_failed)
        self._exporter = IndicatorExporter(self)
        view.indicator_clicked.connect(self._on_view_indicator_clicked)

    @property
    def results(self) -> IndicatorResults | None:
        """Return the indicators of the report shown, once found."""
        return self._results

    def start(self, report: LoadedReport) -> None:
        """Find the indicators of ``report`` (already shown in the view) in the background."""
        self.forget()
        self._report = report
        self.worker.start(report)

    def forget(self) -> None:
        """A new report is shown: drop the old indicators now (their offsets mean nothing there)."""
        self.worker.cancel()
        self._report = None
        self._results = None
        self.results_changed.emit(None)
        if self.panel is not None:
            self.panel.show_pending()

    def close(self) -> None:
        """Drop running extractions (the window closes at once; the worker process finishes alone)."""
        self.worker.cancel()

    def export(self) -> Path | None:
        """Ask where to save the indicators and write them; return the path written."""
        if self._results is None or self._report is None:
            return None
        document = self._report.document
        stem = document.path.stem if document.path is not None else document.title
        directory = self._settings.export_directory() or Path.home()
        suffix = self.tr("indicators")
        suggested = directory / f"{stem}-{suffix}.csv"
        path = self._exporter.save(self._window, self._results.indicators, suggested)
        if path is not None:
            self._settings.set_export_directory(path.parent)
            self._window.statusBar().showMessage(
                self.tr("Exported %1 indicators to %2")
                .replace("%1", str(len(self._results.indicators))).replace("%2", str(path)),
                STATUS_TIMEOUT_MS)
        return path

    def ensure_panel(self) -> MetricsPanel:
        """Fill the metrics dock (first results); dock it right unless restoreState placed it."""
        if self.panel is not None:
            return self.panel
        from PySide6.QtCore import Qt  # its enums cost ~35 ms to create: not while starting

        from reader.ui.metrics_panel import MetricsPanel

        window, dock = self._window, self.dock
        self.panel = MetricsPanel()
        self.panel.jump_requested.connect(self._on_panel_jump_requested)
        self.panel.export_requested.connect(self.export)
        dock.setWidget(self.panel)
        if window.dockWidgetArea(dock) == Qt.DockWidgetArea.NoDockWidgetArea:
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            width = min(self.panel.preferred_width(), window.width() * MAX_DOCK_SHARE // 100)
            window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
            dock.show()
        action = self._panel_action
        action.setEnabled(True)
        action.setChecked(not dock.isHidden())
        action.toggled.connect(dock.setVisible)
        dock.visibilityChanged.connect(self._on_dock_visibility_changed)
        return self.panel

    @Slot(object)
    def _on_worker_finished(self, results: IndicatorResults) -> None:
        """Highlight and list the indicators if they belong to the report shown."""
        report = self._report
        if report is None or results.identity != report.document.identity:
            return
        self._results = results
        self._view.set_indicators(results.indicators)
        self.ensure_panel().set_results(results)
        self._window.statusBar().showMessage(
            self.tr("Found %1 indicators").replace("%1", str(len(results.indicators))),
            STATUS_TIMEOUT_MS)
        self.results_changed.emit(results)

    @Slot(object)
    def _on_worker_summarised(self, results: IndicatorResults) -> None:
        """Add the headline and the result/target pairs (the list and highlights stay as they are)."""
        current = self._results
        if current is None or results.identity != current.identity:
            return
        self._results = replace(results, indicators=current.indicators)  # the objects shown
        self.ensure_panel().set_summary(self._results)
        self.results_changed.emit(self._results)

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        """Extraction failed (a bug): say so quietly; the report stays readable."""
        self.ensure_panel().status_label.setText(self.tr("Indicators unavailable"))
        self._window.statusBar().showMessage(
            self.tr("Could not find indicators: %1").replace("%1", message), STATUS_TIMEOUT_MS)

    @Slot(int)
    def _on_view_indicator_clicked(self, number: int) -> None:
        """Select the clicked indicator in the panel."""
        if self.panel is not None:
            self.panel.select_indicator(number)

    @Slot(int, int)
    def _on_panel_jump_requested(self, start: int, end: int) -> None:
        """Scroll the text to an indicator and select it."""
        self._view.select_range(start, end)
        self._view.setFocus()

    @Slot(bool)
    def _on_dock_visibility_changed(self, _visible: bool) -> None:
        """Keep the panel action's check mark in step with the dock (closed, restored)."""
        self._panel_action.setChecked(not self.dock.isHidden())
