"""Attendance printed by commune (intercommunal boards, generator2's eighth family), on
documents built word by word for the test (no PDF), gold by construction:
- a two-column layout "Commune | Mme X, M. Y, Mme" / "Z W", one row per commune, the commune
  in bold in its cell (ruled, the table stage's cells; or unruled, a hanging indent), its
  members' list wrapped over several lines in the body type, a civility left at a line's end
  and its name on the next line, a commune's name wrapped in its cell: every commune's
  members are present, no commune is a member, the bold commune under the rows above is no
  title ending the list;
- names in a borderless grid, "NOM Prénom" or "Prénom NOM", a cell's name wrapped over lines:
  a line opening on a surname in capitals under a whole name opens the next name
  ("Mme BENALI-MOREAU Marie-Pierre" / "GIRARD-LAMBERT" / "Franck"), a name cut on a particle
  of its surname goes on ("M. Dominique VAN DE" / "VELDE")."""

from __future__ import annotations

from typing import Optional

import pytest

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.text.model import Document, Line, Page, Word

SIZE = 10.0
LEFT, VALUE = 60.0, 180.0


def _line(page: int, top: float, *chunks: tuple, table_id: Optional[str] = None) -> Line:
    """chunks: (x, text) or (x, text, bold, cell); one layer-1 line."""
    words: list[Word] = []
    cell = None
    for chunk in chunks:
        x, text = chunk[0], chunk[1]
        bold = chunk[2] if len(chunk) > 2 else False
        cell = chunk[3] if len(chunk) > 3 else cell
        for t in text.split():
            w = len(t) * 0.5 * SIZE
            words.append(Word(t, x, top, x + w, top + 0.7 * SIZE, size=SIZE, bold=bold, base=top + 0.7 * SIZE))
            x += w + 0.3 * SIZE
    return Line(words=words, page=page, table_id=table_id, cell=cell)


def _metadata(body: list[Line], top: float) -> dict:
    """The board's opening, the attendance lines (placed from 130 pt down to ``top``), a proxy,
    the secretary, then one decision."""
    head = ["COMMUNAUTÉ D'AGGLOMÉRATION DU BEAUVAISIS",
            "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE",
            "Séance du mercredi 26 octobre 2016 à 18h00",
            "Présidente de séance : Mme Aurélie DAVID, Présidente"]
    lines = [_line(1, 60.0 + 14 * k, (LEFT, t)) for k, t in enumerate(head)]
    lines.append(_line(1, 116.0, (LEFT, "Étaient présents :", True)))
    lines += body
    tail = ["Pouvoirs :",
            "Mme Nathalie VANDAMME a donné pouvoir à M. Michel LE CORRE, délégué de Reims.",
            "M. Yves SANCHEZ est désigné secrétaire de séance.",
            "Le quorum étant atteint, la Présidente ouvre la séance.",
            "2016-10-26/41 Garantie d'emprunt accordée à Plurial Novilia",
            "Le Conseil communautaire, après en avoir délibéré, DÉCIDE d'approuver les dispositions ci-dessus.",
            "Adopté à l'unanimité."]
    lines += [_line(1, top + 30.0 + 14 * k, (LEFT, t)) for k, t in enumerate(tail)]
    pages: dict[int, Page] = {}
    for ln in lines:
        pages.setdefault(ln.page, Page(number=ln.page, width=595.0, height=842.0)).lines.append(ln)
    parts = [p for p in split_parts(Document(path="<built>", pages=[pages[k] for k in sorted(pages)]),
                                    load_rules()) if p.kind == "deliberation"]
    assert len(parts) == 1
    return parts[0].metadata


# (commune's lines, members' lines): the commune cell and its list wrapped over lines.
COMMUNES = [
    (["Beauvais"], ["Mme DAVID Aurélie, M. DUPONT Pierre, M. COLAS-ROY Marc, Mme",
                    "MICHEL Solène"]),
    (["Nevers"], ["M. MARTIN Thomas, M. WATTEZ Marc-Antoine, M. BENALI-MOREAU Loïc,",
                  "M. FOURNIER Marc, Mme BLANC Monique, Mme CLÉMENT Florence,",
                  "Mme BERTRAND Béatrice"]),
    (["Saint-Étienne-du-", "Rouvray"], ["Mme Marie LEROY-DELATTRE, M. Christophe MOREL, Mme",
                                         "Patricia DE SOUSA"]),
    (["Reims"], ["M. LE CORRE Michel, M. DE OLIVEIRA Sébastien, Mme ANDRÉ Josiane,",
                 "M. DIALLO Mehdi, Mme MERCIER Noémie, M. LAURENT Mehdi"]),
    (["Metz"], ["M. SANCHEZ Yves"]),
    (["Béthune"], ["Mme COQUELLE Karine, M. FONTAINE Jérôme"]),
]
PRESENT = ["Aurélie DAVID", "Pierre DUPONT", "Marc COLAS-ROY", "Solène MICHEL", "Thomas MARTIN",
           "Marc-Antoine WATTEZ", "Loïc BENALI-MOREAU", "Marc FOURNIER", "Monique BLANC", "Florence CLÉMENT",
           "Béatrice BERTRAND", "Marie LEROY-DELATTRE", "Christophe MOREL", "Patricia DE SOUSA",
           "Michel LE CORRE", "Sébastien DE OLIVEIRA", "Josiane ANDRÉ", "Mehdi DIALLO", "Noémie MERCIER",
           "Mehdi LAURENT", "Yves SANCHEZ", "Karine COQUELLE", "Jérôme FONTAINE"]


def _key(name: str) -> str:
    """A name's words in any order ("DAVID Aurélie" is "Aurélie DAVID")."""
    return " ".join(sorted(name.split()))


def _by_commune(ruled: bool, row_step: float) -> tuple[list[Line], float]:
    """The communes' rows, each line 12.5 pt under the last, ``row_step`` more between rows."""
    out: list[Line] = []
    top = 130.0
    for r, (commune, members) in enumerate(COMMUNES):
        for k in range(max(len(commune), len(members))):
            # (layer 1 gives a line per cell, ruled or not: the gutter cuts the row)
            if k < len(commune):
                out.append(_line(1, top, (LEFT, commune[k], True, (r, 1) if ruled else None),
                                 table_id="g1" if ruled else None))
            if k < len(members):
                out.append(_line(1, top, (VALUE, members[k], False, (r, 2) if ruled else None),
                                 table_id="g1" if ruled else None))
            top += 12.5
        top += row_step
    return out, top


@pytest.mark.parametrize("ruled", [True, False], ids=["table", "hanging"])
def test_members_listed_by_commune_each_list_wrapped(ruled):
    body, top = _by_commune(ruled, 2.5)
    md = _metadata(body, top)
    assert sorted(map(_key, md["present"])) == sorted(map(_key, PRESENT))
    assert [(_key(e["name"]), _key(e["proxy_to"])) for e in md["excused"]] == \
        [(_key("Nathalie VANDAMME"), _key("Michel LE CORRE"))]
    assert md["secretary"] == "Yves SANCHEZ"


# A grid of names in four columns, "NOM Prénom" and "Prénom NOM" mixed with civilities, rows
# as tight as a cell's wrapped lines.
GRID = [("LEFÈVRE Brigitte", "DUVAL-CARON", "M. COUSIN Marc", "M. Dominique VAN DE"),
        ("", "Serge", "", "VELDE"),
        ("M. HOARAU Loïc", "FAURE Didier", "Mme BENALI-", "JOLY Bruno"),
        ("", "", "MOREAU Marie-", ""),
        ("", "", "Pierre", ""),
        ("WATTEZ Thierry", "NICOLAS Martine", "GIRARD-LAMBERT", "COLAS-ROY"),
        ("", "", "Franck", "Noémie"),
        ("M. DUVAL Éric", "M. TESSIER David", "COQUELLE", "M. DUMONT Yves"),
        ("", "", "Véronique", "")]
GRID_PRESENT = ["Brigitte LEFÈVRE", "Serge DUVAL-CARON", "Marc COUSIN", "Dominique VAN DE VELDE",
                "Loïc HOARAU", "Didier FAURE", "Marie-Pierre BENALI-MOREAU", "Bruno JOLY", "Thierry WATTEZ",
                "Martine NICOLAS", "Franck GIRARD-LAMBERT", "Noémie COLAS-ROY", "Éric DUVAL", "David TESSIER",
                "Véronique COQUELLE", "Yves DUMONT"]


def test_a_grid_of_names_a_surname_under_a_whole_name_opens_the_next():
    cols = (LEFT, 180.0, 300.0, 420.0)
    body, top = [], 130.0
    for cells in GRID:
        body.append(_line(1, top, *[(x, t) for x, t in zip(cols, cells) if t]))
        top += 12.5
    md = _metadata(body, top)
    assert sorted(map(_key, md["present"])) == sorted(map(_key, GRID_PRESENT))
