"""The one fold (accents, case, quotes and dashes off) and the comparison keys built on it.

``fold`` has four forms because its callers need four different guarantees, named by
``form`` rather than spread over four modules:

- ``"chars"`` (default): one char for one char, so a match on the folded copy maps back
  to the original text by offset (structure, facts, exporters);
- ``"accents"``: combining accents dropped and nothing else, so a regular expression
  can be folded without touching its syntax (the OCR rules of structure/noisy.py) and a
  word compared without its accents;
- ``"ocr"``: the accents form plus what OCR does to words: apostrophes read as other
  marks or set apart, "l'" read as "I'" or "1'", words cut by a line-end hyphen. Case,
  dashes and line breaks are kept: the rules run on it are written for them;
- ``"words"``: comparison words for texts laid out or typed differently (diff, scoring):
  punctuation as spaces, ligatures expanded, soft hyphens and zero-width marks dropped,
  spaces collapsed. Offsets are lost.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable, Literal, Optional

FoldForm = Literal["chars", "accents", "ocr", "words"]

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


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# "words" form: marks that say nothing about the words (the diff's comparison of two typesettings).
_WORD_MARKS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "′": "'", "`": "'",
                             "“": '"', "”": '"', "«": '"', "»": '"', "„": '"',
                             "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
                             "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
                             "\u00ad": None, "\u200b": None, "\u200c": None, "\ufeff": None})
_NON_WORD = re.compile(r"[^\w]+")
# "ocr" form.
_OCR_APOSTROPHES = re.compile(r"\s*['’‘`´ʼ′]\s*")
_OCR_ELL = re.compile(r"(?<![^\W\d_])[I1|](?=')")          # "I'unanimité" -> "l'unanimité"
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-\s*\n\s*(?=[^\W\d_])")


def fold(text: Optional[str], lower: bool = True, *, form: FoldForm = "chars") -> str:
    """Accents (and with ``lower`` case) folded; see the module's docstring for ``form``."""
    if not text:
        return ""
    if form == "chars":                      # accents, quotes, dashes and odd spaces, one char for one char
        out = text.translate(_FOLD)
    elif form == "accents":
        out = _strip_accents(text)
    elif form == "ocr":
        out = _LINE_END_HYPHEN.sub("", _strip_accents(text))
        out = _OCR_ELL.sub("l", _OCR_APOSTROPHES.sub("'", out))
    elif form == "words":
        out = _strip_accents(text.translate(_WORD_MARKS)).casefold() if lower else \
            _strip_accents(text.translate(_WORD_MARKS))
        return " ".join(_NON_WORD.sub(" ", out).split())
    else:
        raise ValueError(f"unknown fold form {form!r}")
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


def outside_quotes(text: str, rewrite: Callable[[str], str]) -> str:
    """``text`` with ``rewrite`` applied to every stretch outside « » quotations (nested ones
    included): an instruction's own words are read, the words it quotes are left as written."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "«":
            if depth == 0:
                out.append(rewrite(text[start:i]))
                start = i
            depth += 1
        elif ch == "»" and depth:
            depth -= 1
            if depth == 0:
                out.append(text[start:i + 1])
                start = i + 1
    out.append(rewrite(text[start:]) if depth == 0 else text[start:])
    return "".join(out)


def one_line(text: Optional[str]) -> str:
    """The text on one line as the avenant readers' patterns are written for it: every run of
    spaces (line breaks, no-break and narrow no-break spaces) one space, the typographic
    apostrophe straight."""
    return " ".join((text or "").replace("\u00a0", " ").replace("\u202f", " ").split()).replace("’", "'")
