"""The annotation store: round trip, migrations, library records, two processes writing at once."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.annotations import COLOURS, new_annotation
from reader.core.document import open_document
from reader.core.migrations import MIGRATIONS, migrate
from reader.core.store import AnnotationStore, StoreError
from tests.conftest import REPO_ROOT, SEED_PATH


@pytest.fixture(scope="module")
def seed():
    """Return the seed document."""
    return open_document(SEED_PATH)


@pytest.fixture
def store(tmp_path: Path):
    """Return a store on a fresh database."""
    with AnnotationStore(tmp_path / "reader.sqlite3") as opened:
        yield opened


def test_store_round_trip(store: AnnotationStore, seed) -> None:
    """Everything written comes back unchanged, in reading order."""
    store.remember_document(seed.identity, seed.title, str(seed.path), seed.text)
    later = new_annotation(seed.text, seed.identity, 500, 530, colour="blue", note="第一行\n**第二行**",
                           tags="经济，就业, #民生", section=("一、2022 年工作回顾",))
    earlier = new_annotation(seed.text, seed.identity, 100, 110, colour="pink")
    store.add(later)
    store.add(earlier)
    assert store.annotations(seed.identity) == [earlier, later]
    assert store.get(later.id).tags == ("经济", "就业", "民生")
    assert store.get(later.id).quote == seed.text[500:530]
    edited = later.edited(note="改过", colour="green")
    store.update(edited)
    assert store.get(later.id) == edited
    store.add(new_annotation(seed.text, seed.identity, 700, 705, tags=["民生"]))
    assert store.tags()[0] == "民生" and sorted(store.tags()) == sorted(["经济", "就业", "民生"])
    store.delete(earlier.id)
    assert store.annotations(seed.identity)[0] == edited and store.count_annotations() == 2
    assert store.integrity_ok()


def test_new_annotation_rejects_bad_spans_and_colours(seed) -> None:
    """Spans outside the text and unknown colours are errors, not silent data."""
    with pytest.raises(ValueError):
        new_annotation(seed.text, seed.identity, 10, 10)
    with pytest.raises(ValueError):
        new_annotation(seed.text, seed.identity, 0, len(seed.text) + 1)
    with pytest.raises(ValueError):
        new_annotation(seed.text, seed.identity, 0, 5, colour="orange")
    assert len(COLOURS) == 5


def test_library_records(store: AnnotationStore, seed) -> None:
    """Documents are remembered with title, path, text and reading position."""
    first = store.remember_document(seed.identity, seed.title, "/a/report.txt", seed.text)
    assert first.length == len(seed.text) and first.path == "/a/report.txt"
    store.remember_document(seed.identity, seed.title, "/b/copy.txt", seed.text)
    store.set_reading_position(seed.identity, 1234)
    record = store.document(seed.identity)
    assert (record.path, record.reading_position) == ("/b/copy.txt", 1234)
    assert store.document_text(seed.identity) == seed.text
    assert [doc.identity for doc in store.documents()] == [seed.identity]


def test_a_document_with_annotations_cannot_be_removed(store: AnnotationStore, seed) -> None:
    """Removing a report from the library never deletes annotations silently."""
    store.remember_document(seed.identity, seed.title, None, seed.text)
    store.add(new_annotation(seed.text, seed.identity, 0, 5))
    with pytest.raises(StoreError):
        store.remove_document(seed.identity)
    assert store.count_annotations(seed.identity) == 1


def test_failed_transaction_writes_nothing(store: AnnotationStore, seed) -> None:
    """A batch with one bad row leaves the database as it was."""
    store.remember_document(seed.identity, seed.title, None, seed.text)
    good = new_annotation(seed.text, seed.identity, 0, 5)
    store.add(good)
    with pytest.raises(sqlite3.IntegrityError):
        store.add_many([new_annotation(seed.text, seed.identity, 5, 9), good])  # duplicate id
    assert store.count_annotations() == 1


def test_migrates_an_empty_database_to_the_latest_schema(tmp_path: Path) -> None:
    """A new database gets every migration, in WAL mode."""
    with AnnotationStore(tmp_path / "new.sqlite3") as store:
        assert store.schema_version() == len(MIGRATIONS)
        mode = store._connection.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_migrates_a_version_one_database_keeping_its_annotations(tmp_path: Path) -> None:
    """Annotations written by the first schema survive the upgrade and gain the new columns."""
    path = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN")
    migrate(connection, target=1)
    connection.execute("INSERT INTO documents VALUES ('abc', '旧报告', '/old.txt', 7, '2023-01-01T00:00:00Z')")
    connection.execute(
        "INSERT INTO annotations VALUES ('id-1', 'abc', 3, 8, '旧的引文', '', '', 'green', '旧批注', "
        "?, '[]', '2023-01-01T00:00:00Z', '2023-01-02T00:00:00Z')", (json.dumps(["旧"]),))
    connection.execute("COMMIT")
    connection.close()
    with AnnotationStore(path) as store:
        assert store.schema_version() == len(MIGRATIONS)
        (annotation,) = store.annotations("abc")
        assert (annotation.quote, annotation.note, annotation.tags, annotation.orphan) == (
            "旧的引文", "旧批注", ("旧",), False)
        assert store.document("abc").reading_position == 7


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    """A schema from a future version is not touched."""
    path = tmp_path / "future.sqlite3"
    AnnotationStore(path).close()
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO schema_version VALUES (999)")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError):
        AnnotationStore(path)


def test_garbage_file_is_a_store_error(tmp_path: Path) -> None:
    """A file that is not a database gives a StoreError, not a crash."""
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError):
        AnnotationStore(path)


_WRITER = """
import sys
from reader.core.annotations import new_annotation
from reader.core.store import AnnotationStore
store = AnnotationStore(sys.argv[1])
text = "甲乙丙丁戊己庚辛壬癸" * 50
for number in range(int(sys.argv[3])):
    store.add(new_annotation(text, "doc", number % 400, number % 400 + 5, note=sys.argv[2] + str(number)))
print("done")
"""


def test_two_processes_write_without_losing_anything(tmp_path: Path) -> None:
    """Two writers on one database: every write lands, the database stays intact."""
    path = tmp_path / "shared.sqlite3"
    with AnnotationStore(path) as store:
        store.remember_document("doc", "报告", None, "甲乙丙丁戊己庚辛壬癸" * 50)
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER, str(path), name, "150"],
                                cwd=REPO_ROOT, stdout=subprocess.PIPE) for name in ("a", "b")]
    outputs = [writer.communicate(timeout=120)[0] for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0]
    assert all(output.strip() == b"done" for output in outputs)
    with AnnotationStore(path) as store:
        notes = {annotation.note for annotation in store.annotations("doc")}
        assert store.integrity_ok()
    assert notes == {f"{name}{number}" for name in "ab" for number in range(150)}
