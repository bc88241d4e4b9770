"""A present list by groups whose row ends inside a group's label ("…, Mmes et" / "MM. les
membres du Bureau : DE SOUSA Jean-François."): the next row reads like a sentence (lower-case
words, a full stop) but carries the list on (generator2's seventh family, dev seed 7202).
Documents built for the test (no PDF); gold by hand."""

from __future__ import annotations

import pytest

from fixtures.structure.build import doc_from_lines

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts


@pytest.mark.parametrize("cut", ["Mmes et", "Mmes et MM. les", ""])
def test_a_row_ending_inside_a_group_label_goes_on(cut):
    rest = "Mmes et MM. les membres du Bureau : DE SOUSA Jean-François."[len(cut):].strip()
    first = "Étaient présents : M. le Président, Mmes et MM. les Vice-Présidents : MERCIER Hugues, TESSIER Jérôme,"
    specs = [
        {"text": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU COMMUNAUTAIRE", "bold": True},
        {"text": "Séance du 12 juin 2013, sous la présidence de M. Noël COUSIN, Président.", "gap": 6.0},
        {"text": f"{first} {cut}".strip(), "gap": 6.0},
        {"text": rest},
        {"text": "Étaient excusés : BENALI-MOREAU Brigitte, WALLART Christophe.", "gap": 6.0},
        {"text": "BC-2013-045 – Attribution d'une subvention au centre social", "bold": True, "gap": 8.0},
        {"text": "Après en avoir délibéré, le Bureau communautaire décide d'approuver les dispositions", "gap": 6.0},
        {"text": "exposées ci-dessus."},
        {"text": "Adopté à l'unanimité.", "gap": 6.0}]
    parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]
    md = parts[0].metadata
    assert md["present"] == ["Noël COUSIN", "MERCIER Hugues", "TESSIER Jérôme", "DE SOUSA Jean-François"]
    assert [e["name"] for e in md["excused"]] == ["BENALI-MOREAU Brigitte", "WALLART Christophe"]
