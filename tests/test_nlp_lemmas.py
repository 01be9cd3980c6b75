"""Lemma corrections are data: forms the model lemmatises as another word are set right for every stage."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from flashpoint.events import extract_article
from flashpoint.model import Article
from flashpoint.nlp import annotate
from flashpoint.nlp.lemmas import LemmaTableError, read_table


def test_the_bare_parse_has_the_corrected_lemmas() -> None:
    doc = annotate("Ukraine hopes to retake Crimea, and farmers staged protests in Paris.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["hopes"], lemmas["staged"]) == ("hope", "stage")


def test_a_hoped_for_act_is_not_told_as_one_that_happened() -> None:
    """ "hopes" was lemmatised "hop", so the retaking it governs came out as an assault that occurred."""
    events = extract_article(Article(id="t", text="Ukraine hopes to retake Crimea by next year.",
                                     published=date(2024, 3, 14)))  # fmt: skip
    assert not [e for e in events if e.type == "ASSAULT" and e.status == "occurred"]


def test_a_table_line_that_is_not_a_form_and_a_lemma_is_refused_with_its_place(tmp_path: Path) -> None:
    table = tmp_path / "lemmas.tsv"
    table.write_text("# forms\nhopes\thope\nStaged stage\n", encoding="utf-8")
    with pytest.raises(LemmaTableError, match=r"lemmas.tsv:3: expected 'form<TAB>lemma'"):
        read_table(table)
