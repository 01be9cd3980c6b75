"""cbclass16: families of CAMEO-coded wire sentences the rules coded with another PLOVER type, or not at all.

Sentences written for these tests (other countries and other words than any corpus); each runs the real spaCy model.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from test_events import codes, kinds, only
from test_events import extract as extract_on

PUBLISHED = date(2024, 6, 12)

extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


# ------------------------------------------------------------------ troops given to a peacekeeping mission (AID 074)


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("Ghana is sending 400 soldiers to the UN peacekeeping mission in Lebanon.", "GHA"),
        ("Uruguayan peacekeepers arrived in Goma on Monday to join the UN peacekeeping mission.", "URY"),
        ("Senegal announced the deployment of 150 police officers to Haiti on a peacekeeping mission.", "SEN"),
        ("About 800 Fijian troops were deployed as peacekeepers in the Golan Heights.", "FJI"),
        ("Some 600 Egyptian soldiers were deployed as peacekeeping forces along the border.", "EGY"),
        ("Some 200 Chadian soldiers landed in Bangui on Friday for a peacekeeping operation.", "TCD"),
        ("Nepalese peacekeepers arrived at Bangui airport to join the United Nations Mission in the Central African "
         "Republic.", "NPL"),
        ("Rwandan troops landed in Juba on Monday to reinforce the UN mission there.", "RWA"),
    ],
)
def test_troops_sent_to_serve_in_a_peacekeeping_mission_are_help_given(text: str, giver: str) -> None:
    aid = only(extract(text), "AID")
    assert aid.cameo == "074" and giver in codes(aid.source)
    assert "MOBILIZE" not in kinds(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya sent more peacekeepers to the border on Tuesday.",   # a mission moving its own peacekeepers
        "The UN mission said it had sent peacekeepers to Ayod to protect civilians.",
        "The Security Council on Sunday approved the deployment of a peacekeeping force in Cyprus.",
        "The peacekeeping force sent two battalions to the border town.",
        "About 800 Fijian troops were deployed to the operation.",
        "Kenyan troops arrived in Goma to attack the rebels.",
    ],
)
def test_peacekeepers_moved_about_or_a_force_deployed_stay_a_deployment(text: str) -> None:
    events = extract(text)
    assert "MOBILIZE" in kinds(events) and "AID" not in kinds(events)


# ------------------------------------------------------------------ forces sent for disaster relief (PLOVER: AID)


@pytest.mark.parametrize(
    ("text", "giver", "helped"),
    [
        ("Canada deployed two medical teams to Turkey after the earthquake.", "CAN", "TUR"),
        ("Indian army units arrived in Sri Lanka to help deliver relief after the cyclone.", "IND", "LKA"),
        ("Spain dispatched three search-and-rescue teams to Morocco on Saturday.", "ESP", "MAR"),
    ],
)
def test_teams_and_forces_sent_for_relief_give_aid(text: str, giver: str, helped: str) -> None:
    aid = only(extract(text), "AID")
    assert codes(aid.source) == {giver} and helped in codes(aid.target)


@pytest.mark.parametrize(
    "text",
    ["Police deployed riot units to the square.", "Troops were sent to the border to help stop the smugglers."],
)
def test_forces_sent_for_other_ends_stay_a_deployment(text: str) -> None:
    assert "AID" not in kinds(extract(text))


# ------------------------------------------------------------------ property and smuggled animals handed back (RETREAT)


@pytest.mark.parametrize(
    ("text", "giver", "owner"),
    [
        ("Germany returned a jewelled crown taken in 1900 to Ethiopia on Sunday.", "DEU", None),
        ("Thai officials returned two smuggled tiger cubs to Malaysia.", "THA", "MYS"),
        ("Twelve parrots were returned to Peruvian officials on Friday.", None, "PER"),
    ],
)
def test_valuables_and_smuggled_animals_handed_back_are_a_return(text: str, giver: str | None,
                                                                  owner: str | None) -> None:
    back = only(extract(text), "RETREAT")
    assert back.mode == "return"
    assert giver is None or codes(back.source) == {giver}
    assert owner is None or owner in codes(back.target)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan zoo keepers returned the monkeys to their cages.",
        "Kenyan rangers returned the orphaned elephants to the forest.",
    ],
)
def test_animals_let_back_into_a_cage_or_the_wild_are_no_act(text: str) -> None:
    assert "RETREAT" not in kinds(extract(text))


# ------------------------------------------------------------------ a side's spokesman refusing to yield (REJECT)


def test_a_spokesman_of_the_same_kind_of_side_carries_its_refusal() -> None:
    # gold-format.md: what a side says it will not do is its refusal; "a rebel spokesman" speaks for the rebels
    events = extract("Malian rebels will not free the three Algerian engineers until their demands are met, "
                     "a rebel spokesman told reporters on Monday.")
    refusal = only(events, "REJECT")
    assert codes(refusal.source) == {"MLI"} and refusal.content is not None and refusal.content.type == "RETREAT"
    assert "RETREAT" not in kinds(events)


def test_a_forecast_by_another_side_stays_the_act_negated() -> None:
    events = extract("Malian rebels will not free the three Algerian engineers, an Algerian minister said on Monday.")
    assert "REJECT" not in kinds(events)


# ------------------------------------------------------------------ breaking a ban or a ruling (REJECT, CAMEO 128)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Eritrea has violated a UN ban on the import of small arms and ammunition.", "ERI"),
        ("Tehran violated the ban on enrichment above 60 percent.", "IRN"),
        ("The Nigerien junta flouted the ECOWAS travel ban on its ministers.", "NER"),
        ("Hungary breached an EU court order on asylum seekers.", "HUN"),
        ("An arms embargo imposed in 2011 was violated by Sudan, the panel said.", "SDN"),
    ],
)
def test_breaking_a_ban_or_a_ruling_is_defiance(text: str, who: str) -> None:
    defied = only(extract(text), "REJECT")
    assert defied.mode == "yield" and who in codes(defied.source)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Syrian forces violated the ceasefire in Idlib on Sunday, shelling two villages.", "ASSAULT"),
        ("Russian jets violated Estonian airspace on Friday.", "ASSAULT"),
    ],
)
def test_breaking_a_truce_or_airspace_stays_force(text: str, type_: str) -> None:
    events = extract(text)
    assert type_ in kinds(events) and "REJECT" not in kinds(events)


def test_breaking_rights_is_no_defiance() -> None:
    assert "REJECT" not in kinds(extract("Thai police violated the rights of the detainees."))


# ------------------------------------------------------------------ aid told by its sum or by those it reached


@pytest.mark.parametrize(
    ("text", "giver", "helped"),
    [
        ("Norway made a contribution of $20 million to the World Food Programme.", "NOR", "WFP"),
        ("Sweden has stepped up its help for Sudanese refugees with a donation of 30 million kronor to UNHCR.",
         None, "UNHCR"),
        ("Austria paid $40 million in aid to Lebanon.", "AUT", "LBN"),
        ("Refugees in Poland have received food and blankets from the Red Cross.", "ICRC", None),
    ],
)
def test_aid_told_by_its_sum_or_by_those_it_reached(text: str, giver: str | None, helped: str | None) -> None:
    aid = only(extract(text), "AID")
    assert giver is None or codes(aid.source) == {giver}
    assert helped is None or helped in codes(aid.target)


@pytest.mark.parametrize(
    "text",
    [
        "The senator's contribution to the debate was praised.",
        "Kenya paid $2 million in fines to the court.",
        "Kenya received a letter from Uganda.",
    ],
)
def test_a_contribution_of_words_a_fine_or_a_letter_is_no_aid(text: str) -> None:
    assert "AID" not in kinds(extract(text))


# ------------------------------------------------------------------ leave to enter


def test_leave_to_enter_given_to_named_people_is_access() -> None:
    done = only(extract("Sudan allowed aid workers access to Darfur on Monday."), "RETREAT")
    assert done.mode == "access" and codes(done.source) == {"SDN"}
    # announced for later, a retreat is a concession (PLOVER; gold-format.md)
    promised = only(extract("Pakistan said it would allow UN agencies access to the flooded districts."), "CONCEDE")
    assert codes(promised.source) == {"PAK"} and "UN" in codes(promised.target)


def test_leave_for_foreign_forces_is_no_access_retreat() -> None:
    assert "RETREAT" not in kinds(extract("Manila allowed Japanese forces access to three more naval bases."))


# ------------------------------------------------------------------ words against a person, agreements and invitations


@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian president called the French ambassador a very arrogant man.",
        "On Friday the Turkish minister called his Greek counterpart an incompetent clown.",
    ],
)
def test_an_insult_thrown_at_an_official_is_disapproval(text: str) -> None:
    insult = only(extract(text), "ACCUSE")
    assert insult.mode == "disapprove" and "CONSULT" not in kinds(extract(text))


def test_reneging_on_a_deal_and_withdrawing_an_invitation_are_refusals() -> None:
    renege = only(extract("Venezuela reneged on a debt deal with China on Tuesday."), "REJECT")
    assert codes(renege.source) == {"VEN"}
    events = extract("The Greek minister cancelled a planned visit after Ankara withdrew its invitation.")
    assert "RETREAT" not in kinds(events)
    assert {codes(e.source).pop() for e in events if e.type == "REJECT"} == {"GRC", "TUR"}


# ------------------------------------------------------------------ exercises two countries hold together (COOPERATE)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The exercise, code-named Desert Falcon, was staged by Egyptian paratroopers and Greek special forces.",
         {"EGY", "GRC"}),
        ("France and Chad launched war games near the Libyan border on Monday.", {"FRA", "TCD"}),
        ("Chinese and Russian warships held naval drills in the Sea of Japan.", {"CHN", "RUS"}),
    ],
)
def test_an_exercise_held_by_two_countries_forces_is_joint(text: str, sides: set[str]) -> None:
    joint = only(extract(text), "COOPERATE")
    assert codes(joint.source) == sides
    assert "MOBILIZE" not in kinds(extract(text))


@pytest.mark.parametrize(
    "text",
    ["The Indian army staged an exercise near the border.", "Chinese and Indian troops massed along the border."],
)
def test_one_side_s_exercise_or_two_sides_massing_troops_stay_mobilize(text: str) -> None:
    events = extract(text)
    assert "MOBILIZE" in kinds(events) and "COOPERATE" not in kinds(events)


# ------------------------------------------------------------------ trainers sent, goods handed over, posts given back


def test_soldiers_sent_to_train_another_country_s_forces_give_military_help() -> None:
    events = extract("Britain sent 40 instructors to Ghana to train Ghanaian officers.")
    help_ = only(events, "AID")
    assert codes(help_.source) == {"GBR"} and "GHA" in codes(help_.target) and "MOBILIZE" not in kinds(events)
    assert "AID" not in kinds(extract("Police were sent to the camp to train their dogs."))


def test_goods_handed_over_in_a_headline_are_aid() -> None:
    # the parser reads "hand over 12" as "more than 12"
    gift = only(extract("Japan and UNDP hand over 12 ambulances to the Malawian health ministry."), "AID")
    assert codes(gift.source) == {"JPN", "UNDP"} and codes(gift.target) == {"MWI"}


def test_posts_seized_promised_back_are_a_concession() -> None:
    events = extract("The militia announced it will return the army bases it has seized to the government.")
    assert "CONCEDE" in kinds(events)
    assert "RETREAT" not in kinds(extract("The soldiers returned to their bases on Monday."))


def test_people_held_as_human_shields_whatever_the_parse() -> None:
    held = only(extract("Al-Shabaab fighters held about 300 villagers as human shields in Jilib."), "ASSAULT")
    assert held.mode == "abduct" and "SOM" in codes(held.source) and held.target
    assert "ASSAULT" not in kinds(extract("The ministry held its officials as examples of good conduct."))


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The Armenian army was guilty of violating the ceasefire 40 times along the border.", "ARM"),
        ("The Philippine army was guilty of violating the ceasefire agreement in Maguindanao.", "PHL"),
    ],
)
def test_a_side_guilty_of_breaking_a_truce_broke_it(text: str, side: str) -> None:
    broken = only(extract(text), "ASSAULT")
    assert broken.cameo == "196" and side in codes(broken.source)


def test_guilty_of_breaking_a_trade_deal_is_no_force() -> None:
    assert "ASSAULT" not in kinds(extract("Ghana was guilty of violating the trade agreement with Togo."))
