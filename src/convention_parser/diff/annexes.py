"""The annexes of a convention, as records an avenant can target.

A convention lists its annexes at its end ("ANNEXES" / "Liste des annexes",
one line each: "A8 – Plan guide du projet urbain", "C4 – Tableau financier
identique à l'annexe C2"); only some are printed as sections of their own.
The list is what says which annexes the convention has: an avenant may
repeal or update an annex the PDF never prints, and a consolidated version
says "(abrogée par l'avenant n°01)" on the annex's line. Read from the
parse's records (section texts, annex sections, the consolidation's log),
never from the PDF.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..records import Change, Evidence, Part, Table
from .normalize import fold
from .sections import is_annex, norm_number
from .settings import diff_settings

# Titles of the list (folded words); the block rule of articles.split_blocks.
LIST_TITLES = ["annexes", "liste des annexes", "les annexes"]
# One line of the list: "A8 – Plan guide …", "Annexe 3 : Charte …", "C4 Tableau …".
# A bare number needs its separator ("2 logements sont …" is not an annex).
_ENTRY = re.compile(r"^\s*(?:annexe\s+(?P<named>[A-Z]?\d{1,2})\s*[–\-:.]?\s*|(?P<code>[A-Z]\d{1,2})\s*[–\-:.]?\s*"
                    r"|(?P<num>\d{1,2})\s*[–\-:.]\s*)(?P<title>\S.*)$", re.I)
# A group of the list ("A – Présentation du projet"): neither an annex nor the list's end.
_GROUP = re.compile(r"^\s*[A-Z]\s*[–\-:.]\s+\S")
# "(abrogée par l'avenant n°01)", "– supprimée par l'avenant n° 1" at the end of a title.
_REPEALED = re.compile(r"\s*(?:\(\s*(?:abrog|supprim)\w*[^()]*\)|[,–\-]?\s*\b(?:abrog|supprim)\w*\s+par\s+l\W?\s*avenant\b.*)"
                       r"\s*\.?\s*$", re.I)
# The text of an annex kept as a heading: "Abrogée par l'avenant n°01." / "Supprimée …".
REPEALED_TEXT = re.compile(r"^\W*(?:annexe\s+\S+\s*)?(?:\(\s*)?(?:abrog|supprim)", re.I)
# An annex in force in a version an avenant gave it: "(modifiée par l'avenant n°1)" on its
# line of the list, "… dans sa version modifiée par l'avenant n°1" in its own text.
AMENDED_MARK = re.compile(r"\b(?:modifi|remplac|actualis|mis\w*\s+[àa]\s+jour)\w*\s+par\s+l\W?\s*avenant\b", re.I)
# The whole clause, to compare an annex's text apart from which version is in force.
_AMENDED_CLAUSE = re.compile(r"[,;]?\s*\(?\s*(?:dans\s+sa\s+version\s+)?(?:modifi|remplac|actualis|mis\w*\s+[àa]\s+jour)\w*"
                             r"\s+par\s+l\W?\s*avenant(?:\s*n\W{0,2}\s*\d+)?\s*\)?", re.I)


def without_amended_mark(text: str) -> str:
    """An annex's text without its "version modifiée par l'avenant n°1" mark
    (told by annex_changes from the annexes' ``replaced`` flags)."""
    return _AMENDED_CLAUSE.sub("", text or "")


# "(sans objet)": listed for the model's numbering, not an annex of this convention.
_SANS_OBJET = re.compile(r"\(\s*sans\s+objet\s*\)\s*\.?\s*$", re.I)


@dataclass
class Annex:
    number: str               # norm_number: "C4", "3"
    title: str
    repealed: bool = False
    replaced: bool = False    # this version holds the annex as an avenant replaced it
    section: Optional[str] = None  # the section whose text lists it, or the annex's own section
    page: Optional[int] = None


def _is_list_title(line: str) -> bool:
    bare = line.strip()
    return bool(bare) and len(bare) < 40 and fold(bare).strip(" :.") in LIST_TITLES


def listed(text: str) -> list[tuple[str, str]]:
    """(number, title) of each line of the annex lists in a text: the lines
    after a list title, up to the first line that is neither an annex, a
    group of annexes nor a wrapped title. A title wraps wherever the layout
    breaks it (its next line may start with any word), so the lines after an
    annex are its title's, up to ``wrapped_lines`` of them (settings.py)."""
    return [(number, title) for number, title, _, _ in _listed_lines(text)]


def _listed_lines(text: str) -> list[tuple[str, str, int, int]]:
    """listed's entries with the range of lines each takes (first, last), for rewriting them."""
    out: list[list] = []
    inside = False
    group = False         # the lines wrap a group's title, not an annex's
    wrapped = 0
    for i, line in enumerate((text or "").splitlines()):
        if _is_list_title(line):
            inside = True
            continue
        if not inside or not line.strip():
            continue
        m = _ENTRY.match(line)
        if m:
            number = m.group("named") or m.group("code") or m.group("num")
            out.append([norm_number(number), m.group("title").strip(), i, i])
            group, wrapped = False, 0
        elif _GROUP.match(line):
            group, wrapped = True, 0
        elif (out or group) and wrapped < diff_settings().wrapped_lines:
            if not group:
                out[-1][1] = f"{out[-1][1]} {line.strip()}"
                out[-1][3] = i
            wrapped += 1
        else:
            inside = False
    return [tuple(e) for e in out]


# The list written as one sentence of prose: a lead naming the annexes up to a colon ("Sont
# annexés à la présente convention :", "Les annexes suivantes sont jointes … :"), then the items:
# "l'annexe A1 (Plan de situation), …, et l'annexe C4 (…)." or "A1 – Plan de situation ; A2 – … .".
# The items run to the sentence's end, over the lines the parse cut it into.
_PROSE_LEAD = re.compile(r"(?:^|(?<=[.\n]))\s*(?P<lead>[^.:\n]{0,200}\bannex\w*\b[^.:\n]{0,200}):\s*(?P<items>[^\n]+"
                         r"(?:\n(?![^\n]*:\s*$)[^\n]+)*?)(?=\.\s*(?:\n|$)|\n\s*\n|$)", re.I)
_PROSE_NAMED = re.compile(r"\bl['’]\s?annexe\s+(?P<code>[A-Z]?\d{1,2})\s*\((?P<title>(?:[^()]|\([^()]*\))+)\)", re.I)
# (the dash after the code may be lost: a line opening on "– Tableau …" read as a list item's mark)
_PROSE_CODED = re.compile(r"^\s*(?:(?:et|l['’]\s?annexe)\s+)?(?P<code>[A-Z]\d{1,2})\s*(?:[–\-:]\s*|\s(?=[A-ZÀ-Þ]))"
                          r"(?P<title>\S.*?)\s*[.;,]?\s*$")


def prose_listed(text: str) -> list[tuple[str, str]]:
    """(number, title) of the annexes a sentence of prose lists after a lead naming them (two
    items at least: one annex named in passing is no list)."""
    out: list[tuple[str, str]] = []
    for m in _PROSE_LEAD.finditer(text or ""):
        items = " ".join(m.group("items").split())
        found = [(norm_number(x.group("code")), " ".join(x.group("title").split()))
                 for x in _PROSE_NAMED.finditer(items)]
        if len(found) < 2:
            found = []
            for piece in re.split(r"\s;\s", items.rstrip(" .")):
                x = _PROSE_CODED.match(piece)
                if x:
                    found.append((norm_number(x.group("code")), " ".join(x.group("title").split())))
        if len(found) >= 2:
            out += found
    return out


def prose_codes(text: str) -> set[str]:
    """The annex numbers a line of prose names as items ("l'annexe C2 (Tableau …) et l'annexe
    C5 (…)", "C2 – Tableau … ; C5 – …"), one item or more."""
    codes = {norm_number(x.group("code")) for x in _PROSE_NAMED.finditer(text or "")}
    for piece in re.split(r"\s;\s", (text or "").rstrip(" .")):
        x = _PROSE_CODED.match(piece)
        if x:
            codes.add(norm_number(x.group("code")))
    return codes


# The columns of an annex list printed as a table: "N° | Intitulé | Objet".
_CODE_HEADS = {"n", "no", "n°", "numero", "annexe", "code", "ref", "reference"}
_TITLE_HEADS = {"intitule", "titre", "designation", "libelle", "intitule de l annexe", "document"}
_CODE = re.compile(r"^\s*(?:annexe\s+)?(?P<code>[A-Z]?\d{1,2})\s*$", re.I)
# A code cell read together with the title beside it ("A1 Plan de situation des quartiers",
# "Annexe 3 – Charte …"): a letter code, or a number after "annexe".
_CODE_LEAD = re.compile(r"^\s*(?:annexe\s+(?P<named>[A-Z]?\d{1,2})|(?P<code>[A-Z]\d{1,2}))\s*[–\-:.]?\s+(?P<title>\S.*)$")


def is_annex_list(t: Table) -> bool:
    """A table titled as an annex list ("Liste des annexes") or headed by a code column and a
    title column ("N° | Intitulé | Objet"): its rows are annexes, told by annex changes."""
    head = [fold(c).strip(" :.") for c in (t.header[-1] if t.header else [])]
    titled = fold(t.title or "").strip(" :.") in LIST_TITLES
    headed = len(head) >= 2 and head[0] in _CODE_HEADS and head[1] in _TITLE_HEADS
    return (titled or headed) and t.n_cols >= 2


def table_listed(part: Part) -> list[tuple[str, str, str, Optional[int]]]:
    """(number, title, the rest of the row, page) of each row of an annex list printed as a
    table (is_annex_list) whose rows open with an annex code."""
    out = []
    for t in part.tables:
        if not is_annex_list(t):
            continue
        for i, row in enumerate(t.rows):
            m = _CODE.match(row[0] or "")
            if m and row[1].strip():
                code, title, rest = m.group("code"), row[1], row[2:]
            else:
                # The narrow code column merged with the title column by the table reader.
                lead = _CODE_LEAD.match(row[0] or "")
                if lead is None:
                    continue
                code, title = lead.group("named") or lead.group("code"), lead.group("title")
                rest = [c for c in row[1:] if c != row[0]]     # a row spread over the columns
            out.append((norm_number(code), " ".join(title.split()), " ".join(" ".join(rest).split()),
                        t.page_of_row(i)))
    return out


def annexes(part: Part) -> dict[str, Annex]:
    """The part's annexes by number: its list(s) (lines of a text, or the rows of a table),
    its annex sections, and the repeals its consolidation recorded."""
    found: dict[str, Annex] = {}
    texts = [(None, None, part.preamble)] + [(s.number, s.page, s.text) for s in part.sections]
    for where, page, text in texts:
        entries = listed(text)
        known = {n for n, _ in entries}
        entries += [(n, t) for n, t in prose_listed(text) if n not in known]
        for number, title in entries:
            if _SANS_OBJET.search(title):
                continue
            repealed = bool(_REPEALED.search(title))
            if repealed:
                title = _REPEALED.sub("", title).strip()
            replaced = bool(AMENDED_MARK.search(title))
            found[number] = Annex(number, title, repealed, replaced, where, page)
    for number, title, rest, page in table_listed(part):
        if _SANS_OBJET.search(title) or number in found:
            continue
        marks = f"{title} {rest}"
        repealed = bool(_REPEALED.search(marks)) or bool(REPEALED_TEXT.match(rest))
        title = _REPEALED.sub("", title).strip()
        found[number] = Annex(number, title, repealed, bool(AMENDED_MARK.search(marks)), None, page)
    for s in part.sections:
        if not is_annex(s) or not norm_number(s.number):
            continue
        number = norm_number(s.number)
        repealed = bool(REPEALED_TEXT.match(s.text or ""))
        replaced = bool(AMENDED_MARK.search(s.text or ""))
        known = found.get(number)
        if known is None:
            found[number] = Annex(number, s.heading, repealed, replaced, s.number, s.page)
        else:
            known.repealed = known.repealed or repealed
            known.replaced = known.replaced or replaced
    meta = part.metadata if isinstance(part.metadata, dict) else {}
    for r in meta.get("repealed") or []:
        if r.get("annex"):
            number = norm_number(r.get("number", ""))
            found.setdefault(number, Annex(number, r.get("heading", ""))).repealed = True
    for r in meta.get("replaced") or []:
        number = norm_number(r.get("number", ""))
        found.setdefault(number, Annex(number, r.get("heading", ""))).replaced = True
    return found


def listed_annex(part: Part, target: str) -> Optional[Annex]:
    """The annex ``target`` names, when the part has it in force."""
    a = annexes(part).get(norm_number(target))
    return a if a is not None and not a.repealed else None


def annex_changes(po: Part, pn: Part, told: list[Change]) -> list[Change]:
    """Annexes gone from the list (or marked repealed there), annexes new
    to it and annexes an avenant replaced (annex_modified), unless a change of that annex is already told (its section).
    Nothing when one version has no annex at all: a missing list is a parse
    gap, not the repeal of every annex."""
    ao, an = annexes(po), annexes(pn)
    if not ao or not an:
        return []
    done = {norm_number(c.target) for c in told if c.type.startswith("annex_")}
    out: list[Change] = []
    for number, a in ao.items():
        b = an.get(number)
        if a.repealed or number in done or (b is not None and not b.repealed):
            continue
        out.append(Change(type="annex_repealed", target=number,
                          before={"number": number, "heading": a.title},
                          after={"number": number, "heading": b.title, "repealed": True} if b else None,
                          summary=f"Abrogation : annexe {number}" + (f" « {a.title} »" if a.title else ""),
                          evidence=Evidence(a.page, a.section, b.page if b else None, b.section if b else None)))
    for number, b in an.items():
        a = ao.get(number)
        if a is not None and not a.repealed and not b.repealed and b.replaced and not a.replaced \
                and number not in done:
            out.append(Change(type="annex_modified", target=number,
                              before={"number": number, "heading": a.title},
                              after={"number": number, "heading": b.title, "replaced": True},
                              summary=f"Modification : annexe {number}" + (f" « {a.title} »" if a.title else "")
                                      + " (remplacée par avenant)",
                              evidence=Evidence(a.page, a.section, b.page, b.section)))
            continue
        if b.repealed or number in done or (a is not None and not a.repealed):
            continue
        out.append(Change(type="annex_added", target=number, after={"number": number, "heading": b.title},
                          summary=f"Ajout : annexe {number}" + (f" « {b.title} »" if b.title else ""),
                          evidence=Evidence(None, None, b.page, b.section)))
    return out


def amended_note(tag: str) -> str:
    """The clause an annex's entry in the list takes once an avenant replaced it (AMENDED_MARK
    reads it back): ", dans sa version modifiée par l'avenant n°1"."""
    by = f"l'{tag}" if fold(tag).startswith("avenant") else "l'avenant"
    return f", dans sa version modifiée par {by}"


def rewrite_list(part: Part, number: str, *, drop: bool = False, title: Optional[str] = None,
                 note: str = "") -> bool:
    """The part's annex list as an avenant leaves it, wherever the part prints it (lines after a
    list title, one sentence of prose, the rows of a table): the annex ``number`` gone from it
    (``drop``, a repeal), or its entry given ``title`` (when not None) and ``note`` (a
    replacement's clause, amended_note), entered after the list's last entry in the list's own
    form when the list does not hold it yet (an annex added). Whether a list was rewritten."""
    number = norm_number(number)
    change = _Rewrite(number, drop, title, note)
    holders = [("preamble", None)] + [("section", s) for s in part.sections]
    # the annex's entries first; a new one goes to the first list found
    for adding in (False, True):
        if adding and (drop or title is None):
            return False
        for kind, s in holders:
            text = part.preamble if kind == "preamble" else s.text
            new = change.text(text or "", adding)
            if new is not None:
                if kind == "preamble":
                    part.preamble = new
                else:
                    s.text = new
                return True
        for t in part.tables:
            if is_annex_list(t) and change.table(t, adding):
                return True
    return False


@dataclass
class _Rewrite:
    number: str
    drop: bool
    title: Optional[str]
    note: str

    def entry_title(self, old: str) -> str:
        base = self.title if self.title is not None else old
        return base if not self.note or AMENDED_MARK.search(base) else f"{base}{self.note}"

    def text(self, text: str, adding: bool) -> Optional[str]:
        """The text rewritten, None when it holds no list to rewrite (or, not ``adding``, no entry
        of the annex)."""
        lines = text.splitlines()
        end = "\n" if text.endswith("\n") else ""
        entries = _listed_lines(text)
        hits = [e for e in entries if e[0] == self.number]
        if hits and not adding:
            for number, old, first, last in reversed(hits):
                if self.drop:
                    del lines[first:last + 1]
                else:
                    m = _ENTRY.match(lines[first])
                    lines[first:last + 1] = [lines[first][:m.start("title")] + self.entry_title(old)]
            return "\n".join(lines) + end
        if entries and adding:
            last = entries[-1]
            m = _ENTRY.match(lines[last[2]])
            code = "named" if m.group("named") else "code" if m.group("code") else "num"
            head = lines[last[2]][:m.start("title")]
            head = head[:m.start(code)] + self.number + head[m.end(code):]
            lines.insert(last[3] + 1, head + self.entry_title(""))
            return "\n".join(lines) + end
        for m in _PROSE_LEAD.finditer(text):
            items = " ".join(m.group("items").split())
            named = [(norm_number(x.group("code")), " ".join(x.group("title").split()))
                     for x in _PROSE_NAMED.finditer(items)]
            found = named if len(named) >= 2 else []
            if not found:
                for piece in re.split(r"\s;\s", items.rstrip(" .")):
                    x = _PROSE_CODED.match(piece)
                    if x:
                        found.append((norm_number(x.group("code")), " ".join(x.group("title").split())))
            if len(found) < 2 or (not adding and self.number not in {n for n, _ in found}):
                continue
            if adding:
                found.append((self.number, self.entry_title("")))
            elif self.drop:
                found = [(n, t) for n, t in found if n != self.number]
            else:
                found = [(n, self.entry_title(t) if n == self.number else t) for n, t in found]
            if named:
                said = [f"l'annexe {n} ({t})" for n, t in found]
                body = ", ".join(said[:-1]) + (" et " if len(said) > 1 else "") + said[-1]
            else:
                body = " ; ".join(f"{n} – {t}" for n, t in found)
            tail = re.search(r"[\s.;]*$", m.group("items")).group()     # the sentence's full stop
            return text[:m.start("items")] + body + tail + text[m.end("items"):]
        return None

    def table(self, t: Table, adding: bool) -> bool:
        """The rows of an annex list printed as a table rewritten (is_annex_list)."""
        if adding:
            if not t.rows:
                return False
            row = [self.number, self.entry_title("")] + [""] * max(0, t.n_cols - 2)
            t.rows.append(row[:max(t.n_cols, 2)])
            if t.row_pages:
                t.row_pages.append(t.row_pages[-1])
            t.n_rows = len(t.rows)
            return True
        hit = False
        for i in reversed(range(len(t.rows))):
            row = t.rows[i]
            m = _CODE.match(row[0] or "")
            lead = None if m and len(row) > 1 and row[1].strip() else _CODE_LEAD.match(row[0] or "")
            code = m.group("code") if lead is None and m else (lead.group("named") or lead.group("code")) if lead else None
            if code is None or norm_number(code) != self.number:
                continue
            hit = True
            if self.drop:
                del t.rows[i]
                if i < len(t.row_pages):
                    del t.row_pages[i]
            elif lead is None:
                row[1] = self.entry_title(" ".join(row[1].split()))
            else:
                row[0] = row[0][:lead.start("title")] + self.entry_title(lead.group("title"))
        t.n_rows = len(t.rows)
        return hit
