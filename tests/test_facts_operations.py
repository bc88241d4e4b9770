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
