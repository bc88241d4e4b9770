"""Cells merged down a column (commune, maître d'ouvrage shared by a quartier's operations)
printed once by one version of an unruled operation table, on every row by the other: the
empty cells are that merged cell, no table_modified (diff/merged_down.py; the residual
consolidate(convention, avenant) vs the consolidated convention of dev seeds 852, 858, 860,
863, 864, layout set 4). Records built for the test; gold by construction."""

from convention_parser.diff.tables import table_changes
from convention_parser.records import Table

HEADER = [["IDTOP", "Libellé", "Commune", "Maître d'ouvrage", "Assiette", "Subvention ANRU"]]
GROUP = ["Quartier Le Moulin (QP033015) – Neuvelle"] * 6
PRINTED = [GROUP,
           ["C0330-21-0004", "Démolition de la résidence Mozart", "Neuvelle", "Logis Horizon", "9 587 500", "4 793 800"],
           ["C0330-21-0005", "Démolition de l'immeuble Mozart", "Neuvelle", "Logis Horizon", "16 615 200", "4 153 800"],
           ["C0330-37-0007", "Extension du centre social Marie Curie", "Neuvelle", "Commune de Neuvelle", "1 863 250",
            "745 300"],
           ["Total", "", "", "", "", "9 692 900"]]


def _merged(rows):
    """The same rows with each cell equal to the one above it (same column, data rows) left empty."""
    out, above = [], None
    for r in rows:
        if len(set(r)) == 1 or r[0] == "Total":
            out.append(list(r))
            above = None
            continue
        out.append([c if above is None or j < 2 or c != above[j] else "" for j, c in enumerate(r)])
        above = r
    return out


def _table(rows, tid):
    return Table(id=tid, title="Tableau des opérations cofinancées par l'ANRU (article 8.1)", pages=[10],
                 header=HEADER, rows=rows, n_rows=len(rows), n_cols=6, section="8.1")


def test_cells_merged_down_are_no_change():
    merged = _merged(PRINTED)
    assert merged[2][2] == "" and merged[2][3] == ""          # built as printed once
    assert table_changes([(_table(PRINTED, "t1"), _table(merged, "t2"))]) == []
    assert table_changes([(_table(merged, "t1"), _table(PRINTED, "t2"))]) == []


def test_a_changed_cell_beside_merged_cells_is_still_told():
    merged = _merged(PRINTED)
    merged[2][5] = "4 500 000"
    (c,) = table_changes([(_table(PRINTED, "t1"), _table(merged, "t2"))])
    assert c.after["rows_modified"] == 1 and c.after["rows"][0][0] == "C0330-21-0005"


def test_an_emptied_cell_whose_value_above_differs_is_a_change():
    # The maître d'ouvrage of the last operation left empty: the cell above names another body.
    other = [list(r) for r in PRINTED]
    other[3][3] = ""
    (c,) = table_changes([(_table(PRINTED, "t1"), _table(other, "t2"))])
    assert c.after["rows_modified"] == 1 and c.after["rows"][0][0] == "C0330-37-0007"
