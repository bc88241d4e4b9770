"""Table identity and article wording across layouts (issue 12, branch difftab), on
records built for the test: group rows, merged cells and wrapped headers are layout;
a table only one version prints is its article's table modified; a captionless
table is named by the sentence announcing it; a table cut on its page is joined;
a consolidation keeps the family tables an instruction does not rewrite; text set
in columns and footnotes are not wording; legislative word edits hold across a
line break; the generator quotes disjoint spans and pairs tables by caption."""

import copy
import difflib
import random

from convention_parser.diff import consolidate, diff_results
from convention_parser.diff.articles import same_words
from convention_parser.diff.continued import join_continued
from convention_parser.diff.legistique import apply_edit
from convention_parser.diff.normalize import footnote_lines
from convention_parser.diff.tables import (announced_names, is_group_row, lone_table_changes, match_tables,
                                           same_header, table_changes, table_name)
from convention_parser.records import (Amendment, Block, Edit, Footnote, Part, ParseResult, Section, Source,
                                       Table)

HEADER = [["IDTOP", "Libellé", "Commune", "Maître d'ouvrage", "Assiette", "Subvention ANRU"]]
ROWS = [["C0846-21-0001", "Démolition de la tour Les Acacias", "Lormes", "OPH Horizon", "3 222 800 €", "1 611 400 €"],
        ["C0846-21-0004", "Démolition de l'îlot Les Tilleuls", "Lormes", "OPH Horizon", "11 920 000 €", "2 980 000 €"]]
FAMILY = "Opérations « La démolition de logements locatifs sociaux »"


def _table(tid, rows, title=FAMILY, header=HEADER, section="8.1", pages=(6,)):
    return Table(tid, title, list(pages), copy.deepcopy(header), copy.deepcopy(rows), len(rows),
                 len((header or rows)[0]), section=section)


# ------------------------------------------------------------------ layout is no change

def test_a_group_row_read_as_header_or_as_row_and_merged_cells_are_no_change():
    banner = ["Quartier Le Bois Joli (QP062059) – Hallencourt"] * 6
    assert is_group_row(banner) and not is_group_row(ROWS[0])
    old = _table("t3", [banner] + ROWS)
    new = _table("t3", ROWS, header=[[""] * 6, banner] + HEADER)
    # one layout merges two cells the other prints apart
    new.rows[0] = new.rows[0][:4] + ["3 222 800 € 1 611 400 €", ""]
    assert table_changes([(old, new)]) == []
    # a real change of a cell is still one
    changed = copy.deepcopy(new)
    changed.rows[1][5] = "3 100 000 €"
    got = table_changes([(old, changed)])
    assert [(c.type, c.after["rows_modified"]) for c in got] == [("table_modified", 1)]


def test_a_header_wrapped_over_two_rows_reads_the_same_but_a_new_heading_does_not():
    one = _table("t1", ROWS, header=[["Opération", "Opération", "Localisation", "Localisation", "Financement (€)", "Financement (€)"],
                                      ["Libellé", "IDTOP", "Commune", "Maître d'ouvrage", "Assiette", "Subvention ANRU"]])
    merged = _table("t1", ROWS, header=[["Opération", "Localisation", "Financement (€)"],
                                         ["Libellé IDTOP", "Commune Maître d'ouvrage", "Assiette Subvention ANRU"]])
    assert same_header(one, merged)
    renamed = _table("t1", ROWS, header=[["Opération", "Localisation", "Financement (€)"],
                                          ["Libellé IDTOP", "Commune Maître d'ouvrage", "Assiette Subvention Région"]])
    assert not same_header(one, renamed)


# ------------------------------------------------------------------ a table one side lacks

def test_a_table_one_version_lacks_is_its_article_table_modified_unless_printed_as_text():
    old_tables = [_table("t3", ROWS)]
    eco = _table("t7", [["C0846-38-0008", "Création du centre commercial de la Place", "Lormes", "Maisons de Beauséjour",
                         "3 080 000 €", "1 232 000 €"]], title="Opérations « L'immobilier à vocation économique »")
    new_tables = [_table("t3", ROWS), eco]
    pairs = match_tables(old_tables, new_tables, lambda s: s)
    assert len(pairs) == 1
    texts = ({"8.1": "Les opérations cofinancées sont les suivantes :"}, {"8.1": "Les opérations cofinancées sont les suivantes :"})
    got = lone_table_changes(old_tables, new_tables, pairs, lambda s: s, texts)
    assert [(c.type, c.target, c.after["rows_added"]) for c in got] == [
        ("table_modified", "Opérations « L'immobilier à vocation économique »", 1)]
    # the old parse read the same table as lines of text: no change
    as_text = ({"8.1": texts[0]["8.1"] + "\nC0846-38-0008 Création du centre commercial de la Place Lormes "
                "Maisons de Beauséjour 3 080 000 € 1 232 000 €"}, texts[1])
    assert lone_table_changes(old_tables, new_tables, pairs, lambda s: s, as_text) == []
    # prose set in two columns, read as a table, is no table added
    prose = _table("t8", [["Le projet vise à", "transformer durablement"], ["l'image du quartier", "et ses abords."]],
                   title="", header=[])
    assert lone_table_changes(old_tables, [new_tables[0], prose], pairs, lambda s: s, texts) == []


def test_a_captionless_table_is_named_by_its_announcing_sentence_else_its_headings():
    sec = Section("s9", "9", "Le plan de financement", 1, 7, text="", blocks=[
        Block("b1", "paragraph", "Le plan de financement prévisionnel s'établit comme suit, par financeur et par quartier :", 7),
        Block("b2", "table", "", 7, table="t5"),
        Block("b3", "table", "", 7, table="t6"),
        Block("b4", "paragraph", "Les opérations sont les suivantes : Tableau des opérations cofinancées par l'ANRU", 8),
        Block("b5", "table", "", 8, table="t7")])
    names = announced_names([sec])
    assert names == {"t5": "Le plan de financement prévisionnel s'établit comme suit, par financeur et par quartier",
                     "t7": "Tableau des opérations cofinancées par l'ANRU"}
    fam = _table("t6", [["Démolition", "7 780 000"]], title="", header=[["Famille d'opérations", "Concours ANRU (€)"]])
    assert table_name(fam, fam, (names, names)) == "Tableau « Famille d'opérations – Concours ANRU (€) »"
    # a title that opens in lower case is a wrapped line's tail, not a caption
    tail = _table("t6", [["Démolition", "7 780 000"]], title="sociaux", header=[["Famille d'opérations", "Concours ANRU (€)"]])
    assert table_name(tail, None) == "Tableau « Famille d'opérations – Concours ANRU (€) »"


# ------------------------------------------------------------------ a table cut on its page

def test_a_headerless_piece_right_under_a_table_or_on_its_last_page_continues_it():
    first, piece = _table("t2", ROWS[:1]), _table("t3", ROWS[1:], title="", header=[])
    sec = Section("s8", "8.1", "Les opérations", 2, 6, blocks=[Block("b1", "table", "", 6, table="t2"),
                                                                 Block("b2", "table", "", 6, table="t3")])
    joined, alias = join_continued([first, piece], [sec])
    assert [t.n_rows for t in joined] == [2] and alias == {"t3": "t2"}
    # text between them: two tables
    sec.blocks.insert(1, Block("b9", "paragraph", "Les opérations de requalification :", 6))
    assert len(join_continued([first, piece], [sec])[0]) == 2
    # no blocks (a consolidated record), but the first one runs over a page break
    over = _table("t2", ROWS[:1], pages=(6, 7))
    last = _table("t3", ROWS[1:], title="", header=[], pages=(7,))
    assert len(join_continued([over, last])[0]) == 1
    assert len(join_continued([first, _table("t3", ROWS[1:], title="", header=[], pages=(6,))])[0]) == 2


# ------------------------------------------------------------------ consolidation

def _part(sections, tables, kind="convention", amendments=()):
    return ParseResult(Source(f"{kind}.pdf", kind[0] * 64, 10),
                       [Part(kind=kind, pages=[1, 10], title=kind, sections=sections, tables=tables,
                             amendments=list(amendments))])


def test_a_rewrite_of_two_families_keeps_the_other_family_tables_of_the_article():
    eq = [["C0846-37-0003", "Extension du centre social Jean Macé", "Lormes", "Commune de Lormes", "900 000 €", "300 000 €"]]
    sec = Section("s8", "8.1", "Les opérations cofinancées par l'ANRU", 2, 6, text="Les opérations sont les suivantes :",
                  blocks=[Block("b1", "table", "", 6, table="t3"), Block("b2", "table", "", 6, table="t4")])
    conv = _part([sec], [_table("t3", ROWS), _table("t4", eq, title="Opérations « Les équipements publics de proximité »")])
    new_rows = ROWS + [["C0846-21-0011", "Démolition de la barre Bizet", "Lormes", "Aquilon Habitat", "7 000 000 €", "2 450 000 €"]]
    raw = (f"Les opérations « La démolition de logements locatifs sociaux » sont modifiées et désormais présentées "
           f"comme suit :\nLes opérations « L'aménagement d'ensemble » sont modifiées et désormais présentées comme suit :")
    am = Amendment(target="8.1", target_kind="article", action="replace", new_text="Opérations « La démolition »",
                   section="3.4", page=4, raw=raw)
    av_sec = Section("a3", "3.4", "Modification de l'article 8.1", 2, 4, text=raw)
    avenant = _part([av_sec], [_table("t2", new_rows, section="3.4", pages=(4,))], kind="avenant", amendments=[am])
    merged = consolidate(conv, [avenant])
    titles = sorted(t.title for t in merged.parts[0].tables)
    assert "Opérations « Les équipements publics de proximité »" in titles
    sec_after = next(s for s in merged.parts[0].sections if s.number == "8.1")
    assert sec_after.blocks == []        # the signed blocks name tables the article no longer holds
    assert sec_after.text == "Les opérations sont les suivantes :"   # a family's table, not the wording


# ------------------------------------------------------------------ wording

def test_the_same_words_set_in_columns_or_interleaved_are_no_change_but_a_new_word_is():
    text = "Le comité de pilotage se réunit deux fois par an.\nLa revue de projet est annuelle."
    cols = _table("t1", [["Le comité de pilotage se", "réunit deux fois par an."]], title="", header=[], section="7.1")
    assert same_words("La revue de projet est annuelle.", text, [cols], [], frozenset())
    assert same_words("La revue de projet est annuelle.\nLe comité de pilotage se réunit deux fois par an.", text, [], [],
                      frozenset())
    assert not same_words(text.replace("deux", "trois"), text, [], [], frozenset())


def test_footnotes_the_parse_told_apart_are_layout_lines():
    part = Part(kind="convention", pages=[1, 2], footnotes=[Footnote("3", "Montants prévisionnels ; les dates de lancement "
                                                                        "sont indiquées par semestre.", 6, "8.1")])
    lines = footnote_lines(part)
    assert "3 Montants prévisionnels ; les dates de lancement sont indiquées par semestre." in lines
    a = Section("s1", "9", "Plan", 1, 7, text="Le plan est le suivant.\n3 Montants prévisionnels ; les dates de "
                                            "lancement sont indiquées par semestre.")
    b = Section("s1", "9", "Plan", 1, 7, text="Le plan est le suivant.")
    old, new = _part([a], []), _part([b], [])
    old.parts[0].footnotes = part.footnotes
    assert [c for c in diff_results(old, new).changes if c.type == "article_modified"] == []


def _word_edit(sec, edit):
    """One word edit applied through the consolidation's entry, in a convention of that one section."""
    part = Part(kind="convention", pages=[2, 4], sections=[sec])
    am = Amendment(target=sec.number, target_kind="article", action="replace", edit=edit)
    return apply_edit(part, sec, am, Part(kind="avenant", pages=[1, 2]))


def test_a_quoted_phrase_broken_over_two_lines_is_still_edited():
    sec = Section("s1", "4.1", "La synthèse", 2, 4, text="La démolition de la barre\nColbert (173 logements) est prévue.")
    assert _word_edit(sec, Edit("words_replace", old="barre Colbert (173 logements)",
                                new="barre Colbert (150 logements)")) is None
    assert sec.text == "La démolition de la barre Colbert (150 logements) est prévue."
    assert _word_edit(sec, Edit("words_delete", old="tour Rameau")) is not None
    assert sec.text == "La démolition de la barre Colbert (150 logements) est prévue."


# ------------------------------------------------------------------ the generator (corpora/generator2)

def test_generated_word_edits_quote_disjoint_spans_that_apply_in_order():
    """The generator's word instructions for an alinéa changed in up to four places, read by the parse
    (read_edit) and applied in order (apply_edit), give the consolidated alinéa: every quote is a span
    of the text as the instructions before it left it."""
    from corpora.generator2.conv_layout import Style
    from corpora.generator2.conv_legis import LegisWriter
    from convention_parser.structure.edit_instructions import read_edit
    words = ("Démolition de la barre Colbert (173 logements) à Avion et de la tour Rameau (40 logements) "
             "pour 1 200 000 € sous la maîtrise d'ouvrage de Néolis").split()
    rng = random.Random(7)
    for seed in range(120):
        a = list(words)
        b = list(a)
        for _ in range(rng.randint(1, 4)):
            k = rng.randrange(len(b))
            b[k:k + 1] = rng.choice([["partielle"], [], [b[k], "Nord"], ["150"]])
        old, new = " ".join(a), " ".join(b)
        if old == new:
            continue
        lw = LegisWriter(None, None, None, None, seed, Style.draw(random.Random(seed)), random.Random(seed))
        lw.words("4.1", 0, 1, old, new, old)
        sec = Section("s1", "4.1", "La synthèse", 2, 4, text=old)
        part = Part(kind="convention", pages=[2, 4], sections=[sec])
        for item in lw.items:
            got = read_edit(item[0])
            assert got is not None and got.target == "4.1", item[0]
            am = Amendment(target="4.1", target_kind="article", action="replace", edit=got.edit)
            assert apply_edit(part, sec, am, Part(kind="avenant", pages=[1, 2])) is None, (old, new, item[0])
        assert " ".join(sec.text.split()) == new, (old, new, [i[0] for i in lw.items])


def test_generated_tables_are_paired_by_caption_not_position():
    """A family table the avenant empties is no longer printed: the generator's instructions delete its
    line and leave the next family's table alone (paired by position, they would edit that one)."""
    from corpora.generator2.conv_blocks import TableB
    from corpora.generator2.conv_layout import Style
    from corpora.generator2.conv_legis import LegisWriter
    dem, req, am = (TableB(t, [["IDTOP", "Libellé"]], [[t[:3], f"{t} de la tour"]])
                    for t in ("Démolition", "Requalification", "Aménagement"))
    for seed in range(6):
        lw = LegisWriter(None, None, None, None, seed, Style.draw(random.Random(seed)), random.Random(seed))
        lw.article_text("8.1", [dem, req, am], [dem, am], None)   # requalification emptied, not printed
        said = [item[0] for item in lw.items]
        assert len(said) == 1 and "la ligne « Req » est supprimée" in said[0], said
        assert "Requalification" in said[0] or "deuxième tableau" in said[0], said


def test_a_caption_keeps_its_table_and_another_family_caption_is_another_table():
    dem = _table("t2", ROWS)
    req = _table("t3", [["C0450-33-0003", "Requalification de la résidence Les Hortensias", "Lormes", "Logis Horizon",
                         "3 225 000 €", "1 290 000 €"]], title="Opérations « La requalification de logements locatifs sociaux »")
    eq = _table("t4", [["C0450-37-0007", "Réhabilitation du gymnase", "Lormes", "Commune de Lormes", "900 000 €",
                        "300 000 €"]], title="Opérations « Les équipements publics de proximité »")
    emptied = _table("t3", [], title=req.title)
    eco = _table("t7", [["C0450-38-0009", "Création du centre commercial du Marché", "Lormes", "Solvéa", "3 000 000 €",
                         "1 200 000 €"]], title="Opérations « L'immobilier à vocation économique »")
    pairs = match_tables([dem, req, eq], [dem, emptied, eq, eco], lambda s: s)
    assert sorted((a.title[14:24], b.title[14:24]) for a, b in pairs) == sorted(
        [(dem.title[14:24],) * 2, (req.title[14:24],) * 2, (eq.title[14:24],) * 2])
    # requalification gone from the new version, immobilier new: two tables, never one
    pairs = match_tables([dem, req], [dem, eco], lambda s: s)
    assert [(a.id, b.id) for a, b in pairs] == [("t2", "t2")]


def test_prose_read_as_a_table_on_both_sides_is_the_article_wording_not_a_table():
    a = _table("t1", [["Article 2 – Les objectifs", "du projet de renouvellement"]], title="Article 2 - Les objectifs",
               header=[], section="2.1")
    b = _table("t1", a.rows + [["urbain sont les suivants", "pour le quartier"]], title=a.title, header=[], section="2.1")
    assert table_changes([(a, b)]) == []


def test_a_number_whose_first_separator_was_lost_is_the_same_number():
    from convention_parser.diff.normalize import same_text
    assert same_text("dont 7360 701,71 euros", "dont 7 360 701,71 €")
    assert not same_text("dont 7360 701,71 euros", "dont 7 360 702,71 €")


def test_words_cut_at_an_article_boundary_and_set_in_columns_are_no_change():
    three = "Une attention particulière est portée à la qualité environnementale."
    four = "Les études pré-opérationnelles ont permis de préciser la programmation et les conditions de relogement."
    old = _part([Section("s3", "3", "Le projet", 1, 3, text=three), Section("s4", "4", "La description", 1, 4, text=four)], [])
    cols = _table("t1", [["ont permis de", "préciser la programmation", "préciser la programmation"],
                         ["et les conditions", "de relogement.", ""]], title="", header=[], section="4")
    new = _part([Section("s3", "3", "Le projet", 1, 3, text=three + "\nLes études pré-opérationnelles"),
                 Section("s4", "4", "La description", 1, 4, text="")], [cols])
    assert [c for c in diff_results(old, new).changes if c.type == "article_modified"] == []
    reworded = copy.deepcopy(new)
    reworded.parts[0].tables[0].rows[1][1] = "de relogement des ménages."
    assert [c.target for c in diff_results(old, reworded).changes if c.type == "article_modified"]


def test_the_caption_printed_under_a_table_cut_by_a_page_break_names_the_whole_table():
    top = _table("t4", ROWS[:1], title="", pages=(7, 8))
    bottom = _table("t5", ROWS[1:], title="Plan de financement prévisionnel", header=[], pages=(8,))
    joined, _ = join_continued([top, bottom])
    assert [(t.title, t.n_rows) for t in joined] == [("Plan de financement prévisionnel", 2)]
    # a titled table with a header of its own is another table
    other = _table("t5", ROWS[1:], title="Concours par famille", pages=(8,))
    assert len(join_continued([top, other])[0]) == 2


def test_a_cell_edit_whose_row_label_the_parse_garbled_finds_the_one_cell_quoting_its_words():
    sec = Section("s4", "4.1", "La synthèse", 2, 4, text="")
    synth = _table("t2", [["Démolition de 2", "213 logements 248 logements 171 logements"]], title="Tableau de synthèse",
                   header=[["Intervention", "Les Aubépines"]], section="4.1")
    part = Part(kind="convention", pages=[1, 9], sections=[sec], tables=[synth])
    am = Amendment(target="4.1", target_kind="article", action="replace", edit=Edit(
        "cell_replace", old="248 logements", new="258 logements", row="Démolition de logements locatifs sociaux"))
    assert apply_edit(part, sec, am, Part(kind="avenant", pages=[1, 2])) is None
    assert synth.rows[0][1] == "213 logements 258 logements 171 logements"
    am.edit = Edit("cell_replace", old="logements", new="lgts", row="Démolition de logements locatifs sociaux")
    assert apply_edit(part, sec, am, Part(kind="avenant", pages=[1, 2])) is not None   # not one cell: no guess


def test_a_caption_the_parse_gave_the_wrong_one_of_two_tables_does_not_carry_the_other_columns():
    fin_h = [["Financeurs", "Les Castors", "La Madeleine", "Total"]]
    fam_h = [["Famille d'opérations", "Concours ANRU"]]
    fin = [["ANRU", "6 902 000", "10 979 000", "17 881 000"], ["FEDER", "1 000 000", "1 679 800", "2 679 800"]]
    fam = [["Démolition de logements locatifs sociaux", "10 488 000"], ["Requalification de LLS", "7 393 000"]]
    caption = "Plan de financement prévisionnel par financeur et par quartier"
    old = [_table("t3", fin, title="", header=fin_h, section="9"), _table("t4", fam, title=caption, header=fam_h, section="9")]
    new = [_table("t3", fin, title=caption, header=fin_h, section="9"),
           _table("t4", fam, title="Concours financiers de l'ANRU par famille d'opérations", header=fam_h, section="9")]
    assert sorted((a.id, b.id) for a, b in match_tables(old, new, lambda s: s)) == [("t3", "t3"), ("t4", "t4")]


def test_the_idtop_in_its_own_column_or_heading_the_label_keys_the_same_row():
    """One version prints the IDTOP in a column of its own, the other at the head of the label
    cell under a merged heading: the same rows, no change; a changed subsidy still is one."""
    old = _table("t4", ROWS)
    merged_header = [["Opération (IDTOP – libellé)", "Commune", "Maître d'ouvrage", "Assiette", "Subvention ANRU"]]
    merged_rows = [[f"{r[0]} – {r[1]}"] + r[2:] for r in ROWS]
    new = _table("t4", merged_rows, header=merged_header)
    assert table_changes([(old, new)]) == []
    changed = copy.deepcopy(new)
    changed.rows[1][4] = "3 100 000 €"
    got = table_changes([(old, changed)])
    assert [(c.after["rows_modified"], c.after["rows_added"], c.after["rows_removed"]) for c in got] == [(1, 0, 0)]
