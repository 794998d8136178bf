"""The versions pyproject.toml pins are the ones installed in the environment under test."""
import importlib.metadata
import pathlib
import re
import tomllib

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _pins():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    deps = list(project["dependencies"]) + list(project["optional-dependencies"]["test"])
    for dep in deps:
        name, version = re.fullmatch(r"([A-Za-z0-9_.-]+)==([^\s;]+)", dep).groups()
        yield name, version


def test_every_direct_dependency_is_pinned_and_installed_at_that_version():
    pins = dict(_pins())
    assert "p4runtime-shell" in pins and "lark" in pins
    for name, version in pins.items():
        assert importlib.metadata.version(name) == version, name


def test_requirements_lock_agrees_with_pyproject_pins():
    lock = dict(
        line.split("==", 1)
        for line in (ROOT / "requirements.txt").read_text().splitlines()
        if "==" in line
    )
    lock = {k.lower().replace("_", "-"): v for k, v in lock.items()}
    for name, version in _pins():
        assert lock[name.lower()] == version, name
