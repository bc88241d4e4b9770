"""Tables whose header alone is shaded, body unruled (tables/header_alone.py),
on pages of generator2 conventions (LibreOffice; gold by construction, the
generator's tables of those pages; dev seeds 392, 394, 391 of helper fintab).

- a one-row table announced by "est insérée la ligne suivante :", its label
  wrapped: the header (a one-row shaded grid) takes the row below;
- operation family tables of one or two operations per quartier, each
  quartier opened by a group row right under the header;
- a caption under one table, sitting on the next table's top rule, is no
  group row of the table above (it is set centred, in the body's type)."""

from __future__ import annotations

import json
from pathlib import Path

from convention_parser.tables import find_tables
from convention_parser.text import read_document

HERE = Path(__file__).parent / "fixtures" / "tables" / "fintab"


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _gold_rows(rows: list[list[str]]) -> list[list[str]]:
    """A group row (label alone in the first cell) reads as one cell over every column."""
    return [[_norm(r[0])] * len(r) if not any(r[1:]) else [_norm(x) for x in r] for r in rows]


def _case(name: str):
    pdf = HERE / f"{name}.pdf"
    gold = json.loads((HERE / f"{name}.gold.json").read_text(encoding="utf-8"))["tables"]
    return gold, find_tables(str(pdf), read_document(pdf, ocr="never"))


def _same(found, gold) -> None:
    assert [(t.n_rows, t.n_cols) for t in found] == [(g["n_rows"], g["n_cols"]) for g in gold]
    for t, g in zip(found, gold):
        assert [[_norm(x) for x in r] for r in t.rows] == _gold_rows(g["rows"])
        assert [_norm(x) for x in t.header[-1]] == [_norm(x) for x in g["header"][-1]]


def test_one_row_table_under_a_shaded_header():
    gold, tables = _case("one_row_announced")
    _same(tables, gold)


def test_family_tables_opening_on_group_rows():
    gold, tables = _case("family_group_rows")
    _same(tables, gold)


def test_caption_on_next_tables_rule_is_no_group_row():
    gold, tables = _case("caption_on_next_rule")
    financing = [t for t in tables if t.n_cols == gold[1]["n_cols"]]
    _same(financing, gold[1:])


def test_financing_columns_drawn_by_the_header_shading():
    """A financing table financeur × quartier, its header shaded alone, figures
    set right under headings set left (whitespace alone merges the quartier
    columns): the shading's cells are the columns."""
    gold, tables = _case("financing_shaded_header")
    (g,) = gold
    (t,) = [t for t in tables if t.rows and t.rows[0][0] == "ANRU"]
    assert t.n_cols == g["n_cols"]
    assert [_norm(x) for x in t.header[-1]] == [_norm(x) for x in g["header"][-1]]
    assert [[_norm(x) for x in r] for r in t.rows[:g["n_rows"]]] == _gold_rows(g["rows"])


def test_a_shaded_header_of_two_levels_over_a_body_opening_on_a_group_row():
    """The header boxed and shaded alone has two rows ("Opération | Localisation | Financement"
    over "Libellé | Commune | …"): still a header alone, the group row under it the body's
    first row, not the caption of a table of its own (page of dev seed 683, layout set 3)."""
    gold, tables = _case("two_level_header_group_rows")
    _same(tables[:1], gold)
    assert tables[0].title == gold[0]["title"]
