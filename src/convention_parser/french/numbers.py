"""The one French number parser of the code base (prose and table cells alike).

Interface fixed for every caller; the facts engineer owns the implementation.

    parse_number("1 644 550")        -> 1644550.0
    parse_number("16.4") / "15,85"   -> 16.4 / 15.85
    parse_amount("1 880 000 €")      -> 1880000.0
    parse_amount("1,88 M€")          -> 1880000.0
    parse_amount("1.880.000 euros")  -> 1880000.0
    parse_amount("10 223 883, 02 €") -> 10223883.02
    parse_percent("15,85%")          -> 15.85
    find_amounts(text)               -> [NumberMatch(...)] every money amount in a text

French conventions: the decimal mark is ",", thousands are grouped by spaces
(plain, no-break U+00A0, narrow no-break U+202F, thin U+2009) or by "." in
groups of exactly three. A money amount needs a currency unit ("€", "euros",
"M€", "k€", "millions d'euros"...), which is what keeps years, article numbers,
phone numbers and codes out of ``find_amounts``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional


@dataclass
class NumberMatch:
    start: int                   # character offsets in the text searched
    end: int
    text: str                    # the matched text as written
    value: float                 # in euros for amounts
    kind: str = "amount"         # "amount" | "percent" | "number"
    qualifier: Optional[str] = None   # "HT" | "TTC"
    per: Optional[str] = None         # "logement" in "5 000 € / logement"
    range: Optional[str] = None       # "low" | "high" for "entre 1 et 2 M€"
    in_words: bool = False            # "sept cent mille euros"


_SEP = "[ \u00a0\u202f\u2009]"
# Integer part: space-grouped, dot-grouped, or a bare run of digits. The
# look-behind refuses digits glued to letters, dots, slashes or hyphens, which
# are codes ("QP062024"), dates ("12/04/2023") and references ("2020-145").
# A space-grouped number whose later separators the text layer lost (narrow no-break
# spaces are thin enough to vanish: "23 460900 EUR" is 23 460 900) keeps its first one.
_INT = (rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?!\d)|\d{{1,3}}{_SEP}\d{{3}}(?:{_SEP}?\d{{3}})+(?!\d)"
        rf"|\d{{1,3}}(?:\.\d{{3}})+(?![\d])|\d+")
# Decimal part: ",dd" (a stray space after the comma is tolerated only before
# exactly two digits, as in "10 223 883, 02 €"), or ".d"/".dd" (not ".ddd",
# which is a thousands group).
_DEC = rf",(?:{_SEP}(?=\d{{2}}(?!\d)))?\d+|\.\d{{1,2}}(?!\d)|\.\d{{4,}}"
_NUM = rf"(?<![\w.,/\-°])(?P<int>{_INT})(?P<dec>{_DEC})?"
# An amount a line end broke between two groups ("11" / "761 801,26 € HT": prose typed with
# plain spaces) goes on over the line break when two more groups, or one and the cents,
# follow (or a group no number opens with: "000").
_BROKEN_INT = (rf"\d{{1,3}}(?:{_SEP}\d{{3}})*{_SEP}*\n{_SEP}*(?:\d{{3}}"
               rf"(?:(?:{_SEP}\d{{3}})+(?!\d)|(?=,\d))|0\d\d(?!\d))")
_AMOUNT_NUM = rf"(?<![\w.,/\-°])(?P<int>{_BROKEN_INT}|{_INT})(?P<dec>{_DEC})?"

_APOS = "['’ʼ`]"
# Longest units first; the value multiplier of each is given by _multiplier().
_UNIT = (
    rf"(?P<unit>milliards?{_SEP}*d{_APOS}{_SEP}*euros?\b|milliards?{_SEP}*(?:€|EUR\b)"
    rf"|millions?{_SEP}*d{_APOS}{_SEP}*euros?\b|millions?{_SEP}*(?:€|EUR\b)"
    rf"|Mds?{_SEP}?€|M{_SEP}?€|k{_SEP}?€|K{_SEP}?€|M{_SEP}?EUR\b|MEUR\b|k{_SEP}?EUR\b|KEUR\b|keuros\b"
    rf"|€|euros?\b|EUR\b)"
)
_QUAL = r"(?P<qual>HT|TTC|H\.T\.?|T\.T\.C\.?)(?![\w])"
_PER = r"(?:/|\bpar\b)[ \u00a0\u202f]*(?P<per>m²|m2|[a-zA-Zéèêàûôî]+)"
_GAP = r"[ \u00a0\u202f\u2009\t\n\r]*"

_AMOUNT_RE = re.compile(
    rf"{_AMOUNT_NUM}{_GAP}{_UNIT}(?:[ \u00a0\u202f]*{_QUAL})?(?:[ \u00a0\u202f]*{_PER})?",
    re.IGNORECASE,
)
_PERCENT_RE = re.compile(rf"{_NUM}[ \u00a0\u202f]*(?P<unit>%|pour{_SEP}?cent\b|pourcents?\b)", re.IGNORECASE)
_WHOLE_NUM_RE = re.compile(rf"^\s*[-−]?\s*(?:{_NUM})\s*$")
# A bare number that opens a range closed by an amount: "entre 1 et 2 M€".
_RANGE_RE = re.compile(
    rf"(?:\bentre{_SEP}+|\bde{_SEP}+)?{_NUM}{_SEP}*(?P<link>et|à|a|-|–){_SEP}*$", re.IGNORECASE
)
# Per-unit words that are really determiners/pronouns ("€ par la CALL").
_NOT_PER = {"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cette", "ces",
            "son", "sa", "ses", "leur", "leurs", "an"}
_PER_ALIASES = {"m²": "m2", "logt": "logement", "lgt": "logement", "logts": "logement",
                "lgts": "logement", "an": "an"}


def _multiplier(unit: str) -> float:
    u = unit.lower().replace("\u00a0", " ").replace("\u202f", " ")
    if u.startswith("milliard") or u.startswith("md"):
        return 1e9
    if u.startswith("million") or u.startswith("m"):
        return 1e6
    if u.startswith("k"):
        return 1e3
    return 1.0


def _to_float(int_part: str, dec_part: Optional[str], multiplier: float = 1.0) -> float:
    digits = re.sub(r"[ \u00a0\u202f\u2009\n]", "", int_part)
    dec = re.sub(r"[ \u00a0\u202f\u2009]", "", dec_part or "")
    if "." in digits:
        groups = digits.split(".")
        # "1.880 M€" is 1,88 million, not 1 880 million: with a multiplier one
        # dotted group is a decimal mark; otherwise dots group thousands.
        if multiplier != 1.0 and len(groups) == 2 and not dec:
            return float(f"{groups[0]}.{groups[1]}") * multiplier
        digits = "".join(groups)
    value = float(digits)
    if dec:
        value = float(f"{digits}.{dec[1:]}")
    return round(value * multiplier, 6)


def _clean_per(per: Optional[str]) -> Optional[str]:
    if not per:
        return None
    p = per.lower()
    if p in _NOT_PER and p != "an":
        return None
    p = _PER_ALIASES.get(p, p)
    if p.endswith("s") and len(p) > 3:
        p = p[:-1]
    return p


def _qualifier(q: Optional[str]) -> Optional[str]:
    if not q:
        return None
    q = q.upper().replace(".", "")
    return "TTC" if q.startswith("T") else "HT"


def parse_number(text: str) -> Optional[float]:
    """A whole string holding one number ("1 644 550", "15,85", "1.880.000"), else None."""
    if text is None:
        return None
    t = text.strip()
    neg = t[:1] in "-−"
    if neg:
        t = t[1:].strip()
    m = re.fullmatch(_NUM, t)
    if not m:
        return None
    v = _to_float(m.group("int"), m.group("dec"))
    return -v if neg else v


def parse_amount(text: str) -> Optional[float]:
    """A string that is one amount ("1,88 M€", "70 739 366,40 €", "1 880 000"), in euros.

    A bare number is accepted (table cells under a "Montant (€)" header carry no
    unit); anything else around the amount (words, a percent) gives None.
    """
    if text is None:
        return None
    t = text.strip()
    if not t:
        return None
    neg = t[:1] in "-−"
    if neg:
        t = t[1:].strip()
    m = _AMOUNT_RE.fullmatch(t)
    if m:
        v = _to_float(m.group("int"), m.group("dec"), _multiplier(m.group("unit")))
    else:
        v = parse_number(t)
        if v is None:
            w = _words_amount_fullmatch(t)
            if w is None:
                return None
            v = w
    return -v if neg else v


def parse_percent(text: str) -> Optional[float]:
    """A string that is one percentage ("15,85%", "16.4 %"), as the number of percent."""
    if text is None:
        return None
    m = _PERCENT_RE.fullmatch(text.strip())
    if not m:
        return None
    return _to_float(m.group("int"), m.group("dec"))


def find_amounts(text: str) -> list[NumberMatch]:
    """Every money amount in ``text``, figures first, then amounts in words where no figure is."""
    out: list[NumberMatch] = []
    for m in _AMOUNT_RE.finditer(text):
        mult = _multiplier(m.group("unit"))
        value = _to_float(m.group("int"), m.group("dec"), mult)
        per = _clean_per(m.group("per"))
        end = m.end() if per else (m.end("qual") if m.group("qual") else m.end("unit"))
        match = NumberMatch(start=m.start(), end=end, text=text[m.start():end], value=value,
                            qualifier=_qualifier(m.group("qual")), per=per)
        low = _range_low(text, m.start(), mult, match)
        if low is not None:
            out.append(low)
            match.range = "high"
        out.append(match)
    out.extend(_find_word_amounts(text, out))
    out.sort(key=lambda n: n.start)
    return out


def find_percents(text: str) -> list[NumberMatch]:
    """Every percentage in ``text`` ("16.4 %", "15,85%")."""
    return [NumberMatch(start=m.start(), end=m.end(), text=m.group(0),
                        value=_to_float(m.group("int"), m.group("dec")), kind="percent")
            for m in _PERCENT_RE.finditer(text)]


def iter_numbers(text: str):
    """Every bare number in ``text`` as (start, end, value) — quantities build on this."""
    for m in re.finditer(_NUM, text):
        yield m.start(), m.end(), _to_float(m.group("int"), m.group("dec"))


def _range_low(text: str, start: int, mult: float, high: NumberMatch) -> Optional[NumberMatch]:
    """The unit-less first bound of "entre 1 et 2 M€" / "de 3 à 5 k€", scaled like the second."""
    window = text[max(0, start - 40):start]
    m = _RANGE_RE.search(window)
    if not m:
        return None
    # "1 et 2 M€" without "entre"/"de" is a list, not a range, unless linked by a dash/"à".
    opener = m.group(0).lower().lstrip()
    if not (opener.startswith("entre") or opener.startswith("de") or m.group("link") in "-–à"):
        return None
    if m.group("link").lower() in ("à", "a", "-", "–") and opener.startswith("entre"):
        return None
    offset = max(0, start - 40)
    value = _to_float(m.group("int"), m.group("dec"), mult)
    s, e = offset + m.start("int"), offset + m.end("dec" if m.group("dec") else "int")
    return NumberMatch(start=s, end=e, text=text[s:e], value=value, qualifier=high.qualifier,
                       per=high.per, range="low")


# ---------------------------------------------------------------------------
# Amounts written in words: "sept cent mille euros", "(Sept-cent-mille euros)"
# ---------------------------------------------------------------------------

_UNITS = {"zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4,
          "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11,
          "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
          "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
          "soixante": 60}
_SCALES = {"cent": 100, "cents": 100, "mille": 1000, "million": 10**6, "millions": 10**6,
           "milliard": 10**9, "milliards": 10**9}
_WORD = "|".join(sorted(list(_UNITS) + list(_SCALES) + ["et"], key=len, reverse=True))
_WORDS_RE = re.compile(
    rf"(?<![\w])(?!et\b)(?P<words>(?:(?:{_WORD})(?:[\s\-]+|$))*?(?:{_WORD}))[\s\-]+(?:d{_APOS}\s*)?euros?\b",
    re.IGNORECASE,
)


def words_to_number(words: str) -> Optional[int]:
    """French number words to an int ("sept cent mille" -> 700000); None if not a number."""
    tokens = [t for t in re.split(r"[\s\-]+", words.lower()) if t and t != "et"]
    if not tokens:
        return None
    total, current, prev = 0, 0, None
    for tok in tokens:
        if tok in ("vingt", "vingts") and prev == "quatre":
            current += 80 - 4      # quatre-vingt(s)
        elif tok in _UNITS:
            current += _UNITS[tok]
        elif tok in ("cent", "cents"):
            current = (current or 1) * 100
        elif tok == "mille":
            total += (current or 1) * 1000
            current = 0
        elif tok in _SCALES:
            total += (current or 1) * _SCALES[tok]
            current = 0
        else:
            return None
        prev = tok
    return total + current


def _words_amount_fullmatch(text: str) -> Optional[float]:
    m = _WORDS_RE.fullmatch(text.strip())
    if not m:
        return None
    n = words_to_number(m.group("words"))
    return float(n) if n is not None else None


def _find_word_amounts(text: str, figures: list[NumberMatch]) -> list[NumberMatch]:
    out = []
    for m in _WORDS_RE.finditer(text):
        words = m.group("words")
        if words.lower().strip() in ("et", "un", "une"):
            continue
        value = words_to_number(words)
        if value is None:
            continue
        # "700 000,00 € (Sept-cent-mille euros)": the words repeat a figure.
        before = text[:m.start()].rstrip(" \u00a0(\n")
        if any(len(before) <= f.end <= m.start() for f in figures):
            continue
        # "1,88 million d'euros": the words are the unit of a figure already read.
        if any(f.start <= m.start() < f.end for f in figures):
            continue
        out.append(NumberMatch(start=m.start(), end=m.end(), text=m.group(0), value=float(value),
                               in_words=True))
    return out


_ROMAN = re.compile(r"^(?=[IVXLC])C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(text: str) -> Optional[int]:
    """"IV" -> 4, "xii" -> 12; None for anything but a well-formed numeral below 400."""
    t = (text or "").strip().upper()
    if not _ROMAN.match(t):
        return None
    vals = [_ROMAN_VALUES[ch] for ch in t]
    return sum(-v if k + 1 < len(vals) and vals[k + 1] > v else v for k, v in enumerate(vals))


# The Latin ordinal adverbs that number an inserted article, item or letter ("4 bis", "2° ter",
# "b quater)"): one alternation every reader of such marks builds its patterns on.
LATIN_ORDINALS = r"(?:bis|ter|quater|quinquies|sexies|septies|octies)"

_LATIN_SUFFIX = re.compile(r"(?<=\d)\s*(bis|ter|quater|quinquies|sexies)$", re.I)


def spaced_suffix(number: str) -> str:
    """An inserted article's number as French texts print and cite it: "11 bis" (one space, the
    adverb in lower case), whether the source wrote "11bis", "11 BIS" or "11  bis"; other
    numbers unchanged."""
    return _LATIN_SUFFIX.sub(lambda m: " " + m.group(1).lower(), number)
