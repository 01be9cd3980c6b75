// The detail views: event, report, reports list, actor matrix, paste box, and the event table.

import { clear, el, externalLink, hashLink } from "./dom.js";
import { getJSON, postJSON } from "./api.js";
import { typeColor } from "./colors.js";
import { badge, highlighted } from "./highlight.js";

function actorText(list) {
  if (!list || !list.length) return "—";
  return list.map((a) => [a.name || a.text, a.country ? `(${a.country})` : "", a.sector || ""].join(" ").trim())
    .join("; ");
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function dateText(d) {
  if (!d) return "—";
  return d.start === d.end || !d.end ? d.start || "—" : `${d.start} – ${d.end}`;
}

function placeText(loc) {
  if (!loc) return "—";
  return [loc.name || loc.text, loc.country].filter(Boolean).join(", ");
}

function typeChip(type) {
  const chip = el("span", { class: "type", text: type });
  chip.style.backgroundColor = typeColor(type);
  return chip;
}

export function eventRows(items) {
  return items.map((e) => el("tr", { "data-event": e.id },
    el("td", {}, dateText(e.date)),
    el("td", {}, typeChip(e.type)),
    el("td", { class: `status s-${e.status}`, text: e.status }),
    el("td", {}, actorText(e.source)),
    el("td", {}, actorText(e.target)),
    el("td", {}, placeText(e.location)),
    el("td", { class: "num", text: e.fatalities ?? "" }),
    el("td", { class: "evidence" }, hashLink("event", e.id, e.evidence.text)),
    el("td", {}, hashLink("report", e.article, (e.report && (e.report.source || e.report.title)) || e.article)),
  ));
}

function fieldList(e) {
  const rows = [
    ["Type", e.type + (e.mode ? ` / ${e.mode}` : "")], ["Status", e.status], ["Date", dateText(e.date)],
    ["Date as written", e.date && e.date.text], ["Place", placeText(e.location)],
    ["Source", actorText(e.source)], ["Target", actorText(e.target)],
    ["Fatalities", e.fatalities], ["Injured", e.injured], ["Claimed by", e.claimed_by && actorText([e.claimed_by])],
    ["Confidence", e.confidence], ["CAMEO", e.cameo],
  ];
  return el("dl", { class: "fields" }, rows.filter(([, v]) => v !== null && v !== undefined && v !== "")
    .flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
}

export function eventCard(e) {
  return el("article", { class: "event", "data-event": e.id },
    el("h3", {}, typeChip(e.type), " ", el("span", { class: `status s-${e.status}`, text: e.status })),
    el("blockquote", { class: "evidence", text: e.evidence.text }),
    fieldList(e),
  );
}

export async function showEvent(root, id) {
  const e = await getJSON(`events/${encodeURIComponent(id)}`);
  const r = e.report || {};
  clear(root).append(
    el("h2", { text: "Event" }),
    eventCard(e),
    el("p", {}, "From ", hashLink("report", e.article, r.title || e.article, "report-link"),
      r.source ? ` (${r.source}, ${r.published || "undated"}) ` : " ", r.url ? externalLink(r.url, "original") : ""),
  );
}

export async function showReport(root, id) {
  const r = await getJSON(`reports/${encodeURIComponent(id)}`);
  const link = (e) => badge(e, { href: `#/event/${encodeURIComponent(e.id)}` });
  clear(root).append(
    el("h2", { class: "report-title", text: r.title || r.id }),
    el("p", { class: "meta" }, [r.source, r.published].filter(Boolean).join(" · "), " ",
      r.url ? externalLink(r.url) : ""),
    el("p", { class: "meta", text: `${plural(r.events.length, "event")}; marked sentences are their evidence.` }),
    highlighted(r.text, r.events, link),
    el("h3", { text: "Events" }),
    el("div", { class: "event-list" }, r.events.map((e) => el("div", {}, hashLink("event", e.id, "open"), " ",
      eventCard(e)))),
  );
}

export async function showReports(root) {
  const page = await getJSON("reports", { limit: 200 });
  clear(root).append(
    el("h2", { text: `Reports (${page.total})` }),
    el("table", { class: "grid" },
      el("thead", {}, el("tr", {}, ["Published", "Title", "Source", "Events"].map((h) => el("th", { text: h })))),
      el("tbody", {}, page.items.map((r) => el("tr", {},
        el("td", { text: r.published || "" }),
        el("td", {}, hashLink("report", r.id, r.title || r.id)),
        el("td", { text: r.source || "" }),
        el("td", { class: "num", text: r.events }))))),
  );
}

export async function showActors(root, params) {
  const [m, top] = await Promise.all([getJSON("actors/matrix", params), getJSON("actors", { limit: 20 })]);
  const peak = Math.max(1, ...m.counts.flat());
  const cell = (n, src, tgt) => {
    const td = el("td", { class: "cell num", title: `${src} → ${tgt}: ${n} events`, text: n || "" });
    if (n) td.style.backgroundColor = `rgba(198, 40, 40, ${(0.15 + 0.85 * (n / peak)).toFixed(2)})`;
    return td;
  };
  const matrix = m.countries.length
    ? el("table", { class: "matrix" },
      el("thead", {}, el("tr", {}, el("th", { text: "source ↓ / target →" }), m.countries.map((c) => el("th", { text: c })))),
      el("tbody", {}, m.countries.map((src, i) => el("tr", {}, el("th", { text: src }),
        m.counts[i].map((n, j) => cell(n, src, m.countries[j]))))))
    : el("p", { class: "empty", text: "No events with both a source and a target country for this filter." });
  clear(root).append(
    el("h2", { text: "Who acts on whom" }),
    el("p", { class: "meta", text: "Events from source country (rows) to target country (columns), current filter." }),
    matrix,
    el("h3", { text: "Most active actors" }),
    el("ol", { class: "actors" }, top.items.map((a) => el("li", {},
      `${a.name || a.org || a.text || "?"} ${a.country ? `(${a.country})` : ""} ${a.sector || ""} — ${plural(a.events, "event")}`))),
  );
}

export function pasteBox(root) {
  const text = el("textarea", { id: "paste-text", rows: 10, placeholder: "Paste a news report here" });
  const date = el("input", { id: "paste-date", type: "date", value: new Date().toISOString().slice(0, 10) });
  const out = el("div", { id: "paste-out" });
  const run = async () => {
    clear(out).append(el("p", { class: "meta", text: "Extracting…" }));
    try {
      const res = await postJSON("extract", { text: text.value, published: date.value || null });
      const cards = el("div", { id: "paste-events" }, res.events.map(eventCard));
      const pick = (e) => badge(e, { onclick: () => cards.querySelector(`[data-event="${e.id}"]`)?.scrollIntoView() });
      clear(out).append(el("p", { class: "meta", text: plural(res.count, "event") }), highlighted(text.value, res.events, pick),
        cards);
    } catch (err) {
      clear(out).append(el("p", { class: "error", text: err.message }));
    }
  };
  clear(root).append(
    el("h2", { text: "Paste a report" }),
    el("p", { class: "meta", text: "Nothing is stored: the text goes to /api/extract and its events show here." }),
    text, el("label", {}, "Published ", date), " ", el("button", { id: "paste-run", type: "button", onclick: run },
      "Extract events"),
    out,
  );
}
