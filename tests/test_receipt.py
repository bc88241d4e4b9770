"""The legality-control receipt ("Accusé de réception … 062-…-DE") read from the text layer."""

from pathlib import Path

import pytest

from conftest import FIXTURES, SHARED_REAL
from convention_parser.pipeline import parse_pdf
from convention_parser.structure.receipt import read_receipts, strip_stamp

# The stamp families printed by the transmission tools, with what they must give:
# (text, id, received, transmitted)
VARIANTS = [
    ("Accusé de réception en préfecture\n062-216207654-20230630-DEL2023_45-DE\n"
     "Date de télétransmission : 03/07/2023\nDate de réception préfecture : 04/07/2023",
     "062-216207654-20230630-DEL2023_45-DE", "2023-07-04", "2023-07-03"),
    ("Envoyé en préfecture le 04/07/2024\nReçu en préfecture le 05/07/2024\nPublié le 06/07/2024\n"
     "ID : 047-214703236-20240701-2024_059-DE",
     "047-214703236-20240701-2024_059-DE", "2024-07-05", "2024-07-04"),
    ("Accusé de réception - Ministère de l'Intérieur\n02B-212000961-20240701-24_07_059-DE\n"
     "Accusé certifié exécutoire\nRéception par le préfet : 09/07/2024",
     "02B-212000961-20240701-24_07_059-DE", "2024-07-09", None),
    # Extraction spaced the hyphens and glued the dates to their neighbours.
    ("COMMUNE DE X Accusé de réception en préfecture 974 - 219740115 - 20221215 - D2022_118 - DE "
     "Date de télétransmission : 16/12/2022Date de réception préfecture : 16/12/2022",
     "974-219740115-20221215-D2022_118-DE", "2022-12-16", "2022-12-16"),
]


@pytest.mark.parametrize("text,ident,received,sent", VARIANTS)
def test_stamp_families(text, ident, received, sent):
    (r,) = read_receipts(text)
    assert (r.id, r.received, r.transmitted) == (ident, received, sent)
    dep, siren, date, act, nature = ident.split("-")
    assert (r.department, r.siren, r.act_id, r.nature) == (dep, siren, act, nature)
    assert r.date == f"{date[:4]}-{date[4:6]}-{date[6:]}"


@pytest.mark.parametrize("text", [
    "Montant : 062-216207654 euros",                            # no date, no nature
    "Téléphone 03-21-98-40-00, SIRET 216 207 654 00011",
    "062-216207654-20231345-DEL2023_45-DE",                     # month 13
    "062-216207654-20230630-DEL2023_45-XX",                     # not an ACTES nature
])
def test_no_receipt_is_invented(text):
    assert read_receipts(text) == []


def test_sub_prefecture_is_noted():
    (r,) = read_receipts("Accusé de réception en sous-préfecture 059-215903501-20230101-D12-DE")
    assert r.sub_prefecture and r.department == "059"


def test_stamp_glued_to_a_field_is_cut():
    assert strip_stamp("COMMUNE DE SAINT-OMER Accusé de réception en préfecture") == "COMMUNE DE SAINT-OMER"
    assert strip_stamp("Ville de Lens") == "Ville de Lens"


@pytest.mark.parametrize("name", ["blocks_rl_helvetica.pdf", "blocks_word_sans.pdf"])
def test_stamp_box_beside_the_heading(name):
    """A framed stamp in the top-right corner (built by tests/fixtures/text/build_blocks.py)."""
    (part,) = [p for p in parse_pdf(FIXTURES / "text" / name).parts if p.kind == "deliberation"]
    r = part.metadata["act_receipt"]
    assert r["id"] == "062-216207654-20230630-DEL2023_45-DE"
    assert (r["siren"], r["received"], r["transmitted"]) == ("216207654", "2023-07-03", "2023-07-03")
    assert "réception" not in part.metadata["organisation"].lower()


def _stamped_pdf(path: Path) -> Path:
    """Two pages, the "Envoyé / Reçu / ID :" stamp in the bottom corner of each (page furniture)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    body = ["COMMUNE DE VILLENEUVE-SUR-LOT", "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
            "Séance du 1er juillet 2024", "Délibération n° 2024-059",
            "Objet : Approbation de l'avenant n° 2 à la convention de renouvellement urbain",
            "Présents : Jean MARTIN, Paul DURAND, Marie PETIT", "Le conseil municipal, après en avoir délibéré,",
            "APPROUVE l'avenant n° 2 à la convention pluriannuelle.", "Adopté à l'unanimité."]
    stamp = ["Envoyé en préfecture le 04/07/2024", "Reçu en préfecture le 05/07/2024",
             "Publié le 06/07/2024", "ID : 047-214703236-20240701-2024_059-DE"]
    for lines in (body, ["Article 2 : le maire est autorisé à signer l'avenant."]):
        for i, line in enumerate(lines):
            c.setFont("Helvetica", 12)
            c.drawString(72, 780 - 18 * i, line)
        for i, line in enumerate(stamp):
            c.setFont("Helvetica", 7)
            c.drawString(380, 70 - 9 * i, line)
        c.showPage()
    c.save()
    return path


def test_stamp_repeated_on_every_page(tmp_path):
    (part,) = parse_pdf(_stamped_pdf(tmp_path / "stamped.pdf")).parts
    assert part.metadata["act_receipt"] == {
        "id": "047-214703236-20240701-2024_059-DE", "department": "047", "siren": "214703236",
        "date": "2024-07-01", "act_id": "2024_059", "nature": "DE", "transmitted": "2024-07-04",
        "received": "2024-07-05", "sub_prefecture": False, "page": 1}


REAL = sorted(SHARED_REAL.glob("*.pdf")) if SHARED_REAL.is_dir() else []


@pytest.mark.skipif(not REAL, reason="shared real documents missing")
@pytest.mark.parametrize("path", [p for p in REAL if "scanned" not in p.name and "1715" not in p.name],
                         ids=lambda p: p.name[:40])
def test_real_documents_carry_no_receipt_and_none_is_invented(path):
    """The real minutes in ../shared/real print no ACTES stamp in their text layer (checked by
    reading every page): parse must report none rather than read one out of other numbers."""
    result = parse_pdf(path, ocr="never")
    assert [p.metadata.get("act_receipt") for p in result.parts if p.kind == "deliberation"] \
        == [None] * sum(p.kind == "deliberation" for p in result.parts)


def _line(text: str, page: int, top: float):
    from convention_parser.text.model import Line, Word

    words, x = [], 72.0
    for w in text.split():
        words.append(Word(w, x, top, x + 6 * len(w), top + 10, size=10))
        x += 6 * len(w) + 4
    return Line(words=words, page=page)


def test_items_of_one_session_share_the_minutes_stamp():
    """Minutes: the stamp on page 1 belongs to the session; an item of another session gets none."""
    from convention_parser.exporters.scdl import scdl_row
    from convention_parser.records import Part, ParseResult, Source
    from convention_parser.structure.model import PartDraft
    from convention_parser.structure.receipt import attach_receipts
    from convention_parser.text.model import Document, Page

    stamp = ["Accusé de réception en préfecture", "059-259427970-20141120-DEL2014_71-DE",
             "Date de télétransmission : 20/11/2014", "Date de réception préfecture : 21/11/2014"]
    pages = [Page(n, 595, 842, lines=[_line(t, n, 60 + 12 * i) for i, t in enumerate(stamp if n == 1 else ["Texte"])])
             for n in (1, 2, 3)]
    session = {"organisation": "Néolia", "session_date": "2014-11-10", "number": None}
    drafts = [PartDraft("deliberation", 1, 1, metadata=dict(session, number="14-01")),
              PartDraft("deliberation", 2, 2, metadata=dict(session, number="14-02")),
              PartDraft("deliberation", 3, 3, metadata=dict(session, session_date="2014-12-01"))]
    attach_receipts(drafts, Document("x.pdf", pages))
    got = [d.metadata["act_receipt"] and d.metadata["act_receipt"]["page"] for d in drafts]
    assert got == [1, 1, None]
    result = ParseResult(Source("x.pdf", "0" * 64, 3))
    rows = [scdl_row(result, Part("deliberation", [d.first_page, d.last_page], metadata=d.metadata)) for d in drafts]
    assert [(r["PREF_ID"], r["PREF_DATE"]) for r in rows] == [("PREF059", "2014-11-21"), ("PREF059", ""), ("", "")]


def test_stamp_overlaid_on_a_text_line_is_read_from_the_character_stream(tmp_path):
    """A stamp laid over the page's own text at the same height: the reading order interleaves
    their letters, the identifier is read again from pdfium's character stream."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "overlaid.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    c.drawString(72, 780, "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL")
    c.drawString(72, 760, "Accusé de réception en préfecture")
    c.drawString(300, 740, "administration du conseil du 20 novembre 2014 et suite")
    c.drawString(302, 740, "059-259427970-20141120-DEL2014_71-DE")      # over the line above, letters interleave
    c.drawString(72, 720, "Séance du 10 novembre 2014. Objet : budget primitif.")
    c.save()
    from convention_parser.structure.receipt import receipts_by_page
    from convention_parser.text import read_document

    doc = read_document(path)
    assert receipts_by_page(doc) == {}                                  # the reading order garbles it
    found = receipts_by_page(doc, str(path))
    assert [r.id for r in found[1]] == ["059-259427970-20141120-DEL2014_71-DE"]


def test_stamp_on_a_head_page_no_item_covers_is_shared_with_the_items_after_it():
    from convention_parser.structure.model import PartDraft
    from convention_parser.structure.receipt import attach_receipts
    from convention_parser.text.model import Document, Page

    stamp = ["Accusé de réception en préfecture", "078-215218820-20230305-DEL2023_91-DE"]
    pages = [Page(n, 595, 842, lines=[_line(t, n, 60 + 12 * i) for i, t in enumerate(stamp if n == 1 else ["Texte"])])
             for n in (1, 2, 3)]
    drafts = [PartDraft("deliberation", 2, 2, metadata={"number": "1"}),
              PartDraft("deliberation", 3, 3, metadata={"number": "2"})]
    attach_receipts(drafts, Document("x.pdf", pages))
    assert [d.metadata["act_receipt"]["page"] for d in drafts] == [1, 1]
    # ... but never with a part printed before it.
    drafts = [PartDraft("deliberation", 1, 1, metadata={"number": "1"})]
    pages[0].lines, pages[2].lines = pages[2].lines, pages[0].lines
    attach_receipts(drafts, Document("x.pdf", pages))
    assert drafts[0].metadata["act_receipt"] is None
