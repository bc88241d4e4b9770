"""Table ids across the two documents consolidate joins: the avenant numbers its tables from
"t1" as the convention does, so the table it brings for a replaced article may carry the id of
a convention table that stays (in an article it leaves alone, or a family table an
instruction keeps). The brought table takes an id of its own (diff/table_ids.py), and the
figures of its cells follow it: the diff then pairs the replaced table with its new version,
and the table left alone with itself. Records built by hand (fixtures/diff/builders.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from builders import avenant, convention  # noqa: E402

from convention_parser.diff import consolidate, diff_results  # noqa: E402
from convention_parser.records import Amount, Table  # noqa: E402

# a table the avenant leaves alone, cut by a page break: its second piece (no title, no header)
# is "t2", which the diff joins to "t1" (diff/continued.py)
STAYING = [Table("t1", "Calendrier des instances", [3], [["Instance", "Date", "Montant"]],
                 [["Comité de pilotage", "mars 2024", "15 000 €"]], 1, 3, section="2.1"),
           Table("t2", "", [4], [], [["Revue de projet", "juin 2024", "8 000 €"]], 1, 3, section="2.1")]


def _financing(tid: str, section: str, page: int, region: int) -> tuple[Table, list[Amount]]:
    """A financing table financeur x quartier, the Région's share in Les Provinces ``region``."""
    total = 1_880_000 + region
    rows = [["ANRU", "1 880 000 €", "1 880 000 €"], ["Région", f"{region:,} €".replace(",", " "),
                                                     f"{region:,} €".replace(",", " ")],
            ["Total", f"{total:,} €".replace(",", " "), f"{total:,} €".replace(",", " ")]]
    t = Table(tid, "Plan de financement par financeur et par quartier", [page],
              [["Financeurs", "Les Provinces (QP062001)", "Total"]], rows, 3, 3, section=section)
    cells = [Amount(r[k], float(r[k].replace(" €", "").replace(" ", "")), page=page, section=section,
                    label=f"{r[0]} / {h}", table=tid)
             for r in rows for k, h in ((1, "Les Provinces (QP062001)"), (2, "Total"))]
    return t, cells


def _pair():
    conv, av = convention(), avenant()
    cp, ap = conv.parts[0], av.parts[0]
    old, old_cells = _financing("t3", "9", 8, 500_000)
    cp.tables = STAYING + [old]
    cp.quantities = []
    cp.amounts = [a for a in cp.amounts if a.section != "9"] + old_cells + [
        Amount("15 000 €", 15000.0, page=3, section="2.1", label="Comité de pilotage / Montant", table="t1"),
        Amount("8 000 €", 8000.0, page=4, section="2.1", label="Revue de projet / Montant", table="t2")]
    # the avenant's own first table is "t2" as well (its numbering, not the convention's)
    new, new_cells = _financing("t2", "3.10", 6, 650_000)
    ap.tables, ap.quantities = [new], []
    ap.amounts = [a for a in ap.amounts if a.section != "3.10"] + new_cells
    return conv, av


def test_brought_table_takes_an_id_of_its_own():
    conv, av = _pair()
    merged = consolidate(conv, [av])
    tables = merged.parts[0].tables
    ids = [t.id for t in tables]
    assert len(ids) == len(set(ids)), ids
    assert [(t.id, t.rows) for t in tables if t.section == "2.1"] == [(t.id, t.rows) for t in STAYING]
    brought = next(t for t in tables if t.section == "9")
    assert brought.id != "t2" and brought.rows[1] == ["Région", "650 000 €", "650 000 €"]
    # the figures read from the brought table name it by its new id
    assert {a.table for a in merged.parts[0].amounts if a.value == 650000.0} == {brought.id}


def test_diff_pairs_each_table_with_its_own():
    conv, av = _pair()
    changes = diff_results(conv, consolidate(conv, [av])).changes
    modified = [c.target for c in changes if c.type == "table_modified"]
    assert modified == ["Plan de financement par financeur et par quartier"]
    # a financing summary's figures are headline figures: each change told on its own
    cells = {(c.target, c.before, c.after) for c in changes if c.type == "amount_changed" and " / " in c.target}
    assert cells == {("Région / Les Provinces (QP062001)", 500000.0, 650000.0), ("Région / Total", 500000.0, 650000.0),
                     ("Total / Les Provinces (QP062001)", 2380000.0, 2530000.0), ("Total / Total", 2380000.0, 2530000.0)}
