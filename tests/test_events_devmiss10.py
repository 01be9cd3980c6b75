"""Phrasing families found by classifying every miss and false positive of the development set (session 10).

Each rule covers a family of phrasings (verb, noun, light verb, passive); each test uses sentences written for it,
with other countries and words than the development reports.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 5, 15)  # a Friday


extract = partial(extract_on, published=PUBLISHED)


# ------------------------------------------------------------------ a force's posture: operations stepped up, searches


def test_operations_stepped_up_or_intensified_are_a_mobilisation() -> None:
    """ "ordered the army to step up operations against X", "intensified operations in the region", "ramped up
    security operations": a force's posture raised (PLOVER MOBILIZE), aimed at whoever the operations are against."""
    step = only(extract("President Tinubu ordered the army to step up operations against Boko Haram in Borno."),
                "MOBILIZE")
    assert codes(step.source) == {"NGA"} and step.status == "occurred"
    assert "NGA" in codes(step.target) or "BOKOHARAM" in codes(step.target)
    more = only(extract("Peruvian troops intensified operations against Shining Path remnants in the VRAEM valley."),
                "MOBILIZE")
    assert codes(more.source) == {"PER"} and more.status == "occurred"
    ramp = only(extract("The Malian army ramped up security operations around Gao on Thursday."), "MOBILIZE")
    assert codes(ramp.source) == {"MLI"}


def test_joint_operations_stepped_up_stay_cooperation() -> None:
    """ "pledged to step up joint operations along their border": joint operations are cooperation (PLOVER), promised
    here (AGREE with the cooperation as content), no mobilisation."""
    events = extract("Chad and Cameroon pledged on Monday to step up joint operations along their shared border.")
    assert "MOBILIZE" not in {e.type for e in events}
    pledge = only(events, "AGREE")
    assert codes(pledge.source) == {"TCD", "CMR"}


def test_combing_and_sanitisation_operations_are_searches_not_assaults() -> None:
    """ "launched a combing operation", "conducted a sanitisation operation": forces sweep an area for attackers, a
    deployment (as a cordon-and-search operation is) until they fight."""
    comb = extract("Indian Army troops launched a combing operation in the forests of Rajouri on Wednesday.")
    assert [e.type for e in comb] == ["MOBILIZE"]
    assert codes(comb[0].source) == {"IND"}
    clean = extract("Pakistani troops conducted a sanitisation operation in North Waziristan after the ambush.")
    assert "MOBILIZE" in {e.type for e in clean}
    assert "ASSAULT" not in {e.type for e in clean if e.trigger.text == "operation"}


# ------------------------------------------------------------------ crowds that gather before a seat of power


def test_a_crowd_gathered_in_front_of_a_seat_of_power_protests() -> None:
    """ "gathered in front of the embassy" is the same act as "gathered outside the embassy": a protest by the crowd,
    aimed (with no stated target) at the government of the place."""
    rally = only(extract("Several hundred farmers gathered in front of the French embassy in Dakar on Monday."),
                 "PROTEST")
    assert codes(rally.source) == {"SEN"} and rally.status == "occurred"
    assert codes(rally.target) == {"SEN"}


def test_a_crowd_that_gathered_outside_in_a_relative_clause_protests() -> None:
    """ "police dispersed supporters who had gathered outside the counting centre", "relatives of the miners, who
    gathered outside the court building": the gathering told in the clause is a protest of its own, beside the
    crowd control that met it."""
    events = extract("In Kumasi, police used tear gas to disperse about 300 opposition supporters who had gathered "
                     "outside a counting centre.")
    rally = only(events, "PROTEST")
    assert codes(rally.source) == {"GHA"} and rally.status == "occurred"
    gas = only(events, "ASSAULT")
    assert codes(gas.source) == {"GHA"} and gas.mode == "crowd-control"
    relatives = only(extract("Relatives of the missing miners, who gathered outside the court building in Lima, "
                             "held up photographs of the men."), "PROTEST")
    assert "PER" in codes(relatives.source) | codes(relatives.target)
    front = only(extract("Police in Nairobi fired tear gas at traders who had gathered in front of the county "
                         "headquarters."), "PROTEST")
    assert codes(front.source) == {"KEN"}


def test_people_who_gathered_for_no_protest_are_no_protest() -> None:
    """A gathering in a relative clause needs a seat of power before it: "residents who gathered in the square to
    celebrate" or "mourners who gathered at the cemetery" protest nothing."""
    assert "PROTEST" not in {e.type for e in extract(
        "Mourners who had gathered at the cemetery in Kano prayed for the victims of the flood.")}


# ------------------------------------------------------------------ releases told without who released


def test_an_agentless_release_is_made_by_whoever_took_the_people() -> None:
    """ "they were freed days later", "nine of the captives were released on Monday", "five were released on bail":
    the release (RETREAT) is made by the captor of the abduction or arrest told before it."""
    freed = only(extract("In 2019, armed men abducted 80 pupils from a school in Kankara; they were freed days later."),
                 "RETREAT")
    assert codes(freed.source) == {"NGA"} and freed.status == "occurred"
    assert [a.sector for a in freed.source] == ["UAF"]
    bail = only(extract("Police arrested 12 activists in Harare on Monday. Five were released on bail on Wednesday."),
                "RETREAT")
    assert [(a.country, a.sector) for a in bail.source] == [("ZWE", "COP")]
    said = only(extract("Bandits kidnapped 40 worshippers from a mosque in Katsina on Friday. Nine of the captives "
                        "were released on Monday, a local official said."), "RETREAT")
    assert codes(said.source) == {"NGA"} and said.status == "claimed"


def test_an_act_some_days_later_than_a_month_is_past_not_planned() -> None:
    """ "seized in January; released two weeks later": "later" counts from a narrated day; with only a month before
    it the text gives no day to count from, and the release is no planned act dated after publication."""
    freed = only(extract("Gunmen seized 30 villagers in Kogi in January. The villagers were released two weeks later."),
                 "RETREAT")
    assert freed.status == "occurred"
    assert freed.date is None or freed.date.start <= PUBLISHED.isoformat()
    assert codes(freed.source) == {"NGA"}


# ------------------------------------------------------------------ pressure kept up until a demand is met


def test_pressure_kept_up_until_another_side_acts_is_a_threat_to_that_side() -> None:
    """ "vowed to keep up their protest until the fee rise is withdrawn", "would keep blocking fuel supplies until the
    junta frees their leader", "we will stay on the streets until they resign": an ultimatum (THREATEN, made now),
    aimed at whoever the clause under "until" names."""
    vow = only(extract("Nurses in Harare vowed to keep up their strike until the government raises their pay."),
               "THREATEN")
    assert codes(vow.source) == {"ZWE"} and codes(vow.target) == {"ZWE"} and vow.status == "occurred"
    assert [a.sector for a in vow.target] == ["GOV"]
    block = only(extract("The rebels said they would keep blocking fuel supplies to Niamey until the junta frees "
                         "their leader."), "THREATEN")
    assert codes(block.target) == {"NER"} and block.status == "occurred"
    streets = only(extract('"We will stay on the streets until the president resigns," an opposition leader told '
                           "the crowd in Lome."), "THREATEN")
    assert codes(streets.target) == {"TGO"}


def test_what_merely_lasts_until_something_happens_threatens_no_one() -> None:
    """A measure in force, talks or patrols that go on "until" something happens, or a span of time ("until further
    notice", "until March"), are no ultimatum."""
    for text in ("The curfew will remain in force in Bamenda until the situation improves.",
                 "The talks in Doha will continue until a deal is reached.",
                 "Police will maintain patrols in Kisumu until the situation calms down.",
                 "Protesters said they would keep up their sit-in outside parliament in Accra until March."):
        assert "THREATEN" not in {e.type for e in extract(text)}, text


# ------------------------------------------------------------------ a state sends another's forces home


def test_expelling_another_states_troops_is_a_sanction_like_expelling_its_diplomats() -> None:
    """ "Niger expelled French troops", "expelled the French military contingent": the tie cut (SANCTION/expel), as
    for diplomats; forces driven "from" a place ("rebels expelled government forces from Kidal") are not."""
    troops = only(extract("Chad expelled French troops in January."), "SANCTION")
    assert troops.mode == "expel" and codes(troops.source) == {"TCD"} and codes(troops.target) == {"FRA"}
    driven = extract("Rebels expelled government forces from the town of Menaka on Sunday.")
    assert "SANCTION" not in {e.type for e in driven}


# ------------------------------------------------------------------ cooperation thanked for


def test_cooperation_thanked_for_is_the_thanked_sides_act_toward_the_thanker() -> None:
    """ "thanked the Government of Japan for its continued cooperation in intelligence matters": the thanks
    (SUPPORT) and the cooperation thanked for (COOPERATE, Japan toward the thanker), told as a fact."""
    events = extract("The Kenyan defence ministry thanked the Government of Japan for its continued cooperation in "
                     "maritime security.")
    help_ = only(events, "COOPERATE")
    assert codes(help_.source) == {"JPN"} and codes(help_.target) == {"KEN"} and help_.status == "occurred"
    thanks = only(events, "SUPPORT")
    assert codes(thanks.source) == {"KEN"} and "JPN" in codes(thanks.target)
    plain = extract("Kenya thanked Uganda for hosting the summit in Kampala.")
    assert "COOPERATE" not in {e.type for e in plain}


# ------------------------------------------------------------------ ships that shadow another side's ships


def test_warships_shadowing_another_sides_ships_are_a_show_of_force() -> None:
    """ "two Russian warships tailed a Japanese destroyer", "a frigate shadowed the Philippine vessel": MOBILIZE aimed
    at the followed craft's side; "sent ships to shadow the fleet" is a purpose, and police tailing a suspect no
    show of force."""
    tail = only(extract("Two Russian warships tailed a Japanese destroyer near Hokkaido on Monday."), "MOBILIZE")
    assert codes(tail.source) == {"RUS"} and codes(tail.target) == {"JPN"} and tail.status == "occurred"
    shadow = only(extract("A Chinese navy frigate shadowed the Vietnamese vessel for six hours, the coast guard said."),
                  "MOBILIZE")
    assert "VNM" in codes(shadow.target) and shadow.status == "claimed"
    assert "MOBILIZE" not in {e.type for e in extract("Police tailed the suspect for weeks before arresting him in "
                                                       "Mombasa.")}


# ------------------------------------------------------------------ forces that close roads


def test_forces_closing_roads_or_bridges_restrict_movement() -> None:
    """ "security forces closed the bridges leading to the government district", "the army shut the highway":
    COERCE/restrict by the force; roads closed by a flood name no force and are no act."""
    bridges = only(extract("Lebanese security forces closed the bridges leading to the parliament in Beirut on "
                           "Friday."), "COERCE")
    assert bridges.mode == "restrict" and codes(bridges.source) == {"LBN"} and bridges.status == "occurred"
    highway = only(extract("The army shut the highway between Goma and Sake on Friday."), "COERCE")
    assert codes(highway.source) == {"COD"}
    assert "COERCE" not in {e.type for e in extract("Flood water closed roads across Kanawha County on Monday.")}
