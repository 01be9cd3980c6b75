"""What a reader says about an input it could not (fully) use."""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"  # the report was skipped
WARNING = "warning"  # the report was kept, but something was changed or dropped


@dataclass
class InputProblem:
    """One bad input, reported in one line instead of raised, so a batch goes on.

    `where` names the input precisely enough to find it: a path, `path:line` for JSONL,
    `path#itemN` for feed entries, `path#N` for elements of a JSON list.
    """

    where: str
    reason: str
    severity: str = ERROR

    def __post_init__(self) -> None:
        # Messages of third-party parsers can span lines; a problem is always one line.
        self.reason = " ".join(self.reason.split())

    def __str__(self) -> str:
        if self.severity == ERROR:
            return f"{self.where}: {self.reason}"
        return f"{self.where}: {self.severity}: {self.reason}"
