"""Settings objects (issue 13.7): the thresholds of the text, table, structure and diff stages
live in dataclasses (text/settings.py, tables/settings.py, structure/settings.py,
diff/settings.py), a module's own thresholds in a sub-settings field of its stage, reach the
stages through parse_pdf(..., settings=ParseSettings(...)) and diff_versions(...,
settings=DiffSettings(...)), and are active for that call only. Defaults are the tuned values (outputs unchanged: the
corpus evaluation is the same before and after the move)."""
from __future__ import annotations

import ast
import dataclasses
import json
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from convention_parser.diff import diff_versions
from convention_parser.diff.settings import DiffSettings, diff_settings
from convention_parser.pipeline import parse_pdf
from convention_parser.records import Amount, Part, ParseResult, Section, Source
from convention_parser.settings import ParseSettings
from convention_parser.structure.settings import ReceiptSettings, StructureSettings, structure_settings
from convention_parser.tables.settings import HeaderSettings, TableSettings
from convention_parser.text.settings import MarginNoteSettings, TextSettings, text_settings

PKG = Path(__file__).resolve().parents[1] / "src" / "convention_parser"

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


@pytest.mark.parametrize("cls", [TextSettings, StructureSettings, DiffSettings, ParseSettings])
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


def _reachable(cls, seen: set) -> None:
    for f in dataclasses.fields(cls):
        sub = type(getattr(cls(), f.name))
        if dataclasses.is_dataclass(sub) and sub not in seen:
            seen.add(sub)
            _reachable(sub, seen)


def test_every_settings_class_of_the_parse_stages_is_reachable_from_parse_settings():
    """A module's thresholds in a settings class of its own that ParseSettings does not hold
    could not be changed by a caller: every such class lives in its stage's settings.py and
    is a field there, and no module keeps a settings instance of its own."""
    seen: set = set()
    _reachable(ParseSettings, seen)
    reachable = {c.__name__ for c in seen}
    defined, instances = [], []
    for stage in ("text", "tables", "structure"):
        for path in sorted((PKG / stage).glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in tree.body:
                if isinstance(node, ast.ClassDef) and node.name.endswith("Settings"):
                    defined.append((path.name, node.name))
                if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                        and getattr(node.value.func, "id", "").endswith("Settings") and path.name != "settings.py":
                    instances.append(f"{stage}/{path.name}:{node.lineno}")
    assert all(name == "settings.py" for name, _ in defined), defined
    assert {cls for _, cls in defined} <= reachable, {cls for _, cls in defined} - reachable
    assert not instances, instances



def test_every_settings_class_reachable_from_parse_settings_is_frozen():
    """A settings object is shared by every call that did not pass its own (the defaults):
    one that a stage could change in place would change the next parse. Every class under
    ParseSettings (the table stage's sub-settings too) refuses assignment."""
    seen: set = set()
    _reachable(ParseSettings, seen)
    assert {"RuledSettings", "AlignedSettings", "ContinuationSettings", "LayoutGridSettings"} \
        <= {c.__name__ for c in seen}
    for cls in seen:
        obj = cls()
        name = dataclasses.fields(cls)[0].name
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(obj, name, getattr(obj, name))

BODY = ["CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN", "Article 1 - Objet de la convention",
        "Le projet de renouvellement urbain prévoit la requalification du quartier des Tilleuls",
        "et la démolition de soixante et onze logements sociaux de la résidence Les Acacias.",
        "Une attention particulière est portée au relogement des ménages concernés par",
        "les opérations, dans le respect de la charte partenariale signée par les bailleurs.",
        "Article 2 - Les opérations financées", "Les opérations programmées figurent au tableau",
        "de l'annexe C2, avec leur calendrier prévisionnel et leur plan de financement.",
        "La présente convention est conclue pour une durée de dix ans à compter de sa signature.",
        "Les parties s'engagent à suivre ensemble la mise en oeuvre du projet chaque année."]


def _margin_notes(result: ParseResult) -> list[str]:
    return [f.text for p in result.parts for f in p.furniture if f.place == "margin"]


def test_text_settings_reach_the_parse_and_last_for_it_only(tmp_path):
    # A note in a smaller type in the left margin, beside the fifth line of the body.
    path = tmp_path / "margin.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for i, text in enumerate(BODY):
        c.setFont("Helvetica", 10)
        c.drawString(110, 760 - 16 * i, text)
        if i == 4:
            c.setFont("Helvetica", 7)
            c.drawString(30, 760 - 16 * i, "Voir annexe")
    c.save()
    assert _margin_notes(parse_pdf(path)) == ["Voir annexe"]
    # a page needs more lines than it holds to have a body edge: no margin, the note is text
    blind = ParseSettings(text=TextSettings(margin_notes=MarginNoteSettings(min_lines=100)))
    result = parse_pdf(path, settings=blind)
    assert _margin_notes(result) == []
    assert "Voir annexe" in json.dumps([s.text for p in result.parts for s in p.sections], ensure_ascii=False)
    assert text_settings() == TextSettings()                 # back to the defaults
    assert _margin_notes(parse_pdf(path)) == ["Voir annexe"]


def test_structure_sub_settings_reach_the_parse_and_last_for_it_only(tmp_path):
    # The decision stamped by the prefecture: its dates printed under the identifier.
    path = tmp_path / "stamped.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 842 - 80
    for i, text in enumerate(DECISION):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 12 if i == 0 else 10)
        c.drawString(60, y, text)
        y -= 20
    c.setFont("Helvetica", 8)
    for text in ["Accusé de réception en préfecture", "062-216207654-20240314-B2024_12-DE",
                 "Date de télétransmission : 18/03/2024", "Date de réception préfecture : 19/03/2024"]:
        c.drawString(60, y, text)
        y -= 12
    c.save()

    def dates(result: ParseResult) -> list:
        return [(p.metadata["act_receipt"]["id"], p.metadata["act_receipt"]["received"]) for p in result.parts]
    stamped = [("062-216207654-20240314-B2024_12-DE", "2024-03-19")]
    assert dates(parse_pdf(path)) == stamped
    # the dates are looked for within 10 characters of the identifier only: none found
    near = ParseSettings(structure=StructureSettings(receipt=ReceiptSettings(window=10)))
    assert dates(parse_pdf(path, settings=near)) == [("062-216207654-20240314-B2024_12-DE", None)]
    assert structure_settings() == StructureSettings()
    assert dates(parse_pdf(path)) == stamped


def test_table_sub_settings_reach_the_parse_and_last_for_it_only(tmp_path):
    path = tmp_path / "table.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 842 - 80
    for text in DECISION:
        c.setFont("Helvetica", 10)
        c.drawString(60, y, text)
        y -= 20
    rows = [("Opération", "Maître d'ouvrage", "Montant"), ("Démolition tour A", "Habitat 62", "1 200 000 €"),
            ("Voirie", "Commune", "350 000 €")]
    top = y - 10
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            c.drawString(66 + 160 * k, top - 14 - 20 * r, cell)
    for r in range(len(rows) + 1):
        c.line(60, top - 20 * r, 540, top - 20 * r)
    for k in range(4):
        c.line(60 + 160 * k, top, 60 + 160 * k, top - 20 * len(rows))
    c.save()

    def shapes(result: ParseResult) -> list:
        return [(t.header, t.n_rows) for p in result.parts for t in p.tables]
    headed = [([list(rows[0])], 2)]
    assert shapes(parse_pdf(path)) == headed
    # no row may be a header: the header row is a row of the body
    bare = ParseSettings(tables=TableSettings(header=HeaderSettings(max_header_rows=0)))
    assert shapes(parse_pdf(path, settings=bare)) == [([], 3)]
    assert shapes(parse_pdf(path)) == headed
