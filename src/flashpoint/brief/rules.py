"""The section rules of a brief (data/sections.yaml), loaded once and checked."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from flashpoint.brief.errors import BriefError
from flashpoint.data import parse_yaml
from flashpoint.model import EVENT_TYPES, STATUSES


@dataclass(frozen=True)
class Rules:
    happened_statuses: tuple[str, ...]
    coming_statuses: tuple[str, ...]
    coming_types: tuple[str, ...]
    attacker_types: tuple[str, ...]
    material_types: tuple[str, ...]
    key_acts: int


def _checked(data: dict, key: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    values = tuple(data.get(key) or ())
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise BriefError(f"sections.yaml: {key} has unknown value(s) {unknown}")
    return values


@lru_cache(maxsize=1)
def rules() -> Rules:
    text = (resources.files("flashpoint.brief") / "data" / "sections.yaml").read_text(encoding="utf-8")
    data = parse_yaml(text) or {}
    key_acts = data.get("key_acts")
    if not isinstance(key_acts, int) or key_acts < 1:
        raise BriefError("sections.yaml: key_acts must be a positive whole number")
    return Rules(
        happened_statuses=_checked(data, "happened_statuses", STATUSES),
        coming_statuses=_checked(data, "coming_statuses", STATUSES),
        coming_types=_checked(data, "coming_types", EVENT_TYPES),
        attacker_types=_checked(data, "attacker_types", EVENT_TYPES),
        material_types=_checked(data, "material_types", EVENT_TYPES),
        key_acts=key_acts,
    )
