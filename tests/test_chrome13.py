"""Council acts printed by headless Chromium from HTML + CSS (the deliberation13 / minutes13
family, corpora/generator2/web13.py): Chromium's text layer is not LibreOffice's. Each
document here is built for the test and printed by Chromium; gold is what the HTML says."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpora.generator2 import chromium

from convention_parser.pipeline import parse_pdf
from convention_parser.text import read_document

needs_chromium = pytest.mark.skipif(chromium.chromium() is None, reason="headless chromium not installed")


def _print(tmp_path: Path, body: str, css: str = "") -> Path:
    return chromium.print_html("<!doctype html><html lang='fr'><head><meta charset='utf-8'><style>"
                               "@page { size: A4; margin: 20mm; } " + css + "</style></head><body>"
                               + body + "</body></html>", tmp_path)


def _words(pdf: Path) -> dict[str, object]:
    doc = read_document(pdf, ocr="never")
    return {w.text: w for p in doc.pages for ln in p.lines for w in ln.words}


@needs_chromium
def test_chromium_sizes_in_points_and_regular_faces_not_bold(tmp_path):
    # Chromium sets type in CSS pixels under a 0.75 page matrix: 12pt reads 16 without the
    # matrix. Its Caladea-Regular carries a stem width pdfium reads as weight 700.
    pdf = _print(tmp_path, "<h1>Titre</h1><p class='a'>Caladea ordinaire</p>"
                           "<p class='b'>Libération ordinaire</p><p class='c'><b>Gras</b> maigre</p>",
                 "h1 { font: bold 18pt Caladea; } .a { font: 12pt Caladea; } "
                 ".b { font: 9pt 'Liberation Serif'; } .c { font: 10pt Caladea; }")
    w = _words(pdf)
    assert w["Titre"].size == pytest.approx(18, abs=0.2) and w["Titre"].bold
    assert w["Caladea"].size == pytest.approx(12, abs=0.2) and not w["Caladea"].bold
    assert w["Libération"].size == pytest.approx(9, abs=0.2) and not w["Libération"].bold
    assert w["Gras"].bold and not w["maigre"].bold


HEAD = ("<p><b>COMMUNE DE LENS</b></p><p><b>EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL "
        "MUNICIPAL</b></p><p>Séance du 12 mars 2024</p>"
        "<p>Présents : Mme Anne MARTIN, M. Paul DURAND, Mme Julie PETIT, M. Marc LEROY</p>"
        "<p>Président : M. Paul DURAND</p>")


def _item(number: str, subject: str, vote: str, vistas: list[str]) -> str:
    items = "".join(f"<li>{v}</li>" for v in vistas)
    return (f"<p><b>{number} : {subject}</b></p><ol class='vu'>{items}</ol>"
            "<p>Considérant l'intérêt de l'opération pour la commune,</p>"
            "<p>Après en avoir délibéré, le Conseil municipal DÉCIDE d'approuver le projet.</p>"
            + vote)


VISTAS = ["Vu le Code général des collectivités territoriales,",
          "Vu le budget de l'exercice 2024,", "Vu l'avis de la commission des finances,"]


@needs_chromium
@pytest.mark.parametrize("rules", ["td { border: 0.6pt solid #333; }", ""])
def test_vote_grid_of_a_collapsed_html_table(tmp_path, rules):
    # border-collapse: Chromium paints each cell's edge as a piece of its own (no rule spans a
    # row); the grid sits narrow, cells a padding apart.
    grid = ("<table><tr><td>Votants</td><td>Pour</td><td>Contre</td><td>Abstentions</td></tr>"
            "<tr><td>27</td><td>20</td><td>4</td><td>3</td></tr></table><p>Adopté à la majorité.</p>")
    pdf = _print(tmp_path, HEAD + _item("DEL 2024-017", "Garantie d'emprunt", grid, VISTAS[:2]),
                 "body { font: 11pt 'Liberation Sans'; } table { border-collapse: collapse; } "
                 "td { padding: 1pt 3pt; } " + rules)
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert len(parts) == 1
    vote = parts[0]["metadata"]["vote"]
    assert (vote["result"], vote["for"], vote["against"], vote["abstention"]) == ("majority", 20, 4, 3)


@needs_chromium
def test_numbered_vistas_inside_items_are_no_items(tmp_path):
    # "1° Vu …", "2° Vu …": a list each item numbers from 1 again (CSS counters), the agenda
    # numbered the same way; chained across the items, as many of those numbers as items
    # stand before a decision: the items are the DEL numbers, each deciding.
    subjects = ["Tarifs de la restauration scolaire", "Subvention au club de football",
                "Garantie d'emprunt à Maisons et Cités", "Budget 2024 - décision modificative n° 2",
                "Arrêté des comptes de l'exercice 2023"]
    body = HEAD.replace("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS", "PROCÈS-VERBAL DE LA SÉANCE")
    body += "<p><b>ORDRE DU JOUR</b></p><ol class='vu'>" + "".join(f"<li>{s}</li>" for s in subjects) + "</ol>"
    for k, subject in enumerate(subjects):
        body += _item(f"DEL 2024-{31 + k:03d}", subject, "<p>Adopté à l'unanimité.</p>",
                      VISTAS[:(1, 2, 2, 2, 1)[k]])
    pdf = _print(tmp_path, body, "body { font: 10.5pt 'DejaVu Serif'; } "
                                 "ol.vu { list-style: none; counter-reset: vu; padding-left: 7mm; } "
                                 "ol.vu li { counter-increment: vu; } "
                                 "ol.vu li::before { content: counter(vu) '° '; }")
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert [p["metadata"]["number"] for p in parts] == [f"DEL 2024-{k:03d}" for k in range(31, 36)]
    assert [p["metadata"]["subject"] for p in parts] == subjects


def test_web13_draws_and_records_its_layout(tmp_path):
    from corpora.generator2 import deliberation13, minutes13
    a = deliberation13.build(8290, tmp_path)[0]
    b = deliberation13.build(8290, tmp_path / "again")[0]
    assert a.docx.suffix == ".html" and a.docx.read_text() == b.docx.read_text()
    assert a.gold == b.gold
    m = minutes13.build(8291, tmp_path)[0]
    assert len(m.gold["deliberations"]) >= 2
    for s in (a, m):
        html = s.docx.read_text()
        layout = s.gold["layout"]
        assert layout["typeset13"] == "chromium" and layout["font13"] in html
        for d in s.gold["deliberations"]:
            assert d["subject"].replace("'", "&#x27;") in html or d["subject"] in html
        assert s.gold["session"]["date"] and s.gold["session"]["president"]
    # every head form is drawn from the seed's own stream
    forms = {deliberation13.build(seed, tmp_path / "f")[0].gold["layout"]["head_form13"]
             for seed in range(8280, 8300)}
    assert len(forms) >= 4


def _delib_with_head(head: str) -> str:
    return (f"<p><b>COMMUNE DE LENS</b></p><p><b>EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL "
            f"MUNICIPAL</b></p><p>Séance du 12 mars 2024</p>{head}"
            + _item("DEL 2024-017", "Garantie d'emprunt", "<p>Adopté à l'unanimité.</p>", VISTAS[:1]))


def _meta(pdf: Path) -> dict:
    parts = [p for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    assert len(parts) == 1
    return parts[0]["metadata"]


@needs_chromium
def test_inclusive_labels_set_in_capitals_by_css(tmp_path):
    # text-transform: uppercase prints "Excusé(e)s :" as "EXCUSÉ(E)S :".
    head = ("<p><span class='l'>Président :</span> M. Paul DURAND</p>"
            "<p><span class='l'>Présent(e)s :</span> M. Paul DURAND ; Mme Anne MARTIN ; M. Marc LEROY</p>"
            "<p><span class='l'>Excusé(e)s :</span> Mme Claire CLÉMENT (pouvoir à Mme Anne MARTIN) ; "
            "M. Guillaume BOULANGER</p><p><span class='l'>Absent(e)s :</span> Mme Julie PETIT</p>")
    meta = _meta(_print(tmp_path, _delib_with_head(head),
                        "body { font: 10pt 'Liberation Serif'; } .l { font-weight: bold; "
                        "text-transform: uppercase; }"))
    assert sorted((e["name"], e["proxy_to"]) for e in meta["excused"]) == [
        ("Claire CLÉMENT", "Anne MARTIN"), ("Guillaume BOULANGER", None)]
    assert meta["absent"] == ["Julie PETIT"]
    assert meta["present"] == ["Paul DURAND", "Anne MARTIN", "Marc LEROY"]


PEOPLE = ["Madame Simon Claire", "Monsieur Girard-Lambert Hugues-Emmanuel", "Madame Brunet Sylvie",
          "Monsieur André Régis", "Madame Bailly Sophie", "Monsieur Roussel Pierre-Yves",
          "Monsieur Arnaud Antoine", "Madame De La Fontaine Marie-Christine", "Madame Thomas Catherine",
          "Monsieur Benali Jean-Pierre", "Madame Joly Véronique", "Monsieur Duval Jérôme"]


@needs_chromium
def test_present_list_in_css_columns_reads_each_column_down(tmp_path):
    # column-count: each column flows on its own, a name wrapped in its column pushes that
    # column only (no grid row across the columns).
    items = "".join(f"<li>{p}</li>" for p in PEOPLE)
    head = (f"<p><b>Président :</b> Madame Simon Claire</p><p><b>Présents :</b></p>"
            f"<ul class='cols'>{items}</ul><p><b>Absents :</b> Madame Petit Julie</p>")
    meta = _meta(_print(tmp_path, _delib_with_head(head),
                        "body { font: 10pt Carlito; } ul.cols { column-count: 3; column-gap: 6mm; "
                        "list-style: none; padding: 0; width: 120mm; }"))
    strip = lambda n: n.split(" ", 1)[1]  # noqa: E731
    assert meta["present"] == [strip(p) for p in PEOPLE]


@needs_chromium
def test_letter_spaced_label_run_into_its_value(tmp_path):
    # letter-spacing on a label set in the same line as its value, no gutter between: the
    # label's glyphs one spacing apart each, a word where the spacing grows by a space.
    head = ("<p><span class='l'>Présidence :</span> Mme Samira TESSIER</p>"
            "<p><span class='l'>Présents :</span> Mme Samira TESSIER, M. Paul DURAND, Mme Anne MARTIN</p>"
            "<p><span class='l'>Absent(e)s :</span> M. Julien CARON, Mme Céline BRUNET</p>")
    pdf = _print(tmp_path, _delib_with_head(head),
                 "body { font: 12pt 'Liberation Sans'; } .l { font-weight: bold; "
                 "text-transform: uppercase; letter-spacing: 0.1em; }")
    words = _words(pdf)
    assert {"PRÉSIDENCE", "PRÉSENTS", "ABSENT(E)S"} <= set(words)
    assert words["PRÉSIDENCE"].tracking > 0.05 and words["TESSIER"].tracking < 0.02
    meta = _meta(pdf)
    assert meta["president"] == "Samira TESSIER"
    assert meta["absent"] == ["Julien CARON", "Céline BRUNET"]


@needs_chromium
def test_chromium_hyphen_of_its_own_break_is_soft(tmp_path):
    # A soft hyphen taken at a line end prints as U+2010, a typed hyphen as U+002D.
    pdf = _print(tmp_path, "<p class='n'>TES&shy;SIER</p><p class='n'>BERTIN-MOUROT</p>",
                 ".n { width: 16mm; font: 12pt 'DejaVu Sans'; }")
    doc = read_document(pdf, ocr="never")
    texts = [ln.text for p in doc.pages for ln in p.lines]
    assert "TESSIER" in " ".join(texts).replace("TES SIER", "?"), texts
    assert any("BERTIN-" in t or "BERTIN-MOUROT" in t for t in texts), texts


@needs_chromium
def test_letter_spaced_short_words_kerned_pairs_and_a_barely_spread_title(tmp_path):
    # Words of two to four letters in a spread label ("SOUS LA PRÉSIDENCE DE"), a kerned pair
    # ("TA" of "ETAIENT") inside it; a title spread by 0.03 em keeps its (undrawn) word spaces.
    pdf = _print(tmp_path, "<p><span class='l'>Sous la présidence de :</span> Monsieur Régis DUVAL</p>"
                           "<p><span class='l'>Etaient présents :</span> Monsieur Régis DUVAL</p>"
                           "<p class='t'>Rapport n° 86 – Attribution de subventions</p>",
                 "body { font: 9.5pt 'DejaVu Serif'; word-spacing: 0.12em; } .l { font-weight: bold; "
                 "text-transform: uppercase; "
                 "letter-spacing: 0.1em; } .t { font: bold 12pt 'DejaVu Serif'; letter-spacing: 0.03em; "
                 "text-transform: uppercase; }")
    doc = read_document(pdf, ocr="never")
    texts = [ln.text for p in doc.pages for ln in p.lines]
    assert texts[0].startswith("SOUS LA PRÉSIDENCE DE : Monsieur"), texts
    assert texts[1].startswith("ETAIENT PRÉSENTS : Monsieur"), texts
    assert texts[2] == "RAPPORT N° 86 – ATTRIBUTION DE SUBVENTIONS", texts


@needs_chromium
def test_pinned_deliberation13_reads_its_gold(tmp_path):
    # Dev seed 389959957 (fresh.py --seed 8280): session head as a dl (terms above their
    # definitions), "Absents ayant donné procuration : X (à Y)", a vote grid of an HTML
    # table without rules sized to its content. Before: excused and vote missed.
    from corpora.generator2 import chromium, deliberation13
    from convention_parser.evaluate.deliberations import score_document
    # (attend13="base": the attendance as printed before web13 drew its own layouts of it)
    s = deliberation13.build(389959957, tmp_path, attend13="base")[0]
    assert s.gold["layout"]["head_form13"] == "dl_block" and s.gold["layout"]["vote_style"] == "grid"
    pdf = chromium.html_to_pdf([s.docx], tmp_path)[0]
    scores = score_document(parse_pdf(pdf).to_dict(), s.gold)
    missed = {f: v for f, v in scores.items() if f != "extra_parts" and v[0] != v[1]}
    assert not missed, missed
    assert scores["found"] == [1, 1]
