"""Start-up benchmark (issue 19): CPU seconds a fresh `flashpoint` process spends before it is useful.

    python benchmarks/bench_startup.py [--report FILE] [--runs 3]

Each command runs in a new process; its CPU time (user + system, from the kernel's accounting of
the child) is the median of --runs. Measured:

- `flashpoint --version`
- `flashpoint stats` on an empty store (bar: at most 0.5 s)
- a cold `flashpoint extract` of one ~600-word report, against the bare work it cannot avoid: a
  process that imports spaCy, loads the model and parses the same text (bar: at most 1.3x).

"Cold" is a new process; the files flashpoint builds once per installation (the gazetteer database,
compiled data files under $FLASHPOINT_CACHE, the modules' bytecode) are built by one untimed run first,
as any second use of an installation finds them. The report defaults to the reference report beside the repository
(../shared/examples/seed-article.txt, 623 words); without it, a report of about 600 words is put
together from the benchmark corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "examples" / "seed-article.txt"
PUBLISHED = "2022-09-15"
STATS_BAR = 0.5
EXTRACT_BAR = 1.3


# An installation compiles its modules once: the untimed first run writes the bytecode, as any first use
# does, even where the shell running the benchmark asks Python not to (PYTHONDONTWRITEBYTECODE).
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def cpu_seconds(argv: list[str]) -> float:
    """User + system CPU of one child process (and anything it started), which must exit 0."""
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=CHILD_ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {err[-500:]}")
    return usage.ru_utime + usage.ru_stime


def median_cpu(argv: list[str], runs: int) -> float:
    return statistics.median(cpu_seconds(argv) for _ in range(runs))


def flashpoint_argv() -> list[str]:
    script = shutil.which("flashpoint")
    return [script] if script else [sys.executable, "-c", "import sys; from flashpoint.cli import main; "
                                                          "sys.exit(main())"]


def report_text(path: Path | None) -> str:
    if path is not None:
        return path.read_text(encoding="utf-8")
    if SEED.is_file():
        return SEED.read_text(encoding="utf-8")
    from flashpoint.scale.corpus import build_corpus

    words: list[str] = []
    paragraphs: list[str] = []
    for article in build_corpus(20, 19):
        paragraphs.append(article.text)
        words += article.text.split()
        if len(words) >= 600:
            break
    return "\n\n".join(paragraphs)


BARE = """
import sys, spacy
from flashpoint.nlp.pipeline import MODEL_NAME
nlp = spacy.load(MODEL_NAME)
nlp(open(sys.argv[1], encoding="utf-8").read())
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--report", type=Path, help="the report to extract (default: see above)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    fp = flashpoint_argv()
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.txt"
        text = report_text(args.report)
        report.write_text(text, encoding="utf-8")
        empty = Path(tmp) / "empty.db"
        subprocess.run([sys.executable, "-c", f"from flashpoint.store import open_store; open_store({str(empty)!r})"
                        ".close()"], check=True)  # fmt: skip
        extract = [*fp, "extract", str(report), "--published", PUBLISHED, "--workers", "1", "-o", os.devnull]
        cpu_seconds(extract)  # builds the once-per-installation caches and bytecode; not timed
        cpu_seconds([*fp, "stats", "--db", str(empty)])
        results = {
            "version": median_cpu([*fp, "--version"], args.runs),
            "stats_empty": median_cpu([*fp, "stats", "--db", str(empty)], args.runs),
            "extract_cold": median_cpu(extract, args.runs),
            "bare_spacy": median_cpu([sys.executable, "-c", BARE, str(report)], args.runs),
        }
    results["extract_ratio"] = results["extract_cold"] / results["bare_spacy"]
    print(f"report: {len(text.split())} words; median of {args.runs} runs; CPU seconds (user + system)")
    print(f"  flashpoint --version          {results['version']:6.2f}")
    print(f"  flashpoint stats (empty)      {results['stats_empty']:6.2f}   bar {STATS_BAR}")
    print(f"  flashpoint extract (cold)     {results['extract_cold']:6.2f}")
    print(f"  spacy.load + parse (bare)     {results['bare_spacy']:6.2f}")
    print(f"  extract / bare                {results['extract_ratio']:6.2f}x  bar {EXTRACT_BAR}x")
    out = ROOT / "benchmarks" / "results" / "startup.json"
    out.write_text(json.dumps({k: round(v, 3) for k, v in results.items()}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
