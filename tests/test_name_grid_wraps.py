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


def test_row_gaps_spread_evenly_are_no_spacing_between_grid_rows():
    """A ruled-less table whose rows differ in height (gaps 10.4 to 14.1 pt, one group, not two):
    no gap parts a wrapped line from the grid's rows, so "Mme Émilie DIALLO" keeps to her cell
    and "ROUX Claire", the next grid row 11.7 pt under the wrapped "MOREAU" / "Corinne", is a
    name of its own (a cut at the middle of the smallest and largest gaps joined them)."""
    rows = [(124.8, ("DUVAL Noël", "Jean ROBIN", "Mme Annick VANDAMME")),
            (137.1, ("M. Patrick FRANÇOIS", "DI MEGLIO Mehdi", "Mme Anne-Sophie")),
            (149.5, ("", "", "DUPUIS")),
            (159.9, ("M. LEFÈVRE Karim", "Mme HADDAD Caroline", "Mme Samira PAQUET")),
            (173.8, ("M. D'HALLUIN Didier", "Didier MULLER", "M. Ludovic BERTRAND")),
            (184.4, ("Mme Émilie DIALLO", "Mme Catherine BENALI-", "Mme LAURENT-PERRIN")),
            (198.5, ("", "MOREAU", "Corinne")),
            (210.2, ("ROUX Claire", "LE ROUX Rachid", "Valérie FOURNIER")),
            (222.8, ("Mme Caroline JOLY", "Mme Julie LEROY-", "Anne-Marie MASSON")),
            (235.4, ("", "DELATTRE", "")),
            (247.5, ("Françoise LAURENT", "Monique LEROY", "Mme CHEVALIER")),
            (259.9, ("", "", "Françoise")),
            (271.4, ("Régis MARTIN-DUPONT", "DENIS Julien", "M. Youssef LEBRUN")),
            (284.1, ("Mme TESSIER Karine", "Mme Chantal DELATTRE", ""))]
    md = _metadata(_grid("Présents :", rows))
    assert sorted(md["present"]) == sorted([
        "DUVAL Noël", "Jean ROBIN", "Annick VANDAMME", "Patrick FRANÇOIS", "DI MEGLIO Mehdi",
        "Anne-Sophie DUPUIS", "LEFÈVRE Karim", "HADDAD Caroline", "Samira PAQUET", "D'HALLUIN Didier",
        "Didier MULLER", "Ludovic BERTRAND", "Émilie DIALLO", "Catherine BENALI-MOREAU",
        "LAURENT-PERRIN Corinne", "ROUX Claire", "LE ROUX Rachid", "Valérie FOURNIER", "Caroline JOLY",
        "Julie LEROY-DELATTRE", "Anne-Marie MASSON", "Françoise LAURENT", "Monique LEROY",
        "CHEVALIER Françoise", "Régis MARTIN-DUPONT", "DENIS Julien", "Youssef LEBRUN",
        "TESSIER Karine", "Chantal DELATTRE"])


def test_a_wrapped_line_a_hair_further_than_the_middle_gap_keeps_the_spacing():
    """Grid rows 22.1 to 25.5 pt apart, wrapped lines 18 to 22 pt: "M. Thomas" / "GIRARD-"
    22.0 pt under its row is past the middle of the extreme gaps, but it plainly carries on a
    name (no surname yet), as the civilities plainly open rows: the cut is taken between those
    lines, so "M. Bruno" / "NGUYEN" and "Jérôme" / "BERTRAND" 25.5 pt under it stay two names."""
    rows = [(140.0, ("Fatima COUSIN", "M. Guillaume", "Mme Marie")),
            (160.1, ("", "NICOLAS", "DIALLO")),
            (183.7, ("Virginie DAVID", "Brigitte", "Béatrice")),
            (204.2, ("", "CHEVALIER", "LAMBERT")),
            (228.2, ("M. Bruno", "Julien DUPUIS", "Mme Florence")),
            (246.4, ("NGUYEN", "", "CARRÉ")),
            (271.9, ("Jérôme", "Jean GARNIER", "Pauline DA")),
            (292.4, ("BERTRAND", "", "SILVA")),
            (316.0, ("Mme Sophie", "M. Thomas", "Mme Patricia")),
            (338.0, ("DUPUIS", "GIRARD-", "NGUYEN")),
            (358.1, ("", "LAMBERT", "")),
            (382.1, ("Mme Karine", "Franck GIRARD-", "Raphaël")),
            (402.2, ("DIALLO", "LAMBERT", "LAMBERT"))]
    md = _metadata(_grid("Présents :", rows))
    assert sorted(md["present"]) == sorted([
        "Fatima COUSIN", "Guillaume NICOLAS", "Marie DIALLO", "Virginie DAVID", "Brigitte CHEVALIER",
        "Béatrice LAMBERT", "Bruno NGUYEN", "Julien DUPUIS", "Florence CARRÉ", "Jérôme BERTRAND",
        "Jean GARNIER", "Pauline DA SILVA", "Sophie DUPUIS", "Thomas GIRARD-LAMBERT", "Patricia NGUYEN",
        "Karine DIALLO", "Franck GIRARD-LAMBERT", "Raphaël LAMBERT"])
