"""Session headers whose geometry misleads a reader of rows (attendance.py, gutters.py):
documents built word by word for the test (no PDF), each a family of layouts seen on
generator2's dev seeds 4100 and 4101 (LibreOffice output): a margin column a few points
from the body, a label wrapped in a narrow justified cell, a dash separator wrapped to a
row's start, a tab stop left of where a long label pushed the first entry, a list wrapping
around a frame, a running line above a table's list on the next page."""

from __future__ import annotations

from typing import Optional

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.text.model import Document, Line, Page, Word

SIZE = 10.0
CHAR = 0.5          # a character's width, in type size


def _words(x: float, top: float, text: str, size: float = SIZE, x1: Optional[float] = None) -> list[Word]:
    """Words from x, one space (0.3 size) apart; with x1, justified to end there (the
    spaces stretched, as a justified paragraph or cell sets them)."""
    tokens = text.split()
    widths = [len(t) * CHAR * size for t in tokens]
    gap = 0.3 * size
    if x1 is not None and len(tokens) > 1:
        gap = (x1 - x - sum(widths)) / (len(tokens) - 1)
        assert 0.2 * size < gap < 1.5 * size, f"cannot justify {text!r} to {x1}"
    out = []
    for t, w in zip(tokens, widths):
        out.append(Word(t, x, top, x + w, top + 0.7 * size, size=size))
        x += w + gap
    return out


def _line(page: int, top: float, *chunks: tuple, table_id: Optional[str] = None,
          list_item: bool = False, bullet: str = "") -> Line:
    """chunks: (x, text) or (x, text, size) or (x, text, size, x1); one layer-1 line."""
    words: list[Word] = []
    for chunk in chunks:
        x, text = chunk[0], chunk[1]
        size = chunk[2] if len(chunk) > 2 else SIZE
        x1 = chunk[3] if len(chunk) > 3 else None
        words += _words(x, top + (SIZE - size) * 0.5, text, size, x1)
    return Line(words=words, page=page, table_id=table_id, list_item=list_item, bullet=bullet)


OPENING = ["EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
           "Séance du 26 février 2017"]
DECISION = ["17-02/080 – VOTE DES TAUX D'IMPOSITION 2017",
            "Après en avoir délibéré, le Conseil municipal DÉCIDE.",
            "Adopté à l'unanimité."]


def _document(header: list[Line], x: float = 50.0, page_top: float = 60.0) -> Document:
    """The opening lines, the header's lines (already placed), then the decision under them."""
    lines = [_line(1, page_top + 14 * k, (x, t)) for k, t in enumerate(OPENING)]
    last = max((ln for ln in header if ln.page == header[-1].page), key=lambda ln: ln.top)
    lines += header
    lines += [_line(last.page, last.top + 24 + 14 * k, (x, t)) for k, t in enumerate(DECISION)]
    pages: dict[int, Page] = {}
    for ln in lines:
        pages.setdefault(ln.page, Page(number=ln.page, width=595.0, height=842.0)).lines.append(ln)
    for p in pages.values():
        p.lines.sort(key=lambda ln: ln.top)
    return Document(path="<built>", pages=[pages[k] for k in sorted(pages)])


def _metadata(header: list[Line], **kw) -> dict:
    return split_parts(_document(header, **kw), load_rules())[0].metadata


def test_a_margin_column_a_few_points_from_the_list_beside_it():
    """A margin column ("Nombre de membres", "Présents : 19") set 12 pt left of the body's
    list, its rows at the list's heights: "Nombre de membres" is no part of a name, and the
    margin's "Présents : 19" neither ends nor joins the body's list."""
    body, right = 110.0, 480.0
    rows = [("Direction des", "Présents : M. Serge FOURNIER ; Mme Christine BONNET ; Mme Agnès"),
            ("Services", "DUMONT ; M. Philippe MULLER ; Mme Leïla DUFLOS ; Mme Aurélie"),
            ("Nombre de membres", "COQUELLE ; M. Noël DUPUIS ; Mme Anaïs DE SOUSA ; Mme Fatima"),
            ("en exercice : 33", "DELANNOY ; M. Pascal LEROY ; Mme Monique GUERIN ; M. Mehdi"),
            ("Présents : 19", "CARRÉ"),
            ("Votants : 21", "")]
    header = []
    for k, (margin, value) in enumerate(rows):
        chunks = [(17.0, margin)]
        if value:
            chunks.append((body, value, SIZE, right) if k < 4 else (body, value))
        header.append(_line(1, 120.0 + 14 * k, *chunks))
    header.append(_line(1, 120.0 + 14 * 7, (body, "Excusés : Mme Anne-Sophie RENARD ; M. Karim MORIN")))
    md = _metadata(header, x=body)
    assert md["present"] == ["Serge FOURNIER", "Christine BONNET", "Agnès DUMONT", "Philippe MULLER",
                             "Leïla DUFLOS", "Aurélie COQUELLE", "Noël DUPUIS", "Anaïs DE SOUSA",
                             "Fatima DELANNOY", "Pascal LEROY", "Monique GUERIN", "Mehdi CARRÉ"]
    assert md["present_count"] == 19
    assert md["excused"] == [{"name": "Anne-Sophie RENARD", "proxy_to": None},
                             {"name": "Karim MORIN", "proxy_to": None}]


def _grid_row(top: float, label: list[tuple], value: list[tuple]) -> Line:
    return _line(1, top, *label, *value)


def test_a_label_wrapped_over_rows_of_a_narrow_justified_cell():
    """Label column at x 50 (a narrow cell, justified), values at x 200. "Absents … ayant" /
    "voté par" / "procuration :": the cell's stretched space leaves "ayant" 10 pt from the
    value ("ayant Mme Martine PERRIN"); "Excusés … ayant" / "donné pouvoir :" the same over
    two rows, its value's own spaces stretched so wide that "procuration" stands alone."""
    v = 200.0
    rows = [
        ([(50.0, "Président :")], [(v, "M. Philippe MEUNIER")]),
        ([(50.0, "Présents :")], [(v, "M. Philippe MEUNIER - Mme Aurélie POULAIN - M. Marc DUBOIS")]),
        ([(50.0, "Absents"), (165.0, "ayant")], [(v, "Mme Martine PERRIN (procuration à")]),
        ([(50.0, "voté par")], [(v, "M. Marc DUBOIS) - M. Paul ROUX (procuration à Mme")]),
        ([(50.0, "procuration :")], [(v, "Aurélie POULAIN)")]),
        ([(50.0, "Excusés"), (165.0, "ayant")], [(v, "Mme Chantal BLANC donne")]),
        ([(50.0, "donné pouvoir :")], [(v, "procuration"), (290.0, "à"), (330.0, "M. Philippe MEUNIER")]),
        ([(50.0, "Absents :")], [(v, "M. Guillaume ROBIN")]),
    ]
    header = [_grid_row(120.0 + 14 * k, label, value) for k, (label, value) in enumerate(rows)]
    md = _metadata(header)
    assert md["president"] == "Philippe MEUNIER"
    assert md["present"] == ["Philippe MEUNIER", "Aurélie POULAIN", "Marc DUBOIS"]
    assert md["excused"] == [{"name": "Martine PERRIN", "proxy_to": "Marc DUBOIS"},
                             {"name": "Paul ROUX", "proxy_to": "Aurélie POULAIN"},
                             {"name": "Chantal BLANC", "proxy_to": "Philippe MEUNIER"}]
    assert md["absent"] == ["Guillaume ROBIN"]


def test_a_dash_separator_wrapped_to_a_rows_start_is_no_bullet():
    """"… Madame Christine ROBIN" / "- Monsieur Serge WATTEZ - …": layer 1 reads the dash
    that starts the row as a bullet (glyph stripped, the row shifted right); and the tail of
    "SAINT-" / "MAXENT", which layer 1 joined on the bulleted row, opens no item."""
    x, right = 74.0, 425.0
    first = _line(1, 120.0, (x, "PRÉSENTS : Madame Anaïs DEVAUX - Monsieur Marc HUBERT - Madame", SIZE, right))
    second = _line(1, 134.0, (x, "Julie BERTIN - Monsieur Noël DESCAMPS - Madame Christine ROBIN", SIZE, right))
    third = _line(1, 148.0, (x + 7.0, "Monsieur Serge WATTEZ - Monsieur Didier SAINT-MAXENT"),
                  list_item=True, bullet="-")
    # layer 1 joined "SAINT-" and the fragment "MAXENT" printed at the next row's start
    joined = third.words[-1]
    fragment = Word("MAXENT", x, 162.0, x + 30.0, 162.0 + 0.7 * SIZE, size=SIZE)
    third.words[-1] = Word("SAINT-MAXENT", joined.x0, joined.top, joined.x1, joined.bottom, size=SIZE,
                           continued=fragment, continued_page=1)
    fourth = Line(words=_words(x + 33.0, 162.0, "- Madame Hélène MOREL - Madame Laurence DUMONT"), page=1)
    md = _metadata([first, second, third, fourth], x=x)
    assert md["present"] == ["Anaïs DEVAUX", "Marc HUBERT", "Julie BERTIN", "Noël DESCAMPS", "Christine ROBIN",
                             "Serge WATTEZ", "Didier SAINT-MAXENT", "Hélène MOREL", "Laurence DUMONT"]


def test_entries_at_a_tab_stop_left_of_where_a_long_label_pushed_the_first():
    """"Absents ayant voté par procuration :" overruns the header's tab stop (x 218): its first
    entry follows the label, the next ones start at the tab stop, wrapping back to the margin."""
    tab = 218.0
    header = [
        _line(1, 120.0, (77.0, "Présidente :"), (tab, "Mme SANCHEZ Marie")),
        _line(1, 134.0, (77.0, "Absents ayant voté par procuration : Mme NOËL Anaïs (procuration à Mme",
                         SIZE, 440.0)),
        _line(1, 148.0, (77.0, "SANCHEZ Marie)")),
        _line(1, 162.0, (tab, "M. BOYER Gérard (procuration à M. FONTAINE Pierre)")),
        _line(1, 176.0, (tab, "Mme LEFÈVRE Christine (procuration à M. ANDRÉ Jean-")),
        _line(1, 190.0, (77.0, "Baptiste)")),
        _line(1, 204.0, (77.0, "Excusés :"), (tab, "Mme DES MAZERY Agnès")),
    ]
    md = _metadata(header, x=77.0)
    assert md["excused"] == [{"name": "NOËL Anaïs", "proxy_to": "SANCHEZ Marie"},
                             {"name": "BOYER Gérard", "proxy_to": "FONTAINE Pierre"},
                             {"name": "LEFÈVRE Christine", "proxy_to": "ANDRÉ Jean-Baptiste"},
                             {"name": "DES MAZERY Agnès", "proxy_to": None}]


def test_a_list_wrapping_around_a_frame_in_small_type():
    """A margin frame in small type (17-112) set inside the body's width: the list, begun at
    the margin (65), narrows to 132 beside the frame, then widens back to 65 below it; the
    frame's lines, and its "Présents : 16", are not the list's."""
    right = 460.0
    header = [
        _line(1, 120.0, (65.0, "Présents : Mme Caroline HOARAU - Mme Brigitte MERCIER - M. Jean CLÉMENT - Mme",
                         SIZE, right)),
        _line(1, 134.0, (132.0, "Monique OUDART - Mme Myriam CARPENTIER - M. Nicolas PRÉVOST - Mme", SIZE, right)),
        _line(1, 137.0, (17.0, "Direction Générale des", 8.0)),
        _line(1, 148.0, (132.0, "Hélène DUVAL - M. Yves DE OLIVEIRA - M. Régis DEVAUX - Mme", SIZE, right)),
        _line(1, 151.0, (17.0, "Présents : 16", 8.0)),
        _line(1, 162.0, (132.0, "Catherine DEBRUYNE - M. Pascal PETIT - Mme Lise DURAND - M.", SIZE, right)),
        _line(1, 165.0, (17.0, "Votants : 18", 8.0)),
        _line(1, 176.0, (65.0, "Serge COQUELLE - Mme Laurence OUDART - M. Didier MARTIN - Mme Annick", SIZE, right)),
        _line(1, 190.0, (65.0, "ROUX")),
        _line(1, 204.0, (65.0, "Excusés : Mme Monique LE CORRE")),
    ]
    md = _metadata(header, x=65.0)
    assert md["present"] == ["Caroline HOARAU", "Brigitte MERCIER", "Jean CLÉMENT", "Monique OUDART",
                             "Myriam CARPENTIER", "Nicolas PRÉVOST", "Hélène DUVAL", "Yves DE OLIVEIRA",
                             "Régis DEVAUX", "Catherine DEBRUYNE", "Pascal PETIT", "Lise DURAND", "Serge COQUELLE",
                             "Laurence OUDART", "Didier MARTIN", "Annick ROUX"]
    assert md["excused"] == [{"name": "Monique LE CORRE", "proxy_to": None}]


def test_a_running_line_atop_the_next_page_stays_out_of_a_tables_list():
    """Presents in a grid the table finder took (one name a row) over a page break; page 2
    opens with a running line outside the table, then the grid's rows go on."""
    v = 200.0
    header = [_line(1, 120.0, (50.0, "Présents (4) :"), (v, "NOËL Ludovic"), table_id="t1"),
              _line(1, 134.0, (v, "LEFEBVRE Émilie"), table_id="t1"),
              _line(1, 148.0, (v, "BERTRAND Aurélie"), table_id="t1"),
              _line(2, 40.0, (280.0, "Grand Angoulême - Conseil communautaire du 28/09/2018")),
              _line(2, 60.0, (v, "TRAORÉ Florence"), table_id="t2"),
              _line(2, 74.0, (50.0, "Absents excusés :"), (v, "LEFEBVRE Martine"), table_id="t2")]
    md = _metadata(header)
    assert md["present"] == ["NOËL Ludovic", "LEFEBVRE Émilie", "BERTRAND Aurélie", "TRAORÉ Florence"]
    assert md["excused"] == [{"name": "LEFEBVRE Martine", "proxy_to": None}]


def test_phrasings_of_other_towns():
    """"Présents : … (3)" (a count after the list), "Excusés représentés : X par Y", "Pouvoirs :
    X à Y", "X donne pouvoir à Y" inside an excused list, "Absents ayant voté par procuration :
    X (procuration à Y)", "Secrétaire de séance : X"."""
    rows = ["Présents : M. Alain DUBOIS, Mme Brigitte LAMBERT, M. Cédric MARTIN (3)",
            "Excusés représentés : M. Denis ROUX par M. Alain DUBOIS, Mme Emma PETIT par Mme Brigitte LAMBERT",
            "Pouvoirs : M. Fabien MOREL à M. Cédric MARTIN",
            "Excusés : M. Gilles FAURE donne pouvoir à Mme Brigitte LAMBERT ; M. Hugo BLANC",
            "Absents ayant voté par procuration : M. Ivan LEROY (procuration à M. Alain DUBOIS)",
            "Secrétaire de séance : Mme Brigitte LAMBERT"]
    md = _metadata([_line(1, 120.0 + 16 * k, (50.0, t)) for k, t in enumerate(rows)])
    assert md["present"] == ["Alain DUBOIS", "Brigitte LAMBERT", "Cédric MARTIN"]
    assert md["present_count"] == 3
    assert md["excused"] == [{"name": "Denis ROUX", "proxy_to": "Alain DUBOIS"},
                             {"name": "Emma PETIT", "proxy_to": "Brigitte LAMBERT"},
                             {"name": "Fabien MOREL", "proxy_to": "Cédric MARTIN"},
                             {"name": "Gilles FAURE", "proxy_to": "Brigitte LAMBERT"},
                             {"name": "Hugo BLANC", "proxy_to": None},
                             {"name": "Ivan LEROY", "proxy_to": "Alain DUBOIS"}]
    assert md["secretary"] == "Brigitte LAMBERT"


def test_a_presence_table_of_three_columns():
    """"Présents | Excusés | Absents" heading three columns (no colons), one name a row under
    each, columns of unequal length."""
    cols = (50.0, 220.0, 390.0)
    rows = [("Présents", "Excusés", "Absents"),
            ("M. Alain DUBOIS", "M. Denis ROUX", "M. Ivan LEROY"),
            ("Mme Brigitte LAMBERT", "Mme Emma PETIT", ""),
            ("M. Cédric MARTIN", "", "")]
    header = [_line(1, 120.0 + 14 * k, *[(x, t) for x, t in zip(cols, row) if t], table_id="t1")
              for k, row in enumerate(rows)]
    md = _metadata(header)
    assert md["present"] == ["Alain DUBOIS", "Brigitte LAMBERT", "Cédric MARTIN"]
    assert md["excused"] == [{"name": "Denis ROUX", "proxy_to": None}, {"name": "Emma PETIT", "proxy_to": None}]
    assert md["absent"] == ["Ivan LEROY"]


def test_a_given_name_cut_off_a_surname_first_entry_by_the_cells_edge():
    """"NOM Prénom" entries in a narrow value cell, one a row: the given name wraps alone to
    the next row ("… à Monsieur ROUSSEAU" / "Daniel"), or heads the row before the proxy
    phrase ("Mme HADDAD" / "Patricia donne procuration à Mme MICHEL Caroline")."""
    v = 180.0
    header = [_line(1, 120.0, (50.0, "Pouvoirs :"), (v, "Madame DUBOIS Nathalie à Monsieur GUERIN", SIZE, 400.0)),
              _line(1, 134.0, (v, "Jean-Michel")),
              _line(1, 148.0, (v, "Monsieur MARTIN Bernard à Monsieur ROUSSEAU", SIZE, 400.0)),
              _line(1, 162.0, (v, "Daniel")),
              _line(1, 176.0, (50.0, "Excusés ayant"), (v, "Mme HADDAD")),
              _line(1, 190.0, (50.0, "donné pouvoir :"), (v, "Patricia donne procuration à Mme MICHEL Caroline")),
              _line(1, 204.0, (50.0, "Secrétaire :"), (v, "M. DUBOIS Antoine"))]
    md = _metadata(header)
    assert md["excused"] == [{"name": "DUBOIS Nathalie", "proxy_to": "GUERIN Jean-Michel"},
                             {"name": "MARTIN Bernard", "proxy_to": "ROUSSEAU Daniel"},
                             {"name": "HADDAD Patricia", "proxy_to": "MICHEL Caroline"}]


def test_one_entry_a_row_at_a_tab_stop_left_of_the_first():
    """"Absents non excusés : Mme Monique BLANC" (the label overran the tab stop at 190), then
    one entry a row at the tab stop."""
    header = [_line(1, 120.0, (115.0, "Présents : 13")),
              _line(1, 134.0, (115.0, "Absents non excusés : Mme Monique BLANC")),
              _line(1, 148.0, (190.0, "M. Benoît LE GALL")),
              _line(1, 162.0, (190.0, "Mme Corinne MORIN")),
              _line(1, 182.0, (115.0, "Mme Lise ROUX a été désignée secrétaire de séance."))]
    md = _metadata(header, x=115.0)
    assert md["absent"] == ["Monique BLANC", "Benoît LE GALL", "Corinne MORIN"]
    assert md["present_count"] == 13


def test_a_list_carried_over_a_page_break_back_to_the_margin():
    """"Présents :" at the margin, its list at a tab stop (218) wrapping in its column to the
    foot of page 1, under a footer the furniture pass left ("Page 1 / 3"); page 2 opens with a
    running line, then the list goes on at the margin (77), left of the label's tab stop."""
    tab, right = 218.0, 520.0
    header = [_line(1, 120.0, (77.0, "Président :"), (tab, "M. Alain DUBOIS")),
              _line(1, 134.0, (77.0, "Présents :"), (tab, "M. Alain DUBOIS, Mme Brigitte LAMBERT, M. Cédric", SIZE, right)),
              _line(1, 148.0, (tab, "MARTIN, Mme Denise PETIT, M. Étienne ROUX, Mme Fanny", SIZE, right)),
              _line(1, 162.0, (tab, "LEROY, M. Gilles FAURE, Mme Hélène BLANC, M. Igor", SIZE, right)),
              _line(1, 800.0, (280.0, "Page 1 / 3")),
              _line(2, 40.0, (180.0, "Conseil municipal du 12 mars 2024 - Procès-verbal")),
              _line(2, 70.0, (77.0, "MOREL, Mme Julie GIRARD, M. Karim LEGRAND")),
              _line(2, 84.0, (77.0, "Excusés :"), (tab, "Mme Laure MERCIER (pouvoir à M. Alain DUBOIS)"))]
    md = _metadata(header, x=77.0)
    assert md["present"] == ["Alain DUBOIS", "Brigitte LAMBERT", "Cédric MARTIN", "Denise PETIT", "Étienne ROUX",
                             "Fanny LEROY", "Gilles FAURE", "Hélène BLANC", "Igor MOREL", "Julie GIRARD",
                             "Karim LEGRAND"]
    assert md["excused"] == [{"name": "Laure MERCIER", "proxy_to": "Alain DUBOIS"}]


def test_one_entry_a_row_carried_over_a_page_break_back_to_the_margin():
    """One entry a row at the tab stop to the foot of page 1; on page 2, past a running line with
    no digit ("Ville de Mulhouse - Conseil municipal"), the entries go on at the margin."""
    tab = 218.0
    names = ["M. Alain DUBOIS", "Mme Brigitte LAMBERT", "M. Cédric MARTIN"]
    header = [_line(1, 120.0, (77.0, "Présents :"), (tab, names[0]))]
    header += [_line(1, 134.0 + 14 * k, (tab, n)) for k, n in enumerate(names[1:])]
    header += [_line(2, 40.0, (180.0, "Ville de Mulhouse - Conseil municipal")),
               _line(2, 70.0, (77.0, "Mme Denise PETIT")),
               _line(2, 84.0, (77.0, "M. Étienne ROUX")),
               _line(2, 98.0, (77.0, "Absents :"), (tab, "Mme Fanny LEROY"))]
    md = _metadata(header, x=77.0)
    assert md["present"] == ["Alain DUBOIS", "Brigitte LAMBERT", "Cédric MARTIN", "Denise PETIT", "Étienne ROUX"]
    assert md["absent"] == ["Fanny LEROY"]


def test_one_entry_a_row_widening_back_to_the_margin_below_a_frame():
    """A margin frame in small type (17-140) beside the header, which starts at 146; the
    present list, one entry a row spaced as paragraphs, goes on at the page's margin (80)
    once the frame ends. The frame's "Présents : 5" is a count of its own, and the frame's
    lines beside the list are none of its entries."""
    body = 146.0
    header = [_line(1, 120.0, (body, "Président : Monsieur Julien DU BOIS")),
              _line(1, 124.0, (17.0, "Secrétariat Général", 8.0)),
              _line(1, 136.0, (body, "Présents (5) : Monsieur Julien DU BOIS")),
              _line(1, 143.0, (17.0, "Acte n° DEL2022-9", 8.0)),
              _line(1, 151.0, (17.0, "Nombre de membres en exercice : 16", 8.0)),
              _line(1, 152.0, (body, "Madame Corinne RICHARD")),
              _line(1, 160.0, (17.0, "Présents : 5", 8.0)),
              _line(1, 168.0, (17.0, "Votants : 6", 8.0)),
              _line(1, 168.0, (body, "Monsieur Maxime LEFÈVRE")),
              _line(1, 184.0, (80.0, "Monsieur Mathieu MICHEL")),
              _line(1, 200.0, (80.0, "Madame Julie LEBRUN")),
              _line(1, 216.0, (80.0, "Absents ayant voté par procuration : Madame Brigitte SIMON (procuration à "
                                     "Monsieur Maxime LEFÈVRE)"))]
    md = _metadata(header, x=80.0)
    assert md["president"] == "Julien DU BOIS"
    assert md["present"] == ["Julien DU BOIS", "Corinne RICHARD", "Maxime LEFÈVRE", "Mathieu MICHEL", "Julie LEBRUN"]
    assert md["excused"] == [{"name": "Brigitte SIMON", "proxy_to": "Maxime LEFÈVRE"}]


def test_people_lists_of_other_towns():
    """"NOM Prénom" with particles, compound given names, names cut by a line-end hyphen,
    "M. et Mme X" and "Mmes A et B X" (two people, one surname), lists separated by ";" or
    " - ", and a head count in brackets after the list."""
    rows = ["Présents : DUPONT Jean ; DE LA FONTAINE Marie-Claude ; N'DIAYE Élodie ; VAN DAMME Pierre-",
            "Yves ; LE GALL Anne ; M. et Mme MARTIN ; Mmes Lise et Anne BLANC ; DE SAINT-",
            "EXUPÉRY Antoine (10)",
            "Excusés : M. Jean-Baptiste DUBOIS (pouvoir à Mme Marie-Hélène LEROY-DUPONT) - Mme Anne",
            "ROUX - M. Paul d'ARGENT qui a donné pouvoir à M. Jean DE LA FONTAINE",
            "Absents : Néant"]
    md = _metadata([_line(1, 120.0 + 14 * k, (50.0, t)) for k, t in enumerate(rows)])
    assert md["present"] == ["DUPONT Jean", "DE LA FONTAINE Marie-Claude", "N'DIAYE Élodie", "VAN DAMME Pierre-Yves",
                             "LE GALL Anne", "MARTIN", "MARTIN", "Lise BLANC", "Anne BLANC",
                             "DE SAINT-EXUPÉRY Antoine"]
    assert md["present_count"] == 10
    assert md["excused"] == [{"name": "Jean-Baptiste DUBOIS", "proxy_to": "Marie-Hélène LEROY-DUPONT"},
                             {"name": "Anne ROUX", "proxy_to": None},
                             {"name": "Paul d'ARGENT", "proxy_to": "Jean DE LA FONTAINE"}]
    assert md["absent"] == []


def test_proxies_written_from_giver_to_holder():
    """"Pouvoirs : de X à Y ; de Z à W", "Pouvoir de X à Y" inside an excused list."""
    rows = ["Pouvoirs : de M. Paul ROUX à Mme Anne BLANC ; de Mme Lise FAURE à M. Jean DUPONT",
            "Excusés : Pouvoir de M. Marc DURAND à M. Jean DUPONT ; Mme Irène BOYER"]
    md = _metadata([_line(1, 120.0 + 14 * k, (50.0, t)) for k, t in enumerate(rows)])
    assert md["excused"] == [{"name": "Paul ROUX", "proxy_to": "Anne BLANC"},
                             {"name": "Lise FAURE", "proxy_to": "Jean DUPONT"},
                             {"name": "Marc DURAND", "proxy_to": "Jean DUPONT"},
                             {"name": "Irène BOYER", "proxy_to": None}]


def test_an_entry_cut_after_a_particle_by_the_cells_edge():
    """One entry a row in a value cell; an entry cut after its holder's particle ("… à M. DA" /
    "SILVA Stéphane") goes on the next row."""
    v = 250.0
    header = [_line(1, 120.0, (77.0, "Excusés ayant donné pouvoir :"), (v, "M. MASSON David donne procuration à Mme RENARD")),
              _line(1, 136.0, (v, "Céline")),
              _line(1, 152.0, (v, "Mme LEGRAND Danièle donne procuration à M. DA")),
              _line(1, 168.0, (v, "SILVA Stéphane")),
              _line(1, 184.0, (77.0, "Secrétaire de séance :"), (v, "M. MORIN Karim"))]
    md = _metadata(header, x=77.0)
    assert md["excused"] == [{"name": "MASSON David", "proxy_to": "RENARD Céline"},
                             {"name": "LEGRAND Danièle", "proxy_to": "DA SILVA Stéphane"}]


def test_a_list_widening_back_to_the_margin_a_row_after_the_frame_ended():
    """A frame in small type beside the header; the list's rows go on beside it, the frame ends,
    the next row of the list is still beside where it stood, then the list widens back to the
    margin (85)."""
    body, right = 152.0, 520.0
    header = [_line(1, 120.0, (17.0, "Nombre de membres en exercice : 15", 7.0)),
              _line(1, 134.0, (17.0, "Présents : 10", 7.0)),
              _line(1, 140.0, (body, "Présents : MORIN Pauline ; ROBIN Karim ; VAN DE VELDE Josiane ; VAN", SIZE, right)),
              _line(1, 148.0, (17.0, "Votants : 12", 7.0)),
              _line(1, 158.0, (body, "HECKE Sophie ; SIMON Mathieu ; DHAINAUT Karine ; LEFEBVRE Stéphanie ;", SIZE, right)),
              _line(1, 176.0, (85.0, "DELANNOY Nicolas ; DESCAMPS Jean-Claude")),
              _line(1, 200.0, (85.0, "Excusés : POULAIN Franck"))]
    md = _metadata(header, x=85.0)
    assert md["present"] == ["MORIN Pauline", "ROBIN Karim", "VAN DE VELDE Josiane", "VAN HECKE Sophie",
                             "SIMON Mathieu", "DHAINAUT Karine", "LEFEBVRE Stéphanie", "DELANNOY Nicolas",
                             "DESCAMPS Jean-Claude"]
    assert md["excused"] == [{"name": "POULAIN Franck", "proxy_to": None}]
