"""The map of visit cities: an inline SVG, equirectangular, from the stored coordinates
(visits.lat / visits.lon), drawn over a land outline committed with the package
(ziyarat/templates/world_outline.txt, built once by tools/build_world_outline.py from
Natural Earth). No tiles, no network."""
from __future__ import annotations

import math
from functools import cache
from importlib import resources

from tasks.report.model import place_key
from tasks.report.text import esc, is_reported, plural

WORLD_W, WORLD_H = 720, 360   # half-degree units, as the outline file
PAD = 16                      # padding around the cities, in map units (8 degrees)
MIN_W = 160                   # narrowest view: 80 degrees of longitude
MAX_LABELS = 14               # cities named on the map (the most visited)


@cache
def world_outline() -> str:
    """The land outline as one SVG path `d` (read once)."""
    return (resources.files("ziyarat") / "templates" / "world_outline.txt").read_text(encoding="ascii").strip()


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular projection into the outline's box: x = 2 (lon + 180), y = 2 (90 - lat)."""
    return 2 * (lon + 180), 2 * (90 - lat)


def view_box(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """The part of the world that holds every point, padded, 2:1 like the world, inside it."""
    if not points:
        return 0.0, 0.0, float(WORLD_W), float(WORLD_H)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    w = min(WORLD_W, max(MIN_W, max(xs) - min(xs) + 2 * PAD, 2 * (max(ys) - min(ys) + 2 * PAD)))
    h = w / 2
    x = min(max((min(xs) + max(xs)) / 2 - w / 2, 0), WORLD_W - w)
    y = min(max((min(ys) + max(ys)) / 2 - h / 2, 0), WORLD_H - h)
    return x, y, w, h


def city_points(visits: list[dict]) -> list[dict]:
    """One point per place with coordinates: its name and how many visits of each kind."""
    by: dict[str, dict] = {}
    for v in visits:
        key = place_key(v)
        if not key:
            continue
        p = by.setdefault(key, {"key": key, "lat": v["lat"], "lon": v["lon"], "city": v.get("city"),
                                "country": v.get("country"), "reported": 0, "referenced": 0})
        p["reported" if is_reported(v) else "referenced"] += 1
    return sorted(by.values(), key=lambda p: (-p["reported"], -p["referenced"], p["key"]))


def _graticule(x: float, y: float, w: float, h: float) -> str:
    """Lines every 10 degrees inside the view (every 30 on a whole-world view)."""
    step = 60 if w > 400 else 20
    lines = [f"M{x:.0f} {gy}H{x + w:.0f}" for gy in range(0, WORLD_H + 1, step) if y <= gy <= y + h]
    lines += [f"M{gx} {y:.0f}V{y + h:.0f}" for gx in range(0, WORLD_W + 1, step) if x <= gx <= x + w]
    return "".join(lines)


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    """Whether two boxes (x0, y0, x1, y1) intersect: a city's name is left out rather than drawn over another."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def map_svg(visits: list[dict]) -> str:
    """The map: land, graticule, a dot per city (area by number of visits; hollow when a
    city only has referenced visits, hidden until the toggle shows those), the busiest named."""
    points = city_points(visits)
    if not points:
        return '<p class="muted">No visit has a city with known coordinates.</p>'
    x, y, w, h = view_box([project(p["lat"], p["lon"]) for p in points])
    unit = w / 300  # one unit is about 1/300 of the map's width, whatever the zoom
    parts = [f'<svg class="map" viewBox="{x:.1f} {y:.1f} {w:.1f} {h:.1f}" role="img" '
             f'aria-label="map of visit cities" xmlns="http://www.w3.org/2000/svg">',
             f'<path class="land" stroke-width="{unit * .4:.2f}" d="{world_outline()}"/>',
             f'<path class="graticule" stroke-width="{unit * .3:.2f}" d="{_graticule(x, y, w, h)}"/>']
    labels: list[str] = []
    boxes: list[tuple[float, float, float, float]] = []
    for p in points:
        cx, cy = project(p["lat"], p["lon"])
        n = p["reported"] or p["referenced"]
        r = unit * (1.5 + 1.2 * math.sqrt(n))
        kind = "reported" if p["reported"] else "referenced"
        name = ", ".join(s for s in (p["city"], p["country"]) if s) or p["key"]
        tip = f"{name}: {plural(p['reported'], 'reported visit')}, {p['referenced']} referenced"
        parts.append(f'<circle class="city {kind}" cx="{cx:.1f}" cy="{cy:.1f}" r="{r:.2f}" '
                     f'stroke-width="{unit * .4:.2f}" data-place="{esc(p["key"])}"'
                     f'{"" if p["reported"] else " hidden"}><title>{esc(tip)}</title></circle>')
        box = (cx + r + unit, cy - unit * 2, cx + r + unit * (1 + 2.1 * len(p["city"] or "")), cy + unit * 2)
        if p["reported"] and len(labels) < MAX_LABELS and p["city"] and not any(_overlap(box, b) for b in boxes):
            boxes.append(box)
            labels.append(f'<text x="{box[0]:.1f}" y="{cy + unit * 1.2:.1f}" font-size="{unit * 3.6:.2f}" '
                          f'stroke-width="{unit * .8:.2f}">{esc(p["city"])}</text>')
    return "".join(parts + labels) + "</svg>"


def unplaced_note(visits: list[dict]) -> str:
    """How many reported visits the map cannot show (no city of known coordinates)."""
    reported = [v for v in visits if is_reported(v)]
    n = sum(1 for v in reported if not place_key(v))
    return (f"{n} of the {plural(len(reported), 'reported visit')} name no city of known coordinates and are "
            "not on the map. Filled dots: reported visits (the bigger, the more); hollow ones, shown with the "
            "referenced-only visits: cities that only those name.")
