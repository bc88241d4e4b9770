"""Running headers in a PDF that binds several documents."""

import sys

import pypdfium2 as pdfium
import pytest

from conftest import CORPORA, FIXTURES

sys.path.insert(0, str(FIXTURES / "text"))
from pdfs import new_canvas  # noqa: E402

from convention_parser.text import read_document  # noqa: E402


def _bind(paths, out):
    pdf = pdfium.PdfDocument.new()
    for p in paths:
        pdf.import_pages(pdfium.PdfDocument(str(p)))
    pdf.save(str(out))
    return out


def _furniture(doc, offset=0):
    return {(p.number + offset, ln.text) for p in doc.pages for ln in p.header + p.footer}


@pytest.mark.parametrize("first,second", [
    ("call_convention_consolidated.pdf", "seed_deliberation_avenant01_b.pdf"),
    ("seed_deliberation_avenant01.pdf", "call_convention_original.pdf"),
])
def test_bound_corpus_pdfs_keep_each_documents_furniture(tmp_path, first, second):
    a, b = CORPORA / "pdf" / first, CORPORA / "pdf" / second
    if not (a.exists() and b.exists()):
        pytest.skip("corpus PDFs not built")
    alone_a, alone_b = read_document(a), read_document(b)
    bound = read_document(_bind([a, b], tmp_path / "bound.pdf"))
    want = _furniture(alone_a) | _furniture(alone_b, offset=len(alone_a.pages))
    assert _furniture(bound) == want
    # "Sans objet" opens pages of one document where the other prints text
    # in another size: it is never a running header.
    assert not any(ln.text == "Sans objet" for p in bound.pages for ln in p.header)


def _doc(path, header, pages, title=None, bold_header=True):
    c = new_canvas(path)
    for i in range(pages):
        if header:
            c.setFont("Helvetica-Bold" if bold_header else "Helvetica", 10)
            c.drawString(72, 810, header)
        if i == 0 and title:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(72, 810, title)
        c.setFont("Helvetica", 11)
        for k in range(12):
            c.drawString(72, 700 - 16 * k, f"Texte courant de la page {i + 1}, ligne {k + 1} du document.")
        c.setFont("Helvetica", 9)
        c.drawString(290, 40, f"{i + 1}")
        c.showPage()
    c.save()


def test_one_off_title_where_another_document_has_its_header(tmp_path):
    # Document A: a bold running header at the top of every page. Document B
    # has none; its first page opens with a bold title set exactly where A's
    # header is. Bound after A, the title is B's page content.
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    _doc(a, "Convention NPNRU – CA Lens-Liévin", 4)
    _doc(b, None, 4, title="ARTICLE 1 : OBJET DE L'AVENANT")
    bound = read_document(_bind([a, b], tmp_path / "bound.pdf"))
    assert [ln.text for ln in bound.pages[0].header] == ["Convention NPNRU – CA Lens-Liévin"]
    assert [ln.text for ln in bound.pages[3].header] == ["Convention NPNRU – CA Lens-Liévin"]
    assert bound.pages[4].header == []
    assert bound.pages[4].lines[0].text == "ARTICLE 1 : OBJET DE L'AVENANT"
