"""Phrasing families found on development reports g358-g369 (regional and local English-language papers from
Nigeria, Pakistan, the Philippines, India's north-east, Colombia, Ukraine's regions and the Caucasus: named
police and army spokesmen, bandits and dacoits, vigilantes, kidnappings for ransom, land disputes, communal
clashes, local politicians' accusations and threats, headline-like first lines), which were coded before
flashpoint ran on them. Each rule covers a family of phrasings; each test uses sentences written for it.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from flashpoint.model import Actor
from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2025, 3, 12)  # a Wednesday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


def sectors(actors: list[Actor]) -> set[str]:
    return {f"{a.country}-{a.sector}" for a in actors if a.country and a.sector}


# ------------------------------------------------------------------ local actors named by what they are


def test_dacoits_and_miscreants_are_armed_men_of_no_state() -> None:
    """South Asian papers call armed robbers "dacoits" and unknown attackers "miscreants"."""
    for text in ("Armed dacoits kidnapped two traders near Sukkur on Friday, police said.",
                 "Miscreants torched a school bus in Rajshahi on Monday night."):
        attack = only(extract(text), "ASSAULT")
        assert {a.sector for a in attack.source} == {"UAF"}, text


def test_vigilantes_village_volunteers_and_jirgas_are_civilians() -> None:
    """Armed or organised people of no state body: a vigilante group, village volunteers, a jirga of elders."""
    fight = only(extract("Members of a vigilante group exchanged fire with cattle rustlers near Sokoto on "
                         "Sunday, a local councillor said."), "ASSAULT")
    assert "NGA-CVL" in sectors(fight.source)
    talks = only(extract("A jirga of tribal elders held talks with the two clans in Kohat on Saturday."), "CONSULT")
    assert sectors(talks.source) == {"PAK-CVL"}
    fired = only(extract("Village volunteers fired at a hamlet in Kangpokpi district on Friday night."), "ASSAULT")
    assert sectors(fired.source) == {"IND-CVL"}


def test_state_assembly_members_and_south_asian_forces_are_known() -> None:
    """An MLA or MPA sits in a legislature; the Assam Rifles, the CRPF and the Frontier Corps are state forces."""
    blame = only(extract("An MLA from Thoubal accused the CRPF of firing on farmers."), "ACCUSE")
    assert sectors(blame.source) == {"IND-LEG"} and sectors(blame.target) == {"IND-COP"}
    denial = only(extract("The Assam Rifles rejected the allegation as baseless on Tuesday."), "REJECT")
    assert sectors(denial.source) == {"IND-MIL"}
    deployed = only(extract("The Frontier Corps deployed two wings along the Chaman road on Monday."), "MOBILIZE")
    assert sectors(deployed.source) == {"PAK-MIL"}
    assert codes(deployed.source) == {"PAK"}


# ------------------------------------------------------------------ a news headline is the act's first telling


def test_a_headline_that_tells_the_act_leads_the_body_that_tells_it_again() -> None:
    """A local paper's first line tells the act in headlinese; the body tells it again with its day and speaker.
    One event: its evidence is the headline (where it was first told), its fields are the body's, and the body's
    sentence is a further mention."""
    text = ("Bandits abduct 14 travellers on Gusau highway\n"
            "GUSAU — Armed bandits abducted 14 travellers on the Gusau-Funtua highway on Monday night, police said.\n"
            "The state governor condemned the attack.")
    events = extract(text)
    abduction = only(events, "ASSAULT")
    assert abduction.evidence.text == "Bandits abduct 14 travellers on Gusau highway"
    assert abduction.trigger is not None and abduction.trigger.text == "abduct"
    assert any(m.text.startswith("GUSAU") for m in abduction.mentions)
    assert abduction.date is not None and abduction.date.start == "2025-03-10"
    assert abduction.status == "claimed"
    assert only(events, "ACCUSE").evidence.text.startswith("The state governor")


def test_an_act_a_headline_tells_inside_another_leads_nothing() -> None:
    """ "Rebels accuse army of shelling villages": the shelling is what the accusation is about; the headline
    leads the accusation, and the shelling the body claims stays in the body's sentence. A live blog's title
    ("Myanmar live: shelling in Kachin State") names a topic and leads nothing."""
    events = extract("Rebels accuse army of shelling villages in Kachin\n"
                     "MYITKYINA — The Kachin Independence Army accused the military on Tuesday of shelling three "
                     "villages near Bhamo, killing five civilians.\nThe military did not comment.")
    assert only(events, "ACCUSE").evidence.text.startswith("Rebels accuse")
    shelling = only(events, "ASSAULT")
    assert shelling.evidence.text.startswith("The Kachin") and shelling.status == "claimed"
    live = extract("Myanmar live: shelling in Kachin State\n"
                   "The military shelled three villages near Bhamo on Monday, residents said.\n"
                   "The rebels condemned the attack.")
    assert only(live, "ASSAULT").evidence.text.startswith("The military shelled")


# ------------------------------------------------------------------ police English: deployments, a force's own arrests


def test_a_team_drafted_to_a_place_and_a_police_operation_launched_are_deployments() -> None:
    """ "a tactical team has been drafted to the area", "a police operation was launched": a force set to work
    (a law drafted goes to no place, and a killing during an operation is no deployment)."""
    drafted = only(extract("The army drafted two battalions to the border district on Monday."), "MOBILIZE")
    assert {a.sector for a in drafted.source} == {"MIL"}
    operation = only(extract("Police in Larkana said a police operation was launched on Monday with the support of "
                             "Rangers."), "MOBILIZE")
    assert operation.mode == "police" and {a.sector for a in operation.source} == {"COP"}
    assert not [e for e in extract("The ministry drafted a new law on Monday.") if e.type == "MOBILIZE"]


def test_an_agentless_arrest_a_force_tells_of_is_its_own() -> None:
    """ "14 suspects have been arrested, the police spokesperson said": the force that tells it made the arrest;
    a ministry telling of its citizens detained abroad did not."""
    arrest = only(extract("Fourteen suspects have been arrested, the police spokesperson in Jos said on Tuesday."),
                  "COERCE")
    assert sectors(arrest.source) == {"NGA-COP"} and arrest.status == "claimed"
    abroad = only(extract("Ukraine's foreign ministry said two Ukrainian citizens were detained in Minsk on "
                          "Monday."), "COERCE")
    assert not abroad.source


# ------------------------------------------------------------------ local violence: gun duels, crops uprooted


def test_a_gun_duel_is_a_fight_and_uprooted_crops_a_farm_destroyed() -> None:
    """ "killed in a gun duel with robbers" is an exchange of fire; "uprooted cassava seedlings" in a land dispute
    destroys a farm (people "uprooted" from their homes are not crops)."""
    duel = only(extract("Two policemen were killed in a gun duel with robbers in Onitsha on Monday."), "ASSAULT")
    assert duel.mode == "firearms" and "mutual" in duel.notes
    farm = only(extract("Herdsmen uprooted cassava seedlings on a farm in Agatu on Monday, residents said."),
                "ASSAULT")
    assert farm.mode == "destroy" and sectors(farm.source) == {"NGA-CVL"}
    assert not [e for e in extract("The floods uprooted hundreds of families in Sindh last month.")
                if e.mode == "destroy"]


def test_authorities_closing_a_road_restrict_movement() -> None:
    """ "The district administration closed the road to all traffic" restricts people's movement; a road closed
    by no one named ("for repairs") tells no act."""
    closure = only(extract("The district administration closed the Kohat-Hangu road to all traffic on Friday."),
                   "COERCE")
    assert closure.mode == "restrict" and sectors(closure.source) == {"PAK-GOV"}
    assert not extract("The road was closed for repairs in Lahore on Monday.")


def test_attackers_falling_back_into_cover_are_part_of_their_fight() -> None:
    """ "opened fire on a police party ... but retreated into the forests": no withdrawal beside the fight; a force
    that withdraws from a town after fighting for it withdraws."""
    events = extract("Police said the dacoits opened fire on a police party near Ghotki on Monday, injuring a "
                     "constable, but retreated into the forests.")
    assert [e.type for e in events] == ["ASSAULT"]
    kherson = extract("Russian troops fought for weeks and retreated from Kherson in November.")
    assert "RETREAT" in {e.type for e in kherson}


def test_captives_who_regained_freedom_seized_nothing() -> None:
    events = extract("Eleven villagers abducted by bandits in Kaduna have regained freedom, relatives said on Monday.")
    assert "COERCE" not in {e.type for e in events}
    assert only(events, "ASSAULT").mode == "abduct"


# ------------------------------------------------------------------ warnings and threats


def test_a_warning_to_people_not_to_act_is_a_threat_aimed_at_them() -> None:
    """ "warned villagers not to cooperate with the army": the armed group threatens the villagers; the villagers
    refused nothing (no REJECT by them), and what they are not to do is the threat's content."""
    events = extract("The rebels warned villagers near Bhamo not to cooperate with the army.")
    assert "REJECT" not in {e.type for e in events}
    warning = only(events, "THREATEN")
    assert {a.sector for a in warning.source} == {"REB"} and {a.sector for a in warning.target} == {"CVL"}
    assert warning.content is not None and warning.content.status == "negated"


def test_detentions_raised_with_a_mission_hold_no_one_of_that_mission() -> None:
    """ "raised the detentions with the OSCE mission": whom one speaks to about the detentions, not who was held."""
    events = extract("Russian border guards detained two Georgian shepherds near Ergneti on Sunday. The foreign "
                     "ministry raised the detentions with the OSCE mission on Monday.")
    assert not [e for e in events if e.type == "COERCE" and "OSCE" in codes(e.target)]
    assert codes(only(events, "COERCE").target) == {"GEO"}


# ------------------------------------------------------------------ nothing to code


def test_a_road_blocked_by_no_one_in_a_report_on_floods_is_no_blockade() -> None:
    """In a report about floods, "the highway was blocked at several places" names no one who blocked it: the
    floods did. Flood victims who block a highway to demand relief protest all the same."""
    flood = ("Floods kill six in Sylhet as rivers burst their banks\n"
             "SYLHET — Six people drowned and thousands were marooned after heavy rain swelled rivers across Sylhet "
             "on Tuesday, officials said.\n"
             "The Sylhet-Sunamganj highway was blocked at several places, and landslides cut off three villages.\n"
             "The flood warning centre said the rain would continue for two more days, and more flooding is expected.")
    assert not extract(flood)
    victims = ("Flood victims block highway in Sylhet\n"
               "SYLHET — Hundreds of flood victims blocked the Sylhet-Sunamganj highway on Tuesday, demanding relief, "
               "officials said.\n"
               "Floods have killed six people in the district this week and more flooding is expected.")
    assert only(extract(victims), "PROTEST").mode == "obstruct"


def test_a_headline_leads_the_fight_it_tells_and_names_its_sides() -> None:
    """ "Two villages clash over grazing land" leads the fight the lead tells ("when men from neighbouring villages
    fought on Sunday"), not the burning of huts told beside it, and keeps the day the body gives."""
    events = extract("Two villages clash over grazing land in Plateau State, 5 dead\n"
                     "JOS — At least five people were killed and several huts set ablaze when men from neighbouring "
                     "villages fought on Sunday, police said.\n"
                     "The state government imposed a curfew on the area on Monday.")
    clash = next(e for e in events if e.evidence.text.startswith("Two villages clash"))
    assert clash.type == "ASSAULT" and clash.mode == "firearms"
    assert sectors(clash.source) == {"NGA-CVL"}
    assert clash.date is not None and clash.date.start == "2025-03-09"


def test_police_ranks_name_the_force_that_speaks() -> None:
    """ "SSP Rohail Khoso said ...", "District Police Officer ... said": a police officer's claim, and the arrests
    he tells of without a doer are his force's."""
    events = extract("KASHMORE: SSP Rohail Khoso said a police operation was launched on Monday. Two suspected "
                     "facilitators of the gang were taken into custody in Kandhkot on Monday night, he added.")
    arrest = only(events, "COERCE")
    assert arrest.claimed_by is not None and arrest.claimed_by.sector == "COP"
    assert sectors(arrest.source) == {"PAK-COP"}
