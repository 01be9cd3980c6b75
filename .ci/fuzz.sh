#!/usr/bin/env bash
# Fuzz the ingest readers for a bounded time (FUZZ_SECONDS, default 60). Coverage-guided with
# atheris when it installs; otherwise plain random mutation (same target, same checks).
# Exits 1 and leaves crash-* inputs in artifacts/fuzz/ when an input breaks a reader.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
mkdir -p artifacts/fuzz
python -m pip install -q atheris >/dev/null 2>&1 || echo "fuzz.sh: atheris did not install; plain mode" >&2
cd artifacts/fuzz
if python -c "import atheris" 2>/dev/null; then
    python ../../tests/fuzz/fuzz_ingest.py -max_total_time="$seconds" -rss_limit_mb=4096 -print_final_stats=1
else
    python ../../tests/fuzz/fuzz_ingest.py --plain --seconds "$seconds"
fi
