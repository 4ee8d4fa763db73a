"""The lock file installs what pyproject.toml asks for."""

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PROJECT = Path(__file__).resolve().parent.parent


def pinned_versions():
    pins = {}
    for line in (PROJECT / "requirements.lock").read_text().splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[canonicalize_name(name)] = version
    return pins


def test_lock_pins_every_declared_dependency_within_its_range():
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text())["project"]
    declared = project["dependencies"] + [
        dep for extra in project["optional-dependencies"].values() for dep in extra
    ]
    pins = pinned_versions()
    for line in declared:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is not in requirements.lock: run `make lock`"
        assert requirement.specifier.contains(pins[name]), (
            f"{name}=={pins[name]} is outside {requirement.specifier}: run `make lock`"
        )
