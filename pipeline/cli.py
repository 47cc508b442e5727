"""Command line: ``python -m pipeline run|evaluate`` (also the ``press-pipeline`` script)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from . import __version__, config, ingest, nlp, publish, resources


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="press-pipeline", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="extract events from a folder of releases")
    run.add_argument("inputs", nargs="*", type=Path, default=[Path("corpus")],
                     help="input folders or files (default: corpus/)")
    run.add_argument("--out", type=Path, default=Path("output"), help="output folder (default: output/)")
    run.add_argument("--workers", type=int, default=None, help="worker processes (default: 1)")
    run.add_argument("--engine", choices=["local", "dask"], default=None,
                     help="local processes (default) or a Dask cluster")
    run.add_argument("--scheduler", default=None,
                     help="Dask scheduler address; without it --engine dask starts a local cluster")
    run.add_argument("--model", default=None,
                     help="'auto' (default), 'bundled', an installed spaCy package or a model folder")
    run.add_argument("--no-cache", action="store_true", help="ignore and do not write the per-document cache")
    run.add_argument("--cache-dir", default=None, help="cache folder (default: OUT/.cache)")
    run.add_argument("--known", default=None, metavar="FILE",
                     help="CSV of organisations you know (name,aliases,org_type,parent): found in every release, "
                          "their names win")
    run.add_argument("--overrides", default=None, metavar="FILE",
                     help="CSV of corrections (action,target,value,note: merge_org, split_org, rename_org, "
                          "drop_event, fix_date) applied on every run (default: INPUT/overrides.csv if present)")
    run.add_argument("--quiet", action="store_true", help="no progress bar")

    evaluate = sub.add_parser("evaluate", help="score outputs against gold annotations")
    evaluate.add_argument("--gold", type=Path, required=True, help="folder of gold JSON files")
    evaluate.add_argument("--pred", type=Path, default=Path("output"), help="output folder to score")
    evaluate.add_argument("--misses", action="store_true",
                          help="also list every miss and false hit per category (tab-separated)")
    evaluate.add_argument("--stories", type=Path, default=None, metavar="FILE",
                          help="also score story timelines (stories.json) against events.csv: events found, "
                               "duplicates, extra rows, dates right per story")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    if args.command == "run":
        return _run(args)
    return _evaluate(args)


def _run(args: argparse.Namespace) -> int:
    from .overrides import OverridesError
    from .run import run

    if args.workers is not None and args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    settings = config.load(model=args.model, workers=args.workers, engine=args.engine, scheduler=args.scheduler,
                           cache=False if args.no_cache else None, cache_dir=args.cache_dir,
                           known=args.known, overrides=args.overrides)
    try:
        summary = run(args.inputs, args.out, settings, progress=False if args.quiet else None)
    except (ingest.InputError, nlp.ModelNotFound, publish.OutputError, resources.KnownFileError,
            OverridesError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(summary.line())
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import GoldError, evaluate, evaluate_timelines, format_table, format_timelines

    misses: list[str] | None = [] if args.misses else None
    try:
        scores = evaluate(args.gold, args.pred, misses)
        timelines = evaluate_timelines(args.stories, args.pred, args.gold, misses) if args.stories else None
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(format_table(scores))
    if timelines is not None:
        print("\n" + format_timelines(timelines))
    if misses:
        print("\ncategory\tdoc_id\tkind\titem")
        print("\n".join(misses))
    return 0
