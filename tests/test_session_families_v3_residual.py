"""Session headers of generator2's deliberation3 / minutes3 / deliberation4 families that
still lost names (found on dev seeds 4352-4363, 5006-5023), each on a document built word
by word for the test, gold by construction: one member a row followed by their office,
a name grid whose last column holds one name, a roll-call table whose rows are padded
apart and which ends at a page's foot, a surname alone behind an elided particle, a
margin frame in small type beside a list's last row, a running line atop both pages of
a two-page extract."""

from __future__ import annotations

from convention_parser.structure.names import is_person
from convention_parser.structure.offices import is_office, office_tail_off
from convention_parser.text.furniture import split_furniture
from convention_parser.text.model import Page
from test_attendance_layouts import SIZE, _line, _metadata
from test_session_families3 import X_ABSENT, X_EXCUSED, X_NAME, X_PRESENT, X_PROXY, _roll_row


def test_one_member_a_row_with_their_office():
    """"Présents : Monsieur X, Maire" / "Madame Y, 1ère adjointe" / …, every row back at the
    label's margin: the comma brings an office, not the next member."""
    rows = ["Présents : Monsieur Julien WATTEZ, Maire", "Madame Corinne DURAND, 1ère adjointe",
            "Monsieur Loïc NICOLAS, conseiller délégué", "Monsieur Didier ROUSSEL, conseiller municipal",
            "Madame Anaïs PERRIN, vice-présidente", "Excusés : Monsieur Bruno GUÉRIN"]
    md = _metadata([_line(1, 120.0 + 22 * k, (68.0, t)) for k, t in enumerate(rows)], x=68.0)
    assert md["present"] == ["Julien WATTEZ", "Corinne DURAND", "Loïc NICOLAS", "Didier ROUSSEL", "Anaïs PERRIN"]
    assert md["excused"] == [{"name": "Bruno GUÉRIN", "proxy_to": None}]


def test_offices_alone():
    assert is_office("Maire") and is_office("1ère adjointe") and is_office("conseiller municipal")
    assert not is_office("Pierre MAIRE") and not is_office("Anne ROUX")
    assert office_tail_off("Madame Corinne DURAND, 1ère adjointe") == "Madame Corinne DURAND"
    assert office_tail_off("Madame Corinne DURAND, Monsieur Paul ROUX") == "Madame Corinne DURAND, Monsieur Paul ROUX"


def test_a_name_grid_filled_down_its_columns_the_last_one_holding_one_name():
    """Seven names in three columns, filled down: the third column starts on one row only,
    one column pitch right of the second."""
    cols = (85.0, 232.0, 379.0)
    grid = [("Claire MATHIEU", "Hervé LEFÈVRE", "Pauline MARTIN-DUPONT"),
            ("Antoine GUERIN", "Maxime CARPENTIER", None),
            ("Sébastien HADDAD", "Samira TRAN", None)]
    header = [_line(1, 100.0, (85.0, "Présidente : Claire MATHIEU")), _line(1, 122.0, (85.0, "Présents :"))]
    for k, row in enumerate(grid):
        header.append(_line(1, 142.0 + 22 * k, *[(x, t) for x, t in zip(cols, row) if t]))
    header.append(_line(1, 230.0, (85.0, "Absents excusés : Monique COUSIN, Youssef BERNARD")))
    md = _metadata(header, x=85.0)
    assert md["present"] == ["Claire MATHIEU", "Antoine GUERIN", "Sébastien HADDAD", "Hervé LEFÈVRE",
                             "Maxime CARPENTIER", "Samira TRAN", "Pauline MARTIN-DUPONT"]


def test_a_surname_alone_behind_an_elided_particle_is_a_person():
    assert is_person("D'HALLUIN") and is_person("d'ARGENT") and is_person("Paul d'ARGENT")
    assert not is_person("L'Agence") and not is_person("d'Halluin")


def test_a_roll_call_padded_apart_ending_at_a_pages_foot():
    """Rows padded four heights apart (no gap in it ends the table), the table running onto
    page 2 without its head and ending at that page's foot; page 3 opens with a heading,
    which is no line of the last member's name."""
    header = [_line(1, 500.0, (X_NAME, "Élus"), (X_PRESENT, "Présent"), (X_EXCUSED, "Excusé"),
                    (X_PROXY, "Pouvoir à"), (X_ABSENT, "Absent"))]
    members = [("Mme Catherine ANDRÉ", X_PRESENT, ""), ("Mme Caroline BAILLY", X_PRESENT, ""),
               ("M. Serge BERTRAND", X_ABSENT, ""), ("M. Philippe BLANC", X_PRESENT, ""),
               ("Mme Karine COLAS-ROY", X_EXCUSED, ""), ("M. Stéphane GUÉRIN", X_EXCUSED, "Mme Caroline BAILLY"),
               ("Mme Corinne COUSIN", X_PRESENT, ""), ("M. Michel HENRY", X_PRESENT, "")]
    y = 500.0
    for name, mark, holder in members[:5]:
        y += 30.0
        header.append(_roll_row(1, y, name, mark, holder))
    y = 40.0
    for name, mark, holder in members[5:]:
        y += 30.0
        header.append(_roll_row(2, y, name, mark, holder))
    header.append(_line(3, 60.0, (X_NAME, "ORDRE DU JOUR")))
    md = _metadata(header)
    assert md["present"] == ["Catherine ANDRÉ", "Caroline BAILLY", "Philippe BLANC", "Corinne COUSIN", "Michel HENRY"]
    assert md["excused"] == [{"name": "Karine COLAS-ROY", "proxy_to": None},
                             {"name": "Stéphane GUÉRIN", "proxy_to": "Caroline BAILLY"}]
    assert md["absent"] == ["Serge BERTRAND"]


def test_a_frames_label_in_small_type_beside_the_lists_last_row():
    """A margin frame in small type (17-132) beside the list (140-520): its "Nombre de
    membres en exercice :" stands beside the list's last row; the list does not widen back
    to the frame's text, which is no name."""
    body, right = 140.4, 520.0
    header = [_line(1, 160.0, (73.8, "Présents :"), (215.6, "Madame Annick CARON, Monsieur Marc ROUSSEAU, Madame",
                                                      SIZE, right)),
              _line(1, 171.4, (17.1, "Secrétariat Général", 7.5),
                    (body, "Marie MEUNIER, Monsieur Thierry MASSON, Monsieur Thierry VINCENT, Monsieur", SIZE, right)),
              _line(1, 182.3, (17.1, "Extrait du registre des", 7.5),
                    (body, "Julien DE LA ROCHE, Monsieur Bruno RENARD, Madame Gaëlle MEUNIER, Madame", SIZE, right)),
              _line(1, 189.0, (17.1, "délibérations", 7.5)),
              _line(1, 193.2, (body, "Catherine BERNARD, Madame Laurence RENARD, Monsieur Paul DUPUIS, Madame",
                               SIZE, right)),
              _line(1, 204.1, (17.1, "Nombre de membres en exercice :", 7.5),
                    (body, "Brigitte DAVID, Monsieur Régis BLANC et Monsieur Olivier DUMONT")),
              _line(1, 215.2, (17.1, "14", 7.5), (body, "Secrétaire de séance : Madame Brigitte DAVID"))]
    md = _metadata(header, x=73.8)
    assert md["present"] == ["Annick CARON", "Marc ROUSSEAU", "Marie MEUNIER", "Thierry MASSON", "Thierry VINCENT",
                             "Julien DE LA ROCHE", "Bruno RENARD", "Gaëlle MEUNIER", "Catherine BERNARD",
                             "Laurence RENARD", "Paul DUPUIS", "Brigitte DAVID", "Régis BLANC", "Olivier DUMONT"]


def test_a_running_line_atop_both_pages_of_a_two_page_extract():
    """The very same line atop both pages, right over the body (no gap: a list runs under it
    over the break), is a running header; a first line that differs stays body text."""
    names = ["DURAND Sébastien", "COQUELLE Jean-Baptiste", "GIRARD Mehdi", "BOUCHAREB Patrick", "ANDRÉ Myriam",
             "NGUYEN Joël"]

    def page(number: int, first: str) -> Page:
        p = Page(number=number, width=595.0, height=842.0)
        mine = names[3 * (number - 1):3 * number]
        p.lines = [_line(number, 38.6, (214.4, first))]
        p.lines += [_line(number, 50.0 + 15.5 * k, (204.2, t)) for k, t in enumerate(mine)]
        p.lines += [_line(number, 300.0, (62.5, f"Texte de la page {number} du document."))]
        return p
    running = "Commune de Saint-Nazaire - Conseil Municipal du 06/09/2016"
    pages = [page(1, running), page(2, running)]
    split_furniture(pages)
    assert [[ln.text for ln in p.header] for p in pages] == [[running], [running]]
    pages = [page(1, running), page(2, "DURAND Sébastien")]
    split_furniture(pages)
    assert [p.header for p in pages] == [[], []]


def test_a_roll_call_name_wrapped_at_a_line_spacing_of_one_and_a_half():
    """A name wrapped in its cell sits 22 pt under its row when rows are 26 pt apart: the
    wrapped given name is no heading under the table."""
    header = [_line(1, 265.0, (X_NAME, "Élus"), (X_PRESENT, "Présent"), (X_EXCUSED, "Excusé"),
                    (X_PROXY, "Pouvoir à"), (X_ABSENT, "Absent")),
              _roll_row(1, 291.0, "Monsieur BAILLY Mathieu", X_PRESENT),
              _roll_row(1, 317.0, "Monsieur BENALI-MOREAU", X_PRESENT),
              _roll_row(1, 339.0, "Daniel"),
              _roll_row(1, 365.0, "Madame COLAS-ROY Stéphanie", X_ABSENT),
              _roll_row(1, 391.0, "Madame DAVID Virginie", X_EXCUSED, "Madame"),
              _roll_row(1, 413.0, "", 0.0, "ROUX Hélène"),
              _roll_row(1, 439.0, "Madame ROUX Hélène", X_PRESENT)]
    md = _metadata(header)
    assert md["present"] == ["BAILLY Mathieu", "BENALI-MOREAU Daniel", "ROUX Hélène"]
    assert md["excused"] == [{"name": "DAVID Virginie", "proxy_to": "ROUX Hélène"}]
    assert md["absent"] == ["COLAS-ROY Stéphanie"]


def test_a_label_at_the_margin_under_a_list_set_beside_a_frame():
    """A frame in small type at the left margin; "Présents :" set right of it, its entries one
    a row at a tab stop; under the frame, "Excusés :" back at the margin with its first entry
    at the same tab stop: a field of its own, not a margin label beside the present list."""
    tab = 198.6
    header = [_line(1, 146.6, (17.1, "Direction Générale des Services", 7.5)),
              _line(1, 162.1, (17.1, "Extrait du registre des", 7.5)),
              _line(1, 163.0, (123.4, "Présents :"), (tab, "M. Olivier ARNAUD")),
              _line(1, 175.0, (17.1, "délibérations", 7.5))]
    names = ["Mme Marie BOUCHAREB", "M. Ludovic SANCHEZ", "M. Pierre LE BIHAN", "M. Julien HADDAD"]
    header += [_line(1, 179.7 + 16.4 * k, (tab, n)) for k, n in enumerate(names)]
    header += [_line(1, 188.1, (17.1, "Acte n° 2019/71", 7.5))]
    excused = ["Mme Julie MEUNIER (pouvoir à M. Julien HADDAD)", "M. Yves OUDART (pouvoir à M. Pierre LE BIHAN)",
               "Mme Pauline MOREAU"]
    top = 179.7 + 16.4 * len(names)
    header += [_line(1, top, (56.8, "Excusés :"), (tab, excused[0]))]
    header += [_line(1, top + 16.4 * k, (tab, e)) for k, e in enumerate(excused) if k]
    header += [_line(1, top + 16.4 * len(excused), (56.8, "Secrétaire :"), (tab, "M. Julien HADDAD"))]
    header.sort(key=lambda ln: ln.top)
    md = _metadata(header, x=56.8)
    assert md["present"] == ["Olivier ARNAUD", "Marie BOUCHAREB", "Ludovic SANCHEZ", "Pierre LE BIHAN", "Julien HADDAD"]
    assert md["excused"] == [{"name": "Julie MEUNIER", "proxy_to": "Julien HADDAD"},
                             {"name": "Yves OUDART", "proxy_to": "Pierre LE BIHAN"},
                             {"name": "Pauline MOREAU", "proxy_to": None}]


def test_an_item_number_atop_each_page_is_no_page_number():
    """Minutes setting one item a page open pages 2-4 with the item's bare number right above
    its title in capitals ("17" / "VOTE DES TAUX …"): the numbers stay in the body; a page
    number printed atop the page, centred over body text, is still furniture."""
    def page(number: int, first: list) -> Page:
        p = Page(number=number, width=595.0, height=842.0)
        p.lines = first + [_line(number, 300.0 + 14 * k, (60.0, f"Texte {k} de la page {number} du document."))
                           for k in range(3)]
        p.lines += [_line(number, 800.0, (280.0, f"Page {number} / 4"))]
        return p
    titles = ["VOTE DES TAUX D'IMPOSITION 2024", "TARIFS DE LA RESTAURATION SCOLAIRE", "CESSION D'UNE PARCELLE"]
    pages = [page(1, [_line(1, 60.0, (60.0, "PROCES-VERBAL DU CONSEIL MUNICIPAL"))])]
    pages += [page(k + 2, [_line(k + 2, 60.0, (60.0, str(17 + k))), _line(k + 2, 78.0, (60.0, titles[k]))])
              for k in range(3)]
    split_furniture(pages)
    assert [p.lines[0].text for p in pages[1:]] == ["17", "18", "19"]
    assert all(p.footer for p in pages)
    pages = [page(k + 1, [_line(k + 1, 40.0, (290.0, str(k + 1))), _line(k + 1, 78.0, (60.0, "LE CONSEIL MUNICIPAL"))])
             for k in range(4)]
    split_furniture(pages)
    assert [[ln.text for ln in p.header] for p in pages] == [["1"], ["2"], ["3"], ["4"]]


def test_proxies_after_a_tab_stop_wrapping_right_after_their_verb():
    """"Excusés ayant donné pouvoir :<tab>X" / "donne procuration à Y" / "<tab>Z donne" /
    "procuration à W": each entry opens at the tab stop and wraps back to the margin right
    after its verb."""
    rows = [((178.7, "Excusés ayant donné pouvoir :"), (394.7, "BOYER Maryse")),
            ((178.7, "donne procuration à LEMAIRE Samira"),),
            ((320.5, "DUVAL-CARON Gaëlle donne"),), ((178.7, "procuration à DHAINAUT Gaëlle"),),
            ((320.5, "VINCENT Marc donne"),), ((178.7, "procuration à LOPEZ Bruno"),),
            ((178.7, "M. Pascal OUDART a été désigné secrétaire de séance."),)]
    header = [_line(1, 120.0, (178.7, "Présents : LEMAIRE Samira, DHAINAUT Gaëlle, LOPEZ Bruno"))]
    header += [_line(1, 140.0 + 16.7 * k, *chunks) for k, chunks in enumerate(rows)]
    md = _metadata(header, x=178.7)
    assert md["excused"] == [{"name": "BOYER Maryse", "proxy_to": "LEMAIRE Samira"},
                             {"name": "DUVAL-CARON Gaëlle", "proxy_to": "DHAINAUT Gaëlle"},
                             {"name": "VINCENT Marc", "proxy_to": "LOPEZ Bruno"}]


def test_a_holders_cell_wrapped_over_the_page_break():
    """The last row of page 1 holds a proxy whose holder's name wraps in its cell ("Mme" /
    "NICOLAS"), its last line ("Nathalie") opening page 2 alone in the proxy column; the
    table goes on under it."""
    header = [_line(1, 500.0, (X_NAME, "Élus"), (X_PRESENT, "Présent"), (X_EXCUSED, "Excusé"),
                    (X_PROXY, "Pouvoir à"), (X_ABSENT, "Absent"))]
    y = 500.0
    for name in ("Mme Nathalie NICOLAS", "M. Philippe PAQUET"):
        y += 15.0
        header.append(_roll_row(1, y, name, X_PRESENT, ""))
    header.append(_roll_row(1, y + 15.0, "Mme Céline RICHARD", X_EXCUSED, "Mme"))
    header.append(_line(1, y + 27.0, (X_PROXY, "NICOLAS")))
    header.append(_line(2, 60.0, (X_PROXY, "Nathalie")))
    header.append(_roll_row(2, 75.0, "M. Benoît PETIT", X_PRESENT, ""))
    md = _metadata(header)
    assert md["excused"] == [{"name": "Céline RICHARD", "proxy_to": "NICOLAS Nathalie"}]    # as printed
    assert md["present"] == ["Nathalie NICOLAS", "Philippe PAQUET", "Benoît PETIT"]
