"""consolidate() applies in-place edits (legislative drafting) to the convention's records:
words in a paragraph, a paragraph added, table lines removed/added, one cell replaced, totals
recomputed; the facts read from what changed follow. Gold by construction (hand-built records)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from builders import operations_convention  # noqa: E402
from convention_parser.diff import consolidate, diff_results  # noqa: E402
from convention_parser.records import Amendment, Edit, ParseResult, Part, Source  # noqa: E402


def _convention() -> ParseResult:
    return operations_convention(with_facts=True)


def _avenant(edits: list[tuple[str, Edit]]) -> ParseResult:
    ams = [Amendment(target=t, target_kind="article", action="replace", section="1", page=1, edit=e)
           for t, e in edits]
    return ParseResult(source=Source("a.pdf", "1" * 64, 2),
                       parts=[Part(kind="avenant", pages=[1, 2], amendments=ams, metadata={"number": "1"})])


def _one(result: ParseResult) -> Part:
    return result.parts[0]


def test_words_and_paragraph_edits_change_the_text_and_its_counts():
    c = _convention()
    a = _avenant([("4.1", Edit("words_replace", old="111 logements", new="151 logements", paragraph=2)),
                  ("4.1", Edit("paragraph_add", new="Démolition de la tour Ravel (40 logements) à Lormes ;"))])
    merged = consolidate(c, [a])
    sec = next(s for s in _one(merged).sections if s.number == "4.1")
    assert sec.text.splitlines() == ["Le programme comprend :",
                                     "Le programme prévoit la démolition de 151 logements locatifs sociaux.",
                                     "Démolition de la tour Ravel (40 logements) à Lormes ;"]
    assert sec.last_amended_by == "avenant n°1"
    counts = sorted(q.value for q in _one(merged).quantities if q.section == "4.1" and not q.table)
    assert 151.0 in counts and 111.0 not in counts
    assert not _one(merged).metadata["consolidation"][0]["conflicts"]


def test_table_lines_cells_and_totals():
    c = _convention()
    a = _avenant([
        ("8.1", Edit("row_delete", row="C0688-21-0002")),
        ("8.1", Edit("row_add", after_row="C0688-21-0001", cells={
            "IDTOP": "C0688-21-0003", "Libellé": "Démolition de la tour Ravel (40 logements)", "Logements": "40",
            "Subvention ANRU": "1 000 000 €"})),
        ("8.1", Edit("cell_replace", row="C0688-21-0001", old="1 880 000 €", new="2 000 000 €")),
        ("8.1", Edit("totals")),
        ("9", Edit("cell_replace", row="Région", column="Le Plateau", old="–", new="250 000 €", table="financier")),
        ("9", Edit("totals")),
    ])
    merged = consolidate(c, [a])
    part = _one(merged)
    ops = next(t for t in part.tables if t.id == "t1")
    assert [r[0] for r in ops.rows] == ["C0688-21-0001", "C0688-21-0003", "Total"]
    assert ops.rows[0][3] == "2 000 000 €" and ops.rows[2][3] == "3 000 000 €"
    fin = next(t for t in part.tables if t.id == "t2")
    assert fin.rows[1] == ["Région", "500 000 €", "250 000 €", "750 000 €"]
    assert fin.rows[2] == ["Total", "2 380 000 €", "1 150 000 €", "3 530 000 €"]
    assert not part.metadata["consolidation"][0]["conflicts"]
    changes = diff_results(c, merged).changes
    assert any(a.label == "Région / Le Plateau" and a.value == 250000.0 for a in part.amounts)
    assert any(ch.type == "amount_changed" and ch.before == 3280000.0 and ch.after == 3530000.0 for ch in changes)


def test_an_edit_whose_words_are_not_there_is_a_conflict():
    c = _convention()
    a = _avenant([("4.1", Edit("words_replace", old="999 logements", new="1 logement"))])
    merged = consolidate(c, [a])
    conflicts = _one(merged).metadata["consolidation"][0]["conflicts"]
    assert len(conflicts) == 1 and "999 logements" in conflicts[0]["reason"]
    assert next(s for s in _one(merged).sections if s.number == "4.1").text == \
        next(s for s in _one(c).sections if s.number == "4.1").text


def test_totals_printed_first_are_recomputed_from_the_lines_below():
    c = _convention()
    fin = next(t for t in _one(c).tables if t.id == "t2")
    fin.rows = [fin.rows[2], fin.rows[0], fin.rows[1]]           # the totals row first (then its lines)
    a = _avenant([("9", Edit("cell_replace", row="Région", column="Le Plateau", old="–", new="250 000 €")),
                  ("9", Edit("totals"))])
    fin2 = next(t for t in _one(consolidate(c, [a])).tables if t.id == "t2")
    assert fin2.rows[0] == ["Total", "2 380 000 €", "1 150 000 €", "3 530 000 €"]
    assert fin2.rows[2] == ["Région", "500 000 €", "250 000 €", "750 000 €"]
    # a line added with no place named goes under the lines, not above the totals printed first
    ops = next(t for t in _one(c).tables if t.id == "t1")
    ops.rows = [ops.rows[-1]] + ops.rows[:-1]
    a = _avenant([("8.1", Edit("row_add", cells={"IDTOP": "C0688-21-0003", "Subvention ANRU": "1 000 000 €"})),
                  ("8.1", Edit("totals"))])
    ops2 = next(t for t in _one(consolidate(c, [a])).tables if t.id == "t1")
    assert [r[0] for r in ops2.rows] == ["Total", "C0688-21-0001", "C0688-21-0002", "C0688-21-0003"]
    assert ops2.rows[0][-1] == "3 780 000 €"


def test_an_amount_quoted_in_another_form_is_replaced_where_the_text_prints_its_value():
    c = _convention()
    sec = next(s for s in _one(c).sections if s.number == "9")
    sec.text = "Le plan de financement s'établit comme suit :\nLe coût total est estimé à 3 280 K€, dont 2,78 M€ de l'ANRU."
    a = _avenant([("9", Edit("words_replace", old="3.280.000 euros", new="3.530.000 euros")),
                  ("9", Edit("words_replace", old="2 780 000,00 €", new="2 900 000,00 €"))])
    merged = consolidate(c, [a])
    assert next(s for s in _one(merged).sections if s.number == "9").text.splitlines()[1] == \
        "Le coût total est estimé à 3.530.000 euros, dont 2 900 000,00 € de l'ANRU."
    assert not _one(merged).metadata["consolidation"][0]["conflicts"]
    # words that are not one amount alone are never matched by value
    a = _avenant([("9", Edit("words_replace", old="total de 3 280 000 €", new="total de 1 €"))])
    assert len(_one(consolidate(c, [a])).metadata["consolidation"][0]["conflicts"]) == 1


def test_a_line_printed_with_its_idtop_in_the_label_falls_under_the_conventions_columns():
    c = _convention()
    a = _avenant([("8.1", Edit("row_add", after_row="C0688-21-0002", row_cells=[
        "C0688-21-0003 – Démolition de la tour Ravel (40 logements)", "40", "1 000 000 €"]))])
    ops = next(t for t in _one(consolidate(c, [a])).tables if t.id == "t1")
    assert ops.rows[2] == ["C0688-21-0003", "Démolition de la tour Ravel (40 logements)", "40", "1 000 000 €"]
    # the reverse: a convention printing "IDTOP – libellé" in one cell
    c = _convention()
    ops = next(t for t in _one(c).tables if t.id == "t1")
    ops.header = [["Opération", "Logements", "Subvention ANRU"]]
    ops.rows = [[f"{r[0]} – {r[1]}"] + r[2:] for r in ops.rows[:2]] + [["Total", "", "2 780 000 €"]]
    ops.n_cols = 3
    a = _avenant([("8.1", Edit("row_add", after_row="C0688-21-0002", row_cells=[
        "C0688-21-0003", "Démolition de la tour Ravel (40 logements)", "40", "1 000 000 €"]))])
    ops = next(t for t in _one(consolidate(c, [a])).tables if t.id == "t1")
    assert ops.rows[2] == ["C0688-21-0003 – Démolition de la tour Ravel (40 logements)", "40", "1 000 000 €"]
    # group rows (a quartier's label spread over its row) are no lines of the table
    c = _convention()
    ops = next(t for t in _one(c).tables if t.id == "t1")
    ops.header = [["Opération", "Logements", "Subvention ANRU"]]
    ops.rows = [["Quartier Le Plateau"] * 3, [f"{ops.rows[0][0]} – {ops.rows[0][1]}"] + ops.rows[0][2:],
                ["Quartier Les Provinces"] * 3]
    ops.n_cols = 3
    a = _avenant([("8.1", Edit("row_add", after_row="C0688-21-0001", row_cells=[
        "C0688-21-0003", "Démolition de la tour Ravel (40 logements)", "40", "1 000 000 €"]))])
    ops = next(t for t in _one(consolidate(c, [a])).tables if t.id == "t1")
    assert ops.rows[2] == ["C0688-21-0003 – Démolition de la tour Ravel (40 logements)", "40", "1 000 000 €"]


def test_named_cells_of_an_added_line_under_a_column_printing_idtop_and_label_together():
    """« IDTOP » : « … » ; « Libellé de l'opération » : « … » for a convention column "Opération
    (IDTOP – libellé)": both cells go to that column, as it prints them; a label sharing no word
    with any header is left out."""
    c = _convention()
    ops = next(t for t in _one(c).tables if t.id == "t1")
    ops.header = [["Opération (IDTOP – libellé)", "Logements", "Subvention ANRU"]]
    ops.rows = [[f"{r[0]} – {r[1]}"] + r[2:] for r in ops.rows[:2]] + [["Total", "", "2 780 000 €"]]
    ops.n_cols = 3
    a = _avenant([("8.1", Edit("row_add", after_row="C0688-21-0002", cells={
        "IDTOP": "C0688-21-0003", "Libellé de l'opération": "Démolition de la tour Ravel (40 logements)",
        "Logements": "40", "Subvention ANRU": "1 000 000 €", "Lancement": "S2 2025"}))])
    ops = next(t for t in _one(consolidate(c, [a])).tables if t.id == "t1")
    assert ops.rows[2] == ["C0688-21-0003 – Démolition de la tour Ravel (40 logements)", "40", "1 000 000 €"]


def test_a_cell_of_a_label_printed_on_two_lines_is_edited_where_its_old_value_is():
    """Two operations of one label in two communes: the line whose cell holds the old value."""
    c = _convention()
    ops = next(t for t in _one(c).tables if t.id == "t1")
    ops.rows[1][0] = ops.rows[0][0]
    first, second = list(ops.rows[0]), list(ops.rows[1])
    a = _avenant([("8.1", Edit("cell_replace", row=ops.rows[0][0], column="Subvention ANRU",
                               old=second[-1], new="1 234 000 €"))])
    merged = consolidate(c, [a])
    ops = next(t for t in _one(merged).tables if t.id == "t1")
    assert ops.rows[0] == first and ops.rows[1] == second[:-1] + ["1 234 000 €"]
    assert not _one(merged).metadata["consolidation"][0]["conflicts"]


def test_a_one_row_table_goes_to_the_instruction_whose_table_has_its_columns():
    from convention_parser.records import Table
    c = _convention()
    _one(c).tables.append(Table(id="t3", title="Synthèse", pages=[2], section="4.1",
                                header=[["Intervention", "Les Provinces", "Le Plateau"]],
                                rows=[["Démolition", "71 logements", "40 logements"]], n_rows=1, n_cols=3))
    a = _avenant([("4.1", Edit("row_add", after_row="Démolition")),       # its one-row table the parse lost
                  ("8.1", Edit("row_add", after_row="C0688-21-0002"))])
    line = Table(id="a1", title="", pages=[1], section="1", header=[["IDTOP", "Libellé", "Logements", "Subvention ANRU"]],
                 rows=[["C0688-21-0003", "Démolition de la tour Ravel (40 logements)", "40", "1 000 000 €"]],
                 n_rows=1, n_cols=4)
    _one(a).tables = [line]
    merged = consolidate(c, [a])
    ops = next(t for t in _one(merged).tables if t.id == "t1")
    assert ops.rows[2][0] == "C0688-21-0003"
    synth = next(t for t in _one(merged).tables if t.id == "t3")
    assert synth.rows == [["Démolition", "71 logements", "40 logements"]]
    assert [x["target"] for x in _one(merged).metadata["consolidation"][0]["conflicts"]] == ["4.1"]
