"""Person names as written, without civility.

Rule: a name keeps what the document wrote after the civility — the surname in
capitals, preceded by the given name when one is written ("monsieur Alain
DUBREUCQ" -> "Alain DUBREUCQ", "Monsieur COTTIGNY" -> "COTTIGNY"); "NOM Prénom"
stays in that order. Trailing qualifiers ("absent", "excusé", ", maire",
"(arrivé à 19h30)") are dropped. A list of people is only people: an entry
that is a sentence ("Le quorum est atteint"), a role ("Maire") or a count is
not a name.
"""

from __future__ import annotations

import re
from typing import Optional

from ..french.text import fold as fold_accents
from ..french.words import PERSON_PARTICLES, TALLY_HEADINGS
from .offices import strip_offices

# OCR's readings of "Mme" at low resolution, before a name only: the humps of an "m" read
# "rn", "ni", "ri", "ui", "in", "iu" or "n", its "e" read "c" or "é" ("Mine", "Muie", "Mrne",
# "Mnie", "Mmc"; a 72-96 dpi scan of a present list or a signature).
_MME_OCR = r"m(?:m|rn|ni|ri|ui|in|iu|n|u)[eéc]s?"
# (civilities may be joined by a slash, a form's "Mme/M.")
CIVILITY = re.compile(
    r"^(?:(?:madame|monsieur|mesdames|messieurs|mademoiselle|mme|mmes|mlle|melle|mr|m\.|mm\.|me|"
    + _MME_OCR + r"|ma[îi]tre|dr\.?|docteur)(?:\s+|(?<=\.)(?=[A-ZÀ-Ý])|\s*/\s*(?=[a-zA-Z])))+",
    re.IGNORECASE)
# Separators of a list of names: commas, semicolons, " et ", and dashes set apart by spaces
# (a dash inside a word is a compound name: "Jean-Louis", "GAUTIER-MEDEIROS").
# A period after a surname in capitals, before a capitalised word, ends an entry too: OCR
# reads the comma of "DOMERGUE, Marc DUFOUR" as a period (an initial "J." is one letter).
# A comma before a proxy phrase ("X, pouvoir donné à Y", "X, qui a donné pouvoir à Y") is inside
# the entry.
# OCR'd lists (scans, 80-120 dpi) lose a separator's tail besides: a period after a given name
# before a surname in capitals ends an entry of a surname-first list ("BERTIN-MOUROT Chantal.
# LEBRUN Sandrine", a comma read as a period; "Mme." stays a civility), and a colon set apart
# before a civility is a semicolon whose tail the scan lost ("Mme Anaïs HOARAU : Mme Anne-Marie
# DE OLIVEIRA ;", "… : M, Éric": no label stands before a civility inside a list).
_SEPARATORS = re.compile(r"\s*(?:;|,(?!\s*(?:pouvoir|procuration|qui\s+a\s+donn[ée]|ayant\s+donn[ée]|donne\s+(?:pouvoir|procuration)|repr[ée]sent[ée]e?\s+par)\b)|\bet\b|\s[-–—]\s|^[-–—]\s|(?<=[A-ZÀ-Ý]{2})(?<!\bMM)\.(?=\s+[A-ZÀ-Ý])"
                         r"|(?<=[a-zà-ÿ]{2})(?<!\bMme)(?<!\bMmes)(?<!\bMlle)\.(?=\s+[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+\b)"
                         r"|\s:(?=\s+(?:M[.,]|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Messieurs|Mesdames)\s))\s*")
_TRAILING = re.compile(r"(?:[\s,]+(?:absente?s?|excus[ée]e?s?|pr[ée]sente?s?))+\s*\.?$", re.IGNORECASE)
# Remarks in brackets after a name: "(arrivée à 19h30)", "(19)", "(jusqu'au point 5)".
_BRACKETS = re.compile(r"\s*\([^()]*\)\s*")
# Words that name a role, not a person ("Madame le Maire", "M. X, Maire").
ROLES = {"maire", "adjoint", "adjointe", "adjoints", "conseiller", "conseillère", "conseillers", "président",
         "présidente", "vice-président", "vice-présidente", "délégué", "déléguée", "secrétaire", "directeur",
         "directrice", "rapporteur", "membre", "membres", "préfet", "préfète", "doyen", "doyenne", "élu", "élue",
         "municipal", "municipale", "communautaire", "général", "générale", "1er", "1ère", "première",
         "premier", "ème", "service", "services"}
# Particles and links a name may hold in lower case.
PARTICLES = PERSON_PARTICLES
# What a list's place holds when nobody is in it ("Absents : Néant", a vote grid's "Unanimité").
NOBODY = {"néant", "neant", "aucun", "aucune", "personne", "unanimité", "unanimite", "idem", "nul", "nulle"}
_CIVILITIES = {"monsieur", "madame", "mme", "m.", "mlle", "mademoiselle", "mm.", "messieurs", "mesdames"}
_TOKEN = re.compile(r"^(?:[A-ZÀ-Ý][\w'’.\-]*|[a-zà-ÿ]+['’][A-ZÀ-Ý][\w'’.\-]*|[A-ZÀ-Ý]{1,3}\.?)$")


def strip_civility(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" .,;:")
    name = _TRAILING.sub("", name)
    return CIVILITY.sub("", name).strip(" .,;:")


def is_person(name: str) -> bool:
    """A person's name: a few capitalised words (particles allowed), no digits, no
    ordinary lower-case words, not only role words."""
    tokens = name.replace("’", "'").split()
    if not 1 <= len(tokens) <= 7 or any(c.isdigit() for c in name):
        return False
    if all(re.fullmatch(r"[A-ZÀ-Ý]\.?", t) for t in tokens):
        return False                      # initials alone ("M" of "M. et Mme X")
    if len(tokens) == 1 and tokens[0].strip(".,").lower() in NOBODY:
        return False
    if any(t.strip(".,:").lower() in TALLY_HEADINGS for t in tokens):
        return False                      # a count grid's heading ("Votants"), read as a list
    named = 0
    for t in tokens:
        if t.lower() in _CIVILITIES:
            return False                  # two people run together ("X Monsieur Y")
        bare = t.strip(".,")
        if re.fullmatch(r"[dl]'\w.*", bare, re.IGNORECASE) and bare[2:3].isupper():
            named += bare[2:].isupper()   # an elided particle: "d'ARGENT", "D'HALLUIN" is a surname
            continue
        if bare.lower() in PARTICLES:
            continue
        if not _TOKEN.match(bare):
            return False
        if bare.lower() not in ROLES:
            named += 1
    return named > 0


def person(text: str) -> Optional[str]:
    """The name in one list entry, or None when the entry is no person."""
    text = _BRACKETS.sub(" ", text)
    name = strip_civility(text)
    name = re.sub(r"\s*,.*$", "", name)          # "X, maire" -> "X"
    name = strip_civility(strip_offices(name))     # "1ère adjointe Y" (a row's office run into the next name)
    return dotted_initials(name) if name and is_person(name) else None


# Initials whose inner periods OCR lost: "J.T. ALBERTINI" read "JT. ALBERTINI" (the period
# between two capitals is a pixel or two at 300 dpi in small italic capitals). Two or three
# capitals opening an entry and closed by a period before the rest of a name are initials;
# nobody writes "JT." meaning anything else. Without the final period ("JF Orsatelli") the
# name stays as written; a civility in capitals ("MM.", "MME.") stays one.
_CLOSED_INITIALS = re.compile(r"(?:^|(?<=[,;(:])|(?<=[,;(:] )|(?<=\bet ))([A-ZÀ-Ý]{2,3})\.(?=\s+[A-ZÀ-Ý])")


def dotted_initials(text: str) -> str:
    """``text`` with initials run together at the start of an entry dotted: "JT. ALBERTINI"
    -> "J.T. ALBERTINI"."""
    def dot(m: re.Match) -> str:
        if CIVILITY.match(m.group(0) + " "):
            return m.group(0)
        return "".join(f"{c}." for c in m.group(1))
    return _CLOSED_INITIALS.sub(dot, text)


def _name_tokens(name: str) -> set[str]:
    return set(re.sub(r"[^\w]+", " ", fold_accents(strip_civility(name))).split())


def holds_name(text: str, name: str) -> bool:
    """``text`` holds every word of ``name`` (civility, case, accents, punctuation and
    order aside): "LUCIANI Michelle" holds "Mme Michelle LUCIANI"."""
    words = _name_tokens(name)
    return bool(words) and words <= _name_tokens(text)


def member_named(name: str, members: list[str]) -> Optional[str]:
    """The member an OCR'd name stands for: their surname holds every word of ``name``
    in capitals, and of several such members the one whose other words read closest. A
    signature scribbled over the typed name leaves its surname read and its first name
    garbled or lost ("MANDROUX", "HbKéne MANDROUX" for Hélène MANDROUX). None when no
    member, or no single closest one, fits."""
    import difflib

    read = re.sub(r"[^\w]+", " ", fold_accents(strip_civility(name), lower=False, form="accents")).split()
    words = [w for w in read if len(w) > 1 and w.isupper()]
    if not words:          # a surname printed in title case: the words some member bears
        known = {t for m in members for t in _name_tokens(m)}
        words = [w.upper() for w in read if len(w) > 2 and w.lower() in known]
    if not words:
        return None
    fits = [m for m in members if {w.lower() for w in words} <= _name_tokens(m)]
    if not fits:
        return _slipped_member(read, words, members) or _clipped_member(read, words, members)
    if len(fits) <= 1:
        return fits[0] if fits else None
    rest = " ".join(w for w in fold_accents(strip_civility(name)).split() if w.upper() not in words)
    scored = sorted(((difflib.SequenceMatcher(None, rest, fold_accents(strip_civility(m))).ratio(), m)
                     for m in fits), reverse=True)
    return scored[0][1] if rest and scored[0][0] > scored[1][0] else None


def _one_slip(a: str, b: str) -> bool:
    """a and b differ by at most one letter changed, dropped or added."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def _slipped_member(read: list[str], words: list[str], members: list[str]) -> Optional[str]:
    """The one member whose surname each capitals word of an OCR'd name is a letter away from
    ("ÆLÉMENT" for CLÉMENT), bearing the name's other words (its first name) when it has
    some. None when no member, or several, fit."""
    from .settings import structure_settings
    shortest = structure_settings().member_slip_len
    caps = {w.lower() for w in words}
    others = {w.lower() for w in read if len(w) > 1 and w.lower() not in caps}
    fits = []
    for m in members:
        tokens = _name_tokens(m)
        if others and not others <= tokens:
            continue
        if all(any(len(t) >= shortest and _one_slip(w, t) for t in tokens) for w in caps):
            fits.append(m)
    return fits[0] if len(fits) == 1 else None


def _clipped_member(read: list[str], words: list[str], members: list[str]) -> Optional[str]:
    """The one member bearing the name's other words (its first name: required) whose surname
    begins or ends with each capitals word of an OCR'd name: a signature's loop over the
    surname's first or last letters erased them ("TIN Guillaume" for Guillaume MARTIN). None
    when no member, or several, fit."""
    from .settings import structure_settings
    shortest = structure_settings().member_clip_len
    caps = {fold_accents(w) for w in words}
    others = {fold_accents(w) for w in read if len(w) > 1 and fold_accents(w) not in caps}
    if not others or any(len(w) < shortest for w in caps):
        return None
    fits = [m for m in members
            if others <= (tokens := _name_tokens(m))
            and all(any(len(t) > len(w) and (t.startswith(w) or t.endswith(w)) for t in tokens - others)
                    for w in caps)]
    return fits[0] if len(fits) == 1 else None


def split_list(text: str) -> list[str]:
    """Entries of a list written on one line: commas, semicolons, ' et ', ' - ';
    separators inside brackets do not count ("X (pouvoir à Y, adjoint)"). A dash left at the
    end (the office or the next entry went on to the next row: "Mme X (…) –" / "Conseillère
    départementale") separates nothing."""
    text = dotted_initials(re.sub(r"\s+[-–—]\s*$", "", re.sub(r"\s+", " ", text)).strip(" .;:"))
    out, depth, cur = [], 0, ""
    before_et: set[int] = set()          # entries followed by " et "
    k = 0
    while k < len(text):
        ch = text[k]
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if depth == 0:
            m = _SEPARATORS.match(text, k)
            if m and m.end() > k:
                if m.group(0).strip() == "et":
                    before_et.add(len(out))
                out.append(cur)
                cur = ""
                k = m.end()
                continue
        cur += ch
        k += 1
    out.append(cur)
    out = _shared_surnames(out, before_et)
    return [piece for e in out if e.strip(" .") for piece in _initials_apart(e.strip(" ."))]


_SURNAME_WORD = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+$")


def _shared_surnames(entries: list[str], before_et: set[int]) -> list[str]:
    """"M. et Mme MARTIN", "Mmes Lise et Anne BLANC": the entry before " et " that is a bare
    civility, or given names without a surname in capitals, takes the surname of the next."""
    out = list(entries)
    for k in sorted(before_et, reverse=True):          # "A et B et C DUPONT": from the right
        if k + 1 >= len(out):
            continue
        left, right = out[k].strip(), strip_civility(out[k + 1])
        tokens = right.split()
        first = next((i for i, t in enumerate(tokens) if _SURNAME_WORD.match(t)), None)
        if first is None or any(_SURNAME_WORD.match(t) for t in left.split()):
            continue
        while first > 0 and tokens[first - 1].lower() in PARTICLES:
            first -= 1                                  # "Anne DE SOUSA": the particle goes too
        bare = CIVILITY.sub("", left + " ").strip(" .")
        if not bare or (bare.replace("-", " ").replace(" ", "").isalpha()
                        and all(t[:1].isupper() and t[1:].islower() for t in bare.replace("-", " ").split())):
            out[k] = f"{left} {' '.join(tokens[first:])}"
    return out


_INITIAL = re.compile(r"^(?:[A-ZÀ-Ý]\.?(?:-?[A-ZÀ-Ý]\.?)?|[A-ZÀ-Ý]{2})$")   # "J.", "JF", "J.-F.", "ML"


def _initials_apart(entry: str) -> list[str]:
    """Two people written with initials and no separator ("JF Orsatelli J. Orsatelli"):
    an initial after a surname opens the next name. Only in entries that open with one."""
    tokens = entry.split()
    initial = lambda t: bool(_INITIAL.match(t)) and t.lower() not in _CIVILITIES  # noqa: E731  ("M." is a civility)
    if len(tokens) < 4 or not initial(tokens[0]):
        return [entry]
    out, cur = [], [tokens[0]]
    for prev, t in zip(tokens, tokens[1:]):
        if initial(t) and not _INITIAL.match(prev) and prev[:1].isupper():
            out.append(" ".join(cur))
            cur = []
        cur.append(t)
    out.append(" ".join(cur))
    return out


def split_names(text: str) -> list[str]:
    """'Monsieur A, Madame B et monsieur C D' -> ['A', 'B', 'C D']; entries that are no
    person (a sentence, a role, a count) are left out."""
    text = _TRAILING.sub("", re.sub(r"\s+", " ", text).strip(" .;:"))
    return [n for n in (person(e) for e in split_list(text)) if n]
