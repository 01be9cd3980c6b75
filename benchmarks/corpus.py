"""Write the benchmark corpus as JSON Lines, for timing `flashpoint extract` or `ingest` by hand.

    python benchmarks/corpus.py 5000 > /tmp/corpus.jsonl
    time flashpoint extract /tmp/corpus.jsonl -o /dev/null

Reports are recombined from sentences written for flashpoint (src/flashpoint/scale/data/corpus.yaml).
"""

from __future__ import annotations

import argparse
import json
import sys

from flashpoint.scale.corpus import build_corpus


def main() -> int:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("reports", type=int, nargs="?", default=2000)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    for article in build_corpus(args.reports, args.seed):
        sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
