"""Deliberation metadata: session, attendance, subject and vote (CONTRACT.md).

Everything is driven by the family's ``[deliberation]`` table: label regexes
open a field, whose value runs to the next label or the end of its paragraph
group; inline regexes read fields written inside a sentence (council minutes).
"""

from __future__ import annotations

import re
from typing import Any, Optional

from ..records import DeliberationMetadata, Excused, Vote
from .dates import iso_date
from .family import FLAGS, Family
from .names import split_names, strip_civility
from .noisy import fold, tolerant

FIELDS = ("president", "present", "excused", "absent", "not_voting", "secretary")


def _first(patterns: list[str], text: str) -> Optional[str]:
    for p in patterns:
        m = re.search(p, text, FLAGS)
        if m:
            return re.sub(r"\s+", " ", m.group("value")).strip(" .,;:")
    return None


def _labelled(paragraphs: list[str], cfg: dict[str, Any]) -> tuple[dict[str, str], int]:
    """Field values from labelled paragraphs; also the index after the last field."""
    labels = {f: re.compile(cfg[f], FLAGS) for f in FIELDS if cfg.get(f)}
    values: dict[str, str] = {}
    field, last = None, -1
    for i, para in enumerate(paragraphs):
        hit = next(((f, m) for f, rx in labels.items() for m in [rx.search(para)] if m), None)
        if hit:
            field, m = hit
            value = para[m.end():].strip()
            # The same label twice ("Excusés ayant donné pouvoir : …", "Excusé : …") adds up.
            values[field] = f"{values[field].rstrip(' .;')} ; {value}" if field in values else value
            last = i
        elif field == "excused" and i == last + 1 and _is_name_list(para):
            # "Monsieur BAUDE, Monsieur CAGIN." right under the proxies: excused without proxy
            values["excused_plain"] = para
            last = i
            field = None
        else:
            field = None
    return values, last + 1


def _is_name_list(text: str) -> bool:
    names = split_names(text)
    return bool(names) and all(len(n.split()) <= 4 and any(c.isupper() for c in n) for n in names) \
        and len(text) < 300 and not re.search(r"\b(?:le|la|les|du|des|est|sont)\b", text.replace("qui a donné", ""))


def read_excused(text: str, proxy_rx: str) -> tuple[list[Excused], list[str]]:
    """'A qui a donné pouvoir à B, C qui a donné pouvoir à D. E, F.' -> excused, plain names."""
    excused: list[Excused] = []
    plain: list[str] = []
    rx = re.compile(proxy_rx, FLAGS)
    # Split on the proxy phrase: giver [phrase] receiver, receiver's chunk also holds the next giver.
    pieces = rx.split(text)
    if len(pieces) == 1:
        return [], split_names(text)
    givers = [pieces[0]]
    receivers = []
    for chunk in pieces[1:]:
        # "M. X" and initials ("J. DUPONT") are not sentence ends.
        parts = re.split(r",\s*|(?<!\b[A-Z])\.\s+|;\s*", chunk.strip(), maxsplit=1)
        receivers.append(parts[0])
        givers.append(parts[1] if len(parts) > 1 else "")
    for giver, receiver in zip(givers, receivers):
        names = split_names(giver)
        if not names:
            continue
        *others, who = names
        plain.extend(others)
        excused.append(Excused(name=who, proxy_to=strip_civility(receiver)))
    plain.extend(split_names(givers[-1]))
    return excused, plain


def read_vote(text: str, cfg: dict[str, Any], noisy: bool = False) -> Vote:
    """The vote, read with the rules as written; on OCR'd text (noisy) a field they miss is
    read again with the rules made tolerant of OCR noise (noisy.py). Clean text gets no
    second try: the rules are not loosened there."""
    vote = Vote()
    folded: Optional[str] = None
    for tolerant_pass in ((False, True) if noisy else (False,)):
        if tolerant_pass:
            folded = fold(text)
        if vote.result is None:
            for rule in cfg.get("vote_result", []):
                if _search(rule["pattern"], text, folded):
                    vote.result = rule["result"]
                    break
        for attr, key in (("for_", "vote_for"), ("against", "vote_against"), ("abstention", "vote_abstention")):
            if getattr(vote, attr) is None:
                val = _first_in(cfg.get(key, []), text, folded)
                if val is not None and val.isdigit():
                    setattr(vote, attr, int(val))
                elif val is None and cfg.get(key + "_names"):
                    # "Abstention : M. Papin", "Contre : Mme A, M. B": the named voters count.
                    names = _first_in(cfg[key + "_names"], text, folded)
                    if names:
                        setattr(vote, attr, len(split_names(names)))
    if vote.result is None and vote.for_ and vote.against:
        # "adopte … par 14 voix pour, 3 voix contre": counts on both sides, no formula.
        vote.result = "majority" if vote.for_ > vote.against else "rejected"
    return vote


def _search(pattern: str, text: str, folded: Optional[str]) -> Optional[re.Match]:
    """The rule on the text as written, or (folded given) its tolerant form on the folded text."""
    return tolerant(pattern).search(folded) if folded is not None else re.search(pattern, text, FLAGS)


def _first_in(patterns: list[str], text: str, folded: Optional[str]) -> Optional[str]:
    for p in patterns:
        m = _search(p, text, folded)
        if m:
            return re.sub(r"\s+", " ", m.group("value")).strip(" .,;:")
    return None


def read_metadata(fam: Family, header: list[str], body_text: str, vote_text: str,
                  subject: Optional[str] = None, number: Optional[str] = None,
                  noisy: bool = False) -> DeliberationMetadata:
    """header: paragraphs of the opening block; body_text: the whole part; vote_text: where the vote is;
    noisy: the part was read by OCR."""
    cfg = fam.section("deliberation")
    md = DeliberationMetadata(number=number)
    everything = "\n".join(header) + "\n" + body_text
    if md.number is None:
        md.number = _first(cfg.get("number", []), "\n".join(header) or everything)
    org = _first(cfg.get("organisation", []), everything)
    md.organisation = display_case(org) if org else None
    body = _first(cfg.get("body", []), "\n".join(header) or everything)
    md.body = body[:1].upper() + body[1:].lower() if body else None
    date = _first(cfg.get("session_date", []), "\n".join(header) or everything)
    md.session_date = iso_date(date) if date else None
    values, after = _labelled(header, cfg)
    if "president" in values:
        md.president = strip_civility(values["president"]) or None
    else:
        pres = _first(cfg.get("president_inline", []), "\n".join(header))
        md.president = strip_civility(pres) if pres else None
    if "present" in values:
        md.present = split_names(values["present"])
    if "excused" in values:
        excused, plain = read_excused(values["excused"], cfg.get("proxy", r"\s+qui a donné pouvoir à\s+"))
        plain += split_names(values.get("excused_plain", ""))
        md.excused = excused
        # A document with its own "Absents :" label means its plain excused names as excused.
        if cfg.get("excused_without_proxy", "excused") == "absent" and "absent" not in values:
            md.absent.extend(plain)
        else:
            md.excused.extend(Excused(n) for n in plain)
    if "absent" in values:
        md.absent.extend(split_names(values["absent"]))
    # Inline forms (minutes): "25 Conseillers … (07 Procurations : A, B) et 04 Absents : C, D."
    head = " ".join(header)
    proxies = _first(cfg.get("proxies_inline", []), head)
    if proxies and not md.excused:
        md.excused = [Excused(n) for n in split_names(proxies)]
    absent = _first(cfg.get("absent_inline", []), head)
    if absent and not md.absent:
        md.absent = split_names(absent)
    count = _first(cfg.get("present_count", []), head)
    if count and count.isdigit():
        md.present_count = int(count)  # type: ignore[attr-defined]
    # Not voting: labelled in the body ("N'ont pas pris part au vote : …") or inline.
    nv_rx = cfg.get("not_voting")
    if nv_rx:
        m = re.search(nv_rx, body_text, FLAGS | re.MULTILINE)
        if m:
            rest = body_text[m.end():].split("\n", 1)[0]
            md.not_voting = split_names(rest)
    if not md.not_voting:
        nv = _first(cfg.get("not_voting_inline", []), vote_text)
        if nv:
            md.not_voting = split_names(nv)
    md.subject = subject or _subject(header[after:], cfg, header)
    md.vote = read_vote(vote_text, cfg, noisy)
    return md


_PARTICLES = {"de", "du", "des", "d", "la", "le", "les", "l", "sur", "sous", "en", "et", "lès", "aux", "au"}


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
