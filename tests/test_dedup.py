"""Deduplication quality on the labelled set in tests/data/dedup, and the scorer itself."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest

from flashpoint.evaluate.dedup import cluster_cases, evaluate, load_cases, score
from flashpoint.store.clustering import generic_acled
from flashpoint.store.dedup import actors_match, conflict, same_act, summarize

pytest_plugins = ["conftest_store"]  # the `db_url` fixture, on both backends

CASES = Path(__file__).parent / "data" / "dedup" / "cases.yaml"


def test_pairwise_scores_count_merged_and_missed_pairs() -> None:
    gold = {"a": "x", "b": "x", "c": "x", "d": "y"}
    assert score({"a": 1, "b": 1, "c": 1, "d": 2}, gold)["f1"] == 1.0
    split = score({"a": 1, "b": 1, "c": 2, "d": 3}, gold)
    assert (split["precision"], round(split["recall"], 3)) == (1.0, 0.333)
    lumped = score({"a": 1, "b": 1, "c": 1, "d": 1}, gold)
    assert (lumped["precision"], lumped["recall"]) == (0.5, 1.0)
    with pytest.raises(ValueError, match="no predicted cluster"):
        score({"a": 1}, gold)


def test_the_labelled_set_is_consistent() -> None:
    reports, gold = load_cases(CASES)
    assert len(gold) == sum(len(evs) for _, evs in reports)  # event ids are unique
    acts = set(gold.values())
    assert len(acts) >= 10 and len(gold) - len(acts) >= 10  # several acts, told several times


HELDOUT = Path(__file__).parent / "data" / "dedup" / "heldout.yaml"


@pytest.mark.parametrize("incremental", [True, False], ids=["report-by-report", "all-at-once"])
def test_dedup_merges_retellings_and_keeps_near_misses_apart(db_url: str, incremental: bool) -> None:
    result = evaluate(CASES, url=db_url, incremental=incremental)
    print(f"\ndedup pairwise precision {result['precision']:.3f} recall {result['recall']:.3f} "
          f"({result['correct_pairs']}/{result['predicted_pairs']} merged pairs right, "
          f"{result['gold_pairs']} gold pairs)")  # fmt: skip
    # A wrong merge is worse than a duplicate: precision first. The misses are mentions too vague
    # to tell two acts apart (a month-dated one; a country-wide one that fits two towns' shelling).
    assert result["precision"] == 1.0
    assert result["recall"] >= 0.75


def test_the_held_out_set_scores_as_reported_in_the_readme(db_url: str) -> None:
    result = evaluate(HELDOUT, url=db_url)
    print(f"\nheld-out dedup precision {result['precision']:.3f} recall {result['recall']:.3f}")
    assert result["precision"] >= 0.95 and result["recall"] >= 0.7


def _partition(assignment: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for event, cluster in assignment.items():
        groups.setdefault(cluster, set()).add(event)
    return {frozenset(g) for g in groups.values()}


def test_clusters_do_not_depend_on_the_order_reports_arrive_in(db_url: str) -> None:
    reports, _ = load_cases(CASES)
    n = len(reports)
    forward, _ = cluster_cases(CASES, url=db_url)
    orders = [list(reversed(range(n))), random.Random(3).sample(range(n), n)]
    for order in orders:
        with tempfile.TemporaryDirectory() as tmp:
            other, _ = cluster_cases(CASES, url=f"sqlite:///{tmp}/o.db", order=order)
        assert _partition(other) == _partition(forward)
    all_at_once, _ = cluster_cases(CASES, incremental=False, order=orders[1])
    assert _partition(all_at_once) == _partition(forward)


def test_no_cluster_spans_two_countries(db_url: str) -> None:
    predicted, _ = cluster_cases(CASES, url=db_url)
    reports, _ = load_cases(CASES)
    country = {ev.id: ev.location.country for _, evs in reports for ev in evs if ev.location}
    for group in _partition(predicted):
        assert len({country[e] for e in group if e in country}) <= 1


def mention(**kw) -> dict:
    base = {"id": "e1", "article": "a1", "type": "ASSAULT", "status": "occurred", "source": [], "target": [],
            "date": {"start": "2022-09-13", "end": "2022-09-13", "precision": "day", "text": "on Tuesday"},
            "location": {"name": "Jermuk", "country": "ARM", "lat": 39.84, "lon": 45.67, "precision": "place"},
            "report": {"published": "2022-09-13"}, "evidence": {"text": "Jermuk was shelled on Tuesday."},
            "fatalities": None}  # fmt: skip
    return {**base, **kw}


AZE = {"text": "Azerbaijani forces", "name": "Azerbaijan", "country": "AZE", "sector": "MIL"}
ARM = {"text": "Armenian troops", "name": "Armenia", "country": "ARM", "sector": "MIL"}


def test_an_unidentified_group_may_be_the_one_another_outlet_names() -> None:
    gunmen = {"text": "gunmen", "sector": "UAF"}
    named = {"text": "IS fighters", "name": "Islamic State Sahel Province", "sector": "REB"}
    assert actors_match(gunmen, named)
    assert not actors_match(named, {"text": "JNIM", "name": "JNIM", "sector": "REB"})
    assert not actors_match({"country": "AZE"}, {"country": "ARM"})


def test_mentions_from_one_report_or_of_different_factuality_never_merge() -> None:
    a = mention()
    assert same_act(a, mention(id="e2", article="a2"))  # the same town and stated day
    assert not same_act(a, mention(id="e2"))  # the same report: two acts it tells apart
    assert not same_act(a, mention(id="e2", article="a2", status="negated"))
    assert same_act(a, mention(id="e2", article="a2", status="claimed"))
    assert not same_act(a, mention(id="e2", article="a2", type="PROTEST"))


def test_a_missing_field_counts_against_a_merge_never_for_it() -> None:
    told = mention(source=[AZE], target=[ARM])
    assert same_act(told, mention(id="e2", article="a2", source=[AZE], target=[ARM]))
    assert not same_act(told, mention(id="e2", article="a2", source=[AZE], target=[ARM], location=None))
    assert not same_act(told, mention(id="e2", article="a2", source=[AZE], target=[ARM], date=None))
    month = {"start": "2022-09", "end": "2022-09", "precision": "month", "text": "in September"}
    assert not same_act(told, mention(id="e2", article="a2", source=[AZE], target=[ARM], date=month))
    # Only the country named and no actor: nothing positive ties the two together.
    country = {"name": "Armenia", "country": "ARM", "lat": 40.25, "lon": 45.0, "precision": "country"}
    other_words = {"text": "Armenia came under fire on Tuesday."}
    assert not same_act(mention(location=country), mention(id="e2", article="a2", location=country,
                                                           evidence=other_words))  # fmt: skip
    assert same_act(mention(location=country, source=[AZE], target=[ARM]),
                    mention(id="e2", article="a2", location=country, source=[AZE], target=[ARM]))  # fmt: skip


def test_places_in_two_countries_or_two_towns_apart_never_merge() -> None:
    goma = {"name": "Goma", "country": "COD", "lat": -1.679, "lon": 29.222, "precision": "place"}
    gisenyi = {"name": "Gisenyi", "country": "RWA", "lat": -1.702, "lon": 29.256, "precision": "place"}
    m23 = {"text": "M23", "name": "M23", "sector": "REB"}
    assert not same_act(mention(location=goma, source=[m23]), mention(id="e2", article="a2", location=gisenyi,
                                                                     source=[m23]))  # fmt: skip
    khartoum = {"name": "Khartoum", "country": "SDN", "lat": 15.501, "lon": 32.560, "precision": "place"}
    omdurman = {"name": "Omdurman", "country": "SDN", "lat": 15.644, "lon": 32.478, "precision": "place"}
    assert conflict(mention(location=khartoum), mention(id="e2", article="a2", location=omdurman))  # 18 km


def test_a_headline_and_the_body_act_it_announces_are_one() -> None:
    headline = mention(headline=True, location=None, fatalities=5, evidence={"text": "Strike kills 5", "start": 0})
    body = mention(id="e2", fatalities=5, source=[AZE], evidence={"text": "A strike...", "start": 20})
    assert same_act(headline, body)
    assert not same_act(headline, mention(id="e3", type="PROTEST"))
    assert not same_act(body, mention(id="e3", evidence={"text": "Another", "start": 80}))  # two body acts
    israel = {"text": "Israel", "name": "Israel", "country": "ISR", "sector": "MIL"}
    hezbollah = {"text": "Hezbollah", "name": "Hezbollah", "sector": "REB"}
    # Within one report roles are never swapped: "Israeli strikes hit Lebanon" is not Hezbollah's rocket fire.
    assert not same_act(mention(headline=True, location=None, source=[israel]),
                        mention(id="e2", source=[hezbollah], target=[israel]))  # fmt: skip


def test_the_merged_record_keeps_the_most_specific_acled_category() -> None:
    strike = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
    clash = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    generic = {"ASSAULT": {("Battles", "Armed clash")}}
    copies = [mention(id=f"e{i:03d}", article=f"a{i}", acled=clash) for i in range(300)]
    merged = summarize("c1", [*copies, mention(id="e999", article="z", acled=strike, mode="aerial")], generic)
    assert category(merged) == strike and merged["mode"] == "aerial"
    shuffled = random.Random(1).sample(copies, len(copies))
    assert category(summarize("c1", [mention(id="e999", article="z", acled=strike), *shuffled], generic)) == strike


def category(merged: dict) -> dict:
    return {k: merged["acled"][k] for k in ("event_type", "sub_event_type")}


KHERSON = {"name": "Kherson", "country": "UKR", "lat": 46.64, "lon": 32.61, "precision": "place"}
KHERSON_OBLAST = {"name": "Kherson Oblast", "country": "UKR", "lat": 46.75, "lon": 33.35, "precision": "admin1"}


def test_the_merged_acled_coding_is_the_one_of_the_member_that_gives_the_category() -> None:
    """Actors and inter codes come with the category; geo_precision with the place the record keeps."""
    strike = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
              "actor1": "Military Forces of Russia (2000-)", "inter1": 8, "actor2": "Civilians (Ukraine)",
              "inter2": 7, "geo_precision": 3}  # fmt: skip
    unnamed = {**strike, "actor1": None, "inter1": None, "actor2": None, "inter2": 0}
    clash = {"event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "Military Forces of Ukraine (2019-)",
             "inter1": 1, "geo_precision": 1}  # fmt: skip
    members = [mention(id="e1", acled=clash, location=KHERSON),
               mention(id="e2", article="a2", acled=unnamed, location=KHERSON_OBLAST),
               mention(id="e3", article="a3", acled=strike, location=KHERSON_OBLAST)]  # fmt: skip
    merged = summarize("c1", members, {"ASSAULT": {("Battles", "Armed clash")}})
    assert merged["location"] == KHERSON  # the finest place any report gives
    assert merged["acled"] == {**strike, "geo_precision": 1}  # the strike as e3 coded it, at e1's town


def test_two_weapons_are_two_acts_and_the_generic_categories_come_from_the_rules() -> None:
    bomb = {"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED"}
    drone = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
    assert conflict(mention(acled=bomb), mention(id="e2", article="a2", acled=drone))
    assert not conflict(mention(acled=drone), mention(id="e2", article="a2", acled=drone))
    assert ("Battles", "Armed clash") in generic_acled()["ASSAULT"]
