// The world map: country outlines and event points in an equirectangular SVG.
// One SVG unit is one degree (x = lon + 180, y = 90 - lat); zooming changes the viewBox.

import { clear, svg } from "./dom.js";
import { typeColor } from "./colors.js";

const FULL = { x: 0, y: 0, w: 360, h: 180 };

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
    this.svg.append(svg("rect", { class: "sea", x: -360, y: -180, width: 1080, height: 540 }), this.land, this.dots);
    root.append(this.svg);
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

  draw() {
    clear(this.dots);
    const value = (p) => (this.sizeBy === "fatalities" ? p.fatalities || 0 : p.reports);
    const top = Math.max(1, ...this.points.map(value));
    const zoom = FULL.w / this.view.w;
    // Largest first, so small points stay visible and clickable on top.
    const ordered = [...this.points].sort((a, b) => value(b) - value(a));
    for (const p of ordered) {
      const [cx, cy] = project(p.lon, p.lat);
      // Sized in screen terms: a point keeps its size on the screen whatever the zoom.
      const r = (0.8 + 4.2 * Math.sqrt(value(p) / top)) / zoom;
      const dot = svg("circle", {
        class: "point", cx: cx.toFixed(3), cy: cy.toFixed(3), r: r.toFixed(3),
        fill: typeColor(p.type), "data-type": p.type, "data-bbox": p.bbox.join(","), tabindex: 0,
      });
      const toll = p.fatalities === null ? "no stated toll" : `${p.fatalities} killed`;
      dot.append(svg("title", { text: `${p.type}: ${p.events} events, ${p.reports} reports, ${toll}` }));
      dot.addEventListener("click", () => this.onPick(p));
      dot.addEventListener("keydown", (ev) => { if (ev.key === "Enter") this.onPick(p); });
      this.dots.append(dot);
    }
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
