"""Amendment instructions of an avenant: a small grammar over its phrasings.

Rules (extractors/avenant.toml ``[[amendments.rules]]``) match the start of a
paragraph. An instruction's new text is everything after it up to the next
instruction or the next heading outside the target's own numbering (an avenant
that rewrites article 4.1 reprints 4.1.1, 4.1.2 ... under it). "Sans objet"
right after an instruction means nothing changes. Instruction-like sentences
no rule reads are kept (raw, with a warning) rather than dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..records import Amendment, Section
from .family import FLAGS, Family
from .model import Paragraph, PartDraft


@dataclass
class Rule:
    name: str
    regex: re.Pattern
    target_kind: str
    action: str
    target: Optional[str] = None
    target_from_section: bool = False


def _rules(fam: Family) -> tuple[list[Rule], list[tuple[re.Pattern, str]], dict]:
    cfg = fam.section("amendments")
    prefix = cfg.get("item_prefix", "")   # "1°", "a)": the enumeration an instruction may carry
    rules = [Rule(r["name"], re.compile(_prefixed(r["pattern"], prefix), FLAGS), r["target_kind"], r["action"],
                  r.get("target"), bool(r.get("target_from_section"))) for r in cfg.get("rules", [])]
    annex = [(re.compile(r["pattern"], FLAGS), r["action"]) for r in cfg.get("annex_rules", [])]
    return rules, annex, cfg


def _section_target(sec: Optional[Section], rx: Optional[re.Pattern]) -> tuple[Optional[str], Optional[str]]:
    if sec is None or rx is None:
        return None, None
    m = rx.search(sec.heading)
    if not m:
        return None, None
    return m.group("target"), (m.group("heading") or None)


def extract_amendments(draft: PartDraft, fam: Family) -> list[Amendment]:
    rules, annex_rules, cfg = _rules(fam)
    if not rules and not annex_rules:
        return []
    sec_rx = re.compile(cfg["section_target"], FLAGS) if cfg.get("section_target") else None
    unchanged = re.compile(cfg.get("unchanged", r"^sans objet"), FLAGS)
    placeholder = re.compile(cfg["placeholder"], FLAGS) if cfg.get("placeholder") else None
    instruction_like = re.compile(cfg["instruction_like"], FLAGS) if cfg.get("instruction_like") else None
    instruction_end = re.compile(cfg["instruction_end"], FLAGS) if cfg.get("instruction_end") else None
    by_id = {s.id: s for s in draft.sections}

    out: list[Amendment] = []
    open_: Optional[Amendment] = None
    body: list[Paragraph] = []
    seen_annex: set[tuple[str, str]] = set()

    def close():
        nonlocal open_
        if open_ is None:
            return
        texts = [p.text for p in body]
        if texts and unchanged.match(texts[0]) and len(texts) == 1:
            open_.action = "unchanged"
            open_.new_text = None
        elif texts:
            open_.new_text = "\n".join(texts)
            open_.placeholder = bool(placeholder and all(placeholder.match(t) for t in texts))
        out.append(open_)
        open_ = None
        body.clear()

    # Heading-only instructions: "Article 3.9 – Modification de l'article 9 « … »" followed
    # directly by "Sans objet" (nothing else) are recorded once the section's paragraphs are known.
    last_section_id: Optional[str] = None
    own: Optional[Section] = None      # the avenant's own section (not a reprinted sub-article)
    for p in draft.paragraphs:
        sec = by_id.get(p.section_id) if p.section_id else None
        if p.section_id != last_section_id:
            # Entering a new section: a heading outside the open target's numbering closes it.
            if open_ is not None and sec is not None:
                if _inside(sec.number, open_) and sec is not own:
                    # the replacing text reprints the target's sub-articles: keep their headings
                    if open_.action == "insert" and not open_.new_heading and sec.number == open_.target:
                        open_.new_heading = sec.heading   # "il est inséré un article 9.3 ainsi rédigé :" + its heading
                    body.append(Paragraph(text=f"{sec.label} {sec.heading}".strip(), page=sec.page,
                                          section=sec.number, section_id=sec.id))
                else:
                    close()
                    own = sec
            elif sec is not None:
                own = sec
            last_section_id = p.section_id
            first_in_section = True
        else:
            first_in_section = False
        text = p.text.strip()
        rule, m = _match(rules, text)
        if rule is not None:
            close()
            target, heading = (rule.target, None)
            if rule.target_from_section:
                target, heading = _section_target(sec, sec_rx)
                if target is None:
                    draft.warnings.append(f"amendment without target (p.{p.page}): {text[:120]}")
                    continue
            else:
                target = rule.target or _ORDINALS.get(m.group("target").lower(), m.group("target"))
            groups = m.groupdict()
            open_ = Amendment(
                target=target, target_kind=rule.target_kind, action=rule.action,  # type: ignore[arg-type]
                new_heading=groups.get("new_heading") or None,
                section=own.number if own else p.section, page=p.page, raw=text)
            open_._sub = rule.target_from_section  # type: ignore[attr-defined]
            sub = _substitution(m.groupdict())
            if sub:
                body.append(Paragraph(text=sub, page=p.page, section=p.section, section_id=p.section_id))
            rest = _after_instruction(text, m, instruction_end)
            if rest:
                body.append(Paragraph(text=rest, page=p.page, section=p.section, section_id=p.section_id))
            continue
        if first_in_section and open_ is None and unchanged.match(text):
            target, _ = _section_target(sec, sec_rx)
            if target is not None:
                out.append(Amendment(target=target, target_kind="article", action="unchanged",
                                     section=p.section, page=p.page, raw=sec.heading))
                continue
        annex = _annex(annex_rules, text) if open_ is None else None
        if annex is not None:
            close()
            target, action = annex
            if (target, action) not in seen_annex:
                seen_annex.add((target, action))
                out.append(Amendment(target=target, target_kind="annexe", action=action,  # type: ignore[arg-type]
                                     section=p.section, page=p.page, raw=text))
            continue
        if open_ is not None:
            body.append(p)
            continue
        if instruction_like and instruction_like.search(text):
            draft.warnings.append(f"unrecognised amendment instruction kept raw (p.{p.page}): {text[:160]}")
            draft.unparsed_instructions.append(text)
    close()
    return _merge_sub_instructions(out)


def _merge_sub_instructions(amendments: list[Amendment]) -> list[Amendment]:
    """'▪ Les opérations « A » sont modifiées …', '▪ Les opérations « B » Sans objet' under one
    "Modification de l'article 9.1.1.2" heading are one instruction on article 9.1.1.2."""
    out: list[Amendment] = []
    for a in amendments:
        prev = out[-1] if out else None
        if (prev is not None and getattr(a, "_sub", False) and getattr(prev, "_sub", False)
                and prev.target == a.target and prev.section == a.section):
            if a.action != "unchanged":
                if prev.action == "unchanged":
                    prev.action, prev.placeholder = a.action, a.placeholder
                else:
                    prev.placeholder = prev.placeholder and a.placeholder
                prev.new_text = "\n".join(t for t in (prev.new_text, a.new_text) if t) or None
            prev.raw = prev.raw + "\n" + a.raw
            continue
        out.append(a)
    return out


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
    """Text glued after 'comme suit :' in the instruction's own paragraph."""
    if end is None:
        return ""
    e = end.search(text, m.end())
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
    return amendment.target_kind == "article" and (number == t or number.startswith(t + "."))
