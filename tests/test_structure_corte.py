"""Council minutes nobody here typeset (Mairie de Corte): one part per numbered deliberation.

Gold written by hand from `pdftotext -layout` of the PDFs.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from conftest import SHARED_REAL

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.text import read_document
from fixtures.structure.build import doc_from_lines

REAL = SHARED_REAL
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "structure"
PV_2023 = REAL / "mairie-corte_proces-verbal_2023-02-13_downloads-1598.pdf"
PV_2024 = REAL / "mairie-corte_proces-verbal_2024-07-01_downloads-1752.pdf"


def _parts(path):
    if not path.exists():
        pytest.skip("real PDFs not available")
    return split_parts(read_document(path), load_rules())


def test_2023_02_thirteen_deliberations_and_votes():
    parts = _parts(PV_2023)
    # "Point n° 7 : En Communication" after the last deliberation holds no decision: its own part.
    *parts, tail = parts
    assert (tail.kind, tail.first_page, tail.title) == ("other", 3, "Point n° 7 : En Communication")
    assert [p.metadata["number"] for p in parts] == [f"23-02/{n:03d}" for n in range(1, 11)]
    assert all(p.kind == "deliberation" for p in parts)
    votes = [p.metadata["vote"]["result"] for p in parts]
    assert votes == ["unanimity"] * 5 + ["majority", "unanimity", "unanimity", "majority", "unanimity"]
    md = parts[0].metadata
    assert md["session_date"] == "2023-02-13" and md["body"] == "Conseil municipal"
    assert md["present_count"] == 25
    assert md["absent"] == ["JT Albertini", "E. Baghioni", "F. Luciani", "AJ Nicolini"]
    # 07 procurations announced: "JF Orsatelli J. Orsatelli" (no comma) is two people
    assert [e["name"] for e in md["excused"]][2:4] == ["JF Orsatelli", "J. Orsatelli"] and len(md["excused"]) == 7
    assert md["secretary"] == "Marc-Marie GUGLIELMI" and md["president"] == "Xavier POLI"   # from the signature block
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


# --------------------------------------------------------------------------
# A council's agenda decides nothing: no deliberation.

AGENDA = REAL / "mairie-corte_convocation-odj_2023-10-30_downloads-1592.pdf"


def test_agenda_is_no_deliberation():
    parts = _parts(AGENDA)
    assert [(p.kind, p.first_page, p.last_page) for p in parts] == [("other", 1, 2)]
    assert parts[0].title.startswith("ORDRE DU JOUR DU CONSEIL MUNICIPAL")
    assert parts[0].metadata == {}


def _minutes_doc(decision: str, source: str = "pdf"):
    text = ["Ville de Corte", "Compte-rendu de la réunion du Conseil Municipal du 13 février 2023",
            "25 Conseillers étaient Présents ou Représentés.", "Point n° 1 : Finances Communales",
            "23-02/001 – Rapport d’Orientations Budgétaires 2023 :",
            "Monsieur le Maire présente le rapport au Conseil Municipal.", decision]
    doc = doc_from_lines([{"text": t, "gap": 12.0 if k else 0.0} for k, t in enumerate(text)])
    for page in doc.pages:
        page.text_source = source
    return doc


def test_minutes_need_a_decision():
    """The same minutes with and without their decision: the decision alone makes them a deliberation."""
    rules = load_rules()
    decided = split_parts(_minutes_doc("Le Conseil, à l’unanimité, Adopte le rapport."), rules)
    assert [(p.kind, p.metadata["number"], p.metadata["vote"]["result"]) for p in decided] == \
        [("deliberation", "23-02/001", "unanimity")]
    undecided = split_parts(_minutes_doc("Le rapport sera présenté en séance."), rules)
    assert [p.kind for p in undecided] == ["other"]


# --------------------------------------------------------------------------
# OCR'd minutes (2024-03-25, a scan): layer 1's OCR text rebuilt as a Document
# (reading the scan takes about a minute). Gold read by hand from the scan.

OCR_TEXT = FIXTURES / "corte_pv_2024-03-25_ocr.txt"
VOTES_2024_03 = {
    "029": ("majority", 19, 5), "030": ("majority", 19, 5), "031": ("unanimity", None, None),
    "032": ("unanimity", None, None), "033": ("unanimity", 24, None), "034": ("unanimity", None, None),
    "035": ("unanimity", None, None), "036": ("unanimity", 24, None), "037": ("unanimity", None, None),
    "038": ("majority", 23, None), "039": ("majority", 24, None), "040": ("majority", 24, None),
    "041": ("unanimity", 24, None), "042": ("unanimity", None, None),
}


def _ocr_parts(transform=lambda t: t, source: str = "ocr"):
    raw = "\n".join(ln for ln in OCR_TEXT.read_text(encoding="utf-8").split("\n") if not ln.startswith("#"))
    specs = [{"text": ln, "page": n + 1}
             for n, page in enumerate(transform(raw).split("\f")) for ln in page.split("\n") if ln.strip()]
    doc = doc_from_lines(specs)
    for page in doc.pages:
        page.text_source = source
    return split_parts(doc, load_rules())


def _votes(parts):
    return {p.metadata["number"][-3:]: (p.metadata["vote"]["result"], p.metadata["vote"]["for"],
                                        p.metadata["vote"]["abstention"]) for p in parts}


def test_ocr_minutes_subjects_and_votes():
    parts = _ocr_parts()
    assert [p.metadata["number"] for p in parts] == [f"24-03/{n:03d}" for n in range(29, 43)]
    # "24-03/029 —- Adoption …": the doubled separator is no part of the subject
    assert parts[0].metadata["subject"] == "Adoption du Compte Administratif 2023 de la Commune"
    assert not [p.metadata["subject"] for p in parts if p.metadata["subject"][:1] in "-–—"]
    assert _votes(parts) == VOTES_2024_03


def _degrade(text: str) -> str:
    """What a worse OCR makes of the votes: accents lost, an "l" read as "I", words split."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("l’unanimite", "I'unanimite", 2).replace("l'unanimite", "l'unani mite")
    return text.replace("Majorite", "Majo-\nrite", 1).replace("Voix", "Vo ix", 1)


def test_ocr_noise_tolerated_only_on_ocr_text():
    noisy = _degrade(OCR_TEXT.read_text(encoding="utf-8"))
    assert "unanimité" not in noisy and "I'unanimite" in noisy and "unani mite" in noisy   # the noise is there
    assert _votes(_ocr_parts(_degrade)) == VOTES_2024_03
    # The same words in a text layer (not OCR) are not read with the tolerant rules.
    clean_layer = _votes(_ocr_parts(_degrade, source="pdf"))
    assert [n for n, v in clean_layer.items() if v != VOTES_2024_03[n]]
