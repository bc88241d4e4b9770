"""Deliberation metadata: session, attendance, subject and vote (CONTRACT.md).

Everything is driven by the family's ``[deliberation]`` table. The session header
is read from the positions of its words (attendance.py): a label
(``[deliberation.labels]``) opens a field whose value runs in its column, however
the header is typeset (running text, tab stops, hanging indents, a table).
Inline regexes read what a sentence says ("sous la présidence de Mme X",
"désigné M. Y comme secrétaire de séance", "25 Conseillers étaient présents").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, NamedTuple, Optional

from ..records import DeliberationMetadata, Excused, Vote
from .attendance import (Field, Header, Labels, Piece, build_rows, ends_open, field_entries, group_row_label, heads_group,
                         read_header, without_group_row)
from .dates import DATE_START, date_at, formula_dates, timed_dates
from .family import FLAGS, Family
from .lines import BodyLine
from .names import dotted_initials, holds_name, member_named, person, split_list, split_names
from .offices import office_tail_off, without_office
from ..french.text import fold
from ..french.words import NAME_LINKS
from .noisy import join_number_breaks, mend_number, tolerant
from .settings import structure_settings
from .list_columns import read_list_columns
from .name_grid import NameGrid, read_name_grids
from .vote_counts import counts_in_figures
from .vote_scopes import scoped_vote
from .movements import without_movement_tables
from .roll_call import RollCall, read_roll_call
from .state_columns import read_state_columns
from .wrapped_names import continued_name
from .run_in_labels import names_chair, split_run_in, without_group_labels

# Field kinds a label may open (keys of [deliberation.labels]).
FIELDS = ("president", "secretary", "present", "excused", "proxies", "represented", "absent", "not_voting")
_EXCUSED_KINDS = ("excused", "proxies", "represented")


def _first(patterns: list[str], text: str) -> Optional[str]:
    for p in patterns:
        m = re.search(p, text, FLAGS)
        if m:
            return re.sub(r"\s+", " ", m.group("value")).strip(" .,;:")
    return None


def labels_of(cfg: dict[str, Any]) -> Labels:
    return Labels.from_config({k: v for k, v in (cfg.get("labels") or {}).items() if k in FIELDS})


def entry_test(cfg: dict[str, Any]):
    """attendance.EntryTest for the family: is the text one entry of a list of this kind? A
    person ("Madame Anne MARTIN"); in lists of the excused, a person with the holder of their
    proxy ("X (pouvoir à Y)", "X donne procuration à Y"); in a "Pouvoirs :" list, only the
    latter ("X à Y"): a bare name under it is no proxy (excused_without_proxy says what it is)."""
    def is_entry(text: str, kind: str) -> bool:
        if kind == "present" and group_row_label(text):
            # "Commune de Lens : A, B (suppléant de C)": a group's row, every entry a person
            # (its last entry may wrap onto the next row: "…, Mme" / "Sophie LE GALL")
            names = without_office(split_list(substitutes(without_group_row(text),
                                                          cfg.get("substitute"))[0]))
            return bool(names) and person(names[0]) is not None \
                and all(person(n) for n in names[1:-1])
        if kind == "present":                           # "M. Z (suppléant de M. W)" is one
            text = substitutes(text, cfg.get("substitute"))[0]
        # (a remark in brackets the row's end cut: "M. X (jusqu'au point 5, puis pouvoir à Mme")
        text = re.sub(r"\s*\([^()]*$", "", text)
        # "M. X, 1er adjoint", "Mme Y – Conseillère déléguée à la jeunesse et aux sports": one entry
        entries = without_office(split_list(office_tail_off(text)))
        if len(entries) != 1:
            return False
        if kind not in _EXCUSED_KINDS:
            return person(entries[0]) is not None
        found = read_excused(entries[0], cfg, bare=True)
        return len(found) == 1 and (kind != "proxies" or found[0].proxy_to is not None)
    return is_entry


def _names_under(f: Field, text: str, head: Header) -> bool:
    """Names set right under a list without a label of their own: not a running line over a
    page break, not a line after a list set as a table (a "Pouvoirs" table), not a title in
    bold under a list in the body type ("ORDRE DU JOUR" reads like a name in capitals)."""
    if text in head.running or (f.pieces and all(p.in_table for p in f.pieces)):
        return False
    if text in head.bold and not (f.pieces and f.pieces[-1].bold):
        return False
    return _is_name_list(text)


def _is_name_list(text: str) -> bool:
    """Names alone, each with a civility or a word in lower case (a given name): a title in
    capitals ("MISE À JOUR DU RÉGIME INDEMNITAIRE (RIFSEEP)") reads as a name, but names none."""
    entries = split_list(text)
    return bool(entries) and len(text) < 300 and all(person(e) and (_CIVILITY.match(e) or re.search(r"[a-zà-ÿ]", e))
                                                     for e in entries)


# --------------------------------------------------------------------------
# Attendance

def _people(f: Field) -> list[str]:
    return [n for e in field_entries(f) for n in (person(x) for x in split_list(e)) if n]


def _count(f: Field) -> Optional[int]:
    """A head count: in the label ("Présents (19) :"), as the whole value ("Présents : 23"),
    or in brackets after the list ("…, Ronan TANGUY (16).")."""
    if f.count is not None:
        return f.count
    text = f.text.strip(" .")
    m = re.fullmatch(r"(\d{1,3})(?:\s+(?:membres?|conseill[eè]re?s?|[ée]lu[e]?s?|personnes?))?", text, FLAGS)
    if m:
        return int(m.group(1))
    m = re.search(r"\((\d{1,3})\)$", text)
    return int(m.group(1)) if m else None


def read_excused(text: str, cfg: dict[str, Any], bare: bool = False) -> list[Excused]:
    """Entries of an excused / proxies list: 'A qui a donné pouvoir à B', 'A (pouvoir à B)',
    'A donne procuration à B', 'A représenté par B'; with ``bare`` also 'A à B' (the form
    of "Pouvoirs :" lists) when both sides are names. An entry without a proxy holder is
    excused without proxy."""
    rules = [(re.compile(p, FLAGS), False) for p in _as_list(cfg.get("proxy"))]
    if bare and cfg.get("proxy_bare"):
        rules.append((re.compile(cfg["proxy_bare"], FLAGS), True))
    out: list[Excused] = []
    # (an office or quality after a comma is no member: "… à Mme Y, déléguée de Lens")
    for entry in without_office(split_list(text)):
        for rx, is_bare in rules:
            m = rx.search(entry)
            if m:
                giver, holder = person(m.group("giver")), person(m.group("holder"))
                # "X à Y" says nothing but the names: both sides must be people.
                if giver and (holder or not is_bare):
                    out.append(Excused(giver, holder))
                    break
        else:
            name = person(entry)
            if name:
                out.append(Excused(name))
    return out


def _as_list(v: Any) -> list[str]:
    return [v] if isinstance(v, str) else list(v or [])


_CIVILITY = re.compile(r"^(?:madame|monsieur|mme|mlle|m\.|mm\.|mmes|mr)\s", re.IGNORECASE)


def substitutes(text: str, rule: Optional[str]) -> tuple[str, list[str]]:
    """A suppléant sitting for a titulaire ("M. Z, suppléant de M. W", "Mme Z (suppléante de
    M. W)"): the text without the mention, and the titulaires named (excused: their suppléant
    sits and votes in their place, no proxy)."""
    if not rule:
        return text, []
    titulaires: list[str] = []

    def cut(m: re.Match) -> str:
        if (name := person(m.group("titulaire"))):
            titulaires.append(name)
        return ""
    return re.sub(rule, cut, text, flags=FLAGS), titulaires


# A row ending on a link word or an article: the label of the next row began on it.
_LABEL_CUT = re.compile(r"\b(?:et|les|des|du|de|aux|au)\s*$", re.IGNORECASE)


def _present(f: Field, cfg: dict[str, Any]) -> tuple[list[str], bool, list[Excused], list[str]]:
    """A present list's people, its groups' labels left out ("Mmes et MM. les Adjoints :", a
    row's "Commune de Liévin :", a group's heading on a row of its own), whether it names the
    chair by title only ("M. le Maire"), the excused (the titulaires its suppléants sit for,
    members stated excused or represented in brackets: "Mme X (excusée)", "M. Y (pouvoir à
    Mme Z)") and the members stated absent ("M. W (absent)"): a list of every member, each
    with the state of the session in brackets."""
    names, chair, titulaires, excused, away = [], False, [], [], []
    # A group label opening a row separates the group's members from the row above, unless
    # that row ends inside the label ("…, Mmes et MM. les" / "membres du Bureau : X").
    pieces = [replace(p, text=(", " + without_group_row(p.text))
                      if group_row_label(p.text) and not (k and _LABEL_CUT.search(f.pieces[k - 1].text))
                      else "," if p.heading and heads_group(f.pieces[:k]) else p.text)
              for k, p in enumerate(f.pieces)]
    # A row of a group, ruled or not: its label in the first cell beside the list of its members
    # ("Vaulx-en-Velin | M. Julien KACI, Mme …"): the label cell only separates the groups.
    for k, (p, nxt) in enumerate(zip(pieces, pieces[1:])):
        if p.in_table == nxt.in_table and p.x1 < nxt.x0 and not re.search(r"[,;]", p.text) \
                and not _CIVILITY.match(p.text) and _CIVILITY.match(nxt.text) \
                and not (p.right and nxt.right):    # (a list read down its columns: one column's end)
            pieces[k] = replace(p, text=",")
    # A group's cell (a commune beside its members, its name maybe wrapped in the cell) only
    # separates the groups; a line of it beside a list going on mid-entry ("…, Mme" / "Rouvray" |
    # "Patricia DE SOUSA") separates nothing; nor does its name's rest under the group's cell
    # of the row right above ("Bruay-la-" / "Buissière" beside "…, M. TESSIER" / "Christophe, …").
    kept = []
    for k, p in enumerate(pieces):
        if p.group:
            if kept and ends_open(kept[-1].text) or k >= 2 and _wrapped_group(pieces[k - 2:k + 2]):
                continue
            p = replace(p, text=",")
        kept.append(p)
    rows = replace(f, pieces=kept)
    for entry in field_entries(rows):
        entry, absent = substitutes(entry, cfg.get("substitute"))
        titulaires += absent
        # (a member's office or quality after a comma is no member: "X, représentante de la CAF")
        for x in without_office(split_list(without_group_labels(entry, cfg.get("group_label")))):
            state = _bracket_state(x, cfg)
            if state is not None:
                (away if state == "absent" else excused).append(state if state != "absent" else person(x))
            elif names_chair(x, cfg.get("chair_title")):
                chair = True
            elif (n := person(x)):
                names.append(n)
    return names, chair, [Excused(n) for n in titulaires] + excused, [a for a in away if a]


def _wrapped_group(run: list[Piece]) -> bool:
    """run: a group's cell and its members' row, then a group's cell and the row beside it:
    the second cell is the rest of the first's name wrapped in the cell (right under it, at its
    margin) when the members' list goes on mid-entry beside it ("…, M. TESSIER" / "Christophe,
    …"), not when a new list opens on a civility under a list ended ("… BIHAN Nadia" / "Corte"
    | "M. LEBRUN Benoît, …")."""
    if len(run) < 3:
        return False
    above, members, piece = run[:3]
    beside = run[3] if len(run) > 3 else None
    if not (above.group and not members.group and above.page == piece.page
            and abs(above.x0 - piece.x0) <= piece.height and 0 < piece.top - above.top <= 2.5 * piece.height):
        return False
    if beside is None or beside.group or beside.page != piece.page or abs(beside.top - piece.top) > piece.height / 2:
        return True                 # the name's rest alone on its row ("Châlons-en-" / "Champagne")
    return ends_open(members.text) or not _CIVILITY.match(beside.text)


def _bracket_state(entry: str, cfg: dict[str, Any]) -> Optional[Excused | str]:
    """The state a present list's entry gives its member in brackets: "absent", an Excused
    (with the holder of the proxy: "(pouvoir à Mme Z)", "(représentée par M. Y)"), or None
    (present; "(à partir du point 3)" is a movement, read by movements.py)."""
    if "(" not in entry:
        return None
    if cfg.get("state_absent") and re.search(cfg["state_absent"], entry, FLAGS):
        return "absent"
    name = person(entry)
    if name is None:
        return None
    if cfg.get("state_excused") and re.search(cfg["state_excused"], entry, FLAGS):
        return Excused(name)
    found = read_excused(entry, cfg)
    if len(found) == 1 and found[0].proxy_to:
        return found[0]
    return None


def _attendance(md: DeliberationMetadata, head: Header, cfg: dict[str, Any]) -> bool:
    """Read the header's fields into md; True when the present list names the chair by title."""
    plain_after: list[str] = []     # unlabelled names right under the excused list
    chair_listed = False
    seen: set[str] = set()
    for k, (kind, item) in enumerate(head.order):
        if kind != "field":
            continue
        f: Field = item  # type: ignore[assignment]
        seen.add(f.kind)
        if f.kind in ("president", "secretary"):
            names = _people(f)
            if names and getattr(md, f.kind) is None:
                setattr(md, f.kind, names[0])
        elif f.kind == "present":
            names, chair, stated, away = _present(f, cfg)
            md.present.extend(names)
            md.excused.extend(stated)
            md.absent.extend(away)
            chair_listed = chair_listed or chair
            count = _count(f)
            if count is not None and md.present_count is None:
                md.present_count = count
        elif f.kind in _EXCUSED_KINDS:
            for entry in field_entries(f):
                found = read_excused(entry, cfg, bare=True)
                if f.kind == "represented":
                    found = [e if e.proxy_to else Excused(e.name) for e in found]
                md.excused.extend(found)
            count = _count(f)
            if count is not None and md.excused_count is None:
                md.excused_count = count
            nxt = head.order[k + 1] if k + 1 < len(head.order) else None
            if nxt is not None and nxt[0] == "text" and _names_under(f, nxt[1], head):  # type: ignore[arg-type]
                if f.kind == "represented" and not f.pieces:
                    # "Administrateurs représentés :" alone, its givers on the line under it
                    md.excused.extend(Excused(n) for n in split_names(nxt[1]))  # type: ignore[arg-type]
                else:
                    plain_after.extend(split_names(nxt[1]))  # type: ignore[arg-type]
        elif f.kind == "absent":
            md.absent.extend(_people(f))
            count = _count(f)
            if count is not None and md.absent_count is None:
                md.absent_count = count
        elif f.kind == "not_voting":
            md.not_voting.extend(_people(f))
    if plain_after:
        # Names set under the proxies without a label of their own: read as the family says
        # ("absent" for board minutes that keep "Absents :" for nobody else), or excused.
        if cfg.get("excused_without_proxy", "excused") == "absent" and "absent" not in seen:
            md.absent.extend(plain_after)
        else:
            md.excused.extend(Excused(n) for n in plain_after)
    return chair_listed


def merged_excused(entries: list[Excused]) -> list[Excused]:
    """One entry per member: a member listed among the excused (or the represented) without a
    holder and again with one (in a "Pouvoirs" list or table printed apart) keeps the holder,
    at the first entry's place."""
    out: list[Excused] = []
    at: dict[tuple[str, ...], int] = {}
    for e in entries:
        key = tuple(sorted(fold(e.name, form="words").split()))
        k = at.get(key)
        if k is None:
            at[key] = len(out)
            out.append(e)
        elif out[k].proxy_to is None and e.proxy_to is not None:
            out[k] = e
    return out


def _grid_attendance(md: DeliberationMetadata, grid, cfg: dict[str, Any]) -> None:
    """A list label's names read off a grid (name_grid.py)."""
    if grid.kind == "present":
        md.present.extend(n for n in map(person, grid.entries) if n)
    elif grid.kind in _EXCUSED_KINDS:
        md.excused.extend(e for entry in grid.entries for e in read_excused(entry, cfg, bare=True))
    elif grid.kind == "absent":
        md.absent.extend(n for n in map(person, grid.entries) if n)


def _inline_attendance(md: DeliberationMetadata, text: str, cfg: dict[str, Any]) -> None:
    """What sentences of the header say, for the fields no label gave."""
    flat = re.sub(r"[ \t]+", " ", text)           # paragraphs stay apart: a name never spans two
    # OCR's "JT." for "J.T." would end the sentence a list is read from at the initials.
    flat = dotted_initials(flat)
    if md.president is None:
        md.president = _inline_person(cfg.get("president_inline", []), flat)
    if md.secretary is None:
        md.secretary = _inline_person(cfg.get("secretary_inline", []), flat)
    proxies = _first(cfg.get("proxies_inline", []), flat)
    if proxies and not md.excused:
        md.excused = [Excused(n) for n in split_names(proxies)]
    absent = _first(cfg.get("absent_inline", []), flat)
    if absent and not md.absent:
        md.absent = split_names(absent)
    count = _first(cfg.get("present_count", []), flat)
    if count and count.isdigit() and md.present_count is None:
        md.present_count = int(count)


def inline_president(text: str, cfg: dict[str, Any]) -> Optional[str]:
    """The chair a sentence of ``text`` names ("sous la présidence de Mme X, Maire")."""
    return _inline_person(cfg.get("president_inline", []), dotted_initials(re.sub(r"[ \t]+", " ", text)))


def _inline_person(patterns: list[str], text: str) -> Optional[str]:
    """The first match that names a person; a match that swallowed more than a name
    ("Mme X Absente : Mme Y a été désignée …") is tried again from its next word."""
    for p in patterns:
        rx = re.compile(p, FLAGS)
        pos = 0
        while True:
            m = rx.search(text, pos)
            if not m:
                break
            name = person(m.group("value"))
            # (OCR'd: "… de M. Antoine" / "MEUNIER, Maire." read as two paragraphs)
            name = continued_name(text, m.end("value"), m.group("value"), person) or name
            if name:
                return name
            nxt = text.find(" ", m.start("value") + 1)
            if nxt < 0:
                break
            pos = nxt + 1
    return None


def signature_president(lines: list[BodyLine], cfg: dict[str, Any], secretary: Optional[str] = None,
                        noisy: bool = False) -> Optional[str]:
    """The presiding officer named under their title in the signature block ("Le Maire" /
    "Dr. Xavier POLI", beside "Le Secrétaire de séance" / its own name): the person in the
    title's column on the rows just under it (the first row of the next page when a page break
    falls between them); the last such block wins.

    noisy (OCR'd text): a title printed under a stamp or a signature is often lost while
    the names below it are read. Then the last row of the block made of names only
    (beside a page number at most) names the signatories: the one who is not the
    secretary presided."""
    if not cfg.get("signature_role"):
        return None
    role = re.compile(cfg["signature_role"], FLAGS)
    loose = tolerant(cfg["signature_role"]) if noisy else None
    rows = build_rows(lines)
    found = None
    for k, row in enumerate(rows):
        for seg in row.segments:
            if not _is_role(seg.text, role, loose):
                continue
            for below in rows[k + 1:k + 5]:
                if below.page != row.page and (below.page != row.page + 1 or below is not rows[k + 1]):
                    break               # (a page break may fall between the title and the name under it)
                name = next((person(s.text) for s in below.segments
                             if s.x0 < seg.x1 and s.x1 > seg.x0 and person(s.text)
                             and not (noisy and _speck(person(s.text)))), None)
                if name:
                    found = name
                    break
    if found is None and noisy:
        found = _signatory(rows, secretary)
    return found


def _is_role(text: str, role: re.Pattern, loose: Optional[re.Pattern]) -> bool:
    """``text`` is the signatory's title. On OCR'd text (``loose``, the rule made
    tolerant) accents and marks may be off, and the first word of a longer title may be
    a pen stroke's garble ("Madgmf Le Maire" for "Madame Le Maire")."""
    text = text.strip(" ,.:;")
    if role.fullmatch(text):
        return True
    if loose is None:
        return False
    words = fold(text, lower=False, form="ocr").strip(" ,.:;").split()
    return bool(loose.fullmatch(" ".join(words))
                or (len(words) > 2 and loose.fullmatch(" ".join(words[1:]))))


def _speck(name: str) -> bool:
    """On OCR'd text, a "name" of a few letters under a title is a stamp's or a
    signature's ink read as letters ("KT"), not a person."""
    return sum(ch.isalpha() for ch in name) < structure_settings().signature_min_letters


def _signatory(rows, secretary: Optional[str]) -> Optional[str]:
    """The signatory other than the secretary on the last row of names only."""
    for row in reversed(rows):
        names = [person(s.text) for s in row.segments]
        if not any(names):
            continue
        if any(n is None and len(s.text.strip()) > structure_settings().signature_junk for n, s in zip(names, row.segments)):
            return None                       # prose or a title: no row of names at the end
        # OCR may glue a speck to a name ("dE Michelle LUCIANI" for "Mme Michelle LUCIANI"):
        # a name holding every word of the secretary's is the secretary's.
        others = [n for n in names if n and (secretary is None or not holds_name(n, secretary))]
        return others[0] if len(others) == 1 and (secretary or len(names) == 1) else None
    return None


# --------------------------------------------------------------------------
# Session date

def session_date(text: str, cfg: dict[str, Any]) -> Optional[str]:
    """The session's date: the first one a session word introduces ("Séance du …",
    "Conseil municipal du …") or the "L'an …, le …" formula gives, skipping dates the
    text cites ("lors de la séance du …", "le procès-verbal de la séance du …"); else
    a date opening a paragraph of the header (a title line, "Le 9 avril 2024, …")."""
    cited = re.compile(cfg["session_date_cited"], FLAGS) if cfg.get("session_date_cited") else None
    found: list[tuple[int, int, str]] = []
    for rank, p in enumerate(_as_list(cfg.get("session_date"))):
        for m in re.finditer(p + DATE_START, text, FLAGS):
            # What leads to the date says whether it is cited: the sentence before the session
            # word ("lors de la séance du …") or the words between ("Le Conseil, lors de sa
            # séance du …", "Séance …, convoquée le …").
            if cited is not None and cited.search(_sentence_before(text, m.start()) + m.group(0)):
                continue
            value = date_at(text, m.end())
            if value:
                found.append((m.start(), rank, value))
                break
    found += [(pos, -1, value) for pos, value in formula_dates(text)]
    # A date given its sitting's hour, unless the sentence cites it ("lors de la séance du
    # 3 mars 2023 à 18 heures").
    found += [(pos, -1, value) for pos, value in timed_dates(text)
              if cited is None or not cited.search(_sentence_before(text, pos) + text[pos:pos + 60])]
    if found:
        # The first date in the text; at one place, the first rule's (pattern order).
        return min(found)[2]
    for para in text.split("\n"):
        m = re.match(r"\s*(?:le\s+)?", para, FLAGS)
        value = date_at(para, m.end() if m else 0, reach=2)
        if value:
            return value
    return None


def _sentence_before(text: str, pos: int) -> str:
    start = max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos)) + 1
    return text[start:pos]


def read_vote(text: str, cfg: dict[str, Any], noisy: bool = False) -> Vote:
    """The vote, read with the rules as written; on OCR'd text (noisy) a field they miss is
    read again with the rules made tolerant of OCR noise (noisy.py). Clean text gets no
    second try: the rules are not loosened there. Of several votes printed (an amendment's, a
    vote taken again, votes by article), the deliberation's (vote_scopes.py)."""
    for p in _as_list(cfg.get("vote_skip")):
        text = re.sub(p, " ", text, flags=FLAGS)   # another vote's sentence (the secretary's election)
    text = counts_in_figures(text)                  # "cinq voix contre": the rules read figures
    return scoped_vote(text, cfg, lambda t: _read_one_vote(t, cfg, noisy))


def _read_one_vote(text: str, cfg: dict[str, Any], noisy: bool) -> Vote:
    vote = Vote()
    # A paragraph wraps anywhere: a phrase a rule writes with a space ("à l'unanimité", "à la
    # majorité") may stand on two lines ("… ci-dessus à" / "l'unanimité des suffrages …"). Each
    # rule reads the lines as printed (its line anchors hold there), then the text with its
    # line breaks read as spaces.
    forms = list(dict.fromkeys((text, wrapped_as_spaces(text))))
    for tolerant_pass in ((False, True) if noisy else (False,)):
        reads = [(t, fold(t, lower=False, form="ocr") if tolerant_pass else None) for t in forms]
        if vote.result is None:
            for rule in cfg.get("vote_result", []):
                if any(_search(rule["pattern"], t, folded) for t, folded in reads):
                    vote.result = rule["result"]
                    break
        for attr, key in (("for_", "vote_for"), ("against", "vote_against"), ("abstention", "vote_abstention")):
            if getattr(vote, attr) is None:
                val = next((v for t, folded in reads
                            if (v := _first_in(cfg.get(key, []), t, folded)) is not None), None)
                if val is not None and val.isdigit():
                    setattr(vote, attr, int(val))
                elif val is None and cfg.get(key + "_names"):
                    # "Abstention : M. Papin", "Contre : Mme A, M. B": the named voters count.
                    names = next((v for t, folded in reads
                                  if (v := _first_in(cfg[key + "_names"], t, folded))), None)
                    if names:
                        setattr(vote, attr, len(split_names(named_voters(names, cfg))))
    if vote.for_ is None and vote.against is None:
        _group_tally(vote, text, cfg)
    if vote.result in (None, "adopted") and vote.for_ and vote.against:
        # "adopte … par 14 voix pour, 3 voix contre", "Pour : 52 Contre : 7 … Le Conseil
        # adopte.": counts on both sides say more than the bare adoption.
        # A tie is decided by the chair's casting vote ("la voix du Président étant
        # prépondérante", CGCT L2121-20): adopted, unless a rule read a rejection.
        vote.result = "majority" if vote.for_ >= vote.against else "rejected"
    elif vote.result is None and vote.for_ and vote.against == 0:
        vote.result = "unanimity"       # counts alone ("Pour : 28 Contre : 0"): nobody against
    elif vote.result is None and vote.for_ and vote.against is None and vote.abstention is None \
            and not _OTHER_SIDES.search(text):
        vote.result = "unanimity"       # "Pour : 57" alone, no side against nor abstaining printed
    elif vote.result is None and vote.for_ and vote.against is None and vote.abstention is not None \
            and not _AGAINST.search(text):
        # "par 26 voix pour et 4 abstentions": the votes cast all for, nobody against printed
        # (the unanimity of the votes cast, as "Contre : 0" says it).
        vote.result = "unanimity"
    return vote


def wrapped_as_spaces(text: str) -> str:
    """The text with its line breaks (and the blanks around them) read as one space."""
    return re.sub(r"[ \t]*\n[ \t]*", " ", text)


def _group_tally(vote: Vote, text: str, cfg: dict[str, Any]) -> None:
    """A vote told group by group with each group's count ("Groupe A (24) : pour ; Groupe B (4) :
    contre"): each side is the sum of its groups' counts. Two groups at least: one group's count
    alone may be its size in a sentence of the debate."""
    sides: dict[str, int] = {}
    found = 0
    for p in _as_list(cfg.get("vote_group_tally")):
        for m in re.finditer(p, text, FLAGS):
            side = fold(m.group("side"), form="accents").lower()[:4]
            sides[side] = sides.get(side, 0) + int(m.group("count"))
            found += 1
    if found < 2:
        return
    vote.for_ = sides.get("pour", 0)
    vote.against = sides.get("cont", 0)
    vote.abstention = sides.get("abst")


# A vote's other sides, named at all (a count or a name may follow, read or not).
_OTHER_SIDES = re.compile(r"\bcontre\b|\babst|\bne\s+(?:prend|prennent|participe)", re.IGNORECASE)
_AGAINST = re.compile(r"\bcontre\b", re.IGNORECASE)


def named_voters(value: str, cfg: dict[str, Any]) -> str:
    """The names of a named-voters value, without what follows them when a paragraph joined
    their line to the next ones ("Contre : Mme A" / "S'est abstenu : M. B" / "La délibération
    est adoptée."): the value stops where one of the family's voters_end rules matches."""
    for p in _as_list(cfg.get("voters_end")):
        m = re.search(p, value, FLAGS)
        if m:
            value = value[:m.start()]
    return value


def _search(pattern: str, text: str, folded: Optional[str]) -> Optional[re.Match]:
    """The rule on the text as written, or (folded given) its tolerant form on the folded text."""
    return tolerant(pattern).search(folded) if folded is not None else re.search(pattern, text, FLAGS)


def _first_in(patterns: list[str], text: str, folded: Optional[str]) -> Optional[str]:
    for p in patterns:
        m = _search(p, text, folded)
        if m:
            return re.sub(r"\s+", " ", m.group("value")).strip(" .,;:")
    return None


class Opening(NamedTuple):
    """The opening block's attendance, as read from its rows (read_opening)."""
    roll: Optional[RollCall]
    grids: list[NameGrid]
    head: Header


def read_opening(fam: Family, header: list[BodyLine]) -> Opening:
    """Read the opening block's lines (table lines included) once: the minutes' items
    all share their document's opening block."""
    cfg = fam.section("deliberation")
    header = without_movement_tables(header, cfg)   # who came and went: read by movements.py
    # A roll-call table (a cross per member under Présent / Excusé / Absent) is read apart:
    # its heads are labels, its crosses no names.
    roll = read_roll_call(header, labels_of(cfg))
    if roll is not None:
        header = [bl for bl in header if bl.index not in roll.line_ids]
    # A table whose columns are the states ("Présents | Excusés | Absents" over the lists)
    columns = read_state_columns(header, labels_of(cfg))
    taken = {i for g in columns for i in g.line_ids}
    header = [bl for bl in header if bl.index not in taken]
    grids = columns + read_name_grids(header, labels_of(cfg))  # names in columns under their label
    taken = {i for g in grids for i in g.line_ids}
    header = [bl for bl in header if bl.index not in taken]
    head = read_header(header, labels_of(cfg), is_entry=entry_test(cfg))
    read_list_columns(head, entry_test(cfg))    # a list in CSS columns beside its label
    split_run_in(head, labels_of(cfg))      # "Étaient présents : A. Était absente : B."
    return Opening(roll, grids, head)


def read_metadata(fam: Family, header: list[BodyLine], body_text: str, vote_text: str,
                  subject: Optional[str] = None, number: Optional[str] = None,
                  noisy: bool = False, closing: Optional[list[BodyLine]] = None,
                  opening: Optional[Opening] = None, first_heading: str = "") -> DeliberationMetadata:
    """header: the lines of the opening block (table lines included); body_text: the whole
    part; vote_text: where the vote is; noisy: the part was read by OCR; closing: the last
    lines of the document (its signature block names the president the header only titles);
    opening: read_opening(fam, header), when the caller read it already; first_heading: the
    line of the part's first heading, where a decision's number set alone above its title
    ("Point n°15", read as a heading) is sought when the header holds none."""
    cfg = fam.section("deliberation")
    md = DeliberationMetadata(number=number)
    roll, grids, head = opening if opening is not None else read_opening(fam, header)
    head_text = "\n".join(t if kind == "text" else f"{t.label} : {t.text}"  # type: ignore[union-attr]
                          for kind, t in head.order)
    everything = head_text + "\n" + body_text
    if md.number is None:
        # (OCR'd: a separator read apart from the digits after it closed up first, "2019- 098")
        mend = join_number_breaks if noisy else (lambda t: t)
        md.number = (_first(cfg.get("number", []), mend(head_text or everything))
                     or _first(cfg.get("number", []), mend(first_heading)))
    if noisy:
        md.number = mend_number(md.number)          # "2O24-12": the digits OCR read as letters
    org = _first(cfg.get("organisation", []), everything)
    md.organisation = display_case(org) if org else None
    body = _first(cfg.get("body", []), head_text or everything)
    md.body = body[:1].upper() + body[1:].lower() if body else None
    md.session_date = session_date(head_text, cfg) or session_date(body_text, cfg)
    chair_listed = _attendance(md, head, cfg)
    if roll is not None:
        md.present.extend(roll.present)
        md.excused.extend(roll.excused)
        md.absent.extend(roll.absent)
    for g in grids:
        _grid_attendance(md, g, cfg)
    md.excused = merged_excused(md.excused)
    _inline_attendance(md, head_text, cfg)
    if md.president is None and closing:
        md.president = signature_president(closing, cfg, md.secretary, noisy)
        if noisy and md.president:
            # OCR'd under a signature: the name as the member list spells it.
            md.president = member_named(md.president, md.present) or md.president
    if chair_listed and md.president and not any(holds_name(p, md.president) for p in md.present):
        md.present.insert(0, md.president)      # "Étaient présents : M. le Maire, …"
    # Not voting: labelled in the body ("N'ont pas pris part au vote : …") or inline.
    nv_rx = cfg.get("not_voting")
    if nv_rx and not md.not_voting:
        m = re.search(nv_rx, body_text, FLAGS | re.MULTILINE)
        if m:
            rest = body_text[m.end():].split("\n", 1)[0]
            md.not_voting = split_names(rest)
    if not md.not_voting:
        nv = _first(cfg.get("not_voting_inline", []), vote_text)
        if nv:
            md.not_voting = split_names(nv)
    md.subject = subject or _subject(_after_fields(head), cfg, head.paragraphs)
    # A layout without headings leaves the whole text in the header: the vote is read there.
    md.vote = read_vote(vote_text if vote_text.strip() else everything, cfg, noisy)
    return md


def _after_fields(head: Header) -> list[str]:
    """Paragraphs after the attendance block (and after names set right under it)."""
    last = max((k for k, (kind, _) in enumerate(head.order) if kind == "field"), default=-1)
    rest = [t for kind, t in head.order[last + 1:] if kind == "text"]
    if last >= 0 and rest and head.order[last][1].kind in _EXCUSED_KINDS \
            and _names_under(head.order[last][1], rest[0], head):  # type: ignore
        rest = rest[1:]
    return rest  # type: ignore[return-value]


_PARTICLES = NAME_LINKS


def display_case(name: str) -> str:
    """A name printed in capitals (a letterhead) in the case of running text:
    "COMMUNAUTÉ URBAINE DE VAL-DE-SAMBRE" -> "Communauté urbaine de Val-de-Sambre".
    The first word (the kind of body) and the proper name after its particle are
    capitalised; particles stay lower-case."""
    if not name.isupper():
        return name
    words = name.lower().split(" ")
    out = []
    proper = False
    for k, w in enumerate(words):
        pieces = re.split(r"([\-’'])", w)
        cased = []
        for piece in pieces:
            if piece in ("-", "’", "'") or not piece:
                cased.append(piece)
            elif piece in _PARTICLES and (k or cased):
                cased.append(piece)
            elif k == 0 or proper:
                cased.append(piece[:1].upper() + piece[1:])
            else:
                cased.append(piece)
        out.append("".join(cased))
        if w in _PARTICLES or w.endswith(("’", "'")):
            proper = True       # what follows "de" is the proper name
    return " ".join(out)


def _subject(rest: list[str], cfg: dict[str, Any], header: Optional[list[str]] = None) -> Optional[str]:
    skip = [re.compile(p, FLAGS) for p in cfg.get("subject_skip", [])]
    label = re.compile(cfg["subject_label"], FLAGS) if cfg.get("subject_label") else None
    # A labelled subject ("Objet : …") wins wherever it stands, even above the attendance block.
    for para in (header or []) if label else []:
        if label.search(para):
            value = label.sub("", para).strip()
            if value:
                return value
    for para in rest:
        if label and label.search(para):
            para = label.sub("", para).strip()
            if para:
                return para
            continue
        if any(rx.search(para) for rx in skip):
            continue
        return para
    return None
