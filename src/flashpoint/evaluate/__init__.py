"""flashpoint.evaluate: score extracted events against the hand-coded gold set."""

from flashpoint.evaluate.events import (
    EventScores,
    GoldEvent,
    GoldReport,
    format_errors,
    format_scores,
    load_gold,
    load_predictions,
    run,
    score,
)

__all__ = [
    "EventScores",
    "GoldEvent",
    "GoldReport",
    "format_errors",
    "format_scores",
    "load_gold",
    "load_predictions",
    "run",
    "score",
]
