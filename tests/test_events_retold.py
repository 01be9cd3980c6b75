"""Acts a report tells more than once, and acts told with what they were for: a toll retold sentences later, "the
raid" or "Monday's attack" pointing back, a protest whose demand has an addressee of its own.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date

from flashpoint.events import extract_article
from flashpoint.model import Article, Event
from test_events import codes, only

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def extract(text: str) -> list[Event]:
    return extract_article(Article(id="t", text=text, published=PUBLISHED))


# ------------------------------------------------------------------ protests and what they demand


def test_a_protest_to_demand_a_release_is_one_protest_by_the_crowd_at_the_government() -> None:
    """PLOVER: the demand a protest makes is its topic, not a second act, even when the demand names someone."""
    events = extract("In Beirut, thousands demonstrated to demand the release of Lebanese prisoners held in Israel.")
    protest = only(events, "PROTEST")
    assert [e.type for e in events] == ["PROTEST"]
    assert protest.source[0].sector == "PRO" and codes(protest.source) == {"LBN"}
    assert codes(protest.target) == {"LBN"} and protest.target[0].sector == "GOV"


def test_a_crowd_the_parser_takes_for_the_head_of_the_sentence_still_marched() -> None:
    """ "Tens of thousands protested across Serbia" parsed as a noun with a participle: the crowd is the source."""
    events = extract("Tens of thousands protested across Serbia to demand the release of students arrested by police.")
    protest = only(events, "PROTEST")
    assert protest.source[0].text == "Tens of thousands" and protest.source[0].sector == "PRO"
    assert codes(only(events, "COERCE").source) == {"SRB"}  # the arrest the demand names is an act of its own


# ------------------------------------------------------------------ tolls told again


def test_a_death_toll_retold_sentences_later_joins_the_one_attack_of_the_report() -> None:
    events = extract("Gunmen attacked a market in Maiduguri on Monday. Several stalls were burned. The death toll"
                     " rose to 12, officials said.")
    attack = only(events, "ASSAULT")
    assert attack.fatalities == 12 and codes(attack.source) == {"NGA"}
    assert len(attack.mentions) == 1  # the toll's sentence is a mention of the attack


def test_a_bare_toll_far_from_its_attack_joins_it_when_it_is_the_only_one() -> None:
    events = extract("Gunmen attacked a market in Maiduguri on Monday.\n"
                     "Residents said the attackers arrived on motorcycles.\n"
                     "Traders said many stalls were burned.\n"
                     "At least 12 people were killed, officials said.")
    attack = only(events, "ASSAULT")
    assert attack.fatalities == 12


def test_a_toll_with_no_act_to_belong_to_is_no_event() -> None:
    """ "The death toll rose": a figure, not an act; with nothing violent in the report it codes nothing (and an
    earthquake's toll never does)."""
    assert extract("The death toll rose to 300 on Tuesday, officials said.") == []
    assert extract("The death toll from the earthquake rose to 300 on Tuesday.") == []


def test_a_bare_toll_does_not_join_an_attack_that_already_has_one() -> None:
    events = extract("Gunmen killed four villagers in Maiduguri on Monday.\n"
                     "Residents said the attackers arrived on motorcycles.\n"
                     "Traders said many stalls were burned.\n"
                     "At least 12 people were killed, officials said.")
    assert sorted(e.fatalities or 0 for e in events if e.type == "ASSAULT") == [4, 12]


# ------------------------------------------------------------------ "the raid", "Monday's attack"


def test_victims_told_with_the_raid_fill_the_raids_target() -> None:
    events = extract("Israeli forces raided the Jenin refugee camp on Monday.\n"
                     "Three men were killed during the raid, the Palestinian health ministry said.")
    raid = only(events, "ASSAULT")
    assert raid.fatalities == 3 and codes(raid.source) == {"ISR"} and "PSE" in codes(raid.target)


def test_an_attack_named_by_its_day_points_back_and_adds_no_claimant() -> None:
    """ "Monday's attack" is the attack told before; survivors who tell it again do not make it their claim."""
    events = extract("Gunmen attacked the village of Kuchi in Niger state on Monday, killing nine people.\n"
                     "Survivors said Monday's attack lasted three hours.")
    attack = only(events, "ASSAULT")
    assert attack.fatalities == 9 and attack.claimed_by is None and len(attack.mentions) == 1


def test_a_riot_named_again_as_attacks_is_the_riot() -> None:
    """ "Protesters attacked the embassies ... condemned the attacks on the embassies": the riot, not a new assault."""
    events = extract("Protesters attacked the embassies of France and Belgium in Kinshasa on Tuesday, setting fire"
                     " to the French mission.\nPolice used tear gas to disperse them.\nFrance condemned the attacks on"
                     " the embassies.")
    assert [e.type for e in events if e.type in {"ASSAULT", "PROTEST"}].count("PROTEST") == 1
    assert not [e for e in events if e.type == "ASSAULT" and e.trigger.text == "attacks"]
    riot = only(events, "PROTEST")
    police = next(e for e in events if e.trigger.text == "used")
    assert len(riot.mentions) == 1 and police.mentions == []  # not the police's tear gas told again


# ------------------------------------------------------------------ "fighting erupted between", "the clashes"


def test_fighting_that_erupted_between_two_sides_has_both_and_keeps_them_when_named_again() -> None:
    """The sides hang on the verb that tells the fighting began; "the clashes" later fold into it, and the
    civilians killed in them are its dead, not a third side."""
    events = extract("Fighting erupted between the army and rebels in Kidal on Tuesday.\n"
                     "Witnesses said the heavy clashes continued into the night.\n"
                     "Several civilians were killed in the clashes, a doctor said.")
    fight = only(events, "ASSAULT")
    assert {a.sector for a in fight.source} == {"MIL", "REB"} and codes(fight.source) == {"MLI"}
    assert {a.sector for a in fight.target} == {"MIL", "REB"}
    assert len(fight.mentions) == 2


def test_clashes_that_broke_out_between_police_and_protesters_have_both_sides() -> None:
    clash = only(extract("Clashes broke out between police and protesters in Dhaka on Sunday."), "ASSAULT")
    assert {a.sector for a in clash.source} == {"COP", "PRO"} and codes(clash.source) == {"BGD"}


# ------------------------------------------------------------------ an act told again by whoever claims it


def test_a_group_that_claims_an_attack_and_gives_its_own_toll_tells_the_attack_again() -> None:
    """The claim and the claimant's figure are the ambush told again: one event, which keeps the first figure and
    its claimant (gold-format.md), not a second ASSAULT."""
    events = extract("Suspected jihadists ambushed an army convoy near Douentza on Monday, killing six soldiers, the "
                     "army said. JNIM claimed the attack and said its fighters had killed 31 soldiers.")
    ambush = only(events, "ASSAULT")
    assert ambush.fatalities == 6 and ambush.claimed_by is not None and ambush.claimed_by.text == "the army"
    assert len(ambush.mentions) == 1  # the claim's sentence


def test_a_claim_of_responsibility_that_names_no_act_still_tells_the_attack_again() -> None:
    """ "claimed responsibility, saying it had killed ...": the bombing told before, by the group behind it."""
    events = extract("A car bomb exploded outside an army base in Mogadishu on Friday, killing nine soldiers, officials"
                     " said.\nAl-Shabaab claimed responsibility in a statement, saying it had killed 40 soldiers.")
    bombing = only(events, "ASSAULT")
    assert bombing.fatalities == 9


def test_another_speakers_own_act_beside_a_claim_stays_an_act_of_its_own() -> None:
    """The army's counter-attack, told while the group claims the ambush, is another act by other doers: a wrong
    merge is worse than a duplicate."""
    events = extract("Gunmen ambushed a police patrol near Dori on Sunday, killing four officers, police said. JNIM "
                     "claimed the attack, while the army said its troops had killed 20 militants in a pursuit.")
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 2
    assert {e.fatalities for e in assaults} == {4, 20}


# ------------------------------------------------------------------ "the raids destroyed", "killed in the strikes"


def test_what_the_raids_did_told_by_a_verb_is_the_air_strikes_told_again() -> None:
    """ "the raids destroyed several vehicles": the verb says what the known strikes did; its own sense (destroying)
    is no other kind of attack."""
    events = extract("The Sudanese army carried out air strikes on RSF positions east of El Fasher on Tuesday. "
                     "The army said the raids destroyed several armed vehicles.")
    strikes = only(events, "ASSAULT")
    assert strikes.mode == "aerial" and codes(strikes.source) == {"SDN"}


def test_a_toll_in_the_strikes_joins_the_strikes_when_the_other_acts_are_the_other_sides() -> None:
    """Of the warplanes' strikes and Hezbollah's rockets, "killed in the overnight strikes" can only mean the
    strikes (two acts by one doer would leave it ambiguous: see test_events.py,
    test_an_act_named_again_folds_only_where_it_points_at_one_act)."""
    events = extract("Israeli warplanes struck several villages in southern Lebanon overnight.\n"
                     "Hezbollah said it fired a salvo of rockets at an Israeli army base near Safed. Israel's military"
                     " said most of the rockets were intercepted.\n"
                     "Lebanon's health ministry said seven people were killed in the overnight strikes.")
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 3  # the strikes, the rockets and their interception
    strikes = next(e for e in assaults if e.trigger is not None and e.trigger.text == "struck")
    assert strikes.fatalities == 7


# ------------------------------------------------------------------ "the attackers fired on ...": the doers named again


def test_what_the_attackers_did_told_in_the_next_sentence_is_the_ambush_told_again() -> None:
    """ "the attackers" are those of the ambush told before: their firing on the patrol is the ambush in detail."""
    events = extract("Suspected militants killed at least 12 soldiers in an ambush near Tillaberi on Friday, army "
                     "sources said.\nThe attackers, riding motorcycles, fired on a patrol escorting a fuel convoy, one "
                     "of the sources said.")
    ambush = only(events, "ASSAULT")
    assert ambush.trigger is not None and ambush.trigger.text == "ambush" and len(ambush.mentions) == 1


def test_the_attackers_acting_in_another_country_tell_an_act_of_their_own() -> None:
    """Two acts told alike, by the same doers, in two countries: never one event (a wrong merge is worse than a
    duplicate)."""
    events = extract("Gunmen ambushed an army convoy near Menaka in Mali on Friday, killing nine soldiers.\n"
                     "The attackers fired on a police post in Niger's Tillaberi region hours later, police said.")
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 2
    assert {e.location.country for e in assaults if e.location} == {"MLI", "NER"}
