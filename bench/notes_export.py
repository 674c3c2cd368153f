"""Time building the notes view and every export format for many annotations on the seed report.

Run by hand: ``.venv/bin/python bench/notes_export.py [COUNT]``; prints medians of 5 runs.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.annotations import Annotation
from reader.core.document import open_document
from reader.core.export import FORMATS, build_notes_view, render_notes
from reader.core.export.json_import import parse_notes
from reader.core.indicators import extract_indicators
from reader.core.outline import build_outline
from reader.core.paths import sample_report_path


def median_seconds(function, runs: int = 5) -> float:
    """Median wall time of ``function`` over ``runs`` calls."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    """Print one line per step."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    document = open_document(sample_report_path())
    outline = build_outline(document)
    indicators = extract_indicators(document, outline)
    step = max(1, (len(document.text) - 60) // count)
    annotations = [Annotation(id=f"{i:08d}-0000-4000-8000-000000000000", document=document.identity,
                              start=i * step % (len(document.text) - 60),
                              end=i * step % (len(document.text) - 60) + 40,
                              quote=document.text[i * step % (len(document.text) - 60):][:40],
                              note=f"笔记 {i}\n第二行", tags=("标签",), created="2023-01-01T00:00:00Z")
                   for i in range(count)]
    view = build_notes_view(document, outline, annotations, indicators)
    print(f"{count} annotations on the seed report ({len(document.text)} characters)")
    seconds = median_seconds(lambda: build_notes_view(document, outline, annotations, indicators))
    print(f"notes view: {seconds:.3f} s")
    for export_format in FORMATS:
        seconds = median_seconds(lambda f=export_format: render_notes(view, f), runs=3)
        print(f"{export_format}: {seconds:.3f} s")
    data = render_notes(view, "json")
    print(f"parse json ({len(data) / 1e6:.1f} MB): {median_seconds(lambda: parse_notes(data), runs=3):.3f} s")


if __name__ == "__main__":
    main()
