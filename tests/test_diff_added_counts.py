"""Counts of a new kind of thing: told once as added (0 -> N), with every place."""

import sys
from pathlib import Path

import pytest

from conftest import CORPORA
from convention_parser.diff import consolidate, diff_results
from convention_parser.diff.added_counts import added_counts
from convention_parser.diff.compare import diff_parts
from convention_parser.evaluate.diff import load_gold_changes, score_changes
from convention_parser.records import Part, Quantity, Section

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))
from corpus import parsed  # noqa: E402


def _identity(n):
    return n


def _part(sections: dict[str, str], quantities: list[Quantity]) -> Part:
    return Part(kind="convention", pages=[1, 3], quantities=quantities,
                sections=[Section(id=f"s{i}", number=n, heading=f"Article {n}", level=1, page=i + 1, text=t)
                          for i, (n, t) in enumerate(sections.items())])


OLD = _part({"4.1": "Le programme prévoit 45 LLS individuels et 30 logements sociaux hors site.",
             "4.3": "La reconstitution porte sur 153 LLS, dont 45 LLS sur site."},
            [Quantity("45 LLS", 45, "lls", page=1, section="4.1"),
             Quantity("30 logements", 30, "logement", page=1, section="4.1"),
             Quantity("153 LLS", 153, "lls", page=2, section="4.3"),
             Quantity("45 LLS", 45, "lls", page=2, section="4.3")])


def test_a_count_of_a_kind_the_old_text_never_names_is_added_once_with_every_place():
    new = _part({"4.1": "Le programme prévoit 45 LLS individuels, 20 logements PLAI bouclier par l'office, "
                        "et 30 logements locatifs sociaux hors site.",
                 "4.3": "La reconstitution porte sur 173 LLS, dont 45 LLS sur site, ainsi que 20 LLS boucliers."},
                [Quantity("45 LLS", 45, "lls", page=1, section="4.1"),
                 Quantity("20 logements", 20, "logement", page=1, section="4.1"),
                 Quantity("30 logements", 30, "logement", page=1, section="4.1"),
                 Quantity("173 LLS", 173, "lls", page=2, section="4.3"),
                 Quantity("45 LLS", 45, "lls", page=2, section="4.3"),
                 Quantity("20 LLS", 20, "lls", page=2, section="4.3")])
    changes = added_counts(OLD, new, _identity)
    # "30 logements locatifs sociaux": "locatifs" is new to the text, but the
    # old section already held 30 logements: a rewording, not a new count.
    assert [(c.type, c.before, c.after) for c in changes] == [("quantity_changed", 0, 20)]
    c = changes[0]
    assert c.target == "logements PLAI bouclier"
    assert sorted(p["new_section"] for p in c.evidence.places) == ["4.1", "4.3"]
    # Told by the diff of the two parts, alongside the revised 153 -> 173.
    told = {(c.before, c.after) for c in diff_parts(OLD, new) if c.type == "quantity_changed"}
    assert told == {(153, 173), (0, 20)}


def test_a_new_figure_whose_words_the_old_text_already_uses_is_not_added():
    # "12 logements individuels" is a figure new to 4.3, but every word of what
    # it counts is in the old text: a detail of an old count, not a new kind.
    new = _part({"4.1": OLD.sections[0].text,
                 "4.3": "La reconstitution porte sur 153 LLS, dont 12 logements individuels sur site."},
                [Quantity("45 LLS", 45, "lls", page=1, section="4.1"),
                 Quantity("30 logements", 30, "logement", page=1, section="4.1"),
                 Quantity("153 LLS", 153, "lls", page=2, section="4.3"),
                 Quantity("12 logements", 12, "logement", page=2, section="4.3")])
    assert added_counts(OLD, new, _identity) == []


def test_a_new_word_of_a_family_the_old_text_uses_is_not_a_new_kind():
    # "réhabilités": the old text speaks of "réhabilitation" (4.3).
    old = _part({"4.1": OLD.sections[0].text,
                 "4.3": OLD.sections[1].text + " La réhabilitation suivra."}, list(OLD.quantities))
    new = _part({"4.1": OLD.sections[0].text,
                 "4.3": OLD.sections[1].text + " La réhabilitation suivra : 12 logements réhabilités."},
                list(OLD.quantities) + [Quantity("12 logements", 12, "logement", page=2, section="4.3")])
    assert added_counts(old, new, _identity) == []
    # Against a text that never speaks of it, the same count is a new kind.
    assert [(c.before, c.after) for c in added_counts(OLD, new, _identity)] == [(0, 12)]


def test_a_reworded_count_with_a_new_word_is_not_added():
    new = _part({"4.1": "Le programme prévoit 45 LLS individuels et 30 logements locatifs hors site.",
                 "4.3": OLD.sections[1].text}, list(OLD.quantities))
    assert added_counts(OLD, new, _identity) == []


# ------------------------------------------------------------------- corpus

PDF = CORPORA / "pdf"
GOLD = CORPORA / "gold"


def _parsed(name: str):
    return parsed(f"pdf/{name}.pdf")


def _added(changes) -> list:
    return [c for c in changes if c.type == "quantity_changed" and c.before == 0]


@pytest.mark.parametrize("route", ["consolidated", "avenant"])
def test_call_bouclier_dwellings_are_one_added_count_and_the_only_one(route):
    if not (PDF / "call_convention_original.pdf").exists():
        pytest.skip("corpus PDFs not built")
    old = _parsed("call_convention_original")
    if route == "consolidated":
        result = diff_results(old, _parsed("call_convention_consolidated"))
        gold = GOLD / "changes_call_original_to_consolidated.json"
    else:
        avenant = _parsed("seed_deliberation_avenant01")
        result = diff_results(old, consolidate(old, [avenant]), avenant=avenant)
        gold = GOLD / "changes_call_original_to_seed_deliberation_avenant01.json"
    added = _added(result.changes)
    assert [(c.before, c.after) for c in added] == [(0, 20)]
    # Its restatements (4.1.2 twice, 4.2.2, the 4.3 reconstitution) are places of one change.
    assert {"4.1.2", "4.2.2", "4.3"} <= {p["new_section"] for p in added[0].evidence.places}
    gold_entry = [g for g in load_gold_changes(gold) if g["type"] == "quantity_changed"
                  and g["before"] == {"value": 0, "unit": "logement"}]
    assert len(gold_entry) == 1
    # Matched on its wording too, not only on its figures.
    from convention_parser.evaluate.diff import TARGET_THRESHOLD, target_similarity
    assert target_similarity(gold_entry[0]["target"], added[0].target) >= TARGET_THRESHOLD
    s = score_changes(added, gold_entry)
    assert (s.tp, s.fp) == (1, 0)
