"""A human-readable Markdown rendering of a parse result."""

from __future__ import annotations

from ..records import ParseResult


def _euros(value: float) -> str:
    s = f"{value:,.2f}".replace(",", " ").replace(".", ",")
    return (s[:-3] if s.endswith(",00") else s) + " €"


def _value_md(value) -> str:
    """A metadata value as a person writes it: lists joined, proxies spelled out."""
    if isinstance(value, list):
        return ", ".join(_value_md(v) for v in value)
    if isinstance(value, dict):
        if "name" in value:
            proxy = value.get("proxy_to")
            return value["name"] + (f" (pouvoir à {proxy})" if proxy else "")
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v is not None)
    return str(value)


def result_markdown(result: ParseResult) -> str:
    src = result.source
    out = [f"# {src.path}", "", f"{src.pages} pages, text from {src.text_source}, sha256 `{src.sha256[:12]}`", ""]
    for i, part in enumerate(result.parts, 1):
        out += [f"## Part {i}: {part.kind} (pages {part.pages[0]}–{part.pages[1]})", "", f"**{part.title}**", ""]
        meta = {k: v for k, v in (part.metadata or {}).items() if v not in (None, [], {}, "")}
        if meta:
            out.append("| field | value |\n|---|---|")
            for k, v in meta.items():
                shown = _value_md(v).replace("|", "/")
                if isinstance(v, list):
                    shown = f"{len(v)}: {shown}"
                out.append(f"| {k} | {shown} |")
            out.append("")
        if part.sections:
            out.append("### Sections\n")
            for s in part.sections:
                out.append(f"{'  ' * (s.level - 1)}- {s.number} {s.heading} (p. {s.page})")
            out.append("")
        if part.operations:
            out.append("### Operations\n\n| type | site | commune | maître d'ouvrage | logements | montant | page |\n|---|---|---|---|---|---|---|")
            for o in part.operations:
                amount = _euros(o.amount) if o.amount is not None else ""
                out.append(f"| {o.type} | {o.name} | {o.commune or ''} | {o.maitre_ouvrage or ''} | "
                           f"{o.logements if o.logements is not None else ''} | {amount} | {o.page} |")
            out.append("")
        if part.amendments:
            out.append("### Amendments\n")
            for a in part.amendments:
                extra = " (placeholder)" if a.placeholder else ""
                out.append(f"- {a.action} {a.target_kind} {a.target}{extra}" + (f": « {a.new_heading} »" if a.new_heading else ""))
            out.append("")
        if part.tables:
            out.append("### Tables\n")
            for t in part.tables:
                out.append(f"- {t.title or t.id}: {t.n_rows} rows × {t.n_cols} columns (p. {', '.join(map(str, t.pages))})")
            out.append("")
        if part.amounts:
            out.append(f"### Amounts ({len(part.amounts)})\n")
            for a in part.amounts[:50]:
                out.append(f"- {_euros(a.value)} — p. {a.page}, § {a.section or '-'}" + (f" — {a.label}" if a.label else ""))
            if len(part.amounts) > 50:
                out.append(f"- … {len(part.amounts) - 50} more")
            out.append("")
    if result.warnings:
        out.append("## Warnings\n")
        out += [f"- {w}" for w in result.warnings]
    return "\n".join(out) + "\n"
