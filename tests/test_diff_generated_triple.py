"""Properties of diff and consolidate over one generated triple (generator2 kind
"convention", dev seed 161, triple 360831134: article 8 amended by nested
instructions, 8.2 rewritten, operation tables without IDTOP), from the parse
JSONs committed under tests/fixtures/diff/generated (no generation in tests).

- diff(X, X) is empty;
- consolidate(signed, avenant) holds the consolidated convention's contractual
  facts: diff(consolidate(c, a), c_v2) tells no operation, figure, party or
  annex list change (what is left is wording of rewritten articles);
- diff(c, a) and diff(c, c_v2) tell the same figures and the same typed
  changes of operations, annexes, parties and renames, which the gold written
  by construction expects."""

import json
from collections import Counter
from pathlib import Path

import pytest

from convention_parser.diff import consolidate, diff_results
from convention_parser.evaluate.diff import score_changes
from convention_parser.records import parse_result_from_dict

HERE = Path(__file__).parent / "fixtures" / "diff" / "generated"
STEM = "convention-360831134"
FACT_TYPES = ("operation_added", "operation_removed", "operation_modified", "party_added", "party_removed",
              "annex_added", "annex_repealed", "amount_changed", "quantity_changed")
SAME_ON_BOTH_ROUTES = ("operation_added", "operation_removed", "operation_modified", "party_added",
                       "annex_added", "annex_modified", "annex_repealed", "article_renamed")


@pytest.fixture(scope="module")
def triple():
    load = lambda role: parse_result_from_dict(json.loads((HERE / f"{STEM}-{role}.parse.json").read_text("utf-8")))  # noqa: E731
    signed, avenant, consolidated = load("signed"), load("avenant"), load("consolidated")
    gold = {role: json.loads((HERE / f"{STEM}-{role}.changes.json").read_text("utf-8"))["changes"]
            for role in ("avenant", "consolidated")}
    return signed, avenant, consolidated, consolidate(signed, [avenant]), gold


def test_a_version_diffed_with_itself_has_no_change(triple):
    for r in triple[:3]:
        assert diff_results(r, r).changes == []


def test_consolidation_reproduces_the_consolidated_conventions_facts(triple):
    _, _, consolidated, merged, _ = triple
    left = [(c.type, c.target) for c in diff_results(merged, consolidated).changes if c.type in FACT_TYPES]
    assert left == []


def _figures(changes) -> Counter:
    return Counter((c.type, round(c.before, 2), round(c.after, 2)) for c in changes
                   if c.type in ("amount_changed", "quantity_changed"))


def test_both_routes_tell_the_same_changes(triple):
    signed, avenant, consolidated, merged, gold = triple
    via_avenant = diff_results(signed, merged, avenant=avenant).changes
    via_consolidated = diff_results(signed, consolidated).changes
    assert _figures(via_avenant) == _figures(via_consolidated)
    typed = lambda cs: sorted(c.type for c in cs if c.type in SAME_ON_BOTH_ROUTES)  # noqa: E731
    assert typed(via_avenant) == typed(via_consolidated)
    for found, route in ((via_avenant, "avenant"), (via_consolidated, "consolidated")):
        score = score_changes(found, gold[route])
        # (On the consolidated route the financing table's parse lost its "Total" column header, so
        # its totals cannot say they are derived: amounts are held on the avenant route only.)
        checked = SAME_ON_BOTH_ROUTES + ("article_modified",) + (("amount_changed",) if route == "avenant" else ())
        assert [m for m in score.missed if m["type"] in checked] == [], route
        # The nested instruction rewriting 8.2 is told as its own change.
        assert any(c.type == "article_modified" and c.target == "8.2" for c in found), route
