"""Acts not done that came out as done on text others wrote (session 13 audit of public corpora: whole synthetic
stories, headlines, wire sentences and event notes), in the families the audit found, each beside an act that was
done in like words so that a fix cannot simply drop events.

All sentences were written for this test, with other places, people and words than the texts audited.
"""

from __future__ import annotations

import pytest

from status_checks import HAPPENED, assert_done, assert_not_done
from test_events import extract

# (text, type of the act that did not happen)
NOT_DONE = [
    # leave given for an act, by a vote, an approval or an authorisation, is not the act carried out
    ("Lawmakers in Montevideo voted on Thursday to send 300 soldiers to the Bolivian border.", "MOBILIZE"),
    ("The Senate in Quito approved sending two navy frigates to the Galapagos.", "MOBILIZE"),
    ("The Security Council on Friday approved the deployment of a police mission to Port Moresby.", "MOBILIZE"),
    ("The deployment of a Fijian police mission to Honiara was approved by the cabinet on Friday.", "MOBILIZE"),
    ("A court in Porto approved the extradition of a Paraguayan arms dealer to Asuncion.", "COOPERATE"),
    ("The Nepali prime minister authorised the first air strikes on the smugglers' camps.", "ASSAULT"),
    ("The cabinet in Dhaka authorised the coast guard to seize any trawler in the bay.", "COERCE"),
    ("Rebel fighters in the hills above Goma voted on Sunday to disarm.", "RETREAT"),
    # what a call or an ultimatum asks for, listed after its first member or pressed "for"
    ("Nurses in Cluj called for the dismissal of the hospital board, the resignation of the health minister and "
     "an inquiry into the deaths.", "RETREAT"),
    ("Nurses in Cluj called for the dismissal of the hospital board, the resignation of the health minister and "
     "an inquiry into the deaths.", "ACCUSE"),
    ("The regional bloc issued an ultimatum to Niger and Benin for a truce on the river border.", "RETREAT"),
    # a process still to begin, or not begun, stands for the act it is the process of
    ("Rwanda will begin the process of pulling its battalions out of Mozambique.", "RETREAT"),
    ("Rwanda has not begun the process of pulling its battalions out of Mozambique.", "RETREAT"),
    # what a law or a scheme allows for is not done by its allowing it
    ("The new statute also allows for preventive detention of up to a year, the Kazakh senate said.", "COERCE"),
    # what an "until" clause in the present waits for has not come yet
    ("The factions were told to keep out of the census until the governor agrees to their terms.", "AGREE"),
    ("Teachers in Arequipa stay off work until the ministry agrees to a new contract.", "AGREE"),
]

# (text, type of the act that did happen)
DONE = [
    ("Uruguay sent 300 soldiers to the Bolivian border on Thursday.", "MOBILIZE"),
    ("Ecuador sent two navy frigates to the Galapagos on Monday.", "MOBILIZE"),
    ("Fiji deployed a police mission to Port Moresby on Friday.", "MOBILIZE"),
    ("Portugal extradited a Paraguayan arms dealer to Asuncion on Monday.", "COOPERATE"),
    ("Nepali aircraft carried out the first air strikes on the smugglers' camps.", "ASSAULT"),
    ("The coast guard seized two trawlers in the bay off Chittagong on Monday.", "COERCE"),
    ("Rebel fighters in the hills above Goma disarmed on Sunday.", "RETREAT"),
    # a grant, a recognition or an annulment is made by the vote or approval itself
    ("The Asian Development Bank approved a $200 million grant to Laos on Monday.", "AID"),
    ("Ireland's parliament voted on Wednesday to recognise the State of Palestine.", "SUPPORT"),
    ("Romania's health minister resigned on Monday, and prosecutors opened an inquiry into the deaths.", "RETREAT"),
    ("Romania's health minister resigned on Monday, and prosecutors opened an inquiry into the deaths.", "ACCUSE"),
    ("Niger and Benin agreed to a truce on the river border on Sunday.", "RETREAT"),
    ("Rwanda began the process of pulling its battalions out of Mozambique on Monday.", "RETREAT"),
    ("Teachers in Arequipa stayed off work until the ministry agreed to a new contract.", "AGREE"),
    ("Police in Almaty detained 30 suspects under the new statute on Monday.", "COERCE"),
]


# a pledge of force is a threat (PLOVER THREATEN), the attack its content, not a promise of help (AGREE)
@pytest.mark.parametrize("text", [
    "The separatists pledged to resume their raids on army posts in the Casamance.",
    "The militia promised to continue its attacks on the port of Mukalla.",
])
def test_a_pledge_of_force_is_a_threat(text: str) -> None:
    events = extract(text)
    assert {e.type for e in events} == {"THREATEN"}, [(e.type, e.status) for e in events]
    (threat,) = events
    assert threat.status == "occurred" and threat.content is not None and threat.content.type == "ASSAULT"
    assert threat.content.status not in HAPPENED


def test_a_pledge_to_halt_attacks_stays_a_concession() -> None:
    events = extract("The separatists pledged to halt their raids on army posts during the harvest.")
    assert "THREATEN" not in {e.type for e in events}
    assert not any(e.type == "ASSAULT" and e.status in HAPPENED for e in events)


@pytest.mark.parametrize(("text", "type_"), NOT_DONE)
def test_an_act_not_done_in_these_phrasings_is_not_coded_as_done(text: str, type_: str) -> None:
    assert_not_done(text, type_)


@pytest.mark.parametrize(("text", "type_"), DONE)
def test_an_act_done_in_like_phrasings_is_coded_as_done(text: str, type_: str) -> None:
    assert_done(text, type_)


def test_a_pact_not_to_use_force_stays_an_agreement() -> None:
    events = extract("The presidents of Gabon and Cameroon agreed on Friday not to use force in their border row.")
    assert "THREATEN" not in {e.type for e in events}
    assert any(e.type == "AGREE" and e.status in HAPPENED for e in events)


def test_a_refusal_to_take_in_those_fleeing_violence_stays_a_refusal() -> None:
    events = extract("Chad says it will not accept any more Sudanese refugees fleeing the fighting in Darfur.")
    assert "THREATEN" not in {e.type for e in events}, [(e.type, e.status) for e in events]
