"""`python -m reader text|outline`: exact output contracts and exit code 2 on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.document import open_document
from tests.conftest import REPO_ROOT, SEED_PATH


def _run(*args: str) -> subprocess.CompletedProcess[bytes]:
    """Run the CLI in a subprocess."""
    return subprocess.run([sys.executable, "-m", "reader", *args], cwd=REPO_ROOT,
                          capture_output=True, timeout=60, check=False)


def test_text_prints_canonical_text() -> None:
    """One paragraph per line, UTF-8, exactly the canonical text."""
    result = _run("text", str(SEED_PATH))
    assert result.returncode == 0
    output = result.stdout.decode("utf-8")
    assert output == open_document(SEED_PATH).text + "\n"
    assert len(output.splitlines()) == 71


def test_outline_json_contract() -> None:
    """A JSON array of {title, level, start, end, children} with valid offsets."""
    result = _run("outline", str(SEED_PATH), "--format", "json")
    assert result.returncode == 0
    nodes = json.loads(result.stdout.decode("utf-8"))
    text = open_document(SEED_PATH).text

    def check(node: dict, parent: dict | None) -> None:
        assert set(node) == {"title", "level", "start", "end", "children"}
        assert 0 <= node["start"] <= node["end"] <= len(text)
        assert text[node["start"]:].startswith(node["title"])
        if parent:
            assert parent["start"] <= node["start"] <= node["end"] <= parent["end"]
        for child in node["children"]:
            check(child, node)

    for node in nodes:
        check(node, None)
    assert [node["title"] for node in nodes] == ["一、2022 年工作回顾", "二、2023 年主要任务"]
    assert [sum(c["level"] == 2 for c in node["children"]) for node in nodes] == [7, 8]


def test_outline_tree_is_indented() -> None:
    """The human tree indents children under their parents."""
    lines = _run("outline", str(SEED_PATH), "--format", "tree").stdout.decode().splitlines()
    assert lines[0].startswith("一、2022 年工作回顾")
    assert lines[1].startswith("  （一）")


@pytest.mark.parametrize("kind", ["missing", "directory", "binary", "empty"])
@pytest.mark.parametrize("command", ["text", "outline"])
def test_bad_input_exits_2_with_one_line(tmp_path: Path, kind: str, command: str) -> None:
    """No traceback: one line on stderr, nothing on stdout, exit code 2."""
    path = {
        "missing": tmp_path / "missing.txt",
        "directory": tmp_path,
        "binary": tmp_path / "b.txt",
        "empty": tmp_path / "e.txt",
    }[kind]
    if kind == "binary":
        path.write_bytes(bytes(range(256)) * 4)
    if kind == "empty":
        path.write_bytes(b"")
    result = _run(command, str(path))
    assert result.returncode == 2
    assert result.stdout == b""
    assert len(result.stderr.decode("utf-8").strip().splitlines()) == 1
    assert b"Traceback" not in result.stderr
