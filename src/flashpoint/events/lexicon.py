"""The trigger lexicon and code tables, read once from the YAML files beside this module."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from flashpoint.model import EVENT_TYPES

EMBEDS = {None, "subsume", "claim", "negate", "adopt"}


@dataclass(frozen=True)
class Sense:
    """One reading of a trigger word and the conditions under which it applies."""

    type: str | None  # None: a reading that is explicitly not an event ("strike a deal")
    mode: str | None = None
    cameo: str | None = None
    obj: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    mod: frozenset[str] = frozenset()
    not_mod: frozenset[str] = frozenset()
    mutual: bool = False
    embed: str | None = None
    casualty: str | None = None  # "killed" / "injured": the verb reports a toll
    weak: bool = False  # needs support (an actor) before it counts as an event
    background: bool = False  # a noun that often names past wars: never dated by the publication date
    requires_embedded: frozenset[str] = frozenset()
    comp_modal: bool = False  # a verb that is an event only with a modal complement ("warned it would strike")
    needs_verb: bool = False  # a noun that is an event only with a verb that makes it one ("signed a deal")


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Sense, ...]]
    nouns: dict[str, tuple[Sense, ...]]
    light_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    status_verbs: dict[str, frozenset[str]]
    subsume_verbs: frozenset[str]
    disaster_nouns: frozenset[str]
    disaster_verbs: frozenset[str]
    civilian_nouns: frozenset[str]
    combatant_nouns: frozenset[str]
    acled: dict[str, tuple[str, str]] = field(default_factory=dict)
    acled_civilian: dict[str, tuple[str, str]] = field(default_factory=dict)
    context: dict[str, tuple[str, ...]] = field(default_factory=dict)


class _WordLoader(yaml.SafeLoader):
    """YAML without the 1.1 booleans: in a word list "on", "off", "yes" and "no" are words."""


_WordLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_WordLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def _read(name: str) -> dict[str, Any]:
    text = resources.files("flashpoint.events").joinpath("data", name).read_text("utf-8")
    return yaml.load(text, Loader=_WordLoader)  # noqa: S506 - a SafeLoader subclass


def _sense(raw: dict[str, Any], where: str) -> Sense:
    unknown = set(raw) - set(Sense.__dataclass_fields__)
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    if raw.get("type") is not None and raw["type"] not in EVENT_TYPES:
        raise ValueError(f"{where}: {raw['type']!r} is not a PLOVER type")
    if raw.get("embed") not in EMBEDS:
        raise ValueError(f"{where}: embed must be one of {sorted(e for e in EMBEDS if e)}")
    sets = {k: frozenset(str(v).lower() for v in raw.get(k, ())) for k in ("obj", "prep", "mod", "not_mod")}
    return Sense(
        type=raw.get("type"),
        mode=raw.get("mode"),
        cameo=str(raw["cameo"]) if raw.get("cameo") is not None else None,
        mutual=bool(raw.get("mutual", False)),
        embed=raw.get("embed"),
        casualty=raw.get("casualty"),
        weak=bool(raw.get("weak", False)),
        background=bool(raw.get("background", False)),
        comp_modal=bool(raw.get("comp_modal", False)),
        needs_verb=bool(raw.get("needs_verb", False)),
        requires_embedded=frozenset(raw.get("requires_embedded", ())),
        **sets,
    )


def _senses(table: dict[str, list[dict[str, Any]]], kind: str) -> dict[str, tuple[Sense, ...]]:
    return {
        lemma.lower(): tuple(_sense(s, f"{kind}.{lemma}[{i}]") for i, s in enumerate(senses))
        for lemma, senses in table.items()
    }


def _pairs(table: dict[str, list[str]]) -> dict[str, tuple[str, str]]:
    return {key: (value[0], value[1]) for key, value in table.items()}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    raw = _read("triggers.yaml")
    codes = _read("codes.yaml")
    return Lexicon(
        verbs=_senses(raw["verbs"], "verbs"),
        nouns=_senses(raw["nouns"], "nouns"),
        light_verbs=frozenset(raw["light_verbs"]),
        speech_verbs=frozenset(raw["speech_verbs"]),
        status_verbs={k: frozenset(v) for k, v in raw["status_verbs"].items()},
        subsume_verbs=frozenset(raw["subsume_verbs"]),
        disaster_nouns=frozenset(raw["disaster_nouns"]),
        disaster_verbs=frozenset(raw["disaster_verbs"]),
        civilian_nouns=frozenset(raw["civilian_nouns"]),
        combatant_nouns=frozenset(raw["combatant_nouns"]),
        acled=_pairs(codes["acled"]),
        acled_civilian=_pairs(codes["civilian_target"]),
        context={k: tuple(v) for k, v in codes["context"].items()},
    )
