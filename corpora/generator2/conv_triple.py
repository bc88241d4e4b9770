"""What the three documents of a convention triple share in a layout set: drawn once a triple
on the set's own triple stream (``f"{seed}:layout{n}"``), apart from each document's draws
(``f"{seed}:layout{n}:{i}"``)."""

from __future__ import annotations

import random
from dataclasses import astuple
from typing import ClassVar, Optional


class TripleMoney:
    """A set's triple draw of one flag (a dataclass of one bool field, named for the form, the
    gold's layout records it): the amounts in prose of the three versions in ``FORM`` (a share
    ``SHARE`` of the triples), or each document keeps the form it drew (a version adding a word
    such as "HT" or "TTC" would change its text)."""
    LAYOUT_SET: ClassVar[int]
    FORM: ClassVar[str]
    SHARE: ClassVar[float] = 0.35

    @classmethod
    def draw(cls, seed: int):
        return cls(random.Random(f"{seed}:layout{cls.LAYOUT_SET}").random() < cls.SHARE)  # type: ignore[call-arg]

    def money_prose(self, drawn: Optional[str]) -> Optional[str]:
        """The form a document of the triple prints, given the one it drew."""
        return self.FORM if astuple(self)[0] else drawn  # type: ignore[call-overload]
