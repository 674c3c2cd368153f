"""The Export Notes dialog (format, filters, preview, export with progress) and File › Import Notes…."""

from __future__ import annotations

import io
import json

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QProgressDialog, QWidget

from reader.core.export import render_notes, suggested_file_name
from reader.core.outline import build_outline
from reader.ui.export_notes_dialog import ExportNotesDialog
from reader.ui.notes_actions import NotesActions
from tests.core.notes_fixtures import fixture_annotations, fixture_indicators, seed_document


@pytest.fixture(scope="module")
def document():
    return seed_document()


@pytest.fixture
def dialog(qtbot, document, tmp_path) -> ExportNotesDialog:
    annotations = fixture_annotations(document)
    shown = ExportNotesDialog(document, build_outline(document), annotations, annotations[:3],
                              fixture_indicators(document), tmp_path)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _export_button(dialog: ExportNotesDialog):
    return next(b for b in dialog.buttons.buttons()
                if dialog.buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)


def test_preview_follows_the_format_and_the_filters(qtbot, dialog: ExportNotesDialog, tmp_path) -> None:
    assert dialog.export_format() == "md"
    assert dialog.preview.toPlainText().startswith("# 东城区政府工作报告 · 批注")
    assert "— 一、2022 年工作回顾 › （三）全力稳住经济基本盘… › 第 1 段" in dialog.preview.toPlainText()
    assert dialog.path_edit.text() == str(tmp_path / "东城区政府工作报告-批注.md")
    assert dialog.count_label.text().startswith("7 ")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert dialog.preview.toPlainText().startswith("document,section,paragraph,start,end,quote")
    assert dialog.path_edit.text().endswith("-批注.csv")
    dialog.set_export_format("md")
    qtbot.mouseClick(dialog.colour_boxes["green"], Qt.MouseButton.LeftButton)
    assert dialog.count_label.text().startswith("5 ") and "努力克服疫情" not in dialog.preview.toPlainText()
    dialog.indicators_box.setChecked(False)
    assert "指标：" not in dialog.preview.toPlainText()
    dialog.filtered_radio.setChecked(True)  # the first three annotations, less the green one
    assert dialog.count_label.text().startswith("2 ")


def test_tags_choose_notes_with_any_checked_tag(dialog: ExportNotesDialog) -> None:
    for row in range(dialog.tag_list.count()):
        item = dialog.tag_list.item(row)
        if item.text() != "#消费 (1)":
            item.setCheckState(Qt.CheckState.Unchecked)
    view = dialog.notes_view()
    assert [entry.annotation.tags for entry in view.entries] == [("消费",)]
    untagged = next(dialog.tag_list.item(r) for r in range(dialog.tag_list.count())
                    if dialog.tag_list.item(r).data(Qt.ItemDataRole.UserRole) is None)
    untagged.setCheckState(Qt.CheckState.Checked)
    assert dialog.notes_view().count == 4  # 消费, and the three without tags


def test_html_preview_is_rendered_and_escaped(dialog: ExportNotesDialog) -> None:
    dialog.set_export_format("html")
    text = dialog.preview.toPlainText()
    assert "<script>alert(1)</script>" in text and "东城区政府工作报告 · 批注" in text


@pytest.mark.parametrize("export_format", ["md", "html", "csv", "json"])
def test_export_writes_the_file_shown(qtbot, dialog: ExportNotesDialog, export_format: str) -> None:
    dialog.set_export_format(export_format)
    dialog.colour_boxes["purple"].setChecked(False)
    with qtbot.waitSignal(dialog.exported) as blocker:
        qtbot.mouseClick(_export_button(dialog), Qt.MouseButton.LeftButton)
    path = blocker.args[0]
    assert path == dialog.output_path() and path.suffix == f".{export_format}"
    assert path.read_bytes() == render_notes(dialog.notes_view(), export_format)
    assert b"alert(1)" not in path.read_bytes() and not dialog.isVisible()


def test_word_export_opens_with_python_docx(qtbot, dialog: ExportNotesDialog) -> None:
    dialog.set_export_format("docx")
    assert "<" not in dialog.preview.toPlainText()[:20]  # a rendered preview, not markup
    assert dialog.export()
    word = docx.Document(io.BytesIO(dialog.output_path().read_bytes()))
    assert word.paragraphs[0].text == "东城区政府工作报告 · 批注"
    assert any(p.style.name == "Quote" for p in word.paragraphs)


def test_replacing_a_typed_file_asks_first(dialog: ExportNotesDialog, monkeypatch, tmp_path) -> None:
    target = tmp_path / "existing.md"
    target.write_text("keep me")
    dialog.path_edit.setText(str(target))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    assert not dialog.export() and target.read_text() == "keep me"
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    assert dialog.export() and target.read_text().startswith("# 东城区")


def test_a_failed_export_is_reported(dialog: ExportNotesDialog, dialogs, tmp_path) -> None:
    dialog.path_edit.setText(str(tmp_path / "missing-folder" / "notes.md"))
    assert not dialog.export()
    assert dialogs[-1][0] == "Cannot export notes" and "missing-folder" in dialogs[-1][1]


def test_cancelling_the_progress_dialog_writes_nothing(dialog: ExportNotesDialog, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _self: True)
    assert not dialog.export()
    assert not dialog.output_path().exists() and list(tmp_path.iterdir()) == []


def test_suggested_names_are_safe() -> None:
    assert suggested_file_name("a/b:c*?报告", "docx") == "a_b_c_报告-批注.docx"
    assert suggested_file_name("", "md") == "notes-批注.md"


# ----- the actions -------------------------------------------------------------------------

def test_import_and_export_without_the_annotation_panel(qtbot, document, tmp_path, dialogs, monkeypatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    export_action, import_action = QAction(parent), QAction(parent)
    actions = NotesActions(parent, export_action, import_action, language="zh")
    assert not export_action.isEnabled()
    actions.set_context(None, document, build_outline(document))  # opens its own database when needed
    assert export_action.isEnabled() and import_action.isEnabled()
    notes = tmp_path / "notes.json"
    notes.write_bytes(render_notes(ExportNotesDialog(document, build_outline(document),
                                                     fixture_annotations(document)).notes_view(), "json"))
    with qtbot.waitSignal(actions.notes_imported) as blocker:
        summary = actions.import_notes(notes)
    assert summary is not None and len(blocker.args[0]) == 7
    assert dialogs[-1] == ("Notes imported", "导入 7 条批注，跳过 0 条重复，1 条未能定位")  # no translator in tests
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "Annotation"}')
    assert actions.import_notes(bad) is None
    assert dialogs[-1][0] == "Cannot import notes" and "bad.json" in dialogs[-1][1]
    assert actions._writable_store().count_annotations(document.identity) == 7  # unchanged

    def accept_at_once(dialog: ExportNotesDialog) -> int:
        dialog.set_export_format("json")
        dialog.path_edit.setText(str(tmp_path / "out.json"))
        return int(dialog.export())

    monkeypatch.setattr(ExportNotesDialog, "exec", accept_at_once)
    written = actions.export_notes()
    assert written == tmp_path / "out.json"
    assert json.loads(written.read_text(encoding="utf-8"))["total"] == 7
    actions.close()


def test_the_window_offers_export_and_import_in_the_file_menu(qtbot, window, tmp_path, dialogs) -> None:
    menus = window.menus
    file_menu = window.menuBar().actions()[0].menu()
    assert menus.export_notes_action in file_menu.actions() and menus.import_notes_action in file_menu.actions()
    assert menus.export_notes_action.shortcut().toString() == "Ctrl+Shift+S"
    assert menus.import_notes_action.shortcut().toString() == "Ctrl+Shift+I"
    qtbot.waitUntil(lambda: window.annotations is not None and window.annotations.coordinator is not None,
                    timeout=10000)
    assert menus.export_notes_action.isEnabled()
    document = window.report.document
    notes = tmp_path / "notes.json"
    annotations = [a for a in fixture_annotations(seed_document()) if not a.orphan]
    notes.write_bytes(render_notes(ExportNotesDialog(document, window.report.outline, annotations).notes_view(),
                                   "json"))
    summary = window.notes_actions.import_notes(notes)
    assert summary is not None and summary.added == 6
    coordinator = window.annotations.coordinator
    assert len(coordinator.annotations()) == 6  # the panel and the text show them
    assert window.annotation_store.count_annotations(document.identity) == 6
