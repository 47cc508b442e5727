// The evidence report's index (pipeline/report.py): filter and sort the event table.
// No network, no libraries; pages without the table (release pages) are left alone.
"use strict";
(function () {
  const table = document.getElementById("events");
  if (!table || table.tagName !== "TABLE") return;
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const field = (id) => document.getElementById(id);
  const text = field("f-text"), type = field("f-type"), org = field("f-org");
  const from = field("f-from"), to = field("f-to"), count = field("count");

  function matches(row, q, t, o, f, u) {
    const d = row.dataset;
    return (!q || row.textContent.toLowerCase().includes(q))
      && (!t || d.type === t)
      && (!o || d.orgs.includes(o))
      && (!f || (d.end !== "" && d.end >= f))   // the event's interval reaches past "from"
      && (!u || (d.start !== "" && d.start <= u));
  }

  function apply() {
    const q = text.value.trim().toLowerCase(), o = org.value.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      row.hidden = !matches(row, q, type.value, o, from.value, to.value);
      if (!row.hidden) shown += 1;
    }
    count.textContent = shown + " of " + rows.length + " events";
  }

  for (const input of [text, type, org, from, to]) {
    input.addEventListener("input", apply);
    input.addEventListener("change", apply);
  }
  field("filters").addEventListener("reset", () => window.setTimeout(apply, 0));

  function key(row, column, numeric) {
    const cell = row.cells[column];
    const value = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
    if (!numeric) return value;
    return value === "" ? Number.NEGATIVE_INFINITY : Number(value);
  }

  const headers = Array.from(table.tHead.rows[0].cells);
  headers.forEach((th, column) => {
    th.querySelector("button").addEventListener("click", () => {
      const numeric = th.dataset.sortType === "number";
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      headers.forEach((other) => other.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const sign = ascending ? 1 : -1;
      rows.sort((a, b) => {
        const ka = key(a, column, numeric), kb = key(b, column, numeric);
        return sign * (ka < kb ? -1 : ka > kb ? 1 : 0) || a.id.localeCompare(b.id);
      });
      body.append(...rows);
    });
  });
  apply();
})();
