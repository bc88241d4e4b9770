"""Rows of small-type tables (issue 12, consolidated route): a header left at
a page foot whose cells wrap a quartier's code heads the body on the next
page; a cell's lines are its printed lines whatever the glyphs' heights; a
table row whose narrow cell broke a word at its hyphen keeps the rows below.
Gold by construction: tests/fixtures/tables/office_small_rows.py (LibreOffice)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from convention_parser.tables import find_tables
from convention_parser.text import read_document

HERE = Path(__file__).resolve().parent / "fixtures" / "tables"
sys.path.insert(0, str(HERE))
from office_small_rows import (AFTER_FAMILY, ANNEX_CAPTION, ANNEXES, FAMILY, FAMILY_CAPTION, FINANCING,  # noqa: E402
                               FINANCING_CAPTION)


def _read(name: str):
    pdf = HERE / "small_rows" / f"{name}.pdf"
    doc = read_document(pdf, ocr="never")
    return doc, find_tables(str(pdf), doc)


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _rows(t) -> list[list[str]]:
    return [[_norm(x) for x in r] for r in t.rows]


def test_header_at_page_foot_with_quartier_codes_heads_its_body():
    """The bold header ends page 1, "(QP080034)" wrapped under each quartier's
    name; the body opens page 2: one table, that header, its caption."""
    _, tables = _read("foot_header_codes")
    assert len(tables) == 1
    t = tables[0]
    assert t.pages == [1, 2]
    assert [[_norm(x) for x in r] for r in t.header] == [FINANCING[0]]
    assert _rows(t) == FINANCING[1]
    assert _norm(t.title) == FINANCING_CAPTION


def test_row_under_a_hyphen_broken_cell_keeps_the_rows_below():
    """"Commune de Rosières-" / "en-Brêche" in a narrow cell: the group row and
    the last operation below stay rows of the table, its header two rows."""
    doc, tables = _read("hyphen_rest")
    assert len(tables) == 1
    t = tables[0]
    assert len(t.header) == 2 and [_norm(x) for x in t.header[1]] == FAMILY[0][1]
    gold = [[r[1]] + [""] * (len(FAMILY[0][1]) - 1) if isinstance(r, tuple) else r for r in FAMILY[1]]
    assert _layout(_rows(t)) == gold
    assert _norm(t.title) == FAMILY_CAPTION
    marked = {_norm(l.text) for p in doc.pages for l in p.lines if l.table_id}
    assert AFTER_FAMILY not in marked


def _gold(name: str) -> list[dict]:
    return json.loads((HERE / "small_rows" / f"{name}.gold.json").read_text(encoding="utf-8"))["tables"]


def _layout(rows: list[list[str]]) -> list[list[str]]:
    """A group row's text spread over its merged columns reads as the gold's lone label."""
    return [[r[0]] + [""] * (len(r) - 1) if len(r) > 1 and len(set(r)) == 1 else r for r in rows]


def test_generated_consolidated_financing_header_and_wrapped_labels():
    """A generator2 consolidated convention (pages 7-8): the financing table's
    header ends page 7 above a footnote, each quartier's code wrapped under
    its name, its body opens page 8; the operation labels set in 6 pt read
    in their printed order ("… et des espaces publics attenants")."""
    gold = _gold("consolidated_703_p7-8")
    _, tables = _read("consolidated_703_p7-8")
    assert [(t.n_rows, t.n_cols) for t in tables] == [(g["n_rows"], g["n_cols"]) for g in gold]
    for t, g in zip(tables, gold):
        assert [[_norm(x) for x in r] for r in t.header] == g["header"]
        assert _rows(t) == [[_norm(x) for x in r] for r in g["rows"]]
        assert _norm(t.title) == g["title"]


def test_generated_family_tables_keep_their_rows():
    """A generator2 signed convention (page 9): four family tables in 6 pt
    without rules, group rows; a maître d'ouvrage broken at its hyphen
    ("Commune de Rosières-" / "en-Brêche") leaves its table two rows more."""
    gold = _gold("signed_751_p9")
    _, tables = _read("signed_751_p9")
    assert [(t.n_rows, t.n_cols) for t in tables] == [(g["n_rows"], g["n_cols"]) for g in gold]
    for t, g in zip(tables, gold):
        assert _layout(_rows(t)) == [[_norm(x) for x in r] for r in g["rows"]]


def test_generated_family_table_broken_inside_a_group_row():
    """Generator2 conventions (757, signed pages 8-9 and consolidated pages
    9-10): a family table broken by the page inside a group row; the row's
    empty rest, ruled under the header the next page repeats, parts neither
    the header from the rows below it nor the group row at the page foot
    from the table: every family table keeps its header and rows."""
    for name in ("signed_757_p8-9", "consolidated_757_p9-10"):
        gold = _gold(name)
        _, tables = _read(name)
        tables = [t for t in tables if _norm(t.title).startswith("Opérations")]   # the financing table below too
        assert [(t.n_rows, t.n_cols, len(t.header)) for t in tables] == \
            [(g["n_rows"], g["n_cols"], len(g["header"])) for g in gold], name
        for t, g in zip(tables, gold):
            assert _layout(_rows(t)) == [[_norm(x) for x in r] for r in g["rows"]], name


def test_annex_list_after_a_signature_grid_keeps_its_code_column():
    """The signatures (a borderless grid of two columns) end page 1; the annex
    list opening page 2 under its heading and caption is a table of its own,
    read in its own three columns ("A8" | "Plan guide …"), not in the
    signature grid's two."""
    _, tables = _read("annex_after_signatures")
    annex = [t for t in tables if _norm(t.title) == ANNEX_CAPTION]
    assert len(annex) == 1
    t = annex[0]
    assert t.pages == [2] and t.n_cols == 3
    assert [[_norm(x) for x in r] for r in t.header] == [ANNEXES[0]]
    assert _rows(t) == ANNEXES[1]


def test_generated_tight_family_tables_keep_header_levels_and_identifiers():
    """A generator2 signed convention (762, page 8): six family tables in 6 pt
    set tight, no rules; "Opération" / "Localisation" / "Financement" over
    the header's second line at a wrap's leading is a header row of its own,
    and an identifier broken at its hyphen in a table of one row
    ("C0232-34-" / "0007") is one cell of that row."""
    gold = _gold("signed_762_p8")
    _, tables = _read("signed_762_p8")
    assert [(t.n_rows, t.n_cols, len(t.header)) for t in tables] == \
        [(g["n_rows"], g["n_cols"], len(g["header"])) for g in gold]
    for t, g in zip(tables, gold):
        assert [[_norm(x) for x in r] for r in t.header][1] == g["header"][1]
        assert _rows(t) == [[_norm(x) for x in r] for r in g["rows"]]


def test_generated_table_continued_under_its_repeated_header():
    """A generator2 consolidated convention (756, pages 5-6): the operations
    table's header of two levels, its totals row and one row end page 5; page
    6 prints the header again over the other rows. The columns whitespace
    shows move with the rows each part holds (a figure set right under
    "Assiette" set left): the repeated header makes them one table."""
    gold = _gold("consolidated_756_p5-6")
    _, tables = _read("consolidated_756_p5-6")
    assert [(t.n_rows, t.n_cols, len(t.header), t.pages) for t in tables] == \
        [(g["n_rows"], g["n_cols"], len(g["header"]), p) for g, p in zip(gold, ([1, 2], [2]))]
    for t, g in zip(tables, gold):
        assert _rows(t) == [[_norm(x) for x in r] for r in g["rows"]]
        assert _norm(t.title) == g["title"]


def test_generated_ruled_table_total_row_pushed_over_the_break():
    """A generator2 signed convention (727, pages 7-8): the operations table,
    ruled, ends page 7; its "Total" row opens page 8 boxed alone (a label and
    one sum: no rest of the row above, whose amounts it does not end). The
    table keeps it as its last row; the financing table below keeps its shape."""
    gold = _gold("signed_727_p7-8")
    _, tables = _read("signed_727_p7-8")
    titled = [t for t in tables if t.title]
    assert [(t.n_rows, t.n_cols) for t in titled] == [(g["n_rows"], g["n_cols"]) for g in gold]
    ops = titled[0]
    assert ops.pages == [1, 2]
    assert _layout(_rows(ops)) == [[_norm(x) for x in r] for r in gold[0]["rows"]]
    assert not any(t.n_rows == 1 and _rows(t)[0][0] == "Total" for t in tables)
