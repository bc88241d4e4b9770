"""Parser for the `.cpd` corpus source format (see corpora/FORMAT.md)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Heading:
    level: int
    label: str          # as the source writes it: "Article 3.1", "I", "Annexe C2", ""
    title: str


@dataclass
class Para:
    text: str
    align: str = "justify"   # justify | center | right | left
    bold: bool = False
    placeholder: bool = False


@dataclass
class Item:
    text: str
    level: int = 1           # 1 or 2
    number: str | None = None  # "1." for numbered items


@dataclass
class Cell:
    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass
class Table:
    title: str
    rows: list[list[Cell]]
    header_rows: int = 0
    rules: str = "all"
    widths: list[float] | None = None
    repeat_header: bool = False


@dataclass
class Break:
    kind: str   # "page" | "landscape" | "portrait"


@dataclass
class Source:
    path: Path
    meta: dict[str, str]
    blocks: list
    footnotes: dict[str, str] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return self.meta.get("kind", "other")

    @property
    def title(self) -> str:
        return self.meta.get("title", "")


HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*\|\s*(.*)$")
ITEM_RE = re.compile(r"^(\s*)(?:(-)|(o)|(\d+\.))\s+(.*)$")
FOOTDEF_RE = re.compile(r"^\[\^(\w+)\]:\s*(.*)$")
SPAN_RE = re.compile(r"^\{(colspan|rowspan)=(\d+)\}\s*")


def _item_match(line: str):
    m = ITEM_RE.match(line)
    if not m:
        return None
    indent, dash, o, num, text = m.groups()
    level = 2 if (o or (dash and len(indent) >= 2)) else 1
    return Item(text=text.strip(), level=level, number=num)


def _parse_cell(raw: str) -> Cell:
    cell = Cell(text="")
    raw = raw.strip()
    while True:
        m = SPAN_RE.match(raw)
        if not m:
            break
        setattr(cell, m.group(1), int(m.group(2)))
        raw = raw[m.end():]
    cell.text = raw.replace("\\n", "\n").strip()
    return cell


def _parse_table(lines: list[str]) -> Table:
    opts: dict[str, str] = {}
    rows: list[list[Cell]] = []
    for line in lines:
        s = line.strip()
        if s.startswith("|"):
            body = s[1:-1] if s.endswith("|") and len(s) > 1 else s[1:]
            rows.append([_parse_cell(c) for c in body.split("|")])
        elif ":" in s and not rows:
            k, v = s.split(":", 1)
            opts[k.strip()] = v.strip()
    widths = [float(w) for w in opts["widths"].split(",")] if "widths" in opts else None
    return Table(
        title=opts.get("title", ""),
        rows=rows,
        header_rows=int(opts.get("header_rows", "0")),
        rules=opts.get("rules", "all"),
        widths=widths,
        repeat_header=opts.get("repeat_header", "no").lower() in ("yes", "true", "1"),
    )


def parse(path: Path) -> Source:
    text = Path(path).read_text(encoding="utf-8")
    lines = text.splitlines()
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines) and lines[i].strip():
        k, _, v = lines[i].partition(":")
        meta[k.strip()] = v.strip()
        i += 1
    src = Source(path=Path(path), meta=meta, blocks=[])
    para: list[str] = []
    item: Item | None = None

    def flush():
        nonlocal para, item
        if item is not None:
            src.blocks.append(item)
            item = None
        if para:
            src.blocks.append(Para(" ".join(para)))
            para = []

    while i < len(lines):
        line = lines[i].rstrip()
        s = line.strip()
        i += 1
        if not s:
            flush()
            continue
        if s == "::: table":
            flush()
            body = []
            while i < len(lines) and lines[i].strip() != ":::":
                body.append(lines[i])
                i += 1
            i += 1
            src.blocks.append(_parse_table(body))
            continue
        if s in ("\\pagebreak", "\\landscape", "\\portrait"):
            flush()
            src.blocks.append(Break(s[1:].replace("pagebreak", "page")))
            continue
        m = HEADING_RE.match(s)
        if m and line.startswith("#"):
            flush()
            src.blocks.append(Heading(len(m.group(1)), m.group(2).strip(), m.group(3).strip()))
            continue
        m = FOOTDEF_RE.match(s)
        if m:
            flush()
            src.footnotes[m.group(1)] = m.group(2).strip()
            # continuation lines of a footnote definition
            while i < len(lines) and lines[i].strip():
                src.footnotes[m.group(1)] += " " + lines[i].strip()
                i += 1
            continue
        kw: dict = {}
        matched = True
        while matched:   # one-line commands may be stacked: "!center !bold TITLE"
            matched = False
            for cmd, opt in (("!center ", ("align", "center")), ("!right ", ("align", "right")),
                             ("!bold ", ("bold", True)), ("\\placeholder ", ("placeholder", True))):
                if s.startswith(cmd):
                    kw[opt[0]] = opt[1]
                    s = s[len(cmd):].strip()
                    matched = True
        if kw:
            flush()
            src.blocks.append(Para(s, **kw))
        else:
            it = _item_match(line)
            if it is not None:
                flush()
                item = it
            elif item is not None:   # continuation of a list item
                item.text += " " + s
            else:
                para.append(s)
    flush()
    return src
