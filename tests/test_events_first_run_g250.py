"""Phrasing families found on development reports g250-g261 (regional English-language papers, a parliamentary and
a court report, an embassy statement, a humanitarian flash update, a wire round-up, a sanctions notice, a maritime
incident), which were coded before flashpoint ran on them. Each rule covers a family of phrasings; each test uses
sentences written for it.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, kinds, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 11, 20)  # a Friday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date



# ------------------------------------------------------------------ who speaks


def test_a_name_after_a_title_is_a_person_whatever_the_tagger_called_it() -> None:
    """The small model tags some names as events or works ("Hyacinth Alia"); after a title ("Governor",
    "Senator") a run of proper nouns is the titled person, who speaks for the report's country."""
    condemned = only(extract("MAKURDI — Governor Hyacinth Alia condemned the killings in Agatu."), "ACCUSE")
    assert condemned.source[0].text == "Governor Hyacinth Alia"
    assert codes(condemned.source) == {"NGA"}


def test_associations_and_societies_are_civil_society_of_the_reports_country() -> None:
    """A named association or society the knowledge base does not know ("the Miyetti Allah Cattle Breeders
    Association", "the Law Society of Kenya") is civil society; like any local group it takes the dateline's
    country."""
    denial = only(extract("MAKURDI — The Miyetti Allah Cattle Breeders Association denied that its members were "
                          "involved."), "REJECT")
    assert codes(denial.source) == {"NGA"}
    assert denial.source[0].sector == "CVL"


def test_what_a_denier_goes_on_to_ask_is_its_own_act_not_part_of_the_denial() -> None:
    """ "denied that its members were involved and urged ...": the parser joins "urged" to the denied clause; a
    verb of saying or asking with no subject of its own, after a clause of state, is the speaker's next act,
    told as done (not denied) and by the speaker."""
    events = extract("MAKURDI — The Miyetti Allah Cattle Breeders Association denied that its members were involved "
                     "and urged security agencies to find the real perpetrators.")
    appeal = only(events, "REQUEST")
    assert appeal.status == "occurred"
    assert codes(appeal.source) == {"NGA"}
    asked = only(extract("IMPHAL — The Kuki Inpi Manipur denied that any Kuki group was behind the attack and "
                         "demanded a CBI inquiry."), "REQUEST")
    assert asked.status == "occurred"
    assert asked.source and asked.source[0].text == "The Kuki Inpi Manipur"


def test_a_reported_act_joined_to_a_reported_act_stays_the_reported_doers() -> None:
    """ "said the rebels had attacked the town and demanded ransom": both acts are the rebels', as told."""
    ransom = only(extract("The army said the rebels had attacked the town and demanded ransom."), "REQUEST")
    assert ransom.source[0].text == "the rebels"


# ------------------------------------------------------------------ judgements


def test_a_name_qualified_as_a_reproach_is_a_disapproval() -> None:
    """ "called the closures "an unfriendly act"", "called the closure a hostile step": the word that qualifies
    the name judges as it would alone."""
    for text in ("Belarus's foreign ministry called the closures \"an unfriendly act\".",
                 "Russia called the closure a hostile step."):
        assert only(extract(text), "ACCUSE").mode == "disapprove", text
    assert "ACCUSE" not in kinds(extract("The president called the minister a good friend."))


def test_the_name_a_speaker_gives_an_act_is_no_second_act() -> None:
    """ "called the attack "an extrajudicial execution"": the execution is the attack, named; no targeted killing
    of its own."""
    events = extract("Venezuela's interior minister called the attack \"an extrajudicial execution\".")
    assert only(events, "ACCUSE").mode == "disapprove"
    assert not [e for e in events if e.type == "ASSAULT" and e.mode == "targeted"]
    # "in what it called a warning to Damascus": the speaker names its own act, which stays one
    struck = extract("Israeli aircraft struck a column of tanks heading for Sweida, in what the military called a "
                     "warning to Damascus not to harm the Druze.")
    assert "THREATEN" in {e.type for e in struck}


def test_a_warning_of_prosecution_is_a_threat_even_below_a_long_subject() -> None:
    """ "warned that anyone found to have financed the violence would be prosecuted": the parser hangs the modal
    verb below the subject's own clause; the warning still carries a threat."""
    warning = only(extract("The minister warned that anyone found to have financed the violence would be "
                           "prosecuted."), "THREATEN")
    assert warning.content is not None and warning.content.status == "hypothetical"


# ------------------------------------------------------------------ sanctions and diplomacy


def test_designations_under_a_sanctions_law_are_sanctions() -> None:
    """ "designated two leaders ... under the Global Magnitsky programme": a listing, wherever the parser hangs
    its legal basis; visa and travel restrictions are sanctions as visa bans are."""
    listing = only(extract("The U.S. Treasury on Monday designated two leaders of the Viv Ansanm gang coalition and a "
                           "former Haitian senator under the Global Magnitsky programme."), "SANCTION")
    assert codes(listing.source) == {"USA"} and "HTI" in codes(listing.target)
    visas = only(extract("The State Department announced visa restrictions on 12 Haitian officials."), "SANCTION")
    assert "HTI" in codes(visas.target)
    assert "SANCTION" in kinds(extract("The EU imposed travel restrictions on five junta leaders."))


def test_a_case_raised_is_a_complaint_and_a_position_conveyed_is_a_consultation() -> None:
    """ "raised this case with the Chinese side", "had raised the issue with the OSCE": a grievance taken up with
    a party (ACCUSE); "conveyed our position to the vice foreign minister": a word passed to it (CONSULT); a
    diplomatic note handed over is a protest (ACCUSE)."""
    events = extract("Japan has raised this case with the Chinese side through diplomatic channels, and Ambassador "
                     "Kenji Kanasugi conveyed our position to Vice Foreign Minister Sun Weidong.")
    assert [e.type for e in events] == ["ACCUSE", "CONSULT"]
    assert "CHN" in codes(events[0].target)
    note = only(extract("Vietnam had handed a diplomatic note to the Chinese embassy in Hanoi."), "ACCUSE")
    assert note.mode == "disapprove" and codes(note.target) == {"CHN"}


# ------------------------------------------------------------------ one event per act, and per further act


def test_attackers_who_burn_houses_do_a_further_deed() -> None:
    """ "The attackers also torched six houses": "the attackers" points back to the attack, but burning property is
    a deed of its own (as "set fire to"), not the attack told again."""
    events = extract("Suspected militants fired on Leimatak village in Manipur late on Tuesday night, killing three "
                     "villagers. The attackers also torched six houses and a church before fleeing into the hills.")
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 2
    assert assaults[1].mode == "destroy"


def test_attackers_who_fire_on_a_patrol_tell_the_attack_again() -> None:
    """The doers named by their act, doing that act again, tell the act already told (one event)."""
    events = extract("Gunmen attacked a police post in Bannu on Tuesday, killing two officers. "
                     "The attackers fired on the post for an hour.")
    assert len([e for e in events if e.type == "ASSAULT"]) == 1


# ------------------------------------------------------------------ roads and forces flown in


def test_a_road_named_after_two_towns_is_the_road_blocked() -> None:
    """ "blocked the Makurdi–Otukpo highway": the parser takes the first town for the object and the road for its
    apposition; the road is what is blocked."""
    blockade = only(extract("MAKURDI — Angry protesters blocked the Makurdi–Otukpo highway for several hours on "
                            "Tuesday."), "PROTEST")
    assert blockade.mode == "obstruct"
    assert codes(blockade.source) == {"NGA"}


def test_forces_airlifted_in_are_deployed_and_goods_airlifted_are_aid() -> None:
    """ "two companies of the Central Reserve Police Force would be airlifted to Jiribam": a deployment (planned);
    "airlifted 12 tons of food": aid."""
    flown = only(extract("The home ministry said two additional companies of the Central Reserve Police Force would "
                         "be airlifted to Jiribam on Thursday."), "MOBILIZE")
    assert flown.status == "planned"
    assert "AID" in kinds(extract("The UN airlifted 12 tons of food to Malakal."))
