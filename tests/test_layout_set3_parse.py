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


def _list_table(rows: list[tuple[str, str, str]]):
    from convention_parser.records import Table
    return Table("t1", "Liste des annexes", [20], [["N°", "Intitulé", "Objet"]], [list(r) for r in rows],
                 len(rows), 3, section="13")


def _convention_with(table, avenant_tables=()):
    from convention_parser.records import Part, ParseResult, Section, Source
    part = Part(kind="convention", pages=[1, 20], title="Convention pluriannuelle",
                sections=[Section("s1", "1", "Les quartiers", 1, 2, None, "Le quartier République."),
                          Section("s2", "13", "La durée de la convention", 1, 19, None,
                                  "La convention s'achève en 2031.")],
                tables=[table])
    return ParseResult(Source("c.pdf", "c" * 64, 20), [part])


ANNEX_ROWS = [("A8", "Plan guide du projet urbain", "Document joint à la convention"),
              ("C2", "Tableau financier des opérations programmées", "Document joint à la convention"),
              ("C4", "Tableau financier prévisionnel global", "Document joint à la convention")]


def test_an_annex_list_printed_as_a_table_gives_the_annexes_and_its_changes():
    """"N° | Intitulé | Objet": each row an annex; on the consolidated route an annex gone from the
    table is repealed, a new row added, a row whose "Objet" says the avenant changed it modified;
    the table itself is no table_modified."""
    from convention_parser.diff import diff_results
    from convention_parser.diff.annexes import annexes

    old = _convention_with(_list_table(ANNEX_ROWS))
    assert sorted(annexes(old.parts[0])) == ["A8", "C2", "C4"]
    new_rows = [ANNEX_ROWS[0], ("C2", ANNEX_ROWS[1][1], "Version modifiée par l'avenant n°1"),
                ("C5", "Tableau des contreparties foncières", "Document joint à la convention")]
    new = _convention_with(_list_table(new_rows))
    got = {(c.type, c.target) for c in diff_results(old, new).changes}
    assert {("annex_repealed", "C4"), ("annex_added", "C5"), ("annex_modified", "C2")} <= got
    assert not any(t == "table_modified" for t, _ in got)


def test_an_annex_list_whose_code_column_merged_with_the_titles_still_lists_them():
    """The narrow "N°" column read together with "Intitulé" ("A8 Plan guide …" | "Objet"), a
    wrapped row spread over both cells: the rows still give the annexes, so the other
    version's list, read in three columns, adds none and repeals only the one it lacks."""
    from convention_parser.diff import diff_results
    from convention_parser.diff.annexes import annexes
    from convention_parser.records import Table

    merged = [[f"{code} {title}", objet] for code, title, objet in ANNEX_ROWS]
    merged[1] = [f"{merged[1][0]} {merged[1][1]}"] * 2
    table = Table("t1", "Liste des annexes", [20], [["N° Intitulé", "Objet"]], merged, 3, 2, section="13")
    old = _convention_with(table)
    assert sorted(annexes(old.parts[0])) == ["A8", "C2", "C4"]
    assert annexes(old.parts[0])["A8"].title == "Plan guide du projet urbain"
    new = _convention_with(_list_table(ANNEX_ROWS[:2]))
    got = {(c.type, c.target) for c in diff_results(old, new).changes}
    assert ("annex_repealed", "C4") in got
    assert not any(t == "annex_added" for t, _ in got)


def test_an_annex_the_avenant_joins_in_a_table_is_applied_not_declared_only():
    """The avenant's joined annexes printed as a table ("N° | Intitulé" under "Sont jointes au
    présent avenant les annexes suivantes :"): the update of C2 is applied; without the table
    it is not."""
    from convention_parser.diff import consolidate, diff_results
    from convention_parser.records import Amendment, Part, ParseResult, Section, Source, Table

    conv = _convention_with(_list_table(ANNEX_ROWS))

    def avenant(tables):
        part = Part(kind="avenant", pages=[1, 4], title="Avenant n°1",
                    sections=[Section("s0", "2", "Objet de l'avenant", 1, 1, None,
                                      "Le présent avenant a pour objet :\n- Mise à jour de l'annexe C2 tableau "
                                      "financier des opérations programmées."),
                              Section("s1", "5", "Annexes", 1, 4, None,
                                      "Sont jointes au présent avenant les annexes suivantes :")],
                    amendments=[Amendment("C2", "annexe", "replace", section="3", page=3,
                                          raw="Mise à jour de l'annexe C2 tableau financier des opérations,")],
                    tables=tables)
        return ParseResult(Source("a.pdf", "a" * 64, 4), [part])

    joined = Table("t9", "", [4], [["N°", "Intitulé"]], [["C2", "Tableau financier des opérations programmées"]],
                   1, 2, section="5")
    for tables, applied in (([joined], True), ([], False)):
        av = avenant(tables)
        got = [(c.type, c.target, c.status) for c in diff_results(conv, consolidate(conv, [av]), avenant=av).changes]
        assert (("annex_modified", "C2", "applied") in got) == applied, got


def test_a_totals_row_printed_first_is_a_data_row_not_the_header(tmp_path):
    """Header and totals both bold: the totals row right under the header opens the body."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "totals.pdf"
    c = canvas.Canvas(str(path))
    y = _para(c, 780, ["CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN"], size=14, bold=True)
    y = _para(c, y - 10, ["Article 9 – Le plan de financement"], bold=True)
    y = _para(c, y, ["Le plan de financement prévisionnel s'établit comme suit, par financeur :"])
    rows = [[["Financeurs"], ["Les Provinces"], ["La Côte Rouge"], ["Total"]],
            [["Total"], ["3 100 000 €"], ["1 450 000 €"], ["4 550 000 €"]],
            [["ANRU"], ["2 000 000 €"], ["1 000 000 €"], ["3 000 000 €"]],
            [["Région"], ["600 000 €"], ["250 000 €"], ["850 000 €"]],
            [["Commune"], ["500 000 €"], ["200 000 €"], ["700 000 €"]]]
    lead, top = 13, y
    xs = [X0, X0 + 120, X0 + 230, X0 + 340, X0 + 450]
    for i, row in enumerate(rows):
        c.line(xs[0], top - i * 2 * lead, xs[-1], top - i * 2 * lead)
        for j, cell in enumerate(row):
            c.setFont("Helvetica-Bold" if i < 2 else "Helvetica", 10)
            c.drawString(xs[j] + 4, top - i * 2 * lead - 16, cell[0])
    c.line(xs[0], top - len(rows) * 2 * lead, xs[-1], top - len(rows) * 2 * lead)
    for x in xs:
        c.line(x, top, x, top - len(rows) * 2 * lead)
    _para(c, top - len(rows) * 2 * lead - 20, ["Le coût total du programme est estimé à 4 550 000 €."])
    c.showPage()
    c.save()
    (part,) = parse_pdf(path).parts
    (t,) = part.tables
    assert t.header == [["Financeurs", "Les Provinces", "La Côte Rouge", "Total"]]
    assert (t.n_rows, t.n_cols) == (4, 4) and t.rows[0][0] == "Total" and t.rows[1][0] == "ANRU"


def test_a_running_title_repeating_the_heading_under_it_is_no_second_heading(tmp_path):
    """Each titre opens a page whose running header carries its heading; a titre of one page
    prints that header once: it is furniture, not the titre read twice."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "running.pdf"
    c = canvas.Canvas(str(path))
    body = ["Le projet de renouvellement urbain du quartier s'inscrit dans la continuité du contrat",
            "de ville et vise à transformer durablement l'image du quartier et de ses abords."]
    pages = [(None, ["CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN"]),
             ("TITRE I – LES QUARTIERS", ["TITRE I – LES QUARTIERS"]),
             ("TITRE II – LE PROJET URBAIN", ["TITRE II – LE PROJET URBAIN", "Article 1 – Le contexte"]),
             ("TITRE II – LE PROJET URBAIN", ["Article 2 – Les objectifs"]),
             ("TITRE II – LE PROJET URBAIN", ["Article 3 – La gouvernance"])]
    for header, heads in pages:
        if header:
            c.setFont("Helvetica-Oblique", 8)
            c.drawRightString(525, 810, header)
        y = 770
        for h in heads:
            y = _para(c, y, [h], size=12, bold=True)
            y = _para(c, y, body)
        c.showPage()
    c.save()
    (part,) = parse_pdf(path).parts
    got = [(s.number, s.heading) for s in part.sections]
    assert got == [("I", "LES QUARTIERS"), ("II", "LE PROJET URBAIN"), ("1", "Le contexte"),
                   ("2", "Les objectifs"), ("3", "La gouvernance")], got


def test_an_idtop_printed_in_the_label_cell_is_no_part_of_the_operations_name():
    """"C0999-21-0042 – Démolition de la tour …" in the label column: the operation is the
    demolition of the tour, as when the IDTOP has its own column."""
    from convention_parser.facts.extract import extract_facts
    from convention_parser.records import Table
    from convention_parser.rules import load_rules

    rows = [["C0999-21-0042 – Démolition de la tour des Frênes (71 logements)", "Lens", "Maisons et Cités",
             "71", "1 880 000 €"],
            ["C0999-33-0043 – Requalification de la résidence Verlaine", "Avion", "Pas-de-Calais Habitat",
             "120", "2 400 000 €"]]
    t = Table("t1", "Tableau des opérations cofinancées par l'ANRU (article 8.1)", [9],
              [["Opération (IDTOP – libellé)", "Commune", "Maître d'ouvrage", "Logements", "Subvention ANRU"]],
              rows, 2, 5, section="8.1")
    ops = extract_facts([], [t], load_rules()).operations
    got = sorted((o.type, o.name, o.commune, o.logements, o.amount) for o in ops)
    assert got == [("demolition", "tour des Frênes", "Lens", 71, 1880000.0),
                   ("requalification", "résidence Verlaine", "Avion", 120, 2400000.0)], got
