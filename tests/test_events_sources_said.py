"""Who tells an act when a report cites unnamed "sources": the people of the place, medics, a security force
or a government, never the government by default when the phrase says otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events import extract_article
from flashpoint.model import Article


def teller_sector(text: str) -> str | None:
    events = extract_article(Article(id="t", text=text, published=date(2025, 3, 6)))
    tellers = {e.claimed_by.sector for e in events if e.claimed_by is not None}
    assert len(tellers) == 1, [(e.type, e.claimed_by) for e in events]
    return tellers.pop()


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Gunmen shot dead three traders near Maiduguri on Tuesday, local sources said.", "CVL"),
        ("Armed men abducted a village chief in Kayes region, according to local sources.", "CVL"),
        ("Somali medical sources said shelling had killed four people in Baidoa.", "MED"),
        ("Two rockets hit a market in Idlib, killing five people, hospital sources said.", "MED"),
        ("Insurgents ambushed a convoy near Mopti, killing seven soldiers, security sources said.", "COP"),
        ("Rebels overran an outpost near Beni on Friday, according to military sources.", "MIL"),
        ("Egyptian diplomatic sources said Qatar had hosted talks between Hamas and Israel.", "GOV"),
    ],
)
def test_unnamed_sources_tell_as_what_they_are(text: str, sector: str) -> None:
    assert teller_sector(text) == sector
