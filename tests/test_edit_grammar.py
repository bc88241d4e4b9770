"""Edits read by grammar (structure/edit_grammar.py): a verb of a class, the references around it, the
values it moves; one test per rule of the grammar, then an avenant mixing every style consolidated
against the convention it amends (issue 12, style mixte of corpora/generator2/conv_avenant_styles8.py).
Gold by hand."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from avenant_article import read_article  # noqa: E402
from builders import operations_convention  # noqa: E402
from convention_parser.diff import consolidate  # noqa: E402
from convention_parser.records import Amendment, ParseResult, Part, Source, Table  # noqa: E402
from convention_parser.structure.edit_grammar import read_grammar  # noqa: E402


def _read(*texts: str) -> list[Amendment]:
    """Paragraphs of an avenant's article through the whole amendment reader (every style's reader first)."""
    return read_article(*texts)


def _edit(text: str) -> tuple:
    r = read_grammar(text)
    assert r is not None, text
    e = r.edit
    return (r.target, e.op, e.paragraph, e.old, e.new)


# --- verb classes --------------------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["sont remplacés par", "deviennent", "se lisent désormais", "sont modifiés comme suit :",
                                  "sont désormais rédigés comme suit :"])
def test_replace_class_verbs(verb):
    assert _edit(f"À l'article 4.1, les mots « 111 logements » {verb} « 120 logements ».") == \
        ("4.1", "words_replace", None, "111 logements", "120 logements")


@pytest.mark.parametrize("verb", ["est supprimé", "est abrogé", "est retiré", "est sans objet", "est annulé"])
def test_delete_class_verbs(verb):
    assert _edit(f"Le deuxième alinéa de l'article 9 {verb}.") == ("9", "paragraph_delete", 2, None, None)
    r = read_grammar(f"Dans le tableau de l'article 8.1, la ligne « C0688-21-0002 » {verb.replace('é', 'ée')}.")
    assert (r.target, r.edit.op, r.edit.row) == ("8.1", "row_delete", "C0688-21-0002")


def test_insert_class_verbs():
    assert _edit("À l'article 4.1, après les mots « démolition de », sont insérés les mots « 120 ».")[1:] == \
        ("words_insert", None, None, "120")
    r = read_grammar("À l'article 4.1, la mention « démolition de » est complétée par les mots « 120 ».")
    assert (r.edit.op, r.edit.after, r.edit.new) == ("words_insert", "démolition de", "120")
    assert _edit("Dans l'article 6, il est créé un nouvel alinéa ainsi rédigé : « Le suivi est annuel. »") == \
        ("6", "paragraph_add", None, None, "Le suivi est annuel.")
    assert _edit("À l'article 6, après l'alinéa 2, il est inséré un alinéa ainsi rédigé : « Le suivi est annuel. »") == \
        ("6", "paragraph_add", 2, None, "Le suivi est annuel.")
    r = read_grammar("Au tableau de l'article 8.1, après la ligne « C0688-21-0001 », il est créé une nouvelle ligne "
                     "ainsi rédigée :")
    assert (r.target, r.edit.op, r.edit.after_row) == ("8.1", "row_add", "C0688-21-0001")


# --- references ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("place,target,alinea", [
    ("À l'article 4", "4", None), ("Dans l'article 4", "4", None), ("À l'article 4 de la convention", "4", None),
    ("Au 4ème article", "4", None), ("Dans le 4e article", "4", None), ("Au paragraphe 2 de l'article 4", "4", 2),
    ("À l'alinéa 3 de l'article 4.1", "4.1", 3), ("À l'article 4, à l'alinéa 3", "4", 3),
    ("Au dernier alinéa du 4ème article", "4", -1), ("Au 2ème alinéa de l'article 9", "9", 2)])
def test_reference_grammar(place, target, alinea):
    assert _edit(f"{place}, la mention « 2024 » devient « 2025 ».") == (target, "words_replace", alinea, "2024", "2025")


def test_an_alinea_as_subject_or_as_place():
    # the alinéa is what the verb replaces when no quoted words stand before the verb
    assert _edit("Le paragraphe 2 de l'article 6 se lit désormais : « Le suivi est annuel. »") == \
        ("6", "paragraph_replace", 2, None, "Le suivi est annuel.")
    assert _edit("Dans l'article 6, l'alinéa 3 devient : « Le suivi est annuel. »") == \
        ("6", "paragraph_replace", 3, None, "Le suivi est annuel.")
    # quoted words before the verb: the alinéa only says where they are
    assert _edit("Au paragraphe 2 de l'article 6, les mots « annuel » sont supprimés.") == \
        ("6", "words_delete", 2, "annuel", None)


def test_cell_by_line_column_or_operation():
    r = read_grammar("Dans le deuxième tableau de l'article 9, la valeur « 500 000 € » de la ligne « Région » pour la "
                     "colonne « Les Provinces » est remplacée par « 650 000 € ».")
    e = r.edit
    assert (r.target, e.op, e.table, e.row, e.column, e.old, e.new) == \
        ("9", "cell_replace", "2", "Région", "Les Provinces", "500 000 €", "650 000 €")
    # the operation named by its label and identifier is the line; the quoted value before a moving verb the column
    r = read_grammar("Pour l'opération « Démolition de la tour (71 logements) » (C0688-21-0001) (article 8.1), la valeur "
                     "« Libellé » est ramenée de (71 logements) à (65 logements).")
    e = r.edit
    assert (r.target, e.row, e.column, e.old, e.new) == ("8.1", "C0688-21-0001", "Libellé", "(71 logements)",
                                                         "(65 logements)")


# --- values a verb moves -------------------------------------------------------------------------------

@pytest.mark.parametrize("moved", ["est porté de 1 880 000 € à 2 000 000 €", "passe de « 1 880 000 € » à 2 000 000 €",
                                   "est porté de « 1 880 000 € » à « 2 000 000 € »"])
def test_values_moved_from_to(moved):
    r = read_grammar(f"Au tableau de l'article 8.1, la ligne « C0688-21-0001 », colonne « Subvention ANRU », {moved}.")
    e = r.edit
    assert (r.target, e.op, e.row, e.column, e.old, e.new) == \
        ("8.1", "cell_replace", "C0688-21-0001", "Subvention ANRU", "1 880 000 €", "2 000 000 €")
    assert _edit(f"Au deuxième alinéa de l'article 9, le montant {moved}.") == \
        ("9", "words_replace", 2, "1 880 000 €", "2 000 000 €")


# --- quoted wording set aside, what is no edit ---------------------------------------------------------

def test_a_verb_inside_the_new_wording_is_wording():
    assert _edit("Le dernier alinéa de l'article 6 est ainsi rédigé : « Le comité est supprimé et remplacé par "
                 "une revue « annuelle » du projet. »") == \
        ("6", "paragraph_replace", -1, None, "Le comité est supprimé et remplacé par une revue « annuelle » du projet.")


def test_what_names_nothing_or_lacks_its_value_is_no_edit():
    assert read_grammar("La convention pluriannuelle est modifiée comme suit :") is None
    assert read_grammar("L'article 4.1 est remplacé par les dispositions suivantes :") is None
    assert read_grammar("Le comité de pilotage est supprimé au profit d'une revue de projet.") is None
    # inside a full rewrite the announced new wording stays wording
    ams = _read("L'article 6 est modifié et désormais rédigé comme suit :",
                "Au deuxième alinéa de l'article 4, le montant passe de 10 € à 12 €.")
    assert [(a.target, a.action, a.edit) for a in ams] == [("6", "replace", None)]


# --- one avenant, every style ----------------------------------------------------------------------------

def test_mixed_styles_consolidate_like_one():
    c = operations_convention(with_facts=False)
    ams = _read("1° Au tableau de l'article 8.1, la ligne « C0688-21-0002 » est sans objet.",
                "2) Article 8.1, tableau, ligne « C0688-21-0001 », colonne « Subvention ANRU », il convient de lire "
                "« 2 000 000 € » en lieu et place de « 1 880 000 € ».",
                "3° Les totaux sont modifiés en conséquence.",
                "4° Dans le tableau de l'article 9, la ligne « Région », colonne « Le Plateau », passe de – à 250 000 €.",
                "5° Dans le tableau de l'article 9, la valeur « 500 000 € » de la ligne « Région » et la colonne "
                "« Les Provinces » devient « 650 000 € ».",
                "6° Au paragraphe 2 du 9ème article, le montant « 3 280 000 € » se lit désormais « 3 400 000 € ».",
                "7° L'alinéa 2 de l'article 4.1 est annulé.",
                "8° À l'article 4.1, il est ajouté in fine l'alinéa suivant : « Le programme comprend la tour Ravel. »")
    assert [(a.target, a.edit.op) for a in ams] == [
        ("8.1", "row_delete"), ("8.1", "cell_replace"), ("8.1", "totals"), ("9", "cell_replace"),
        ("9", "cell_replace"), ("9", "words_replace"), ("4.1", "paragraph_delete"), ("4.1", "paragraph_add")]
    av = ParseResult(source=Source("a.pdf", "1" * 64, 2),
                     parts=[Part(kind="avenant", pages=[1, 2], amendments=ams, metadata={"number": "1"})])
    merged = consolidate(c, [av]).parts[0]
    ops = next(t for t in merged.tables if t.id == "t1")
    assert ops.rows == [["C0688-21-0001", "Démolition de la tour des Frênes (71 logements)", "71", "2 000 000 €"],
                        ["Total", "", "", "2 000 000 €"]]
    fin = next(t for t in merged.tables if t.id == "t2")
    assert fin.rows[1][:3] == ["Région", "650 000 €", "250 000 €"]
    texts = {s.number: s.text for s in merged.sections}
    assert texts["4.1"] == "Le programme comprend :\nLe programme comprend la tour Ravel."
    assert texts["9"] == "Le plan de financement s'établit comme suit :\nLe coût total est estimé à 3 400 000 €."


def test_a_line_added_after_a_group_row_goes_to_the_table_named():
    # article 8.1 printing one table per family, each grouped by quartier: the group row the new line
    # follows heads a block in both tables; the instruction names the second
    c = operations_convention(with_facts=False)
    part = c.parts[0]
    ops = next(t for t in part.tables if t.id == "t1")
    ops.title = "Opérations « La démolition »"
    ops.rows.insert(0, ["Quartier Les Sablons", "Quartier Les Sablons", "Quartier Les Sablons", "Quartier Les Sablons"])
    ops.n_rows = len(ops.rows)
    part.tables.insert(1, Table(id="t4", title="Opérations « L'immobilier économique »", pages=[3], section="8.1",
                                header=[["IDTOP", "Libellé", "Logements", "Subvention ANRU"]],
                                rows=[["Quartier Les Sablons"] * 4, ["C0688-38-0005", "Halle des Sablons", "–", "700 000 €"]],
                                n_rows=2, n_cols=4))
    ams = _read("Au tableau « Opérations « L'immobilier économique » » de l'article 8.1, après la ligne « Quartier Les "
                "Sablons », il est ajouté une ligne ainsi renseignée : « IDTOP » : « C0688-38-0009 » ; « Libellé » : "
                "« Boutiques des Sablons » ; « Subvention ANRU » : « 300 000 € ».")
    assert [(a.target, a.edit.op, a.edit.after_row) for a in ams] == [("8.1", "row_add", "Quartier Les Sablons")]
    av = ParseResult(source=Source("a.pdf", "1" * 64, 2),
                     parts=[Part(kind="avenant", pages=[1, 2], amendments=ams, metadata={"number": "1"})])
    merged = consolidate(c, [av]).parts[0]
    eco = next(t for t in merged.tables if t.id == "t4")
    assert [r[0] for r in eco.rows] == ["Quartier Les Sablons", "C0688-38-0009", "C0688-38-0005"]
    assert [r[0] for r in next(t for t in merged.tables if t.id == "t1").rows] == \
        ["Quartier Les Sablons", "C0688-21-0001", "C0688-21-0002", "Total"]


def test_a_table_found_without_its_caption_is_named_by_its_header():
    # the parse lost the caption of article 9's second table: the instruction's title names it by the
    # words its header holds, not the article's first table
    c = operations_convention(with_facts=False)
    c.parts[0].tables.append(Table(id="t5", title="", pages=[4], section="9",
                                   header=[["Famille d'opérations", "Concours ANRU"]],
                                   rows=[["Démolition", "1 880 000 €"], ["Total", "1 880 000 €"]], n_rows=2, n_cols=2))
    ams = _read("Au tableau « Concours financiers de l'ANRU par famille d'opérations » de l'article 9, il est ajouté "
                "une ligne ainsi renseignée : « Famille d'opérations » : « Requalification » ; « Concours ANRU » : "
                "« 900 000 € ».")
    av = ParseResult(source=Source("a.pdf", "1" * 64, 2),
                     parts=[Part(kind="avenant", pages=[1, 2], amendments=ams, metadata={"number": "1"})])
    merged = consolidate(c, [av]).parts[0]
    fam = next(t for t in merged.tables if t.id == "t5")
    assert fam.rows[:2] == [["Démolition", "1 880 000 €"], ["Requalification", "900 000 €"]]
    fin = next(t for t in merged.tables if t.id == "t2")
    assert [r[0] for r in fin.rows] == ["ANRU", "Région", "Total"]


def test_the_next_numbered_instruction_ends_the_new_wording():
    # "2) … remplacé par les dispositions suivantes :" then its text, then "3)": the next instruction, in a
    # phrasing only the grammar reads; a paragraph of the wording numbered otherwise stays wording
    ams = _read("2) Le texte de l'article 2.2 est remplacé par les dispositions suivantes :",
                "Les objectifs urbains intègrent la transition écologique.",
                "1) Le comité de suivi est supprimé au profit d'une revue annuelle.",
                "3) L'alinéa 2 de l'article 4.1 de la convention est modifié comme suit : « Le programme prévoit la "
                "démolition de 391 logements. »")
    assert [(a.target, a.action, a.edit.op if a.edit else None) for a in ams] == [
        ("2.2", "replace", None), ("4.1", "replace", "paragraph_replace")]
    assert ams[0].new_text.split("\n")[-1].startswith("1) Le comité")
    assert ams[1].edit.paragraph == 2 and ams[1].edit.new == "Le programme prévoit la démolition de 391 logements."
