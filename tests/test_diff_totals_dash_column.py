"""An avenant brings a financeur into quartiers where it funded nothing (its column all
dashes, its total a dash too): the cells filled, the consolidated table's total row sums the
column as it sums the others, printed as that row's figures (a table of bare figures, layout
set 4's transposed financing table). An empty total cell (a sub-total row under a column of
counts) stays empty. Rows built for the test, expected sums by hand."""

from convention_parser.diff.legistique import recompute_totals

HEADER = ["Quartier (en € HT)", "ANRU", "Action Logement", "Département", "Total"]


def test_a_dash_total_over_a_column_filled_gets_its_sum():
    rows = [["Les Castors (QP059053)", "7 338 900", "1 323 700", "390 000", "8 662 600"],
            ["La Briqueterie (QP059031)", "5 200 400", "–", "240 000", "5 200 400"],
            ["Total", "11 064 400", "1 323 700", "–", "12 388 100"]]
    recompute_totals(HEADER, rows)
    assert rows[0][4] == "9 052 600"
    assert rows[1][4] == "5 440 400"
    assert rows[2] == ["Total", "12 539 300", "1 323 700", "630 000", "14 493 000"]


def test_a_dash_total_over_a_column_still_empty_stays_a_dash():
    rows = [["Les Castors (QP059053)", "7 338 900", "1 323 700", "–", "8 662 600"],
            ["Total", "7 338 900", "1 323 700", "–", "8 662 600"]]
    recompute_totals(HEADER, rows)
    assert rows[1] == ["Total", "7 338 900", "1 323 700", "–", "8 662 600"]


def test_an_empty_total_cell_under_counts_stays_empty():
    header = ["Libellé", "Logements", "Subvention ANRU"]
    rows = [["Démolition de la tour Bizet", "171", "3 305 100,17 €"],
            ["Démolition de l'îlot Les Hortensias", "38", "633 000,00 €"],
            ["Sous-total La Côte Rouge", "", "3 938 100,17 €"]]
    recompute_totals(header, rows)
    assert rows[2] == ["Sous-total La Côte Rouge", "", "3 938 100,17 €"]


def test_a_grand_total_under_sub_totals_sums_every_line_of_the_groups():
    # layout set 4's operations table: lines, "Sous-total" per quartier, then "Total" right
    # under the last sub-total (no line of its own). An avenant changed two lines, added one
    # and removed one: the total is the sum of all the lines, not of an empty block (0).
    header = ["N° IDTOP", "Opération", "Nb logts", "Montant ANRU (€)"]
    rows = [["C0455-14-0009", "Conduite du projet", "", "440 000"],
            ["C0455-21-0001", "Démolition de la barre Jonquilles", "156", "3 387 500"],
            ["Sous-total La Cité du 7", "", "", "3 650 000"],
            ["C0455-21-0005", "Démolition de l'ensemble Bizet", "69", "1 920 000"],
            ["C0455-21-0010", "Démolition de la barre Debussy", "117", "1 676 000"],
            ["Sous-total La Cité du 10", "", "", "5 753 000"],
            ["Total", "", "", "13 098 400"]]
    recompute_totals(header, rows)
    assert rows[2][3] == "3 827 500"
    assert rows[5][3] == "3 596 000"
    assert rows[6] == ["Total", "", "", "7 423 500"]


def test_group_totals_then_a_grand_total_then_new_groups():
    # "Total" per group then "Total général"; a second pair of groups after it sums from there.
    header = ["Opération", "ANRU"]
    rows = [["A1", "100"], ["A2", "50"], ["Total A", "0"],
            ["B1", "30"], ["Total B", "0"],
            ["Total général", "0"]]
    recompute_totals(header, rows)
    assert [r[1] for r in rows] == ["100", "50", "150", "30", "30", "180"]
