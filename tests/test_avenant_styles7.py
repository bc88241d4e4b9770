"""Avenants in the Légifrance hierarchy and ordinal words (structure/edit_instructions.py, amendments.py)
and operation fiches printed as key | value tables (structure/fiche_tables.py): read into the Edit records
of the other drafting styles and applied by consolidate(); the pairs are built here, gold by hand
(issue 12, styles ordinal and fichestab of corpora/generator2/conv_avenant_styles7.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from avenant_article import avenant_of, edit_rows, read_article  # noqa: E402
from forced_styles import check_forced_styles  # noqa: E402
from builders import operations_convention  # noqa: E402
from convention_parser.diff import consolidate  # noqa: E402
from convention_parser.records import Amendment, ParseResult, Part, Source, Table  # noqa: E402
from convention_parser.rules import load_rules  # noqa: E402
from convention_parser.structure.edit_instructions import mark_kind  # noqa: E402
from convention_parser.structure.edit_prose import BY_ROW  # noqa: E402
from convention_parser.structure.family import families  # noqa: E402
from convention_parser.structure.fiche_tables import fiche_table_amendments  # noqa: E402
from convention_parser.structure.headings import match_heading, normalise_number  # noqa: E402
from convention_parser.records import Section  # noqa: E402


def _read(*texts: str, number: str = "2", heading: str = "Modifications de la convention") -> list[Amendment]:
    return read_article(*texts, number=number, heading=heading)


# --- the hierarchy: a group per article, a group per table -------------------------------------------------

def test_table_group_items_name_no_table():
    ams = _read("La convention pluriannuelle susvisée est ainsi modifiée :",
                "I. – L'article 8.1 est ainsi modifié :",
                "1° Le premier tableau est ainsi modifié :",
                "a) À la ligne « C0688-21-0001 », le montant « 1 880 000 € » est remplacé par « 2 000 000 € » ;",
                "b) La ligne « C0688-21-0002 » est supprimée ;",
                "2° Au deuxième alinéa, les mots « a » sont supprimés ;",
                "II. – Le tableau financier de l'article 9 est ainsi modifié :",
                "1° À la ligne « Région » et à la colonne « Le Plateau », le montant « – » est remplacé par « 250 000 € » ;",
                "2° Les totaux sont modifiés en conséquence.",
                "III. – L'annexe C4 est abrogée.")
    assert edit_rows(ams, table=True) == [
        ("8.1", "cell_replace", "1", "C0688-21-0001", "1 880 000 €", "2 000 000 €"),
        ("8.1", "row_delete", "1", "C0688-21-0002", None, None),
        # the next item numbered as the table's head was is no line of the table
        ("8.1", "words_delete", None, None, "a", None),
        ("9", "cell_replace", "financier", "Région", "–", "250 000 €"),
        ("9", "totals", None, None, None, None), ("C4", "repeal")]
    assert ams[3].edit.column == "Le Plateau" and ams[2].edit.paragraph == 2
    merged = consolidate(operations_convention(with_facts=False), [avenant_of(ams[:2] + ams[3:5])]).parts[0]
    ops = next(t for t in merged.tables if t.id == "t1")
    assert [r[0] for r in ops.rows] == ["C0688-21-0001", "Total"] and ops.rows[0][3] == "2 000 000 €"
    fin = next(t for t in merged.tables if t.id == "t2")
    assert fin.rows[1] == ["Région", "500 000 €", "250 000 €", "750 000 €"]


def test_a_group_run_into_one_paragraph_is_read_item_by_item():
    ams = _read("I. – L'article 4.1 est ainsi modifié : 1° Au deuxième alinéa, les mots « 111 logements » sont "
                "remplacés par « 151 logements » ; 2° Il est complété par un alinéa ainsi rédigé : « Le programme "
                "comprend la tour Ravel. » ; 3° Le tableau est ainsi modifié : a) À la ligne « Démolition » et à la "
                "colonne « Avion », les mots « 71 logements » sont remplacés par les mots « 65 logements » ; b) La "
                "ligne « Requalification » est supprimée.")
    assert edit_rows(ams, table=True) == [
        ("4.1", "words_replace", None, None, "111 logements", "151 logements"),
        ("4.1", "paragraph_add", None, None, None, "Le programme comprend la tour Ravel."),
        ("4.1", "cell_replace", None, "Démolition", "71 logements", "65 logements"),
        ("4.1", "row_delete", None, "Requalification", None, None)]
    merged = consolidate(operations_convention(with_facts=False), [avenant_of(ams[:2])]).parts[0]
    text = next(s for s in merged.sections if s.number == "4.1").text
    assert "151 logements" in text and text.endswith("Le programme comprend la tour Ravel.")


def test_ordinal_words_lead_instructions():
    ams = _read("Premièrement, au deuxième alinéa de l'article 9, le montant « 3 280 000 € » est remplacé par "
                "« 3 400 000 € ».",
                "Deuxièmement, l'article 4.1 est ainsi modifié :",
                "1° Il est complété par un alinéa ainsi rédigé : « Le programme comprend la tour Ravel. » ;",
                "2° À la dernière phrase du deuxième alinéa, les mots « 111 logements » sont remplacés par les mots "
                "« 151 logements ».",
                "En troisième lieu, l'intitulé de l'article 2.2 est remplacé par « Les objectifs urbains ».",
                "En dernier lieu, le tableau de l'article 8.1 est ainsi modifié :",
                "a) La ligne « C0688-21-0002 » est supprimée ;",
                "b) Les totaux sont modifiés en conséquence.",
                "Enfin, l'annexe C4 est abrogée.")
    assert edit_rows(ams, table=True) == [
        ("9", "words_replace", None, None, "3 280 000 €", "3 400 000 €"),
        ("4.1", "paragraph_add", None, None, None, "Le programme comprend la tour Ravel."),
        ("4.1", "words_replace", None, None, "111 logements", "151 logements"),
        ("2.2", "rename"), ("8.1", "row_delete", None, "C0688-21-0002", None, None),
        ("8.1", "totals", None, None, None, None), ("C4", "repeal")]
    assert ams[3].new_heading == "Les objectifs urbains"
    # a sentence opening on no mark, the word inside a sentence, are no item marks
    assert mark_kind("Deuxièmement, au deuxième alinéa") == "word" and mark_kind("IV. – 2° Les mots") == "deg"
    assert mark_kind("Au deuxième alinéa, en premier lieu, les mots") is None


def test_avenant_articles_spelled_in_words():
    fam = next(f for f in families(load_rules()) if f.kind == "avenant")
    for line, num in {"Article deux – Modification de l'article 4.1": "2", "ARTICLE TROIS : MODIFICATION DES ANNEXES": "3",
                      "Article premier – Objet": "1", "Article 12 – Durée": "12"}.items():
        hp, m = match_heading(line, fam.headings)
        assert (hp.kind, normalise_number(hp.kind, m.group("num"))) == ("article", num), line
    assert match_heading("Article deuxième alinéa", [h for h in fam.headings if h.kind == "article"]) is None


# --- fiches as key | value tables --------------------------------------------------------------------------

def _sheet(tid: str, header: list[list[str]], rows: list[list[str]]) -> Table:
    return Table(id=tid, title="", pages=[1], section="2", header=header, rows=rows, n_rows=len(rows), n_cols=2)


def test_fiche_tables_remove_modify_and_add_lines():
    removed = _sheet("a1", [["Libellé", "Démolition de la barre Vauban (40 logements)"]],
                     [["N° IDTOP", "C0688-21-0002"], ["Localisation", "Avion (QP062012)"],
                      ["Motif", "Opération retirée du programme."]])
    # the head as the header row spread over both columns, then "Rubrique | Contenu"
    head = "Fiche opération n° 2 – opération modifiée"
    modified = _sheet("a2", [[head, head], ["Rubrique", "Contenu"]],
                      [["Libellé", "Démolition de la tour des Frênes (65 logements) (au lieu de Démolition de la tour "
                                   "des Frênes (71 logements))"],
                       ["N° IDTOP", "C0688-21-0001"], ["Maître d'ouvrage", "Maisons du Nord"],
                       ["Nombre de logements", "71 → 65"], ["Coût HT", "2 400 000 €"],
                       ["Subvention ANRU", "portée de 1 880 000 € à 2 000 000 €"]])
    added = _sheet("a3", [["Caractéristique", "Valeur"]],
                   [["Libellé", "Démolition de la tour Ravel (40 logements)"], ["N° IDTOP", "C0688-21-0003"],
                    ["Localisation", "Avion (QP062012)"], ["Maître d'ouvrage", "Maisons du Nord"],
                    ["Nombre de logements", "40"], ["Subvention ANRU", "1 000 000 €"]])
    before = {"a1": "Les opérations sont modifiées selon les fiches ci-après. Fiche opération n° 1 : SUPPRESSION",
              "a3": "Fiche opération n° 3 (opération créée)"}
    ams = fiche_table_amendments([removed, modified, added], before, {})
    assert [(a.target, a.edit.op, a.edit.row, a.edit.column, a.edit.old, a.edit.new) for a in ams[:4]] == [
        (BY_ROW, "row_delete", "C0688-21-0002", None, None, None),
        (BY_ROW, "cell_replace", "C0688-21-0001", "Logements", "71", "65"),
        (BY_ROW, "cell_replace", "C0688-21-0001", "Subvention ANRU", "1 880 000 €", "2 000 000 €"),
        (BY_ROW, "cell_replace", "C0688-21-0001", None, "Démolition de la tour des Frênes (71 logements)",
         "Démolition de la tour des Frênes (65 logements)")]
    assert ams[4].edit.op == "row_add" and ams[4].edit.cells["IDTOP"] == "C0688-21-0003" and len(ams) == 5
    merged = consolidate(operations_convention(with_facts=False), [avenant_of(ams)]).parts[0]
    assert next(t for t in merged.tables if t.id == "t1").rows == [
        ["C0688-21-0001", "Démolition de la tour des Frênes (65 logements)", "65", "2 000 000 €"],
        ["C0688-21-0003", "Démolition de la tour Ravel (40 logements)", "40", "1 000 000 €"],
        ["Total", "", "", "2 780 000 €"]]     # (a fiche says nothing of the totals)


def test_two_column_tables_that_are_no_fiche():
    # the head read as the section's heading works as well as a line before the table
    sheet = _sheet("b1", [["Libellé", "Démolition X"]], [["N° IDTOP", "C0688-21-0001"],
                                                        ["Subvention ANRU", "1 138 800 € → 1 024 900 €"]])
    got = fiche_table_amendments([sheet], {}, {"b1": "Fiche opération n° 4 – opération modifiée"})
    assert [(a.edit.row, a.edit.old, a.edit.new) for a in got] == [("C0688-21-0001", "1 138 800 €", "1 024 900 €")]
    # no head, too few keys, a grid of parties: nothing
    assert fiche_table_amendments([sheet], {}, {}) == []
    short = _sheet("b2", [["Libellé", "Démolition X"]], [["Subvention ANRU", "1 138 800 € → 1 024 900 €"]])
    assert fiche_table_amendments([short], {"b2": "Fiche opération n° 4 (modifiée)"}, {}) == []
    parties = _sheet("b3", [["Pour l'ANRU", "Pour la commune"]], [["Le directeur général", "Le maire"]])
    assert fiche_table_amendments([parties], {"b3": "Fiche opération n° 4 (modifiée)"}, {}) == []


# --- the generator -------------------------------------------------------------------------------------

def test_new_styles_tell_the_same_changes(tmp_path):
    check_forced_styles(tmp_path, 1361, ("ordinal", "fichestab"))


def test_an_article_s_heading_and_text_named_without_the_article():
    # under an avenant article naming the article it modifies, or a group head
    ams = _read("1° L'intitulé est ainsi rédigé : « Les objectifs urbains » ;",
                "2° Le texte est remplacé par les dispositions suivantes :",
                "Les objectifs du projet intègrent la transition écologique.",
                number="2", heading="Modification de l'article 2.2")
    assert [(a.target, a.action, a.new_heading, a.new_text) for a in ams] == [
        ("2.2", "rename", "Les objectifs urbains", None),
        ("2.2", "replace", None, "Les objectifs du projet intègrent la transition écologique.")]
    ams = _read("III. – L'article 6 est ainsi modifié :", "1° Le titre est remplacé par « La durée » ;",
                "IV. – L'article 7 est ainsi modifié :", "1° Il est ainsi rédigé :", "La convention prend fin en 2030.")
    assert [(a.target, a.action, a.new_heading, a.new_text) for a in ams] == [
        ("6", "rename", "La durée", None), ("7", "replace", None, "La convention prend fin en 2030.")]
    # with no article to name, nothing is read
    assert _read("L'intitulé est ainsi rédigé : « Les objectifs urbains ».", heading="Dispositions diverses") == []


def test_a_line_inserted_after_a_group_row_of_its_own_table():
    """Article 8.1 prints one table per family, each opening on the group row "Quartier … – Avion": the line
    inserted "après la ligne « Quartier … »" of the table the instruction names goes into that table."""
    head = [["IDTOP", "Libellé", "Subvention ANRU"]]
    group = ["Quartier Le Moulin – Avion"] * 3
    demo = Table(id="c1", title="Opérations « La démolition de logements locatifs sociaux »", pages=[3], section="8.1",
                 header=head, rows=[group, ["C0688-21-0001", "Démolition de la barre Ravel", "1 975 800 €"]],
                 n_rows=2, n_cols=3)
    eco = Table(id="c2", title="Opérations « L'immobilier à vocation économique »", pages=[3], section="8.1",
                header=head, rows=[group, ["C0688-38-0005", "Création d'un commerce", "500 000 €"]], n_rows=2, n_cols=3)
    c = ParseResult(source=Source("c.pdf", "0" * 64, 3), parts=[Part(kind="convention", pages=[1, 3], sections=[
        Section("s1", "8.1", "Les opérations cofinancées par l'ANRU", 2, 3, text="Les opérations :")],
        tables=[demo, eco])])
    ams = _read("II. – L'article 8.1 est ainsi modifié :",
                "1° Le tableau « Opérations « L'immobilier à vocation économique » » est ainsi modifié :",
                "a) Après la ligne « Quartier Le Moulin – Avion », est insérée une ligne ainsi renseignée : « IDTOP » : "
                "« C0688-38-0009 » ; « Libellé » : « Création des Halles » ; « Subvention ANRU » : « 1 970 000 € ».")
    assert ams[0].edit.table == "Opérations « L'immobilier à vocation économique »"
    got = consolidate(c, [avenant_of(ams)]).parts[0]
    assert [r[0] for r in next(t for t in got.tables if t.id == "c2").rows] == [
        "Quartier Le Moulin – Avion", "C0688-38-0009", "C0688-38-0005"]
    assert len(next(t for t in got.tables if t.id == "c1").rows) == 2


def test_a_fiche_head_read_as_the_last_row_of_the_table_before():
    first = _sheet("d1", [["Rubrique", "Contenu"]],
                   [["Libellé", "Démolition de la barre Vauban (40 logements)"], ["N° IDTOP", "C0688-21-0002"],
                    ["Localisation", "Avion (QP062012)"],
                    ["Fiche opération n° 2 (modification)", "Fiche opération n° 2 (modification)"]])
    second = _sheet("d2", [["Rubrique", "Contenu"]],
                    [["Libellé", "Démolition de la tour des Frênes (71 logements)"], ["N° IDTOP", "C0688-21-0001"],
                     ["Subvention ANRU", "2 000 000 € (au lieu de 1 880 000 €)"]])
    got = fiche_table_amendments([first, second], {"d1": "Fiche opération n° 1 (opération supprimée)"}, {})
    assert [(a.edit.op, a.edit.row, a.edit.old, a.edit.new) for a in got] == [
        ("row_delete", "C0688-21-0002", None, None), ("cell_replace", "C0688-21-0001", "1 880 000 €", "2 000 000 €")]


def test_fiche_table_keys_a_table_names_shorter():
    added = _sheet("e1", [["Opération", "Démolition de la tour Ravel (40 logements)"]],
                   [["N° IDTOP", "C0688-21-0003"], ["Logements concernés", "40"], ["Coût HT", "1 600 000 €"],
                    ["Concours ANRU", "1 000 000 €"], ["Date de lancement", "S2 2025"]])
    got = fiche_table_amendments([added], {"e1": "Fiche opération n° 1 – opération créée"}, {})
    assert [a.edit.op for a in got] == ["row_add"]
    assert got[0].edit.cells == {"Libellé de l'opération": "Démolition de la tour Ravel (40 logements)",
                                 "IDTOP": "C0688-21-0003", "Logements": "40", "Assiette subventionnable": "1 600 000 €",
                                 "Subvention ANRU": "1 000 000 €", "Lancement": "S2 2025"}
