"""Council minutes whose items run in two columns of prose without a box or a ruled table
(generator2's variants5 "two_columns" pages, real minutes of other towns): the columns found
from the strip their words leave empty, even when the right column is set a few points lower
than the left one and starts under a full-width session head; each column read on its own and
its words numbered apart (Word.column), so the items' rows never join a line of the other
column; titles wrapped in a narrow column, a title printed above its number, a centred theme
nearly filling the column; two columns of prose are no borderless table. Pages drawn by hand,
gold by construction."""

from __future__ import annotations

import sys

import pytest
from conftest import FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas  # noqa: E402

from convention_parser.pipeline import parse_pdf  # noqa: E402
from convention_parser.text import read_document  # noqa: E402
from convention_parser.text.columns import prose_columns  # noqa: E402
from convention_parser.text.model import Word  # noqa: E402

X = {"left": 72.0, "right": 312.0}      # two columns of 210 pt, a gutter of 30 pt
SIZE, LEAD = 10.0, 13.0
HEAD = ["COMMUNE DE VILLIERS-LE-SEC",
        "Procès-verbal de la séance du conseil municipal du 4 avril 2024, réuni à la mairie",
        "sous la présidence de M. Paul ADAM, Maire, les conseillers ayant été convoqués.",
        "Présents : M. Paul ADAM, Mme Irène BOYER, M. Jean CARRE, Mme Lucie DURAND.",
        "Secrétaire de séance : Mme Irène BOYER"]
SUBJECTS = ["Convention de gestion urbaine de proximité du quartier des Tilleuls",
            "Démolition de 120 logements locatifs sociaux de la résidence les Provinces",
            "Garantie d'emprunt accordée à Habitat du Nord pour la réhabilitation",
            "Tarifs de la restauration scolaire pour l'année 2024-2025"]
BODY = ["Vu le Code général des collectivités", "territoriales, et notamment son article",
        "L. 2121-29, le rapporteur présente le", "dossier examiné par la commission.",
        "Le Conseil municipal, après en avoir", "délibéré, adopte à", "l'unanimité la proposition du Maire."]


def _wrap(text: str, width: int = 34) -> list[str]:
    """Lines of at most ``width`` characters (a narrow column's)."""
    out, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return out + [cur]


def _item_lines(k: int, style: str) -> list[tuple[str, bool, bool]]:
    """(text, bold, centred) of item k: its theme, its number and title, its body."""
    number = f"2024-DEL-{41 + k:03d}"
    out = [(f"Point n° {k + 1} : Affaires générales", True, True)]
    if style == "above":              # the title wrapped over lines above its number
        out += [(t, True, False) for t in _wrap(SUBJECTS[k])] + [(f"Délibération n° {number}", False, False)]
    else:                             # the number opens the title, wrapped in the column
        out += [(t, True, False) for t in _wrap(f"{number} – {SUBJECTS[k]}")]
    return out + [(t, False, False) for t in BODY]


def _minutes_pdf(path, style: str, offset: float) -> None:
    """A full-width session head, then four items in two columns (two each); the right
    column's baselines ``offset`` points lower than the left one's."""
    c = new_canvas(path)
    y = 790.0
    c.setFont("Helvetica-Bold", SIZE)
    c.drawString(72, y, HEAD[0])
    c.setFont("Helvetica", SIZE)
    for t in HEAD[1:]:
        y -= LEAD
        c.drawString(72, y, t)
    top = y - 2 * LEAD
    for side, items in (("left", (0, 1)), ("right", (2, 3))):
        y = top - (offset if side == "right" else 0.0)
        for k in items:
            for text, bold, centred in _item_lines(k, style):
                c.setFont("Helvetica-Bold" if bold else "Helvetica", SIZE)
                if centred:
                    c.drawCentredString(X[side] + 105, y, text)
                else:
                    c.drawString(X[side], y, text)
                y -= LEAD
            y -= LEAD
    c.save()


@pytest.mark.parametrize("offset", [0.0, 5.0])
def test_columns_are_read_one_after_the_other_and_numbered_apart(tmp_path, offset):
    pdf = tmp_path / "cols.pdf"
    _minutes_pdf(pdf, "first", offset)
    lines = read_document(pdf).pages[0].lines
    texts = [ln.text for ln in lines]
    # the head first, then the left column's items, then the right column's
    firsts = [texts.index(f"Point n° {k + 1} : Affaires générales") for k in range(4)]
    assert texts.index(HEAD[-1]) < firsts[0] < firsts[1] < firsts[2] < firsts[3]
    columns = {k: lines[firsts[k]].words[0].column for k in range(4)}
    assert columns[0] == columns[1] != 0 and columns[2] == columns[3] != 0 and columns[0] != columns[2]
    assert lines[texts.index(HEAD[-1])].words[0].column == 0


@pytest.mark.parametrize("style", ["first", "above"])
@pytest.mark.parametrize("offset", [0.0, 5.0])
def test_items_in_two_columns(tmp_path, style, offset):
    """Each item found with its number, its whole subject (wrapped over the narrow column's
    lines, or printed above the number) and the vote its decision states over two lines."""
    pdf = tmp_path / f"minutes-{style}.pdf"
    _minutes_pdf(pdf, style, offset)
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    got = [(p["metadata"]["number"], p["metadata"]["subject"], p["metadata"]["vote"]["result"]) for p in parts]
    assert got == [(f"2024-DEL-{41 + k:03d}", SUBJECTS[k], "unanimity") for k in range(4)]


def _w(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, top, x0 + 6.0 * len(text), top + SIZE, size=SIZE)


def _row(*pieces: tuple[float, float, str]) -> list[Word]:
    """Words laid from (x0, top, text) pieces, each piece's words 4 pt apart."""
    out = []
    for x0, top, text in pieces:
        for t in text.split():
            out.append(_w(t, x0, top))
            x0 = out[-1].x1 + 4.0
    return out


def test_a_strip_that_only_the_rows_together_leave_free(tmp_path):
    """No row holds both columns (the right one half a line lower): the gutter is the strip all
    the rows leave free, from under the full-width head down; a justified line's wide space
    (free over two rows only) is none."""
    rows = [_row((72, 60, "un titre qui traverse toute la page de part en part jusqu'au bout"))]
    for i in range(8):
        rows.append(_row((72, 80 + 14 * i, "ligne de gauche pleine de mots ici")))
        rows.append(_row((300, 87 + 14 * i, "ligne de droite pleine de mots aussi")))
    rows.append(_row((72, 200, "encore un titre qui traverse la page de part en part jusqu'au bout")))
    found = prose_columns(rows, SIZE)
    assert found is not None
    i, j, lo, hi = found
    # (the left column's first line, above the right one's first, stays in the flow above:
    # read first either way)
    assert (i, j) == (2, 17) and rows[1][-1].x1 <= lo < hi <= 300


def test_justified_prose_across_the_page_has_no_columns():
    rows = []
    for i in range(10):
        # wide spaces, never at the same x for long
        gap = 20.0 + 7.0 * (i % 3)
        rows.append(_row((72, 80 + 14 * i, "mots d'un paragraphe"), (72 + 120 + gap, 80 + 14 * i, "justifié"),
                         (72 + 190 + 2 * gap, 80 + 14 * i, "sur toute la largeur de la page")))
    assert prose_columns(rows, SIZE) is None


# ---------------------------------------------------------------------------------------------
# The same mechanisms on documents built without layer 1 (layer 2 alone)

sys.path.insert(0, str(FIXTURES.parent))
from fixtures.structure.build import line as built_line  # noqa: E402
from fixtures.structure.build import doc_from_lines  # noqa: E402

from convention_parser.rules import load_rules  # noqa: E402
from convention_parser.structure import split_parts  # noqa: E402

HEAD2 = ["Commune de Villiers-le-Sec", "Procès-verbal de la séance du conseil municipal du 4 avril 2024",
         "Présents : M. Paul ADAM, Mme Irène BOYER, M. Jean CARRE.", "Secrétaire de séance : Mme Irène BOYER."]
BODY2 = ["Vu le Code général des collectivités territoriales,",
         "Le rapporteur présente le dossier examiné en commission.",
         "Le Conseil municipal, après en avoir délibéré, à l'unanimité, approuve ce projet."]
THEMES2 = ["Renouvellement urbain et politique de la ville du quartier Nord",
           "Finances communales, budget et fiscalité locale de la commune",
           "Affaires scolaires, périscolaires et restauration des écoles"]


SHORT = ["Budget primitif 2025", "Tarifs de la cantine scolaire", "Adhésion au syndicat d'énergie"]


def _deliberations(specs: list[dict]) -> list[tuple]:
    head = [{"text": t, "gap": 12.0 if k else 0.0} for k, t in enumerate(HEAD2)]
    parts = split_parts(doc_from_lines(head + specs), load_rules())
    return [(p.metadata.get("number"), p.metadata.get("subject")) for p in parts if p.kind == "deliberation"]


def _right_edge(texts: list[str]) -> float:
    return max(built_line(t).x1 for t in texts)


def test_a_title_wrapped_over_lines_above_its_number():
    """"Convention de gestion urbaine de" / "proximité du quartier" (bold) / "Délibération n°
    2024-012": the whole title is the subject, and its first line opens the item."""
    specs = []
    for k, subject in enumerate(SUBJECTS[:3]):
        words = subject.split()
        specs += [{"text": " ".join(words[:4]), "gap": 14.0, "bold": True},
                  {"text": " ".join(words[4:]), "bold": True},
                  {"text": f"Délibération n° 2024-{12 + k:03d}", "gap": 2.0},
                  {"text": "Rapporteur : M. Paul ADAM", "gap": 4.0}]
        specs += [{"text": t} for t in BODY2]
    assert _deliberations(specs) == [(f"2024-{12 + k:03d}", s) for k, s in enumerate(SUBJECTS[:3])]


def test_a_centred_theme_filling_the_column_does_not_run_on_into_the_number():
    """A theme heading centred over a narrow text block ("Point n° 1 : …") nearly fills it,
    without a sentence end: the item number under it still opens its line."""
    edge = _right_edge(HEAD2 + BODY2)
    specs = []
    for k, theme in enumerate(THEMES2):
        text = f"Point n° {k + 1} : {theme}"
        width = built_line(text).x1 - 50.0
        assert 6.0 < (edge - 50.0 - width) / 2 < 20.0      # nearly filling, indented both sides
        specs += [{"text": text, "gap": 14.0, "bold": True, "x0": 50.0 + (edge - 50.0 - width) / 2},
                  {"text": f"2025-DEL-{41 + k:03d} – {SHORT[k]}", "bold": True}]
        specs += [{"text": t} for t in BODY2]
    assert _deliberations(specs) == [(f"2025-DEL-{41 + k:03d}", SHORT[k]) for k in range(3)]


# Two columns of prose set line beside line; their lines open on capitals as a narrow
# column's often do ("Vu …", names, a sentence's start).
PROSE_LEFT = ["Vu le Code Général des", "Collectivités Territoriales, et", "Notamment son article L. 2121-29,",
              "Vu le Code de l'Urbanisme,", "Mme Maryse DUMONT présente le", "Dossier. Le projet s'inscrit dans les",
              "Orientations définies par le", "Programme pluriannuel", "D'investissement.",
              "Le montant de l'opération s'élève à", "1.143.000 €."]
PROSE_RIGHT = ["Le Conseil, ayant entendu l'exposé", "De son rapporteur, adopte à", "L'unanimité des membres présents",
               "Et représentés, M. Jean-François", "GAUTHIER ne prenant pas part au", "Vote, avec 30 voix pour, la",
               "Proposition de son Maire et", "L'autorise à signer toute pièce s'y", "Rapportant.",
               "Vu le budget de l'exercice 2013,", "Vu le Code de l'Urbanisme,"]


def test_two_columns_of_prose_line_beside_line_are_no_table(tmp_path):
    from convention_parser.pipeline import analyse_pdf
    pdf = tmp_path / "prose.pdf"
    c = new_canvas(pdf)
    c.setFont("Helvetica", SIZE)
    y = 780.0
    for a, b in zip(PROSE_LEFT, PROSE_RIGHT):
        c.drawString(72, y, a)
        c.drawString(320, y, b)
        y -= 21.0
    c.save()
    analysis = analyse_pdf(pdf)
    assert analysis.located == []
    assert [ln.text for ln in analysis.doc.pages[0].lines] == PROSE_LEFT + PROSE_RIGHT
