"""Council minutes nobody here typeset (Mairie de Corte): one part per numbered deliberation.

Gold written by hand from `pdftotext -layout` of the PDFs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.text import read_document

REAL = Path("/work/shared/real")
PV_2023 = REAL / "mairie-corte_proces-verbal_2023-02-13_downloads-1598.pdf"
PV_2024 = REAL / "mairie-corte_proces-verbal_2024-07-01_downloads-1752.pdf"


def _parts(path):
    if not path.exists():
        pytest.skip("real PDFs not available")
    return split_parts(read_document(path), load_rules())


def test_2023_02_thirteen_deliberations_and_votes():
    parts = _parts(PV_2023)
    assert [p.metadata["number"] for p in parts] == [f"23-02/{n:03d}" for n in range(1, 11)]
    assert all(p.kind == "deliberation" for p in parts)
    votes = [p.metadata["vote"]["result"] for p in parts]
    assert votes == ["unanimity"] * 5 + ["majority", "unanimity", "unanimity", "majority", "unanimity"]
    md = parts[0].metadata
    assert md["session_date"] == "2023-02-13" and md["body"] == "Conseil municipal"
    assert md["present_count"] == 25
    assert md["absent"] == ["JT Albertini", "E. Baghioni", "F. Luciani", "AJ Nicolini"]
    assert len(md["excused"]) == 6            # 07 procurations announced, six names as written
    assert parts[8].metadata["not_voting"] == ["Nathalie PULICANI", "Jean-François ORSATELLI", "Philippe SINDALI"]
    assert parts[1].title.startswith("Adoption d’un plan de financement") and parts[1].title.endswith("Ville de CORTE")
    assert parts[0].sections[0].number == "1" and parts[0].sections[0].heading == "Finances Communales"


def test_2024_07_counts():
    parts = _parts(PV_2024)
    assert [p.metadata["number"] for p in parts] == [f"24-07/{n:03d}" for n in range(59, 75)]
    by = {p.metadata["number"]: p.metadata for p in parts}
    assert by["24-07/059"]["vote"]["for"] == 21 and by["24-07/059"]["vote"]["result"] == "unanimity"
    assert by["24-07/059"]["not_voting"] == ["Paula RINIERI"]
    assert by["24-07/068"]["vote"]["for"] == 18
    assert by["24-07/069"]["vote"]["for"] == 22
    assert by["24-07/071"]["vote"]["result"] is None       # "PREND ACTE": no vote
    assert by["24-07/059"]["present_count"] == 22
    assert len(by["24-07/059"]["absent"]) == 7
