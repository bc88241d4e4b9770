"""Members listed by commune whose commune's name wraps in its cell while the members' list
wraps between a surname and its given name ("Bruay-la-" / "Buissière" beside "…, M. TESSIER" /
"Christophe, M. DUPONT …"; dev seed 8317 of deliberation8 / minutes8: present 0/9 for such a
document before): the cell's second line is the rest of the commune's name, not a group of its
own cutting "M. TESSIER Christophe" in two, nor a title ending the list; a new commune's cell
under a list ended ("… BIHAN Nadia" / "Corte" | "M. LEBRUN Benoît, …") still opens its group, and a name's rest alone on its row, the members' list ended beside its
first line ("Châlons-en-" | "Mme PRÉVOST Solène" / "Champagne"; dev seed 8321), is no title
ending the list nor a member;
unruled (a hanging indent), a members' line alone under its commune's row ("M. POULAIN" /
"Jean-Marc") carries the list on (the communes' cells at the margin are no wrap of the list).
And a name cut in its grid cell after a particle alone ("Mme DE" / "OLIVEIRA Marie-" /
"Christine", a borderless grid of justified cells, pinned generator seed): the particle keeps
its surname. Documents built for the test (layer-1 lines placed word by word; the grid
typeset by LibreOffice from a pinned generator2 seed), gold by construction."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import pytest

from convention_parser.evaluate.deliberations import name_key
from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.text.model import Document, Line, Page, Word

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import office  # noqa: E402

SIZE = 10.0
LEFT, VALUE = 60.0, 180.0


def _line(page: int, top: float, *chunks: tuple, table_id: Optional[str] = None) -> Line:
    """chunks: (x, text, bold, cell); one layer-1 line."""
    words: list[Word] = []
    cell = None
    for x, text, bold, cell in chunks:
        for t in text.split():
            w = len(t) * 0.5 * SIZE
            words.append(Word(t, x, top, x + w, top + 0.7 * SIZE, size=SIZE, bold=bold, base=top + 0.7 * SIZE))
            x += w + 0.3 * SIZE
    return Line(words=words, page=page, table_id=table_id, cell=cell)


COMMUNES = [
    (["Bruay-la-", "Buissière"], ["Mme VAN HECKE Patricia, M. MULLER Patrick, M. TESSIER",
                                  "Christophe, M. DUPONT Guillaume, M. BENALI-MOREAU Jean,",
                                  "Mme EL HADDAOUI Sylvie"]),
    (["La Seyne-sur-", "Mer"], ["Mme DE SAINT-JUST Leïla, M. MERCIER Ludovic, Mme LE",
                                "BIHAN Nadia"]),
    (["Corte"], ["M. LEBRUN Benoît, Mme BOULANGER Brigitte, M. POULAIN",
                 "Jean-Marc"]),
    (["Châlons-en-", "Champagne"], ["Mme PRÉVOST Solène"]),
    (["Hénin-", "Beaumont"], ["M. ROUX Paul, Mme PETIT Anne"]),
]
PRESENT = ["Patricia VAN HECKE", "Patrick MULLER", "Christophe TESSIER", "Guillaume DUPONT",
           "Jean BENALI-MOREAU", "Sylvie EL HADDAOUI", "Leïla DE SAINT-JUST", "Ludovic MERCIER",
           "Nadia LE BIHAN", "Benoît LEBRUN", "Brigitte BOULANGER", "Jean-Marc POULAIN", "Solène PRÉVOST", "Paul ROUX",
           "Anne PETIT"]


def _metadata(ruled: bool) -> dict:
    head = ["Communauté d'Agglomération Béthune-Bruay Artois Lys Romane",
            "PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE",
            "Séance du dimanche 10 mars 2019 à 19h00",
            "La séance est ouverte à 19h00 sous la présidence de Mme Patricia VAN HECKE, Présidente."]
    lines = [_line(1, 60.0 + 14 * k, (LEFT, t, False, None)) for k, t in enumerate(head)]
    lines.append(_line(1, 116.0, (LEFT, "Étaient présents :", False, None)))
    top = 132.0
    for r, (commune, members) in enumerate(COMMUNES):
        for k in range(max(len(commune), len(members))):
            if k < len(commune):
                lines.append(_line(1, top, (LEFT, commune[k], True, (r, 1) if ruled else None),
                                   table_id="g1" if ruled else None))
            if k < len(members):
                lines.append(_line(1, top, (VALUE, members[k], False, (r, 2) if ruled else None),
                                   table_id="g1" if ruled else None))
            top += 12.5
        top += 4.0
    tail = ["Absents : Mme DUPUIS Valérie (Corte)",
            "M. Benoît LEBRUN est désigné secrétaire de séance.",
            "2019-03-10/01 – Rénovation énergétique du groupe scolaire",
            "Le Conseil communautaire, après en avoir délibéré, DÉCIDE d'approuver les dispositions ci-dessus.",
            "Adopté à l'unanimité."]
    lines += [_line(1, top + 20.0 + 14 * k, (LEFT, t, False, None)) for k, t in enumerate(tail)]
    page = Page(number=1, width=595.0, height=842.0)
    page.lines.extend(lines)
    parts = [p for p in split_parts(Document(path="<built>", pages=[page]), load_rules())
             if p.kind == "deliberation"]
    assert len(parts) == 1
    return parts[0].metadata


@pytest.mark.parametrize("ruled", [True, False], ids=["table", "hanging"])
def test_commune_cell_wrapped_beside_a_name_wrapped_whole(ruled):
    md = _metadata(ruled)
    assert sorted(map(name_key, md["present"])) == sorted(map(name_key, PRESENT))
    assert list(map(name_key, md["absent"])) == [name_key("Valérie DUPUIS")]


needs_office = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice is not installed")


@needs_office
def test_grid_cell_cut_after_a_lone_particle(tmp_path):
    """deliberation8 seed 1006260490 (a document of dev seed 8317): a borderless grid of
    justified cells, "Mme DE" / "OLIVEIRA Marie-" / "Christine" in one of them."""
    from corpora.generator2 import deliberation8
    from convention_parser.pipeline import parse_pdf
    sample = deliberation8.build(1006260490, tmp_path / "docx")[0]
    office.docx_to_pdf([sample.docx], tmp_path)
    pdf = tmp_path / f"{sample.name}.pdf"
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    gold = sample.gold["session"]["present"]
    assert "Marie-Christine DE OLIVEIRA" in gold
    assert sorted(map(name_key, parts[0]["metadata"]["present"])) == sorted(map(name_key, gold))
