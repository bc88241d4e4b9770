"""Session headers of the families generator2's kinds deliberation3 / minutes3 draw
(seen on dev seeds 4300-4349), each on a document built word by word for the test, gold
by construction: a roll-call table (roll_call.py), names in a borderless grid under
their label (name_grid.py), names followed by their office (offices.py) with a count
after the list, labelled and spelled-out session dates, and the chair's phrasings."""

from __future__ import annotations

import pytest

from convention_parser.rules import load_rules
from convention_parser.structure.deliberation import session_date
from convention_parser.structure.family import compile_family
from test_attendance_layouts import _line, _metadata

X_NAME, X_PRESENT, X_EXCUSED, X_PROXY, X_ABSENT = 110.0, 300.0, 360.0, 420.0, 500.0


def _roll_row(page: int, top: float, name: str = "", mark: float = 0.0, holder: str = "", **kw):
    chunks = [(X_NAME, name)] if name else []
    if mark:
        chunks.append((mark, "X"))
    if holder:
        chunks.append((X_PROXY, holder))
    return _line(page, top, *chunks, **kw)


@pytest.mark.parametrize("table_id, margin", [(None, False), ("t1", False), ("t1", True)])
def test_a_roll_call_table_one_row_per_member(table_id, margin):
    """"Élus | Présent | Excusé | Pouvoir à | Absent", a cross per member, the holder of a proxy
    in its column wrapped over the cell's lines (down to a lone letter of a word the narrow
    cell broke: "MEUNIE" / "R"), a name wrapped in its cell ("Madame Virginie BENALI-" /
    "MOREAU", "Madame Marie-France" / "DHAINAUT"), the head's "Pouvoir à" wrapped too; ruled
    (a table) or not; a margin column in small type beside it keeps its own fields. The heads
    are no fields, the crosses no names, the caption no subject."""
    kw = {"table_id": table_id}
    top = 120.0
    header = [_line(1, top, (X_NAME, "Etat des présences :")),
              _line(1, top + 20, (X_NAME, "Élus"), (X_PRESENT, "Présent"), (X_EXCUSED, "Excusé"),
                    (X_PROXY, "Pouvoir"), (X_ABSENT, "Absent"), **kw),
              _line(1, top + 32, (X_PROXY, "à"), **kw)]
    # (name, cross, holder): a row of its own (a member), or the cell's next line.
    rows = [("Monsieur Joël BRUNET", X_EXCUSED, "Monsieur"), ("", 0.0, "Gaëtan"), ("", 0.0, "MEUNIE"),
            ("", 0.0, "R"),
            ("Madame Virginie BENALI-", X_PRESENT, ""), ("MOREAU", 0.0, ""),
            ("Monsieur Gaëtan MEUNIER", X_PRESENT, ""),
            ("Madame Marie-France", X_PRESENT, ""), ("DHAINAUT", 0.0, ""),
            ("Monsieur Franck GUÉRIN", X_EXCUSED, ""),
            ("Madame Julie LOPEZ", X_ABSENT, "")]
    y = top + 32
    for name, mark, holder in rows:
        y += 20 if mark else 12
        header.append(_roll_row(1, y, name, mark, holder, **kw))
    if margin:      # beside the table's first member rows
        header += [_line(1, top + 52 + 12 * k, (2.0, text, 7.0)) for k, text in
                   enumerate(["Membres", "en exercice : 6", "Présents : 3"])]
    md = _metadata(header)
    if margin:
        assert md["present_count"] == 3
    assert md["present"] == ["Virginie BENALI-MOREAU", "Gaëtan MEUNIER", "Marie-France DHAINAUT"]
    assert md["excused"] == [{"name": "Joël BRUNET", "proxy_to": "Gaëtan MEUNIER"},
                             {"name": "Franck GUÉRIN", "proxy_to": None}]
    assert md["absent"] == ["Julie LOPEZ"]


def test_names_in_a_borderless_grid_under_their_label():
    """"Présents :" alone, then three columns of names: wrapped cells ("Mme Gaëlle LAURENT-" /
    "PERRIN", "Mme Marie-Claude" / "BERNARD") under rows set without spacing; and the same
    grid in "NOM Prénom" order, its cells justified (a cell's words stretched to the next
    column: "Madame DUPUIS" / "Monique"), its rows spaced apart."""
    cols = (80.0, 230.0, 380.0)
    plain = [("M. Mehdi GIRARD", "Mme Gaëlle LAURENT-", "M. Christophe FAURE"),
             ("", "PERRIN", ""),
             ("M. Loïc DHAINAUT", "M. Gérard CARRÉ", "Mme Marie-Claude"),
             ("", "", "BERNARD"),
             ("Mme Catherine LOPEZ", "M. Karim LEFEBVRE", "")]
    header = [_line(1, 120.0, (80.0, "Etaient présents :"))]
    header += [_line(1, 136.0 + 14 * k, *[(x, t) for x, t in zip(cols, row) if t]) for k, row in enumerate(plain)]
    header.append(_line(1, 230.0, (80.0, "Excusés : Mme Béatrice DUFLOS")))
    md = _metadata(header)
    assert sorted(md["present"]) == sorted(["Mehdi GIRARD", "Gaëlle LAURENT-PERRIN", "Christophe FAURE",
                                            "Loïc DHAINAUT", "Gérard CARRÉ", "Marie-Claude BERNARD",
                                            "Catherine LOPEZ", "Karim LEFEBVRE"])
    assert md["excused"] == [{"name": "Béatrice DUFLOS", "proxy_to": None}]

    # Justified cells, rows 14 pt apart inside a cell and 36 pt between the grid's rows.
    cells = [[("Madame DUPUIS", "Monique"), ("Monsieur GIRARD Daniel",), ("Madame TRAN Monique",)],
             [("Madame LECOMTE", "Françoise"), ("Madame ROUSSEAU", "Claire"), ("Monsieur DENIS Noël",)]]
    header = [_line(1, 120.0, (80.0, "PRÉSENTS :"))]
    top = 140.0
    for grid_row in cells:
        for line_no in range(2):
            chunks = []
            for x, cell in zip(cols, grid_row):
                if line_no < len(cell):
                    text = cell[line_no]
                    if len(cell) > 1 and line_no == 0:
                        # The first line of a two-line cell, justified: its last word ends at the
                        # column's end, a few points from the next column.
                        first, last = text.split()
                        chunks += [(x, first), (x + 145.0 - 5.0 * len(last), last)]
                    else:
                        chunks.append((x, text))
            if chunks:
                header.append(_line(1, top + 14 * line_no, *chunks))
        top += 36
    md = _metadata(header)
    assert sorted(md["present"]) == sorted(["DUPUIS Monique", "GIRARD Daniel", "TRAN Monique",
                                            "LECOMTE Françoise", "ROUSSEAU Claire", "DENIS Noël"])

    # The label indented by a tab stop, a margin column's rows in small type under it, the
    # grid set lower at the body's margin, left of its label.
    header = [_line(1, 120.0, (200.0, "Présents (5) :"))]
    header += [_line(1, 134.0 + 11 * k, (2.0, t, 7.0)) for k, t in enumerate(["Acte n° 7", "Présents : 5"])]
    header += [_line(1, 164.0 + 14 * k, *[(x, t) for x, t in zip(cols, row) if t])
               for k, row in enumerate([("Monsieur ROBERT", "Monsieur CARON Joël", "Madame ROUSSEL"),
                                        ("Guillaume", "", "Françoise"),
                                        ("Madame MASSON Nadia", "Madame THOMAS Anne", "")])]
    md = _metadata(header)
    assert sorted(md["present"]) == sorted(["ROBERT Guillaume", "CARON Joël", "ROUSSEL Françoise",
                                            "MASSON Nadia", "THOMAS Anne"])


def test_names_followed_by_their_office_and_a_count_after_the_list():
    """"M. Jean DUPONT, Maire, Mme Claire PETIT, 1ère adjointe, …" running on with a count
    in brackets after the list; and one "Name, office" a row at a tab stop (the rows join
    into "DUPUIS, Maire Hélène LAMBERT, 1ère adjointe Nathalie FRANÇOIS"): offices are no
    people, and no part of the next name."""
    header = [_line(1, 120.0, (50.0, "Présents : M. Jean DUPONT, Maire, Mme Claire PETIT, 1ère adjointe, M. Paul")),
              _line(1, 134.0, (50.0, "ROUX, conseiller délégué, Mme Anne DE LA ROCHE, adjointe au maire (4)"))]
    md = _metadata(header)
    assert md["present"] == ["Jean DUPONT", "Claire PETIT", "Paul ROUX", "Anne DE LA ROCHE"]
    assert md["present_count"] == 4

    rows = [("Membres présents :", "Anne-Laure DUPUIS, Maire"), ("", "Hélène LAMBERT, 1ère adjointe"),
            ("", "Nathalie FRANÇOIS, 2e adjointe"), ("", "Daniel DIALLO, conseiller délégué"),
            ("", "Pierre MAIRE, vice-président"), ("Absents excusés :", "Sophie DESCAMPS")]
    header = [_line(1, 120.0 + 14 * k, *([(50.0, label)] if label else []), (200.0, value))
              for k, (label, value) in enumerate(rows)]
    md = _metadata(header)
    assert md["present"] == ["Anne-Laure DUPUIS", "Hélène LAMBERT", "Nathalie FRANÇOIS", "Daniel DIALLO",
                             "Pierre MAIRE"]
    assert md["excused"] == [{"name": "Sophie DESCAMPS", "proxy_to": None}]


@pytest.mark.parametrize("text, date", [
    ("PROCES-VERBAL DU CONSEIL MUNICIPAL\nDate de la séance : 14.03.2024\n"
     "Le Conseil municipal, dûment convoqué le 8 mars 2024, s'est réuni à 18 heures", "2024-03-14"),
    ("Vu la délibération du 3 février 2024,\nConseil municipal – séance du 14-03-2024", "2024-03-14"),
    ("Séance ordinaire du jeudi 14 mars 2024 à 18h30\nLe Conseil, convoqué le 8 mars 2024", "2024-03-14"),
    ("Le quatorze mars deux mille vingt-quatre, à 18 heures, le Conseil municipal de Sète, "
     "régulièrement convoqué, s'est assemblé au lieu habituel de ses séances", "2024-03-14"),
    ("Le 14 mars 2024 à 18 heures 30, le Conseil municipal s'est réuni", "2024-03-14"),
    ("Date : 14/03/2024\nLe Conseil d'administration, convoqué le 2 mars 2024", "2024-03-14"),
    ("Date de télétransmission : 20/03/2024\nSéance du 14 mars 2024", "2024-03-14"),
])
def test_session_dates_labelled_dotted_dashed_and_spelled_out(text, date):
    """A labelled date, dotted and dashed numeric dates, a date spelled out without "L'an",
    an hour after the date; a cited date or a receipt's date is no session date."""
    for family in ("board_deliberation", "council_minutes"):
        assert session_date(text, compile_family(load_rules(), family).section("deliberation")) == date


@pytest.mark.parametrize("line, president", [
    ("M. Jean DUPONT, Maire, préside la séance.", "Jean DUPONT"),
    ("Mme Claire PETIT, Présidente, ouvre la séance à 18 heures.", "Claire PETIT"),
    ("La séance est présidée par Mme Claire PETIT, Maire.", "Claire PETIT"),
    ("Présidence : Mme Claire PETIT", "Claire PETIT"),
    ("Présidente de séance : Mme Claire PETIT", "Claire PETIT"),
    ("Le Conseil s'est réuni sous la présidence de M. Jean DUPONT, Maire.", "Jean DUPONT"),
])
def test_the_chair_named_by_a_label_or_a_sentence(line, president):
    header = [_line(1, 120.0, (50.0, line)),
              _line(1, 140.0, (50.0, "Présents : M. Jean DUPONT, Mme Claire PETIT, M. Paul ROUX"))]
    assert _metadata(header)["president"] == president


def test_a_roll_call_head_broken_in_narrow_cells_and_rows_overleaf():
    """Narrow head cells break their words ("Présen" / "t", "Pouvoi" / "rà"); the head ends
    page 1 above a prefecture stamp at the page's foot and the members follow at the top of
    page 2: the stamp is no member, the table goes on overleaf."""
    header = [_line(1, 600.0, (X_NAME, "Élus"), (X_PRESENT, "Présen"), (X_EXCUSED, "Excusé"),
                    (X_PROXY, "Pouvoi"), (X_ABSENT, "Absent"), table_id="t1"),
              _line(1, 611.0, (X_PRESENT, "t"), (X_PROXY, "rà"), table_id="t1"),
              _line(1, 760.0, (40.0, "Accusé de réception en préfecture", 8.0)),
              _line(1, 770.0, (40.0, "Date de télétransmission : 22/01/2017", 8.0))]
    rows = [("Marie BERTIN-MOUROT", X_PRESENT, ""), ("Guillaume BRUNET", X_EXCUSED, "Yves"),
            ("", 0.0, "BONNET"), ("Yves BONNET", X_PRESENT, ""), ("Bruno EL HADDAOUI", X_ABSENT, "")]
    y = 40.0
    for name, mark, holder in rows:
        y += 20 if mark else 12
        header.append(_roll_row(2, y, name, mark, holder, table_id="t2"))
    md = _metadata(header)
    assert md["present"] == ["Marie BERTIN-MOUROT", "Yves BONNET"]
    assert md["excused"] == [{"name": "Guillaume BRUNET", "proxy_to": "Yves BONNET"}]
    assert md["absent"] == ["Bruno EL HADDAOUI"]


def test_a_page_opening_under_a_sentence_left_open_starts_no_document():
    """Page 1 ends with a visa left open by its comma ("Vu le budget de l'exercice 2017,"),
    page 2 opens with one a convention also opens with ("Vu le règlement général de l'Agence
    Nationale …"): one deliberation, whose session header on page 1 is read."""
    from test_attendance_layouts import _document
    from convention_parser.structure import split_parts
    # Page 1: a roll-call table long enough to make the page a document of its own (a cover
    # page would join the next one), with few words of a decision's head.
    header = [_line(1, 100.0, (X_NAME, "Élus"), (X_PRESENT, "Présent"), (X_EXCUSED, "Excusé"))]
    header += [_roll_row(1, 120.0 + 20 * k, f"Monsieur Jean {name}", X_PRESENT)
               for k, name in enumerate(["DUPONT", "MARTIN", "PETIT", "ROUX", "BLANC", "FAURE", "GIRARD", "HENRY",
                                         "LEROY", "MOREL", "NOËL", "PERRIN", "RENARD", "SIMON", "TRAN", "VIDAL",
                                         "WEBER", "ADAM", "BRUN", "COLIN", "DURAND", "FABRE", "GAY", "HUET",
                                         "JOLY", "LEGER", "MARTY", "NAUD", "OGER"])]
    header += [_line(1, 720.0, (50.0, "Vu le Code Général des Collectivités Territoriales,")),
               _line(1, 760.0, (50.0, "Vu le budget de l'exercice 2017,")),
              _line(2, 60.0, (50.0, "Vu le règlement général de l'Agence Nationale pour la Rénovation Urbaine,")),
              _line(2, 74.0, (50.0, "Considérant le projet,"))]
    doc = _document(header)
    # The register's title aside (it alone makes page 1 read as a decision's head): minutes'.
    doc.pages[0].lines = [ln for ln in doc.pages[0].lines if not ln.text.startswith("EXTRAIT")]
    parts = split_parts(doc, load_rules())
    assert [(p.kind, p.first_page) for p in parts] == [("deliberation", 1)]
    assert len(parts[0].metadata["present"]) == 29


@pytest.mark.parametrize("heading", ["ORDRE DU JOUR", "AFFAIRES GÉNÉRALES"])
def test_a_heading_under_a_roll_call_table_is_no_wrapped_name(heading):
    """A line in the names' column set apart under the table's last row (a heading after an
    empty paragraph) ends the table: it is no line of the last member's wrapped name."""
    top = 120.0
    lines = [_line(1, top, (X_NAME, "Etat des présences :")),
             _line(1, top + 20, (X_NAME, "Élus"), (X_PRESENT, "Présent"), (X_EXCUSED, "Excusé"),
                   (X_PROXY, "Pouvoir à"), (X_ABSENT, "Absent"))]
    rows = [("Monsieur Joël BRUNET", X_PRESENT, ""), ("Madame Anne DUVAL", X_EXCUSED, "Monsieur"),
            ("", 0.0, "Joël BRUNET"), ("Madame Julie LOPEZ", X_PRESENT, ""),
            ("Monsieur Dominique VAN DE", X_EXCUSED, "Madame Julie"), ("VELDE", 0.0, "LOPEZ")]
    y = top + 20
    for name, mark, holder in rows:
        y += 20 if mark else 12
        lines.append(_roll_row(1, y, name, mark, holder))
    lines.append(_line(1, y + 24, (X_NAME, heading)))   # an empty paragraph above it
    md = _metadata(lines)
    assert md["present"] == ["Joël BRUNET", "Julie LOPEZ"]
    assert md["excused"] == [{"name": "Anne DUVAL", "proxy_to": "Joël BRUNET"},
                             {"name": "Dominique VAN DE VELDE", "proxy_to": "Julie LOPEZ"}]


@pytest.mark.parametrize("text, date", [
    ("Commune de Valence Extrait du registre des délibérations Le deux novembre deux mille vingt, "
     "à 17 heures, le Conseil municipal", "2020-11-02"),
    ("MAIRIE DE SÈTE Le 06/11/2020 à 18h30, le conseil s'est réuni", "2020-11-06"),
    ("Vu la délibération lors de sa séance du 3 mars 2023 à 18 heures,\nSéance du 4 avril 2024", "2024-04-04"),
])
def test_a_date_given_its_hour_inside_a_line(text, date):
    """A date followed by the hour of the sitting is the session's even where the layout ran it
    into another line (a title, the body's name); a cited sitting's date and hour is not."""
    for family in ("board_deliberation", "council_minutes"):
        assert session_date(text, compile_family(load_rules(), family).section("deliberation")) == date


def test_a_roll_call_member_with_a_proxy_holder_and_no_cross():
    """A member who gave a proxy may carry the holder's name alone, no cross in a state
    column (the "Pouvoir à" cell says it all): the next row's name opens the next member
    instead of carrying on this one's."""
    top = 120.0
    header = [_line(1, top, (X_NAME, "Élus"), (X_PRESENT, "Présent"), (X_EXCUSED, "Excusé"),
                    (X_PROXY, "Pouvoir à"), (X_ABSENT, "Absent"), table_id="t1")]
    rows = [("Monsieur Gaëtan MEUNIER", X_PRESENT, ""),
            ("Monsieur Joël BRUNET", 0.0, "M. Gaëtan MEUNIER"),
            ("Madame Virginie BENALI", X_PRESENT, ""),
            ("Madame Julie LOPEZ", X_ABSENT, "")]
    for k, (name, mark, holder) in enumerate(rows):
        header.append(_roll_row(1, top + 20 * (k + 1), name, mark, holder, table_id="t1"))
    md = _metadata(header)
    assert md["present"] == ["Gaëtan MEUNIER", "Virginie BENALI"]
    assert md["excused"] == [{"name": "Joël BRUNET", "proxy_to": "Gaëtan MEUNIER"}]
    assert md["absent"] == ["Julie LOPEZ"]
