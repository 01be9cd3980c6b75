// Small DOM helpers. Text from reports only ever enters the page through textContent or
// attribute setters, never as markup: a report that contains <script> shows as text.

const SVG_NS = "http://www.w3.org/2000/svg";

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function el(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

export function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// Only web addresses become links: "javascript:" or "data:" URLs from a report stay plain text.
export function safeUrl(url) {
  if (typeof url !== "string") return null;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function externalLink(url, label) {
  const href = safeUrl(url);
  if (!href) return el("span", { class: "url", text: label || url || "" });
  return el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank", text: label || href });
}

export function hashLink(route, id, label, cls) {
  return el("a", { href: `#/${route}/${encodeURIComponent(id)}`, class: cls, text: label });
}

export function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// A legend entry: a colour swatch and its words.
export function swatch(color, label, cls) {
  const box = el("span", { class: `swatch ${cls || ""}`.trim() });
  box.style.backgroundColor = color;
  return el("span", { class: "key" }, box, label);
}
