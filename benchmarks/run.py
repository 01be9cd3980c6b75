"""Throughput benchmark (issue 8): bare spaCy vs extract, scaling over workers, ingest, Dask.

    python benchmarks/run.py [--reports 2000] [--workers N] [--no-dask] [--profile]

The harness lives in `flashpoint.scale.bench` so that `flashpoint bench` runs the same code;
results go to benchmarks/results/latest.json and a markdown table on standard output.
"""

from __future__ import annotations

import sys

from flashpoint.scale.bench import main

if __name__ == "__main__":  # Dask's worker processes re-import this file: start nothing on import
    sys.exit(main())
