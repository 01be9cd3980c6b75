// One colour per PLOVER type, grouped by family: violence in reds, pressure in oranges,
// protest in purple, verbal conflict in browns, cooperation in greens and blues.
export const TYPE_COLORS = {
  ASSAULT: "#c62828", COERCE: "#ef6c00", MOBILIZE: "#f9a825", SANCTION: "#8d6e63",
  THREATEN: "#d84315", PROTEST: "#7b1fa2", REJECT: "#6d4c41", ACCUSE: "#a1887f",
  REQUEST: "#0097a7", RETREAT: "#90a4ae", AID: "#2e7d32", COOPERATE: "#43a047",
  CONCEDE: "#9ccc65", SUPPORT: "#1e88e5", CONSULT: "#3949ab", AGREE: "#00897b",
};

export const TYPES = Object.keys(TYPE_COLORS);

export function typeColor(type) {
  return TYPE_COLORS[type] || "#757575";
}
