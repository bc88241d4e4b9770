"""Operations from convention tables and prose evidence; values from the CALL convention (hand gold)."""

from __future__ import annotations

from convention_parser.facts import extract_facts
from convention_parser.records import Section, Table
from convention_parser.rules import load_rules
from convention_parser.structure.model import Paragraph

RULES = load_rules()

# Article 9.1.1.2 of the CALL convention as the table stage reads it: the two-line
# header comes split mid-word and two columns share one garbled header.
HEADER = ["Libellé précis (adresse, nb de lgts)", "IDTOP", "Localisation (QPV ou EPCI de rattachement)",
          "Maître d’ouvrage (intitulé exact)", "Nombre Base de financement de logeme prévisionnelle nts",
          "Nombre Base de financement de logeme prévisionnelle nts", "Taux de s ubvention ANRU",
          "Montant prévisionnel de subvention ANRU", "Date de la ncement opération nel (semestre et année)"]
DEMOLITIONS = Table(
    id="t7", title="La démolition de logements locatifs sociaux", pages=[26], n_rows=4, n_cols=9, section="9.1.1.2",
    header=[HEADER],
    rows=[["AVION - Démolition de l’immeuble Capucines (16 logements)", "C0688-21-0023",
           "62065 Avion 6062019 République - Cité 4 Sud", "Pas-de-Calais Habitat", "16", "384 000,00 €", "87,50 %",
           "336 000,00 €", "S1 2021"],
          ["LENS - Démolition du foyer personnes âgées (59 places)", "C0688-21-0007", "62498 Lens 6062024 Cité 12-14",
           "SIA Habitat", "59", "2 124 000,00 €", "90,00 %", "1 911 600,00 €", "S1 2023"],
          HEADER,
          ["Total", "", "", "", "", "", "", "2 247 600,00 €", ""]])
# A calendar (annex C1) lists the same operations without amounts: it completes, never adds.
CALENDAR = Table(
    id="t20", title="Calendrier opérationnel prévisionnel", pages=[52], n_rows=2, n_cols=6, section="C1",
    header=[["Quartier", "Libellé de l’opération", "IDTOP", "Maître d’ouvrage", "Lancement opérationnel",
             "Durée (semestres)"]],
    rows=[["Avion", "AVION - Démolition de l’immeuble Capucines (16 logements)", "C0688-21-0023",
           "Pas-de-Calais Habitat", "S1 2021", "4"],
          ["Avion", "AVION - Requalification de l’immeuble Iris (30 logements)", "C0688-33-0049",
           "Pas-de-Calais Habitat", "S1 2022", "4"]])
SECTIONS = [Section(id="s1", number="4.1.1", heading="La Cité 12/14 à Lens", level=4, page=7),
            Section(id="s2", number="4.1.2", heading="Le quartier République – Cité 4 Sud à Avion", level=4, page=7)]


def test_table_rows_give_operations_with_subsidy_and_logements():
    f = extract_facts([], [DEMOLITIONS, CALENDAR], RULES, sections=SECTIONS, use_model=False)
    got = [(o.type, o.name, o.commune, o.maitre_ouvrage, o.logements, o.amount, o.page) for o in f.operations]
    assert got == [
        ("demolition", "Capucines", "Avion", "Pas-de-Calais Habitat", 16, 336000.0, 26),
        ("demolition", "foyer personnes âgées", "Lens", "SIA Habitat", 59, 1911600.0, 26)]


def test_subsidy_column_chosen_by_header_words_not_position():
    # Same table, the loan column before the subsidy and no "subvention" in its header.
    header = ["Libellé", "Maître d'ouvrage", "Nombre de logements", "Volume de prêt bonifié", "Montant prévisionnel"]
    t = Table(id="t1", title="La requalification de logements locatifs sociaux", pages=[35], n_rows=1, n_cols=5,
              header=[header], rows=[["AVION - Requalification de l’immeuble Iris (30 logements)",
                                      "Pas-de-Calais Habitat", "30", "489 000,00 €", "300 000,00 €"]])
    f = extract_facts([], [t], RULES, use_model=False)
    assert [(o.type, o.name, o.logements, o.amount) for o in f.operations] == [
        ("requalification", "Iris", 30, 300000.0)]


def test_prose_needs_evidence_and_merges_with_table_row():
    paras = [Paragraph(text=t, page=p, section=s, list_item=True) for p, s, t in [
        (10, "4.1.2", "Démolition anticipée des immeubles Capucines (16 logements) et Jonquilles (40 logements),"),
        # passing mentions: a count of demolitions, an action in a subordinate clause, no evidence
        (12, "4.2.3", "Quartier République – Cité 4 Sud à Avion : 410 démolitions (les 339 démolitions initialement "
                      "prévues auxquelles s’ajoutent les 71 logements de la tour des Frênes)."),
        (12, "4.2.3", "L’opération LLS est programmée sur un foncier libéré par la démolition des bâtiments Mousson, "
                      "Suroit et Zéphyr."),
        (12, "4.2.3", "la réorganisation du cœur de quartier avec la démolition de la tour des Frênes et la création "
                      "d’un pôle commercial,"),
    ]]
    f = extract_facts(paras, [DEMOLITIONS], RULES, sections=SECTIONS, use_model=False)
    got = {(o.type, o.name, o.commune, o.logements, o.amount, o.page) for o in f.operations}
    assert got == {("demolition", "Capucines", "Avion", 16, 336000.0, 10),
                   ("demolition", "Jonquilles", "Avion", 40, None, 10),
                   ("demolition", "foyer personnes âgées", "Lens", 59, 1911600.0, 26)}


def test_table_without_family_title_in_a_document_outside_the_lists():
    # A commune absent from common.toml, named by a "Commune" column; housing keeps its type
    # although a street follows ("rue des Briquetiers" is not a public-space operation here).
    t = Table(id="t1", title="Tableau 1 – Opérations programmées et subventions de l’ANRU", pages=[6], n_rows=3,
              n_cols=6, section="6",
              header=[["Réf. opération", "Libellé de l’opération", "Maître d’ouvrage", "Commune", "Logements",
                       "SubventionANRU"]],
              rows=[["C1472-33-0018", "Réhabilitation de 84 logements rue des Briquetiers", "Rivéa Habitat",
                     "Haucourt-la-Forge", "84", "924 000 €"],
                    ["C1472-15-0014", "Accompagnement des ménages relogés – Rivéa Habitat", "Rivéa Habitat",
                     "Haucourt-la-Forge", "", "96 000 €"],
                    ["", "Sous-total La Briqueterie", "", "", "", "1 020 000 €"]])
    f = extract_facts([], [t], RULES, use_model=False)
    assert [(o.type, o.commune, o.logements, o.amount) for o in f.operations] == [
        ("requalification", "Haucourt-la-Forge", 84, 924000.0), ("ingenierie", "Haucourt-la-Forge", None, 96000.0)]


# A programme table without a family title, invented for these tests: two rows act on one
# residence, generic rows repeat across quartiers and a row is numbered by a bracketed tranche.
PROGRAMME = Table(
    id="t3", title="Tableau 2 – Programme financé", pages=[9], n_rows=6, n_cols=5, section="5",
    header=[["Libellé de l’opération", "Maître d’ouvrage", "Commune", "Logements", "Subvention ANRU"]],
    rows=[["Réhabilitation de la résidence Les Mimosas (70 logements)", "Habitat du Val", "Lens", "70", "700 000 €"],
          ["Résidentialisation de la résidence Les Mimosas", "Habitat du Val", "Lens", "70", "210 000 €"],
          ["Conduite de projet NPNRU AGGLO (quote-part Cité 12/14)", "CALL", "Lens", "", "300 000 €"],
          ["Aménagement secteur 2 : rue Haute, place Basse", "Ville de Lens", "Lens", "", "450 000 €"],
          ["Accession sociale de 12 logements (tranche 1)", "Habitat du Val", "Lens", "12", "120 000 €"],
          ["Accession sociale de 14 logements (tranche 2)", "Habitat du Val", "Lens", "14", "140 000 €"]])


def test_rows_of_one_table_stay_distinct_operations_after_prose():
    # Prose names the rehabilitation; each row still gives its own operation.
    paras = [Paragraph(text="Réhabilitation de la résidence Les Mimosas (70 logements),", page=4, section="4.1.1",
                       list_item=True)]
    f = extract_facts(paras, [PROGRAMME], RULES, sections=SECTIONS, use_model=False)
    mimosas = sorted((o.type, o.logements, o.amount) for o in f.operations if "Mimosas" in o.name)
    assert mimosas == [("requalification", 70, 700000.0), ("residentialisation", 70, 210000.0)]


def test_generic_table_labels_keep_their_action_tranche_and_quartier():
    f = extract_facts([], [PROGRAMME], RULES, sections=SECTIONS, use_model=False)
    names = {o.amount: o.name for o in f.operations}
    # An acronym after the action is not a site: the action stays in the name.
    assert names[300000.0] == "Conduite de projet NPNRU AGGLO (quote-part Cité 12/14)"
    # Streets after the colon detail a numbered sector: the name carries its quartier.
    assert names[450000.0] == "Aménagement secteur 2 : rue Haute, place Basse – Cité 12/14"
    # The bracketed tranche numbers the row: written as words, two rows, two operations.
    assert names[120000.0] == "Accession sociale de 12 logements, tranche 1 – Cité 12/14"
    assert names[140000.0] == "Accession sociale de 14 logements, tranche 2 – Cité 12/14"


# Article 9.4 of the consolidated CALL convention: a programme table (its subsidy is
# the ANRU's) whose title names no family of operations; a co-financer's table
# (article 9.2.1, subsidy of the Région) lists programmed operations and one it
# does not programme.
FERTILES = Table(
    id="t16", title="Les opérations financées au titre de l’appel à projets « Les Quartiers Fertiles »",
    pages=[40], n_rows=3, n_cols=8, section="9.4", header=[HEADER[:4] + [
        "Base de financement prévisionnelle", "Taux de subvention ANRU", "Montant prévisionnel de subvention ANRU",
        "Date de lancement opérationnel (semestre et année)"]],
    rows=[["LENS - Quartiers Fertiles : ferme urbaine de la Cité 12/14", "C0688-39-0062",
           "62498 Lens 6062024 Cité 12-14", "La Vie Active", "388 690,00 €", "40,00 %", "155 476,00 €", "S2 2023"],
          ["Cité du 12/14 (QP062024)"] * 8,
          ["Total", "Total", "Total", "Total", "Total", "Total", "155 476,00 €", ""]])
REGION = Table(
    id="t15", title="Opérations bénéficiant d’un accompagnement financier de la Région Hauts-de-France",
    pages=[33], n_rows=2, n_cols=4, section="9.2.1",
    header=[["Libellé opération", "Maître d’ouvrage", "Assiette subventionnable prévisionnelle Région",
             "Montant prévisionnel de subvention Région"]],
    rows=[["AVION - Démolition de l’immeuble Capucines (16 logements)", "Pas-de-Calais Habitat", "384 000,00 €",
           "50 000,00 €"],
          ["LENS – Equipement Rénovation groupe scolaire Jean Macé", "COMMUNE DE LENS", "12 000 000,00 €",
           "1 816 944,00 €"]])


def test_a_programme_table_without_family_programmes_its_rows():
    f = extract_facts([], [DEMOLITIONS, FERTILES, REGION], RULES, sections=SECTIONS, use_model=False)
    got = [(o.type, o.name, o.commune, o.maitre_ouvrage, o.amount) for o in f.operations]
    # The Région's table only completes: Jean Macé is not programmed by it, and the
    # Capucines subsidy stays the ANRU's. A group row spread over the columns is no
    # operation.
    assert got == [
        ("demolition", "Capucines", "Avion", "Pas-de-Calais Habitat", 336000.0),
        ("demolition", "foyer personnes âgées", "Lens", "SIA Habitat", 1911600.0),
        ("other", "Quartiers Fertiles : ferme urbaine de la Cité 12/14", "Lens", "La Vie Active", 155476.0)]


def test_buildings_named_one_by_one_in_prose_join_the_table_operation_that_groups_them():
    # Article 4.1.2 lists the buildings one by one; the 9.1.1.3 table programmes
    # one residentialisation of three of them (hand gold: two operations, not six).
    prose = Paragraph(text="Résidentialisation de 80 logements locatifs sociaux Pas-de-Calais Habitat : "
                           "Immeubles Glycines (30 logements) et Cyclamens (20 logements), Edelweiss (30).",
                      page=7, section="4.1.2")
    header = ["Libellé précis (adresse, nb de lgts)", "Maître d’ouvrage (intitulé exact)", "Nombre de logements",
              "Montant prévisionnel de subvention ANRU"]
    t = Table(id="t12", title="La résidentialisation de logements", pages=[37], n_rows=1, n_cols=4,
              section="9.1.1.3", header=[header],
              rows=[["AVION - Résidentialisation des immeubles Glycines, Cyclamens et Edelweiss (80 logements)",
                     "Pas-de-Calais Habitat", "80", "240 000,00 €"]])
    f = extract_facts([prose], [t], RULES, sections=SECTIONS, use_model=False)
    assert [(o.type, o.name, o.logements, o.amount) for o in f.operations] == [
        ("residentialisation", "Glycines, Cyclamens et Edelweiss", 80, 240000.0)]


def test_a_row_without_action_word_is_typed_by_its_object_and_a_leading_category_wins():
    # The Région's table as an avenant prints it (no programme table in the avenant,
    # so its rows are the operations): "Développement d'un pôle économique" has no
    # action word; "Immobilier à vocation économique Construction d'une maison de
    # santé" opens with its category, which names the family before the object does.
    header = ["Libellé opération", "Localisation (QPV OU EPCI de rattachement)", "Maître d’ouvrage",
              "Montant prévisionnel de subvention Région"]
    t = Table(id="t5", title="", pages=[27], n_rows=2, n_cols=4, section="3.9.2.1", header=[header],
              rows=[["LENS - Développement d’un pôle économique sur le site de la Fosse 12",
                     "62498 Lens 6062024 Cité 12-14", "COMMUNE DE LENS", "1 000 000,00 €"],
                    ["Immobilier à vocation économique Construction d’une maison de santé 62800 Liévin",
                     "62510 Liévin, Angres 6062028 Calonne - Marichelles - Vent de Bise", "COMMUNE DE LIEVIN",
                     "600 000,00 €"]])
    f = extract_facts([], [t], RULES, use_model=False)
    assert [(o.type, o.commune) for o in f.operations] == [
        ("immobilier_economique", "Lens"), ("immobilier_economique", "Liévin")]


# --- tables of the programme written for the test (generator2 layouts) -------------------

def _ops(*tables, paragraphs=()):
    f = extract_facts(list(paragraphs), list(tables), RULES, use_model=False)
    return [(o.type, o.name, o.logements, o.amount) for o in f.operations]


OPS_HEADER = [["IDTOP", "Libellé de l’opération", "Maître d’ouvrage", "Commune", "Logements", "Subvention ANRU"]]


def test_table_by_family_of_operations_is_no_operation():
    by_family = Table(id="s", title="Concours financiers de l’ANRU par famille d’opérations", pages=[9], n_rows=3,
                      n_cols=2, section="9", header=[["Famille d’opérations", "Concours ANRU"]],
                      rows=[["Démolition de logements locatifs sociaux", "5 455 000 €"],
                            ["Requalification de LLS", "2 999 000 €"], ["Aménagement d’ensemble", "5 886 000 €"]])
    assert _ops(by_family) == []
    # A synthesis without the word: no owner, no count column, no row naming a site.
    synthesis = Table(id="y", title="Tableau de synthèse", pages=[4], n_rows=3, n_cols=2, section="4",
                      header=[["Intervention", "Montant"]],
                      rows=[["Démolition de logements locatifs sociaux", "5 455 000 €"],
                            ["Résidentialisation", "1 118 000 €"], ["Équipements publics de proximité", "1 209 000 €"]])
    assert _ops(synthesis) == []


def test_operation_table_continued_without_header_keeps_its_rows():
    head = Table(id="a", title="Tableau des opérations cofinancées par l’ANRU", pages=[7], n_rows=1, n_cols=6,
                 section="8.1", header=OPS_HEADER,
                 rows=[["C0211-21-0001", "Démolition de la barre Verlaine (121 logements)", "Ternois Habitat",
                        "Marcillac", "121", "2 743 000,00 €"]])
    rest = Table(id="b", title="", pages=[8], n_rows=3, n_cols=6, section="8.1", header=[],
                 rows=[["C0211-24-0003", "Aménagement de la rue Jean Jaurès et des espaces publics attenants",
                        "Commune de Marcillac", "Marcillac", "–", "3 600 000,00 €"],
                       ["C0211-31-0007", "Reconstitution de l’offre (61 logements : 33 PLAI et 28 PLUS)",
                        "OPH Beauséjour", "Lormes", "61", "350 000,00 €"],
                       ["C0211-37-0004", "Extension du centre social Louise Michel", "Commune de Marcillac",
                        "Marcillac", "–", "1 010 000,00 €"]])
    got = _ops(head, rest)
    assert ("demolition", "barre Verlaine", 121, 2743000.0) in got
    assert ("amenagement", "Aménagement de la rue Jean Jaurès et des espaces publics attenants", None, 3600000.0) in got
    assert [o for o in got if o[0] == "reconstitution"][0][2:] == (61, 350000.0)
    assert [o for o in got if o[0] == "equipement"][0][3] == 1010000.0
    assert len(got) == 4


def test_object_word_inside_a_building_name_does_not_type_the_operation():
    """"barre du Parc" is housing; an operation code glued before a label is no part of it."""
    t = Table(id="c", title="", pages=[7], n_rows=2, n_cols=6, section="8.1", header=OPS_HEADER,
              rows=[["C0001-33-0002", "Requalification de la barre du Parc (204 logements)", "Logis Ternois",
                     "Bréval", "204", "3 525 000,00 €"],
                    ["", "C0001-24-0003 Aménagement de la place du Marché", "Logis Ternois", "Bréval", "–",
                     "2 430 000,00 €"]])
    got = _ops(t)
    assert ("requalification", "barre du Parc", 204, 3525000.0) in got
    assert ("amenagement", "Aménagement de la place du Marché", None, 2430000.0) in got


def test_site_after_a_dash_a_cut_bracket_and_a_building_word_before_a_connector():
    t = Table(id="d", title="", pages=[7], n_rows=3, n_cols=6, section="8.1", header=OPS_HEADER,
              rows=[["C0001-31-0003", "Reconstitution de l’offre – l’opération Lamartine (68 logements : 36 PLAI et 32 PLUS)",
                     "Logis Ternois", "Bréval", "68", "936 200,00 €"],
                    ["C0001-21-0012", "Démolition de l’immeuble du Parc (139", "OPH Néolis", "Bréval", "139",
                     "3 839 000,61 €"]])
    got = _ops(t)
    assert ("reconstitution", "opération Lamartine", 68, 936200.0) in got
    assert ("demolition", "immeuble du Parc", 139, 3839000.61) in got


def test_header_read_as_data_rows_still_names_the_columns():
    t = Table(id="e", title="", pages=[7], n_rows=4, n_cols=6, section="8.1", header=[],
              rows=[["Opération", "Opération", "Localisation", "Localisation", "Financement", "Financement"],
                    ["IDTOP", "Libellé", "Commune", "Maître d’ouvrage", "Assiette", "Subvention ANRU"],
                    ["C0001-33-0004", "Requalification de la tour Rimbaud (196 logements)", "Bréval", "Logis Ternois",
                     "3 984 000,00 €", "1 992 000,00 €"]])
    assert _ops(t) == [("requalification", "tour Rimbaud", 196, 1992000.0)]


def test_table_count_wins_over_the_count_prose_recalls():
    prose = Paragraph(text="Actualisation du coût de l’opération : démolition de la tour Lamartine (61 logements) "
                           "à Valcourt.", page=3, section="2")
    t = Table(id="f", title="La démolition de logements locatifs sociaux", pages=[5], n_rows=1, n_cols=6,
              section="8.1", header=OPS_HEADER,
              rows=[["C0001-21-0001", "Démolition de la tour Lamartine (67 logements)", "Logis Ternois", "Valcourt",
                     "67", "1 413 000,00 €"]])
    got = _ops(t, paragraphs=[prose])
    assert [(o[0], o[2], o[3]) for o in got if "Lamartine" in o[1]] == [("demolition", 67, 1413000.0)]


def test_a_continued_table_does_not_force_its_neighbours_type_on_rows_with_their_own_action():
    demolitions = Table(id="g", title="La démolition de logements locatifs sociaux", pages=[5], n_rows=1, n_cols=6,
                        section="8.1", header=OPS_HEADER,
                        rows=[["C0001-21-0001", "Démolition de la tour Lamartine (67 logements)", "Logis Ternois",
                               "Valcourt", "67", "1 413 000,00 €"]])
    after = Table(id="h", title="", pages=[6], n_rows=2, n_cols=6, section="8.1", header=OPS_HEADER,
                  rows=[["C0001-21-0002", "Démolition de la barre Ravel (40 logements)", "Logis Ternois",
                         "Valcourt", "40", "800 000,00 €"],
                        ["C0001-24-0003", "Aménagement de la place du Marché", "Commune de Valcourt", "Valcourt",
                         "–", "2 430 000,00 €"]])
    got = {o[1]: o[0] for o in _ops(demolitions, after)}
    assert got["barre Ravel"] == "demolition"
    assert got["Aménagement de la place du Marché"] == "amenagement"


def test_a_place_after_a_dash_is_not_the_site():
    t = Table(id="i", title="", pages=[7], n_rows=1, n_cols=6, section="8.1", header=OPS_HEADER,
              rows=[["C0001-38-0007", "Construction d’un centre commercial - Quartier Beaulieu", "Commune de Valcourt",
                     "Valcourt", "", "1 000 000,00 €"]])
    assert [o[1] for o in _ops(t)] == ["Construction d’un centre commercial - Quartier Beaulieu"]


def _continued(rest_page: int):
    """An operation table and its continuation without header, amounts printed without a
    currency sign (the header says "(€)")."""
    header = [["IDTOP", "Libellé de l’opération", "Maître d’ouvrage", "Commune", "Logements",
               "Subvention ANRU (€)"]]
    head = Table(id="a", title="", pages=[6], n_rows=1, n_cols=6, section="8.1", header=header,
                 rows=[["C0417-21-0001", "Démolition de l’îlot Jonquilles (111 logements)", "Solvéa Logement",
                        "Hautmont-les-Mines", "111", "2 186 000"]])
    rest = Table(id="b", title="", pages=[rest_page], n_rows=2, n_cols=6, section="8.1", header=[],
                 rows=[["C0417-34-0003", "Résidentialisation de l’immeuble Les Acacias (154 logements)",
                        "Aquilon Logement", "Hautmont-les-Mines", "154", "580 000"],
                       ["C0417-24-0005", "Aménagement du mail central et des espaces publics attenants",
                        "Commune de Hautmont-les-Mines", "Hautmont-les-Mines", "–", "3 429 500"]])
    return _ops(head, rest)


def test_a_continuation_without_header_reads_the_columns_of_the_table_it_continues():
    # Its amounts carry no "€": only the header it continues says they are the subsidy.
    got = _continued(rest_page=7)
    assert ("residentialisation", "immeuble Les Acacias", 154, 580000.0) in got
    assert [o for o in got if o[0] == "amenagement"][0][3] == 3429500.0


def test_an_avenants_list_of_changes_withdraws_and_recalls_operations():
    # "Retrait de l'opération …": withdrawn, no operation of the avenant. "Actualisation du
    # coût de l'opération … (35 logements …)" recalls the former count of a programme the
    # table now states (41): one operation, the table's count.
    items = ["Financement d'une nouvelle opération : démolition de l'ensemble Pasteur (65 logements) à Hallencourt,",
             "Retrait de l'opération démolition de l'immeuble Verlaine (27 logements) à Hallencourt (C0660-21-0001),",
             "Actualisation du coût de l'opération reconstitution de l'offre – le programme Les Tilleuls (35 logements "
             ": 19 PLAI et 16 PLUS) à Hallencourt,"]
    paras = [Paragraph(text=t, page=2, section="2", list_item=True) for t in items]
    table = Table(id="a", title="", pages=[3], n_rows=2, n_cols=6, section="3.4", header=OPS_HEADER,
                  rows=[["C0660-21-0009", "Démolition de l’ensemble Pasteur (65 logements)", "OPH Néolis",
                         "Hallencourt", "65", "1 235 000,00 €"],
                        ["C0660-31-0006", "Reconstitution de l’offre – le programme Les Tilleuls (41 logements : "
                         "19 PLAI et 22 PLUS)", "OPH Néolis", "Hallencourt", "41", "648 000,00 €"]])
    assert sorted(_ops(table, paragraphs=paras)) == [
        ("demolition", "ensemble Pasteur", 65, 1235000.0),
        ("reconstitution", "programme Les Tilleuls", 41, 648000.0)]


def test_a_header_left_alone_at_a_page_foot_names_the_columns_of_the_rows_on_the_next_page():
    # A two-row merged header ("Opération | Localisation | Financement (€)" over
    # "IDTOP | Libellé | …") read as a table of its own, its rows on the next page.
    head = Table(id="a", title="Tableau des opérations cofinancées par l'ANRU (article 8.1)", pages=[5], n_rows=2,
                 n_cols=6, section="8.1", header=[],
                 rows=[["Opération", "Opération", "Localisation", "Localisation", "Financement (€)", "Financement (€)"],
                       ["IDTOP", "Libellé", "Commune", "Maître d'ouvrage", "Assiette", "Subvention ANRU"]])
    rows = Table(id="b", title="", pages=[6], n_rows=2, n_cols=6, section="8.1", header=[],
                 rows=[["C0358-21-0001", "Démolition de la barre Vauban (119 logements)", "Sainte-Marthe-de-Scarpe",
                        "Clairval Habitat", "9 228 571,43", "4 037 500"],
                       ["C0358-38-0012", "Création du centre commercial Saint-Jean", "Hautmont-les-Mines",
                        "Immobilière Solvéa", "2 841 666,67", "1 705 000"]])
    got = _ops(head, rows)
    assert ("demolition", "barre Vauban", 119, 4037500.0) in got
    assert [o[3] for o in got if o[0] == "immobilier_economique"] == [1705000.0]


def test_a_table_without_header_whose_amounts_carry_no_currency_nor_a_table_to_continue():
    # The rows under a group row taken for the title: figures grouped by thousands are the
    # amounts, the rightmost such column the subsidy; a whole number the count.
    t = Table(id="b", title="Quartier Les Peupliers (QP033051) – Montreuil-la-Forge", pages=[6], n_rows=2, n_cols=6,
              section="8.1", header=[],
              rows=[["C0330-21-0006", "Démolition de l'îlot Les Tilleuls (96 logements)", "Horizon Logement",
                     "Montreuil-la-Forge", "96", "7 887 600", "3 943 800"],
                    ["C0330-24-0009", "Aménagement de la rue Émile Zola et des espaces publics attenants",
                     "Métropole de la Plaine de l'Escaut", "Montreuil-la-Forge", "–", "4 906 000", "2 453 000"]])
    got = _ops(t)
    assert ("demolition", "îlot Les Tilleuls", 96, 3943800.0) in got
    assert [o[3] for o in got if o[0] == "amenagement"] == [2453000.0]


def test_a_row_taken_for_the_title_names_no_family():
    # "C0579-21-0002 Démolition de …" above the table is its first row, not a title
    # typing every row a demolition.
    t = Table(id="b", title="C0579-21-0002 Démolition de la tour Les Érables (35 logements) Maisons de Alizé 35",
              pages=[6], n_rows=2, n_cols=6, section="8.1", header=[],
              rows=[["C0579-31-0003", "Reconstitution de l'offre – la résidence du Parc (22 logements : 14 PLAI et "
                     "8 PLUS)", "Maisons de Alizé", "Sainte-Marthe-de-Scarpe", "22", "190.000 euros"],
                    ["C0579-37-0005", "Création d'une médiathèque de quartier Louise Michel",
                     "Communauté de communes du Pays de Morvaux", "Sainte-Marthe-de-Scarpe", "–", "1.931.000 euros"]])
    assert sorted(o[0] for o in _ops(t)) == ["equipement", "reconstitution"]


def test_a_label_cut_on_a_connector_or_a_dash_is_no_operation():
    # A continuation whose labels lost their end to a broken row ("AVION - Démolition de",
    # "LENS -"): no operation is named; the whole rows beside them still are.
    head = Table(id="a", title="", pages=[6], n_rows=1, n_cols=6, section="8.1", header=OPS_HEADER,
                 rows=[["C0688-21-0001", "Démolition de la barre Verlaine (121 logements)", "Pas-de-Calais Habitat",
                        "Avion", "121", "2 743 000,00 €"]])
    rest = Table(id="b", title="", pages=[7], n_rows=3, n_cols=6, section="8.1", header=[],
                 rows=[["C0688-21-0028", "AVION - Démolition de", "Pas-de-Calais Habitat", "Avion", "", "360.000 euros"],
                       ["C0688-33-0014", "LENS -", "Maisons et Cités", "Lens", "", "1.320.000 euros"],
                       ["C0688-33-0015", "Requalification de la résidence Les Lilas (40 logements)",
                        "Maisons et Cités", "Lens", "40", "600.000 euros"]])
    assert sorted(_ops(head, rest)) == [("demolition", "barre Verlaine", 121, 2743000.0),
                                        ("requalification", "résidence Les Lilas", 40, 600000.0)]
