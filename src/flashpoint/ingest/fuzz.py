"""A fuzzing entry point: any bytes, under any supported extension, must read without raising.

import atheris, sys
from flashpoint.ingest.fuzz import fuzz_one
atheris.Setup(sys.argv, fuzz_one)
atheris.Fuzz()
"""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path

from flashpoint.ingest.problems import ERROR, WARNING, InputProblem
from flashpoint.ingest.readers import READERS, read_inputs
from flashpoint.model import Article

_FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
FUZZ_EXTENSIONS: tuple[str, ...] = tuple(sorted(READERS)) + (".dat",)  # .dat: no extension match


def fuzz_one(data: bytes) -> None:
    """Write `data` under each supported extension and check every result read back is sane.

    Raises whatever a reader raises, or AssertionError when a result breaks the contract.
    """
    with tempfile.TemporaryDirectory(prefix="flashpoint-fuzz-") as tmp:
        for ext in FUZZ_EXTENSIONS:
            path = Path(tmp, f"input{ext}")
            path.write_bytes(data)
            for item in read_inputs([path], published=date(2022, 9, 15)):
                check_result(item)


def check_result(item: object) -> None:
    """The contract of read_inputs results, as assertions."""
    if isinstance(item, InputProblem):
        assert item.severity in (ERROR, WARNING), item
        assert item.where and item.reason and "\n" not in item.reason, item
        return
    assert isinstance(item, Article), f"unexpected result {item!r}"
    assert isinstance(item.text, str) and item.text.strip(), item
    assert "\x00" not in item.text, "NUL in Article.text"
    parsed = item.parse_text
    assert len(parsed) == len(item.text), "the parsed copy moved offsets"
    assert not _FORBIDDEN.search(parsed), "control character in the parsed copy"
    assert item.id and isinstance(item.id, str), item
    item.content_hash  # noqa: B018 - must encode: no lone surrogates
