"""Specification of the wheel: it holds governance_dagster only, with its license and full metadata, and its core
requirements leave the heavy parts to extras."""

from __future__ import annotations

import email
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name

import governance_dagster

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def _names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def _metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        (path,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return email.message_from_bytes(archive.read(path))


def test_when_the_wheel_is_built_then_it_holds_governance_dagster_and_its_dist_info_only(wheel) -> None:
    tops = {name.split("/")[0] for name in _names(wheel)}
    assert tops == {"governance_dagster", f"governance_dagster-{PYPROJECT['version']}.dist-info"}
    assert "governance_dagster/py.typed" in _names(wheel)


def test_when_the_wheel_is_built_then_it_carries_the_apache_license_text(wheel) -> None:
    license_path = f"governance_dagster-{PYPROJECT['version']}.dist-info/licenses/LICENSE"
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(license_path).decode()
    assert "Apache License" in text and "Version 2.0, January 2004" in text


@pytest.mark.parametrize(("field", "expected"), [
    ("Name", "governance-dagster"),
    ("Version", PYPROJECT["version"]),
    ("License-Expression", "Apache-2.0"),
])
def test_when_the_metadata_is_read_then_each_field_is_set(wheel, field, expected) -> None:
    assert _metadata(wheel)[field] == expected


def test_when_the_metadata_is_read_then_the_python_range_is_pyprojects(wheel) -> None:
    assert SpecifierSet(_metadata(wheel)["Requires-Python"]) == SpecifierSet(PYPROJECT["requires-python"])


def test_when_the_metadata_is_read_then_classifiers_and_extras_are_declared(wheel) -> None:
    metadata = _metadata(wheel)
    classifiers = metadata.get_all("Classifier")
    assert "Typing :: Typed" in classifiers and "Programming Language :: Python :: 3.11" in classifiers
    assert not [c for c in classifiers if c.startswith("License ::")], "an SPDX license excludes License classifiers"
    assert {"synthesis", "contract", "postgres", "ui"} <= set(metadata.get_all("Provides-Extra"))


@pytest.mark.parametrize(("package", "extra"), [
    ("sdv", "synthesis"),
    ("great-expectations", "contract"),
    ("psycopg", "postgres"),
    ("dagster-webserver", "ui"),
])
def test_when_a_heavy_package_is_required_then_only_through_its_extra(wheel, package, extra) -> None:
    requires = [Requirement(r) for r in _metadata(wheel).get_all("Requires-Dist")]
    found = [r for r in requires if canonicalize_name(r.name) == canonicalize_name(package)]
    assert found and all(r.marker is not None and r.marker.evaluate({"extra": extra}) for r in found), found
    assert not any(r.marker.evaluate({"extra": ""}) for r in found), f"{package} is required without its extra"


def test_when_the_package_is_imported_then_its_version_is_the_installed_distributions() -> None:
    from importlib.metadata import version

    assert governance_dagster.__version__ == version("governance-dagster")


def test_when_the_wheel_is_installed_then_dg_finds_its_components_through_the_registry_entry_point(wheel) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (path,) = [n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt")]
        text = archive.read(path).decode()
    assert "[dagster_dg_cli.registry_modules]\ngovernance_dagster = governance_dagster.dagster.components" in text
