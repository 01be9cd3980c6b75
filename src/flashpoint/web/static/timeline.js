// The timeline: stacked daily bars by type, fatalities as dots, and a brush that selects days.

import { clear, svg } from "./dom.js";
import { TYPES, typeColor } from "./colors.js";

const W = 1000;
const H = 160;
const PAD = { left: 36, right: 36, top: 10, bottom: 22 };
const DAY_MS = 86400000;

function dayNumber(iso) {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function isoDay(n) {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

// Long ranges are drawn by week so that bars stay wider than a pixel.
function binned(days) {
  const first = Math.min(...days.map((d) => dayNumber(d.day)));
  const last = Math.max(...days.map((d) => dayNumber(d.day)));
  const step = last - first > 400 ? 7 : 1;
  const bins = new Map();
  for (const d of days) {
    const index = Math.floor((dayNumber(d.day) - first) / step);
    const bin = bins.get(index) || { index, byType: {}, events: 0, fatalities: 0 };
    bin.byType[d.type] = (bin.byType[d.type] || 0) + d.events;
    bin.events += d.events;
    bin.fatalities += d.fatalities || 0;
    bins.set(index, bin);
  }
  return { first, step, count: Math.floor((last - first) / step) + 1, bins: [...bins.values()] };
}

export class Timeline {
  constructor(root, onBrush) {
    this.onBrush = onBrush;
    this.svg = svg("svg", { class: "timeline", viewBox: `0 0 ${W} ${H}`, role: "img",
      "aria-label": "daily events by type" });
    root.append(this.svg);
    this.scale = null;
    this.enableBrush();
  }

  setDays(days, brush) {
    clear(this.svg);
    this.scale = null;
    if (!days.length) {
      this.svg.append(svg("text", { x: W / 2, y: H / 2, class: "empty", "text-anchor": "middle",
        text: "No events dated to a single day for this filter" }));
      return;
    }
    const data = binned(days);
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const barW = plotW / data.count;
    const top = Math.max(1, ...data.bins.map((b) => b.events));
    const topDead = Math.max(1, ...data.bins.map((b) => b.fatalities));
    this.scale = { ...data, barW };
    for (const bin of data.bins) this.drawBar(bin, barW, plotH, top);
    this.drawFatalities(data, barW, plotH, topDead);
    this.drawAxis(data, plotH, top, topDead);
    this.brushRect = svg("rect", { class: "brush", x: 0, y: PAD.top, width: 0, height: plotH });
    this.svg.append(this.brushRect);
    if (brush) this.showBrush(dayNumber(brush[0]), dayNumber(brush[1]));
  }

  drawBar(bin, barW, plotH, top) {
    let y = PAD.top + plotH;
    const x = PAD.left + bin.index * barW;
    for (const type of TYPES) {
      const n = bin.byType[type];
      if (!n) continue;
      const h = (n / top) * plotH;
      y -= h;
      const rect = svg("rect", { class: "bar", x: x.toFixed(2), y: y.toFixed(2), width: Math.max(0.6, barW * 0.9).toFixed(2),
        height: h.toFixed(2), fill: typeColor(type) });
      rect.append(svg("title", { text: `${isoDay(this.scale.first + bin.index * this.scale.step)}: ${n} ${type}` }));
      this.svg.append(rect);
    }
  }

  // Fatalities as dots on their own scale: a line joining far-apart days would invent a trend.
  drawFatalities(data, barW, plotH, topDead) {
    for (const b of data.bins.filter((bin) => bin.fatalities > 0)) {
      const cx = PAD.left + (b.index + 0.5) * barW;
      const cy = PAD.top + plotH - (b.fatalities / topDead) * plotH;
      const dot = svg("circle", { class: "fatality-dot", cx: cx.toFixed(1), cy: cy.toFixed(1), r: 2.5 });
      dot.append(svg("title", { text: `${isoDay(data.first + b.index * data.step)}: ${b.fatalities} killed` }));
      this.svg.append(dot);
    }
  }

  drawAxis(data, plotH, top, topDead) {
    const y = PAD.top + plotH;
    const last = data.first + (data.count - 1) * data.step;
    this.svg.append(
      svg("line", { class: "axis", x1: PAD.left, x2: W - PAD.right, y1: y, y2: y }),
      svg("text", { class: "tick", x: PAD.left, y: H - 6, text: isoDay(data.first) }),
      svg("text", { class: "tick", x: W - PAD.right, y: H - 6, "text-anchor": "end", text: isoDay(last) }),
      svg("text", { class: "tick", x: PAD.left - 4, y: PAD.top + 8, "text-anchor": "end", text: String(top) }),
      svg("text", { class: "tick dead", x: W - PAD.right + 4, y: PAD.top + 8, text: `${topDead}†` }),
    );
  }

  dayAt(x) {
    const s = this.scale;
    const index = Math.min(s.count - 1, Math.max(0, Math.floor((x - PAD.left) / s.barW)));
    return s.first + index * s.step;
  }

  showBrush(d0, d1) {
    const s = this.scale;
    const x0 = PAD.left + ((Math.min(d0, d1) - s.first) / s.step) * s.barW;
    const x1 = PAD.left + ((Math.max(d0, d1) - s.first) / s.step + 1) * s.barW;
    this.brushRect.setAttribute("x", x0.toFixed(1));
    this.brushRect.setAttribute("width", Math.max(1, x1 - x0).toFixed(1));
  }

  toX(ev) {
    const box = this.svg.getBoundingClientRect();
    return ((ev.clientX - box.left) / box.width) * W;
  }

  enableBrush() {
    let start = null;
    this.svg.addEventListener("pointerdown", (ev) => {
      if (!this.scale) return;
      start = this.dayAt(this.toX(ev));
      this.svg.setPointerCapture(ev.pointerId);
      this.showBrush(start, start);
    });
    this.svg.addEventListener("pointermove", (ev) => {
      if (start !== null) this.showBrush(start, this.dayAt(this.toX(ev)));
    });
    this.svg.addEventListener("pointerup", (ev) => {
      if (start === null) return;
      const end = this.dayAt(this.toX(ev));
      const [a, b] = [Math.min(start, end), Math.max(start, end) + this.scale.step - 1];
      start = null;
      this.onBrush([isoDay(a), isoDay(b)]);
    });
  }
}
