"""Session fields of a deliberation, read whatever the header's layout.

Built documents: tests/fixtures/deliberation/*.pdf, typeset by LibreOffice from
Word documents (build.py), one layout each (grid ruled / unruled, tab stops,
hanging indent, paragraph, three-column table), gold by construction (*.json).
Real documents: the headers of minutes nobody here typeset, gold read by hand.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from conftest import SHARED_REAL

from convention_parser.pipeline import parse_pdf
from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.structure.dates import iso_date, words_to_int
from convention_parser.structure.deliberation import read_excused, session_date
from convention_parser.structure.family import families
from convention_parser.structure.names import is_person, split_names
from fixtures.structure.build import doc_from_lines

BUILT = Path(__file__).resolve().parent / "fixtures" / "deliberation"
GOLDS = sorted(BUILT.glob("*.json"))


@lru_cache(maxsize=None)
def _metadata(pdf: Path) -> dict:
    parts = [p for p in parse_pdf(pdf).parts if p.kind == "deliberation"]
    assert parts, f"{pdf.name}: no deliberation"
    return parts[0].metadata


def _board_cfg() -> dict:
    return next(f for f in families(load_rules()) if f.name == "board_deliberation").section("deliberation")


def test_every_layout_is_built():
    layouts = {json.loads(g.read_text(encoding="utf-8"))["layout"] for g in GOLDS}
    assert layouts == {"grid_ruled", "grid_plain", "tabs", "tabs_flat", "hanging", "paragraph", "columns3"}


@pytest.mark.parametrize("gold_path", GOLDS, ids=[g.stem for g in GOLDS])
def test_session_fields_of_built_documents(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    md = _metadata(gold_path.with_suffix(".pdf"))
    s = gold["session"]
    assert md["session_date"] == s["date"]
    assert md["president"] == s["president"]
    assert md["secretary"] == s["secretary"]
    assert md["present"] == (s["present"] or [])
    assert md["present_count"] == s["present_count"]
    assert md["excused"] == s["excused"]
    assert md["absent"] == s["absent"]
    assert md["vote"] == gold["vote"]


# --------------------------------------------------------------------------
# Pieces of the reading

def test_spelled_out_and_impossible_dates():
    assert iso_date("L'an deux mille vingt-quatre, le neuf avril à dix-huit heures") == "2024-04-09"
    assert iso_date("L’an deux mil vingt et un, le vingt-huit janvier") == "2021-01-28"
    assert iso_date("le premier juin deux mille dix-neuf") == "2019-06-01"
    assert iso_date("Séance du 31 février 2023") is None
    assert iso_date("le 31/02/2023") is None
    assert words_to_int("quatre-vingt-dix-sept") == 97 and words_to_int("soixante et onze") == 71


def test_session_date_skips_the_dates_a_header_cites():
    cfg = _board_cfg()
    head = ("Montpellier, le mardi 24 mai 2011\nLe procès-verbal de la séance du 3 février 2011 est adopté.\n"
            "Compte-rendu du Conseil municipal Séance publique du lundi 09 mai 2011")
    assert session_date(head, cfg) == "2011-05-09"
    assert session_date("Madame le Maire rappelle le procès-verbal de la séance du 29 septembre 2025.\n"
                        "L’an deux mille vingt-cinq, le 20 novembre à 19h00, le conseil s'est réuni.", cfg) == "2025-11-20"
    assert session_date("Réunion du comité syndical du mardi 15 mars 2022", cfg) == "2022-03-15"
    assert session_date("Lors de sa séance du 6 novembre 2020, le bureau a autorisé la signature.", cfg) is None



# One test per family of session-date headers (generator2's date styles), each with the decoys
# its documents carry: a convocation date, an earlier session the body cites.
@pytest.mark.parametrize("text, want", [
    # "Séance du 14 octobre 2019" / "SEANCE DU 30 JUIN 2023"
    ("Séance du 14 octobre 2019\nLe Conseil municipal, dûment convoqué le 7 octobre 2019, s'est réuni.",
     "2019-10-14"),
    ("SEANCE DU 30 JUIN 2023\nLe Bureau, dûment convoqué le 23 juin 2023, s'est réuni à 18 heures.",
     "2023-06-30"),
    # "Conseil municipal du 20/11/2025"
    ("Conseil municipal du 20/11/2025\nLe Conseil municipal, dûment convoqué le 13 novembre 2025, s'est réuni.",
     "2025-11-20"),
    # "Séance publique du lundi 14 octobre 2019"
    ("Séance publique du lundi 14 octobre 2019", "2019-10-14"),
    # "Réunion du <body> le 06/11/2020": the body's name stands between "du" and the date.
    ("Réunion du Conseil d'administration le 06/11/2020\nLe Conseil d'administration, dûment "
     "convoqué le 30 octobre 2020, s'est réuni à 18 heures.", "2020-11-06"),
    ("Réunion du Bureau communautaire le 15/08/2015", "2015-08-15"),
    # "L'an deux mille vingt-quatre, le neuf avril", the convocation date after it.
    ("L'an deux mille vingt-quatre, le neuf avril à 18 heures, le Conseil municipal de Lens, "
     "légalement convoqué le 02/04/2024, s'est réuni en séance publique.", "2024-04-09"),
])
def test_session_date_families(text, want):
    assert session_date(text, _board_cfg()) == want


def test_a_session_the_body_cites_is_no_session_date():
    # The session word opens the sentence's subject, the citation stands between it and the date.
    cfg = _board_cfg()
    assert session_date("Considérant que le Conseil d'administration, lors de sa séance du "
                        "4 juillet 2013, a approuvé le principe de l'opération,", cfg) is None
    assert session_date("Considérant que le Conseil d'administration, lors de sa séance du "
                        "4 juillet 2013, a approuvé le principe.\nRéunion du Conseil "
                        "d'administration le 15/08/2015", cfg) == "2015-08-15"
    # Nor is a convocation date the words between the session word and "le" name.
    assert session_date("Réunion, convoquée le 2 mars 2021, du bureau", cfg) is None

def test_names_are_people_never_sentences():
    assert split_names("Monsieur Jean-Louis GELY - Madame Audrey DE LA GRANGE - M. Pieter VAN DAMME") == [
        "Jean-Louis GELY", "Audrey DE LA GRANGE", "Pieter VAN DAMME"]
    assert split_names("N'DIAYE Marie ; LE GALL Anne ; Madame Florence DEMOUY, Maire") == [
        "N'DIAYE Marie", "LE GALL Anne", "Florence DEMOUY"]
    assert not is_person("Le quorum est atteint")
    assert not is_person("le Maire") and not is_person("23")
    assert is_person("ML Castelli") and is_person("Bernard D'ARGENT")


@pytest.mark.parametrize("entry, bare, want", [
    ("Monsieur GLORIAN qui a donné pouvoir à Monsieur COTTIGNY", False, ("GLORIAN", "COTTIGNY")),
    ("Mme Rose BLANC ayant donné procuration à M. Paul DURAND", False, ("Rose BLANC", "Paul DURAND")),
    ("Madame Hélène DEFOSSEZ donne procuration à Monsieur Jacques MARTIN", False, ("Hélène DEFOSSEZ", "Jacques MARTIN")),
    ("PIERRON Laëtitia (pouvoir à EL ATMANI Sarah)", False, ("PIERRON Laëtitia", "EL ATMANI Sarah")),
    ("Mme Aurélie BESNIER représentée par M. Jacques OLLIVIER", False, ("Aurélie BESNIER", "Jacques OLLIVIER")),
    ("Monsieur Philippe TOLEDANO à Monsieur Romain RIBEIRO", True, ("Philippe TOLEDANO", "Romain RIBEIRO")),
    ("Monsieur Philippe TOLEDANO", True, ("Philippe TOLEDANO", None)),
])
def test_proxy_phrasings(entry, bare, want):
    found = read_excused(entry, _board_cfg(), bare=bare)
    assert [(e.name, e.proxy_to) for e in found] == [want]


def _tab_row(label: str, value: str, top: float, label_x: float = 50.0, value_x: float = 160.0):
    """One line of a header typeset with a tab stop: label, a wide gap, value."""
    from convention_parser.text.model import Line, Word
    words, x = [], label_x
    for w in label.split():
        words.append(Word(w, x, top, x + 5.0 * len(w), top + 10.0, size=10.0))
        x += 5.0 * len(w) + 3.0
    x = value_x
    for w in value.split():
        words.append(Word(w, x, top, x + 5.0 * len(w), top + 10.0, size=10.0))
        x += 5.0 * len(w) + 3.0
    return Line(words=words, page=1)


def test_tab_stop_labels_without_colon_and_wrapped_values():
    """'Présents' | 'A, B,' then a row in the value column only: one field; the grid's
    labels carry no colon, so they must fill their own column."""
    doc = doc_from_lines([{"text": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS"},
                          {"text": "Séance du 14 octobre 2019", "gap": 6.0}])
    page = doc.pages[0]
    top = 110.0
    for label, values in [("Président", ["Monsieur Paul DURAND"]),
                          ("Présents", ["Monsieur Paul DURAND, Madame Anne MARTIN, Monsieur", "Luc PETIT"]),
                          ("Absents", ["Madame Rose BLANC"])]:
        page.lines.append(_tab_row(label, values[0], top))
        for v in values[1:]:
            top += 12.0
            page.lines.append(_tab_row("", v, top))
        top += 16.0
    for k, text in enumerate(["Objet : approbation du projet.", "Le conseil, après en avoir délibéré, approuve.",
                              "Adopté à l'unanimité."]):
        page.lines.append(doc_from_lines([{"text": text}]).pages[0].lines[0])
        page.lines[-1].words = [w.__class__(w.text, w.x0, top + 14.0 * k, w.x1, top + 14.0 * k + 10.0, size=10.0)
                                for w in page.lines[-1].words]
    md = split_parts(doc, load_rules())[0].metadata
    assert md["president"] == "Paul DURAND"
    assert md["present"] == ["Paul DURAND", "Anne MARTIN", "Luc PETIT"]
    assert md["absent"] == ["Rose BLANC"]
    assert md["session_date"] == "2019-10-14"


# --------------------------------------------------------------------------
# Real minutes (gold read by hand from the PDFs)

PIERREFONDS = SHARED_REAL / "minutes-cm-pierrefonds-2025-11-20.pdf"
MONTPELLIER = SHARED_REAL / "minutes-cm-montpellier-2011-05-09.pdf"


def test_pierrefonds_header():
    if not PIERREFONDS.exists():
        pytest.skip("real PDFs not available")
    md = _metadata(PIERREFONDS)
    assert md["session_date"] == "2025-11-20"          # not the cited "séance du 29 septembre 2025"
    assert md["president"] == "Florence DEMOUY" and md["secretary"] == "Karine DUTEIL"
    assert len(md["present"]) == 16 and md["present"][2] == "Jean-Jacques CARRETERO"
    assert md["excused"] == [{"name": "Philippe TOLEDANO", "proxy_to": "Romain RIBEIRO"},
                             {"name": "Jean-Claude THUILLIER", "proxy_to": "Michel LEBLANC"}]
    assert md["absent"] == ["Elsa CARRIER"]


def test_montpellier_header():
    """Justified rows that layer 1 splits in two pieces, a surname cut at its hyphen."""
    if not MONTPELLIER.exists():
        pytest.skip("real PDFs not available")
    md = _metadata(MONTPELLIER)
    assert md["session_date"] == "2011-05-09"          # not the date of writing above it
    assert len(md["present"]) == 49
    assert md["present"][15:17] == ["Michael DELAFOSSE", "Fanny DOMBRE-COSTE"]
    assert "Nathalie GAUTIER-MEDEIROS" in md["present"]
    assert [e["name"] for e in md["excused"]][6] == "Audrey DE LA GRANGE"
    assert all(e["proxy_to"] is None for e in md["excused"]) and len(md["excused"]) == 10
    assert md["absent"] == ["Martine PETITOUT", "Francis VIGUIE"]


def test_a_finished_list_stops_before_a_paragraph_starting_in_its_column():
    # "Absents : Monsieur BAUDE, Monsieur CAGIN." then, a paragraph gap below, a centred
    # title that happens to start where the names start: not a third absentee.
    doc = doc_from_lines([{"text": "DÉCISION DU CONSEIL D'ADMINISTRATION"},
                          {"text": "Séance du 30 juin 2023", "gap": 6.0},
                          {"text": "Président : Monsieur Paul DURAND", "gap": 10.0},
                          {"text": "Présents : Monsieur Paul DURAND, Madame Anne MARTIN, Monsieur Luc", "gap": 10.0},
                          {"text": "PETIT, Madame Rose BLANC, Monsieur Jean NOIR, Madame Léa VERT,"},
                          {"text": "Monsieur Marc GRIS."},
                          {"text": "Absents : Monsieur BAUDE, Monsieur CAGIN.", "gap": 10.0},
                          {"text": "Avenant n°01 à la convention pluriannuelle de renouvellement urbain",
                           "x0": 96.0, "gap": 9.0},
                          {"text": "Le conseil, après en avoir délibéré, approuve l'avenant.", "gap": 10.0},
                          {"text": "Décision adoptée à l'unanimité."}])
    md = split_parts(doc, load_rules())[0].metadata
    assert md["absent"] == ["BAUDE", "CAGIN"]


def test_a_stamp_glued_to_the_date_leaves_its_year_whole():
    # The running header meets a transmission stamp: "…du 23/10/20 24Date de télétransmission".
    cfg = _board_cfg()
    assert session_date("Le Grand Narbonne - Conseil communautaire du 23/10/20 24Date de "
                        "télétransmission : 29/10/2024", cfg) == "2024-10-23"
