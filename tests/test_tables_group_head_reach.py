"""A financing table without rules under a two-level header (layout set 6's family;
tests/fixtures/tables/office_group_head.py: python-docx + LibreOffice, two versions, gold by
construction): an empty cell's dash, which layer 1 reads as the bullet of the line it opens
over two columns no strip parts (the group heading spans both), goes back to its own cell,
where it was printed, not glued before the next cell's amount ("– 5 964 200,29 €"); the
group heading, set left, heads every quartier column, not only
those its words cover: every changed quartier cell is named by both levels of the header."""

from __future__ import annotations

import functools
from pathlib import Path
from helpers import fixture_module

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _builder():
    return fixture_module(FIXTURES / "office_group_head.py")


@functools.lru_cache(maxsize=None)
def _parse(name: str):
    from convention_parser.pipeline import parse_pdf
    return parse_pdf(str(FIXTURES / "group_head" / f"{name}.pdf"))


def test_dash_keeps_its_cell_and_the_group_heads_every_quartier():
    b = _builder()
    for name, rows in b.VERSIONS.items():
        tables = [t for part in _parse(name).parts for t in part.tables]
        assert len(tables) == 1, [t.header for t in tables]
        t = tables[0]
        assert t.header[0] == ["Financeurs", b.GROUP, b.GROUP, b.GROUP, "Total"]
        assert t.header[1][1:4] == b.QUARTIERS
        assert t.rows == rows


def test_changed_cells_are_named_by_both_header_levels():
    from convention_parser.diff import diff_versions

    b = _builder()
    found = {c.target: (c.before, c.after) for c in diff_versions(_parse("old"), _parse("new")).changes
             if c.type == "amount_changed"}
    peupliers, source = (f"{b.GROUP} / {q}" for q in b.QUARTIERS[1:])
    assert found[f"ANRU / {peupliers}"] == (3713000.0, 5470000.0)
    assert found[f"ANRU / {source}"] == (6066601.55, 6338100.68)        # a quartier past the heading's words
    assert found[f"Total / {source}"] == (18590301.89, 18861801.02)
    assert found[f"Action Logement / {peupliers}"] == (5964200.29, 6100000.0)   # the amount after a dash
    assert found[f"Banque des Territoires / {peupliers}"] == (0.0, 150000.0)    # a dash filled
