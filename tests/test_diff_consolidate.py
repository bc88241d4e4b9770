import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from builders import EXPECTED, NEW_9, NEW_51, RENAMED_23, avenant, convention  # noqa: E402

from convention_parser.diff import consolidate, diff_results  # noqa: E402


def _secs(result):
    return {s.number: s for s in result.parts[0].sections}


def test_consolidate_applies_each_instruction():
    conv, av = convention(), avenant()
    merged = consolidate(conv, [av])
    secs = _secs(merged)
    assert secs["5.1"].text == NEW_51 and secs["5.1"].last_amended_by == "avenant n°01"
    assert secs["2.3"].heading == RENAMED_23 and secs["2.3"].last_amended_by == "avenant n°01"
    assert "C4" not in secs and "C2" in secs
    assert secs["2.1"].last_amended_by is None and secs["1"].last_amended_by is None
    # The input is left alone.
    assert "C4" in _secs(conv) and _secs(conv)["5.1"].text != NEW_51
    # Facts of the replaced text come from the avenant, re-homed on the target.
    names = sorted(o.name for o in merged.parts[0].operations if o.section == "5.1")
    assert names == ["tour des Frênes", "tour des Peupliers"]
    conflicts = merged.parts[0].metadata["consolidation"][0]["conflicts"]
    assert [c["target"] for c in conflicts] == ["7.9"]


def test_diff_of_consolidation_is_the_avenant():
    conv, av = convention(), avenant()
    result = diff_results(conv, consolidate(conv, [av]), avenant=av)
    got = {(c.type, c.target, c.status) for c in result.changes}
    # The count 339 -> 410 is a detail row of the synthesis table (not a total,
    # not stated in prose): its table's table_modified change tells it.
    assert got == EXPECTED - {("quantity_changed", "Avion démolitions", "undeclared")}
    table = next(c for c in result.changes if c.type == "table_modified")
    assert ["Avion démolitions", "339", "5 000 000 €"] in table.before["rows"]
    assert next(r for r in table.after["rows"] if r[0] == "Avion démolitions")[1] == "410"
    added = next(c for c in result.changes if c.type == "operation_added")
    assert added.after["logements"] == 71 and added.after["amount"] == 1880000.0
    assert added.summary == "Ajout : démolition de la tour des Frênes à Avion, 71 logements, 1 880 000 €"
    amount = next(c for c in result.changes if c.type == "amount_changed")
    assert (amount.before, amount.after) == (10000000.0, 11880000.0)
    assert amount.evidence.old_page == 8 and amount.evidence.new_section == "9"
    assert not any(c.type == "quantity_changed" for c in result.changes)
    assert table.after["rows_modified"] == 2 and table.after["rows_added"] == 0
    assert result.stats["article_modified"] == 3


def test_sans_objet_subsection_keeps_old_text():
    from convention_parser.records import Amendment, Section
    conv = convention()
    part = conv.parts[0]
    part.sections.insert(6, Section("s10", "5.1.1", "A l'échelle de la CALL", 3, 5, "s6", "Texte ancien 1."))
    part.sections.insert(7, Section("s11", "5.1.2", "Lens", 3, 5, "s6", "Texte ancien 2."))
    part.sections.insert(8, Section("s12", "5.1.3", "Avion", 3, 6, "s6", "Texte ancien 3."))
    av = avenant()
    av.parts[0].amendments = [Amendment("5.1", "article", "replace", section="3.5", page=4, new_text=(
        "Introduction nouvelle.\nArticle 5.1.1 – A l'échelle de la CALL\nTexte nouveau 1.\n"
        "Article 5.1.2 – Lens\nSans objet\nArticle 5.1.4 – Liévin\nTexte nouveau 4."))]
    secs = _secs(consolidate(conv, [av]))
    assert secs["5.1"].text == "Introduction nouvelle."
    assert secs["5.1.1"].text == "Texte nouveau 1." and secs["5.1.1"].last_amended_by
    assert secs["5.1.2"].text == "Texte ancien 2." and secs["5.1.2"].last_amended_by is None
    assert "5.1.3" not in secs                     # not in the new wording: gone
    assert secs["5.1.4"].text == "Texte nouveau 4." and secs["5.1.4"].parent == "s6"
    numbers = [s.number for s in consolidate(conv, [av]).parts[0].sections]
    assert numbers.index("5.1.4") == numbers.index("5.1.2") + 1


def test_declared_items_without_bullet_glyphs_and_from_the_decision():
    from convention_parser.diff.declared import declared_items
    from convention_parser.records import Part, Section
    av = avenant()
    objet = av.parts[0].sections[1]
    objet.text = objet.text.replace("- ", "")          # the parse dropped the glyphs: one item a line
    decision = Part(kind="deliberation", pages=[1, 1], sections=[Section("d1", "II", "OBJET DE L'AVENANT", 1, 1, None,
        "Cet avenant porte notamment sur :\nle financement d'une nouvelle opération de démolition à Avion, "
        "la tour des Frênes (71 logements),\nle financement de la création d'un nouveau centre commercial à Avion.")])
    av.parts.insert(0, decision)
    items = declared_items(av)
    assert [(d.source, d.articles, d.annexes, d.repeal) for d in items] == [
        ("avenant", [], [], False), ("avenant", ["5.1"], [], False), ("avenant", [], ["C1"], False),
        ("avenant", [], ["C4"], True), ("deliberation", [], [], False)]
    assert items[-1].text == "le financement de la création d'un nouveau centre commercial à Avion"
    # The centre commercial is announced (by the decision) but not in the text.
    result = diff_results(convention(), consolidate(convention(), [av]), avenant=av)
    only = {(c.type, c.target) for c in result.changes if c.status == "declared_only"}
    assert only == {("annex_modified", "C1"),
                    ("operation_added", "le financement de la création d'un nouveau centre commercial à Avion")}


def test_facts_of_an_instruction_filed_under_another_section_and_of_its_table_are_carried():
    """An instruction with no heading of its own ("L'article 9 est modifié...")
    is filed by the parse under the avenant section before it; the rows of
    the table reprinted with it carry no words of the new text."""
    from convention_parser.records import Amendment, Operation, Table
    conv, av = convention(), avenant()
    avp = av.parts[0]
    new_9 = "Le programme comprend la démolition du foyer Jean Moulin à Avion (59 places)."
    avp.amendments = [Amendment("5.1", "article", "replace", new_text=NEW_51, section="3.5", page=4),
                      Amendment("9", "article", "replace", new_text=new_9, section="3.5", page=5),
                      Amendment("C2", "annexe", "replace", new_text="Tableau financier.", section="3.6", page=7)]
    avp.operations = [
        Operation("demolition", "tour des Peupliers", "Avion", None, 120, 2400000.0, 4, "3.5",
                  text="la démolition de la tour des Peupliers à Avion (120 logements) pour 2 400 000 €"),
        # read on page 5, after the instruction on 9, but filed under 3.5
        Operation("demolition", "foyer Jean Moulin", "Avion", None, None, None, 5, "3.5",
                  text="la démolition du foyer Jean Moulin à Avion"),
        # a row of the table of the avenant section holding the C2 instruction
        Operation("requalification", "résidence Les Tilleuls", "Lens", "Maisons et Cités", 80, 950000.0, 7, "3.6",
                  text="Requalification Les Tilleuls | Maisons et Cités | 80 | 950 000 €"),
    ]
    avp.tables = [Table("t9", "Tableau financier", [7], [["Opération", "MOA", "Logements", "Montant"]],
                        [["Requalification Les Tilleuls", "Maisons et Cités", "80", "950 000 €"]], 1, 4, section="3.6")]
    ops = {(o.name, o.section) for o in consolidate(conv, [av]).parts[0].operations}
    assert ("foyer Jean Moulin", "9") in ops and ("foyer Jean Moulin", "5.1") not in ops
    assert ("résidence Les Tilleuls", "C2") in ops
    assert ("tour des Peupliers", "5.1") in ops


def test_partial_substitution_edits_the_text_and_the_figure():
    from convention_parser.records import Amendment, Amount
    conv, av = convention(), avenant()
    avp = av.parts[0]
    avp.amendments = [Amendment("9", "article", "replace", section="2", page=3,
                                new_text="« 10 000 000 € » → « 11 880 000 € »")]
    avp.amounts = [Amount("10 000 000 €", 10000000.0, page=3, section="2"),
                   Amount("11 880 000 €", 11880000.0, page=3, section="2")]
    merged = consolidate(conv, [av])
    sec = _secs(merged)["9"]
    assert sec.text == "Le tableau ci-dessous présente les opérations. Le total des concours de l'ANRU est de 11 880 000 €."
    assert sec.last_amended_by == "avenant n°01"
    assert [(a.value, a.label) for a in merged.parts[0].amounts if a.section == "9"] == [(11880000.0, "Total ANRU")]
    changes = diff_results(conv, merged, avenant=av).changes
    assert [(c.before, c.after) for c in changes if c.type == "amount_changed"] == [(10000000.0, 11880000.0)]
    # A substitution whose old words are not in the article is a conflict, not a silent no-op.
    avp.amendments[0].new_text = "« 12 000 000 € » → « 13 000 000 € »"
    conflicts = consolidate(conv, [av]).parts[0].metadata["consolidation"][0]["conflicts"]
    assert [c["target"] for c in conflicts] == ["9"] and "12 000 000 €" in conflicts[0]["reason"]


def test_annex_number_is_not_an_article_number_and_reprinted_heading_is_dropped():
    from convention_parser.records import Amendment, Section
    conv, av = convention(), avenant()
    part = conv.parts[0]
    part.sections.append(Section("s20", "3", "Gestion urbaine de proximité", 1, 22, None, "Texte de l'annexe.",
                                 label="Annexe 3"))
    part.sections.insert(2, Section("s21", "3", "Les facteurs clés", 1, 3, None, "Texte de l'article 3.",
                                    label="Article 3"))
    av.parts[0].amendments = [
        Amendment("3", "annexe", "repeal", section="2", page=3),
        Amendment("5.1", "article", "replace", section="2", page=3,
                  new_text="ARTICLE 5.1 - La mise en œuvre de la diversification\n" + NEW_51),
    ]
    merged = consolidate(conv, [av])
    labels = [s.label for s in merged.parts[0].sections if s.number == "3"]
    assert labels == ["Article 3"]
    assert _secs(merged)["5.1"].text == NEW_51


def test_announced_annex_update_attached_to_the_avenant_is_applied_else_declared_only():
    from convention_parser.records import Amendment, Section
    conv, av = convention(), avenant()
    conv.parts[0].sections.insert(7, Section("s30", "C1", "Calendrier opérationnel", 1, 19, None, "Calendrier.",
                                             label="Annexe C1"))
    avp = av.parts[0]
    avp.amendments = [Amendment("C2", "annexe", "replace", section="2", page=2),
                      Amendment("C1", "annexe", "replace", section="2", page=2)]
    result = diff_results(conv, consolidate(conv, [av]), avenant=av)
    c2 = [(c.type, c.status) for c in result.changes if c.target == "C2"]
    assert c2 == [("annex_modified", "declared_only")]        # instructed, nothing carries it
    avp.sections.append(Section("a9", "C2", "Tableau financier", 1, 8, None, "Tableau financier mis à jour.",
                                label="Annexe C2"))
    merged = consolidate(conv, [av])
    assert _secs(merged)["C2"].text == "Tableau financier mis à jour."
    result = diff_results(conv, merged, avenant=av)
    got = {(c.type, c.target, c.status) for c in result.changes if c.type.startswith("annex")}
    # C2: done by the avenant, not in its "Objet" list. C1: announced ("Mise à jour de
    # l'annexe C1") but nothing in the avenant carries it.
    assert got == {("annex_modified", "C2", "undeclared"), ("annex_modified", "C1", "declared_only"),
                   ("annex_repealed", "C4", "declared_only")}


def test_an_announced_operation_covers_the_site_named_in_other_words():
    from convention_parser.diff.declared import classify, covers
    from convention_parser.records import Change
    d = classify("Financement de la création d'un nouveau centre commercial à Avion")
    added = Change(type="operation_added", target="immobilier_economique: centre commercial (Avion)",
                   after={"type": "immobilier_economique", "name": "un centre commercial – Quartier République",
                          "commune": "Avion"})
    assert covers(d, added)
    elsewhere = Change(type="operation_added", target="x",
                       after={"type": "immobilier_economique", "name": "un centre commercial – Quartier République",
                              "commune": "Liévin"})
    other_site = Change(type="operation_added", target="y",
                        after={"type": "equipement", "name": "salle polyvalente rue du 8 Mai", "commune": "Avion"})
    assert not covers(d, elsewhere) and not covers(d, other_site)


def test_an_announced_operation_covers_the_site_named_by_its_number():
    """'la Fosse 12' names the site whatever the rest of the wording; another
    number, or the same pair in another commune, does not."""
    from convention_parser.diff.declared import classify, covers
    from convention_parser.records import Change
    d = classify("Financement d'une nouvelle opération d'immobilier économique de la Fosse 12 Cité du 12/14 à Lens")
    def op(name, commune):
        return Change(type="operation_added", target=name,
                      after={"type": "immobilier_economique", "name": name, "commune": commune})
    assert covers(d, op("Développement d'un pôle économique sur le site de la Fosse 12", "Lens"))
    assert not covers(d, op("Développement d'un pôle économique sur le site de la Fosse 9", "Lens"))
    assert not covers(d, op("Développement d'un pôle économique sur le site de la Fosse 12", "Liévin"))


def test_instruction_without_new_wording_is_declared_only():
    from convention_parser.records import Amendment
    conv, av = convention(), avenant()
    av.parts[0].amendments += [
        Amendment("2.1", "article", "replace", section="3.2", page=3),
        Amendment("9", "article", "replace", new_text="Insérer le tableau des opérations", placeholder=True,
                  section="3.10", page=6),       # 9 is also rewritten by an earlier instruction
        Amendment("C2", "annexe", "replace", new_text="Insérer le tableau financier", placeholder=True,
                  section="4", page=7),
    ]
    result = diff_results(conv, consolidate(conv, [av]), avenant=av)
    got = sorted((c.type, c.target) for c in result.changes if c.status == "declared_only"
                 and c.type in ("article_modified", "annex_modified"))
    assert got == [("annex_modified", "C1"), ("annex_modified", "C2"), ("article_modified", "2.1")]
    assert next(c for c in result.changes if c.target == "C2").summary.endswith("(texte à insérer non fourni)")


def test_enumerated_announcements_cover_changes_named_by_title_or_number():
    from convention_parser.diff.declared import classify, covers, declared_items
    from convention_parser.records import Change, Part, Section
    text = ("Il a pour objet :\n1. de compléter l’intitulé de l’article 2 de la convention ; 2. de programmer la "
            "démolition de la résidence Les Tilleuls (48 logements) ; 3. d’introduire une disposition relative au "
            "réemploi des matériaux ; 4. de supprimer l’annexe 3.")
    av = avenant()
    av.parts[0].sections[1] = Section("a2", "1", "Objet de l’avenant", 1, 3, None, text)
    av.parts.insert(0, Part(kind="deliberation", pages=[1, 2], sections=[Section(
        "d2", "B", "Contenu de l’avenant", 1, 1, None,
        "Le projet d’avenant :\nsupprime l’annexe relative à la gestion urbaine de proximité ;")]))
    items = declared_items(av)
    assert [(d.articles, d.annexes, d.addition, d.repeal, d.operation) for d in items] == [
        (["2"], [], False, False, False), ([], [], True, False, True), ([], [], False, False, False),
        ([], ["3"], False, True, False), ([], [], False, True, False)]
    added = Change(type="article_added", target="9.3",
                   after={"number": "9.3", "heading": "Le réemploi des matériaux issus des démolitions"})
    assert covers(items[2], added) and not covers(items[0], added)
    repealed = Change(type="annex_repealed", target="3", before={"heading": "Charte de gestion urbaine de proximité"})
    assert covers(items[3], repealed) and covers(items[4], repealed)
    # Shared generic words are not enough for a figure: two of three is not three.
    d = classify("de relever la dotation du fonds local d’accompagnement au relogement")
    fund = Change(type="amount_changed", target="un fonds local d’accompagnement au relogement doté", before=1, after=2)
    other = Change(type="amount_changed", target="Ville de Lens / fonds propres", before=1, after=2)
    assert covers(d, fund) and not covers(d, other)


def test_operation_first_named_in_the_objet_is_carried_by_the_text_that_names_it():
    """The parse keeps one record per site, filed where it is first named (the
    "Objet" list); the instruction whose new text names the site carries it,
    and the announcement naming the site (not its commune) covers it."""
    from convention_parser.records import Amendment, Operation
    conv, av = convention(), avenant()
    avp = av.parts[0]
    new_51 = ("Le programme prévoit la démolition de la tour des Peupliers à Avion (120 logements).\n"
              "2. aux Hauts de Rivemont, la démolition de la résidence Les Tilleuls (48 logements), propriété de l’OPH.")
    avp.amendments = [Amendment("5.1", "article", "replace", new_text=new_51, section="3", page=3),
                      Amendment("9", "article", "replace", new_text=NEW_9, section="3", page=5)]
    avp.operations = [
        Operation("demolition", "résidence Les Tilleuls", "Rivemont-sur-Sambre", None, 48, None, 3, "2",
                  text="démolition de la résidence Les Tilleuls (48 logements) aux Hauts de Rivemont"),
        Operation("demolition", "tour des Peupliers", "Avion", None, 120, 2400000.0, 3, "3",
                  text="la démolition de la tour des Peupliers à Avion (120 logements)")]
    avp.sections[1].text = ("Il a pour objet :\n1. de programmer la démolition de la résidence Les Tilleuls "
                            "(48 logements) aux Hauts de Rivemont ; 2. de mettre à jour l’article 9 ; 3. de rien.")
    merged = consolidate(conv, [av])
    assert ("résidence Les Tilleuls", "5.1") in {(o.name, o.section) for o in merged.parts[0].operations}
    added = [c for c in diff_results(conv, merged, avenant=av).changes if c.type == "operation_added"]
    assert [(c.after["name"], c.status) for c in added] == [("résidence Les Tilleuls", "applied")]


def test_diff_with_an_avenant_names_the_avenant_as_new():
    conv, av = convention(), avenant()
    result = diff_results(conv, consolidate(conv, [av]), avenant=av)
    assert (result.old.path, result.new.path) == ("convention.pdf", av.source.path)
    assert result.new.sha256 == av.source.sha256 != conv.source.sha256


def test_new_wording_starting_with_a_figure_keeps_its_first_line():
    from convention_parser.diff.consolidate import without_own_heading
    from convention_parser.records import Section
    sec = Section("s2", "2", "Les objectifs", 1, 3)
    assert without_own_heading("2 logements sont démolis.\nSuite.", sec) == "2 logements sont démolis.\nSuite."
    assert without_own_heading("Article 2 – Les objectifs\nTexte.", sec) == "Texte."
    sub = Section("s3", "4.1", "Les interventions", 2, 3)
    assert without_own_heading("4.1. Les interventions\nTexte.", sub) == "Texte."
    assert without_own_heading("4.1.2 Avion\nTexte.", sub) == "4.1.2 Avion\nTexte."


def test_avenant_signatories_add_parties_but_never_drop_them():
    # The avenant is signed by "l'OPH Val-de-Sambre" (the convention's
    # "Office public de l'habitat du Val-de-Sambre", by its initials) and a new
    # maître d'ouvrage; the commune that does not sign stays a party.
    conv, av = convention(), avenant()
    conv.parts[0].metadata = {"parties": ["État", "Commune de Haumont", "Office public de l’habitat du Val-de-Sambre"]}
    for p in av.parts:
        if p.kind == "avenant":
            p.metadata = dict(p.metadata or {}, parties=["État", "OPH Val-de-Sambre", "Les Anges Gardins"])
    merged = consolidate(conv, [av])
    assert merged.parts[0].metadata["parties"] == [
        "État", "Commune de Haumont", "Office public de l’habitat du Val-de-Sambre", "Les Anges Gardins"]
    result = diff_results(conv, merged, avenant=av)
    assert [(c.type, c.target) for c in result.changes if c.type.startswith("party_")] == \
        [("party_added", "Les Anges Gardins")]


def test_rows_of_a_reprinted_table_the_convention_read_no_operation_from():
    # The convention's table of article 9 gave no operation (its parse let it only
    # complete the programme); the avenant reprints it and its own parse reads
    # operations from the rows. A row the convention's table already had is not
    # an operation; a row the avenant adds to it is.
    from convention_parser.records import Operation
    conv, av = convention(), avenant()
    avpart = av.parts[0]
    avpart.tables[0].rows.insert(2, ["Lens construction neuve", "24", "880 000 €"])
    avpart.operations += [
        Operation("demolition", "Avion démolitions", "Avion", None, 410, None, 6, "3.10",
                  text="Avion démolitions | 410 | 6 880 000 €"),
        Operation("construction", "Lens construction neuve", "Lens", None, 24, None, 6, "3.10",
                  text="Lens construction neuve | 24 | 880 000 €")]
    merged = consolidate(conv, [av]).parts[0]
    assert sorted(o.name for o in merged.operations if o.section == "9") == ["Lens construction neuve"]


def test_an_operation_read_in_the_objet_list_follows_the_text_that_names_it():
    # The parse keeps one record per site, where it is first named: the avenant's
    # "Objet" (article 2, before every instruction). The new text of 5.1 names it.
    conv, av = convention(), avenant()
    frenes = next(o for o in av.parts[0].operations if o.name == "tour des Frênes")
    frenes.section, frenes.page = "2", 2
    merged = consolidate(conv, [av]).parts[0]
    assert [(o.name, o.section) for o in merged.operations if o.name == "tour des Frênes"] == [("tour des Frênes", "5.1")]


def test_new_operation_completed_from_the_bound_board_decision():
    """The avenant names the new demolition without its figure (its table is a
    placeholder); the délibération bound with it states the amount: the
    consolidated operation carries it. A decision's operation on another site
    completes nothing."""
    from convention_parser.records import Operation, Part
    conv, av = convention(), avenant()
    frenes = next(o for o in av.parts[0].operations if o.name == "tour des Frênes")
    frenes.amount, frenes.maitre_ouvrage = None, None
    decision = Part(kind="deliberation", pages=[1, 1], title="Délibération", sections=[])
    decision.operations = [
        Operation("demolition", "tour des Fresnes", "Avion", "Pas-de-Calais Habitat", 71, 1880000.0, 1, "II"),
        Operation("demolition", "résidence Les Tilleuls", "Lens", None, None, 999.0, 1, "II"),
    ]
    av.parts.insert(0, decision)
    merged = consolidate(conv, [av])
    ops = {o.name: o for o in merged.parts[0].operations}
    assert ops["tour des Frênes"].amount == 1880000.0
    assert ops["tour des Frênes"].maitre_ouvrage == "Pas-de-Calais Habitat"
    # The convention's own operations are not touched by the decision.
    assert ops["résidence Les Tilleuls"].amount is None
    added = next(c for c in diff_results(conv, merged, avenant=av).changes if c.type == "operation_added")
    assert added.after["amount"] == 1880000.0


def test_decision_on_another_site_completes_nothing():
    from convention_parser.records import Operation, Part
    conv, av = convention(), avenant()
    frenes = next(o for o in av.parts[0].operations if o.name == "tour des Frênes")
    frenes.amount = None
    decision = Part(kind="deliberation", pages=[1, 1], title="Délibération", sections=[])
    decision.operations = [Operation("demolition", "tour des Acacias", "Avion", None, 71, 500000.0, 1, "II")]
    av.parts.insert(0, decision)
    ops = {o.name: o for o in consolidate(conv, [av]).parts[0].operations}
    assert ops["tour des Frênes"].amount is None
