"""Apply avenants' amendment instructions to a convention.

Each instruction (an Amendment record of the avenant's part) acts on the
section it names: replace its text (and re-derive its sub-sections when the
new text carries headings), rename it, repeal it, insert a new one, or
nothing ("Sans objet"). Facts read from the avenant's new text (amounts,
quantities, operations, tables) replace those of the old text, so that the
consolidated record diffs like a consolidated PDF would.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Optional

from ..records import Amendment, Operation, Part, ParseResult, Section
from ..french.bullets import ALL_GLYPHS
from ..french.numbers import spaced_suffix
from .normalize import fold, key
from .annexes import amended_note, listed_annex, prose_codes, rewrite_list
from .families import FAMILY_INSTRUCTION, named_families, other_families, replace_family
from .facts import merge_parties, operation_similarity
from ..structure.edit_instructions import WHOLE_TABLE
from . import legis_blocks
from .edit_places import place
from .legistique import Snapshot, apply_edit, has_edits, refresh_facts, renumber
from .sections import descendants, is_annex, main_part, natural_key, norm_number
from .settings import diff_settings
from .table_ids import fresh_table_ids, part_table_ids, with_table_ids, yield_ids

_SANS_OBJET = re.compile(r"^\W*sans\s+objet\W*$", re.I)
# A heading inside replacement text: "Article 4.1.1 – La Cité 12/14 à Lens".
_HEADING = re.compile(r"^\s*(?:article|art\.)\s+(\d+(?:[.\-]\d+)+)\s*(?:[–\-:.]\s*)?(.*)$", re.I)


@dataclass
class Outcome:
    """What one instruction did (kept for the diff's cross-check)."""
    amendment: Amendment
    applied: bool
    reason: str = ""


def avenant_tag(avenant: ParseResult) -> str:
    for p in avenant.parts:
        if p.kind == "avenant":
            num = (p.metadata or {}).get("number")
            if num:
                return f"avenant n°{num}"
    return avenant.source.path.rsplit("/", 1)[-1]


def is_sans_objet(text: Optional[str]) -> bool:
    return bool(text) and bool(_SANS_OBJET.match(text.strip()))


# The label of a grouping heading (not an article) that may share an article's number.
_GROUPING_LABEL = re.compile(r"^(?:chapitre|titre|partie|livre|section)\b")


def find_target(part: Part, am: Amendment) -> Optional[Section]:
    """The section an instruction names, by number, then by heading for the
    preamble and the titles ("Titre I", "Le PREAMBULE")."""
    target = norm_number(am.target)
    # "annexe 3" is not "article 3": numbered annexes share numbers with articles.
    found = [s for s in part.sections if norm_number(s.number) == target
             and (am.target_kind != "annexe" or is_annex(s)) and (am.target_kind != "article" or not is_annex(s))]
    if len(found) > 1 and am.target_kind == "article":
        # "Chapitre 1" and "Article 1er" both numbered 1: an article is the one its label calls one
        found = [s for s in found if not _GROUPING_LABEL.match(fold(s.label or ""))] or found
    if found:
        return found[0]
    if am.target_kind == "preambule" or fold(am.target).startswith("preambule"):
        return next((s for s in part.sections if fold(s.heading).startswith("preambule")), None)
    if am.target_kind == "titre":
        for s in part.sections:
            if fold(s.label).startswith(f"titre {fold(target)}") or norm_number(s.label) == target:
                return s
    return None


def amendments_of(avenant: ParseResult, into: Optional[Part] = None) -> list[tuple[Part, Amendment]]:
    """The avenant's instructions; with the convention part ``into``, an edit named by a table line
    rather than an article gets the section holding that line (edit_places.py)."""
    pairs = [(p, a) for p in avenant.parts if p.kind == "avenant" for a in p.amendments]
    return place(into, pairs) if into is not None else pairs


def consolidate(convention: ParseResult, avenants: list[ParseResult]) -> ParseResult:
    result = copy.deepcopy(convention)
    part = main_part(result)
    if part is None:
        return result
    for av in avenants:
        tag = avenant_tag(av)
        known = {id(o) for o in part.operations}
        # In-place edits (legislative drafting) change texts and tables; their facts follow after.
        before = Snapshot.of(part) if any(has_edits(p) for p in av.parts if p.kind == "avenant") else None
        pairs = amendments_of(av, part)
        outcomes: list[Outcome] = []
        chain = [a for _, a in pairs if _renumbers(a)]
        moved: dict[str, str] = {}          # signed number -> new number, once renumbered
        inserted: set[str] = set()          # articles this avenant inserted so far
        for ap, a in pairs:
            if not _renumbers(a):
                outcomes.append(apply_amendment(part, _signed_target(a, moved, inserted), ap, tag, before))
                if a.action == "insert" and a.target_kind == "article":
                    inserted.add(norm_number(a.target))
            elif a is chain[0]:
                outcomes += _renumber_together(part, chain)
                moved = {norm_number(c.target): norm_number(c.edit.new) for c in chain if c.edit.new}
        if before is not None:
            touched = refresh_facts(part, before)
            for s in part.sections:
                if s.number in touched:
                    s.last_amended_by = tag
        complete_from_decision(
            [o for o in part.operations if id(o) not in known],
            [o for p in av.parts if p.kind == "deliberation" for o in p.operations])
        parties = next((p.metadata.get("parties") for p in av.parts
                        if p.kind == "avenant" and (p.metadata or {}).get("parties")), None)
        if parties:
            part.metadata = dict(part.metadata or {})
            part.metadata["parties"] = merge_parties(list(part.metadata.get("parties") or []), parties)
        log = part.metadata.setdefault("consolidation", []) if isinstance(part.metadata, dict) else []
        log.append({"avenant": tag, "path": av.source.path, "sha256": av.source.sha256,
                    "conflicts": [o.amendment.to_dict() | {"reason": o.reason} for o in outcomes if not o.applied]})
    return result


def _signed_target(am: Amendment, moved: dict[str, str], inserted: set[str]) -> Amendment:
    """An edit naming an article this avenant renumbered and then filled with a new article it prints
    whole ("L'article 13 devient l'article 14", "Après l'article 12, il est inséré un article 13 …", then
    "Le premier alinéa de l'article 13 est ainsi rédigé : …") edits the article the convention numbers
    so: nobody edits, in the same avenant, the text it has just inserted."""
    n = norm_number(am.target or "")
    if am.edit is None or am.target_kind != "article" or n not in inserted or n not in moved:
        return am
    am = copy.copy(am)
    am.target = moved[n]
    return am


def _renumbers(am: Amendment) -> bool:
    return am.edit is not None and am.edit.op == "renumber"


def _renumber_together(part: Part, chain: list[Amendment]) -> list[Outcome]:
    """Every renumbering of an avenant at once, where its first one stands: "L'article 11 devient
    l'article 12. L'article 12 devient l'article 13." name the articles as the convention numbers
    them, whatever the order (applied one after the other, the second would take the first's)."""
    moves: dict[str, str] = {}
    out = []
    for am in chain:
        sec = find_target(part, am)
        if sec is None or not am.edit.new:
            out.append(Outcome(am, False, f"no section {am.target} in the convention" if sec is None
                               else "no new number"))
            continue
        moves[norm_number(sec.number)] = am.edit.new
        out.append(Outcome(am, True))
    renumber(part, moves)
    return out


_COMPLETED = ("amount", "logements", "maitre_ouvrage")


def complete_from_decision(added: list[Operation], decided: list[Operation]) -> None:
    """Fill what an avenant's new operation leaves out from the board decision
    bound with it. An avenant often names a new operation in prose ("démolition
    de la tour des Frênes (71 logements)") while its figures sit in a placeholder
    table, and the approving délibération states them ("à hauteur de
    1 880 000 €"): the same site (type, commune, fuzzy name) gets them."""
    for op in added:
        if all(getattr(op, f) not in (None, "") for f in _COMPLETED):
            continue
        scored = [(operation_similarity(op, d), d) for d in decided]
        scored = [(s, d) for s, d in scored if s >= diff_settings().name_threshold]
        if not scored:
            continue
        best = max(scored, key=lambda sd: sd[0])[1]
        for f in _COMPLETED:
            if getattr(op, f) in (None, "") and getattr(best, f) not in (None, ""):
                setattr(op, f, getattr(best, f))


def apply_amendment(part: Part, am: Amendment, avpart: Part, tag: str, before: Optional[Snapshot] = None) -> Outcome:
    if am.action == "unchanged":
        return Outcome(am, True)
    sec = find_target(part, am)
    if am.edit is not None and am.edit.op in WHOLE_TABLE and not has_edits(avpart):
        # "Le tableau … est remplacé par le tableau suivant :" in an avenant of full rewrites: its table
        # comes with the instruction's text, as every other instruction's does
        am = copy.copy(am)
        am.edit = None
    if am.edit is not None:
        why = apply_edit(part, sec, am, avpart, before) if sec is not None else f"no section {am.target} in the convention"
        return Outcome(am, why is None, why or "")
    listed = listed_annex(part, am.target) if am.target_kind == "annexe" and sec is None else None
    if am.action == "insert":
        if sec is not None or listed is not None:
            return Outcome(am, False, f"section {am.target} already exists")
        _insert(part, am, avpart, tag)
        if am.target_kind == "annexe":
            # the list names the annex it adds, as the consolidated text's does
            rewrite_list(part, am.target, title=am.new_heading or _named_title(am) or "")
        return Outcome(am, True)
    if sec is None and listed is not None:
        return _listed_annex(part, am, listed.title, tag, avpart)
    if sec is None:
        if am.target_kind == "preambule" and am.action == "replace" and am.new_text:
            part.preamble = am.new_text   # an unnumbered preamble is the part's preamble
            return Outcome(am, True)
        return Outcome(am, False, f"no section {am.target} in the convention")
    if am.action == "repeal":
        gone = {sec.id} | {s.id for s in descendants(part, sec)}
        part.sections = [s for s in part.sections if s.id not in gone]
        _drop_facts(part, {sec.number} | {s.number for s in descendants(part, sec)})
        repealed = part.metadata.setdefault("repealed", []) if isinstance(part.metadata, dict) else []
        repealed.append({"number": sec.number, "heading": sec.heading, "by": tag})
        if is_annex(sec):
            rewrite_list(part, sec.number, drop=True)   # gone from the list too
        return Outcome(am, True)
    if am.new_heading:
        sec.heading = am.new_heading
        sec.last_amended_by = tag
    kept = None
    if am.action == "replace" and named_families(am):
        if replace_family(part, sec, am, avpart, tag, _span(avpart, am)):
            return Outcome(am, True)  # one family's table of the article, not the article
        kept = other_families(part, sec, named_families(am))   # what the rewrite must not drop
    edits = substitutions(am.new_text)
    if am.action == "replace" and edits:
        missing = _substitute(part, sec, edits, am, avpart, tag)
        if missing:
            return Outcome(am, False, f"text « {missing} » not found in section {sec.number}")
        return Outcome(am, True)
    if am.action == "replace" and am.target_kind == "annexe" and not am.new_text:
        attached = attached_annex(avpart, am)
        if attached is None:
            if joined_annex(avpart, am):
                _record_replaced(part, am, sec.heading, tag)
                sec.last_amended_by = tag
            return Outcome(am, True)
        am = copy.copy(am)
        am.new_text, am.section = attached.text, attached.number
    if am.action in ("replace", "rename") and am.new_text and not am.placeholder and not is_sans_objet(am.new_text):
        prose = sec.text
        _replace(part, sec, am, avpart, tag)
        if _TABLE_ONLY.match(am.raw or "") or FAMILY_INSTRUCTION.match(am.raw or ""):
            # The instruction replaces the article's table (a family's table), not its wording:
            # what the parse left of the tables in the new text is no wording either.
            sec.text = prose
        if kept is not None:
            ops, tables, figures = kept
            yield_ids(part, tables)      # the tables brought in give way to the convention's own
            part.operations += ops
            part.tables += [t for t in tables if t not in part.tables]
            for name, fs in figures.items():
                getattr(part, name).extend(fs)
    return Outcome(am, True)


# "… remplacée par l'annexe C2 jointe au présent avenant", "Sont jointes au présent avenant
# les annexes suivantes :", "ci-annexée".
_JOINED = re.compile(r"\b(?:joint\w*\s+(?:au|[àa]\s+l\W?)\s*(?:pr[ée]sent\s+)?avenant|ci-annex\w*|annex[ée]e?s?\s+au\s+pr[ée]sent\s+avenant)",
                     re.I)


def joined_annex(avpart: Part, am: Amendment) -> bool:
    """Whether the avenant joins the new version of the annex it updates: its
    instruction says so, or a list of the annexes joined to it names it (lines of
    text, or the rows of a table). An
    update announced without either is told declared_only by the diff."""
    if _JOINED.search(am.raw or ""):
        return True
    code = norm_number(am.target)
    for s in avpart.sections:
        text = s.text or ""
        m = _JOINED.search(text)
        if m and any(norm_number(ln.strip().lstrip("".join(ALL_GLYPHS) + " ").split(" ")[0].rstrip(" –-:.")) == code
                     for ln in text[m.end():].splitlines() if ln.strip()):
            return True
        # The list as one sentence of prose: "… jointes au présent avenant les annexes suivantes :
        # l'annexe C2 (…) et l'annexe C5 (…)." (the rest of that line).
        if m and code in prose_codes(text[m.end():].split("\n", 1)[0].split(":", 1)[-1]):
            return True
    # The list printed as a table ("N° | Intitulé"): titled as joined, or under such a sentence.
    joined_sections = {s.number for s in avpart.sections if _JOINED.search(s.text or "")}
    for t in avpart.tables:
        if _JOINED.search(t.title or "") or (t.section is not None and t.section in joined_sections):
            if any(row and norm_number(row[0].strip()) == code for row in t.rows):
                return True
    return False


def _listed_annex(part: Part, am: Amendment, title: str, tag: str, avpart: Optional[Part] = None) -> Outcome:
    """An instruction on an annex the convention lists without printing it:
    a repeal is recorded (the annex list of the result says it is no longer
    in force); an update changes nothing the records hold."""
    if am.action == "repeal" and isinstance(part.metadata, dict):
        part.metadata.setdefault("repealed", []).append(
            {"number": norm_number(am.target), "heading": title, "by": tag, "annex": True})
        rewrite_list(part, am.target, drop=True)
    elif am.action == "replace" and avpart is not None and joined_annex(avpart, am):
        _record_replaced(part, am, title, tag)
    return Outcome(am, True)


def _record_replaced(part: Part, am: Amendment, title: str, tag: str) -> None:
    """An annex the avenant replaces by one joined to it: the records do not
    hold its new content, so the result says which version is in force
    (annexes.annexes reads it back; the diff tells annex_modified)."""
    if isinstance(part.metadata, dict):
        part.metadata.setdefault("replaced", []).append(
            {"number": norm_number(am.target), "heading": title, "by": tag, "annex": True})
    # its entry in the list says which version is in force, under the title the avenant gives it
    rewrite_list(part, am.target, title=am.new_heading or None, note=amended_note(tag))


# "Le tableau des opérations de l'article 8.1 est remplacé par le tableau suivant :", "Le tableau
# ci-dessous remplace …": a table of the article is replaced, its prose stays.
_TABLE_ONLY = re.compile(r"^\W*(?:le|les)\s+tableaux?\b", re.I)


# A partial edit, as structure writes it: "« 2 100 000 € » → « 2 450 000 € »", one per line.
_SUBSTITUTION = re.compile(r"^\s*«\s*(.+?)\s*»\s*→\s*«\s*(.*?)\s*»\s*$")


def substitutions(text: Optional[str]) -> list[tuple[str, str]]:
    """The (old, new) pairs of a partial edit; [] when the text is a full wording."""
    lines = [ln for ln in (text or "").splitlines() if ln.strip()]
    found = [_SUBSTITUTION.match(ln) for ln in lines]
    return [(m.group(1), m.group(2)) for m in found] if lines and all(found) else []


def _loose(words: str) -> re.Pattern:
    """A phrase matched across any spacing (no-break spaces, line breaks) and apostrophe."""
    parts = [re.escape(w) for w in words.replace("’", "'").split()]
    return re.compile(r"[\s\u00a0\u202f]+".join(parts).replace("'", "['’]"))


def _substitute(part: Part, sec: Section, edits: list[tuple[str, str]], am: Amendment,
                avpart: Part, tag: str) -> Optional[str]:
    """Apply "« X » is replaced by « Y »" inside the section's text. The facts
    stated by X (an amount, a count) take the value the avenant gives Y. Returns
    the first X not found, if any (the instruction then does not apply)."""
    for old, _ in edits:
        if not _loose(old).search(sec.text or ""):
            return old
    first, last = _span(avpart, am)
    for old, new in edits:
        sec.text = _loose(old).sub(lambda _m, new=new: new, sec.text, count=1)
        for name in ("amounts", "quantities", "dates"):
            stated = [f for f in getattr(avpart, name) if first <= (f.page or 0) <= last and key(f.text) == key(new)]
            kept = []
            for f in getattr(part, name):
                if norm_number(f.section or "") == norm_number(sec.number) and key(f.text) == key(old):
                    if not stated:
                        continue              # the old figure no longer holds, the new one is unread
                    f = copy.deepcopy(f)
                    f.text, f.value = stated[0].text, stated[0].value
                kept.append(f)
            setattr(part, name, kept)
    sec.last_amended_by = tag
    return None


def attached_annex(avpart: Part, am: Amendment) -> Optional[Section]:
    """An annex the avenant announces as updated without rewording it in its
    body is often attached after it: a section of the avenant that is that
    annex ("Annexe C2 – Tableau financier")."""
    target = norm_number(am.target)
    for s in avpart.sections:
        if norm_number(s.number) == target and is_annex(s) and (s.text or "").strip():
            return s
    return None


def split_headings(text: str) -> tuple[str, list[tuple[str, str, str]]]:
    """Own text and (number, heading, text) of each sub-heading found at a
    line start of a replacement text."""
    own: list[str] = []
    subs: list[list] = []
    for line in (text or "").splitlines():
        m = _HEADING.match(line)
        if m:
            subs.append([norm_number(m.group(1)), m.group(2).strip(), []])
        elif subs:
            subs[-1][2].append(line)
        else:
            own.append(line)
    return "\n".join(own).strip(), [(n, h, "\n".join(t).strip()) for n, h, t in subs]


def _replace(part: Part, sec: Section, am: Amendment, avpart: Part, tag: str) -> None:
    own, subs = split_headings(without_own_heading(am.new_text or "", sec))
    if not subs:
        # The parse may have cut the new text at its sub-headings, making them
        # sections of the avenant numbered under the target ("5.1.1" in 3.5).
        prefix = norm_number(sec.number) + "."
        subs = [(norm_number(s.number), s.heading, s.text) for s in avpart.sections
                if norm_number(s.number).startswith(prefix)]
    sec.text = own
    sec.blocks = []     # the convention's blocks no longer hold: the new text has none of its own
    sec.last_amended_by = tag
    touched = {sec.number}
    if subs:
        old_subs = {norm_number(s.number): s for s in descendants(part, sec)}
        keep: set[str] = set()
        for number, heading, text in subs:
            old = old_subs.get(number)
            keep.add(number)
            if is_sans_objet(text):
                continue         # "Sans objet" under a sub-heading: that one is unchanged
            if old is None:
                old = _new_section(part, number, heading, text, sec.page, tag)
            else:
                old.heading, old.text, old.last_amended_by = heading or old.heading, text, tag
                old.blocks = []
            touched.add(old.number)
        dropped = {s.id for n, s in old_subs.items() if n not in keep}
        touched |= {s.number for s in part.sections if s.id in dropped}
        part.sections = [s for s in part.sections if s.id not in dropped]
    quiet = _tables_without_operations(part, touched)
    _drop_facts(part, touched)
    _bring_facts(part, avpart, am, touched, quiet)


def _header_key(t) -> tuple:
    return tuple(tuple(fold(c) for c in row) for row in (t.header or []))


def _in_table(f, t) -> bool:
    return bool(t.pages) and f.section == t.section and t.pages[0] <= (f.page or 0) <= t.pages[-1]


def _tables_without_operations(part: Part, numbers: set[str]) -> dict[tuple, set[str]]:
    """Headers (and row labels) of the replaced sections' tables from which
    the convention's parse read no operation (a co-financer's table only
    completes the programme): a row the avenant reprints in such a table does
    not programme an operation either, whatever its own parse made of it; a
    row it adds there is new."""
    nums = {norm_number(n) for n in numbers}
    tables = [t for t in part.tables if t.header and norm_number(t.section or "") in nums]
    quiet: dict[tuple, set[str]] = {}
    for t in tables:
        if not any(_in_table(o, t) for o in part.operations):
            quiet.setdefault(_header_key(t), set()).update(key(r[0]) for r in t.rows if r)
    return quiet


# Share of a table's rows that must hold a quiet table's row label for the table to reprint it.
REPRINT_SHARE = 0.5
_REPRINT_MIN_ROWS = 3


def _holds_label(row: str, labels: set[str]) -> bool:
    """Whether a row's label (a key) holds one of ``labels`` as whole words."""
    padded = f" {row} "
    return any(lab and f" {lab} " in padded for lab in labels)


def _reprinted_quiet(avpart: Part, quiet: dict[tuple, set[str]]) -> list[tuple]:
    """Avenant tables that reprint a quiet table (``_tables_without_operations``)
    whose header the parse did not read alike: the heading run into the first
    row ("Financeurs ANRU"), two tables read as one, a financeur's row joined
    to the next ("Action Logement Département"). Most of their rows hold a
    quiet row label; an operation read from such a row (its first cell, not a
    sentence printed beside the table) programmes nothing."""
    labels = {lab for rows in quiet.values() for lab in rows if lab}
    if not labels:
        return []
    out = []
    for t in avpart.tables:
        rows = [key(r[0]) for r in t.rows if r and r[0]]
        held = sum(_holds_label(r, labels) for r in rows)
        if held >= _REPRINT_MIN_ROWS and held >= REPRINT_SHARE * len(rows):
            out.append((t, set(rows), labels))
    return out


def without_own_heading(text: str, sec: Section) -> str:
    """New wording often reprints the target's own heading as its first line
    ("ARTICLE 6 - Le tableau des opérations", "4.1. Les interventions"): that
    line is the heading, not the text."""
    lines = text.splitlines()
    if not lines:
        return text
    # With its label word ("Article 6 –", "ANNEXE C2") or, bare, with a separator
    # after the number ("4.1." / "4.1 –"): "2 logements sont …" is text.
    # An inserted article's number may carry its suffix after a space ("Article 7 ter L'évaluation …").
    labelled = re.match(r"^\s*(?:article|annexe|art\.)\s+([\w.\-]+?(?:\s+(?:bis|ter|quater)\b)?)\.?"
                        r"(?:\s*[–\-:.]\s*|\s+|$)", lines[0], re.I)
    bare = re.match(r"^\s*(\d+(?:\.\d+)*)(?:\.\s+|\s*[–\-:]\s+)", lines[0])
    m = labelled or bare
    if m and norm_number(m.group(1)) == norm_number(sec.number) and len(lines[0]) < 160:
        return "\n".join(lines[1:])
    return text


def _insert(part: Part, am: Amendment, avpart: Part, tag: str) -> None:
    # "7BIS" printed as the convention's headings number it: "7 bis"
    number = spaced_suffix(norm_number(am.target))
    sec = _new_section(part, number, am.new_heading or _named_title(am), "", 0, tag)
    if am.new_text:
        _replace(part, sec, am, avpart, tag)


def _named_title(am: Amendment) -> str:
    """The title an instruction gives an annex it adds without quoting it:
    "Intégration de l'annexe C5 fiches descriptives des nouvelles opérations,"."""
    if am.target_kind != "annexe":
        return ""
    m = re.search(rf"\bannexe\s+{re.escape(am.target)}\b\s*[–\-:]?\s*(?:«\s*)?(?P<title>[^«»]+?)\s*»?\s*[,.;]*\s*$",
                  am.raw or "", re.I)
    title = m.group("title").strip() if m else ""
    return title[:1].upper() + title[1:] if title else ""


def _new_section(part: Part, number: str, heading: str, text: str, page: int, tag: str) -> Section:
    ids = {s.id for s in part.sections}
    n = len(part.sections)
    while f"s{n}" in ids:
        n += 1
    parent_no = number.rsplit(".", 1)[0] if "." in number else None
    parent = next((s for s in part.sections if parent_no and norm_number(s.number) == parent_no), None)
    sec = Section(id=f"s{n}", number=number, heading=heading, level=number.count(".") + 1,
                  page=page, parent=parent.id if parent else None, text=text, last_amended_by=tag)
    # Document order: after the last section whose number sorts before it.
    pos = len(part.sections)
    k = natural_key(number)
    def titre(s: Section) -> bool:
        """A titre "IV" (its number sorts apart from the articles'): never a landmark."""
        sk = natural_key(s.number)
        return bool(sk and k and sk[0][0] != k[0][0]) and not is_annex(s)

    for i, s in enumerate(part.sections):
        if titre(s):
            continue
        if natural_key(s.number) > k and (s.level <= sec.level or not norm_number(s.number).startswith(number)):
            pos = i
            break
    while 0 < pos < len(part.sections) and titre(part.sections[pos - 1]):
        pos -= 1              # before the titre heading that opens the next article's titre
    part.sections.insert(pos, sec)
    return sec


_FACT_LISTS = ("amounts", "quantities", "operations", "dates", "entities", "tables")


def _drop_facts(part: Part, numbers: set[str]) -> None:
    """Facts read from a text that the avenant replaced no longer hold."""
    nums = {norm_number(n) for n in numbers}
    for name in _FACT_LISTS:
        setattr(part, name, [f for f in getattr(part, name)
                             if f.section is None or norm_number(f.section) not in nums])


def _bring_facts(part: Part, avpart: Part, am: Amendment, touched: set[str],
                 quiet: Optional[dict[tuple, set[str]]] = None) -> None:
    """Facts of the avenant that belong to this instruction's new text: read in
    sub-sections numbered under the target, in the tables of the avenant
    section holding the instruction, or (prose facts) found in the new text
    itself. An avenant section often holds several instructions, and an
    instruction with no heading of its own is filed by the parse under the
    section before it: a prose fact anywhere in the instruction's pages
    belongs to it when its words are in the new text."""
    target = norm_number(am.target)
    nums = {norm_number(n) for n in touched}
    home = norm_number(am.section or "")
    new_key = key(am.new_text or "")
    first, last = _span(avpart, am)
    # A section of the avenant may hold several instructions (8.1 then 8.2): a table belongs to
    # the one it follows, within that instruction's pages. In-place edits carry their own rows.
    tables = [t for t in avpart.tables if home and norm_number(t.section or "") == home
              and (not t.pages or first <= t.pages[0] <= last) and not _edits_in(avpart, home)]
    table_ids = {t.id for t in tables}
    rows_key = key("\n".join(" ".join(c for c in r if c) for t in tables for r in t.rows))
    table_pages = {pg for t in tables for pg in range(t.pages[0], t.pages[-1] + 1)} if tables else set()

    # a table an instruction announces, printed under the heading of the article the avenant
    # inserts, is that instruction's, not the new article's
    announced = {id(t) for t in legis_blocks.announced_anywhere(part, avpart)} if has_edits(avpart) else set()

    quiet = quiet or {}
    quiet_tables = [(t, quiet[_header_key(t)]) for t in avpart.tables if t.header and _header_key(t) in quiet]
    reprints = _reprinted_quiet(avpart, quiet)

    def restated(op) -> bool:
        row = key((op.text or "").split(" | ")[0])
        return any(_in_table(op, t) and row in rows for t, rows in quiet_tables) or \
            any(_in_table(op, t) and row in rows and _holds_label(row, labels) for t, rows, labels in reprints)

    def belongs(f, name: str) -> bool:
        if name == "operations" and restated(f):
            return False
        fsec = norm_number(f.section or "")
        if announced and (id(f) in announced or getattr(f, "table", None) in
                          {t.id for t in avpart.tables if id(t) in announced}):
            return False
        if fsec in nums and fsec != home:
            return True                            # sub-section carried by the new text
        if name == "tables":
            return f.id in table_ids
        if getattr(f, "table", None):
            return f.table in table_ids
        if fsec == home and f.page in table_pages and name == "operations":
            return True                            # a row of the instruction's table
        if not new_key:
            return False
        # The parse keeps one record per site, read where it is first named (often
        # the "Objet" list, outside every instruction): an operation whose site the
        # new text names belongs to it, wherever it was read.
        if name == "operations" and len(key(f.name)) > 5 and key(f.name) in new_key and \
                not any(_in_table(f, t) for t in avpart.tables):
            return True                            # (a table's row belongs to its own section's instruction)
        if name == "operations" and _restates(f, new_key, rows_key):
            return True
        # In the instruction's pages, but not in an earlier section of the avenant (its "Objet"
        # list on the same page names the same figures).
        in_span = fsec == home or (first <= (f.page or 0) <= last and
                                   (not fsec or not home or natural_key(fsec) >= natural_key(home)))
        return in_span and key(getattr(f, "text", "") or "") in new_key

    # Ids of two documents may coincide: a table the avenant brings takes no id the part still
    # gives another table (the diff pairs tables, and the figures of their cells, by id).
    fresh = fresh_table_ids(part_table_ids(part), [t for t in avpart.tables if belongs(t, "tables")])
    for name in _FACT_LISTS:
        bucket = getattr(part, name)
        for f in getattr(avpart, name):
            if not belongs(f, name):
                continue
            g = with_table_ids(copy.deepcopy(f), fresh, name == "tables")
            fsec = norm_number(f.section or "")
            g.section = f.section if (fsec in nums and fsec != home) else target
            bucket.append(g)


def _edits_in(avpart: Part, home: str) -> bool:
    """Does the avenant's section ``home`` hold in-place edits (whose tables are theirs: a line added,
    an operation's situation table)? An avenant may replace some articles whole, each in a section of
    its own, and edit another in place: the tables of a whole replacement still come with it."""
    return has_edits(avpart) and any(a.edit is not None and a.edit.op not in WHOLE_TABLE
                                     and norm_number(a.section or "") == home for a in avpart.amendments)


def _restates(op, new_key: str, rows_key: str) -> bool:
    """An operation the parse filed where the avenant first names it (its "Objet" list:
    "démolition de l'immeuble Curie (176 logements) à Hautmont-les-Mines") whose words the
    instruction's new text or one of its table's rows prints again: the instruction
    programmes it (one record per site, so the new text's own mention is that record)."""
    said = key((op.text or "").split(" | ")[0] if " | " in (op.text or "") else op.text or "")
    # What names the operation ("démolition de l'immeuble Curie (176 logements)"), not where
    # the sentence places it: a table prints the commune in a cell of its own.
    said = re.split(r"\s(?:à|a|au|aux|sur)\s|[,;]", said)[0].strip(" ,;.:")
    if len(said.split()) < diff_settings().operation_words:
        return False
    return said in new_key or said in rows_key


def _span(avpart: Part, am: Amendment) -> tuple[int, int]:
    """Pages from this instruction to the next one (the last: to the part's end)."""
    later = False
    for other in avpart.amendments:
        if other is am:
            later = True
        elif later and (other.page or 0) >= (am.page or 0):
            return am.page or 0, other.page or 0
    return am.page or 0, avpart.pages[-1] if avpart.pages else (am.page or 0)
