// The detail views: event, report, reports list, actor matrix, paste box, and the event table.

import { clear, el, externalLink, hashLink, plural } from "./dom.js";
import { getJSON, postJSON } from "./api.js";
import { typeColor } from "./colors.js";
import { badge, highlighted } from "./highlight.js";

function actorText(list) {
  if (!list || !list.length) return "—";
  return list.map((a) => [a.name || a.text, a.country ? `(${a.country})` : "", a.sector || ""].join(" ").trim())
    .join("; ");
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

// On a phone the rows become cards (style.css): `data-label` names a cell there.
export function eventRows(items) {
  return items.map((e) => el("tr", { "data-event": e.id },
    el("td", {}, dateText(e.date)),
    el("td", {}, typeChip(e.type)),
    el("td", { class: `status s-${e.status}`, text: e.status }),
    el("td", { class: "wide", "data-label": "Source" }, actorText(e.source)),
    el("td", { class: "wide", "data-label": "Target" }, actorText(e.target)),
    el("td", { class: "wide", "data-label": "Place" }, placeText(e.location)),
    el("td", { class: "num wide", "data-label": "Killed", text: e.fatalities ?? "" }),
    el("td", { class: "evidence wide" }, hashLink("event", e.id, e.evidence.text)),
    el("td", { class: "wide", "data-label": "Report" },
      hashLink("report", e.article, (e.report && (e.report.source || e.report.title)) || e.article)),
  ));
}

function acledText(acled) {
  if (!acled) return "none: not an act ACLED codes";
  return [acled.event_type, acled.sub_event_type].filter(Boolean).join(" / ");
}

function fieldList(e) {
  const rows = [
    ["Type", e.type + (e.mode ? ` / ${e.mode}` : "")], ["Status", e.status], ["Date", dateText(e.date)],
    ["Date as written", e.date && e.date.text], ["Place", placeText(e.location)],
    ["Source", actorText(e.source)], ["Target", actorText(e.target)],
    ["Fatalities", e.fatalities], ["Injured", e.injured], ["Claimed by", e.claimed_by && actorText([e.claimed_by])],
    ["Confidence", e.confidence], ["CAMEO", e.cameo], ["ACLED", acledText(e.acled)],
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

// A missing event or report says so in its panel instead of leaving it blank.
async function orUnknown(root, what, id, load) {
  clear(root).append(el("p", { class: "meta", text: "Loading…" }));
  try {
    return await load();
  } catch (err) {
    if (err.status !== 404) throw err;
    clear(root).append(el("h2", { text: `Unknown ${what}` }),
      el("p", { class: "unknown", text: `There is no ${what} “${id}” in this database.` }),
      el("p", {}, el("a", { href: "#/reports", text: "List the reports" })));
    return null;
  }
}

// The other reports of the same act: the event's cluster, found by `flashpoint dedup`.
async function clusterSection(e) {
  const box = el("section", { class: "cluster" }, el("h3", { text: "The same act in other reports" }));
  if (!e.cluster) {
    box.append(el("p", { class: "meta", text: "Not compared with other reports yet (run flashpoint dedup)." }));
    return box;
  }
  const c = await getJSON(`clusters/${encodeURIComponent(e.cluster)}`);
  const others = (c.events || []).filter((m) => m.event !== e.id);
  const claims = c.fatalities ? `; fatalities stated: ${c.fatalities.min === c.fatalities.max ? c.fatalities.min
    : `${c.fatalities.min}–${c.fatalities.max}`}` : "";
  box.append(el("p", { class: "meta", text: `Told by ${plural(c.reports, "report")} from ${plural(c.sources, "source")}${claims}.` }));
  if (!others.length) {
    box.append(el("p", { class: "meta", text: "No other report in this database tells it." }));
    return box;
  }
  box.append(el("ul", { class: "mentions" }, others.map((m) => el("li", { "data-event": m.event },
    el("span", { class: "meta", text: `${m.published || "undated"} · ${m.source || m.article} · ` }),
    hashLink("event", m.event, m.evidence), " ", hashLink("report", m.article, "report", "report-link")))));
  return box;
}

export async function showEvent(root, id) {
  const e = await orUnknown(root, "event", id, () => getJSON(`events/${encodeURIComponent(id)}`));
  if (!e) return;
  const r = e.report || {};
  clear(root).append(
    el("h2", { text: "Event" }),
    eventCard(e),
    el("p", {}, "From ", hashLink("report", e.article, r.title || e.article, "report-link"),
      r.source ? ` (${r.source}, ${r.published || "undated"}) ` : " ", r.url ? externalLink(r.url, "original") : ""),
    await clusterSection(e),
  );
}

export async function showReport(root, id) {
  const r = await orUnknown(root, "report", id, () => getJSON(`reports/${encodeURIComponent(id)}`));
  if (!r) return;
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

function actorItem(a) {
  const codes = [a.org, a.country, a.sector].filter(Boolean).join(" ");
  return el("li", {}, el("strong", { text: a.label }), ` ${codes ? `(${codes})` : ""} — ${plural(a.events, "event")}`,
    a.text && a.text !== a.label ? el("span", { class: "meta", text: ` · “${a.text}”` }) : "");
}

export async function showActors(root, params) {
  const [m, top, phrases] = await Promise.all([getJSON("actors/matrix", params), getJSON("actors", { ...params, limit: 20 }),
    getJSON("actors/phrases", { ...params, limit: 20 })]);
  const peak = Math.max(1, ...m.counts.flat());
  const cell = (n, src, tgt) => {
    const td = el("td", { class: "cell num", title: `${src} → ${tgt}: ${n} events`, text: n || "" });
    if (n) td.style.backgroundColor = `rgba(198, 40, 40, ${(0.15 + 0.85 * (n / peak)).toFixed(2)})`;
    return td;
  };
  const matrix = m.countries.length
    ? el("div", { class: "scroll" }, el("table", { class: "matrix" },
      el("thead", {}, el("tr", {}, el("th", { text: "source ↓ / target →" }), m.countries.map((c) => el("th", { text: c })))),
      el("tbody", {}, m.countries.map((src, i) => el("tr", {}, el("th", { text: src }),
        m.counts[i].map((n, j) => cell(n, src, m.countries[j])))))))
    : el("p", { class: "empty", text: "No events with both a source and a target country for this filter." });
  clear(root).append(
    el("h2", { text: "Who acts on whom" }),
    el("p", { class: "meta", text: "Events from source country (rows) to target country (columns), current filter." }),
    matrix,
    el("h3", { text: "Most active actors" }),
    el("p", { class: "meta", text: "Identified actors: a country with its sector, an organisation or a named group." }),
    top.items.length ? el("ol", { class: "actors", id: "actors-resolved" }, top.items.map(actorItem))
      : el("p", { class: "empty", text: "No identified actor for this filter." }),
    el("h3", { text: "Not identified" }),
    el("p", { class: "meta", text: "Phrases the reports used for actors flashpoint could not tie to a country, organisation or group." }),
    phrases.items.length ? el("ol", { class: "actors", id: "actors-unresolved" }, phrases.items.map((p) => el("li", {},
      `“${p.text}”`, el("span", { class: "meta", text: ` ${p.sector ? `(${p.sector}) ` : ""}— ${plural(p.events, "event")}` }))))
      : el("p", { class: "empty", text: "None for this filter." }),
  );
}

export function pasteBox(root) {
  const text = el("textarea", { id: "paste-text", rows: 10, placeholder: "Paste a news report here" });
  const date = el("input", { id: "paste-date", type: "date", "aria-describedby": "paste-date-help" });
  const out = el("div", { id: "paste-out" });
  const run = async () => {
    if (!text.value.trim()) {
      clear(out).append(el("p", { class: "error", text: "Paste the text of a news report first." }));
      return;
    }
    clear(out).append(el("p", { class: "meta", text: "Extracting…" }));
    try {
      const res = await postJSON("extract", { text: text.value, published: date.value || null });
      const notes = (res.warnings || []).map((w) => el("p", { class: "warning", text: `Note: ${w}.` }));
      if (res.skipped) {
        clear(out).append(el("p", { class: "error", id: "paste-skipped", text: `Not coded: ${res.skipped}.` }), ...notes);
        return;
      }
      const cards = el("div", { id: "paste-events" }, res.events.map(eventCard));
      const pick = (e) => badge(e, { onclick: () => cards.querySelector(`[data-event="${e.id}"]`)?.scrollIntoView() });
      const found = res.count ? plural(res.count, "event")
        : "0 events: no act of the kinds flashpoint codes was found in this text";
      clear(out).append(el("p", { class: "meta", id: "paste-count", text: found }), ...notes,
        highlighted(text.value, res.events, pick), cards);
    } catch (err) {
      clear(out).append(el("p", { class: "error", text: err.message }));
    }
  };
  clear(root).append(
    el("h2", { text: "Paste a report" }),
    el("p", { class: "meta", text: "Nothing is stored: the text goes to /api/extract and its events show here." }),
    text,
    el("div", { class: "paste-controls" },
      el("label", {}, "Published on ", date),
      el("button", { id: "paste-run", type: "button", onclick: run }, "Extract events")),
    el("p", { class: "meta", id: "paste-date-help", text: "The report's publication date: relative dates (“on Tuesday”, "
      + "“last week”) are resolved against it. Without it they stay unresolved; nothing is guessed from today's date." }),
    out,
  );
}
