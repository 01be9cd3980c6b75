"""Phrasing families found on development reports g274-g285 (translated state and regional media of the Middle
East, North Africa, the Caucasus and Central Asia: officialese, titles before names, passive voice), which were
coded before flashpoint ran on them. Each rule covers a family of phrasings; each test uses sentences written
for it.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, kinds, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 11, 12)  # a Thursday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


# ------------------------------------------------------------------ offers told as a readiness


def test_a_readiness_to_act_is_an_offer_by_whoever_owns_it() -> None:
    """ "expressed the readiness of X to ...", "affirmed Y's readiness to ...": a readiness (or willingness) is an
    offer, coded AGREE with the act as its hypothetical content, by the side the noun names when it names one."""
    offer = only(extract("The envoy expressed the readiness of the United Nations to support the efforts of the "
                         "Yemeni government."), "AGREE")
    assert codes(offer.source) == {"UN"}
    assert offer.content is not None and offer.content.status == "hypothetical"
    host = only(extract("The minister reaffirmed Oman's readiness to host a new round of talks between the two "
                        "sides."), "AGREE")
    assert codes(host.source) == {"OMN"}
    assert host.content is not None and host.content.type == "CONSULT"
    willing = extract("Kazakhstan expressed its willingness to mediate between Baku and Yerevan.")
    assert kinds(willing) == {"AGREE"}


def test_a_plain_plan_keeps_its_teller_as_the_actor() -> None:
    """An intent noun with no named owner ("had no plans to meet") still takes the subject of its verb."""
    refusal = only(extract("The Russian president had no plans to meet the Ukrainian president."), "REJECT")
    assert codes(refusal.source) == {"RUS"}


# ------------------------------------------------------------------ threats in officialese


def test_defence_held_out_with_every_measure_or_a_reserved_right_is_a_threat() -> None:
    """ "will take all measures ... to defend", "reserves its full right to defend its territory" (the parser
    hangs the infinitive on "reserves"): a threat; "will take all measures to protect pilgrims" is care."""
    threat = only(extract("The foreign minister stressed that Egypt will take all measures to defend the water "
                          "security of its people."), "THREATEN")
    assert codes(threat.source) == {"EGY"}
    assert kinds(extract("The Lebanese army affirmed that Lebanon reserves its full right to defend its territory "
                         "by all available means.")) == {"THREATEN"}
    assert "THREATEN" not in kinds(extract("The governor said the ministry will take all measures to protect the "
                                           "pilgrims."))


def test_punishment_that_will_not_be_escaped_is_a_threat() -> None:
    """ "stressed that the perpetrators will not escape punishment", "said those responsible would not evade
    justice": the speaker's side promises to punish."""
    assert kinds(extract("The Iraqi prime minister stressed that the perpetrators will not escape punishment.")) \
        == {"THREATEN"}
    assert kinds(extract("The interior minister said those responsible would not evade justice.")) == {"THREATEN"}


def test_a_repetition_that_will_not_be_allowed_is_a_threat() -> None:
    """ "will not allow a repetition of the events of March", "a recurrence of the riots": what is not let happen
    again is hostile."""
    assert "THREATEN" in kinds(extract("The Armenian prime minister said the authorities will not allow a "
                                       "repetition of the events of March in Yerevan."))


def test_being_met_with_a_response_is_no_meeting() -> None:
    """ "any repetition will be met with a decisive response", "the marchers were met with force": no meeting;
    the warning is the threat."""
    events = extract("Baku warned that any new provocation will be met with a decisive response.")
    assert kinds(events) == {"THREATEN"}
    assert "CONSULT" not in kinds(extract("The marchers were met with force near the parliament in Tbilisi."))
    assert kinds(extract("The two ministers met with the envoy in Baku on Tuesday.")) == {"CONSULT"}


# ------------------------------------------------------------------ force told with light verbs


def test_subjecting_a_side_to_fire_or_shelling_attacks_it() -> None:
    """ "subjected the positions of the Azerbaijani army to fire from small arms" (the parser may take "to fire" for
    an infinitive), "subjected the border villages to artillery fire": the one who subjects attacks, the one
    subjected is the target."""
    fire = only(extract("Units of the Armenian armed forces subjected the positions of the Azerbaijani army to fire "
                        "from small arms on Tuesday night."), "ASSAULT")
    assert codes(fire.source) == {"ARM"} and codes(fire.target) == {"AZE"}
    assert fire.mode == "firearms"
    shelled = only(extract("Armenian units subjected the Azerbaijani positions in the Lachin direction to "
                           "bombardment."), "ASSAULT")
    assert shelled.mode == "heavy-weapons"
    assert codes(shelled.source) == {"ARM"}


def test_resistance_put_up_against_a_patrol_is_a_clash() -> None:
    """ "put up armed resistance to a border detail", "offered fierce resistance to the troops": both sides
    fight."""
    clash = only(extract("Armed smugglers from Afghanistan put up armed resistance to a Tajik border patrol."),
                 "ASSAULT")
    assert "TJK" in codes(clash.source) and "TJK" in codes(clash.target)
    assert "ASSAULT" not in kinds(extract("The opposition put up resistance to the new electoral law."))


def test_retaliatory_measures_taken_by_troops_are_fire_returned() -> None:
    """ "the units of the army took adequate retaliatory measures": retaliation by troops is force; a government's
    retaliatory measures are not."""
    returned = only(extract("The units of the Azerbaijani army took adequate retaliatory measures."), "ASSAULT")
    assert codes(returned.source) == {"AZE"}
    assert "ASSAULT" not in kinds(extract("Beijing took retaliatory measures against Washington."))


# ------------------------------------------------------------------ interdiction, visits, complaints


def test_foiled_smuggling_and_crossings_are_coercion() -> None:
    """ "foiled attempts to smuggle 4 quintals of cannabis" (goods seized), "foiled attempts at illegal
    emigration", "thwarted an infiltration attempt" (people stopped)."""
    seized = only(extract("Algerian army detachments foiled attempts to smuggle 300 kilograms of cannabis near "
                          "Tlemcen."), "COERCE")
    assert seized.mode == "seize" and codes(seized.source) == {"DZA"}
    stopped = only(extract("The Algerian coast guards foiled attempts at illegal emigration near Oran."), "COERCE")
    assert stopped.mode == "restrict"


def test_a_visitor_named_after_the_day_and_the_capital_is_received() -> None:
    """ "received on Wednesday in Algiers the Special Envoy of the Secretary-General": the parser makes the
    visitor an apposition of the place; the visitor visits the host."""
    visit = only(extract("The Minister of Foreign Affairs of Algeria, Mr. Ahmed Attaf, received on Wednesday in "
                         "Algiers the Special Envoy of the Secretary-General of the United Nations for Libya."),
                 "CONSULT")
    assert "UN" in codes(visit.source)
    assert visit.location is not None and visit.location.country == "DZA"


def test_an_act_said_to_constitute_an_act_of_a_crime_is_condemned() -> None:
    """ "said the seizure of the ship constitutes an act of piracy", "represents an act of aggression"."""
    judged = only(extract("The Turkish foreign minister said the seizure of the aid ship constitutes an act of "
                          "piracy."), "ACCUSE")
    assert codes(judged.source) == {"TUR"}


def test_an_issue_raised_at_a_meeting_is_a_complaint() -> None:
    """ "raised the issue at a meeting of the mechanism", "during the talks", as "with the OSCE" already was."""
    raised = only(extract("The Georgian delegation raised the matter at the meeting in Ergneti on Thursday."),
                  "ACCUSE")
    assert codes(raised.source) == {"GEO"}


def test_a_newsrooms_sourcing_is_no_act() -> None:
    """ "sources consulted by EFE, who requested anonymity", "asked about the visit, he said": no meeting and no
    request."""
    events = extract("Moroccan military sources consulted by EFE, who requested anonymity, said the front was calm.")
    assert not kinds(events) & {"CONSULT", "REQUEST"}
    asked = extract("Asked about the talks, the Iranian spokesman said no date had been set.")
    assert "REQUEST" not in kinds(asked)
    assert kinds(extract("Tehran asked the IAEA to send inspectors to Fordow.")) == {"REQUEST"}


# ------------------------------------------------------------------ titles before names


def test_an_honorific_is_no_part_of_a_known_name() -> None:
    """ "the spokesman of the ministry, Mr. Esmaeil Baghaei", "Dr. Badr Abdelatty": translated reports put an
    honorific before the name; the person is still the one the knowledge base knows."""
    condemned = only(extract("Mr. Esmaeil Baghaei strongly condemned the attack on the border post."), "ACCUSE")
    assert codes(condemned.source) == {"IRN"}


def test_a_title_the_knowledge_base_lacks_is_the_known_person_named_after_it() -> None:
    """ "Assistant to the President of the Republic of Azerbaijan, head of the Department ..., Mr. Hikmet Hajiyev,
    said": a title with no article that the knowledge base does not know is the person in apposition to it."""
    events = extract("Assistant to the President of the Republic of Azerbaijan, head of the Foreign Policy Affairs "
                     "Department of the Presidential Administration, Mr. Hikmet Hajiyev, said in an interview with the "
                     "agency that Yerevan bears full responsibility for the provocation and warned that any repetition "
                     "of such actions will be met with a decisive response.")
    threat = only(events, "THREATEN")
    assert codes(threat.source) == {"AZE"}
    blamed = only(events, "ACCUSE")
    assert codes(blamed.source) == {"AZE"} and codes(blamed.target) == {"ARM"}


def test_the_next_round_of_talks_is_still_to_come() -> None:
    """ "on the eve of the next round of negotiations", "at its forthcoming meeting": a meeting named as the next
    one is planned, not held (and, with no party of its own, no event beside the accusation)."""
    events = extract("The Armenian side accused Baku of seeking a pretext on the eve of the next round of "
                     "negotiations on the peace treaty.")
    assert all(e.status != "occurred" for e in events if e.type == "CONSULT")
    assert "ACCUSE" in kinds(events)
