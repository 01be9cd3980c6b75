"""ACLED's category, actors and place, decided the way ACLED's coders decide: who acted on whom, with
what, and what the report tells around the act (data/acled.yaml). Real spaCy parses, no mocks."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from flashpoint.events import extract_article
from flashpoint.events.acled_actors import acled_actor, sides
from flashpoint.events.lexicon import STATE, LexiconError, default_folder, load_lexicon
from flashpoint.model import Actor, Article, Event

PUBLISHED = date(2024, 5, 21)


def events_of(text: str) -> list[Event]:
    return list(extract_article(Article(id="t", text=text, published=PUBLISHED)))


def category(text: str) -> str | None:
    """The sub-event type of the report's first act with one (what `evaluate --acled` scores)."""
    coded = [e for e in events_of(text) if e.acled]
    return coded[0].acled["sub_event_type"] if coded else None  # type: ignore[index]


# ------------------------------------------------------------------ who attacked whom


@pytest.mark.parametrize("text, expected", [
    ("Gunmen shot dead a local councillor in Zaria on Sunday.", "Attack"),
    ("An off-duty police officer was shot dead by unidentified gunmen in Kaduna on Saturday.", "Attack"),
    ("Militants attacked an army post in Djibo on Friday.", "Armed clash"),
    ("Sudanese army troops and RSF fighters clashed on Sunday in Omdurman.", "Armed clash"),
    ("A group of villagers beat to death a man suspected of stealing a goat in Lira on Sunday.", "Mob violence"),
])  # fmt: skip
def test_the_victims_and_the_attackers_decide_between_attack_clash_and_mob(text: str, expected: str) -> None:
    assert category(text) == expected


def test_an_attack_on_a_civilian_is_flagged_and_names_acled_actors() -> None:
    (ev,) = events_of("Gunmen shot dead a local councillor in Zaria on Sunday.")
    assert ev.acled is not None and ev.fatalities == 1
    assert ev.acled["event_type"] == "Violence against civilians"
    assert ev.acled["disorder_type"] == "Political violence"
    assert ev.acled["civilian_targeting"] == "Civilian targeting"
    assert (ev.acled["actor1"], ev.acled["inter1"]) == ("Unidentified Armed Group (Nigeria)", 3)
    assert ev.acled["geo_precision"] == 1


# ------------------------------------------------------------------ with what


@pytest.mark.parametrize("text, expected", [
    ("Troops opened fire with artillery on villages near Hpakant on Sunday.", "Shelling/artillery/missile attack"),
    ("Unknown assailants hurled a grenade into a bar in Bujumbura on Saturday.", "Grenade"),
    ("A roadside bomb struck an army convoy in Mali on Friday, killing three soldiers.",
     "Remote explosive/landmine/IED"),
    ("A suicide bomber blew himself up near a police van in Peshawar on Monday.", "Suicide bomb"),
    ("A drone strike hit a vehicle near Jilib on Friday.", "Air/drone strike"),
    ("The military used chemical agents against rebels near Mindat on Sunday.", "Chemical weapon"),
    ("Bomb disposal experts defused an explosive device under a bridge near Quetta on Saturday.",
     "Disrupted weapons use"),
])  # fmt: skip
def test_the_weapon_named_anywhere_in_the_clause_decides(text: str, expected: str) -> None:
    assert category(text) == expected


# ------------------------------------------------------------------ protests and what is done to them


@pytest.mark.parametrize("text, expected", [
    ("Teachers gathered in Nakuru on Monday to voice their opposition to the pay freeze.", "Peaceful protest"),
    ("Garment workers staged a sit-in in front of the factory gates in Gazipur on Sunday.", "Peaceful protest"),
    ("Police fired tear gas to disperse hundreds of teachers protesting in Nairobi on Monday.",
     "Protest with intervention"),
    ("Security forces opened fire on demonstrators in Omdurman on Saturday, killing three of them.",
     "Excessive force against protesters"),
    ("A march in Kisumu turned violent on Monday when demonstrators clashed with police and smashed shop windows.",
     "Violent demonstration"),
])  # fmt: skip
def test_a_protest_is_coded_by_what_happened_to_it(text: str, expected: str) -> None:
    assert category(text) == expected


def test_the_police_and_the_protest_they_disperse_are_one_acled_event() -> None:
    evs = events_of("Police fired tear gas to disperse hundreds of teachers protesting in Nairobi on Monday.")
    assert {e.acled["sub_event_type"] for e in evs if e.acled} == {"Protest with intervention"}
    protest = next(e for e in evs if e.type == "PROTEST")
    assert protest.acled is not None and (protest.acled["actor1"], protest.acled["inter1"]) == ("Protesters (Kenya)", 6)


def test_the_violence_a_protest_is_about_is_not_the_protest() -> None:
    evs = events_of("Students marched in Mandalay on Saturday to mark the anniversary of the massacre of 19 "
                    "protesters by soldiers.")  # fmt: skip
    massacre = next(e for e in evs if e.type == "ASSAULT")
    assert massacre.acled is None and "protest is about" in massacre.notes["acled"]
    assert category(massacre.evidence.text) == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "China lodged a protest with Japan on Monday over the release of treated water.",
    "Poland's foreign ministry summoned the Russian ambassador on Monday to protest against a disinformation campaign.",
])  # fmt: skip
def test_a_diplomatic_protest_is_a_verbal_act_with_no_acled_category(text: str) -> None:
    evs = events_of(text)
    assert evs and not any(e.type == "PROTEST" for e in evs)
    assert all(e.acled is None for e in evs)


@pytest.mark.parametrize("text", [
    "A magnitude 6.1 earthquake struck western Nepal on Friday night, killing at least 128 people.",
    "A fuel tanker overturned and caught fire on the highway near Tema on Sunday, killing four motorists.",
    "An explosion at a fireworks warehouse in Ramechhap killed six workers on Saturday.",
    "Real Madrid stormed back to defeat Bayern Munich 2-1 in the semi-final on Wednesday.",
    "Afghan cricketers fought back to win the series against Pakistan in Sharjah on Friday.",
])  # fmt: skip
def test_disasters_accidents_and_sports_are_no_political_violence(text: str) -> None:
    assert category(text) is None


# ------------------------------------------------------------------ territory and strategic developments


@pytest.mark.parametrize("text, expected", [
    ("Nigerian troops regained control of Marte on Thursday after fighting ISWAP.", "Government regains territory"),
    ("Russian forces took control of the village of Ocheretyne in Ukraine on Sunday.",
     "Non-state actor overtakes territory"),
    ("Government troops took over the town of Manbij on Sunday after Kurdish-led forces handed it over without a "
     "shot being fired.", "Non-violent transfer of territory"),
    ("Malian troops set up a new military base in Anefis on Monday.", "Headquarters or base established"),
    ("Armed men raped 12 women near Bunia on Thursday.", "Sexual violence"),
    ("Bandits kidnapped 32 passengers near Kaduna on Sunday.", "Abduction/forced disappearance"),
    ("Police arrested the opposition leader in Tunis on Monday.", "Arrests"),
    ("Rebels looted and set fire to the market in Sennar on Friday.", "Looting/property destruction"),
    ("The government and the rebels signed a ceasefire agreement in Bogota on Saturday.", "Agreement"),
    ("Mali's junta deployed 500 troops to Menaka on Sunday.", "Change to group/activity"),
    ("Mutinous officers seized the presidential palace in Libreville on Wednesday.", "Other"),
])  # fmt: skip
def test_strategic_developments_and_territory(text: str, expected: str) -> None:
    assert category(text) == expected


# ------------------------------------------------------------------ place and toll


def test_the_openers_place_and_the_governing_verbs_place_are_the_acts() -> None:
    (attack,) = events_of("On 3 March 2022, in Tarime (Mara), unidentified gunmen stormed a bar and shot dead a "
                          "waiter.")  # fmt: skip
    assert attack.location is not None and attack.location.name == "Tarime"
    (protest,) = events_of("Teachers gathered in Nakuru on Monday to voice their opposition to the pay freeze.")
    assert protest.location is not None and protest.location.name == "Nakuru"


def test_an_act_naming_no_place_takes_the_reports_town_at_precision_two() -> None:
    evs = events_of("Residents of Nakuru say life is hard.\nGunmen shot dead two traders on Monday night.")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert attack.location is not None and attack.location.name == "Nakuru"
    assert attack.notes["location_from"] == "report" and attack.acled is not None
    assert attack.acled["geo_precision"] == 2


def test_one_victim_is_a_toll_of_one_and_a_fatality_line_joins_its_act() -> None:
    (ev,) = events_of("Gunmen shot dead a local councillor in Zaria on Sunday.")
    assert ev.fatalities == 1
    evs = events_of("On 3 March 2022, unidentified gunmen attacked a bus near Tillaberi. 2 fatalities.")
    assert [e.fatalities for e in evs if e.type == "ASSAULT"] == [2]


# ------------------------------------------------------------------ ACLED's names for the actors

DAY = date(2023, 3, 1)


@pytest.mark.parametrize(("actor", "event_type", "source", "where", "named"), [
    (dict(text="Armenian troops", name="Armenia", country="ARM", sector="MIL"), "Battles", True, "ARM",
     ("Military Forces of Armenia (2018-)", 1)),
    (dict(text="Azerbaijani forces", name="Azerbaijan", country="AZE", sector="MIL"), "Battles", True, "ARM",
     ("Military Forces of Azerbaijan (2003-)", 8)),  # a state's forces abroad are external forces
    (dict(text="riot police", country="GEO", sector="COP"), "Protests", False, "GEO",
     ("Police Forces of Georgia (2018-)", 1)),
    (dict(text="demonstrators", sector="PRO"), "Protests", True, "GEO", ("Protesters (Georgia)", 6)),
    (dict(text="youths", country="KEN", sector="PRO"), "Riots", True, "KEN", ("Rioters (Kenya)", 5)),
    (dict(text="villagers", sector="CVL"), "Riots", True, "KEN", ("Rioters (Kenya)", 5)),  # a mob riots
    (dict(text="At least 11 people", sector="CVL"), "Violence against civilians", False, "NGA",
     ("Civilians (Nigeria)", 7)),
    (dict(text="an off-duty policeman", country="NGA", sector="COP"), "Violence against civilians", False, "NGA",
     ("Civilians (Nigeria)", 7)),
    (dict(text="gunmen", sector="UAF"), "Violence against civilians", True, "NGA",
     ("Unidentified Armed Group (Nigeria)", 3)),
    (dict(text="rebels", sector="REB"), "Battles", True, "COD",
     ("Unidentified Armed Group (Democratic Republic of Congo)", 2)),  # ACLED's spelling of the country
    (dict(text="al-Shabaab", name="al-Shabaab", country="SOM", sector="REB"), "Battles", True, "SOM",
     ("al-Shabaab", 2)),
    (dict(text="the UN", name="United Nations", org="UN", sector="IGO"), "Battles", False, "MLI",
     ("United Nations", 8)),
    (dict(text="its troops", sector="MIL"), "Battles", True, "SOM", None),  # whose troops? not said
    (dict(text="it"), "Battles", True, "SOM", None),
    (dict(text="Jermuk", name="Jermuk"), "Battles", False, "ARM", None),  # a name the coding knows nothing of
])  # fmt: skip
def test_acled_actor_names_come_from_the_knowledge_base_never_raw_words(
    actor: dict, event_type: str, source: bool, where: str, named: tuple | None
) -> None:
    assert acled_actor(Actor(**actor), event_type, source, where, DAY, load_lexicon().acled) == named


def test_when_both_sides_fight_each_camp_keeps_its_own_forces() -> None:
    rules = load_lexicon().acled
    arm_gov, arm_mil = Actor("Armenia", "Armenia", "ARM", "GOV"), Actor("Armenian forces", None, "ARM", "MIL")
    aze_gov, aze_mil = Actor("Azerbaijan", "Azerbaijan", "AZE", "GOV"), Actor("Azerbaijani forces", None, "AZE", "MIL")
    both = [(a, acled_actor(a, "Battles", True, None, DAY, rules)) for a in (arm_gov, aze_gov, aze_mil, arm_mil)]
    assert sides(both, both, True, rules.labels[STATE]) == (
        [("Government of Armenia (2018-)", 1), ("Military Forces of Armenia (2018-)", 1)],
        [("Government of Azerbaijan (2003-)", 1), ("Military Forces of Azerbaijan (2003-)", 1)])  # fmt: skip
    # two armed groups of one country: the coding tells one camp, so the first named faces the other
    groups = [Actor("al-Shabaab", "al-Shabaab", "SOM", "REB"), Actor("IS-Somalia", "IS-Somalia", "SOM", "REB")]
    named = [(a, acled_actor(a, "Battles", True, "SOM", DAY, rules)) for a in groups]
    assert sides(named, named, True, rules.labels[STATE]) == ([("al-Shabaab", 2)], [("IS-Somalia", 2)])


def test_the_acled_field_names_the_actors_as_acled_does() -> None:
    (ev,) = events_of("Congolese troops clashed with M23 rebels near Goma on Monday.")
    assert ev.acled is not None and ev.acled["sub_event_type"] == "Armed clash"
    assert (ev.acled["actor1"], ev.acled["inter1"]) == ("Military Forces of Democratic Republic of Congo (2019-)", 1)
    assert (ev.acled["actor2"], ev.acled["inter2"]) == ("M23", 2)


# ------------------------------------------------------------------ the rules are data


def test_every_sub_event_type_is_the_outcome_of_some_rule() -> None:
    rules = load_lexicon().acled
    assert {r.sub_event_type for r in rules.rules} - {None} == set(rules.categories)
    assert len(rules.categories) == 25


def test_a_name_that_is_both_a_word_class_and_a_type_class_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    shutil.copytree(default_folder(), folder)
    words = folder / "words.yaml"
    text = words.read_text(encoding="utf-8")
    words.write_text(text.replace("  riot_acts: [", "  crowd_control: ["), encoding="utf-8")  # a word class too
    with pytest.raises(LexiconError, match="crowd_control"):
        load_lexicon(folder)


def test_a_rule_file_with_an_unknown_category_or_cue_fails_on_load(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    shutil.copytree(default_folder(), folder)
    acled = folder / "acled.yaml"
    text = acled.read_text(encoding="utf-8")
    acled.write_text(text.replace("acled: Grenade}", "acled: Hand grenade}"), encoding="utf-8")
    with pytest.raises(LexiconError, match="Hand grenade"):
        load_lexicon(folder)
    acled.write_text(text.replace("cues: [grenade]}", "cues: [grenades]}"), encoding="utf-8")
    with pytest.raises(LexiconError, match="grenades"):
        load_lexicon(folder)
    acled.write_text(text.replace(" BUS: 7, NGO: 8,", " NGO: 8,"), encoding="utf-8")  # no inter code for BUS
    with pytest.raises(LexiconError, match="BUS"):
        load_lexicon(folder)
