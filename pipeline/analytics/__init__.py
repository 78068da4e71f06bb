"""Analyse a run's output: SQL views (DuckDB), an HTML report, a GeoJSON export.

    from pipeline.analytics import connect, table
    con = connect("outputs/run")                        # DuckDB, the tables and views
    con.sql("select * from daily_casualties").show()
    df = table("outputs/run", "casualty_events")        # a table or view as pandas

The views are documented in `pipeline.analytics.views`.
"""

from __future__ import annotations

from .views import (
    DERIVED_VIEWS,
    DESCRIPTIONS,
    NAMES,
    NotARunError,
    QueryError,
    check_run,
    connect,
    query,
    table,
)

__all__ = [
    "DERIVED_VIEWS",
    "DESCRIPTIONS",
    "NAMES",
    "NotARunError",
    "QueryError",
    "check_run",
    "connect",
    "query",
    "table",
]
