"""Build ziyarat/templates/world_outline.txt ONCE, at development time: the land outline the
report's map draws under the visit cities, as one SVG path in an equirectangular
projection in half-degree units (x = 2 * (lon + 180), y = 2 * (90 - lat), a 720 x 360 box).

    pip download --no-deps geopandas==0.14.4 -d /tmp/ne && cd /tmp/ne && unzip -o geopandas-*.whl 'geopandas/datasets/naturalearth_lowres/*'
    pip install --target /tmp/ne/lib pyshp
    PYTHONPATH=/tmp/ne/lib python tools/build_world_outline.py /tmp/ne/geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp

The source is Natural Earth's 1:110m countries (public domain), as bundled by geopandas
0.14; neither package is a run-time dependency: the report only reads the committed path.
Points are rounded to 0.5 degree, repeated and collinear ones dropped, and written as
relative moves, which keeps the file small (tens of kilobytes) and as fine as the map is drawn.
"""
from __future__ import annotations

import sys
from pathlib import Path

import shapefile  # pyshp, dev time only

OUT = Path(__file__).resolve().parents[1] / "ziyarat" / "templates" / "world_outline.txt"
STEP = 0.5  # degrees


def _ring_path(points: list[tuple[float, float]]) -> str:
    """One closed ring as an SVG subpath of rounded points, relative moves (empty if degenerate)."""
    cells: list[tuple[int, int]] = []
    for lon, lat in points:
        cell = (round((lon + 180) / STEP), round((90 - lat) / STEP))
        if cells and cells[-1] == cell:
            continue
        if len(cells) >= 2:  # drop the middle of three collinear points
            (ax, ay), (bx, by) = cells[-2], cells[-1]
            if (bx - ax) * (cell[1] - by) == (by - ay) * (cell[0] - bx):
                cells.pop()
        cells.append(cell)
    if len(set(cells)) < 3:
        return ""
    steps = [f"{x - px} {y - py}" for (px, py), (x, y) in zip(cells, cells[1:])]
    return f"M{cells[0][0]} {cells[0][1]}l" + " ".join(steps) + "z"


def outline(shp: Path) -> str:
    """Every ring of every country of the shapefile as one path."""
    rings = []
    for shape in shapefile.Reader(str(shp)).shapes():
        parts = list(shape.parts) + [len(shape.points)]
        for a, b in zip(parts, parts[1:]):
            rings.append(_ring_path(shape.points[a:b]))
    return "".join(r for r in rings if r)


if __name__ == "__main__":
    OUT.write_text(outline(Path(sys.argv[1])) + "\n", encoding="ascii")
    print(f"{OUT}: {OUT.stat().st_size} bytes")
