"""The map of the members by département: SVG geometry laid out at build time from the simplified
contours of data/reference/carte-departements.geojson (IGN Admin Express, Licence Ouverte; see
data/reference/SOURCES.md), metropolitan France in Lambert-93 with the five overseas départements
and Paris with its inner suburbs in insets. The colour classes follow the largest count, so that
the map reads as well with 6 members as with 1,000; a table gives the same figures in words."""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rtes_kg.project import data_dir

CONTOURS = "carte-departements.geojson"
WIDTH, HEIGHT = 1000, 860
MAIN = (170.0, 10.0, 820.0, 840.0)  # x, y, width, height of metropolitan France
INSETS = {  # code(s) → (x, y, width, height, label)
    ("971",): (5.0, 10.0, 150.0, 130.0, "Guadeloupe"), ("972",): (5.0, 150.0, 150.0, 130.0, "Martinique"),
    ("973",): (5.0, 290.0, 150.0, 150.0, "Guyane"), ("974",): (5.0, 450.0, 150.0, 130.0, "La Réunion"),
    ("976",): (5.0, 590.0, 150.0, 130.0, "Mayotte"),
    ("75", "92", "93", "94"): (820.0, 10.0, 175.0, 150.0, "Paris et petite couronne"),
}
NICE = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
SHADES = 5  # colour classes above zero (style.css: .shade-0 … .shade-5)


@dataclass(frozen=True)
class Area:
    code: str
    name: str
    href: str
    count: int
    shade: int  # 0: no member; 1…5: the class of its count
    path: str
    inset: bool = False  # a second drawing, in an inset: hidden from assistive technologies


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    label: str


@dataclass(frozen=True)
class Row:
    name: str
    href: str
    count: int


@dataclass(frozen=True)
class Map:
    id: str
    title: str
    description: str
    width: int
    height: int
    areas: tuple[Area, ...]
    boxes: tuple[Box, ...]
    legend: tuple[tuple[int, str], ...]  # (shade, "2 à 4 membres")
    rows: tuple[Row, ...]  # the départements with members, most first: the map in words
    total: int


@functools.cache
def contours() -> dict[str, tuple[str, tuple[tuple[tuple[tuple[float, float], ...], ...], ...]]]:
    """{code: (name, polygons)} of the shipped contours, in degrees."""
    data = json.loads((data_dir() / "reference" / CONTOURS).read_text(encoding="utf-8"))
    return {feature["properties"]["code"]: (feature["properties"]["nom"], tuple(
        tuple(tuple((float(x), float(y)) for x, y in ring) for ring in polygon)
        for polygon in feature["geometry"]["coordinates"])) for feature in data["features"]}


_E, _A = 0.0818191910428158, 6378137.0  # GRS80: eccentricity, semi-major axis (m)


def _t(phi: float) -> float:
    return math.tan(math.pi / 4 - phi / 2) / ((1 - _E * math.sin(phi)) / (1 + _E * math.sin(phi))) ** (_E / 2)


def _m(phi: float) -> float:
    return math.cos(phi) / math.sqrt(1 - (_E * math.sin(phi)) ** 2)


# Lambert-93's constants, from its standard parallels (44° and 49° N) and its origin (46.5° N, 3° E):
# worked out once, not for each of the map's 20,000 points
_PHI1, _PHI2, _PHI0 = math.radians(44), math.radians(49), math.radians(46.5)
_N = (math.log(_m(_PHI1)) - math.log(_m(_PHI2))) / (math.log(_t(_PHI1)) - math.log(_t(_PHI2)))
_F = _m(_PHI1) / (_N * _t(_PHI1) ** _N)
_RHO0 = _A * _F * _t(_PHI0) ** _N


def lambert93(lon: float, lat: float) -> tuple[float, float]:
    """EPSG:2154 (Lambert-93, GRS80): the projection of IGN's maps of metropolitan France."""
    rho = _A * _F * _t(math.radians(lat)) ** _N
    theta = _N * math.radians(lon - 3)
    return 700000 + rho * math.sin(theta), 6600000 + _RHO0 - rho * math.cos(theta)


def _local(lon: float, lat: float, lat0: float) -> tuple[float, float]:
    return lon * math.cos(math.radians(lat0)) * 111.32, lat * 110.57


@functools.cache
def _drawings() -> tuple[dict[str, str], dict[str, str]]:
    """SVG paths of every département: on the main map (metropolitan ones) and in the insets."""
    shapes = contours()
    inset_codes = {code for codes in INSETS for code in codes}
    overseas = {code for code in shapes if len(code) == 3}
    main = {code: [[lambert93(x, y) for x, y in ring] for polygon in polygons for ring in polygon]
            for code, (_, polygons) in shapes.items() if code not in overseas}
    fit = _fit(main.values(), MAIN)  # once: it walks every point of the map
    paths = {code: _path(rings, fit) for code, rings in main.items()}
    insets: dict[str, str] = {}
    for codes, (x, y, width, height, _) in INSETS.items():
        rings_by = {code: [ring for polygon in shapes[code][1] for ring in polygon]
                    for code in codes if code in shapes}
        lat0 = _middle_latitude(rings_by.values())
        local = {code: [[_local(px, py, lat0) for px, py in ring] for ring in rings]
                 for code, rings in rings_by.items()}
        fit = _fit(local.values(), (x + 4, y + 18, width - 8, height - 24))
        insets.update({code: _path(rings, fit) for code, rings in local.items()})
    return paths, {code: path for code, path in insets.items() if code in inset_codes}


def _middle_latitude(drawings: Iterable[list]) -> float:
    latitudes = [point[1] for rings in drawings for ring in rings for point in ring]
    return (min(latitudes) + max(latitudes)) / 2


def _fit(drawings: Iterable[list[list[tuple[float, float]]]], box: tuple[float, float, float, float]):
    points = [p for rings in drawings for ring in rings for p in ring]
    low_x, high_x = min(p[0] for p in points), max(p[0] for p in points)
    low_y, high_y = min(p[1] for p in points), max(p[1] for p in points)
    x, y, width, height = box
    scale = min(width / (high_x - low_x), height / (high_y - low_y))
    left = x + (width - scale * (high_x - low_x)) / 2
    top = y + (height - scale * (high_y - low_y)) / 2
    return lambda px, py: (left + (px - low_x) * scale, top + (high_y - py) * scale)


def _path(rings: list[list[tuple[float, float]]], place) -> str:
    """Relative moves in whole units (a unit is about a kilometre on the main map)."""
    out = []
    for ring in rings:
        points = [tuple(round(v) for v in place(x, y)) for x, y in ring]
        steps = [f"M{points[0][0]} {points[0][1]}"]
        last = points[0]
        for point in points[1:]:
            dx, dy = point[0] - last[0], point[1] - last[1]
            if dx or dy:
                steps.append(f"l{dx} {dy}")
                last = point
        if len(steps) > 2:
            out.append("".join(steps) + "z")
    return "".join(out)


def classes(highest: int) -> tuple[int, ...]:
    """The lower bounds of the colour classes: 1, 2, 3… up to 5 members; nice steps beyond."""
    if highest <= SHADES:
        return tuple(range(1, max(1, highest) + 1))
    bounds = [bound for bound in NICE if bound <= highest]
    picks = sorted({round(index * (len(bounds) - 1) / (SHADES - 1)) for index in range(SHADES)})
    return tuple(bounds[index] for index in picks)


def _legend(bounds: tuple[int, ...], exact: bool) -> tuple[tuple[int, str], ...]:
    """"aucun membre", then one line per class: "2 membres" (exact counts) or "5 à 9 membres"."""
    def members(count: int) -> str:
        return f"{count} membre{'s' if count > 1 else ''}"

    items = [(0, "aucun membre")]
    for index, low in enumerate(bounds):
        if exact:
            text = members(low)
        elif index + 1 < len(bounds):
            high = bounds[index + 1] - 1
            text = members(low) if high == low else f"{low} à {high} membres"
        else:
            text = f"{members(low)} ou plus"
        items.append((index + 1, text))
    return tuple(items)


def members_map(counts: Mapping[str, int], hrefs: Mapping[str, str], map_id: str = "carte",
                only: Iterable[str] | None = None, title: str = "Les membres par département") -> Map:
    """The map of ``counts`` (members by département code); ``hrefs`` links each département to
    its page; ``only`` draws those départements alone (a région's), zoomed."""
    shapes = contours()
    highest = max(counts.values(), default=0)
    bounds = classes(highest)
    wanted = set(only) if only is not None else set(shapes)

    def shade(count: int) -> int:
        return sum(1 for low in bounds if count >= low)

    if only is not None:
        drawn = {code: [ring for polygon in shapes[code][1] for ring in polygon] for code in wanted if code in shapes}
        local = _region_drawings(drawn)
        paths, inset_paths, boxes = local, {}, ()  # type: tuple[dict[str, str], dict[str, str], tuple[Box, ...]]
    else:
        paths, inset_paths = _drawings()
        boxes = tuple(Box(x, y, width, height, label) for (x, y, width, height, label) in INSETS.values())
    areas = [Area(code, shapes[code][0], hrefs.get(code, ""), counts.get(code, 0), shade(counts.get(code, 0)), path)
             for code, path in sorted(paths.items())]
    areas += [Area(code, shapes[code][0], hrefs.get(code, ""), counts.get(code, 0), shade(counts.get(code, 0)),
                   path, inset=True) for code, path in sorted(inset_paths.items())]
    rows = tuple(sorted((Row(shapes[code][0], hrefs.get(code, ""), count) for code, count in counts.items()
                         if count and code in wanted and code in shapes), key=lambda row: (-row.count, row.name)))
    total = sum(row.count for row in rows)
    width, height = (WIDTH, HEIGHT) if only is None else (600, 520)
    return Map(map_id, title, f"{total} membre{'s' if total > 1 else ''} dans {len(rows)} département"
               f"{'s' if len(rows) > 1 else ''} ; chaque département mène à sa page.",
               width, height, tuple(areas), boxes, _legend(bounds, highest <= SHADES), rows, total)


def _region_drawings(drawn: dict[str, list]) -> dict[str, str]:
    overseas = any(len(code) == 3 for code in drawn)
    if overseas:
        lat0 = _middle_latitude(drawn.values())
        local = {code: [[_local(x, y, lat0) for x, y in ring] for ring in rings] for code, rings in drawn.items()}
    else:
        local = {code: [[lambert93(x, y) for x, y in ring] for ring in rings] for code, rings in drawn.items()}
    fit = _fit(local.values(), (10.0, 10.0, 580.0, 500.0))
    return {code: _path(rings, fit) for code, rings in local.items()}
