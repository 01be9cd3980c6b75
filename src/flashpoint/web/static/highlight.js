// A report's text with the evidence of its events marked. The text is cut at every span
// boundary; each piece is a text node, marked when some event's evidence covers it, and a
// small badge after each span links to its event. Overlapping spans therefore stay exact.

import { el } from "./dom.js";
import { typeColor } from "./colors.js";

function validSpans(text, events) {
  return events.filter((e) => {
    const ev = e.evidence || {};
    return Number.isInteger(ev.start) && Number.isInteger(ev.end) && ev.start >= 0 && ev.start < ev.end &&
      ev.end <= text.length;
  });
}

export function highlighted(text, events, linkFor) {
  const spans = validSpans(text, events);
  const cuts = new Set([0, text.length]);
  for (const e of spans) {
    cuts.add(e.evidence.start);
    cuts.add(e.evidence.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const body = el("div", { class: "report-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const covering = spans.filter((e) => e.evidence.start <= a && e.evidence.end >= b);
    if (!covering.length) {
      body.append(document.createTextNode(piece));
    } else {
      const mark = el("mark", { class: "hl", "data-events": covering.map((e) => e.id).join(" "),
        title: covering.map((e) => `${e.type} (${e.status})`).join(", "), text: piece });
      mark.style.borderBottomColor = typeColor(covering[0].type);
      body.append(mark);
    }
    for (const e of spans.filter((s) => s.evidence.end === b)) body.append(linkFor(e));
  }
  return body;
}

export function badge(e, attrs) {
  const link = el(attrs.href ? "a" : "button", { class: "evlink", "data-event": e.id, type: attrs.href ? null : "button",
    ...attrs, text: e.type });
  link.style.backgroundColor = typeColor(e.type);
  return link;
}
