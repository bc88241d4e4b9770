"""Diff output formats: text (terminal), md, json (CONTRACT.md), html.

The HTML page is self-contained (inline CSS, no script): the summary of
changes first, grouped by kind with amounts before → after, then a
side-by-side redline of every changed section; each change links to its
place in the redline (or to its own detail card when it has no section).
"""

from __future__ import annotations

import html
import json
import re
import sys

from ..change_types import groups, kind_of
from ..records import Change, DiffResult
from .redline import redline, sides
from .wording import euros, number

GROUPS = groups()        # (French title, change types), from change_types.py
STATUS_WORDS = {"applied": "appliqué", "declared_only": "annoncé seulement",
                "undeclared": "non annoncé", "conflict": "conflit"}


def render_diff(result: DiffResult, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(result_dict(result), ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return render_markdown(result)
    if fmt == "html":
        return render_html(result)
    return render_text(result, color=sys.stdout.isatty())


def result_dict(result: DiffResult) -> dict:
    """The JSON form (CONTRACT.md). ``evidence.places`` is written only for a
    figure stated somewhere (amount_changed, quantity_changed): other changes'
    evidence keeps its four fields."""
    d = result.to_dict()
    for c in d["changes"]:
        ev = c.get("evidence") or {}
        if not ev.get("places"):
            ev.pop("places", None)
    return d


def _grouped(result: DiffResult):
    for title, types in GROUPS:
        items = [c for c in result.changes if c.type in types]
        if items:
            yield title, items


def _values(c: Change) -> str:
    if c.type == "amount_changed":
        return f"{euros(c.before)} → {euros(c.after)}"
    if c.type == "quantity_changed":
        return f"{number(c.before)} → {number(c.after)}"
    return ""


def said(c: Change) -> str:
    """The change in words: its summary, else its type's label and target (never blank)."""
    return c.summary or f"{kind_of(c.type).label} : {c.target}"


def render_text(result: DiffResult, color: bool = False) -> str:
    if not result.changes:
        return "no changes\n"
    if color:
        try:
            import io

            from rich.console import Console
            console = Console(record=True, width=120, file=io.StringIO(), force_terminal=True)
            for title, items in _grouped(result):
                console.print(f"[bold]{title}[/bold]")
                for c in items:
                    style = {"conflict": "red", "declared_only": "yellow", "undeclared": "magenta"}.get(c.status, "green")
                    console.print(f"  [{style}]{STATUS_WORDS[c.status]:<17}[/{style}] {said(c)}", markup=True,
                                  highlight=False)
            return console.export_text(styles=True)
        except ImportError:
            pass
    lines = [f"{len(result.changes)} changes: " + ", ".join(f"{k} {v}" for k, v in sorted(result.stats.items()))]
    for title, items in _grouped(result):
        lines.append("")
        lines.append(title)
        for c in items:
            lines.append(f"  [{STATUS_WORDS[c.status]}] {said(c)}")
    return "\n".join(lines) + "\n"


def render_markdown(result: DiffResult) -> str:
    out = [f"# Changements : {result.old.path} → {result.new.path}", ""]
    if not result.changes:
        return "\n".join(out + ["Aucun changement.", ""])
    out.append("| type | nombre |")
    out.append("|---|---|")
    out += [f"| {k} | {v} |" for k, v in sorted(result.stats.items())]
    for title, items in _grouped(result):
        out += ["", f"## {title}", ""]
        for c in items:
            where = c.evidence.new_section or c.evidence.old_section
            tail = f" (art. {where})" if where else ""
            out.append(f"- **{STATUS_WORDS[c.status]}** — {_md(c.summary)}{tail}")
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return re.sub(r"([|*_`\[\]])", r"\\\1", text)


# ---------------------------------------------------------------------- HTML

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:80rem;color:#222;padding:0 1rem}
h1{font-size:1.4rem} h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
.st{font-size:.75rem;padding:.05rem .4rem;border-radius:.6rem;margin-right:.4rem;color:#fff}
.applied{background:#2b7a3d}.undeclared{background:#8a3d91}.declared_only{background:#b07d00}.conflict{background:#b3261e}
.vals{font-variant-numeric:tabular-nums;color:#333;margin-left:.4rem}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin:1rem 0 2rem}
.pair>div{background:#fafafa;border:1px solid #ddd;padding:.6rem .8rem;white-space:pre-wrap}
del{background:#fbd3d0;text-decoration:line-through}ins{background:#cdeccf;text-decoration:none}
.mv{background:#dbe6fb}.card{border:1px solid #ddd;padding:.5rem .8rem;margin:.6rem 0}
:target{outline:3px solid #f2b600}
"""


def _anchor(number: str) -> str:
    return "sec-" + re.sub(r"[^\w.-]", "_", number or "x")


def _seg_html(segs) -> str:
    out = []
    for s in segs:
        t = html.escape(s.text)
        if s.op == "=":
            out.append(t)
        elif s.op == "-":
            out.append(f"<del>{t}</del>")
        elif s.op == "+":
            out.append(f"<ins>{t}</ins>")
        else:
            arrow = "déplacé vers" if s.op == "<" else "déplacé depuis"
            out.append(f'<span class="mv" title="{arrow} (#{s.move})">{t}</span>')
    return "".join(out)


def render_html(result: DiffResult) -> str:
    esc = html.escape
    # The redline: one block per section that changed (text or heading).
    blocks: dict[str, str] = {}
    for c in result.changes:
        if not (c.type.startswith("article_") or c.type.startswith("annex_")) or c.status in ("declared_only", "conflict"):
            continue
        before = c.before if isinstance(c.before, dict) else {}
        after = c.after if isinstance(c.after, dict) else {}
        number_ = (after or before).get("number") or c.target
        anchor = _anchor(number_)
        if anchor in blocks and c.type == "article_renamed":
            continue
        left, right = sides(redline(before.get("text", ""), after.get("text", "")))
        head = f"{before.get('number', '')} {before.get('heading', '')}".strip() or "—"
        head_new = f"{after.get('number', '')} {after.get('heading', '')}".strip() or "—"
        blocks[anchor] = (f'<section id="{anchor}"><h3>{esc(head_new if after else head)}</h3>'
                          f'<div class="pair"><div><b>{esc(head)}</b>\n{_seg_html(left)}</div>'
                          f'<div><b>{esc(head_new)}</b>\n{_seg_html(right)}</div></div></section>')
    summary, cards = [], []
    for title, items in _grouped(result):
        summary.append(f"<h2>{esc(title)} ({len(items)})</h2><ul>")
        for c in items:
            k = result.changes.index(c)
            sec = c.evidence.new_section or c.evidence.old_section
            target = _anchor(c.target) if c.type.startswith(("article_", "annex_")) else _anchor(sec or "")
            if target not in blocks:
                target = f"chg-{k}"
                cards.append(f'<div class="card" id="chg-{k}"><b>{esc(c.type)}</b> — {esc(c.summary)}'
                             f'<pre>{esc(json.dumps({"before": c.before, "after": c.after}, ensure_ascii=False, indent=1))}</pre></div>')
            vals = _values(c)
            summary.append(f'<li class="change" data-type="{esc(c.type)}"><span class="st {c.status}">'
                           f'{esc(STATUS_WORDS[c.status])}</span><a href="#{target}">{esc(c.summary)}</a>'
                           + (f'<span class="vals">{esc(vals)}</span>' if vals else "") + "</li>")
        summary.append("</ul>")
    stats = ", ".join(f"{esc(k)} : {v}" for k, v in sorted(result.stats.items())) or "aucun changement"
    return ("<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
            f"<title>Changements — {esc(result.new.path)}</title><style>{_CSS}</style></head><body>"
            f"<h1>Changements de {esc(result.old.path)} à {esc(result.new.path)}</h1>"
            f'<p id="stats">{len(result.changes)} changement(s) — {stats}</p>'
            f'<div id="summary">{"".join(summary)}</div>'
            f'<h2>Texte comparé</h2><div id="redline">{"".join(blocks.values())}</div>'
            + (f'<h2>Détails</h2><div id="details">{"".join(cards)}</div>' if cards else "")
            + "</body></html>\n")
