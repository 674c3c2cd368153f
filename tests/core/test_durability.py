"""Killing a writer at random moments never corrupts the database or loses a returned write."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from reader.core.store import AnnotationStore
from tests.conftest import REPO_ROOT

KILLS = 8
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_WRITER = """
import sys
from reader.core.annotations import new_annotation
from reader.core.store import AnnotationStore
store = AnnotationStore(sys.argv[1])
text = "东城区坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。" * 20
store.remember_document("doc", "报告", None, text)
print("ready", flush=True)
number = 0
while True:
    annotation = new_annotation(text, "doc", number % 500, number % 500 + 8, note="批注" * 50)
    store.add(annotation)
    print(annotation.id, flush=True)  # the write has returned
    if number % 7 == 0:
        store.update(annotation.edited(note="改"))
    number += 1
"""


def _run_and_kill(database: Path, seconds: float) -> list[str]:
    """Start a writer, SIGKILL it after ``seconds``; return the ids it reported as written."""
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(database)], cwd=REPO_ROOT,
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "ready"
    time.sleep(seconds)
    os.kill(writer.pid, signal.SIGKILL)
    output, _ = writer.communicate(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    return [line for line in output.splitlines() if _UUID.fullmatch(line)]  # a torn line is not a write


def test_sigkill_never_corrupts_or_loses_returned_writes(tmp_path: Path) -> None:
    """After every kill: integrity_check passes and every reported annotation is there."""
    database = tmp_path / "reader.sqlite3"
    rng = random.Random(20231)
    reported: list[str] = []
    for _round in range(KILLS):
        reported += _run_and_kill(database, rng.uniform(0.02, 0.25))
        with AnnotationStore(database) as store:
            assert store.integrity_ok()
            stored = {annotation.id for annotation in store.annotations("doc")}
        missing = [annotation_id for annotation_id in reported if annotation_id not in stored]
        assert not missing, (len(missing), len(reported), len(stored), missing[:3])
    assert len(reported) > KILLS  # the writers really wrote between the kills
