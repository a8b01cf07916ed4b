"""Settings shared by every test package."""
from __future__ import annotations

import os

from hypothesis import settings

# In CI (CI=true) property tests draw the same examples on every run, so that a run is
# reproducible and a submission is not failed by an example no one has seen locally;
# on a developer's machine they keep drawing new examples each run.
# No test has a per-example deadline: on a shared 2-core machine one slow example is
# noise, not a finding (speed is measured in bench/, never in tests).
settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
