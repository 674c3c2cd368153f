"""Startup and big-file benchmark (run by hand; results go to docs/PERFORMANCE.md).

Measures, in one run:
1. the floor: a bare PySide6 window showing the seed text, process start to first paint;
2. the app: `main.py` on the seed, process start to the report rendered;
3. opening the whole corpus concatenated (about 1 M characters) in a running window,
   and the longest time the event loop was blocked while doing so.
Run under a real display (xvfb-run) or with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "beijing_dongcheng_2023.txt"
CORPUS = REPO / "tests" / "data" / "corpus"

FLOOR_CHILD = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit
app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QTextEdit()
view.setReadOnly(True)
view.setPlainText(open(sys.argv[1], encoding="utf-8").read())
window.setCentralWidget(view)
window.resize(1280, 860)
window.show()
app.processEvents()
window.repaint()
print("ready", flush=True)
"""

APP_CHILD = """
import os, sys
os.environ["READER_EXIT_AFTER_RENDER"] = "1"
from reader.app import main
sys.exit(main([sys.argv[1]]))
"""

BIG_CHILD = """
import sys, time
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from reader.ui.main_window import ReaderWindow
from reader.ui.settings import AppSettings
app = QApplication(sys.argv[:1])
window = ReaderWindow(AppSettings())
window.resize(1280, 860)
window.show()
app.processEvents()
gaps = []
last = [time.perf_counter()]
def tick():
    now = time.perf_counter()
    gaps.append(now - last[0])
    last[0] = now
timer = QTimer(interval=5)
timer.timeout.connect(tick)
timer.start()
started = time.perf_counter()
def done(_report):
    app.processEvents()
    window.repaint()
    elapsed = time.perf_counter() - started
    chars = len(window.report.document.text)
    print(f"ready {elapsed:.3f} {max(gaps or [0]):.3f} {chars}", flush=True)
    QTimer.singleShot(0, app.quit)
window.loader.loaded.connect(done, type=Qt.QueuedConnection)
window.open_path(sys.argv[1])
app.exec()
"""


def time_child(code: str, argument: str, data_dir: str) -> tuple[float, str]:
    """Run a child Python process; return seconds from spawn to its 'ready' line."""
    env = dict(os.environ, READER_DATA_DIR=data_dir, PYTHONPATH=str(REPO))
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, argument], stdout=subprocess.PIPE,
                               text=True, env=env, cwd=REPO)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("ready"):
            elapsed = time.perf_counter() - started
            process.wait(timeout=60)
            return elapsed, line.strip()
    raise RuntimeError(f"child exited with {process.wait()} before it was ready")


def main() -> None:
    """Run the benchmarks and print a Markdown summary."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    # An installed app runs from bytecode (pip compiles it at install time; a source checkout
    # writes __pycache__ on first run). Compile it here too: with PYTHONDONTWRITEBYTECODE set,
    # as in some sandboxes, every start would otherwise compile our ~60 modules from source.
    compileall.compile_dir(REPO / "reader", quiet=1)
    with tempfile.TemporaryDirectory() as data_dir:
        floor, app = [], []
        time_child(FLOOR_CHILD, str(SEED), data_dir)  # warm the file cache
        time_child(APP_CHILD, str(SEED), data_dir)
        for _ in range(args.runs):  # interleave so machine noise hits both alike
            floor.append(time_child(FLOOR_CHILD, str(SEED), data_dir)[0])
            app.append(time_child(APP_CHILD, str(SEED), data_dir)[0])
        big = Path(data_dir) / "corpus_concatenated.txt"
        texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*/*.txt"))]
        big.write_text("\n\n".join(texts), encoding="utf-8")
        big_runs = []
        for _ in range(3):
            _elapsed, line = time_child(BIG_CHILD, str(big), data_dir)
            _ready, seconds, stall, chars = line.split()
            big_runs.append((float(seconds), float(stall), int(chars)))
    floor_median, app_median = statistics.median(floor), statistics.median(app)
    big_median = statistics.median(run[0] for run in big_runs)
    stall_median = statistics.median(run[1] for run in big_runs)
    platform = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "?")
    print(f"platform: {platform}, runs: {args.runs}")
    print("| measurement | median | all runs |")
    print("|---|---|---|")
    print(f"| bare PySide6 window with the seed text (floor) | {floor_median:.3f} s | "
          + ", ".join(f"{value:.3f}" for value in floor) + " |")
    print(f"| report reader on the seed, rendered | {app_median:.3f} s | "
          + ", ".join(f"{value:.3f}" for value in app) + " |")
    print(f"| ratio app / floor | {app_median / floor_median:.2f}× | |")
    print(f"| open corpus concatenated ({big_runs[0][2]:,} chars), rendered | {big_median:.3f} s | "
          + ", ".join(f"{run[0]:.3f}" for run in big_runs) + " |")
    print(f"| longest event-loop stall while opening it | {stall_median:.3f} s | "
          + ", ".join(f"{run[1]:.3f}" for run in big_runs) + " |")


if __name__ == "__main__":
    main()
