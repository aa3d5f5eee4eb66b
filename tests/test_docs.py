"""The documentation stays in the repository and keeps up with the schemas: every column
declared in ziyarat/schemas.py has a one-line description in docs/CONTRACT.md (the dbt
schema.yml habit), and no README or doc links outside the repository."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ziyarat import schemas

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = ROOT / "docs" / "CONTRACT.md"


def _documented_columns() -> dict[str, dict[str, str]]:
    """table -> column -> description, from the contract's per-table column tables."""
    out: dict[str, dict[str, str]] = {}
    table = None
    for line in CONTRACT.read_text(encoding="utf-8").splitlines():
        head = re.match(r"### `(\w+)`", line)
        if head:
            table = head.group(1)
            out[table] = {}
            continue
        row = re.match(r"\| `(\w+)` \|([^|]*)\|(.*)\|(.*)\|\s*$", line)
        if table and row:
            out[table][row.group(1)] = row.group(4).strip()
    return out


@pytest.mark.parametrize("table", sorted(schemas.TABLES))
def test_every_column_has_a_description_in_the_contract(table):
    documented = _documented_columns().get(table, {})
    assert list(documented) == list(schemas.TABLES[table])  # every column, in schema order
    assert all(len(d.split()) >= 2 for d in documented.values()), documented


def _markdown_files() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), *sorted((ROOT / "bench").glob("*.md")),
            *sorted((ROOT / "eval").glob("*.md"))]


@pytest.mark.parametrize("path", _markdown_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_docs_link_nothing_outside_the_repository(path):
    text = path.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#\s]+)", text)
    outside = [t for t in targets if not t.startswith(("http://", "https://", "mailto:"))
               and not (path.parent / t).resolve().is_relative_to(ROOT)]
    assert outside == []
    assert "shared/CONTRACT.md" not in text


def test_every_visits_module_has_a_row_in_the_design_tables_visits_section():
    # docs/DESIGN.md's visits table is the map of tasks/extract/visits/: a new module gets its row
    root = ROOT
    design = (root / "docs" / "DESIGN.md").read_text(encoding="utf-8")
    section = design[design.index("#### visits (`tasks/extract/visits/`)"):design.index("### aggregate")]
    listed = set(re.findall(r"^\| `([a-z_]+)\.py`", section, re.M))
    modules = {p.stem for p in (root / "tasks" / "extract" / "visits").glob("*.py") if p.stem != "__init__"}
    assert modules and modules <= listed, sorted(modules - listed)
