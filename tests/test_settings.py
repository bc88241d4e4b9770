"""Settings objects (issue 13.7): the thresholds of the structure and diff stages live in
frozen dataclasses (structure/settings.py, diff/settings.py), reach the stages through
parse_pdf(..., settings=ParseSettings(...)) and diff_versions(..., settings=DiffSettings(...)),
and are active for that call only. Defaults are the tuned values (outputs unchanged: the
corpus evaluation is the same before and after the move)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from convention_parser.diff import diff_versions
from convention_parser.diff.settings import DiffSettings, diff_settings
from convention_parser.pipeline import parse_pdf
from convention_parser.records import Amount, Part, ParseResult, Section, Source
from convention_parser.settings import ParseSettings
from convention_parser.structure.settings import StructureSettings, structure_settings

DECISION = ["DÉCISION EXTRAITE DU PROCÈS-VERBAL DU BUREAU", "Séance du 14 mars 2024",
            "Présents : Mme Claire DUVAL, M. Paul ROCHE, M. Henri LEBLANC",
            "Objet : Avenant n°2 à la convention de renouvellement urbain de Beauval",
            "Le Bureau, après en avoir délibéré,", "APPROUVE l'avenant n°2 à la convention.",
            "Décision adoptée à l'unanimité."]


@pytest.fixture(scope="module")
def decision_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "decision.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 842 - 80
    for i, text in enumerate(DECISION):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 12 if i == 0 else 10)
        c.drawString(60, y, text)
        y -= 20
    c.save()
    return path


@pytest.mark.parametrize("cls", [StructureSettings, DiffSettings, ParseSettings])
def test_settings_are_frozen_and_every_field_says_why(cls):
    s = cls()
    field = dataclasses.fields(cls)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(s, field, None)
    # a docstring under every field (the module's source says why each value is what it is)
    import inspect
    source = inspect.getsource(cls)
    for f in dataclasses.fields(cls):
        after = source.split(f"    {f.name}:", 1)[1].split("\n", 2)
        assert after[1].strip().startswith('"""'), f"{cls.__name__}.{f.name} has no docstring"


def test_structure_settings_reach_the_parse_and_last_for_it_only(decision_pdf):
    assert [p.kind for p in parse_pdf(decision_pdf).parts] == ["deliberation"]
    # no family's evidence reaches an unreachable score: the same text is claimed by none
    strict = ParseSettings(structure=StructureSettings(min_score=1e9))
    assert [p.kind for p in parse_pdf(decision_pdf, settings=strict).parts] == ["other"]
    assert structure_settings() == StructureSettings()       # back to the defaults


def _doc(amount: float) -> ParseResult:
    sec = Section("s0", "5", "Article 5", 1, 1, None, "Le financement de l'ANRU s'élève à un montant.")
    part = Part(kind="convention", pages=[1, 1], title="Convention", sections=[sec],
                amounts=[Amount(f"{amount} €", amount, page=1, section="5", label="Subvention ANRU")])
    return ParseResult(Source("c.pdf", "e" * 64, 1), [part])


def test_diff_settings_reach_the_diff_and_last_for_it_only():
    old, new = _doc(1000.0), _doc(1000.4)
    # within the default tolerance (cents rounded differently between layouts): no change
    assert [c.type for c in diff_versions(old, new).changes] == []
    tight = DiffSettings(amount_tolerance=0.1)
    assert [c.type for c in diff_versions(old, new, settings=tight).changes] == ["amount_changed"]
    assert diff_settings() == DiffSettings()
