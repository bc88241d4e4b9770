"""diff_documents is the library's `diff OLD NEW`: an avenant is applied first, a later
convention compared as it is (the command line holds no domain logic of its own)."""
import json
from pathlib import Path

from convention_parser.diff import consolidate, diff_documents, diff_results, is_amendment
from convention_parser.records import parse_result_from_dict

HERE = Path(__file__).parent / "fixtures" / "diff" / "generated"


def _load(role: str):
    path = next(HERE.glob(f"convention-*-{role}.parse.json"))
    return parse_result_from_dict(json.loads(path.read_text(encoding="utf-8")))


def test_avenant_route_and_convention_route():
    signed, avenant, consolidated = _load("signed"), _load("avenant"), _load("consolidated")
    assert is_amendment(avenant) and not is_amendment(consolidated)
    via = diff_documents(signed, avenant)
    expected = diff_results(signed, consolidate(signed, [avenant]), avenant=avenant)
    assert [(c.type, c.target, c.status) for c in via.changes] == \
        [(c.type, c.target, c.status) for c in expected.changes]
    assert via.new.path == avenant.source.path          # the report names the avenant given
    direct = diff_documents(signed, consolidated)
    assert [(c.type, c.target) for c in direct.changes] == \
        [(c.type, c.target) for c in diff_results(signed, consolidated).changes]
    assert direct.changes and via.changes
