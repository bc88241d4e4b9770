"""Names in a narrow borderless grid whose justified cells wrap (generator2's eighth family,
issue 11), on documents built word by word for the test, gold by construction: a wrapped
cell's line stays in its cell, a cell's next name is no part of the name above it, and a
name cut at a hyphen at the cell's right edge ("M. Jean-" / "Baptiste CARRÉ") goes on
on the cell's next line, whatever the spacing of the grid's rows."""

from __future__ import annotations

from test_attendance_layouts import _line, _metadata

COLS = (80.0, 230.0, 380.0)


def _grid(label: str, rows: list[tuple[float, tuple[str, ...]]]) -> list:
    header = [_line(1, 120.0, (80.0, label))]
    header += [_line(1, top, *[(x, t) for x, t in zip(COLS, cells) if t]) for top, cells in rows]
    header.append(_line(1, rows[-1][0] + 30.0, (80.0, "Excusés : Mme Béatrice DUFLOS")))
    return header


def test_a_wrapped_cell_beside_a_cell_opening_the_next_grid_row():
    """Rows barely spaced (12 pt inside a cell, 14 pt between the grid's rows): a cell's whole
    name ("Thomas NOËL") over the next grid row's "Marie-Laure" / "BRUNET" is two names, as the
    civility opening the row beside it ("M. Raphaël DU BOIS", "Mme Françoise") tells."""
    rows = [(140.0, ("Alain NOËL", "Thomas NOËL", "Mme Béatrice LE")),
            (152.0, ("", "", "CORRE")),
            (166.0, ("M. Raphaël DU BOIS", "Marie-Laure", "Mme Françoise")),
            (178.0, ("", "BRUNET", "ROBERT")),
            (192.0, ("Mme Sophie", "Stéphane", "Julien BOYER")),
            (204.0, ("THOMAS", "BERTRAND", ""))]
    md = _metadata(_grid("Présents :", rows))
    assert sorted(md["present"]) == sorted([
        "Alain NOËL", "Thomas NOËL", "Béatrice LE CORRE", "Raphaël DU BOIS", "Marie-Laure BRUNET",
        "Françoise ROBERT", "Sophie THOMAS", "Stéphane BERTRAND", "Julien BOYER"])
    assert md["excused"] == [{"name": "Béatrice DUFLOS", "proxy_to": None}]


def test_a_name_cut_at_a_hyphen_and_uneven_row_spacing():
    """Rows spaced unevenly (20 to 27 pt; a cell's wrapped line as far below as a grid row):
    "M. Jean-" / "Baptiste CARRÉ" 26 pt apart is one name, and "Karim BERNARD" then "Éric DE
    OLIVEIRA" 23 pt below it, the next grid row, two."""
    rows = [(140.0, ("M. Youssef BOULANGER", "M. Jean-", "Mehdi TRAORÉ")),
            (166.0, ("", "Baptiste CARRÉ", "")),
            (188.0, ("Marie-Hélène VAN", "Karim BERNARD", "M. Patrick WATTEZ")),
            (208.0, ("HECKE", "", "")),
            (231.0, ("M. Michel DELANNOY", "Éric DE OLIVEIRA", "Maryse ROUSSEL")),
            (258.0, ("Rachid HADDAD", "Noël HENRY", "M. Joël BRUN"))]
    md = _metadata(_grid("Présents :", rows))
    assert sorted(md["present"]) == sorted([
        "Youssef BOULANGER", "Jean-Baptiste CARRÉ", "Mehdi TRAORÉ", "Marie-Hélène VAN HECKE",
        "Karim BERNARD", "Patrick WATTEZ", "Michel DELANNOY", "Éric DE OLIVEIRA", "Maryse ROUSSEL",
        "Rachid HADDAD", "Noël HENRY", "Joël BRUN"])


def test_a_grid_of_names_in_lower_case_keeps_to_its_row_spacing():
    """Names without a surname in capitals ("Jean Dupont"), a cell wrapped ("Marie-Claire" /
    "Martin") and the grid's rows spaced apart: no name waits for a surname in capitals, the
    spacing between the grid's rows tells the cells apart."""
    rows = [(140.0, ("Jean Dupont", "Marie-Claire", "Paul Roux")),
            (152.0, ("", "Martin", "")),
            (176.0, ("Anne Petit", "Marc Durand", "Lucie Bernard")),
            (200.0, ("Louis Garnier", "Sophie Morel", ""))]
    md = _metadata(_grid("Présents :", rows))
    assert sorted(md["present"]) == sorted(["Jean Dupont", "Marie-Claire Martin", "Paul Roux", "Anne Petit",
                                            "Marc Durand", "Lucie Bernard", "Louis Garnier", "Sophie Morel"])
