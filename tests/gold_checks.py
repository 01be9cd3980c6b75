"""Checks that every gold set (development and held-out) must pass, shared by their test modules."""

from __future__ import annotations

import re

from flashpoint.evaluate.events import GoldReport, split_sentences

ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def check_short_wire_copy(reports: list[GoldReport]) -> None:
    """4-24 sentences (live blogs, round-ups, weekly monitors and explainers run longer than wire copy), a
    publication date, and an id that is the file name."""
    for r in reports:
        n = len(split_sentences(r.text))
        assert 4 <= n <= 24, f"{r.path.name}: {n} sentences"
        assert r.published is not None, r.path.name
        assert r.path.stem == r.id, f"{r.path.name}: id {r.id} does not match the file name"


def check_anchors(reports: list[GoldReport]) -> None:
    """Every anchor occurs once, inside the sentence it locates; dates are ISO."""
    for r in reports:
        for e in r.events:
            where = f"{r.path.name}: {e.type} {e.anchor!r}"
            assert r.text.count(e.anchor) == 1, where
            start, end = e.sentence
            assert e.anchor in r.text[start:end], where
            if e.date:
                assert ISO.fullmatch(e.date), where
