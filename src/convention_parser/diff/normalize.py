"""Text normalisation for comparison: what a reader would not call a change.

Two versions of a convention typeset differently (other page breaks, line
breaks, hyphenation, curly or straight apostrophes, non-breaking spaces,
running headers and page numbers) must compare equal. Everything here builds
*comparison keys*; the text shown to people keeps its own spelling.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache, partial

from ..french.bullets import LIST_MARK_CLASS, STRONG_CLASS
from ..french.numbers import find_amounts
from ..french.text import fold as text_fold
from ..french.words import NAME_LINKS
from .settings import diff_settings

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "′": "'", "`": "'",
                              "“": '"', "”": '"', "«": '"', "»": '"', "„": '"',
                              "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
                              "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
                              "\u00ad": None, "\u200b": None, "\ufeff": None})
# A word cut at a line end: "renouvel-\nlement".
_HYPHEN_BREAK = re.compile(r"(\w)-[ \t]*\n[ \t]*(\w)")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?[-–]?\s*\d{1,3}\s*(?:(?:/|sur)\s*\d{1,3})?\s*[-–]?\s*$", re.I)
_WS = re.compile(r"\s+")
# The place-and-date line of a signature block ("Fait à Vernay, le 18 novembre 2020"):
# each version is signed on its own date; the line is not a clause of the convention.
_SIGNED_LINE = re.compile(r"^\s*fait\s+[àa]\s+[^,\n]{1,60},?\s+le\s+(?:\d{1,2}(?:er)?\s+[^\W\d]+\s+\d{4}"
                          r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*[.,]?\s*$", re.I)
# The same phrase run into the text around it (a parse that joined the signature block's lines):
# "… de la Sorgue. Fait à Villers, le 23 avril 2022 Pour la Communauté …".
_SIGNED_PHRASE = re.compile(r"(?:(?<=[.;:])|^)\s*fait\s+[àa]\s+[^,.;\n]{1,60},\s+le\s+(?:\d{1,2}(?:er)?\s+[^\W\d]+\s+\d{4}"
                            r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?=\s+pour\b)", re.I)
# A signatory under that line: "Pour la commune de X, le Maire, Claire TAVERNIER", or the
# pieces a signature grid leaves when read line by line ("Le Président", "Christophe PRUVOST",
# "de la Brêche"): each version signs in its own layout (lines, a grid, a grid the parse read
# as a table); who signs is told by party changes, not by the last article's wording.
_SIGNATORY = re.compile(r"^\s*pour\s+\S", re.I)
_SIGNATORY_INSIDE = re.compile(r"\sPour\s+\S")
# A second signatory beside the first on the line: "Pour" inside it, not after a sentence's end.
_SIGNATORY_BESIDE = re.compile(r"(?<![.;:!?])\sPour\s+\S")
# The place-and-date line with the first signatory (or a name, an office) run into it.
_SIGNED_PREFIX = re.compile(r"^fait\s+[àa]\s+[^,\n]{1,60},?\s+le\s+(?:\d{1,2}(?:er)?\s+[^\W\d]+\s+\d{4}"
                            r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*[.,]?\s+(?=\S)", re.I)
_NAME_PIECE_WORDS = 6
# A signatory's surname in capitals ("Pour Immobilière Sévigné Marie MARCHAND"): a signatory line
# whose place-and-date line one parse read apart (into the metadata) opens the block on its own.
_SURNAME = re.compile(r"\s[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{2,}(?:\s|$)")


def _signature_piece(line: str) -> bool:
    """A line of a signature block after its place-and-date line: a signatory, or a few
    capitalised words (an office, a name, the end of a body's name) without a sentence's end."""
    bare = line.strip()
    if not bare or _SIGNATORY.match(bare):
        return True
    # Elided articles go ("l'Aumance" is "Aumance"); a grid's row read as one line holds
    # several signatories side by side ("Le Maire Hervé LECLERCQ Pour OPH Ternois …").
    words = [re.sub(r"^[ldLD]['’]", "", w) for w in re.findall(r"[^\W\d_][\w'’-]*", bare)]
    side_by_side = _SIGNATORY_INSIDE.search(bare) is not None
    if not words or (len(words) > _NAME_PIECE_WORDS and not side_by_side) or bare[-1] in ".:;" \
            or bare.isupper():
        return False
    return all(w[:1].isupper() or w.lower() in NAME_LINKS for w in words)


def _opens_signatures(line: str) -> bool:
    """A line that opens a signature block without its place-and-date line above it: that
    line run into the signatories ("Fait à X, le 14/02/22 Pour la Communauté …"), or a grid
    row of signatories side by side whose place-and-date line went with the grid's first
    row into a table ("Pour Logis Horizon Pour Logis Sévigné Isabelle KOWALSKI …"). Prose
    puts a capitalised "Pour" inside a line only after a sentence's end."""
    bare = line.strip()
    head = _SIGNED_PREFIX.match(bare)
    rest = bare[head.end():] if head else bare
    if head and not _SIGNATORY.match(rest):
        return _signature_piece(rest)     # a name or an office run in ("… le 24 mai 2021 Sandrine TAVERNIER")
    if not rest or rest[-1] in ".:;" or not _SIGNATORY.match(rest) or \
            not (head or _SIGNATORY_BESIDE.search(rest) or _SURNAME.search(rest)):
        return False
    # Names of bodies, offices and people: capitalised words but for a few ("commune", "urbaine").
    words = [re.sub(r"^[ldLD]['’]", "", w) for w in re.findall(r"[^\W\d_][\w'’-]*", rest)]
    common = sum(1 for w in words if not w[:1].isupper() and w.lower() not in NAME_LINKS)
    return common <= diff_settings().signatory_common_share * len(words)


def _without_signatures(lines: list[str]) -> list[str]:
    """Lines without the signature blocks: the place-and-date line ("Fait à X, le …") and
    the signatories under it, up to the first line that is none (a title, a sentence)."""
    out: list[str] = []
    block = False
    for ln in lines:
        if _SIGNED_LINE.match(ln) or _opens_signatures(ln):
            block = True
            continue
        if block and _signature_piece(ln):
            continue
        block = False
        out.append(ln)
    return out


# A footnote call glued to its word ("sont les suivantes3 :"): one layout prints the call
# there, another reads the note's number apart. (The note's own line is left: where the
# layout puts it cannot be told from a line that starts with a figure.)
_FOOTNOTE_CALL = re.compile(r"(?<=[a-zàâäéèêëîïôöùûüç])\d{1,2}(?=\s*[:;,.)]|\s|$)")
# Digits grouped by dots ("250.000", "70.739.366,40"): the same number as grouped by spaces.
_DOTTED_NUMBER = re.compile(r"(?<![\w,.])(\d{1,3})((?:\.\d{3})+)(?![\d.])")
# The currency written out after a figure ("250 000 euros", "45 000 EUR") is the sign.
_CURRENCY_WORD = re.compile(r"(?<=\d)\s*(?:euros?|eur)\b", re.I)
# A unit sign after a figure ("12 751 802,65 €" / "12751802,65€"): the space is layout.
_UNIT_SPACE = re.compile(r"(?<=\d)\s+(?=[€%])")
# Whole euros written with their cents ("150 000,00 €") or without ("150 000 €").
_ZERO_CENTS = re.compile(r"(?<=\d),00(?![\d,])")
_CUT_COMPOUND = re.compile(r"(\w)-\s+(\w)")
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
# Digits grouped by spaces ("1 880 000") are one number, whatever the spacing.
# The separators after the first may be lost ("23 460900"): the same number.
# Or the first one lost ("7360 701,71"): digits then groups of three are one number.
_GROUPED_NUMBER = re.compile(r"(?<![\w,.])(\d{1,6})((?:[ \u00a0\u202f]\d{3})(?:[ \u00a0\u202f]?\d{3})*)(?![\d])")


def clean(text: str, furniture: frozenset[str] = frozenset(), page_numbers: bool = True) -> str:
    """Display-grade cleanup: unified punctuation, joined hyphenation, one
    space; lines that are a page number ("12", "3/40") dropped unless
    ``page_numbers`` is False."""
    text = (text or "").translate(_APOSTROPHES)
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    lines = [ln for ln in _without_signatures(text.splitlines())
             if not (page_numbers and _PAGE_NUMBER.match(ln)) and _WS.sub(" ", ln).strip() not in furniture]
    text = _SIGNED_PHRASE.sub(" ", " ".join(lines))
    # « x » and "x" alike: no space inside quotes.
    text = re.sub(r'"\s+', '"', re.sub(r'\s+"', ' "', text))
    return _WS.sub(" ", text).strip()


@lru_cache(maxsize=1 << 15)
def money_key(text: str) -> str:
    """Every amount written in figures as its value in euros: "6 655 K€", "6.655.000 euros"
    and "6,655 millions d'euros" are one amount written in three house styles. (Cached: the
    diff keys the same section and cell texts many times.)"""
    if "€" not in text and "eur" not in text.casefold() or not any(ch.isdigit() for ch in text):
        return text
    out, at = [], 0
    for m in find_amounts(text):
        if m.in_words or m.start < at:
            continue
        value = f"{m.value:.2f}".removesuffix(".00").replace(".", ",")
        out += [text[at:m.start], value, "€"]
        # "HT" is how these conventions count every amount ("montants en € HT" said once): one
        # house style prints it after each amount, another not. "TTC" says something else.
        out += [f" {m.qualifier}"] if m.qualifier and m.qualifier != "HT" else []
        out += [f"/{m.per}"] if m.per else []
        at = m.end
    return "".join(out) + text[at:]


def key(text: str, furniture: frozenset[str] = frozenset(), page_numbers: bool = True) -> str:
    """Comparison key of a text: case, hyphens, spacing and the way an amount is
    written do not count."""
    text = money_key(clean(_FOOTNOTE_CALL.sub("", text or ""), furniture, page_numbers)).casefold()
    # A compound cut at a line end comes out "ci- après" or "ci-\nafter"
    # joined: the same word as "ci-après" on one line.
    text = _CUT_COMPOUND.sub(r"\1\2", text)
    text = _GROUPED_NUMBER.sub(lambda m: m.group(1) + m.group(2).replace(" ", ""), text)
    text = _DOTTED_NUMBER.sub(lambda m: m.group(1) + m.group(2).replace(".", ""), text)
    text = _ZERO_CENTS.sub("", text)
    text = _CURRENCY_WORD.sub("€", text)
    text = _UNIT_SPACE.sub("", text)
    text = text.replace("-", "")
    text = re.sub(r'\s*"\s*', '"', text)
    return _WS.sub(" ", text).strip()


def same_text(a: str, b: str, furniture: frozenset[str] = frozenset()) -> bool:
    """Whether two texts say the same, however each is laid out. Dropping
    furniture (running headers, page numbers) is itself layout-bound: a
    figure alone on its line ("la Cité" / "12/14") looks like a page number,
    a repeated line wrapped in one version only is furniture in the other.
    So the texts are the same when their keys agree with the furniture
    dropped, or with nothing dropped."""
    return key(a, furniture) == key(b, furniture) or \
        key(a, page_numbers=False) == key(b, page_numbers=False)


# The diff compares words, not offsets: its fold is the "words" form of the one fold
# (accent- and case-free, punctuation as spaces: "Frênes" ~ "Fresnes").
fold = partial(text_fold, form="words")


def tokens(text: str) -> list[str]:
    """Words and punctuation marks, in order (whitespace is implied)."""
    return _TOKEN.findall(text)


def token_key(tok: str) -> str:
    return tok.casefold().replace("-", "").replace("’", "'")


def sentences(text: str) -> list[str]:
    """Layout-free units of a cleaned text: sentences and list items.

    Used to detect moved passages; line breaks are not a unit because they
    depend on the page layout."""
    parts = re.split(rf"(?<=[.;:!?])\s+(?=[A-Z\"ÀÂÉÈÊÎÔÙÛÇ0-9o{LIST_MARK_CLASS}])|\s+(?=[{STRONG_CLASS}]\s)|\s+(?=-\s)", text)
    return [p.strip() for p in parts if p and p.strip()]


# A footnote's own line: its number, then its sentence ("3 Montants prévisionnels ; …").
_NOTE_LINE = re.compile(r"^\s*(\d{1,2})\s+[A-ZÀÂÉÈÊÎÔÙÛÇ]")
# A call glued to a word of three letters or more ("suivantes3"; "m2" is a unit).
_NOTE_CALL = re.compile(r"(?<=[a-zàâäéèêëîïôöùûüç]{3})\d{1,2}(?=\s*[:;,.)]|\s|$)")


def note_lines(texts: list[str]) -> frozenset[str]:
    """Lines of ``texts`` that are the body of a footnote the same texts call: a line
    opening with a number N and a capital when a word carries N glued as its call. The
    parse leaves a note in the text of whichever section ends its page (another page
    break puts it under another article, or the avenant that rewrites the article does
    not reprint it): what it says is not an article's wording."""
    calls = {m.group(0) for t in texts for m in _NOTE_CALL.finditer(t or "")}
    out = set()
    for t in texts:
        for ln in (t or "").translate(_APOSTROPHES).splitlines():
            m = _NOTE_LINE.match(ln)
            if m and m.group(1) in calls:
                out.add(_WS.sub(" ", ln).strip())
    return frozenset(out)


def moved_note_lines(old_sections, new_sections) -> frozenset[str]:
    """Lines shaped like a footnote's body ("3 Montants prévisionnels ; …": a number, then a
    capital) that both versions print: a note the parse left in the text (its call lost) lands
    wherever its page ends, under another article or at another place of one, as the page breaks
    of each version fall. Both print it: where is no change of wording."""
    def lines(sections) -> set[str]:
        return {_WS.sub(" ", ln).strip() for s in sections
                for ln in (s.text or "").translate(_APOSTROPHES).splitlines() if _NOTE_LINE.match(ln)}
    return frozenset(lines(old_sections) & lines(new_sections))


def furniture_lines(texts: list[str], pages: int) -> frozenset[str]:
    """Running headers/footers: long-enough lines repeated across many pages.

    Short repeated lines ("Sans objet") are content, so only lines of four
    words or more repeated at least max(3, pages/4) times count."""
    counts: Counter[str] = Counter()
    for t in texts:
        for ln in (_WS.sub(" ", x).strip() for x in (t or "").translate(_APOSTROPHES).splitlines()):
            if len(ln.split()) >= 4:
                counts[ln] += 1
    floor = max(3, pages // 4)
    return frozenset(ln for ln, n in counts.items() if n >= floor)


def footnote_lines(part) -> frozenset[str]:
    """The footnotes the parse told apart (the part's footnotes, the sections' footnote
    blocks), as lines of text with and without their mark: another layout leaves the
    same note in an article's text, at the foot of another page."""
    out = set()
    notes = [(f.mark, f.text) for f in part.footnotes] + \
        [(b.mark or "", b.text) for s in part.sections for b in s.blocks if b.kind == "footnote"]
    for mark, text in notes:
        line = _WS.sub(" ", (text or "").translate(_APOSTROPHES)).strip()
        if line:
            out.add(line)
            if mark:
                out.add(f"{mark} {line}")
    return frozenset(out)
