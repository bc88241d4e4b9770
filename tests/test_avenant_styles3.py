"""Avenants drafted in other styles (issue 12, mechanism 8): a letter-style list of changes in
plain prose (structure/edit_prose.py) and a comparison table "Article | Rédaction initiale |
Nouvelle rédaction" (structure/comparison_table.py). Each phrasing is read into the Edit
records of the legislative style and applied by consolidate(); the pairs are built here,
gold by hand."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from avenant_article import avenant_of, read_article  # noqa: E402
from builders import operations_convention  # noqa: E402
from convention_parser.diff import consolidate  # noqa: E402
from convention_parser.diff.edit_places import row_section  # noqa: E402
from convention_parser.records import Amendment, ParseResult, Section, Table  # noqa: E402
from convention_parser.rules import load_rules  # noqa: E402
from convention_parser.structure.comparison_table import comparison_amendments, read_row  # noqa: E402
from convention_parser.structure.edit_prose import BY_ROW, read_prose  # noqa: E402
from convention_parser.structure.family import families  # noqa: E402


def _convention() -> ParseResult:
    return operations_convention(with_facts=False)


def _avenant(amendments: list[Amendment], tables: list[Table] | None = None) -> ParseResult:
    return avenant_of(amendments, tables)


def _fam():
    return next(f for f in families(load_rules()) if f.kind == "avenant")


def _read(*texts: str) -> list[Amendment]:
    """Paragraphs of an avenant's article 2 through the amendment grammar."""
    return read_article(*texts)


# --- letter style -----------------------------------------------------------------------------------

def test_prose_figures_name_their_line_and_values():
    r = read_prose("Le montant de la participation de l'ANRU à l'opération « Démolition de l'immeuble Pasteur "
                   "(41 logements) » (C0967-21-0001) est porté de 1 267 200 € à 1 520 600 €.")
    assert (r.target, r.edit.op, r.edit.row, r.edit.old, r.edit.new) == \
        (BY_ROW, "cell_replace", "C0967-21-0001", "1 267 200 €", "1 520 600 €")
    r = read_prose("La participation « Région » au titre de « Le Plateau (QP067030) » (article 9) passe de « – » "
                   "à « 240 000 € ».")
    assert (r.target, r.edit.row, r.edit.column, r.edit.old, r.edit.new) == \
        ("9", "Région", "Le Plateau (QP067030)", "–", "240 000 €")
    # a bare count with its unit, a bare figure closing the sentence (its full stop is no digit)
    r = read_prose("Dans le tableau de l'article 4.1, la ligne « Démolition » pour la colonne « Les Provinces » est "
                   "portée de 187 logements à 284 logements.")
    assert (r.target, r.edit.row, r.edit.column, r.edit.old, r.edit.new) == \
        ("4.1", "Démolition", "Les Provinces", "187 logements", "284 logements")
    r = read_prose("Pour l'opération « Requalification X » (C0856-33-0014) (article 8.1), la valeur « Nb logts » "
                   "passe de 24 à 30.")
    assert (r.target, r.edit.row, r.edit.column, r.edit.old, r.edit.new) == ("8.1", "C0856-33-0014", "Nb logts", "24", "30")
    r = read_prose("Le montant de la subvention de l'ANRU pour l'opération « Démolition Y » est ramené de 680 000 à "
                   "612 000 (au lieu de rien).")
    assert (r.edit.row, r.edit.old, r.edit.new) == ("Démolition Y", "680 000", "612 000")


def test_prose_words_alineas_and_lines():
    cases = {
        "À l'article 4.1, il convient de lire « 380 logements » au lieu de « 356 logements ».":
            ("4.1", "words_replace", "356 logements", "380 logements", None),
        "Au deuxième alinéa de l'article 9, le montant de 6 359 400,94 € est porté à 6 612 800,94 €.":
            ("9", "words_replace", "6 359 400,94 €", "6 612 800,94 €", 2),
        "À l'article 6, la mention « à titre indicatif » devient « à titre définitif ».":
            ("6", "words_replace", "à titre indicatif", "à titre définitif", None),
        "À l'article 6, la mention « x y » est retirée.": ("6", "words_delete", "x y", None, None),
        "L'article 8.2 est complété par l'alinéa suivant : « Les opérations sont lancées en 2026. »":
            ("8.2", "paragraph_add", None, "Les opérations sont lancées en 2026.", None),
        "À l'article 8.2, après le deuxième alinéa, est ajouté l'alinéa suivant : « Bla. »":
            ("8.2", "paragraph_add", None, "Bla.", 2),
        "Le deuxième alinéa de l'article 6 se lit désormais comme suit : « Bla bla. »":
            ("6", "paragraph_replace", None, "Bla bla.", 2),
        "Le dernier alinéa de l'article 6 est retiré.": ("6", "paragraph_delete", None, None, -1),
    }
    for text, (target, op, old, new, para) in cases.items():
        r = read_prose(text)
        assert (r.target, r.edit.op, r.edit.old, r.edit.new, r.edit.paragraph) == (target, op, old, new, para), text
    r = read_prose("L'opération « Démolition Y » (C0856-33-0014) est retirée du tableau de l'article 8.1.")
    assert (r.target, r.edit.op, r.edit.row) == ("8.1", "row_delete", "C0856-33-0014")
    r = read_prose("La ligne suivante est ajoutée au tableau de l'article 8.1, à la suite de la ligne « C0967-37-0012 » :")
    assert (r.target, r.edit.op, r.edit.after_row, r.edit.cells) == ("8.1", "row_add", "C0967-37-0012", {})
    r = read_prose("Une ligne est ajoutée au tableau de l'article 8.1 : « IDTOP » : « C1 » ; « Libellé » : « Démo ».")
    assert r.edit.cells == {"IDTOP": "C1", "Libellé": "Démo"}
    assert read_prose("Le tableau suivant est ajouté à l'article 8.1 :").edit.op == "table_add"
    # which table of the article: by its title (quoting in turn) or its rank
    r = read_prose("Une ligne est ajoutée au tableau « Opérations « L'immobilier » » de l'article 8.1 : « Libellé » : "
                   "« Création » ; « Commune » : « Lens ».")
    assert (r.edit.table, r.edit.cells) == ("Opérations « L'immobilier »", {"Libellé": "Création", "Commune": "Lens"})
    r = read_prose("Dans le deuxième tableau de l'article 9, la ligne « X » pour la colonne « Y » passe de 3 à 4.")
    assert (r.target, r.edit.table, r.edit.row, r.edit.column) == ("9", "2", "X", "Y")
    # a legislative sentence is not read here (edit_instructions.py reads it), nor a plain one
    assert read_prose("Au tableau de l'article 8.1, la ligne « X » est supprimée.") is None
    assert read_prose("Le présent avenant a pour objet de prendre en compte l'évolution du programme.") is None


def test_letter_list_through_the_grammar_keeps_line_placed_targets_and_headings():
    ams = _read("Les modifications apportées sont les suivantes :",
                "L'article 2.2 s'intitule désormais « Les objectifs urbains du projet ».",
                "Le montant de la participation de l'ANRU à l'opération « Démolition de la tour des Frênes » "
                "(C0688-21-0001) est porté de 1 880 000 € à 2 000 000 €. Les totaux sont mis à jour en conséquence.",
                "L'article 2.3 est désormais rédigé comme suit :", "Un texte nouveau.")
    got = [(a.target, a.action, a.edit.op if a.edit else None, a.new_heading) for a in ams]
    assert got == [("2.2", "rename", None, "Les objectifs urbains du projet"),
                   ("", "replace", "cell_replace", None), ("", "replace", "totals", None),
                   ("2.3", "replace", None, None)]
    assert ams[-1].new_text == "Un texte nouveau."


def test_operation_named_without_its_article_is_placed_by_its_line():
    c = _convention()
    assert row_section(c.parts[0], "C0688-21-0002") == "8.1"
    assert row_section(c.parts[0], "Région") == "9"
    assert row_section(c.parts[0], "C0000-00-0000") is None
    # an article printing "IDTOP – libellé" in one cell, an annex's table the IDTOP in its own: the article
    part = c.parts[0]
    ops = next(t for t in part.tables if t.id == "t1")
    annex = Table(id="t9", title="Tableau financier", pages=[5], section="C2", header=[list(ops.header[0])],
                  rows=[list(r) for r in ops.rows], n_rows=3, n_cols=4)
    ops.rows = [[f"{r[0]} – {r[1]}", "", r[2], r[3]] for r in ops.rows[:2]] + [ops.rows[2]]
    part.tables.insert(0, annex)
    part.sections.append(Section("s9", "C2", "Tableau financier", 1, 5, label="Annexe C2"))
    assert row_section(part, "C0688-21-0002") == "8.1"
    c = _convention()
    ams = _read("Le montant de la participation de l'ANRU à l'opération « Démolition de la tour des Frênes » "
                "(C0688-21-0001) est porté de 1 880 000 € à 2 000 000 €.",
                "Les totaux sont mis à jour en conséquence.",
                "La participation « Région » au titre de « Le Plateau » (article 9) passe de « – » à « 250 000 € ».",
                "Les totaux du tableau de l'article 9 sont ajustés en conséquence.")
    merged = consolidate(c, [_avenant(ams)]).parts[0]
    ops = next(t for t in merged.tables if t.id == "t1")
    assert ops.rows[0][3] == "2 000 000 €" and ops.rows[2][3] == "2 900 000 €"
    fin = next(t for t in merged.tables if t.id == "t2")
    assert fin.rows[1] == ["Région", "500 000 €", "250 000 €", "750 000 €"]
    assert not merged.metadata["consolidation"][0]["conflicts"]


# --- comparison table ---------------------------------------------------------------------------------

def _comparison() -> list[Table]:
    head = Table(id="a1", title="Tableau des modifications", pages=[2], section="2",
                 header=[["Article", "Rédaction initiale", "Nouvelle rédaction"]],
                 rows=[["Article 2.2 (intitulé)", "Les objectifs", "Les objectifs urbains du projet"],
                       ["Article 4.1, deuxième alinéa", "111 logements", "151 logements"],
                       ["Article 4.1, nouvel alinéa", "–", "Démolition de la tour Ravel (40 logements) à Lormes ;"],
                       ["Article 8.1, tableau, ligne « C0688-21-0002 »", "Ligne « C0688-21-0002 »", "(ligne supprimée)"],
                       ["Article 8.1, tableau, ligne ajoutée après la ligne « C0688-21-0001 »", "–",
                        "« IDTOP » : « C0688-21-0003 » ; « Libellé » : « Démolition de la tour Ravel (40 logements) » ; "
                        "« Logements » : « 40 » ; « Subvention ANRU » : « 1 000 000 € »"],
                       # a row the page break cut: the rest of its place cell is read as text and caption
                       ["Article 8.1, tableau, ligne", "1 880 000 €", "2 000 000 €"]],
                 n_rows=6, n_cols=3)
    # the rest of the table on the next page, headerless; a closing quote moved by the cell's lines
    rest = Table(id="a2", title="ANRU »", pages=[3], section="2", header=[],
                 rows=[["Article 8.1, tableau, totaux", "–", "Totaux modifiés en conséquence"],
                       ["Article 9, tableau « Plan de financement », ligne « Région colonne Le », « Plateau »",
                        "–", "250 000 €"],
                       ["Article 9, tableau, totaux", "–", "Totaux modifiés en conséquence"],
                       ["Annexe C4", "Annexe C4 « Plan guide »", "Annexe abrogée"],
                       ["Annexe C9", "–", "Annexe C9 « Charte » ajoutée, jointe au présent avenant"]],
                 n_rows=5, n_cols=3)
    other = Table(id="a3", title="Calendrier", pages=[3], section="3", header=[["Étape", "Date", "Lieu"]],
                  rows=[["Signature", "2024", "Lens"]], n_rows=1, n_cols=3)
    return [head, rest, other]


ABOVE = {"a2": "« C0688-21-0001 », colonne « Subvention"}


def test_comparison_rows_are_read_into_amendments():
    ams = comparison_amendments(_comparison(), ABOVE)
    got = [(a.target, a.target_kind, a.action, a.edit.op if a.edit else None) for a in ams]
    assert got == [("2.2", "article", "rename", None), ("4.1", "article", "replace", "words_replace"),
                   ("4.1", "article", "replace", "paragraph_add"), ("8.1", "article", "replace", "row_delete"),
                   ("8.1", "article", "replace", "row_add"), ("8.1", "article", "replace", "cell_replace"),
                   ("8.1", "article", "replace", "totals"),
                   ("9", "article", "replace", "cell_replace"), ("9", "article", "replace", "totals"),
                   ("C4", "annexe", "repeal", None), ("C9", "annexe", "insert", None)]
    assert ams[0].new_heading == "Les objectifs urbains du projet"
    assert (ams[5].edit.row, ams[5].edit.column) == ("C0688-21-0001", "Subvention ANRU")
    assert (ams[7].edit.row, ams[7].edit.column, ams[7].edit.old, ams[7].edit.new) == \
        ("Région", "Le Plateau", "–", "250 000 €")
    assert ams[4].edit.after_row == "C0688-21-0001" and ams[4].edit.cells["IDTOP"] == "C0688-21-0003"
    assert ams[10].new_heading == "Charte"
    assert all(a.section == "2" for a in ams)
    # a table of three columns that is no comparison table gives nothing
    assert comparison_amendments(_comparison()[2:]) == []


def test_comparison_row_places():
    assert read_row("Article 6, dernier alinéa", "les mots en trop", "(supprimé)")[3].op == "words_delete"
    assert read_row("Article 6", "à titre indicatif", "à titre définitif")[3].to_dict()["old"] == "à titre indicatif"
    assert read_row("Annexe C2", "Annexe C2 « Tableau »", "Annexe remplacée par l'annexe jointe")[:3] == \
        ("C2", "annexe", "replace")
    assert read_row("Préambule", "x", "y") is None
    e = read_row("Article 9, premier tableau, ligne « ANRU », colonne « Les Terrasses »", "1 €", "2 €")[3]
    assert (e.table, e.row, e.column) == ("1", "ANRU", "Les Terrasses")


def test_comparison_table_avenant_consolidates():
    c = _convention()
    merged = consolidate(c, [_avenant(comparison_amendments(_comparison(), ABOVE), _comparison())]).parts[0]
    sec = next(s for s in merged.sections if s.number == "4.1")
    assert sec.text.splitlines() == ["Le programme comprend :",
                                     "Le programme prévoit la démolition de 151 logements locatifs sociaux.",
                                     "Démolition de la tour Ravel (40 logements) à Lormes ;"]
    ops = next(t for t in merged.tables if t.id == "t1")
    assert [r[0] for r in ops.rows] == ["C0688-21-0001", "C0688-21-0003", "Total"]
    assert ops.rows[0][3] == "2 000 000 €" and ops.rows[2][3] == "3 000 000 €"
    fin = next(t for t in merged.tables if t.id == "t2")
    assert fin.rows[1] == ["Région", "500 000 €", "250 000 €", "750 000 €"]
    conflicts = merged.metadata["consolidation"][0]["conflicts"]
    # article 2.2 and annex C4 are not in this small convention: only they are left unapplied
    assert {x["target"] for x in conflicts} <= {"2.2", "C4"}


def test_letter_items_the_layout_merged_are_cut_where_each_starts():
    ams = _read("Les modifications apportées sont les suivantes : 4) Une ligne est ajoutée au tableau de l'article "
                "8.1 : « IDTOP » : « C2 » ; « Lancement » : « S2 2024 ». 5) La ligne suivante est ajoutée au tableau "
                "de l'article 8.1 : 6) Le montant de la participation de l'ANRU à l'opération « Démolition » "
                "(C0913-21-0007) est porté de 611.500 euros à 764.400 euros. 7) Le tableau suivant est ajouté à "
                "l'article 8.1 :")
    got = [(a.target, a.edit.op, a.edit.cells, a.edit.old, a.edit.new) for a in ams]
    assert got == [("8.1", "row_add", {"IDTOP": "C2", "Lancement": "S2 2024"}, None, None),
                   ("8.1", "row_add", {}, None, None),
                   ("", "cell_replace", {}, "611.500 euros", "764.400 euros"),
                   ("8.1", "table_add", {}, None, None)]


def test_comparison_place_cells_wrapped_into_rows_of_their_own_and_a_header_read_last():
    t = Table(id="a1", title="", pages=[3], section="2", header=[], n_rows=9, n_cols=3, rows=[
        ["Article 8.1, tableau,", "1 964 000 €", "2 455 000 €"], ["ligne « C0688-21-0001 »,", "", ""],
        ["colonne «", "", ""], ["Subvention ANRU", "", ""], ["»", "", ""],
        ["Article 9, tableau,", "–", "250 000 €"], ["ligne « Région »,", "", ""], ["colonne « Le Plateau »", "", ""],
        ["Stipulation", "Rédaction actuelle", "Nouvelle rédaction"]])
    ams = comparison_amendments([t])
    assert [(a.target, a.edit.op, a.edit.row, a.edit.column, a.edit.old, a.edit.new) for a in ams] == [
        ("8.1", "cell_replace", "C0688-21-0001", "Subvention ANRU", "1 964 000 €", "2 455 000 €"),
        ("9", "cell_replace", "Région", "Le Plateau", "–", "250 000 €")]
