"""Annotating as a user does: select, highlight, note, filter, undo, redo, delete, reopen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCursor

from reader.core.annotations import new_annotation
from reader.core.store import AnnotationStore
from reader.ui.annotation_colours import HIGHLIGHT_HEX
from reader.ui.main_window import ReaderWindow
from reader.ui.models.annotation_model import IS_HEADER_ROLE
from reader.ui.note_editor import NoteEditor
from reader.ui.settings import AppSettings
from tests.conftest import SEED_PATH
from tests.ui.conftest import open_and_wait

PASSAGE = "城市更新持续推进"


def _ready(qtbot, window: ReaderWindow):
    """Wait until the annotations of the report shown are loaded; return the actions."""
    qtbot.waitUntil(lambda: window.annotations is not None
                    and window.annotations.coordinator is not None
                    and window.annotations.coordinator.report is window.report, timeout=10000)
    return window.annotations


def _select(window: ReaderWindow, text: str, occurrence: int = 0) -> tuple[int, int]:
    """Select ``text`` in the view as a user would; return its core offsets."""
    document_text = window.report.document.text
    start = -1
    for _ in range(occurrence + 1):
        start = document_text.index(text, start + 1)
    window.report_view.select_range(start, start + len(text))
    return start, start + len(text)


def _patch_editor(monkeypatch: pytest.MonkeyPatch, note: str, tags: str) -> None:
    """Make the note editor accept ``note`` and ``tags`` instead of blocking."""
    def fake_exec(editor: NoteEditor) -> int:
        editor.note_edit.setPlainText(note)
        editor.tags_edit.setText(tags)
        return 1

    monkeypatch.setattr(NoteEditor, "exec", fake_exec)


def _panel_rows(window: ReaderWindow) -> list[str]:
    """Return the texts of the annotation rows shown in the panel."""
    model = window.annotations.panel.model
    return [model.index(row, 0).data() for row in range(model.rowCount())
            if not model.index(row, 0).data(IS_HEADER_ROLE)]


def test_shortcut_highlights_selection_paints_it_and_lists_it(qtbot, window: ReaderWindow) -> None:
    """Select, Ctrl+2: a green highlight is saved, painted over the text and listed by section."""
    actions = _ready(qtbot, window)
    start, end = _select(window, PASSAGE)
    view = window.report_view
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    (annotation,) = actions.coordinator.annotations()
    assert (annotation.start, annotation.end, annotation.colour) == (start, end, "green")
    assert annotation.section[0] == "一、2022 年工作回顾"
    with AnnotationStore() as store:
        assert store.get(annotation.id) == annotation
    assert window.annotations_dock.isVisible()
    assert _panel_rows(window) == [f"「{PASSAGE}」"]
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.to_qt(start + 3))
    view.setTextCursor(cursor)  # clear the selection so only the highlight colours the text
    middle = view.cursorRect(cursor).center() + QPoint(0, 0)
    image = view.viewport().grab().toImage()
    painted = QColor(image.pixel(middle.x() + 2, view.cursorRect(cursor).top() + 2))
    green = QColor(HIGHLIGHT_HEX["green"])
    assert abs(painted.green() - green.green()) < 30 and abs(painted.red() - green.red()) < 30


def test_note_with_tags_then_filter(qtbot, window: ReaderWindow, monkeypatch) -> None:
    """Ctrl+N writes a note with tags; the panel filters by colour, tag and text."""
    actions = _ready(qtbot, window)
    _patch_editor(monkeypatch, "疏解整治\n**重点**", "城市更新, #民生")
    _select(window, PASSAGE)
    qtbot.keyClick(window.report_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    _select(window, "专项行动")
    qtbot.keyClick(window.report_view, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    noted = next(a for a in actions.coordinator.annotations() if a.note)
    assert (noted.note, noted.tags) == ("疏解整治\n**重点**", ("城市更新", "民生"))
    panel = actions.panel
    assert len(_panel_rows(window)) == 2
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("民生"))
    assert _panel_rows(window) == [f"「{PASSAGE}」  疏解整治 **重点**  #城市更新 #民生"]
    panel.tag_filter.setCurrentIndex(0)
    panel.colour_filter.setCurrentIndex(panel.colour_filter.findData("pink"))
    assert _panel_rows(window) == ["「专项行动」"]
    panel.colour_filter.setCurrentIndex(0)
    panel.text_filter.setText("疏解")  # typed (QTest cannot type CJK)
    assert len(_panel_rows(window)) == 1
    assert "1" in panel.count_label.text() and "2" in panel.count_label.text()


def test_undo_redo_and_delete_from_panel(qtbot, window: ReaderWindow) -> None:
    """Ctrl+Z removes the highlight, Ctrl+Shift+Z restores it; deleting from the panel is undoable."""
    actions = _ready(qtbot, window)
    _select(window, PASSAGE)
    view = window.report_view
    qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    (annotation,) = actions.coordinator.annotations()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert actions.coordinator.annotations() == []
    with AnnotationStore() as store:
        assert store.count_annotations() == 0
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert actions.coordinator.annotations() == [annotation]
    panel = actions.panel
    panel.select_annotation(annotation.id)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert actions.coordinator.annotations() == [] and _panel_rows(window) == []
    window.annotations.undo_action.trigger()
    assert [a.id for a in actions.coordinator.annotations()] == [annotation.id]
    with AnnotationStore() as store:
        assert store.get(annotation.id) == annotation


def test_recolour_several_from_panel(qtbot, window: ReaderWindow) -> None:
    """Multi-select in the panel and recolour all at once (one undo step)."""
    actions = _ready(qtbot, window)
    for passage in (PASSAGE, "专项行动", "健康驿站"):
        _select(window, passage)
        actions.highlight("yellow")
    panel = actions.panel
    panel.tree.selectAll()
    assert len(panel.selected_ids()) == 3
    panel.recolour_requested.emit(panel.selected_ids(), "purple")
    assert {a.colour for a in actions.coordinator.annotations()} == {"purple"}
    actions.undo_action.trigger()
    assert {a.colour for a in actions.coordinator.annotations()} == {"yellow"}


def test_clicking_an_annotation_jumps_to_it(qtbot, window: ReaderWindow) -> None:
    """A click in the panel selects the passage in the text."""
    actions = _ready(qtbot, window)
    start, end = _select(window, "健康驿站")
    actions.highlight("blue")
    window.report_view.scroll_to_offset(0)
    panel = actions.panel
    index = panel.model.index(1, 0)  # under its section header
    with qtbot.waitSignal(panel.jump_requested) as blocker:
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=panel.tree.visualRect(index).center())
    assert blocker.args == [start, end]
    assert window.report_view.selected_range() == (start, end)
    window.report_view.scroll_to_offset(0)
    header = panel.model.index(0, 0)
    with qtbot.waitSignal(panel.jump_requested) as blocker:  # a section header: its first annotation
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=panel.tree.visualRect(header).center())
    assert blocker.args == [start, end]


def test_annotations_are_back_after_reopening(qtbot, window: ReaderWindow, monkeypatch) -> None:
    """Close the window, open the report again in a new one: everything is in place."""
    actions = _ready(qtbot, window)
    _patch_editor(monkeypatch, "记下", "标签")
    start, end = _select(window, PASSAGE)
    actions.edit_note()
    window.close()
    again = ReaderWindow(AppSettings(), "zh")
    qtbot.addWidget(again)
    again.show()
    open_and_wait(qtbot, again, SEED_PATH)
    reopened = _ready(qtbot, again)
    (annotation,) = reopened.coordinator.annotations()
    assert (annotation.start, annotation.end, annotation.note, annotation.tags) == (start, end, "记下", ("标签",))
    again.close()


def test_orphan_is_listed_and_can_be_reattached(qtbot, window: ReaderWindow) -> None:
    """An annotation whose text is gone is listed apart and attaches to a new selection."""
    actions = _ready(qtbot, window)
    document = window.report.document
    lost = new_annotation("这一段文字在报告里已经不存在了，但批注还在。", document.identity, 2, 12, note="别丢")
    actions.coordinator.store.add(lost)
    actions.set_report(window.report)
    (orphan,) = actions.coordinator.annotations()
    assert orphan.orphan
    model = actions.panel.model
    assert model.index(0, 0).data() == f"{model.tr('Not found in this text')} (1)"
    assert model.index(1, 0).data().startswith(f"「{lost.quote}」  别丢")
    start, end = _select(window, PASSAGE)
    actions.panel.select_annotation(orphan.id)
    qtbot.mouseClick(actions.panel.reattach_button, Qt.MouseButton.LeftButton)
    (placed,) = actions.coordinator.annotations()
    assert (placed.orphan, placed.start, placed.end, placed.note) == (False, start, end, "别丢")


def test_double_click_selects_a_jieba_word(qtbot, window: ReaderWindow) -> None:
    """Double-clicking inside 城市更新 selects the word, not one character or the line."""
    _ready(qtbot, window)
    view = window.report_view
    text = window.report.document.text
    start = text.index("城市更新")
    view.select_range(start, start)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.to_qt(start + 1))
    rect = view.cursorRect(cursor)
    point = QPoint(rect.x() + 3, rect.center().y())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    selected = view.selected_range()
    assert selected is not None and text[selected[0] : selected[1]] == "城市更新"


def test_annotation_model_passes_the_model_tester(qtmodeltester) -> None:
    """The grouped model is a valid Qt model, before and after incremental changes."""
    from reader.core.document import open_document
    from reader.ui.models.annotation_model import AnnotationModel

    document = open_document(SEED_PATH)
    text = document.text
    annotations = [new_annotation(text, document.identity, start, start + 5) for start in (10, 500, 4000, 9000)]
    sections = {10: ("一",), 500: ("一", "（一）"), 4000: ("二",), 9000: ("二",)}
    model = AnnotationModel()
    model.set_annotations(annotations[:3], lambda offset: sections.get(offset, ("其他",)))
    qtmodeltester.check(model)
    model.apply_change([annotations[0].id], [annotations[3], annotations[1].edited(note="改")])
    qtmodeltester.check(model)
    rows = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert rows == ["一 › （一） (1)", f"「{text[500:505]}」  改", "二 (2)", f"「{text[4000:4005]}」",
                    f"「{text[9000:9005]}」"]
    model.apply_change([annotations[1].id], [])
    qtmodeltester.check(model)
    assert [model.index(row, 0).data() for row in range(model.rowCount())][:1] == ["二 (2)"]
