"""Readers for the public geoparsing corpus formats and the places scorer, on tiny files written here
(no corpus text is shipped with flashpoint)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.cli import main
from flashpoint.evaluate.geo import GoldMention, load_places_corpus, score
from flashpoint.model import Place

TEXT = "Floods hit Kherson and Odesa on Monday."

LGL = f"""<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="7"><text><![CDATA[{TEXT}]]></text><toponyms>
<toponym><phrase>Kherson</phrase><start>10</start><end>17</end>
  <gaztag geonameid="706448"><name>Kherson</name><lat>46.65581</lat><lon>32.6178</lon></gaztag></toponym>
<toponym><phrase>Odesa</phrase><start>22</start><end>27</end></toponym>
</toponyms></article></articles>"""

GWN = f"""<?xml version="1.0" ?>
<articles><article file="0"><title>t</title><link>l</link><text>{TEXT}</text><toponyms>
<toponym><extractedName>Kherson</extractedName><type>Literal</type><start>11</start><end>18</end>
  <geonamesID>706448</geonamesID><latitude>46.65581</latitude><longitude>32.6178</longitude></toponym>
</toponyms></article></articles>"""

GEOVIRUS = f"""<articles><article><source>https://example.org/a</source><text>{TEXT}</text><locations>
<location><name>Odesa</name><start>23</start><end>28</end><lat>46.48</lat><lon>30.73</lon><page>p</page></location>
</locations></article></articles>"""

WIKTOR = f"""<?xml version="1.0" encoding="utf-8"?>
<wikiPages><page number="1"><pageTitle>Kherson</pageTitle><toponymName>Kherson</toponymName>
<text><![CDATA[{TEXT}]]></text><toponymIndices count="1"><toponym><start>10</start><end>17</end></toponym>
</toponymIndices><url>u</url><lat>46.65</lat><lon>32.61</lon><feature>city</feature><country>UA</country></page>
</wikiPages>"""


@pytest.mark.parametrize(
    ("name", "content", "found"),
    [
        ("lgl.xml", LGL, [("Kherson", True), ("Odesa", False)]),
        ("gwn.xml", GWN, [("Kherson", True)]),  # an offset one character late is realigned
        ("geovirus.xml", GEOVIRUS, [("Odesa", True)]),  # GeoVirus offsets are one character late
        ("wiktor.xml", WIKTOR, [("Kherson", True)]),
    ],
)
def test_each_format_gives_aligned_gold_toponyms(tmp_path: Path, name: str, content: str,
                                                 found: list[tuple[str, bool]]) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (doc,) = load_places_corpus(path)
    assert doc.text == TEXT
    assert [(g.text, g.located) for g in doc.gold] == found
    assert all(TEXT[g.start : g.end] == g.text for g in doc.gold)


def test_event_location_spans_come_from_their_tokens(tmp_path: Path) -> None:
    record = {"_id": "r1", "text": TEXT, "tokens": [{"start": 0, "end": 6}, {"start": 7, "end": 10},
                                                     {"start": 11, "end": 18}],
              "spans": [{"start": 2, "end": 2, "token_start": 2, "token_end": 2, "label": "LOCATION"}]}
    path = tmp_path / "el.json"
    path.write_text(json.dumps([record, {"_id": "r2", "text": "No place.", "spans": None}]), encoding="utf-8")
    first, second = load_places_corpus(path)
    assert [g.text for g in first.gold] == ["Kherson"] and not first.gold[0].located
    assert second.gold == []


def test_unknown_xml_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "x.xml"
    path.write_text("<rss><channel/></rss>", encoding="utf-8")
    with pytest.raises(ValueError, match="not a places corpus"):
        load_places_corpus(path)


def test_false_places_and_accuracy_over_all_gold() -> None:
    gold = [GoldMention("d", "Kherson", 10, 17, 46.65, 32.61), GoldMention("d", "Odesa", 22, 27, 46.48, 30.73),
            GoldMention("d", "Monday", 31, 37, None, None)]
    predicted = {"d": [Place(text="Kherson", lat=46.6, lon=32.6, start=10, end=17),
                       Place(text="Floods", lat=0.0, lon=0.0, start=0, end=6, kind="embedded"),
                       Place(text="Monday", lat=0.0, lon=0.0, start=31, end=37)]}
    result = score(predicted, gold)
    assert (result.mentions, result.found, result.correct) == (2, 1, 1)
    assert result.accuracy == 0.5 and result.recall == 0.5
    # "Monday" overlaps a gold toponym without coordinates: not a false place
    assert (result.predicted, result.false_places) == (3, 1) and result.false_by_kind["embedded"] == 1


def test_cli_scores_a_places_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lgl.xml"
    path.write_text(LGL, encoding="utf-8")
    assert main(["evaluate", "--places", str(path)]) == 0
    out = capsys.readouterr().out
    assert "acc@161km over all gold         1.000" in out and "false-place share" in out
