"""Packaging: the licence file, and the pkuseg model in its companion distribution, not the core wheel."""
import re
from pathlib import Path

import pytest

from govextract.backends.pkuseg import MODEL_FILES, shipped_model_dir

ROOT = Path(__file__).resolve().parents[1]
tomllib = pytest.importorskip("tomllib")  # Python 3.11+


def test_license_file_is_the_licence_pyproject_names():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_pkuseg_model_is_a_companion_distribution_pinned_by_the_extra():
    core = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    companion = tomllib.loads((ROOT / "models/pkuseg/pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert f"{companion['name']}=={companion['version']}" in core["project"]["optional-dependencies"]["pkuseg"]
    assert not any("pkuseg" in pattern for pattern in core["tool"]["setuptools"]["package-data"]["govextract"])
    assert not (ROOT / "govextract/data/models/pkuseg").exists()


def test_the_pkuseg_backend_finds_its_model():
    model_dir = shipped_model_dir()
    assert all((model_dir / name).is_file() for name in MODEL_FILES)
    assert re.search(r"govextract_pkuseg_model$", str(model_dir))


def test_every_shipped_data_file_is_in_the_package_data():
    """A file under govextract/data that no package-data pattern names is missing from the wheel."""
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["govextract"]
    package = ROOT / "govextract"
    for path in (package / "data").rglob("*"):
        if path.is_file() and path.suffix not in (".py", ".pyc"):
            relative = path.relative_to(package)
            assert any(relative.match(pattern) for pattern in patterns), relative
