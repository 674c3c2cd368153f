"""The Document: canonical text, paragraph offsets, identity and title."""

from __future__ import annotations

from pathlib import Path

from reader.core.document import document_from_paragraphs, open_document
from tests.conftest import CORPUS_DIR, SEED_PATH


def test_paragraph_offsets_index_the_canonical_text() -> None:
    """Each paragraph's span slices exactly its text; paragraphs are newline separated."""
    paragraphs = ["标题", "第一段，内容。", "第二段𠀀。"]
    document = document_from_paragraphs(paragraphs)
    assert document.text == "\n".join(paragraphs)
    assert [document.paragraph_text(i) for i in range(3)] == paragraphs
    assert document.paragraph_at(document.text.index("第二段")) == 2
    assert document.paragraph_at(0) == 0


def test_identity_is_hash_of_text_not_path(tmp_path: Path) -> None:
    """The same text in another encoding and place has the same identity."""
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED_PATH.read_text(encoding="utf-8").encode("gb18030"))
    original = open_document(SEED_PATH)
    assert open_document(copy).identity == original.identity
    assert len(original.identity) == 64


def test_seed_title() -> None:
    """The bundled report's title is its first line."""
    assert open_document(SEED_PATH).title == "东城区政府工作报告"


def test_title_falls_back_to_file_name() -> None:
    """A report opening with 各位代表 is named after its file."""
    assert open_document(CORPUS_DIR / "national" / "1954.txt").title == "1954"


def test_title_found_after_a_dateline() -> None:
    """政府工作报告 is recognised as the title of a modern national report."""
    assert open_document(CORPUS_DIR / "national" / "2022.txt").title == "政府工作报告"
