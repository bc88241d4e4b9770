"""Named entities: rules of the field first (common.toml), spaCy for the rest.

Rules catch what the small French model gets wrong here (organisations of the
field, QPV codes, legal references, people named "Monsieur DUPONT"); spaCy is
given only the sentences that still hold an unexplained capitalised word, and
its output is cleaned (apostrophe fragments, bullets, spans overlapping a rule
entity, generic words) before variants are merged with rapidfuzz.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional

from rapidfuzz import fuzz, process

from .bodies import person_ok, strip_lead
from .lexicon import Lexicon
from ..french.bullets import ANY_CLASS, LIST_MARK_CLASS
from ..french.text import fold, key

_UP = "A-ZÉÈÊËÀÂÎÏÔÛÜÇ"
_LOW = "a-zéèêëàâîïôûüç"
_CAPS_WORD = rf"[{_UP}][{_UP}'’\-]+"
_CAP_WORD = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)*"
_APOS_PREFIX = re.compile(r"^(?:[LlDdJjNnSsMmCc]|[Qq]u|[Jj]usqu|[Ll]orsqu)['’]\s*")
_LEAD_MARKS = re.compile(rf"[\s{ANY_CLASS}]*")     # blanks and bullet glyphs before a name


@dataclass
class Found:
    start: int
    end: int
    text: str
    label: str
    normalized: str
    rule: bool = True


def _person_regex(civilities: list[str]) -> re.Pattern:
    civ = "|".join(re.escape(c) for c in sorted(civilities, key=len, reverse=True))
    sp = r"[ \u00a0\n]+"
    return re.compile(
        rf"(?<![\w])(?i:{civ})(?![\w]){sp}(?P<name>(?:{_CAP_WORD}{sp})?{_CAPS_WORD}(?:[ \u00a0\n]{_CAPS_WORD})*"
        # "Madame DUPONT Marie, ...": the first name after the surname, closing the name.
        # (a line may end between them: "Mme DE LA TOUR" / "Maëlle")
        rf"(?:[ \u00a0\n]{_CAP_WORD}(?=[ \u00a0]*(?:[,;.)\n]|$)))?"
        # "Monsieur Jean de La Fontaine", "Madame Anne d'Arvieux": lower-case particles inside.
        # ("Madame Anne de LA TOUR": the surname after a particle in capitals too)
        rf"|{_CAP_WORD}(?:{sp}(?:(?:de|du|des|van|von|le|la)[ \u00a0]+|d['’])+(?:{_CAP_WORD}|{_CAPS_WORD})"
        rf"(?:{sp}(?:{_CAP_WORD}|{_CAPS_WORD}))?"
        rf"|{sp}{_CAP_WORD})?)",
    )


# "à Lens", "à Loos-en-Gohelle", "à La Briqueterie" (an article opens the name, never is it).
_A_COMMUNE = re.compile(rf"(?<![\w])(?:à|a)[ \u00a0]+(?P<c>(?:L[ae]s?[ \u00a0]+(?=[{_UP}]))?"
                        rf"(?!L[ae]s?(?![\w]))[{_UP}][{_LOW}'’]+(?:-[{_UP}]?[{_LOW}'’]+)*(?:-[{_UP}][{_LOW}]+)*)")


def rule_entities(text: str, lx: Lexicon) -> list[Found]:
    """Entities the rules of common.toml find in one paragraph (overlaps resolved)."""
    cands: list[Found] = []
    folded_case, folded_low = fold(text, lower=False), fold(text)
    for rx, src in ((lx.org_regex_case, folded_case), (lx.org_regex_low, folded_low)):
        for m in rx.finditer(src) if rx is not None else ():
            cands.append(Found(m.start(), m.end(), text[m.start():m.end()], "ORG", lx.alias_names.get(key(m.group(0)), _spaces(m.group(0)))))
    for rx in lx.org_patterns:
        for m in rx.finditer(text):
            t = m.group(0)
            cands.append(Found(m.start(), m.end(), t, "ORG", lx.alias_names.get(key(t), _spaces(t))))
    cands.extend(_shaped_bodies(text, folded_case, lx))
    for law in lx.legal_names:
        src = folded_case if law.case_sensitive else folded_low
        for m in law.regex.finditer(src):
            cands.append(Found(m.start(), m.end(), text[m.start():m.end()], "LAW", law.name))
    for rx in lx.loc_patterns:
        for m in rx.finditer(text):
            cands.append(Found(m.start(), m.end(), m.group(0), "LOC", _spaces(m.group(0))))
    if lx.person_functions is not None:
        # "Alain Roger, Vice-Président ...": a person named without civility.
        for m in _FIRST_LAST.finditer(text):
            if lx.person_functions.match(fold(text[m.end():m.end() + 40], lower=False)):
                name, start = strip_lead(m.group(0), m.start())     # "Pour X, Président"
                name = _spaces(name)
                if not name or key(name.split()[0]) in lx.stopwords:
                    continue
                # a body the rules named is no person ("Pour SIA HABITAT, Directrice")
                if any(c.label == "ORG" and c.start < m.end() and start < c.end for c in cands):
                    continue
                # a name in capitals is a person only if no word of it names a body of the
                # field ("PAS-DE-CALAIS HABITAT, Président")
                if name.isupper() and not person_ok(name, lx.stopwords, lx.alias_names):
                    continue
                cands.append(Found(start, m.end(), name, "PER", name))
    for rx in (lx.bodies.after_function, lx.bodies.closing_name, lx.bodies.stacked_name, lx.bodies.titled_name):
        # "le Maire, Hervé PRUVOST"; a signature line "Pour Maisons de Vauban, Olivier DUPRÉ".
        for m in rx.finditer(text) if rx is not None else ():
            name = _spaces(m.group("name"))
            if person_ok(name, lx.stopwords, lx.alias_names):
                cands.append(Found(m.start("name"), m.end("name"), name, "PER", name))
    for rx in lx.qpv:
        for m in rx.finditer(text):
            code = m.group(0)
            bare = re.sub(r"[ \u00a0]", "", code)      # "QP 062 024" -> "QP062024"
            norm = bare if bare.startswith("Q") else "QP" + bare[-6:]
            cands.append(Found(m.start(), m.end(), code, "QPV", norm))
    for rx in lx.legal:
        for m in rx.finditer(text):
            t = m.group(0).rstrip(" ,.;")
            cands.append(Found(m.start(), m.start() + len(t), t, "LAW", _spaces(t)))
    if lx.person_regex is None:
        lx.person_regex = _person_regex(lx.civilities)
    for m in lx.person_regex.finditer(text):
        name, end = _spaces(m.group("name")), m.end("name")
        if len(name.split()) > 1 and key(name.split()[-1]) in lx.stopwords:     # "M. DUPONT Maire,"
            name = name.rsplit(" ", 1)[0]
            end = m.start("name") + m.group("name").rstrip().rfind(name.split()[-1]) + len(name.split()[-1])
        if key(name) in lx.stopwords or key(name.split()[0]) in lx.stopwords:
            continue
        cands.append(Found(m.start("name"), end, name, "PER", name))
    if lx.commune_regex is not None:
        for m in lx.commune_regex.finditer(folded_case):
            t = text[m.start():m.end()]
            cands.append(Found(m.start(), m.end(), t, "LOC", lx.communes.get(key(t), t)))
    for m in _A_COMMUNE.finditer(text):
        t = m.group("c")
        if key(t) in lx.stopwords or key(t) in lx.alias_names:
            continue
        cands.append(Found(m.start("c"), m.end("c"), t, "LOC", lx.communes.get(key(t), t)))
    kept = _resolve(cands)
    # "Commune de Loos-en-Gohelle" is an organisation that also names a place.
    for f in list(kept):
        if f.label == "ORG" and lx.commune_regex is not None:
            m = lx.commune_regex.search(fold(f.text, lower=False))
            if m and m.end() == len(f.text) and m.start() > 0:
                t = f.text[m.start():m.end()]
                kept.append(Found(f.start + m.start(), f.start + m.end(), t, "LOC", lx.communes.get(key(t), t)))
    kept.sort(key=lambda f: f.start)
    return kept


def _shaped_bodies(text: str, folded: str, lx: Lexicon) -> list[Found]:
    """Organisations named after the shapes of French bodies (see bodies.py)."""
    out = []
    b = lx.bodies
    # A legal form ("SA d'HLM Marelle", "Récup'Action, association") is not part of the
    # name, but its span is the match's, so that it wins over a shorter shape inside.
    for rx, group in ((b.heads, 0), (b.brands, 0), (b.forms, "name"), (b.named_form, "name")):
        for m in rx.finditer(folded) if rx is not None else ():
            t, start = strip_lead(text[m.start(group):m.end(group)], m.start(group))
            t = t.rstrip(" ,;:.-")
            if len(key(t)) <= 2 or key(t) in lx.stopwords or rx is b.brands and len(key(t).split()) < 2:
                continue          # "Le Habitat du quartier": the brand word alone names nobody
            name = _spaces(t)
            name = lx.alias_names.get(key(name), name[:1].upper() + name[1:])
            span = (min(start, m.start()), max(start + len(t), m.end())) if group else (start, start + len(t))
            out.append(Found(span[0], span[1], t, "ORG", name))
    return out


# "Alain Roger", "Alain ROGER", "ROGER Alain", "ALAIN ROGER" (a name set in capitals or small
# capitals): two or three capitalised words, a function after them (rule_entities).
_NAME_WORD = rf"(?:{_CAP_WORD}|{_CAPS_WORD})"
_FIRST_LAST = re.compile(rf"(?<![\w'’]){_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{1,2}}(?![\w'’])")


def _spaces(t: str) -> str:
    return re.sub(r"\s+", " ", t).strip()


_PRIORITY = {"LAW": 0, "QPV": 1, "PER": 2, "ORG": 3, "LOC": 4}


def _resolve(cands: list[Found]) -> list[Found]:
    """Longest span wins; on equal length the more specific label."""
    cands.sort(key=lambda f: (-(f.end - f.start), _PRIORITY.get(f.label, 9), f.start))
    kept: list[Found] = []
    for c in cands:
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    kept.sort(key=lambda f: f.start)
    return kept


# ---------------------------------------------------------------------------
# spaCy
# ---------------------------------------------------------------------------

_NLP = None
# The pipeline's components not loaded: in fr_core_news_sm the ``ner`` component
# embeds its own tok2vec, so the shared ``tok2vec`` feeds only the tagger,
# parser and lemmatizer; loading it would double the model's cost for nothing.
_EXCLUDED = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]


def nlp():
    """fr_core_news_sm with only ``ner`` (its own embedded tok2vec): the rest gives nothing here."""
    global _NLP
    if _NLP is None:
        import spacy
        _NLP = spacy.load("fr_core_news_sm", exclude=_EXCLUDED)
    return _NLP


# Raw model spans per sentence text. Conventions repeat sentences (a consolidated
# text restates its original, avenants quote articles), and the model reads a
# sentence alone, so its spans depend on the text only. Bounded: emptied when full.
_MODEL_CACHE: dict[str, tuple[tuple[str, int, str], ...]] = {}
_MODEL_CACHE_MAX = 20_000


def clear_model_cache() -> None:
    _MODEL_CACHE.clear()


def _model_spans(batch: list[str]) -> list[tuple[tuple[str, int, str], ...]]:
    """(text, start_char, label) of the model's entities, per sentence; each distinct
    sentence not seen before goes through the model once."""
    todo = [s for s in dict.fromkeys(batch) if s not in _MODEL_CACHE]
    if todo:
        if len(_MODEL_CACHE) + len(todo) > _MODEL_CACHE_MAX:
            _MODEL_CACHE.clear()
        for s, doc in zip(todo, nlp().pipe(todo, batch_size=128)):
            _MODEL_CACHE[s] = tuple((e.text, e.start_char, e.label_) for e in doc.ents)
    return [_MODEL_CACHE[s] for s in batch]


_SENT_SPLIT = re.compile(rf"(?<=[.!?;:])\s+|\n(?=[\s{ANY_CLASS}]*[{LIST_MARK_CLASS}])")
_CAP_IN_SENT = re.compile(rf"(?<=[\w,’'] )[{_UP}][\w’'\-]+")


def sentences_needing_model(text: str, covered: list[Found], lx: Lexicon) -> list[tuple[int, str]]:
    """(offset, sentence) pairs holding a capitalised word no rule explained."""
    out = []
    pos = 0
    for piece in _SENT_SPLIT.split(text):
        start = text.find(piece, pos)
        if start < 0:
            start = pos
        pos = start + len(piece)
        for m in _CAP_IN_SENT.finditer(piece):
            s = start + m.start()
            if key(m.group(0)) in lx.stopwords:
                continue
            if any(f.start <= s < f.end for f in covered):
                continue
            out.append((start, piece))
            break
    return out


def model_entities(batch: list[str], lx: Lexicon, common_words: set[str] = frozenset()) -> list[list[Found]]:
    """Run spaCy over sentences (one batch), cleaned; offsets relative to each sentence."""
    if not batch:
        return []
    results = []
    for spans in _model_spans(batch):
        found = []
        for ent_text, ent_start, ent_label in spans:
            f = _clean(ent_text, ent_start, ent_label, lx)
            if f is not None and f.label != "ORG" or f is not None and f.normalized not in lx.alias_names.values():
                first = f.text.split()[0]
                if first.lower() in common_words or " – " in f.text or " - " in f.text:
                    continue     # "Ville", "Agence", "Grand chemin de": common nouns; table cells joined
            if f is not None:
                found.append(f)
        results.append(found)
    return results


def _clean(text: str, start: int, label: str, lx: Lexicon) -> Optional[Found]:
    if label not in ("PER", "ORG", "LOC"):
        return None
    t = text
    lead = _LEAD_MARKS.match(t).end()
    t, start = t[lead:], start + lead
    m = _APOS_PREFIX.match(t)
    if m:
        t, start = t[m.end():], start + m.end()
    t = t.rstrip(" ,.;:()-–")
    k = key(t)
    if len(k) <= 2 or k in lx.stopwords or not re.search(f"[{_UP}]", t) or sum(c.isdigit() for c in t) > 2:
        return None
    if len(t.split()) > 8 or "\n" in t.strip():
        return None
    # A fuzzy hit on an organisation of the field fixes both the label and the name
    # ("Maisons" / "Pas-de-Calais" tagged LOC or PER by the model).
    hit = process.extractOne(k, list(lx.alias_names), scorer=fuzz.ratio, score_cutoff=90)
    if hit:
        return Found(start, start + len(t), t, "ORG", lx.alias_names[hit[0]], rule=False)
    # A lone capitalised word is a person only with a civility (the rules' job).
    if label == "PER" and len(t.split()) < 2:
        return None
    if label == "LOC" and k in lx.communes:
        return Found(start, start + len(t), t, "LOC", lx.communes[k], rule=False)
    return Found(start, start + len(t), t, label, _spaces(t), rule=False)


def merge_variants(found: Iterable[Found]) -> None:
    """Give variants of one name one normalized form ("tour des Fresnes" / "tour des Frênes")."""
    by_label: dict[str, list[Found]] = {}
    for f in found:
        if not f.rule or f.label in ("PER", "LOC"):
            by_label.setdefault(f.label, []).append(f)
    for items in by_label.values():
        counts = Counter(f.normalized for f in items)
        forms = sorted(counts, key=lambda n: (-counts[n], -_accents(n), n))
        canon: list[str] = []
        mapping = {}
        for form in forms:
            match = next((c for c in canon if fuzz.ratio(key(c), key(form)) >= 90), None)
            if match is None:
                canon.append(form)
                match = form
            mapping[form] = match
        for f in items:
            f.normalized = mapping[f.normalized]


def _accents(s: str) -> int:
    return sum(1 for c in s if ord(c) > 127) + sum(1 for c in s if c.islower())
