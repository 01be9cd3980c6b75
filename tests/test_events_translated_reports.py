"""Phrasing families found on development reports g166-g177: news from Arabic-language outlets translated into
English (long sentences chained with "and", stances announced by a noun, acts judged "as" something, calls
received). The reports were coded before flashpoint ran on them; each rule is written for a family of
phrasings, and each test uses sentences written for it.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 12, 3)  # a Thursday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


# ------------------------------------------------------------------ a call or a gift received from someone


def test_a_phone_call_received_comes_from_the_caller() -> None:
    """The one who receives the call is its target, the one it comes from its source."""
    for text, caller, called in (
            ("The Lebanese Prime Minister received a phone call yesterday from the French Foreign Minister.",
             "FRA", "LBN"),
            ("The Syrian Minister of Interior, Anas Khattab, received a phone call from his Jordanian counterpart, "
             "in which they discussed border security.", "JOR", "SYR"),
            ("Egypt's foreign minister received a telephone call from his Qatari counterpart on Wednesday.",
             "QAT", "EGY")):
        call = only(extract(text), "CONSULT")
        assert call.mode == "phone", text
        assert codes(call.source) == {caller} and codes(call.target) == {called}, text


def test_aid_received_from_a_donor_is_the_donors_aid() -> None:
    aid = only(extract("Kyiv received a military aid package from Germany on Monday."), "AID")
    assert codes(aid.source) == {"DEU"} and codes(aid.target) == {"UKR"}


def test_receiving_with_no_sender_named_is_no_act() -> None:
    """ "organisations that receive foreign grants": a habit, and nothing tells who gives."""
    events = extract("Parliament passed a law requiring organisations that receive foreign grants to register.")
    assert not [e for e in events if e.type == "AID"]


# ------------------------------------------------------------------ a stance named by its noun


def test_a_rejection_announced_or_expressed_is_a_refusal() -> None:
    for text, who in (("The Kuwaiti government announced its rejection of the Iraqi proposal on Wednesday.", "KWT"),
                      ("The Arab League expressed its rejection of the Israeli plan to annex the valley.", "ARL"),
                      ("Morocco reiterated its refusal of any mediation by Algeria.", "MAR")):
        refusal = only(extract(text), "REJECT")
        assert codes(refusal.source) == {who}, text
        assert refusal.status == "occurred", text


def test_a_denunciation_renewed_is_disapproval() -> None:
    blame = only(extract("Cairo renewed its denunciation of the Israeli raids on Jenin."), "ACCUSE")
    assert codes(blame.source) == {"EGY"} and blame.mode == "disapprove"


# ------------------------------------------------------------------ an act judged as something


def test_describing_or_considering_an_act_as_a_wrong_is_disapproval() -> None:
    for text, who, whom in (
            ("Morocco described the Algerian decision as \"unjustified and regrettable\".", "MAR", "DZA"),
            ("Baghdad described the American strikes as a flagrant violation of its sovereignty.", "IRQ", "USA"),
            ("Tehran considered the British statement a blatant interference in its internal affairs.", "IRN",
             "GBR")):
        blame = only(extract(text), "ACCUSE")
        assert blame.mode == "disapprove", text
        assert codes(blame.source) == {who} and whom in codes(blame.target), text


def test_a_neutral_description_is_no_disapproval() -> None:
    events = extract("The Qatari foreign minister described the talks with the Iranian delegation as positive.")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_what_a_speaker_describes_as_a_wrong_is_the_wording_of_its_own_act() -> None:
    """ "condemned what it described as aggression": one act, the condemnation."""
    events = extract("The Syrian foreign ministry condemned what it described as the \"repeated Turkish "
                     "aggression\" on Syrian territory.")
    assert len([e for e in events if e.type == "ACCUSE"]) == 1


def test_a_reason_given_by_a_participle_is_no_act_of_its_own() -> None:
    events = extract("Iran rejected the British statement on Wednesday, considering it a blatant interference "
                     "in its internal affairs.")
    assert {e.type for e in events} == {"REJECT"}


# ------------------------------------------------------------------ accusations with two acts


def test_each_act_an_accusation_names_is_claimed_by_the_accuser() -> None:
    """ "accused X of A and of B": the second "of" names an act of the same X."""
    events = extract("In a statement, Hamas accused Israel of violating the agreement and of killing more than "
                     "40 Palestinians in Gaza last month.")
    killing = next(e for e in events if e.type == "ASSAULT" and e.fatalities == 40)
    assert codes(killing.source) == {"ISR"} and killing.status == "claimed"
    assert killing.claimed_by is not None and codes([killing.claimed_by]) == {"PSE"}  # Hamas


# ------------------------------------------------------------------ fire named by whose it is


def test_killed_by_the_fire_of_an_army_is_a_shooting() -> None:
    for text in ("The civil defence said three Palestinians were killed this morning by the fire of the "
                 "occupation army east of Khan Younis.",
                 "Two farmers were killed by the fire of Israeli soldiers near the border fence on Wednesday."):
        shooting = only(extract(text), "ASSAULT")
        assert shooting.fatalities in (2, 3), text


def test_a_blaze_of_unknown_origin_stays_a_disaster() -> None:
    events = extract("A fire of unknown origin killed 12 people in a market in Lagos on Wednesday.")
    assert not [e for e in events if e.type == "ASSAULT"]


# ------------------------------------------------------------------ threats told as what the speaker's side will do


def test_a_reprisal_or_a_forceful_reply_announced_in_a_clause_is_a_threat() -> None:
    for text, who in (
            ("Hezbollah vowed that the strikes \"will not pass without a response\".", "LBN"),
            ("Tehran warned that Iran would deal firmly with any violation of its maritime borders.", "IRN"),
            ("The Houthis affirmed that their naval operations would continue until the war on Gaza stops.", "YEM"),
            ("The army stressed that it will respond decisively to any attack on its positions.", None)):
        threat = only(extract(text), "THREATEN")
        assert threat.status == "occurred", text
        assert who is None or codes(threat.source) == {who}, text


def test_a_threat_in_a_participle_beside_a_refusal_is_not_refused() -> None:
    """ "rejected the statement, warning that ...": the warning is made, not refused."""
    events = extract("Iran's foreign ministry rejected the American statement, warning that Iran would deal "
                     "firmly with any violation of its waters.")
    assert only(events, "THREATEN").status == "occurred"
    assert only(events, "REJECT").status == "occurred"


def test_warning_of_the_consequences_of_an_act_disapproves_of_its_doer() -> None:
    blame = only(extract("Egypt warned in a statement by its Foreign Ministry of the consequences of the continued "
                         "Israeli escalation in the West Bank."), "ACCUSE")
    assert codes(blame.source) == {"EGY"} and codes(blame.target) == {"ISR"}


def test_a_warning_of_a_drought_blames_nobody() -> None:
    events = extract("The UN warned of the consequences of the drought in Somalia.")
    assert not [e for e in events if e.type == "ACCUSE"]


# ------------------------------------------------------------------ sanctions named by what is closed or withdrawn


def test_closing_airspace_or_ports_to_another_country_is_a_sanction() -> None:
    for text, who, whom in (("Russia closed its airspace to Polish airlines on Monday.", "RUS", "POL"),
                            ("Turkey closed its ports to Israeli ships.", "TUR", "ISR")):
        sanction = only(extract(text), "SANCTION")
        assert codes(sanction.source) == {who} and whom in codes(sanction.target), text


def test_closing_airspace_to_no_one_in_particular_stays_a_restriction() -> None:
    assert only(extract("The army closed the airspace over the capital on Monday."), "COERCE").mode == "restrict"


def test_withdrawing_confidence_from_a_government_is_a_sanction() -> None:
    sanction = only(extract("Benghazi - The Libyan House of Representatives voted on Tuesday to withdraw "
                            "confidence from the government of Abdul Hamid Dbeibah."), "SANCTION")
    assert codes(sanction.source) == {"LBY"} and sanction.source[0].sector == "LEG"


def test_a_house_of_representatives_is_its_own_countrys_parliament() -> None:
    """Libya, Iraq, Nigeria and Japan have one too: only "US House of Representatives" names Congress."""
    refusal = only(extract("TRIPOLI - The House of Representatives rejected the budget proposed by the "
                           "government."), "REJECT")
    assert codes(refusal.source) == {"LBY"} and refusal.source[0].sector == "LEG"


# ------------------------------------------------------------------ "the occupation" as the occupying power


def test_forces_named_by_the_occupation_belong_to_the_power_holding_the_land() -> None:
    """Arabic-language outlets call Israel's forces "the occupation", Ukrainian ones Russia's."""
    for text, occupier, held in (
            ("JENIN - A drone of the occupation bombed a house in the camp at dawn on Thursday.", "ISR", None),
            ("The Palestinian health ministry said three Palestinians were killed by the fire of the occupation army "
             "east of Khan Younis.", "ISR", "PSE"),
            ("KYIV - The occupation forces shelled Kherson overnight, killing two civilians.", "RUS", "UKR")):
        attack = only(extract(text), "ASSAULT")
        assert codes(attack.source) == {occupier}, text
        assert held is None or held in codes(attack.target), text


def test_an_occupation_in_a_land_no_one_is_listed_for_gets_no_country() -> None:
    """Never the land's own forces: with no occupier known, the party stays without a country."""
    attack = only(extract("NAIROBI - The occupation forces shelled the town overnight."), "ASSAULT")
    assert all(a.country != "KEN" for a in attack.source)


def test_a_delegation_from_a_named_movement_is_that_movements() -> None:
    """ "the Hamas movement", "the Houthi group": the noun stands for the group that names it."""
    talks = only(extract("Egyptian sources said that a delegation from the Hamas movement arrived in Cairo "
                         "yesterday to hold talks with Egyptian intelligence officials."), "CONSULT")
    assert "PSE" in codes(talks.source)  # Hamas


def test_a_group_named_only_by_who_backs_it_is_not_its_backer() -> None:
    """ "the Iran-backed group that has attacked shipping": Iran backs it, Iran did not attack."""
    events = extract("WASHINGTON - The Treasury sanctioned suppliers of the Houthis, the Iran-backed group that has "
                     "attacked commercial shipping in the Red Sea since November 2023.")
    assert all("IRN" not in codes(e.source) for e in events if e.type == "ASSAULT")


def test_a_dateline_the_parser_joins_to_the_first_phrase_names_none_of_it() -> None:
    """ "CAIRO - A delegation from the Hamas movement": Cairo is where the report was filed."""
    talks = only(extract("CAIRO - A delegation from the Hamas movement arrived in Cairo yesterday to hold talks "
                         "with Egyptian intelligence officials."), "CONSULT")
    assert "PSE" in codes(talks.source) and "EGY" in codes(talks.target)
