"""Families generator2's tenth draw (variants10.py) found the parser missing, each on a document
built for the test (no PDF), gold by construction: items numbered by thematic code ("FIN-2025-014",
"URB-2025-015", "2025/HAB/016") and a reference line under a title in capitals ("Réf. : …"),
members one a line with their office after a dash, proxies "X, représentée par Y" one a line
under "Absents excusés ayant donné pouvoir :", members listed by political group (a group's
label qualified in brackets, or its heading in bold on a row of its own, each member's state in
brackets), lower-case particles opening a surname, and votes "par 27 voix contre 4", named lists
closed by their count and a vote told group by group."""

from __future__ import annotations

import pytest

from fixtures.structure.deliberations import attendance, deliberation_parts

from convention_parser.rules import load_rules
from convention_parser.structure.deliberation import read_vote
from convention_parser.structure.family import families



def _cfg(name: str = "council_minutes") -> dict:
    return next(f for f in families(load_rules()) if f.name == name).section("deliberation")



HEAD = [
    {"text": "VILLE DE LENS"},
    {"text": "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL", "bold": True, "gap": 6.0},
    {"text": "Séance du 12/03/2025 à 18 h 30", "gap": 6.0},
    {"text": "Présidence : M. Paul ADAM, Maire", "gap": 6.0},
    {"text": "Présents : M. Paul ADAM, Mme Irène BOYER, M. Luc DURAND, Mme Lise FAURE.", "gap": 6.0},
]


def _item(title: list[dict], vote: str) -> list[dict]:
    return title + [
        {"text": "Vu le Code général des collectivités territoriales,", "gap": 6.0},
        {"text": "Le Conseil municipal, après en avoir délibéré, ADOPTE les propositions du rapporteur.",
         "gap": 6.0},
        {"text": vote, "gap": 4.0},
    ]


SUBJECTS = ["Budget primitif 2025", "Cession d'une parcelle rue Basly", "Subvention au centre social",
            "Tarifs de la restauration scolaire"]


@pytest.mark.parametrize("numbers", [["FIN-2025-014", "URB-2025-015", "SOC-2025-016", "EDU-2025-017"],
                                     ["2025/FIN/014", "2025/URB/015", "2025/SOC/016", "2025/EDU/017"],
                                     ["FIN/14", "URB/15", "SOC/16", "EDU/17"]])
def test_items_numbered_by_a_thematic_code_chain_into_one_run(numbers):
    """The code's letters change with the theme from item to item: one numbering all the same."""
    specs = list(HEAD)
    for number, subject in zip(numbers, SUBJECTS):
        specs += _item([{"text": f"{number} – {subject}", "bold": True, "gap": 10.0}], "Adopté à l'unanimité.")
    parts = deliberation_parts(specs)
    assert [(p.metadata["number"], p.metadata["subject"]) for p in parts] == list(zip(numbers, SUBJECTS))


def test_a_reference_line_under_a_title_in_capitals_opens_its_item():
    numbers = [f"{k}-2025" for k in range(14, 18)]
    specs = list(HEAD)
    for number, subject in zip(numbers, SUBJECTS):
        specs += _item([{"text": subject.upper(), "bold": True, "gap": 10.0},
                        {"text": f"Réf. : n° {number}"}], "Adopté à l'unanimité.")
    parts = deliberation_parts(specs)
    assert [p.metadata["number"] for p in parts] == numbers
    assert [p.metadata["subject"].lower() for p in parts] == [s.lower() for s in SUBJECTS]


OPENING = [
    {"text": "COMMUNE DE LIÉVIN"},
    {"text": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS", "bold": True, "gap": 6.0},
    {"text": "Séance du lundi 3 mars 2025 à 18 h 30", "gap": 6.0},
    {"text": "Sous la présidence de M. Paul ADAM, Maire.", "gap": 6.0},
]
DECISION = [
    {"text": "URB-2025-014 – Cession d'une parcelle rue Basly", "bold": True, "gap": 10.0},
    {"text": "Vu le Code général des collectivités territoriales,", "gap": 6.0},
    {"text": "Le Conseil municipal, après en avoir délibéré, à l'unanimité, ADOPTE les propositions.", "gap": 6.0},
]


def test_members_one_a_line_with_their_office_after_a_dash():
    """"Name – office" one a row; an office holding "et" is no list; a surname opening on a
    lower-case particle starts its own entry; proxies "X, représentée par Y" one a row."""
    specs = OPENING + [
        {"text": "Étaient présents :", "bold": True, "gap": 6.0},
        {"text": "M. Paul ADAM – Maire"},
        {"text": "Mme Irène BOYER – Maire-adjointe déléguée à l'urbanisme"},
        {"text": "M. Luc DURAND – Conseiller municipal délégué à la jeunesse et aux sports"},
        {"text": "du PLESSIS Jean – Deuxième adjoint"},
        {"text": "Mme Lise FAURE – Conseillère municipale"},
        {"text": "Absents excusés ayant donné pouvoir :", "bold": True, "gap": 6.0},
        {"text": "Mme Zoé LEROY, représentée par M. Paul ADAM"},
        {"text": "M. Marc BLANC, représenté par Mme Irène BOYER"},
        {"text": "Absents : M. Jean CARRE", "gap": 6.0},
    ] + DECISION
    md = deliberation_parts(specs)[0].metadata
    assert attendance(md) == (
        sorted(["Paul ADAM", "Irène BOYER", "Luc DURAND", "du PLESSIS Jean", "Lise FAURE"]),
        {("Zoé LEROY", "Paul ADAM"), ("Marc BLANC", "Irène BOYER")}, ["Jean CARRE"])


def test_a_group_row_qualified_in_brackets():
    specs = OPENING + [
        {"text": "Étaient présents :", "bold": True, "gap": 6.0},
        {"text": "Groupe « Agir ensemble » (majorité) : M. Paul ADAM, Mme Irène BOYER, M. Luc DURAND"},
        {"text": "Groupe « Demain, ensemble » : Mme Lise FAURE"},
    ] + DECISION
    md = deliberation_parts(specs)[0].metadata
    assert sorted(md["present"]) == sorted(["Paul ADAM", "Irène BOYER", "Luc DURAND", "Lise FAURE"])


@pytest.mark.parametrize("head", ["Appel des membres", "Présences :", "Membres du conseil :"])
def test_every_member_by_group_with_the_state_in_brackets(head):
    """Bold group headings on rows of their own, each member's state in brackets after the name."""
    specs = OPENING + [
        {"text": head, "bold": True, "gap": 6.0},
        {"text": "Groupe « Agir ensemble » (majorité)", "bold": True},
        {"text": "M. Paul ADAM, Mme Irène BOYER, M. Jean CARRE (pouvoir à M. Paul ADAM),"},
        {"text": "M. Luc DURAND (excusé), Mme Zoé LEROY."},
        {"text": "UNION DE LA GAUCHE", "bold": True},
        {"text": "Mme Lise FAURE, M. Marc BLANC (absent), Mme Anne PETIT (représentée par Mme Lise FAURE)."},
    ] + DECISION
    md = deliberation_parts(specs)[0].metadata
    assert attendance(md) == (
        sorted(["Paul ADAM", "Irène BOYER", "Zoé LEROY", "Lise FAURE"]),
        {("Jean CARRE", "Paul ADAM"), ("Luc DURAND", None), ("Anne PETIT", "Lise FAURE")}, ["Marc BLANC"])


@pytest.mark.parametrize("family", ["council_minutes", "board_deliberation"])
@pytest.mark.parametrize("text, expected", [
    ("Mis aux voix, le rapport est adopté par 27 voix contre 4 et 2 abstentions.", ("majority", 27, 4, 2)),
    ("Mis aux voix, le rapport est adopté par 30 voix contre 3.", ("majority", 30, 3, None)),
    ("Le Conseil municipal ADOPTE les propositions du rapporteur.\nOnt voté contre : M. Paul ROUX, "
     "Mme Anne PETIT (2)\nS'est abstenu : M. Luc DURAND (1)\nOnt voté pour : les autres membres présents "
     "et représentés (26)", ("majority", 26, 2, 1)),
    ("Le Conseil ADOPTE les propositions.\nGroupe « Agir ensemble » (24) : pour ; Groupe « Ville "
     "citoyenne » (4) : contre ; Groupe « Demain, ensemble » (3) : abstention.\nAdopté à la majorité.",
     ("majority", 24, 4, 3)),
    ("Le Conseil ADOPTE les propositions.\nGroupe « Agir ensemble » : pour ; Groupe « Ville citoyenne » : "
     "contre.\nAdopté à la majorité.", ("majority", None, None, None)),
])
def test_votes_of_the_tenth_draw(family, text, expected):
    vote = read_vote(text, _cfg(family))
    assert (vote.result, vote.for_, vote.against, vote.abstention) == expected


def test_members_marked_in_the_present_list_as_arriving_or_leaving_by_point():
    """"Mme X (à partir du point 2)" is away until item 2; "M. Y (jusqu'au point 2, puis pouvoir à
    Mme Z)" gives a proxy from item 3 on; a lower-case particle and a name the row's end cut
    ("LECLERCQ" / "Olivier (jusqu'au …)") are still the member."""
    specs = list(HEAD[:4]) + [
        {"text": "Présents : M. Paul ADAM, Mme Irène BOYER, Mme Claire d'ESTIENNE (à partir du point 2),",
         "gap": 6.0},
        {"text": "M. Luc DURAND, M. Olivier BERTIN, Mme Lise FAURE, Mme Anne PETIT, M. Marc BLANC, M. LECLERCQ"},
        {"text": "Olivier (jusqu'au point 2, puis pouvoir à Mme Irène BOYER)."},
    ]
    for k, subject in enumerate(SUBJECTS[:3]):
        specs += _item([{"text": f"FIN-2025-00{k + 1} – {subject}", "bold": True, "gap": 10.0}],
                       "Adopté à l'unanimité.")
    parts = deliberation_parts(specs)
    assert [p.metadata["number"] for p in parts] == ["FIN-2025-001", "FIN-2025-002", "FIN-2025-003"]
    base = ["Paul ADAM", "Irène BOYER", "Luc DURAND", "Olivier BERTIN", "Lise FAURE", "Anne PETIT", "Marc BLANC"]
    first, second, third = (attendance(p.metadata) for p in parts)
    assert first == (sorted(base + ["LECLERCQ Olivier"]), set(), ["Claire d'ESTIENNE"])
    assert second == (sorted(base + ["LECLERCQ Olivier", "Claire d'ESTIENNE"]), set(), [])
    assert third == (sorted(base + ["Claire d'ESTIENNE"]), {("LECLERCQ Olivier", "Irène BOYER")}, [])


def test_the_acts_number_beside_its_sitting_in_a_running_header_opens_no_item():
    """A one-page extract: "Délibération n° 34-2021 – Séance du 20/08/2021" heads the page (no
    second page shows it repeating), the act's own "Délibération n° 34-2021" / "OBJET : …" below
    the attendance; the subject is the object, the lists are read."""
    texts = ["Délibération n° 34-2021 – Séance du 20/08/2021", "COMMUNE DE NÎMES",
             "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS", "Vendredi 20 août 2021 – 18 h 00 – Mairie, salle d'honneur",
             "Convocation adressée le 12 août 2021 ; affichée le 13 août 2021.",
             "M. Marc ROCHE est désigné secrétaire de séance.",
             "Le Conseil municipal, légalement convoqué le 12 août 2021, s'est réuni en séance publique le",
             "20 août 2021 à 18 h 00, sous la présidence de Mme Chantal NGUYEN, Maire.",
             "Étaient présents :",
             "Groupe « Union de la gauche » (majorité) : NGUYEN Chantal, ROUX Isabelle, LE CORRE Jérôme",
             "Absents excusés : CARRÉ Mehdi",
             "Délibération n° 34-2021", "OBJET : Convention avec le Centre Communal d'Action Sociale",
             "Vu le Code général des collectivités territoriales,",
             "Le Conseil municipal, après en avoir délibéré, à l'unanimité des votants, ADOPTE les",
             "propositions du rapporteur."]
    bold = {1, 2, 8, 11, 12}
    specs = [{"text": t, "bold": k in bold, "gap": 6.0 if k in (1, 8, 11) else 0.0} for k, t in enumerate(texts)]
    specs[0]["x0"] = 300.0
    md = deliberation_parts(specs)[0].metadata
    assert (md["number"], md["subject"]) == ("34-2021", "Convention avec le Centre Communal d'Action Sociale")
    assert md["present"] == ["NGUYEN Chantal", "ROUX Isabelle", "LE CORRE Jérôme"]
    assert md["excused"] == [{"name": "CARRÉ Mehdi", "proxy_to": None}]


def test_a_thematic_code_after_n_degree_alone_on_its_line():
    specs = OPENING + [
        {"text": "Présents : M. Paul ADAM, Mme Irène BOYER.", "gap": 6.0},
        {"text": "N° URB/48", "bold": True, "gap": 10.0},
        {"text": "OBJET : Cession d'une parcelle rue Basly", "bold": True},
        {"text": "Vu le Code général des collectivités territoriales,", "gap": 6.0},
        {"text": "Le Conseil municipal, après en avoir délibéré, à l'unanimité, ADOPTE les propositions.",
         "gap": 6.0},
    ]
    md = deliberation_parts(specs)[0].metadata
    assert (md["number"], md["subject"]) == ("URB/48", "Cession d'une parcelle rue Basly")


def test_a_title_in_bold_capitals_right_under_a_list_ends_it():
    """The act's title in bold capitals set right under the absent list ("Monsieur Thierry
    LEFÈVRE" / "DÉSIGNATION DES REPRÉSENTANTS …" / "Réf. : n° 49-2011"): no member of the list."""
    specs = OPENING + [
        {"text": "Présents : M. Paul ADAM, Mme Irène BOYER, M. Luc DURAND.", "gap": 6.0},
        {"text": "Absents : Madame Marie-Christine LOPEZ, Madame Stéphanie BOULANGER, Monsieur Jean", "gap": 6.0},
        {"text": "LEFÈVRE"},
        {"text": "DÉSIGNATION DES REPRÉSENTANTS AU SEIN DES COMMISSIONS", "bold": True},
        {"text": "Réf. : n° 49-2011"},
        {"text": "Vu le Code général des collectivités territoriales,", "gap": 6.0},
        {"text": "Le Conseil municipal, après en avoir délibéré, à l'unanimité, ADOPTE les propositions.",
         "gap": 6.0},
    ]
    md = deliberation_parts(specs)[0].metadata
    assert md["absent"] == ["Marie-Christine LOPEZ", "Stéphanie BOULANGER", "Jean LEFÈVRE"]
    assert md["number"] == "49-2011"
