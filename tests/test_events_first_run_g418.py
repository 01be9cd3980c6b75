"""Live blogs and rolling coverage (g418-g429, first run): the families of acts that batch missed, each shown
on sentences written for this file (other countries, other words than the gold reports).

Every test runs the real spaCy model and the real resolvers.
"""

from __future__ import annotations

from datetime import date

from flashpoint.events import extract_article
from flashpoint.ingest.text import for_parsing
from flashpoint.model import Article, Event

PUBLISHED = date(2025, 9, 18)  # a Thursday


def extract(text: str, published: date | None = PUBLISHED) -> list[Event]:
    return extract_article(Article(id="t", text=text, published=published))


def of_type(events: list[Event], type_: str) -> list[Event]:
    return [e for e in events if e.type == type_]


def codes(actors: list) -> set[str]:
    return {a.org or a.country for a in actors if a.org or a.country}


def test_a_live_blog_timestamp_is_blanked_for_the_parser_and_kept_in_the_offsets() -> None:
    text = ("14:30 IST - Bolivia rejects Chile's account of the incident.\n"
            "10:30 GMT - Poland summons the Belarusian charge d'affaires.")
    assert for_parsing(text).startswith(" " * 12 + "Bolivia") and len(for_parsing(text)) == len(text)
    events = extract(text)
    rejection = of_type(events, "REJECT")
    assert len(rejection) == 1 and codes(rejection[0].source) == {"BOL"} and codes(rejection[0].target) == {"CHL"}
    protest = of_type(events, "ACCUSE")
    assert len(protest) == 1 and codes(protest[0].source) == {"POL"} and codes(protest[0].target) == {"BLR"}
    for e in events:
        assert e.status == "occurred"
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text


def test_a_title_after_a_heading_line_stays_with_its_holder() -> None:
    text = ("LIMA, May 2 - Live updates\nGovernment\n"
            "Interior Minister Carlos Basombrío blamed the Shining Path for the ambush.")
    accusation = of_type(extract(text), "ACCUSE")
    assert accusation and all(codes(e.source) == {"PER"} for e in accusation)


def test_a_bare_toll_entries_later_belongs_to_the_latest_act_that_carries_tolls() -> None:
    text = ("09:30 - The army shelled rebel positions near Kadugli overnight, a military spokesman said.\n"
            "10:05 - RSF drones struck a fuel market in Kassala before dawn, residents said.\n"
            "10:40 - Egypt's foreign ministry condemned the strike on the market.\n"
            "11:15 - The state health ministry says nine people were killed and 30 wounded.")
    attacks = of_type(extract(text), "ASSAULT")
    assert len(attacks) == 2  # the toll is no act of its own
    shelling, strike = sorted(attacks, key=lambda e: e.evidence.start)
    assert (strike.fatalities, strike.injured) == (9, 30) and codes(strike.source) == {"SDN"}
    assert (shelling.fatalities, shelling.injured) == (None, None)


def test_the_other_sides_toll_is_no_toll_of_the_doers_own_telling() -> None:
    text = ("08:10 - Aid workers reported heavy shelling of Bara.\n"
            "08:40 - The army said its troops had recaptured the town of Um Rawaba from the RSF.\n"
            "09:20 - The RSF said 40 soldiers had been killed.")
    recapture = [e for e in of_type(extract(text), "ASSAULT") if "recaptured" in e.evidence.text]
    assert recapture and all(e.fatalities is None for e in recapture)


def test_a_groups_unit_is_the_group_not_an_army() -> None:
    attack = of_type(extract("A Hezbollah unit fired anti-tank missiles at an Israeli army post near Metula."),
                     "ASSAULT")
    assert len(attack) == 1 and attack[0].source[0].sector == "REB" and codes(attack[0].target) == {"ISR"}


def test_the_writers_own_earlier_report_told_to_correct_it_is_withdrawn() -> None:
    text = ("07:40 GMT - Earlier we reported that Wagner fighters had seized the town of Tinzaouaten. "
            "Local officials now say the town is still held by the rebels.\n"
            "08:15 GMT - Correction: an earlier post said Chadian troops had been sent to Abeche.\n"
            "08:50 GMT - We earlier quoted a witness as saying that gunmen had burned the market in Menaka.")
    events = extract(text)
    assert events and all(e.status == "negated" for e in events if e.type in {"ASSAULT", "MOBILIZE"})
    assert {e.type for e in events} >= {"ASSAULT", "MOBILIZE"}


def test_a_report_not_withdrawn_stays_a_claim() -> None:
    events = extract("Earlier today the army reported that rebels had seized the town of Kidal.")
    seizure = of_type(events, "ASSAULT")
    assert len(seizure) == 1 and seizure[0].status == "claimed"


def test_a_denied_role_in_an_act_is_the_deniers_negated_version_not_a_claim() -> None:
    text = ("Gunmen stormed a police post near Beledweyne on Sunday, killing four officers.\n"
            "Al-Shabaab denied any role in the raid.")
    events = extract(text)
    raid = [e for e in of_type(events, "ASSAULT") if e.status == "occurred"]
    assert raid and all(e.source and e.source[0].sector == "UAF" for e in raid)  # the denier is never named the doer
    denied = [e for e in of_type(events, "ASSAULT") if e.status == "negated"]
    assert len(denied) == 1 and denied[0].claimed_by is not None
    assert of_type(events, "REJECT")


def test_a_live_blog_entry_is_news_of_its_own_hour() -> None:
    text = ("08:00 GMT - Troops shelled rebel positions near Kadugli on Monday, the army said.\n"
            "09:00 GMT - Police arrested ten protesters in Omdurman.\n"
            "10:15 GMT - The RSF said it shot down a drone over Nyala.\n"
            "11:30 GMT - Explosions in Port Sudan after a drone strike on the airport.")
    events = extract(text, date(2025, 9, 17))
    by_line = sorted((e for e in events if e.date is not None), key=lambda e: e.evidence.start)
    assert by_line[0].date.start == "2025-09-15"  # its own "on Monday"
    later = [e for e in events if e.evidence.start > text.index("09:00")]
    assert later and all(e.date is not None and e.date.start == "2025-09-17" for e in later)


def test_a_side_that_will_not_stand_idle_or_reserves_a_reply_threatens() -> None:
    idle = of_type(extract("Hungary's foreign minister says Budapest will not stand idle if the pipeline is attacked."),
                   "THREATEN")
    assert len(idle) == 1 and codes(idle[0].source) == {"HUN"} and idle[0].status == "occurred"
    reply = of_type(extract("The defence minister accuses Kabul of harbouring the group and says Tajikistan reserves "
                            "the right to respond."), "THREATEN")
    assert len(reply) == 1 and codes(reply[0].source) == {"TJK"} and reply[0].status == "occurred"


def test_frontline_villages_of_rolling_coverage_are_placed() -> None:
    texts = {"Jets bombed a school in Depayin on Saturday.": ("Depayin", "MMR"),
             "Indian shelling killed two civilians in the Neelum valley.": ("Neelum valley", "PAK")}
    for text, place in texts.items():
        attack = of_type(extract(text), "ASSAULT")
        assert len(attack) == 1 and attack[0].location is not None
        assert (attack[0].location.name, attack[0].location.country) == place


def test_a_building_sheltering_families_is_no_aid_given() -> None:
    assert not of_type(extract("An air strike hit a school sheltering displaced families in Khan Younis."), "AID")
    aid = of_type(extract("UNRWA is sheltering 5,000 displaced families in its schools in Rafah."), "AID")
    assert len(aid) == 1 and codes(aid[0].source) == {"UNRWA"}
