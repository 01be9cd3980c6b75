"""Where a command writes: standard output for no `-o` or `-o -`, else a file, opened once here for every
command and format, so that a wrong path gets the same clear message everywhere."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from flashpoint.export.errors import OutputError

STDOUT = "-"


def to_stdout(path: str | Path | None) -> bool:
    return path is None or str(path) == STDOUT


@contextmanager
def open_output(path: str | Path | None, binary: bool = False) -> Iterator[IO[Any]]:
    """A text (or `binary`) stream for `path`; standard output for None or "-", left open afterwards."""
    if to_stdout(path):
        stream: IO[Any] = sys.stdout.buffer if binary else sys.stdout
        yield stream
        stream.flush()
        return
    target = Path(str(path))
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(f"cannot write {target}: the folder {folder} does not exist")
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a folder; name a file in it")
    try:
        fh = target.open("wb") if binary else target.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    with fh:
        yield fh
