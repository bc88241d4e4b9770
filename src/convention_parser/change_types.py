"""Every type of change the diff reports, in one registry.

compare (the order changes are told in), render (groups and French labels), the
avenant cross-check (which announcements cover a change: ``subject``), the
published schema (the enum of ``Change.type``) and the scorer all read this
list. A new change type is one entry here plus the code that finds it; a type
the code emits without an entry fails ``kind_of`` at once instead of being
silently invisible or always "undeclared".

No import from the rest of the package: records.py builds its Literal from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Subject = Literal["operation", "figure", "table", "party", "annex", "article"]


@dataclass(frozen=True)
class ChangeKind:
    name: str          # "operation_added": the JSON ``type`` (CONTRACT.md)
    group: str         # the report's section ("Opérations")
    label: str         # a reader's words ("opération ajoutée")
    # What the change is about, which says how an avenant's announcement covers it
    # (diff/declared.py).
    subject: Subject
    # The type of ``before``/``after``: the name of a payload type of records.py
    # (records.PAYLOAD_TYPES), published in the diff's JSON Schema. A change not found
    # in the text (declared_only, conflict) carries the avenant's announcement instead.
    payload: str


CHANGE_TYPES: tuple[ChangeKind, ...] = (
    ChangeKind("operation_added", "Opérations", "opération ajoutée", "operation", "OperationPayload"),
    ChangeKind("operation_removed", "Opérations", "opération retirée", "operation", "OperationPayload"),
    ChangeKind("operation_modified", "Opérations", "opération modifiée", "operation", "OperationPayload"),
    ChangeKind("amount_changed", "Montants et quantités", "montant modifié", "figure", "AmountPayload"),
    ChangeKind("quantity_changed", "Montants et quantités", "quantité modifiée", "figure", "QuantityPayload"),
    ChangeKind("party_added", "Parties", "partie ajoutée", "party", "PartyPayload"),
    ChangeKind("party_removed", "Parties", "partie retirée", "party", "PartyPayload"),
    ChangeKind("annex_added", "Annexes", "annexe ajoutée", "annex", "SectionPayload"),
    ChangeKind("annex_modified", "Annexes", "annexe modifiée", "annex", "SectionPayload"),
    ChangeKind("annex_repealed", "Annexes", "annexe abrogée", "annex", "SectionPayload"),
    ChangeKind("article_added", "Articles", "article ajouté", "article", "SectionPayload"),
    ChangeKind("article_removed", "Articles", "article supprimé", "article", "SectionPayload"),
    ChangeKind("article_renamed", "Articles", "article renommé", "article", "SectionPayload"),
    ChangeKind("article_modified", "Articles", "article modifié", "article", "SectionPayload"),
    ChangeKind("table_modified", "Montants et quantités", "tableau modifié", "table", "TablePayload"),
)

NAMES: tuple[str, ...] = tuple(k.name for k in CHANGE_TYPES)
_BY_NAME = {k.name: k for k in CHANGE_TYPES}
_ORDER = {k.name: i for i, k in enumerate(CHANGE_TYPES)}


def kind_of(name: str) -> ChangeKind:
    """The registry entry of a change type; a type without one is a programming error."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(f"change type {name!r} is not in change_types.CHANGE_TYPES") from None


def order(name: str) -> int:
    """Rank of a type in the report (operations first, articles and tables last)."""
    return _ORDER[kind_of(name).name]


def groups() -> list[tuple[str, tuple[str, ...]]]:
    """Report groups in order of first appearance, each with its types in report order."""
    out: dict[str, list[str]] = {}
    for k in CHANGE_TYPES:
        out.setdefault(k.group, []).append(k.name)
    return [(g, tuple(names)) for g, names in out.items()]
