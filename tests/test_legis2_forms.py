"""Legislative drafting, second pass (issue 12, mechanism 8): the forms other avenants use.
One test per grammar rule (the sentence read into its Edit, gold written by hand), then one
per application on a small convention built for the test (a tree of sections and tables, the
edit applied, the result checked)."""

from convention_parser.diff import consolidate
from convention_parser.records import Amendment, Edit, ParseResult, Part, Section, Source, Table
from convention_parser.rules import load_rules
from convention_parser.structure.edit_instructions import GROUP, read_edit


def _read(text, target=None):
    r = read_edit(text)
    assert r is not None, text
    return r.target, r.edit


# --- grammar ---------------------------------------------------------------------------------

def test_numbering_marks_roman_arabic_lettered_and_dash():
    for mark in ("II. – ", "3. ", "b) ", "– ", "IV. – 2° "):
        target, e = _read(mark + "Au tableau de l'article 8.1, la ligne « C0688-21-0003 » est supprimée.")
        assert (target, e.op, e.row) == ("8.1", "row_delete", "C0688-21-0003"), mark


def test_article_reference_naming_the_convention():
    target, e = _read("Au deuxième alinéa de l'article 6 de la convention susvisée, les mots « 339 logements » sont "
                      "remplacés par les mots « 410 logements ».")
    assert (target, e.op, e.old, e.new, e.paragraph) == ("6", "words_replace", "339 logements", "410 logements", 2)


def test_sentence_of_a_paragraph():
    target, e = _read("À la deuxième phrase du dernier alinéa de l'article 9, le montant « 1 200 000 € » est "
                      "remplacé par le montant « 1 450 000 € ».")
    assert (target, e.op, e.old, e.new, e.paragraph) == ("9", "words_replace", "1 200 000 €", "1 450 000 €", -1)


def test_sum_replaced_by_a_sum():
    target, e = _read("À l'article 9, la somme de « 7 445 702,42 € » est remplacée par la somme de « 7 617 702,22 € ».")
    assert (target, e.op, e.old, e.new) == ("9", "words_replace", "7 445 702,42 €", "7 617 702,22 €")


def test_words_added_after_words():
    target, e = _read("À l'article 5.2, après les mots « droits de réservation », sont ajoutés les mots « neufs ».")
    assert (target, e.op, e.after, e.new) == ("5.2", "words_insert", "droits de réservation", "neufs")


def test_group_header_and_its_sub_items_without_article():
    m = GROUP.match("II. – L'article 4.1 de la convention est ainsi modifié :")
    assert m and m.group("target") == "4.1"
    assert GROUP.match("L'article 4.1 est ainsi rédigé :") is None
    target, e = _read("1° Au dixième alinéa, les mots « (46 logements) » sont remplacés par les mots « (42 logements) ».")
    assert (target, e.op, e.old, e.paragraph) == (None, "words_replace", "(46 logements)", 10)
    target, e = _read("b) Les mots « et des espaces publics » sont supprimés.")
    assert (target, e.op, e.old) == (None, "words_delete", "et des espaces publics")
    target, e = _read("c) Il est ajouté un alinéa ainsi rédigé : « Le relogement est achevé. »")
    assert (target, e.op, e.new, e.paragraph) == (None, "paragraph_add", "Le relogement est achevé.", None)
    target, e = _read("d) Après le dernier alinéa, il est inséré un alinéa ainsi rédigé : « Fin. »")
    assert (target, e.op, e.paragraph) == (None, "paragraph_add", -1)


def test_whole_paragraph_rewritten_or_deleted():
    target, e = _read("Le deuxième alinéa de l'article 6 est ainsi rédigé : « Le relogement est achevé en 2027. »")
    assert (target, e.op, e.new, e.paragraph) == ("6", "paragraph_replace", "Le relogement est achevé en 2027.", 2)
    target, e = _read("Le troisième alinéa de l'article 6 est remplacé par un alinéa ainsi rédigé : « Texte. »")
    assert (target, e.op, e.paragraph) == ("6", "paragraph_replace", 3)
    target, e = _read("2° Le dernier alinéa est supprimé.")
    assert (target, e.op, e.paragraph) == (None, "paragraph_delete", -1)


def test_table_named_by_its_title_alone_and_cell_at_an_intersection():
    target, e = _read("Dans le tableau « Plan de financement », la ligne « Région » est supprimée.")
    assert (target, e.op, e.table, e.row) == (None, "row_delete", "Plan de financement", "Région")
    target, e = _read("Au tableau de l'article 9, à l'intersection de la ligne « ANRU » et de la colonne « Le Plateau », "
                      "le montant « 900 000 € » est remplacé par « 950 000 € ».")
    assert (target, e.op, e.row, e.column, e.old, e.new) == ("9", "cell_replace", "ANRU", "Le Plateau",
                                                             "900 000 €", "950 000 €")


def test_table_completed_by_a_line():
    target, e = _read("Le tableau « Opérations » de l'article 8.1 est complété par une ligne ainsi rédigée :")
    assert (target, e.op, e.table, e.cells) == ("8.1", "row_add", "Opérations", {})


def test_table_replaced_whole_or_added():
    target, e = _read("III. – Le tableau de l'article 8.1 est remplacé par le tableau suivant :")
    assert (target, e.op) == ("8.1", "table_replace")
    target, e = _read("Le deuxième tableau est ainsi rédigé :")
    assert (target, e.op, e.table) == (None, "table_replace", "2")
    target, e = _read("L'article 8.1 de la convention est complété par un tableau ainsi rédigé :")
    assert (target, e.op) == ("8.1", "table_add")
    target, e = _read("Après le tableau « Démolitions » de l'article 8.1, il est inséré un tableau ainsi rédigé :")
    assert (target, e.op, e.table) == ("8.1", "table_add", "Démolitions")
    target, e = _read("b) Il est ajouté un tableau ainsi rédigé :")
    assert (target, e.op) == (None, "table_add")


# --- application --------------------------------------------------------------------------------

def _table(tid, section, title, header, rows, page):
    return Table(id=tid, title=title, pages=[page], section=section, header=[header], rows=rows,
                 n_rows=len(rows), n_cols=len(header))


def _convention() -> ParseResult:
    demo = _table("t1", "8.1", "Démolitions", ["Libellé", "Logements", "Subvention ANRU"],
                  [["Démolition de la tour des Frênes", "71", "1 880 000 €"],
                   ["Démolition de la barre Vauban", "40", "900 000 €"]], 3)
    part = Part(kind="convention", pages=[1, 5], sections=[
        Section("s1", "6", "Le relogement", 1, 2,
                text="Le relogement est conduit par les bailleurs.\nIl est suivi par une MOUS.\nUn bilan est fait."),
        Section("s2", "8.1", "Les opérations cofinancées par l'ANRU", 2, 3, text="Les opérations sont les suivantes :"),
    ], tables=[demo])
    return ParseResult(source=Source("c.pdf", "0" * 64, 5), parts=[part])


def _avenant(edits, tables=()) -> ParseResult:
    ams = [Amendment(target=t, target_kind="article", action="replace", section="1", page=p, edit=e)
           for t, e, p in edits]
    return ParseResult(source=Source("a.pdf", "1" * 64, 3),
                       parts=[Part(kind="avenant", pages=[1, 3], amendments=ams, tables=list(tables),
                                   metadata={"number": "1"})])


def _part(result):
    return result.parts[0]


def test_paragraph_rewritten_and_deleted_by_rank():
    a = _avenant([("6", Edit("paragraph_replace", paragraph=2, new="Il est suivi par une MOUS jusqu'en 2027."), 1),
                  ("6", Edit("paragraph_delete", paragraph=-1), 1)])
    sec = next(s for s in _part(consolidate(_convention(), [a])).sections if s.number == "6")
    assert sec.text.splitlines() == ["Le relogement est conduit par les bailleurs.",
                                     "Il est suivi par une MOUS jusqu'en 2027."]


def test_table_replaced_by_the_table_printed_after_the_instruction_even_cut_by_a_page():
    new = _table("a1", "1", "Démolitions", ["Libellé", "Logements", "Subvention ANRU"],
                 [["Démolition de la tour des Frênes", "71", "2 000 000 €"]], 2)
    piece = Table(id="a2", title="", pages=[3], section="1", header=[],
                  rows=[["Démolition de la tour Ravel", "30", "600 000 €"]], n_rows=1, n_cols=3)
    a = _avenant([("6", Edit("words_delete", old="par les bailleurs"), 1),
                  ("8.1", Edit("table_replace", table="Démolitions"), 1)], [new, piece])
    part = _part(consolidate(_convention(), [a]))
    t = next(t for t in part.tables if t.section == "8.1")
    assert [r[0] for r in t.rows] == ["Démolition de la tour des Frênes", "Démolition de la tour Ravel"]
    assert t.rows[0][2] == "2 000 000 €" and t.title == "Démolitions"
    assert not part.metadata["consolidation"][0]["conflicts"]
    names = {o.name for o in part.operations}
    assert any("Ravel" in n for n in names) and not any("Vauban" in n for n in names)


def test_table_added_to_an_article_after_the_table_named():
    new = _table("a1", "1", "Requalifications", ["Libellé", "Logements", "Subvention ANRU"],
                 [["Requalification de la résidence Les Acacias", "120", "1 500 000 €"]], 2)
    a = _avenant([("6", Edit("words_delete", old="par les bailleurs"), 1),
                  ("8.1", Edit("table_add", table="Démolitions"), 1)], [new])
    part = _part(consolidate(_convention(), [a]))
    tables = [t for t in part.tables if t.section == "8.1"]
    assert [t.title for t in tables] == ["Démolitions", "Requalifications"]
    assert tables[1].rows[0][0] == "Requalification de la résidence Les Acacias"
    assert len({t.id for t in part.tables}) == len(part.tables)


def test_each_announcing_instruction_takes_its_own_table_in_reading_order():
    from convention_parser.diff.legis_blocks import announced_tables
    one = _table("a1", "1", "", ["Libellé", "Logements", "Subvention ANRU"], [["Tour Ravel", "30", "600 000 €"]], 1)
    whole = _table("a2", "1", "Démolitions", ["Libellé", "Logements", "Subvention ANRU"],
                   [["Tour des Frênes", "71", "2 000 000 €"]], 2)
    a = _avenant([("8.1", Edit("row_add"), 1), ("8.1", Edit("words_delete", old="x"), 1),
                  ("8.1", Edit("table_replace"), 2)], [one, whole])
    av = _part(a)
    assert [t.id for t in announced_tables(av, av.amendments[0])] == ["a1"]
    assert [t.id for t in announced_tables(av, av.amendments[2])] == ["a2"]


def test_group_gives_its_article_to_sub_items_in_a_parsed_avenant():
    from convention_parser.structure.amendments import extract_amendments
    from convention_parser.structure.family import compile_family
    from convention_parser.structure.model import Paragraph, PartDraft
    texts = ["1° L'intitulé de l'article 2 est remplacé par « Les objectifs ».",
             "2° L'article 4.1 est ainsi modifié :",
             "a) Au deuxième alinéa, les mots « 46 logements » sont remplacés par les mots « 42 logements » ;",
             "b) Le dernier alinéa est supprimé.",
             "3° À l'article 9, le montant « 1 € » est remplacé par le montant « 2 € »."]
    draft = PartDraft(kind="avenant", first_page=1, last_page=1, paragraphs=[Paragraph(t, 1, "1", "s1") for t in texts],
                      sections=[Section("s1", "1", "Modifications", 1, 1)])
    fam = compile_family(load_rules(), "avenant")
    got = [(a.target, a.action, a.edit.op if a.edit else None) for a in extract_amendments(draft, fam)]
    assert got == [("2", "rename", None), ("4.1", "replace", "words_replace"), ("4.1", "replace", "paragraph_delete"),
                   ("9", "replace", "words_replace")]


def test_a_table_the_parse_lost_leaves_its_instruction_without_one_not_the_next():
    from convention_parser.diff.legis_blocks import announced_tables
    head = ["Libellé", "Logements", "Subvention ANRU"]
    demo = _table("a1", "1", "Opérations « La démolition de logements locatifs sociaux »", head, [["x", "1", "2"]], 2)
    amen = _table("a2", "1", "Opérations « L'aménagement d'ensemble »", head, [["y", "1", "2"]], 3)
    fin = _table("a3", "1", "Plan de financement", ["Financeurs", "Total"], [["ANRU", "1"]], 3)
    a = _avenant([("8.1", Edit("table_replace", table="2"), 2),
                  ("8.1", Edit("table_replace", table="Opérations « La requalification de logements locatifs "
                                                     "sociaux »"), 2),       # its table was not read
                  ("8.1", Edit("table_replace", table="Opérations « L'aménagement d'ensemble »"), 3),
                  ("9", Edit("table_replace", table="1"), 3)], [demo, amen, fin])
    av = _part(a)
    assert [[t.id for t in announced_tables(av, am)] for am in av.amendments] == [["a1"], [], ["a2"], ["a3"]]


def test_words_of_a_paragraph_read_into_a_table_are_edited_there():
    c = _convention()
    t = _part(c).tables[0]
    t.rows.append(["Le coût total est de 2 780 000 euros.", "Le coût total est de 2 780 000 euros.", ""])
    a = _avenant([("8.1", Edit("words_replace", old="2 780 000 euros", new="2 900 000 euros"), 1)])
    part = _part(consolidate(c, [a]))
    assert part.tables[0].rows[-1][:2] == ["Le coût total est de 2 900 000 euros."] * 2
    assert not part.metadata["consolidation"][0]["conflicts"]


def test_instruction_cut_by_the_layout_is_rejoined_and_never_cut_inside_quotes():
    from convention_parser.structure.amendment_units import rejoin, split_units
    from convention_parser.structure.amendments import Grammar
    from convention_parser.structure.family import compile_family
    from convention_parser.structure.model import Paragraph
    paras = [Paragraph("À la ligne « C0119-33-0008 » du tableau « Opérations « La requalification » » de", 2, "1", "s1"),
             Paragraph("l'article 8.1, les mots « 109 » sont remplacés par les mots « 119 ».", 2, "1", "s1"),
             Paragraph("Dans le tableau « Opérations », à la ligne « C0119-31-", 2, "1", "s1"),
             Paragraph("0004 », les mots « 41 » sont remplacés par les mots « 53 ».", 2, "1", "s1"),
             Paragraph("L'article 8.1 est complété par un alinéa ainsi rédigé : « Les opérations « X » : »", 2, "1", "s1"),
             Paragraph("À la ligne « ANRU » et à la colonne « Les Sablons » du tableau financier de l'article", 2, "1",
                       "s1"),
             Paragraph("9, le montant « 6.635.300 euros » est remplacé par « 10.732.800 euros ».", 2, "1", "s1"),
             # the line cut right before the quote: the quote opens the next paragraph
             Paragraph("À la ligne « ANRU » du tableau financier de l'article 9 de la convention, le montant", 2, "1",
                       "s1"),
             Paragraph("« 7 061 700,00 € » est remplacé par « 7 336 700,00 € ».", 2, "1", "s1"),
             # cut right before the colon that opens the cells
             Paragraph("Au sixième tableau de l'article 8.1, après la ligne « C0496-37-0007 », est insérée une ligne "
                       "ainsi renseignée", 2, "1", "s1"),
             Paragraph(": « IDTOP » : « C0496-37-0012 » ; « Commune » : « Marcillac ».", 2, "1", "s1"),
             Paragraph("Les totaux sont modifiés en conséquence.", 2, "1", "s1")]
    g = Grammar.of(compile_family(load_rules(), "avenant"))
    units = [p.text for p in split_units(rejoin(paras), g.starts())]
    assert len(units) == 7
    got = [read_edit(u) for u in units]
    assert [(r.target, r.edit.op) for r in got] == [("8.1", "cell_replace"), (None, "cell_replace"),
                                                     ("8.1", "paragraph_add"), ("9", "cell_replace"),
                                                     ("9", "cell_replace"), ("8.1", "row_add"), (None, "totals")]
    assert got[5].edit.cells == {"IDTOP": "C0496-37-0012", "Commune": "Marcillac"}
    assert (got[4].edit.row, got[4].edit.old, got[4].edit.new) == ("ANRU", "7 061 700,00 €", "7 336 700,00 €")
    assert got[1].edit.row == "C0119-31-0004" and got[2].edit.new == "Les opérations « X » :"


def test_avenant_titled_without_a_number_is_an_avenant():
    from convention_parser.structure.family import compile_family
    from convention_parser.structure.settings import StructureSettings
    body = ["de la Communauté d'Agglomération du Val de Lestrée (n° C0688)",
            "Vu la convention pluriannuelle de renouvellement urbain signée le 3 mars 2021,",
            "Il est convenu entre :",
            "Les maîtres d'ouvrage des opérations programmées dans la présente convention :",
            "Article 1er – Modifications de la convention pluriannuelle",
            "I. – Au deuxième alinéa de l'article 4.1, les mots « 339 logements » sont remplacés par les mots "
            "« 410 logements ».", "II. – L'annexe C4 est abrogée."]
    rules = load_rules()
    for title in ("Avenant technique à la convention pluriannuelle de renouvellement urbain",
                  "AVENANT DE SIMPLIFICATION À LA CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN"):
        s = {n: compile_family(rules, n).score([title] + body, StructureSettings().title_lines)
             for n in ("avenant", "convention")}
        assert s["avenant"] > s["convention"], title


def test_rules_of_the_grammar_read_after_a_roman_or_arabic_mark():
    from convention_parser.structure.amendments import extract_amendments
    from convention_parser.structure.family import compile_family
    from convention_parser.structure.model import Paragraph, PartDraft
    texts = ["I. – L'intitulé de l'article 2.2 de la convention est remplacé par « Les objectifs ».",
             "2. L'annexe C2 « Tableau financier » est remplacée par l'annexe jointe au présent avenant.",
             "III. – 1° L'annexe C4 est abrogée.", "– L'annexe C5 « Calendrier » est ajoutée."]
    draft = PartDraft(kind="avenant", first_page=1, last_page=1, paragraphs=[Paragraph(t, 1, "1", "s1") for t in texts],
                      sections=[Section("s1", "1", "Modifications", 1, 1)])
    got = [(a.target, a.target_kind, a.action) for a in extract_amendments(draft, compile_family(load_rules(), "avenant"))]
    assert got == [("2.2", "article", "rename"), ("C2", "annexe", "replace"), ("C4", "annexe", "repeal"),
                   ("C5", "annexe", "insert")]


def test_a_caption_read_into_the_text_is_no_alinea():
    c = _convention()
    sec = next(s for s in _part(c).sections if s.number == "8.1")
    sec.text = "Les opérations sont les suivantes :\nDémolitions\nLa tour des Frênes est démolie en 2025."
    a = _avenant([("8.1", Edit("paragraph_delete", paragraph=2), 1)])
    sec = next(s for s in _part(consolidate(c, [a])).sections if s.number == "8.1")
    assert sec.text.splitlines() == ["Les opérations sont les suivantes :", "Démolitions"]


def test_quoted_amount_whose_spaces_the_parse_lost_is_found():
    c = _convention()
    sec = next(s for s in _part(c).sections if s.number == "6")
    sec.text += "\nLe coût est de 17 748 700,66 EUR."
    a = _avenant([("6", Edit("words_replace", old="17 748700,66EUR", new="19 088 300,66 EUR"), 1)])
    sec = next(s for s in _part(consolidate(c, [a])).sections if s.number == "6")
    assert sec.text.splitlines()[-1] == "Le coût est de 19 088 300,66 EUR."


def test_an_avenant_of_full_rewrites_replacing_a_table_keeps_the_full_rewrite_route():
    new = _table("a1", "1", "Démolitions", ["Libellé", "Logements", "Subvention ANRU"],
                 [["Démolition de la tour des Frênes", "71", "2 000 000 €"]], 1)

    def avenant(edit):
        am = Amendment(target="8.1", target_kind="article", action="replace", section="1", page=1, edit=edit,
                       raw="Le tableau des opérations de l'article 8.1 est remplacé par le tableau suivant :",
                       new_text="Démolitions")
        return ParseResult(source=Source("a.pdf", "1" * 64, 3),
                           parts=[Part(kind="avenant", pages=[1, 3], amendments=[am], tables=[new],
                                       metadata={"number": "1"})])
    with_edit = _part(consolidate(_convention(), [avenant(Edit("table_replace"))]))
    without = _part(consolidate(_convention(), [avenant(None)]))
    assert [t.to_dict() for t in with_edit.tables] == [t.to_dict() for t in without.tables]
    assert [s.to_dict() for s in with_edit.sections] == [s.to_dict() for s in without.sections]
