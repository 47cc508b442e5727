"""Benchmark: bare spaCy vs the full pipeline, cold, warm and incremental, plus reconciliation quality.

    python -m bench.run_bench --n 5000 [--n 100000] [--workers 1 2] [--repeat 3] [--phases ...]
                              [--leipzig PATH] [--model M]

For every corpus size it generates (or reuses) ``bench/results/corpus-n<N>-s<seed>/``
and runs each phase in a fresh child process, one after the other, so that
timings and peak memory are separable:

- ``bare``: ``spacy.load(model)`` and ``nlp.pipe``
  over the texts already cleaned by ``pipeline.clean`` (only the pipe is timed);
- ``cold-wN``: ``pipeline.run.run`` with the cache off and N workers (timed whole:
  model load, ingest, clean, spaCy, extract, reconcile, export);
- ``prime`` + ``warm``: two runs with the cache on into the same folder; the second is timed;
- ``incremental``: then ``INCREMENT`` new releases are added to that input and the run is
  repeated with the cache on (timed);
- ``cold-dask``: a cold run mapped over a local Dask cluster of the largest worker count.

``--repeat K`` runs ``bare`` and the first cold run K times, alternating, and reports the
median of the K paired ratios. ``--phases`` picks phases (``cold`` alone for a memory run).

It prints a table (docs, words, seconds, docs/s, words/s, peak RSS of the
phase's process tree), the ratio full/bare (target ≤ 1.10), the warm re-run (target
≤ 0.5 s), the incremental run against the cold one (target ≤ 10 %), the workers speed-up
(target: 2 workers ≥ 1.8×), peak RSS growth between the smallest and largest corpus
(target ≤ 1.2×), and reconciliation quality against ``truth.jsonl``; the numbers go to
``bench/results/bench-<N>.json`` too.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
import traceback
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

from . import generate

RESULTS = Path(__file__).parent / "results"
THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
PHASES = ("bare", "bare-default", "cold", "warm", "incremental", "dask")
INCREMENT = 20  # releases added for the incremental run


# --- peak memory of a process tree ------------------------------------------------------------

def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants (Linux /proc)."""
    parents: dict[int, list[int]] = defaultdict(list)
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        parents[ppid].append(int(entry))
    total, todo, page = 0, [root], os.sysconf("SC_PAGE_SIZE")
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/statm", encoding="ascii") as fh:
                total += int(fh.read().split()[1]) * page
        except (OSError, IndexError, ValueError):
            pass
        todo.extend(parents.get(pid, []))
    return total


class PeakMemory:
    """Samples the RSS of this process tree in a background thread."""

    def __init__(self, interval: float = 0.25) -> None:
        self.interval, self.peak = interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_rss(os.getpid()))
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _tree_rss(os.getpid()))


def _cpu_seconds() -> float:
    """CPU seconds (user + system) of this thread and of the waited-for child processes (workers):
    on a shared machine the time a phase computes, which waiting for a core does not inflate
    (the memory sampler's thread is left out)."""
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.thread_time() + kids.ru_utime + kids.ru_stime


def _maxrss_mb() -> dict[str, float]:
    """Peak RSS (MB) of this process and of its largest waited-for child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"maxrss_self_mb": round(own, 1), "maxrss_children_mb": round(kids, 1)}


# --- phases (each runs in its own child process) ----------------------------------------------

def _config(args: argparse.Namespace, cache: bool, workers: int = 1) -> Any:
    from pipeline import config

    return config.load(cache=cache, workers=workers, model=args.model, engine=args.engine)


def phase_bare(args: argparse.Namespace) -> dict[str, Any]:
    """Time ``nlp.pipe`` of the bare model over the cleaned texts."""
    import spacy

    from pipeline import clean, ingest, nlp

    started = time.perf_counter()
    model = nlp.resolve_model(_config(args, cache=False))
    language = spacy.load(model)  # every component the pipeline runs, without our own
    load_s = time.perf_counter() - started
    texts = []  # the texts the full run sends to spaCy (run.MAX_CHARS is spaCy's max_length)
    for source in ingest.discover([args.corpus]):
        if source.status == "ok":
            text = clean.clean(source).text
            if text.strip() and len(text) <= language.max_length:
                texts.append(text)
    words = sum(len(t.split()) for t in texts)
    with PeakMemory() as mem:
        started, cpu = time.perf_counter(), _cpu_seconds()
        n_tokens = 0
        # "bare": the batch size the pipeline uses (the stricter comparison); "bare-default": spaCy's default
        batch_size = _config(args, cache=False).batch_size if args.phase == "bare" else None
        for doc in language.pipe(texts, batch_size=batch_size):
            n_tokens += len(doc)
        seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    return {"docs": len(texts), "words": words, "tokens": n_tokens, "seconds": seconds, "cpu_seconds": cpu,
            "load_seconds": load_s,
            "peak_rss_mb": round(mem.peak / 2**20, 1), "model": str(model), "pipe_names": language.pipe_names}


def phase_run(args: argparse.Namespace, cache: bool) -> dict[str, Any]:
    """Time one full ``pipeline.run.run`` call."""
    from pipeline.run import run

    config = _config(args, cache=cache, workers=args.workers[0])
    error, summary = "", None
    with PeakMemory() as mem:
        started, cpu = time.perf_counter(), _cpu_seconds()
        try:
            summary = run([args.corpus], args.out, config, progress=False)
        except Exception as exc:  # a pipeline bug: still report how far it got and when
            error = f"{type(exc).__name__}: {str(exc)[:300]}"
            traceback.print_exc()
        seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    docs = summary.n_ok if summary else _ok_docs(args.corpus)
    return {"docs": docs, "n_docs": summary.n_docs if summary else None,
            "failed": summary.n_failed if summary else None, "events": summary.n_events if summary else None,
            "seconds": seconds, "cpu_seconds": cpu, "peak_rss_mb": round(mem.peak / 2**20, 1),
            "model": summary.model if summary else "", "workers": config.workers, "error": error}


def _ok_docs(corpus: Path) -> int:
    from pipeline import ingest

    return sum(1 for item in ingest.list_inputs([corpus]) if item.path.suffix in (".txt", ".html", ".htm", ".md"))


def child_main(args: argparse.Namespace) -> int:
    cached = args.phase in ("prime", "warm", "incremental")
    result = phase_bare(args) if args.phase in ("bare", "bare-default") else phase_run(args, cache=cached)
    result.update(_maxrss_mb())
    args.json.write_text(json.dumps(result), encoding="utf-8")
    return 0


ROOT = Path(__file__).resolve().parents[1]
_code_root = ROOT  # where the children import pipeline/ from (a frozen snapshot by default)


def snapshot(results: Path) -> Path:
    """Copy pipeline/ and bench/ so that edits made during the benchmark (the
    tree is shared) neither change the measured code nor invalidate the cache."""
    target = results / "snapshot"
    shutil.rmtree(target, ignore_errors=True)
    skip = shutil.ignore_patterns("__pycache__", "results", "*.pyc")
    for package in ("pipeline", "bench"):
        shutil.copytree(ROOT / package, target / package, ignore=skip)
    return target


def spawn(phase: str, corpus: Path, out: Path, model: str | None, workers: int = 1,
          engine: str = "local") -> dict[str, Any]:
    """Run one phase in a fresh child process; returns its measurements."""
    out.parent.mkdir(parents=True, exist_ok=True)
    result_file = out.parent / f".{out.name}-{phase}.json"
    cmd = [sys.executable, "-m", "bench.run_bench", "--phase", phase, "--corpus", str(corpus), "--out", str(out),
           "--workers", str(workers), "--engine", engine, "--json", str(result_file)]
    if model:
        cmd += ["--model", model]
    env = {**os.environ, **THREAD_ENV}
    print(f"  {phase:<10} …", end="", flush=True, file=sys.stderr)
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=_code_root, check=False)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"phase {phase} failed (exit {proc.returncode})")
    result = json.loads(result_file.read_text("utf-8"))
    result_file.unlink()
    result["wall_seconds"] = wall
    print(f" {result['seconds']:.1f} s", file=sys.stderr)
    return result


# --- reconciliation quality ---------------------------------------------------------------------

def norm(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).replace("'", "").casefold().split())


def read_truth(corpus: Path) -> tuple[dict[str, dict[str, Any]], set[str]]:
    """World events (by event id, with the docs reporting them) and true organisation names."""
    events: dict[str, dict[str, Any]] = {}
    orgs: set[str] = set()
    with (corpus / "truth.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            orgs.update(o["name"] for o in doc["organisations"])
            for e in doc["events"]:
                event = events.setdefault(e["event_id"], {**e, "doc_ids": set()})
                event["doc_ids"].add(doc["doc_id"])
    return events, orgs


def quality(corpus: Path, out: Path) -> dict[str, Any]:
    """events.csv against the truth: (type, subject) precision/recall, duplicates, dates, sources."""
    truth, true_orgs = read_truth(corpus)
    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    for eid, e in truth.items():
        for alias in e["subject_aliases"]:
            by_key[(e["type"], norm(alias))].append(eid)
    rows = _read_csv(out / "events.csv")
    hits: dict[str, list[dict[str, str]]] = defaultdict(list)
    matched_rows = 0
    for row in rows:
        eids = by_key.get((row.get("event_type", ""), norm(row.get("subject_name", ""))), [])
        matched_rows += bool(eids)
        for eid in eids:
            hits[eid].append(row)
    n_true = len(truth)
    once = [eid for eid in truth if len(hits[eid]) == 1]
    date_exact = sum(hits[eid][0].get("date", "") == truth[eid]["true_date"] for eid in once)
    coverage = [len(set(hits[eid][0].get("doc_ids", "").split(" | ")) & truth[eid]["doc_ids"])
                / len(truth[eid]["doc_ids"]) for eid in once]
    multi = [eid for eid in truth if len(truth[eid]["doc_ids"]) > 1]
    org_rows = _read_csv(out / "organisations.csv")
    true_org_names = {norm(o) for o in true_orgs}
    return {
        "events_csv_written": (out / "events.csv").is_file(),
        "true_events": n_true, "true_events_multi_source": len(multi), "event_rows": len(rows),
        "precision": _ratio(matched_rows, len(rows)),
        "recall": _ratio(sum(bool(hits[eid]) for eid in truth), n_true),
        "exactly_once": _ratio(len(once), n_true),
        "exactly_once_multi_source": _ratio(sum(len(hits[eid]) == 1 for eid in multi), len(multi)),
        "date_exact_when_once": _ratio(date_exact, len(once)),
        "source_coverage_when_once": round(sum(coverage) / len(coverage), 3) if coverage else None,
        "true_orgs": len(true_orgs), "org_rows": len(org_rows),
        "org_precision": _ratio(sum(norm(r.get("name", "")) in true_org_names for r in org_rows), len(org_rows)),
    }


def _read_csv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 3) if b else None


# --- orchestration -------------------------------------------------------------------------------

def corpus_for(n: int, seed: int, names: str, results: Path) -> Path:
    """Generate the corpus unless an identical one is already there."""
    folder = results / f"corpus-n{n}-s{seed}-{names}"
    stamp = folder / ".stamp"
    want = f"generator {generate.GENERATOR_VERSION} n={n} seed={seed} names={names}"
    if stamp.is_file() and stamp.read_text("utf-8") == want:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    print(f"generating {n} releases → {folder}", file=sys.stderr)
    generate.generate(n, folder, seed, names)
    stamp.write_text(want, encoding="utf-8")
    return folder


def linked_copy(corpus: Path, target: Path, *skip: str) -> Path:
    """``corpus`` again as hard links (the same bytes, no copy), without the files named ``skip``."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(corpus, target, copy_function=os.link, ignore=shutil.ignore_patterns(*skip))
    return target


def bench_corpus(label: str, corpus: Path, results: Path, args: argparse.Namespace,
                 with_truth: bool) -> dict[str, Any]:
    """All phases over one corpus, in order, one at a time."""
    print(f"[{label}] {corpus}", file=sys.stderr)
    outs = results / f"out-{label}"
    shutil.rmtree(outs, ignore_errors=True)
    phases: dict[str, dict[str, Any]] = {}
    first = f"cold-w{args.workers[0]}"
    ratios, cpu_ratios = [], []
    for _ in range(args.repeat if "bare" in args.phases and "cold" in args.phases else 1):
        if "bare" in args.phases:
            phases["bare"] = _median_of(phases.get("bare"), spawn("bare", corpus, outs / "bare", args.model))
        if "cold" in args.phases:
            phases[first] = _median_of(phases.get(first), spawn("cold", corpus, outs / first, args.model,
                                                                args.workers[0]))
        if "bare" in phases and first in phases:
            ratios.append(phases[first]["runs"][-1] / phases["bare"]["runs"][-1])
            cpu_ratios.append(phases[first]["cpu_runs"][-1] / phases["bare"]["cpu_runs"][-1])
    if "bare-default" in args.phases:
        phases["bare-default"] = spawn("bare-default", corpus, outs / "bare", args.model)
    if "cold" in args.phases:
        for w in args.workers[1:]:
            phases[f"cold-w{w}"] = spawn("cold", corpus, outs / f"cold-w{w}", args.model, w)
    if "dask" in args.phases:
        w = max(args.workers)
        phases[f"cold-dask-w{w}"] = spawn("cold", corpus, outs / "cold-dask", args.model, w, engine="dask")
    if "warm" in args.phases or "incremental" in args.phases:
        grown = linked_copy(corpus, results / f"input-{label}")  # the warm and incremental runs' input
        spawn("prime", grown, outs / "warm", args.model)
        phases["warm"] = spawn("warm", grown, outs / "warm", args.model)
        if "incremental" in args.phases:
            new = corpus_for(INCREMENT, args.seed + 1000, args.names, results)  # other stories
            linked_copy(new, grown / "new", "manifest.csv", "truth.jsonl", ".stamp")
            phases["incremental"] = spawn("incremental", grown, outs / "warm", args.model)
    words = phases["bare"]["words"] if "bare" in phases else _words(corpus)
    for name, p in phases.items():
        p["words"] = words if name != "incremental" else None
        p["docs_per_s"] = p["docs"] / p["seconds"] if p["seconds"] else None
        p["words_per_s"] = words / p["seconds"] if p["seconds"] and p["words"] else None
    cold = phases.get(first, {}).get("seconds")
    summary: dict[str, Any] = {
        "label": label, "corpus": str(corpus), "phases": phases,
        "ratio_full_bare": statistics.median(ratios) if ratios else None, "ratios_full_bare": ratios,
        "ratio_full_bare_cpu": statistics.median(cpu_ratios) if cpu_ratios else None,
        "ratios_full_bare_cpu": cpu_ratios,
        "ratio_full_bare_default": (cold / phases["bare-default"]["seconds"]
                                    if cold and "bare-default" in phases else None),
        "warm_seconds": phases["warm"]["seconds"] if "warm" in phases else None,
        "incremental_share": (phases["incremental"]["seconds"] / cold if cold and "incremental" in phases
                              else None),
        "incremental_share_cpu": (phases["incremental"]["cpu_seconds"] / phases[first]["cpu_seconds"]
                                  if cold and "incremental" in phases else None),
        "workers_speedup": {name.removeprefix("cold-"): cold / p["seconds"] for name, p in phases.items()
                            if cold and name.startswith("cold-")},
    }
    if with_truth and cold:
        summary["quality"] = quality(corpus, outs / first)
    return summary


def _median_of(previous: dict[str, Any] | None, latest: dict[str, Any]) -> dict[str, Any]:
    """A repeated phase: the latest measurements, with the median time (wall and CPU) of all runs and
    every run's times."""
    runs = [*(previous or {}).get("runs", []), latest["seconds"]]
    cpu_runs = [*(previous or {}).get("cpu_runs", []), latest["cpu_seconds"]]
    return {**latest, "seconds": statistics.median(runs), "runs": runs,
            "cpu_seconds": statistics.median(cpu_runs), "cpu_runs": cpu_runs,
            "peak_rss_mb": max(latest["peak_rss_mb"], (previous or {}).get("peak_rss_mb", 0))}


def _words(corpus: Path) -> int:
    """Whitespace tokens of the cleaned releases (what the bare phase counts)."""
    from pipeline import clean, ingest

    return sum(len(clean.clean(s).text.split()) for s in ingest.discover([corpus]) if s.status == "ok")


def table(summary: dict[str, Any]) -> str:
    """The printed result table of one corpus."""
    lines = [f"== {summary['label']}: {summary['corpus']}",
             f"{'phase':<13} {'docs':>7} {'words':>9} {'seconds':>8} {'CPU s':>8} {'docs/s':>8} {'words/s':>9} "
             f"{'peak RSS MB':>12}"]
    for name, p in summary["phases"].items():
        flag = " FAILED" if p.get("error") else ""
        runs = (f"  (runs: {', '.join(f'{r:.2f}' for r in p['runs'])}; CPU "
                f"{', '.join(f'{r:.2f}' for r in p['cpu_runs'])})" if len(p.get("runs", [])) > 1 else "")
        lines.append(f"{name:<13} {p['docs']:>7} {p['words'] or '':>9} {p['seconds']:>8.2f} {p['cpu_seconds']:>8.2f} "
                     f"{p['docs_per_s']:>8.1f} "
                     f"{round(p['words_per_s'] or 0) or '':>9} {p['peak_rss_mb']:>12.0f}{flag}{runs}")
    for name, p in summary["phases"].items():
        if p.get("error"):
            lines.append(f"  {name} failed after {p['seconds']:.2f} s (time up to the failure): {p['error'][:160]}")
    bare = summary["phases"].get("bare")
    if bare:
        lines.append(f"bare model load (not timed above): {bare['load_seconds']:.2f} s; model {bare['model']}; "
                     f"pipes {', '.join(bare['pipe_names'])}")
    checks = [("ratio full/bare (same batch size; median of paired runs)", summary["ratio_full_bare"], 1.10, "≤", ""),
              ("ratio full/bare in CPU seconds (median of paired runs)", summary["ratio_full_bare_cpu"], 1.10, "≤",
               ""),
              ("ratio full/bare-default (spaCy's default batch size)", summary["ratio_full_bare_default"], 1.10, "≤",
               ""),
              ("warm re-run", summary["warm_seconds"], 0.5, "≤", " s"),
              ("incremental (+20 releases) / cold", summary["incremental_share"], 0.10, "≤", ""),
              ("incremental / cold in CPU seconds", summary["incremental_share_cpu"], 0.10, "≤", "")]
    for label, value, target, op, unit in checks:
        if value is not None:
            ok = value <= target
            lines.append(f"{label}: {value:.2f}{unit}  (target {op} {target}{unit}: {'ok' if ok else 'MISSED'})")
    if summary["workers_speedup"]:
        lines.append("speed-up over the first cold run: "
                     + ", ".join(f"{k} {v:.2f}×" for k, v in summary["workers_speedup"].items()))
    q = summary.get("quality")
    if q and not q["events_csv_written"]:
        lines.append(f"reconciliation vs truth: not measured — no events.csv ({q['true_events']} true events)")
    elif q:
        lines.append(f"reconciliation vs truth: {q['true_events']} true events ({q['true_events_multi_source']} "
                     f"multi-source), {q['event_rows']} rows · precision {q['precision']} · recall {q['recall']} · "
                     f"exactly once {q['exactly_once']} (multi-source {q['exactly_once_multi_source']}) · "
                     f"date exact {q['date_exact_when_once']} · source coverage {q['source_coverage_when_once']}")
        lines.append(f"organisations: {q['org_rows']} rows vs {q['true_orgs']} true · name precision "
                     f"{q['org_precision']}")
    return "\n".join(lines)


def memory_growth(summaries: list[dict[str, Any]], first: str) -> str | None:
    """Peak RSS of the first cold run on the largest corpus against the smallest one."""
    sized = [s for s in summaries if s["label"].startswith("n") and first in s["phases"]]
    if len(sized) < 2:
        return None
    small, large = min(sized, key=lambda s: int(s["label"][1:])), max(sized, key=lambda s: int(s["label"][1:]))
    growth = large["phases"][first]["peak_rss_mb"] / small["phases"][first]["peak_rss_mb"]
    return (f"peak RSS {first} {large['label']} / {small['label']}: {growth:.2f}×  "
            f"(target ≤ 1.2×: {'ok' if growth <= 1.2 else 'MISSED'})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run_bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, action="append", help="corpus size (repeatable; default 5000)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1], help="worker counts of the cold runs")
    parser.add_argument("--leipzig", type=Path, help="also benchmark releases built from these Leipzig sentences")
    parser.add_argument("--model", help="spaCy model (name or folder); default: the pipeline's setting")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--names", choices=["auto", "synthetic", "gazetteer"], default="auto")
    parser.add_argument("--phases", nargs="+", choices=PHASES, default=list(PHASES),
                        help="phases to run (default: all)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run bare and the first cold run this many times (median of the paired ratios)")
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--phase", choices=["bare", "bare-default", "cold", "prime", "warm", "incremental"],
                        help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="local", help=argparse.SUPPRESS)
    parser.add_argument("--live", action="store_true",
                        help="run the working tree's pipeline/ instead of a snapshot taken at start")
    args = parser.parse_args(argv)
    if args.phase:
        return child_main(args)
    global _code_root
    if args.model and Path(args.model).exists():
        args.model = str(Path(args.model).resolve())
    args.results = args.results.resolve()
    args.results.mkdir(parents=True, exist_ok=True)
    if not args.live:
        _code_root = snapshot(args.results)
    names = "gazetteer" if args.names == "auto" and generate.GAZETTEER.is_file() else args.names
    args.names = names = "synthetic" if names == "auto" else names
    summaries = []
    for n in args.n or [5000]:
        corpus = corpus_for(n, args.seed, names, args.results)
        summary = bench_corpus(f"n{n}", corpus, args.results, args, with_truth=True)
        summaries.append(summary)
        (args.results / f"bench-{n}.json").write_text(json.dumps(summary, indent=2, default=str), "utf-8")
    if args.leipzig:
        corpus = args.results / "corpus-leipzig"
        if not corpus.is_dir():
            generate.generate_leipzig(args.leipzig, corpus)
        summary = bench_corpus("leipzig", corpus, args.results, args, with_truth=False)
        summaries.append(summary)
        (args.results / "bench-leipzig.json").write_text(json.dumps(summary, indent=2, default=str), "utf-8")
    print()
    for summary in summaries:
        print(table(summary))
        print()
    growth = memory_growth(summaries, f"cold-w{args.workers[0]}")
    if growth:
        print(growth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
