"""Phrasing families found on development reports g310-g321 (live blogs and round-ups from Latin America and Asia:
cartel and gang attacks, Maoist encounters, crowd control, raids and arrests, curfews and internet shutdowns), which
were coded before flashpoint ran on them. Each rule covers a family of phrasings; each test uses sentences written
for it.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, kinds, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 11, 20)  # a Friday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


# ------------------------------------------------------------------ who acts: unnamed actors of South Asian copy


def test_maoists_and_armed_police_of_south_asian_copy_are_coded_by_the_place() -> None:
    """ "Maoists", "Naxalites" and "Maoist cadres" are insurgents; "DRG jawans", "District Reserve Guard
    personnel" armed police, Pakistan's "Rangers" paramilitaries. None names a country: the place gives it."""
    bomb = only(extract("One DRG jawan was killed when the Maoists triggered an IED in Bijapur on Monday."), "ASSAULT")
    assert [(a.country, a.sector) for a in bomb.source] == [("IND", "REB")]
    assert [(a.country, a.sector) for a in bomb.target] == [("IND", "COP")]
    surrender = only(extract("Fourteen Maoist cadres surrendered to the police in Sukma on Tuesday."), "CONCEDE")
    assert [(a.country, a.sector) for a in surrender.source] == [("IND", "REB")]
    gas = only(extract("Police and Rangers fired tear gas at PTI supporters in Islamabad."), "ASSAULT")
    assert {(a.country, a.sector) for a in gas.source} == {("PAK", "COP"), ("PAK", "MIL")}


def test_maoists_killed_in_an_encounter_are_the_insurgent_victims() -> None:
    """ "Eight Maoists were killed in an encounter with District Reserve Guard personnel": the dead are insurgents
    of the place's country (who fired is left to the encounter's own words, which no rule reads yet)."""
    killed = only(extract("Eight Maoists were killed in an encounter with District Reserve Guard personnel in "
                          "Bijapur on Monday."), "ASSAULT")
    assert [(a.country, a.sector) for a in killed.target] == [("IND", "REB")]
    assert killed.fatalities == 8


def test_a_minister_titled_otherwise_than_a_known_namesake_is_someone_else() -> None:
    """ "Defence Minister Pedro Sánchez" in a report from Colombia is not Spain's prime minister: a title of the
    same kind as the known person's office (a minister) but qualified otherwise names another person, whose country
    the report gives. The known person's own title, or a title of another kind, keeps the known person."""
    blame = only(extract("CALI — Defence Minister Pedro Sánchez blamed the dissidents for the attack in Suárez."),
                 "ACCUSE")
    assert [(a.country, a.sector) for a in blame.source] == [("COL", "GOV")]
    met = only(extract("Prime Minister Pedro Sánchez met Emmanuel Macron in Madrid."), "CONSULT")
    assert codes(met.source) == {"ESP"}


def test_an_appeal_to_the_cartels_from_a_diocese_has_both_parties() -> None:
    """Unnamed cartels are an armed group of no name (UAF), a diocese a religious body; both of the country of the
    place the report names."""
    appeal = only(extract("The Catholic diocese of Apatzingán appealed to the cartels to respect a truce during the "
                          "Day of the Dead celebrations."), "REQUEST")
    assert [(a.country, a.sector) for a in appeal.source] == [("MEX", "REL")]
    assert [(a.country, a.sector) for a in appeal.target] == [("MEX", "UAF")]


# ------------------------------------------------------------------ crowd control and riots


def test_a_lathi_or_baton_charge_is_crowd_control_not_a_criminal_charge() -> None:
    """ "lathi-charged a crowd", "baton-charged the protesters": the hyphen splits the word and the parser hangs
    the stick anywhere; prosecutors who charge someone still accuse."""
    charge = only(extract("Police fired tear gas and lathi-charged a crowd that pelted stones at the police station "
                          "in Bahraich."), "ASSAULT")
    assert charge.mode == "crowd-control"
    assert "ACCUSE" not in kinds(extract("Police fired tear gas and lathi-charged a crowd in Bahraich."))
    batons = only(extract("Police baton-charged the protesters in Lahore."), "ASSAULT")
    assert batons.mode == "crowd-control"
    assert codes(batons.target) == {"PAK"}
    charged = only(extract("Prosecutors charged the former minister with graft in Delhi."), "ACCUSE")
    assert charged.mode == "allege"


def test_students_stoning_the_police_riot_as_protesters_do() -> None:
    """Students who throw stones or firecrackers at officers riot (PROTEST riot), as protesters do."""
    riot = only(extract("Students threw firecrackers at officers outside the campus in Bandung."), "PROTEST")
    assert riot.mode == "riot"
    assert "ASSAULT" not in kinds(extract("Students threw stones at police officers in Bandung."))


def test_riots_told_in_two_towns_far_apart_are_two_acts() -> None:
    """A live blog telling a riot in Bandung and then one in Makassar tells two riots: the second is not the first
    told again, whatever their type and parties share."""
    events = extract("JAKARTA — Live. 21:10 — Students threw firecrackers at officers in Bandung, the rector said. "
                     "19:40 — Protesters set fire to a regional parliament building in Makassar, killing three staff "
                     "members trapped inside, according to the city's disaster agency.")
    riots = [e for e in events if e.type == "PROTEST"]
    assert len(riots) == 2
    assert {r.location.name for r in riots if r.location} == {"Bandung", "Makassar"}


# ------------------------------------------------------------------ arrests, raids, shutdowns


def test_people_picked_up_are_arrested_even_with_no_agent_named() -> None:
    """ "villagers picked up from their homes", "three activists were picked up overnight": people picked up are
    arrested; supplies picked up are not."""
    told = only(extract("The rebels said the dead were villagers picked up from their homes in Bijapur."), "COERCE")
    assert told.mode == "arrest"
    assert [a.sector for a in told.target] == ["CVL"]
    assert told.status == "claimed"
    taken = only(extract("Three activists were picked up from their homes in Dhaka overnight."), "COERCE")
    assert codes(taken.target) == {"BGD"}
    assert kinds(extract("The trucks picked up supplies in Goma.")) == set()


def test_a_raid_named_as_the_frame_of_arrests_is_that_one_act() -> None:
    """ "detained 38 people in raids", "seized weapons during a raid": the raid is where the arrest or seizure
    happened, one act; a raid told as a deed of its own is still an act."""
    sweep = extract("Rapid Action Battalion personnel detained 38 people in raids in Dhaka overnight.")
    assert [(e.type, e.mode) for e in sweep] == [("COERCE", "arrest")]
    arms = extract("Soldiers seized 40 firearms during a raid on the Litoral penitentiary in Guayaquil.")
    assert [(e.type, e.mode) for e in arms] == [("COERCE", "seize")]
    assert "ASSAULT" in kinds(extract("Islamic State-linked insurgents raided the village of Mucojo on Monday."))


def test_blocking_live_streaming_on_named_platforms_is_censorship() -> None:
    """Live-streaming blocked on named platforms is censorship (COERCE censor); cutting mobile data stays the
    withholding of a service, as the PLOVER manual codes it."""
    blocked = only(extract("The communications ministry blocked live-streaming on TikTok and Instagram in Indonesia."),
                   "COERCE")
    assert blocked.mode == "censor"
    cut = only(extract("The regional military command has cut mobile data in six townships in Mandalay."), "COERCE")
    assert cut.mode == "withhold"


# ------------------------------------------------------------------ judgements


def test_calling_a_protest_or_a_gunfight_illegal_or_fake_is_a_disapproval() -> None:
    """ "said the hartal was illegal", "said the encounter was fake": a judgement on a protest, a fight or a vote
    told as a clause of its own is the speaker's ACCUSE."""
    illegal = only(extract("Home Minister Salahuddin Ahmed said the hartal was \"illegal\"."), "ACCUSE")
    assert illegal.mode == "disapprove"
    fake = only(extract("The Maoist committee in Bijapur said in a press note that the encounter was \"fake\"."),
                "ACCUSE")
    assert fake.status == "occurred"
    assert kinds(extract("The election commission said the vote was calm in most districts.")) == set()
