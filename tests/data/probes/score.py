"""Score a party probe: sentences written for flashpoint, each with the type, sources and targets of its act.

    PYTHONPATH=src python tests/data/probes/score.py tests/data/probes/parties11.jsonl [--errors]

A line is {"text", "type", "source", "target", "published"?} (actor codes as in the gold sets; "published"
defaults to 2024-06-20). Every 4th line (the 4th, 8th, ...) is the held-out quarter: it is scored apart and
its errors are never printed, so that no rule is tuned on it. Per part it counts the sentences with an event
of the right type, and among them the best one's sources and targets: all found ("all") and exactly the
expected set ("exact"), compared as the gold scorer compares codes (a group's home country stands for it), and
whether each coded sector is right ("sectors").
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from flashpoint.evaluate.events import gold_keys, load_codes, same_actor_set
from flashpoint.events import extract_article
from flashpoint.model import Article

CODES = Path(__file__).resolve().parents[1] / "gold" / "_codes.yaml"
DEFAULT_DAY = date(2024, 6, 20)


def _homes() -> dict[str, str]:
    return {code: info["country"] for code, info in load_codes(CODES).items() if info.get("country")}


def _keys(actors: list[dict[str, Any]]) -> set[str]:
    return {k for a in actors if (k := a.get("org") or a.get("country"))}


def _all_found(wanted: list[str], actors: list[dict[str, Any]], homes: dict[str, str]) -> bool:
    keys = _keys(actors)
    return all(keys & gold_keys(c, homes) for c in wanted)


def _sectors(wanted: list[str], actors: list[dict[str, Any]]) -> bool:
    """Every expected CCC-SEC code is some actor of that country with that sector."""
    pairs = {(a.get("country"), a.get("sector")) for a in actors}
    return all((c[:3], c[4:]) in pairs for c in wanted if len(c) == 7 and c[3] == "-")


def judge(item: dict[str, Any], events: list[dict[str, Any]], homes: dict[str, str]) -> dict[str, bool]:
    """The best-scoring event of the expected type, judged on its sources and targets."""
    best = {"type": False, "src_all": False, "src_exact": False, "tgt_all": False, "tgt_exact": False,
            "sectors": False}
    for ev in (e for e in events if e["type"] == item["type"]):
        src, tgt = ev.get("source") or [], ev.get("target") or []
        got = {"type": True,
               "src_all": _all_found(item["source"], src, homes),
               "src_exact": same_actor_set(tuple(item["source"]), src, homes),
               "tgt_all": _all_found(item["target"], tgt, homes),
               "tgt_exact": same_actor_set(tuple(item["target"]), tgt, homes),
               "sectors": _sectors(item["source"], src) and _sectors(item["target"], tgt)}
        if sum(got.values()) > sum(best.values()):
            best = got
    best["all"] = best["src_exact"] and best["tgt_exact"]
    return best


def _show(ev: dict[str, Any]) -> str:
    def side(actors: list[dict[str, Any]]) -> str:
        return ",".join(a.get("org") or f"{a.get('country')}-{a.get('sector')}" for a in actors) or "-"
    return f"{ev['type']} {side(ev.get('source') or [])} -> {side(ev.get('target') or [])}"


def main(argv: list[str]) -> None:
    path = Path(argv[0])
    errors = "--errors" in argv
    homes = _homes()
    totals: dict[str, Counter[str]] = {"dev": Counter(), "held-out": Counter()}
    for n, line in enumerate(path.read_text().splitlines(), start=1):
        item = json.loads(line)
        part = "held-out" if n % 4 == 0 else "dev"
        day = date.fromisoformat(item["published"]) if item.get("published") else DEFAULT_DAY
        events = [e.to_dict() for e in extract_article(Article(id=f"p{n}", text=item["text"], published=day))]
        verdict = judge(item, events, homes)
        totals[part]["n"] += 1
        totals[part].update(k for k, v in verdict.items() if v)
        if errors and part == "dev" and not (verdict["all"] and verdict["type"]):
            print(f"{n:4d} {item['text']}\n     want {item['type']} {','.join(item['source'])} -> "
                  f"{','.join(item['target'])}\n     got  {'; '.join(_show(e) for e in events) or 'nothing'}")
    for part, c in totals.items():
        cols = ("type", "src_all", "src_exact", "tgt_all", "tgt_exact", "all", "sectors")
        print(f"{part:9s} n={c['n']:3d} " + " ".join(f"{k} {c[k]}" for k in cols))


if __name__ == "__main__":
    main(sys.argv[1:])
