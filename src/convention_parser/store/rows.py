"""A parse output (its JSON dict) as rows of the store's tables.

Pure functions, no database: the workers of ``ingest`` call ``result_rows`` so the
main process only inserts. Rows are built from the JSON dict, the same one the
``documents.result`` column keeps, so what is stored and what is rebuilt agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from ..french.departments import name_of
from ..records import Table, part_from_dict
from .departments import result_departments
from ..tables.cells import cell_value, column_label, label_columns, row_label

Rows = dict[str, list[dict[str, Any]]]

ROLES = ("present", "excused", "absent", "not_voting")


def iso_date(value: Any) -> Optional[dt.date]:
    """An ISO date string as a date; anything else (None, "2024-03", garbage) as None."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _int(value: Any) -> Optional[int]:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _covered(table: Table) -> set[tuple[int, int]]:
    """Cells that are spread copies of a merged cell (rows counted with the header)."""
    out = set()
    for r, c, rs, cs in table.merged:
        out.update((i, j) for i in range(r, r + rs) for j in range(c, c + cs) if (i, j) != (r, c))
    return out


def cell_rows(table: Table) -> list[dict[str, Any]]:
    """Every cell of a table, header cells first; a merged cell once, at its origin
    (its spread copies would count an amount twice)."""
    out = []
    covered = _covered(table)
    for r, row in enumerate(table.header):
        for c, text in enumerate(row):
            if (r, c) not in covered:
                out.append({"table_id": table.id, "header": True, "row": r, "col": c,
                            "row_label": None, "col_label": None, "text": text,
                            "kind": None, "value": None, "unit": None, "key": None})
    k = label_columns(table) if table.rows else 1
    n_header = len(table.header)
    col_labels = {c: column_label(table, c) for c in range(table.n_cols)}
    for r, row in enumerate(table.rows):
        label = row_label(table, row, k)
        for c, text in enumerate(row):
            if (r + n_header, c) in covered:
                continue
            v = cell_value(text) if c >= k else None
            out.append({"table_id": table.id, "header": False, "row": r, "col": c,
                        "row_label": label, "col_label": col_labels.get(c) or None, "text": text,
                        "kind": v.kind if v else None, "value": v.value if v else None,
                        "unit": v.unit if v else None, "key": v.key if v else None})
    return out


def _deliberation_rows(meta: dict[str, Any], rows: Rows, key: dict[str, Any]) -> None:
    rows["deliberations"].append({
        **key, "number": meta.get("number"), "organisation": meta.get("organisation"),
        "body": meta.get("body"), "session_date": iso_date(meta.get("session_date")),
        "president": meta.get("president"), "subject": meta.get("subject"),
        "secretary": meta.get("secretary"), "rapporteur": meta.get("rapporteur"),
        "theme": meta.get("theme"), "present_count": _int(meta.get("present_count")),
        "excused_count": _int(meta.get("excused_count")), "absent_count": _int(meta.get("absent_count")),
        "in_office_count": _int(meta.get("in_office_count")), **_receipt(meta.get("act_receipt") or {}),
    })
    for role in ROLES:
        for person in meta.get(role) or []:
            if isinstance(person, dict):  # excused: {"name", "proxy_to"}
                name, proxy = person.get("name"), person.get("proxy_to")
            else:
                name, proxy = person, None
            rows["members"].append({**key, "person": name, "role": role, "proxy_to": proxy})
    vote = meta.get("vote") or {}
    rows["votes"].append({**key, "result": vote.get("result"), "votes_for": _int(vote.get("for")),
                          "votes_against": _int(vote.get("against")),
                          "abstention": _int(vote.get("abstention"))})


def _receipt(receipt: dict[str, Any]) -> dict[str, Any]:
    """The legality-control receipt's fields as deliberation columns (None when not printed)."""
    return {"receipt_id": receipt.get("id"), "department": receipt.get("department"),
            "siren": receipt.get("siren"), "act_id": receipt.get("act_id"),
            "act_nature": receipt.get("nature"), "transmitted": iso_date(receipt.get("transmitted")),
            "received": iso_date(receipt.get("received"))}


def _copy(rec: dict[str, Any], columns: list[str], key: dict[str, Any],
          rename: dict[str, str] | None = None) -> dict[str, Any]:
    rename = rename or {}
    return {**key, **{rename.get(c, c): rec.get(c) for c in columns}}


def result_rows(result: dict[str, Any]) -> Rows:
    """Rows of every record table for one parse output (``ParseResult.to_dict()``),
    without ``document_id`` (the writer adds it)."""
    import json

    rows: Rows = {name: [] for name in ("parts", "sections", "tables", "cells", "amounts", "quantities",
                                        "dates", "entities", "operations", "amendments", "deliberations",
                                        "members", "votes", "avenants")}
    document_department, part_departments = result_departments(result)
    # Not a table: the columns of the file's ``documents`` row that the parse output gives.
    rows["document"] = [{"department": document_department}]
    for i, p in enumerate(result.get("parts", [])):
        key = {"part": i}
        pages = p.get("pages") or [None, None]
        department = part_departments[i]
        rows["parts"].append({**key, "kind": p.get("kind"), "first_page": pages[0], "last_page": pages[-1],
                              "title": p.get("title"), "preamble": p.get("preamble"),
                              "family": p.get("family") or None, "department": department.code,
                              "department_name": name_of(department.code),
                              "department_source": department.source})
        for s in p.get("sections", []):
            rows["sections"].append(_copy(s, ["id", "number", "heading", "level", "page", "parent",
                                              "label", "text"], key))
        for t in part_from_dict(p).tables:
            rows["tables"].append({**key, "id": t.id, "title": t.title,
                                   "first_page": t.pages[0] if t.pages else None,
                                   "last_page": t.pages[-1] if t.pages else None, "section": t.section,
                                   "n_rows": t.n_rows, "n_cols": t.n_cols,
                                   "header": json.dumps(t.header, ensure_ascii=False)})
            rows["cells"].extend({**key, **c} for c in cell_rows(t))
        for a in p.get("amounts", []):
            rows["amounts"].append(_copy(a, ["text", "value", "currency", "page", "section", "qualifier",
                                             "per", "label", "table"], key, {"table": "table_id"}))
        for q in p.get("quantities", []):
            rows["quantities"].append(_copy(q, ["text", "value", "unit", "page", "section", "label", "table"],
                                            key, {"table": "table_id"}))
        for d in p.get("dates", []):
            row = _copy(d, ["text", "value", "precision", "page", "section"], key)
            row["value"] = iso_date(row["value"])
            rows["dates"].append(row)
        for e in p.get("entities", []):
            rows["entities"].append(_copy(e, ["text", "label", "normalized", "page", "section"], key))
        for o in p.get("operations", []):
            row = _copy(o, ["type", "name", "commune", "quartier", "maitre_ouvrage", "logements", "amount",
                            "page", "section", "text"], key)
            row["logements"] = _int(row["logements"])
            row["department"] = department.code  # the part's: operations seldom name theirs
            rows["operations"].append(row)
        for a in p.get("amendments", []):
            rows["amendments"].append(_copy(a, ["target", "target_kind", "action", "new_heading", "new_text",
                                                "section", "page", "placeholder", "raw"], key))
        meta = p.get("metadata") or {}
        if p.get("kind") == "deliberation":
            _deliberation_rows(meta, rows, key)
        elif p.get("kind") == "avenant":
            rows["avenants"].append({**key, "number": meta.get("number"),
                                     "convention_number": meta.get("convention_number"),
                                     "convention_signature_date": iso_date(meta.get("convention_signature_date")),
                                     "parties": json.dumps(meta.get("parties") or [], ensure_ascii=False)})
    return rows
