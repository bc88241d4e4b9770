"""extract_facts on text taken from the seed (Lens-Liévin avenant n°01), hand-written gold."""

from __future__ import annotations

import pytest

from convention_parser.facts import extract_facts
from convention_parser.french.dates import find_dates
from convention_parser.facts.entities import rule_entities
from convention_parser.facts.lexicon import lexicon
from convention_parser.facts.quantities import find_quantities
from convention_parser.records import Section, Table
from convention_parser.rules import load_rules
from convention_parser.structure.model import Paragraph

RULES = load_rules()
LX = lexicon(RULES)

REPUBLIQUE = [
    "- Démolition de 410 logements locatifs sociaux propriété de Pas-de-Calais Habitat : 14 bâtiments sont\n"
    "prévus en démolition, dont 1 partiellement, représentant un total de 410 LLS :",
    "‐ Démolition anticipée des immeubles Capucines (16 logements) et Jonquilles (40 logements), soit\n"
    "56 logements au total,",
    "‐ Démolition partielle de l’immeuble Glycines (2 cages d’escalier sur 5 soit 20 logements), démolition\n"
    "complète des immeubles Anémones (15 logements), Campanules (30 logements), Jacinthes\n"
    "(16 logements), Jasmins (31 logements), Muguets (30 logements), Renoncules (30 logements),\n"
    "Résédas (45 logements), Romarins (19 logements), Seringas (20 logements), et Tournesols (27\n"
    "logements) et de la tour des Frênes (71 logements), soit 354 logements au total.",
    "- Requalification de 190 logements locatifs sociaux propriété de Pas-de-Calais Habitat :",
    "‐ Immeubles Glycines (30 logements) et Cyclamens (20 logements), Edelweiss (30), Pervenches\n"
    "(40 logements), Giroflées (40 logements) et Iris (30 logements).",
]
SECTIONS = [Section(id="s7", number="4.1.2", heading="Le quartier République – Cité 4 Sud à Avion",
                    level=3, page=12)]

DEMOLITIONS = {"Capucines": 16, "Jonquilles": 40, "Glycines": 20, "Anémones": 15, "Campanules": 30,
               "Jacinthes": 16, "Jasmins": 31, "Muguets": 30, "Renoncules": 30, "Résédas": 45,
               "Romarins": 19, "Seringas": 20, "Tournesols": 27, "tour des Frênes": 71}
REQUALIFICATIONS = {"Glycines": 30, "Cyclamens": 20, "Edelweiss": 30, "Pervenches": 40,
                    "Giroflées": 40, "Iris": 30}


def _paras(texts, page=12, section="4.1.2"):
    return [Paragraph(text=t, page=page, section=section, list_item=True) for t in texts]


@pytest.fixture(scope="module")
def republique():
    return extract_facts(_paras(REPUBLIQUE), [], RULES, sections=SECTIONS, use_model=False)


def test_republique_demolitions(republique):
    demol = {o.name: o for o in republique.operations if o.type == "demolition"}
    assert {n: o.logements for n, o in demol.items()} == DEMOLITIONS
    assert sum(o.logements for o in demol.values()) == 410
    for o in demol.values():
        assert (o.commune, o.maitre_ouvrage, o.page, o.section) == ("Avion", "Pas-de-Calais Habitat", 12, "4.1.2")
        assert o.quartier == "République – Cité 4 Sud"


def test_republique_requalifications_inherit_type(republique):
    req = {o.name: o.logements for o in republique.operations if o.type == "requalification"}
    assert req == REQUALIFICATIONS
    assert len(republique.operations) == len(DEMOLITIONS) + len(REQUALIFICATIONS)


def test_amount_attaches_to_operation_and_names_merge():
    paras = _paras([
        "‐ Financement d’une nouvelle opération de démolition la tour des Fresnes à Avion (71 logements),",
        " Le financement de la démolition de la tour des Frênes à Avion à hauteur de\n1 880 000 €.",
        "la réorganisation du cœur de quartier avec la démolition de la tour des Frênes et la création d’un",
    ], page=3, section="III")
    f = extract_facts(paras, [], RULES, use_model=False)
    assert [(o.type, o.name, o.commune, o.logements, o.amount) for o in f.operations] == [
        ("demolition", "tour des Frênes", "Avion", 71, 1880000.0)]
    assert [(a.value, a.page, a.section) for a in f.amounts] == [(1880000.0, 3, "III")]


def test_equipment_operation_from_object():
    f = extract_facts(_paras(["‐ Requalification du groupe scolaire Jean Macé et reconstruction du gymnase "
                              "(bâtiment sinistré victime d’un incendie le 6 septembre 2021)."]),
                      [], RULES, use_model=False)
    assert [(o.type, o.name) for o in f.operations] == [("equipement", "groupe scolaire Jean Macé")]
    assert [(d.value, d.precision) for d in f.dates] == [("2021-09-06", "day")]


def test_operations_from_table():
    t = Table(id="t1", title="Opérations", pages=[20], n_rows=2, n_cols=4,
              header=[["Libellé", "Maître d'ouvrage", "Localisation", "Montant"]],
              rows=[["Démolition tour des Frênes", "Pas-de-Calais Habitat", "Avion", "1 880 000 €"],
                    ["Total", "", "", "1 880 000 €"]])
    f = extract_facts([], [t], RULES, use_model=False)
    assert [(o.type, o.name, o.commune, o.maitre_ouvrage, o.amount, o.page) for o in f.operations] == [
        ("demolition", "tour des Frênes", "Avion", "Pas-de-Calais Habitat", 1880000.0, 20)]
    assert [(a.value, a.table) for a in f.amounts] == [(1880000.0, "t1"), (1880000.0, "t1")]
    assert "Démolition tour des Frênes" in f.amounts[0].label


def test_quantities_seed_phrasings():
    text = ("Démolition de LLS 227 LLS ; foyer de 88 places ; parc (22 000m²) ; sur 3 hectares ; serre de 0,5 Ha ; "
            "410 démolitions ; 226 (nombre total) droits de réservation ; 1 644 550 h ; 61 (29+32) logements ; "
            "soit 16.4 % ; en 2023, le 12/04/2023, QP062024, n°20170731")
    got = [(v, u) for _, _, _, v, u in find_quantities(text, LX)]
    assert got == [(227, "lls"), (88, "place"), (22000, "m2"), (3, "ha"), (0.5, "ha"), (410, "logement"),
                   (226, "droit"), (1644550, "heure"), (61, "logement"), (16.4, "percent")]


def test_quantities_not_inside_amounts():
    f = extract_facts(_paras(["primes arrêtées à 5 000 € / logement pour le neuf, soit 20 logements"]), [], RULES,
                      use_model=False)
    assert [(q.value, q.unit) for q in f.quantities] == [(20, "logement")]
    assert [(a.value, a.per) for a in f.amounts] == [(5000, "logement")]


@pytest.mark.parametrize("text, value, precision", [
    ("SEANCE DU 30 JUIN 2023", "2023-06-30", "day"),
    ("Lors de sa séance du 06 novembre  2020", "2020-11-06", "day"),
    ("Lors du CE du 12/04/2023", "2023-04-12", "day"),
    ("le lundi 3 avril 2023", "2023-04-03", "day"),
    ("au 1er juillet 2024", "2024-07-01", "day"),
    ("au 01er juillet 2024", "2024-07-01", "day"),
    ("en date du 19\nseptembre 2018", "2018-09-19", "day"),
    ("démarrage des travaux juillet 2022", "2022-07-01", "month"),
    ("1er semestre 2025", "2025-01-01", "semester"),
    ("premier semestre 2024", "2024-01-01", "semester"),
    ("mi 2027", None, "vague"),
    ("fin 2023", None, "vague"),
])
def test_dates(text, value, precision):
    d = find_dates(text)
    assert [(x.value, x.precision) for x in d] == [(value, precision)]


def test_dates_refuse_impossible():
    assert find_dates("le 31/02/2023 et le 45 juin 2023") == []


def _ents(text):
    return [(f.label, f.normalized) for f in rule_entities(text, LX)]


def test_rule_entities_seed():
    text = ("Lors de sa séance du 06 novembre 2020, le Bureau du Conseil d’administration de Pas-\n"
            "de-Calais  habitat  a  autorisé la signature, Maisons et Cités, SA d’HLM, et la Communauté "
            "d’Agglomération de Lens Liévin (CALL). La Cité du 12 / 14 (QP062024) à Lens (62) ; "
            "Madame AIT CHIKHEBBIH, monsieur Alain DUBREUCQ et Monsieur COTTIGNY, "
            "conformément à l'article L 441-1-5 du CCH et au décret n° 2020-145 du 20 février 2020, "
            "la délibération n°20170731 du 29 juin 2017, l’arrêté du 29 avril 2015.")
    got = _ents(text)
    for want in [("ORG", "Pas-de-Calais Habitat"), ("ORG", "Maisons et Cités"), ("ORG", "CALL"),
                 ("QPV", "QP062024"), ("LOC", "Lens"), ("PER", "AIT CHIKHEBBIH"), ("PER", "Alain DUBREUCQ"),
                 ("PER", "COTTIGNY"), ("LAW", "article L 441-1-5 du CCH"),
                 ("LAW", "décret n° 2020-145 du 20 février 2020"),
                 ("LAW", "délibération n°20170731 du 29 juin 2017"), ("LAW", "arrêté du 29 avril 2015")]:
        assert want in got, want
    assert sum(1 for lab, n in got if n == "CALL") == 2   # the long form and the acronym


def test_qpv_table_form():
    assert _ents("AVION 6062024 et QN06202M") == [("QPV", "QP062024"), ("QPV", "QN06202M")]


def test_model_entities_are_cleaned():
    text = ("L’ADEME et la Caisse des Dépôts accompagnent la Ville de Lens. Le Conseil régional, "
            "Pas-de-Calais Habitat et Maisons et Cités signent avec l’association Les Anges Gardins.")
    f = extract_facts(_paras([text]), [], RULES)
    norm = {(e.label, e.normalized) for e in f.entities}
    assert {("ORG", "ADEME"), ("ORG", "Caisse des Dépôts"), ("ORG", "Ville de Lens"),
            ("ORG", "Région Hauts-de-France"), ("ORG", "Pas-de-Calais Habitat"), ("ORG", "Maisons et Cités"),
            ("ORG", "Les Anges Gardins")} <= norm
    for e in f.entities:
        assert len(e.text) > 2 and not e.text.startswith(("L’", "L'", "d’", "-", "•"))
        assert not (e.label == "PER" and "Habitat" in e.text)
        assert e.text not in ("Maisons", "Cités")


def test_amounts_and_operations_of_a_continued_table_carry_their_rows_page():
    """A table over two pages: each row's facts point at the page the row is printed on."""
    from convention_parser.facts import extract_facts
    from convention_parser.records import Table
    from convention_parser.rules import load_rules

    header = [["Libellé opération", "Maître d'ouvrage", "Commune", "Nombre de logements", "Montant de subvention ANRU"]]
    rows = [["Démolition de la résidence Les Tilleuls", "Bailleur Nord", "Douai", "40", "1 200 000 €"],
            ["Démolition de la tour Europe", "Bailleur Nord", "Douai", "71", "1 880 000 €"]]
    table = Table("t1", "La démolition de logements locatifs sociaux", [4, 5], header, rows, 2, 5,
                  section="9.1.1.2", row_pages=[4, 5])
    facts = extract_facts([], [table], load_rules())
    pages = {a.value: a.page for a in facts.amounts if a.table == "t1"}
    assert pages == {1200000.0: 4, 1880000.0: 5}
    ops = {o.logements: o.page for o in facts.operations}
    assert ops == {40: 4, 71: 5}
