"""Phrasing families found on development reports g478-g489 (reports translated into English from Arabic, French,
Russian, Turkish, Persian and Chinese media: stiff word order, long sentences with several acts, titles, the other
side's denial or figure in the same paragraph), which were coded before flashpoint ran on them. Each rule covers a
family of phrasings; each test uses sentences written for it (other countries, other words than the reports).

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, kinds, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 11, 20)  # a Friday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


# ------------------------------------------------------------------ a denial of reports, the account misparsed


def test_reports_denied_after_a_date_phrase_are_negated() -> None:
    """ "had denied in May reports that police shot protesters": the phrase between the denial and the account makes
    the parser take "reports" for a verb; what it tells is still denied, never the minister's claim."""
    events = extract("The interior minister had denied in May reports that police shot protesters in Kisumu.")
    shooting = only(events, "ASSAULT")
    assert shooting.status == "negated"
    assert "KEN" in codes(shooting.source)
    assert only(events, "REJECT").status == "occurred"


def test_claims_rejected_after_a_phrase_are_negated() -> None:
    events = extract("Kampala on Friday rejected in a statement claims that its soldiers looted shops in Bunia.")
    assert all(e.status == "negated" for e in events if e.type != "REJECT")
    assert len(events) >= 2


def test_reports_still_told_by_a_speaker_stay_claimed() -> None:
    """The account's teller, not a denial, heads the clause: the act stays the teller's claim."""
    shelling = only(extract("Local officials said in a statement on Thursday that rebels had shelled the market "
                            "in Beni."), "ASSAULT")
    assert shelling.status == "claimed"


# ------------------------------------------------------------------ combat missions and sorties are attacks


def test_combat_missions_carried_out_are_attacks() -> None:
    """ "its jets had carried out combat missions over Zamfara": warplanes' attacks named by the mission they fly;
    denied, the act is negated."""
    events = extract("The Nigerian air force denied that its jets had carried out any combat missions over Zamfara "
                     "on Sunday.")
    attack = only(events, "ASSAULT")
    assert attack.status == "negated"
    assert "NGA" in codes(attack.source)
    bombing = only(extract("Kenyan jets flew bombing sorties against militant camps near Kismayo on Tuesday."),
                   "ASSAULT")
    assert bombing.mode == "aerial"
    assert bombing.status == "occurred"


def test_a_peacekeeping_mission_is_no_attack_and_still_acts() -> None:
    events = extract("The Security Council extended the peacekeeping mission in South Sudan for a year.")
    assert "ASSAULT" not in kinds(events)
    deployment = only(extract("The European Union said its mission would deploy more monitors to Rafah next month."),
                      "MOBILIZE")
    assert "EU" in codes(deployment.source)


# ------------------------------------------------------------------ meeting no resistance is no meeting


def test_meeting_no_resistance_is_no_consultation() -> None:
    """ "entered the town without meeting any resistance", "met the same fate": no meeting held."""
    events = extract("Witnesses said the Chadian soldiers entered Abeche in the afternoon without meeting any "
                     "resistance.")
    assert "CONSULT" not in kinds(events)
    events = extract("Three other journalists met the same fate in Goma last year.")
    assert "CONSULT" not in kinds(events)


def test_meeting_a_leader_is_still_a_consultation() -> None:
    meeting = only(extract("Ruto met opposition leader Raila Odinga in Nairobi on Monday."), "CONSULT")
    assert "KEN" in codes(meeting.source)


# ------------------------------------------------------------------ a word inside a long name of a body


def test_war_inside_a_long_unmarked_name_is_no_war() -> None:
    """ "the Commission for the Affairs of Prisoners of War": a body's long name the tagger did not mark; its "War"
    fights no war, so nothing is mutual and no later toll is pinned on it."""
    events = extract("The Armenian Commission for the Affairs of Prisoners of War said on Monday that two soldiers "
                     "were wounded in Tavush.")
    wounding = only(events, "ASSAULT")
    assert "mutual" not in wounding.notes
    assert wounding.status == "claimed"


def test_a_war_told_in_a_sentence_is_still_a_war() -> None:
    war = only(extract("The war between Ethiopia and Eritrea began in May 1998."), "ASSAULT")
    assert {"ETH", "ERI"} <= codes(war.source) | codes(war.target)


# ------------------------------------------------------------------ a threat met by force is no threat


def test_a_threat_targeted_or_eliminated_is_no_threatening() -> None:
    """ "the operation targeted a threat to the national security of Iran": a danger met by force, nobody's threat."""
    events = extract("Tehran said the operation targeted a threat to the national security of Iran.")
    assert "THREATEN" not in kinds(events)
    assert "THREATEN" not in kinds(extract("Ankara said its strikes eliminated a threat to Turkey."))


def test_a_threat_issued_is_still_a_threat() -> None:
    threat = only(extract("Russia issued a threat to Moldova on Monday."), "THREATEN")
    assert "RUS" in codes(threat.source)


# ------------------------------------------------------------------ a meeting struck is the attack's target


def test_a_meeting_struck_is_no_consultation() -> None:
    """ "a drone targeted a meeting of army commanders", "an air strike on a meeting of commanders": the meeting is
    what the blow hit; only the attack is coded."""
    events = extract("Al-Shabaab said a drone targeted a meeting of army commanders in Baidoa on Sunday.")
    assert kinds(events) == {"ASSAULT"}
    events = extract("Police said an air strike on a meeting of rebel commanders killed six in Arauca.")
    assert kinds(events) == {"ASSAULT"}


def test_a_meeting_held_is_still_a_consultation() -> None:
    meeting = only(extract("The foreign ministers of Qatar and Egypt held a meeting in Doha on Sunday."), "CONSULT")
    assert meeting.status == "occurred"


# ------------------------------------------------------------------ taking revenge is a reprisal


def test_revenge_taken_in_a_vow_or_a_statement_is_a_threat() -> None:
    """ "vowed to take revenge on Kenya", "said they would continue to take revenge": as "avenge", a reprisal
    promised is a threat, its act the content."""
    threat = only(extract("Al-Shabaab vowed to take revenge on Kenya for the killing of its commander."), "THREATEN")
    assert "KEN" in codes(threat.target)
    assert threat.content is not None and threat.content.type == "ASSAULT"
    threat = only(extract("The Revolutionary Guards said they would continue to take revenge on Israel."), "THREATEN")
    assert "IRN" in codes(threat.source)
    threat = only(extract("The militia vowed to exact revenge on the Nigerien army."), "THREATEN")
    assert threat.status == "occurred"


def test_revenge_taken_in_the_past_is_told_as_done() -> None:
    events = extract("Residents said the militia took revenge on the village of Kalemie last year.")
    assert "THREATEN" not in kinds(events)


# ------------------------------------------------------------------ the statement named again speaks for its issuer


def test_the_statement_named_again_speaks_for_whoever_spoke_through_it() -> None:
    """ "X said in a statement that ... The statement added that ...": the text named again is its issuer's voice,
    so its threat is the issuer's."""
    events = extract("The Kenyan army said in a statement on Monday that its jets bombed a militant camp in Gedo. "
                     "The statement added that the army will continue to strike the militants.")
    threat = only(events, "THREATEN")
    assert "KEN" in codes(threat.source)
    events = extract("The Revolutionary Guards announced in a communique on Tuesday that they had struck a base in "
                     "Erbil. The communique added that the Guards will take revenge on Israel.")
    threat = only(events, "THREATEN")
    assert "IRN" in codes(threat.source)


def test_a_new_statement_is_not_the_earlier_issuers() -> None:
    """ "A statement posted online said ...": a text named anew (indefinite) is not the one the army spoke through."""
    events = extract("The Kenyan army said in a statement on Monday that its jets bombed a camp in Gedo. A statement "
                     "posted online said the fighters would attack the port of Kismayo.")
    later = [e for e in events if e.evidence.start > 60]
    assert later
    assert all("KEN" not in codes(e.source) for e in later)


# ------------------------------------------------------------------ captives returned, prisoners of war


def test_captives_returned_are_released() -> None:
    """ "95 servicemen were returned from captivity", "returned 50 prisoners of war": people held, set free."""
    release = only(extract("As a result of the talks, 95 Armenian servicemen were returned on Friday from Azerbaijani "
                           "captivity, the ministry said."), "RETREAT")
    assert release.mode == "release"
    assert "ARM" in codes(release.target)
    release = only(extract("Ukraine returned 50 prisoners of war to Russia on Friday."), "RETREAT")
    assert release.mode == "release"
    assert "UKR" in codes(release.source)


def test_bodies_returned_are_still_a_return() -> None:
    handover = only(extract("Azerbaijan returned the bodies of 12 Armenian soldiers on Friday."), "RETREAT")
    assert handover.mode == "return"


def test_prisoners_of_war_fight_no_war() -> None:
    """ "prisoners of war", "the laws of war": the kind of person or rule, no war told."""
    assert "ASSAULT" not in kinds(extract("Ukraine returned 50 prisoners of war to Russia on Friday."))
    assert "ASSAULT" not in kinds(extract("Kyiv accused Moscow of breaking the laws of war on Friday."))
    war = only(extract("The war between Sudan's army and the RSF began in April 2023."), "ASSAULT")
    assert war.date is not None and war.date.start.startswith("2023-04")


# ------------------------------------------------------------------ a site attacked is a place, a website hacked


def test_a_site_attacked_is_a_place_struck() -> None:
    """ "attacked any military site": a place struck (denied, negated), not an intrusion into a computer."""
    events = extract("The RSF denied that their fighters had attacked any military site in Khartoum since the truce "
                     "began.")
    attack = only(events, "ASSAULT")
    assert attack.status == "negated"
    assert "COERCE" not in kinds(events)


def test_websites_attacked_are_still_an_intrusion() -> None:
    intrusion = only(extract("Hackers attacked the websites of the Estonian parliament on Monday."), "COERCE")
    assert intrusion.mode == "cyber"


# ------------------------------------------------------------------ Erbil's security council is not the UN's


def test_the_kurdistan_regions_security_council_is_iraqs() -> None:
    """ "the Security Council of the Kurdistan Region": the regional government's body, never the UN Security
    Council."""
    events = extract("The Security Council of the Kurdistan Region said on Tuesday that three farmers were killed in "
                     "a Turkish drone strike near Sidakan.")
    strike = only(events, "ASSAULT")
    assert strike.claimed_by is not None and strike.claimed_by.country == "IRQ"
    assert strike.claimed_by.org != "UNSC"


# ------------------------------------------------------------------ a strike delivered


def test_a_strike_delivered_is_an_attack() -> None:
    """ "delivered a massive strike with high-precision weapons on ...": the "on" hangs on the verb, and no labour
    strike is ever delivered."""
    attack = only(extract("On Tuesday, the Russian army delivered a massive strike with long-range weapons on "
                          "enterprises of the defence industry of Ukraine, the Russian defence ministry said."),
                  "ASSAULT")
    assert "RUS" in codes(attack.source)
    assert attack.status == "claimed"
    attack = only(extract("Israeli aircraft delivered strikes on Hezbollah positions near Tyre on Monday."), "ASSAULT")
    assert "ISR" in codes(attack.source)


def test_a_blow_delivered_to_an_economy_is_no_attack() -> None:
    assert "ASSAULT" not in kinds(extract("The sanctions delivered a heavy blow to the economy of Iran."))


# ------------------------------------------------------------------ the Saudi-led coalition, Burkina's VDP


def test_the_saudi_led_coalition_is_saudi_arabias_force() -> None:
    strike = only(extract("The Arab coalition said its aircraft struck Houthi positions near Hodeidah on Thursday."),
                  "ASSAULT")
    assert "SAU" in codes(strike.source)
    assert strike.claimed_by is not None and strike.claimed_by.country == "SAU"


def test_burkinas_volunteers_are_a_force_of_burkina() -> None:
    attack = only(extract("The JNIM claimed that its fighters had killed 20 members of the Volunteers for the Defence "
                          "of the Homeland near Djibo on Sunday."), "ASSAULT")
    assert "BFA" in codes(attack.target)
    assert attack.status == "claimed"


# ------------------------------------------------------------------ speeding up deliveries


def test_aid_deliveries_sped_up_are_the_aid() -> None:
    """ "will speed up the delivery of humanitarian aid to Tigray": the verb that hastens a delivery makes it, so the
    promise is an AGREE with the aid as content, and a past one is the aid itself."""
    promise = only(extract("President Ruto said on Thursday that his government will speed up the delivery of food aid "
                           "to Turkana."), "AGREE")
    assert promise.content is not None and promise.content.type == "AID"
    assert "KEN" in codes(promise.source)
    aid = only(extract("Germany accelerated the delivery of air defence systems to Ukraine last month."), "AID")
    assert "DEU" in codes(aid.source) and "UKR" in codes(aid.target)


# ------------------------------------------------------------------ a state of emergency named by its decreeing


def test_the_extension_of_a_state_of_emergency_is_the_rule_imposed() -> None:
    """ "announced the extension of the state of emergency for six months", "ordered the imposition of martial law":
    the noun that decrees the rule is the act (COERCE), as the verbs "extended" and "imposed" are."""
    rule = only(extract("The military authorities in Niamey announced on Monday the extension of the state of "
                        "emergency for six months."), "COERCE")
    assert rule.mode == "martial-law"
    assert "NER" in codes(rule.source)
    rule = only(extract("The president ordered the imposition of martial law in Mindanao in May 2017."), "COERCE")
    assert rule.mode == "martial-law"


def test_the_lifting_of_a_state_of_emergency_asked_for_is_no_rule() -> None:
    events = extract("The opposition demanded the lifting of the state of emergency in Addis Ababa.")
    assert "COERCE" not in kinds(events)
    assert "COERCE" not in kinds(extract("Parliament debated the extension of the state pension on Monday."))


# ------------------------------------------------------------------ an operation launched by its name


def test_a_named_operation_launched_against_a_foe_is_an_offensive() -> None:
    """ "launched in October 2019 the Operation Peace Spring against the PKK", "launched Operation Olive Branch
    against the YPG": an offensive named as an operation, by whoever launched it against whom it names."""
    offensive = only(extract("The Kenyan army launched Operation Linda Nchi against al-Shabaab in southern Somalia in "
                             "October 2011."), "ASSAULT")
    assert "KEN" in codes(offensive.source)
    assert offensive.date is not None and offensive.date.start.startswith("2011-10")
    offensive = only(extract("The Nigerian army had launched in June 2021 the Operation Hadin Kai against Boko Haram "
                             "in Borno."), "ASSAULT")
    assert "NGA" in codes(offensive.source)


def test_a_named_operation_with_no_foe_is_no_offensive() -> None:
    """ "launched Operation Serval in Mali": a deployment as often as an offensive; nothing is coded from the name."""
    assert "ASSAULT" not in kinds(extract("France launched Operation Serval in Mali in January 2013."))


# ------------------------------------------------------------------ a truce told as in force inside a demand


def test_a_truce_a_relative_clause_tells_as_in_force_is_a_ceasefire() -> None:
    """ "called on Moscow to respect the ceasefire that entered into force in Donetsk on Sunday": the truce to be
    respected is the demand's content, but the clause tells it as in force since Sunday, a ceasefire of its own."""
    events = extract("Kyiv called on Moscow to respect the ceasefire that entered into force in Donetsk on Sunday.")
    demand = only(events, "REQUEST")
    assert demand.content is not None and demand.content.type == "RETREAT"
    truce = only(events, "RETREAT")
    assert truce.mode == "ceasefire"
    assert truce.status == "occurred"
    assert truce.date is not None and truce.date.start == "2026-11-15"


def test_a_truce_that_would_come_into_force_is_only_content() -> None:
    events = extract("Kyiv called on Moscow to respect any ceasefire that would come into force.")
    assert "RETREAT" not in kinds(events)


# ------------------------------------------------------------------ a denial is dated by its own clause


def test_a_denial_is_not_dated_by_the_act_it_denies() -> None:
    """ "denied that its aircraft had bombed the market on Wednesday": Wednesday dates the denied act, not the
    denial, which is news of the publication day (the warning, likewise, not by the day it threatens)."""
    events = extract("The Russian defence ministry denied that its aircraft had bombed the market in Ariha on "
                     "Wednesday.")
    denial = only(events, "REJECT")
    assert denial.date is not None and denial.date.start == "2026-11-20"
    bombing = only(events, "ASSAULT")
    assert bombing.status == "negated"
    assert bombing.date is not None and bombing.date.start == "2026-11-18"
    warning = only(extract("Kenya warned that it would strike militant camps in Gedo on Sunday."), "THREATEN")
    assert warning.date is not None and warning.date.start == "2026-11-20"


def test_a_statement_dated_on_its_own_verb_keeps_that_date() -> None:
    warning = only(extract("Kenya warned on Monday that it would strike militant camps in Gedo on Sunday."),
                   "THREATEN")
    assert warning.date is not None and warning.date.start == "2026-11-16"


# ------------------------------------------------------------------ the night of one day to the next


def test_the_night_of_monday_to_tuesday_is_tuesday() -> None:
    """ "in the night of Monday to Tuesday" (translated French, Arabic and Russian copy): the night runs into the
    morning of its second day, which dates the act (a bare weekday keeps its own day)."""
    withdrawal = only(extract("The rebels said they had withdrawn from Tessalit in the night of Wednesday to "
                              "Thursday."), "RETREAT")
    assert withdrawal.date is not None and withdrawal.date.start == "2026-11-19"
    attack = only(extract("Gunmen attacked a police post in Dori on the night from Sunday to Monday."), "ASSAULT")
    assert attack.date is not None and attack.date.start == "2026-11-16"
    attack = only(extract("Gunmen attacked a police post in Dori on Wednesday."), "ASSAULT")
    assert attack.date is not None and attack.date.start == "2026-11-18"
