"""Acts full wire reports tell in ways that used to lose their parties: datelines, relative clauses,
reported clauses with "they", force announced by its own side, reports filed from a foreign bureau.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events import extract_article
from flashpoint.model import Article, Event
from flashpoint.nlp import annotate
from test_events import codes, only

PUBLISHED = date(2024, 11, 20)  # a Wednesday


def extract(text: str) -> list[Event]:
    return extract_article(Article(id="t", text=text, published=PUBLISHED))


# ------------------------------------------------------------------ datelines


def test_the_lede_after_a_wire_dateline_is_a_sentence_of_its_own() -> None:
    doc = annotate("BAKU, June 19 (Reuters) - Azerbaijan said 100 of its soldiers had been killed. The U.S. said"
                   " it was concerned.")
    assert [s.text for s in doc.sents] == ["BAKU, June 19 (Reuters) -",
                                           "Azerbaijan said 100 of its soldiers had been killed.",
                                           "The U.S. said it was concerned."]


def test_a_sentence_that_merely_opens_with_capitals_is_no_dateline() -> None:
    doc = annotate("Burkina Faso, Mali and Niger withdrew from the bloc - a blow to the region.")
    assert len(list(doc.sents)) == 1


def test_the_act_after_a_dateline_keeps_its_subject() -> None:
    events = extract("BANGKOK, Nov 20 (Reuters) - A Myanmar military jet bombed a village in the Sagaing region"
                     " on Monday, killing at least 15 civilians, residents said.")
    strike = only(events, "ASSAULT")
    assert codes(strike.source) == {"MMR"} and strike.source[0].sector == "MIL"


def test_a_report_filed_from_a_foreign_bureau_is_about_the_country_it_names() -> None:
    """Police and protesters of no stated nationality in a Bangkok-filed report on Myanmar are Myanmar's."""
    events = extract("BANGKOK, Nov 20 (Reuters) - Police detained 40 protesters on Tuesday, witnesses said.\n"
                     "The demonstrations began in Yangon and spread to Mandalay.")
    arrest = only(events, "COERCE")
    assert codes(arrest.source) == {"MMR"}


def test_each_item_of_a_round_up_takes_the_country_of_its_heading() -> None:
    """A round-up's first heading is no dateline for the whole report: the government, the troops and the
    police of each item are those of the country the item opens with."""
    events = extract("MALI - Gunmen killed nine traders near Mopti on Monday, local officials said.\n"
                     "BURKINA FASO - The transitional government suspended the broadcasts of two radio stations.\n"
                     "NIGERIA - Troops killed eight kidnappers in Zamfara state, the army said.")
    assert codes(only(events, "COERCE").source) == {"BFA"}
    troops = [e for e in events if e.type == "ASSAULT" and e.source and e.source[0].sector == "MIL"]
    assert [codes(e.source) for e in troops] == [{"NGA"}]


def test_a_dateline_country_named_again_in_the_report_stays_its_country() -> None:
    """A Mogadishu-filed report that names Somalia again is about Somalia, however often it names the
    United States as an actor: the army of no stated nationality is Somalia's."""
    events = extract("MOGADISHU, Nov 12 - Somalia's information ministry said troops had killed 34 militants near"
                     " Buulo Mareer on Monday.\nThe United States carried out an airstrike nearby, US Africa"
                     " Command said.")
    kill = next(e for e in events if e.type == "ASSAULT" and e.trigger.text == "killed")
    assert codes(kill.source) == {"SOM"}


def test_a_foreign_datelines_own_country_and_town_do_not_make_it_home() -> None:
    """ "JEDDAH, Saudi Arabia -" names the bureau, and talks held in the bureau's town do not make a report about
    fighting in Sudan a Saudi one: the army and police of no stated nationality are Sudan's."""
    events = extract("JEDDAH, Saudi Arabia, Nov 20 (Reuters) - Envoys of Sudan's warring parties met for talks in"
                     " Jeddah on Tuesday.\nFighting raged in Khartoum on Monday, where the army bombed positions held"
                     " by the paramilitary group.\nPolice arrested dozens of looters in Omdurman.")
    bombing = next(e for e in events if e.type == "ASSAULT" and e.trigger.text == "bombed")
    assert codes(bombing.source) == {"SDN"} and bombing.source[0].sector == "MIL"
    assert codes(only(events, "COERCE").source) == {"SDN"}


def test_a_dateline_country_named_by_another_place_stays_home() -> None:
    """A Kabul-filed report that names Kandahar as well is about Afghanistan, though it names Pakistan more often:
    the army of no stated nationality is Afghanistan's."""
    events = extract("KABUL, Nov 20 - The army arrested 12 men in Kandahar on Tuesday, officials said.\nPakistan"
                     " said the men had crossed from Pakistan's Kurram district, and Islamabad closed the border.")
    arrest = next(e for e in events if e.trigger.text == "arrested")
    assert codes(arrest.source) == {"AFG"}


def test_a_foreign_government_that_speaks_makes_no_report_foreign() -> None:
    """A Tbilisi live blog that quotes Lithuania's minister and "Vilnius" is still about Georgia: the police
    and protesters of no stated nationality are Georgia's."""
    events = extract("TBILISI, Feb 12 - live updates\n21:40 - Riot police detained dozens of protesters outside"
                     " parliament.\n19:10 - Lithuania's foreign minister says Vilnius will propose sanctions against"
                     " the government.")
    arrest = next(e for e in events if e.trigger.text == "detained")
    assert codes(arrest.source) == {"GEO"}


# ------------------------------------------------------------------ who acts in a clause


def test_a_relative_pronoun_subject_is_the_noun_its_clause_hangs_from() -> None:
    events = extract("Captain Ibrahim Traore, who seized power in a coup in September 2022, has asked Russia for"
                     " military instructors.")
    coup = only(events, "COERCE")
    assert codes(coup.source) == {"BFA"}


def test_they_in_a_clause_a_speaker_reports_is_the_speaker() -> None:
    events = extract("Nigerian police said they had deployed a tactical team to Kaduna state.")
    deployment = only(events, "MOBILIZE")
    assert codes(deployment.source) == {"NGA"} and deployment.source[0].sector == "COP"


def test_they_in_a_sentence_without_a_speaker_is_left_alone() -> None:
    events = extract("Colombia suspended the ceasefire after they killed four teenagers.")
    assert not [e for e in events if e.type == "ASSAULT" and "COL" in codes(e.source)]


# ------------------------------------------------------------------ force announced by its own side


def test_force_its_own_side_vows_is_a_threat_with_the_attack_as_content() -> None:
    events = extract("Houthi leader Abdul Malik al-Houthi vowed to continue the attacks on shipping.")
    threat = only(events, "THREATEN")
    assert threat.status == "occurred" and threat.claimed_by is None
    assert threat.content is not None and (threat.content.type, threat.content.status) == ("ASSAULT", "hypothetical")
    assert not [e for e in events if e.type == "ASSAULT"]


def test_an_attack_a_writer_reports_as_planned_stays_a_planned_attack() -> None:
    events = extract("Israel will launch an offensive on Rafah next week, officials said.")
    assert only(events, "ASSAULT").status == "planned"


# ------------------------------------------------------------------ acts told side by side


def test_a_killing_and_an_abduction_told_together_are_two_acts() -> None:
    events = extract("Gunmen killed 11 villagers and abducted at least 40 others in a raid in Kaduna state,"
                     " residents said.")
    assert sorted(e.mode or "" for e in events if e.type == "ASSAULT") == ["", "abduct"]


def test_two_sides_releasing_captives_are_two_acts() -> None:
    events = extract("Armenia freed three Azerbaijani soldiers on Sunday and Azerbaijan released 32 Armenian"
                     " prisoners on Monday.")
    assert len([e for e in events if e.type == "RETREAT"]) == 2


def test_two_measures_of_one_government_are_two_acts() -> None:
    events = extract("The Bangladeshi government cut mobile data nationwide on Thursday and imposed a curfew.")
    assert len([e for e in events if e.type == "COERCE"]) == 2


def test_one_attack_told_in_parts_stays_one_act() -> None:
    for text in ("Gunmen attacked the village of Kurmin Doka in Nigeria and killed 11 people.",
                 "Armed gangs attacked a police station in Haiti overnight and set it on fire.",
                 "Russian forces shelled and bombed Kharkiv on Tuesday."):
        assert len([e for e in extract(text) if e.type == "ASSAULT"]) == 1, text


def test_an_act_told_in_a_clause_with_its_own_subject_is_an_act_of_its_own() -> None:
    events = extract("Myanmar's junta has arrested more than 20,000 people since it ousted the elected government"
                     " in February 2021.")
    assert len([e for e in events if e.type == "COERCE"]) == 2


def test_a_relative_clause_about_the_attack_itself_is_that_attack() -> None:
    events = extract("The Russian drone strike, which hit a market in Kharkiv, killed 12 people.")
    assert len([e for e in events if e.type == "ASSAULT"]) == 1


def test_opposition_parties_of_no_stated_nationality_belong_to_the_report() -> None:
    events = extract("Georgian riot police detained 11 protesters in Tbilisi on Tuesday.\n"
                     "Opposition parties have called a general strike for Monday in Tbilisi and Batumi.")
    strike = next(e for e in events if e.type == "PROTEST" and "strike" in e.evidence.text)
    assert codes(strike.source) == {"GEO"}


def test_in_a_report_of_two_countries_police_belong_to_the_country_of_their_paragraph() -> None:
    events = extract("Armenia handed four villages in the Tavush region over to Azerbaijan on Wednesday.\n"
                     "Azerbaijan's foreign ministry welcomed the handover.\n"
                     "Thousands of demonstrators demanded the resignation of Prime Minister Nikol Pashinyan."
                     " Police detained 150 protesters who blocked streets.")
    arrest = only(events, "COERCE")
    assert codes(arrest.source) == {"ARM"} and codes(arrest.target) == {"ARM"}


def test_the_two_countries_of_two_leaders_are_theirs() -> None:
    events = extract("Chinese President Xi Jinping welcomed Russian President Vladimir Putin in Beijing on Thursday.\n"
                     "The two countries agreed to expand cooperation in energy.")
    agreement = next(e for e in events if e.type == "AGREE" and e.trigger is not None and e.trigger.text == "agreed")
    assert codes(agreement.source) == {"CHN", "RUS"}


def test_a_gerund_after_before_or_after_is_done_by_the_clause_subject() -> None:
    events = extract("Fano fighters briefly seized the town of Lalibela last week before withdrawing, residents said.")
    assert codes(only(events, "RETREAT").source) == {"ETH"}



def test_strikes_carried_out_on_targets_are_an_attack() -> None:
    events = extract("American warplanes carried out more than a dozen strikes on Houthi targets in Sanaa.")
    strike = only(events, "ASSAULT")
    assert codes(strike.source) == {"USA"}
    assert not [e for e in extract("Workers went on strike on Monday over pay.") if e.type == "ASSAULT"]


def test_it_in_a_clause_a_speaker_reports_is_the_speaker() -> None:
    events = extract("The ELN said in a statement that the soldiers were in good health and that it was willing to"
                     " release them.")
    offer = only(events, "CONCEDE")
    assert [(a.country, a.sector) for a in offer.source] == [("COL", "REB")]


def test_a_lede_the_parser_reads_as_a_noun_phrase_keeps_its_subject() -> None:
    """spaCy reads "Islamist militants killed at least 17 soldiers" as militants (root) killed (participle)."""
    events = extract("Islamist militants killed at least 17 soldiers in western Niger on Monday.")
    attack = only(events, "ASSAULT")
    assert codes(attack.source) == {"NER"} and attack.source[0].sector == "REB"


def test_a_deal_signed_between_two_sides_is_agreed_by_both() -> None:
    events = extract("Somalia's parliament voted to nullify a memorandum signed last week between Ethiopia and"
                     " Kenya.")
    deal = next(e for e in events if e.type == "AGREE")
    assert codes(deal.source) == {"ETH", "KEN"}


def test_an_act_in_a_content_clause_of_a_noun_keeps_its_own_subject_and_object() -> None:
    """ "denied reports that the junta had expelled ...": the clause is no reduced relative ("the truce brokered
    by Russia"), so the junta expels and the executives are expelled, not the reports."""
    events = extract("Nigerien officials denied reports that the junta had expelled Chinese oil executives.")
    expulsion = only(events, "COERCE")
    assert expulsion.status == "negated"
    assert [a.text for a in expulsion.source] == ["the junta"] and codes(expulsion.target) == {"CHN"}


@pytest.mark.parametrize(("text", "type_", "source"), [
    ("Deputies passed a bill that would ban face coverings in Kyrgyzstan.", "COERCE", "KGZ"),
    ("The Organization of American States failed on Wednesday to pass a resolution demanding that the electoral"
     " council publish the results.", "REQUEST", "OAS"),
    ("The European Parliament adopted a resolution condemning the arrests.", "ACCUSE", "EU"),
])
def test_an_act_a_text_tells_is_done_by_whoever_adopts_the_text(text: str, type_: str, source: str) -> None:
    assert codes(only(extract(text), type_).source) == {source}


@pytest.mark.parametrize("text", [
    "Several dozen Burkinabe civilians lost their lives in an attack on Saturday.",
    "Several dozen Burkinabe civilians died in an attack on Saturday.",
])
def test_people_who_died_in_an_attack_are_its_target(text: str) -> None:
    attack = only(extract(text), "ASSAULT")
    assert codes(attack.target) == {"BFA"} and attack.target[0].sector == "CVL"


def test_a_charge_daffaires_summoned_is_a_diplomatic_protest() -> None:
    summons = only(extract("Asuncion summoned Brazil's charge d'affaires on Tuesday."), "ACCUSE")
    assert codes(summons.source) == {"PRY"} and codes(summons.target) == {"BRA"}


def test_a_statement_by_another_named_speaker_is_not_folded_into_an_earlier_one() -> None:
    """The lawyer's condemnation (no country to compare) and the two governments' concern are two acts."""
    events = extract("Lawyer Samia Ben Ali condemned the verdict on Tuesday.\n"
                     "France and Germany said they were concerned about fair-trial guarantees.")
    disapprovals = [e for e in events if e.type == "ACCUSE"]
    assert len(disapprovals) == 2 and "FRA" in codes(disapprovals[1].source)
