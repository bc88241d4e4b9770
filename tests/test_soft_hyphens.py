"""Names cut at a line end: a soft hyphen the typesetter inserted ("BLA-" / "NCHARD")
is dropped whatever the case, a compound's own hyphen ("BENOUARGHA-" / "JAFFIOL",
"Gautier-" / "Medeiros") is kept.

Built documents: tests/fixtures/deliberation/soft_*.pdf (build.py: soft hyphens
typed into the names, LibreOffice cutting some of them at line ends), gold by
construction; the session fields themselves are checked with the other built
documents in test_deliberation_header.py.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from convention_parser.structure.attendance import SOFT_HYPHEN, join_pieces
from convention_parser.text.hyphenation import keep_hyphen
from convention_parser.text.reader import read_document

BUILT = Path(__file__).resolve().parent / "fixtures" / "deliberation"


def _cut_words(name: str) -> set[str]:
    """Words layer 1 rejoined across a line end."""
    return {w.text.strip(",;.") for page in read_document(BUILT / f"{name}.pdf").pages
            for line in page.lines for w in line.words if w.continued is not None}


def test_soft_hyphens_of_capitals_are_dropped_compounds_kept():
    assert _cut_words("soft_caps_tabs") == {"BLANCHARD", "MEULEN"}  # "BLA-" / "NCHARD", "VAN DER MEU-" / "LEN"
    assert _cut_words("soft_caps_paragraph") == {"BENOUARGHA-JAFFIOL", "Isabelle"}
    assert _cut_words("soft_title_hanging") == {"Gautier-Medeiros", "Vignal", "Thuillier"}


def test_the_pdf_tells_a_soft_hyphen_from_a_typed_one():
    """LibreOffice draws the hyphen of a discretionary break as a text object of its own."""
    from convention_parser.text.chars import Frame, read_chars
    import pypdfium2 as pdfium

    def hyphens(name):
        pdf = pdfium.PdfDocument(str(BUILT / f"{name}.pdf"))
        page = pdf[0]
        textpage = page.get_textpage()                 # held: read_chars works on its handle
        chars, _ = read_chars(textpage, Frame(page.get_cropbox(), 0))
        return [(chars[k - 3].text + chars[k - 2].text + chars[k - 1].text, c.soft)
                for k, c in enumerate(chars) if c.hyphen]

    assert hyphens("soft_caps_tabs") == [("BLA", True), ("MEU", True)]
    assert hyphens("soft_caps_paragraph") == [("Isa", True), ("GHA", False)]


def test_keep_hyphen_with_the_pdfs_word():
    assert not keep_hyphen("NIC", "OLAS,", Counter(), soft=True)
    assert keep_hyphen("NIC", "OLAS,", Counter())                 # no evidence: a compound of capitals
    assert keep_hyphen("MARTIN", "DUPONT", Counter({"martin-dupont": 1}), soft=True)  # the document's spelling first
    assert not keep_hyphen("Nic", "olas", Counter())


def test_rows_joined_at_a_soft_hyphen():
    assert join_pieces(["M. Jean NIC" + SOFT_HYPHEN, "OLAS, Mme Anne ROUX"]) == "M. Jean NICOLAS, Mme Anne ROUX"
    assert join_pieces(["Mme Anne DUPONT-", "MOREAU, M. Paul"]) == "Mme Anne DUPONT-MOREAU, M. Paul"
    assert join_pieces(["M. Jean NIC" + SOFT_HYPHEN]) == "M. Jean NIC-"
