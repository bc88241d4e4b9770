"""Avenant-route misses of the eighteen drafting styles measured together (corpora/generator2/FRESH_avstyle11.md):
an object clause whose place is set between commas wrapped over two lines ("remplacer, au deuxième alinéa de
l'article 9, le montant de 9,6 M€ par 9,4" / "M€ ;"), operation sheets printed as key | value tables whose
head the table reader lost. Pairs built here, gold by hand."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from avenant_article import avenant_of, edit_rows, read_article  # noqa: E402
from builders import operations_convention  # noqa: E402
from convention_parser.diff import consolidate  # noqa: E402
from convention_parser.records import Table  # noqa: E402
from convention_parser.structure.edit_prose import BY_ROW  # noqa: E402
from convention_parser.structure.fiche_tables import fiche_table_amendments  # noqa: E402


def test_a_clause_with_its_place_between_commas_runs_to_its_semicolon():
    # the layout wrapped each list item before its unit or its last digits: the new figure whole
    ams = read_article("Il a pour objet de :",
                       "– remplacer, au deuxième alinéa de l'article 9, le montant de 9,6 M€ par 9,4",
                       "M€ ;",
                       "– porter, au deuxième alinéa de l'article 9, le montant de 12 900 500 € à 14 825",
                       "500 € ;",
                       "– abroger l'annexe C4.", number="1", heading="Objet de l'avenant")
    assert [(a.target, a.edit.op, a.edit.paragraph, a.edit.old, a.edit.new) if a.edit else (a.target, a.action)
            for a in ams] == [("9", "words_replace", 2, "9,6 M€", "9,4 M€"),
                              ("9", "words_replace", 2, "12 900 500 €", "14 825 500 €"), ("C4", "repeal")]
    conv = operations_convention(with_facts=False)
    conv.parts[0].sections[2].text = ("Le plan de financement s'établit comme suit :\nLe montant global s'élève à "
                                      "12 900 500 €, dont 9,6 M€ pour le quartier Le Plateau.")
    merged = consolidate(conv, [avenant_of(ams)]).parts[0].sections[2].text
    assert merged.split("\n")[1] == "Le montant global s'élève à 14 825 500 €, dont 9,4 M€ pour le quartier Le Plateau."


def _sheet(tid: str, rows: list[list[str]]) -> Table:
    # the head row ("Fiche opération n° 1 – opération supprimée") lost: the first key row read as the header
    return Table(id=tid, title="", pages=[1], section="2", header=[rows[0]], rows=rows[1:], n_rows=len(rows) - 1,
                 n_cols=2)


def test_fiche_tables_without_their_head_say_what_they_are_by_their_values():
    removed = _sheet("a1", [["Opération", "Démolition de la barre Vauban (40 logements)"], ["N° IDTOP", "C0688-21-0002"],
                            ["Localisation", "Avion (QP062050)"], ["Maître d'ouvrage", "Maisons du Nord"],
                            ["Motif", "Opération abandonnée, retirée du programme."]])
    added = _sheet("a2", [["Opération", "Démolition de l'îlot Curie (20 logements)"], ["N° IDTOP", "C0688-21-0009"],
                          ["Nombre de logements", "20"], ["Subvention ANRU", "400 000 €"],
                          ["Calendrier", "lancement S2 2026"]])
    modified = _sheet("a3", [["Opération", "Démolition de la tour des Frênes (71 logements)"],
                             ["N° IDTOP", "C0688-21-0001"], ["Subvention ANRU", "1 900 000 € (au lieu de 1 880 000 €)"]])
    # under the avenant's heading of the sheets (or after a sentence announcing them)
    ams = fiche_table_amendments([removed, added, modified], {"a3": "Les opérations modifiées sont les suivantes :"},
                                 {"a1": "Fiches des opérations modifiées", "a2": "Fiches des opérations modifiées"})
    assert edit_rows(ams) == [(BY_ROW, "row_delete", "C0688-21-0002", None, None),
                              (BY_ROW, "row_add", None, None, None),
                              (BY_ROW, "cell_replace", "C0688-21-0001", "1 880 000 €", "1 900 000 €")]
    assert ams[1].edit.cells["IDTOP"] == "C0688-21-0009"
    rows = consolidate(operations_convention(with_facts=False), [avenant_of(ams)]).parts[0].tables[0].rows
    assert [r[0] for r in rows] == ["C0688-21-0001", "C0688-21-0009", "Total"]
    assert rows[0][3] == "1 900 000 €" and rows[1][2:] == ["20", "400 000 €"]
    # with nothing around them that announces sheets, nothing (test_avenant_styles7); nor a two-column table naming
    # no operation
    assert fiche_table_amendments([removed, added, modified], {}, {}) == []
    assert fiche_table_amendments([_sheet("a4", [["Commune", "Avion"], ["Quartier", "Le Plateau"],
                                                 ["Maître d'ouvrage", "Maisons du Nord"]])], {},
                                  {"a4": "Fiches des opérations"}) == []


def test_a_fiche_whose_keys_run_on_its_head_line_is_read_whole():
    # short lines set close together come out as one paragraph: the head, then the keys on the same line
    ams = read_article("Les opérations du programme sont créées, modifiées ou supprimées selon les fiches ci-après.",
                       "FICHE OPÉRATION N° 1 : OPÉRATION MODIFIÉE Libellé : Démolition de la tour des Frênes "
                       "(71 logements)",
                       "N° IDTOP : C0688-21-0001 Localisation : Avion (QP062050)",
                       "Subvention ANRU : ramenée de 1 880 000 € à 1 800 000 €",
                       "Calendrier : lancement S2 2021 FICHE OPÉRATION N° 2 : OPÉRATION SUPPRIMÉE Libellé : Démolition "
                       "de la barre Vauban (40 logements) N° IDTOP : C0688-21-0002 Localisation : Avion (QP062050)",
                       "Maître d'ouvrage : Maisons du Nord Motif : opération abandonnée, retirée du programme.",
                       number="2", heading="Fiches des opérations modifiées")
    assert edit_rows(ams) == [(BY_ROW, "cell_replace", "C0688-21-0001", "1 880 000 €", "1 800 000 €"),
                              (BY_ROW, "row_delete", "C0688-21-0002", None, None)]
    rows = consolidate(operations_convention(with_facts=False), [avenant_of(ams)]).parts[0].tables[0].rows
    assert [r[0] for r in rows] == ["C0688-21-0001", "Total"] and rows[0][3] == "1 800 000 €"


def _family_tables_convention():
    conv = operations_convention(with_facts=False)
    head = [["N° IDTOP", "Opération", "Maître d'ouvrage", "Montant ANRU"]]
    dem = Table(id="f1", title="Opérations « La démolition de logements locatifs sociaux »", pages=[3], section="8.1",
                header=head, rows=[["C0688-21-0001", "Démolition de la tour des Frênes (71 logements)", "Maisons du Nord",
                                    "1 880 000 €"]], n_rows=1, n_cols=4)
    # the parse kept only the first line of this family's table: none opens on "Création"
    equ = Table(id="f2", title="Opérations « Les équipements publics de proximité »", pages=[3], section="8.1",
                header=head, rows=[["C0688-37-0006", "Réhabilitation du gymnase Marie Curie", "Commune d'Avion",
                                    "300 000 €"]], n_rows=1, n_cols=4)
    conv.parts[0].tables = [dem, equ] + conv.parts[0].tables[1:]
    return conv


def test_an_operation_added_without_its_table_goes_to_its_familys_table():
    # the maître d'ouvrage's initials keep their stops ("L.M.G. Habitat"), the clause is read whole
    ams = read_article("Il a pour objet de :",
                       "– intégrer au programme l'opération Création d'une médiathèque de quartier Pablo Neruda à Avion "
                       "(C0688-37-0013), sous la maîtrise d'ouvrage de L.M.G. Habitat, pour une subvention de l'ANRU de "
                       "1 405 000 € ;", number="1", heading="Objet de l'avenant")
    assert [(a.edit.op, a.edit.cells.get("IDTOP"), a.edit.cells.get("Maître d'ouvrage")) for a in ams] == [
        ("row_add", "C0688-37-0013", "L.M.G. Habitat")]
    tables = consolidate(_family_tables_convention(), [avenant_of(ams)]).parts[0].tables
    assert [[r[0] for r in t.rows] for t in tables[:2]] == [["C0688-21-0001"], ["C0688-37-0006", "C0688-37-0013"]]
    assert tables[1].rows[1][1:] == ["Création d'une médiathèque de quartier Pablo Neruda", "L.M.G. Habitat",
                                     "1 405 000 €"]


def _cut_table_convention():
    conv = operations_convention(with_facts=False)
    head = [["Opération", "Subvention ANRU"]]
    title = "Tableau des opérations cofinancées par l'ANRU (article 8.1)"
    first = Table(id="t1", title=title, pages=[3], section="8.1", header=head,
                  rows=[["Démolition de la tour des Frênes (71 logements)", "1 880 000 €"]], n_rows=1, n_cols=2)
    # continued past a landscape page, its caption and header cell marked "(suite)"
    rest = Table(id="t9", title=f"{title} (suite)", pages=[5], section="8.1", header=[["Opération (suite)", "Subvention ANRU"]],
                 rows=[["Démolition de la barre Vauban (40 logements)", "900 000 €"], ["Total", "2 780 000 €"]],
                 n_rows=2, n_cols=2)
    conv.parts[0].tables = [first, rest] + conv.parts[0].tables[1:]
    return conv


def test_a_table_piece_marked_suite_is_one_table_with_the_piece_before():
    ams = read_article("Au tableau de l'article 8.1, à la ligne « Démolition de la tour des Frênes (71 logements) », le "
                       "montant « 1 880 000 € » est remplacé par le montant « 1 900 000 € ».",
                       "Les totaux sont modifiés en conséquence.", number="2", heading="Modifications")
    merged = consolidate(_cut_table_convention(), [avenant_of(ams)])
    tables = merged.parts[0].tables
    # the totals of the whole table, not of its second piece alone
    assert tables[1].rows[-1] == ["Total", "2 800 000 €"]
    # compared as one table: one table changed, one amount of a line and its total
    from convention_parser.diff import diff_results
    got = [(c.type, c.target) for c in diff_results(_cut_table_convention(), merged).changes if c.type == "table_modified"]
    assert got == [("table_modified", "Tableau des opérations cofinancées par l'ANRU (article 8.1)")]
