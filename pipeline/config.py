"""Run configuration: ``settings.toml`` defaults, overridden by the command line."""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass
from importlib import resources
from typing import Any

MODEL_ENV = "PRESS_PIPELINE_MODEL"  # overrides [model] name of settings.toml


@dataclass(frozen=True)
class Config:
    model: str = "auto"
    bundled_model: str = "de_press_sm"
    preferred_model: str = "de_core_news_sm"
    batch_size: int = 16
    workers: int = 1
    engine: str = "local"  # local (this process or a process pool) | dask
    scheduler: str = ""  # Dask scheduler address; empty: start a local cluster
    cache: bool = True
    cache_dir: str = ".cache"
    known: str = ""  # the analyst's list of known organisations (CSV), empty for none
    overrides: str = ""  # the analyst's corrections (CSV); empty: INPUT/overrides.csv when present
    reread_with_run_names: bool = True  # extract again with the run's names where events may need them

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def load(**overrides: Any) -> Config:
    """Defaults from settings.toml, then $PRESS_PIPELINE_MODEL, then non-None overrides."""
    spec = tomllib.loads(resources.files(__package__).joinpath("settings.toml").read_text("utf-8"))
    values: dict[str, Any] = {
        "model": spec["model"]["name"],
        "bundled_model": spec["model"]["bundled"],
        "preferred_model": spec["model"]["preferred"],
        "batch_size": spec["model"]["batch_size"],
        "workers": spec["run"]["workers"],
        "engine": spec["run"]["engine"],
        "scheduler": spec["run"]["scheduler"],
        "cache": spec["run"]["cache"],
        "cache_dir": spec["run"]["cache_dir"],
        "known": spec["run"].get("known", ""),
        "overrides": spec["run"].get("overrides", ""),
        "reread_with_run_names": spec["run"].get("reread_with_run_names", True),
    }
    if os.environ.get(MODEL_ENV):
        values["model"] = os.environ[MODEL_ENV]
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Config(**values)
