"""The README's quick start is the contract with a new user: CI must run exactly its test command."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", section, flags=re.S)
    commands = []
    for block in blocks:
        lines = [ln for ln in block.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
        commands.extend(lines)
    return commands


def test_quick_start_is_two_commands():
    commands = _quick_start_commands()
    assert len(commands) == 2, commands
    assert "geoincidents map seeds/incidents.csv" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command():
    test_command = _quick_start_commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci_lines = [ln.strip() for ln in ci.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    assert test_command.strip() in ci_lines


def test_pyproject_declares_both_packages_and_the_script():
    import tomllib

    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["scripts"]["geoincidents"] == "geoincidents.cli:main"
    include = meta["tool"]["setuptools"]["packages"]["find"]["include"]
    assert "gazetteer*" in include and "geoincidents*" in include
