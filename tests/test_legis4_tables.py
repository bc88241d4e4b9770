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
    inside the avenant's article of instructions: the parse opens a section "6bis" there, and the tables
    the next instructions announce ("Le tableau de l'article 8.1 est remplacé par le tableau suivant :")
    are printed in it. They are still those instructions' tables."""
    ops = copy.deepcopy(OPS)
    ops[1][3], ops[2][3] = "2 650 000 €", "2 821 000 €"
    fin = copy.deepcopy(FIN)
    fin[0][2], fin[0][3], fin[2][2], fin[2][3] = "1 621 000 €", "2 821 000 €", "2 121 000 €", "3 621 000 €"
    ams = [Amendment(target="6", target_kind="article", action="replace",
                     edit=Edit("words_replace", old="120 ménages", new="135 ménages")),
           Amendment(target="6bis", target_kind="article", action="insert", new_heading="L'évaluation",
                     new_text="Le porteur de projet conduit une évaluation environnementale."),
           Amendment(target="8.1", target_kind="article", action="replace", edit=Edit("table_replace")),
           Amendment(target="9", target_kind="article", action="replace",
                     edit=Edit("table_replace", table=FIN_CAPTION))]
    for a in ams:
        a.section, a.page = "1", 2
    avpart = Part(kind="avenant", pages=[1, 3], amendments=ams, metadata={"number": "1"}, sections=[
        Section("a1", "1", "Modifications de la convention", 1, 1, text="I. – …"),
        Section("a2", "6bis", "L'évaluation", 1, 2, text="Le porteur de projet conduit une évaluation environnementale.")],
        tables=[_table("t1", "6bis", ops, OPS_HEADER, "Tableau des opérations cofinancées par l'ANRU", pages=(2,)),
                _table("t2", "6bis", fin, FIN_HEADER, FIN_CAPTION, pages=(3,))])
    avenant = ParseResult(source=Source("a.pdf", "1" * 64, 3), parts=[avpart])
    merged = consolidate(_convention(), [avenant])
    part = merged.parts[0]
    assert part.metadata["consolidation"][0]["conflicts"] == []
    assert [t.rows for t in part.tables] == [ops, fin]
    changes = diff_results(_convention(), merged).changes
    assert sorted(c.target for c in changes if c.type == "table_modified") == [
        FIN_CAPTION, "Tableau des opérations cofinancées par l'ANRU"]
