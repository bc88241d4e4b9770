"""Diff output formats: text, md, html, json."""

from __future__ import annotations

import json

from ..records import DiffResult


def render_diff(result: DiffResult, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
    lines = [f"{c.type}: {c.summary or c.target}" for c in result.changes]
    if fmt == "md":
        return "# Changes\n\n" + "\n".join(f"- {x}" for x in lines) + "\n"
    if fmt == "html":
        items = "".join(f"<li>{x}</li>" for x in lines)
        return f"<!doctype html><html lang=fr><meta charset=utf-8><title>diff</title><ul>{items}</ul></html>\n"
    return "\n".join(lines) + ("\n" if lines else "no changes\n")
