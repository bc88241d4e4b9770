"""Avenants stating their changes as infinitive clauses of their object article
(structure/edit_objet.py) and avenants giving the operations as fiches (structure/edit_fiches.py):
each read into the Edit records of the other drafting styles and applied by consolidate(); the
pairs are built here, gold by hand (issue 12, styles objet and fiches of
corpora/generator2/conv_avenant_styles6.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from avenant_article import avenant_of, edit_rows, read_article  # noqa: E402
from forced_styles import check_forced_styles  # noqa: E402
from builders import operations_convention  # noqa: E402
from convention_parser.diff import consolidate, diff_results  # noqa: E402
from convention_parser.records import Amendment, ParseResult, Part, Section, Source, Table  # noqa: E402
from convention_parser.structure.edit_fiches import read_fiche  # noqa: E402
from convention_parser.structure.edit_objet import declarative  # noqa: E402
from convention_parser.structure.edit_prose import BY_ROW  # noqa: E402


def _read(*texts: str, number: str = "1", heading: str = "Objet de l'avenant") -> list[Amendment]:
    """Paragraphs of an avenant's article through the amendment grammar."""
    return read_article(*texts, number=number, heading=heading)


# --- objet ---------------------------------------------------------------------------------------------

def test_object_clauses_are_read_as_the_sentences_they_stand_for():
    ams = _read("Le présent avenant a pour objet de :",
                "- intégrer au programme l'opération Démolition de la tour Ravel (40 logements) à Avion (C0688-21-0003), "
                "sous la maîtrise d'ouvrage de Maisons du Nord, pour une subvention de l'ANRU de 1 000 000 € ;",
                "- retirer du programme l'opération Démolition de la barre Vauban (40 logements) (C0688-21-0002) ;",
                "- porter le montant de la subvention de l'ANRU à l'opération Démolition de la tour des Frênes "
                "(71 logements) (C0688-21-0001) de 1 880 000 € à 2 000 000 € ;",
                "- ramener la participation de la Région au quartier Le Plateau à 250 000 € ;",
                "- mettre à jour les totaux en conséquence ;",
                "- remplacer, au deuxième alinéa de l'article 9, le montant de 3 280 000 € par 3 400 000 € ;",
                "- supprimer le dernier alinéa de l'article 6 ;",
                "- compléter l'article 4.1 par l'alinéa suivant : « Le programme comprend la tour Ravel. » ;",
                "- modifier l'intitulé de l'article 2.2, désormais intitulé « Les objectifs urbains » ;",
                "- abroger l'annexe C4.")
    got = edit_rows(ams)
    assert got[0] == (BY_ROW, "row_add", None, None, None)
    assert ams[0].edit.cells["IDTOP"] == "C0688-21-0003" and ams[0].edit.cells["Subvention ANRU"] == "1 000 000 €"
    assert got[1:] == [(BY_ROW, "row_delete", "C0688-21-0002", None, None),
                       (BY_ROW, "cell_replace", "C0688-21-0001", "1 880 000 €", "2 000 000 €"),
                       (BY_ROW, "cell_replace", "Région", None, "250 000 €"),
                       (BY_ROW, "totals", None, None, None),
                       ("9", "words_replace", None, "3 280 000 €", "3 400 000 €"),
                       ("6", "paragraph_delete", None, None, None),
                       ("4.1", "paragraph_add", None, None, "Le programme comprend la tour Ravel."),
                       ("2.2", "rename"), ("C4", "repeal")]
    assert ams[3].edit.column == "Le Plateau" and ams[5].edit.paragraph == 2
    assert ams[8].new_heading == "Les objectifs urbains"
    # what is no clause is left as it is
    assert declarative("Le présent avenant a pour objet de :") is None
    assert declarative("porter une attention particulière aux habitants ;") is None


def test_a_clause_wrapped_over_lines_is_one_clause():
    # the list item's lines come out as paragraphs: one opens on the identifier in brackets, one on digits
    ams = _read("– porter la subvention de l'ANRU à l'opération Démolition de la barre Vauban (40 logements)",
                "(C0688-21-0002) de 900 000 € à 950 000 € ;",
                "– porter la participation de la Région au quartier Le Plateau de 120 000 € à 250",
                "000 € ;",
                "– supprimer l'annexe C4.")
    assert edit_rows(ams) == [
        (BY_ROW, "cell_replace", "C0688-21-0002", "900 000 €", "950 000 €"),
        (BY_ROW, "cell_replace", "Région", "120 000 €", "250 000 €"), ("C4", "repeal")]
    # a line to the drafter, no item of a list, ends where it ends ("… IODA" / "Sans objet")
    ams = _read("L'article 9.1.1.1 est modifié et désormais rédigé comme suit :",
                "Insérer le tableau de l'ensemble des opérations à partir du menu reporting de IODA",
                "L'article 9.1.1.2 est modifié et désormais rédigé comme suit :", "Sans objet",
                number="3", heading="Modification de l'article 9.1.1")
    assert [(a.target, a.action, a.new_text) for a in ams] == [
        ("9.1.1.1", "replace", "Insérer le tableau de l'ensemble des opérations à partir du menu reporting de IODA"),
        ("9.1.1.2", "unchanged", None)]


def test_object_avenant_consolidates_lines_and_cells():
    c = operations_convention(with_facts=False)
    ams = _read("Il a pour objet de :",
                "– inscrire au programme l'opération Démolition de la tour Ravel (40 logements) à Avion (C0688-21-0003), "
                "sous la maîtrise d'ouvrage de Maisons du Nord, pour une subvention de l'ANRU de 1 000 000 € ;",
                "– supprimer du programme l'opération Démolition de la barre Vauban (40 logements) (C0688-21-0002) ;",
                "– fixer la subvention de l'ANRU à l'opération Démolition de la tour des Frênes (71 logements) "
                "(C0688-21-0001) à 1 800 000 € ;",
                "– renommer l'opération Démolition de la tour des Frênes (71 logements) (C0688-21-0001), désormais "
                "intitulée Démolition de la tour des Frênes (65 logements) ;",
                "– ajuster les totaux en conséquence ;",
                "– porter la participation de la Région au quartier Le Plateau de – à 250 000 € ;",
                "– ajuster les totaux en conséquence.")
    merged = consolidate(c, [avenant_of(ams)]).parts[0]
    ops = next(t for t in merged.tables if t.id == "t1")
    assert ops.rows == [["C0688-21-0001", "Démolition de la tour des Frênes (65 logements)", "71", "1 800 000 €"],
                        ["C0688-21-0003", "Démolition de la tour Ravel (40 logements)", "40", "1 000 000 €"],
                        ["Total", "", "", "2 800 000 €"]]
    fin = next(t for t in merged.tables if t.id == "t2")
    assert fin.rows[1] == ["Région", "500 000 €", "250 000 €", "750 000 €"]
    assert not merged.metadata["consolidation"][0]["conflicts"]


def test_a_new_maitre_d_ouvrage_in_every_phrasing():
    ams = _read("- substituer à la SA HLM Nord la SA Maisons du Nord en qualité de maître d'ouvrage de l'opération "
                "Démolition de la tour Ravel (40 logements) (C0688-21-0003) ;",
                "- substituer Maisons du Nord à la SA HLM Nord en qualité de maître d'ouvrage de l'opération Démolition X ;",
                "- désigner Maisons du Nord en qualité de maître d'ouvrage de l'opération Démolition Y (C0688-21-0004), "
                "en remplacement de la SA HLM Nord ;",
                "- transférer la maîtrise d'ouvrage de l'opération Démolition Z de la SA HLM Nord à la commune d'Avion.")
    assert [(a.target, a.edit.row, a.edit.column, a.edit.old, a.edit.new) for a in ams] == [
        (BY_ROW, "C0688-21-0003", "Maître d'ouvrage", "SA HLM Nord", "SA Maisons du Nord"),
        (BY_ROW, "Démolition X", "Maître d'ouvrage", "SA HLM Nord", "Maisons du Nord"),
        (BY_ROW, "C0688-21-0004", "Maître d'ouvrage", "SA HLM Nord", "Maisons du Nord"),
        (BY_ROW, "Démolition Z", "Maître d'ouvrage", "SA HLM Nord", "Commune d'Avion")]


# --- fiches --------------------------------------------------------------------------------------------

_FICHES = ["Les opérations du programme sont créées, modifiées ou supprimées selon les fiches ci-après.",
           "Fiche opération n° 1 – opération supprimée",
           "Libellé : Démolition de la barre Vauban (40 logements)", "N° IDTOP : C0688-21-0002",
           "Localisation : Avion (QP062012)", "L'opération est retirée du programme.",
           "FICHE OPÉRATION N° 2 : MODIFICATION",
           "Libellé : Démolition de la tour des Frênes (65 logements) (au lieu de Démolition de la tour des Frênes "
           "(71 logements))",
           "N° IDTOP : C0688-21-0001", "Maître d'ouvrage : Maisons du Nord",
           "Nombre de logements : 71 → 65", "Subvention ANRU : portée de 1 880 000 € à 2 000 000 €",
           "Calendrier : lancement S1 2024",
           "Fiche opération n° 3 (opération créée)",
           "Libellé : Démolition de la tour Ravel (40 logements)", "N° IDTOP : C0688-21-0003",
           "Localisation : Avion (QP062012)", "Maître d'ouvrage : Maisons du Nord", "Nombre de logements : 40",
           "Subvention ANRU : 1 000 000 €", "Calendrier : lancement S2 2025"]
_ROWS = [["C0688-21-0001", "Démolition de la tour des Frênes (65 logements)", "65", "2 000 000 €"],
         ["C0688-21-0003", "Démolition de la tour Ravel (40 logements)", "40", "1 000 000 €"],
         ["Total", "", "", "2 780 000 €"]]


def test_fiches_remove_modify_and_add_lines():
    c = operations_convention(with_facts=False)
    ams = _read(*_FICHES, number="2", heading="Évolution des opérations")
    assert [(a.target, a.edit.op, a.edit.row, a.edit.column, a.edit.old, a.edit.new) for a in ams[:4]] == [
        (BY_ROW, "row_delete", "C0688-21-0002", None, None, None),
        (BY_ROW, "cell_replace", "C0688-21-0001", "Logements", "71", "65"),
        (BY_ROW, "cell_replace", "C0688-21-0001", "Subvention ANRU", "1 880 000 €", "2 000 000 €"),
        (BY_ROW, "cell_replace", "C0688-21-0001", None, "Démolition de la tour des Frênes (71 logements)",
         "Démolition de la tour des Frênes (65 logements)")]
    assert ams[4].edit.op == "row_add" and ams[4].edit.cells["Logements"] == "40" and len(ams) == 5
    merged = consolidate(c, [avenant_of(ams)]).parts[0]
    ops = next(t for t in merged.tables if t.id == "t1")
    assert ops.rows == _ROWS


def test_fiches_the_layout_set_in_one_paragraph_are_read_apart():
    # short lines set close together: every fiche and its lines in one paragraph, heads mid-paragraph
    ams = _read(" ".join(_FICHES), number="2", heading="Évolution des opérations")
    assert [a.edit.op for a in ams] == ["row_delete", "cell_replace", "cell_replace", "cell_replace", "row_add"]
    merged = consolidate(operations_convention(with_facts=False), [avenant_of(ams)]).parts[0]
    assert next(t for t in merged.tables if t.id == "t1").rows == _ROWS


def test_fiche_values_printed_as_changes():
    head = "Fiche n° 4 (modifiée)\n"
    for line, (old, new) in {"Subvention ANRU : 1 024 900 € (au lieu de 1 138 800 €)": ("1 138 800 €", "1 024 900 €"),
                             "Subvention ANRU : 1 138 800 € -> 1 024 900 €": ("1 138 800 €", "1 024 900 €"),
                             "Montant ANRU : initialement 1 138 800 €, désormais 1 024 900 €": ("1 138 800 €",
                                                                                             "1 024 900 €"),
                             "Nombre de logements : passe de 71 à 65": ("71", "65")}.items():
        r = read_fiche(head + "Libellé : Démolition X\nN° IDTOP : C0688-21-0001\n" + line)
        assert (r.edit.row, r.edit.old, r.edit.new) == ("C0688-21-0001", old, new), line
    # a fiche without a change, a status or an identified line is no edit
    assert read_fiche(head + "Libellé : Démolition X\nSubvention ANRU : 1 138 800 €") is None
    assert read_fiche("La fiche n° 4 de l'annexe C3 décrit l'opération.") is None


# --- a line added where its kin are ---------------------------------------------------------------------

def test_added_line_goes_to_the_table_of_its_kin():
    # article 8.1 printed one table per family of operations; the added line names no table
    c = operations_convention(with_facts=False)
    part = c.parts[0]
    part.tables.insert(1, Table(id="t4", title="Opérations « L'aménagement d'ensemble »", pages=[3], section="8.1",
                                header=[["IDTOP", "Libellé", "Logements", "Subvention ANRU"]],
                                rows=[["C0688-24-0005", "Aménagement du mail central", "–", "700 000 €"]],
                                n_rows=1, n_cols=4))
    ams = _read("- intégrer au programme l'opération Aménagement de la place Ravel à Avion (C0688-24-0009), sous la "
                "maîtrise d'ouvrage de la commune d'Avion, pour une subvention de l'ANRU de 300 000 € ;")
    merged = consolidate(c, [avenant_of(ams)]).parts[0]
    amg = next(t for t in merged.tables if t.id == "t4")
    assert [r[0] for r in amg.rows] == ["C0688-24-0005", "C0688-24-0009"]
    assert len(next(t for t in merged.tables if t.id == "t1").rows) == 3
    # nothing applied, nothing changes
    assert diff_results(c, c).changes == []


# --- the generator -------------------------------------------------------------------------------------

def test_new_styles_tell_the_same_changes(tmp_path):
    check_forced_styles(tmp_path, 1051, ("objet", "fiches", "avantapres"))


def test_a_clause_inside_the_new_wording_of_an_article_stays_wording():
    ams = _read("L'article 4.1 est modifié et désormais rédigé comme suit :",
                "Le programme a pour objet de :",
                "- porter le nombre de logements de l'opération Démolition X (C0688-21-0001) de 71 à 65 ;",
                number="3", heading="Modification de l'article 4.1")
    assert [(a.target, a.action, a.edit) for a in ams] == [("4.1", "replace", None)]
    assert "porter le nombre de logements" in ams[0].new_text


# --- avantapres ----------------------------------------------------------------------------------------

def test_two_column_comparison_table_takes_its_place_from_its_heading():
    from convention_parser.structure.comparison_table import comparison_amendments

    t = Table(id="t1", title="", pages=[1], section="3", header=[["Rédaction initiale", "Rédaction modifiée"]],
              rows=[["Le programme prévoit la démolition de 111 logements locatifs sociaux.",
                     "Le programme prévoit la démolition de 151 logements locatifs sociaux."],
                    ["–", "Le programme comprend la tour Ravel."],
                    ["Le coût total est estimé à 3 280 000 €.", "(supprimé)"],
                    ["Rédaction modifiée du tableau :", ""]], n_rows=4, n_cols=2)
    got = [(a.target, a.edit.op, a.edit.old, a.edit.new) for a in comparison_amendments([t], places={"t1": "Article 4.1"})]
    assert got == [("4.1", "words_replace", "Le programme prévoit la démolition de 111 logements locatifs sociaux.",
                    "Le programme prévoit la démolition de 151 logements locatifs sociaux."),
                   ("4.1", "paragraph_add", None, "Le programme comprend la tour Ravel."),
                   ("4.1", "words_delete", "Le coût total est estimé à 3 280 000 €.", None)]
    # without a place from around it, two columns are no comparison table
    assert comparison_amendments([t]) == []


def _before_after(merged_markers: bool) -> ParseResult:
    """An avenant article printing the operations table as it was and as it now reads, under one caption."""
    from convention_parser.records import Block, Edit

    title = "Tableau des opérations"
    header = [["IDTOP", "Libellé", "Logements", "Subvention ANRU"]]
    old = Table(id="t1", title=title, pages=[1], section="2", header=header, n_rows=3, n_cols=4,
                rows=[["C0688-21-0001", "Démolition de la tour des Frênes (71 logements)", "71", "1 880 000 €"],
                      ["C0688-21-0002", "Démolition de la barre Vauban (40 logements)", "40", "900 000 €"],
                      ["Total", "", "", "2 780 000 €"]])
    new = Table(id="t2", title=title, pages=[1], section="2", header=header, n_rows=3, n_cols=4,
                rows=[["C0688-21-0001", "Démolition de la tour des Frênes (65 logements)", "65", "1 800 000 €"],
                      ["C0688-21-0003", "Démolition de la tour Ravel (40 logements)", "40", "1 000 000 €"],
                      ["Total", "", "", "2 800 000 €"]])
    if merged_markers:
        # the parse ran each marker into the caption of the table before it
        texts = [title, "t1", f"{title} Tableau après avenant :", "t2"]
    else:
        texts = ["Tableau avant avenant :", title, "t1", "Tableau après avenant :", title, "t2"]
    blocks = [Block(id=f"b{i}", kind="table" if x.startswith("t") and len(x) == 2 else "paragraph",
                    text=title if x in ("t1", "t2") else x, page=1, table=x if x in ("t1", "t2") else None)
              for i, x in enumerate(texts)]
    if merged_markers:
        blocks.insert(0, Block(id="b9", kind="paragraph", text="Rédaction initiale du tableau :", page=1))
    sec = Section(id="s2", number="2", heading="Modification de l'article 8.1", level=1, page=1, blocks=blocks)
    am = Amendment(target="8.1", target_kind="article", action="replace", section="2", page=1,
                   raw="Tableau après avenant :", edit=Edit("table_replace"))
    # (an avenant of in-place edits: a whole table replaced alone would leave it one of full rewrites)
    words = Amendment(target="9", target_kind="article", action="replace", section="3", page=1,
                      raw="À l'article 9, le montant « 3 280 000 € » est remplacé par « 3 300 000 € ».",
                      edit=Edit("words_replace", old="3 280 000 €", new="3 300 000 €"))
    return ParseResult(source=Source("a.pdf", "1" * 64, 1),
                       parts=[Part(kind="avenant", pages=[1], amendments=[am, words], tables=[old, new], sections=[sec],
                                   metadata={"number": "1"})])


def test_table_after_the_avenant_replaces_the_article_table_and_the_one_before_is_skipped():
    ams = _read("Tableau après avenant :", number="4", heading="Modification de l'article 8.1 « Les opérations »")
    assert [(a.target, a.edit.op) for a in ams] == [("8.1", "table_replace")]
    for merged in (False, True):
        c = operations_convention(with_facts=False)
        merged_part = consolidate(c, [_before_after(merged)]).parts[0]
        ops = next(t for t in merged_part.tables if t.id == "t1")
        assert [r[0] for r in ops.rows] == ["C0688-21-0001", "C0688-21-0003", "Total"], merged
        assert ops.rows[0][3] == "1 800 000 €"


def test_family_table_after_the_avenant_cut_at_a_group_row_replaces_its_own_family():
    """Article 8.1 printed one table per family, each opening on the group row "Quartier … – …"; the parse
    cut the new requalification table at its group row (a piece without caption or header on the same
    page): both pieces are the new table, and it replaces the requalification table, not the first family's."""
    from convention_parser.records import Block, Edit

    header = [["Libellé", "Commune", "Subvention ANRU"]]
    group = ["Quartier Le Moulin (QP021006) – Avion"] * 3
    demo = Table(id="c1", title="Opérations « La démolition de logements locatifs sociaux »", pages=[3], section="8.1",
                 header=header, rows=[group, ["Démolition de la barre Ravel (93 logements)", "Avion", "1 975 800 €"]],
                 n_rows=2, n_cols=3)
    requ = Table(id="c2", title="Opérations « La requalification de logements locatifs sociaux »", pages=[3],
                 section="8.1", header=header,
                 rows=[group, ["Requalification de l'îlot Fauré (153 logements)", "Avion", "1 972 900 €"]],
                 n_rows=2, n_cols=3)
    c = ParseResult(source=Source("c.pdf", "0" * 64, 3), parts=[Part(kind="convention", pages=[1, 3], sections=[
        Section("s1", "8.1", "Les opérations cofinancées par l'ANRU", 2, 3, text="Les opérations :")],
        tables=[demo, requ])])
    old = Table(id="t1", title=requ.title, pages=[1], section="2", header=header, rows=[r[:] for r in requ.rows],
                n_rows=2, n_cols=3)
    new = Table(id="t2", title=requ.title, pages=[1], section="2", header=header, rows=[group[:]], n_rows=1, n_cols=3)
    piece = Table(id="t3", title="", pages=[1], section="2", header=[],
                  rows=[["Requalification de l'îlot Fauré (149 logements)", "Avion", "2 170 200 €"]], n_rows=1, n_cols=3)
    texts = [("paragraph", "Tableau avant avenant :"), ("table", "t1"), ("paragraph", "Tableau après avenant :"),
             ("table", "t2"), ("table", "t3")]
    blocks = [Block(id=f"b{i}", kind=k, text=x, page=1, table=x if k == "table" else None)
              for i, (k, x) in enumerate(texts)]
    sec = Section(id="s2", number="2", heading="Modification de l'article 8.1", level=1, page=1, blocks=blocks)
    ams = [Amendment(target="8.1", target_kind="article", action="replace", section="2", page=1,
                     raw="Tableau après avenant :", edit=Edit("table_replace")),
           Amendment(target="8.1", target_kind="article", action="replace", section="2", page=1, raw="totaux",
                     edit=Edit("totals"))]
    av = ParseResult(source=Source("a.pdf", "1" * 64, 1), parts=[Part(kind="avenant", pages=[1], amendments=ams,
                                                                      tables=[old, new, piece], sections=[sec],
                                                                      metadata={"number": "1"})])
    got = consolidate(c, [av]).parts[0]
    assert next(t for t in got.tables if t.id == "c2").rows[1] == ["Requalification de l'îlot Fauré (149 logements)",
                                                                  "Avion", "2 170 200 €"]
    assert next(t for t in got.tables if t.id == "c1").rows[1][0] == "Démolition de la barre Ravel (93 logements)"
