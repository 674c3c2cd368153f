"""The library's full-text index: words not character pairs, ranking, snippets, notes, editions, removal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core.annotations import new_annotation
from reader.core.attach import attach_annotations
from reader.core.document import Document, document_from_paragraphs, open_document
from reader.core.library import (
    entries,
    find_entry,
    index_document,
    pending,
    place_hit,
    refresh,
    remove,
    search,
)
from reader.core.migrations import migrate
from reader.core.outline import build_outline, section_path
from reader.core.search_index import index_columns, locate, match_expression, parse_query, passage_text
from reader.core.store import AnnotationStore, StoreError
from tests.conftest import SEED_PATH


@pytest.fixture
def store(tmp_path: Path):
    """Return a store on a fresh database."""
    with AnnotationStore(tmp_path / "reader.sqlite3") as opened:
        yield opened


@pytest.fixture(scope="module")
def seed() -> Document:
    """Return the seed document."""
    return open_document(SEED_PATH)


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory, seed: Document):
    """Return a store with the seed indexed, shared by the tests that only search."""
    with AnnotationStore(tmp_path_factory.mktemp("library") / "reader.sqlite3") as opened:
        index_document(opened, seed)
        yield opened


def report(*paragraphs: str, path: str = "/reports/test.txt") -> Document:
    """Return a small report made of ``paragraphs``."""
    return document_from_paragraphs(["测试报告", *paragraphs], title="测试报告", path=Path(path))


def test_sqlite_has_fts5() -> None:
    """The index needs SQLite's FTS5 extension."""
    options = [row[0] for row in sqlite3.connect(":memory:").execute("PRAGMA compile_options")]
    assert "ENABLE_FTS5" in options


# Real sentences from the corpus where the query's two characters meet across a word boundary.
@pytest.mark.parametrize(("query", "across_words", "as_a_word"), [
    ("城市", "推进县城市场繁荣。", "加强城市治理。"),                     # 县城 | 市场
    ("国有", "初的统计，全国有一千七百多万人。", "深化国有企业改革。"),    # 全国 | 有 (1957)
    ("和平", "改良土质和平整土地的大量工作。", "维护世界和平。"),          # 和 | 平整土地
    ("民主", "城乡居民主要消费品的消费量增加。", "发展社会主义民主。"),    # 城乡居民 | 主要
    ("金融", "发展不同规模的资金融通市场。", "防范化解金融风险。"),        # 资金 | 融通
])
def test_a_word_is_found_not_its_characters_across_words(store: AnnotationStore, query: str,
                                                        across_words: str, as_a_word: str) -> None:
    """A two-character query finds the word, never the same two characters split between words."""
    document = report(across_words, as_a_word)
    index_document(store, document)
    hits = search(store, query)
    assert [document.text[hit.start:hit.end] for hit in hits] == [query]
    assert hits[0].start == document.text.index(as_a_word) + as_a_word.index(query)


def test_a_word_inside_a_longer_word_is_found(store: AnnotationStore) -> None:
    """城市 is found in 城市更新 (a dictionary word inside a longer one, as jieba's search mode has it)."""
    document = report("实施城市更新行动。", "推进县城市场繁荣。")
    index_document(store, document)
    hits = search(store, "城市")
    assert len(hits) == 1 and document.text[hits[0].start:hits[0].end] == "城市"
    assert hits[0].start == document.text.index("城市更新")
    assert len(search(store, "城市更新")) == 1


def test_a_phrase_must_be_in_order_and_adjacent(store: AnnotationStore) -> None:
    """科技创新 (cut into 科技 | 创新) does not match 科技 and 创新 far apart."""
    document = report("依靠科技推动产业创新。", "加强科技创新。")
    index_document(store, document)
    hits = search(store, "科技创新")
    assert [document.text[hit.start:hit.end] for hit in hits] == ["科技创新"]
    assert len(search(store, "科技 创新")) == 2  # two terms: both anywhere in the sentence


def test_offsets_point_into_the_canonical_text(seed_store: AnnotationStore, seed: Document) -> None:
    """For every hit, text[start:end] is the word searched for, and the section is the outline's."""
    store = seed_store
    outline = build_outline(seed)
    for query in ("营商环境", "城市", "老旧小区", "专精特新", "人民", "文化"):
        hits = search(store, query, limit=200)
        assert hits, query
        for hit in hits:
            assert seed.text[hit.start:hit.end] == query
            assert hit.path == str(SEED_PATH) and hit.title == seed.title and hit.kind == "text"
            assert hit.section == " › ".join(node.title for node in section_path(outline, hit.start))


def test_hits_are_ranked_and_snippets_mark_the_terms(store: AnnotationStore) -> None:
    """bm25: a sentence about the term ranks first; the snippet marks each occurrence."""
    long_sentence = "我们要" + "坚持稳中求进工作总基调，" * 8 + "也要关注农业。"
    document = report(long_sentence, "农业强则国家强，农业稳则大局稳，加快建设农业强国。")
    index_document(store, document)
    hits = search(store, "农业")
    assert [hit.snippet.count("农业") for hit in hits] == [3, 1]
    first, second = hits
    assert [first.snippet[start:end] for start, end in first.marks] == ["农业"] * 3
    assert second.snippet.startswith("…") and second.snippet.endswith("农业。")
    assert [second.snippet[start:end] for start, end in second.marks] == ["农业"]


def test_width_and_case_do_not_matter(seed_store: AnnotationStore, seed: Document) -> None:
    """ＧＤＰ and gdp find GDP."""
    for query in ("GDP", "ＧＤＰ", "gdp"):
        hits = search(seed_store, query)
        assert hits and all(seed.text[hit.start:hit.end] == "GDP" for hit in hits), query


@pytest.mark.parametrize("query", ['"', "'", "*", "(", ")", "AND", "OR", "NOT", "NEAR", "-", ":", "^",
                                   "NEAR(城市 农业, 2)", "words:城市", "{words parts}:城市", "城市*",
                                   '"城市', "城市\"", "'城市'", "城市 AND", "-城市", "城市:", "(城市",
                                   "", "   ", "\x00", "城市 OR 农业", '""城市""', "城*市", "+", "\\"])
def test_queries_with_punctuation_and_operators_do_not_raise(seed_store: AnnotationStore,
                                                             query: str) -> None:
    """User input never becomes FTS syntax: quotes, operators and punctuation are just searched for."""
    store = seed_store
    hits = search(store, query)
    if "城市" in query and not any(word in query for word in ("OR", "AND", "NEAR", "words", "城*市")):
        assert {hit.start for hit in hits} == {hit.start for hit in search(store, "城市")}
    assert all(isinstance(hit.snippet, str) for hit in hits)


def test_match_expressions_are_quoted_tokens() -> None:
    """Every token is a quoted phrase; a term of several words must appear as a phrase."""
    assert match_expression(parse_query('城市 "AND" (农业')) == '"城市" AND "and" AND "农业"'
    assert match_expression(parse_query("科技创新")) == 'words : "科技 创新"'
    assert match_expression(parse_query("*()-:")) is None


def test_index_columns_keep_the_passage_and_its_words() -> None:
    """The words column gives back the passage exactly; located spans are offsets into it."""
    passage = "推进县城市场繁荣，实施城市更新行动。PM2.5 浓度下降。"
    words, parts = index_columns(passage)
    assert passage_text(words) == passage
    assert "城市" in parts.split() and "县城" not in parts.split()
    spans = locate(words, parse_query("城市"))
    assert [passage[start:end] for start, end in spans] == ["城市"]
    assert spans[0][0] == passage.index("城市更新")
    assert [passage[start:end] for start, end in locate(words, parse_query("PM2.5"))] == ["PM2.5"]


def test_notes_are_searchable_and_follow_edits(store: AnnotationStore) -> None:
    """A note, its tags and its quote are found; editing or deleting the annotation updates the index."""
    document = report("加快建设农业强国。", "实施城市更新行动。")
    index_document(store, document)
    start = document.text.index("城市更新")
    annotation = new_annotation(document.text, document.identity, start, start + 4,
                                note="值得关注的试点做法", tags=["住房"], section=("测试报告",))
    store.add(annotation)
    notes = [hit for hit in search(store, "试点") if hit.kind == "note"]
    assert len(notes) == 1
    note = notes[0]
    assert (note.annotation_id, note.start, note.end) == (annotation.id, start, start + 4)
    assert note.section == "测试报告" and "试点" in note.snippet
    assert [note.snippet[a:b] for a, b in note.marks] == ["试点"]
    assert {hit.kind for hit in search(store, "住房")} == {"note"}
    assert {hit.kind for hit in search(store, "城市更新")} == {"text", "note"}  # the quote too
    store.update(annotation.edited(note="重点改革任务"))
    assert not search(store, "试点")
    assert [hit.annotation_id for hit in search(store, "改革")] == [annotation.id]
    store.delete(annotation.id)
    assert not search(store, "改革") and pending(store) == 0


def test_indexing_is_idempotent(store: AnnotationStore, seed: Document) -> None:
    """Adding the same report again writes nothing and finds the same hits."""
    written = index_document(store, seed)
    assert written > 100
    before = search(store, "城市", limit=500)
    assert index_document(store, seed) == 0
    assert search(store, "城市", limit=500) == before
    assert len(entries(store)) == 1


def test_a_changed_file_is_reindexed_and_the_old_edition_forgotten(store: AnnotationStore,
                                                                  tmp_path: Path) -> None:
    """Opening a path again with changed text indexes the new text; the old edition leaves the library."""
    path = tmp_path / "report.txt"
    path.write_text("某区政府工作报告\n推进县城市场繁荣。\n加强城市治理。\n", encoding="utf-8")
    old = open_document(path)
    index_document(store, old)
    assert len(search(store, "城市")) == 1
    path.write_text("某区政府工作报告\n推进县城市场繁荣。\n实施城市更新行动。\n发展现代农业。\n",
                    encoding="utf-8")
    new = open_document(path)
    assert new.identity != old.identity
    index_document(store, new)
    hits = search(store, "城市")
    assert [(hit.identity, new.text[hit.start:hit.start + 4]) for hit in hits] == [(new.identity, "城市更新")]
    assert search(store, "农业")[0].identity == new.identity
    assert [entry.identity for entry in entries(store)] == [new.identity]
    assert not search(store, "治理")


def annotated_edition(store: AnnotationStore, tmp_path: Path) -> tuple[Path, Document]:
    """Write, index and annotate a small report ("旧版批注" on 城市); return its path and document."""
    path = tmp_path / "report.txt"
    path.write_text("某区政府工作报告\n加强城市治理。\n", encoding="utf-8")
    old = open_document(path)
    index_document(store, old)
    start = old.text.index("城市")
    store.add(new_annotation(old.text, old.identity, start, start + 2, note="旧版批注"))
    return path, old


def test_an_old_edition_with_annotations_stays_until_they_move(store: AnnotationStore,
                                                              tmp_path: Path) -> None:
    """Annotations are never lost: the old edition stays while it has some; attach moves them."""
    path, old = annotated_edition(store, tmp_path)
    path.write_text("某区政府工作报告\n加强城市治理。\n发展现代农业。\n", encoding="utf-8")
    new = open_document(path)
    index_document(store, new)
    assert {entry.identity for entry in entries(store)} == {old.identity, new.identity}
    attach_annotations(store, new)  # moves the annotation to the new edition
    index_document(store, new)
    assert [entry.identity for entry in entries(store)] == [new.identity]
    assert [hit.identity for hit in search(store, "旧版批注")] == [new.identity]


def test_re_anchoring_does_not_reindex_notes(store: AnnotationStore, tmp_path: Path) -> None:
    """Moving annotations to a new edition relabels their index rows instead of queueing them again."""
    path, _old = annotated_edition(store, tmp_path)
    refresh(store, notes_only=True)
    assert pending(store) == 0
    path.write_text("某区政府工作报告\n前言一句。\n加强城市治理。\n", encoding="utf-8")
    new = open_document(path)
    attach_annotations(store, new)
    assert pending(store) == 1  # the new edition's text, not the moved note
    [hit] = search(store, "旧版批注")
    assert hit.identity == new.identity
    assert place_hit(new.text, new.identity, hit, store) == (new.text.index("城市"),
                                                             new.text.index("城市") + 2)
    [moved] = store.annotations(new.identity)
    store.update(moved.edited(note="新版批注"))
    assert pending(store) == 2


def test_remove_refuses_while_annotations_exist(store: AnnotationStore) -> None:
    """Removing drops the report and its index rows, but never a report that has annotations."""
    kept = report("加强城市治理。", path="/reports/kept.txt")
    dropped = report("推进城市更新。", path="/reports/dropped.txt")
    index_document(store, kept)
    index_document(store, dropped)
    store.add(new_annotation(kept.text, kept.identity, 0, 4, note="留着"))
    with pytest.raises(StoreError):
        remove(store, kept.identity)
    remove(store, dropped.identity)
    assert [entry.identity for entry in entries(store)] == [kept.identity]
    assert {hit.identity for hit in search(store, "城市")} == {kept.identity}
    assert store.connection.execute("SELECT count(*) FROM search_rows WHERE document = ?",
                                    (dropped.identity,)).fetchone()[0] == 0


def test_entries_and_find_entry(store: AnnotationStore, seed: Document) -> None:
    """Entries carry length and annotation count; an identity prefix or the path finds one."""
    index_document(store, seed)
    store.add(new_annotation(seed.text, seed.identity, 10, 20))
    (entry,) = entries(store)
    assert (entry.title, entry.path, entry.length, entry.annotations) == (
        seed.title, str(SEED_PATH), len(seed.text), 1)
    assert find_entry(store, seed.identity[:8]) == entry
    assert find_entry(store, str(SEED_PATH)) == entry
    assert find_entry(store, "no-such-report") is None


def test_a_library_from_schema_2_is_indexed_on_refresh(tmp_path: Path, seed: Document) -> None:
    """Documents and annotations stored before the index existed are queued by the migration."""
    database = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("BEGIN")
    migrate(connection, target=2)
    connection.execute("INSERT INTO documents (identity, title, path, opened, added, text, length) "
                       "VALUES (?, ?, ?, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', ?, ?)",
                       (seed.identity, seed.title, str(SEED_PATH), seed.text, len(seed.text)))
    connection.execute("COMMIT")
    connection.close()
    with AnnotationStore(database) as store:
        assert pending(store) == 1
        assert refresh(store) == 1 and pending(store) == 0
        hits = search(store, "营商环境")
        assert hits and all(seed.text[hit.start:hit.end] == "营商环境" for hit in hits)


def test_place_hit_finds_the_word_again_in_a_changed_text(store: AnnotationStore) -> None:
    """A hit from an older index lands on the nearest occurrence of its word in today's text."""
    document = report("推进县城市场繁荣。", "实施城市更新行动。")
    index_document(store, document)
    (hit,) = search(store, "城市")
    assert place_hit(document.text, document.identity, hit) == (hit.start, hit.end)
    changed = "前言。" + document.text + "城市。"
    start, end = place_hit(changed, "another-identity", hit)
    assert changed[start:end] == "城市" and start == hit.start + 3
    annotation = store.add(new_annotation(document.text, document.identity, 3, 7, note="看这里"))
    (note,) = search(store, "看这里")
    assert place_hit(document.text, document.identity, note, store) == (annotation.start, annotation.end)
