"""Split a Document into the documents it holds (parts) and build each one.

Baseline: the whole PDF is one part of kind "other", one paragraph per line.
Issue 4 replaces this with classification by content and a section tree.
"""

from __future__ import annotations

from ..rules import RuleSet
from ..text.model import Document
from .model import Paragraph, PartDraft


def split_parts(doc: Document, rules: RuleSet) -> list[PartDraft]:
    if not doc.pages:
        return []
    draft = PartDraft(kind="other", first_page=doc.pages[0].number, last_page=doc.pages[-1].number)
    for line in doc.lines():
        if line.table_id is None:
            draft.paragraphs.append(Paragraph(text=line.text, page=line.page, lines=[line],
                                              list_item=line.list_item))
    first = next((p.text for p in draft.paragraphs if p.text.strip()), "")
    draft.title = first[:200]
    return [draft]
