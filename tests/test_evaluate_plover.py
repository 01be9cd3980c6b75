"""Sentence-level PLOVER scoring: the readers, the scorer on hand-made predictions, and a real run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from flashpoint.cli import main
from flashpoint.evaluate.plover import format_plover, run_plover, score_plover
from flashpoint.evaluate.plover_readers import (
    QUADS,
    GoldAct,
    PloverSentence,
    cameo_actor,
    cameo_to_plover,
    parse_record,
    read_sentences,
)
from flashpoint.model import EVENT_TYPES

DEV = Path(__file__).parent / "data" / "plover" / "dev.jsonl"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _actor(code: str) -> dict[str, Any]:
    """A predicted actor: three letters are a country, anything else an organisation."""
    country, org = (code, None) if len(code) == 3 else (None, code)
    return {"text": code, "name": None, "country": country, "sector": None, "org": org}


def _event(etype: str, source: list[str] = (), target: list[str] = (), mode: str | None = None) -> dict[str, Any]:
    return {"type": etype, "mode": mode, "source": [_actor(c) for c in source], "target": [_actor(c) for c in target]}


# ------------------------------------------------------------------ the development set itself


def test_development_set_covers_every_type_with_actors() -> None:
    sentences = read_sentences(DEV)
    acts = [a for s in sentences for a in s.acts]
    assert len(sentences) >= 180
    assert {a.label for a in acts} == set(EVENT_TYPES)
    assert all(sum(a.label == t for a in acts) >= 10 for t in EVENT_TYPES)
    assert sum(1 for a in acts if a.target) >= 100
    assert sum(1 for s in sentences if not s.acts) >= 8  # sentences with nothing to code


# ------------------------------------------------------------------ readers


def test_a_record_with_one_act_and_one_with_several() -> None:
    one = parse_record({"id": "a", "text": "Russia blocked Telegram.", "type": "COERCE", "mode": "censor",
                        "source": ["RUS-GOV"]})
    assert one.acts == (GoldAct(("COERCE",), "censor", ("RUS-GOV",)),)
    many = parse_record({"id": "b", "text": "x", "events": [{"type": "PROTEST"}, {"type": "COERCE"}]})
    assert [a.label for a in many.acts] == ["PROTEST", "COERCE"]
    assert parse_record({"id": "c", "text": "Floods hit Nairobi.", "type": None}).acts == ()


def test_actor_spans_must_be_in_the_text() -> None:
    sent = parse_record({"id": "a", "text": "Seoul condemned the launch.", "type": "ACCUSE", "source_text": ["Seoul"]})
    assert sent.acts[0].source_spans == ((0, 5),)
    with pytest.raises(ValueError, match="not in the text"):
        parse_record({"id": "a", "text": "Seoul condemned it.", "type": "ACCUSE", "target_text": ["Pyongyang"]})


def test_a_broken_line_is_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.jsonl", '{"id": "1", "text": "x", "type": "ASSAULT"}\n'
                                         '{"id": "2", "text": "y", "type": "FIGHT"}\n')
    with pytest.raises(ValueError, match=r"bad.jsonl:2: type 'FIGHT'"):
        read_sentences(path)
    path = _write(tmp_path, "codes.jsonl", '{"id": "1", "text": "x", "type": "ASSAULT", "source": ["SDN-XYZ"]}\n')
    with pytest.raises(ValueError, match="SDN-XYZ"):
        read_sentences(path)


def test_cameo_codes_become_plover() -> None:
    assert cameo_to_plover("042") == ("CONSULT", "visit")
    assert cameo_to_plover("0841") == ("RETREAT", "release")
    assert cameo_to_plover("083") == ("CONCEDE", None)  # 081-083 concede, 084-087 retreat
    assert cameo_to_plover("1724") == ("COERCE", "martial-law")
    assert cameo_to_plover("010") == (None, None)  # statements: PLOVER drops them
    assert cameo_actor("USAGOV") == "USA-GOV"
    assert cameo_actor("PSEGZA") == "PSE"
    assert cameo_actor("IGOUNOMIL") == "UN"
    assert cameo_actor("---REB") is None
    assert cameo_actor("ARN") is None  # a made-up country of a test dictionary


def test_petrarch_records_merge_dyads_into_one_act(tmp_path: Path) -> None:
    path = _write(tmp_path, "v.xml", """<Validation><Sentences>
<Sentence date="20240105" id="T1" category="X"/>
<EventCoding eventcode="040" sourcecode="GEOGOV" targetcode="ARM" />
<EventCoding eventcode="040" sourcecode="ARM" targetcode="GEOGOV" />
<Text>
Georgian and Armenian officials
met in Tbilisi.
</Text>
</Sentence>
<Sentence date="20240105" id="T2" category="X">
<EventCoding noevents="True"/>
<Text>Snow fell.</Text>
</Sentence>
</Sentences></Validation>""")
    first, second = read_sentences(path)
    assert first.text == "Georgian and Armenian officials met in Tbilisi."
    assert first.acts == (GoldAct(("CONSULT",), None, ("GEO-GOV", "ARM"), ("ARM", "GEO-GOV")),)
    assert str(first.published) == "2024-01-05"
    assert second.acts == ()


def test_spans_quads_stories_and_police_sentences(tmp_path: Path) -> None:
    conll = _write(tmp_path, "ner.txt", "Kenya B-S\nexpelled O\ntwo B-T\ndiplomats I-T\n. O\n\n")
    (sent,) = read_sentences(conll)
    assert sent.text == "Kenya expelled two diplomats."
    assert sent.acts[0].types == EVENT_TYPES
    assert [sent.text[a:b] for a, b in sent.acts[0].target_spans] == ["two diplomats"]

    quad = _write(tmp_path, "q.tsv", "Troops shelled the town.\t4\nThe minister spoke.\t0\n")
    (sent,) = read_sentences(quad)
    assert sent.acts[0].types == QUADS["material-conflict"]

    story = _write(tmp_path, "s.csv", 'text,label,mode\n"(AFP) --\n\nTeachers struck on Monday.\n\nMore.",PROTEST,'
                                      'STRIKE\n')
    (sent,) = read_sentences(story)
    assert (sent.text, sent.acts[0].types, sent.acts[0].mode) == ("Teachers struck on Monday.", ("PROTEST",), "strike")

    police = _write(tmp_path, "sents.jsonl", json.dumps({"doc_id": 1, "sent_id": 0, "sent_labels": ["ARREST"],
                                                         "sent_text": "police held 5 men."}) + "\n")
    (sent,) = read_sentences(police)
    assert sent.acts == (GoldAct(("COERCE",), source=("IND-COP",)),)


# ------------------------------------------------------------------ scoring


def test_type_source_target_and_coverage_are_counted() -> None:
    gold = [
        PloverSentence("1", "Ukraine accused Russia.", (GoldAct(("ACCUSE",), None, ("UKR-GOV",), ("RUS",)),)),
        PloverSentence("2", "Japan met China.", (GoldAct(("CONSULT",), None, ("JPN",), ("CHN",)),)),
        PloverSentence("3", "Floods.", ()),
        PloverSentence("4", "x", (GoldAct(("PROTEST",)),)),
    ]
    predicted = {
        "1": [_event("ACCUSE", ["UKR"], ["RUS", "UKR"]), _event("ASSAULT", ["RUS"])],
        "2": [_event("CONSULT", ["JPN"])],
        "3": [_event("ASSAULT")],
        "4": [_event("REQUEST")],
    }
    s = score_plover(gold, predicted)
    assert (s.type.correct, s.type.total) == (2, 3)
    assert (s.source.correct, s.source.total) == (2, 2)
    assert (s.target.correct, s.target.total) == (1, 2)
    assert (s.target_exact.correct, s.target_exact.total) == (0, 2)  # UKR is not a target of the accusation
    assert (s.predicted, s.with_source, s.with_target, s.with_both) == (5, 3, 1, 1)
    assert (s.empty_sentences, s.empty_with_events) == (1, 1)
    assert s.per_type["PROTEST"].instead["REQUEST"] == 1
    table = format_plover(s, errors=True)
    assert "type accuracy         0.667" in table
    assert "[2] target  gold CONSULT(JPN->CHN) got CONSULT(JPN->)" in table


def test_spans_judge_actors_by_position() -> None:
    text = "Police in Lagos arrested two journalists."
    gold = [PloverSentence("1", text, (GoldAct(EVENT_TYPES, source_spans=((0, 15),), target_spans=((25, 40),)),))]
    right = {"1": [_event("COERCE")]}
    right["1"][0]["source"] = [{"text": "Police", "country": "NGA"}]
    right["1"][0]["target"] = [{"text": "journalists", "country": None}]
    s = score_plover(gold, right)
    assert (s.type.correct, s.source.correct, s.target.correct) == (1, 1, 1)


# ------------------------------------------------------------------ a real run


HELDOUT = Path(__file__).parent / "data" / "plover" / "heldout.jsonl"
WIRE_DEV = Path(__file__).parent / "data" / "plover" / "wire-dev.jsonl"
WIRE_HELDOUT = Path(__file__).parent / "data" / "plover" / "wire-heldout.jsonl"
COVERAGE_DEV = Path(__file__).parent / "data" / "plover" / "coverage-dev.jsonl"
COVERAGE_HELDOUT = Path(__file__).parent / "data" / "plover" / "coverage-heldout.jsonl"
CAMEO_B_DEV = Path(__file__).parent / "data" / "plover" / "cameo-b-dev.jsonl"
CAMEO_B_HELDOUT = Path(__file__).parent / "data" / "plover" / "cameo-b-heldout.jsonl"
CAMEO_A_DEV = Path(__file__).parent / "data" / "plover" / "cameo-a-dev.jsonl"
CAMEO_A_HELDOUT = Path(__file__).parent / "data" / "plover" / "cameo-a-heldout.jsonl"


@pytest.mark.parametrize(("path", "floors"), [
    # a little under the measured figures (README): a rule change that loses types, sources or targets fails
    (DEV, {"type": 0.94, "source": 0.96, "target": 0.87}),      # the rules were written on it
    # written after them, never tuned on; target 0.885 -> 0.868 when recall work typed one more sentence right
    # whose target is missed (still 46 targets right: the share fell, no target was lost)
    (HELDOUT, {"type": 0.85, "source": 0.94, "target": 0.86}),
    (WIRE_DEV, {"type": 0.94, "source": 0.91, "target": 0.75}),  # long wire-style sentences, tuned on
    (WIRE_HELDOUT, {"type": 0.83, "source": 0.90, "target": 0.71}),  # their other half, never analysed
    # every type and mode as verb, passive, noun, light verb, phrasal and reported speech (first run: type 0.825
    # and 0.823); the held-out part was written with the dev part and only ever scored. The dev part grew by 30
    # sentences of the type-and-mode pass of session 9 (type 0.934, source 0.910, target 0.822)
    (COVERAGE_DEV, {"type": 0.93, "source": 0.90, "target": 0.81}),
    # (target 0.718 -> 0.707 in session 14: cameoA's phrasings typed two more sentences right, one of them with its
    # target missed: 29 targets right of 41 instead of 28 of 39; no target was lost)
    (COVERAGE_HELDOUT, {"type": 0.85, "source": 0.89, "target": 0.70}),
    # every CAMEO code of roots 11-20 in wire style, three sentences each, written before flashpoint ran on them
    # (session 14, cameoB): two a code in the dev part (first run: type 0.809, source 0.893, target 0.696; tuned on:
    # 0.898, 0.896, 0.699), the third in the held-out part, only ever scored (first run 0.803, 0.865, 0.672; at the
    # end 0.834, 0.855, 0.667)
    (CAMEO_B_DEV, {"type": 0.88, "source": 0.88, "target": 0.68}),
    (CAMEO_B_HELDOUT, {"type": 0.82, "source": 0.84, "target": 0.65}),
    # three wire-style sentences for every CAMEO code of roots 03-10, written before flashpoint ran on them: two in
    # the dev part (first run: type 0.792, source 0.969, target 0.784; tuned on: 0.922, 0.964, 0.824), the last one
    # of each code held out and only ever scored (first run: type 0.699, source 0.894, target 0.736; after the dev
    # work: 0.764, 0.892, 0.744)
    (CAMEO_A_DEV, {"type": 0.91, "source": 0.95, "target": 0.81}),
    (CAMEO_A_HELDOUT, {"type": 0.75, "source": 0.87, "target": 0.73}),
])
def test_flashpoint_codes_the_coded_sentences(path: Path, floors: dict[str, float]) -> None:
    scores = run_plover(path)
    assert scores.type.value >= floors["type"]
    assert scores.source.value >= floors["source"]
    assert scores.target.value >= floors["target"]
    assert scores.empty_with_events <= 2


def test_the_command_scores_a_predictions_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _write(tmp_path, "g.jsonl", json.dumps({"id": "s1", "text": "Niger expelled the French ambassador.",
                                                    "type": "SANCTION", "source": ["NER"], "target": ["FRA"]}) + "\n")
    pred = _write(tmp_path, "p.jsonl", json.dumps({"article": "s1", **_event("SANCTION", ["NER"], ["FRA"])}) + "\n")
    assert main(["evaluate", "--plover", str(gold), str(pred)]) == 0
    out = capsys.readouterr().out
    assert "type accuracy         1.000  (1/1)" in out
    assert "target accuracy       1.000" in out
