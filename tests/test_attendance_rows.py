"""Attendance lists as Word users set them, rebuilt from word positions (attendance.py):
documents built for the test (no PDF), each a family of layouts seen on generator2's dev
seeds (4001, 4002)."""

from __future__ import annotations

from fixtures.structure.build import doc_from_lines

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts

OPENING = [
    {"text": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE", "bold": True},
    {"text": "Séance du 26 février 2017", "gap": 6.0},
    {"text": "Le Conseil communautaire, dûment convoqué le 19 février 2017, s'est réuni à 20 heures, sous la",
     "gap": 6.0},
    {"text": "présidence de M. Jean-Pierre MULLER, Président."},
]
DECISION = [
    {"text": "17-02/080 – VOTE DES TAUX D'IMPOSITION 2017", "bold": True, "gap": 8.0},
    {"text": "Après en avoir délibéré, le Conseil communautaire DÉCIDE d'approuver les dispositions", "gap": 6.0},
    {"text": "exposées ci-dessus et autorise le Président à signer tout document s'y rapportant."},
    {"text": "Adopté à l'unanimité.", "gap": 6.0},
]


def _metadata(specs: list[dict]) -> dict:
    return split_parts(doc_from_lines(specs), load_rules())[0].metadata


def _one_per_row(page_top: list[dict]) -> list[dict]:
    """"Présents : Monsieur A" then one name per paragraph at the label's margin, over a page
    break (``page_top``: what page 2 prints first), then the excused the same way."""
    rows = [{"text": "Présents : Monsieur MULLER Jean-Pierre", "gap": 8.0}]
    rows += [{"text": n, "gap": 8.0} for n in ("Madame BRUNET Aurélie", "Monsieur DEVAUX Michel",
                                                "Madame PAQUET Myriam", "Monsieur FONTAINE Philippe")]
    rows += [dict(spec, page=2) for spec in page_top]
    rows += [{"text": n, "gap": 8.0, "page": 2} for n in ("Madame PETIT Françoise", "Monsieur DUPONT Jean-Claude")]
    rows += [{"text": "Absents excusés : Monsieur N'GUESSAN Jean-Baptiste (pouvoir à Monsieur DEVAUX Michel)",
              "gap": 8.0, "page": 2},
             {"text": "Monsieur ROUSSEL Stéphane (pouvoir à Madame PETIT Françoise)", "gap": 8.0, "page": 2},
             {"text": "Monsieur DUBOIS Paul-Henri", "gap": 8.0, "page": 2},
             {"text": "Mme Aurélie BRUNET a été désignée secrétaire de séance.", "gap": 8.0, "page": 2}]
    return OPENING + rows + [dict(spec, page=2) for spec in DECISION]


PRESENT = ["MULLER Jean-Pierre", "BRUNET Aurélie", "DEVAUX Michel", "PAQUET Myriam", "FONTAINE Philippe",
           "PETIT Françoise", "DUPONT Jean-Claude"]
EXCUSED = [{"name": "N'GUESSAN Jean-Baptiste", "proxy_to": "DEVAUX Michel"},
           {"name": "ROUSSEL Stéphane", "proxy_to": "PETIT Françoise"},
           {"name": "DUBOIS Paul-Henri", "proxy_to": None}]


def test_one_name_per_paragraph_at_the_labels_margin_over_a_page_break():
    md = _metadata(_one_per_row([]))
    assert md["present"] == PRESENT
    assert md["excused"] == EXCUSED
    assert md["secretary"] == "Aurélie BRUNET"


def test_a_line_atop_the_next_page_does_not_end_the_list():
    """A running header the furniture pass left (two pages only) sits between the two halves."""
    md = _metadata(_one_per_row([{"text": "Arles Crau Camargue - Conseil communautaire", "x0": 300.0}]))
    assert md["present"] == PRESENT
    assert md["excused"] == EXCUSED


def test_a_name_list_under_the_proxies_stays_apart_when_it_has_no_holders():
    """"Pouvoirs : X à Y" then bare names at the margin: not more proxies (the family reads
    names set under the proxies without a label as it says, here absent)."""
    md = _metadata(OPENING + [
        {"text": "Présents : M. Jean-Pierre MULLER, Mme Aurélie BRUNET", "gap": 8.0},
        {"text": "Pouvoirs : M. Stéphane ROUSSEL à Mme Aurélie BRUNET", "gap": 8.0},
        {"text": "M. Paul-Henri DUBOIS", "gap": 8.0},
    ] + [dict(DECISION[0], gap=20.0)] + DECISION[1:])
    assert md["excused"] == [{"name": "Stéphane ROUSSEL", "proxy_to": "Aurélie BRUNET"}]
    assert md["absent"] == ["Paul-Henri DUBOIS"]


def test_a_head_count_is_a_whole_value():
    """A margin column prints "Présents : 27"; the body's title, set to its right on the rows
    below, is no present member."""
    specs = [{"text": "Présents : 27", "x0": 50.0},
             {"text": "DÉLIBÉRATIONS DU BUREAU", "x0": 200.0, "bold": True},
             {"text": "Votants : 28", "x0": 50.0},
             {"text": "Séance du 26 février 2017", "x0": 200.0, "gap": 6.0},
             {"text": "Présents : Monsieur MULLER Jean-Pierre, Madame BRUNET Aurélie", "x0": 200.0, "gap": 6.0},
             {"text": "Absents : Monsieur DUBOIS Paul-Henri", "x0": 200.0, "gap": 6.0}]
    md = _metadata(specs + [dict(spec, x0=200.0) for spec in DECISION])
    assert md["present"] == ["MULLER Jean-Pierre", "BRUNET Aurélie"]
    assert md["absent"] == ["DUBOIS Paul-Henri"]


def test_a_sentence_under_a_list_that_filled_its_row_is_no_entry():
    """"Absent(e)s :" and a tab stop, the list reaching the text's right edge, then the
    secretary's sentence back at the margin."""
    specs = OPENING + [
        {"text": "Absent(e)s :\tM. BRUNET Marc ; Mme DE OLIVEIRA Céline ; M. MICHEL Franck ; Mme PETIT Rose",
         "gap": 8.0},
        {"text": "M. Régis BLANC a été désigné secrétaire de séance.", "gap": 8.0},
    ] + DECISION
    md = _metadata(specs)
    assert md["absent"] == ["BRUNET Marc", "DE OLIVEIRA Céline", "MICHEL Franck", "PETIT Rose"]
    assert md["secretary"] == "Régis BLANC"


def test_a_stamp_in_small_type_does_not_set_the_headers_line_step():
    """A prefecture stamp in 5 pt, its rows tight, above a grid whose rows are paragraphs
    spaced apart: the "Pouvoirs" cell's rows all belong to it."""
    stamp = [{"text": t, "size": 5.0, "x0": 380.0, "gap": -5.0 if k else 0.0}
             for k, t in enumerate(["Accusé de réception en préfecture", "02B-242326654-20191111-DEL2019_41-DE",
                                    "Date de télétransmission : 11/11/2019"])]
    grid = [{"text": "Conseil Municipal du 01/11/2019", "gap": 14.0},
            {"text": "Président :\t\t\t\t\tM. Pierre MASSON", "gap": 22.0},
            {"text": "Pouvoirs :\t\t\t\t\tMme Anne-Marie VINCENT à M. Bernard ANDRÉ", "gap": 22.0}]
    grid += [{"text": v, "x0": 200.0, "gap": 22.0} for v in (
        "M. Jean-François ROBERT à M. Youssef FRANÇOIS", "Mme Marie-France MEUNIER à M. Pierre MASSON",
        "Mme Annick DAVID à M. Laurent DE SAINT-JUST")]
    grid += [{"text": "Secrétaire de séance :\t\t\tM. Franck DUPUIS", "gap": 22.0}]
    decision = [{"text": t, "gap": 22.0} for t in ("17-02/080 – VOTE DES TAUX D'IMPOSITION 2017",
                                                   "Le Conseil municipal, après en avoir délibéré, approuve.",
                                                   "Adopté à l'unanimité.")]
    md = _metadata(stamp + [{"text": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS", "bold": True, "gap": 10.0}]
                   + grid + decision)
    assert [(e["name"], e["proxy_to"]) for e in md["excused"]] == [
        ("Anne-Marie VINCENT", "Bernard ANDRÉ"), ("Jean-François ROBERT", "Youssef FRANÇOIS"),
        ("Marie-France MEUNIER", "Pierre MASSON"), ("Annick DAVID", "Laurent DE SAINT-JUST")]


def test_a_surname_alone_ends_a_wrapped_list():
    """The list of members who voted by proxy fills its row; its last surname wraps alone
    with the full stop ("SUBRA."): still the list, not a sentence."""
    specs = OPENING + [
        {"text": "Absents ayant voté par procuration : Marie-Josée AUGE-CAUMON, Nicole BIGAS, Magalie COUVERT,"
                 " Gérard", "gap": 8.0},
        {"text": "SUBRA."},
        {"text": "Absents : Martine PETITOUT.", "gap": 8.0},
    ] + DECISION
    md = _metadata(specs)
    assert [e["name"] for e in md["excused"]] == ["Marie-Josée AUGE-CAUMON", "Nicole BIGAS", "Magalie COUVERT",
                                                  "Gérard SUBRA"]
    assert md["absent"] == ["Martine PETITOUT"]


def test_a_row_cut_at_stretched_spaces_is_one_piece_and_a_count_takes_no_title():
    """A margin column's "Présents : 18" shares its row with the body's title; in the grid, a
    justified cell stretches its spaces into gaps as wide as a tab ("Brigitte | BRUNET | - |
    Bernard" / "TRAORÉ"): two people, not four fragments."""
    specs = [{"text": "Présents : 18\t\t\t\tDÉLIBÉRATIONS DU BUREAU", "x0": 50.0, "bold": True},
             {"text": "Séance du 7 août 2016", "x0": 200.0, "gap": 6.0},
             {"text": "Présents :\tPascal DELATTRE - Marie HUBERT - Annick VAN DE VELDE", "x0": 200.0, "gap": 6.0},
             {"text": "Excusés :\tBrigitte\tBRUNET\t-\tBernard", "x0": 200.0, "gap": 6.0},
             {"text": "TRAORÉ", "x0": 273.0}]
    md = _metadata(specs + [dict(spec, x0=200.0) for spec in DECISION])
    assert md["present"] == ["Pascal DELATTRE", "Marie HUBERT", "Annick VAN DE VELDE"]
    assert md["excused"] == [{"name": "Brigitte BRUNET", "proxy_to": None}, {"name": "Bernard TRAORÉ", "proxy_to": None}]


def _grid(rows: list[tuple[str, str]]) -> list[dict]:
    """Rows of a two-column grid without rules: label at x 50, value at x 200 (same top)."""
    specs: list[dict] = []
    for label, value in rows:
        if label:
            specs.append({"text": label, "x0": 50.0, "bold": True})
        if value:
            specs.append({"text": value, "x0": 200.0, "gap": -12.0 if label else 0.0})
    return specs


def test_a_label_wrapped_in_its_column():
    """"Absents ayant voté par" / "procuration :" in the label column, the value beside the
    first row: one label (members who voted by proxy), not a present member and a
    "procuration" field."""
    specs = OPENING + _grid([
        ("PRÉSENTS :", "M. Didier LOPEZ, M. Nicolas GIRARD, M. Franck LEFEBVRE, M. Cédric"),
        ("", "PRÉVOST, Mme Virginie DE SAINT-JUST"),
        ("Absents ayant voté par", "M. Jean-François COLAS-ROY (procuration à M. Dominique"),
        ("procuration :", "LEGRAND)"),
        ("Secrétaire :", "M. Éric THOMAS"),
    ]) + DECISION
    md = _metadata(specs)
    assert md["present"] == ["Didier LOPEZ", "Nicolas GIRARD", "Franck LEFEBVRE", "Cédric PRÉVOST",
                             "Virginie DE SAINT-JUST"]
    assert md["excused"] == [{"name": "Jean-François COLAS-ROY", "proxy_to": "Dominique LEGRAND"}]
    assert md["secretary"] == "Éric THOMAS"


def test_entries_after_a_tab_stop_wrapping_back_to_the_margin():
    """"Excusés :<tab>Madame A (pouvoir à Madame" / "B)" / "<tab>Madame C (pouvoir à …" / "D)"
    / "<tab>Monsieur E": each entry opens in the value's column after a manual line break, and
    its end wraps back to the margin."""
    rows = [("Excusés :", "Monsieur Antoine DU BOIS (pouvoir à Madame Martine"), ("LEROY-DELATTRE)", ""),
            ("", "Madame Samira LAURENT (pouvoir à Madame Maryse"), ("BOYER)", ""),
            ("", "Monsieur Pascal PAQUET"), ("", "Madame Monique VAN DAMME")]
    specs = OPENING + [dict(spec, bold=False) for spec in _grid(rows)] + [
        {"text": "Secrétaire de séance : Madame Marie-Laure BENALI", "x0": 50.0}] + DECISION
    md = _metadata(specs)
    assert md["excused"] == [{"name": "Antoine DU BOIS", "proxy_to": "Martine LEROY-DELATTRE"},
                             {"name": "Samira LAURENT", "proxy_to": "Maryse BOYER"},
                             {"name": "Pascal PAQUET", "proxy_to": None},
                             {"name": "Monique VAN DAMME", "proxy_to": None}]


def test_a_proxy_sentence_wrapped_then_the_next_one_at_the_margin():
    """"X donne procuration à Madame" (full row) / "Y" / "Z donne procuration à W": the proxy
    entry made of two rows is whole, and the next one carries the list on."""
    specs = OPENING + [
        {"text": "Excusés ayant donné pouvoir : Monsieur Paul-Henri LAMBERT donne procuration à Madame",
         "gap": 8.0},
        {"text": "Isabelle VINCENT"},
        {"text": "Madame Nadia BOULANGER donne procuration à Madame Catherine BARBIER"},
        {"text": "Absents excusés : Madame Monique ROUX"},
    ] + DECISION
    md = _metadata(specs)
    assert md["excused"] == [{"name": "Paul-Henri LAMBERT", "proxy_to": "Isabelle VINCENT"},
                             {"name": "Nadia BOULANGER", "proxy_to": "Catherine BARBIER"},
                             {"name": "Monique ROUX", "proxy_to": None}]


def test_the_end_of_an_entry_wrapped_to_the_margin_is_no_sentence():
    """"… Monsieur PILCH" (full row) / "qui a donné pouvoir à Monsieur LEROY.": the seed's
    phrasing; the last row ends the proxy entry (it starts in lower case)."""
    specs = OPENING + [
        {"text": "Excusés : Monsieur GLORIAN qui a donné pouvoir à Monsieur COTTIGNY, Monsieur PILCH", "gap": 8.0},
        {"text": "qui a donné pouvoir à Monsieur LEROY."},
    ] + DECISION
    md = _metadata(specs)
    assert md["excused"] == [{"name": "GLORIAN", "proxy_to": "COTTIGNY"}, {"name": "PILCH", "proxy_to": "LEROY"}]


def test_a_label_wrapped_in_its_column_under_wide_line_spacing():
    """The same wrapped label with rows 27 points apart (1.5 line spacing and space after, 10 pt
    type): "procuration :" still closes "Absents ayant voté par", whose value names members
    who voted by proxy, not present ones."""
    rows = [("PRÉSENTS :", "M. Didier LOPEZ, M. Nicolas GIRARD, Mme Patricia PERRIN"),
            ("Absents ayant voté par", "M. Rachid MERCIER - Mme Béatrice DENIS"),
            ("procuration :", ""),
            ("Secrétaire :", "M. Éric THOMAS")]
    specs = list(OPENING)
    for label, value in rows:
        specs.append({"text": label, "x0": 50.0, "bold": True, "gap": 15.0})
        if value:
            specs.append({"text": value, "x0": 200.0, "gap": -12.0})
    md = _metadata(specs + DECISION)
    assert md["present"] == ["Didier LOPEZ", "Nicolas GIRARD", "Patricia PERRIN"]
    assert {e["name"] for e in md["excused"]} == {"Rachid MERCIER", "Béatrice DENIS"}
