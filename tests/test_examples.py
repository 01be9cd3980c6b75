"""The bundled examples yield what examples/README.md says they yield.

The README's table ("What each example yields") is read as data: one row per report with its
number of events and their count by PLOVER type. A change of the extractor that changes an example's
output fails here until the README says what the example now yields.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from flashpoint.events import extract_article
from flashpoint.ingest import read_inputs
from flashpoint.model import Article

EXAMPLES = Path(__file__).parents[1] / "examples"
PUBLISHED = {"report.txt": date(2024, 3, 14)}  # the date the README tells users to pass
_ROW = re.compile(r"^\|\s*`(?P<input>[^`]+)`\s*\|\s*`(?P<report>[^`]+)`\s*\|\s*(?P<events>\d+)\s*\|(?P<types>[^|]*)\|")


def claimed_yields() -> dict[tuple[str, str], tuple[int, Counter[str]]]:
    """(input, report id) -> (events, events by type), from the README's table."""
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    section = readme.split("## What each example yields", 1)[1]
    rows = {}
    for line in section.splitlines():
        if m := _ROW.match(line):
            types = Counter({t: int(n) for t, n in re.findall(r"([A-Z]+) (\d+)", m["types"])})
            rows[(m["input"], m["report"])] = (int(m["events"]), types)
    return rows


def actual_yields() -> dict[tuple[str, str], tuple[int, Counter[str]]]:
    found = {}
    for name in sorted({name for name, _ in claimed_yields()}):
        for item in read_inputs([EXAMPLES / name], published=PUBLISHED.get(name)):
            assert isinstance(item, Article), f"{name}: {item}"
            events = extract_article(item)
            found[(name, item.id)] = (len(events), Counter(e.type for e in events))
    return found


def test_the_readme_table_lists_every_example_file() -> None:
    claimed = claimed_yields()
    files = {p.name for p in EXAMPLES.iterdir() if p.name != "README.md"}
    assert {name for name, _ in claimed} == files
    assert all(n == sum(types.values()) for n, types in claimed.values()), "a row's counts do not add up"


@pytest.fixture(scope="module")
def actual() -> dict[tuple[str, str], tuple[int, Counter[str]]]:
    return actual_yields()


def test_every_report_of_the_examples_is_in_the_readme(actual: dict) -> None:
    assert set(actual) == set(claimed_yields())


@pytest.mark.parametrize("key", sorted(claimed_yields()), ids=lambda k: f"{k[0]}:{k[1]}")
def test_an_example_yields_what_the_readme_says(actual: dict, key: tuple[str, str]) -> None:
    (n, types), (want_n, want_types) = actual[key], claimed_yields()[key]
    assert (n, dict(types)) == (want_n, dict(want_types)), (
        f"{key[0]} {key[1]} now yields {n} events ({', '.join(f'{t} {c}' for t, c in sorted(types.items()))}): "
        "update examples/README.md if that is the better output"
    )
