"""The main window's actions, menus and toolbar; the window connects the actions to its slots."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

LANGUAGES = (("zh", "中文"), ("en", "English"))


class WindowMenus(QObject):
    """Creates the actions (shortcuts work window-wide), the menu bar and the toolbar."""

    language_chosen = Signal(str)
    recent_chosen = Signal(str)

    def __init__(self, window: QMainWindow, language: str, highlight: bool) -> None:
        super().__init__(window)
        self._window = window
        self._build_file_actions()
        self._build_view_actions(highlight)
        self._build_find_actions()
        self.about_action = self._action(self.tr("&About"), [])
        self._build_menus(language)
        self._build_toolbar()

    def rebuild_recent_menu(self, paths: list[str]) -> None:
        """Fill the recent files menu."""
        self.recent_menu.clear()
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.recent_chosen.emit(p))
        self.recent_menu.setEnabled(bool(paths))

    def _action(self, text: str, shortcuts: list, checked: bool | None = None) -> QAction:
        """An action added to the window (so its shortcut works everywhere); checkable if ``checked``."""
        action = QAction(self._window)  # QAction(text, parent) would create QIcon's enums: slow start
        action.setText(text)
        action.setShortcuts(shortcuts)  # setShortcut() would initialise Qt's namespace: slow start
        if checked is not None:
            action.setCheckable(True)
            action.setChecked(checked)
        self._window.addAction(action)
        return action

    def _build_file_actions(self) -> None:
        """Open, open sample, export indicators, quit."""
        self.open_action = self._action(self.tr("&Open…"), [QKeySequence.StandardKey.Open])
        self.open_sample_action = self._action(self.tr("Open &Sample Report"), [])
        self.library_action = self._action(self.tr("&Library…"), [QKeySequence("Ctrl+L")])
        self.library_action.setToolTip(self.tr("Reports you opened: search them all and your notes (Ctrl+L)"))
        self.export_action = self._action(self.tr("&Export Indicators…"), [QKeySequence("Ctrl+Shift+E")])
        self.export_action.setEnabled(False)  # until indicators are found
        self.export_notes_action = self._action(self.tr("Export &Notes…"), [QKeySequence("Ctrl+Shift+S")])
        self.import_notes_action = self._action(self.tr("&Import Notes…"), [QKeySequence("Ctrl+Shift+I")])
        self.quit_action = self._action(self.tr("&Quit"), [QKeySequence.StandardKey.Quit])

    def _build_view_actions(self, highlight: bool) -> None:
        """Zoom, outline, indicator panel and highlights."""
        self.zoom_in_action = self._action(self.tr("Zoom &In"),
                                           [QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), [QKeySequence("Ctrl+-")])
        self.reset_zoom_action = self._action(self.tr("&Actual Size"), [QKeySequence("Ctrl+0")])
        self.toggle_outline_action = self._action(self.tr("Show &Outline"), [QKeySequence("F9")], True)
        self.metrics_action = self._action(self.tr("Indicator &Panel"),
                                           [QKeySequence("Ctrl+Shift+M")], True)
        self.metrics_action.setEnabled(False)  # until the panel exists
        self.metrics_action.setToolTip(self.tr("Show or hide the indicator panel (Ctrl+Shift+M)"))
        self.highlight_action = self._action(self.tr("&Highlight Indicators"),
                                             [QKeySequence("Ctrl+Shift+H")], highlight)
        self.highlight_action.setToolTip(self.tr(
            "Highlight indicators in the text: blue results, amber targets (Ctrl+Shift+H)"))

    def _build_find_actions(self) -> None:
        """Find, find next/previous and the keywords panel (enabled once the search is set up)."""
        self.find_action = self._action(self.tr("&Find…"), [QKeySequence("Ctrl+F")])
        self.find_next_action = self._action(self.tr("Find &Next"), [QKeySequence("F3")])
        self.find_previous_action = self._action(self.tr("Find &Previous"), [QKeySequence("Shift+F3")])
        self.keywords_action = self._action(self.tr("&Keywords"), [QKeySequence("Ctrl+Shift+K")], False)
        self.keywords_action.setToolTip(self.tr("Show or hide the report's keywords (Ctrl+Shift+K)"))
        for action in (self.find_action, self.find_next_action, self.find_previous_action,
                       self.keywords_action):
            action.setEnabled(False)  # until a report is shown

    def _build_menus(self, language: str) -> None:
        """File, View (with Language) and Help menus."""
        menu_bar = self._window.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self._window)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.open_sample_action)
        file_menu.addAction(self.library_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_notes_action)
        file_menu.addAction(self.import_notes_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        for action in (self.find_action, self.find_next_action, self.find_previous_action):
            edit_menu.addAction(action)
        view_menu = menu_bar.addMenu(self.tr("&View"))
        self.view_menu = view_menu  # the Annotate menu goes before it
        for action in (self.zoom_in_action, self.zoom_out_action, self.reset_zoom_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        for action in (self.toggle_outline_action, self.metrics_action, self.keywords_action,
                       self.highlight_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        for code, label in LANGUAGES:
            action = language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        """Open, then the indicator actions (built before restoreState so its place is restored)."""
        toolbar = QToolBar(self.tr("Toolbar"), self._window)
        toolbar.setObjectName("mainToolBar")
        for action, label in ((self.open_action, self.tr("Open")),
                              (self.highlight_action, self.tr("Highlights")),
                              (self.metrics_action, self.tr("Indicator Panel")),
                              (self.export_action, self.tr("Export"))):
            action.setIconText(label)  # menu texts carry mnemonics (打开(&O)…)
            toolbar.addAction(action)
            if action is self.open_action:
                toolbar.addSeparator()
        self._window.addToolBar(toolbar)
        self.toolbar = toolbar
