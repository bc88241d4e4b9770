"""Layout grids (tables/layout.py): a grid that only places text (parties,
signatories, a framed paragraph) is no table of the parse, its text goes back
to the blocks; data tables (figures, or a header naming the columns) stay.
Rules on hand-built records; the whole pipeline on a LibreOffice fixture
(tests/fixtures/tables/office_layout_grids.py, gold by construction)."""

import sys
from pathlib import Path

from convention_parser.records import Table
from convention_parser.tables.layout import is_layout_grid
from convention_parser.tables.settings import LayoutGridSettings

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "fixtures" / "tables"))
from office_layout_grids import FIGURES, FIGURES_HEADER, PARTIES, SIGNATORIES, TEXT, TEXT_HEADER  # noqa: E402

PDF = str(HERE / "fixtures" / "tables" / "layout" / "layout-grids.pdf")
S = LayoutGridSettings()


def _t(header, rows):
    n_cols = len(header) if header else len(rows[0])
    return Table(id="t1", title="", pages=[1], header=[header] if header else [], rows=rows,
                 n_rows=len(rows), n_cols=n_cols)


def test_parties_signatories_and_frames_are_layout():
    assert is_layout_grid(_t(None, PARTIES), S)
    # Prose citing figures is no column of figures.
    seat = [[name, rest + " dont le siège est au 12 rue Pasteur à Valmont (62000)"] for name, rest in PARTIES]
    assert is_layout_grid(_t(None, seat), S)
    # A signature grid read by lines, its "Pour …" row set in bold (a header of one opening word).
    lines = [list(r) for r in zip(*SIGNATORIES)]
    assert is_layout_grid(_t(None, lines), S)
    assert is_layout_grid(_t(lines[0], lines[1:]), S)
    assert is_layout_grid(_t(None, [["Fait à Valmont, le 12 mars 2024", ""]] + lines), S)
    # One column: a framed paragraph (or a boxed heading read as a header alone).
    assert is_layout_grid(_t(None, [["Le comité de pilotage se réunit une fois par an."], ["Il suit le projet."]]), S)
    assert is_layout_grid(_t(["ARTICLE 4 : LE PROJET URBAIN"], []), S)


def test_figures_or_a_naming_header_make_a_data_table():
    assert not is_layout_grid(_t(FIGURES_HEADER, FIGURES), S)
    assert not is_layout_grid(_t(None, FIGURES), S)                 # headerless, a column of figures
    assert not is_layout_grid(_t(TEXT_HEADER, TEXT), S)             # all text, a header naming its columns
    assert not is_layout_grid(_t(None, [["Participation de la commune", "6 290 681 €"]]), S)   # a key line
    codes = [["C0703-14-0011", "Accompagnement des ménages relogés"], ["C0703-21-0001", "Démolition de l'îlot"]]
    assert not is_layout_grid(_t(None, codes), S)
    assert not is_layout_grid(_t(["Liste des annexes"], [["Annexe 1 – Plan guide"]]), S)
    # Counts in three rows, descriptions in the others: still a column of figures.
    synthesis = [["Démolition de LLS", "410 LLS"], ["Requalification de LLS", "190 LLS"],
                 ["Résidentialisation de LLS", "190 LLS"],
                 ["Diversification de l'habitat", "Potentiel de quatre-vingt-dix-huit logements en accession"],
                 ["Équipements", "Un groupe scolaire reconstruit et un gymnase réhabilité"]] + \
        [[f"Aménagement du secteur {k}", "Espaces publics requalifiés autour de la place"] for k in "ABC"]
    assert not is_layout_grid(_t(None, synthesis), S)
    # Short cells citing a figure; a header over the values only (an empty corner).
    fees = [["Terrasses, étals", "3 € par m² et par mois"], ["Foyer, week-end", "Gratuit (intérêt général)"],
            ["Foyer, semaine", "100 €"]]
    assert not is_layout_grid(_t(["", "Tarif proposé"], fees), S)
    # No header found: a title row spread over the width, then a row of short labels in bold.
    title = ["Autorisations spéciales d'absence"] * 3
    rules = [["Motifs", "Durée", "Conditions"],
             ["Mariage de l'agent ou PACS", "cinq jours ouvrables", "Sur présentation d'une pièce justificative"],
             ["Garde d'enfant malade", "Durée des obligations hebdomadaires", "Enfant de moins de seize ans"]]
    assert not is_layout_grid(_t(None, [title] + rules), S, {"Motifs", "Durée", "Conditions"})
    assert is_layout_grid(_t(None, [title] + rules[1:]), S, {"Motifs", "Durée", "Conditions"})
    # Unless set in bold, a short first row is a line of text ("Bassin de la Sorgue | Le Maire").
    assert is_layout_grid(_t(None, [title] + rules), S)


def test_layout_grids_leave_the_tables_and_their_text_reaches_the_blocks_and_parties():
    from convention_parser.pipeline import parse_pdf

    (part,) = parse_pdf(PDF).parts
    assert [(t.id, t.header, t.rows) for t in part.tables] == [("t1", [FIGURES_HEADER], FIGURES),
                                                                ("t2", [TEXT_HEADER], TEXT)]
    assert part.metadata["parties"] == ["Agence nationale pour la rénovation urbaine", "Commune de Valmont",
                                        "Logis Aquilon"]
    blocks = [b for b in part.preamble_blocks + [b for s in part.sections for b in s.blocks]]
    texts = [b.text for b in blocks if b.kind == "paragraph"]
    # Each party's row, each signatory's block (read down its column), in place and in order.
    for name, rest in PARTIES:
        assert f"{name}, {rest.rstrip(',')}" in texts
    sig = [", ".join(block) for block in SIGNATORIES]
    assert texts[-2:] == sig
    assert [b.kind for b in blocks].count("table") == 2
    names = {e.text for e in part.entities if e.label == "PER"}
    assert {"Jean DUPONTEL", "Claire MARCHAND"} <= names
