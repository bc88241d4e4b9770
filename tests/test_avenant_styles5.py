"""Avenants told in prose without quotes (structure/edit_narrative.py) and avenants replacing a
convention's table by a table joined as an annex of the avenant (edit_instructions "table_by_annex",
diff/legis_blocks.py): each phrasing read into the Edit records of the legislative style and applied
by consolidate(); the pairs are built here, gold by hand (issue 12, styles narratif and puces of
corpora/generator2/conv_avenant_styles5.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from avenant_article import avenant_of, read_article  # noqa: E402
from builders import operations_convention  # noqa: E402
from convention_parser.diff import consolidate  # noqa: E402
from convention_parser.diff.edit_places import row_section  # noqa: E402
from convention_parser.records import Amendment, Block, ParseResult, Section, Table  # noqa: E402
from convention_parser.rules import load_rules  # noqa: E402
from convention_parser.structure.amendments import extract_amendments  # noqa: E402
from convention_parser.structure.edit_instructions import read_edit  # noqa: E402
from convention_parser.structure.edit_narrative import read_narrative  # noqa: E402
from convention_parser.structure.edit_prose import BY_ROW  # noqa: E402
from convention_parser.structure.family import families  # noqa: E402
from convention_parser.structure.model import Paragraph, PartDraft  # noqa: E402


def _avenant(amendments: list[Amendment], tables: list[Table] | None = None,
             sections: list[Section] | None = None) -> ParseResult:
    return avenant_of(amendments, tables, sections)


def _read(*texts: str, number: str = "2") -> list[Amendment]:
    """Paragraphs of an avenant's article through the amendment grammar."""
    return read_article(*texts, number=number)


# --- narratif: the sentences -----------------------------------------------------------------------

def test_figures_told_without_quotes_name_their_line_column_and_values():
    cases = {
        # the operation's name runs to its identifier; the verbs drawn: porté de/à, passe de, fixé à, ramené à
        "La subvention de l'ANRU à l'opération Démolition de la tour des Frênes (71 logements) (C0688-21-0001) "
        "est portée de 1 880 000 € à 2 000 000 €.": (BY_ROW, "C0688-21-0001", None, "1 880 000 €", "2 000 000 €"),
        "La participation de l'ANRU à l'opération Démolition de la barre Vauban (40 logements) passe de 900 000 € "
        "à 810 000 €.": (BY_ROW, "Démolition de la barre Vauban (40 logements)", None, "900 000 €", "810 000 €"),
        "Le montant de la subvention de l'ANRU à l'opération Démolition Y (IDTOP C0688-21-0002) est ramené à "
        "810 000 €.": (BY_ROW, "C0688-21-0002", "ANRU", None, "810 000 €"),
        "La participation de la Région au quartier Le Plateau est portée à 1 450 000 €.":
            (BY_ROW, "Région", "Le Plateau", None, "1 450 000 €"),
        "Le financement du Département pour le quartier Les Provinces (QP067030) est fixé à 240 000 €.":
            (BY_ROW, "Département", "Les Provinces (QP067030)", None, "240 000 €"),
        "Le nombre de logements démolis à Avion est porté de 339 à 410.": (BY_ROW, "Démolition", "Avion", "339", "410"),
        "À l'article 4.1, le nombre de logements requalifiés au quartier Le Moulin passe de 100 à 262.":
            ("4.1", "Requalification", "Le Moulin", "100", "262"),
        "Le nombre de logements de l'opération Démolition X (C0688-21-0001) passe de 71 à 65.":
            (BY_ROW, "C0688-21-0001", None, "71", "65"),
    }
    for text, (target, row, col, old, new) in cases.items():
        r = read_narrative(text)
        assert r is not None, text
        assert (r.target, r.edit.op, r.edit.row, r.edit.column, r.edit.old, r.edit.new) == \
            (target, "cell_replace", row, col, old, new), text
    r = read_narrative("Au deuxième alinéa de l'article 9, le montant de 6 359 400,94 € devient 6 612 800,94 €.")
    assert (r.target, r.edit.op, r.edit.old, r.edit.new, r.edit.paragraph) == \
        ("9", "words_replace", "6 359 400,94 €", "6 612 800,94 €", 2)
    r = read_narrative("À l'article 4.1, le chiffre de 156 logements est ramené à 152 logements.")
    assert (r.target, r.edit.old, r.edit.new) == ("4.1", "156 logements", "152 logements")
    r = read_narrative("Le dernier alinéa de l'article 6 est supprimé.")
    assert (r.target, r.edit.op, r.edit.paragraph) == ("6", "paragraph_delete", -1)
    # sentences that tell no edit
    assert read_narrative("Le programme et son financement évoluent comme suit.") is None
    assert read_narrative("La participation de la Région est essentielle au projet.") is None


def test_operations_added_withdrawn_and_renamed_in_prose():
    r = read_narrative("Le programme est complété par la démolition de la tour Ravel (40 logements) à Avion "
                       "(C0688-21-0003), sous la maîtrise d'ouvrage de la commune d'Avion, pour une subvention de "
                       "l'ANRU de 1 000 000 €.")
    assert (r.target, r.edit.op) == (BY_ROW, "row_add")
    assert r.edit.cells == {"IDTOP": "C0688-21-0003", "Libellé de l'opération": "Démolition de la tour Ravel (40 logements)",
                            "Commune": "Avion", "Maître d'ouvrage": "Commune d'Avion",
                            "Subvention ANRU": "1 000 000 €", "Logements": "40"}
    r = read_narrative("Est ajoutée au programme l'opération Création du centre social des Halles à Lens, sous la "
                       "maîtrise d'ouvrage de La Ferme des Possibles, pour un montant de subvention ANRU de 500 000 €.")
    assert (r.edit.cells["Libellé de l'opération"], r.edit.cells["Maître d'ouvrage"], r.edit.cells["Commune"]) == \
        ("Création du centre social des Halles", "La Ferme des Possibles", "Lens")
    for verb in ("est retirée du programme", "est supprimée du programme", "est abandonnée et retirée de la convention"):
        r = read_narrative(f"L'opération Démolition de la barre Vauban (40 logements) (C0688-21-0002) {verb}.")
        assert (r.target, r.edit.op, r.edit.row) == (BY_ROW, "row_delete", "C0688-21-0002"), verb
    # without its identifier: the line by its label (brackets of the label kept)
    r = read_narrative("L'opération Démolition de la barre Vauban (40 logements) est retirée du programme.")
    assert r.edit.row == "Démolition de la barre Vauban (40 logements)"
    r = read_narrative("L'opération Démolition X (71 logements) (C0688-21-0001) est désormais intitulée "
                       "Démolition X (65 logements).")
    assert (r.edit.op, r.edit.row, r.edit.old, r.edit.new) == \
        ("cell_replace", "C0688-21-0001", "Démolition X (71 logements)", "Démolition X (65 logements)")


def test_sentences_the_layout_merged_are_read_one_by_one():
    ams = _read("La subvention de l'ANRU au quartier Les Provinces est portée de 1 880 000 € à 2 000 000 €. Le "
                "financement d'Action Logement pour le quartier Le Plateau passe de 900 000 € à 950 000 €. "
                "L'opération Démolition Y (C0688-21-0002) est retirée du programme.")
    got = [(a.edit.op, a.edit.row, a.edit.column, a.edit.old, a.edit.new) for a in ams]
    assert got == [("cell_replace", "ANRU", "Les Provinces", "1 880 000 €", "2 000 000 €"),
                   ("cell_replace", "Action Logement", "Le Plateau", "900 000 €", "950 000 €"),
                   ("row_delete", "C0688-21-0002", None, None, None)]


def test_heading_told_after_a_colon_is_a_rename():
    ams = _read("L'article 2.2 est désormais intitulé : Les objectifs urbains, sociaux et environnementaux du projet.",
                "L'intitulé de l'article 4 devient : Le programme urbain.",
                "L'article 5 s'intitule désormais : La stratégie de relogement.")
    assert [(a.target, a.action, a.new_heading) for a in ams] == [
        ("2.2", "rename", "Les objectifs urbains, sociaux et environnementaux du projet"),
        ("4", "rename", "Le programme urbain"), ("5", "rename", "La stratégie de relogement")]


# --- narratif: consolidation ---------------------------------------------------------------------------

def test_narrative_avenant_consolidates_lines_cells_and_places():
    c = operations_convention(with_facts=False)
    ams = _read("Le programme est complété par la démolition de la tour Ravel (40 logements) à Avion "
                "(C0688-21-0003), sous la maîtrise d'ouvrage de Maisons du Nord, pour une subvention de l'ANRU de "
                "1 000 000 €.",
                "L'opération Démolition de la barre Vauban (40 logements) (C0688-21-0002) est retirée du programme.",
                "La subvention de l'ANRU à l'opération Démolition de la tour des Frênes (71 logements) est ramenée "
                "à 1 800 000 €.",
                "Les totaux sont mis à jour en conséquence.",
                "La participation de la Région au quartier Le Plateau est fixée à 250 000 €.",
                "Les totaux sont mis à jour en conséquence.")
    merged = consolidate(c, [_avenant(ams)]).parts[0]
    ops = next(t for t in merged.tables if t.id == "t1")
    assert ops.rows == [["C0688-21-0001", "Démolition de la tour des Frênes (71 logements)", "71", "1 800 000 €"],
                        ["C0688-21-0003", "Démolition de la tour Ravel (40 logements)", "40", "1 000 000 €"],
                        ["Total", "", "", "2 800 000 €"]]
    fin = next(t for t in merged.tables if t.id == "t2")
    assert fin.rows[1] == ["Région", "500 000 €", "250 000 €", "750 000 €"]
    assert not merged.metadata["consolidation"][0]["conflicts"]


def test_family_count_goes_to_the_summary_table_and_keeps_its_unit():
    c = operations_convention(with_facts=False)
    part = c.parts[0]
    # the programme's summary (article 4.1): family lines by quartier, counts with their unit; the
    # operations table (8.1) has lines opening with the same word
    part.tables.append(Table(id="t3", title="Tableau de synthèse du programme urbain", pages=[2], section="4.1",
                             header=[["Nature", "Les Provinces", "Le Plateau"]],
                             rows=[["Démolition de logements locatifs sociaux", "71 logements", "40 logements"],
                                   ["Requalification de LLS", "–", "20 logements"]], n_rows=2, n_cols=3))
    assert row_section(part, "Démolition", "Le Plateau") == "4.1"
    ams = _read("Le nombre de logements démolis à Le Plateau est porté de 40 à 52.")
    merged = consolidate(c, [_avenant(ams)]).parts[0]
    synth = next(t for t in merged.tables if t.id == "t3")
    assert synth.rows[0] == ["Démolition de logements locatifs sociaux", "71 logements", "52 logements"]
    ops = next(t for t in merged.tables if t.id == "t1")
    assert ops.rows[1][2] == "40"


# --- puces: a table replaced by the avenant's annex ----------------------------------------------------

def test_table_replaced_by_the_table_of_an_avenant_annex():
    r = read_edit("Le tableau « Plan de financement » de l'article 9 est remplacé par le tableau joint en annexe 2 du "
                  "présent avenant.")
    assert (r.target, r.edit.op, r.edit.table, r.edit.annex) == ("9", "table_replace", "Plan de financement", "2")
    r = read_edit("Le tableau des opérations de l'article 8.1 est remplacé par le tableau figurant en annexe 1 au "
                  "présent avenant.")
    assert (r.target, r.edit.op, r.edit.annex) == ("8.1", "table_replace", "1")
    c = operations_convention(with_facts=False)
    ams = _read("Le tableau « Plan de financement » de l'article 9 est remplacé par le tableau joint en annexe 2 du "
                "présent avenant.",
                "Le tableau « Tableau des opérations » de l'article 8.1 est remplacé par le tableau joint en annexe 1 du "
                "présent avenant.")
    new_ops = Table(id="a1", title="Tableau des opérations", pages=[3], section="1",
                    header=[["IDTOP", "Libellé", "Logements", "Subvention ANRU"]],
                    rows=[["C0688-21-0001", "Démolition de la tour des Frênes (71 logements)", "71", "2 000 000 €"],
                          ["Total", "", "", "2 000 000 €"]], n_rows=2, n_cols=4)
    new_fin = Table(id="a2", title="Plan de financement", pages=[3], section="2",
                    header=[["Financeurs", "Les Provinces", "Le Plateau", "Total"]],
                    rows=[["ANRU", "2 000 000 €", "–", "2 000 000 €"], ["Région", "500 000 €", "–", "500 000 €"],
                          ["Total", "2 500 000 €", "–", "2 500 000 €"]], n_rows=3, n_cols=4)
    # the avenant's annexes are numbered like its articles: the annex's section, not article 1 or 2, holds them
    sections = [Section("s1", "1", "Objet", 1, 1, label="Article 1"), Section("s2", "2", "Modifications", 1, 1,
                                                                              label="Article 2"),
                Section("s5", "1", "Tableau des opérations", 1, 3, label="Annexe 1", kind="annexe",
                        blocks=[Block("b1", "table", "Tableau des opérations", 3, table="a1")]),
                Section("s6", "2", "Plan de financement", 1, 3, label="Annexe 2", kind="annexe",
                        blocks=[Block("b2", "table", "Plan de financement", 3, table="a2")])]
    merged = consolidate(c, [_avenant(ams, [new_ops, new_fin], sections)]).parts[0]
    ops = next(t for t in merged.tables if t.id == "t1")
    fin = next(t for t in merged.tables if t.id == "t2")
    assert ops.rows == new_ops.rows and fin.rows == new_fin.rows
    assert not merged.metadata["consolidation"][0]["conflicts"]
    # the annexes' headings not read as sections (a caption, a line of text): the tables printed after
    # the instructions' articles, the one under the caption named, the other in the order of the annexes
    new_ops.section = new_fin.section = "3"
    new_fin.title = ""
    closing = [Section("s1", "2", "Modifications", 1, 1, label="Article 2"),
               Section("s3", "3", "Entrée en vigueur", 1, 2, label="Article 3")]
    merged = consolidate(c, [_avenant(ams, [new_fin, new_ops], closing)]).parts[0]
    ops = next(t for t in merged.tables if t.id == "t1")
    fin = next(t for t in merged.tables if t.id == "t2")
    assert ops.rows == new_ops.rows and fin.rows == new_fin.rows


# --- intitule: the avenant's article titled by the convention article it modifies -------------------

def test_untargeted_instructions_take_the_article_their_heading_names():
    fam = next(f for f in families(load_rules()) if f.kind == "avenant")
    draft = PartDraft(kind="avenant", first_page=1, last_page=1)
    heads = ["La synthèse du programme urbain (article 4.1 modifié)", "Article 8.1 – Les opérations (modifié)",
             "Article 9 modifié – Le plan de financement", "Les annexes (article 12 de la convention)"]
    draft.sections = [Section(id=f"s{k}", number=str(k), heading=h, level=1, page=1, label=f"Article {k} –")
                      for k, h in enumerate(heads, start=2)]
    texts = {"s2": ["Au deuxième alinéa, les mots « 111 logements » sont remplacés par les mots « 151 logements »."],
             "s3": ["Au tableau, la ligne « C0688-21-0002 » est supprimée.", "Les totaux sont modifiés en conséquence."],
             "s4": ["Le deuxième alinéa est ainsi rédigé : « Le coût total est estimé à 3 000 000 €. »"],
             "s5": ["Il est ajouté un alinéa ainsi rédigé : « Les annexes sont jointes. »"]}
    draft.paragraphs = [Paragraph(text=t, page=1, section=s.number, section_id=s.id)
                        for s in draft.sections for t in texts[s.id]]
    got = [(a.target, a.edit.op) for a in extract_amendments(draft, fam)]
    assert got == [("4.1", "words_replace"), ("8.1", "row_delete"), ("8.1", "totals"), ("9", "paragraph_replace"),
                   ("12", "paragraph_add")]
    # a heading that names its own subject only ("Modification de l'article 9" is read by the instruction
    # sentences, "Objet" names nothing)
    from convention_parser.structure.article_headings import modified_article
    assert modified_article("Objet de l'avenant") is None
    assert modified_article("Article 9 – Le plan de financement") is None


# --- the generator: same gold, own stream ---------------------------------------------------------------

def test_new_styles_tell_the_same_changes_and_draw_apart(tmp_path):
    import random

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from corpora.generator2 import convention

    full = convention.build(913, tmp_path / "full", "full")
    for style in ("puces",):          # (one style: each build typesets three documents)
        built = convention.build(913, tmp_path / style, style)
        assert built[1].gold["layout"]["avenant_style"] == style
        # gold by construction: the avenant route scores against the changes every style tells
        assert built[1].gold["changes"] == full[1].gold["changes"]
        assert built[2].gold["changes"] == full[2].gold["changes"] and built[2].gold["parts"] == full[2].gold["parts"]
    # the drawn mix: the new styles take a share of the full rewrites only
    seen = set()
    for seed in range(1, 400):
        drawn = convention.avenant_style(seed)
        was_legis = random.Random(f"{seed}:avenant-style").random() < convention.LEGIS_SHARE
        r = random.Random(f"{seed}:avenant-style3")
        was = "legislative" if was_legis else (r.choice(convention.STYLES3) if r.random() < convention.STYLES3_SHARE
                                              else "full")
        assert drawn == was or (was == "full" and drawn in convention.STYLES5), seed
        seen.add(drawn)
    assert set(convention.STYLES5) <= seen
