"""Annotation actions (menu, toolbar, shortcuts, context menu) and the glue to the panel and view."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence

from reader.core.annotations import COLOURS, DEFAULT_COLOUR

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

    from reader.core.annotations import Annotation
    from reader.core.report import LoadedReport
    from reader.ui.annotation_coordinator import AnnotationCoordinator
    from reader.ui.annotation_overlay import AnnotationOverlay
    from reader.ui.annotation_panel import AnnotationPanel
    from reader.ui.report_view import ReportView

log = logging.getLogger(__name__)


class AnnotationActions(QObject):
    """Creates the Annotate menu at once; the store, panel and overlay come with the first report."""

    def __init__(self, window: QMainWindow, view: ReportView, dock: QDockWidget) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._dock = dock
        self._coordinator: AnnotationCoordinator | None = None
        self._panel: AnnotationPanel | None = None
        self._overlay: AnnotationOverlay | None = None
        self._last_colour = DEFAULT_COLOUR
        self._dock_offered = False  # the panel opens by itself once per session, on the first highlight
        self._build_actions()
        self.menu = self._build_menu()
        self._build_toolbar()
        self._set_enabled(False)

    @property
    def coordinator(self) -> AnnotationCoordinator | None:
        """Return the coordinator (None until a report has been shown)."""
        return self._coordinator

    @property
    def panel(self) -> AnnotationPanel | None:
        """Return the panel (None until a report has been shown)."""
        return self._panel

    # ----- building ---------------------------------------------------------------------

    def _action(self, text: str, shortcut: str | None = None) -> QAction:
        """An action on the window, so its shortcut works everywhere."""
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcuts([QKeySequence(shortcut)])
        self._window.addAction(action)
        return action

    def _build_actions(self) -> None:
        """Highlight in five colours, note, tags, undo/redo and the panel toggle."""
        from reader.ui.annotation_colours import colour_name

        self.highlight_action = self._action(self.tr("&Highlight"), "Ctrl+H")
        self.highlight_action.triggered.connect(lambda: self.highlight(self._last_colour))
        self.colour_actions: list[QAction] = []
        for number, colour in enumerate(COLOURS, start=1):
            action = self._action(self.tr("Highlight %1").replace("%1", colour_name(colour)),
                                  f"Ctrl+{number}")
            action.triggered.connect(lambda _checked=False, c=colour: self.highlight(c))
            self.colour_actions.append(action)
        self.note_action = self._action(self.tr("Add &Note…"), "Ctrl+N")
        self.note_action.triggered.connect(self.edit_note)
        self.tags_action = self._action(self.tr("Add &Tags…"), "Ctrl+T")
        self.tags_action.triggered.connect(lambda: self.edit_note(focus_tags=True))
        self.delete_action = self._action(self.tr("&Delete Highlight"))
        self.delete_action.triggered.connect(self._on_delete_at_cursor)
        self.undo_action = self._action(self.tr("&Undo"), "Ctrl+Z")
        self.undo_action.triggered.connect(self._on_undo)
        self.redo_action = self._action(self.tr("&Redo"), "Ctrl+Shift+Z")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self._on_redo)
        self.panel_action = self._action(self.tr("&Annotations Panel"), "Ctrl+Shift+A")
        self.panel_action.setCheckable(True)
        self.panel_action.toggled.connect(self._on_panel_toggled)

    def _build_menu(self) -> QMenu:
        """The Annotate menu, placed before View."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self.tr("&Annotate"), self._window)
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addAction(self.highlight_action)
        for action in self.colour_actions:
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.note_action, self.tags_action, self.delete_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.panel_action)
        view_menu = getattr(getattr(self._window, "menus", None), "view_menu", None)
        if view_menu is not None:
            self._window.menuBar().insertMenu(view_menu.menuAction(), menu)
        else:
            self._window.menuBar().addMenu(menu)
        return menu

    def _build_toolbar(self) -> None:
        """Five colour swatches and the note button, on a toolbar of their own."""
        from PySide6.QtWidgets import QToolBar

        from reader.ui.annotation_colours import colour_swatch

        toolbar = QToolBar(self.tr("Annotation Toolbar"), self._window)
        toolbar.setObjectName("annotationToolBar")
        for action, colour in zip(self.colour_actions, COLOURS, strict=True):
            action.setIcon(colour_swatch(colour))
            action.setToolTip(f"{action.text()} ({action.shortcut().toString()})")
            toolbar.addAction(action)
        self.note_action.setIconText(self.tr("Note"))
        toolbar.addAction(self.note_action)
        self._window.addToolBar(toolbar)
        self.toolbar = toolbar

    def _set_enabled(self, enabled: bool) -> None:
        """Annotating needs the store and a report."""
        for action in (self.highlight_action, *self.colour_actions, self.note_action, self.tags_action,
                       self.delete_action, self.panel_action):
            action.setEnabled(enabled)
        self._update_undo_actions()

    # ----- report ------------------------------------------------------------------------

    def set_report(self, report: LoadedReport) -> bool:
        """Show the annotations of ``report`` (opening the database the first time)."""
        if self._coordinator is None and not self._start():
            return False
        assert self._coordinator is not None
        try:
            self._coordinator.set_report(report)
        except Exception as error:  # a locked or damaged database must not take the report down
            log.exception("could not load annotations")
            self._on_storage_failed(str(error))
            return False
        self._set_enabled(True)
        return True

    def _start(self) -> bool:
        """Open the database and build the panel and overlay."""
        from reader.core.store import AnnotationStore, StoreError
        from reader.ui.annotation_coordinator import AnnotationCoordinator
        from reader.ui.annotation_overlay import AnnotationOverlay
        from reader.ui.annotation_panel import AnnotationPanel

        try:
            store = AnnotationStore()
        except (StoreError, OSError) as error:
            log.exception("cannot open the annotation database")
            self._on_storage_failed(str(error))
            return False
        self._coordinator = AnnotationCoordinator(store, self)
        self._coordinator.annotations_reset.connect(self._on_annotations_reset)
        self._coordinator.annotations_edited.connect(self._on_annotations_edited)
        self._coordinator.storage_failed.connect(self._on_storage_failed)
        self._coordinator.undo_stack.canUndoChanged.connect(self._update_undo_actions)
        self._coordinator.undo_stack.canRedoChanged.connect(self._update_undo_actions)
        self._overlay = AnnotationOverlay(self._view)
        self._panel = AnnotationPanel(self._dock)
        self._dock.setWidget(self._panel)
        self._dock.visibilityChanged.connect(self.panel_action.setChecked)
        self.panel_action.setChecked(self._dock.isVisible())
        self._panel.jump_requested.connect(self._on_panel_jump_requested)
        self._panel.edit_requested.connect(self._on_panel_edit_requested)
        self._panel.recolour_requested.connect(self._on_panel_recolour_requested)
        self._panel.delete_requested.connect(self._on_panel_delete_requested)
        self._panel.reattach_requested.connect(self._on_panel_reattach_requested)
        self._view.context_menu_requested.connect(self._on_view_context_menu_requested)
        from reader.core.word_span import word_span

        self._view.word_span = word_span
        return True

    # ----- user requests -------------------------------------------------------------------

    def highlight(self, colour: str) -> Annotation | None:
        """Highlight the selection in ``colour`` (recolour it if it is exactly an annotation)."""
        coordinator = self._coordinator
        selection = self._view.selected_range()
        if coordinator is None or selection is None:
            self._tell(self.tr("Select a passage to highlight first."))
            return None
        self._last_colour = colour
        same = coordinator.annotations_spanning(*selection)
        if same:
            coordinator.edit([a.id for a in same], colour=colour)
            return same[0]
        self._offer_panel()
        return coordinator.add(*selection, colour)

    def _offer_panel(self) -> None:
        """Open the annotations panel the first time the user annotates in this session."""
        if not self._dock_offered:
            self._dock_offered = True
            self._dock.show()

    def edit_note(self, focus_tags: bool = False) -> None:
        """Write a note on the selection, or edit the note of the annotation at the cursor."""
        coordinator = self._coordinator
        if coordinator is None:
            return
        selection = self._view.selected_range()
        if selection is not None:
            same = coordinator.annotations_spanning(*selection)
            if same:
                self._edit_existing(same[0], focus_tags)
                return
            text = self._view.report.text[selection[0] : selection[1]] if self._view.report else ""
            editor = self._editor(text, "", (), focus_tags)
            if editor.exec():
                self._offer_panel()
                coordinator.add(*selection, self._last_colour, note=editor.note(), tags=editor.tags())
            return
        under = coordinator.annotations_at(self._view.cursor_offset())
        if under:
            self._edit_existing(under[-1], focus_tags)
        else:
            self._tell(self.tr("Select a passage to annotate first."))

    def _edit_existing(self, annotation: Annotation, focus_tags: bool = False) -> None:
        """Open the editor on an existing annotation and save what changed."""
        assert self._coordinator is not None
        editor = self._editor(annotation.quote, annotation.note, annotation.tags, focus_tags)
        if editor.exec():
            self._coordinator.edit([annotation.id], note=editor.note(), tags=editor.tags())

    def _editor(self, quote: str, note: str, tags: tuple[str, ...], focus_tags: bool):
        """Return a note editor for one passage."""
        from reader.ui.note_editor import NoteEditor

        assert self._coordinator is not None
        editor = NoteEditor(quote, note, tags, self._coordinator.known_tags(), self._window)
        if focus_tags:
            editor.tags_edit.setFocus()
        return editor

    # ----- slots ------------------------------------------------------------------------

    @Slot()
    def _on_annotations_reset(self) -> None:
        """Another report: repaint the text and refill the panel."""
        coordinator = self._coordinator
        if coordinator is None or self._overlay is None or self._panel is None:
            return
        annotations = coordinator.annotations()
        self._overlay.set_annotations(annotations)
        self._panel.set_annotations(annotations, coordinator.known_tags(), coordinator.section_titles)

    @Slot(list, list)
    def _on_annotations_edited(self, removed_ids: list[str], written: list[Annotation]) -> None:
        """Update only what changed in the view and the panel."""
        coordinator = self._coordinator
        if coordinator is None or self._overlay is None or self._panel is None:
            return
        self._overlay.apply_change(removed_ids, written)
        self._panel.apply_change(removed_ids, written, coordinator.known_tags())

    @Slot(str)
    def _on_storage_failed(self, message: str) -> None:
        """Tell the user the annotations could not be saved or loaded."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self._window, self.tr("Annotations"), self.tr(
            "The annotation database could not be used; your change was not saved.") + "\n\n" + message)

    @Slot()
    def _on_undo(self) -> None:
        """Undo the last annotation change."""
        if self._coordinator is not None:
            self._coordinator.undo_stack.undo()

    @Slot()
    def _on_redo(self) -> None:
        """Redo the last undone change."""
        if self._coordinator is not None:
            self._coordinator.undo_stack.redo()

    @Slot()
    def _update_undo_actions(self) -> None:
        """Name and enable undo and redo after the stack."""
        stack = self._coordinator.undo_stack if self._coordinator is not None else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        undo_text = stack.undoText() if stack else ""
        redo_text = stack.redoText() if stack else ""
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo_text).strip()
                                 if undo_text else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", redo_text).strip()
                                 if redo_text else self.tr("&Redo"))

    @Slot(bool)
    def _on_panel_toggled(self, checked: bool) -> None:
        """Show or hide the annotations dock."""
        self._dock.setVisible(checked)

    @Slot()
    def _on_delete_at_cursor(self) -> None:
        """Delete the annotations at the cursor or inside the selection."""
        coordinator = self._coordinator
        if coordinator is None:
            return
        selection = self._view.selected_range()
        if selection is not None:
            doomed = [a for a in coordinator.annotations()
                      if not a.orphan and a.start < selection[1] and a.end > selection[0]]
        else:
            doomed = coordinator.annotations_at(self._view.cursor_offset())
        if doomed:
            coordinator.delete([a.id for a in doomed])

    @Slot(int, int)
    def _on_panel_jump_requested(self, start: int, end: int) -> None:
        """Show and select the annotation's passage."""
        self._view.select_range(start, end)

    @Slot(list)
    def _on_panel_edit_requested(self, ids: list[str]) -> None:
        """Edit the first selected annotation's note and tags."""
        if self._coordinator is not None and ids:
            annotation = self._coordinator.annotation(ids[0])
            if annotation is not None:
                self._edit_existing(annotation)

    @Slot(list, str)
    def _on_panel_recolour_requested(self, ids: list[str], colour: str) -> None:
        """Recolour the selected annotations."""
        if self._coordinator is not None:
            self._coordinator.edit(ids, colour=colour)

    @Slot(list)
    def _on_panel_delete_requested(self, ids: list[str]) -> None:
        """Delete the selected annotations (undo brings them back)."""
        if self._coordinator is not None:
            self._coordinator.delete(ids)

    @Slot(str)
    def _on_panel_reattach_requested(self, annotation_id: str) -> None:
        """Attach an annotation (typically an orphan) to the passage selected in the text."""
        selection = self._view.selected_range()
        if self._coordinator is None or selection is None:
            self._tell(self.tr("Select the passage in the text first."))
            return
        self._coordinator.reattach(annotation_id, *selection)

    @Slot(object, int)
    def _on_view_context_menu_requested(self, menu: QMenu, offset: int) -> None:
        """Add highlighting, note and deletion entries to the text's context menu."""
        menu.addSeparator()
        if self._view.selected_range() is not None:
            colours = menu.addMenu(self.tr("Highlight"))
            for action in self.colour_actions:
                colours.addAction(action)
            menu.addAction(self.note_action)
            menu.addAction(self.tags_action)
        under = self._coordinator.annotations_at(offset) if self._coordinator is not None else []
        if under:
            edit = menu.addAction(self.tr("Edit Note…"))
            edit.triggered.connect(lambda: self._edit_existing(under[-1]))
            delete = menu.addAction(self.tr("&Delete Highlight"))
            delete.triggered.connect(lambda: self._on_panel_delete_requested([a.id for a in under]))

    def _tell(self, message: str) -> None:
        """A short message in the status bar."""
        self._window.statusBar().showMessage(message, 4000)
