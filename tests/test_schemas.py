"""The row dataclasses and the pyarrow schemas cannot drift apart."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing

import pyarrow as pa
import pytest

from pipeline import schemas

PYTHON_TYPES = {
    pa.string(): str,
    pa.int32(): int,
    pa.int64(): int,
    pa.float64(): float,
    pa.bool_(): bool,
    pa.date32(): dt.date,
}


@pytest.mark.parametrize("table", schemas.TABLE_NAMES)
def test_dataclass_fields_match_schema(table):
    row_type, schema = schemas.TABLES[table]
    fields = dataclasses.fields(row_type)
    assert [f.name for f in fields] == schema.names
    hints = typing.get_type_hints(row_type)
    for field in schema:
        hint = hints[field.name]
        args = set(typing.get_args(hint)) or {hint}
        assert PYTHON_TYPES[field.type] in args, (table, field.name, hint, field.type)
        # A nullable column is Optional in the dataclass, a required one is not.
        assert (type(None) in args) == field.nullable, (table, field.name)


def test_every_schema_names_its_table_and_version():
    for table, (_, schema) in schemas.TABLES.items():
        assert schema.metadata[b"newsextract.table"] == table.encode()
        assert schema.metadata[b"newsextract.schema_version"] == schemas.SCHEMA_VERSION.encode()


def test_rows_to_table_casts_and_empty_table_is_valid():
    row = schemas.CasualtyTotalRow("a1", "killed", 1, 1, 1, 1)
    table = schemas.rows_to_table("casualty_totals", [row])
    assert table.schema.equals(schemas.CASUALTY_TOTALS, check_metadata=True)
    assert table.to_pylist()[0]["mentions"] == 1
    assert schemas.empty_table("attributions").num_rows == 0


def test_a_required_column_refuses_null():
    row = schemas.CasualtyTotalRow("a1", None, 1, 1, 1, 1)  # type: ignore[arg-type]
    with pytest.raises((pa.ArrowInvalid, ValueError)):
        schemas.rows_to_table("casualty_totals", [row]).validate(full=True)
