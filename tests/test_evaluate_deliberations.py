"""The deliberation scorer's comparison rules, on small hand-made dicts."""

import json

from convention_parser.evaluate.deliberations import (
    load_gold, name_key, number_key, score_document, summarise,
)


def _gold(**session):
    base = {"date": "2025-11-20", "president": "Florence DEMOUY",
            "present": ["Florence DEMOUY", "Karim AIT-CHIKHEBBIH", "Élodie LEFÈVRE"],
            "present_count": None,
            "excused": [{"name": "Philippe TOLEDANO", "proxy_to": "Romain RIBEIRO"},
                        {"name": "Jean DUPONT", "proxy_to": None}],
            "absent": ["Elsa CARRIER"]}
    base.update(session)
    return {"pdf": "x.pdf", "origin": "hand", "session": base, "deliberations": [
        {"number": "D2025-035", "subject": "Adhésion au Conseil d'Architecture de l'Oise",
         "pages": [2, 3], "vote": {"result": "unanimity", "for": None, "against": None,
                                   "abstention": 1}},
        {"number": "D2025-036", "subject": "Tarifs de la cantine scolaire",
         "pages": [3, 4], "vote": {"result": "majority", "for": 12, "against": 3,
                                   "abstention": 0}},
    ]}


def _part(number, subject, pages, vote, **meta):
    m = {"number": number, "subject": subject, "session_date": "2025-11-20",
         # civility, token order, case, accents, hyphen written as a space
         "president": "Mme DEMOUY Florence",
         "present": ["demouy florence", "M. Karim AIT CHIKHEBBIH", "Madame LEFEVRE Elodie"],
         "present_count": None,
         "excused": [{"name": "M. TOLEDANO Philippe", "proxy_to": "Monsieur Romain Ribeiro"},
                     {"name": "DUPONT Jean", "proxy_to": None}],
         "absent": ["CARRIER Elsa"], "vote": vote}
    m.update(meta)
    return {"kind": "deliberation", "pages": pages, "title": subject or "", "metadata": m}


UNANIMITY = {"result": "unanimity", "for": None, "against": None, "abstention": 1}
MAJORITY = {"result": "majority", "for": 12, "against": 3, "abstention": 0}


def test_names_fold_civility_accents_order_and_hyphens():
    assert name_key("Monsieur AIT-CHIKHEBBIH Karim") == name_key("karim ait chikhebbih")
    assert name_key("Mme Élodie LEFÈVRE") == name_key("LEFEVRE Elodie")
    assert name_key("MM. Jean DUPONT") == name_key("Jean DUPONT")
    assert name_key("Dr. Xavier POLI") == name_key("POLI Xavier")
    assert name_key("Jean DUPONT") != name_key("Jeanne DUPONT")
    assert number_key("N° D2025-035") == number_key("d2025-035")
    assert number_key("1") != number_key("11")


def test_perfect_document_scores_every_field():
    result = {"parts": [_part("D2025-035", "Adhésion au Conseil d'Architecture de l'Oise",
                              [2, 3], UNANIMITY),
                        _part("D2025-036", "Tarifs de la cantine scolaire", [3, 4], MAJORITY),
                        {"kind": "other", "pages": [1, 1], "metadata": {}}]}
    scores = score_document(result, _gold())
    for field in ("found", "number", "subject", "session_date", "president",
                  "present", "excused", "absent", "vote"):
        assert scores[field] == [2, 2], field
    assert scores["extra_parts"] == [0, 0]


def test_missed_deliberation_misses_every_field_and_extra_part_counts():
    # The second deliberation is not found; an unrelated part is extra.
    result = {"parts": [_part("D2025-035", "Adhésion au Conseil d'Architecture de l'Oise",
                              [2, 3], UNANIMITY),
                        _part("D2025-099", "Rapport annuel du délégataire de l'eau",
                              [9, 9], MAJORITY)]}
    scores = score_document(result, _gold())
    assert scores["found"] == [1, 2]
    assert scores["vote"] == [1, 2]
    assert scores["president"] == [1, 2]
    assert scores["extra_parts"] == [0, 1]


def test_pairing_by_subject_then_pages_when_numbers_differ():
    # No numbers read: pairing falls back on subjects (order swapped) ...
    result = {"parts": [_part(None, "Tarifs cantine scolaire", [3, 4], MAJORITY),
                        _part(None, "Adhésion au Conseil d'Architecture de l'Oise", [2, 3],
                              UNANIMITY)]}
    scores = score_document(result, _gold())
    assert scores["found"] == [2, 2]
    assert scores["vote"] == [2, 2]
    assert scores["number"] == [0, 2]
    assert scores["subject"] == [1, 2]  # "Tarifs cantine scolaire" is under ratio 90
    # ... and on pages when there is no subject either.
    result = {"parts": [_part(None, None, [3, 4], MAJORITY)]}
    scores = score_document(result, _gold())
    assert scores["found"] == [1, 2]
    assert scores["vote"] == [1, 2]  # paired with D2025-036 (pages 3-4), not D2025-035


def test_wrong_values_are_misses():
    result = {"parts": [
        _part("D2025-035", "Adhésion au Conseil d'Architecture de l'Oise", [2, 3],
              {"result": "unanimity", "for": None, "against": None, "abstention": None},
              excused=[{"name": "Philippe TOLEDANO", "proxy_to": None},
                       {"name": "Jean DUPONT", "proxy_to": None}],
              absent=[]),
        _part("D2025-036", "Tarifs de la cantine scolaire", [3, 4], MAJORITY,
              present=["Florence DEMOUY"], session_date="2025-11-21")]}
    scores = score_document(result, _gold())
    assert scores["vote"] == [1, 2]
    assert scores["excused"] == [1, 2]  # proxy holder lost
    assert scores["absent"] == [1, 2]
    assert scores["present"] == [1, 2]
    assert scores["session_date"] == [1, 2]


def test_null_present_compares_the_count():
    gold = _gold(present=None, present_count=25)
    ok = _part("D2025-035", "Adhésion au Conseil d'Architecture de l'Oise", [2, 3],
               UNANIMITY, present=[], present_count=25)
    wrong = _part("D2025-036", "Tarifs de la cantine scolaire", [3, 4], MAJORITY,
                  present=[], present_count=24)
    assert score_document({"parts": [ok, wrong]}, gold)["present"] == [1, 2]


def test_deliberation_session_overrides_and_summarise(tmp_path):
    gold = _gold()
    gold["deliberations"][1]["session"] = {"absent": ["Elsa CARRIER", "Paul MARTIN"]}
    path = tmp_path / "g.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    loaded = load_gold(path)
    assert loaded["deliberations"][1]["session"]["president"] == "Florence DEMOUY"
    result = {"parts": [_part("D2025-035", "Adhésion au Conseil d'Architecture de l'Oise",
                              [2, 3], UNANIMITY),
                        _part("D2025-036", "Tarifs de la cantine scolaire", [3, 4], MAJORITY)]}
    scores = score_document(result, loaded)
    assert scores["absent"] == [1, 2]
    total = summarise([scores, scores])
    assert total["absent"] == [2, 4]
    assert total["found"] == [4, 4]
