"""Atomic writes: short temporary names, fsync before the rename, and stale parts of killed writers removed."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geoincidents.io.atomic import atomic_path, part_prefix

ROOT = Path(__file__).resolve().parents[2]

# Writes a GeoPackage big enough to take a few seconds, through atomic_path, as an export does.
_WRITER = """
import sys
import numpy as np, geopandas as gpd, shapely, pyogrio
from geoincidents.io.atomic import atomic_path
n = 300_000
gdf = gpd.GeoDataFrame({"incident_id": [f"i{k}" for k in range(n)], "notes": ["x" * 50] * n},
                       geometry=shapely.points(np.full(n, 42.0), np.full(n, 36.0)), crs=4326)
with atomic_path(sys.argv[1]) as tmp:
    print(tmp.name, flush=True)
    pyogrio.write_dataframe(gdf, tmp, layer="targets", driver="GPKG")
"""


def _kill_mid_write(target: Path) -> list[str]:
    """Start a real writer, SIGKILL it once its journal exists, return what it left."""
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(target)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        part = proc.stdout.readline().strip()
        assert part.startswith(part_prefix(target)), part
        deadline = time.monotonic() + 120
        while not (target.parent / (part + "-journal")).exists():
            assert proc.poll() is None, "the writer finished before it could be killed"
            assert time.monotonic() < deadline, "the writer never started its GeoPackage"
            time.sleep(0.005)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return sorted(p.name for p in target.parent.iterdir())


def test_sigkilled_export_leaves_the_old_file_and_the_next_write_removes_its_parts(tmp_path):
    target = tmp_path / "incidents.gpkg"
    target.write_bytes(b"previous export")
    other = tmp_path / "other.gpkg"
    other_part = tmp_path / (part_prefix(other) + "1-deadbeef.gpkg")  # another target's part: not ours to remove
    other_part.write_bytes(b"x")
    left = _kill_mid_write(target)
    assert target.read_bytes() == b"previous export"
    ours = [n for n in left if n.startswith(part_prefix(target))]
    # The GeoPackage part is always left; its journal only when the kill fell inside a transaction
    # (SQLite deletes it at each commit, so between our check and the kill it may be gone).
    assert any(n.endswith(".gpkg") for n in ours), left
    assert all(n.endswith((".gpkg", ".gpkg-journal")) for n in ours), left
    with atomic_path(target) as tmp:
        tmp.write_bytes(b"new export")
    assert target.read_bytes() == b"new export"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, other_part.name])


def test_a_running_writers_part_is_left_alone(tmp_path):
    target = tmp_path / "out.csv"
    running = tmp_path / f"{part_prefix(target)}{os.getppid()}-0badc0de.csv"
    running.write_text("still being written")
    with atomic_path(target) as tmp:
        tmp.write_text("done")
    assert running.exists() and target.read_text() == "done"


@pytest.mark.parametrize("length", [248, 255])
def test_long_output_names_get_short_temporary_names(tmp_path, length):
    target = tmp_path / ("n" * (length - len(".geojson")) + ".geojson")
    seen = []
    with atomic_path(target) as tmp:
        seen.append(tmp.name)
        tmp.write_text("{}")
    assert target.read_text() == "{}"
    assert len(seen[0]) < 80 and seen[0].endswith(".geojson")


def test_fsync_before_the_rename(tmp_path, monkeypatch):
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (events.append("replace"), real_replace(a, b))[1])
    with atomic_path(tmp_path / "x.txt") as tmp:
        tmp.write_text("data")
    assert events == ["fsync", "replace", "fsync"]  # the file, the rename, the directory


def test_a_directory_as_output_is_an_error_and_nothing_is_written(tmp_path):
    folder = tmp_path / "out.csv"
    folder.mkdir()
    with pytest.raises(IsADirectoryError, match=r"out\.csv.*it is a directory; give a file name"):
        with atomic_path(folder) as tmp:
            tmp.write_text("x")
    assert list(tmp_path.iterdir()) == [folder] and list(folder.iterdir()) == []
