"""Length-preserving text folding, so matches on a folded copy map back to the original."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PUNCT = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-",
          "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\n": " ", "\t": " "}


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    c = _PUNCT.get(c, c)
    base = unicodedata.normalize("NFKD", c)
    return base[0] if base else c


class _FoldTable(dict):
    """str.translate table filled on first sight of each character (ordinal -> folded char)."""

    def __missing__(self, code: int) -> str:
        out = self[code] = _fold_char(chr(code))
        return out


_FOLD = _FoldTable()


def fold(text: str, lower: bool = True) -> str:
    """Accents, quotes, dashes and odd spaces folded one char for one char."""
    out = text.translate(_FOLD)
    return out.lower() if lower else out


@lru_cache(maxsize=1 << 16)          # a pure function, asked again and again for the same words
def key(text: str) -> str:
    """Comparison key: folded, lower-case, single-spaced, hyphens as spaces."""
    t = fold(text).replace("-", " ")
    t = re.sub(r"[\"'.,;:()«»]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def alias_body(alias: str) -> str:
    """A folded alias as a regex body: spaces and hyphens interchangeable."""
    parts = re.split(r"[\s\-]+", fold(alias, lower=False).strip())
    return r"[\s\-]+".join(re.escape(p) for p in parts)


def alias_regex(alias: str) -> str:
    """A folded alias as a regex: spaces and hyphens interchangeable, whole words."""
    return rf"(?<![\w]){alias_body(alias)}(?![\w])"


def whole_words(bodies: list[str]) -> str:
    """One alternation of whole-word bodies, the word-boundary checks factored out:
    Python's re tries every alternative at every position otherwise."""
    return rf"(?<![\w])(?:{'|'.join(bodies)})(?![\w])"


def squeeze(text: str) -> str:
    """Folded, lower-case, without spaces: table headers come split mid-word ("subventi on")."""
    return re.sub(r"[\s']+", "", fold(text))
