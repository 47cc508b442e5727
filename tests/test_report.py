"""The HTML evidence report (OUT/report/): its files, links, highlights and escaping — read
statically, and opened in a real headless Chromium (Selenium + Debian's chromium and
chromium-driver, which ``scripts/setup.sh test`` installs as root when missing)."""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import lxml.html
import pytest

from pipeline import config, report
from pipeline.run import run

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SOURCE_URL = "https://www.example.org/presse/grabow-parchimer-umland"
HOSTILE = "000_hostile"
HOSTILE_TEXT = (
    "Musterhausen tritt MDS bei\n\n"
    "Die Stadt Musterhausen ist zum 1. Januar 2020 der MDS Musterdienste Nordland AöR beigetreten "
    "<script>window.__pwned = 1;</script>. "
    'Das sagte Bürgermeisterin Anna Schmidt "><img src=x onerror="window.__pwned = 2"> in Musterhausen.\n\n'
    "<b>Fett</b> & <a href=\"javascript:window.__pwned = 3\">Link</a> </div></body>\n")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One run over the sample corpus plus a hostile release, with a manifest giving one
    release a source URL and the hostile one a ``javascript:`` URL and a title with markup."""
    corpus = tmp_path_factory.mktemp("report_corpus")
    for path in CORPUS.glob("*.txt"):
        shutil.copy(path, corpus / path.name)
    (corpus / f"{HOSTILE}.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    with open(corpus / "manifest.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "url", "published", "source", "title"])
        writer.writerow(["003_d9c504361f73dc20.txt", SOURCE_URL, "", "MDS", ""])
        writer.writerow([f"{HOSTILE}.txt", "javascript:window.__pwned=4", "2019-12-02",
                         "<i>Quelle</i>", "<script>window.__pwned = 5</script> Titel"])
    folder = tmp_path_factory.mktemp("report_out") / "out"
    run([corpus], folder, config.load(cache=False), progress=False)
    return folder


def rows(out: Path, name: str) -> list[dict[str, str]]:
    with open(out / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def page(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_bytes())


# --- the files -------------------------------------------------------------------------------------------------

def test_report_has_an_index_and_a_page_per_release_published_with_the_run(out: Path) -> None:
    ok = [d["doc_id"] for d in rows(out, "documents") if d["status"] == "ok"]
    assert len(ok) == 6
    expected = {"report/index.html", "report/report.css", "report/report.js",
                *(f"report/docs/{doc_id}.html" for doc_id in ok)}
    found = {p.relative_to(out).as_posix() for p in (out / "report").rglob("*") if p.is_file()}
    assert found == expected
    owned = set(json.loads((out / ".press-pipeline-files.json").read_text("utf-8")))
    assert expected <= owned  # published with the run (and deleted by it when no longer produced)
    assert not (out / ".staging").exists()


def test_report_is_the_same_bytes_when_built_again(out: Path) -> None:
    tables = {name: rows(out, name) for name in ("documents", "events", "event_sources", "mentions", "dates",
                                                 "figures", "organisations", "people")}
    texts = {p.stem: p.read_text("utf-8") for p in (out / "texts").glob("*.txt")}
    first = report.build(tables, texts, {})
    assert first == report.build(tables, texts, {})
    assert set(first) == {p.relative_to(out).as_posix() for p in (out / "report").rglob("*") if p.is_file()}


def test_every_event_is_in_the_index_linking_to_each_of_its_sentences(out: Path) -> None:
    index = page(out / "report" / "index.html")
    sources = rows(out, "event_sources")
    events = rows(out, "events")
    assert events
    for event in events:
        [row] = index.xpath(f'//tr[@id="{event["event_id"]}"]')
        assert row.get("data-type") == event["event_type"]
        links = {a.get("href") for a in row.xpath(".//td[@class='sources']//a[not(@class='ext')]")}
        expected = {f"docs/{s['doc_id']}.html#s{s['sent_idx']}" for s in sources
                    if s["event_id"] == event["event_id"]}
        assert links == expected


def test_source_urls_from_the_manifest_are_linked_and_nothing_else_leaves_the_report(out: Path) -> None:
    index = page(out / "report" / "index.html")
    external = {a.get("href") for a in index.xpath("//a[@class='ext']")}
    assert external == {SOURCE_URL}
    grabow = page(out / "report" / "docs" / "003_d9c504361f73dc20.html")
    assert [a.get("href") for a in grabow.xpath("//p[@class='meta']/a")] == [SOURCE_URL]
    for path in (out / "report").rglob("*.html"):
        for a in page(path).xpath("//a[@href]"):
            href = a.get("href")
            assert not urlsplit(href).scheme or href == SOURCE_URL, (path.name, href)


def test_every_link_inside_the_report_resolves_to_a_page_and_anchor(out: Path) -> None:
    folder = out / "report"
    checked = 0
    for path in folder.rglob("*.html"):
        for a in page(path).xpath("//a[@href]"):
            target, fragment = urldefrag(a.get("href"))
            if urlsplit(target).scheme:
                continue
            file = (path.parent / unquote(target)).resolve() if target else path
            assert file.is_file() and file.is_relative_to(folder), (path.name, a.get("href"))
            if fragment:
                assert page(file).get_element_by_id(unquote(fragment), None) is not None, (path.name, fragment)
            checked += 1
    assert checked > 50


def test_release_page_highlights_entities_and_evidence_at_their_offsets(out: Path) -> None:
    doc_id = "003_d9c504361f73dc20"
    text = (out / "texts" / f"{doc_id}.txt").read_text("utf-8")
    html = page(out / "report" / "docs" / f"{doc_id}.html")
    for label in html.xpath("//span[@class='ent-label']"):
        label.drop_tree()
    [shown] = html.xpath("//div[@id='text']")
    for tag in shown.xpath(".//a[@class='ev-tag']"):  # the event markers after an evidence sentence
        tag.drop_tree()
    assert shown.text_content() == text  # every character of the release, each once, in order
    marks = {(m.get("class"), m.text_content()) for m in shown.xpath(".//mark")}
    for mention in rows(out, "mentions"):
        if mention["doc_id"] == doc_id and mention["label"] == "ORG":
            assert ("ent ent-ORG", mention["text"]) in marks or _inside_longer(mention["text"], marks)
    assert {("ent ent-DATE", d["text"]) for d in rows(out, "dates") if d["doc_id"] == doc_id} <= marks
    for source in rows(out, "event_sources"):
        if source["doc_id"] == doc_id:
            [sentence] = shown.xpath(f".//span[@id='s{source['sent_idx']}']")
            assert "evidence" in sentence.get("class").split()
            assert sentence.text_content() == text[int(source["start"]):int(source["end"])]
    assert html.xpath("//p[@class='meta']/a/@href") == [SOURCE_URL]


def _inside_longer(text: str, marks: set[tuple[str, str]]) -> bool:
    """An overlapping longer span (a date or figure around the name) won the highlight."""
    return any(text in shown and text != shown for _, shown in marks)


def test_markup_from_a_release_or_the_manifest_is_shown_as_text(out: Path) -> None:
    raw = (out / "report" / "docs" / f"{HOSTILE}.html").read_text("utf-8")
    assert raw.count("<script") == 1 and '<script src="../report.js" defer></script>' in raw
    assert "&lt;script&gt;window.__pwned = 1;&lt;/script&gt;" in raw
    assert "<img" not in raw and "<b>" not in raw and "<i>" not in raw and "javascript:" not in raw.split("<main>")[0]
    html = page(out / "report" / "docs" / f"{HOSTILE}.html")
    assert "<script>window.__pwned = 1;</script>" in html.xpath("//div[@id='text']")[0].text_content()
    assert not html.xpath("//a[starts-with(@href, 'javascript')]")
    index = (out / "report" / "index.html").read_text("utf-8")
    assert index.count("<script") == 1 and "<img" not in index
    assert "&lt;script&gt;window.__pwned = 1;&lt;/script&gt;" in index  # the hostile event's evidence
    assert "&lt;script&gt;window.__pwned = 5&lt;/script&gt; Titel" in index  # the manifest's title, as text
    for path in (out / "report").rglob("*.html"):
        assert "Content-Security-Policy" in path.read_text("utf-8")  # inline scripts could not run anyway


def test_report_follows_the_corpus_from_run_to_run(tmp_path: Path) -> None:
    """A re-run with nothing new keeps the report; a damaged report page makes the next run write it
    again; a release taken out of the corpus loses its page and its place in the index."""
    corpus, folder = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    (corpus / f"{HOSTILE}.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    shutil.copy(CORPUS / "003_d9c504361f73dc20.txt", corpus / "grabow.txt")
    settings = config.load(cache=True)
    run([corpus], folder, settings, progress=False)
    pages = folder / "report" / "docs"
    before = {p.name: p.read_bytes() for p in pages.iterdir()}
    assert set(before) == {f"{HOSTILE}.html", "grabow.html"}

    run([corpus], folder, settings, progress=False)  # nothing new
    assert {p.name: p.read_bytes() for p in pages.iterdir()} == before
    (pages / "grabow.html").write_text("damaged", encoding="utf-8")
    run([corpus], folder, settings, progress=False)
    assert (pages / "grabow.html").read_bytes() == before["grabow.html"]

    (corpus / "grabow.txt").unlink()
    run([corpus], folder, settings, progress=False)
    assert [p.name for p in pages.iterdir()] == [f"{HOSTILE}.html"]
    assert "grabow" not in (folder / "report" / "index.html").read_text("utf-8")


@pytest.mark.parametrize(("url", "safe"), [
    ("https://www.example.org/a?b=1&c=2", True), ("http://example.org", True),
    ("javascript:alert(1)", False), ("JavaScript:alert(1)", False), ("data:text/html,<b>x</b>", False),
    ("//evil.example", False), ("https://", False), ("https://example.org/\nx", False), ("", False),
])
def test_only_http_source_urls_become_links(url: str, safe: bool) -> None:
    assert bool(report._safe_url(url)) is safe


def test_overlapping_spans_keep_the_longest_and_sentences_fall_back_to_the_evidence() -> None:
    text = "Am 1. Januar 2020 trat die Stadt Musterhausen bei. Zweiter Satz."
    tables = {
        "documents": [{"doc_id": "d", "title": "T", "status": "ok"}],
        "events": [{"event_id": "ev_1", "event_type": "membership", "subject_name": "Stadt Musterhausen",
                    "object_names": [], "date": "2020-01-01", "start_date": "2020-01-01",
                    "end_date": "2020-01-01", "confidence": 0.9}],
        "event_sources": [{"event_id": "ev_1", "doc_id": "d", "sent_idx": 0, "start": 0, "end": 50,
                           "evidence": text[:50]}],
        "mentions": [{"doc_id": "d", "start": 27, "end": 45, "text": "Stadt Musterhausen", "label": "ORG"},
                     {"doc_id": "d", "start": 33, "end": 45, "text": "Musterhausen", "label": "LOC"}],
        "dates": [{"doc_id": "d", "start": 3, "end": 17, "text": "1. Januar 2020", "value": "2020-01-01"}],
    }
    files = report.build(tables, {"d": text}, {})
    html = lxml.html.fromstring(files["report/docs/d.html"])
    marks = [(m.get("class"), m.text) for m in html.xpath("//mark[@title]")]
    assert marks == [("ent ent-DATE", "1. Januar 2020"), ("ent ent-ORG", "Stadt Musterhausen")]
    [evidence] = html.xpath("//span[@id='s0']")
    assert "evidence" in evidence.get("class")
    index = lxml.html.fromstring(files["report/index.html"])
    assert index.xpath("//tr[@id='ev_1']//td[@class='sources']//a/@href") == ["docs/d.html#s0"]


# --- in a real headless browser --------------------------------------------------------------------------------

BROWSER_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1400,1000")


def _browser() -> tuple[str, str] | None:
    """Chromium and its WebDriver, if installed."""
    binary = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    driver = shutil.which("chromedriver")
    return (binary, driver) if binary and driver else None


@pytest.fixture(scope="module")
def browser() -> Iterator:
    found = _browser()
    if found is None:
        reason = ("no headless browser: Debian's chromium and chromium-driver are not installed "
                  "(`scripts/setup.sh test` installs them when run as root with apt-get)")
        if os.environ.get("CI") == "true":  # CI must check the report in a browser, not skip it
            pytest.fail(reason)
        pytest.skip(reason)
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = found[0]
    for flag in BROWSER_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="report-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(found[1]))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _open(driver, url: str) -> None:
    driver.get(url)
    problems = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert not problems, (url, problems)
    assert driver.execute_script("return document.readyState") == "complete"


def _visible_rows(driver) -> list:
    return [r for r in driver.find_elements("css selector", "#events tbody tr") if r.is_displayed()]


def test_browser_index_filters_sorts_and_takes_a_screenshot(out: Path, browser, tmp_path: Path) -> None:
    started = time.perf_counter()
    _open(browser, (out / "report" / "index.html").as_uri())
    total = len(rows(out, "events"))
    assert len(_visible_rows(browser)) == total
    count = browser.find_element("id", "count")
    assert count.text == f"{total} of {total} events"

    browser.find_element("id", "f-org").send_keys("Grabow")  # typed as a person would
    shown = _visible_rows(browser)
    grabow = [e for e in rows(out, "events") if "grabow" in (e["subject_name"] + e["object_names"]).lower()]
    assert 0 < len(shown) == len(grabow) < total
    assert all("grabow" in r.get_attribute("data-orgs") for r in shown)
    assert count.text == f"{len(grabow)} of {total} events"

    browser.find_element("css selector", "#filters button[type=reset]").click()
    assert len(_visible_rows(browser)) == total
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element("id", "f-type")).select_by_value("membership")
    assert {r.get_attribute("data-type") for r in _visible_rows(browser)} == {"membership"}
    browser.find_element("css selector", "#filters button[type=reset]").click()
    browser.execute_script("const f = document.getElementById('f-from'); f.value = '2019-01-01';"
                           "f.dispatchEvent(new Event('input'));")
    after = [e for e in rows(out, "events") if e["end_date"] >= "2019-01-01"]
    assert len(_visible_rows(browser)) == len(after) < total
    browser.find_element("css selector", "#filters button[type=reset]").click()

    browser.find_element("xpath", "//th[button='Confidence']/button").click()
    values = [float(r.find_elements("tag name", "td")[5].text or "-inf") for r in _visible_rows(browser)]
    assert values == sorted(values) and len(set(values)) > 1
    browser.find_element("xpath", "//th[button='Confidence']/button").click()
    values = [float(r.find_elements("tag name", "td")[5].text or "-inf") for r in _visible_rows(browser)]
    assert values == sorted(values, reverse=True)

    shot = tmp_path / "report-index.png"
    assert browser.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
    print(f"browser index test: {time.perf_counter() - started:.1f} s")


def test_browser_every_link_resolves(out: Path, browser) -> None:
    """Follow every link inside the report from the index: each page loads without console
    errors and has each anchor linked to; links out of the report are the manifest's URLs."""
    index = (out / "report" / "index.html").as_uri()
    ids: dict[str, set[str]] = {}
    wanted: dict[str, set[str]] = defaultdict(set)
    external: set[str] = set()
    todo = [index]
    while todo:
        url = todo.pop()
        if url in ids:
            continue
        _open(browser, url)
        assert browser.title
        ids[url] = set(browser.execute_script("return Array.from(document.querySelectorAll('[id]'), e => e.id)"))
        for href in browser.execute_script("return Array.from(document.links, a => a.href)"):
            target, fragment = urldefrag(href)
            if not target.startswith("file:"):
                external.add(href)
                continue
            if fragment:
                wanted[target].add(unquote(fragment))
            todo.append(target)
    for target, fragments in wanted.items():
        assert fragments <= ids[target], (target, fragments - ids[target])
    ok = [d["doc_id"] for d in rows(out, "documents") if d["status"] == "ok"]
    assert {u.rsplit("/", 1)[-1] for u in ids} == {f"{d}.html" for d in ok} | {"index.html"}
    assert external == {SOURCE_URL} and sum(map(len, wanted.values())) > 30

    _open(browser, index)  # and a click lands on the evidence sentence, marked as the target
    link = browser.find_element("css selector", "#events td.sources a:not(.ext)")
    fragment = urldefrag(link.get_attribute("href"))[1]
    link.click()
    assert browser.execute_script("return location.hash") == f"#{fragment}"
    assert browser.execute_script("return document.querySelector(':target').className") == "sent evidence"


def test_browser_hostile_release_runs_no_script(out: Path, browser, tmp_path: Path) -> None:
    _open(browser, (out / "report" / "docs" / f"{HOSTILE}.html").as_uri())
    assert browser.execute_script("return window.__pwned === undefined")
    text = browser.find_element("id", "text").text
    assert "<script>window.__pwned = 1;</script>" in text and "<img src=x" in text
    assert browser.find_elements("css selector", "#text img, #text b, #text script") == []
    assert browser.title.startswith("<script>window.__pwned = 5</script> Titel")
    _open(browser, (out / "report" / "index.html").as_uri())
    assert browser.execute_script("return window.__pwned === undefined")
    shot = tmp_path / "report-hostile.png"
    browser.get((out / "report" / "docs" / f"{HOSTILE}.html").as_uri())
    assert browser.save_screenshot(str(shot)) and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
