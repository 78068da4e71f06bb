"""Checks on the probe tables themselves (wordings of a construction and its near forms).

A table's rows are cases: the text first, then what is asked of it and the reading expected.
The rows' outputs are tested where each table is used; these checks catch what no row's own
test can: a case written twice (it tests nothing twice and makes a short table look long
enough) and a table whose rows all expect one reading (it holds no near form that keeps the
old reading, so nothing bounds the rule it tests).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

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
