// The dashboard: filters shared by every view, hash routing, and the map/timeline/table trio.

import { clear, el } from "./dom.js";
import { getJSON } from "./api.js";
import { TYPES } from "./colors.js";
import { WorldMap } from "./map.js";
import { Timeline, boundDay } from "./timeline.js";
import { eventRows, pasteBox, showActors, showEvent, showReport, showReports } from "./views.js";

const PAGE = 50;
const MAP_CELL = 1; // degrees per map bin: about one point per district at world scale
const FILTERS = ["country", "actor", "type", "status", "since", "until", "text"];
const state = { brush: null, bbox: null, offset: 0, sizeBy: "reports" };
const $ = (id) => document.getElementById(id);

function formFilters() {
  const f = {};
  for (const name of FILTERS) f[name] = $(`f-${name}`).value.trim();
  return f;
}

// What the map, table and actor view show: the form, narrowed by the brushed days and the picked cell.
function viewFilters() {
  const f = formFilters();
  if (state.brush) [f.since, f.until] = state.brush;
  if (state.bbox) f.bbox = state.bbox.join(",");
  return f;
}

function setStatus(message, isError) {
  const bar = $("status");
  bar.textContent = message || "";
  bar.className = isError ? "error" : "";
}

// The API names the filter it refuses first ("country 'Burkina' is not ..."): mark that field.
function markInvalid(message) {
  for (const name of FILTERS) {
    const invalid = message !== null && message.startsWith(`${name} `);
    $(`f-${name}`).toggleAttribute("aria-invalid", invalid);
  }
}

// Nothing stale stays on the page under an error: what failed to load is shown empty.
function showNothing() {
  clear($("rows"));
  $("page-info").textContent = "";
  $("map-info").textContent = "";
  map.setPoints([], state.sizeBy);
  if (location.hash.startsWith("#/actors")) clear($("view-actors"));
}

async function guarded(work) {
  try {
    setStatus("");
    await work();
  } catch (err) {
    setStatus(err.message, true);
  }
}

function showChips() {
  const chips = clear($("chips"));
  const chip = (label, clearIt) => chips.append(el("button", { class: "chip", type: "button", onclick: () => {
    clearIt();
    refreshDashboard();
  } }, `${label} ×`));
  if (state.brush) chip(`days ${state.brush[0]} – ${state.brush[1]}`, () => { state.brush = null; });
  if (state.bbox) chip(`area ${state.bbox.map((v) => v.toFixed(1)).join(", ")}`, () => { state.bbox = null; });
}

async function loadTable() {
  const page = await getJSON("events", { ...viewFilters(), limit: PAGE, offset: state.offset });
  clear($("rows")).append(...eventRows(page.items));
  const last = Math.min(page.total, state.offset + page.items.length);
  $("page-info").textContent = page.total ? `${state.offset + 1}–${last} of ${page.total} events` : "No events";
  $("prev").disabled = state.offset === 0;
  $("next").disabled = last >= page.total;
}

// Zoomed in, the map asks for the visible area only, in finer bins.
function mapFilters() {
  const f = viewFilters();
  const zoom = map.zoom();
  if (zoom <= 1) return { ...f, cell: MAP_CELL };
  if (!state.bbox) f.bbox = map.bounds().join(",");
  return { ...f, cell: Math.max(0.05, Number((MAP_CELL / zoom).toFixed(2))) };
}

async function loadMap(map) {
  const res = await getJSON("points", mapFilters());
  map.setPoints(res.points, state.sizeBy);
  $("map-info").textContent = `${res.points.length} points`;
}

async function loadTimeline(timeline) {
  const f = formFilters();
  const res = await getJSON("timeline", f);
  // The axis covers the days the filter asks for, not only those with events.
  timeline.setDays(res.days, state.brush, { first: boundDay(f.since, false), last: boundDay(f.until, true) });
}

let map, timeline;

async function refreshDashboard({ withTimeline = false } = {}) {
  state.offset = 0;
  showChips();
  markInvalid(null);
  try {
    setStatus("");
    await Promise.all([loadMap(map), loadTable(), withTimeline ? loadTimeline(timeline) : null]);
  } catch (err) {
    setStatus(err.message, true);
    markInvalid(err.message);
    showNothing();
    if (withTimeline) timeline.setDays([], null);
    return;
  }
  if (location.hash.startsWith("#/actors")) await guarded(() => showActors($("view-actors"), viewFilters()));
}

function buildFilterForm() {
  const type = $("f-type");
  type.append(el("option", { value: "", text: "all types" }), ...TYPES.map((t) => el("option", { value: t, text: t })));
  $("filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.brush = null;
    refreshDashboard({ withTimeline: true });
  });
  $("clear-filters").addEventListener("click", () => {
    $("filters").reset();
    state.brush = null;
    state.bbox = null;
    refreshDashboard({ withTimeline: true });
  });
  $("size-by").addEventListener("change", (ev) => {
    state.sizeBy = ev.target.value;
    map.setPoints(map.points, state.sizeBy);
  });
  $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); guarded(loadTable); });
  $("next").addEventListener("click", () => { state.offset += PAGE; guarded(loadTable); });
  $("zoom-reset").addEventListener("click", () => map.reset());
}

const ROUTES = {
  "": () => null,
  event: (id) => showEvent($("view-detail"), id),
  report: (id) => showReport($("view-detail"), id),
  reports: () => showReports($("view-detail")),
  actors: () => showActors($("view-actors"), viewFilters()),
  paste: () => pasteBox($("view-paste")),
};

function viewFor(route) {
  if (route === "actors") return "view-actors";
  if (route === "paste") return "view-paste";
  return route ? "view-detail" : "view-dashboard";
}

async function route() {
  // "#/report/ID": the id is everything after the second slash (encoded, but be lenient with raw slashes).
  const [, name = "", ...rest] = location.hash.split("/");
  let id = rest.join("/");
  try {
    id = decodeURIComponent(id);
  } catch {
    // a stray "%" in a typed address: look the id up as written
  }
  const key = name in ROUTES ? name : "";
  for (const section of document.querySelectorAll("main > section")) section.hidden = section.id !== viewFor(key);
  for (const link of document.querySelectorAll("nav a")) link.classList.toggle("active", link.dataset.route === key);
  document.body.dataset.view = key || "dashboard";
  await guarded(() => ROUTES[key](id));
}

async function start() {
  buildFilterForm();
  map = new WorldMap($("map"), (p) => {
    state.bbox = p.bbox;
    refreshDashboard();
  }, () => guarded(() => loadMap(map)));
  timeline = new Timeline($("timeline"), (days) => {
    state.brush = days;
    refreshDashboard();
  });
  window.addEventListener("hashchange", route);
  await route();
  // Outlines and data load side by side; the points are drawn above the outlines either way.
  await Promise.all([
    guarded(async () => map.setWorld(await getJSON("world"))),
    refreshDashboard({ withTimeline: true }),
  ]);
  document.body.dataset.ready = "1";
}

start();
