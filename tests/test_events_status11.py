"""Acts a report says were not done, or only played, supposed or asked for, in phrasings the status rules did not
know (session 11 probe, tests/data/probes/status11-*.jsonl): none may come out as having happened. The controls
tell an act that did happen in like wording, so the rules do not over-fire.

All sentences were written for this test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from status_checks import HAPPENED, assert_done, assert_not_done
from test_events import extract

PROBES = Path(__file__).parent / "data" / "probes"

# (text, type of the act that did not happen)
NOT_DONE = [
    # a drill plays an act: "mock", "simulated", "simulating"
    ("Japanese and American marines staged a mock amphibious assault on a beach in Okinawa on Tuesday.", "ASSAULT"),
    ("A simulated attack on the power grid was carried out by Estonian cyber experts during the drill.", "ASSAULT"),
    ("South Korean troops held an exercise near Paju simulating a North Korean incursion.", "ASSAULT"),
    ("Polish troops rehearsed a river crossing under fire near the Belarusian border.", "ASSAULT"),
    # a past future: "was going to"
    ("The army was going to shell the village of Kalma, residents said, until the elders made a deal.", "ASSAULT"),
    ("The minister was going to visit Lima on Thursday, his office said.", "CONSULT"),
    # an inverted condition: "Had X done ..., Y would have ..."
    ("Had Cuba conceded defeat in the dispute, the embargo would have eased, the Cuban minister said.", "CONCEDE"),
    ("Had Washington backed the Egyptian ceasefire plan, the war could have ended in December.", "SUPPORT"),
    ("Had the rebels released the hostages, the army would not have attacked, a mediator said.", "RETREAT"),
    # an account dismissed: "dismissed as fake a video that purported to show"
    ("Armenia dismissed as fake a video that purported to show its troops shelling Azerbaijani villages.", "ASSAULT"),
    # a noun act blocked
    ("The Kosovo prime minister's visit to the north was blocked by NATO troops.", "CONSULT"),
    # the act of a call, a pressure, a deadline, a permission or an invitation, its infinitive torn from the noun
    ("The junta ignored calls to release the detained president of Niger.", "RETREAT"),
    ("Hamas missed the deadline to release the hostages on Saturday.", "RETREAT"),
    ("Hungary resisted pressure to expel Russian diplomats from Budapest.", "SANCTION"),
    ("The UN envoy was denied permission to visit the detained opposition leader in Yangon.", "CONSULT"),
    ("The Chinese defence minister declined an invitation to attend the security forum in Singapore.", "CONSULT"),
    # kept away from it: "stayed away from", "shied away from", "held back from" (the particle taken for an adverb)
    ("The Rwandan president stayed away from the summit in Dar es Salaam.", "CONSULT"),
    ("India shied away from condemning the Russian invasion at the UN.", "ACCUSE"),
    ("Israel held back from striking Iran's oil facilities, US officials said.", "ASSAULT"),
    # dropped, only weighed, scant
    ("There is no question of sending French troops to Niger, the minister in Paris said.", "MOBILIZE"),
    ("Talks with the junta are out of the question, the exiled Burmese government said.", "CONSULT"),
    ("A prisoner swap between Belarus and Lithuania is under consideration in Minsk.", "RETREAT"),
    ("There was little sign of a withdrawal of Russian troops from the Kherson area on Tuesday.", "RETREAT"),
    # the infinitive of an operation called off; a light verb whose subject is "neither ... nor"
    ("The operation to retake the port of Hodeidah was aborted at the last minute, Yemeni officials said.", "ASSAULT"),
    ("Neither Khartoum nor the RSF has agreed to a truce, despite the US proposal.", "RETREAT"),
    # an account called false in the next sentence, or called baseless by a participle
    ("Rumours of a coup in Bamako spread on Tuesday. Officials said they were false and the president was at work.",
     "COERCE"),
    ("There were reports of clashes near Gondar on Monday. The army denied the reports.", "ASSAULT"),
    ("The army has not launched any offensive, a spokesman said, calling reports of fighting near Gondar baseless.",
     "ASSAULT"),
    # a noun act said of something under a modal; an offensive called off
    ("If confirmed, the killing of the commander would be the first Israeli strike on Beirut since 2006.", "ASSAULT"),
    ("Colombia's president called off the offensive against the ELN, saying talks would resume in Havana.", "ASSAULT"),
    # what one faces or escapes; an approval pending; a would-be act; an act mooted
    ("The opposition leader escaped arrest by fleeing to Kenya on Friday.", "COERCE"),
    ("The Nicaraguan bishop faces deportation if he refuses to leave the country.", "COERCE"),
    ("Parliament's approval of the troop deployment to Congo is still pending.", "MOBILIZE"),
    ("A would-be coup by junior officers in Freetown was nipped in the bud, the government said.", "COERCE"),
    ("Sanctions on the Israeli settlers had been mooted in Brussels but were not adopted.", "SANCTION"),
    # what a purpose deters; a headline's infinitive with its source trailing
    ("Lithuania is training conscripts to deter a Russian invasion, the defence minister said.", "ASSAULT"),
    ("China to hold drills around Taiwan after inauguration, state media say", "MOBILIZE"),
    # hesitated over, put off, a distant prospect
    ("The Colombian army hesitated to attack the guerrilla camp because of the children held there.", "ASSAULT"),
    ("The sanctions were put off until after the election in Tbilisi.", "SANCTION"),
    ("The Pope's visit to Moscow remains a distant prospect, Vatican officials said.", "CONSULT"),
]

# (text, type of the act that did happen)
DONE = [
    ("Japanese and American marines staged a joint amphibious landing exercise in Okinawa on Tuesday.", "COOPERATE"),
    ("Estonian troops staged a drill near Narva on Saturday.", "MOBILIZE"),
    ("The army shelled the village of Kalma on Wednesday after talks with the elders broke down.", "ASSAULT"),
    ("No sooner had the truce begun than militants fired rockets at Sderot.", "ASSAULT"),
    ("Armenia said a video showed Azerbaijani troops shelling its villages on Monday.", "ASSAULT"),
    ("Police blocked the march and arrested 20 protesters in Tbilisi on Sunday.", "COERCE"),
    # the answer to a request is denied, not the request: it was made
    ("Russia's request that Turkey close the Bosphorus to Western warships was never granted.", "REQUEST"),
    ("Ukraine's request for more air defence systems was not granted by Germany.", "REQUEST"),
    ("Militiamen withdrew from the centre of Tripoli on Sunday under the UN-brokered deal.", "RETREAT"),
    ("Omani mediators secured the release of two French hostages in Sanaa on Friday.", "RETREAT"),
    ("The Rwandan president attended the summit in Dar es Salaam on Saturday.", "CONSULT"),
    ("Israel struck air defences near Isfahan, US officials said.", "ASSAULT"),
    ("Both the army and the SPLA-N agreed to a truce in Juba on Saturday.", "RETREAT"),
    ("There were reports of heavy fighting in Khartoum on Sunday, the first day of the truce.", "ASSAULT"),
    ("There were reports of clashes near Gondar on Monday. The army confirmed them.", "ASSAULT"),
    ("Rumours of a coup in Bamako spread on Tuesday. They turned out to be true.", "COERCE"),
    ("It was not the first Israeli strike on Beirut: jets hit the southern suburbs on Tuesday.", "ASSAULT"),
    ("The killing of the commander was the first Israeli strike on Beirut since 2006.", "ASSAULT"),
    ("The minister escaped an attack on his convoy near Kandahar on Sunday.", "ASSAULT"),
    ("The navy deterred the pirates by firing warning shots at their skiff off Eyl.", "ASSAULT"),
    ("China holds drills around Taiwan after inauguration, state media say", "MOBILIZE"),
    ("The Pope's visit to Kazakhstan was a first for a pontiff, Vatican officials said.", "CONSULT"),
    ("Police arrested the opposition leader at the airport on Friday as he tried to flee to Kenya.", "COERCE"),
    # a clause of its own in the past, on an auxiliary, is not under the negation of the verb it hangs on
    ("The mob did not burn the church, witnesses in Sargodha said, though it did attack two homes.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_DONE)
def test_an_act_not_done_in_these_phrasings_is_not_coded_as_done(text: str, type_: str) -> None:
    assert_not_done(text, type_)


@pytest.mark.parametrize(("text", "type_"), DONE)
def test_an_act_done_in_like_phrasings_is_coded_as_done(text: str, type_: str) -> None:
    assert_done(text, type_)


def _probe(name: str) -> list[tuple[str, list[str], list[str]]]:
    """The development part of a probe (its held-out quarter is only counted, never read for errors)."""
    return [tuple(json.loads(line)) for line in (PROBES / f"{name}-dev.jsonl").read_text().splitlines()]


# the acts of the development part the rules still code as done (their phrasings are not yet known)
KNOWN_GAPS = {
    "The rebels were reported to have released the hostages, but a spokesman said none had been freed.",
    "The protest planned by the teachers' union in Nairobi fizzled out before it began.",
    "Israel's war cabinet approved in principle a ground raid on Rafah, but no date was set.",
    "The Russian offensive on Zaporizhzhia that many had predicted never came.",   # parsed with no verb
    # an account set off from its clause by a participle phrase
    "The Armenian army dismissed as fake a statement, published on Telegram, that its units had been withdrawn "
    "from Tavush.",
    "Washington forwent retaliating against the militia after the drone attack on its base in Jordan.",   # verb as noun
    "Police in Dakar were on standby to disperse any protest, but none took place.",   # 'standby' as adverb
}


@pytest.mark.parametrize("probe", ["status11", "status11b", "status11c", "status11d", "status11e", "status11f"])
def test_the_development_probe_codes_no_act_not_done_as_done(probe: str) -> None:
    wrong = []
    for text, not_done, _ in _probe(probe):
        if text in KNOWN_GAPS:
            continue
        statuses: dict[str, set[str]] = {}
        for e in extract(text):
            statuses.setdefault(e.type, set()).add(e.status)
        wrong += [(type_, text) for type_ in not_done if HAPPENED & statuses.get(type_, set())]
    assert not wrong
