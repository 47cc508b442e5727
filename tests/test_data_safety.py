"""Never destroy, garble or silently drop an analyst's data (one test per kind of harm)."""

from __future__ import annotations

import csv
import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import config, export, ingest, publish
from pipeline.cache import DocCache
from pipeline.evaluate import GoldError, load_gold
from pipeline.records import DocResult, SourceDocument
from pipeline.run import run

RELEASE = "Die Gemeinde Musterhausen tritt dem Zweckverband Kommunale IT bei. Bürgermeisterin Anna Müller grüßt."


def _run(inp: Path, out: Path, **settings_: object):
    return run([inp], out, config.load(cache=False, **settings_), progress=False)


def _documents(out: Path) -> dict[str, dict[str, str]]:
    with (out / "documents.csv").open(encoding="utf-8", newline="") as handle:
        return {row["path"]: row for row in csv.DictReader(handle)}


def _corpus(folder: Path, names: tuple[str, ...] = ("a.txt",)) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(RELEASE, encoding="utf-8")
    return folder


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and ".cache" not in p.parts}


# 1. inputs are never deleted or overwritten ------------------------------------------------------

@pytest.mark.parametrize("layout", ["out_is_parent_of_input", "out_is_input", "out_inside_input"])
def test_input_and_output_may_not_overlap(tmp_path: Path, layout: str) -> None:
    inp = _corpus(tmp_path / "texts")
    (inp / "texts").mkdir()
    (inp / "texts" / "b.txt").write_text(RELEASE, encoding="utf-8")
    out = {"out_is_parent_of_input": tmp_path, "out_is_input": inp, "out_inside_input": inp / "out"}[layout]
    before = _snapshot(tmp_path)
    with pytest.raises(publish.OutputError, match="overlap"):
        _run(inp, out)
    assert _snapshot(tmp_path) == before


def test_cli_refuses_overlap_with_exit_2(tmp_path: Path) -> None:
    inp = _corpus(tmp_path / "texts")
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(inp), "--out", str(tmp_path), "--quiet"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "overlap" in done.stderr
    assert (inp / "a.txt").read_text("utf-8") == RELEASE


def test_only_files_the_pipeline_wrote_are_deleted(tmp_path: Path) -> None:
    inp = _corpus(tmp_path / "in", ("a.txt", "b.txt"))
    out = tmp_path / "out"
    _run(inp, out)
    (out / "texts" / "my_notes.txt").write_text("mine", encoding="utf-8")
    (out / "analysis.csv").write_text("mine", encoding="utf-8")
    (inp / "b.txt").unlink()
    _run(inp, out)
    assert not (out / "texts" / "b.txt").exists()  # the pipeline's own text of a removed release
    assert (out / "texts" / "a.txt").is_file()
    assert (out / "texts" / "my_notes.txt").read_text("utf-8") == "mine"
    assert (out / "analysis.csv").read_text("utf-8") == "mine"


# 2. one file name never costs the other documents ------------------------------------------------

def test_long_and_undecodable_file_names_get_bounded_ids(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    deep = inp / ("ordner_mit_langem_namen_" * 8) / ("noch_ein_ordner_" * 10)
    deep.mkdir(parents=True)
    (deep / ("pressemitteilung_" * 12 + ".txt")).write_text(RELEASE, encoding="utf-8")
    (inp / "ok.txt").write_text(RELEASE, encoding="utf-8")
    os.close(os.open(os.fsencode(inp) + b"/Gr\xfc\xdfe aus Caf\xe9.txt", os.O_CREAT | os.O_WRONLY))
    with open(os.fsencode(inp) + b"/Gr\xfc\xdfe aus Caf\xe9.txt", "wb") as handle:
        handle.write(RELEASE.encode())
    summary = _run(inp, tmp_path / "out")
    docs = _documents(tmp_path / "out")
    assert summary.n_ok == 3 and len(docs) == 3
    ids = [row["doc_id"] for row in docs.values()]
    assert all(len(i) <= ingest.MAX_ID_CHARS for i in ids) and len(set(ids)) == 3
    assert any("\ufffd" in path for path in docs)  # the name is shown, with the bad bytes marked
    for doc_id in ids:
        assert (tmp_path / "out" / "texts" / f"{doc_id}.txt").is_file()


def test_ids_do_not_move_when_files_are_added(tmp_path: Path) -> None:
    inp = _corpus(tmp_path / "in", ("a_b.txt", "c.html"))
    before = {f.rel: f.doc_id for f in ingest.list_inputs([inp])}
    for name in ("a b.txt", "a-b.txt", "c.txt", "c.md"):
        (inp / name).write_text(RELEASE, encoding="utf-8")
    after = {f.rel: f.doc_id for f in ingest.list_inputs([inp])}
    assert before["a_b.txt"] == after["a_b.txt"] == "a_b"
    assert after["a b.txt"] != "a_b" and len(set(after.values())) == len(after)
    assert after["c.txt"] == "c"  # a .txt keeps the bare id by rank, whatever is added beside it


# 3. decoding never garbles silently ---------------------------------------------------------------

def test_utf8_with_one_bad_byte_stays_utf8_and_is_counted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(RELEASE.encode("utf-8") + b" Stra\xdfe" + " Grüße.".encode())
    doc = next(ingest.discover([tmp_path]))
    assert doc.status == "ok" and "Bürgermeisterin Anna Müller grüßt" in doc.text
    assert doc.replaced_bytes == 1 and "Stra\ufffde" in doc.text


@pytest.mark.parametrize("text", ["Bürgermeisterin Müller grüßt.", "Größe", "Ä"])
def test_short_latin1_text_is_not_read_as_cp850(tmp_path: Path, text: str) -> None:
    (tmp_path / "a.txt").write_bytes(text.encode("latin-1"))
    assert next(ingest.discover([tmp_path])).text == text


def test_zero_width_and_bidi_characters_are_removed_and_counted(tmp_path: Path) -> None:
    hidden = "Die Gemeinde Muster\u200bhausen tritt dem Zweck\u00adverband bei. \u202eBürger\u2066meisterin."
    (tmp_path / "a.txt").write_text(hidden, encoding="utf-8")
    doc = next(ingest.discover([tmp_path]))
    assert doc.text == "Die Gemeinde Musterhausen tritt dem Zweckverband bei. Bürgermeisterin."
    assert doc.removed_chars == 4


# 4. one run at a time, published all at once ------------------------------------------------------

def test_a_second_run_into_a_busy_output_folder_is_refused(tmp_path: Path) -> None:
    inp, out = _corpus(tmp_path / "in"), tmp_path / "out"
    with publish.OutputFolder(out), pytest.raises(publish.OutputError, match="another run"):
        _run(inp, out)


def test_runs_with_different_inputs_never_mix(tmp_path: Path) -> None:
    first, second = _corpus(tmp_path / "first", ("a.txt", "b.txt")), _corpus(tmp_path / "second", ("c.txt",))
    out = tmp_path / "out"
    run([first], out, config.load(), progress=False)
    run([second], out, config.load(), progress=False)
    assert set(_documents(out)) == {"c.txt"}
    assert sorted(p.name for p in (out / "texts").iterdir()) == ["c.txt"]
    run([second], out, config.load(), progress=False)  # the nothing-changed shortcut keeps it that way
    assert set(_documents(out)) == {"c.txt"}


def test_an_interrupted_publish_is_finished_by_the_next_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with publish.OutputFolder(out) as folder:
        (folder.staging / "events.csv").write_text("new", encoding="utf-8")
        (folder.staging / "documents.csv").write_text("new", encoding="utf-8")
        (out / publish.JOURNAL).write_text(json.dumps(
            {"moves": ["documents.csv", "events.csv"], "deletes": [], "owned": ["documents.csv", "events.csv"]}))
        os.replace(folder.staging / "events.csv", out / "events.csv")  # crash after the first move
        folder.staging.rename(tmp_path / "kept")  # what the crash left behind
    (tmp_path / "kept").rename(out / publish.STAGING)
    with publish.OutputFolder(out):
        pass
    assert (out / "documents.csv").read_text("utf-8") == "new" and not (out / publish.JOURNAL).exists()


# 5. the manifest: validated, sniffed, never fatal ------------------------------------------------

def _manifest(tmp_path: Path, content: str | bytes) -> tuple[dict[str, ingest.ManifestEntry], list[str]]:
    _corpus(tmp_path, ("a.txt", "b.txt"))
    data = content.encode("utf-8") if isinstance(content, str) else content
    (tmp_path / "manifest.csv").write_bytes(data)
    warnings: list[str] = []
    return ingest.read_manifest(tmp_path, warnings), warnings


@pytest.mark.parametrize("bad", ["2019-02-30", "2019-13-45", "2019-13", "30.02.2019"])
def test_impossible_manifest_dates_are_refused_with_line_and_column(tmp_path: Path, bad: str) -> None:
    entries, warnings = _manifest(tmp_path, f"file,published\na.txt,{bad}\nb.txt,2019-02-28\n")
    assert entries["a.txt"].published == "" and entries["b.txt"].published == "2019-02-28"
    assert any("line 2, column published" in w and bad in w for w in warnings)


def test_german_excel_manifest_is_read(tmp_path: Path) -> None:
    entries, _ = _manifest(tmp_path, "\ufeffDatei;URL;Veröffentlicht;Quelle;Titel\r\na.txt;https://x.de/a;2020-05-04;"
                                     "Amt;Ein Titel\r\n".encode("cp1252", errors="ignore"))
    assert entries["a.txt"].url == "https://x.de/a" and entries["a.txt"].published == "2020-05-04"


def test_manifest_without_header_is_read_by_position_with_a_warning(tmp_path: Path) -> None:
    entries, warnings = _manifest(tmp_path, "a.txt,https://x.de/a,2020-05-04\n")
    assert entries["a.txt"].published == "2020-05-04" and any("no header" in w for w in warnings)


def test_unterminated_quote_does_not_swallow_the_next_row(tmp_path: Path) -> None:
    entries, warnings = _manifest(tmp_path, 'file,title\na.txt,"Ein Titel\nb.txt,Zweiter Titel\n')
    assert entries["b.txt"].title == "Zweiter Titel" and any("line 2" in w and "quote" in w for w in warnings)


def test_huge_cell_and_unreadable_manifest_do_not_crash(tmp_path: Path) -> None:
    entries, warnings = _manifest(tmp_path / "x", "file,title\na.txt," + "T" * 200_000 + "\nb.txt,ok\n")
    assert entries["b.txt"].title == "ok" and any("column title" in w for w in warnings)
    folder = _corpus(tmp_path / "y")
    (folder / "manifest.csv").mkdir()  # reading it raises IsADirectoryError
    warnings = []
    assert ingest.read_manifest(folder, warnings) == {} and any("unreadable" in w for w in warnings)
    assert _run(folder, tmp_path / "out").n_ok == 1


# 6. every path under the input gets a row -------------------------------------------------------

def test_odd_paths_get_a_row_with_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inp = _corpus(tmp_path / "in")
    (inp / "passwd.txt").symlink_to("/etc/passwd")
    (inp / "loop").symlink_to(inp)
    os.mkfifo(inp / "pipe.txt")
    (inp / "locked").mkdir()
    (inp / "locked" / "x.txt").write_text(RELEASE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):  # root may read anything: simulate a folder without permission
        if isinstance(path, (str, Path)) and Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    _run(inp, tmp_path / "out")
    docs = _documents(tmp_path / "out")
    assert docs["a.txt"]["status"] == "ok"
    assert docs["passwd.txt"]["status"] == "skipped" and "outside" in docs["passwd.txt"]["error"]
    assert docs["loop"]["status"] == "skipped" and "folder" in docs["loop"]["error"]
    assert docs["pipe.txt"]["status"] == "skipped" and "FIFO" in docs["pipe.txt"]["error"]
    assert docs["locked"]["status"] == "error" and "Permission" in docs["locked"]["error"]
    assert "root:" not in "".join(p.read_text("utf-8") for p in (tmp_path / "out" / "texts").iterdir())


def test_the_same_folder_twice_counts_once(tmp_path: Path) -> None:
    inp = _corpus(tmp_path / "in", ("a.txt", "b.txt"))
    summary = run([inp, inp, tmp_path / "in" / ".." / "in"], tmp_path / "out", config.load(cache=False),
                  progress=False)
    assert summary.n_docs == 2


# 7. failures come early, and never leave a mix --------------------------------------------------

def test_output_that_is_a_file_or_not_creatable_fails_before_any_work(tmp_path: Path) -> None:
    inp = _corpus(tmp_path / "in")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(publish.OutputError, match="is a file"):
        _run(inp, tmp_path / "file")
    with pytest.raises(publish.OutputError, match="cannot write"):
        _run(inp, tmp_path / "file" / "sub")


def test_full_disk_is_found_before_any_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10**9, 10**9, 1000))
    with pytest.raises(publish.OutputError, match="free space"):
        _run(_corpus(tmp_path / "in"), tmp_path / "out")


def test_disk_full_mid_export_keeps_the_previous_output_whole(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    inp, out = _corpus(tmp_path / "in", ("a.txt",)), tmp_path / "out"
    _run(inp, out)
    before = _snapshot(out)
    (inp / "b.txt").write_text(RELEASE.replace("Musterhausen", "Beispielstadt"), encoding="utf-8")
    real, real_close, calls = export.write_atomic, export.TableWriter.close, []

    def failing(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) > 4:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, data)

    def failing_close(writer: export.TableWriter) -> None:  # the CSVs written row by row
        calls.append(writer.path)
        if len(calls) > 4:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_close(writer)

    monkeypatch.setattr(export, "write_atomic", failing)
    monkeypatch.setattr(export.TableWriter, "close", failing_close)
    with pytest.raises(publish.OutputError, match="previous outputs"):
        _run(inp, out)
    assert _snapshot(out) == before  # tables, texts and run.json all from the last complete run


# 8. the cache is never trusted blindly ----------------------------------------------------------

def _cached_run(tmp_path: Path) -> tuple[Path, Path, list[Path]]:
    inp, out = _corpus(tmp_path / "in"), tmp_path / "out"
    run([inp], out, config.load(), progress=False)
    entries = [p for p in (out / ".cache").glob("*.json") if p.name != "run-state.json"]
    (out / ".cache" / "run-state.json").unlink()  # force a fresh pass over the cache
    return inp, out, entries


def test_an_edited_cache_entry_is_not_trusted(tmp_path: Path) -> None:
    inp, out, entries = _cached_run(tmp_path)
    expected = _snapshot(out)
    data = entries[0].read_bytes()
    entries[0].write_bytes(data.replace(b"Musterhausen", b"=HYPERLINK()"))
    run([inp], out, config.load(), progress=False)
    assert {k: v for k, v in _snapshot(out).items() if k != "run.json"} == \
        {k: v for k, v in expected.items() if k != "run.json"}


def test_a_cache_entry_with_wrong_types_is_ignored_not_fatal(tmp_path: Path) -> None:
    import hashlib

    inp, out, entries = _cached_run(tmp_path)
    payload = json.loads(entries[0].read_bytes().partition(b"\n")[2])
    payload["events"] = [{"event_type": 3, "sent_idx": "x", "start": 0, "end": 1, "evidence": None}]
    payload["organisations"] = [{"key": "k", "name": "n", "aliases": "abc"}]
    data = json.dumps(payload).encode()
    entries[0].write_bytes(hashlib.sha256(data).hexdigest().encode() + b"\n" + data)
    with pytest.raises(TypeError):
        DocResult.from_dict(payload)
    assert run([inp], out, config.load(), progress=False).n_ok == 1


def test_the_cache_key_follows_the_model_weights(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline import nlp
    from pipeline import run as run_module

    settings_ = config.load()
    key = DocCache(None, "m", run_module._settings_key(settings_)).key(SourceDocument("d", "d.txt", sha256="x"))
    monkeypatch.setattr(nlp, "model_fingerprint", lambda cfg: "retrained")
    other = DocCache(None, "m", run_module._settings_key(settings_)).key(SourceDocument("d", "d.txt", sha256="x"))
    assert key != other


# 9. gold files are validated with their file name ------------------------------------------------

@pytest.mark.parametrize(("patch", "message"), [
    ({"dates": [{"text": "2019", "value": 2019}]}, "dates[0]: 'value' must be text or null"),
    ({"organisations": [{"name": "Stadt X", "aliases": "Stadt X"}]}, "'aliases' must be a list"),
    ({"figures": [{"text": "drei", "value": "3"}]}, "figures[0]"),
    ({"events": [{"type": "membership", "subject": "A", "object": "B"}]}, "'object' must be a list"),
])
def test_malformed_gold_names_file_and_place(tmp_path: Path, patch: dict, message: str) -> None:
    gold = {"doc_id": "d", "organisations": [], "people": [], "dates": [], "figures": [], "events": [], **patch}
    (tmp_path / "bad_file.json").write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(GoldError, match=r"bad_file\.json") as info:
        load_gold(tmp_path)
    assert message in str(info.value)


def test_two_gold_files_with_one_doc_id_are_refused(tmp_path: Path) -> None:
    gold = {"doc_id": "d", "organisations": [], "people": [], "dates": [], "figures": [], "events": []}
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(GoldError, match=r"b\.json.*also used by a\.json"):
        load_gold(tmp_path)


# property: any file names and bytes ---------------------------------------------------------------

_NAME = st.binary(min_size=1, max_size=60).map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.dictionaries(_NAME.filter(lambda n: n not in (b".", b"..") and not n.startswith(b".")),
                             st.binary(max_size=300), min_size=1, max_size=6))
def test_any_names_and_bytes_give_one_row_each(tmp_path_factory: pytest.TempPathFactory,
                                               files: dict[bytes, bytes]) -> None:
    folder = tmp_path_factory.mktemp("any")
    for name, data in files.items():
        with open(os.fsencode(folder) + b"/" + name + b".txt", "wb") as handle:
            handle.write(data)
    items = ingest.list_inputs([folder])
    assert len(items) == len(files)
    ids = [i.doc_id for i in items]
    assert len(set(ids)) == len(ids) and all(0 < len(i) <= ingest.MAX_ID_CHARS for i in ids)
    docs = [ingest.read_input(i) for i in items]
    rows = [{"doc_id": d.doc_id, "path": d.path, "status": d.status, "error": d.error, "n_chars": len(d.text),
             "n_sentences": 0, "published_source": "none", "replaced_bytes": d.replaced_bytes,
             "removed_chars": d.removed_chars} for d in docs]
    from pipeline.schema import TABLES

    export.write_table(folder.parent / f"{folder.name}-out", TABLES[0], rows)  # encodes and validates


# 10. a very long release costs time and memory in proportion -------------------------------------

def test_a_long_release_is_parsed_in_pieces_into_one_doc(nlp) -> None:
    from pipeline import nlp as nlp_stage

    paragraph = "Die Gemeinde Musterhausen tritt dem Zweckverband bei. Der Rat stimmte zu.\n"
    text = paragraph * (3 * nlp_stage.PIECE_CHARS // len(paragraph)) + "Ende " * 5000  # a last line without breaks
    pieces = list(nlp_stage._pieces(text))
    assert "".join(pieces) == text and len(pieces) > 3
    assert all(len(p) <= nlp_stage.PIECE_CHARS for p in pieces)
    (doc,) = nlp_stage.parse(nlp, [text])
    assert doc.text == text
    assert sum(1 for _ in doc.sents) >= text.count("\n")


def test_sentence_lookups_of_the_event_extractor_are_by_bisection() -> None:
    from pipeline.extract.events.clauses import by_start as _by_start
    from pipeline.records import Mention

    mentions = [Mention(0, i * 10, i * 10 + 5, "x", "ORG") for i in range(10_000)][::-1]
    within = _by_start(mentions)
    assert [m.start for m in within(100, 130)] == [100, 110, 120]
