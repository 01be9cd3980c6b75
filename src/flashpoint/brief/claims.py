"""Claims about what may be one act: tolls counted once, and claimants who contradict each other.

The deduplicator never joins two mentions from one report, and a report often tells one clash
twice ("105 killed, said Pashinyan" ... "the bodies of 100 soldiers, Azerbaijan said"). Here acts
of one type whose dates overlap, whose places are compatible and whose parties do not contradict
each other (the deduplicator's own tests, without its one-report rule) are read as possibly one
act: their tolls form one range instead of adding up, and where their claims differ they are
set side by side.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from flashpoint.brief.model import Act, Claim, Conflict
from flashpoint.store.dedup import dates_match, parties_match, places_match, window

Same = Callable[[dict[str, Any], dict[str, Any]], bool]


def group_alike(items: list[Any], view: Callable[[Any], dict[str, Any]], same: Same) -> list[list[Any]]:
    """Greedy complete-link groups: an item joins the first group whose every member is alike.

    Items go in the order of their first possible day, and a group whose last possible day is
    behind the item's first can take nothing more: so each item is compared with the few groups
    still open, not with every group (what may be one act must overlap in time anyway).
    """
    windows = [window(view(item)) for item in items]
    dated = sorted(((w, i) for i, w in enumerate(windows) if w), key=lambda p: (p[0][0], p[1]))
    # Without a day to place it, an item matches nothing (the deduplicator's rule): a group of its own.
    groups: list[list[Any]] = [[items[i]] for i, w in enumerate(windows) if w is None]
    open_: list[tuple[list[Any], list[date]]] = []  # a group and the last possible day of its members
    for (first, last), i in dated:
        item = items[i]
        open_ = [(g, end) for g, end in open_ if end[0] >= first - timedelta(days=1)]
        for group, end in open_:
            if all(same(view(item), view(other)) for other in group):
                group.append(item)
                end[0] = max(end[0], last)
                break
        else:
            groups.append([item])
            open_.append((groups[-1], [last]))
    return groups


def maybe_one_act(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["type"] == b["type"] and dates_match(a, b) and places_match(a, b) and parties_match(a, b)


def same_scene(a: dict[str, Any], b: dict[str, Any]) -> bool:
    # Who attacked is what the claims dispute, so the parties are not compared.
    return dates_match(a, b) and places_match(a, b)


def toll_groups(acts: list[Act], views: dict[str, dict[str, Any]]) -> list[list[Act]]:
    """Acts with a stated toll, grouped into what may be one act."""
    tolled = [a for a in acts if a.fatalities_min is not None]
    return group_alike(tolled, lambda a: views[a.key], maybe_one_act)


def toll_range(groups: list[list[Act]]) -> tuple[int | None, int | None]:
    """The lowest and highest total: each group adds its lowest, or its highest, claim."""
    if not groups:
        return None, None
    low = sum(min(a.fatalities_min for a in g if a.fatalities_min is not None) for g in groups)
    high = sum(max(a.fatalities_max for a in g if a.fatalities_max is not None) for g in groups)
    return low, high


def toll_conflicts(groups: list[list[Act]]) -> list[Conflict]:
    """Groups whose claims name more than one toll."""
    found = []
    for group in groups:
        claims = [c for act in group for c in act.claims]
        if len({c.value for c in claims}) > 1:
            first = group[0]
            found.append(Conflict("toll", first.type, first.when, _place(group), _side_by_side(claims)))
    return found


def attacker_conflicts(
    claims: list[tuple[Claim, dict[str, Any]]], attacker_types: tuple[str, ...]
) -> list[Conflict]:
    """Claimants who name different attackers of what may be one act.

    `claims` pairs each attributed claim of an attacker with the event it comes from.
    """
    eligible = [(c, e) for c, e in claims if e["type"] in attacker_types and c.attacker and c.attributed]
    found = []
    for group in group_alike(eligible, lambda pair: pair[1], same_scene):
        by_claimant: dict[str, set[str]] = {}
        for claim, _ in group:
            by_claimant.setdefault(claim.claimant, set()).update(claim.attacker)
        named = list(by_claimant.values())
        disputed = any(not (x & y) for i, x in enumerate(named) for y in named[i + 1 :])
        if disputed:
            # The heading takes the date and place of the first claim that states them.
            dated = next((c for c, e in group if (e.get("date") or {}).get("start")), group[0][0])
            place = next(((e.get("location") or {}).get("name") for _, e in group if e.get("location")), None)
            found.append(Conflict("attacker", group[0][1]["type"], dated.when, place,
                                  _side_by_side([c for c, _ in group])))  # fmt: skip
    return found


def _side_by_side(claims: list[Claim]) -> list[Claim]:
    """One claim per claimant and value, citing every report that carries it; biggest toll first."""
    merged: dict[tuple[str, Any], Claim] = {}
    for c in claims:
        key = (c.claimant, c.value if c.value is not None else tuple(c.attacker))
        if key in merged:
            merged[key].articles = list(dict.fromkeys(merged[key].articles + c.articles))
        else:
            merged[key] = Claim(**{**c.__dict__, "articles": list(c.articles)})
    return sorted(merged.values(), key=lambda c: (-(c.value or 0), c.claimant))


def _place(group: list[Act]) -> str | None:
    return next((a.place for a in group if a.place), None)
