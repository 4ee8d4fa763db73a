"""The map in docs/architecture.md is the import contracts CI keeps.

The contracts live in pyproject.toml ([tool.importlinter]); `make lint` runs
them through import-linter. Here they are run once more, and the doc's "may
import" table is held to what they allow, so neither can drift from the code.
"""

import re
import tomllib
from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "architecture.md"
CORE = "movement"


def contracts():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]
    return config["importlinter"]


def core_contract():
    """The forbidden contract whose source is the whole core."""
    (core,) = [c for c in contracts()["contracts"] if c.get("source_modules") == [CORE]]
    assert core["type"] == "forbidden"
    return core


def allowed_by_contracts():
    """{package: the packages it may import}, from the layers and the core's rule."""
    config = contracts()
    (layers,) = [c["layers"] for c in config["contracts"] if c["type"] == "layers"]
    core = core_contract()
    levels = [[name.strip() for name in layer.split("|")] for layer in layers]
    allowed = {CORE: set()}
    for depth, level in enumerate(levels):
        below = {name for lower in levels[depth + 1 :] for name in lower}
        for name in level:
            allowed[name] = below | {CORE}
    assert set(core["forbidden_modules"]) == set(allowed) - {CORE}
    assert set(config["root_packages"]) == set(allowed)
    return allowed


def allowed_by_doc():
    """The "may import" table: | `part` | `a`, `b` (a note) |."""
    rows = {}
    section = DOC.read_text().split("## What each part may import", 1)[1]
    for line in section.split("\n## ", 1)[0].splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 2 and re.fullmatch(r"`\w+`", cells[0]):
            may_import = re.sub(r"\(.*?\)", "", cells[1])
            rows[cells[0].strip("`")] = set(re.findall(r"`(\w+)`", may_import))
    return rows


def test_the_import_contracts_are_kept():
    assert (
        lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0
    )


def test_the_architecture_map_says_what_the_contracts_allow():
    assert allowed_by_doc() == allowed_by_contracts()


def test_every_exception_to_the_core_rule_is_named_in_the_map():
    core = core_contract()
    doc = DOC.read_text()
    for ignored in core.get("ignore_imports", []):
        importer, imported = (part.strip() for part in ignored.split("->"))
        assert f"`{importer}` → `{imported}`" in doc
