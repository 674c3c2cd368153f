"""The keywords dock: the report's and the current section's keywords, computed off the GUI thread."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot

from reader.ui.keyword_job import DOCUMENT_SCOPE, SECTION_SCOPE, KeywordResult
from reader.ui.keywords_panel import KeywordsPanel

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

    from reader.core.outline import OutlineNode
    from reader.core.report import LoadedReport
    from reader.ui.keyword_worker import KeywordWorker
    from reader.ui.report_view import ReportView

log = logging.getLogger(__name__)
KEYWORD_LIMIT = 15
MIN_SECTION_CHARS = 300  # a shorter outline entry (one topic sentence) is too small for keywords
SHOWN_HEIGHT_PERCENT = 55  # of the window's height, when the dock is first shown beside others


def place_dock(window: QMainWindow, dock: QDockWidget, panel: QWidget,
               beside: QDockWidget | None = None) -> bool:
    """Fill an empty dock; unless restoreState placed it, dock it right (tabbed ``beside``), hidden.

    Return True when it was placed here (first use: no size remembered).
    """
    dock.setWidget(panel)
    if window.dockWidgetArea(dock) != Qt.DockWidgetArea.NoDockWidgetArea:
        return False
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    if beside is not None and window.dockWidgetArea(beside) == Qt.DockWidgetArea.RightDockWidgetArea:
        window.tabifyDockWidget(beside, dock)
    dock.hide()
    return True


class KeywordsController(QObject):
    """Keeps the keywords dock in step with the report and the reading position (only while shown)."""

    keyword_chosen = Signal(str)

    def __init__(self, window: QMainWindow, view: ReportView, dock: QDockWidget, action: QAction,
                 worker: KeywordWorker) -> None:
        super().__init__(window)
        self._view = view
        self._action = action
        self._worker = worker
        self._report: LoadedReport | None = None
        self._section: tuple[int, int] | None = None
        self._stale = True  # the keywords shown are not those of the report shown
        self._window = window
        self.dock = dock
        self.panel = KeywordsPanel()
        self.panel.keyword_chosen.connect(self.keyword_chosen)
        self._size_on_show = place_dock(window, dock, self.panel)
        action.setEnabled(True)
        action.setChecked(not dock.isHidden())
        action.toggled.connect(dock.setVisible)
        dock.visibilityChanged.connect(self._on_dock_visibility_changed)
        view.top_offset_changed.connect(self._on_view_top_offset_changed)
        worker.keywords_ready.connect(self._on_worker_keywords_ready)
        worker.failed.connect(self._on_worker_failed)

    def set_report(self, report: LoadedReport) -> None:
        """A new report: its keywords are computed now if the dock is shown, else when it is."""
        self._report = report
        self._section = None
        self._stale = True
        self.panel.set_pending()
        if self._visible():
            self._request()

    def _visible(self) -> bool:
        """True when the dock is open."""
        return not self.dock.isHidden()

    def _request(self) -> None:
        """Compute the report's and the current section's keywords in the background."""
        report = self._report
        if report is None:
            return
        self._stale = False
        document = report.document
        self.panel.set_pending()
        self._worker.request_keywords(document.identity, document.text, DOCUMENT_SCOPE, 0, len(document.text),
                                      KEYWORD_LIMIT)
        self._section = None
        self._follow_section(self._view.top_offset())

    def _follow_section(self, offset: int) -> None:
        """Ask for the keywords of the section at ``offset`` if it is another one."""
        report = self._report
        if report is None:
            return
        node = keyword_section(report.outline, offset)
        span = (node.start, node.end) if node is not None else (0, 0)
        if span == self._section:
            return
        self._section = span
        self.panel.set_section(node.title if node is not None else None)
        if node is None:
            self.panel.set_section_keywords([])
            return
        self.panel.section_list.set_pending(self.tr("Finding keywords…"))
        document = report.document
        self._worker.request_keywords(document.identity, document.text, SECTION_SCOPE, node.start, node.end,
                                      KEYWORD_LIMIT)

    @Slot(bool)
    def _on_dock_visibility_changed(self, _visible: bool) -> None:
        """Compute the keywords when the dock is first shown for this report."""
        self._action.setChecked(self._visible())
        if self._visible() and self._size_on_show:
            self._size_on_show = False  # first shown, not restored: room for both lists
            self._window.resizeDocks([self.dock], [self._window.height() * SHOWN_HEIGHT_PERCENT // 100],
                                     Qt.Orientation.Vertical)
        if self._visible() and self._stale:
            self._request()

    @Slot(int)
    def _on_view_top_offset_changed(self, offset: int) -> None:
        """The reader moved: the section keywords follow."""
        if self._visible() and not self._stale:
            self._follow_section(offset)

    @Slot(object)
    def _on_worker_keywords_ready(self, result: KeywordResult) -> None:
        """Show keywords if they are for the report and section shown."""
        report = self._report
        if report is None or result.key != report.document.identity:
            return
        if result.scope == DOCUMENT_SCOPE:
            self.panel.set_document_keywords(result.keywords)
        elif (result.start, result.end) == self._section:
            self.panel.set_section_keywords(result.keywords)

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        """A keyword job failed (a bug): say so in the panel; searching still works."""
        self.panel.document_list.set_pending(self.tr("Keywords unavailable: %1").replace("%1", message))


def keyword_section(outline: list[OutlineNode], offset: int) -> OutlineNode | None:
    """The deepest outline entry at ``offset`` long enough for keywords (else the outermost one)."""
    from reader.core.outline import section_path

    path = section_path(outline, offset)
    if not path:  # before the first heading (the title): the section about to be read
        following = next((node for node in outline if node.start > offset), None)
        path = section_path(outline, following.start) if following is not None else []
    for node in reversed(path):
        if node.end - node.start >= MIN_SECTION_CHARS:
            return node
    return path[0] if path else None
