"""Wires in-document search and keywords: find bar, highlights, results dock and keywords dock."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from reader.core.text_search import SearchError, find_matches, hit_index_at, search_hits, searcher
from reader.ui.keyword_worker import DOCUMENT_SCOPE, SECTION_SCOPE, KeywordResult, KeywordWorker
from reader.ui.keywords_panel import KeywordsPanel
from reader.ui.search_highlights import SearchHighlights
from reader.ui.search_panel import SearchPanel

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMainWindow

    from reader.core.outline import OutlineNode
    from reader.core.report import LoadedReport
    from reader.ui.find_bar import FindBar
    from reader.ui.report_view import ReportView
    from reader.ui.window_menus import WindowMenus

log = logging.getLogger(__name__)
KEYWORD_LIMIT = 15
MAX_RESULTS = 1000  # rows in the results list (the count and the highlights cover every match)
MIN_SECTION_CHARS = 300  # a shorter outline entry (one topic sentence) is too small for keywords


class SearchCoordinator(QObject):
    """Owns the find bar (made on first use), the search results and keywords docks."""

    def __init__(self, window: QMainWindow, view: ReportView, menus: WindowMenus,
                 keywords_dock: QDockWidget, search_dock: QDockWidget) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._menus = menus
        self._report: LoadedReport | None = None
        self._spans: list[tuple[int, int]] = []
        self._current: int | None = None
        self._anchor = 0  # incremental search shows the first match from here on
        self._query: tuple[str, str, bool] = ("", "plain", False)
        self._section: tuple[int, int] | None = None
        self._keywords_stale = True
        self.find_bar: FindBar | None = None
        self.highlights = SearchHighlights(view)
        self.worker = KeywordWorker(self)
        self.worker.keywords_ready.connect(self._on_worker_keywords_ready)
        self.worker.segmented.connect(self._on_worker_segmented)
        self.worker.failed.connect(self._on_worker_failed)
        self.keywords_dock = keywords_dock
        self.keywords_panel = KeywordsPanel()
        self.keywords_panel.keyword_chosen.connect(self._on_keywords_panel_keyword_chosen)
        self.search_dock = search_dock
        self.search_panel = SearchPanel()
        self.search_panel.jump_requested.connect(self._on_search_panel_jump_requested)
        self._dock(keywords_dock, self.keywords_panel, menus.keywords_action)
        self._dock(search_dock, self.search_panel, None)
        keywords_dock.visibilityChanged.connect(self._on_keywords_dock_visibility_changed)
        search_dock.visibilityChanged.connect(self._on_search_dock_visibility_changed)
        view.top_offset_changed.connect(self._on_view_top_offset_changed)
        menus.find_action.triggered.connect(self.open_find_bar)
        menus.find_next_action.triggered.connect(self.find_next)
        menus.find_previous_action.triggered.connect(self.find_previous)
        for action in (menus.find_action, menus.find_next_action, menus.find_previous_action):
            action.setEnabled(True)

    @property
    def report(self) -> LoadedReport | None:
        """Return the report searched."""
        return self._report

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Return the matches of the current query."""
        return self._spans

    @property
    def current(self) -> int | None:
        """Return the index of the current match."""
        return self._current

    def set_report(self, report: LoadedReport) -> None:
        """A new report is shown: search it again, and find its keywords if the dock is open."""
        self._report = report
        self._section = None
        self._spans, self._current = [], None
        self._anchor = self._view.top_offset()
        self.highlights.clear()
        self.search_panel.set_hits("", [], 0)
        self._keywords_stale = True
        self.keywords_panel.set_pending()
        if self.find_bar is not None and not self.find_bar.isHidden():
            self._search(*self._query, navigate=False)
        if self._keywords_visible():
            self._request_keywords()

    def close(self) -> None:
        """The window closes: drop background jobs."""
        self.worker.close()

    # ----- find bar -----------------------------------------------------------------------

    @Slot()
    def open_find_bar(self) -> None:
        """Show the find bar (made now the first time) with the selection or the last query."""
        bar = self._ensure_find_bar()
        selected = self._view.selected_range()
        if selected is not None and self._report is not None:
            text = self._report.document.text[selected[0]:selected[1]]
            if text and "\n" not in text and len(text) <= 100:
                bar.line_edit.setText(text)
        self._anchor = selected[0] if selected is not None else self._view.top_offset()
        was_hidden = bar.isHidden()
        bar.activate()
        if was_hidden or selected is not None:
            bar.set_query(bar.query)

    @Slot()
    def find_next(self) -> None:
        """Go to the next match (F3, Enter); open the find bar if there is nothing to go to."""
        self._step(1)

    @Slot()
    def find_previous(self) -> None:
        """Go to the previous match (Shift+F3, Shift+Enter)."""
        self._step(-1)

    def search_for(self, word: str, mode: str = "word") -> None:
        """Put ``word`` in the find bar and search for it (a keyword was clicked)."""
        bar = self._ensure_find_bar()
        bar.show()
        self._anchor = self._view.top_offset()
        bar.set_query(word, mode)

    def _step(self, direction: int) -> None:
        """Move the current match by ``direction``, wrapping around."""
        bar = self.find_bar
        if bar is None or bar.isHidden() or not bar.query:
            self.open_find_bar()
            return
        bar.search_now()
        if not self._spans:
            return
        if self._current is None:
            index = hit_index_at(self._spans, self._anchor)
            self._current = index if direction > 0 else (index - 1) % len(self._spans)
        else:
            self._current = (self._current + direction) % len(self._spans)
        self._show_current(scroll=True)

    def _ensure_find_bar(self) -> FindBar:
        """Make the find bar and put it under the reading view (in the view's place in the splitter)."""
        if self.find_bar is not None:
            return self.find_bar
        from reader.ui.find_bar import FindBar

        view = self._view
        splitter = view.parentWidget()
        container = QWidget()
        container.setObjectName("readingArea")
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        bar = FindBar(container)
        bar.hide()
        if isinstance(splitter, QSplitter):
            had_focus = view.hasFocus()
            sizes = splitter.sizes()
            splitter.insertWidget(splitter.indexOf(view), container)  # the splitter owns it
            layout.addWidget(view, 1)  # reparented: the splitter lets go of it
            splitter.setSizes(sizes)
            if had_focus:
                view.setFocus()
            # Reparenting resized the view on the way; have it lay the text out for its final width.
            QTimer.singleShot(0, lambda: view.setLineWrapColumnOrWidth(view.lineWrapColumnOrWidth()))
        else:  # the view is not in a splitter (tests with a bare view): the bar floats as its own widget
            log.debug("reading view not in a splitter; the find bar is a separate widget")
        layout.addWidget(bar)
        bar.search_requested.connect(self._on_find_bar_search_requested)
        bar.next_requested.connect(self.find_next)
        bar.previous_requested.connect(self.find_previous)
        bar.closed.connect(self._on_find_bar_closed)
        bar.results_toggled.connect(self._on_find_bar_results_toggled)
        self.search_dock.visibilityChanged.connect(self._sync_results_button)
        self.find_bar = bar
        self._sync_results_button()
        return bar

    def _search(self, query: str, mode: str, case_sensitive: bool, navigate: bool = True) -> None:
        """Find ``query``; highlight every match and go to the first one from the anchor."""
        self._query = (query, mode, case_sensitive)
        bar = self.find_bar
        report = self._report
        self._spans, self._current = [], None
        if report is None or not query:
            self.highlights.clear()
            self.search_panel.set_hits(query, [], 0)
            if bar is not None:
                bar.set_count(None, 0)
            return
        text = report.document.text
        if mode == "word" and not searcher(text).has_boundaries:
            self.highlights.clear()
            if bar is not None:
                bar.set_message(self.tr("Loading the word list…"))
            self.worker.request_segmentation(text)  # segmented() searches again
            return
        try:
            self._spans = find_matches(text, query, mode, case_sensitive)
        except SearchError as error:
            message = self.tr("Invalid regular expression: %1").replace("%1", error.detail)
            self.highlights.clear()
            self.search_panel.set_error(message)
            if bar is not None:
                bar.set_error(message)
            return
        if self._spans:
            self._current = hit_index_at(self._spans, self._anchor)
        self.highlights.show(self._spans, self._current)
        if bar is not None:
            bar.set_count(self._current, len(self._spans))
        self._update_results()
        if navigate and self._current is not None:
            self._show_current(scroll=True, repaint_layers=False)

    def _show_current(self, scroll: bool, repaint_layers: bool = True) -> None:
        """Mark, select and show the current match; follow it in the count and the results list."""
        if self._current is None or not self._spans:
            return
        start, end = self._spans[self._current]
        self._anchor = start
        if repaint_layers:
            self.highlights.show_current((start, end))
        if self.find_bar is not None:
            self.find_bar.set_count(self._current, len(self._spans))
        if self._current < MAX_RESULTS:
            self.search_panel.select_row(self._current)
        if scroll:
            self._select_in_view(start, end)

    def _select_in_view(self, start: int, end: int) -> None:
        """Select the match; scroll only when it is not already in sight."""
        view = self._view
        positions = view.positions
        cursor = QTextCursor(view.document())
        cursor.setPosition(positions.to_qt(start))
        first_line = view.cursorRect(cursor)
        cursor.setPosition(positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        if view.viewport().rect().contains(first_line) and view.viewport().rect().contains(
                view.cursorRect(cursor)):
            view.setTextCursor(cursor)
        else:
            view.select_range(start, end)

    def _update_results(self) -> None:
        """Fill the results list (only while its dock is shown)."""
        report = self._report
        if report is None or self.search_dock.isHidden():
            return
        query, mode, case_sensitive = self._query
        if not query or not self._spans:
            self.search_panel.set_hits(query, [], 0)
            return
        hits = search_hits(report.document, report.outline, query, mode, case_sensitive, MAX_RESULTS)
        self.search_panel.set_hits(query, hits, len(self._spans))
        if self._current is not None and self._current < MAX_RESULTS:
            self.search_panel.select_row(self._current)

    # ----- keywords -----------------------------------------------------------------------

    def _keywords_visible(self) -> bool:
        """True when the keywords dock is open."""
        return not self.keywords_dock.isHidden()

    def _request_keywords(self) -> None:
        """Compute the report's and the current section's keywords in the background."""
        report = self._report
        if report is None:
            return
        self._keywords_stale = False
        text = report.document.text
        self.keywords_panel.set_pending()
        self.worker.request_keywords(text, DOCUMENT_SCOPE, 0, len(text), KEYWORD_LIMIT)
        self._section = None
        self._follow_section(self._view.top_offset())

    def _follow_section(self, offset: int) -> None:
        """Ask for the keywords of the section at ``offset`` if it is another one."""
        report = self._report
        if report is None:
            return
        node = _keyword_section(report.outline, offset)
        span = (node.start, node.end) if node is not None else (0, 0)
        if span == self._section:
            return
        self._section = span
        self.keywords_panel.set_section(node.title if node is not None else None)
        if node is None:
            self.keywords_panel.set_section_keywords([])
            return
        self.keywords_panel.section_list.set_pending(self.tr("Finding keywords…"))
        self.worker.request_keywords(report.document.text, SECTION_SCOPE, node.start, node.end, KEYWORD_LIMIT)

    # ----- slots --------------------------------------------------------------------------

    @Slot(str, str, bool)
    def _on_find_bar_search_requested(self, query: str, mode: str, case_sensitive: bool) -> None:
        """Search as the user types."""
        self._search(query, mode, case_sensitive)

    @Slot()
    def _on_find_bar_closed(self) -> None:
        """Clear the highlights; the reader goes back to the text."""
        self.highlights.clear()
        self._spans, self._current = [], None
        self._view.setFocus()

    @Slot(bool)
    def _on_find_bar_results_toggled(self, checked: bool) -> None:
        """Show or hide the results list."""
        self.search_dock.setVisible(checked)
        if checked:
            self.search_dock.raise_()

    @Slot()
    def _sync_results_button(self) -> None:
        """Keep the find bar's results button in step with the dock."""
        if self.find_bar is not None:
            button = self.find_bar.results_button
            button.blockSignals(True)
            button.setChecked(not self.search_dock.isHidden())
            button.blockSignals(False)

    @Slot(bool)
    def _on_search_dock_visibility_changed(self, visible: bool) -> None:
        """Fill the list when it is shown."""
        if visible:
            self._update_results()

    @Slot(bool)
    def _on_keywords_dock_visibility_changed(self, _visible: bool) -> None:
        """Compute the keywords when the dock is first shown for this report."""
        self._menus.keywords_action.setChecked(self._keywords_visible())
        if self._keywords_visible() and self._keywords_stale:
            self._request_keywords()

    @Slot(int)
    def _on_view_top_offset_changed(self, offset: int) -> None:
        """The reader moved: the section keywords follow."""
        if self._keywords_visible() and not self._keywords_stale:
            self._follow_section(offset)

    @Slot(object)
    def _on_worker_keywords_ready(self, result: KeywordResult) -> None:
        """Show keywords if they are for the report and section shown."""
        report = self._report
        if report is None or result.text is not report.document.text:
            return
        if result.scope == DOCUMENT_SCOPE:
            self.keywords_panel.set_document_keywords(result.keywords)
        elif (result.start, result.end) == self._section:
            self.keywords_panel.set_section_keywords(result.keywords)

    @Slot(object)
    def _on_worker_segmented(self, text: str) -> None:
        """Word boundaries are ready: run the word-mode search that waited for them."""
        report = self._report
        query, mode, case_sensitive = self._query
        if report is not None and text is report.document.text and mode == "word":
            self._search(query, mode, case_sensitive)

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        """A keyword job failed (a bug): say so in the panel; searching still works."""
        message = self.tr("Keywords unavailable: %1").replace("%1", message)
        self.keywords_panel.document_list.set_pending(message)

    @Slot(str)
    def _on_keywords_panel_keyword_chosen(self, word: str) -> None:
        """Search the text for the keyword clicked (whole words)."""
        self.search_for(word, "word")

    @Slot(int, int)
    def _on_search_panel_jump_requested(self, start: int, end: int) -> None:
        """Select the hit clicked in the results list and make it the current match."""
        if (start, end) in self._spans:
            self._current = self._spans.index((start, end))
            self.highlights.show_current((start, end))
            if self.find_bar is not None:
                self.find_bar.set_count(self._current, len(self._spans))
        self._anchor = start
        self._view.select_range(start, end)

    # ----- helpers ------------------------------------------------------------------------

    def _dock(self, dock: QDockWidget, panel: QWidget, action: QAction | None) -> None:
        """Fill an (empty, maybe restored) dock; dock it right, hidden, unless restoreState placed it."""
        dock.setWidget(panel)
        window = self._window
        if window.dockWidgetArea(dock) == Qt.DockWidgetArea.NoDockWidgetArea:
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
        if action is not None:
            action.setEnabled(True)
            action.setChecked(not dock.isHidden())
            action.toggled.connect(dock.setVisible)


def _keyword_section(outline: list[OutlineNode], offset: int) -> OutlineNode | None:
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
