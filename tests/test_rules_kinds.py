"""Part kinds are open (issue 13): a family added by one rule file names its own kind, which
the parse output carries and the published schema lists (typed by the metadata it reads).
The document is built here: a "protocole de préfiguration", a kind the package does not ship."""
from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from convention_parser.pipeline import parse_pdf
from convention_parser.rules import RuleError, load_rules, part_kinds
from convention_parser.schema import parse_output_schema

PROTOCOLE = r'''# Protocole de préfiguration d'un projet de renouvellement urbain (NPNRU).
inherit = "convention"

[meta]
kind = "protocole"
metadata_as = "convention"
description = "Protocole de préfiguration"

[detect]
keywords = [{ pattern = "protocole\\s+de\\s+pr[ée]figuration", weight = 6 }]
starts = ["^protocole\\s+de\\s+pr[ée]figuration"]
title = ["^protocole\\s+de\\s+pr[ée]figuration"]
title_weight = 12
'''

LINES = [
    ("Helvetica-Bold", 14, "PROTOCOLE DE PRÉFIGURATION DU PROJET DE RENOUVELLEMENT URBAIN"),
    ("Helvetica-Bold", 14, "DE L'AGGLOMÉRATION DE BEAUVAL"),
    (None, 0, ""),
    ("Helvetica", 10, "Il est convenu entre :"),
    ("Helvetica", 10, "La Commune de Beauval, représentée par son Maire, Monsieur Jean Dupont,"),
    ("Helvetica", 10, "L'ANRU, représentée par sa Directrice générale,"),
    ("Helvetica", 10, "ci-après désignés les « Partenaires »,"),
    ("Helvetica", 10, "Il a été convenu ce qui suit :"),
    (None, 0, ""),
    ("Helvetica-Bold", 11, "Article 1 – Objet du protocole"),
    ("Helvetica", 10, "Le présent protocole de préfiguration fixe le programme des études du quartier."),
    (None, 0, ""),
    ("Helvetica-Bold", 11, "Article 2 – Programme de travail"),
    ("Helvetica", 10, "Les études urbaines sont financées à hauteur de 250 000 euros par l'ANRU."),
    (None, 0, ""),
    ("Helvetica", 10, "Fait à Beauval, le 3 mars 2016"),
]


def _pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 842 - 80
    for font, size, text in LINES:
        if font:
            c.setFont(font, size)
            c.drawString(60, y, text)
        y -= 18
    c.save()
    return path


@pytest.fixture(scope="module")
def family_dir(tmp_path_factory) -> tuple[str, ...]:
    d = tmp_path_factory.mktemp("rules")
    (d / "protocole_prefiguration.toml").write_text(PROTOCOLE, encoding="utf-8")
    return (str(d),)


@pytest.fixture(scope="module")
def pdf(tmp_path_factory) -> Path:
    return _pdf(tmp_path_factory.mktemp("pdf") / "protocole.pdf")


def test_a_new_family_has_its_own_kind_in_the_output_and_the_schema(family_dir, pdf):
    rules = load_rules(extra=family_dir)
    result = parse_pdf(pdf, rules=rules)
    (part,) = result.parts
    assert (part.kind, part.family) == ("protocole", "protocole_prefiguration")
    assert [s.number for s in part.sections] == ["1", "2"]
    # it reads its parties as a convention does ([meta] metadata_as)
    assert "Commune de Beauval" in part.metadata["parties"]
    schema = parse_output_schema(rules)
    assert "protocole" in schema["$defs"]["Part"]["properties"]["kind"]["enum"]
    jsonschema.validate(result.to_dict(), schema)
    # the schema of the shipped rules alone does not know the kind
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(result.to_dict(), parse_output_schema())
    # a metadata key the convention's record does not declare is refused for this kind
    bad = result.to_dict()
    bad["parts"][0]["metadata"]["vote"] = "unanimity"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_without_the_family_the_document_is_no_protocole(pdf):
    kinds = [p.kind for p in parse_pdf(pdf).parts]
    assert kinds and "protocole" not in kinds


def test_part_kinds_lists_the_built_in_kinds_then_the_new_ones(family_dir):
    kinds = part_kinds(load_rules(extra=family_dir))
    assert list(kinds)[:4] == ["deliberation", "avenant", "convention", "other"]
    assert kinds["protocole"] == "convention" and kinds["other"] == ""


def _family(tmp_path: Path, text: str) -> tuple[str, ...]:
    (tmp_path / "fam.toml").write_text(text, encoding="utf-8")
    return (str(tmp_path),)


def test_a_malformed_kind_is_an_error_naming_file_and_key(tmp_path):
    with pytest.raises(RuleError, match=r"fam.toml: meta.kind 'Arrêté municipal' is not a kind name"):
        load_rules(extra=_family(tmp_path, '[meta]\nkind = "Arrêté municipal"\n[detect]\nstarts = ["^ARRÊTÉ"]\n'))


def test_metadata_as_must_name_a_kind_the_engine_reads(tmp_path):
    with pytest.raises(RuleError, match=r"fam.toml: meta.metadata_as 'arrete' is not a kind"):
        load_rules(extra=_family(tmp_path, '[meta]\nkind = "arrete"\nmetadata_as = "arrete"\n'))


def test_a_new_kind_without_metadata_as_carries_no_metadata(tmp_path):
    rules = load_rules(extra=_family(tmp_path, '[meta]\nkind = "arrete"\n[detect]\nstarts = ["^ARRÊTÉ"]\n'))
    assert part_kinds(rules)["arrete"] == ""
    schema = parse_output_schema(rules)
    assert "arrete" in schema["$defs"]["Part"]["properties"]["kind"]["enum"]
