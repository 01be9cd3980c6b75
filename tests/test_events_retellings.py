"""An act told again by another sentence (issue 13, item 6): a later sentence that only retells an act of the
report folds into its first telling; a second party's own claim about it (its own toll, another act) stays an
event of its own (docs/gold-format.md). A wrong merge is worse than a duplicate.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import extract as extract_on

PUBLISHED = date(2026, 11, 26)

extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


def assault_triggers(text: str) -> list[str]:
    return [text[e.trigger.start:e.trigger.end] for e in extract(text) if e.type == "ASSAULT" and e.trigger]


def test_defenders_who_repulsed_the_attack_tell_that_attack_again() -> None:
    text = ("Rebel fighters attacked an army base near Kalemie on Monday, killing six soldiers, "
            "a local official said.\n"
            "The Congolese army said its troops had repulsed the attack.")
    (attack,) = [e for e in extract(text) if e.type == "ASSAULT"]
    assert text[attack.trigger.start:attack.trigger.end] == "attacked"
    assert "REB" in {a.sector for a in attack.source}  # the defenders are its target, never its doers
    assert "MIL" not in {a.sector for a in attack.source}


def test_repelling_a_new_assault_is_an_act_of_its_own() -> None:
    text = ("Rebel fighters attacked an army base near Kalemie on Monday, killing six soldiers, "
            "a local official said.\n"
            "Troops repelled a second assault on the base on Tuesday.")
    assert assault_triggers(text) == ["attacked", "repelled"]


def test_defenders_who_give_their_own_toll_make_a_claim_of_their_own() -> None:
    text = ("Rebel fighters attacked an army base near Kalemie on Monday, killing six soldiers, "
            "a local official said.\n"
            "The army said it had repelled the assault and killed more than 40 attackers.")
    assert len(assault_triggers(text)) == 2


def test_an_attack_claimed_in_the_passive_is_the_attack_told_before() -> None:
    text = ("Gunmen attacked a village near Djibo on Saturday, killing 30 civilians, residents said.\n"
            "The attack was claimed on Sunday by JNIM in a message on Telegram.")
    (attack,) = [e for e in extract(text) if e.type == "ASSAULT"]
    assert attack.date is not None and attack.date.start == "2026-11-21"  # Saturday, not the day of the claim


def test_who_opened_fire_first_is_one_sides_version_of_the_exchange() -> None:
    text = ("Indian and Pakistani troops exchanged fire along the Line of Control on Friday night, killing a civilian, "
            "Indian army officials said.\n"
            "The officials said Pakistani soldiers opened fire first with small arms and mortars.")
    (exchange,) = [e for e in extract(text) if e.type == "ASSAULT"]
    assert text[exchange.trigger.start:exchange.trigger.end] == "exchanged"
    assert {a.country for a in exchange.source} == {"IND", "PAK"}


def test_a_version_of_who_fired_first_with_a_deed_of_its_own_is_a_claim_of_its_own() -> None:
    text = ("Kyrgyz and Tajik border guards exchanged fire near Kok-Tash on Wednesday, the GKNB said.\n"
            "Dushanbe gave a different account, saying Kyrgyz forces had opened fire first and wounded three Tajik "
            "civilians in the Isfara district.")
    assert len(assault_triggers(text)) == 2


def test_the_deal_signed_again_in_the_passive_is_the_signing_told_before() -> None:
    text = ("MANILA - Japan and the Philippines signed a reciprocal access agreement on Monday that will allow each "
            "country to send troops to the other's territory.\n"
            "The deal was signed in Manila by the two defence ministers in the presence of President "
            "Ferdinand Marcos Jr.")
    (signing,) = [e for e in extract(text) if e.type == "AGREE"]
    assert {a.country for a in signing.source} == {"JPN", "PHL"}
