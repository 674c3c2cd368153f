"""Annotation benchmark (run by hand; results go to docs/PERFORMANCE.md).

With 10,000 annotations on the seed, in one run:
1. open: load them from SQLite, re-anchor against the text (unchanged, and after an edit near the
   start that moves every one), fill the panel and paint the view;
2. add one annotation through the UI path (store write included), median of 50;
3. filter the panel by text and by colour, median of 20; scroll the panel list by pages.
Run with QT_QPA_PLATFORM=offscreen or under xvfb-run.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
COUNT = 10_000


def _populate(store, document) -> None:
    """Write COUNT annotations spread over the seed."""
    from reader.core.annotations import COLOURS, new_annotation
    from reader.core.attach import attach_annotations

    attach_annotations(store, document)
    rng = random.Random(7)
    text = document.text
    annotations = []
    for number in range(COUNT):
        start = rng.randrange(0, len(text) - 40)
        note = f"批注 {number}" if number % 3 else ""
        annotations.append(new_annotation(text, document.identity, start, start + rng.randint(2, 40),
                                          colour=COLOURS[number % 5], note=note, tags=[f"标签{number % 17}"]))
    store.add_many(annotations)


def main() -> None:
    """Run every measurement and print a Markdown table."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data_dir = tempfile.mkdtemp(prefix="reader-bench-")
    os.environ["READER_DATA_DIR"] = data_dir
    from PySide6.QtWidgets import QApplication

    from reader.core.document import document_from_paragraphs
    from reader.core.report import LoadedReport, load_report
    from reader.core.store import AnnotationStore
    from reader.ui.main_window import ReaderWindow
    from reader.ui.settings import AppSettings

    app = QApplication(sys.argv[:1])
    report = load_report(REPO / "data" / "beijing_dongcheng_2023.txt")
    with AnnotationStore() as store:
        _populate(store, report.document)
    window = ReaderWindow(AppSettings(), "zh")
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window._on_loader_loaded(report)
    window._extract_timer.stop()  # the measured opens below are the window's own path, once each
    app.processEvents()
    rows = []

    def timed_open(loaded: LoadedReport) -> float:
        started = time.perf_counter()
        window._show_annotations(loaded)
        window.annotations_dock.show()
        window.report_view.viewport().repaint()
        app.processEvents()
        return time.perf_counter() - started

    opens = [timed_open(report) for _ in range(6)]
    rows.append(("open 10,000 annotations, first time in the session (imports the panel's modules)",
                 opens[0], opens[:1]))
    rows.append(("open 10,000 annotations again (load, re-anchor, panel, paint)",
                 statistics.median(opens[1:]), opens[1:]))
    paragraphs = [report.document.paragraph_text(i) for i in range(len(report.document.paragraphs))]
    paragraphs[1] = "（新增的一句话，使后面的每条批注都要重新定位。）" + paragraphs[1]
    from reader.core.outline import build_outline

    edited = document_from_paragraphs(paragraphs, path=report.document.path)
    edited_report = LoadedReport(edited, build_outline(edited))
    window.report_view.set_report(edited, edited_report.outline)
    moved = timed_open(edited_report)
    rows.append(("open after an edit moved all of them (first time)", moved, [moved]))
    actions = window.annotations
    view = window.report_view
    adds = []
    writes = []
    text = edited.text
    for number in range(50):
        start = 200 + number * 37
        view.select_range(start, start + 6)
        app.processEvents()  # scrolling settles and the new place is painted first
        started = time.perf_counter()
        actions.highlight("green")
        written = time.perf_counter()
        view.viewport().repaint()
        adds.append(time.perf_counter() - started)
        writes.append(written - started)
    rows.append(("add one annotation (store write, panel row, overlay update)",
                 statistics.median(writes), writes[:5]))
    rows.append(("add one annotation and repaint the text synchronously",
                 statistics.median(adds), adds[:5]))
    panel = actions.panel
    filters = []
    for number in range(10):
        started = time.perf_counter()
        panel.text_filter.setText(f"批注 {number}")
        app.processEvents()
        filters.append(time.perf_counter() - started)
        started = time.perf_counter()
        panel.text_filter.setText("")
        panel.colour_filter.setCurrentIndex(1 + number % 5)
        app.processEvents()
        filters.append(time.perf_counter() - started)
        panel.colour_filter.setCurrentIndex(0)
    rows.append(("filter the panel (text or colour)", statistics.median(filters), filters[:5]))
    bar = panel.tree.verticalScrollBar()
    scrolls = []
    for step in range(30):
        started = time.perf_counter()
        bar.setValue(step * bar.pageStep())
        panel.tree.viewport().repaint()
        scrolls.append(time.perf_counter() - started)
    rows.append(("scroll the panel one page and repaint", statistics.median(scrolls), scrolls[:5]))
    print(f"annotations: {actions.coordinator.store.count_annotations()} in {len(text):,} characters")
    print("| measurement | median | first runs |\n|---|---|---|")
    for name, median, runs in rows:
        print(f"| {name} | {median * 1000:.1f} ms | {', '.join(f'{r * 1000:.1f}' for r in runs)} |")
    window.close()


if __name__ == "__main__":
    main()
