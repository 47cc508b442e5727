"""Worker processes (pipeline/run.py): the model is loaded once, in the main process, and inherited by
the forked workers; chunks with nothing to analyse are not sent to a worker. Outputs stay the bytes of
a one-process run."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from pipeline import config, nlp
from pipeline import run as run_module
from pipeline.run import fingerprint, run

from .conftest import CORPUS

pytestmark = pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="workers are not forked")


def test_the_workers_inherit_the_one_model_the_main_process_loads(tmp_path: Path, corpus_output: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    loads, original = tmp_path / "loads", nlp.load

    def load(settings: config.Config) -> object:
        with loads.open("a") as handle:
            handle.write(f"{os.getpid()}\n")
        return original(settings)

    monkeypatch.setattr(nlp, "load", load)
    run_module._language.cache_clear()
    run([CORPUS], tmp_path / "out", config.load(cache=False, workers=2), progress=False)
    assert loads.read_text().split() == [str(os.getpid())]
    assert fingerprint(tmp_path / "out") == fingerprint(corpus_output)


def test_cached_chunks_stay_in_the_main_process(tmp_path: Path, corpus_output: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    out, settings = tmp_path / "out", config.load(workers=2)
    run([CORPUS], out, settings, progress=False)
    (out / ".cache" / "run-state.json").unlink()  # a fresh pass over the cached results
    sent: list[object] = []
    original = ProcessPoolExecutor.submit
    monkeypatch.setattr(ProcessPoolExecutor, "submit", lambda pool, *args: sent.append(args) or original(pool, *args))
    summary = run([CORPUS], out, settings, progress=False)
    assert summary.n_cached == summary.n_ok > 0 and not sent
    assert fingerprint(out) == fingerprint(corpus_output)
