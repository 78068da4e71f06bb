"""Checks on the probe tables themselves (wordings of a construction and its near forms).

A table's rows are cases: the text first, then what is asked of it and the reading expected.
`table_tests` and `cases_test` make the tests of a module whose rows are (text, expected)
pairs, so that modules of probe tables with the same reading share one harness.
The rows' outputs are tested where each table is used; these checks catch what no row's own
test can: a case written twice (it tests nothing twice and makes a short table look long
enough) and a table whose rows all expect one reading (it holds no near form that keeps the
old reading, so nothing bounds the rule it tests).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pytest

from tests.conftest import process

#: the method's least table: four wordings of a construction and two near forms
LEAST_ROWS = 6


def _cases(table: Sequence[Any]) -> list[tuple[Any, ...]]:
    # a pytest.param row holds its case in `values`
    return [tuple(getattr(row, "values", row)) for row in table]


def assert_wordings_and_near_forms(table: Sequence[Any], least: int = LEAST_ROWS) -> None:
    cases = _cases(table)
    twice = [case for case, n in Counter(map(repr, cases)).items() if n > 1]
    assert not twice, f"a case written twice: {twice}"
    assert len(cases) >= least, f"{len(cases)} cases, fewer than {least}"
    readings = {repr(case[1:]) for case in cases}
    assert len(readings) > 1, f"every case expects {cases[0][1:]!r}: no near form"


def table_tests(
    tables: Mapping[str, Sequence[Any]], read: Callable[[Any], Any], published: str
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a module of (text, expected) tables: every row read by `read` from the
    processed text, and each table checked by `assert_wordings_and_near_forms`. Bound to test
    names in the module, pytest collects them there."""
    rows = [row for table in tables.values() for row in table]

    @pytest.mark.parametrize(("text", "expected"), rows)
    def test_rows(nlp, text, expected):
        assert read(process(nlp, text, published)) == expected

    @pytest.mark.parametrize("name", sorted(tables))
    def test_tables(name):
        assert_wordings_and_near_forms(tables[name])

    return test_rows, test_tables


def cases_test(
    cases: Sequence[Any], read: Callable[[Any], Any], published: str
) -> Callable[..., None]:
    """The test of a list of (text, expected) cases, each read by `read` from the processed
    text (an article's totals)."""

    @pytest.mark.parametrize(("text", "expected"), cases)
    def test_cases(nlp, text, expected):
        assert read(process(nlp, text, published)) == expected

    return test_cases


def best_totals_test(
    cases: Sequence[Any],
    totals: Callable[[Any], Mapping[str, Any]],
    rows: Callable[[Any], Any],
    published: str,
) -> Callable[..., None]:
    """The test of a list of (text, {type: best total}) cases: the best of each expected
    type's (low, best, high) totals, read by `totals` from the processed text, is the one
    expected; a failure shows the text's rows, read by `rows`."""

    @pytest.mark.parametrize(("text", "expected"), cases)
    def test_cases(nlp, text, expected):
        doc = process(nlp, text, published)
        got = {k: v[1] for k, v in totals(doc).items() if k in expected}
        assert got == expected, rows(doc)

    return test_cases
