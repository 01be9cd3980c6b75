"""Descriptions that stand for a party the report has named: a region's leaders meeting as its body, "the
mission", "the Council", and offices named after the territory they deal with. Each rule has its negative:
where the text does not name the body, or names two candidates, the description stays uncoded."""

from __future__ import annotations

from test_actors import code


# -- a region's leaders, meeting as its body ------------------------------------------------------
def test_african_leaders_at_an_african_union_summit_are_the_african_union() -> None:
    text = ("ADDIS ABABA - African leaders meeting on Tuesday called for a ceasefire in Sudan, according to a "
            "communique issued at the end of the African Union's summit.")
    assert code(text, "African leaders")[2] == "AU"


def test_eu_foreign_ministers_named_beside_the_union_are_the_eu() -> None:
    text = ("European foreign ministers agreed new sanctions on Iran on Monday. The European Union said the "
            "measures target drone makers.")
    assert code(text, "European foreign ministers")[2] == "EU"


def test_a_regions_leaders_with_no_body_named_near_stay_a_regions_leaders() -> None:
    # not the host country's government, and no body the text does not name
    text = "ADDIS ABABA - African leaders meeting on Tuesday called for a ceasefire in Sudan."
    assert code(text, "African leaders")[2] is None


def test_a_regional_demonym_before_other_people_is_no_body() -> None:
    text = "African migrants protested outside the European Union delegation in Tripoli on Monday."
    assert code(text, "African migrants")[2] is None


# -- "the mission", "the Council": the body named before ------------------------------------------
def test_the_mission_is_the_mission_named_before_even_when_the_name_was_capitalised() -> None:
    text = ("The UN Mission in South Sudan said its peacekeepers repelled an attack on a camp in Malakal. "
            "The mission called on all parties to respect the peace agreement.")
    assert code(text, "The mission")[2] == "UN"


def test_the_council_of_a_press_release_is_the_council_that_issued_it() -> None:
    text = ("Council of the EU - Press release. The Council today adopted restrictive measures against nine "
            "individuals. The Council welcomes the joint statement issued by the DRC and the M23.")
    assert code(text, "The Council", nth=1)[2] == "EU"


# -- offices named after a territory belong to the state that runs them ---------------------------
def test_beijings_taiwan_affairs_office_is_chinas() -> None:
    text = "Beijing's Taiwan Affairs Office called Lai a troublemaker."
    assert code(text, "Beijing's Taiwan Affairs Office")[:2] == ("CHN", "GOV")


def test_taipeis_mainland_affairs_council_is_taiwans() -> None:
    text = "Taiwan's Mainland Affairs Council condemned the drills."
    assert code(text, "Taiwan's Mainland Affairs Council")[:2] == ("TWN", "GOV")


# -- a ministry named with its portfolio ----------------------------------------------------------
def test_the_ministry_of_foreign_affairs_of_a_country_is_that_countrys() -> None:
    # "of Foreign Affairs" is the ministry's own name; "of Tajikistan" says whose it is (not the report's country)
    text = ("BISHKEK - Kyrgyzstan's border service said a guard was wounded. The Ministry of Foreign Affairs of "
            "Tajikistan accused the Kyrgyz military of occupying a section of the road.")
    assert code(text, "The Ministry of Foreign Affairs of Tajikistan")[:2] == ("TJK", "GOV")


def test_the_ministry_of_foreign_affairs_alone_names_no_country() -> None:
    text = "The Ministry of Foreign Affairs said the talks would resume."
    assert code(text, "The Ministry of Foreign Affairs")[0] is None


# -- "The Secretary-General": the office a lone capitalised title names ------------------------------
def test_the_secretary_general_of_a_un_statement_is_the_uns() -> None:
    text = ("The Secretary-General strongly condemns the attack on a United Nations convoy in Gaza, in which a "
            "driver was killed.")
    assert code(text, "The Secretary-General")[2] == "UNSG"


def test_the_secretary_general_after_another_body_is_not_the_uns() -> None:
    text = "NATO foreign ministers met in Brussels on Tuesday. The Secretary-General said more troops were needed."
    assert code(text, "The Secretary-General")[2] is None


def test_the_alliance_after_its_ministers_met_in_brussels_is_nato_not_the_eu() -> None:
    # the body's own people name it; the city of the meeting is no antecedent for "the alliance"
    text = "NATO foreign ministers met in Brussels on Tuesday. The alliance would send more troops to Lithuania."
    assert code(text, "The alliance")[2] == "NATO"
