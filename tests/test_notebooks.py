"""The analyst notebooks run top to bottom and stay in sync with their .py pairing.

Each notebook is executed against three output folders:

* ``corpus``: a real ``pipeline run`` over corpus/ (the session fixture),
* ``empty``: every table with its header only, so each "nothing to show yet" guard runs,
* ``sample``: a small hand-made output with rows in every table, so every plot and table
  is drawn even while the real extractors still find little.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline import export
from pipeline.schema import TABLES

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
jupytext = pytest.importorskip("jupytext")
pytest.importorskip("ipykernel")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NAMES = ("events_overview", "release_view")

SENTENCES = (
    "Die Stadt Musterstadt tritt zum 1. Januar 2019 dem Zweckverband Beispiel bei.",
    "Bürgermeisterin Dr. Anna Muster unterzeichnete den Vertrag am 26. Januar 2018.",
    "Der Zweckverband Beispiel beschäftigt rund 120 Mitarbeiter und betreut 900 Arbeitsplätze.",
)
SAMPLE_TEXT = " ".join(SENTENCES)


def _span(part: str) -> dict[str, Any]:
    """Offsets of the first occurrence of ``part`` in document "a"."""
    start = SAMPLE_TEXT.index(part)
    sent_idx = sum(SAMPLE_TEXT.index(sentence) <= start for sentence in SENTENCES) - 1
    return {"doc_id": "a", "sent_idx": sent_idx, "start": start, "end": start + len(part), "text": part}


def _write_sample(out: Path) -> None:
    """A tiny but complete output: two releases, three organisations, something for every section."""
    first, second = _span(SENTENCES[0]), _span(SENTENCES[1])
    tables: dict[str, list[dict[str, Any]]] = {
        "documents": [
            {"doc_id": "a", "path": "a.txt", "title": "Musterstadt tritt bei", "published": "2018-02-01",
             "published_source": "text", "n_chars": len(SAMPLE_TEXT), "n_sentences": 3, "status": "ok",
             "sha256": "0" * 64},
            {"doc_id": "b", "path": "b.txt", "title": "Zweckverband wächst", "published": "2019-06",
             "published_source": "manifest", "n_chars": 0, "n_sentences": 0, "status": "ok", "sha256": "1" * 64},
            {"doc_id": "c", "path": "c.pdf", "status": "skipped", "error": "unsupported file type .pdf"},
        ],
        "organisations": [
            {"org_id": "o1", "name": "Stadt Musterstadt", "org_type": "Stadt", "n_docs": 1, "n_mentions": 1},
            {"org_id": "o2", "name": "Zweckverband Beispiel", "short_name": "ZVB", "org_type": "Zweckverband",
             "aliases": ["ZVB", "Verband Beispiel"], "n_docs": 2, "n_mentions": 2},
            {"org_id": "o3", "name": "Gemeinde Probe", "org_type": "Gemeinde", "n_docs": 1, "n_mentions": 0},
        ],
        "people": [
            {"person_id": "p1", "name": "Anna Muster", "title": "Dr.",
             "roles": ["Bürgermeisterin @ Stadt Musterstadt"], "org_ids": ["o1"], "n_docs": 1,
             "first_seen": "2018-02-01", "last_seen": "2018-02-01"},
        ],
        "mentions": [
            {**_span("Stadt Musterstadt"), "label": "ORG", "entity_id": "o1"},
            {**_span("Zweckverband Beispiel"), "label": "ORG", "entity_id": "o2"},
            {**_span("Bürgermeisterin"), "label": "ROLE"},
            {**_span("Anna Muster"), "label": "PER", "entity_id": "p1"},
            {**_span("Musterstadt"), "label": "LOC"},  # overlaps the ORG: listed, not shown
        ],
        "dates": [
            {**_span("1. Januar 2019"), "value": "2019-01-01", "granularity": "day",
             "resolution": "absolute"},
            {**_span("26. Januar 2018"), "value": "2018-01-26", "granularity": "day",
             "resolution": "absolute"},
        ],
        "figures": [
            {"figure_id": "a:fig1", **_span("rund 120 Mitarbeiter"), "value": 120,
             "unit": "Mitarbeiter", "canonical_unit": "Beschäftigte", "measure": "staff", "qualifier": "about",
             "org_id": "o2", "as_of": ""},
            {"figure_id": "a:fig2", **_span("900 Arbeitsplätze"), "value": 900,
             "unit": "Arbeitsplätze", "canonical_unit": "Arbeitsplätze", "measure": "workplaces",
             "qualifier": "more_than", "org_id": "o2", "as_of": "2018"},
            {"figure_id": "b:fig1", "doc_id": "b", "sent_idx": 0, "start": 0, "end": 0, "text": "",
             "value": 150, "unit": "Beschäftigte", "canonical_unit": "Beschäftigte", "measure": "staff",
             "qualifier": "about", "org_id": "o2", "as_of": "2019-Q2"},
        ],
        "events": [
            {"event_id": "e1", "event_type": "membership", "subject_id": "o1", "subject_name": "Stadt Musterstadt",
             "object_ids": ["o2"], "object_names": ["Zweckverband Beispiel"], "date": "2019-01-01",
             "date_granularity": "day", "start_date": "2019-01-01", "end_date": "2019-01-01",
             "date_role": "effective", "doc_ids": ["a", "b"], "n_sources": 2,
             "evidence": first["text"], "confidence": 0.9, "conflict": "effective date differs between reports",
             "alternatives": ["2019-02 (b)"]},
            {"event_id": "e2", "event_type": "membership", "subject_id": "o3", "subject_name": "Gemeinde Probe",
             "object_ids": ["o2"], "object_names": ["Zweckverband Beispiel"], "date": "2019",
             "date_granularity": "year", "start_date": "2019-01-01", "end_date": "2019-12-31",
             "date_role": "effective", "doc_ids": ["b"], "n_sources": 1,
             "confidence": 0.5},
            {"event_id": "e3", "event_type": "contract_signing", "subject_id": "o2",
             "subject_name": "Zweckverband Beispiel", "object_ids": ["o1"], "object_names": ["Stadt Musterstadt"],
             "date": "2018-01-26", "date_granularity": "day", "start_date": "2018-01-26", "end_date": "2018-01-26",
             "date_role": "signed", "person_ids": ["p1"],
             "doc_ids": ["a"], "n_sources": 1, "evidence": second["text"], "confidence": 0.8},
            {"event_id": "e4", "event_type": "appointment", "subject_id": "p1", "subject_name": "Anna Muster",
             "object_ids": ["o1"], "object_names": ["Stadt Musterstadt"], "date": "2017-05",
             "date_granularity": "month", "start_date": "2017-05-01", "end_date": "2017-05-31",
             "date_role": "started", "doc_ids": ["b"], "n_sources": 1,
             "confidence": 0.6},
            {"event_id": "e5", "event_type": "resolution", "subject_id": "o1", "subject_name": "Stadt Musterstadt",
             "date": "", "doc_ids": ["a"], "n_sources": 1, "confidence": 0.3},
        ],
        "event_sources": [
            {"event_id": "e1", **first, "date_reported": "2019-01-01", "evidence": first["text"]},
            {"event_id": "e1", "doc_id": "b", "sent_idx": 0, "start": 0, "end": 0, "date_reported": "2019-02",
             "evidence": "-Musterstadt ist seit Februar 2019 Mitglied."},  # written with a protective '
            {"event_id": "e3", **second, "date_reported": "2018-01-26", "evidence": second["text"]},
            # sentence numbers past 9: shown after sentence 2, not between 1 and 2 (numbers, not text)
            {"event_id": "e5", "doc_id": "a", "sent_idx": 10, "start": 900, "end": 950, "date_reported": "",
             "evidence": "Der Rat beschloss es in Satz zehn."},
            {"event_id": "e2", "doc_id": "a", "sent_idx": 2, "start": 500, "end": 550, "date_reported": "2019",
             "evidence": "Auch die Gemeinde Probe tritt bei (Satz zwei)."},
        ],
        "roles": [
            {"person_id": "p1", "name": "Anna Muster", "role": "Bürgermeisterin", "org_id": "o1",
             "org_name": "Stadt Musterstadt", "doc_ids": ["a"], "first_seen": "2018-02-01",
             "last_seen": "2018-02-01"},
            {"person_id": "p1", "name": "Anna Muster", "role": "Vorsitzende", "org_id": "",
             "org_name": "", "doc_ids": ["b"], "first_seen": "2019-06", "last_seen": "2019-06"},
        ],
    }
    for table in TABLES:
        rows = [{k: v for k, v in row.items() if k in table.columns} for row in tables[table.name]]
        export.write_table(out, table, rows)
    export.write_text(out, "a", SAMPLE_TEXT)
    export.write_datapackage(out)


def _write_empty(out: Path) -> None:
    for table in TABLES:
        export.write_table(out, table, [])
    export.write_datapackage(out)


@pytest.fixture(scope="module")
def outputs(corpus_output: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    empty = tmp_path_factory.mktemp("empty_output")
    _write_empty(empty)
    sample = tmp_path_factory.mktemp("sample_output")
    _write_sample(sample)
    return {"corpus": corpus_output, "empty": empty, "sample": sample}


@pytest.mark.parametrize("output", ["corpus", "empty", "sample"])
@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_top_to_bottom(name: str, output: str, outputs: dict[str, Path],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # the kernel inherits os.environ; monkeypatch restores it afterwards
    monkeypatch.setenv("PIPELINE_OUTPUT", str(outputs[output]))
    monkeypatch.delenv("PIPELINE_DOC", raising=False)
    monkeypatch.delenv("MPLBACKEND", raising=False)  # let ipykernel pick the inline backend
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    client = nbclient.NotebookClient(notebook, kernel_name="python3", timeout=120,
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()  # raises CellExecutionError if any cell fails
    errors = [o for cell in notebook.cells if cell.cell_type == "code"
              for o in cell.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    if output == "sample":  # every section had something to draw
        outputs_ = [o for cell in notebook.cells for o in cell.get("outputs", [])]
        printed = "".join(o.get("text", "") for o in outputs_)
        assert "Nothing to show yet" not in printed
        if name == "events_overview":  # timeline, network, figures
            assert sum("image/png" in o.get("data", {}) for o in outputs_) == 3
        else:
            assert any('class="entities"' in str(o.get("data", {}).get("text/html", "")) for o in outputs_)
            order = [printed.index(f"sentence {i}, reported") for i in (0, 1, 2, 10)]
            assert order == sorted(order), "evidence sentences in text order (2 before 10)"


@pytest.mark.parametrize("name", NAMES)
def test_ipynb_and_py_pairing_are_in_sync(name: str) -> None:
    ipynb = jupytext.read(NOTEBOOKS / f"{name}.ipynb")
    script = jupytext.read(NOTEBOOKS / f"{name}.py")

    def cells(notebook: Any) -> list[tuple[str, str]]:
        return [(cell.cell_type, cell.source.strip()) for cell in notebook.cells]

    assert cells(ipynb) == cells(script), f"run `jupytext --sync notebooks/{name}.ipynb`"


@pytest.mark.parametrize("name", NAMES)
def test_ipynb_is_stored_without_outputs(name: str) -> None:
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert all(not cell.outputs and cell.execution_count is None for cell in code)
