"""`build_brief`: from stored events to a Brief, every value counted or copied from the events."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit

from flashpoint.brief import claims as claims_
from flashpoint.brief.changes import diff
from flashpoint.brief.labels import actor_label, place_label, side_labels, when_label
from flashpoint.brief.model import Act, Brief, Claim, Figures, Matrix, ReportRef
from flashpoint.brief.rules import Rules, rules
from flashpoint.brief.select import act_key, cluster_records, select_events
from flashpoint.store import Store
from flashpoint.store.rows import day_range, now

MATRIX_SIZE = 10  # actors; a wider table no longer fits a printed page


def build_brief(
    store: Store,
    *,
    country: str | Sequence[str] | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    previous: dict[str, Any] | None = None,
    key_acts: int | None = None,
) -> Brief:
    """A situation brief over the stored events that match the filters.

    `country`: acts in, or with a participant from, these ISO alpha-3 countries; `actor`: a
    participant (code, organisation or name); `since`/`until`: YYYY, YYYY-MM or YYYY-MM-DD;
    `previous`: the record (`Brief.record()`) of an earlier brief, to list what changed since.
    """
    countries = _countries(country)
    actor, since, until = actor or None, since or None, until or None
    filters: dict[str, Any] = {"country": countries, "actor": actor, "since": since, "until": until}
    events = select_events(store, countries, actor, since, until)
    merged = cluster_records(store, events, countries, actor, since, until)
    r = rules()
    book = _ReportBook(events, merged.values())
    members: dict[str, list[dict[str, Any]]] = {}
    for e in events:
        members.setdefault(act_key(e), []).append(e)
    all_acts = [_act(merged[k], evs, book) for k, evs in members.items()]
    coming = [a for a in all_acts if _is_coming(a, r)]
    acts = _in_date_order(a for a in all_acts if a.status in r.happened_statuses and not _is_coming(a, r))
    views = {k: _view(m) for k, m in merged.items()}
    groups = claims_.toll_groups(acts, views)
    sides = {k: (_codes(m.get("source") or []), _codes(m.get("target") or [])) for k, m in merged.items()}
    attacker_claims = [(c, e) for e in events for c in [_attacker_claim(e)] if c is not None]
    conflicts = claims_.toll_conflicts(groups) + claims_.attacker_conflicts(attacker_claims, r.attacker_types)
    happened, listed_coming = _key_acts(acts, key_acts or r.key_acts, r), _key_acts(coming, key_acts or r.key_acts, r)
    cited = [a for act in happened + listed_coming for a in act.articles]
    cited += [a for c in conflicts for claim in c.claims for a in claim.articles]
    brief = Brief(
        filters=filters,
        generated=now(),
        figures=_figures(acts, events, groups),
        acts=acts,
        happened=happened,
        conflicts=conflicts,
        coming=listed_coming,
        matrix=_matrix(acts, sides),
        reports=book.refs(cited),
        more_coming=len(coming) - len(listed_coming),
    )
    if previous is not None:
        brief.changes = diff(previous, brief)
        brief.previous = {"filters": previous.get("filters"), "generated": previous.get("generated")}
    return brief


def _countries(value: str | Sequence[str] | None) -> list[str] | None:
    items = value.split(",") if isinstance(value, str) else list(value or [])
    codes = [i.strip().upper() for i in items if i.strip()]
    return codes or None


class _ReportBook:
    """What is known of every report the selected acts come from."""

    def __init__(self, events: list[dict[str, Any]], merged: Iterable[dict[str, Any]]) -> None:
        self.info: dict[str, dict[str, Any]] = {}
        for m in merged:
            for ref in m.get("events") or []:
                self.info.setdefault(ref["article"], {k: ref.get(k) for k in ("url", "source", "published")})
        for e in events:
            self.info.setdefault(e["article"], {}).update({k: v for k, v in e["report"].items() if v})

    def refs(self, cited: Iterable[str]) -> list[ReportRef]:
        """The cited reports, numbered by publication date."""
        order = sorted(set(cited), key=lambda a: (self.info.get(a, {}).get("published") or "",
                                                  self.info.get(a, {}).get("source") or "", a))  # fmt: skip
        fields = ("source", "title", "url", "published")
        return [ReportRef(n, a, **{k: self.info.get(a, {}).get(k) for k in fields}) for n, a in enumerate(order, 1)]

    def outlet(self, article: str) -> str:
        info = self.info.get(article, {})
        if info.get("source"):
            return str(info["source"])
        if info.get("url"):
            return urlsplit(info["url"]).hostname or str(info["url"])
        return article


def _act(merged: dict[str, Any], selected: list[dict[str, Any]], book: _ReportBook) -> Act:
    date, loc = merged.get("date") or {}, merged.get("location") or {}
    day_start, day_end = day_range(date.get("start"), date.get("end"))
    mentions = sorted(merged.get("events") or [], key=lambda m: (m.get("published") or "", m["event"]))
    by_id = {m["event"]: m for m in mentions}
    fatalities = merged.get("fatalities") or {}
    when = when_label(date, merged.get("first_report"))
    source, target = side_labels(merged.get("source") or []), side_labels(merged.get("target") or [])
    return Act(
        key=merged["id"], type=merged["type"], status=merged["status"], mode=merged.get("mode"),
        acled=(merged.get("acled") or {}).get("event_type"), when=when, day_start=day_start, day_end=day_end,
        precision=date.get("precision"), place=place_label(loc), place_precision=loc.get("precision"),
        country=loc.get("country"), lat=loc.get("lat"), lon=loc.get("lon"), source=source, target=target,
        mutual=bool(source) and set(source) == set(target),
        claimed_by=_unique(actor_label(e.get("claimed_by")) for e in selected),
        fatalities_min=fatalities.get("min"), fatalities_max=fatalities.get("max"),
        claims=[_toll_claim(c, by_id.get(c["event"]), when, book) for c in fatalities.get("claims") or []],
        quote=mentions[0]["evidence"] if mentions else selected[0]["evidence"]["text"],
        articles=list(dict.fromkeys(m["article"] for m in mentions)), sources=int(merged.get("sources") or 1),
        reported=merged.get("first_report"),
    )  # fmt: skip


def _unique(labels: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(label for label in labels if label))


def _toll_claim(claim: dict[str, Any], mention: dict[str, Any] | None, when: str, book: _ReportBook) -> Claim:
    claimant = actor_label(claim.get("claimant"))
    return Claim(
        claimant=claimant or f"the report ({book.outlet(claim['article'])})",
        attributed=claimant is not None,
        evidence=mention["evidence"] if mention else "",
        event=claim["event"],
        articles=[claim["article"]],
        when=when,
        value=claim["value"],
    )


def _attacker_claim(event: dict[str, Any]) -> Claim | None:
    """Who attacked, as the claimant of a claimed act says; None when the act is mutual or unclaimed."""
    claimant = actor_label(event.get("claimed_by"))
    attackers = _codes(event["source"])
    if event["status"] != "claimed" or not claimant or not attackers or attackers == _codes(event["target"]):
        return None
    return Claim(claimant=claimant, attributed=True, evidence=event["evidence"]["text"], event=event["id"],
                 articles=[event["article"]],
                 when=when_label(event.get("date"), event["report"].get("published")),
                 attacker=sorted(attackers))  # fmt: skip


def _codes(actors: list[dict[str, Any]]) -> set[str]:
    return {str(a.get("org") or a.get("country")) for a in actors if a.get("org") or a.get("country")}


def _view(merged: dict[str, Any]) -> dict[str, Any]:
    """A merged record in the shape the deduplicator's tests read."""
    return {**merged, "report": {"published": merged.get("first_report")}}


def _is_coming(act: Act, r: Rules) -> bool:
    return act.status in r.coming_statuses or act.type in r.coming_types


def _in_date_order(acts: Iterable[Act]) -> list[Act]:
    # Undated acts last, by the day they were reported.
    return sorted(acts, key=lambda a: (a.day_start is None, a.day_start or a.reported or "", a.day_end or "", a.key))


def _key_acts(acts: list[Act], limit: int, r: Rules) -> list[Act]:
    """The acts most worth a line: stated tolls, material conflict, most reports; shown in date order."""
    ranked = sorted(acts, key=lambda a: (a.fatalities_max is None, a.type not in r.material_types,
                                         -len(a.articles), -a.sources, a.key))  # fmt: skip
    return _in_date_order(ranked[:limit])


def _figures(acts: list[Act], events: list[dict[str, Any]], groups: list[list[Act]]) -> Figures:
    low, high = claims_.toll_range(groups)
    claimants: dict[str, set[int]] = {}
    for act in acts:
        for c in act.claims:
            if c.value is not None:
                claimants.setdefault(c.claimant, set()).add(c.value)
    outlets = {e["report"].get("source") or e["report"].get("url") or e["article"] for e in events}
    return Figures(
        acts=len(acts),
        by_type=Counter(a.type for a in acts).most_common(),
        by_acled=Counter(a.acled for a in acts if a.acled).most_common(),
        reports=len({e["article"] for e in events}),
        sources=len(outlets),
        mentions=len(events),
        toll_min=low,
        toll_max=high,
        toll_groups=len(groups),
        claimants=sorted(((k, sorted(v)) for k, v in claimants.items()), key=lambda kv: (-max(kv[1]), kv[0])),
    )


def _matrix(acts: list[Act], sides: dict[str, tuple[set[str], set[str]]], size: int = MATRIX_SIZE) -> Matrix:
    """Acts from each source on each target, by country or organisation code as the dashboard's matrix."""
    pairs: Counter[tuple[str, str]] = Counter()
    for act in acts:
        sources, targets = sides[act.key]
        for pair in {(s, t) for s in sources for t in targets if s != t}:
            pairs[pair] += 1
    weight: Counter[str] = Counter()
    for (s, t), n in pairs.items():
        weight[s] += n
        weight[t] += n
    keep = sorted(weight, key=lambda a: (-weight[a], a))[:size]
    index = {a: i for i, a in enumerate(keep)}
    counts = [[0] * len(keep) for _ in keep]
    left_out = 0
    for (s, t), n in pairs.items():
        if s in index and t in index:
            counts[index[s]][index[t]] += n
        else:
            left_out += n
    return Matrix(actors=keep, counts=counts, left_out=left_out)
