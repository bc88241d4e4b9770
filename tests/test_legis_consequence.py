"""Legislative avenants, fifth pass (issue 12, branch legis): totals "modifiés en conséquence",
the residual diff(consolidate(c, a), c_v2), an article whose text is the same on both sides. Each
test on records or paragraphs built for the test, gold by construction (the values written in)."""

import copy

import pytest

from convention_parser.diff import consolidate, diff_results
from convention_parser.records import Amendment, Edit, ParseResult, Part, Section, Source, Table
from convention_parser.rules import load_rules
from convention_parser.structure.amendments import extract_amendments
from convention_parser.structure.family import families
from convention_parser.structure.model import Paragraph, PartDraft


@pytest.fixture(scope="module")
def fam():
    return next(f for f in families(load_rules()) if f.kind == "avenant")


def _amend(fam, *texts):
    draft = PartDraft(kind="avenant", first_page=1, last_page=1)
    draft.paragraphs = [Paragraph(text=t, page=1, section=None, section_id=None) for t in texts]
    return extract_amendments(draft, fam)


def _avenant(amendments: list[Amendment], tables=()) -> ParseResult:
    for a in amendments:
        a.section, a.page = "1", 1
    return ParseResult(source=Source("a.pdf", "1" * 64, 2),
                       parts=[Part(kind="avenant", pages=[1, 2], amendments=amendments, tables=list(tables),
                                   metadata={"number": "1"},
                                   sections=[Section("a1", "1", "Modifications de la convention", 1, 1, text="…")])])


def _result(sections, tables=(), name="c.pdf") -> ParseResult:
    return ParseResult(source=Source(name, "0" * 64, 9),
                       parts=[Part(kind="convention", pages=[1, 9], sections=sections, tables=list(tables))])


# --- an instruction cut after a closed quote ----------------------------------------------------

@pytest.mark.parametrize("cut", [
    ("– À la ligne « ANRU » du tableau de l'article 9 de la convention susvisée, le montant « 3 619 000 € »",
     "est remplacé par « 6 114 000 € »."),
    ("– À l'article 9, les mots « quartier Les Peupliers »", "sont remplacés par les mots « quartier Le Plateau »."),
])
def test_an_instruction_whose_verb_the_layout_set_on_a_line_of_its_own_is_read_whole(fam, cut):
    """The paragraph reader may close a paragraph on a closed quote ("… le montant « 3 619 000 € »"):
    the next one, going on in lower case ("est remplacé par …"), is the rest of the sentence."""
    got = _amend(fam, *cut, "– Les totaux du tableau de l'article 9 de la convention susvisée sont modifiés en "
                            "conséquence.")
    assert [(a.target, a.edit.op) for a in got] == [("9", got[0].edit.op), ("9", "totals")]
    assert got[0].edit.op in ("cell_replace", "words_replace")
    assert got[0].edit.new in ("6 114 000 €", "quartier Le Plateau")


# --- an inserted "ter" article whose new text reprints its heading -----------------------------

def test_an_inserted_ter_article_reprinting_its_heading_keeps_it_out_of_its_text():
    """"Après l'article 7, il est inséré un article 7 ter ainsi rédigé :" then "Article 7 ter
    L'évaluation …" (the colon after the number not printed) and its text: the first line is the
    new article's heading, not its first alinéa."""
    body = "Le porteur de projet conduit une évaluation environnementale des opérations programmées."
    signed = _result([Section("s1", "7", "La gouvernance", 1, 3, text="Le comité de pilotage se réunit."),
                      Section("s2", "8", "Le financement", 1, 4, text="Le financement est assuré.")])
    am = Amendment(target="7 ter", target_kind="article", action="insert",
                   new_heading="L'évaluation environnementale du projet",
                   new_text="Article 7 ter L'évaluation environnementale du projet\n" + body)
    merged = consolidate(signed, [_avenant([am])])
    new = next(s for s in merged.parts[0].sections if s.number == "7 ter")
    assert new.text == body
    expected = _result([Section("s1", "7", "La gouvernance", 1, 3, text="Le comité de pilotage se réunit."),
                        Section("s3", "7 ter", "L'évaluation environnementale du projet", 1, 3, text=body),
                        Section("s2", "8", "Le financement", 1, 4, text="Le financement est assuré.")], name="v2.pdf")
    assert [(c.type, c.target) for c in diff_results(merged, expected).changes] == []


# --- a signatory line whose place-and-date line one parse read apart ----------------------------

CLAUSE = "La présente convention prend effet à la date de sa signature par l'ensemble des parties."


def _article_changes(old: str, new: str):
    from convention_parser.diff.align import Pair
    from convention_parser.diff.articles import section_changes
    a = Section("s14", "14", "La durée de la convention", 1, 12, text=old)
    b = Section("s14", "14", "La durée de la convention", 1, 12, text=new)
    return section_changes([Pair(a, b)])


def test_a_lone_signatory_line_whose_date_line_the_other_parse_kept_is_no_change():
    """The signed convention's parse keeps "Fait à X, le 23 octobre 2022" above the last
    signatory; the consolidated one read its own date line apart (into the metadata) and keeps
    "Pour Immobilière Sévigné Marie MARCHAND" alone: the same article."""
    tail = "ANNEXES\nLes annexes de la présente convention sont les suivantes : Liste des annexes"
    signed = f"{CLAUSE}\nFait à Courtenay-sur-Orge, le 23 octobre 2022\nPour Immobilière Sévigné Marie MARCHAND\n{tail}"
    consolidated = f"{CLAUSE}\nPour Immobilière Sévigné Marie MARCHAND\n{tail}"
    assert _article_changes(signed, consolidated) == []
    # a clause opening on "Pour" is still a clause
    changed = f"{CLAUSE}\nPour la durée des travaux, le Maire informe les habitants.\n{tail}"
    assert [c.target for c in _article_changes(signed, changed)] == ["14"]


# --- tables: a banner header row, a caption under the table ------------------------------------

FAM_HEADER = [["IDTOP", "Libellé", "Commune", "Maître d'ouvrage", "Assiette", "Subvention ANRU"]]
BANNER = ["Opération", "Opération", "Localisation", "Localisation", "Financement", "Financement"]
EQUIP = [["C0579-37-0006", "Réhabilitation du gymnase Jacques Prévert", "Courtenay-sur-Orge",
          "Communauté de communes", "5 430 000,00 €", "3 258 000,00 €"]]
EQUIP_TITLE = "Opérations « Les équipements publics de proximité »"


def _family_table(tid, header, rows, title=EQUIP_TITLE, pages=(8,), section="8.1"):
    return Table(tid, title, list(pages), copy.deepcopy(header), copy.deepcopy(rows), len(rows), len(header[-1]),
                 section=section)


def test_a_banner_row_over_the_column_headings_read_by_one_parse_only_is_no_table_change():
    """The avenant reprints the table with its banner row ("Opération | Localisation | Financement")
    alone at a page foot, so its parse reads only the column headings; the consolidated
    convention's parse reads both rows. The same header: no table_modified, no article_modified."""
    text = "Les opérations « Les équipements publics de proximité » :"
    one = _result([Section("s1", "8.1", "Les opérations cofinancées par l'ANRU", 2, 8, text=text)],
                  [_family_table("t1", FAM_HEADER, EQUIP)])
    two = _result([Section("s1", "8.1", "Les opérations cofinancées par l'ANRU", 2, 8, text=text)],
                  [_family_table("t1", [BANNER] + FAM_HEADER, EQUIP)], name="v2.pdf")
    assert [(c.type, c.target) for c in diff_results(one, two).changes] == []
    # a column heading renamed under the banner is still a change
    renamed = copy.deepcopy(FAM_HEADER)
    renamed[0][4] = "Coût HT"
    three = _result([Section("s1", "8.1", "Les opérations cofinancées par l'ANRU", 2, 8, text=text)],
                    [_family_table("t1", [BANNER] + renamed, EQUIP)], name="v3.pdf")
    assert ("table_modified", EQUIP_TITLE) in [(c.type, c.target) for c in diff_results(one, three).changes]


AME_TITLE = "Opérations « L'aménagement d'ensemble »"
OPS_HEADER = [["Libellé de l'opération", "Maître d'ouvrage", "Commune", "Logements", "Subvention ANRU"]]
AME = [["Aménagement de la place de la Liberté", "Communauté urbaine", "Courtenay-sur-Orge", "–", "1 743 900,00 €"],
       ["Aménagement de la rue Victor Hugo", "Communauté urbaine", "Neuvelle", "–", "610 000,00 €"]]
REC_TITLE = "Opérations « La reconstitution de l'offre »"
REC = [["Reconstitution de l'offre – le programme Curie", "Ternois Logement", "Neuvelle", "64", "421 700,00 €"]]


def _captions_below_section(pieces: list[tuple[str, str]], texts_between: dict[str, list[str]]) -> Section:
    """Section 8.1 of a layout printing captions under the tables: each table block followed by its
    caption paragraph; ``pieces`` (table id, its title: "" when the parse gave it none)."""
    from convention_parser.records import Block
    blocks = [Block("b0", "paragraph", "Les opérations cofinancées par l'ANRU sont les suivantes :", 7)]
    for tid, title in pieces:
        blocks += [Block(f"b{len(blocks)}", "paragraph", x, 7) for x in texts_between.get(tid, [])]
        blocks.append(Block(f"b{len(blocks)}", "table", title, 7, table=tid))
        if title:
            blocks.append(Block(f"b{len(blocks)}", "paragraph", title, 7))
    text = "\n".join(b.text for b in blocks if b.kind == "paragraph")
    return Section("s1", "8.1", "Les opérations cofinancées par l'ANRU", 2, 7, text=text, blocks=blocks)


def test_a_caption_printed_under_a_table_a_page_break_cut_titles_the_whole_table():
    """Captions go under the tables: a table cut by a page break (its header repeated) leaves its
    first piece untitled and its caption to the second piece. The two pieces are the table that a
    parse reading it whole compares with: no change. A next family's table whose announcing line
    stands between them is a table of its own."""
    rec = ("t1", REC_TITLE)
    split = _result([_captions_below_section(
        [rec, ("t2", ""), ("t3", AME_TITLE)],
        {"t2": ["Les opérations « L'aménagement d'ensemble » :"],
         "t3": ["3 Montants prévisionnels ; les dates de lancement sont indiquées par semestre."]})],
        [_family_table("t1", OPS_HEADER, REC, REC_TITLE, pages=(7,)),
         _family_table("t2", OPS_HEADER, AME[:1], "", pages=(7,)),
         _family_table("t3", OPS_HEADER, AME[1:], AME_TITLE, pages=(8,))])
    whole = _result([_captions_below_section(
        [rec, ("t2", AME_TITLE)], {"t2": ["Les opérations « L'aménagement d'ensemble » :",
                                          "3 Montants prévisionnels ; les dates de lancement sont indiquées par semestre."]})],
        [_family_table("t1", OPS_HEADER, REC, REC_TITLE, pages=(7,)),
         _family_table("t2", OPS_HEADER, AME, AME_TITLE, pages=(7, 8))], name="v2.pdf")
    assert [(c.type, c.target) for c in diff_results(split, whole).changes] == []
    # the reconstitution table untitled at a page foot, the aménagement one (announced between them)
    # titled on the next page: two tables, each compared with its own
    apart = _result([_captions_below_section(
        [("t1", ""), ("t2", AME_TITLE)],
        {"t2": ["Opérations « La reconstitution de l'offre »", "Les opérations « L'aménagement d'ensemble » :",
                "3 Montants prévisionnels ; les dates de lancement sont indiquées par semestre."]})],
        [_family_table("t1", OPS_HEADER, REC, "", pages=(7,)),
         _family_table("t2", OPS_HEADER, AME, AME_TITLE, pages=(8,))], name="v3.pdf")
    assert [(c.type, c.target) for c in diff_results(whole, apart).changes] == []


# --- a family table replaced: the next family's table on the next page stays --------------------

RES_TITLE = "Opérations « La résidentialisation de logements »"
RES = [["Résidentialisation de l'immeuble Vauban", "OPH Haute-Scarpe", "Neuvelle", "40", "370 000,00 €"]]


def test_a_replaced_family_table_does_not_take_the_next_familys_table_printed_on_the_next_page():
    """"Le tableau « Opérations « La résidentialisation de logements » » de l'article 8.1 est remplacé
    par le tableau suivant :": the reconstitution table opening the next page has the same header
    (every family table of article 8.1 has it) but a caption of its own: no piece of the replaced one."""
    signed = _result([Section("s1", "8.1", "Les opérations cofinancées par l'ANRU", 2, 13,
                              text="Les opérations « La résidentialisation de logements » :\n" + RES_TITLE +
                                   "\nLes opérations « La reconstitution de l'offre » :\n" + REC_TITLE)],
                     [_family_table("t4", OPS_HEADER, RES, RES_TITLE, pages=(13,)),
                      _family_table("t5", OPS_HEADER, REC, REC_TITLE, pages=(14,))])
    new_rows = copy.deepcopy(RES)
    new_rows[0][3], new_rows[0][4] = "48", "425 500,00 €"
    am = Amendment(target="8.1", target_kind="article", action="replace",
                   raw=f"Le tableau « {RES_TITLE} » de l'article 8.1 est remplacé par le tableau suivant :",
                   edit=Edit("table_replace", table=RES_TITLE))
    # (an avenant of in-place edits: one that only replaces whole tables reads as a full rewrite)
    totals = Amendment(target="8.1", target_kind="article", action="replace", edit=Edit("totals"))
    merged = consolidate(signed, [_avenant([am, totals], [_family_table("t1", OPS_HEADER, new_rows, "", pages=(1,),
                                                                section="1")])])
    tables = {t.title: t.rows for t in merged.parts[0].tables}
    assert tables == {RES_TITLE: new_rows, REC_TITLE: REC}


# --- an alinéa added by rank: table captions are no alinéas -------------------------------------

def test_an_alinea_added_after_the_nth_counts_no_caption_and_goes_after_the_table_of_its_alinea():
    """"Après le troisième alinéa de l'article 8.1, il est inséré un alinéa ainsi rédigé : « Les
    opérations « Les équipements publics de proximité » : »": the captions read as lines of the text
    ("Opérations « … »", one of them over a table the parse titled otherwise) are not counted, and
    the new alinéa follows the table its alinéa announces."""
    text = ("Les opérations cofinancées par l'ANRU sont les suivantes :\n"
            "Les opérations « La résidentialisation de logements » :\n" + RES_TITLE + "\n"
            "Les opérations « La reconstitution de l'offre » :\n" + REC_TITLE + "\n"
            "Les opérations « L'aménagement d'ensemble » :\n" + AME_TITLE)
    signed = _result([Section("s1", "8.1", "Les opérations cofinancées par l'ANRU", 2, 13, text=text)],
                     [_family_table("t4", OPS_HEADER, RES, RES_TITLE, pages=(13,)),
                      _family_table("t5", OPS_HEADER, REC, "logements : 47 PLAI et 33 PLUS)", pages=(13,)),
                      _family_table("t6", OPS_HEADER, AME, AME_TITLE, pages=(14,))])
    new = "Les opérations « Les équipements publics de proximité » :"
    am = Amendment(target="8.1", target_kind="article", action="replace",
                   edit=Edit("paragraph_add", new=new, paragraph=3))
    merged = consolidate(signed, [_avenant([am])])
    lines = merged.parts[0].sections[0].text.split("\n")
    assert lines.index(new) == lines.index(REC_TITLE) + 1
    assert lines[-2:] == ["Les opérations « L'aménagement d'ensemble » :", AME_TITLE]


# --- layout-4 residuals: notes, wrapped headers, merged-down cells, "€ HT", the annex list -------

NOTE = "3 Montants prévisionnels ; les dates de lancement sont indiquées par semestre."
FIN_TITLE = "Plan de financement prévisionnel par financeur et par quartier"


def test_a_note_whose_call_the_parse_lost_is_no_wording_wherever_its_page_break_puts_it():
    """The note "3 Montants prévisionnels …" at a page foot, its call lost: one parse leaves it in
    article 9 (above the amounts), the other in article 8.1. Neither article is modified."""
    intro = "Les opérations cofinancées par l'ANRU sont les suivantes :"
    nine = "Le montant global des concours financiers prévisionnels de l'ANRU s'élève à 17 943 200 €."
    one = _result([Section("s1", "8.1", "Les opérations", 2, 6, text=intro),
                   Section("s2", "8.2", "Les autres opérations", 2, 6, text="Sans objet."),
                   Section("s3", "9", "Le plan de financement", 1, 7, text=f"{NOTE}\n{nine}")])
    two = _result([Section("s1", "8.1", "Les opérations", 2, 6, text=f"{intro}\n{NOTE}"),
                   Section("s2", "8.2", "Les autres opérations", 2, 6, text="Sans objet."),
                   Section("s3", "9", "Le plan de financement", 1, 7, text=nine)], name="v2.pdf")
    assert [(c.type, c.target) for c in diff_results(one, two).changes] == []
    three = _result([Section("s1", "8.1", "Les opérations", 2, 6, text=f"{intro}\n{NOTE}"),
                     Section("s2", "8.2", "Les autres opérations", 2, 6, text="Sans objet."),
                     Section("s3", "9", "Le plan de financement", 1, 7, text=nine.replace("17 943", "18 943"))],
                    name="v3.pdf")
    assert ("article_modified", "9") in [(c.type, c.target) for c in diff_results(one, three).changes]


def test_a_heading_wrapped_in_its_cell_read_as_a_first_data_row_is_the_header():
    """"Banque des" / "Territoires": the avenant's parse reads the heading's second line as a row
    with no label and no figure under the header; the consolidated convention's reads it whole."""
    head = ["Quartier (en € HT)", "ANRU", "Banque des Territoires", "Total"]
    rows = [["Les Castors (QP080052)", "3 625 700,30", "5 157 000,99", "8 782 701,29"]]
    text = "Le plan de financement s'établit comme suit :"
    whole = _result([Section("s1", "9", "Le plan de financement", 1, 7, text=text)],
                    [Table("t1", FIN_TITLE, [7], [head], copy.deepcopy(rows), 1, 4, section="9")])
    cut = _result([Section("s1", "9", "Le plan de financement", 1, 7, text=text)],
                  [Table("t1", FIN_TITLE, [7], [head[:2] + ["Banque des"] + head[3:]],
                         [["", "", "Territoires", ""]] + copy.deepcopy(rows), 2, 4, section="9")], name="v2.pdf")
    assert [(c.type, c.target) for c in diff_results(whole, cut).changes] == []
    other = _result([Section("s1", "9", "Le plan de financement", 1, 7, text=text)],
                    [Table("t1", FIN_TITLE, [7], [head[:2] + ["Banque des"] + head[3:]],
                           [["", "", "Régions", ""]] + copy.deepcopy(rows), 2, 4, section="9")], name="v3.pdf")
    assert ("table_modified", FIN_TITLE) in [(c.type, c.target) for c in diff_results(whole, other).changes]


def test_a_cell_merged_down_that_one_parse_spreads_and_the_other_leaves_on_its_first_line_is_layout():
    """The commune printed once for the lines under it: the avenant's parse spreads it over them,
    the consolidated convention's leaves the lines under it empty. The same table."""
    title = "Tableau des opérations cofinancées par l'ANRU (article 8.1)"
    head = [["IDTOP", "Libellé", "Commune", "Maître d'ouvrage", "Subvention ANRU"]]
    spread = [["C0821-21-0001", "Démolition de la résidence Mansart", "Pont-de-Thure", "Logis Sévigné", "1 480 000 €"],
              ["C0821-31-0002", "Reconstitution de l'offre – le programme du Parc", "Pont-de-Thure", "Ternois Logement",
               "192 500 €"]]
    once = copy.deepcopy(spread)
    once[1][2] = ""
    text = "Les opérations cofinancées par l'ANRU sont les suivantes :"
    a = _result([Section("s1", "8.1", "Les opérations", 2, 6, text=text)],
                [Table("t1", title, [6], head, spread, 2, 5, section="8.1")])
    b = _result([Section("s1", "8.1", "Les opérations", 2, 6, text=text)],
                [Table("t1", title, [6], head, once, 2, 5, section="8.1")], name="v2.pdf")
    assert [(c.type, c.target) for c in diff_results(a, b).changes] == []
    moved = copy.deepcopy(spread)
    moved[1][2] = "Marcillac"           # another commune is a change
    c = _result([Section("s1", "8.1", "Les opérations", 2, 6, text=text)],
                [Table("t1", title, [6], head, moved, 2, 5, section="8.1")], name="v3.pdf")
    assert ("table_modified", title) in [(x.type, x.target) for x in diff_results(b, c).changes]


def test_an_amount_printed_with_or_without_ht_is_the_same_wording():
    """The consolidated convention prints "17 943 200 € HT" where the avenant's alinéa (and so the
    consolidation) reads "17 943 200 euros": the same amount. "TTC" says something else."""
    def res(amount, name):
        return _result([Section("s1", "9", "Le plan de financement", 1, 7,
                                text=f"Le montant global des concours de l'ANRU s'élève à {amount}.")], name=name)
    assert diff_results(res("17 943 200 euros", "a.pdf"), res("17 943 200 € HT", "b.pdf")).changes == []
    assert [c.type for c in diff_results(res("17 943 200 euros", "a.pdf"), res("17 943 200 € TTC", "b.pdf")).changes] \
        == ["article_modified"]


def test_an_annex_list_reworded_with_the_same_annexes_in_force_is_no_change():
    """The signed list as one sentence, kept by the consolidation with its log (C4 repealed, C2
    replaced by the avenant's, C5 added), against the consolidated convention's sentence: the same
    annexes in force, in the same versions. The signed convention against it: the list changed."""
    def listing(entries):
        return ("ANNEXES\nSont annexés à la présente convention : " + ", ".join(entries) + ".")
    signed_list = ["l'annexe C1 (Calendrier opérationnel)", "l'annexe C2 (Tableau financier des opérations programmées)",
                   "l'annexe C4 (Tableau financier prévisionnel global)"]
    cons_list = ["l'annexe C1 (Calendrier opérationnel)",
                 "l'annexe C2 (Tableau financier des opérations programmées, dans sa version modifiée par l'avenant n°1)",
                 "l'annexe C5 (Fiches descriptives des nouvelles opérations)"]
    last = "La convention prend fin en 2030."
    signed = _result([Section("s1", "13", "La durée de la convention", 1, 9, text=f"{last}\n{listing(signed_list)}")])
    ams = [Amendment(target="C4", target_kind="annexe", action="repeal", raw="L'annexe C4 est abrogée."),
           Amendment(target="C2", target_kind="annexe", action="replace",
                     raw="L'annexe C2 est remplacée par l'annexe jointe au présent avenant."),
           Amendment(target="C5", target_kind="annexe", action="insert", new_heading="Fiches descriptives des nouvelles "
                     "opérations", raw="Il est ajouté une annexe C5 « Fiches descriptives des nouvelles opérations ».")]
    merged = consolidate(signed, [_avenant(ams)])
    cons = _result([Section("s1", "13", "La durée de la convention", 1, 9, text=f"{last}\n{listing(cons_list)}")],
                   name="v2.pdf")
    assert [(c.type, c.target) for c in diff_results(merged, cons).changes
            if c.type in ("article_modified",)] == []
    assert ("article_modified", "ANNEXES") in [(c.type, c.target) for c in diff_results(signed, cons).changes]


def test_two_line_instructions_run_together_once_their_one_row_tables_left_the_paragraph(fam):
    """"9° … après la ligne « C0581-21-0002 », est insérée la ligne suivante :" and "10° Le deuxième tableau
    … est complété par une ligne ainsi rédigée :", each followed by its one-row table: the tables gone
    to the table stage, the paragraph reader ran the two sentences into one. Two instructions."""
    got = _amend(fam, "9° Au deuxième tableau de l'article 8.1, après la ligne « C0581-21-0002 », est insérée la "
                      "ligne suivante : 10° Le deuxième tableau de l'article 8.1 est complété par une ligne ainsi "
                      "rédigée :")
    assert [(a.target, a.edit.op, a.edit.after_row) for a in got] == [("8.1", "row_add", "C0581-21-0002"),
                                                                       ("8.1", "row_add", None)]
    assert got[1].raw.startswith("10°")


def test_an_annex_list_sentence_cut_over_lines_its_title_run_into_it_lists_every_annex():
    """"ANNEXES" run into the sentence listing the annexes ("ANNEXES Les annexes suivantes sont jointes
    … : A1 – … ; C2" / "Tableau financier … ; C4 – Tableau financier" / "prévisionnel global."), the dash
    opening a line taken for a list mark: C2 and C4 are listed, and the block is the annex list's."""
    from convention_parser.diff.annexes import annexes
    last = "La convention prend fin en 2030."
    signed_text = (f"{last}\nANNEXES Les annexes suivantes sont jointes à la présente convention et en font partie "
                   "intégrante : A1 – Plan de situation des quartiers ; C1 – Calendrier opérationnel ; C2\n"
                   "Tableau financier des opérations programmées ; C4 – Tableau financier\nprévisionnel global.")
    signed = _result([Section("s1", "13", "La durée de la convention", 1, 9, text=signed_text)])
    got = {n: a.title for n, a in annexes(signed.parts[0]).items()}
    assert got == {"A1": "Plan de situation des quartiers", "C1": "Calendrier opérationnel",
                   "C2": "Tableau financier des opérations programmées", "C4": "Tableau financier prévisionnel global"}
    cons_text = (f"{last}\nANNEXES\nLes annexes suivantes sont jointes à la présente convention et en font partie "
                 "intégrante : A1 – Plan de situation des quartiers ; C1 – Calendrier opérationnel ; C2 – Tableau "
                 "financier des opérations programmées, dans sa version modifiée par l'avenant n°1.")
    cons = _result([Section("s1", "13", "La durée de la convention", 1, 9, text=cons_text)], name="v2.pdf")
    changes = {(c.type, c.target) for c in diff_results(signed, cons).changes}
    assert ("article_modified", "ANNEXES") in changes and ("article_modified", "13") not in changes
    assert ("annex_repealed", "C4") in changes and not any(t == "annex_added" for t, _ in changes)


# --- a margin note on a page of a few lines ------------------------------------------------------

def test_a_margin_note_on_a_page_of_a_few_lines_takes_the_documents_body_edge():
    """"Rappel du RGA" beside "Les opérations « La requalification … » :", alone on its page (the table it
    announces went to the next page): the page has too few lines for an edge of its own; its prose starts
    at the document's edge, so the note leaves the body as on any other page."""
    from convention_parser.text.margin_notes import split_margin_notes
    from convention_parser.text.model import Line, Page, Word

    def line(parts, top):
        words = []
        for x, text, size in parts:
            for w in text.split():
                words.append(Word(w, x, top, x + 0.55 * size * len(w), top + size, size=size))
                x += 0.55 * size * len(w) + 3
        return Line(words=words, page=8)
    page = Page(8, 595, 842, lines=[
        line([(14, "Rappel du RGA", 7.0), (96, "Les opérations « La requalification de logements locatifs sociaux » :",
                                              10.0)], 90),
        line([(260, "Paraphes des parties :", 8.0)], 790)])
    split_margin_notes(page, fallback=96.0)
    assert [ln.text for ln in page.margin] == ["Rappel du RGA"]
    assert page.lines[0].text == "Les opérations « La requalification de logements locatifs sociaux » :"
    # without the document's edge the page cannot tell (and a line not starting there keeps its words)
    alone = Page(8, 595, 842, lines=[line([(14, "Rappel du RGA", 7.0), (96, "Les opérations « X » :", 10.0)], 90)])
    split_margin_notes(alone, fallback=180.0)
    assert alone.margin == [] and alone.lines[0].text == "Rappel du RGA Les opérations « X » :"


# --- a financing cell filled in thousands -----------------------------------------------------------

def test_a_dash_replaced_by_an_amount_in_thousands_is_a_filled_cell_on_the_avenant_route():
    """The avenant reprints the article 9 table with "240 K€" where the convention printed "–": the
    consolidation's cell reads 240 in the table's own unit, its fact 240 000 €. Action Logement / Les
    Sablons: 0 → 240 000 €, on the avenant route as on the consolidated one."""
    head = [["Financeurs", "Les Sablons (QP033013)"]]
    rows = [["ANRU", "4 792 900,88 €"], ["Action Logement", "–"], ["Autres", "154 000 €"], ["Total", "4 946 900,88 €"]]
    new = [["ANRU", "4 792 900,88 €"], ["Action Logement", "240 K€"], ["Autres", "154 K€"], ["Total", "5 186 900,88 €"]]
    text = "Le plan de financement s'établit comme suit :"
    signed = _result([Section("s1", "9", "Le plan de financement", 1, 7, text=text)],
                     [Table("t7", FIN_TITLE, [7], copy.deepcopy(head), copy.deepcopy(rows), 4, 2, section="9")])
    am = Amendment(target="9", target_kind="article", action="replace",
                   raw="Le tableau de l'article 9 est remplacé par le tableau suivant :", edit=Edit("table_replace"))
    totals = Amendment(target="9", target_kind="article", action="replace", edit=Edit("totals"))
    avenant = _avenant([am, totals], [Table("t5", FIN_TITLE, [1], copy.deepcopy(head), copy.deepcopy(new), 4, 2,
                                            section="1")])
    merged = consolidate(signed, [avenant])
    found = {(c.target, c.before, c.after) for c in diff_results(signed, merged, avenant=avenant).changes
             if c.type == "amount_changed"}
    assert ("Action Logement / Les Sablons (QP033013)", 0.0, 240000.0) in found
