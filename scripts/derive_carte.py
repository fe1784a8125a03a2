"""Derives data/reference/carte-departements.geojson, the contours of the 101 départements drawn by
the site's map, from the public GeoJSON of gregoiredavid/france-geojson (IGN Admin Express COG,
Licence Ouverte), simplified for a map a few hundred pixels wide.

    python3 scripts/derive_carte.py departements-avec-outre-mer.geojson data/reference

The original must be the file of that repository at commit 5d34ee6 (its sha256 is checked). The
simplification keeps shared borders shared: each border between two départements is simplified
once (Douglas-Peucker, in degrees) and both départements use the result, so that no gap or overlap
opens between them. Coordinates are rounded to 3 decimals (about 100 m); islands smaller than the
tolerance are dropped, but every département keeps its largest ring. Same original, same output,
byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

ORIGINAL = "departements-avec-outre-mer.geojson"
SHA256 = "0c331e85eef244d8014f68a4c256bb732e28776aceec53ddf849624f2eb6c163"
TOLERANCE = 0.006  # degrees (about 500 m): under a pixel on the site's map
DIGITS = 3

Point = tuple[float, float]


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker on an open line; the two ends are kept."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, -1
        for i in range(first + 1, last):
            x, y = points[i]
            distance = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if distance > best:
                best, index = distance, i
        if best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [point for point, kept in zip(points, keep) if kept]


def rings_of(geometry: dict) -> list[list[list[Point]]]:
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return [[[tuple(point) for point in ring] for ring in polygon] for polygon in polygons]


def derive(collection: dict) -> dict:
    features = sorted(collection["features"], key=lambda feature: feature["properties"]["code"])
    shapes = [rings_of(feature["geometry"]) for feature in features]
    owners: dict[Point, set[int]] = defaultdict(set)  # point → the départements whose borders pass there
    for number, polygons in enumerate(shapes):
        for polygon in polygons:
            for ring in polygon:
                for point in ring[:-1]:
                    owners[point].add(number)
    done: dict[tuple[Point, ...], list[Point]] = {}  # each border simplified once, whichever side asks

    def line(run: list[Point]) -> list[Point]:
        key, backwards = min((tuple(run), False), (tuple(reversed(run)), True))
        if key not in done:
            done[key] = simplify(list(key), TOLERANCE)
        result = done[key]
        return list(reversed(result)) if backwards else result

    out = []
    for feature, polygons in zip(features, shapes):
        kept_polygons = []
        for polygon in polygons:
            kept_rings = []
            for ring in polygon:
                points = ring[:-1]
                fixed = [i for i in range(len(points)) if owners[points[i]] != owners[points[i - 1]]
                         or owners[points[i]] != owners[points[(i + 1) % len(points)]]]
                if not fixed:  # a ring that no border cuts: cut it at its first and farthest points
                    x0, y0 = points[0]
                    far = max(range(len(points)), key=lambda i: (points[i][0] - x0) ** 2 + (points[i][1] - y0) ** 2)
                    fixed = sorted({0, far})
                simplified: list[Point] = []
                for start, end in zip(fixed, fixed[1:] + [fixed[0] + len(points)]):
                    run = [points[i % len(points)] for i in range(start, end + 1)]
                    simplified.extend(line(run)[:-1])
                rounded = [(round(x, DIGITS), round(y, DIGITS)) for x, y in simplified]
                rounded = [p for i, p in enumerate(rounded) if p != rounded[i - 1]]
                if len(rounded) >= 3:
                    kept_rings.append(rounded + [rounded[0]])
            if kept_rings and len(kept_rings[0]) >= 4:
                kept_polygons.append(kept_rings)
        if not kept_polygons:  # keep the largest ring of a département whatever its size
            largest = max((polygon[0] for polygon in polygons), key=len)
            step = max(1, len(largest) // 8)
            kept_polygons = [[[(round(x, DIGITS), round(y, DIGITS)) for x, y in largest[::step]] + [largest[0]]]]
        out.append({"type": "Feature", "properties": {"code": feature["properties"]["code"],
                                                      "nom": feature["properties"]["nom"]},
                    "geometry": {"type": "MultiPolygon", "coordinates": [
                        [[list(p) for p in ring] for ring in polygon] for polygon in kept_polygons]}})
    return {"type": "FeatureCollection", "features": out}


def main(original: Path, target: Path) -> None:
    data = original.read_bytes()
    if hashlib.sha256(data).hexdigest() != SHA256:
        sys.exit(f"{original}: sha256 is not that of {ORIGINAL} at commit 5d34ee6; refused")
    collection = derive(json.loads(data))
    lines = [json.dumps(feature, ensure_ascii=False, separators=(",", ":")) for feature in collection["features"]]
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    out = target / "carte-departements.geojson"
    out.write_text(text, encoding="utf-8")
    print(f"{out}: {len(lines)} départements, {len(text.encode()) // 1024} Ko, "
          f"sha256 {hashlib.sha256(text.encode()).hexdigest()}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
