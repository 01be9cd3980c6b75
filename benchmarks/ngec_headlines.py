"""Headlines in title case against their sentence-case twins: NGEC's synthetic headline templates.

    python benchmarks/ngec_headlines.py PATH/synthetic_headlines.csv [OUT_DIR]
    flashpoint evaluate --plover OUT_DIR/headlines_given.jsonl      # and _title, _sentence

NGEC (ahalterman/NGEC, setup/train_classifiers/synthetic_headlines.csv: `event`, `mode`, `title`) writes its
headlines with `{country_1}`, `{country_2}`, `{country_3}` and `{city}` slots. This fills them with country and
city names in turn and writes three PLOVER JSONL files (docs/plover-format.md), each headline with its type:
`given` as the file writes it (mostly title case), `title` with every word in title case, `sentence` with only
the first word and the names capitalised (and words in capitals kept). The corpus is not part of flashpoint:
fetch it from its project; nothing of it is kept here.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

COUNTRIES = ["Kenya", "Ethiopia", "Brazil", "Germany", "Pakistan", "Peru", "Vietnam", "Nigeria", "Turkey", "Mexico",
             "Indonesia", "Egypt", "Poland", "Chile", "Ghana", "Iran", "Japan", "Sudan", "Canada", "India"]
CITIES = ["Nairobi", "Lima", "Lagos", "Karachi", "Cairo", "Hanoi", "Accra", "Quito"]
# the words title case leaves in lower case (AP and Chicago agree on these)
SMALL = {"a", "an", "the", "and", "but", "or", "nor", "for", "on", "at", "to", "by", "of", "in", "with", "from", "as"}
SLOT = re.compile(r"\{[a-z_0-9]+\}")
WORD = re.compile(r"^([^A-Za-z]*)([A-Za-z])(.*)$")


def fill(template: str, i: int) -> str:
    """The slots filled in turn, so that each headline names other countries."""
    n = len(COUNTRIES)
    for slot, shift in (("{country_1}", 0), ("{country_2}", 7), ("{country_3}", 13)):
        template = template.replace(slot, COUNTRIES[(i + shift) % n])
    return template.replace("{city}", CITIES[i % len(CITIES)])


def title_case(text: str) -> str:
    out = []
    for i, word in enumerate(re.split(r"(\s+)", text)):
        found = WORD.match(word)
        if not word.strip() or word.isupper() or found is None:
            out.append(word)
            continue
        before, first, rest = found.groups()
        small = i > 0 and (first + rest).lower() in SMALL
        out.append(before + (first.lower() if small else first.upper()) + rest)
    return "".join(out)


def sentence_case(template: str) -> str:
    """Only the first word, the slots (names) and words in capitals ("UN", "ICC") keep capitals."""
    out, first_seen = [], False
    for word in re.split(r"(\s+)", template):
        letters = re.sub(r"[^A-Za-z]", "", word)
        if not word.strip() or SLOT.search(word) or (len(letters) >= 2 and letters.isupper()):
            first_seen = first_seen or bool(word.strip())
            out.append(word)
            continue
        found = WORD.match(word)
        if not first_seen and found is not None:
            before, first, rest = found.groups()
            out.append(before + first.upper() + rest.lower())
            first_seen = True
            continue
        out.append(word.lower())
    return "".join(out)


def main(source: Path, out_dir: Path) -> None:
    with source.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    forms: dict[str, Callable[[str, int], str]] = {
        "given": lambda t, i: fill(t, i),
        "title": lambda t, i: title_case(fill(t, i)),
        "sentence": lambda t, i: fill(sentence_case(t), i),
    }
    for name, form in forms.items():
        path = out_dir / f"headlines_{name}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i, row in enumerate(rows):
                record = {"id": f"h{i}", "published": "2024-05-15", "text": form(row["title"].strip(), i),
                          "type": row["event"].strip().upper()}
                fh.write(json.dumps(record) + "\n")
        print(f"{path}: {len(rows)} headlines")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else Path("."))
