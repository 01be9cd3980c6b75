"""The scale-out subcommands: `flashpoint bench`."""

from __future__ import annotations

import argparse


def cmd_bench(args: argparse.Namespace) -> int:
    from flashpoint.scale.bench import run_from_args

    return run_from_args(args)


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from flashpoint.scale.bench import add_arguments

    p = sub.add_parser("bench", help="measure throughput: spaCy vs extract, 1..N workers, ingest, Dask")
    add_arguments(p)
    p.set_defaults(func=cmd_bench)
