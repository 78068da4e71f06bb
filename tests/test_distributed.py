"""The Dask engine writes the same rows as the local run."""

from __future__ import annotations

import json

import pandas as pd

import pipeline
from pipeline.schemas import TABLE_NAMES
from tests.conftest import SEED_TXT
from tests.test_run import small_dump


def test_dask_local_cluster_gives_the_local_rows(tmp_path):
    dump = small_dump(tmp_path / "dump.jsonl", extra_lines=("{broken",))
    inputs = [str(dump), str(SEED_TXT)]
    pipeline.run(inputs, tmp_path / "local", part_size=2)
    summary = pipeline.run(inputs, tmp_path / "dask", part_size=2, engine="dask", n_process=2)
    assert summary.articles == 6 and summary.rejected == 1
    for name in TABLE_NAMES:
        local = pd.read_parquet(tmp_path / "local" / name)
        dask = pd.read_parquet(tmp_path / "dask" / name)
        key = list(local.columns)
        pd.testing.assert_frame_equal(
            local.sort_values(key[:2]).reset_index(drop=True),
            dask.sort_values(key[:2]).reset_index(drop=True),
        )
    manifest = json.loads((tmp_path / "dask" / "manifest.json").read_text())
    assert manifest["settings"]["engine"] == "dask"
    assert manifest["counts"]["records_in"] == manifest["counts"]["rows_out"] == 6
