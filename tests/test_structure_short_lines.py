"""Paragraphs set with no spacing and no indent (Word documents converted by LibreOffice):
a paragraph still ends on a short line, one the next line's first word would have fitted
at the end of (structure/tree.py ends_short); and a parties' block whose parties each take
one line comes apart party by party (structure/avenant_meta.py _pieces)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "structure"))

from build import line  # noqa: E402

from convention_parser.rules import load_rules  # noqa: E402
from convention_parser.structure import split_parts  # noqa: E402
from convention_parser.structure.avenant_meta import read_parties  # noqa: E402
from convention_parser.structure.model import Paragraph  # noqa: E402
from convention_parser.text.model import Document, Page  # noqa: E402

LEFT, RIGHT, STEP = 50.0, 545.0, 12.0


def _justified(text: str, top: float):
    """A line stretched to the right edge (a justified paragraph's inner line)."""
    ln = line(text, top=top, x0=LEFT)
    spare = RIGHT - ln.words[-1].x1
    gaps = len(ln.words) - 1
    for i, w in enumerate(ln.words):
        shift = spare * i / gaps if gaps else 0.0
        w.x0 += shift
        w.x1 += shift
    return ln


def _document(paragraphs: list[list[str]]) -> Document:
    """Each paragraph's lines but the last justified; every line one step below the
    last: no spacing, no indent, only the short last line tells a paragraph's end."""
    lines, top = [line("CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN", top=60.0, size=14, bold=True)], 60.0
    for para in paragraphs:
        for k, text in enumerate(para):
            top += STEP * (2 if len(lines) == 1 else 1)
            lines.append(_justified(text, top) if k < len(para) - 1 else line(text, top=top, x0=LEFT))
    return Document(path="<built>", pages=[Page(number=1, width=595.0, height=842.0, lines=lines)])


PARTIES = [
    ["Il est convenu entre :"],
    ["L'Agence nationale pour la rénovation urbaine, désignée ci-après « l'Agence », représentée",
     "par son directeur général,"],
    ["L'État, représenté par le Préfet de département et responsable de la mise en œuvre du",
     "renouvellement urbain dans le département,"],
    ["La Communauté de communes des Coteaux de l'Aumance, l'Établissement public de coopération",
     "intercommunale (EPCI), représentée par son président,"],
    ["La commune de Villers-Saint-Amand, représentée par son Maire,"],
    ["Immobilière Alizé, SA d'HLM, représentée par son Président du Directoire,"],
    ["Ci-après désignés les « Parties prenantes »"],
    ["Ce qui suit :"],
]


def _paragraphs(paragraphs):
    parts = split_parts(_document(paragraphs), load_rules())
    # the title line is a paragraph of its own
    return parts[0], [p.text for p in parts[0].paragraphs][1:]


def test_a_short_last_line_ends_the_paragraph_without_spacing():
    part, texts = _paragraphs(PARTIES)
    assert texts[:4] == [" ".join(p) for p in PARTIES[:4]]
    assert part.metadata["parties"] == [
        "Agence nationale pour la rénovation urbaine", "État", "Communauté de communes des Coteaux de l'Aumance",
        "Commune de Villers-Saint-Amand", "Immobilière Alizé"]


def test_lines_filling_the_column_stay_one_paragraph():
    # A comma at a line end and a capital after it: the line was full, the break the typesetter's.
    para = ["La gestion urbaine de proximité fait l'objet d'une convention spécifique signée le 3 mars,",
            "Les partenaires y précisent les engagements de chacun pendant la durée des travaux et",
            "les modalités de suivi."]
    _, texts = _paragraphs([para, ["Le projet est conduit par la commune."]])
    assert texts == [" ".join(para), "Le projet est conduit par la commune."]


def _paragraph(lines: list[str]) -> Paragraph:
    return Paragraph(text=" ".join(lines), page=1, lines=[line(t, top=100.0 + STEP * k) for k, t in enumerate(lines)])


RULES = load_rules().family("convention")["metadata"]


def test_parties_set_one_a_line_in_one_paragraph_come_apart():
    block = [_paragraph(["Il est convenu entre :"]),
             _paragraph(["Les maîtres d'ouvrage des opérations programmées dans la présente convention :",
                         "OPH Vallée de la Thure, Office public de l'habitat, représenté par son Directeur",
                         "Général,",
                         "Solvéa Logement, Société anonyme d'HLM, représentée par sa Directrice Générale,",
                         "Aquilon Logement, représentée par son Président,",
                         "Monsieur Jean DUPONT,",
                         "Action Logement Services, représentée par son Directeur Régional,"]),
             _paragraph(["Ce qui suit :"])]
    parties, _ = read_parties(RULES, block)
    # "Général," goes on its party (no capitalised clause before it); "Monsieur Jean
    # DUPONT" is a representative, never a party of its own.
    assert parties == ["OPH Vallée de la Thure", "Solvéa Logement", "Aquilon Logement",
                       "Action Logement Services"]


def test_the_opening_line_joined_to_the_paragraph_before_still_opens_the_block():
    # "Vu …," fills its line: nothing tells the paragraph's end but the opening words.
    block = [_paragraph(["Vu le règlement financier (RF) de l'ANRU relatif au NPNRU en vigueur au jour de la",
                         "signature du présent avenant,",
                         "Il est convenu entre :",
                         "L'État, représenté par le Préfet de département,",
                         "La commune de Hallencourt, représentée par son Maire,"]),
             _paragraph(["Ce qui suit :"])]
    parties, _ = read_parties(RULES, block)
    assert parties == ["État", "Commune de Hallencourt"]


def test_a_closing_quote_wrapped_alone_onto_its_line_is_no_party():
    block = [_paragraph(["Il est convenu entre :"]),
             _paragraph(["L'État, représenté par le Préfet de département,"]),
             _paragraph(["La Communauté de communes du Grand Belmont, représentée par son président, ci-après "
                         "désignée « le porteur de projet"]), _paragraph(["»,"]),
             _paragraph(["Logis Ternois, SA d'HLM, représentée par sa Directrice Générale,"]),
             _paragraph(["Ce qui suit :"])]
    parties, _ = read_parties(RULES, block)
    assert parties == ["État", "Communauté de communes du Grand Belmont", "Logis Ternois"]


def test_a_reference_cut_after_a_hyphen_between_digits_is_rejoined():
    para = ["Ces droits tiennent compte des orientations de la conférence prévue à l'article L 441-",
            "1-5 du CCH."]
    _, texts = _paragraphs([para])
    assert texts == ["Ces droits tiennent compte des orientations de la conférence prévue à l'article L 441-1-5 "
                     "du CCH."]
