"""Every deliberation of a minutes carries the session's fields (CONTRACT.md), however the
minutes are cut on the way: documents built for the test (no PDF)."""

from __future__ import annotations

from fixtures.structure.build import doc_from_lines

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts

HEAD = [
    {"text": "Ville de Lens"},
    {"text": "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL", "bold": True, "gap": 6.0},
    {"text": "Réunion du Conseil Municipal le 21/09/2019", "gap": 6.0},
    {"text": "Le Conseil Municipal, dûment convoqué le 18 septembre 2019, s'est réuni à 19 heures, sous la",
     "gap": 6.0},
    {"text": "présidence de Mme Émilie MOREL, Maire."},
    {"text": "Présents : Mme MOREL Émilie - M. CHEVALIER Didier - M. GARNIER Jean-Luc", "gap": 6.0},
    {"text": "Absents excusés : M. JOLY Stéphane", "gap": 6.0},
    {"text": "Absents : Mme CARON Monique", "gap": 6.0},
]


def _item(number: int, page: int, citing: bool) -> list[dict]:
    """One deliberation on its own page; ``citing``: its first lines cite the ANRU's rules
    (a convention's start line, at the top of the page)."""
    lines = [{"text": f"DEL 2019-0{number} : Objet numéro {number} de la séance", "bold": True, "gap": 8.0},
             {"text": "Rapporteur : Mme LEGRAND Caroline", "gap": 6.0}]
    if citing:
        lines.append({"text": "Vu le règlement général de l'Agence Nationale pour la Rénovation Urbaine,", "gap": 6.0})
    lines += [{"text": "Vu l'avis favorable de la commission des finances, réunie le 2 septembre et saisie", "gap": 6.0},
              {"text": "du projet de délibération relatif à l'objet ci-dessus, dont le plan de financement est"},
              {"text": "joint en annexe à la présente délibération."},
              {"text": "Après en avoir délibéré, le Conseil Municipal DÉCIDE d'approuver les dispositions", "gap": 6.0},
              {"text": "exposées ci-dessus et autorise le Maire à signer tout document s'y rapportant."},
              {"text": "Pour : 29 Contre : 4 Abstentions : 3" if citing else "ADOPTÉ À L'UNANIMITÉ", "bold": True,
               "gap": 6.0}]
    return [dict(spec, page=page) for spec in lines]


def test_items_after_a_page_cut_keep_the_session_fields():
    """Items 3 and 4 open their pages with "Vu le règlement général de l'ANRU …" (a convention's
    start line), and the stretch cut there reads as minutes while the head and the first items
    read as one decision: the stretch is glued back and every item gets the session head."""
    specs = HEAD + _item(11, 1, False) + _item(12, 2, False) + _item(13, 3, True) + _item(14, 4, True)
    parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]
    assert [p.metadata["number"] for p in parts] == ["DEL 2019-011", "DEL 2019-012", "DEL 2019-013", "DEL 2019-014"]
    for p in parts:
        md = p.metadata
        assert md["session_date"] == "2019-09-21", md["number"]
        assert md["present"] == ["MOREL Émilie", "CHEVALIER Didier", "GARNIER Jean-Luc"], md["number"]
        assert [e["name"] for e in md["excused"]] == ["JOLY Stéphane"], md["number"]
        assert md["absent"] == ["CARON Monique"], md["number"]


def test_a_head_page_cut_from_its_items_by_a_start_line_is_glued_back():
    """Page 1 holds the head, the agenda and the first item's title only (nothing decided
    there); page 2 opens with "Vu le règlement général de l'ANRU …" (a start line) and reads as
    one decision. The head's labels are no board's ("Présents (5) :", "Excusé(e)s :"): it reads
    as minutes by the minutes' own keywords only. It is glued back, the first item is found and
    every item gets the session's fields."""
    head = [{"text": "Ville de Lens"},
            {"text": "Compte rendu du Conseil Municipal", "bold": True, "gap": 6.0},
            {"text": "Conseil Municipal du 21/09/2019", "gap": 6.0},
            {"text": "Le Conseil Municipal, dûment convoqué le 18 septembre 2019, s'est réuni à 19 heures.",
             "gap": 6.0},
            {"text": "Président : Mme Émilie MOREL", "gap": 6.0},
            {"text": "Présents (5) : Mme Émilie MOREL ; M. Didier CHEVALIER ; M. Jean-Luc GARNIER ;", "gap": 6.0},
            {"text": "Mme Anne ROUX ; M. Paul BLANC"},
            {"text": "Excusé(e)s : M. Stéphane JOLY", "gap": 6.0},
            {"text": "Mme Anne ROUX a été désignée secrétaire de séance.", "gap": 6.0},
            {"text": "ORDRE DU JOUR", "bold": True, "gap": 6.0}]
    head += [{"text": f"- Objet numéro {n} de la séance"} for n in (11, 12, 13)]
    first = _item(11, 2, True)
    specs = [dict(spec, page=1) for spec in head + first[:2]] + first[2:] + _item(12, 2, False) \
        + _item(13, 3, False)
    parts = [p for p in split_parts(doc_from_lines(specs), load_rules()) if p.kind == "deliberation"]
    assert [p.metadata["number"] for p in parts] == ["DEL 2019-011", "DEL 2019-012", "DEL 2019-013"]
    for p in parts:
        assert p.metadata["session_date"] == "2019-09-21", p.metadata["number"]
        assert p.metadata["present"] == ["Émilie MOREL", "Didier CHEVALIER", "Jean-Luc GARNIER", "Anne ROUX",
                                         "Paul BLANC"]
        assert p.metadata["excused"] == [{"name": "Stéphane JOLY", "proxy_to": None}]
