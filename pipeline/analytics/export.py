"""GeoJSON export: the places of a run with coordinates, and the casualty figures located there.

`geojson(out)` reads the `places` and `casualty_events` views (`views.connect`) and returns a
GeoJSON FeatureCollection (RFC 7946: WGS 84, positions as [longitude, latitude], no `crs`
member): one Point feature per place that the entities table gives coordinates, with flat
properties a GIS user can style and filter on (place, country_code, geonames_id, mentions,
articles, figures, killed, injured, harmed) and `casualties`, the list of counted casualty
figures located there (casualty_id, article_id, type, qualifier, low, best, high, count_text,
day, event_date, published, source, channel). `write_geojson(out, path)` writes it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from .views import connect

#: Decimal places kept: about 11 cm at the equator, more than any gazetteer point means.
PRECISION = 6

_FIGURE_COLUMNS = (
    "casualty_id",
    "article_id",
    "type",
    "qualifier",
    "low",
    "best",
    "high",
    "count_text",
    "day",
    "event_date",
    "published",
    "source",
    "channel",
)


@dataclasses.dataclass
class GeoJSONSummary:
    """What an export holds, and what it could not place on the map."""

    path: Path | None
    features: int
    figures: int
    #: places the run names without coordinates (left out: a feature needs a position)
    places_without_coordinates: int
    #: counted figures whose place has no coordinates, or that name no place
    figures_not_on_map: int
    #: places whose coordinates are out of range (a bad gazetteer row), left out
    invalid_coordinates: int


def _plain(value: Any) -> Any:
    """A JSON value: dates as ISO strings, DuckDB's HUGEINT sums as int."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def geojson(out: str | Path, *, only_with_figures: bool = False) -> tuple[dict, GeoJSONSummary]:
    """(FeatureCollection, summary) for the run in `out`; with `only_with_figures`, only the
    places where at least one counted casualty figure is located."""
    con = connect(out)
    try:
        cursor = con.execute("SELECT * FROM places")
        names = [d[0] for d in cursor.description]
        places = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        columns = ", ".join(_FIGURE_COLUMNS)
        cursor = con.execute(
            f"SELECT place_key, {columns} FROM casualty_events "
            "ORDER BY day NULLS LAST, article_id, casualty_id"
        )
        figures_at: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
        for row in cursor.fetchall():
            figures_at[row[0]].append(
                {k: _plain(v) for k, v in zip(_FIGURE_COLUMNS, row[1:], strict=True)}
            )
    finally:
        con.close()
    features = []
    without, invalid, on_map = 0, 0, 0
    for place in places:
        lat, lon = place["latitude"], place["longitude"]
        if lat is None or lon is None:
            without += 1
            continue
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            invalid += 1
            continue
        located = figures_at.get(place["place_key"], [])
        if only_with_figures and not located:
            continue
        on_map += len(located)
        properties = {
            "place": place["place"],
            "place_key": place["place_key"],
            "country_code": place["country_code"],
            "geonames_id": place["geonames_id"],
            "mentions": place["mentions"],
            "articles": place["articles"],
            "figures": place["figures"],
            "killed": place["killed"],
            "injured": place["injured"],
            "harmed": place["harmed"],
            "casualties": located,
        }
        features.append(
            {
                "type": "Feature",
                "id": place["place_key"],
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(float(lon), PRECISION), round(float(lat), PRECISION)],
                },
                "properties": {k: _plain(v) for k, v in properties.items()},
            }
        )
    collection = {"type": "FeatureCollection", "features": features}
    total_figures = sum(len(v) for v in figures_at.values())
    summary = GeoJSONSummary(
        path=None,
        features=len(features),
        figures=on_map,
        places_without_coordinates=without,
        figures_not_on_map=total_figures - on_map,
        invalid_coordinates=invalid,
    )
    return collection, summary


def write_geojson(
    out: str | Path, path: str | Path, *, only_with_figures: bool = False
) -> GeoJSONSummary:
    """Write the GeoJSON of the run in `out` to `path` (UTF-8, as RFC 7946 requires)."""
    collection, summary = geojson(out, only_with_figures=only_with_figures)
    target = Path(path)
    # allow_nan=False: NaN is not JSON, and a GIS reader would refuse the whole file.
    target.write_text(
        json.dumps(collection, ensure_ascii=False, allow_nan=False) + "\n", encoding="utf-8"
    )
    summary.path = target
    return summary
