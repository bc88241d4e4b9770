"""SCDL "Délibérations" (OpenDataFrance 2.1.5): one CSV row per deliberation.

Fields, types and patterns: ``scdl_deliberations.schema.json`` beside this file
(a Table Schema written from the spec). One row per deliberation part: council
minutes give one per numbered deliberation. What a document does not say stays
empty, never guessed:

- COLL_SIRET: 14 digits, only when the document prints a SIRET whose first
  nine digits are the SIREN of the act's legality-control receipt. The receipt
  gives the SIREN alone: it goes to the vote-detail file (COLL_SIREN), never
  padded into an invented SIRET.
- DELIB_ID: the deliberation's number, else the act number of a "DE" receipt.
- DELIB_DATE: the session date, else the decision date in the receipt.
- DELIB_MATIERE_CODE/_NOM: from the subject by the ACTES keyword rules (actes.py).
- PREF_ID: "PREF" + the receipt's department (a sous-préfecture's arrondissement
  is not printed: left empty); PREF_DATE: the day the prefecture received the act.
  A receipt an item shares from its session's minutes (printed outside the
  item's pages) gives the authority (SIREN, PREF_ID) but not the act's own
  number, date or reception day.
- COLL_NOM: the authority's name as printed (authority.py): the organisation when
  it carries its legal form, else the document's "Commune de X" / "Ville de X" /
  "Communauté d'agglomération …" mentions, else "Commune de X" for a conseil municipal.
- DELIB_URL: only when the user gives where the files are published
  (``base_url``): the base URL joined with the file's path relative to
  ``relative_to`` (or its name), each segment percent-encoded; else empty.
- VOTE_REEL: the votes cast when counted (for + against + abstention), else the
  members present and represented minus those not voting. VOTE_POUR/CONTRE of a
  unanimous vote follow from VOTE_REEL and the abstentions.

A second file, ``<stem>.votes.csv``, keyed by DELIB_ID, carries the vote detail
(present, proxies, absent, not voting) the SCDL row has no column for.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any, Iterable, Optional
from urllib.parse import quote

from ..records import ParseResult, Part
from .actes import classify_subject
from .authority import authority_name
from .files import atomic_write_text

SCHEMA_PATH = Path(__file__).with_name("scdl_deliberations.schema.json")

SCDL_FIELDS = [
    "COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
    "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF",
    "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL",
]
VOTE_FIELDS = [
    "DELIB_ID", "DELIB_DATE", "COLL_SIREN", "ACTE_ID", "VOTE_RESULTAT",
    "PRESENTS", "REPRESENTES", "ABSENTS", "NE_PRENANT_PAS_PART",
    "PRESENTS_NOMS", "POUVOIRS", "EXCUSES_NOMS", "ABSENTS_NOMS", "NE_PRENANT_PAS_PART_NOMS",
    "SOURCE", "PAGES",
]

_SIRET = re.compile(r"(?i)\bsiret\b\s*(?:n\s*°|no|numéro)?\s*:?\s*((?:\d[\s.]?){13}\d)(?!\d)")
_BUDGET_YEAR = re.compile(r"(?i)\b(?:budget|exercice|compte administratif|compte de gestion)\b[^.;]{0,40}?"
                          r"\b((?:19|20)\d{2}(?:\s*/\s*(?:19|20)\d{2})?)\b")
_BUDGET_NAME = re.compile(r"(?i)\b(budget (?:annexe|principal)(?:\s+(?:du|de la|des|de l'|d')?\s*[\w'’ -]{2,60}?)?)"
                          r"(?=\s*(?:[,;.(:]|\b(?:19|20)\d{2}\b|$))")


def _meta(part: Part) -> dict[str, Any]:
    m = part.metadata
    return m.to_dict() if hasattr(m, "to_dict") else dict(m or {})


def _part_text(part: Part) -> str:
    return "\n".join([part.preamble or "", *(s.text for s in part.sections)])


def _siret(part: Part, siren: Optional[str]) -> str:
    """A printed SIRET of the authority: its SIREN must be the receipt's."""
    if not siren:
        return ""
    for m in _SIRET.finditer(_part_text(part)):
        digits = re.sub(r"\D", "", m.group(1))
        if len(digits) == 14 and digits.startswith(siren):
            return digits
    return ""


def _int(v: Any) -> str:
    return "" if v is None else str(int(v))


def _proxies(meta: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in meta.get("excused") or [] if e.get("proxy_to")]


def _present_n(meta: dict[str, Any]) -> Optional[int]:
    if meta.get("present"):
        return len(meta["present"])
    return None


def _votes(meta: dict[str, Any]) -> dict[str, str]:
    vote = meta.get("vote") or {}
    pour, contre, abst = vote.get("for"), vote.get("against"), vote.get("abstention")
    reel: Optional[int] = None
    if pour is not None:                    # the votes cast, when counted
        reel = pour + (contre or 0) + (abst or 0)
    elif (present := _present_n(meta)) is not None:
        reel = present + len(_proxies(meta)) - len(meta.get("not_voting") or [])
    if vote.get("result") == "unanimity" and reel is not None and pour is None \
            and reel - (contre or 0) - (abst or 0) >= 0:
        contre = contre or 0
        pour = reel - contre - (abst or 0)
    return {"VOTE_EFFECTIF": _int(meta.get("in_office_count")), "VOTE_REEL": _int(reel), "VOTE_POUR": _int(pour),
            "VOTE_CONTRE": _int(contre), "VOTE_ABSTENTION": _int(abst)}


def _budget(subject: str) -> tuple[str, str]:
    year = _BUDGET_YEAR.search(subject)
    name = _BUDGET_NAME.search(subject)
    y = re.sub(r"\s", "", year.group(1)) if year else ""
    n = name.group(1).strip(" -") if name else ""
    return y, (n[:1].upper() + n[1:]) if n else ""


def published_url(source_path: str, base_url: Optional[str], relative_to: Optional[str | Path] = None) -> str:
    """Where the user says the file is published: ``base_url`` + its path under
    ``relative_to`` (its name without it); empty without a base URL or for a file
    outside ``relative_to`` (never a made-up address)."""
    if not base_url:
        return ""
    path = Path(source_path)
    if relative_to is not None:
        try:
            parts = path.resolve().relative_to(Path(relative_to).resolve()).parts
        except ValueError:
            return ""
    else:
        parts = (path.name,)
    return base_url.rstrip("/") + "/" + "/".join(quote(p) for p in parts)


def scdl_row(result: ParseResult, part: Part, base_url: Optional[str] = None,
             relative_to: Optional[str | Path] = None) -> dict[str, str]:
    """The SCDL row of one deliberation part."""
    meta = _meta(part)
    receipt = meta.get("act_receipt") or {}
    # A receipt shared from the session's minutes names the authority, not this act.
    own = bool(receipt) and (not receipt.get("page") or part.pages[0] <= receipt["page"] <= part.pages[-1])
    subject = meta.get("subject") or part.title or ""
    matiere = classify_subject(subject) or classify_subject(part.title)
    delib_id = meta.get("number") or (receipt.get("act_id") if own and receipt.get("nature") == "DE" else None) or ""
    budget_year, budget_name = _budget(subject)
    pref_id = ""
    if receipt and not receipt.get("sub_prefecture"):
        pref_id = f"PREF{receipt['department']}"
    row = {
        "COLL_NOM": authority_name(result, part, meta),
        "COLL_SIRET": _siret(part, receipt.get("siren")),
        "DELIB_ID": delib_id,
        "DELIB_DATE": meta.get("session_date") or (receipt.get("date") if own else None) or "",
        "DELIB_MATIERE_CODE": matiere.code if matiere else "",
        "DELIB_MATIERE_NOM": matiere.name if matiere else "",
        "DELIB_OBJET": " ".join(subject.split()),
        "BUDGET_ANNEE": budget_year if budget_name or matiere and matiere.code == "7.1" else "",
        "BUDGET_NOM": budget_name,
        "PREF_ID": pref_id,
        "PREF_DATE": (receipt.get("received") if own else None) or "",
        "DELIB_URL": published_url(result.source.path, base_url, relative_to),
    }
    row.update(_votes(meta))
    return {k: row[k] for k in SCDL_FIELDS}


def vote_row(result: ParseResult, part: Part, delib: dict[str, str]) -> dict[str, str]:
    """The vote-detail extension row of one deliberation part."""
    meta = _meta(part)
    receipt = meta.get("act_receipt") or {}
    proxies = _proxies(meta)
    excused_alone = [e["name"] for e in meta.get("excused") or [] if not e.get("proxy_to")]
    present = _present_n(meta)
    if present is None:
        present = meta.get("present_count")
    return {
        "DELIB_ID": delib["DELIB_ID"], "DELIB_DATE": delib["DELIB_DATE"],
        "COLL_SIREN": receipt.get("siren") or "", "ACTE_ID": receipt.get("id") or "",
        "VOTE_RESULTAT": (meta.get("vote") or {}).get("result") or "",
        "PRESENTS": _int(present),
        "REPRESENTES": _int(len(proxies)) if meta.get("excused") is not None and (proxies or present is not None) else "",
        "ABSENTS": _int(len(meta["absent"]) if meta.get("absent") else meta.get("absent_count")),
        "NE_PRENANT_PAS_PART": _int(len(meta["not_voting"])) if meta.get("not_voting") else "",
        "PRESENTS_NOMS": "; ".join(meta.get("present") or []),
        "POUVOIRS": "; ".join(f"{e['name']} à {e['proxy_to']}" for e in proxies),
        "EXCUSES_NOMS": "; ".join(excused_alone),
        "ABSENTS_NOMS": "; ".join(meta.get("absent") or []),
        "NE_PRENANT_PAS_PART_NOMS": "; ".join(meta.get("not_voting") or []),
        "SOURCE": result.source.path,
        "PAGES": f"{part.pages[0]}-{part.pages[-1]}" if part.pages else "",
    }


def deliberation_parts(results: Iterable[ParseResult]) -> Iterable[tuple[ParseResult, Part]]:
    for result in results:
        for part in result.parts:
            if part.kind == "deliberation":
                yield result, part


def _csv(rows: list[dict[str, str]], fields: list[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def votes_path(out: Path) -> Path:
    """The vote-detail file beside ``out``: deliberations.csv -> deliberations.votes.csv."""
    out = Path(out)
    return out.with_name(f"{out.stem}.votes.csv")


def write_scdl(results: list[ParseResult], out: Path, base_url: Optional[str] = None,
               relative_to: Optional[str | Path] = None) -> None:
    """Write the SCDL CSV to ``out`` and the vote detail to ``votes_path(out)`` (each atomically).
    ``base_url`` (and ``relative_to``): where the files are published, for DELIB_URL."""
    rows, votes = [], []
    for result, part in deliberation_parts(results):
        row = scdl_row(result, part, base_url, relative_to)
        rows.append(row)
        votes.append(vote_row(result, part, row))
    atomic_write_text(out, _csv(rows, SCDL_FIELDS))
    atomic_write_text(votes_path(out), _csv(votes, VOTE_FIELDS))
