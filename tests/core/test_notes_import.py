"""Notes import: round trip, foreign W3C and Hypothesis JSON, duplicates, strict rejection, the CLI."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.export import build_notes_view, render_notes
from reader.core.export.import_errors import ImportFailure, NotesImportError
from reader.core.export.importer import ImportSummary, import_notes, import_notes_file
from reader.core.export.json_import import parse_notes, read_notes_file
from reader.core.outline import build_outline
from reader.core.store import AnnotationStore
from tests.conftest import REPO_ROOT, SEED_PATH
from tests.core.notes_fixtures import fixture_annotations, seed_document


@pytest.fixture(scope="module")
def document():
    return seed_document()


@pytest.fixture
def store(tmp_path, document):
    with AnnotationStore(tmp_path / "notes.sqlite3") as opened:
        opened.remember_document(document.identity, document.title, str(SEED_PATH), document.text)
        yield opened


def _export(document, annotations) -> bytes:
    return render_notes(build_notes_view(document, build_outline(document), annotations), "json")


def _import(store, document, data: bytes | str) -> ImportSummary:
    return import_notes(store, document, parse_notes(data))


def _w3c(exact: str, **extra: object) -> dict:
    """A foreign annotation in the Hypothesis JSON-LD style: only a TextQuoteSelector."""
    record = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
              "id": "https://hypothes.is/a/abc123",
              "body": [{"type": "TextualBody", "value": "外部笔记", "format": "text/markdown"},
                       {"type": "TextualBody", "purpose": "tagging", "value": "外部"}],
              "target": {"source": "https://example.org/report.html",
                         "selector": [{"type": "TextQuoteSelector", "exact": exact}]}}
    record.update(extra)
    return record


# ----- round trip and duplicates ----------------------------------------------------------------

def test_round_trip_restores_identical_annotations(store, document) -> None:
    originals = fixture_annotations(document)
    store.add_many(originals)
    data = _export(document, store.annotations(document.identity))
    store.delete_many([annotation.id for annotation in originals])
    assert store.count_annotations(document.identity) == 0
    summary = _import(store, document, data)
    assert (summary.added, summary.skipped, summary.orphaned) == (7, 0, 1)
    restored = {annotation.id: annotation for annotation in store.annotations(document.identity)}
    assert restored == {annotation.id: annotation for annotation in originals}


def test_importing_twice_skips_duplicates(store, document) -> None:
    data = _export(document, fixture_annotations(document))
    assert _import(store, document, data).added == 7
    again = _import(store, document, data)
    assert (again.added, again.skipped, again.orphaned) == (0, 7, 0)
    assert again.message("zh") == "导入 0 条批注，跳过 7 条重复，0 条未能定位"
    assert again.message("en") == "Imported 0 annotations, skipped 7 duplicates, 0 could not be placed"
    assert store.count_annotations(document.identity) == 7


def test_a_changed_body_is_not_a_duplicate_and_gets_a_new_id(store, document) -> None:
    original = fixture_annotations(document)[1]
    store.add(original)
    edited = dataclasses.replace(original, note="另一条笔记")
    summary = _import(store, document, _export(document, [original, edited]))
    assert (summary.added, summary.skipped) == (1, 1)
    added = summary.annotations[0]
    assert added.note == "另一条笔记" and added.id != original.id and store.get(original.id) == original


def test_the_same_annotation_twice_in_one_file_is_added_once(store, document) -> None:
    record = _w3c("深化接诉即办改革")
    summary = _import(store, document, json.dumps([record, record]))
    assert (summary.added, summary.skipped) == (1, 1)


# ----- foreign files ----------------------------------------------------------------------------

def test_foreign_w3c_annotation_is_anchored_by_its_quote(store, document) -> None:
    summary = _import(store, document, json.dumps(_w3c("深化接诉即办改革")))
    assert (summary.added, summary.skipped, summary.orphaned) == (1, 0, 0)
    annotation = store.annotations(document.identity)[0]
    start = document.text.index("深化接诉即办改革")
    assert (annotation.start, annotation.end, annotation.quote) == (start, start + 8, "深化接诉即办改革")
    assert annotation.note == "外部笔记" and annotation.tags == ("外部",) and annotation.colour == "yellow"
    assert annotation.section == ("一、2022 年工作回顾", "（五）狠下“绣花”功夫，城市治理水平不断提升")
    assert document.text[:start].endswith(annotation.prefix) and annotation.prefix  # context filled in
    assert annotation.created and annotation.updated


def test_foreign_quote_that_moved_is_found_and_one_not_found_is_an_orphan(store, document) -> None:
    moved = _w3c("深化接诉即办改革", id="a1")
    moved["target"]["selector"].append({"type": "TextPositionSelector", "start": 10, "end": 18})
    missing = _w3c("完全不在报告里的一句话", id="a2")
    summary = _import(store, document, json.dumps([moved, missing]))
    assert (summary.added, summary.orphaned) == (2, 1)
    placed, orphan = sorted(summary.annotations, key=lambda a: a.orphan)
    assert placed.start == document.text.index("深化接诉即办改革") and not placed.orphan
    assert orphan.orphan and orphan.quote == "完全不在报告里的一句话"


@pytest.mark.parametrize("wrap", [
    lambda items: items,
    lambda items: {"type": "AnnotationPage", "items": items},
    lambda items: {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
                   "items": items},
    lambda items: {"type": "AnnotationCollection", "total": 2,
                   "first": {"type": "AnnotationPage", "items": items[:1],
                             "next": {"type": "AnnotationPage", "items": items[1:]}}},
])
def test_lists_pages_and_collections_are_read(document, wrap) -> None:
    items = [_w3c("深化接诉即办改革", id="x1"), _w3c("推动老城保护复兴", id="x2")]
    assert [item.quote for item in parse_notes(json.dumps(wrap(items)))] == ["深化接诉即办改革", "推动老城保护复兴"]


def test_hypothesis_api_rows_and_refined_selectors_are_read(store, document) -> None:
    rows = {"total": 2, "rows": [
        {"id": "h1", "created": "2023-05-01T10:00:00.000000+00:00", "text": "API 笔记", "tags": ["h"],
         "target": [{"source": "x", "selector": [
             {"type": "RangeSelector", "startContainer": "/p[1]"},
             {"type": "TextQuoteSelector", "exact": "推动老城保护复兴", "prefix": "", "suffix": "。"}]}]},
        {"id": "h2", "type": "Annotation", "target": {"selector": {
            "type": "FragmentSelector", "value": "p2",
            "refinedBy": {"type": "TextQuoteSelector", "exact": "推进城市更新"}}}},
    ]}
    summary = _import(store, document, json.dumps(rows))
    assert summary.added == 2 and summary.orphaned == 0
    first = next(a for a in summary.annotations if a.quote == "推动老城保护复兴")
    assert first.note == "API 笔记" and first.tags == ("h",) and first.created == "2023-05-01T10:00:00.000000+00:00"


def test_colour_comes_from_style_class_or_extension(document) -> None:
    styled = _w3c("推进城市更新")
    styled["target"]["styleClass"] = "pink"
    extension = _w3c("推进城市更新", **{"reader:colour": "blue"})
    unknown = _w3c("推进城市更新")
    unknown["target"]["styleClass"] = "hl-red"
    assert [item.colour for item in parse_notes(json.dumps([styled, extension, unknown]))] == ["pink", "blue", None]


# ----- malformed files change nothing ---------------------------------------------------------------

def _no_quote() -> dict:
    record = _w3c("x")
    record["target"]["selector"] = [{"type": "TextPositionSelector", "start": 1, "end": 3}]
    return record


def _with_selector(**changes: object) -> dict:
    record = _w3c("推进城市更新")
    record["target"]["selector"][0].update(changes)
    return record


def _with_position(start: object, end: object) -> dict:
    record = _w3c("推进城市更新")
    record["target"]["selector"].append({"type": "TextPositionSelector", "start": start, "end": end})
    return record


MALFORMED = [
    (b"", ImportFailure.NOT_JSON),
    (b"not json at all", ImportFailure.NOT_JSON),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", ImportFailure.NOT_JSON),
    (b'{"type": "Annotation", "target": ', ImportFailure.NOT_JSON),
    (b"[" * 100_000 + b"]" * 100_000, ImportFailure.NOT_JSON),
    (b'{"start": NaN}', ImportFailure.NOT_JSON),
    (b"42", ImportFailure.NOT_ANNOTATIONS),
    (b'"a string"', ImportFailure.NOT_ANNOTATIONS),
    (b'{"name": "something else", "version": 2}', ImportFailure.NOT_ANNOTATIONS),
    (b"[1, 2, 3]", ImportFailure.NOT_ANNOTATIONS),
    (json.dumps({"type": "AnnotationPage", "items": "nope"}).encode(), ImportFailure.NOT_ANNOTATIONS),
    (json.dumps({"type": "AnnotationCollection", "first": "https://example.org/page1"}).encode(),
     ImportFailure.PAGES_ELSEWHERE),
    (json.dumps([_w3c("推进城市更新"), _no_quote()]).encode(), ImportFailure.NO_QUOTE),
    (json.dumps({"type": "Annotation", "body": "x"}).encode(), ImportFailure.NO_QUOTE),
    (json.dumps(_with_selector(exact=42)).encode(), ImportFailure.BAD_FIELD),
    (json.dumps(_with_selector(exact="")).encode(), ImportFailure.BAD_FIELD),
    (json.dumps(_with_selector(prefix=["a"])).encode(), ImportFailure.BAD_FIELD),
    (json.dumps(_with_position("1", 5)).encode(), ImportFailure.BAD_FIELD),
    (json.dumps(_with_position(True, 5)).encode(), ImportFailure.BAD_FIELD),
    (json.dumps(_with_position(1.5, 5)).encode(), ImportFailure.BAD_FIELD),
    (json.dumps(_with_position(-1, 5)).encode(), ImportFailure.BAD_FIELD),
    (json.dumps(_with_position(9, 5)).encode(), ImportFailure.BAD_FIELD),
    (json.dumps(_w3c("推进城市更新", tags="not a list")).encode(), ImportFailure.BAD_FIELD),
    (json.dumps(_w3c("推进城市更新", body=[{"type": "TextualBody", "value": 7}])).encode(), ImportFailure.BAD_FIELD),
    (json.dumps(_w3c("推进城市更新", created=20230101)).encode(), ImportFailure.BAD_FIELD),
    (json.dumps(_w3c("推进城市更新", **{"reader:section": "一、"})).encode(), ImportFailure.BAD_FIELD),
    (b'{"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", "exact": "\\ud800"}}}',
     ImportFailure.BAD_FIELD),
]


@pytest.mark.parametrize(("data", "reason"), MALFORMED)
def test_malformed_files_are_rejected_and_change_nothing(store, document, tmp_path, data: bytes,
                                                         reason: ImportFailure) -> None:
    existing = fixture_annotations(document)[:3]
    store.add_many(existing)
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    with pytest.raises(NotesImportError) as caught:
        import_notes_file(store, document, path)
    assert caught.value.reason is reason
    for language in ("zh", "en"):
        message = caught.value.message(language)
        assert "bad.json" in message and "\n" not in message and "{" not in message
    assert store.annotations(document.identity) == existing


def test_bad_field_messages_name_the_item_and_field() -> None:
    with pytest.raises(NotesImportError) as caught:
        parse_notes(json.dumps([_w3c("推进城市更新"), _with_position("1", 5)]), "notes.json")
    assert caught.value.message("zh") == "“notes.json”的第 2 条批注中“start”应为不小于 0 的整数。没有导入任何批注。"
    assert caught.value.message("en") == ("In annotation 2 of “notes.json”, “start” should be a whole number "
                                          "of 0 or more. Nothing was imported.")


def test_large_files_and_too_many_annotations_are_refused(tmp_path, monkeypatch) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps([_w3c("推进城市更新")] * 3))
    monkeypatch.setattr("reader.core.export.json_import.MAX_IMPORT_BYTES", 100)
    with pytest.raises(NotesImportError) as caught:
        read_notes_file(path)
    assert caught.value.reason is ImportFailure.TOO_LARGE
    monkeypatch.setattr("reader.core.export.json_import.MAX_IMPORT_BYTES", 10**9)
    monkeypatch.setattr("reader.core.export.json_import.MAX_IMPORT_ANNOTATIONS", 2)
    with pytest.raises(NotesImportError) as caught:
        read_notes_file(path)
    assert caught.value.reason is ImportFailure.TOO_MANY and "3" in caught.value.message("zh")


def test_a_missing_file_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(NotesImportError) as caught:
        read_notes_file(tmp_path / "gone.json")
    assert caught.value.message("zh") == "找不到文件：gone.json"


def test_an_empty_collection_imports_nothing(store, document) -> None:
    summary = _import(store, document, json.dumps({"type": "AnnotationCollection", "total": 0}))
    assert (summary.added, summary.skipped, summary.orphaned) == (0, 0, 0)


# ----- command line -------------------------------------------------------------------------------

def _run(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    environment = {**os.environ, "READER_DATA_DIR": str(data_dir), "READER_LANG": "zh"}
    return subprocess.run([sys.executable, "-m", "reader", "notes", *args], capture_output=True,
                          cwd=REPO_ROOT, env=environment, timeout=120)


def test_cli_imports_then_exports(tmp_path, document) -> None:
    notes = tmp_path / "notes.json"
    notes.write_bytes(_export(document, fixture_annotations(document)))
    data_dir = tmp_path / "data"
    imported = _run("import", str(SEED_PATH), str(notes), data_dir=data_dir)
    assert imported.returncode == 0, imported.stderr.decode()
    assert imported.stdout.decode() == "导入 7 条批注，跳过 0 条重复，1 条未能定位\n"
    again = _run("import", str(SEED_PATH), str(notes), data_dir=data_dir)
    assert again.stdout.decode() == "导入 0 条批注，跳过 7 条重复，0 条未能定位\n"
    out = tmp_path / "out.md"
    exported = _run("export", str(SEED_PATH), "--format", "md", "-o", str(out), "--no-indicators",
                    data_dir=data_dir)
    assert exported.returncode == 0 and exported.stdout == b""
    golden = (REPO_ROOT / "tests" / "data" / "golden" / "notes.md").read_text(encoding="utf-8")
    written = out.read_text(encoding="utf-8")
    assert written.split("## 一、", 1)[1] == golden.split("## 一、", 1)[1].replace(
        "\n指标：地区生产总值 +5.5%左右；城镇登记失业率 3.14%；万元GDP能耗 −5%左右\n", "").replace(
        "\n指标：万元GDP能耗 −5%左右\n", "").replace("\n指标：消费\n", "")
    as_json = _run("export", str(SEED_PATH), "--format", "json", "--colour", "green", "--no-indicators",
                   data_dir=data_dir)
    collection = json.loads(as_json.stdout)
    assert collection["total"] == 2 and collection["label"] == "东城区政府工作报告"


def test_cli_data_dir_option_and_bad_input(tmp_path, document) -> None:
    notes = tmp_path / "notes.json"
    notes.write_bytes(_export(document, fixture_annotations(document)[:2]))
    chosen = tmp_path / "chosen"
    result = _run("import", str(SEED_PATH), str(notes), "--data-dir", str(chosen), data_dir=tmp_path / "env")
    assert result.returncode == 0 and (chosen / "reader.sqlite3").exists()
    assert not (tmp_path / "env" / "reader.sqlite3").exists()
    bad = tmp_path / "bad.json"
    bad.write_text('{"oops": ')
    failed = _run("import", str(SEED_PATH), str(bad), data_dir=chosen)
    assert failed.returncode == 2 and failed.stdout == b""
    assert failed.stderr.decode().count("\n") == 1 and "bad.json" in failed.stderr.decode()
    missing = _run("export", str(tmp_path / "nope.txt"), "--format", "md", data_dir=chosen)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr.decode()
    unwritable = _run("export", str(SEED_PATH), "--format", "docx", "-o", str(tmp_path / "no" / "x.docx"),
                      "--no-indicators", data_dir=chosen)
    assert unwritable.returncode == 2 and unwritable.stderr.decode().startswith("无法写入")
