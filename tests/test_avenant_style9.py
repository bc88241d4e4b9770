"""Avenant styles ordinal, fichestab and mixte, what sessions 12 left (corpora/generator2/FRESH_style9.md): a
fiche's value holding a key's word, labels moved without quotes, the gold of changes a sheet states without
their article. Pairs built here, gold by hand (records) or by construction (the generator)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from avenant_article import avenant_of, read_article  # noqa: E402
from builders import operations_convention  # noqa: E402
from convention_parser.diff import consolidate  # noqa: E402
from convention_parser.records import Table  # noqa: E402
from convention_parser.structure.edit_fiches import read_fiche  # noqa: E402
from convention_parser.structure.edit_prose import BY_ROW  # noqa: E402
from convention_parser.structure.fiche_tables import fiche_table_amendments  # noqa: E402


def _sheet(tid: str, header: list[list[str]], rows: list[list[str]]) -> Table:
    return Table(id=tid, title="", pages=[1], section="2", header=header, rows=rows, n_rows=len(rows), n_cols=2)


# --- fichestab: a key's word inside a value --------------------------------------------------------------

def test_a_label_holding_a_count_and_a_colon_stays_one_value():
    # "(55 logements : 30 PLAI …)": "logements :" inside brackets is no "Nombre de logements" key
    old = "Reconstitution de l'offre – la tour des Frênes (71 logements : 40 PLAI et 31 PLUS)"
    new = "Reconstitution de l'offre – la tour des Frênes (65 logements : 40 PLAI et 25 PLUS)"
    head = "Fiche opération n° 2 – opération modifiée"
    sheet = _sheet("a1", [[head, head]], [["Libellé", f"{old} → {new}"], ["N° IDTOP", "C0688-21-0001"],
                                          ["Nombre de logements", "ramené de 71 à 65"],
                                          ["Subvention ANRU", "portée de 1 880 000 € à 2 000 000 €"]])
    ams = fiche_table_amendments([sheet], {}, {})
    assert [(a.target, a.edit.row, a.edit.column, a.edit.old, a.edit.new) for a in ams] == [
        (BY_ROW, "C0688-21-0001", "Logements", "71", "65"),
        (BY_ROW, "C0688-21-0001", "Subvention ANRU", "1 880 000 €", "2 000 000 €"),
        (BY_ROW, "C0688-21-0001", None, old, new)]
    merged = consolidate(operations_convention(with_facts=False), [avenant_of(ams)]).parts[0]
    assert next(t for t in merged.tables if t.id == "t1").rows[0][2:] == ["65", "2 000 000 €"]


def test_fiche_lines_keep_their_keys_after_a_figure_and_in_brackets():
    # the same in "key : value" lines, and a line the layout ran into the one before ("… : 93 Assiette …")
    got = read_fiche("Fiche opération n° 1 – opération créée\n"
                     "Libellé : Reconstitution de l'offre à Avion (93 logements : 50 PLAI et 43 PLUS)\n"
                     "N° IDTOP : C0688-31-0009\nNombre de logements : 93 Assiette subventionnable : 1 970 000 €\n"
                     "Subvention ANRU : 985 000 €")
    assert got.edit.cells == {"Libellé de l'opération": "Reconstitution de l'offre à Avion (93 logements : 50 PLAI et "
                                                        "43 PLUS)",
                              "IDTOP": "C0688-31-0009", "Logements": "93", "Assiette subventionnable": "1 970 000 €",
                              "Subvention ANRU": "985 000 €"}


# --- mixte: a label moved without quotes -----------------------------------------------------------------

def test_a_label_moved_without_quotes_is_cut_where_the_old_label_ends():
    old = "Démolition de la tour des Frênes à Avion (71 logements)"
    new = "Démolition de la tour des Frênes à Avion (65 logements)"
    ams = read_article(f"Pour l'opération « {old} » (C0688-21-0001) (article 8.1), la valeur « Libellé » est portée "
                       f"de {old} à {new}.",
                       # no label quoted: the two values most alike
                       "Dans le tableau de l'article 8.1, la ligne « C0688-21-0002 » pour la colonne « Libellé » passe "
                       "de Démolition de la barre Vauban (40 logements) à Démolition de la barre Vauban à Avion "
                       "(40 logements).", number="2", heading="Modifications")
    assert [(a.target, a.edit.op, a.edit.row, a.edit.column, a.edit.old, a.edit.new) for a in ams] == [
        ("8.1", "cell_replace", "C0688-21-0001", "Libellé", old, new),
        ("8.1", "cell_replace", "C0688-21-0002", "Libellé", "Démolition de la barre Vauban (40 logements)",
         "Démolition de la barre Vauban à Avion (40 logements)")]
    conv = operations_convention(with_facts=False)
    conv.parts[0].tables[0].rows[0][1] = old
    merged = consolidate(conv, [avenant_of(ams)]).parts[0]
    assert [r[1] for r in merged.tables[0].rows[:2]] == [new, "Démolition de la barre Vauban à Avion (40 logements)"]


# --- the generator's gold ----------------------------------------------------------------------------------

def test_changes_a_sheet_states_name_no_article_in_the_gold(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from corpora.generator2 import convention

    # the ordinal style names every article (the Recorder's amendments as written)
    full = convention.build(1521, tmp_path / "ordinal", "ordinal")[1].gold["parts"][0]["amendments"]
    for style in ("fichestab", "fiches"):
        gold = convention.build(1521, tmp_path / style, style)[1].gold["parts"][0]["amendments"]
        assert len(gold) == len(full)
        emptied = [(f["target"], g["target"]) for f, g in zip(full, gold) if f["target"] != g["target"]]
        # the operations table's lines: the sheets of 1521 hold its 2 lines added and 6 cells changed
        assert emptied == [("8.1", "")] * 8, style


# --- ordinal: references into a numbered item ------------------------------------------------------------

def _items_convention():
    conv = operations_convention(with_facts=False)
    conv.parts[0].sections[0].text = ("Le programme prévoit :\n1° Démolition de la tour des Frênes (71 logements) ;\n"
                                      "2° Démolition de la barre Vauban (40 logements) ;\n"
                                      "3° Requalification de la tour Ravel (30 logements) ;\n12° Aménagement du mail ;\n"
                                      "Le programme est complété par des actions d'accompagnement.")
    return conv


def test_items_named_by_their_marks_inside_a_group():
    ams = read_article("L'article 4.1 est ainsi modifié :",
                       "1° Au 2°, les mots « 40 logements » sont remplacés par les mots « 45 logements » ;",
                       "2° Le 3° est abrogé ;",
                       "3° Après le 1°, il est inséré un 1° bis ainsi rédigé : « Démolition de l'îlot Curie (20 logements) ; » ;",
                       "4° Le 12° est ainsi rédigé : « Aménagement du mail et de la place ; » ;",
                       "5° Il est complété par un 13° ainsi rédigé : « Création d'une crèche ; ».")
    assert [(a.target, a.edit.op, a.edit.item) for a in ams] == [
        ("4.1", "words_replace", "2°"), ("4.1", "paragraph_delete", "3°"), ("4.1", "paragraph_add", "1°"),
        ("4.1", "paragraph_replace", "12°"), ("4.1", "paragraph_add", None)]
    text = consolidate(_items_convention(), [avenant_of(ams)]).parts[0].sections[0].text
    assert text.split("\n") == ["Le programme prévoit :", "1° Démolition de la tour des Frênes (71 logements) ;",
                                "1° bis Démolition de l'îlot Curie (20 logements) ;",
                                "2° Démolition de la barre Vauban (45 logements) ;",
                                "12° Aménagement du mail et de la place ;", "13° Création d'une crèche ;",
                                "Le programme est complété par des actions d'accompagnement."]


def test_items_named_with_their_article_and_sentence():
    # the words are in the 12° and the 2° alike: the item named decides; "12°" is no "2°", "2°" no "2° bis"
    conv = _items_convention()
    conv.parts[0].sections[0].text = conv.parts[0].sections[0].text.replace("Aménagement du mail",
                                                                            "Démolition de la barre Vauban (40 logements)")
    ams = read_article("Au 12° de l'article 4.1, les mots « 40 logements » sont remplacés par les mots « 44 logements ».",
                       "À la première phrase du 2° de l'article 4.1, les mots « barre Vauban » sont remplacés par les mots "
                       "« barre Vauban-Nord ».", number="2", heading="Modifications")
    assert [(a.target, a.edit.item) for a in ams] == [("4.1", "12°"), ("4.1", "2°")]
    lines = consolidate(conv, [avenant_of(ams)]).parts[0].sections[0].text.split("\n")
    assert lines[2] == "2° Démolition de la barre Vauban-Nord (40 logements) ;"
    assert lines[4] == "12° Démolition de la barre Vauban (44 logements) ;"


def test_ordinal_avenants_name_numbered_items_by_their_marks(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from corpora.generator2 import convention
    import docx

    def paragraphs(path) -> list[str]:
        return [x.text for x in docx.Document(str(path)).paragraphs]

    full = convention.build(1523, tmp_path / "full", "full")
    built = convention.build(1523, tmp_path / "ordinal", "ordinal")
    assert built[1].gold["changes"] == full[1].gold["changes"]      # the same changes, gold by construction
    signed, avenant = paragraphs(built[0].docx), paragraphs(built[1].docx)
    assert [t[:3] for t in signed if t[:1].isdigit() and "°" in t[:4]] == ["1° ", "2° ", "3° ", "4° ", "5° "]
    assert any(t.startswith("2° Le 4° est ainsi rédigé : « Requalification") for t in avenant)
    assert any(t.startswith("3° Il est ajouté un 6° ainsi rédigé : « Requalification") for t in avenant)
    # the bulleted list of the other styles stays as it was
    assert not [t for t in paragraphs(full[0].docx) if t[:1].isdigit() and "°" in t[:4]]


# --- mixte: a sentence of the grammar after an article's new wording -------------------------------------

def test_an_edit_of_another_article_ends_the_new_wording_before_it():
    ams = read_article("Le texte de l'article 2.2 est remplacé par les dispositions suivantes :",
                       "Les objectifs urbains du projet intègrent désormais la transition écologique.",
                       "À l'article 4.1 de la convention, à l'alinéa 2, les mots « 300 logements » sont remplacés par "
                       "« 310 logements ».",
                       "Le troisième alinéa de l'article 4.1 se lit désormais : « Le programme est achevé en 2030. »")
    assert [(a.target, a.edit.op if a.edit else a.action, a.edit.paragraph if a.edit else a.new_text) for a in ams] == [
        ("2.2", "replace", "Les objectifs urbains du projet intègrent désormais la transition écologique."),
        ("4.1", "words_replace", 2), ("4.1", "paragraph_replace", 3)]


# --- a dash wrapped to a line's start inside a quotation -----------------------------------------------

def test_a_dash_opening_a_line_inside_an_open_quotation_is_no_bullet():
    from convention_parser.structure.lines import body_lines
    from convention_parser.text.model import Document, Line, Page, Word

    def line(text: str, top: float, bullet: str = "") -> Line:
        words, x = [], 72.0
        for t in text.split():
            words.append(Word(t, x, top, x + 6 * len(t), top + 10, size=10))
            x += 6 * len(t) + 3
        return Line(words=words, page=1, list_item=bool(bullet), bullet=bullet)

    doc = Document(path="<built>", pages=[Page(number=1, width=595, height=842, lines=[
        line("Ligne « C0612-31-0004 » : où il est écrit « Reconstitution de l'offre", 100),
        line("le programme Les Tilleuls », il faut lire « Reconstitution de l'offre – le", 112, bullet="–"),
        line("programme Les Tilleuls (51 logements) ».", 124),
        line("Les opérations suivantes sont supprimées :", 148),
        line("la démolition de la tour Ravel ;", 160, bullet="–")])])
    got = [(b.text, b.list_item) for b in body_lines(doc)]
    assert got == [("Ligne « C0612-31-0004 » : où il est écrit « Reconstitution de l'offre", False),
                   ("– le programme Les Tilleuls », il faut lire « Reconstitution de l'offre – le", False),
                   ("programme Les Tilleuls (51 logements) ».", False),
                   ("Les opérations suivantes sont supprimées :", False),
                   ("la démolition de la tour Ravel ;", True)]


# --- numbered items set close together are alinéas of their own (DOCX through LibreOffice) ---------------

def test_numbered_items_set_without_spacing_are_alineas_of_their_own(tmp_path):
    import pytest
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from corpora.generator2 import office
    if office.soffice() is None:
        pytest.skip("LibreOffice not installed")
    from docx import Document
    from docx.shared import Pt
    from convention_parser.pipeline import parse_pdf

    doc = Document()
    doc.add_paragraph("Article 4 – La synthèse du programme")
    items = [f"{k}° {what} à Hautmont-les-Mines, sous la maîtrise d'ouvrage de l'office public de l'habitat Solvéa ;"
             for k, what in enumerate(["Démolition de la résidence des Frênes (19 logements)",
                                       "Création du centre commercial Saint-Jean",
                                       "Requalification de la résidence Mansart (82 logements)"], start=1)]
    for text in ["Le programme prévoit au global la démolition de 19 logements locatifs sociaux :"] + items:
        p = doc.add_paragraph(text)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
    path = tmp_path / "items.docx"
    doc.save(str(path))
    pdf = office.docx_to_pdf([path], tmp_path / "pdf")[0]
    sec = next(s for s in parse_pdf(pdf).parts[0].sections if s.number == "4")
    assert sec.text.split("\n")[1:] == items
