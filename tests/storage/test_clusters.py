"""storage.clusters: counts per cell, merged from the grid or counted in SQL, and the newest incidents
per cell found by an early-stopping scan — each checked against a slow obvious reference."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from bench.gen_incidents import generate
from storage.queries import (
    Filters,
    cluster_counts,
    clusters_from_grid,
    grid_cells,
    map_clusters,
    query_incidents,
)
from storage.store import get_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    engine = get_engine(f"sqlite:///{tmp_path_factory.mktemp('clusters') / 'c.sqlite3'}")
    generate(engine, 3000)
    return engine


def reference(engine, filters, cell, latest):
    rows = query_incidents(engine, filters).dropna(subset=["latitude", "longitude"])
    rows = rows.assign(i=(rows["latitude"] / cell).map(math.floor), j=(rows["longitude"] / cell).map(math.floor))
    counts = rows.groupby(["i", "j"]).size().rename("count").reset_index()
    newest = rows.groupby(["i", "j"], sort=False).head(latest)  # rows are newest first
    return counts, newest


@pytest.mark.parametrize("cell, filters", [(1.6, Filters()), (0.4, Filters(governorates=("Baghdad",))),
                                           (0.05, Filters(event_types=("Battles",)))])
def test_clusters_and_their_newest_incidents_match_the_reference(engine, cell, filters):
    found, newest = map_clusters(engine, filters, cell, latest=3)
    counts, expected = reference(engine, filters, cell, 3)
    assert found.sort_values(["i", "j"])[["i", "j", "count"]].to_numpy().tolist() == \
        counts.sort_values(["i", "j"]).to_numpy().tolist()
    key = ["i", "j", "incident_id"]
    assert sorted(map(tuple, newest[key].to_numpy().tolist())) == sorted(map(tuple, expected[key].to_numpy().tolist()))


def test_clusters_merged_from_the_grid_equal_those_counted_in_sql(engine):
    cells = grid_cells(engine, Filters(), 0.1)
    window = (28.8, 38.4, 38.4, 48.0)  # on 0.8-degree cell edges, as the map asks
    merged = clusters_from_grid(cells, 0.1, 8, window)
    counted = cluster_counts(engine, Filters(), 0.8, window)
    columns = ["i", "j", "count", "fatalities", "event_type"]
    pd.testing.assert_frame_equal(merged.sort_values(["i", "j"], ignore_index=True)[columns],
                                  counted.sort_values(["i", "j"], ignore_index=True)[columns])
