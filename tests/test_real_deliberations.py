"""Regression guard: deliberation fields on the real council documents (text layer only).

Hand gold: corpora/real/gold/*.json; committed figures: corpora/real/scores.json
(regenerate with ``python -m convention_parser.evaluate.deliberations corpora/real/gold
/work/shared/real --json corpora/real/scores.json`` after an improvement or a gold change).
These are documents the project has seen: figures on them are training figures.
The scanned documents are left out to keep the test fast (OCR).
"""

from __future__ import annotations

import json

import pytest

from conftest import CORPORA, SHARED_REAL

from convention_parser.evaluate.deliberations import FIELDS, load_gold, score_document, summarise
from convention_parser.pipeline import parse_pdf

GOLD_DIR = CORPORA / "real" / "gold"
SCORES = CORPORA / "real" / "scores.json"
TEXT_LAYER = (
    "mairie-corte_convocation-odj_2023-10-30_downloads-1592.pdf",
    "mairie-corte_proces-verbal_2023-02-13_downloads-1598.pdf",
    "mairie-corte_proces-verbal_2024-07-01_downloads-1752.pdf",
    "minutes-cm-montpellier-2011-05-09.pdf",
    "minutes-cm-pierrefonds-2025-11-20.pdf",
)


def test_real_deliberation_fields_do_not_regress():
    if not SHARED_REAL.exists():
        pytest.skip("real PDFs not available")
    committed = json.loads(SCORES.read_text(encoding="utf-8"))
    now, before = [], []
    for pdf in TEXT_LAYER:
        gold = load_gold(GOLD_DIR / pdf.replace(".pdf", ".json"))
        now.append(score_document(parse_pdf(SHARED_REAL / pdf).to_dict(), gold))
        before.append(committed[pdf])
    now_total, before_total = summarise(now), summarise(before)
    for field in FIELDS:
        if field == "extra_parts":  # reported, not guarded: more parts found may add extras
            continue
        hits, total = now_total[field]
        assert total == before_total[field][1], f"{field}: gold changed, regenerate scores.json"
        assert hits >= before_total[field][0], (
            f"{field}: {hits}/{total} < committed {before_total[field][0]}/{total}")
