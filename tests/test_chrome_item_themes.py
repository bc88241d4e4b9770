"""Items of Chromium-printed minutes under themes numbered like them: the theme "1." above items
"1.1", a theme "I –" above items "1", a theme in a table cell above an item's title, themes
"1." above items each set in a borderless table sized to its content (rapporteur | number |
subject: the number's column moves with the rapporteur's name, its gap to the name no wider
than two spaces). Each document is built for the test and printed by headless Chromium; gold
is what the HTML says."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

import pytest

from corpora.generator2 import chromium

from convention_parser.pipeline import parse_pdf

needs_chromium = pytest.mark.skipif(chromium.chromium() is None, reason="headless chromium not installed")

HEAD = ("<p><b>VILLE DE SAINT-QUENTIN</b></p><p><b>PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL "
        "DU 14 MARS 2022</b></p><p>Présidence : Monsieur Olivier GARCIA</p>"
        "<p>Présents : Olivier GARCIA, Myriam LECLERCQ, Thomas ANDRÉ, Céline LAURENT</p>"
        "<p>M. Thomas ANDRÉ a été désigné secrétaire de séance.</p>")
# (theme, rapporteur, subject): themes hold one, two or three items
ITEMS = [("AFFAIRES SCOLAIRES", "Monsieur Jean-Pierre BARBIER", "Tarifs de la restauration scolaire - année 2022-2023"),
         ("CULTURE ET SPORTS", "Madame Ludivine MULLER-ROUX", "Convention de partenariat avec l'école de musique"),
         ("CULTURE ET SPORTS", "Monsieur Loïc ROY", "Subvention exceptionnelle au club de football"),
         ("RENOUVELLEMENT URBAIN", "Madame Sandrine PAQUET", "Nouveau Programme National de Renouvellement Urbain "
          "- quartier la Grande Résidence - approbation du programme de travaux"),
         ("RENOUVELLEMENT URBAIN", "Monsieur Gérard LAURENT", "Approbation de l'avenant n° 6 à la convention "
          "pluriannuelle de renouvellement urbain"),
         ("RENOUVELLEMENT URBAIN", "Monsieur Loïc ROY", "Instauration du droit de préemption urbain renforcé"),
         ("URBANISME", "Madame Anne DE LA FONTAINE", "Cession d'un terrain rue Pasteur")]
ROMAN = ["I", "II", "III", "IV", "V"]
BODY = ("<p>Vu le Code général des collectivités territoriales,</p>"
        "<p>Après en avoir délibéré, le Conseil municipal DÉCIDE d'approuver le projet.</p>"
        "<p>Adopté à l'unanimité.</p>")
CSS = ("@page { size: A4; margin: 20mm; } body { font: 10pt 'Liberation Serif'; } p { margin: 0 0 3pt 0; } "
       ".theme { font-weight: bold; margin-top: 10pt; } table { border-collapse: collapse; margin: 4pt 0; } "
       "td { padding: 2pt 4pt; vertical-align: top; } .band td { background: #ddd; font-weight: bold; } ")


def _themes():
    """(theme index, is the first item of its theme) per item."""
    out, names = [], []
    for theme, _, _ in ITEMS:
        if theme not in names:
            names.append(theme)
            out.append((len(names) - 1, True))
        else:
            out.append((len(names) - 1, False))
    return out


def _document(tmp_path: Path, form: str) -> tuple[list[dict], list[str]]:
    """The minutes in one numbering form: their deliberations' metadata and the gold numbers."""
    parts, numbers = [], []
    within = 0
    for k, ((theme, rapporteur, subject), (t, first)) in enumerate(zip(ITEMS, _themes())):
        within = 1 if first else within + 1
        if form == "table_bare":       # themes "1." over items in tables sized to their content
            number = str(90 + k)
            theme_html = f"<p class='theme'>{t + 1}. {theme}</p>"
            title = (f"<table><tr><td>{escape(rapporteur)}</td><td><b>{number}</b></td>"
                     f"<td><b>{escape(subject)}</b></td></tr></table>")
        elif form == "decimal":        # themes "1." over items "1.1", "1.2"
            number = f"{t + 1}.{within}"
            theme_html = f"<p class='theme'>{t + 1}. {theme}</p>"
            title = f"<p><b>{number} {escape(subject)}</b></p><p>Rapporteur : {escape(rapporteur)}</p>"
        elif form == "roman":          # themes "I –" over items "1 -" numbered through the sitting
            number = str(k + 1)
            theme_html = f"<p class='theme'>{ROMAN[t]} – {theme.capitalize()}</p>"
            title = f"<p><b>{number} - {escape(subject)}</b></p><p>Rapporteur : {escape(rapporteur)}</p>"
        else:                          # a theme band, its number in a cell, over items "1 –"
            number = str(k + 1)
            theme_html = (f"<table class='band' style='width: 100%'><tr><td style='width: 8mm'>{t + 1}</td>"
                          f"<td>{theme}</td></tr></table>")
            title = f"<p><b>{number} – {escape(subject)}</b></p><p>Rapporteur : {escape(rapporteur)}</p>"
        parts.append((theme_html if first else "") + title + BODY)
        numbers.append(number)
    html = (f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><style>{CSS}</style></head>"
            f"<body>{HEAD}{''.join(parts)}<p>La séance est levée à 21 h 30.</p></body></html>")
    pdf = chromium.print_html(html, tmp_path)
    found = [p["metadata"] for p in parse_pdf(pdf).to_dict()["parts"] if p["kind"] == "deliberation"]
    return found, numbers


@needs_chromium
@pytest.mark.parametrize("form", ["table_bare", "decimal", "roman", "band"])
def test_items_under_themes_numbered_like_them(tmp_path, form):
    found, numbers = _document(tmp_path, form)
    assert [m["number"] for m in found] == numbers
    assert [m["subject"] for m in found] == [s for _, _, s in ITEMS]


def test_web13_draws_every_theme_form_with_its_numbers(tmp_path):
    # the generator's themes numbered like their items (themes13.py, stream c13t): each form
    # drawn among a few seeds, each item's gold number printed in its minutes (HTML only)
    from corpora.generator2 import minutes13

    seen = {}
    for seed in range(9122, 9127):       # (generator draws only, never parsed)
        sample = minutes13.build(seed, tmp_path)[0]
        form = sample.gold["layout"]["theme13"]
        if form == "base" or form in seen:
            continue
        text = sample.docx.read_text(encoding="utf-8")
        numbers = [d["number"] for d in sample.gold["deliberations"]]
        assert all(f">{n}<" in text or f">{n} " in text for n in numbers), (form, numbers)
        if form == "decimal":
            assert all(re.fullmatch(r"\d\.\d", n) for n in numbers)
        else:
            assert numbers == [str(k + 1) for k in range(len(numbers))]
        seen[form] = seed
    assert set(seen) == {"decimal", "roman_items", "band"}
