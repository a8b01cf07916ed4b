"""Thousands of incidents: the dense drawing mode draws every one of them, and zooming in restores the shapes."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

N = 4000  # above the dense threshold (3,000 incidents in view)


@pytest.fixture(scope="module")
def dense_map(tmp_path_factory):
    import geoincidents as gi
    from geoincidents.maps import save_map

    rng = np.random.default_rng(7)
    rows = pd.DataFrame({
        "incident_id": [f"d-{i}" for i in range(N)],
        "date": (pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 120, N), unit="D")).strftime("%Y-%m-%d"),
        "event_type": rng.choice(["rocket_attack", "air_strike", "drone_attack", "explosion"], N),
        "launch_lat": rng.uniform(33.0, 36.5, N).round(4), "launch_lon": rng.uniform(39.0, 44.5, N).round(4),
        "target_lat": rng.uniform(33.0, 36.5, N).round(4), "target_lon": rng.uniform(39.0, 44.5, N).round(4),
    })
    rows.loc[rows.index % 5 == 0, ["launch_lat", "launch_lon"]] = np.nan  # target only
    table = gi.load_incidents(rows, sources=False, claims=False)
    return table, save_map(table, tmp_path_factory.mktemp("dense") / "dense.html", offline=True)


def test_dense_mode_draws_every_incident(open_map, dense_map):
    table, path = dense_map
    m = open_map(path)
    stats = m.stats()
    frame = table.frame
    two_ended = int(frame[["launch_lat", "target_lat"]].notna().all(axis=1).sum())
    assert all(layer["dense"] for layer in stats["layers"].values())
    assert sum(layer["trajectories"] for layer in stats["layers"].values()) == two_ended
    assert sum(layer["targets"] for layer in stats["layers"].values()) == N
    assert sum(layer["arrowheads"] for layer in stats["layers"].values()) == 0  # not drawn when dense
    # Zoomed in on a small box, few incidents are in view: full shapes and arrowheads again.
    m.view(south=34.0, west=41.0, north=34.1, east=41.1)
    stats = m.stats()
    assert not any(layer["dense"] for layer in stats["layers"].values())
    assert sum(layer["arrowheads"] for layer in stats["layers"].values()) == two_ended
    assert m.errors == []
