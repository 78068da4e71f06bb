"""Inline SVG charts for the run report: bars over time, horizontal bars, a coordinate scatter.

Each function takes plain Python values and returns one `<svg>` element as a string: no
plotting library, no script, no network, so the report stays one small offline file whose
text (labels, numbers, tooltips in `<title>`) can be searched and copied.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Sequence

FONT = 'font-family="system-ui, sans-serif"'
AXIS = "#888"
GRID = "#e6e6e6"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least `top` (1, 2, 2.5 or 5 times a power of ten)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    ticks = [0.0]
    while ticks[-1] < top:
        ticks.append(ticks[-1] + step)
    return ticks


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _legend(series: Sequence[tuple[str, str]], x: float, y: float) -> str:
    parts = []
    for name, colour in series:
        parts.append(
            f'<rect x="{x:.1f}" y="{y - 10:.1f}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{x + 16:.1f}" y="{y:.1f}" font-size="12" {FONT}>{_e(name)}</text>'
        )
        x += 24 + 7.5 * len(name)
    return "".join(parts)


def time_bars(
    bins: Sequence[tuple[dt.date, Sequence[float]]],
    series: Sequence[tuple[str, str]],
    *,
    bin_label: str,
    width: int = 1100,
    height: int = 300,
    title: str = "",
) -> str:
    """Grouped vertical bars on a calendar axis: one group per bin (its start date), one bar per
    series (name, colour) in the group. Bins need not be contiguous; gaps stay empty."""
    left, right, top, bottom = 60, 20, 34, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    first, last = bins[0][0], bins[-1][0]
    span = max((last - first).days, 1)
    step_days = {"day": 1, "week": 7, "month": 30.4}[bin_label]
    slots = span / step_days + 1
    group_w = plot_w / slots
    bar_w = max(group_w * 0.8 / len(series), 0.6)
    peak = max((v for _, values in bins for v in values), default=0)
    ticks = nice_ticks(peak)
    scale = plot_h / ticks[-1]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{_e(title)}">',
        f'<text x="{left}" y="16" font-size="13" font-weight="bold" {FONT}>{_e(title)}</text>',
        _legend(series, width - right - 260, 18),
    ]
    for tick in ticks:
        y = top + plot_h - tick * scale
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end" '
            f'fill="#555" {FONT}>{_number(tick)}</text>'
        )
    for start, values in bins:
        slot = (start - first).days / step_days
        x0 = left + slot * group_w + group_w * 0.1
        for i, ((name, colour), value) in enumerate(zip(series, values, strict=True)):
            if not value:
                continue
            bar_h = value * scale
            x = x0 + i * bar_w
            parts.append(
                f'<rect x="{x:.2f}" y="{top + plot_h - bar_h:.2f}" width="{bar_w:.2f}" '
                f'height="{bar_h:.2f}" fill="{colour}"><title>{_e(start.isoformat())} '
                f"({bin_label}): {_e(name)} {_number(value)}</title></rect>"
            )
    parts.append(
        f'<line x1="{left}" x2="{width - right}" y1="{top + plot_h}" y2="{top + plot_h}" '
        f'stroke="{AXIS}"/>'
    )
    # Labels on a regular calendar grid (not on the bins, which cluster where the news does).
    for tick, label in date_ticks(first, last):
        x = left + (tick - first).days / step_days * group_w
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top + plot_h}" y2="{top + plot_h + 4}" '
            f'stroke="{AXIS}"/><text x="{x:.1f}" y="{top + plot_h + 16}" font-size="11" '
            f'text-anchor="middle" fill="#555" {FONT}>{_e(label)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def date_ticks(first: dt.date, last: dt.date, most: int = 8) -> list[tuple[dt.date, str]]:
    """At most `most` (date, label) ticks between `first` and `last` on calendar boundaries:
    days, weeks (Mondays), month starts or year starts, whichever step keeps them few."""
    span = (last - first).days
    for days in (1, 2, 7, 14):
        if span / days < most:
            start = first if days < 7 else first + dt.timedelta(days=(7 - first.weekday()) % 7)
            ticks = []
            while start <= last:
                ticks.append((start, start.isoformat()))
                start += dt.timedelta(days=days)
            return ticks
    for months in (1, 2, 3, 6, 12, 24, 60, 120):
        if span / (months * 30.4) < most:
            break
    index = first.year * 12 + first.month - 1
    index += -index % months  # the first boundary on or after `first`
    ticks = []
    while True:
        tick = dt.date(index // 12, index % 12 + 1, 1)
        if tick < first:
            index += months
            continue
        if tick > last:
            return ticks
        ticks.append((tick, str(tick.year) if months >= 12 else tick.strftime("%Y-%m")))
        index += months


def horizontal_bars(
    rows: Sequence[tuple[str, Sequence[float]]],
    series: Sequence[tuple[str, str]],
    *,
    title: str = "",
    width: int = 540,
    label_width: int = 190,
) -> str:
    """Horizontal stacked bars, one row per (label, values per series), largest first as given;
    the total is written at the end of each bar."""
    row_h, top = 22, 40
    height = top + row_h * len(rows) + 8
    plot_w = width - label_width - 60
    peak = max((sum(values) for _, values in rows), default=0) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{_e(title)}">',
        f'<text x="0" y="16" font-size="13" font-weight="bold" {FONT}>{_e(title)}</text>',
    ]
    if len(series) > 1:
        parts.append(_legend(series, label_width, 34))
    for i, (label, values) in enumerate(rows):
        y = top + 6 + i * row_h
        shown = label if len(label) <= 28 else label[:27] + "…"
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 13}" font-size="12" text-anchor="end" {FONT}>'
            f"<title>{_e(label)}</title>{_e(shown)}</text>"
        )
        x = float(label_width)
        for (name, colour), value in zip(series, values, strict=True):
            if not value:
                continue
            bar = value / peak * plot_w
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{bar:.1f}" height="16" fill="{colour}">'
                f"<title>{_e(label)}: {_e(name)} {_number(value)}</title></rect>"
            )
            x += bar
        parts.append(
            f'<text x="{x + 5:.1f}" y="{y + 13}" font-size="12" fill="#333" {FONT}>'
            f"{_number(sum(values))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def coordinate_scatter(
    points: Sequence[tuple[str, float, float, float]],
    *,
    title: str = "",
    width: int = 1100,
    max_labels: int = 15,
) -> str:
    """Places at their coordinates: (label, longitude, latitude, size value).

    An equirectangular view of the points' extent (padded, longitude shrunk by the cosine of
    the middle latitude so shapes are not stretched), a labelled graticule, one circle per
    place with area proportional to its value; places whose value is 0 are small grey dots.
    The largest `max_labels` places are named; every circle names itself on hover.
    """
    lons = [p[1] for p in points]
    lats = [p[2] for p in points]
    pad_lon = max((max(lons) - min(lons)) * 0.08, 1.0)
    pad_lat = max((max(lats) - min(lats)) * 0.08, 1.0)
    west, east = max(min(lons) - pad_lon, -180.0), min(max(lons) + pad_lon, 180.0)
    south, north = max(min(lats) - pad_lat, -90.0), min(max(lats) + pad_lat, 90.0)
    shrink = max(math.cos(math.radians((north + south) / 2)), 0.2)
    left, top, margin = 50, 30, 20
    plot_w = width - left - margin
    plot_h = min(600.0, plot_w * (north - south) / ((east - west) * shrink))
    plot_w_used = plot_h * (east - west) * shrink / (north - south)
    if plot_w_used > plot_w:  # wide extent: fit the width instead
        plot_w_used = plot_w
        plot_h = plot_w * (north - south) / ((east - west) * shrink)
    height = int(top + plot_h + 30)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        x = left + (lon - west) / (east - west) * plot_w_used
        y = top + (north - lat) / (north - south) * plot_h
        return x, y

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{_e(title)}">',
        f'<text x="0" y="16" font-size="13" font-weight="bold" {FONT}>{_e(title)}</text>',
        f'<rect x="{left}" y="{top}" width="{plot_w_used:.1f}" height="{plot_h:.1f}" '
        f'fill="#f7fafc" stroke="{AXIS}"/>',
    ]
    step = _graticule_step(max(east - west, north - south))
    lon = math.ceil(west / step) * step
    while lon <= east:
        x, _ = xy(lon, north)
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top}" y2="{top + plot_h:.1f}" '
            f'stroke="{GRID}"/><text x="{x:.1f}" y="{top + plot_h + 14:.1f}" font-size="10" '
            f'text-anchor="middle" fill="#666" {FONT}>{_degrees(lon, "E", "W")}</text>'
        )
        lon += step
    lat = math.ceil(south / step) * step
    while lat <= north:
        _, y = xy(west, lat)
        parts.append(
            f'<line x1="{left}" x2="{left + plot_w_used:.1f}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="{GRID}"/><text x="{left - 4}" y="{y + 3:.1f}" font-size="10" '
            f'text-anchor="end" fill="#666" {FONT}>{_degrees(lat, "N", "S")}</text>'
        )
        lat += step
    peak = max((p[3] for p in points), default=0) or 1
    # Big circles first so small ones stay visible on top of them.
    ordered = sorted(points, key=lambda p: -p[3])
    for label, lon_, lat_, value in ordered:
        x, y = xy(lon_, lat_)
        radius = 3 + 22 * math.sqrt(value / peak) if value else 2.5
        fill = "#c0392b" if value else "#7f8c8d"
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{fill}" '
            f'fill-opacity="{0.55 if value else 0.7}" stroke="#fff" stroke-width="0.8">'
            f"<title>{_e(label)} ({lat_:.4f}, {lon_:.4f}): {_number(value)}</title></circle>"
        )
    for label, lon_, lat_, value in ordered[:max_labels]:
        x, y = xy(lon_, lat_)
        radius = 3 + 22 * math.sqrt(value / peak) if value else 2.5
        parts.append(
            f'<text x="{x + radius + 3:.1f}" y="{y + 4:.1f}" font-size="11" fill="#222" '
            f"{FONT}>{_e(label)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _graticule_step(extent: float) -> float:
    for step in (0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30):
        if extent / step <= 8:
            return float(step)
    return 45.0


def _degrees(value: float, positive: str, negative: str) -> str:
    hemisphere = positive if value >= 0 else negative
    text = f"{abs(value):.2f}".rstrip("0").rstrip(".")
    return f"{text}°{hemisphere}" if value else "0°"
