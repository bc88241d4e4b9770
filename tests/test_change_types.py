"""One registry of change types (issue 13): the schema's enum, the report's groups and order,
the avenant cross-check and the text report all read it; an unregistered type fails loudly."""
import typing

import pytest

from convention_parser.change_types import CHANGE_TYPES, NAMES, groups, kind_of, order
from convention_parser.diff.declared import Declared, covers
from convention_parser.diff.render import render_text
from convention_parser.records import Change, ChangeType, DiffResult, DocRef, Evidence
from convention_parser.schema import diff_output_schema


def test_registry_feeds_the_schema_and_the_model():
    assert typing.get_args(ChangeType) == NAMES
    assert diff_output_schema()["$defs"]["Change"]["properties"]["type"]["enum"] == list(NAMES)
    assert len(set(NAMES)) == len(NAMES)
    assert [t for _, types in groups() for t in types] != [] and \
        sorted(t for _, types in groups() for t in types) == sorted(NAMES)


def test_every_registered_type_is_shown_in_its_group_even_without_a_summary():
    changes = [Change(type=k.name, target=f"cible {i}") for i, k in enumerate(CHANGE_TYPES)]
    result = DiffResult(old=DocRef("a.pdf", "0"), new=DocRef("b.pdf", "1"), changes=changes)
    text = render_text(result)
    for i, k in enumerate(CHANGE_TYPES):
        assert f"{k.label} : cible {i}" in text
        assert k.group in text


def test_an_unregistered_type_fails_loudly():
    with pytest.raises(ValueError, match="not in change_types"):
        kind_of("operation_renamed")
    with pytest.raises(ValueError):
        order("operation_renamed")


@pytest.mark.parametrize("ctype, target, announcement, covered", [
    ("article_modified", "8.1", Declared(text="Modification de l'article 8.1", articles=["8.1"]), True),
    ("annex_repealed", "C4", Declared(text="Suppression de l'annexe C4", annexes=["C4"]), True),
    ("party_added", "Logis Nord", Declared(text="Ajout de Logis Nord comme maître d'ouvrage"), True),
    ("amount_changed", "Région – total", Declared(text="Modification de l'article 9", articles=["9"]), True),
    ("party_added", "Logis Nord", Declared(text="Modification de l'article 9", articles=["9"]), False),
])
def test_announcements_cover_by_the_subject_the_registry_gives(ctype, target, announcement, covered):
    change = Change(type=ctype, target=target, evidence=Evidence(new_section="9.1"))
    assert covers(announcement, change) is covered
