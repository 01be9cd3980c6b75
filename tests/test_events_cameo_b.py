"""Phrasings of CAMEO roots 11-20 (reject, sanction, coerce, assault ...) as wire copy tells them.

Sentences written for these tests (other words and other countries than tests/data/plover/cameo-b-*.jsonl); each
runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date

from flashpoint.events import extract_article
from flashpoint.model import Article, Event
from test_events import codes, kinds, only

PUBLISHED = date(2009, 3, 12)  # a Thursday


def extract(text: str) -> list[Event]:
    return extract_article(Article(id="t", text=text, published=PUBLISHED))


# ------------------------------------------------------------------ a date between a verb and its infinitive


def test_a_refusal_with_a_date_before_its_infinitive_is_a_refusal() -> None:
    # "declined on Monday to free": the parser hangs the infinitive as an adverbial clause after the date
    events = extract("Malaysia declined on Monday to free the Thai trawler crews held in Kota Bharu.")
    refusal = only(events, "REJECT")
    assert codes(refusal.source) == {"MYS"} and refusal.status == "occurred"
    assert refusal.content is not None and refusal.content.type == "RETREAT"
    assert "RETREAT" not in kinds(events)


def test_a_refusal_to_ease_restrictions_is_no_concession_whatever_the_date() -> None:
    events = extract("Algeria declined on Tuesday to lift its visa restrictions on Moroccan traders.")
    assert "REJECT" in kinds(events) and "CONCEDE" not in kinds(events)


def test_a_purpose_clause_after_a_date_stays_no_complement() -> None:
    # a verb that needs a forceful act below it ("vowed to strike") is not made one by a purpose clause
    assert "THREATEN" not in kinds(extract("The minister flew on Sunday to Dakar to attend a summit on fishing."))


# ------------------------------------------------------------------ expelling international bodies (CAMEO 166)


def test_expelling_aid_agencies_or_inspectors_is_a_sanction() -> None:
    agencies = only(extract("Eritrea expelled six foreign aid agencies from the Gash-Barka region."), "SANCTION")
    assert agencies.mode == "expel" and codes(agencies.source) == {"ERI"}
    inspectors = only(extract("Syria expelled the international weapons inspectors on Wednesday."), "SANCTION")
    assert inspectors.mode == "expel"


def test_ordering_a_named_organisation_out_is_an_expulsion_and_migrants_are_still_deported() -> None:
    ordered = only(extract("Burundi ordered the Red Cross out of two northern provinces on Monday."), "SANCTION")
    assert ordered.mode == "expel" and codes(ordered.source) == {"BDI"}
    deported = only(extract("Police in Libya ordered hundreds of migrants out of the port town on Monday."), "COERCE")
    assert deported.mode == "deport"


# ------------------------------------------------------------------ cutting help, talks and ties (CAMEO 16)


def test_cancelled_or_withheld_aid_is_a_sanction() -> None:
    cancelled = only(extract("Sweden cancelled its budget support to Nicaragua on Thursday."), "SANCTION")
    assert cancelled.mode == "discontinue" and codes(cancelled.target) == {"NIC"}
    withheld = only(extract("Canada has withheld development aid from Madagascar since the coup."), "SANCTION")
    assert withheld.mode == "discontinue" and codes(withheld.source) == {"CAN"}


def test_a_mediator_that_stops_mediating_and_a_downgraded_presence() -> None:
    role = only(extract("Turkey suspended its role as mediator between Syria and Israel on Saturday."), "SANCTION")
    assert role.mode == "withdraw" and codes(role.source) == {"TUR"}
    hold = [e for e in extract("Libya put its mediation in the Darfur talks on hold.") if e.type == "SANCTION"]
    assert hold and codes(hold[0].source) == {"LBY"}
    presence = only(extract("Peru reduced its diplomatic presence in La Paz on Friday."), "SANCTION")
    assert codes(presence.source) == {"PER"}


# ------------------------------------------------------------------ refusals (CAMEO 12)


def test_turning_away_aid_deciding_against_it_and_refusing_to_sell_arms_are_refusals() -> None:
    turned = only(extract("Zimbabwe turned away two convoys of British food aid on Sunday."), "REJECT")
    assert codes(turned.source) == {"ZWE"}
    decided = extract("Berlin has decided against supplying tanks to Riyadh, officials said on Monday.")
    assert "REJECT" in kinds(decided) and "AID" not in kinds(decided)
    refused = only(extract("Beijing will not sell fighter jets to Taipei, a Chinese official said."), "REJECT")
    assert codes(refused.source) == {"CHN"}


def test_defying_a_deadline_is_a_refusal_and_defying_gravity_is_nothing() -> None:
    defied = only(extract("Serbia defied a European Union deadline on Monday to hand over the fugitive general."),
                  "REJECT")
    assert codes(defied.source) == {"SRB"}
    assert not extract("The acrobats defied gravity at the festival in Montreal on Saturday.")


# ------------------------------------------------------------------ protest, mobilise, coerce (CAMEO 14-17)


def test_a_fast_gone_on_and_a_sit_in_staged_are_protests() -> None:
    fast = only(extract("Jailed Tunisian lawyer Mohamed Abbou went on an open-ended fast in his cell on Sunday."),
                "PROTEST")
    assert fast.mode == "hunger"
    sit_in = only(extract("Hundreds of Nepali teachers staged a sit-in outside the education ministry on Monday."),
                  "PROTEST")
    assert codes(sit_in.source) == {"NPL"}


def test_paraded_weapons_are_a_show_of_force_and_a_parade_of_fans_is_nothing() -> None:
    show = only(extract("Pakistan paraded its new cruise missiles through Islamabad on Monday."), "MOBILIZE")
    assert codes(show.source) == {"PAK"}
    assert "MOBILIZE" not in kinds(extract("Fans paraded the trophy through the streets of Accra on Monday."))


def test_a_town_placed_under_curfew_by_the_authorities() -> None:
    curfew = only(extract("Thai authorities placed the southern town of Yala under curfew on Tuesday."), "COERCE")
    assert curfew.mode == "curfew" and codes(curfew.source) == {"THA"}


def test_families_forced_out_of_their_homes_by_the_state_are_evicted() -> None:
    evicted = only(extract("Angolan authorities forced 3,000 families out of their homes in Luanda on Friday."),
                   "COERCE")
    assert codes(evicted.source) == {"AGO"} and "ASSAULT" not in kinds([evicted])


# ------------------------------------------------------------------ violence (CAMEO 18-20)


def test_people_driven_from_their_villages_by_armed_men_are_attacked() -> None:
    driven = only(extract("Janjaweed militiamen drove thousands of Masalit farmers from their villages in Chad."),
                  "ASSAULT")
    assert codes(driven.target) >= {"TCD"} or driven.target
    forced = extract("Armed gangs forced hundreds of Somali traders to flee a township near Cape Town on Friday.")
    assert "ASSAULT" in kinds(forced)
    emptied = extract("Burmese troops emptied several villages of their Karen inhabitants last month.")
    assert "ASSAULT" in kinds(emptied)


def test_a_flood_that_drives_people_from_their_homes_is_no_attack() -> None:
    assert "ASSAULT" not in kinds(extract("Floods drove 20,000 villagers from their homes in Mozambique on Monday."))


def test_hacked_to_death_is_a_killing_and_hacked_websites_are_an_intrusion() -> None:
    killing = only(extract("Machete-wielding youths hacked to death six villagers in Burundi on Tuesday."), "ASSAULT")
    assert killing.mode != "cyber"
    intrusion = only(extract("Chinese hackers hacked the website of the Indian foreign ministry."), "COERCE")
    assert intrusion.mode == "cyber"


def test_beaten_candidates_poisoned_dissidents_and_abused_detainees() -> None:
    beaten = only(extract("Police in Harare beat an opposition candidate with batons on Sunday."), "ASSAULT")
    assert beaten.mode == "beat"
    poisoned = only(extract("Ukrainian opposition leader Viktor Yushchenko was poisoned with dioxin in 2004."),
                    "ASSAULT")
    assert codes(poisoned.target) == {"UKR"}
    assert "ASSAULT" not in kinds(extract("The row has poisoned relations between Caracas and Bogota."))
    abused = only(extract("Inmates held by Egyptian state security were subjected to torture, a rights group said."),
                  "ASSAULT")
    assert abused.mode == "torture"


# ------------------------------------------------------------------ verbal conflict in idioms (CAMEO 11-12)


def test_hitting_or_lashing_out_and_blasting_a_party_for_something_are_criticism() -> None:
    hit = extract("Armenia's foreign minister hit out at Baku on Thursday over its hostile rhetoric.")
    assert "ACCUSE" in kinds(hit) and "ASSAULT" not in kinds(hit)
    lashed = only(extract("Ecuador's president lashed out at the Peruvian press on Monday."), "ACCUSE")
    assert codes(lashed.source) == {"ECU"}
    blasted = only(extract("Iran's president blasted London on Sunday for meddling in the election."), "ACCUSE")
    assert codes(blasted.target) == {"GBR"}
    assert not kinds(extract("Workers blasted the rock for the new tunnel near Lyon."))


def test_brushing_off_criticism_is_a_refusal_and_slapped_sanctions_have_their_doer() -> None:
    brushed = only(extract("Beijing brushed aside the criticism from the European Parliament on Friday."), "REJECT")
    assert codes(brushed.source) == {"CHN"}
    slapped = only(extract("Washington slapped sanctions on two Burmese generals on Thursday."), "SANCTION")
    assert codes(slapped.source) == {"USA"} and codes(slapped.target) == {"MMR"}


def test_the_first_of_two_objects_of_a_refused_grant_is_its_target() -> None:
    refused = only(extract("The International Monetary Fund refused on Friday to grant Nepal a new loan."), "REJECT")
    assert codes(refused.target) == {"NPL"}


def test_criticism_drawn_from_a_party_is_that_partys() -> None:
    drawn = only(extract("The verdict drew strong criticism from the African Union on Wednesday."), "ACCUSE")
    assert codes(drawn.source) == {"AU"}


def test_a_strike_that_enters_its_third_day_and_a_bomb_that_rips_through_a_market() -> None:
    strike = only(extract("The strike by Chilean copper miners entered its second week on Monday."), "PROTEST")
    assert strike.source
    bomb = only(extract("A bomb ripped through a bus station in Kano on Sunday, police said."), "ASSAULT")
    assert bomb.mode == "explosives"
    assert not kinds(extract("A cyclone tore through the islands of Vanuatu on Sunday."))


def test_taken_to_task_severed_links_and_a_nationalised_firm() -> None:
    task = only(extract("The European Union took Minsk to task on Monday over the jailing of activists."), "ACCUSE")
    assert codes(task.target) == {"BLR"}
    links = only(extract("Kuwait severed its links with the Iraqi oil ministry on Tuesday."), "SANCTION")
    assert codes(links.source) == {"KWT"}
    seized = only(extract("Bolivia nationalised the main telephone company on Thursday."), "COERCE")
    assert seized.mode == "seize"


def test_calling_a_plan_a_trap_or_leaders_genocidal_is_criticism() -> None:
    trap = extract("The Sudanese rebels rejected the offer on Monday, calling it a ploy.")
    assert {"REJECT", "ACCUSE"} <= kinds(trap)
    genocidal = only(extract("The Iranian president called the Serbian leaders genocidal."), "ACCUSE")
    assert codes(genocidal.target) == {"SRB"}


def test_a_protest_beside_the_olympics_is_no_game() -> None:
    protest = only(extract("Pro-Tibet activists staged a noisy protest in London on Sunday, near the stadium where "
                           "the Olympics will open next month."), "PROTEST")
    assert protest.status == "occurred"
    assert not kinds(extract("Kenya's striker scored twice as the team beat Ghana 3-1 in the Olympics semi-final."))


def test_a_court_that_ruled_negates_nothing_but_a_ruled_out_act_is_refused() -> None:
    (ruling,) = [e for e in extract("Two former governors were sentenced to five years in prison for fraud, the "
                                    "court in Abuja ruled on Monday.") if e.type == "SANCTION"]
    assert ruling.status != "negated"
    refusal = only(extract("Ankara has ruled out sending troops into northern Iraq."), "REJECT")
    assert refusal.content is not None and refusal.content.status == "negated"
