"""Shared fixtures: the sample corpus, and one pipeline run over it per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import config
from pipeline.run import run

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="session")
def corpus_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Outputs of one full run over corpus/ with the default model."""
    out = tmp_path_factory.mktemp("corpus_output")
    run([CORPUS], out, config.load(cache=False), progress=False)
    return out


@pytest.fixture(scope="session")
def nlp():
    from pipeline import nlp as nlp_stage

    return nlp_stage.load(config.load())
