"""The ACTES nomenclature: which level-2 matière a deliberation's subject files under.

The table and its keyword rules are data (``actes_matieres.toml``); this module
only loads them and applies the first rule whose pattern the folded subject
holds. No rule, no code: an empty matière beats a guessed one.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..french.text import fold

TABLE = Path(__file__).with_name("actes_matieres.toml")


@dataclass(frozen=True)
class Matiere:
    code: str                    # "8.5"
    name: str                    # "domaines de compétences par thèmes/politique de la ville-habitat-logement"


@dataclass(frozen=True)
class Nomenclature:
    level1: dict[str, str]
    level2: dict[str, str]
    rules: tuple[tuple[str, re.Pattern], ...]

    def matiere(self, code: str) -> Matiere:
        return Matiere(code, f"{self.level1[code.split('.')[0]]}/{self.level2[code]}")

    def classify(self, subject: Optional[str]) -> Optional[Matiere]:
        if not subject:
            return None
        text = re.sub(r"\s+", " ", fold(subject))
        for code, pattern in self.rules:
            if pattern.search(text):
                return self.matiere(code)
        return None


@lru_cache(maxsize=4)
def load_nomenclature(path: Path = TABLE) -> Nomenclature:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    rules = tuple((r["code"], re.compile(r["pattern"])) for r in data.get("rule", []))
    unknown = [code for code, _ in rules if code not in data["level2"]]
    if unknown:
        raise ValueError(f"{path}: rules name codes outside the nomenclature: {unknown}")
    return Nomenclature(dict(data["level1"]), dict(data["level2"]), rules)


def classify_subject(subject: Optional[str]) -> Optional[Matiere]:
    return load_nomenclature().classify(subject)
