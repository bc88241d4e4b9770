"""Change.before/after are typed by the change's type (change_types.ChangeKind.payload,
records.PAYLOAD_TYPES) and the diff's published JSON Schema closes them: a diff of the
corpus validates, and a payload of the wrong shape, or with a key no payload type
declares, is rejected."""
import copy
import json
import sys
from pathlib import Path

import jsonschema
import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))
from corpus import parsed  # noqa: E402

from convention_parser import records  # noqa: E402
from convention_parser.change_types import CHANGE_TYPES  # noqa: E402
from convention_parser.diff import diff_documents  # noqa: E402
from convention_parser.records import parse_result_from_dict  # noqa: E402
from convention_parser.schema import diff_output_schema  # noqa: E402

GENERATED = Path(__file__).parent / "fixtures" / "diff" / "generated"


def _validator():
    return jsonschema.Draft202012Validator(diff_output_schema())


def _generated(role: str):
    path = next(GENERATED.glob(f"convention-*-{role}.parse.json"))
    return parse_result_from_dict(json.loads(path.read_text(encoding="utf-8")))


def test_every_change_type_names_a_payload_type():
    for k in CHANGE_TYPES:
        assert k.payload in records.PAYLOAD_TYPES, k.name
    schema = diff_output_schema()
    for name in ("SectionPayload", "TablePayload", "AnnouncementPayload", "Operation", "Amendment"):
        assert schema["$defs"][name]["additionalProperties"] is False, name


@pytest.fixture(scope="module")
def corpus_diffs():
    old = parsed("pdf/call_convention_original.pdf")
    return [diff_documents(old, parsed(f"pdf/{new}.pdf")).to_dict()
            for new in ("call_convention_consolidated", "seed_deliberation_avenant01")]


def test_corpus_diff_outputs_validate_with_typed_payloads(corpus_diffs):
    v = _validator()
    seen = set()
    for out in corpus_diffs + [diff_documents(_generated("signed"), _generated("avenant")).to_dict()]:
        errors = [f"{list(e.absolute_path)}: {e.message[:120]}" for e in v.iter_errors(out)]
        assert not errors, errors[:5]
        seen |= {(c["type"], c["status"]) for c in out["changes"]}
    kinds = {t for t, _ in seen}
    # the check covers every payload shape, announcements included
    assert {"operation_added", "amount_changed", "quantity_changed", "party_added", "annex_added",
            "article_modified", "article_renamed", "table_modified"} <= kinds
    assert any(s == "declared_only" for _, s in seen)
    figures = [c for out in corpus_diffs for c in out["changes"] if c["type"] in ("amount_changed", "quantity_changed")]
    assert figures and all(c["unit"] == "EUR" for c in figures if c["type"] == "amount_changed")
    counts = [c for c in figures if c["type"] == "quantity_changed"]
    assert counts and all(c["unit"] and c["unit"] != "EUR" for c in counts)      # "logement", "place"...


def _rejected(doc) -> bool:
    return not _validator().is_valid(doc)


def test_wrong_payloads_are_rejected(corpus_diffs):
    doc = corpus_diffs[0]
    assert not _rejected(doc)
    first = {}
    for i, c in enumerate(doc["changes"]):
        first.setdefault(c["type"], i)
    cases = [
        ("party_added", "after", {"name": "X"}),                  # a party is a name
        ("amount_changed", "after", "1 880 000 €"),               # an amount is a number
        ("article_modified", "after", 12.0),                      # a section is a record
        ("operation_added", "after", {"declared": "opération"}),  # an announcement, yet applied
        ("amount_changed", "unit", None),                         # a figure says its unit
        ("party_added", "unit", "EUR"),                           # a name has none
    ]
    for ctype, side, value in cases:
        bad = copy.deepcopy(doc)
        bad["changes"][first[ctype]][side] = value
        assert _rejected(bad), (ctype, value)
    for ctype in ("article_modified", "table_modified", "operation_added"):
        bad = copy.deepcopy(doc)
        bad["changes"][first[ctype]]["after"]["undeclared_key"] = 1    # closed payloads
        assert _rejected(bad), ctype
    ok = copy.deepcopy(doc)                                   # an announcement where it belongs
    ok["changes"][first["article_modified"]].update(before=None, after={"declared": "article 4"},
                                                     status="declared_only")
    assert not _rejected(ok)
