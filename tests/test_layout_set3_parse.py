"""Conventions typeset with layout tables (generator2 layout set 3, conv_variants3.py): the
parties as a two-column table, headings in a one-cell box, signatories in a grid. Small
documents drawn with reportlab for each family; gold written by hand."""

from __future__ import annotations

from convention_parser.pipeline import parse_pdf

X0 = 70


def _grid(c, top: float, widths: list[float], rows: list[list[list[str]]], size: float = 10,
          ruled: bool = True, bold_first: bool = False) -> float:
    """A table drawn cell by cell (each cell a list of lines); returns the y below it."""
    lead = size * 1.3
    y = top
    xs = [X0]
    for w in widths:
        xs.append(xs[-1] + w)
    if ruled:
        c.line(xs[0], y, xs[-1], y)
    for row in rows:
        h = lead * max(len(cell) for cell in row) + 8
        for j, cell in enumerate(row):
            for k, text in enumerate(cell):
                c.setFont("Helvetica-Bold" if bold_first and j == 0 else "Helvetica", size)
                c.drawString(xs[j] + 4, y - 4 - size - k * lead, text)
        if ruled:
            c.line(xs[0], y - h, xs[-1], y - h)
            for x in xs:
                c.line(x, y, x, y - h)
        y -= h
    return y


def _para(c, y: float, lines: list[str], size: float = 10, bold: bool = False) -> float:
    c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
    for text in lines:
        c.drawString(X0, y, text)
        y -= size * 1.4
    return y - 6


PARTIES = [
    [["L'Agence nationale pour la", "rénovation urbaine"],
     ["désignée ci-après « l'Agence » ou « l'ANRU »,", "représentée par sa directrice générale,"]],
    [["L'État"], ["représenté par le Préfet de département,"]],
    [["La Communauté d'agglomération", "du Val de Sorgue"], ["représentée par son président,", "ci-après désignée « le porteur de projet »,"]],
    [["La commune de Verneuil"], ["représentée par son Maire,"]],
    [["Habitat du Val"], ["représenté par son Directeur Général,"]],
]


def test_parties_typeset_as_a_table_are_the_parties(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "parties.pdf"
    c = canvas.Canvas(str(path))
    y = _para(c, 780, ["CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN"], size=14, bold=True)
    y = _para(c, y - 10, ["Vu le règlement général de l'ANRU relatif au NPNRU,", "Il est convenu entre :"])
    y = _grid(c, y, [170, 290], PARTIES, bold_first=True)
    y = _para(c, y - 16, ["Ci-après désignés les « Parties prenantes »", "En présence de :"])
    y = _grid(c, y, [170, 290], [[["La Région"], ["représentée par le Président du Conseil régional,"]]],
              bold_first=True)
    y = _para(c, y - 16, ["Ci-après désignés les « Partenaires associés »", "Ce qui suit :"])
    y = _para(c, y - 10, ["Article 1 – Les quartiers"], bold=True)
    _para(c, y, ["La présente convention porte sur le quartier des Provinces à Verneuil.",
                 "Le projet prévoit la démolition de 71 logements locatifs sociaux."])
    c.showPage()
    c.save()
    (part,) = parse_pdf(path).parts
    assert part.kind == "convention"
    assert part.metadata["parties"] == ["Agence nationale pour la rénovation urbaine", "État",
                                        "Communauté d'agglomération du Val de Sorgue", "Commune de Verneuil",
                                        "Habitat du Val"]
    assert part.metadata["associated_partners"] == ["Région"]


def test_signatories_in_a_grid_are_people(tmp_path):
    """"Pour …" / function / name stacked in the cells of an unruled grid, no comma: the names
    are people (each column's lines read top down)."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "signatures.pdf"
    c = canvas.Canvas(str(path))
    y = _para(c, 780, ["CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN"], size=14, bold=True)
    y = _para(c, y - 10, ["Article 13 – La durée de la convention"], bold=True)
    y = _para(c, y, ["La présente convention prend effet à compter de sa signature par les parties.",
                     "Elle s'achève au 31 décembre 2031."])
    y = _para(c, y - 10, ["Fait à Verneuil, le 17/04/25"])
    y = _grid(c, y - 6, [150, 150, 150],
              [[["Pour la Communauté", "d'agglomération du Val", "Le Président", "", "Claire MOREL"],
                ["Pour la commune de", "Verneuil", "Le Maire", "", "Agnès HENNEBERT"],
                ["Pour la commune de", "Montreuil-la-Forge", "Le Maire", "", "Jean-Luc DE LA TOUR"]],
               [["Pour Habitat du Val", "", "Paul MARTIN"], ["", "", ""], ["", "", ""]]], ruled=False)
    c.showPage()
    c.save()
    (part,) = parse_pdf(path).parts
    people = {e.text for e in part.entities if e.label == "PER"}
    assert {"Claire MOREL", "Agnès HENNEBERT", "Jean-Luc DE LA TOUR"} <= people
    assert not any("Président" in p or "Maire" in p for p in people)
