"""Phrasing families found on development reports g142-g153 (a ministry release, an NGO statement, translated
communiqués, trade measures, a truce report), which were coded before flashpoint ran on them. Each rule is
written for a family of phrasings, not for the one sentence; each test uses sentences written for it.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, only
from test_events import extract as extract_on

PUBLISHED = date(2026, 9, 8)  # a Tuesday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


# ------------------------------------------------------------------ a release speaks as its issuer


def test_we_in_a_press_release_is_the_body_that_issued_it() -> None:
    """A release's first line names who speaks; its "we" outside any quote is that body."""
    events = extract("CHISINAU, 8 September 2026 - Press release of the Ministry of Foreign Affairs of Moldova\n"
                     "Today we summoned the Russian ambassador over the violation of our airspace.\n"
                     "We call on the Russian Federation to stop endangering the lives of our citizens.")
    summons = only(events, "ACCUSE")
    assert codes(summons.source) == {"MDA"} and codes(summons.target) == {"RUS"}
    appeal = only(events, "REQUEST")
    assert codes(appeal.source) == {"MDA"} and codes(appeal.target) == {"RUS"}


def test_an_ngo_statement_speaks_as_the_ngo() -> None:
    events = extract("NAIROBI, 20 May 2026 - Amnesty International public statement\n"
                     "We urge the Kenyan government to release the detained journalists immediately.")
    appeal = only(events, "REQUEST")
    assert codes(appeal.source) == {"AI"} and codes(appeal.target) == {"KEN"}


def test_we_in_an_ordinary_report_stays_unresolved() -> None:
    """No release or statement in the opening line: a stray "we" is nobody flashpoint can name."""
    events = extract("KYIV, Sept 8 - Ukrainian forces repelled an attack near Pokrovsk, the army said.\n"
                     "We urge the Kenyan government to release the detained journalists immediately.")
    appeal = only(events, "REQUEST")
    assert appeal.source == []


# ------------------------------------------------------------------ phrasings no rule covered


def test_closing_a_border_restricts_the_country_on_the_other_side() -> None:
    for text in ("Thailand sealed all border checkpoints with Cambodia on Monday.",
                 "Kenya shut its border with Somalia on Monday.",
                 "Kenya closed the border crossings with Somalia on Monday."):
        closure = only(extract(text), "COERCE")
        assert closure.mode == "restrict" and codes(closure.target) - codes(closure.source), text
        assert codes(closure.target) == {"KHM"} or codes(closure.target) == {"SOM"}, text


def test_a_quantity_of_weapons_is_weapons() -> None:
    """A verb's object condition reads through "a large quantity of", "an arsenal of", "a stock of"."""
    for text in ("Malian soldiers recovered a large quantity of weapons and ammunition near Gao.",
                 "Malian soldiers recovered a stockpile of rifles near Gao."):
        seizure = only(extract(text), "COERCE")
        assert seizure.mode == "seize" and codes(seizure.source) == {"MLI"}, text


def test_violence_and_removal_named_by_a_noun() -> None:
    beating = only(extract("Human Rights Watch documented the beating of three journalists by Tanzanian police"
                           " in Mbeya on Saturday."), "ASSAULT")
    assert beating.mode == "beat" and codes(beating.source) == {"TZA"}
    removal = only(extract("Russian occupation authorities announced the forced evacuation of residents from"
                           " eleven villages in the Zaporizhzhia region."), "COERCE")
    assert removal.mode == "deport" and "RUS" in codes(removal.source)


def test_an_evacuation_by_choice_is_no_coercion() -> None:
    events = extract("Residents of eleven villages in the Zaporizhzhia region began an evacuation on Monday.")
    assert not [e for e in events if e.type == "COERCE"]


def test_a_joint_operation_is_cooperation() -> None:
    """As joint exercises are (PLOVER): both forces cooperate."""
    events = extract("Niger and Burkina Faso carried out a joint military operation along their border last month.")
    joint = only(events, "COOPERATE")
    assert codes(joint.source) == {"NER", "BFA"} and codes(joint.target) == {"NER", "BFA"}


def test_in_touch_with_is_contact() -> None:
    events = extract("The Indian foreign ministry said it remained in touch with the Iranian government.")
    contact = only(events, "CONSULT")
    assert codes(contact.source) == {"IND"} and codes(contact.target) == {"IRN"}


def test_whoever_is_declared_persona_non_grata_is_expelled_whatever_the_post() -> None:
    for text in ("Latvia declared a member of the Russian embassy staff persona non grata on Monday.",
                 "Moldova said one employee of the Russian Embassy has been declared persona non grata."):
        expulsion = only(extract(text), "SANCTION")
        assert expulsion.mode == "expel" and codes(expulsion.target) == {"RUS"}, text
