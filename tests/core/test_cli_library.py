"""`python -m reader library add|list|remove` and `search`: output contracts, offsets, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.annotations import new_annotation
from reader.core.document import open_document
from reader.core.store import AnnotationStore
from tests.conftest import CORPUS_DIR, REPO_ROOT, SEED_PATH

CONTRACT_KEYS = ["document", "section", "start", "end", "snippet"]
NATIONAL_2022 = CORPUS_DIR / "national" / "2022.txt"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m reader ARGS`` with the test's private READER_DATA_DIR."""
    return subprocess.run([sys.executable, "-m", "reader", *args], cwd=REPO_ROOT, env=dict(os.environ),
                          capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)


def run_here(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the command line in this process (jieba stays loaded): exit code, stdout, stderr."""
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def json_lines(output: str) -> list[dict]:
    """Parse one JSON object per line."""
    return [json.loads(line) for line in output.splitlines()]


def test_add_list_search_and_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Add two reports (and a bad file), list them, search them, remove one (adding and searching in
    a process of their own, as a script would)."""
    added = run("library", "add", str(SEED_PATH), str(NATIONAL_2022), str(tmp_path / "missing.txt"))
    assert added.returncode == 2
    assert len(added.stdout.splitlines()) == 2 and "missing.txt" in added.stderr
    assert "Traceback" not in added.stderr
    code, listed, _err = run_here(capsys, "library", "list", "--format", "json")
    assert code == 0
    records = json.loads(listed)
    assert {record["path"] for record in records} == {str(SEED_PATH), str(NATIONAL_2022)}
    assert set(records[0]) == {"identity", "title", "path", "length", "annotations", "opened"}
    texts = {str(SEED_PATH): open_document(SEED_PATH).text, str(NATIONAL_2022): open_document(NATIONAL_2022).text}

    found = run("search", "营商环境")
    assert found.returncode == 0
    hits = json_lines(found.stdout)
    assert {hit["document"] for hit in hits} == set(texts)
    for hit in hits:
        assert list(hit)[:5] == CONTRACT_KEYS and hit["kind"] == "text"
        assert texts[hit["document"]][hit["start"]:hit["end"]] == "营商环境"
        assert "营商环境" in hit["snippet"] and hit["section"]

    plain_lines = run_here(capsys, "library", "list")[1].splitlines()
    assert len(plain_lines) == 2 and all(len(line.split("\t")) == 4 for line in plain_lines)
    assert run_here(capsys, "library", "remove", str(NATIONAL_2022))[0] == 0
    assert {hit["document"] for hit in json_lines(run_here(capsys, "search", "营商环境")[1])} == {str(SEED_PATH)}
    assert run_here(capsys, "library", "remove", "no-such-report")[0] == 2


def test_search_in_one_document_plain_and_word_mode(capsys: pytest.CaptureFixture[str]) -> None:
    """--doc searches that report; --words keeps only whole jieba words (城市 not in 城市更新)."""
    text = open_document(SEED_PATH).text
    plain = json_lines(run_here(capsys, "search", "城市", "--doc", str(SEED_PATH))[1])
    words = json_lines(run_here(capsys, "search", "城市", "--doc", str(SEED_PATH), "--words")[1])
    assert len(plain) == text.count("城市")
    assert 0 < len(words) < len(plain)
    for hit in plain + words:
        assert list(hit)[:5] == CONTRACT_KEYS and text[hit["start"]:hit["end"]] == "城市"
    assert all(not text[hit["start"]:].startswith("城市更新") for hit in words)


def test_notes_are_searched_and_annotated_reports_are_not_removed(capsys: pytest.CaptureFixture[str]) -> None:
    """A note's words find it (kind note); removing its report is refused; odd queries are searched."""
    assert run_here(capsys, "library", "add", str(SEED_PATH))[0] == 0
    seed = open_document(SEED_PATH)
    with AnnotationStore() as store:
        annotation = store.add(new_annotation(seed.text, seed.identity, 100, 110, note="值得借鉴的试点经验"))
    hits = json_lines(run_here(capsys, "search", "试点经验")[1])
    notes = [hit for hit in hits if hit["kind"] == "note"]
    assert [(note["annotation"], note["start"], note["end"]) for note in notes] == [(annotation.id, 100, 110)]
    code, _out, err = run_here(capsys, "library", "remove", seed.identity[:10])
    assert code == 2 and "批注" in err
    assert len(json.loads(run_here(capsys, "library", "list", "--format", "json")[1])) == 1
    code, out, err = run_here(capsys, "search", '"城市"* (更新: -')  # no FTS syntax error
    assert code == 0 and err == "" and out
