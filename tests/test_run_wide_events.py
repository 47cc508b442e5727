"""A release that uses a name only another release of the run defines (a town named with its type word
elsewhere) where an event or an office may take it is extracted again with the run's names known, so its
events see that organisation; the result is cached under those names (pipeline/run.py _extract_again,
pipeline/run_names.py). Invented names only."""

from __future__ import annotations

import csv
from pathlib import Path

from pipeline import config
from pipeline.run import fingerprint, run

DEFINES = ("Probehausen, 3. März 2025 – Die Gemeinde Probedorf will ihre IT auslagern. Der Zweckverband "
           "Kommunale Datenverarbeitung Musterland (KDM) betreut bereits 40 Kommunen.\n")
USES = "Beispielau, 5. Mai 2025 – Zum 1. Januar ist auch Probedorf der KDM beigetreten.\n"
NAMES_ONLY = "Beispielau, 6. Mai 2025 – Das Fest in der Halle war schön.\n\nProbedorf hat 3.000 Einwohner.\n"


def _memberships(out: Path) -> list[tuple[str, str, str]]:
    with (out / "events.csv").open(encoding="utf-8") as f:
        return [(r["subject_name"], r["object_names"], r["date"]) for r in csv.DictReader(f)
                if r["event_type"] == "membership"]


def test_an_event_sees_a_town_another_release_names(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "b_uses.txt").write_text(USES, encoding="utf-8")
    (corpus / "c_names_only.txt").write_text(NAMES_ONLY, encoding="utf-8")
    run([corpus], out, config.load(), progress=False)
    assert not any(subject == "Gemeinde Probedorf" for subject, _, _ in _memberships(out))  # alone, no organisation
    (corpus / "a_defines.txt").write_text(DEFINES, encoding="utf-8")
    summary = run([corpus], out, config.load(), progress=False)
    assert _memberships(out) == [("Gemeinde Probedorf", "Zweckverband Kommunale Datenverarbeitung Musterland",
                                 "2025-01-01")]
    # the release with an event is extracted again, with the run's names; the one that names the town
    # outside any event is not (reconcile adds the mention)
    assert summary.n_cached == 1

    cold = tmp_path / "cold"
    run([corpus], cold, config.load(cache=False), progress=False)
    assert fingerprint(cold) == fingerprint(out)
    (out / ".cache" / "run-state.json").unlink()  # a pass over the cached results, second pass included
    summary = run([corpus], out, config.load(), progress=False)
    assert summary.n_cached == 3
    assert fingerprint(cold) == fingerprint(out)


def test_the_second_reading_can_be_switched_off(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "a_defines.txt").write_text(DEFINES, encoding="utf-8")
    (corpus / "b_uses.txt").write_text(USES, encoding="utf-8")
    run([corpus], out, config.load(cache=False, reread_with_run_names=False), progress=False)
    assert not any(subject == "Gemeinde Probedorf" for subject, _, _ in _memberships(out))
    rows = (out / "mentions.csv").read_text(encoding="utf-8").splitlines()
    assert any(row.startswith("b_uses,") and ",Probedorf,ORG," in row for row in rows)  # reconcile adds it
