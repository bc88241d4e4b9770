"""Boards' extracts and minutes (the v11 generator's families, dev masters 8200-8219) whose
cells, lists and titles wrap or break over a page, built word by word for the test (no PDF);
gold by construction:
- a vote grid whose heading wraps between words in its narrow cell ("Ne prend pas" / "part");
- a subject whose " - " separator wrapped to the next line's start, read as a bullet;
- a proxies list carried over a page break, then the decision's numbered title in bold
  ("CA-2020-63 – Rénovation …"): the title is no proxy, it titles the decision;
- a Pouvoirs table (Membre représenté | Pouvoir donné à) whose head row ends the page and
  whose rows open the next: its rows are no page furniture;
- an accented capital does not raise its row (the step to a wrapped list's next row)."""

from __future__ import annotations

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.structure.attendance import build_rows
from convention_parser.structure.lines import body_lines
from convention_parser.text.model import Document, Line, Page, Word

SIZE = 10.0


def _line(page: int, top: float, *chunks: tuple[float, str], table_id: str | None = None,
          cell: tuple[int, int] | None = None, bold: bool = False, bullet: str = "") -> Line:
    words = []
    for x, text in chunks:
        for t in text.split():
            w = len(t) * 0.5 * SIZE
            words.append(Word(t, x, top, x + w, top + 0.7 * SIZE, size=SIZE, bold=bold, base=top + 0.7 * SIZE))
            x += w + 0.3 * SIZE
    return Line(words=words, page=page, table_id=table_id, cell=cell, list_item=bool(bullet), bullet=bullet)


def _doc(lines: list[Line]) -> Document:
    pages: dict[int, Page] = {}
    for ln in lines:
        pages.setdefault(ln.page, Page(number=ln.page, width=595.0, height=842.0)).lines.append(ln)
    return Document(path="<built>", pages=[pages[k] for k in sorted(pages)])


def _deliberations(lines: list[Line]) -> list:
    return [p for p in split_parts(_doc(lines), load_rules()) if p.kind == "deliberation"]


def _vote(md: dict) -> tuple:
    v = md["vote"]
    return v["result"], v["for"], v["against"], v["abstention"]


HEAD = ["EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
        "Séance du 14 mars 2024",
        "Présents : M. Alain DUBOIS, Mme Brigitte LAMBERT, M. Cédric MARTIN",
        "Délibération n° 2024-017"]


def test_a_vote_grid_heading_wrapped_between_its_words():
    """"Ne prend pas" / "part" in the fourth cell of the heading row, the counts under it."""
    lines = [_line(1, 60.0 + 14 * k, (60.0, t)) for k, t in enumerate(HEAD)]
    lines += [_line(1, 120.0, (60.0, "Objet : Cession d'un terrain communal")),
              _line(1, 134.0, (60.0, "Après en avoir délibéré, le Conseil municipal décide d'approuver la cession.")),
              _line(1, 170.0, (60.0, "Pour"), (180.0, "Contre"), (300.0, "Abstention"), (420.0, "Ne prend pas"),
                    table_id="v1"),
              _line(1, 181.0, (420.0, "part"), table_id="v1"),
              _line(1, 200.0, (60.0, "7"), (180.0, "3"), (300.0, "2"), (420.0, "1"), table_id="v1"),
              _line(1, 230.0, (60.0, "Adopté à la majorité."))]
    parts = _deliberations(lines)
    assert len(parts) == 1
    assert _vote(parts[0].metadata) == ("majority", 7, 3, 2)


def test_a_subject_whose_separator_wrapped_to_the_next_line():
    """"Objet : … quartier la Fontaine d'Ouche" filling its line / "- approbation du programme
    de travaux" (the dash read as a bullet): one subject."""
    lines = [_line(1, 60.0 + 14 * k, (60.0, t)) for k, t in enumerate(HEAD)]
    lines += [_line(1, 120.0, (60.0, "Objet : Nouveau Programme National de Renouvellement Urbain - quartier la Fontaine d'Ouche")),
              _line(1, 134.0, (60.0, "approbation du programme de travaux"), bullet="-"),
              _line(1, 148.0, (60.0, "Rapporteur : M. Alain DUBOIS")),
              _line(1, 162.0, (60.0, "Après en avoir délibéré, le Conseil municipal décide d'approuver le programme.")),
              _line(1, 176.0, (60.0, "Adopté à l'unanimité."))]
    parts = _deliberations(lines)
    assert len(parts) == 1
    assert parts[0].metadata["subject"] == ("Nouveau Programme National de Renouvellement Urbain - quartier la "
                                            "Fontaine d'Ouche - approbation du programme de travaux")


BOARD = ["COMMUNAUTÉ DE COMMUNES DU TERNOIS",
         "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU COMMUNAUTAIRE",
         "Séance du lundi 3 mars 2025",
         "Présents : M. Jean DUPONT, Mme Sophie LEGRAND, M. Karim BENALI,",
         "M. Jean-Claude MOREAU-DELATTRE",
         "Excusés ayant donné pouvoir : M. Paul MARTIN, Mme Anne PETIT, M. Marc BLANC,",
         "Mme Danièle BENALI-MOREAU"]
GIVERS = [("Paul MARTIN", "Sophie LEGRAND"), ("Anne PETIT", "Jean DUPONT"), ("Marc BLANC", "Karim BENALI"),
          ("Danièle BENALI-MOREAU", "Jean-Claude MOREAU-DELATTRE")]


def _civil(name: str) -> str:
    return ("Mme " if name.split()[0] in ("Sophie", "Anne", "Danièle", "Julie") else "M. ") + name


def test_a_proxies_list_over_a_page_break_then_the_numbered_title_in_bold():
    """Two proxies at the foot of page 1, two atop page 2 (the last one the page's widest line),
    then "CA-2020-63 – Rénovation …" in bold at the list's step: the list ends, the title is the
    decision's number and subject."""
    lines = [_line(1, 60.0 + 14 * k, (60.0, t)) for k, t in enumerate(BOARD)]
    lines.append(_line(1, 740.0, (60.0, "Pouvoirs :")))
    tops = [(1, 754.0), (1, 768.0), (2, 60.0), (2, 74.0)]
    for (page, top), (giver, holder) in zip(tops, GIVERS):
        lines.append(_line(page, top, (60.0, f"Pouvoir de {_civil(giver)} à {_civil(holder)}")))
    lines += [_line(2, 88.0, (60.0, "CA-2020-63 – Rénovation énergétique du groupe scolaire"), bold=True),
              _line(2, 102.0, (60.0, "Rapporteur : M. Jean DUPONT")),
              _line(2, 116.0, (60.0, "Le Bureau communautaire, après en avoir délibéré,")),
              _line(2, 130.0, (60.0, "DÉCIDE d'approuver les propositions.")),
              _line(2, 144.0, (60.0, "Adopté à l'unanimité."))]
    parts = _deliberations(lines)
    assert len(parts) == 1
    md = parts[0].metadata
    assert md["number"] == "CA-2020-63"
    assert md["subject"] == "Rénovation énergétique du groupe scolaire"
    assert sorted((e["name"], e["proxy_to"]) for e in md["excused"]) == sorted(GIVERS)


def test_a_proxies_table_whose_head_row_ends_the_page():
    """"Pouvoirs" and the head row (Membre représenté | Pouvoir donné à) at the foot of page 1,
    each set apart by a cell's padding; the rows on page 2: each row a giver and a holder."""
    lines = [_line(1, 60.0 + 14 * k, (60.0, t)) for k, t in enumerate(BOARD)]
    lines += [_line(1, 736.0, (60.0, "Pouvoirs"), bold=True),
              _line(1, 765.0, (60.0, "Membre représenté"), table_id="t1", cell=(0, 1), bold=True),
              _line(1, 765.0, (280.0, "Pouvoir donné à"), table_id="t1", cell=(0, 2), bold=True)]
    for k, (giver, holder) in enumerate(GIVERS):
        lines += [_line(2, 56.0 + 27 * k, (60.0, _civil(giver)), table_id="t2", cell=(k, 1)),
                  _line(2, 56.0 + 27 * k, (280.0, _civil(holder)), table_id="t2", cell=(k, 2))]
    lines += [_line(2, 180.0, (60.0, "Délibération n° B-2025-041"), bold=True),
              _line(2, 194.0, (60.0, "Objet : Budget primitif 2025")),
              _line(2, 208.0, (60.0, "Le Bureau communautaire, après en avoir délibéré, à l'unanimité, DÉCIDE d'approuver le budget.")),
              _line(2, 222.0, (60.0, "Pour extrait conforme,"))]
    parts = _deliberations(lines)
    assert len(parts) == 1
    assert sorted((e["name"], e["proxy_to"]) for e in parts[0].metadata["excused"]) == sorted(GIVERS)


def test_an_accented_capital_does_not_raise_its_row():
    """Three rows of a list 20 pt apart baseline to baseline, capitals 0.73 em high, the middle
    row holding "GUÉRIN" whose accent rises to 0.95 em: the steps stay within half a point of
    20 (2.2 pt apart before: the second step read as a paragraph's)."""
    lines = [_line(1, 100.0 + 20 * k, (60.0, t))
             for k, t in enumerate(["Personnalités qualifiées : Mme Marie-Laure THOMAS,",
                                    "Mme Anaïs GUÉRIN, Mme Marie", "POULAIN"])]
    for ln in lines:
        for w in ln.words:
            w.top = w.base - 0.73 * SIZE
    accented = lines[1].words[2]
    accented.top = accented.base - 0.95 * SIZE      # the accent's ink over the capital
    rows = build_rows(body_lines(_doc(lines)))
    assert [r.text for r in rows] == ["Personnalités qualifiées : Mme Marie-Laure THOMAS,",
                                      "Mme Anaïs GUÉRIN, Mme Marie", "POULAIN"]
    assert all(abs(b.top - a.top - 20.0) <= 0.5 for a, b in zip(rows, rows[1:]))


def test_a_member_leaving_and_coming_back_at_one_point_sits_for_it():
    """"Mme Brigitte LAMBERT quitte la séance avant le vote du point 2." then "… rejoint la
    séance avant le vote du point 2." under the present list: the remarks apply in the text's
    order, she sits for every item (read in the other order, the arrival first, she had not come
    yet and left: away from all)."""
    lines = [_line(1, 60.0, (60.0, "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 4 AVRIL 2024")),
             _line(1, 74.0, (60.0, "Présents : M. Alain DUBOIS, Mme Brigitte LAMBERT, M. Cédric MARTIN")),
             _line(1, 94.0, (60.0, "Mme Brigitte LAMBERT quitte la séance avant le vote du point 2.")),
             _line(1, 108.0, (60.0, "Mme Brigitte LAMBERT rejoint la séance avant le vote du point 2."))]
    top = 140.0
    for k in range(3):
        lines += [_line(1, top, (60.0, f"DEL 2024-10{k + 1} : Objet numéro {k + 1} de la séance")),
                  _line(1, top + 14, (60.0, "Après en avoir délibéré, le Conseil municipal décide d'approuver.")),
                  _line(1, top + 28, (60.0, "Adopté à l'unanimité."))]
        top += 60.0
    parts = _deliberations(lines)
    assert [p.metadata["number"] for p in parts] == ["DEL 2024-101", "DEL 2024-102", "DEL 2024-103"]
    assert all("Brigitte LAMBERT" in p.metadata["present"] for p in parts)
    assert all(p.metadata["absent"] == [] for p in parts)
