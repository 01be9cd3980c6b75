// The API reference, built from /openapi.json without any third-party viewer.

import { clear, el } from "./dom.js";

function parameterRows(op) {
  return (op.parameters || []).map((p) => el("tr", {},
    el("td", {}, el("code", { text: p.name })),
    el("td", { text: p.in }),
    el("td", { text: (p.schema && (p.schema.type || (p.schema.anyOf || []).map((s) => s.type).join(" | "))) || "" }),
    el("td", { text: p.description || "" })));
}

function operation(path, method, op) {
  const params = parameterRows(op);
  return el("div", { class: "panel endpoint" },
    el("h3", {}, el("code", { text: `${method.toUpperCase()} ${path}` }), " ", op.summary || ""),
    op.description ? el("p", { class: "meta", text: op.description }) : null,
    op.requestBody ? el("p", { text: "Body: JSON (see the schema in /openapi.json)." }) : null,
    params.length ? el("table", { class: "grid" },
      el("thead", {}, el("tr", {}, ["Name", "In", "Type", "Meaning"].map((h) => el("th", { text: h })))),
      el("tbody", {}, params)) : null);
}

async function main() {
  const spec = await (await fetch("/openapi.json")).json();
  const root = clear(document.getElementById("endpoints"));
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) root.append(operation(path, method, op));
  }
}

main();
