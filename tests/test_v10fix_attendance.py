"""Attendance and chair the tenth and ninth draws' documents still lost on dev seeds (issue 11),
each on a document built for the test (no PDF), gold by construction: a group's name holding a
comma without quotes ("DEMAIN, ENSEMBLE : …"), an office wrapped after its dash to the next row,
the chair signing under a title naming the body ("Le Président du Conseil départemental"), a
list's last name wrapped in capitals over a title in capitals."""

from __future__ import annotations

import pytest

from fixtures.structure.deliberations import attendance, deliberation_parts


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


@pytest.mark.parametrize("label", ["DEMAIN, ENSEMBLE", "Groupe Demain, ensemble", "Liste Lens, notre ville"])
@pytest.mark.parametrize("civility", [True, False])
def test_a_group_name_holding_a_comma_unquoted(label, civility):
    """A group's label with a comma and no quotes opens its row of members: the members are
    persons, in either order of names, and the label is none of them."""
    first, second = ("Mme Irène BOYER, M. Luc DURAND", "Mme Lise FAURE, M. Marc des ROSIERS") if civility \
        else ("BOYER Irène, DURAND Luc", "FAURE Lise, des ROSIERS Marc")
    specs = OPENING + [
        {"text": "Étaient présents :", "bold": True, "gap": 6.0},
        {"text": f"AGIR ENSEMBLE : {'M. Paul ADAM' if civility else 'ADAM Paul'}, {first}"},
        {"text": f"{label} : {second}"},
        {"text": "Absents excusés : M. Jean CARRE", "gap": 6.0},
    ] + DECISION
    present, excused, absent = attendance(deliberation_parts(specs)[0].metadata)
    names = ["Paul ADAM", "Irène BOYER", "Luc DURAND", "Lise FAURE", "Marc des ROSIERS"] if civility \
        else ["ADAM Paul", "BOYER Irène", "DURAND Luc", "FAURE Lise", "des ROSIERS Marc"]
    assert present == sorted(names)
    assert excused == {("Jean CARRE", None)}


@pytest.mark.parametrize("office", ["Conseillère départementale",
                                    "Conseillère départementale déléguée à la jeunesse et aux sports"])
def test_an_office_wrapped_after_its_dash_to_the_next_row(office):
    """"Madame X (jusqu'au point 2, puis pouvoir à Mme Y) –" / "Conseillère départementale": the
    dash left at the row's end separates no entry, an "et" in the office no entries either; the
    members are still one a row."""
    specs = OPENING + [
        {"text": "Présents :", "bold": True, "gap": 6.0},
        {"text": "Monsieur ADAM Paul – Président du Conseil départemental"},
        {"text": "Madame BOYER Irène – Conseillère départementale"},
        {"text": "Madame CARRÉ Isabelle (jusqu'au point 2, puis pouvoir à Mme Irène BOYER) –"},
        {"text": office},
        {"text": "Monsieur DURAND Luc – Conseiller départemental"},
        {"text": "Madame FAURE Lise – Conseillère départementale"},
        {"text": "Absents : Monsieur BLANC Marc", "gap": 6.0},
    ] + DECISION
    present, excused, absent = attendance(deliberation_parts(specs)[0].metadata)
    assert present == sorted(["ADAM Paul", "BOYER Irène", "CARRÉ Isabelle", "DURAND Luc", "FAURE Lise"])
    assert absent == ["BLANC Marc"]


@pytest.mark.parametrize("title, name", [("Le Président du Conseil départemental,", "M. Cédric MATHIEU"),
                                         ("La Présidente de la Communauté,", "Mme Céline LEROY"),
                                         ("Le Maire,", "M. Cédric MATHIEU")])
def test_the_chair_signing_under_a_title_that_names_the_body(title, name):
    """The chair named only in the signature block, beside the secretary's."""
    specs = OPENING[:3] + [
        {"text": "Présents : M. Cédric MATHIEU, Mme Céline LEROY, Mme Marie SANCHEZ.", "gap": 6.0},
    ] + DECISION + [
        {"text": "Fait à Lens, le 4 mars 2025.", "gap": 6.0},
        {"text": f"La secrétaire de séance,\t\t{title}", "gap": 6.0},
        {"text": "Mme Marie SANCHEZ\t\t\t" + name},
    ]
    md = deliberation_parts(specs)[0].metadata
    assert md["president"] == name.split(" ", 1)[1]


def test_a_lists_last_name_wrapped_in_capitals_over_a_title_in_capitals():
    """"…, Mme Brigitte LE" / "BIHAN" / "RÉNOVATION DU GROUPE SCOLAIRE" / "Réf. : …": the
    wrapped surname ends the absent list, it is neither the title's first row nor a theme."""
    specs = [
        {"text": "GRAND AVIGNON"},
        {"text": "PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE", "bold": True, "gap": 6.0},
        {"text": "Séance du 31 mars 2013 à 18 h 30", "gap": 6.0},
        {"text": "Présents : M. Paul ADAM, Mme Irène BOYER, M. Luc DURAND.", "gap": 6.0},
        {"text": "Absents non excusés : M. Jean-Michel LAURENT, Mme Véronique du PLESSIS, Mme Brigitte LE",
         "gap": 6.0},
        {"text": "BIHAN"},
    ]
    subjects = ["RÉNOVATION ÉNERGÉTIQUE DU GROUPE SCOLAIRE", "ACQUISITION AMIABLE D'UN IMMEUBLE"]
    for k, subject in enumerate(subjects):
        specs += [{"text": subject, "bold": True, "gap": 10.0 if k else 0.0},
                  {"text": f"Réf. : TRX-2013-01{k}"},
                  {"text": "Vu le Code général des collectivités territoriales,", "gap": 6.0},
                  {"text": "Le Conseil, après en avoir délibéré, à l'unanimité, ADOPTE les propositions.",
                   "gap": 6.0}]
    # The rows' glyph boxes three fifths of the line pitch, as a 9 pt type's at 13.7 pt leading.
    parts = deliberation_parts([{**s, "size": 7.0} for s in specs])
    assert [(p.metadata["number"], p.metadata["subject"]) for p in parts] == \
        [("TRX-2013-010", subjects[0]), ("TRX-2013-011", subjects[1])]
    for p in parts:
        assert sorted(p.metadata["absent"]) == ["Brigitte LE BIHAN", "Jean-Michel LAURENT", "Véronique du PLESSIS"]


@pytest.mark.parametrize("bold", [True, False])
def test_a_title_in_capitals_under_the_excused_list_names_nobody(bold):
    """Names right under the excused list without a label of their own are read; a title in
    capitals there ("MISE À JOUR DU RÉGIME INDEMNITAIRE (RIFSEEP)" / "Réf. : n° 52-2020") is none."""
    specs = OPENING + [
        {"text": "Présents :", "bold": True, "gap": 6.0},
        {"text": "Groupe « Vivre notre ville » (majorité) : M. Paul ADAM, Mme Irène BOYER, M. Luc DURAND"},
        {"text": "Pouvoirs :", "bold": True, "gap": 6.0},
        {"text": "pouvoir de M. Maxime GARCIA à M. Paul ADAM"},
        {"text": "Absents excusés : Mme Marie-Laure HOARAU, M. Jérôme de la GRANGE"},
        {"text": "MISE À JOUR DU RÉGIME INDEMNITAIRE (RIFSEEP)", "bold": bold, "gap": 24.0},
        {"text": "Réf. : n° 52-2020", "gap": 8.0},
        {"text": "Vu le Code général des collectivités territoriales,", "gap": 6.0},
        {"text": "Le Conseil municipal, après en avoir délibéré, à l'unanimité, ADOPTE les propositions.", "gap": 6.0},
    ]
    md = deliberation_parts(specs)[0].metadata
    assert (md["number"], md["absent"]) == ("52-2020", [])
    assert attendance(md)[1] == {("Maxime GARCIA", "Paul ADAM"), ("Marie-Laure HOARAU", None),
                                  ("Jérôme de la GRANGE", None)}


def _coded(name: str, code: str) -> dict:
    """"NAME ........ CODE": the dot leader a word of its own, the code at the right."""
    return {"text": f"{name} {'.' * (60 - len(name) - len(code))} {code}"}


def test_a_roll_call_by_codes_ends_at_its_last_member_over_a_page_break():
    """The last member gave a proxy ("PV à Mme N'DIAYE Christine"); the vote table atop the
    next page ("Votants | Exprimés | Pour | Contre | Abstentions") is no piece of that member."""
    specs = [
        {"text": "Métropole Européenne de Lille"},
        {"text": "Séance du lundi 10 juin 2013 à 17 h 15", "gap": 6.0},
        {"text": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE", "bold": True, "gap": 6.0},
        {"text": "Présidence : Mme Fatima PRÉVOST, Présidente", "gap": 6.0},
        {"text": "Présences :", "gap": 6.0},
        {"text": "P : présent(e) – E : excusé(e) – A : absent(e) – PV : a donné pouvoir"},
        _coded("BARBIER Karim", "PV à Mme ROUSSEL Virginie"),
        _coded("CARON Véronique", "P"),
        _coded("PRÉVOST Fatima", "P"),
        _coded("ROUSSEL Virginie", "P"),
        _coded("TRAORÉ Julien", "E"),
        _coded("N'DIAYE Christine", "P"),
        _coded("WALLART Gérard", "P"),
        _coded("WALLART Véronique", "PV à Mme N'DIAYE Christine"),
        {"text": "Secrétaire de séance : M. Gérard WALLART", "gap": 30.0},
        {"text": "2013-DCM-002 – Adoption du règlement intérieur du conseil", "bold": True, "gap": 6.0},
        {"text": "Vu le Code Général des Collectivités Territoriales,", "gap": 6.0},
        {"text": "Le Conseil communautaire, après en avoir délibéré, ADOPTE les propositions du rapporteur.",
         "gap": 6.0},
        # (its last head falls in the roll call's code column, the others left of it)
        {"text": "Votants Exprimés Pour Contre\t\t\tAbstentions", "page": 2, "table_id": "t1"},
        {"text": "6 6 6 0\t\t\t0", "page": 2, "table_id": "t1"},
        {"text": "Adopté à l'unanimité.", "page": 2, "gap": 6.0},
    ]
    md = deliberation_parts(specs)[0].metadata
    assert attendance(md) == (
        sorted(["CARON Véronique", "PRÉVOST Fatima", "ROUSSEL Virginie", "N'DIAYE Christine", "WALLART Gérard"]),
        {("BARBIER Karim", "ROUSSEL Virginie"), ("TRAORÉ Julien", None), ("WALLART Véronique", "N'DIAYE Christine")},
        [])


@pytest.mark.parametrize("closing", ["Fait à Lens, le 4 mars 2025.", "Pour extrait conforme,"])
def test_the_chairs_name_under_its_title_over_a_page_break(closing):
    """"Le Maire," at the foot of a page, "M. Nicolas COQUELLE" atop the next one (the decision
    read as ending with its page: "Pour extrait conforme," closes it)."""
    specs = OPENING[:3] + [
        {"text": "Présents : M. Nicolas COQUELLE, Mme Céline LEROY, Mme Marie SANCHEZ.", "gap": 6.0},
    ] + DECISION + [
        {"text": closing, "gap": 6.0},
        {"text": "\t\t\t\t\t\t\t\t\t\t\tLe Maire,", "gap": 6.0},
        {"text": "\t\t\t\t\t\t\t\t\t\t\tM. Nicolas COQUELLE", "page": 2},
        {"text": "Transmis au contrôle de légalité le 07/04/2025 – Publié le 08/04/2025", "page": 2, "gap": 12.0},
    ]
    assert deliberation_parts(specs)[0].metadata["president"] == "Nicolas COQUELLE"


@pytest.mark.parametrize("rows, present, count", [
    (["Présents : M. Paul ADAM , Mme Irène BOYER ,M. Luc DURAND,Mme Lise FAURE ."],
     ["Paul ADAM", "Irène BOYER", "Luc DURAND", "Lise FAURE"], None),
    (["Présents : ADAM Paul, BOYER Irène, DURAND Luc, FAURE Lise."], ["ADAM Paul", "BOYER Irène", "DURAND Luc", "FAURE Lise"], None),
    (["Présents : MM. Paul ADAM et Luc DURAND, Mmes Irène BOYER et Lise FAURE."],
     ["Paul ADAM", "Luc DURAND", "Irène BOYER", "Lise FAURE"], None),
    (["Présents : M. Paul ADAM, Mme Irène BOYER, M. Luc DURAND, Mme Lise FAURE (4)"],
     ["Paul ADAM", "Irène BOYER", "Luc DURAND", "Lise FAURE"], 4),
    (["Présents : M. Paul ADAM, Mme Irène BOYER-", "MARTIN, M. Luc DURAND, Mme Lise FAURE."],
     ["Paul ADAM", "Irène BOYER-MARTIN", "Luc DURAND", "Lise FAURE"], None),
    (["Présents : M. Paul ADAM, Mme/M. Irène BOYER, M./Mme Luc DURAND, Mme Lise FAURE."],
     ["Paul ADAM", "Irène BOYER", "Luc DURAND", "Lise FAURE"], None),
], ids=["stray-spaces", "NOM-Prénom", "MM-Mmes", "count-after", "line-end-hyphen", "slash-civility"])
def test_present_lists_written_every_way(rows, present, count):
    """Stray spaces around commas, "NOM Prénom", plural civilities, a count closing the list, a
    compound cut at its hyphen by the line's end, civilities joined by a slash; proxies
    "représenté(e) par" in a comma list and in brackets."""
    specs = OPENING + [{"text": rows[0], "gap": 6.0}] + [{"text": r} for r in rows[1:]] + [
        {"text": "Excusés : Mme Zoé LEROY, représenté(e) par M. Paul ADAM ; M. Marc BLANC (représenté par "
                 "Mme Irène BOYER)", "gap": 6.0}] + DECISION
    md = deliberation_parts(specs)[0].metadata
    assert (md["present"], md["present_count"]) == (present, count)
    assert attendance(md)[1] == {("Zoé LEROY", "Paul ADAM"), ("Marc BLANC", "Irène BOYER")}


def test_a_roll_call_of_ticks_whose_names_wrap_at_the_rows_pitch():
    """Names wrapped in their cell, the next line at the pitch of the table's rows (no padding):
    "M. Christophe DUVAL-" / "CARON" (cut at its hyphen) and "Mme Marie-France" / "SANCHEZ" (no
    surname yet) carry on; the members after them are read."""
    from convention_parser.text.model import Document, Page
    from fixtures.structure.build import line

    size, step = 5.8, 12.0          # glyph boxes half the pitch, as 9 pt type at 17.5 pt
    cols = {"name": 50.0, "present": 200.0, "excused": 240.0, "absent": 280.0}
    rows = [("Membres", ["Présent", "Excusé", "Absent"]), ("M. Laurent BARBIER", "present"),
            ("M. Christophe DUVAL-", "present"), ("CARON", None), ("Mme Émilie DUVAL", "present"),
            ("Mme Marie-France", "excused"), ("SANCHEZ", None), ("M. Jean-Pierre TESSIER", "present"),
            ("Mme Valérie TRAN", "absent"), ("M. Alain WATTEZ", "present")]
    lines, top = [], 60.0
    for text in ["MAIRIE DE CORTE", "PROCÈS-VERBAL DU CONSEIL MUNICIPAL", "Séance du 15 août 2012",
                 "Le Conseil Municipal s'est réuni sous la présidence de M. Laurent BARBIER, Maire.",
                 "Membres du conseil :"]:
        lines.append(line(text, top=top, size=size))
        top += step * 1.5
    for name, state in rows:
        lines.append(line(name, top=top, x0=cols["name"], size=size))
        if isinstance(state, list):
            lines += [line(h, top=top, x0=cols[k], size=size) for h, k in zip(state, ["present", "excused", "absent"])]
        elif state:
            lines.append(line("✓", top=top, x0=cols[state], size=size))
        top += step
    top += step
    for text in ["Secrétaire de séance : M. Alain WATTEZ", "CM20120815-49 – Rapport de la Commission Locale",
                 "Le Conseil municipal, après en avoir délibéré, à l'unanimité, ADOPTE les propositions."]:
        lines.append(line(text, top=top, size=size, bold=text.startswith("CM")))
        top += step * 1.5
    doc = Document(path="<built>", pages=[Page(number=1, width=595.0, height=842.0, lines=lines)])
    md = deliberation_parts(doc)[0].metadata
    assert attendance(md) == (
        sorted(["Laurent BARBIER", "Christophe DUVAL-CARON", "Émilie DUVAL", "Jean-Pierre TESSIER", "Alain WATTEZ"]),
        {("Marie-France SANCHEZ", None)}, ["Valérie TRAN"])


def test_a_roll_call_going_on_overleaf_under_the_rest_of_an_office_cell():
    """The last member of a page has the end of its office cell atop the next page
    ("Conseillère" / page break / "communautair" / "e"); the table goes on under it."""
    from convention_parser.text.model import Document, Page
    from fixtures.structure.build import line

    cols = (60.0, 220.0, 330.0)
    pages: dict[int, list] = {1: [], 2: []}
    top = 60.0
    for text in ["MÉTROPOLE DE LYON", "Procès-verbal de la séance du Conseil communautaire",
                 "Séance du 3 novembre 2015", "Présences :",
                 "P : présent(e) – E : excusé(e) – A : absent(e) – PV : a donné pouvoir"]:
        pages[1].append(line(text, top=top))
        top += 18.0

    def row(page: int, cells: tuple[str, str, str]) -> None:
        nonlocal top
        pages[page] += [line(t, page=page, top=top, x0=x) for t, x in zip(cells, cols) if t]
        top += 14.0
    row(1, ("Prénom Nom", "Fonction", "Présence"))
    for name in ["Yves COUSIN", "Monique BOYER"]:
        row(1, (name, "Conseillère", "P"))
        row(1, ("", "communautaire", ""))
    row(1, ("Laurence MASSON", "Conseillère", "E"))
    top = 60.0
    row(2, ("", "communautair", ""))     # (the cell's narrow column breaks the word too)
    row(2, ("", "e", ""))
    row(2, ("Jean-Marc ANDRÉ", "Conseiller", "PV à Mme Monique BOYER"))
    row(2, ("", "communautaire", ""))
    row(2, ("Pierre LECLERCQ", "Conseiller", "A"))
    top += 20.0
    for text in ["Secrétaire de séance : M. Yves COUSIN", "D2015_111 – Rapport de la Commission Locale",
                 "Le Conseil, après en avoir délibéré, à l'unanimité, ADOPTE les propositions."]:
        pages[2].append(line(text, page=2, top=top, bold=text.startswith("D2015")))
        top += 18.0
    doc = Document(path="<built>", pages=[Page(number=n, width=595.0, height=842.0, lines=ls) for n, ls in pages.items()])
    md = deliberation_parts(doc)[0].metadata
    assert attendance(md) == (["Monique BOYER", "Yves COUSIN"],
                               {("Laurence MASSON", None), ("Jean-Marc ANDRÉ", "Monique BOYER")}, ["Pierre LECLERCQ"])
