"""Phrasing families found on development reports g238-g249 (live blogs with timestamped entries and headings
between them; analyses and explainers that retell acts, give both sides' versions and mix background with new
acts), which were coded before flashpoint ran on them. Each rule covers a family of phrasings; each test uses
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



# ------------------------------------------------------------------ titles, headings and questions tell no act


def test_a_live_blogs_title_and_headings_name_topics_and_the_entries_tell_the_acts() -> None:
    """A line that ends without a full stop, in a report whose entries end with one, is a title or a section
    heading ("Syria live: clashes in Sweida province (Damascus time)", "Diplomacy"): the act is the entry's."""
    events = extract("Syria live: clashes in Sweida province (Damascus time)\n"
                     "09:00 — Fighting between Druze militias and Bedouin tribal fighters resumed overnight in "
                     "Sweida province.\nDiplomacy\n"
                     "13:10 — Jordan's foreign minister urged an immediate return to the ceasefire.")
    assert not [e for e in events if e.evidence.text.startswith("Syria live")]
    fighting = only(events, "ASSAULT")
    assert fighting.evidence.text.startswith("Fighting between")
    assert "REQUEST" in {e.type for e in events}


def test_a_report_of_one_unpunctuated_line_keeps_its_act() -> None:
    """A headline or a coded sentence given alone, without a full stop, is still the report's telling."""
    strike = only(extract("Israeli jets strike villages near Nabatieh"), "ASSAULT")
    assert codes(strike.source) == {"ISR"}


def test_an_explainers_wh_question_asks_and_its_answer_tells() -> None:
    """ "Who has been detained?" heads the answer below it; the detention is told in the answer."""
    events = extract("Houthi security forces detained 11 UN staff members in Sanaa on Sunday.\n"
                     "Who has been detained? Sunday's arrests bring to 59 the number of UN personnel held.")
    assert not [e for e in events if "Who has been detained?" in e.evidence.text
                and e.evidence.text.startswith("Who")]
    assert only(events, "COERCE").evidence.text.startswith("Houthi")


# ------------------------------------------------------------------ habits and classes of deeds are no single act


def test_a_habit_in_the_simple_present_and_a_class_of_deeds_are_no_act() -> None:
    """ "usually strike", "such strikes have destroyed", "five such outposts": what an actor does, or deeds of a
    kind counted together, are no act a dataset can date."""
    for sentence in ("The militants usually strike at shift changes.",
                     "The Pentagon says such strikes have destroyed vessels carrying drugs.",
                     "The rebels have overrun at least five such outposts in Hiran."):
        assert "ASSAULT" not in kinds(extract(sentence)), sentence


def test_a_repeated_act_told_as_done_and_the_third_such_attack_stay_acts() -> None:
    """A perfect is a fact however often it happened, a dated "repeatedly" is one night's acts, and "the third
    such attack" tells the act of its sentence again."""
    assert "REJECT" in kinds(extract("The army has repeatedly denied targeting civilians."))
    assert "ASSAULT" in kinds(extract("Israeli forces repeatedly struck Khan Younis on Tuesday."))
    attack = only(extract("A drone attack on Sunday night targeted a base hosting U.S. troops at Ain al-Asad, "
                          "the third such attack this month."), "ASSAULT")
    assert codes(attack.target) == {"USA"}


def test_a_war_named_as_the_killer_is_a_tally_not_an_act() -> None:
    events = extract("The war between the factions has killed more than 1,800 people in Sinaloa since 2024.")
    assert not [e for e in events if e.trigger is not None and e.trigger.text == "killed"]


# ------------------------------------------------------------------ offers of forces, orders to forces


def test_forces_offered_to_another_government_are_an_offer_of_help() -> None:
    """ "ready to send reinforcements if Mogadishu asked", "stood ready to send aircraft to support": AGREE by
    the side that offers, the deployment its hypothetical content (no threat, no deployment)."""
    for sentence in ("Ethiopia said on Wednesday it was ready to send reinforcements if Mogadishu asked.",
                     "Mali and Niger said they stood ready to send aircraft to support Burkinabe troops."):
        offer = only(extract(sentence), "AGREE")
        assert offer.content is not None and offer.content.type == "MOBILIZE", sentence
        assert offer.content.status == "hypothetical"
        assert not {"THREATEN", "MOBILIZE"} & kinds(extract(sentence)), sentence


def test_ready_to_host_a_new_round_is_an_offer_to_mediate() -> None:
    offer = only(extract("Jordan said it was ready to host a new round."), "AGREE")
    assert codes(offer.source) == {"JOR"}
    assert offer.content is not None and offer.content.type == "CONSULT"


def test_a_command_to_ones_forces_is_the_deployment() -> None:
    """ "ordered the army to patrol the streets", "ordered the military to maintain full readiness": the
    deployment a government orders is told (a request to another party stays a request)."""
    for sentence in ("President Lee ordered the military to maintain full readiness.",
                     "The prime minister ordered the army to patrol the streets of Lima alongside the police.",
                     "The interior ministry says it has sent security convoys to the edge of the province."):
        assert "MOBILIZE" in kinds(extract(sentence)), sentence
    assert "MOBILIZE" not in kinds(extract("The UN urged the government to let peacekeepers patrol the county, "
                                      "where they have been unable to patrol since March."))


# ------------------------------------------------------------------ measures named in other words


def test_custody_named_as_where_a_person_is_put_is_an_arrest() -> None:
    for sentence in ("The president placed the base commander under arrest on Monday.",
                     "The former minister was put under house arrest."):
        assert only(extract(sentence), "COERCE").mode == "arrest", sentence


def test_suspending_intelligence_sharing_or_a_weekly_is_a_measure() -> None:
    cut = only(extract("Colombia suspended intelligence sharing with the United States in October."), "SANCTION")
    assert cut.mode == "discontinue" and codes(cut.target) == {"USA"}
    ban = only(extract("The government suspended the French weekly Jeune Afrique for three months."), "COERCE")
    assert ban.mode == "censor"


def test_a_judgement_the_parser_hangs_on_the_object_is_still_a_judgement() -> None:
    """ "called the Chinese actions "dangerous and destabilising"": the object predicate parsed as the object's
    modifier; a modifier before the object describes it."""
    blame = only(extract('The US ambassador called the Chinese actions "dangerous and destabilising".'), "ACCUSE")
    assert blame.mode == "disapprove" and codes(blame.source) == {"USA"}
    assert only(extract("The minister called the agreement historic."), "SUPPORT")
