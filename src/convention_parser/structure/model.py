"""What layer 2 hands to the fact extractors: parts, sections, paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from ..records import Amendment, Block, Section
from ..text.model import Line


@dataclass
class Paragraph:
    """A run of body lines with one provenance: the unit facts are read from."""
    text: str
    page: int
    section: Optional[str] = None      # number of the innermost section ("4.1.2")
    section_id: Optional[str] = None   # its Section.id
    list_item: bool = False
    lines: list[Line] = field(default_factory=list)
    block: Optional[Block] = None      # the Block it is output as (its id is set last)

    def joined(self, other: "Paragraph", text: str) -> "Paragraph":
        """This paragraph with ``other`` run into it, its text now ``text`` (how the two join is
        the caller's): this one's provenance and list mark, the lines of both."""
        return Paragraph(text=text, page=self.page, section=self.section, section_id=self.section_id,
                         list_item=self.list_item, lines=self.lines + other.lines)

    def split_at(self, cuts: list[int]) -> list["Paragraph"]:
        """The paragraph cut at the character offsets ``cuts`` (ascending), empty pieces
        dropped: the first piece keeps the list mark and the lines (the provenance of the
        rest is the page and section they share)."""
        bounds = [0] + cuts + [len(self.text)]
        return [Paragraph(text=self.text[a:b].strip(), page=self.page, section=self.section,
                          section_id=self.section_id, list_item=self.list_item if a == 0 else False,
                          lines=self.lines if a == 0 else [])
                for a, b in zip(bounds, bounds[1:]) if self.text[a:b].strip()]


@dataclass
class PartDraft:
    kind: str                          # deliberation | avenant | convention | other
    first_page: int
    last_page: int
    title: str = ""
    family: str = ""                   # the extractors/ rule set that matched
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    amendments: list[Amendment] = field(default_factory=list)
    preamble: str = ""
    preamble_blocks: list[Block] = field(default_factory=list)
    # The family's [metadata] rules, kept for passes over neighbouring parts (a
    # deliberation's number printed at the top of the avenant it approves).
    metadata_rules: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    # Amendment-like sentences no grammar rule could read (kept, not dropped).
    unparsed_instructions: list[str] = field(default_factory=list)

    def section_at(self, page: int, top: float) -> Optional[Section]:
        """The innermost section whose heading precedes (page, top)."""
        found = None
        for sec in self.sections:
            if (sec.page, sec.top) <= (page, top):
                found = sec
        return found
