"""Several documents, some of one kind, bound in one PDF.

The PDFs are concatenations of corpus PDFs built here; the gold is each source's
gold by construction (corpora/gold), its pages shifted by the pages bound before it.
A convention after a convention, an avenant after an avenant must each stay a part,
and the decision at the head of an avenant file must not be swallowed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.text import read_document

CORPUS = Path(__file__).resolve().parents[1] / "corpora"


def _bind(sources: list[str], out: Path):
    """Concatenate corpus PDFs; return the expected parts (kind, pages) and sections."""
    pdfium = pytest.importorskip("pypdfium2")
    bound = pdfium.PdfDocument.new()
    want_parts, want_sections, offset = [], [], 0
    for name in sources:
        pdf, gold = CORPUS / "pdf" / f"{name}.pdf", CORPUS / "gold" / f"{name}.json"
        if not pdf.exists() or not gold.exists():
            pytest.skip(f"{name} not in the corpus")
        src = pdfium.PdfDocument(str(pdf))
        bound.import_pages(src)
        for part in json.loads(gold.read_text())["parts"]:
            want_parts.append((part["kind"], [part["pages"][0] + offset, part["pages"][1] + offset]))
            want_sections.append([(s["number"], s["heading"], s["page"] + offset)
                                  for s in part["sections"] if s["number"]])
        offset += len(src)
        src.close()
    bound.save(str(out))
    return split_parts(read_document(out), load_rules()), want_parts, want_sections


@pytest.fixture(scope="module")
def two_conventions_two_avenants(tmp_path_factory):
    out = tmp_path_factory.mktemp("bound") / "bound.pdf"
    return _bind(["call_convention_original", "call_convention_consolidated",
                  "seed_deliberation_avenant01_b", "seed_avenant01_c"], out)


def test_each_bound_document_is_a_part(two_conventions_two_avenants):
    parts, want_parts, _ = two_conventions_two_avenants
    assert [(p.kind, [p.first_page, p.last_page]) for p in parts] == want_parts
    assert [p.kind for p in parts] == ["convention", "convention", "deliberation", "avenant", "avenant"]


def test_bound_parts_keep_their_sections(two_conventions_two_avenants):
    parts, _, want_sections = two_conventions_two_avenants
    got = [[(s.number, s.heading, s.page) for s in p.sections] for p in parts]
    assert got == want_sections


def test_bound_parts_keep_their_metadata(two_conventions_two_avenants):
    parts, _, _ = two_conventions_two_avenants
    decision, avenant_b, avenant_c = parts[2], parts[3], parts[4]
    assert decision.title.startswith("DECISION EXTRAITE DU PROCES VERBAL")
    assert decision.metadata["session_date"] == "2023-06-30"
    assert decision.metadata["president"] == "COTTIGNY"
    assert decision.metadata["vote"]["result"] == "unanimity"
    for av in (avenant_b, avenant_c):
        assert av.metadata["number"] == "01"
        assert av.metadata["convention_number"] == "C0688"
        assert av.amendments
