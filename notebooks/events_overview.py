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
# # Events overview
#
# This notebook reads the tables that `python -m pipeline run` writes and shows
# what the pipeline found across all press releases:
#
# 1. what is in the output folder,
# 2. the **event timeline** (one lane per organisation),
# 3. the **membership network** (who joined whom),
# 4. **figures over time** (staff and workplaces per organisation),
# 5. **people and their roles** (from `roles.csv`: who held which office where, and when it was reported),
# 6. the **conflicts**: events whose reports disagree.
#
# The output folder comes from the environment variable `PIPELINE_OUTPUT`
# (default: `../output`, i.e. the project's `output/` folder when the notebook
# is opened from `notebooks/`). Every section copes with empty tables and says
# "nothing to show yet" instead of failing.

# %%
import math
import os
import textwrap
from itertools import zip_longest
from pathlib import Path

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display
from matplotlib.lines import Line2D

OUTPUT = Path(os.environ.get("PIPELINE_OUTPUT", "../output"))
SEP = " | "  # how the pipeline joins multi-valued cells (for display)

pd.set_option("display.max_colwidth", 160)
pd.set_option("display.max_rows", 200)
print("Output folder:", OUTPUT.resolve())

# %% [markdown]
# ## Loading the tables
#
# `pipeline.tables.load_all` reads every table **typed**, from the same schema the
# pipeline writes with: counts are integers (`Int64`), figures and confidences
# numbers (`Float64`), multi-valued cells (`doc_ids`, `object_names`, …) Python
# lists, and each date's interval (`start_date`, `end_date`) datetimes. Text
# stays text (empty cells `""`), with the leading `'` the pipeline puts before
# text that starts like a spreadsheet formula removed. A missing file gives an
# empty table with the right columns.

# %%
from pipeline.periods import interval
from pipeline.tables import load_all

tables = load_all(OUTPUT)
documents = tables["documents"]
organisations = tables["organisations"]
people = tables["people"]
roles = tables["roles"]
figures = tables["figures"]
events = tables["events"]
event_sources = tables["event_sources"]

pd.DataFrame({"rows": [len(t) for t in tables.values()]}, index=list(tables))

# %% [markdown]
# Document status: `ok` documents were processed; `empty`, `error` and
# `skipped` ones are listed with the reason.

# %%
if documents.empty:
    print("Nothing to show yet: documents.csv has no rows.")
else:
    display(documents["status"].value_counts().rename("documents").to_frame())
    not_ok = documents[documents["status"] != "ok"]
    if not not_ok.empty:
        display(not_ok[["doc_id", "status", "error"]])

# %% [markdown]
# ### Names for ids
#
# Events, figures and people refer to organisations and people by id. These
# lookups turn ids back into readable names.

# %%
org_names = dict(zip(organisations["org_id"], organisations["name"]))
person_names = dict(zip(people["person_id"], people["name"]))
published = dict(zip(documents["doc_id"], documents["published"]))


def name_of(entity_id: str, fallback: str = "") -> str:
    """Readable name of an organisation or person id."""
    return org_names.get(entity_id) or person_names.get(entity_id) or fallback or entity_id


# %% [markdown]
# ### Dates
#
# Dates are ISO 8601 at their granularity: `2018-01-26` (day), `2018-01`
# (month), `2018` (year); quarters look like `2018-Q1`. An event's date comes
# with its interval (`start_date`, `end_date`, already datetimes); for plotting,
# a date is placed at the **start of its period** (`2018-01` → 1 January 2018).
# Other dates (a figure's `as_of`, a publication date) are placed the same way
# by `period_start`. Dates without a usable value are listed separately.

# %%
def period_start(value: str) -> pd.Timestamp:
    """First day of the period an ISO date (day, week, month, quarter, half-year, season or year) stands for."""
    start, _ = interval(value.strip())
    return pd.Timestamp(start) if start else pd.NaT


def granularity_of(value: str) -> str:
    """Granularity implied by the shape of an ISO date."""
    return {10: "day", 7: "month", 4: "year"}.get(len(value.strip()), "other")


# %% [markdown]
# ## 1. Event timeline
#
# One lane per subject organisation. For appointments the subject is a person,
# so the event goes into the lane of the organisation the office belongs to
# (its first object). Colour = event type; **filled** markers are exact days,
# **hollow** markers are month/quarter/year dates placed at the start of the
# period. Several events on the same day in one lane are nudged apart vertically.

# %%
def lane_of(row: pd.Series) -> str:
    if row["subject_id"] in person_names and row["object_names"]:
        return row["object_names"][0]
    return name_of(row["subject_id"], row["subject_name"]) or "(no subject)"


timeline = events.assign(
    lane=[lane_of(row) for _, row in events.iterrows()],
    # the interval's start; an output without interval columns (older version): from the ISO value
    start=pd.to_datetime([s if pd.notna(s) else period_start(d) for s, d in zip(events["start_date"], events["date"])]),
    granularity=[g or granularity_of(d) for g, d in zip(events["date_granularity"], events["date"])],
)
dated = timeline[timeline["start"].notna()]
undated = timeline[timeline["start"].isna()]
print(f"{len(timeline)} events, {len(dated)} with a date that can be plotted, {len(undated)} without")

# %%
if dated.empty:
    print("Nothing to show yet: no dated events.")
else:
    lanes = sorted(dated["lane"].unique())
    types = sorted(dated["event_type"].unique())
    colours = {t: plt.cm.tab10(i % 10) for i, t in enumerate(types)}
    nudge = {t: (i - (len(types) - 1) / 2) * 0.12 for i, t in enumerate(types)}

    fig, ax = plt.subplots(figsize=(11, 1.5 + 0.6 * len(lanes)))
    for event_type, group in dated.groupby("event_type"):
        y = group["lane"].map(lanes.index) + nudge[event_type]
        exact = group["granularity"] == "day"
        ax.scatter(group["start"][exact], y[exact], s=70, color=colours[event_type], zorder=3)
        ax.scatter(group["start"][~exact], y[~exact], s=70, facecolors="none",
                   edgecolors=colours[event_type], linewidths=2, zorder=3)

    ax.set_yticks(range(len(lanes)), [textwrap.shorten(lane, 45) for lane in lanes])
    ax.set_ylim(-0.7, len(lanes) - 0.3)
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    ax.grid(axis="x", alpha=0.3)
    handles = [Line2D([], [], marker="o", linestyle="", color=colours[t], label=t) for t in types]
    handles += [
        Line2D([], [], marker="o", linestyle="", color="grey", label="exact day"),
        Line2D([], [], marker="o", linestyle="", markerfacecolor="none", color="grey",
               label="month / year (start)"),
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.set_title("Events by date, type and organisation")
    fig.autofmt_xdate()
    plt.tight_layout()
    plt.show()

# %% [markdown]
# The same events as a table, oldest first, and the events without a usable date.

# %%
EVENT_COLUMNS = ["date", "date_role", "event_type", "lane", "object_names", "figure", "n_sources",
                 "confidence", "event_id"]
if timeline.empty:
    print("Nothing to show yet: events.csv has no rows.")
else:
    display(dated.sort_values(["start", "lane"])[EVENT_COLUMNS].reset_index(drop=True))
    if not undated.empty:
        print("Events without a usable date:")
        display(undated[EVENT_COLUMNS].reset_index(drop=True))

# %% [markdown]
# ## 2. Membership network
#
# `membership` events: the subject (joiner) joins the objects (the joined or
# receiving organisations). Each arrow points from joiner to joined and is
# labelled with the event's date. The layout uses networkx when it is
# installed, otherwise the organisations are placed on a circle.

# %%
edges = []
for _, row in events[events["event_type"] == "membership"].iterrows():
    joiner = name_of(row["subject_id"], row["subject_name"])
    pairs = zip_longest(row["object_ids"], row["object_names"], fillvalue="")
    for object_id, object_name in pairs:
        joined = name_of(object_id, object_name)
        if joiner and joined:
            edges.append({"joiner": joiner, "joined": joined, "date": row["date"], "event_id": row["event_id"]})
edges = pd.DataFrame(edges, columns=["joiner", "joined", "date", "event_id"])
edges

# %%
def layout(nodes: list[str], edge_pairs: list[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """Node positions: a spring layout with networkx, a circle without it."""
    try:
        import networkx as nx
    except ImportError:
        step = 2 * math.pi / len(nodes)
        return {n: (math.cos(i * step), math.sin(i * step)) for i, n in enumerate(nodes)}
    graph = nx.DiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edge_pairs)
    return {n: tuple(p) for n, p in nx.spring_layout(graph, seed=7, k=1.5).items()}


if edges.empty:
    print("Nothing to show yet: no membership events.")
else:
    nodes = sorted(set(edges["joiner"]) | set(edges["joined"]))
    pos = layout(nodes, list(zip(edges["joiner"], edges["joined"])))
    receivers = set(edges["joined"])

    fig, ax = plt.subplots(figsize=(10, 7))
    boxes = {}
    for node, (x, y) in pos.items():
        colour = "#fde2b8" if node in receivers else "#d4e6f6"
        label = ax.text(x, y, textwrap.fill(node, 22), ha="center", va="center", fontsize=9, zorder=3,
                        bbox={"boxstyle": "round", "facecolor": colour, "edgecolor": "grey"})
        boxes[node] = label.get_bbox_patch()
    for _, edge in edges.iterrows():
        (x1, y1), (x2, y2) = pos[edge["joiner"]], pos[edge["joined"]]
        # patchA/patchB clip the arrow at the label boxes, so the arrow head stays visible
        ax.annotate("", xy=(x2, y2), xytext=(x1, y1),
                    arrowprops={"arrowstyle": "-|>", "color": "grey", "mutation_scale": 18,
                                "patchA": boxes[edge["joiner"]], "patchB": boxes[edge["joined"]]})
        ax.text((x1 + x2) / 2, (y1 + y2) / 2, edge["date"], fontsize=8, color="dimgrey", ha="center")
    xs, ys = zip(*pos.values())
    ax.set_xlim(min(xs) - 0.4, max(xs) + 0.4)
    ax.set_ylim(min(ys) - 0.3, max(ys) + 0.3)
    ax.axis("off")
    ax.set_title("Memberships: joiner → joined (orange = joined / receiving)")
    plt.tight_layout()
    plt.show()

# %% [markdown]
# ## 3. Figures over time per organisation
#
# Figures by what they measure (`measure`: staff, workplaces, members, …, the
# same measure whatever noun the release used — Beschäftigte, Mitarbeiter,
# Kolleginnen und Kollegen are all `staff`). A line joins the figures of **one
# measure and one organisation** only; a figure with no single owner (a joint
# total of several organisations) is drawn as a lone grey cross, never joined
# to anyone's line. A figure is dated by its `as_of` date, or else by the
# publication date of its release. Edit `MEASURES` to follow other measures
# (`budget`, `share_capital`, `members`, …).

# %%
MEASURES = ["staff", "workplaces", "members"]

series = figures.assign(
    organisation=[name_of(i) if i else "" for i in figures["org_id"]],
    when=pd.to_datetime([period_start(a or published.get(d, "")) for a, d in zip(figures["as_of"], figures["doc_id"])]),
    value=figures["value"].astype(float),  # Float64 → float: <NA> becomes NaN for matplotlib
)
series = series[series["measure"].isin(MEASURES) & series["when"].notna() & series["value"].notna()]
series = series.sort_values(["measure", "org_id", "when"])
print(f"{len(figures)} figures, {len(series)} of them dated {', '.join(MEASURES)} figures")

# %%
if series.empty:
    print("Nothing to show yet: no dated staff or workplace figures.")
else:
    measures = [m for m in MEASURES if m in set(series["measure"])]
    fig, axes = plt.subplots(len(measures), 1, figsize=(10, 3.5 * len(measures)), squeeze=False, sharex=True)
    for ax, measure in zip(axes[:, 0], measures):
        of_measure = series[series["measure"] == measure]
        for org_id, group in of_measure[of_measure["org_id"] != ""].groupby("org_id"):  # one line per owner
            ax.plot(group["when"], group["value"], marker="o", label=textwrap.shorten(name_of(org_id), 45))
        joint = of_measure[of_measure["org_id"] == ""]
        if not joint.empty:
            ax.scatter(joint["when"], joint["value"], marker="x", color="grey", label="no single owner")
        ax.set_title(f"{measure} over time")
        ax.set_ylabel("count")
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
        ax.grid(alpha=0.3)
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    fig.autofmt_xdate()
    plt.tight_layout()
    plt.show()
    display(series[["measure", "organisation", "when", "qualifier", "value", "unit", "canonical_unit", "text",
                    "doc_id"]].reset_index(drop=True))

# %% [markdown]
# ## 4. People and their roles
#
# One row per person (`people.csv`, a summary), then one row per person, role
# and organisation (`roles.csv`) with the releases that give that role and the
# first and last publication date among them. A role is tied to an
# organisation only by a release that names both; a release naming the role
# alone gives a row without organisation.

# %%
if people.empty:
    print("Nothing to show yet: people.csv has no rows.")
else:
    display(people.assign(organisations=[SEP.join(name_of(i) for i in ids) for ids in people["org_ids"]],
                          roles=[SEP.join(r) for r in people["roles"]])
            [["name", "title", "roles", "organisations", "n_docs", "first_seen", "last_seen"]]
            .sort_values("name").reset_index(drop=True))

# %%
if roles.empty:
    print("Nothing to show yet: roles.csv has no rows.")
else:
    display(roles.assign(n_docs=roles["doc_ids"].map(len), doc_ids=roles["doc_ids"].map(SEP.join))
            [["org_name", "role", "name", "first_seen", "last_seen", "n_docs", "doc_ids"]]
            .sort_values(["org_name", "role", "first_seen", "name"]).reset_index(drop=True))

# %% [markdown]
# ## 5. Conflicts
#
# Events whose reports disagree (for example on the effective date). The row
# keeps the best-supported value; `alternatives` lists the other reported
# values with the documents that gave them, and `conflict` says what differs.

# %%
conflicts = events[events["conflict"] != ""]
if conflicts.empty:
    print("Nothing to show yet: no event has conflicting reports.")
else:
    display(conflicts[["event_id", "event_type", "subject_name", "date", "date_role", "conflict",
                       "alternatives", "doc_ids", "n_sources"]].reset_index(drop=True))

# %% [markdown]
# Each conflicting event with every report behind it, from `event_sources.csv`:

# %%
if conflicts.empty or event_sources.empty:
    print("Nothing to show yet.")
else:
    reports = event_sources[event_sources["event_id"].isin(conflicts["event_id"])]
    display(reports.sort_values(["event_id", "doc_id", "sent_idx"])
            [["event_id", "doc_id", "sent_idx", "date_reported", "evidence"]].reset_index(drop=True))
