"""The indicator jobs run in the worker process: pure core, no Qt (pickled both ways)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.indicator_summary import HeadlineRow, ResultTargetPair
    from reader.core.indicators import Indicator
    from reader.core.report import LoadedReport


@dataclass(frozen=True)
class IndicatorResults:
    """Everything the views show about one report's indicators."""

    identity: str
    indicators: list[Indicator] = field(default_factory=list)
    headline: list[HeadlineRow] = field(default_factory=list)
    pairs: list[ResultTargetPair] = field(default_factory=list)
    summarised: bool = False  # headline and pairs computed (they come second: slower)


def extract_results(report: LoadedReport) -> IndicatorResults:
    """The indicators of ``report`` (headline and pairs follow from ``summarise_results``)."""
    from reader.core.indicators import extract_indicators

    return IndicatorResults(report.document.identity, extract_indicators(report.document, report.outline))


def summarise_results(results: IndicatorResults) -> IndicatorResults:
    """Add the headline targets and the result/target pairs."""
    from reader.core.indicator_summary import headline, pair_results_with_targets

    indicators = results.indicators
    pairs = pair_results_with_targets(indicators)
    return replace(results, headline=headline(indicators, pairs), pairs=pairs, summarised=True)


def compute_results(report: LoadedReport) -> IndicatorResults:
    """Indicators, headline and pairs in one go."""
    return summarise_results(extract_results(report))


def warm_up() -> None:
    """Load the core and jieba's dictionary before the first report arrives."""
    from reader.core.segment import tokenizer

    tokenizer()
