"""The background call that reads a report while Qt starts, and the SHA-256 behind identities."""

from __future__ import annotations

import hashlib
import threading

import pytest

from reader.core.background import BackgroundCall
from reader.core.digest import sha256_hex
from reader.core.errors import LoadError
from reader.core.report import load_report_in_background
from tests.conftest import SEED_PATH


def test_result_and_callbacks_before_and_after_done() -> None:
    """Callbacks added before the end run once it is done; those added after run at once."""
    release = threading.Event()
    call = BackgroundCall(lambda: release.wait() and 42)
    seen: list[int] = []
    call.add_done_callback(lambda done: seen.append(done.result()))
    assert not call.done() and seen == []
    release.set()
    assert call.result() == 42 and call.exception() is None
    assert call.wait(5) and call.done()
    call.add_done_callback(lambda done: seen.append(done.result() + 1))
    assert seen == [42, 43]


def test_exception_is_kept_for_whoever_asks() -> None:
    """The function's exception comes back from result() and exception(), not in the thread."""
    call = BackgroundCall(int, "not a number")
    assert isinstance(call.exception(), ValueError)
    with pytest.raises(ValueError):
        call.result()


def test_load_report_in_background(tmp_path) -> None:
    """A report loads off the calling thread; a bad file gives its LoadError."""
    report = load_report_in_background(SEED_PATH).result()
    assert report.document.title == "东城区政府工作报告"
    assert isinstance(load_report_in_background(tmp_path / "missing.txt").exception(), LoadError)


@pytest.mark.parametrize("data", [b"", "政府工作报告".encode() * 1000, bytes(range(256))])
def test_sha256_matches_hashlib(data: bytes) -> None:
    """The built-in SHA-256 gives hashlib's digests, so stored identities stay valid."""
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
