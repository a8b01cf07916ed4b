"""Settings shared by every test package."""
from __future__ import annotations

import os

from hypothesis import settings

# In CI (CI=true) property tests draw the same examples on every run, so that a run is
# reproducible and a submission is not failed by an example no one has seen locally;
# on a developer's machine they keep drawing new examples each run.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
