"""Adding releases to a run: unchanged output files stay in place (not written again), and the
outputs are the bytes of a cold run over the grown input (pipeline/export.py write_staged)."""

from __future__ import annotations

from pathlib import Path

from pipeline import config, export
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
