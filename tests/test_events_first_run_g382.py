"""Phrasing families found on development reports g382-g393 (multi-country digests and round-ups: "Africa in
brief", "Middle East today", agency world briefs, where each paragraph is a short item from another country
under its own heading, the same kind of act told in two countries on one day, and one item following up an
earlier one), which were coded before flashpoint ran on them. Each rule covers a family of phrasings; each
test uses sentences written for it.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from flashpoint.model import Event
from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2024, 5, 16)  # a Thursday

extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date

FACTUAL = {"occurred", "claimed"}


def parties(ev: Event) -> set[str]:
    return codes(ev.source) | codes(ev.target)


# ------------------------------------------------------------------ a round-up's items are reports of their own


def test_the_two_sides_of_a_round_up_item_are_not_the_countries_of_the_items_before() -> None:
    """ "the two sides" in one item of a digest never stands for the countries the earlier items named."""
    text = ("Regional digest\n"
            "PERU — Police in Lima detained 14 protesters on Monday.\n"
            "COLOMBIA — Troops clashed with ELN fighters near Cucuta on Sunday.\n"
            "SUDAN — Army and RSF commanders began talks in Jeddah on Tuesday, a week after the two sides "
            "signed a truce in Geneva.\n")
    events = extract(text)
    accords = [e for e in events if e.evidence.text.startswith("SUDAN") and e.type in {"AGREE", "RETREAT"}]
    assert accords, [(e.type, e.evidence.text) for e in events]
    for ev in accords:
        assert not parties(ev) & {"PER", "COL"}, (ev.type, parties(ev))


def test_a_one_country_round_up_by_region_still_reads_across_its_items() -> None:
    """Headings that are regions of one country ("KIVU - ... ITURI - ...") make one report about one war: its
    items are not cut apart (the items' country is the same)."""
    text = ("Congo round-up\n"
            "NORTH KIVU — M23 rebels shelled positions of the Congolese army near Sake on Monday.\n"
            "ITURI — Militiamen attacked a displacement camp near Bunia on Tuesday.\n"
            "KINSHASA — The government called on all parties to respect the ceasefire.\n")
    request = only(extract(text), "REQUEST")
    assert codes(request.source) == {"COD"}
    # "all parties": the armed sides the earlier items named
    assert {a.sector for a in request.target} == {"MIL", "REB"}


# ------------------------------------------------------------------ acts not done: means and topics


def test_the_means_of_a_planned_act_is_planned_too() -> None:
    """ "planning to seize power through mass riots": the riots are the plan's, not a riot that happened."""
    for text in ("The group was planning to seize power through mass riots.",
                 "The opposition is preparing to force early elections through a general strike."):
        events = extract(text)
        assert not [e for e in events if e.type == "PROTEST" and e.status in FACTUAL], text


def test_what_talks_are_about_is_not_done_by_them() -> None:
    """ "began talks on disarming the militias": the topic of talks held, even where the parser hangs it on the
    verb that holds them, is no act done; an accord the topic's clause names as made still is."""
    for text in ("Rebel and army envoys began talks in Arusha on Monday on disarming the militias.",
                 "Officials from both countries held talks in Doha on Monday on withdrawing troops from the border."):
        events = extract(text)
        assert only(events, "CONSULT").status == "occurred", text
        assert not [e for e in events if e.type == "RETREAT" and e.status in FACTUAL], text
    made = extract("Serbian and Kosovar envoys met in Brussels on Monday for talks on implementing the accord "
                   "signed in Ohrid last year.")
    assert only(made, "AGREE").status in FACTUAL


# ------------------------------------------------------------------ one act, told with its result


def test_a_result_participle_after_an_accusation_belongs_to_the_act_accused() -> None:
    """The parser hangs "wounding two" on "accused"; it is the firing's toll, no second attack."""
    events = extract("Villagers in Kasese accused soldiers of shooting at herders on Sunday, injuring three.")
    attack = only(events, "ASSAULT")
    assert attack.injured == 3 and attack.status == "claimed"
    assert {a.sector for a in attack.source} == {"MIL"}


# ------------------------------------------------------------------ who acts in short items


def test_regulators_outlets_and_security_committees_are_coded() -> None:
    censor = only(extract("The media regulator in Lusaka suspended a private television station for 30 days "
                          "on Monday."), "COERCE")
    assert {(a.country, a.sector) for a in censor.source} == {("ZMB", "GOV")}
    assert {(a.country, a.sector) for a in censor.target} == {("ZMB", "JRN")}
    arrest = only(extract("Tajikistan's State Committee for National Security said it had detained three "
                          "bloggers in Khujand on Tuesday."), "COERCE")
    assert {a.sector for a in arrest.source} == {"SPY"}
    held = only(extract("Police in Apia arrested two customs officers on Tuesday."), "COERCE")
    assert {a.sector for a in held.target} == {"GOV"}


def test_a_named_person_barred_from_acting_is_restricted() -> None:
    """ "barred Pedro Castillo from leaving the country": a restriction on him (COERCE), not a refusal."""
    ev = only(extract("A court in Lima barred former president Pedro Castillo from leaving the country on Friday."),
              "COERCE")
    assert ev.mode == "restrict" and codes(ev.source) == {"PER"}
    assert only(extract("The organisers barred Russia from the tournament."), "REJECT")


def test_a_round_up_items_heading_names_no_one_who_acts() -> None:
    """ "SERBIA - Thousands of students marched": the heading says what country the item is about; the parser may
    take it for the subject, but the government of Serbia did not march."""
    text = ("Balkans digest\n"
            "SERBIA — Thousands of students marched in Belgrade on Sunday.\n"
            "SRI LANKA: Police detained 12 fishermen near Jaffna on Monday.\n")
    events = extract(text)
    march = only(events, "PROTEST")
    assert {a.sector for a in march.source} == {"EDU"}
    assert {a.sector for a in only(events, "COERCE").source} == {"COP"}


def test_an_item_takes_no_date_or_town_from_another_item() -> None:
    """The same kind of act in two items is two acts: an undated arrest does not take the date of another
    country's arrest, nor happen in a town another item names."""
    text = ("Regional digest\n"
            "SRI LANKA: Police detained 12 fishermen near Jaffna on Monday.\n"
            "GUINEA-BISSAU — The army said it had arrested three officers.\n"
            "SERBIA — Thousands of students marched in Nis and Belgrade on Sunday.\n"
            "KOSOVO — Three Serbian nationals were detained at a border crossing and released later.\n")
    arrests = [e for e in extract(text) if e.type == "COERCE"]
    bissau = next(e for e in arrests if e.evidence.text.startswith("GUINEA-BISSAU"))
    assert bissau.date is None or bissau.date.start != "2024-05-13"
    kosovo = next(e for e in arrests if e.evidence.text.startswith("KOSOVO"))
    assert kosovo.location is None or kosovo.location.name not in {"Belgrade", "Niš", "Nis"}


# ------------------------------------------------------------------ phrasings short items use


def test_a_report_called_disinformation_is_denied() -> None:
    """ "called the report disinformation": the parser makes the report a compound of what it is called."""
    for text in ("Armenia's defence ministry called the report disinformation.",
                 "Minsk called the allegation a hoax."):
        assert only(extract(text), "REJECT").status == "occurred", text


def test_troops_surrounding_a_seat_of_power_coerce_and_a_crowd_stoning_offices_riots() -> None:
    siege = only(extract("Soldiers surrounded the parliament building in Niamey on Sunday."), "COERCE")
    assert siege.mode == "restrict" and codes(siege.source) == {"NER"}
    assert not [e for e in extract("The army says troops have surrounded the rural area of Jamundi and are "
                                   "fighting the attackers.") if e.type == "COERCE"]
    riot = only(extract("A crowd stoned the offices of the electoral commission in Honiara on Monday."), "PROTEST")
    assert riot.mode == "riot" and codes(riot.source) == {"SLB"}


def test_gendarmes_sent_are_a_deployment_and_may_send_is_not_done() -> None:
    ev = only(extract("Paris may send extra gendarmes to Papeete ahead of the vote."), "MOBILIZE")
    assert ev.status == "hypothetical"


def test_a_collapse_that_killed_is_no_attack() -> None:
    """ "the collapse of a station canopy that killed 15": the relative hangs on what collapsed; an accident."""
    events = extract("Thousands marched in Skopje on Sunday over the collapse of a shopping centre roof that killed "
                     "nine people in March.")
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.evidence.text) for e in events]


def test_how_long_a_measure_lasts_does_not_date_its_declaration() -> None:
    """ "declared a 60-day state of emergency on Wednesday": the sixty days are the emergency's, the act is
    dated by its day (a duration the act itself takes, "fought for two days until Wednesday", still stretches)."""
    ev = only(extract("President Luis Abinader on Wednesday declared a 45-day state of emergency in two border "
                      "provinces."), "COERCE")
    assert ev.date is not None and (ev.date.start, ev.date.end) == ("2024-05-15", "2024-05-15")
    curfew = only(extract("The governor imposed a two-week curfew in Jos on Monday."), "COERCE")
    assert curfew.date is not None and curfew.date.start == "2024-05-13"


def test_the_day_of_the_saying_does_not_date_the_act_it_reports() -> None:
    """ "said on Wednesday it had arrested ... on Tuesday": the parser hangs both days on "arrested"; the one
    written before the reported clause's subject is the saying's."""
    ev = only(extract("The army said on Wednesday it had arrested two colonels on Monday night."), "COERCE")
    assert ev.date is not None and ev.date.start == "2024-05-13"
    ev = only(extract("The army said on Wednesday it had arrested two colonels."), "COERCE")
    assert ev.date is not None and ev.date.start == "2024-05-15"


def test_a_side_denying_it_did_an_act_told_before_keeps_its_own_version() -> None:
    """ "Villagers accused soldiers of firing on herders ... The army denied that its troops had opened fire": the
    denial is the army's REJECT; the firing stays the villagers' claim with its toll, and the army's version is a
    record of its own, negated (claims keep their owner: the other side's version is another claim)."""
    events = extract("Villagers in Kasese on Tuesday accused soldiers of shooting at herders on Sunday, injuring "
                     "three. The army denied that its troops had opened fire.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    claimed = [e for e in attacks if e.status == "claimed"]
    assert len(claimed) == 1 and claimed[0].injured == 3
    assert [e.status for e in attacks if e is not claimed[0]] == ["negated"]
    assert only(events, "REJECT").status == "occurred"
