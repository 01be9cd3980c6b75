// The timeline: stacked daily bars by type, fatalities as dots, and a brush that selects days.
// The picture is drawn at the width it is shown at, so its labels keep their size on a phone.

import { clear, el, swatch, svg } from "./dom.js";
import { TYPES, typeColor } from "./colors.js";

const H = 170;
const PAD = { left: 36, right: 36, top: 10, bottom: 24 };
const DAY_MS = 86400000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LABEL_GAP = 64; // screen pixels a date label needs

function dayNumber(iso) {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function isoDay(n) {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

// The first or last day a filter bound stands for: "2023" starts on 1 January and ends on 31 December.
export function boundDay(value, end) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value || "");
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (day) return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
  if (month) return Math.round(Date.UTC(year, end ? month : month - 1, end ? 0 : 1) / DAY_MS);
  return Math.round(Date.UTC(end ? year + 1 : year, 0, end ? 0 : 1) / DAY_MS);
}

// Long ranges are drawn by week so that bars stay wider than a pixel. The range is the days asked
// for (`span`, from the filter) where given, else the days with events.
function binned(days, span) {
  const first = span.first ?? Math.min(...days.map((d) => dayNumber(d.day)));
  const last = span.last ?? Math.max(...days.map((d) => dayNumber(d.day)));
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

// Tick units from finest to coarsest: each gives the tick days from `first` to `last` and their labels.
const UNITS = [
  { days: 1, starts: (d) => true, label: dayLabel },
  { days: 7, starts: (d) => new Date(d * DAY_MS).getUTCDay() === 1, label: dayLabel }, // Mondays
  { days: 30, starts: (d) => new Date(d * DAY_MS).getUTCDate() === 1, label: monthLabel },
  { days: 91, starts: (d) => new Date(d * DAY_MS).getUTCDate() === 1 && new Date(d * DAY_MS).getUTCMonth() % 3 === 0,
    label: monthLabel },
  { days: 365, starts: (d) => isoDay(d).endsWith("-01-01"), label: (d) => isoDay(d).slice(0, 4) },
];

// "12 Sep", with the year on the first tick and where the year changes.
function dayLabel(d, withYear) {
  const t = new Date(d * DAY_MS);
  return `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]}${withYear ? ` ${t.getUTCFullYear()}` : ""}`;
}

// "Sep", with the year on the first tick and in January.
function monthLabel(d, withYear) {
  const t = new Date(d * DAY_MS);
  return `${MONTHS[t.getUTCMonth()]}${withYear || t.getUTCMonth() === 0 ? ` ${t.getUTCFullYear()}` : ""}`;
}

// The finest unit whose ticks stand far enough apart to be read; the days it marks and their labels.
export function ticks(first, last, pixelsPerDay) {
  const unit = UNITS.find((u) => u.days * pixelsPerDay >= LABEL_GAP) || UNITS[UNITS.length - 1];
  let marks = [];
  for (let d = first; d <= last; d++) if (unit.starts(d)) marks.push(d);
  if (marks.length > 1 && unit === UNITS[UNITS.length - 1]) {
    const every = Math.ceil(LABEL_GAP / (365 * pixelsPerDay));
    marks = marks.filter((d) => Number(isoDay(d).slice(0, 4)) % every === 0);
  }
  if (!marks.length) marks = [first];
  let year = null;
  return marks.map((d) => {
    const y = isoDay(d).slice(0, 4);
    const label = unit.label(d, y !== year);
    year = y;
    return { day: d, label };
  });
}

export class Timeline {
  constructor(root, onBrush) {
    this.onBrush = onBrush;
    this.root = root;
    this.svg = svg("svg", { class: "timeline", role: "img", "aria-label": "daily events by type" });
    this.legend = el("div", { class: "legend", id: "timeline-legend" });
    root.append(this.svg, this.legend);
    this.scale = null;
    this.days = null;
    this.enableBrush();
    // Redraw at the new width when the page is resized (a phone turned sideways).
    let pending = null;
    new ResizeObserver(() => {
      clearTimeout(pending);
      pending = setTimeout(() => { if (this.days && this.root.clientWidth !== this.width) this.setDays(this.days, this.brush, this.span); }, 100);
    }).observe(root);
  }

  // `span`: {first, last} day numbers the axis must cover (either may be null: the data decides).
  setDays(days, brush, span = {}) {
    clear(this.svg);
    this.days = days;
    this.brush = brush;
    this.span = span;
    this.width = this.root.clientWidth || 1000;
    const W = this.width;
    this.svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    this.scale = null;
    if (!days.length) {
      clear(this.legend);
      this.svg.append(svg("text", { x: W / 2, y: H / 2, class: "empty", "text-anchor": "middle",
        text: "No events dated to a single day for this filter" }));
      return;
    }
    const data = binned(days, span);
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const barW = plotW / data.count;
    const top = Math.max(1, ...data.bins.map((b) => b.events));
    const topDead = Math.max(0, ...data.bins.map((b) => b.fatalities));
    this.scale = { ...data, barW };
    for (const bin of data.bins) this.drawBar(bin, barW, plotH, top);
    this.drawFatalities(data, barW, plotH, topDead);
    this.drawAxis(data, plotH, top, topDead);
    this.drawLegend(days, data.step, topDead > 0);
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

  xOfDay(d) {
    const s = this.scale;
    return PAD.left + ((d - s.first) / s.step) * s.barW;
  }

  drawAxis(data, plotH, top, topDead) {
    const y = PAD.top + plotH;
    const W = this.width;
    const last = data.first + data.count * data.step - 1;
    this.svg.append(
      svg("line", { class: "axis", x1: PAD.left, x2: W - PAD.right, y1: y, y2: y }),
      svg("text", { class: "tick", x: PAD.left - 4, y: PAD.top + 8, "text-anchor": "end", text: String(top) }),
    );
    if (topDead) this.svg.append(svg("text", { class: "tick dead", x: W - PAD.right + 4, y: PAD.top + 8, text: `${topDead}†` }));
    const perDay = this.scale.barW / data.step;
    for (const t of ticks(data.first, last, perDay)) {
      // A tick sits at the middle of its day, the way its bar does.
      const x = Math.min(W - PAD.right, this.xOfDay(t.day) + perDay / 2);
      const anchor = x < PAD.left + 20 ? "start" : x > W - PAD.right - 20 ? "end" : "middle";
      this.svg.append(
        svg("line", { class: "axis", x1: x.toFixed(1), x2: x.toFixed(1), y1: y, y2: y + 4 }),
        svg("text", { class: "tick date", x: x.toFixed(1), y: H - 6, "text-anchor": anchor, text: t.label }),
      );
    }
  }

  drawLegend(days, step, withDead) {
    const shown = TYPES.filter((t) => days.some((d) => d.type === t));
    const dot = el("span", { class: "key" }, el("span", { class: "swatch dot" }), "fatalities (right scale, †)");
    clear(this.legend).append(
      el("span", { class: "legend-title", text: `Bars: events per ${step === 7 ? "week" : "day"} by type` }),
      ...shown.map((t) => swatch(typeColor(t), t)),
      withDead ? dot : null,
    );
  }

  dayAt(x) {
    const s = this.scale;
    const index = Math.min(s.count - 1, Math.max(0, Math.floor((x - PAD.left) / s.barW)));
    return s.first + index * s.step;
  }

  showBrush(d0, d1) {
    const s = this.scale;
    const x0 = this.xOfDay(Math.min(d0, d1));
    const x1 = PAD.left + ((Math.max(d0, d1) - s.first) / s.step + 1) * s.barW;
    this.brushRect.setAttribute("x", x0.toFixed(1));
    this.brushRect.setAttribute("width", Math.max(1, x1 - x0).toFixed(1));
  }

  toX(ev) {
    const box = this.svg.getBoundingClientRect();
    return ((ev.clientX - box.left) / box.width) * this.width;
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
