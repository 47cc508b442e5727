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
