"""Table cells: only headline figures are told apart from their table."""

import json

from convention_parser.diff.compare import diff_parts
from convention_parser.diff.facts import figure_changes
from convention_parser.diff.headline import is_headline
from convention_parser.diff.render import render_diff
from convention_parser.records import Amount, DiffResult, DocRef, Part, Quantity, Section, Table


def _identity(n):
    return n


def _hours(value, label):
    return Quantity(f"{value} h", value, "heure", page=20, section="8.2", label=label, table="t5")


def test_totals_and_financing_summary_rows_are_headlines_detail_cells_are_not():
    assert is_headline(Amount("1 €", 1.0, label="Total / Montant", table="t1"))
    assert is_headline(Amount("1 €", 1.0, label="À l’échelle du projet : / Montant d’investissement", table="t1"))
    summary = Table("t1", "Concours financiers NPNRU par quartier", [9], [["Quartier concerné", "Volume de prêt"]],
                    [], 0, 2)
    assert is_headline(Amount("1 €", 1.0, label="Lens QP062024 / Volume de prêt", table="t1"), summary)
    plan = Table("t2", "Plan de financement prévisionnel par quartier", [9], [["Financeur", "Les Hauts", "Total"]],
                 [], 0, 3)
    assert is_headline(Amount("1 €", 1.0, label="Organismes HLM (fonds propres) / Les Hauts", table="t2"), plan)
    assert not is_headline(Amount("1 €", 1.0, label="Organismes HLM (fonds propres) / Les Hauts", table="t2"))
    assert is_headline(Amount("1 €", 1.0, label="Région Hauts-de-France / Montant de subvention", table="t1"))
    assert not is_headline(Amount("1 €", 1.0, label="Lens QP062024 / Volume de prêt", table="t1"),
                           Table("t1", "Calendrier", [9], [["Quartier", "Volume de prêt"]], [], 0, 2))
    assert not is_headline(Amount("1 €", 1.0, label="Sous-total Lens – QP062024 / Base de financement", table="t1"))
    assert not is_headline(Amount("1 €", 1.0, label="LENS - Quartiers Fertiles : ferme urbaine / Subvention ANRU",
                                  table="t1"))
    assert not is_headline(Amount("1 €", 1.0, label="Ville de Lens / Montant d’investissement", table="t1"))
    assert is_headline(Amount("1 €", 1.0, label="Ville de Lens / Montant d’investissement"))   # prose


def test_only_the_total_row_of_a_detail_table_is_its_own_change():
    old = [_hours(1492023, "À l’échelle du projet : / Nombre d’heures travaillées"),
           _hours(299403, "Ville de Lens / Nombre d’heures travaillées"),
           _hours(80316, "Ville d’Avion / Nombre d’heures travaillées")]
    new = [_hours(1644550, "À l’échelle du projet : / Nombre d’heures travaillées"),
           _hours(342642, "Ville de Lens / Nombre d’heures travaillées"),
           _hours(95287, "Ville d’Avion / Nombre d’heures travaillées")]
    table = Table("t5", "Objectifs d’heures d’insertion par maître d’ouvrage", [20],
                  [["Maître d’ouvrage", "Nombre d’heures travaillées"]], [], 3, 2)
    changes = figure_changes(old, new, _identity, {"t5": "t5"}, "quantity", ({"t5": table}, {"t5": table}))
    assert [(c.before, c.after) for c in changes] == [(1492023, 1644550)]


def test_a_detail_cell_also_stated_in_prose_is_one_change_with_both_places():
    old = [Amount("813 600 €", 813600.0, page=30, section="9.1.1.1", label="Accompagnement / Subvention", table="t6"),
           Amount("813 600 €", 813600.0, page=29, section="9.1.1.1", label="pour un montant de")]
    new = [Amount("984 000 €", 984000.0, page=31, section="9.1.1.1", label="Accompagnement / Subvention", table="t6"),
           Amount("984 000 €", 984000.0, page=30, section="9.1.1.1", label="pour un montant de")]
    changes = figure_changes(old, new, _identity, {"t6": "t6"}, "amount")
    assert [(c.before, c.after, len(c.evidence.places)) for c in changes] == [(813600.0, 984000.0, 2)]
    # Without the prose the cell is told by its table only.
    assert figure_changes(old[:1], new[:1], _identity, {"t6": "t6"}, "amount") == []


def _part(invest_lens, total):
    rows = [["À l’échelle du projet :", f"{total} €"], ["Ville de Lens", f"{invest_lens} €"]]
    table = Table("t5", "Objectifs d’heures d’insertion par maître d’ouvrage", [20], [["Maître d’ouvrage", "Montant"]],
                  rows, 2, 2, section="8.2")
    amounts = [Amount(f"{total} €", float(total), page=20, section="8.2", label="À l’échelle du projet : / Montant",
                      table="t5"),
               Amount(f"{invest_lens} €", float(invest_lens), page=20, section="8.2", label="Ville de Lens / Montant",
                      table="t5")]
    sec = Section("s1", "8.2", "Clause d’insertion", 2, 20, text="Objectifs par maître d’ouvrage.")
    return Part(kind="convention", pages=[1, 30], sections=[sec], tables=[table], amounts=amounts)


def test_a_changed_detail_table_is_one_table_change_plus_its_total():
    changes = diff_parts(_part(26197754, 130551998), _part(29981178, 143898115))
    by_type = sorted((c.type, c.target) for c in changes if c.type in ("amount_changed", "table_modified"))
    assert by_type == [("amount_changed", "À l’échelle du projet : / Montant"),
                       ("table_modified", "Objectifs d’heures d’insertion par maître d’ouvrage")]
    table = next(c for c in changes if c.type == "table_modified")
    assert table.after["rows"] == [["À l’échelle du projet :", "143898115 €"], ["Ville de Lens", "29981178 €"]]
    assert table.before["rows"][1] == ["Ville de Lens", "26197754 €"]

    out = json.loads(render_diff(DiffResult(DocRef("a", "x"), DocRef("b", "y"), changes=changes), "json"))
    evidence = {c["type"]: c["evidence"] for c in out["changes"]}
    assert sorted(evidence["table_modified"]) == ["new_page", "new_section", "old_page", "old_section"]
    assert [p["table"] for p in evidence["amount_changed"]["places"]] == ["t5"]


def _wide(rows_values):
    """An annex table of operations (IDTOP first), its financing by financeur under a two-level
    header, a totals row (printed first, as some layouts do) and a "Total" column."""
    head = [["IDTOP", "Libellé", "Financements", "Financements", "Financements"],
            ["IDTOP", "Libellé", "ANRU", "Région", "Total"]]
    rows = [["Total", "Total"] + [f"{v} €" for v in rows_values[0]]]
    rows += [[f"C0698-2{k}-000{k}", f"Démolition de la barre B{k}"] + [f"{v} €" for v in vals]
             for k, vals in enumerate(rows_values[1:], 1)]
    return Table("t9", "Tableau financier des opérations programmées", [11], head, rows, len(rows), 5,
                 section="C2")


def _wide_amounts(table):
    out = []
    for r in table.rows:
        label = r[0] if r[0] == "Total" else f"{r[0]} – {r[1]}"
        for col, cell in zip(("ANRU", "Région", "Total"), r[2:]):
            out.append(Amount(cell, float(cell.rstrip(" €")), page=11, section="C2",
                              label=f"{label} / Financements / {col}", table="t9"))
    return out


def test_an_operation_tables_rows_and_other_financeurs_totals_are_told_by_the_table():
    """The operations' table: an operation's row (its Total column too) is told by its operation,
    the totals of financeurs other than the ANRU by table_modified; the ANRU subsidy's total,
    or a row totalling the whole convention, stays a headline figure."""
    old = _wide([[300, 50, 350], [100, 20, 120], [200, 30, 230]])
    new = _wide([[330, 40, 370], [130, 10, 140], [200, 30, 230]])
    changes = figure_changes(_wide_amounts(old), _wide_amounts(new), _identity, {"t9": "t9"}, "amount",
                             ({"t9": old}, {"t9": new}))
    assert [(c.target, c.before, c.after) for c in changes] == [("Total / Financements / ANRU", 300.0, 330.0)]
    assert is_headline(Amount("1 €", 1.0, label="Total général de la convention / Région", table="t9"), old)
    # The same table without identifiers is a financing summary: its totals are all headlines.
    plain = Table("t9", old.title, [11], old.header, [[r[1]] + r[1:] for r in old.rows], 3, 5)
    assert is_headline(Amount("1 €", 1.0, label="Total / Financements / Région", table="t9"), plain)
