"""The `flashpoint` command line. Each subcommand mirrors a library function."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import IO, Any

from flashpoint import __version__
from flashpoint.model import Article, parse_published

CONTRACT = """\
Output: one JSON object per event (JSON Lines), with these fields:
  id            stable id (same input -> same id)       article   the input report's id
  type          one of the 16 PLOVER types (AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID,
                RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE,
                COERCE, ASSAULT)
  mode          PLOVER mode or null                     cameo     CAMEO code or null
  context       PLOVER contexts of the type (military, diplomatic, ...)
  acled         {"event_type", "sub_event_type", "disorder_type", "civilian_targeting", "actor1",
                "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "geo_precision"}
                in ACLED's terms, or null for acts ACLED would not code
  source/target lists of actors {"text", "name", "country" (ISO alpha-3), "sector", "org"}; an act
                both sides do (a clash, talks) lists both sides in both (notes.mutual)
  date          {"start", "end", "precision", "text"}; text null when the publication date was used
  location      {"text", "name", "country", "admin1", "admin2", "lat", "lon", "precision", "kind"}
                or null; precision: place, admin2, admin1, region, country, border or water
  fatalities    integers stated in the text for this act ("no one was killed": 0), or null; also "injured"
  status        occurred / claimed / planned / hypothetical / negated
  claimed_by    the actor whose statement carries the event, or null (also for a statement that is
                itself the act: "Germany said it would deliver" is Germany's AGREE, claimed by no one)
  content       for a threat, demand, promise, offer or refusal: the act it is about ({"type", "mode",
                "cameo", "status": planned/hypothetical/negated, "source", "target", "trigger"}), or null;
                that act is not an event of its own
  evidence      {"text", "start", "end"}: character offsets into the input text as given
                (also `trigger` and each of `mentions`, the further sentences that tell the same act)
  confidence    0..1                                    cluster   the store's cluster id (null here)
  report        {"url", "source", "title", "published"} of the input report
Null means the text does not say; `notes` gives the reason where useful.

Offsets count the characters of the report text exactly as given: a file's decoded text (a
CRLF is two characters, leading blank lines count; a byte-order mark is not text), a JSON
record's `text` field. For HTML pages and feed entries they index the article text flashpoint
extracted: `--texts FILE` writes it, and `ingest` stores it. The only characters flashpoint
changes are NUL and unpaired surrogates (U+FFFD in their place, so offsets do not move).
"""

INPUT_HELP = (
    "report files: .txt, .html/.htm, .jsonl/.json ({id, text, published?, title?, url?, source?}), "
    ".xml (RSS/Atom), folders of them, or - for standard input"
)


def _published(value: str) -> date:
    try:
        parsed = parse_published(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date: {value!r}") from exc
    assert parsed is not None
    return parsed


def _add_input_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=INPUT_HELP)
    p.add_argument("--published", type=_published, metavar="DATE",
                   help="publication date (YYYY-MM-DD) for reports that carry none; relative dates resolve "
                        "against it")
    p.add_argument("-o", "--output", metavar="FILE", help="write here (default, or -: standard output)")


NO_DATE = ("no publication date for some reports (give --published, a 'published' field, a 'Date:' line, a "
           "NAME.json sidecar or a file name starting YYYY-MM-DD); their relative dates stay unresolved")


class InputLog:
    """Counts and reports input problems once each, on standard error."""

    def __init__(self) -> None:
        self.errors = 0
        self.warned_no_date = False

    def problem(self, problem: Any) -> None:
        if getattr(problem, "severity", "error") == "error":
            self.errors += 1
        print(f"flashpoint: {problem}", file=sys.stderr)

    def article(self, article: Article) -> None:
        if article.published is None and not self.warned_no_date:
            self.warned_no_date = True
            print(f"flashpoint: {NO_DATE}", file=sys.stderr)


def iter_articles(inputs: list[str], published: date | None, log: InputLog) -> Iterator[Article]:
    from flashpoint.ingest import InputProblem, read_inputs

    for item in read_inputs(inputs, published=published):
        if isinstance(item, InputProblem):
            log.problem(item)
            continue
        log.article(item)
        yield item


def cmd_extract(args: argparse.Namespace) -> int:
    from flashpoint.export.records import write_extracted
    from flashpoint.scale import extract_stream
    from flashpoint.scale.progress import count_reports

    log = InputLog()
    articles = iter_articles(args.inputs, args.published, log)
    pairs = extract_stream(articles, workers=args.workers, dask=args.dask, progress=True,
                           total=partial(count_reports, args.inputs))
    with _texts(args.texts) as texts:
        write_extracted(_keeping_texts(pairs, texts), args.format, args.output)
    return 1 if log.errors else 0


@contextlib.contextmanager
def _texts(path: str | None) -> Iterator[IO[str] | None]:
    """Where `--texts` writes each report's text (None: not asked)."""
    if path is None:
        yield None
        return
    from flashpoint.export.output import open_output

    with open_output(path) as out:
        yield out


def _keeping_texts(pairs: Iterable[tuple[Article, Any]], texts: IO[str] | None) -> Iterator[tuple[Article, Any]]:
    """Pass the extracted pairs on, writing each report (the text its offsets index) to `texts` first."""
    for article, events in pairs:
        if texts is not None:
            texts.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
        yield article, events


def _per_doc(args: argparse.Namespace, stage: str, fn: Callable[[Any], list[dict[str, Any]]]) -> int:
    """Run one stage of the pipeline over the inputs and print what it wrote on each Doc."""
    from flashpoint.export.output import open_output
    from flashpoint.nlp import process

    log = InputLog()
    with open_output(args.output) as out:
        for doc in process(iter_articles(args.inputs, args.published, log), only=[stage]):
            for record in fn(doc):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 1 if log.errors else 0


def cmd_times(args: argparse.Namespace) -> int:
    return _per_doc(args, "flashpoint_timexes", lambda doc: [t.to_dict() for t in doc._.timexes])


def cmd_places(args: argparse.Namespace) -> int:
    return _per_doc(args, "flashpoint_places", lambda doc: [p.mention_dict() for p in doc._.places])


def cmd_evaluate(args: argparse.Namespace) -> int:
    if args.acled:
        return _evaluate_acled(args)
    if args.plover:
        from flashpoint.evaluate.plover import format_plover, run_plover

        pred = args.pred or args.gold  # with --plover the one positional is the predictions file
        print(format_plover(run_plover(Path(args.plover), Path(pred) if pred else None), errors=args.errors))
        return 0
    if not args.gold:
        raise ValueError("evaluate needs a gold folder or file, --plover FILE or --acled FILE.csv")
    if args.places:
        from flashpoint.evaluate.geo import format_places_report

        kinds = set(args.kinds.split(",")) if args.kinds else None
        print(format_places_report(Path(args.gold), kinds=kinds, limit=args.limit, errors=args.errors))
        return 0
    from flashpoint.evaluate.events import format_errors, format_scores, run

    scores = run(Path(args.gold), Path(args.pred) if args.pred else None)
    print(format_scores(scores))
    if args.errors:
        print(format_errors(scores))
    return 0


def _evaluate_acled(args: argparse.Namespace) -> int:
    from flashpoint.evaluate import acled

    if args.gold or args.pred:
        raise ValueError("--acled scores flashpoint on the export's notes: give no gold folder")
    scores = acled.run(Path(args.acled), workers=args.workers)
    print(acled.format_scores(scores))
    if args.errors:
        print(acled.format_errors(scores))
    return 0


CORE_COMMANDS = ("extract", "times", "places", "evaluate")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command; for one of this module's own `command`s, only those (the stages'
    commands are not imported: a one-report `extract` pays for what it uses)."""
    from flashpoint.export.writers import FORMATS, formats_help

    parser = argparse.ArgumentParser(
        prog="flashpoint",
        description="Coded, sourced conflict and diplomacy events (PLOVER) from news reports, offline.",
    )
    parser.add_argument("--version", action="version", version=f"flashpoint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help="extract events from reports (JSON Lines)", description=CONTRACT,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_input_args(p)
    p.add_argument("--format", choices=FORMATS, default="jsonl", help=formats_help())
    p.add_argument("--workers", type=int, default=None,
                   help="parallel worker processes (default: all cores; 1 runs in this process)")
    p.add_argument("--dask", metavar="ADDRESS", help="run on a Dask cluster (tcp://host:8786, or local)")
    p.add_argument("--texts", metavar="FILE", help="also write each report ({id, text, title, url, published, "
                   "source, language}) as JSON Lines: the text every offset indexes (for HTML and feeds, the "
                   "article text extracted)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("times", help="every time expression, resolved (JSON Lines)")
    _add_input_args(p)
    p.set_defaults(func=cmd_times)

    p = sub.add_parser("places", help="every place mention, resolved (JSON Lines)")
    _add_input_args(p)
    p.set_defaults(func=cmd_places)

    p = sub.add_parser("evaluate", help="score extraction against a gold set")
    p.add_argument("gold", nargs="?", help="gold folder or YAML file (see docs/gold-format.md)")
    p.add_argument("pred", nargs="?", help="predicted events (JSONL); default: run extraction now")
    p.add_argument("--errors", action="store_true", help="also list misses and false positives")
    p.add_argument("--plover", metavar="FILE",
                   help="score sentence-level PLOVER coding on coded sentences (docs/plover-format.md: JSONL, "
                        "PETRARCH .xml, NGEC .csv, IndiaPoliceEvents .jsonl, CoNLL spans .txt, quad-class .tsv)")
    p.add_argument("--places", action="store_true",
                   help="GOLD is a geoparsing corpus (LGL/TR-News, GeoWebNews, GeoVirus or WikToR XML, event_location "
                        "JSON, flashpoint YAML): report recall, acc@161km and the false-place share")
    p.add_argument("--kinds", metavar="LIST", help="with --places: score only these place kinds "
                                                   "(literal,adjectival,metonymic,embedded)")
    p.add_argument("--limit", type=int, metavar="N", help="with --places: the first N reports only")
    p.add_argument("--acled", metavar="FILE.csv",
                   help="score against an ACLED export instead: its notes as input, its coding as gold")
    p.add_argument("--workers", type=int, default=None, help="with --acled: worker processes (default: all)")
    p.set_defaults(func=cmd_evaluate)

    if command not in CORE_COMMANDS:
        _add_stage_commands(sub)
    return parser


def _command(argv: list[str]) -> str | None:
    """The command named in `argv` (its first word that is not an option)."""
    return next((a for a in argv if not a.startswith("-")), None)


def _add_stage_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Stages with commands of their own register them here (storage, server, ...)."""
    import importlib

    for module in ("flashpoint.store.commands", "flashpoint.web.commands", "flashpoint.actors.commands",
                   "flashpoint.scale.commands", "flashpoint.brief.commands"):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name and module.startswith(exc.name):
                continue  # the stage has no commands (yet)
            raise
        mod.add_commands(sub)


# Options whose value may start with a minus sign ("--bbox -6,10,4,16"), which argparse would read as an option.
SIGNED_VALUES = ("--bbox",)


def _glue_signed_values(argv: list[str]) -> list[str]:
    """`--bbox -6,10,4,16` as `--bbox=-6,10,4,16`, so that a western or southern box needs no `=`."""
    out: list[str] = []
    it = iter(argv)
    for arg in it:
        if arg in SIGNED_VALUES:
            value = next(it, None)
            out.append(arg if value is None else f"{arg}={value}")
        else:
            out.append(arg)
    return out


def main(argv: list[str] | None = None) -> int:
    argv = _glue_signed_values(sys.argv[1:] if argv is None else argv)
    parser = build_parser(_command(argv))
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args))
    except BrokenPipeError:  # `flashpoint extract ... | head`
        return 0
    except KeyboardInterrupt:
        print("flashpoint: interrupted", file=sys.stderr)
        return 130
    except (ValueError, RuntimeError, OSError) as exc:
        print(f"flashpoint: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
