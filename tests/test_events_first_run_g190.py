"""Phrasing families found on development reports g190-g201 (a UN situation report, a weekly conflict monitor,
a ministry press statement, local African and South Asian newspapers, a live blog), which were coded before
flashpoint ran on them. Each rule covers a family of phrasings; each test uses sentences written for it.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from flashpoint.model import Event
from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 5, 8)  # a Friday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


def types(events: list[Event]) -> list[str]:
    return [e.type for e in events]


# ------------------------------------------------------------------ section headings name topics, no acts


def test_a_numbered_or_bare_section_heading_names_no_act() -> None:
    """A monitor's or situation report's heading ("1. Air strikes.") names the topic of the item below it; the
    act is the one the item's sentence tells, with its actor."""
    events = extract("Weekly update\n1. Air strikes. The Myanmar military conducted 19 air strikes this week.\n"
                     "2. Ground fighting. The Kachin Independence Army and junta troops fought near Bhamo.\n"
                     "3. Arrests and detentions. Police detained 60 young men in Yangon on Monday.")
    for heading in ("Air strikes.", "Ground fighting.", "Arrests and detentions."):
        assert not [e for e in events if e.evidence.text.strip().endswith(heading)], heading
    strikes = only([e for e in events if "conducted" in e.evidence.text], "ASSAULT")
    assert codes(strikes.source) == {"MMR"}
    assert "COERCE" in types(events)


def test_a_short_line_that_tells_where_something_happened_is_still_an_act() -> None:
    """"Russian air strikes on Kharkiv." names a target: a live blog's one-line entry, not a section heading."""
    events = extract("10:02 Russian air strikes on Kharkiv.\n10:30 The UN envoy urged both sides to stop fighting.")
    strikes = only(events, "ASSAULT")
    assert codes(strikes.source) == {"RUS"} and codes(strikes.target) == {"UKR"}


# ------------------------------------------------------------------ guards reinforced with no force named


def test_stepping_up_security_or_patrols_is_mobilisation() -> None:
    for text in ("Security had been beefed up in the border sub-counties, the commissioner said.",
                 "KFOR said it had increased its patrols in the north.",
                 "The police stepped up surveillance along the border on Monday.",
                 "Authorities tightened security around the airport on Monday."):
        assert "MOBILIZE" in types(extract(text)), text


def test_raising_readiness_in_words_is_not_a_guard_reinforced() -> None:
    """"increased its support", "stepped up its criticism": nothing deployed."""
    for text in ("The government increased its support for the farmers on Monday.",
                 "The opposition stepped up its criticism of the minister on Monday."):
        assert "MOBILIZE" not in types(extract(text)), text


# ------------------------------------------------------------------ a lockdown enforced restricts people


def test_a_lockdown_imposed_or_enforced_is_a_restriction() -> None:
    for text in ("Armed separatists enforced a lockdown across the North-West region of Cameroon from 1 to 5 May.",
                 "The Kenyan authorities imposed a lockdown on the town of Elwak on Monday."):
        lockdown = only(extract(text), "COERCE")
        assert lockdown.mode in {"restrict", "curfew"}, text


# ------------------------------------------------------------------ naming an act a crime is disapproval


def test_calling_an_act_a_crime_is_disapproval() -> None:
    for text in ('Serbia called the arrest a "kidnapping" on Friday.',
                 "Russia's Investigative Committee called the strike a terrorist act.",
                 "Baku described the shelling as a war crime.",
                 "Nairobi characterised the raid as cowardly."):
        blame = only(extract(text), "ACCUSE")
        assert blame.mode == "disapprove", text


def test_objections_raised_are_disapproval() -> None:
    events = extract("The work began despite objections raised by Pakistani authorities on Tuesday.")
    objection = only(events, "ACCUSE")
    assert codes(objection.source) == {"PAK"}


def test_describing_talks_kindly_is_no_disapproval() -> None:
    assert "ACCUSE" not in types(extract("The minister described the talks as constructive and candid."))


# ------------------------------------------------------------------ an offer to facilitate talks


def test_readiness_to_facilitate_talks_is_an_offer_of_mediation() -> None:
    for text in ("Norway said it remained ready to facilitate a resumption of the talks.",
                 "Qatar is willing to facilitate talks between the two sides."):
        offer = only(extract(text), "AGREE")
        assert offer.content is not None and offer.content.type == "CONSULT", text


def test_facilitating_talks_is_third_party_consultation() -> None:
    talks = only(extract("Qatar facilitated talks between Congo and Rwanda in Doha on Monday."), "CONSULT")
    assert talks.mode == "third-party" and "QAT" in codes(talks.source)
