"""A cell an instruction names by its column in full words ("Le nombre de logements de
l'opération … est fixé à 25": column "logements") is found under a heading that abbreviates
them ("Nb logts", "Subv. ANRU"), on records built for the test (issue 12: the count cell of
the operations table left at its old value by consolidation, dev layout set 4)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from builders import operations_convention  # noqa: E402
from convention_parser.diff import consolidate  # noqa: E402
from convention_parser.records import Amendment, Edit, ParseResult, Part, Source  # noqa: E402


def _avenant(edits: list[tuple[str, Edit]]) -> ParseResult:
    part = Part(kind="avenant", pages=[1, 2], title="Avenant n°1", metadata={"number": "1"})
    part.amendments = [Amendment(t, "article", "replace", section="2", page=1, edit=e) for t, e in edits]
    return ParseResult(source=Source("a.pdf", "1" * 64, 2), parts=[part])


def _ops(result: ParseResult):
    return next(t for t in result.parts[0].tables if t.id == "t1")


@pytest.mark.parametrize("heading, column, new, j", [
    ("Nb logts", "logements", "60", 2),
    ("Subv. ANRU", "subvention ANRU", "1 990 000 €", 3),
])
def test_a_column_named_in_full_is_found_under_its_abbreviated_heading(heading, column, new, j):
    c = operations_convention()
    _ops(c).header[-1][j] = heading
    before = [list(r) for r in _ops(c).rows]
    merged = consolidate(c, [_avenant([("8.1", Edit("cell_replace", row="C0688-21-0001", column=column,
                                                   new=new))])])
    rows = _ops(merged).rows
    assert rows[0][j] == new
    assert rows[0][:j] + rows[0][j + 1:] == before[0][:j] + before[0][j + 1:]
    assert rows[1:] == before[1:]
    assert not merged.parts[0].metadata["consolidation"][0]["conflicts"]


def test_two_letters_in_common_are_no_abbreviation():
    c = operations_convention()
    _ops(c).header[-1][2] = "Nb lots"
    merged = consolidate(c, [_avenant([("8.1", Edit("cell_replace", row="C0688-21-0001", column="logements",
                                                   new="60"))])])
    assert _ops(merged).rows[0][2] == "71"
