"""Layer 1, reading order of blocks beside the body: a margin column (service,
"Extrait du registre", the act number, the head counts) and a prefecture stamp
beside the heading are each read as a block, never line by line across.

The fixtures are built by tests/fixtures/text/build_blocks.py (Word through
LibreOffice in two fonts, reportlab in two fonts, the stamp framed or bare);
the gold is the text the builder wrote, in the order a reader takes it.
"""

import sys

import pytest

from conftest import FIXTURES, SHARED_REAL

sys.path.insert(0, str(FIXTURES / "text"))
from build_blocks import BODY, HEADING, MARGIN, STAMP, SUBJECT  # noqa: E402
from pdfs import new_canvas  # noqa: E402

from convention_parser.text import read_document  # noqa: E402

BUILT = sorted((FIXTURES / "text").glob("blocks_*.pdf"))


def _words(texts):
    return " ".join(texts).split()


def _lines(path):
    page = read_document(path).pages[0]
    return [ln.text for ln in page.header + page.lines + page.footer]


def test_fixtures_are_there():
    assert [p.stem for p in BUILT] == ["blocks_rl_helvetica", "blocks_rl_vera",
                                      "blocks_word_sans", "blocks_word_serif"]


@pytest.mark.parametrize("path", BUILT, ids=lambda p: p.stem)
def test_blocks_read_one_after_the_other(path):
    lines = _lines(path)
    text = " ".join(lines).split()
    heading, stamp = _words(HEADING), _words(STAMP)
    margin = _words(m for m in MARGIN if m)
    body = _words([SUBJECT] + BODY)
    # Every block comes whole, its words in order, none mixed with another's.
    for block in (heading, stamp, margin, body):
        start = text.index(block[0])
        assert text[start:start + len(block)] == block, (path.stem, block[:4], text[start:start + len(block)])
    # Heading and stamp (top band) before the margin and the body; the margin
    # (left) before the body.
    assert text.index(heading[0]) < text.index(margin[0]) < text.index(body[0])
    assert text.index(stamp[0]) < text.index(margin[0])
    # No line holds words of two blocks.
    owners = {}
    for name, block in (("heading", heading), ("stamp", stamp), ("margin", margin), ("body", body)):
        for w in block:
            owners.setdefault(w, set()).add(name)
    for ln in lines:
        names = set.union(*(owners.get(w, set()) for w in ln.split()))
        assert any(all(name in owners.get(w, ()) for w in ln.split()) for name in names), (path.stem, ln)


@pytest.mark.parametrize("path", BUILT, ids=lambda p: p.stem)
def test_act_number_and_head_counts_are_lines_of_their_own(path):
    lines = _lines(path)
    joined = " ".join(lines)
    assert "DEL2023-045" in joined
    assert "Nombre de conseillers en exercice : 33" in joined.replace("en exercice", "en exercice")
    for ln in lines:
        if "DEL2023-045" in ln or "Votants" in ln or "Présents : 25" in ln:
            assert not any(w in ln for w in ("conseil municipal, régulièrement", "Monsieur", "Objet")), ln


def _two_column_table(path, rows):
    """A two-column table without rules: labels beside short values, rows of
    one line separated by padding, set apart from the text by blank space."""
    c = new_canvas(path)
    c.setFont("Helvetica", 10)
    c.drawString(56, 780, "Le programme est détaillé dans le tableau suivant, par nature d'opération :")
    y = 740
    for label, value in rows:
        c.drawString(56, y, label)
        c.drawString(300, y, value)
        y -= 18
    c.drawString(56, y - 30, "Les montants sont exprimés hors taxes et pour la durée de la convention.")
    c.save()


def test_two_column_table_keeps_its_rows(tmp_path):
    rows = [("Maître d'ouvrage", "Pas-de-Calais habitat"), ("Quartier", "Cité du 12/14 à Lens"),
            ("Nature de l'opération", "Démolition de logements sociaux"), ("Calendrier", "Second semestre")]
    _two_column_table(tmp_path / "t.pdf", rows)
    lines = _lines(tmp_path / "t.pdf")
    for label, value in rows:
        assert f"{label} {value}" in lines, lines


def _justify(c, words, x0, x1, y, size=10):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    widths = [stringWidth(w, "Helvetica", size) for w in words]
    gap = (x1 - x0 - sum(widths)) / (len(words) - 1)
    c.setFont("Helvetica", size)
    x = x0
    for w, width in zip(words, widths):
        c.drawString(x, y, w)
        x += width + gap


def test_justified_paragraph_is_never_cut(tmp_path):
    # One wide justified space on each line, the spaces one above the other:
    # a free strip a font size wide runs down the paragraph with words on
    # both sides. A column's lines would start at one x right of the strip;
    # these start wherever the justification put them.
    path = tmp_path / "j.pdf"
    c = new_canvas(path)
    lines = [("Le conseil municipal, après", "en avoir délibéré, approuve la convention pluriannuelle de la"),
             ("rénovation urbaine du quartier", "des Provinces et autorise le maire à signer tous les actes utiles,"),
             ("ainsi que les avenants à venir", "dans la limite des crédits votés au budget de la commune pour"),
             ("les exercices à venir, et charge", "le directeur général des services de l'exécution de la présente"),
             ("délibération qui sera transmise", "au représentant de l'État dans le département et publiée.")]
    for k, (left, right) in enumerate(lines):
        _justify(c, left.split(), 56, 190 + k, 760 - 13 * k)
        _justify(c, right.split(), 205 + 3 * k, 540, 760 - 13 * k)
    c.save()
    got = _lines(path)
    assert got == [f"{a} {b}" for a, b in lines], got


@pytest.mark.skipif(not (SHARED_REAL / "minutes-cm-montpellier-2011-05-09.pdf").exists(), reason="real minutes absent")
def test_montpellier_letterhead_and_items():
    doc = read_document(SHARED_REAL / "minutes-cm-montpellier-2011-05-09.pdf")
    first = [ln.text for ln in doc.pages[0].lines]
    # Read by eye: the service block on the left, the title block on the right.
    assert first[:6] == ["Secrétariat Général", "Service de l’Assemblée", "Montpellier, le mardi 24 mai 2011",
                         "Compte-rendu du Conseil municipal", "Séance publique du lundi 09 mai 2011",
                         "Salle des Rencontres"]
    # The justified list of those present stays whole, line by line.
    assert first[7].startswith("Brahim ABBOU, Frédéric ARAGON, Michel ASLANIAN") and first[7].endswith("BENEZECH,")
    # Item numbers come right before their subject.
    text = [ln.text for p in doc.pages for ln in p.lines]
    k = text.index("5")
    assert text[k + 1] == "Quartier Croix d'Argent Pas du Loup Dénomination de voie"
    k = text.index("1")
    assert text[k + 1].startswith("Plan Déplacements Urbains de l'Agglomération de Montpellier")


def test_font_set_at_size_one_and_scaled_by_the_text_matrix(tmp_path):
    # Some producers draw every font at size 1 and scale it with the text
    # matrix (the Montpellier minutes): sizes must come out as printed, or
    # every threshold in font sizes collapses (a justified word space becomes
    # a gutter) and two lines of 10 pt type beside 12 pt type are taken for
    # superscripts and merged glyph by glyph.
    path = tmp_path / "m.pdf"
    c = new_canvas(path)
    for x, y, size, text in [(56, 760, 10, "Sophie"), (56, 748, 10, "BONIFACE-"), (56, 736, 10, "PASCAL"),
                             (150, 758, 12, "Festival international des sports extrêmes du 1er au"),
                             (150, 744, 12, "5 juin sur les berges du Lez et le bassin Jacques Cœur")]:
        t = c.beginText()
        t.setTextTransform(size, 0, 0, size, x, y)
        t.setFont("Helvetica", 1)
        t.textOut(text)
        c.drawText(t)
    c.save()
    page = read_document(path).pages[0]
    words = {w.text: w for ln in page.lines for w in ln.words}
    assert words["Sophie"].size == pytest.approx(10, abs=0.1)
    assert words["Festival"].size == pytest.approx(12, abs=0.1)
    texts = [ln.text for ln in page.lines]
    # (The line-end hyphen joins the name back, as any hyphenated word.)
    assert "BONIFACE-PASCAL" in " ".join(texts).split(), texts


@pytest.mark.parametrize("marker", ["1.", "a)", "-"])
def test_list_marker_column_is_not_a_margin(tmp_path, marker):
    # A marker hanging left of its item's lines is not a margin column: the
    # marker stays at the head of its line.
    path = tmp_path / "l.pdf"
    c = new_canvas(path)
    c.setFont("Helvetica", 10)
    c.drawString(56, 760, marker)
    lines = ["Le conseil municipal approuve la convention pluriannuelle de renouvellement urbain",
             "du quartier des Provinces et autorise le maire à signer tous les actes utiles ainsi",
             "que les avenants à venir dans la limite des crédits votés au budget de la commune."]
    for k, line in enumerate(lines):
        _justify(c, line.split(), 80, 540, 760 - 13 * k)
    c.save()
    page = read_document(path).pages[0]
    got = [ln.text for ln in page.lines]
    first = page.lines[0]
    # A dash is taken as the line's bullet (kept in Line.bullet, out of the text).
    assert (first.bullet == marker and got == lines) or got == [f"{marker} {lines[0]}"] + lines[1:], got
