# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     notebook_metadata_filter: kernelspec,jupytext,-jupytext.text_representation.jupytext_version,-jupytext.text_representation.format_version
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # One release, as the pipeline read it
#
# Pick one press release and see its cleaned text with everything the pipeline
# marked in it — organisations, people, places, roles, dates and figures — and
# then the events it reports, each with the sentence that supports it.
#
# * `PIPELINE_OUTPUT`: the output folder (default `../output`).
# * `PIPELINE_DOC`: the `doc_id` to show (default: the first document whose
#   status is `ok`). You can also set `DOC_ID` in the cell below by hand.

# %%
import os
from pathlib import Path

import pandas as pd
from IPython.display import display
from spacy import displacy

OUTPUT = Path(os.environ.get("PIPELINE_OUTPUT", "../output"))
SEP = " | "

pd.set_option("display.max_colwidth", 200)
print("Output folder:", OUTPUT.resolve())

# %% [markdown]
# ## Loading the tables
#
# `pipeline.tables.load_all` reads every table **typed**: offsets and sentence
# numbers are integers (so sentence 2 comes before sentence 10), figures are
# numbers, multi-valued cells (`object_names`, `doc_ids`, …) are Python lists,
# and date intervals (`start_date`, `end_date`) are datetimes. Text stays text
# (empty cells `""`), with the leading `'` the pipeline puts before text that
# starts like a spreadsheet formula removed. A missing file gives an empty
# table with the right columns.

# %%
from pipeline.tables import load_all

tables = load_all(OUTPUT)
documents = tables["documents"]
organisations = tables["organisations"]
people = tables["people"]
mentions = tables["mentions"]
dates = tables["dates"]
figures = tables["figures"]
events = tables["events"]
event_sources = tables["event_sources"]

names = {**dict(zip(organisations["org_id"], organisations["name"])),
         **dict(zip(people["person_id"], people["name"]))}

# %% [markdown]
# ## Choosing the release
#
# The documents that were processed (`status == "ok"`):

# %%
ok = documents[documents["status"] == "ok"]
display(ok[["doc_id", "title", "published", "n_chars", "n_sentences"]].reset_index(drop=True))

# %%
DOC_ID = os.environ.get("PIPELINE_DOC") or (ok["doc_id"].iloc[0] if not ok.empty else None)

document = documents[documents["doc_id"] == DOC_ID]
if DOC_ID is None:
    print("Nothing to show yet: no document was processed successfully.")
elif document.empty:
    print(f"{DOC_ID!r} is not in documents.csv - set PIPELINE_DOC to one of the doc_ids above.")
    DOC_ID = None
else:
    display(document.T.rename(columns=lambda _: "value"))

# %% [markdown]
# ## The cleaned text
#
# This is the text the pipeline analysed (`texts/<doc_id>.txt`); all `start` /
# `end` offsets in the tables point into it.

# %%
text_path = OUTPUT / "texts" / f"{DOC_ID}.txt"
if DOC_ID is not None and text_path.is_file():
    text = text_path.read_text("utf-8")
    print(f"{len(text)} characters")
else:
    text = None
    if DOC_ID is not None:
        print(f"Nothing to show: {text_path} does not exist (empty, skipped or failed document?).")

# %% [markdown]
# ## What the pipeline marked
#
# Spans from three tables, all for this document:
#
# * `mentions.csv` — ORG, PER, LOC and ROLE mentions,
# * `dates.csv` — date expressions, shown as **DATE**,
# * `figures.csv` — counts and amounts, shown as **FIG**.
#
# displaCy cannot show overlapping spans, so spans are sorted by start and an
# overlapping span is dropped in favour of the earlier (or, at the same start,
# the longer) one. The dropped ones are listed below the text.

# %%
def spans_of(table: pd.DataFrame, label_of) -> list[dict]:
    rows = table[table["doc_id"] == DOC_ID]
    return [
        {"start": int(row["start"]), "end": int(row["end"]), "label": label_of(row), "source": row}
        for _, row in rows.iterrows()
        if pd.notna(row["start"]) and pd.notna(row["end"])
    ]


candidates = (
    spans_of(mentions, lambda row: row["label"])
    + spans_of(dates, lambda row: "DATE")
    + spans_of(figures, lambda row: "FIG")
)
candidates.sort(key=lambda span: (span["start"], -(span["end"] - span["start"])))

shown, dropped, last_end = [], [], 0
for span in candidates:
    inside = text is not None and 0 <= span["start"] < span["end"] <= len(text)
    if inside and span["start"] >= last_end:
        shown.append(span)
        last_end = span["end"]
    else:
        dropped.append(span)
print(f"{len(shown)} spans shown, {len(dropped)} overlapping or out of range")

# %%
COLOURS = {"ORG": "#7aecec", "PER": "#aa9cfc", "LOC": "#ff9561", "ROLE": "#ffeb80",
           "DATE": "#bfe1d9", "FIG": "#e4e7d2"}

if text is None:
    print("Nothing to show yet: no text for this document.")
else:
    title = documents.loc[documents["doc_id"] == DOC_ID, "title"].iloc[0] or DOC_ID
    displacy.render(
        [{"text": text,
          "ents": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in shown],
          "title": f"{title} ({DOC_ID})"}],
        style="ent", manual=True, jupyter=True,
        options={"colors": COLOURS},
    )

# %% [markdown]
# The marked spans as a table, with what each one was resolved to: the
# organisation or person for a mention, the ISO value for a date, the number
# and unit for a figure.

# %%
def resolved(span: dict) -> str:
    row = span["source"]
    if span["label"] == "DATE":
        return f"{row['value'] or '?'} ({row['granularity']}, {row['resolution']})"
    if span["label"] == "FIG":
        owner = names.get(row["org_id"], row["org_id"])
        value = "" if pd.isna(row["value"]) else f"{row['value']:g}"
        return " ".join(part for part in (row["qualifier"], value, row["unit"], owner and f"@ {owner}") if part)
    return names.get(row["entity_id"], row["entity_id"])


def span_table(spans: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(
        [{"start": s["start"], "end": s["end"], "label": s["label"], "text": s["source"]["text"],
          "resolved": resolved(s)} for s in spans],
        columns=["start", "end", "label", "text", "resolved"],
    )


if not candidates:
    print("Nothing to show yet: no mentions, dates or figures for this document.")
else:
    display(span_table(shown))
    if dropped:
        print("Not shown in the text (overlapping another span, or outside the text):")
        display(span_table(dropped))

# %% [markdown]
# ## Events reported in this release
#
# `event_sources.csv` has one row per (event, reporting sentence); joined with
# `events.csv` it shows what the pipeline concluded from each sentence. The
# event's `date` is the best-supported date across **all** releases, while
# `date_reported` is what this release says — where they differ, look at the
# event's `conflict` and `alternatives`. `evidence_in_text` checks that the
# evidence is really found at its offsets in the cleaned text. Reports are in
# text order (`sent_idx` is an integer, so sentence 2 comes before sentence 10).

# %%
reports = (event_sources[event_sources["doc_id"] == DOC_ID]
           .merge(events, on="event_id", how="left", suffixes=("", "_event"))
           .sort_values(["sent_idx", "start", "event_type"], kind="stable").reset_index(drop=True))
if reports.empty:
    print("Nothing to show yet: no events found in this release.")
else:
    reports["evidence_in_text"] = [
        text is not None and pd.notna(start) and pd.notna(end) and text[int(start):int(end)] == evidence
        for start, end, evidence in zip(reports["start"], reports["end"], reports["evidence"])
    ]
    display(reports[["sent_idx", "event_type", "subject_name", "object_names", "date_reported", "date",
                     "date_role", "figure", "confidence", "conflict", "alternatives", "evidence_in_text",
                     "event_id"]])

# %% [markdown]
# The evidence, sentence by sentence:

# %%
for _, report in reports.iterrows():
    print(f"[{report['event_type']}] sentence {report['sent_idx']}, reported date {report['date_reported'] or '-'}")
    print("   ", report["evidence"])
    if isinstance(report["conflict"], str) and report["conflict"]:
        print("    conflict:", report["conflict"], "| alternatives:", SEP.join(report["alternatives"]))
    print()
