"""Amendment instructions of an avenant: a small grammar over its phrasings.

Rules (extractors/avenant.toml ``[[amendments.rules]]``) match the start of an
instruction. An instruction's new text is everything after it up to the next
instruction or the next heading outside the target's own numbering (an avenant
that rewrites article 4.1 reprints 4.1.1, 4.1.2 ... under it). "Sans objet"
right after an instruction means nothing changes. Instruction-like sentences
no rule reads are kept (raw, with a warning) rather than dropped.

Layout does not always set an instruction in its own paragraph: short
paragraphs printed with little spacing come out merged ("L'annexe C2 … est
remplacée … . L'annexe C4 est abrogée."), and an avenant's own sub-article
heading the heading detector missed ends up as body text ("3.5 Modification de
l'article 8.1 …"). So paragraphs are first cut into units wherever a rule, a
"Sans objet" or such a heading starts (amendment_units.py), and a unit that is such a
heading acts as one: it closes the open instruction and names the target of
the instructions under it.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass, field
from typing import Optional

from ..french.numbers import spaced_suffix
from ..records import Amendment, Section
from .amendment_units import rejoin, split_units
from .edit_instructions import EDIT_RULES
from .edit_instructions import GROUP as EDIT_GROUP
from .edit_instructions import START as EDIT_START
from .edit_instructions import (TABLE_GROUP, TABLE_OPS, WHOLE_TABLE, describe, in_table, mark_kind, of_article,
                                read_edit)
from .edit_erratum import GROUP as ERRATUM_GROUP
from .edit_erratum import START as ERRATUM_START
from .edit_erratum import group_heading, join_lines, read_erratum
from .article_headings import modified_article
from .edit_narrative import NARRATIVE_RULES, read_narrative
from .edit_delta import DELTA_RULES, read_delta
from .latin_numbers import hide_latin, show_latin, show_number
from .legal_paths import flat_paths
from .amended_refs import without_amended_by
from .theme_headings import theme_heading, theme_lead
from .edit_fiches import join_fiches, read_fiche
from .edit_grammar import read_grammar
from .edit_objet import CLAUSE_START, declarative
from .edit_prose import PROSE_RULES, read_prose
from .family import FLAGS, Family
from .model import Paragraph, PartDraft


@dataclass
class Rule:
    name: str
    regex: re.Pattern
    target_kind: str
    action: str
    target: Optional[str] = None
    # The target is the one named by the avenant's own heading ("Modification de l'article
    # 9.1.1.2"): always, or ("fallback") only when the sentence names none itself.
    target_from_section: bool = False
    section_fallback: bool = False


@dataclass
class Grammar:
    """The [amendments] settings of a family, compiled."""
    rules: list[Rule]
    annex: list[tuple[re.Pattern, str]]
    section_target: Optional[re.Pattern]
    unchanged: re.Pattern
    placeholder: Optional[re.Pattern]
    instruction_like: Optional[re.Pattern]
    instruction_end: Optional[re.Pattern]
    own_heading: Optional[re.Pattern]        # an own sub-article heading set as body text
    edits: bool = False                      # read in-place edits (edit_instructions.py)

    @classmethod
    def of(cls, fam: Family) -> "Grammar":
        cfg = fam.section("amendments")
        prefix = cfg.get("item_prefix", "")   # "1°", "a)": the enumeration an instruction may carry
        rules = []
        for r in cfg.get("rules", []):
            src = r.get("target_from_section", False)
            rules.append(Rule(r["name"], re.compile(_prefixed(r["pattern"], prefix), FLAGS), r["target_kind"],
                              r["action"], r.get("target"), target_from_section=src is True,
                              section_fallback=src == "fallback"))
        opt = lambda key: re.compile(cfg[key], FLAGS) if cfg.get(key) else None  # noqa: E731
        return cls(rules=rules,
                   annex=[(re.compile(r["pattern"], FLAGS), r["action"]) for r in cfg.get("annex_rules", [])],
                   section_target=opt("section_target"),
                   unchanged=re.compile(cfg.get("unchanged", r"^sans objet"), FLAGS),
                   placeholder=opt("placeholder"), instruction_like=opt("instruction_like"),
                   instruction_end=opt("instruction_end"), own_heading=opt("own_heading"),
                   edits=bool(cfg.get("edits", False)))

    def starts(self) -> list[re.Pattern]:
        """What opens a unit inside a paragraph: an instruction, "Sans objet", an own heading."""
        return [r.regex for r in self.rules] + [self.unchanged] + ([self.own_heading] if self.own_heading else []) \
            + ([EDIT_START, EDIT_GROUP, TABLE_GROUP, *EDIT_RULES, *PROSE_RULES, *NARRATIVE_RULES, *DELTA_RULES, ERRATUM_START, CLAUSE_START] if self.edits else [])


@dataclass
class _Found:
    amendment: Amendment
    from_section: bool = False     # its target was read from the avenant's heading
    listed: bool = False           # an annex change named in a list ("Mise à jour de l'annexe C2")


@dataclass
class _Open:
    """The instruction being read and the paragraphs of its new text."""
    amendment: Amendment
    from_section: bool                      # its target was read from the avenant's heading
    body: list[Paragraph] = field(default_factory=list)


def extract_amendments(draft: PartDraft, fam: Family) -> list[Amendment]:
    g = Grammar.of(fam)
    if not g.rules and not g.annex:
        return []
    by_id = {s.id: s for s in draft.sections}
    out: list[_Found] = []
    open_: Optional[_Open] = None
    seen_annex: set[tuple[str, str]] = set()

    def close():
        nonlocal open_
        if open_ is None:
            return
        a, texts = open_.amendment, [p.text for p in open_.body]
        if texts and (_alone(g.unchanged, texts[0]) or (len(texts) == 1 and g.unchanged.match(texts[0]))):
            # "… est modifié et désormais rédigé comme suit : Sans objet": whatever follows
            # before the next instruction (a running header, a caption) is not new wording.
            a.action, a.new_text = "unchanged", None
        elif texts:
            a.new_text = "\n".join(texts)
            a.placeholder = bool(g.placeholder and all(g.placeholder.match(t) for t in texts))
        out.append(_Found(a, open_.from_section))
        open_ = None

    last_section_id: Optional[str] = None
    last_edit_target: Optional[str] = None
    # "Le premier tableau est ainsi modifié :": that table's subject and the kind of the head's mark (its
    # sub-items name no table; an item marked as the head was is its sibling, and ends the group)
    table_group: Optional[tuple[str, Optional[str]]] = None
    own: Optional[Section] = None      # the avenant's own section (not a reprinted sub-article)
    heading_sec: Optional[Section] = None  # the section whose heading names the target
    fresh = False                      # nothing read yet under the current heading
    paragraphs = join_fiches(join_lines(rejoin(draft.paragraphs)),
                             lambda sid: by_id[sid].heading if sid in by_id else "") if g.edits else draft.paragraphs
    if g.edits:
        # the clause naming an earlier avenant as the text's author hides where an instruction run into the
        # paragraph before it starts ("… 15 009 100 €. Dans le tableau de l'article 9, tel que modifié par …")
        # and "au deuxième alinéa du 1 de l'article 4" names article 4.1 (legal_paths)
        # and "l'article 7.2 bis" is read whole (latin_numbers: given back its adverb at the end)
        paragraphs = [dataclasses.replace(p, text=flat_paths(hide_latin(without_amended_by(p.text))))
                      for p in paragraphs]
    starts = g.starts()
    units = list(split_units(paragraphs, starts))

    def opens_instruction(k: int) -> bool:
        """The unit after the ``k``-th starts an instruction (a theme heading groups instructions: what follows a
        bold subtitle of an article's new wording is its prose)."""
        if k + 1 >= len(units):
            return False
        t = without_amended_by(units[k + 1].text.strip())
        lead = theme_lead(t)
        t = t[lead:] if lead is not None else t
        return any(rx.match(t) for rx in starts) or _annex(g.annex, t) is not None

    for k, p in enumerate(units):
        sec = by_id.get(p.section_id) if p.section_id else None
        if p.section_id != last_section_id:
            # Entering a new section: a heading outside the open target's numbering closes it.
            if g.edits and sec is not None and group_heading(sec.label, sec.heading) and (
                    open_ is None or not _inside(sec.number, open_.amendment)):
                # "Article 4.1 :" read as a heading: the erratum items under it name no article
                close()
                own, last_edit_target = sec, sec.number
            elif open_ is not None and sec is not None:
                if _inside(sec.number, open_.amendment) and sec is not own:
                    # the replacing text reprints the target's sub-articles: keep their headings
                    a = open_.amendment
                    if a.action == "insert" and not a.new_heading and sec.number in (a.target, show_number(a.target)):
                        a.new_heading = sec.heading   # "il est inséré un article 9.3 ainsi rédigé :" + its heading
                    open_.body.append(Paragraph(text=f"{sec.label} {sec.heading}".strip(), page=sec.page,
                                                section=sec.number, section_id=sec.id))
                else:
                    close()
                    own = sec
            elif sec is not None:
                own = sec
            named = (modified_article(sec.heading) or _section_target(sec, g.section_target)[0]) \
                if g.edits and sec is not None else None
            if named is not None:
                # "Article 3 – Le plan de financement (article 9 modifié)": its instructions name no article
                last_edit_target = named
            last_section_id = p.section_id
            heading_sec = sec
            fresh = True
            table_group = None
        text = p.text.strip()
        if g.edits:
            # "L'article 9, tel que modifié par l'avenant n°1, est ainsi rédigé": the clause names the text's author
            text = without_amended_by(text)
            lead = theme_lead(text)
            if lead is not None and any(rx.match(text[lead:]) for rx in starts):
                # "DISPOSITIONS FINANCIÈRES Le deuxième alinéa …": a theme heading the layout ran into the sentence
                if open_ is not None and _holds_its_content(open_):
                    close()
                text = text[lead:]
                p = Paragraph(text=text, page=p.page, section=p.section, section_id=p.section_id)
        # (never inside the new wording an instruction announces: an article reprinted whole may hold such a clause)
        said = declarative(text) if g.edits and (open_ is None or not (
            open_.body or open_.amendment.raw.rstrip().endswith(":"))) else None
        if said is not None:
            # "retirer du programme l'opération …" (an item of the object list): read as the sentence it stands for
            text = said
        own_heading = g.own_heading.match(text) if g.own_heading else None
        if own_heading and open_ is not None and _inside(own_heading.group("number"), open_.amendment):
            open_.body.append(p)           # a sub-heading of the reprinted target ("13.1 Modifications …")
            continue
        if own_heading:
            # an own sub-article heading read as body text: it ends the open instruction
            close()
            own = heading_sec = Section(id="", number=own_heading.group("number"), heading=text,
                                        level=0, page=p.page)
            fresh = True
            continue
        was_fresh, fresh = fresh, False
        group = (EDIT_GROUP.match(text) or ERRATUM_GROUP.match(text)) if g.edits else None
        if group is not None:
            # "L'article 4.1 est ainsi modifié :": its sub-items ("a) Au deuxième alinéa, …") name no article
            close()
            last_edit_target = group.group("target")
            table_group = None
            continue
        tgroup = TABLE_GROUP.match(text) if g.edits else None
        if tgroup is not None:
            close()
            last_edit_target = tgroup.group("target") or last_edit_target
            table_group = (tgroup.group("subject"), mark_kind(tgroup.group("mark")))
            continue
        edit = None
        if table_group is not None:
            kind = mark_kind(text)
            if kind is None or kind == table_group[1]:
                table_group = None
            else:
                edit = read_edit(in_table(text, table_group[0]))
                edit = edit if edit is not None and edit.edit.op in TABLE_OPS else None
        if g.edits and edit is None:
            edit = read_fiche(text) or read_delta(text) or read_edit(text) or read_prose(text) or read_narrative(text)
        erratum = read_erratum(text) if g.edits and edit is None else None
        if erratum is not None and erratum.read is None:
            # "Article 2.2, intitulé : au lieu de « … », lire « … »" (a rename) or "…, lire l'article comme
            # suit :" (its new text follows)
            close()
            target = erratum.target or last_edit_target
            if target is None:
                draft.warnings.append(f"erratum without target (p.{p.page}): {text[:120]}")
                continue
            last_edit_target = target
            a = Amendment(target=target, target_kind="article", action="rename" if erratum.new_heading else "replace",
                          new_heading=erratum.new_heading, section=own.number if own else p.section, page=p.page,
                          raw=text)
            if erratum.new_heading:
                out.append(_Found(a))
                continue
            open_ = _Open(a, False)
            if erratum.rest:
                open_.body.append(Paragraph(text=erratum.rest, page=p.page, section=p.section,
                                            section_id=p.section_id))
            continue
        if erratum is not None:
            edit = erratum.read
        elif edit is None and g.edits and _match(g.rules, text)[0] is None and _annex(g.annex, text) is None:
            # no style's sentence and no rule of the family (headings, whole articles, annexes): read by its verb
            # and references; inside announced new wording, only a sentence editing another article than the one
            # rewritten ends it, once the wording has a paragraph (what follows the colon is the wording)
            wording = open_ is not None and bool(open_.body or open_.amendment.raw.rstrip().endswith(":")) \
                and not _next_item(open_.amendment.raw, text)
            got = read_grammar(text)
            if got is not None and (not wording or (open_.body and got.target and open_.amendment.target_kind == "article"
                                                    and got.target != open_.amendment.target)):
                edit = got
        if edit is not None:
            close()
            # "Les totaux sont modifiés en conséquence" alone: the table edited just before. A letter-style
            # figure of an operation named without its article keeps the target "" (placed by its line).
            target = edit.target if edit.target is not None else last_edit_target
            if target is None:
                draft.warnings.append(f"edit without target (p.{p.page}): {text[:120]}")
                continue
            last_edit_target = target
            # a renumbering is the article's new name; every other edit replaces words of it
            action = "rename" if edit.edit.op == "renumber" else "replace"
            a = Amendment(target=target, target_kind="article", action=action, new_text=describe(edit.edit),
                          section=own.number if own else p.section, page=p.page, raw=text, edit=edit.edit)
            for other in edit.targets[1:]:
                # "Aux articles 4.1 et 8.2, les mots … ": the same edit, one amendment per article named
                out.append(_Found(Amendment(target=other, target_kind="article", action=action,
                                            new_text=describe(edit.per_target.get(other, edit.edit)),
                                            section=a.section, page=p.page, raw=text,
                                            edit=copy.deepcopy(edit.per_target.get(other, edit.edit)))))
            for more in edit.also:
                # "Les troisième et quatrième alinéas sont supprimés": one amendment per alinéa
                for t in edit.targets or [target]:
                    out.append(_Found(Amendment(target=t, target_kind="article", action=action,
                                                new_text=describe(more), section=a.section, page=p.page,
                                                raw=text, edit=copy.deepcopy(more))))
            if edit.edit.op in WHOLE_TABLE:
                # the table follows: what is printed with it (its caption) is the instruction's text, as for
                # a full rewrite ("Le tableau … est remplacé par le tableau suivant :")
                open_ = _Open(a, False)
                continue
            out.append(_Found(a))
            continue
        rule, m = _match(g.rules, text)
        if rule is None and g.edits and last_edit_target is not None and of_article(text, last_edit_target) != text:
            # "1° L'intitulé est ainsi rédigé : « … »" under "L'article 2.2 est ainsi modifié :" or a heading
            # naming article 2.2: the group's article
            text = of_article(text, last_edit_target)
            rule, m = _match(g.rules, text)
        if rule is not None:
            close()
            target = _target(rule, m, heading_sec, g)
            if target is None:
                draft.warnings.append(f"amendment without target (p.{p.page}): {text[:120]}")
                continue
            from_section = target[1]
            groups = m.groupdict()
            a = Amendment(target=target[0], target_kind=rule.target_kind, action=rule.action,  # type: ignore[arg-type]
                          new_heading=groups.get("new_heading") or None,
                          section=own.number if own else p.section, page=p.page, raw=text)
            open_ = _Open(a, from_section)
            sub = _substitution(groups)
            if sub:
                open_.body.append(Paragraph(text=sub, page=p.page, section=p.section, section_id=p.section_id))
            rest = _after_instruction(text, m, g.instruction_end)
            if rest:
                open_.body.append(Paragraph(text=rest, page=p.page, section=p.section, section_id=p.section_id))
            continue
        if was_fresh and open_ is None and g.unchanged.match(text):
            target, _ = _section_target(heading_sec, g.section_target)
            if target is not None:
                out.append(_Found(Amendment(target=target, target_kind="article", action="unchanged",
                                            section=own.number if own else p.section, page=p.page,
                                            raw=heading_sec.heading)))
                continue
        annex = _annex(g.annex, text) if open_ is None else None
        if annex is not None:
            close()
            target, action = annex
            if (target, action) not in seen_annex:
                seen_annex.add((target, action))
                out.append(_Found(Amendment(target=target, target_kind="annexe", action=action,  # type: ignore[arg-type]
                                            section=p.section, page=p.page, raw=text), listed=True))
            continue
        tail = g.instruction_end.match(text) if open_ is not None and g.instruction_end else None
        if tail and not open_.body and not open_.amendment.raw.rstrip().endswith(":"):
            # the instruction's sentence wrapped onto a paragraph of its own ("… un article 10
            # « … »" / "ainsi rédigé :"): its end is the instruction's, not the new wording
            open_.amendment.raw += " " + text[:tail.end()]
            if text[tail.end():].strip():
                open_.body.append(Paragraph(text=text[tail.end():].strip(), page=p.page, section=p.section,
                                            section_id=p.section_id))
            continue
        if open_ is not None and _holds_its_content(open_) and theme_heading(p) and opens_instruction(k):
            # "Dispositions relatives aux annexes" after an article's new wording: the next theme, not its text
            close()
            continue
        if open_ is not None:
            open_.body.append(p)
            continue
        if g.instruction_like and g.instruction_like.search(text):
            draft.warnings.append(f"unrecognised amendment instruction kept raw (p.{p.page}): {text[:160]}")
            draft.unparsed_instructions.append(text)
    close()
    return [_shown(a) for a in _merge_sub_instructions(_without_listed_twice(out))]


def _shown(a: Amendment) -> Amendment:
    """An amendment as read, its article numbers given back their Latin adverb ("7.2.0" → "7.2 bis")."""
    a.target = show_number(a.target)
    a.new_text, a.raw = show_latin(a.new_text), show_latin(a.raw)
    if a.edit is not None:
        if a.edit.op == "renumber":
            a.edit.old, a.edit.new = show_number(a.edit.old), show_number(a.edit.new)
        a.edit.new = show_latin(a.edit.new) if a.edit.op != "renumber" else a.edit.new
    return a


def _holds_its_content(o: _Open) -> bool:
    """The open instruction needs nothing more to be whole: its new wording has a paragraph, it is an edit (a
    table it announces is handed to it apart), or it announces no wording ("L'intitulé de l'article 2.2 est
    ainsi rédigé : « … »" holds its heading)."""
    return bool(o.body) or o.amendment.edit is not None or not o.amendment.raw.rstrip().endswith(":")


def _target(rule: Rule, m: re.Match, sec: Optional[Section], g: Grammar) -> Optional[tuple[str, bool]]:
    """(target, read from the heading) of an instruction, None when it has none."""
    named = m.groupdict().get("target")
    if rule.target_from_section or (rule.section_fallback and not named):
        target, _ = _section_target(sec, g.section_target)
        return (target, True) if target is not None else None
    target = rule.target or (_ORDINALS.get(named.lower(), named) if named else None)
    if target:
        target = spaced_suffix(re.sub(r"\s+", "", target))    # "11 bis" as the convention's heading numbers it
    return (target, False) if target is not None else None


_ITEM_NUMBER = re.compile(r"^\s*(\d+)\s*([°)])")


def _next_item(raw: str, text: str) -> bool:
    """Does ``text`` open on the number after the open instruction's own ("2)" then "3)", "4°" then "5°")?
    It is the next instruction, not a paragraph of the new wording the open one announced."""
    a, b = _ITEM_NUMBER.match(raw), _ITEM_NUMBER.match(text)
    return bool(a and b) and a.group(2) == b.group(2) and int(b.group(1)) == int(a.group(1)) + 1


def _alone(rx: re.Pattern, text: str) -> bool:
    """Is the text nothing but what ``rx`` matches ("Sans objet.")?"""
    m = rx.match(text)
    return bool(m) and not text[m.end():].strip(" .;:")


def _section_target(sec: Optional[Section], rx: Optional[re.Pattern]) -> tuple[Optional[str], Optional[str]]:
    if sec is None or rx is None:
        return None, None
    m = rx.search(sec.heading)
    if not m:
        return None, None
    return m.group("target"), (m.group("heading") or None)


def _without_listed_twice(found: list[_Found]) -> list[_Found]:
    """An annex change announced in the "Objet de l'avenant" list and written out again as an
    instruction ("L'annexe C2 … est remplacée par …") is one change: the instruction stays."""
    written = {(f.amendment.target, f.amendment.action) for f in found
               if f.amendment.target_kind == "annexe" and not f.listed}
    return [f for f in found if not (f.listed and (f.amendment.target, f.amendment.action) in written)]


def _merge_sub_instructions(found: list[_Found]) -> list[Amendment]:
    """'▪ Les opérations « A » sont modifiées …', '▪ Les opérations « B » Sans objet' under one
    "Modification de l'article 9.1.1.2" heading are one instruction on article 9.1.1.2."""
    out: list[_Found] = []
    for f in found:
        a, prev = f.amendment, out[-1].amendment if out else None
        if prev is not None and f.from_section and out[-1].from_section and prev.target == a.target \
                and prev.section == a.section:
            if a.action != "unchanged":
                if prev.action == "unchanged":
                    prev.action, prev.placeholder = a.action, a.placeholder
                else:
                    prev.placeholder = prev.placeholder and a.placeholder
                prev.new_text = "\n".join(t for t in (prev.new_text, a.new_text) if t) or None
            prev.raw = prev.raw + "\n" + a.raw
            continue
        out.append(f)
    return [f.amendment for f in out]


_ORDINALS = {"premier": "1", "première": "1", "1er": "1"}


def _prefixed(pattern: str, prefix: str) -> str:
    return "^" + prefix + pattern[1:] if prefix and pattern.startswith("^") else pattern


def _substitution(groups: dict) -> str:
    """A partial edit ("le montant « X » est remplacé par « Y »") as new text "« X » → « Y »"."""
    old, new, after = groups.get("old"), groups.get("new"), groups.get("after")
    if after is not None and new is not None:
        old, new = after, f"{after} {new}"
    if old is None:
        return ""
    return f"« {old} » → « {new or ''} »"


def _after_instruction(text: str, m: re.Match, end: Optional[re.Pattern]) -> str:
    """Text glued after 'comme suit :' in the instruction's own paragraph (the first such end
    reaching past what the rule read: a rule may stop inside it, "… ainsi rédigé" + " :")."""
    if end is None:
        return ""
    e = next((e for e in end.finditer(text, m.start()) if e.end() > m.end()), None)
    return text[e.end():].strip() if e else ""


def _match(rules: list[Rule], text: str):
    for r in rules:
        m = r.regex.search(text)
        if m:
            return r, m
    return None, None


def _annex(rules: list[tuple[re.Pattern, str]], text: str) -> Optional[tuple[str, str]]:
    for rx, action in rules:
        m = rx.search(text)
        if m:
            return m.group("target"), action
    return None


def _inside(number: str, amendment: Amendment) -> bool:
    """Is a heading numbered ``number`` part of the text replacing ``amendment.target``?"""
    t = amendment.target
    shown = show_number(t)
    return amendment.target_kind == "article" and (number in (t, shown) or number.startswith(t + ".")
                                                   or number.startswith(f"{shown}."))
