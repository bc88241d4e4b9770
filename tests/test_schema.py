"""The published JSON Schema is valid and describes what parse prints."""

import json
import subprocess
import sys

import jsonschema

from convention_parser.records import (Amendment, Amount, DeliberationMetadata, Excused, Part,
                                       ParseResult, Section, Source, Vote)
from convention_parser.schema import diff_output_schema, parse_output_schema


def test_schema_is_valid_json_schema():
    schema = json.loads(subprocess.run([sys.executable, "-m", "convention_parser", "schema"],
                                       capture_output=True, text=True, check=True).stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert set(schema["required"]) == {"schema_version", "source", "parts", "warnings"}
    part = schema["$defs"]["Part"]["properties"]
    for name in ["kind", "pages", "title", "metadata", "sections", "tables", "amounts",
                 "quantities", "dates", "entities", "operations", "amendments"]:
        assert name in part
    assert schema["$defs"]["Amendment"]["properties"]["action"]["enum"] == [
        "replace", "insert", "repeal", "rename", "unchanged"]
    jsonschema.Draft202012Validator.check_schema(diff_output_schema())


def test_schema_accepts_a_full_record_and_rejects_a_wrong_one():
    meta = DeliberationMetadata(number="1", president="COTTIGNY", present=["LEROY"],
                                excused=[Excused("GLORIAN", "COTTIGNY")], vote=Vote("unanimity"))
    part = Part(kind="deliberation", pages=[1, 2], title="t", metadata=meta.to_dict(),
                sections=[Section("s1", "I", "CONTEXTE", 1, 1)],
                amounts=[Amount("1 880 000 €", 1880000.0, page=2)],
                amendments=[Amendment("C4", "annexe", "repeal")])
    doc = ParseResult(source=Source("a.pdf", "0" * 64, 2)).to_dict()
    doc["parts"] = [part.to_dict()]
    jsonschema.validate(doc, parse_output_schema())
    assert doc["parts"][0]["metadata"]["vote"] == {"result": "unanimity", "for": None,
                                                   "against": None, "abstention": None}
    doc["parts"][0]["kind"] = "letter"
    try:
        jsonschema.validate(doc, parse_output_schema())
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("an unknown part kind must be rejected")


def test_metadata_is_typed_by_kind():
    """A deliberation's metadata is DeliberationMetadata: an undeclared key or a wrong type is
    rejected; an avenant's metadata is checked against AvenantMetadata, not the others."""
    schema = parse_output_schema()
    doc = ParseResult(source=Source("a.pdf", "0" * 64, 2)).to_dict()
    doc["parts"] = [Part(kind="deliberation", pages=[1, 1],
                         metadata=DeliberationMetadata(number="12").to_dict()).to_dict()]
    jsonschema.validate(doc, schema)
    for bad in ({"presidnet": "X"}, {"present": "LEROY, DUPONT"}):
        doc["parts"][0]["metadata"].update(bad)
        try:
            jsonschema.validate(doc, schema)
        except jsonschema.ValidationError:
            pass
        else:
            raise AssertionError(f"metadata {bad} must be rejected")
        doc["parts"][0]["metadata"] = DeliberationMetadata(number="12").to_dict()
    doc["parts"][0]["kind"] = "avenant"       # deliberation fields on an avenant: rejected
    try:
        jsonschema.validate(doc, schema)
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("an avenant's metadata must be AvenantMetadata")
    doc["parts"][0]["metadata"] = {"number": "1", "parties": ["Pas-de-Calais habitat"]}
    jsonschema.validate(doc, schema)
