"""Run every fact extractor over a part's paragraphs and tables.

Baseline: nothing found (issue 6 fills this in).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Amount, DateFact, Entity, Operation, Quantity, Table
from ..rules import RuleSet
from ..structure.model import Paragraph


@dataclass
class Facts:
    amounts: list[Amount] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def extract_facts(paragraphs: list[Paragraph], tables: list[Table], rules: RuleSet) -> Facts:
    return Facts()
