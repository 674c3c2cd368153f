"""Anchoring that survives change: exact, folded and fuzzy matches, orphans, random edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from reader.core.anchoring import AnchorMethod, fold, reanchor
from reader.core.annotations import new_annotation
from reader.core.attach import attach_annotations
from reader.core.document import document_from_paragraphs, open_document
from reader.core.store import AnnotationStore
from tests.conftest import SEED_PATH

SEED = open_document(SEED_PATH)
TEXT = SEED.text
FILLER = "之乎者也abc，。０１２　 \u200b"


def _annotate(text: str, start: int, end: int):
    """An annotation on ``text``."""
    return new_annotation(text, "doc", start, end)


def test_unchanged_text_keeps_every_position() -> None:
    """Same text: all annotations stay where they were."""
    annotations = [_annotate(TEXT, start, start + 12) for start in range(0, 6000, 500)]
    results = reanchor(TEXT, annotations)
    assert all(result.method is AnchorMethod.POSITION for result in results)
    assert [(r.start, r.end) for r in results] == [(a.start, a.end) for a in annotations]


def test_moved_quote_is_found_exactly() -> None:
    """Text inserted before the quote shifts it; the quote is found at its new place."""
    annotation = _annotate(TEXT, 3000, 3030)
    edited = "新增一段开头。" * 3 + TEXT
    (result,) = reanchor(edited, [annotation])
    assert result.method is AnchorMethod.EXACT
    assert (result.start, result.end) == (3021, 3051)


def test_repeated_quote_prefers_matching_context_then_nearest() -> None:
    """Of several occurrences, the one with the same neighbours wins."""
    text = "甲地增长5%。乙地增长5%。丙地增长5%。"
    annotation = _annotate(text, 9, 13)  # 乙地's 增长5%
    shifted = "序言。" + text.replace("甲地", "甲县")
    (result,) = reanchor(shifted, [annotation])
    assert shifted[result.start - 2 : result.start] == "乙地"


def test_width_and_space_changes_are_folded() -> None:
    """Full-width digits or spaces that a new normalisation changed still match (NFKC, spaces)."""
    text = "全年地区生产总值增长 5.5% 左右，财政收入稳定。"
    start = text.index("增长")
    annotation = _annotate(text, start, text.index("，"))
    renormalised = "前言。全年地区生产总值增长５.５％左右，财政收入稳定。"
    (result,) = reanchor(renormalised, [annotation])
    assert result.method is AnchorMethod.EXACT
    assert renormalised[result.start : result.end] == "增长５.５％左右"


def test_corrected_quote_is_found_fuzzily() -> None:
    """A typo fixed inside the quote: a fuzzy match above the threshold."""
    start = TEXT.index("（一）坚持人民至上")
    annotation = _annotate(TEXT, start, start + 30)
    corrected = TEXT[: start + 10] + "改" + TEXT[start + 11 :]
    (result,) = reanchor(corrected, [annotation])
    assert result.method is AnchorMethod.FUZZY
    assert (result.start, result.end) == (start, start + 30)


def test_vanished_quote_is_an_orphan_and_kept() -> None:
    """When the passage is gone the annotation becomes an orphan, never disappears."""
    annotation = _annotate(TEXT, 2000, 2040)
    (result,) = reanchor(TEXT[:1990] + TEXT[2050:], [annotation])
    assert result.orphan
    placed = result.placed()
    assert placed.orphan and placed.quote == annotation.quote and placed.id == annotation.id


def test_fold_is_nfkc_lower_and_spaceless() -> None:
    """Folding: NFKC, lower case, whitespace removed."""
    assert fold("ＡＢ Ｃ　１２％\n") == "abc12%"


_edits = st.lists(
    st.tuples(st.sampled_from(["insert", "delete", "replace"]), st.integers(0, len(TEXT) - 1),
              st.integers(1, 40), st.text(alphabet=FILLER, min_size=1, max_size=30)),
    min_size=1, max_size=8)
_spans = st.lists(st.tuples(st.integers(0, len(TEXT) - 60), st.integers(8, 50)), min_size=1, max_size=12)


def _apply(text: str, edits, spans):
    """Apply edits (rightmost first); return the new text and each span's fate (new span or None)."""
    fates = [(start, start + length) for start, length in spans]
    for kind, position, length, filler in sorted(edits, key=lambda edit: -edit[1]):
        end = position if kind == "insert" else min(len(text), position + length)
        inserted = "" if kind == "delete" else filler
        text = text[:position] + inserted + text[end:]
        delta = len(inserted) - (end - position)
        new_fates = []
        for fate in fates:
            if fate is None:
                new_fates.append(None)
                continue
            start, stop = fate
            if end <= start and (kind != "insert" or position <= start):
                new_fates.append((start + delta, stop + delta))
            elif position >= stop:
                new_fates.append(fate)
            else:
                new_fates.append(None)  # the edit touched the quote
        fates = new_fates
    return text, fates


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=_edits, spans=_spans)
def test_random_edits_reanchor_survivors_and_orphan_the_rest(edits, spans) -> None:
    """Survivors land exactly on their text; damaged ones are orphans or a close match; none vanish."""
    spans = [(start, length) for start, length in spans if TEXT.count(TEXT[start : start + length]) == 1]
    annotations = [_annotate(TEXT, start, start + length) for start, length in spans]
    edited, fates = _apply(TEXT, edits, spans)
    results = reanchor(edited, annotations)
    assert [r.annotation.id for r in results] == [a.id for a in annotations]
    for annotation, fate, result in zip(annotations, fates, results, strict=True):
        if fate is not None and edited.count(annotation.quote) == 1:
            assert (result.start, result.end) == fate
        elif not result.orphan:
            found = fold(edited[result.start : result.end])
            assert fuzz.ratio(fold(annotation.quote), found) >= 75


def _edition(paragraph_edit) -> object:
    """Return the seed with one paragraph changed, as if the file had been corrected."""
    paragraphs = [SEED.paragraph_text(index) for index in range(len(SEED.paragraphs))]
    paragraph_edit(paragraphs)
    return document_from_paragraphs(paragraphs, path=SEED.path)


def test_same_text_from_another_path_shows_the_same_annotations(tmp_path: Path) -> None:
    """A copy of the report elsewhere (same canonical text) has the same identity and notes."""
    copy = tmp_path / "副本.txt"
    copy.write_text(SEED_PATH.read_text(encoding="utf-8").replace("\n", "\r\n"), encoding="gb18030")
    with AnnotationStore(tmp_path / "db.sqlite3") as store:
        attach_annotations(store, SEED)
        store.add(new_annotation(SEED.text, SEED.identity, 800, 830, note="复制后仍在"))
        attached = attach_annotations(store, open_document(copy))
    assert [a.note for a in attached.annotations] == ["复制后仍在"]


def test_corrected_edition_takes_over_the_annotations(tmp_path: Path) -> None:
    """Reopening a corrected file moves its annotations to the new text, re-anchored."""
    def insert_sentence(paragraphs: list[str]) -> None:
        paragraphs[3] = "这是更正后加入的一句话。" + paragraphs[3]

    def drop_paragraph(paragraphs: list[str]) -> None:
        del paragraphs[20]

    with AnnotationStore(tmp_path / "db.sqlite3") as store:
        attach_annotations(store, SEED)
        gone_start = SEED.paragraphs[20].start
        kept = new_annotation(SEED.text, SEED.identity, 6000, 6040, note="保留")
        gone = new_annotation(SEED.text, SEED.identity, gone_start, gone_start + 30, note="孤立")
        store.add_many([kept, gone])
        corrected = _edition(lambda p: (insert_sentence(p), drop_paragraph(p)))
        attached = attach_annotations(store, corrected)
        by_note = {annotation.note: annotation for annotation in attached.annotations}
        assert corrected.text[by_note["保留"].start : by_note["保留"].end] == kept.quote
        assert by_note["孤立"].orphan and attached.orphans == [by_note["孤立"]]
        assert store.count_annotations(corrected.identity) == 2
        assert store.count_annotations(SEED.identity) == 0
        reopened = attach_annotations(store, corrected)
        assert reopened.annotations == attached.annotations


@pytest.mark.parametrize("count", [0, 1])
def test_attach_on_an_empty_store_records_the_document(tmp_path: Path, count: int) -> None:
    """Opening a report puts it in the library, with or without annotations."""
    with AnnotationStore(tmp_path / "db.sqlite3") as store:
        attach_annotations(store, SEED)
        if count:
            store.add(new_annotation(SEED.text, SEED.identity, 0, 4))
        assert len(attach_annotations(store, SEED).annotations) == count
        assert store.document(SEED.identity).title == SEED.title
