"""Legislative avenants, fourth pass (issue 12, branch avleg): tables and totals the avenant route
missed on generated dev triples, each on records built for the test (gold by hand)."""

import copy

from convention_parser.diff import consolidate, diff_results
from convention_parser.records import Amendment, Edit, ParseResult, Part, Section, Source, Table

OPS_HEADER = [["IDTOP", "Libellé de l'opération", "Maître d'ouvrage", "Subvention ANRU"]]
OPS = [["C0979-14-0012", "Études urbaines et plan guide", "Communauté urbaine", "171 000 €"],
       ["C0979-21-0002", "Démolition de la tour Verlaine", "Pas-de-Calais Habitat", "2 450 000 €"],
       ["Total", "", "", "2 621 000 €"]]
FIN_HEADER = [["Financeurs", "Le Plateau", "La Briqueterie", "Total"]]
FIN = [["ANRU", "1 200 000 €", "1 421 000 €", "2 621 000 €"],
       ["Ville", "300 000 €", "500 000 €", "800 000 €"],
       ["Total", "1 500 000 €", "1 921 000 €", "3 421 000 €"]]
FIN_CAPTION = "Plan de financement prévisionnel par financeur et par quartier"


def _table(tid, section, rows, header, title="", pages=(6,)):
    return Table(tid, title, list(pages), copy.deepcopy(header), copy.deepcopy(rows), len(rows), len(header[0]),
                 section=section)


def _convention() -> ParseResult:
    part = Part(kind="convention", pages=[1, 9], sections=[
        Section("s1", "6", "La stratégie de relogement", 1, 4, text="Le relogement concerne 120 ménages."),
        Section("s2", "8.1", "Les opérations cofinancées par l'ANRU", 2, 6,
                text="Les opérations cofinancées par l'ANRU sont les suivantes :"),
        Section("s3", "9", "Le plan de financement", 1, 7, text="Le plan de financement s'établit comme suit :"),
    ], tables=[_table("t1", "8.1", OPS, OPS_HEADER, "Tableau des opérations cofinancées par l'ANRU"),
               _table("t2", "9", FIN, FIN_HEADER, FIN_CAPTION, pages=(7,))])
    return ParseResult(source=Source("c.pdf", "0" * 64, 9), parts=[part])


def test_tables_printed_after_an_inserted_articles_heading_go_to_the_instructions_announcing_them():
    """"Après l'article 6, il est inséré un article 6 bis ainsi rédigé :" prints the new article's heading
    inside the avenant's article of instructions: the parse opens a section "6 bis" there, and the tables
    the next instructions announce ("Le tableau de l'article 8.1 est remplacé par le tableau suivant :")
    are printed in it. They are still those instructions' tables."""
    ops = copy.deepcopy(OPS)
    ops[1][3], ops[2][3] = "2 650 000 €", "2 821 000 €"
    fin = copy.deepcopy(FIN)
    fin[0][2], fin[0][3], fin[2][2], fin[2][3] = "1 621 000 €", "2 821 000 €", "2 121 000 €", "3 621 000 €"
    ams = [Amendment(target="6", target_kind="article", action="replace",
                     edit=Edit("words_replace", old="120 ménages", new="135 ménages")),
           Amendment(target="6 bis", target_kind="article", action="insert", new_heading="L'évaluation",
                     new_text="Le porteur de projet conduit une évaluation environnementale."),
           Amendment(target="8.1", target_kind="article", action="replace", edit=Edit("table_replace")),
           Amendment(target="9", target_kind="article", action="replace",
                     edit=Edit("table_replace", table=FIN_CAPTION))]
    for a in ams:
        a.section, a.page = "1", 2
    avpart = Part(kind="avenant", pages=[1, 3], amendments=ams, metadata={"number": "1"}, sections=[
        Section("a1", "1", "Modifications de la convention", 1, 1, text="I. – …"),
        Section("a2", "6 bis", "L'évaluation", 1, 2, text="Le porteur de projet conduit une évaluation environnementale.")],
        tables=[_table("t1", "6 bis", ops, OPS_HEADER, "Tableau des opérations cofinancées par l'ANRU", pages=(2,)),
                _table("t2", "6 bis", fin, FIN_HEADER, FIN_CAPTION, pages=(3,))])
    avenant = ParseResult(source=Source("a.pdf", "1" * 64, 3), parts=[avpart])
    merged = consolidate(_convention(), [avenant])
    part = merged.parts[0]
    assert part.metadata["consolidation"][0]["conflicts"] == []
    assert [t.rows for t in part.tables] == [ops, fin]
    changes = diff_results(_convention(), merged).changes
    assert sorted(c.target for c in changes if c.type == "table_modified") == [
        FIN_CAPTION, "Tableau des opérations cofinancées par l'ANRU"]


# --- instructions read from their sentences ------------------------------------------------------

def _read(*texts):
    """The avenant's amendments as the parse reads them from its paragraphs (section "1")."""
    from convention_parser.rules import load_rules
    from convention_parser.structure.amendments import extract_amendments
    from convention_parser.structure.family import families
    from convention_parser.structure.model import Paragraph, PartDraft
    fam = next(f for f in families(load_rules()) if f.kind == "avenant")
    draft = PartDraft(kind="avenant", first_page=1, last_page=1)
    draft.paragraphs = [Paragraph(text=t, page=1, section=None, section_id=None) for t in texts]
    got = extract_amendments(draft, fam)
    for a in got:
        a.section, a.page = "1", 1
    return ParseResult(source=Source("a.pdf", "1" * 64, 2),
                       parts=[Part(kind="avenant", pages=[1, 2], amendments=got, metadata={"number": "1"})])


def _families_convention() -> ParseResult:
    """Article 4.1 prints a synthesis table, article 8.1 one table per family of operations."""
    synthesis = _table("t1", "4.1", [["Démolition de logements locatifs sociaux", "132 logements"]],
                       [["Intervention", "Le Plateau"]], "Tableau de synthèse du programme urbain", pages=(3,))
    requal = _table("t2", "8.1", [["C0200-33-0003", "Requalification de l'ensemble Curie", "Clairval Habitat", "1 270 000 €"],
                                  ["C0200-33-0008", "Requalification de l'ensemble Lavoisier", "Logis Sévigné", "485 500 €"]],
                    OPS_HEADER, "Opérations « La requalification de logements locatifs sociaux »")
    part = Part(kind="convention", pages=[1, 9], sections=[
        Section("s1", "4.1", "La synthèse du programme urbain", 2, 3, text="Le programme est synthétisé comme suit :"),
        Section("s2", "8.1", "Les opérations cofinancées par l'ANRU", 2, 6, text="Les opérations sont les suivantes :"),
    ], tables=[synthesis, requal])
    return ParseResult(source=Source("c.pdf", "0" * 64, 9), parts=[part])


def test_a_table_named_by_its_title_alone_is_not_the_previous_articles_table_sharing_only_small_words():
    """"Dans le tableau « Opérations « La requalification … » », à la ligne …" after an instruction on
    article 4.1 names no article: the table of that title (article 8.1), not article 4.1's "Tableau de
    synthèse …", which shares only "de" with it."""
    av = _read("L'article 4.1 est complété par un alinéa ainsi rédigé : « Création d'une médiathèque ; »",
               "Dans le tableau « Opérations « La requalification de logements locatifs sociaux » », à la ligne "
               "« C0200-33-0008 » et à la colonne « Subvention ANRU », le montant « 485 500 € » est remplacé par "
               "« 534 000 € ».")
    assert [a.target for a in av.parts[0].amendments] == ["4.1", "4.1"]   # the sentence names no article
    merged = consolidate(_families_convention(), [av])
    assert merged.parts[0].metadata["consolidation"][0]["conflicts"] == []
    assert [r[3] for r in merged.parts[0].tables[1].rows] == ["1 270 000 €", "534 000 €"]
    assert merged.parts[0].tables[0].rows == _families_convention().parts[0].tables[0].rows


def test_an_edit_naming_the_number_an_inserted_article_took_edits_the_renumbered_article():
    """"L'article 13 devient l'article 14.", then a new article 13 inserted, then "Le premier alinéa de
    l'article 13 est ainsi rédigé : …": the avenant prints the new article 13 whole; the edit is the
    convention's article 13, now 14."""
    part = Part(kind="convention", pages=[1, 5], sections=[
        Section("s1", "12", "Les modifications du projet", 1, 4, text="Toute modification fait l'objet d'un avenant."),
        Section("s2", "13", "La qualité environnementale", 1, 5,
                text="Une attention est portée à la qualité environnementale des opérations.\nLe réemploi est encouragé."),
    ])
    old = ParseResult(source=Source("c.pdf", "0" * 64, 5), parts=[part])
    av = _read("L'article 13 devient l'article 14.",
               "Après l'article 12, il est inséré un article 13 intitulé « L'évaluation environnementale du projet » "
               "et ainsi rédigé :", "Le porteur de projet conduit une évaluation environnementale.",
               "Le premier alinéa de l'article 13 est ainsi rédigé : « Une attention particulière est portée à la "
               "qualité environnementale des opérations et à la sobriété foncière. »")
    merged = consolidate(old, [av])
    assert merged.parts[0].metadata["consolidation"][0]["conflicts"] == []
    got = {s.number: s.text for s in merged.parts[0].sections}
    assert got["13"] == "Le porteur de projet conduit une évaluation environnementale."
    assert got["14"] == ("Une attention particulière est portée à la qualité environnementale des opérations et à la "
                         "sobriété foncière.\nLe réemploi est encouragé.")
    found = {(c.type, c.target) for c in diff_results(old, merged, avenant=av).changes}
    assert ("article_added", "13") in found and ("article_modified", "14") in found


def test_an_alinea_quoted_in_a_paragraph_of_its_own_after_its_instruction_is_read():
    """"Le premier alinéa de l'article 4.2 est remplacé par un alinéa ainsi rédigé :" then the quoted
    alinéa set apart (a block quote, over two paragraphs): one instruction, the alinéa rewritten."""
    part = Part(kind="convention", pages=[1, 5], sections=[
        Section("s1", "4.2", "La gestion urbaine de proximité", 2, 3,
                text="La gestion urbaine de proximité est assurée par la commune.\nUn bilan annuel est présenté.")])
    old = ParseResult(source=Source("c.pdf", "0" * 64, 5), parts=[part])
    av = _read("Le premier alinéa de l'article 4.2 de la convention est remplacé par un alinéa ainsi rédigé :",
               "« La gestion urbaine de proximité fait l'objet d'une convention spécifique entre la commune et les",
               "bailleurs, précisant les engagements de chacun. »",
               "L'article 4.2 de la convention est complété par un alinéa ainsi rédigé :",
               "« Les habitants y sont associés. »")
    got = [(a.target, a.edit.op if a.edit else None) for a in av.parts[0].amendments]
    assert got == [("4.2", "paragraph_replace"), ("4.2", "paragraph_add")]
    merged = consolidate(old, [av])
    assert merged.parts[0].metadata["consolidation"][0]["conflicts"] == []
    assert merged.parts[0].sections[0].text.split("\n") == [
        "La gestion urbaine de proximité fait l'objet d'une convention spécifique entre la commune et les bailleurs, "
        "précisant les engagements de chacun.", "Un bilan annuel est présenté.", "Les habitants y sont associés."]
