"""The `python -m reader` contract: canonical text, outline JSON and tree, exit code 2 on bad input."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.core.document import open_document

REPO_ROOT = Path(__file__).resolve().parents[2]
SEED = REPO_ROOT / "data" / "beijing_dongcheng_2023.txt"
NODE_KEYS = {"title", "level", "start", "end", "children"}
NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])")


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m reader ARGS`` from the repository root and capture its bytes."""
    environment = {**os.environ, "READER_LANG": "zh", **env}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        cwd=REPO_ROOT,
        env=environment,
        capture_output=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def seed_text() -> str:
    """Return the canonical text of the bundled report."""
    return open_document(SEED).text


@pytest.fixture(scope="module")
def outline_json() -> list[dict[str, Any]]:
    """Return the parsed `outline --format json` output for the bundled report."""
    result = _run("outline", str(SEED), "--format", "json")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert result.stderr == b""
    nodes = json.loads(result.stdout.decode("utf-8"))
    assert isinstance(nodes, list)
    return nodes


def _walk(nodes: list[dict[str, Any]], depth: int = 0) -> list[tuple[int, dict[str, Any]]]:
    """Return (depth, node) for every node, depth first."""
    found: list[tuple[int, dict[str, Any]]] = []
    for node in nodes:
        found.append((depth, node))
        found.extend(_walk(node["children"], depth + 1))
    return found


def test_text_prints_the_canonical_text(seed_text: str) -> None:
    """`text` prints exactly the canonical text plus a final newline, in UTF-8, one paragraph per line."""
    result = _run("text", str(SEED))
    assert result.returncode == 0
    assert result.stderr == b""
    output = result.stdout.decode("utf-8")
    assert output == seed_text + "\n"
    lines = output.split("\n")[:-1]
    assert len(lines) == 71
    assert lines == [paragraph for paragraph in seed_text.split("\n")]
    assert all(line.strip() == line and line for line in lines)
    assert lines[0] == "东城区政府工作报告"
    assert lines[1] == "一、2022 年工作回顾"


def test_text_is_utf8_whatever_the_locale(seed_text: str) -> None:
    """With an ASCII console locale the output is still UTF-8, not an encoding error."""
    result = _run("text", str(SEED), LANG="C", LC_ALL="C", PYTHONIOENCODING="ascii")
    assert result.returncode == 0
    assert result.stdout.decode("utf-8") == seed_text + "\n"


def test_text_accepts_a_relative_path(seed_text: str) -> None:
    """A path relative to the working directory works."""
    result = _run("text", "data/beijing_dongcheng_2023.txt")
    assert result.returncode == 0
    assert result.stdout.decode("utf-8") == seed_text + "\n"


def test_outline_json_nodes_have_exactly_the_contract_keys(outline_json: list[dict[str, Any]]) -> None:
    """Every node, at every depth, is {title, level, start, end, children} with the right types."""
    nodes = _walk(outline_json)
    assert len(nodes) > 15
    for _depth, node in nodes:
        assert set(node) == NODE_KEYS
        assert isinstance(node["title"], str) and node["title"]
        assert type(node["level"]) is int and node["level"] >= 1
        assert type(node["start"]) is int and type(node["end"]) is int
        assert isinstance(node["children"], list)


def test_outline_json_offsets_are_consistent(outline_json: list[dict[str, Any]], seed_text: str) -> None:
    """Offsets lie in the text, children lie inside parents, siblings are ordered and disjoint."""

    def check(siblings: list[dict[str, Any]], parent: dict[str, Any] | None) -> None:
        previous_end = parent["start"] if parent else 0
        for node in siblings:
            assert 0 <= node["start"] <= node["end"] <= len(seed_text)
            assert node["start"] >= previous_end
            previous_end = node["end"]
            if parent is not None:
                assert parent["start"] <= node["start"] <= node["end"] <= parent["end"]
                assert node["level"] > parent["level"]
            if NUMBERED.match(node["title"]):
                assert seed_text[node["start"] :].startswith(node["title"])
                assert node["start"] == 0 or seed_text[node["start"] - 1] == "\n"
            else:
                assert node["title"] in seed_text[node["start"] : node["end"]]
            check(node["children"], node)

    check(outline_json, None)
    assert outline_json[-1]["end"] == len(seed_text)


def test_outline_json_structure_of_the_seed(outline_json: list[dict[str, Any]]) -> None:
    """Two level-1 sections with 7 and 8 numbered level-2 children."""
    assert [node["title"] for node in outline_json] == ["一、2022 年工作回顾", "二、2023 年主要任务"]
    assert [node["level"] for node in outline_json] == [1, 1]
    counts = [sum(child["level"] == 2 for child in node["children"]) for node in outline_json]
    assert counts == [7, 8]
    review, tasks = outline_json
    assert [child["title"][:3] for child in review["children"]] == [
        "（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）"
    ]
    assert [child["title"][:3] for child in tasks["children"]] == [
        "（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）"
    ]
    assert review["end"] == tasks["start"]


def test_outline_json_is_utf8_not_escaped() -> None:
    """Chinese titles are written as characters, not \\u escapes."""
    result = _run("outline", str(SEED), "--format", "json")
    output = result.stdout.decode("utf-8")
    assert "工作回顾" in output
    assert "\\u" not in output


def test_outline_tree_is_indented_and_matches_json(outline_json: list[dict[str, Any]]) -> None:
    """`--format tree` prints one line per node, indented two spaces per depth, with its span."""
    result = _run("outline", str(SEED), "--format", "tree")
    assert result.returncode == 0
    assert result.stderr == b""
    output = result.stdout.decode("utf-8")
    assert output.endswith("\n")
    lines = output.split("\n")[:-1]
    expected = [
        f"{'  ' * depth}{node['title']}  [{node['start']}-{node['end']}]" for depth, node in _walk(outline_json)
    ]
    assert lines == expected
    assert lines[0] == f"一、2022 年工作回顾  [{outline_json[0]['start']}-{outline_json[0]['end']}]"
    assert lines[1].startswith("  （一）坚持人民至上")
    assert any(line.startswith("    ") and not line.startswith("     ") for line in lines)


def test_outline_default_format_is_tree() -> None:
    """Without --format the outline is the tree."""
    assert _run("outline", str(SEED)).stdout == _run("outline", str(SEED), "--format", "tree").stdout


def _bad_input(tmp_path: Path, kind: str) -> Path:
    """Create (or not) the bad input of ``kind`` and return its path."""
    if kind == "missing":
        return tmp_path / "missing.txt"
    if kind == "directory":
        folder = tmp_path / "folder"
        folder.mkdir()
        return folder
    path = tmp_path / f"{kind}.txt"
    path.write_bytes(bytes(range(256)) * 16 if kind == "binary" else b"")
    return path


BAD_KINDS = {
    "missing": ("找不到文件", "File not found"),
    "directory": ("文件夹", "folder"),
    "binary": ("二进制", "binary"),
    "empty": ("空文件", "empty"),
}


@pytest.mark.parametrize("kind", sorted(BAD_KINDS))
@pytest.mark.parametrize(
    "args", [("text",), ("outline",), ("outline", "--format", "json")], ids=["text", "outline", "json"]
)
def test_bad_input_exits_2_with_one_line_on_stderr(tmp_path: Path, kind: str, args: tuple[str, ...]) -> None:
    """Exit code 2, nothing on stdout, exactly one line on stderr, no traceback."""
    path = _bad_input(tmp_path, kind)
    result = _run(args[0], str(path), *args[1:])
    assert result.returncode == 2
    assert result.stdout == b""
    stderr = result.stderr.decode("utf-8")
    assert stderr.endswith("\n") and stderr.count("\n") == 1
    assert stderr.strip()
    assert "Traceback" not in stderr
    assert path.name in stderr
    assert BAD_KINDS[kind][0] in stderr


@pytest.mark.parametrize("kind", sorted(BAD_KINDS))
def test_bad_input_message_in_english(tmp_path: Path, kind: str) -> None:
    """READER_LANG=en gives the same one-line contract in English."""
    path = _bad_input(tmp_path, kind)
    result = _run("text", str(path), READER_LANG="en")
    assert result.returncode == 2
    assert result.stdout == b""
    stderr = result.stderr.decode("utf-8")
    assert stderr.count("\n") == 1 and stderr.endswith("\n")
    assert BAD_KINDS[kind][1] in stderr
