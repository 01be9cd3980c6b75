// The world map: country outlines and event points in an equirectangular SVG.
// One SVG unit is one degree (x = lon + 180, y = 90 - lat); zooming changes the viewBox.

import { clear, el, plural, svg, swatch } from "./dom.js";
import { TYPES, typeColor } from "./colors.js";

const FULL = { x: 0, y: 0, w: 360, h: 180 };
const LABEL_ZOOM = 3; // from this zoom on, points carry the name of their place
const LABEL_PX = 12; // label size on the screen, whatever the zoom

// A point's radius in screen pixels per pixel-degree at world zoom: 0.8 for the smallest, 5 for the largest.
function radius(value, top) {
  return 0.8 + 4.2 * Math.sqrt(value / top);
}

// "Jermuk: ASSAULT, 2 events, 2 reports, 22 killed"
export function pointTitle(p) {
  const others = p.more_places ? " and other places" : "";
  const where = p.place ? `${p.place}${others}` : `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`;
  const toll = p.fatalities === null ? "no stated toll" : `${p.fatalities} killed`;
  return `${where}: ${p.type}, ${plural(p.events, "event")}, ${plural(p.reports, "report")}, ${toll}`;
}

function project(lon, lat) {
  return [lon + 180, 90 - lat];
}

function ringPath(ring) {
  return ring.map(([lon, lat], i) => {
    const [x, y] = project(lon, lat);
    return `${i ? "L" : "M"}${x.toFixed(1)} ${y.toFixed(1)}`;
  }).join("") + "Z";
}

export class WorldMap {
  constructor(root, onPick, onView) {
    this.onPick = onPick;
    this.onView = onView;
    this.settle = null;
    this.view = { ...FULL };
    this.svg = svg("svg", { class: "map", role: "img", "aria-label": "world map of events" });
    this.land = svg("g", { class: "land" });
    this.dots = svg("g", { class: "points" });
    this.labels = svg("g", { class: "place-labels" });
    this.svg.append(svg("rect", { class: "sea", x: -360, y: -180, width: 1080, height: 540 }), this.land, this.dots,
      this.labels);
    this.legend = el("div", { class: "legend", id: "map-legend" });
    root.append(this.svg, this.legend);
    this.points = [];
    this.sizeBy = "reports";
    this.applyView();
    this.enableZoom();
  }

  setWorld(geojson) {
    clear(this.land);
    for (const feature of geojson.features || []) {
      const polygons = feature.geometry.coordinates;
      const d = polygons.flatMap((rings) => rings.map(ringPath)).join("");
      const path = svg("path", { d, class: "country", "data-iso": feature.id || "" });
      path.append(svg("title", { text: feature.properties.name || feature.id || "" }));
      this.land.append(path);
    }
  }

  setPoints(points, sizeBy) {
    this.points = points;
    this.sizeBy = sizeBy || this.sizeBy;
    this.draw();
  }

  value(p) {
    return this.sizeBy === "fatalities" ? p.fatalities || 0 : p.reports;
  }

  // Screen pixels per SVG unit (degree) in the current view; the picture keeps its aspect ratio.
  pixelsPerUnit() {
    const box = this.svg.getBoundingClientRect();
    return Math.min(box.width / this.view.w, box.height / this.view.h) || 1;
  }

  draw() {
    clear(this.dots);
    const top = Math.max(1, ...this.points.map((p) => this.value(p)));
    const zoom = FULL.w / this.view.w;
    // Largest first, so small points stay visible and clickable on top.
    const ordered = [...this.points].sort((a, b) => this.value(b) - this.value(a));
    for (const p of ordered) {
      const [cx, cy] = project(p.lon, p.lat);
      // Sized in screen terms: a point keeps its size on the screen whatever the zoom.
      const r = radius(this.value(p), top) / zoom;
      const dot = svg("circle", {
        class: "point", cx: cx.toFixed(3), cy: cy.toFixed(3), r: r.toFixed(3),
        fill: typeColor(p.type), "data-type": p.type, "data-bbox": p.bbox.join(","), tabindex: 0,
      });
      dot.append(svg("title", { text: pointTitle(p) }));
      dot.addEventListener("click", () => this.onPick(p));
      dot.addEventListener("keydown", (ev) => { if (ev.key === "Enter") this.onPick(p); });
      this.dots.append(dot);
    }
    this.drawLabels(ordered, top, zoom);
    this.drawLegend(top, zoom);
  }

  // Zoomed in, each place is named once, beside its largest point; a label that would cover
  // another is left out rather than drawn unreadable.
  drawLabels(ordered, top, zoom) {
    clear(this.labels);
    if (zoom < LABEL_ZOOM) return;
    const unit = this.pixelsPerUnit();
    const size = LABEL_PX / unit;
    const placed = [];
    const named = new Set();
    for (const p of ordered) {
      if (!p.place || named.has(p.place)) continue;
      const [cx, cy] = project(p.lon, p.lat);
      const x = cx + radius(this.value(p), top) / zoom + size * 0.3;
      const box = { x0: x, x1: x + p.place.length * size * 0.6, y0: cy - size * 0.6, y1: cy + size * 0.6 };
      if (placed.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
      placed.push(box);
      named.add(p.place);
      this.labels.append(svg("text", { class: "place-label", x: x.toFixed(3), y: cy.toFixed(3), "font-size": size.toFixed(3),
        "stroke-width": (size / 4).toFixed(3), "dominant-baseline": "middle", text: p.place }));
    }
  }

  // What colours and sizes mean: the types on the map, and three sizes with the value each stands for.
  drawLegend(top, zoom) {
    const shown = TYPES.filter((t) => this.points.some((p) => p.type === t));
    if (!shown.length) {
      clear(this.legend);
      return;
    }
    const unit = this.pixelsPerUnit() / zoom; // screen pixels per unit of radius()
    const values = [...new Set([1, Math.round(top / 4), top])].filter((v) => v >= 1 && v <= top);
    const what = this.sizeBy === "fatalities" ? "killed" : "reports";
    const sizes = values.map((v) => {
      const r = Math.max(1.5, radius(v, top) * unit);
      const circle = svg("svg", { class: "size-key", width: Math.ceil(2 * r + 2), height: Math.ceil(2 * r + 2) },
        svg("circle", { cx: r + 1, cy: r + 1, r: r.toFixed(1) }));
      return el("span", { class: "key" }, circle, String(v));
    });
    clear(this.legend).append(
      el("span", { class: "legend-title", text: "Colour: event type" }),
      ...shown.map((t) => swatch(typeColor(t), t)),
      el("span", { class: "legend-title", text: `Size: ${what}` }),
      ...sizes,
    );
  }

  applyView() {
    const v = this.view;
    this.svg.setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
  }

  zoomAt(factor, fx, fy) {
    const v = this.view;
    const w = Math.min(FULL.w, Math.max(2, v.w / factor));
    const h = w * (FULL.h / FULL.w);
    this.view = { x: fx - (fx - v.x) * (w / v.w), y: fy - (fy - v.y) * (h / v.h), w, h };
    if (w === FULL.w) this.view = { ...FULL };
    this.applyView();
    this.draw();
    this.viewChanged();
  }

  reset() {
    this.view = { ...FULL };
    this.applyView();
    this.draw();
    this.viewChanged();
  }

  // Tell the page once the user stops zooming or panning, so it can fetch finer points.
  viewChanged() {
    clearTimeout(this.settle);
    this.settle = setTimeout(() => this.onView(), 250);
  }

  zoom() {
    return FULL.w / this.view.w;
  }

  // The visible area as min lon, min lat, max lon, max lat, clipped to the world.
  bounds() {
    const v = this.view;
    const clip = (value, lo, hi) => Math.min(hi, Math.max(lo, value));
    return [clip(v.x - 180, -180, 180), clip(90 - (v.y + v.h), -90, 90), clip(v.x + v.w - 180, -180, 180),
      clip(90 - v.y, -90, 90)].map((n) => Number(n.toFixed(3)));
  }

  toMap(ev) {
    const box = this.svg.getBoundingClientRect();
    const v = this.view;
    return [v.x + ((ev.clientX - box.left) / box.width) * v.w, v.y + ((ev.clientY - box.top) / box.height) * v.h];
  }

  enableZoom() {
    this.svg.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      const [fx, fy] = this.toMap(ev);
      this.zoomAt(ev.deltaY < 0 ? 1.5 : 1 / 1.5, fx, fy);
    }, { passive: false });
    let drag = null;
    this.svg.addEventListener("pointerdown", (ev) => {
      if (ev.target.classList.contains("point")) return;
      drag = { x: ev.clientX, y: ev.clientY, view: { ...this.view } };
    });
    window.addEventListener("pointerup", () => {
      if (drag && (drag.view.x !== this.view.x || drag.view.y !== this.view.y)) this.viewChanged();
      drag = null;
    });
    this.svg.addEventListener("pointermove", (ev) => {
      if (!drag) return;
      const box = this.svg.getBoundingClientRect();
      const dx = ((ev.clientX - drag.x) / box.width) * drag.view.w;
      const dy = ((ev.clientY - drag.y) / box.height) * drag.view.h;
      this.view = { ...drag.view, x: drag.view.x - dx, y: drag.view.y - dy };
      this.applyView();
    });
  }
}
