"""The brief's charts: matplotlib figures saved as SVG, to embed inline in the HTML page.

matplotlib is imported only here and only when a chart is drawn, so no other command pays for
it. Figures are made without pyplot (no global figure state), which keeps them safe to draw
from a server's threads. Each SVG gets its own id prefix, because several inline SVGs in one
page must not share the ids their clip paths point at.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from flashpoint.brief.model import Act, Brief
from flashpoint.model import EVENT_TYPES

WIDTH = 7.0  # inches: the text width of an A4 page with 15 mm margins
WEEKLY_AFTER = 92  # days; a longer period is drawn by week, or its bars would be hairlines
MAX_CLAIMANTS = 8  # the rest share one grey
_ID = re.compile(r'(\bid="|url\(#|href="#)')


@dataclass
class Chart:
    name: str
    title: str
    caption: str
    svg: str


def charts(brief: Brief) -> list[Chart]:
    """Every chart the brief has data for (an empty brief has none)."""
    made = [_events_per_day(brief), _tolls(brief), _map(brief)]
    return [c for c in made if c is not None]


def _mpl() -> Any:
    import matplotlib

    matplotlib.rcParams.update({
        "svg.fonttype": "none",  # text stays text: small, selectable, set in the page's font
        "svg.hashsalt": "flashpoint-brief",  # the same brief gives the same file
        "font.size": 8,
        "font.family": "sans-serif",
        "axes.spines.top": False,
        "axes.spines.right": False,
    })  # fmt: skip
    from matplotlib.figure import Figure

    return Figure


def _svg(fig: Any, name: str) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    text = buf.getvalue()
    text = text[text.index("<svg") :]  # no XML declaration or DOCTYPE inside HTML
    text = re.sub(r"<metadata>.*?</metadata>", "", text, flags=re.S)
    return _ID.sub(lambda m: f"{m.group(1)}{name}-", text)


def type_colors() -> dict[str, Any]:

    palette = _palette("tab20")
    # Shifted so that ASSAULT, the most frequent type in conflict data, gets the palette's red.
    return {t: palette[(i + 11) % len(palette)] for i, t in enumerate(EVENT_TYPES)}


def _palette(name: str) -> list[tuple[float, float, float, float]]:
    from matplotlib import colormaps

    cmap = colormaps[name]
    return [cmap(i) for i in range(cmap.N)]


def _day(value: str) -> date:
    return date.fromisoformat(value)


def _events_per_day(brief: Brief) -> Chart | None:
    dated = [a for a in brief.acts if a.precision == "day" and a.day_start]
    if not dated:
        return None
    Figure = _mpl()
    first = min(_day(a.day_start) for a in dated if a.day_start)
    last = max(_day(a.day_start) for a in dated if a.day_start)
    weekly = (last - first).days > WEEKLY_AFTER
    def bin_of(a: Act) -> date:
        d = _day(a.day_start or "")
        return d - timedelta(days=d.weekday()) if weekly else d

    counts = Counter((bin_of(a), a.type) for a in dated)
    bins = sorted({b for b, _ in counts})
    types = [t for t in EVENT_TYPES if any(t == tt for _, tt in counts)]
    colors = type_colors()
    from matplotlib.collections import PolyCollection
    from matplotlib.dates import date2num

    fig = Figure(figsize=(WIDTH, 2.4))
    ax = fig.add_subplot()
    width = 6 if weekly else 0.8
    bottom = dict.fromkeys(bins, 0)
    for t in types:
        # One collection of rectangles per type: a two-year brief draws fast and stays a small file.
        boxes = []
        for b in bins:
            n = counts.get((b, t), 0)
            if n:
                x0, y0 = date2num(b) - width / 2, bottom[b]
                boxes.append([(x0, y0), (x0, y0 + n), (x0 + width, y0 + n), (x0 + width, y0)])
                bottom[b] += n
        ax.add_collection(PolyCollection(boxes, facecolors=[colors[t]], edgecolors="none", label=t))
    ax.set_ylim(0, max(bottom.values()) * 1.05)
    _date_axis(ax, first, last)
    ax.set_xlim(first - timedelta(days=1), last + timedelta(days=1))
    ax.set_ylabel("acts per week" if weekly else "acts per day")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(ncols=min(len(types), 6), fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(0, -0.18))
    left = len(brief.acts) - len(dated)
    caption = (f"Acts that happened, by PLOVER type, on the first day of their dates"
               f"{', by week (Mondays)' if weekly else ''}.")  # fmt: skip
    if left:
        caption += f" {_acts(left)} not dated to a day {_are(left)} left out."
    return Chart("per-day", "Acts per day by category", caption, _svg(fig, "per-day"))


def _acts(n: int) -> str:
    return f"{n} act" if n == 1 else f"{n} acts"


def _are(n: int) -> str:
    return "is" if n == 1 else "are"


def _date_axis(ax: Any, first: date, last: date) -> None:
    """Whole days on the axis: a day's acts are not at a time of day."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, DateFormatter, DayLocator

    days = (last - first).days + 1
    if days <= 45:
        ax.xaxis.set_major_locator(DayLocator(interval=max(1, math.ceil(days / 10))))
        ax.xaxis.set_major_formatter(DateFormatter("%d %b\n%Y" if days <= 1 else "%d %b"))
    else:
        locator = AutoDateLocator(maxticks=10)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))


def _tolls(brief: Brief) -> Chart | None:
    """Each toll claim as a bar across the days of its act, coloured by claimant."""
    bars: dict[str, set[tuple[date, date, int]]] = {}
    for act in brief.acts:
        if not act.day_start:
            continue
        start = _day(act.day_start)
        end = _day(act.day_end or act.day_start) + timedelta(days=1)
        for claim in act.claims:
            if claim.value is not None:  # one bar per act, claimant and toll, however many reports repeat it
                bars.setdefault(claim.claimant, set()).add((start, end, claim.value))
    if not bars:
        return None
    Figure = _mpl()
    from matplotlib.collections import LineCollection
    from matplotlib.dates import date2num

    ranked = sorted(bars, key=lambda who: (-len(bars[who]), who))
    shown, rest = ranked[:MAX_CLAIMANTS], [b for who in ranked[MAX_CLAIMANTS:] for b in bars[who]]
    palette = _palette("tab10")
    fig = Figure(figsize=(WIDTH, 2.4))
    ax = fig.add_subplot()
    series = [(who, sorted(bars[who]), palette[i % len(palette)]) for i, who in enumerate(shown)]
    if rest:
        series.append(("other claimants", sorted(set(rest)), (0.6, 0.6, 0.6, 1.0)))
    everything = [b for _, bs, _ in series for b in bs]
    for who, bs, color in series:
        # One collection per claimant: thousands of claims stay one SVG element each, not one artist each.
        segments = [[(date2num(a), v), (date2num(b), v)] for a, b, v in bs]
        ax.add_collection(LineCollection(segments, colors=[color], linewidths=3, capstyle="butt", label=who))
    if len(everything) <= 40:  # few enough to label each toll
        for _, bs, _ in series:
            for value, end in {(v, b) for _, b, v in bs}:
                ax.annotate(str(value), (end, value), xytext=(3, 0), textcoords="offset points", va="center",
                            fontsize=7)  # fmt: skip
    first, last = min(a for a, _, _ in everything), max(b for _, b, _ in everything)
    _date_axis(ax, first, last)
    ax.set_xlim(first - timedelta(days=1), last + timedelta(days=1))
    ax.set_ylabel("killed, as claimed")
    ax.set_ylim(bottom=0, top=max(v for _, _, v in everything) * 1.15 + 1)
    ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(0, -0.18), ncols=3)
    caption = ("Every stated toll, as a bar over the days of the act it belongs to, coloured by who claims it; "
               "claims about what may be the same act overlap instead of adding up.")  # fmt: skip
    return Chart("tolls", "Fatalities by claimant", caption, _svg(fig, "tolls"))


def _map(brief: Brief) -> Chart | None:
    happened = [a for a in brief.acts if a.lat is not None and a.lon is not None]
    coming = [a for a in brief.coming if a.lat is not None and a.lon is not None]
    placed = happened + coming
    if not placed:
        return None
    Figure = _mpl()
    west, south, east, north = _extent(placed)
    fig = Figure(figsize=(WIDTH, 3.6))
    ax = fig.add_subplot()
    outlined = _outlines(ax, (west, south, east, north), set(brief.filters.get("country") or []))
    colors = type_colors()
    cell = (east - west) / 120  # acts closer than this share one point: the file stays small
    for acts, hollow in ((happened, False), (coming, True)):
        for t, points in _binned(acts, cell).items():
            # Three sizes only: points of one size share one SVG shape, so a busy map stays a small file.
            sizes = sorted({_size(n) for n in points.values()})
            label = f"{t} ({'coming' if hollow else 'happened'})"
            for size in sizes:
                xy = [xy for xy, n in points.items() if _size(n) == size]
                ax.scatter([x for x, _ in xy], [y for _, y in xy], s=size, zorder=3, linewidths=1.2,
                           facecolors="none" if hollow else colors[t], edgecolors=colors[t],
                           label=label if size == sizes[0] else None)  # fmt: skip
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / math.cos(math.radians((south + north) / 2)))
    ax.tick_params(labelsize=6)
    ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1))
    unplaced = len(brief.acts) + len(brief.coming) - len(placed)
    caption = "Acts with a stated place; filled: happened, hollow: coming; bigger: more reports."
    if unplaced:
        caption += f" {_acts(unplaced)} without a stated place {_are(unplaced)} not drawn."
    if not outlined:
        caption += " Country outlines need the countryinfo package."
    return Chart("map", "Map of the acts", caption, _svg(fig, "map"))


def _size(reports: int) -> int:
    return 16 if reports == 1 else 36 if reports < 5 else 72


def _binned(acts: list[Act], cell: float) -> dict[str, dict[tuple[float, float], int]]:
    """Reports per map cell and type, at the mean position of the cell's acts."""
    cells: dict[str, dict[tuple[int, int], list[tuple[float, float, int]]]] = {}
    for a in acts:
        if a.lon is None or a.lat is None:
            continue
        key = (math.floor(a.lon / cell), math.floor(a.lat / cell))
        cells.setdefault(a.type, {}).setdefault(key, []).append((a.lon, a.lat, len(a.articles)))
    out: dict[str, dict[tuple[float, float], int]] = {}
    for t in sorted(cells):
        out[t] = {}
        for group in cells[t].values():
            x, y = sum(g[0] for g in group) / len(group), sum(g[1] for g in group) / len(group)
            out[t][(x, y)] = sum(g[2] for g in group)
    return out


def _extent(acts: list[Act]) -> tuple[float, float, float, float]:
    lons = [a.lon for a in acts if a.lon is not None]
    lats = [a.lat for a in acts if a.lat is not None]
    span = max(max(lons) - min(lons), max(lats) - min(lats), 6.0)
    pad = span * 0.25
    cx, cy = (max(lons) + min(lons)) / 2, (max(lats) + min(lats)) / 2
    half = span / 2 + pad
    return max(cx - half, -180), max(cy - half * 0.7, -85), min(cx + half, 180), min(cy + half * 0.7, 85)


def _outlines(ax: Any, box: tuple[float, float, float, float], selected: set[str]) -> bool:
    """Draw the countries that reach into the box (the dashboard's outlines); False without them."""
    try:
        from flashpoint.web.world import simplify_ring, world
    except ImportError:
        return False
    import numpy as np
    from matplotlib.collections import PolyCollection
    from matplotlib.path import Path
    from matplotlib.transforms import Bbox

    west, south, east, north = box
    frame = Bbox([[west, south], [east, north]])
    rings, fills = [], []
    for feature in world()["features"]:
        for polygon in feature["geometry"]["coordinates"]:
            outer = polygon[0]
            xs, ys = [p[0] for p in outer], [p[1] for p in outer]
            if max(xs) < west or min(xs) > east or max(ys) < south or min(ys) > north:
                continue
            if max(max(xs) - min(xs), max(ys) - min(ys)) < (east - west) / 150:
                continue  # an island smaller than a point on this map
            # Whole degrees are enough on a continent-wide map; cut to the frame: the file keeps only
            # what is seen, and nothing reaches past the page.
            coarse = simplify_ring(outer, decimals=0) if east - west > 40 else outer
            if not coarse:
                continue
            clipped = np.asarray(Path(coarse).clip_to_bbox(frame, inside=True).vertices)
            if len(clipped) < 3:
                continue
            rings.append(clipped)
            fills.append("#e4e9f0" if feature["id"] in selected else "#f4f4f2")
            names = (feature["properties"].get("name"), feature["id"])
            _label(ax, box, outer, names[1])
    if not rings:
        return False
    ax.add_collection(PolyCollection(rings, facecolors=fills, edgecolors="#9aa3ad", linewidths=0.5, zorder=1))
    return True


def _label(ax: Any, box: tuple[float, float, float, float], ring: list[list[float]], code: str) -> None:
    # The code at the ring's middle, when the ring is big enough to carry it and the middle is in view.
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    if (max(xs) - min(xs)) < (box[2] - box[0]) / 12:
        return
    x, y = sum(xs) / len(xs), sum(ys) / len(ys)
    if box[0] < x < box[2] and box[1] < y < box[3]:
        ax.text(x, y, code, fontsize=6, color="#6b7480", ha="center", va="center", zorder=2)
