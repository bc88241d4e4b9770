"""The legality-control receipt printed on a published act.

An act sent to the prefecture through the ACTES platform comes back stamped
with its identifier, ``DDD-SSSSSSSSS-YYYYMMDD-ACTID-NN``:

- DDD: the department on three characters ("062", "02B", "974");
- SSSSSSSSS: the SIREN of the authority that adopted the act;
- YYYYMMDD: the date of the decision;
- ACTID: the authority's own number of the act (letters, digits, "_");
- NN: the nature of the act (DE délibération, AR/AI arrêtés, CC contrat, BF budget, AU autre).

The stamp's wording varies with the transmission software ("Accusé de
réception en préfecture … Date de réception préfecture : 03/07/2023",
"Envoyé en préfecture le … Reçu en préfecture le … ID : …", "Réception par le
préfet : …"); the identifier is the anchor, the dates are read from the words
printed around it. Text extraction may space the hyphens ("062 - 2162…") or
break the identifier across lines: both are tolerated.
"""

from __future__ import annotations

import re
from typing import Optional

from ..records import ActReceipt
from ..text.model import Document, Page
from .page_facts import share_out
from .settings import ReceiptSettings, structure_settings

NATURES = {"DE": "délibération", "AR": "arrêté réglementaire", "AI": "arrêté individuel",
           "CC": "contrat, convention", "BF": "document budgétaire", "AU": "autre"}

_SEP = r"\s*-\s*"
ACT_ID = re.compile(
    r"(?<!\d)(?P<dep>\d{3}|\d{2}[AB]?|2[AB])" + _SEP + r"(?P<siren>\d{9})" + _SEP
    + r"(?P<date>(?:19|20)\d{6})" + _SEP + r"(?P<act>[A-Za-z0-9_]{1,30}?)" + _SEP
    + r"(?P<nature>" + "|".join(NATURES) + r")(?![a-z])")

_DATE = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})"
# What the receipt calls the day the prefecture registered the act, and the day it was sent.
RECEIVED = re.compile(r"(?i)(?:r[ée]ception\s+(?:en\s+|par\s+la\s+|par\s+le\s+)?(?:sous-)?pr[ée]fe\w*"
                      r"|re[çc]u\s+(?:en|à la|a la)\s+(?:sous-)?pr[ée]fecture(?:\s+le)?)\s*:?\s*(?:le\s+)?" + _DATE)
SENT = re.compile(r"(?i)(?:date\s+de\s+t[ée]l[ée]transmission|envoy[ée]\s+en\s+(?:sous-)?pr[ée]fecture(?:\s+le)?"
                  r"|transmis\s+(?:en|à la)\s+(?:sous-)?pr[ée]fecture(?:\s+le)?)\s*:?\s*(?:le\s+)?" + _DATE)
SUB_PREFECTURE = re.compile(r"(?i)sous-pr[ée]fe")
# Words only a stamp prints: their page holds a receipt even when its identifier did not read.
STAMP_WORDS = re.compile(r"(?i)r[ée]ception en (?:sous-)?pr[ée]fecture|t[ée]l[ée]transmission"
                         r"|re[çc]u en (?:sous-)?pr[ée]fecture|envoy[ée] en (?:sous-)?pr[ée]fecture")
# The words a stamp opens with: what a field glued to a stamp line is cut at.
STAMP_START = re.compile(r"(?i)\s*\b(?:accus[ée] de r[ée]ception|envoy[ée] en (?:sous-)?pr[ée]fecture"
                         r"|re[çc]u en (?:sous-)?pr[ée]fecture|date de t[ée]l[ée]transmission)\b.*$")


def _iso(m: re.Match, first: int = 1) -> Optional[str]:
    d, mo, y = (int(m.group(first)), int(m.group(first + 1)), int(m.group(first + 2)))
    if 1 <= d <= 31 and 1 <= mo <= 12:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _department(raw: str) -> str:
    raw = raw.upper()
    return raw.zfill(3) if raw.isdigit() or len(raw) < 3 else raw


def _nearest(pattern: re.Pattern, text: str, at: int) -> Optional[str]:
    best, dist = None, None
    for m in pattern.finditer(text):
        d = abs(m.start() - at)
        if dist is None or d < dist:
            best, dist = _iso(m, 1), d
    return best


def read_receipts(text: str, settings: ReceiptSettings | None = None, page: int = 0) -> list[ActReceipt]:
    """Every receipt identifier in ``text`` (once each), with the dates printed beside it."""
    settings = settings or structure_settings().receipt
    out: list[ActReceipt] = []
    seen: set[str] = set()
    for m in ACT_ID.finditer(text):
        d = m.group("date")
        if not (1 <= int(d[4:6]) <= 12 and 1 <= int(d[6:]) <= 31):
            continue
        dep = _department(m.group("dep"))
        ident = f"{dep}-{m.group('siren')}-{d}-{m.group('act')}-{m.group('nature')}"
        if ident in seen:
            continue
        seen.add(ident)
        lo, hi = max(0, m.start() - settings.window), m.end() + settings.window
        around = text[lo:hi]
        at = m.start() - lo
        out.append(ActReceipt(
            id=ident, department=dep, siren=m.group("siren"), date=f"{d[:4]}-{d[4:6]}-{d[6:]}",
            act_id=m.group("act"), nature=m.group("nature"),
            transmitted=_nearest(SENT, around, at), received=_nearest(RECEIVED, around, at),
            sub_prefecture=bool(SUB_PREFECTURE.search(around)), page=page))
    return out


def _page_text(page: Page) -> str:
    """Body, running header and footer: a stamp repeated on every page is furniture."""
    return "\n".join(ln.text for ln in [*page.header, *page.lines, *page.footer])


def _raw_texts(pdf_path: Optional[str], numbers: list[int]) -> dict[int, str]:
    """pdfium's own character stream of some pages (a stamp laid over other text survives in it)."""
    if not pdf_path or not numbers:
        return {}
    import pypdfium2 as pdfium

    out: dict[int, str] = {}
    try:
        pdf = pdfium.PdfDocument(pdf_path)
    except Exception:
        return {}
    try:
        for n in numbers:
            page = pdf[n - 1]
            textpage = page.get_textpage()
            out[n] = textpage.get_text_range()
            textpage.close()
            page.close()
    except Exception:  # a page that fails costs its stamp, not the parse
        pass
    finally:
        pdf.close()
    return out


def receipts_by_page(doc: Document, pdf_path: Optional[str] = None,
                     settings: ReceiptSettings | None = None) -> dict[int, list[ActReceipt]]:
    """The receipts printed on each page. A stamp overlaid on other text can come out of the
    reading order interleaved with it ("a0d5m9 - 2i5n9…"): a page that prints the stamp's words
    but yields no identifier is read again from pdfium's character stream."""
    settings = settings or structure_settings().receipt
    found: dict[int, list[ActReceipt]] = {}
    garbled: list[int] = []
    for p in doc.pages:
        text = _page_text(p)
        if receipts := read_receipts(text, settings, p.number):
            found[p.number] = receipts
        elif STAMP_WORDS.search(text):
            garbled.append(p.number)
    for n, text in _raw_texts(pdf_path, garbled).items():
        if receipts := read_receipts(text, settings, n):
            found[n] = receipts
    return found


def strip_stamp(text: Optional[str]) -> Optional[str]:
    """A field a stamp line was glued to ("COMMUNE DE X Accusé de réception en préfecture") without the stamp."""
    if not text:
        return text
    cut = STAMP_START.sub("", text).strip()
    return cut or text


def _choose(receipts: list[ActReceipt]) -> Optional[ActReceipt]:
    """A "DE" (délibération) receipt first, else the first."""
    return next((r for r in receipts if r.nature == "DE"), receipts[0] if receipts else None)


def attach_receipts(drafts: list, doc: Document, pdf_path: Optional[str] = None) -> None:
    """Each deliberation part gets the receipt printed on its pages (metadata["act_receipt"]),
    else the one its session's minutes print (structure/page_facts.py): ``page`` tells a
    shared receipt apart."""
    parts = [d for d in drafts if d.kind == "deliberation" and isinstance(d.metadata, dict)]
    given = share_out(parts, receipts_by_page(doc, pdf_path), _choose)
    for d in parts:
        receipt = given[id(d)]
        d.metadata["act_receipt"] = receipt.to_dict() if receipt else None
        if receipt is not None:
            d.metadata["organisation"] = strip_stamp(d.metadata.get("organisation"))
