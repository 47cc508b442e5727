"""A re-run with nothing new trusts outputs whose size and modification time are the recorded
ones, and hashes every other (pipeline/cache.py RunState)."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline import config
from pipeline.run import fingerprint, run

from .conftest import CORPUS


def test_an_output_edited_to_the_same_size_is_found_and_rewritten(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    for src in sorted(CORPUS.glob("*.txt"))[:2]:
        (inp / src.name).write_bytes(src.read_bytes())
    out = tmp_path / "out"
    run([inp], out, config.load(), progress=False)
    reference = fingerprint(out)
    text = next((out / "texts").glob("*.txt"))
    data = text.read_bytes()
    text.write_bytes(data[::-1])  # same size, other bytes, a new modification time
    assert fingerprint(out) != reference
    run([inp], out, config.load(), progress=False)
    assert fingerprint(out) == reference
    stamp = text.stat().st_mtime_ns
    os.utime(text, ns=(stamp, stamp + 1_000_000))  # touched, bytes unchanged: hashed, found equal
    again = run([inp], out, config.load(), progress=False)
    assert again.n_cached == again.n_ok and fingerprint(out) == reference


def test_a_re_run_reads_only_the_inputs_whose_size_time_or_inode_changed(tmp_path: Path, monkeypatch) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    for src in sorted(CORPUS.glob("*.txt"))[:2]:
        (inp / src.name).write_bytes(src.read_bytes())
    out = tmp_path / "out"
    run([inp], out, config.load(), progress=False)
    read: list[str] = []
    original = Path.read_bytes

    def counting(path: Path) -> bytes:
        if path.parent == inp:
            read.append(path.name)
        return original(path)

    monkeypatch.setattr(Path, "read_bytes", counting)
    assert run([inp], out, config.load(), progress=False).n_cached == 2 and read == []
    edited = sorted(inp.glob("*.txt"))[0]
    data = edited.read_bytes()
    stamp = edited.stat().st_mtime_ns
    edited.write_bytes(data.replace(b"e", b"a", 1))  # same size, other bytes, the old modification time
    os.utime(edited, ns=(stamp, stamp))
    read.clear()
    summary = run([inp], out, config.load(), progress=False)
    assert summary.n_cached == 1 and edited.name in read  # its change time tells the rewrite
    read.clear()
    assert run([inp], out, config.load(), progress=False).n_cached == 2 and read == []
