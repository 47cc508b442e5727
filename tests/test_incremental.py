"""Re-runs do little: unchanged output files stay in place (not written again) while the outputs
are the bytes of a cold run over the grown input (pipeline/export.py write_staged), and the
model's fingerprint is remembered (pipeline/run.py _weights)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import config, export, nlp
from pipeline import run as run_module
from pipeline.run import fingerprint, run

from .conftest import CORPUS


def _copy(names: list[Path], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for src in names:
        (folder / src.name).write_bytes(src.read_bytes())


def test_adding_a_release_keeps_unchanged_files_and_equals_a_cold_run(tmp_path: Path) -> None:
    first, *rest = sorted(CORPUS.glob("*.txt"))[:3]
    inp, out, cold = tmp_path / "in", tmp_path / "out", tmp_path / "cold"
    _copy([first], inp)
    run([inp], out, config.load(), progress=False)
    before = {path: (path.stat().st_ino, path.read_bytes())
              for path in [*(out / "texts").iterdir(), *(out / "report").rglob("*.*")]}
    _copy(rest, inp)
    summary = run([inp], out, config.load(), progress=False)
    assert summary.n_cached == 1 and summary.n_ok == 3
    unchanged = [path for path, (_inode, data) in before.items() if path.read_bytes() == data]
    assert (out / "texts" / f"{first.stem}.txt") in unchanged and (out / "report" / "report.css") in unchanged
    assert all(path.stat().st_ino == before[path][0] for path in unchanged)  # left in place, not rewritten
    assert len(list((out / "texts").iterdir())) == 3
    run([inp], cold, config.load(cache=False), progress=False)
    assert fingerprint(out) == fingerprint(cold)
    assert not (out / ".staging").exists()


def test_a_file_is_linked_only_to_a_published_file_with_the_same_bytes(tmp_path: Path) -> None:
    published, staged = tmp_path / "out" / "a.txt", tmp_path / "staging" / "a.txt"
    published.parent.mkdir()
    published.write_bytes(b"old")
    export.write_staged(staged, b"new", published)
    assert staged.read_bytes() == b"new" and staged.stat().st_ino != published.stat().st_ino
    export.write_staged(staged, b"old", published)
    assert staged.stat().st_ino == published.stat().st_ino
    export.write_staged(tmp_path / "staging" / "b.txt", b"b", tmp_path / "out" / "missing.txt")
    assert (tmp_path / "staging" / "b.txt").read_bytes() == b"b"


def test_the_model_fingerprint_is_remembered_until_a_model_file_changes(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    settings = config.load()
    stamp = nlp.model_stamp(settings)
    calls: list[int] = []
    monkeypatch.setattr(nlp, "model_fingerprint", lambda cfg: calls.append(1) or "weights-1")
    assert run_module._weights(settings, tmp_path) == "weights-1"
    assert run_module._weights(settings, tmp_path) == "weights-1" and len(calls) == 1  # remembered
    monkeypatch.setattr(nlp, "model_stamp", lambda cfg: stamp + "-retrained")
    monkeypatch.setattr(nlp, "model_fingerprint", lambda cfg: "weights-2")
    assert run_module._weights(settings, tmp_path) == "weights-2"  # a changed model file: hashed again
    assert run_module._weights(settings, None) == "weights-2"  # no cache folder: always hashed
