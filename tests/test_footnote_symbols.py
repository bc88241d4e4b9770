"""Footnotes numbered by symbols ("*", "†", "‡", "§", then doubled: Word's "chicago" format;
layout set 6): the calls leave the words they follow ("département*," reads "département,")
and each note is attached to its call. A DOCX built for the test, converted by LibreOffice."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.generator2 import office  # noqa: E402

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice not installed")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NOTES = ["Lorsque le projet prévoit des opérations localisées dans un autre département.",
         "Y compris ceux ajoutés par avenant.",
         "Le règlement financier en vigueur au jour de la signature."]
# (text before the call, the word the call follows, text after)
CALLS = [("L'État, représenté par le Préfet de département et responsable du renouvellement urbain dans le ",
          "département", ", ci-après désigné « l'État »."),
         ("Les maîtres d'ouvrage des opérations programmées dans la présente ", "convention", " :"),
         ("Vu le règlement financier de l'Agence relatif au nouveau programme national de renouvellement ",
          "urbain", ".")]


def _pdf(tmp_path: Path) -> Path:
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.add_paragraph("Il est convenu entre les parties ce qui suit.")
    for i, (before, word, after) in enumerate(CALLS, start=1):
        p = doc.add_paragraph(before + word)
        r = p.add_run()
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        r._r.get_or_add_rPr().append(va)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(i))
        r._r.append(ref)
        p.add_run(after)
    fpr = OxmlElement("w:footnotePr")
    fmt = OxmlElement("w:numFmt")
    fmt.set(qn("w:val"), "chicago")
    fpr.append(fmt)
    doc.sections[0]._sectPr.insert(0, fpr)
    body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
            '</w:r></w:p></w:footnote>']
    for i, text in enumerate(NOTES, start=1):
        body.append(f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
                    f'<w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
                    f'<w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>')
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">' \
          + "".join(body) + "</w:footnotes>"
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    path = tmp_path / "symbols.docx"
    doc.save(str(path))
    return office.docx_to_pdf([path], tmp_path / "pdf")[0]


def test_footnotes_numbered_by_symbols(tmp_path):
    from convention_parser.text.reader import read_document

    doc = read_document(_pdf(tmp_path))
    page = doc.pages[0]
    notes = {n.mark: n for n in page.footnotes}
    assert set(notes) == {"*", "†", "‡"}
    for (before, word, after), mark, text in zip(CALLS, ["*", "†", "‡"], NOTES):
        note = notes[mark]
        assert note.text == text
        assert note.call is not None and note.call.text.startswith(word) and note.call.footnote == mark
    body = " ".join(ln.text for ln in page.lines)
    assert "*" not in body and "†" not in body and "‡" not in body
    assert "dans le département, ci-après" in body
