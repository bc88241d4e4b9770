"""Labels inside a field's value.

- Run-in labels: the whole attendance written as one paragraph, "Étaient présents : A, B.
  Étaient excusés et représentés : C par D. Était absente : E." The header reader opens a field
  where a label starts a row only, so the first field swallows the paragraph; a label after a
  sentence's end, followed by its colon, opens the next field there (`split_run_in`).
- Group labels inside a present list: "M. le Maire, Mmes et MM. les Adjoints : A, B, Mmes et
  MM. les Conseillers municipaux : C" names people by group; the groups' labels are no names
  (`without_group_labels`), and the chair named by title only ("M. le Maire") is the session's
  president, whose name the opening sentence or the signature gives (`names_chair`).
"""

from __future__ import annotations

import re
from typing import Optional

from .attendance import Field, Header, Labels, Piece

# A sentence's end, then the words a label may be: where a run-in label may start.
_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-ZÀ-ÝÉ])")


def _label_at(text: str, labels: Labels) -> Optional[tuple[str, str, str]]:
    """(kind, label, value) when ``text`` opens with a label and its colon."""
    hit = labels.match_text(text, alone_ok=False)
    if hit is None or hit[4]:       # a run-in label always has its colon
        return None
    kind, label, _count, value, _open = hit
    return kind, label, value


def split_run_in(head: Header, labels: Labels) -> None:
    """Cut every list field at the labels its value runs into, in place."""
    order: list[tuple[str, object]] = []
    fields: list[Field] = []
    for kind, item in head.order:
        if kind != "field":
            order.append((kind, item))
            continue
        f: Field = item  # type: ignore[assignment]
        parts = _cut(f, labels)
        for g in parts:
            order.append(("field", g))
            fields.append(g)
    for (k1, a), (k2, b) in zip(order, order[1:]):
        if k1 == "field" and k2 == "field":
            _give_back_label_start(a, b, labels)  # type: ignore[arg-type]
    head.order[:] = order
    head.fields[:] = fields


# The words after a value's last sentence end ("… Claire LOPEZ. Étaient").
_TAIL = re.compile(r"(?<=[.;])\s+((?:[^\s.;]+\s+){0,2}[^\s.;]+)$")


def _give_back_label_start(a: Field, b: Field, labels: Labels) -> None:
    """A label wrapped after its first words ("… LOPEZ. Étaient" / "excusés et représentés :"):
    the row holding the rest opened the next field, the first words stayed at the end of the
    value above; they go back to the label."""
    if not a.pieces:
        return
    last = a.pieces[-1]
    m = _TAIL.search(last.text)
    if m is None:
        return
    hit = labels.match_text(f"{m.group(1)} {b.label} :", alone_ok=False)
    if hit is not None and hit[0] == b.kind and len(hit[1]) > len(b.label):
        last.text = last.text[:m.start()].rstrip()
        b.label = hit[1]


def _cut(f: Field, labels: Labels) -> list[Field]:
    text = f.text
    starts = [m.end() for m in _SENTENCE_END.finditer(text)]
    found = [(s, hit) for s in starts if (hit := _label_at(text[s:], labels)) is not None]
    if not found or not f.pieces:
        return [f]
    first = f.pieces[0]
    out: list[Field] = []
    ends = [s for s, _ in found] + [len(text)]
    head_text = text[:found[0][0]].strip()
    out.append(_with_text(f, f.kind, f.label, head_text, first))
    for (s, (kind, label, _value)), end in zip(found, ends[1:]):
        value = _label_at(text[s:end], labels)
        out.append(_with_text(f, kind, label, value[2] if value else "", first))
    return out


def _with_text(f: Field, kind: str, label: str, text: str, like: Piece) -> Field:
    g = Field(kind, label, f.count if kind == f.kind else None, f.x, f.page, value_x=f.value_x,
              last_top=f.last_top, last_height=f.last_height, right=f.right, in_table=f.in_table,
              size=f.size)
    g.pieces = [Piece(text.strip(), like.x0, like.x1, False, like.first_width, like.height,
                      like.in_table)] if text.strip() else []
    return g


def without_group_labels(text: str, group_label: Optional[str]) -> str:
    """The list with its groups' labels ("Mmes et MM. les Adjoints :") turned into separators."""
    if not group_label:
        return text
    return re.sub(group_label, ", ", text, flags=re.IGNORECASE)


def names_chair(entry: str, chair_title: Optional[str]) -> bool:
    """The entry names the chair by title only ("M. le Maire", "Mme la Présidente")."""
    return bool(chair_title) and re.fullmatch(chair_title, entry.strip(" .,;"), re.IGNORECASE) is not None
