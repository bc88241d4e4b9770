"""The records convention-parser produces: the public data model.

Every class here maps one-to-one onto a name fixed by CONTRACT.md (shared with
other programs). Fields may be added; none may be renamed or dropped. The JSON
Schema printed by ``convention-parser schema`` is generated from these classes
(see ``schema.py``), so the two cannot drift apart.

Conventions:
- pages are 1-based;
- ``section`` fields hold the *number* of the innermost numbered section
  ("4.1.2") or ``None`` when the fact precedes any heading;
- amounts are in euros, whatever unit the text used ("1,88 M€" -> 1880000.0).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal, NotRequired, Optional, TypedDict, Union

from .change_types import NAMES

SCHEMA_VERSION = "1"

# The built-in part kinds. Kinds are open: a rule file may name its own ([meta] kind in
# extractors/*.toml, checked by rules.check_family); the published schema lists those of
# the rule set it is generated for (schema.parse_output_schema).
PartKind = Literal["deliberation", "avenant", "convention", "other"]
TextSource = Literal["pdf", "ocr", "mixed"]
TargetKind = Literal["article", "annexe", "preambule", "titre"]
AmendAction = Literal["replace", "insert", "repeal", "rename", "unchanged"]
# "adopted": adopted with no count and no word of unanimity ("Le Conseil adopte.")
VoteResult = Literal["unanimity", "majority", "adopted", "rejected"]
ChangeStatus = Literal["applied", "declared_only", "undeclared", "conflict"]
# The change types and their order, groups and labels live in change_types.py.
ChangeType = Literal[NAMES]  # type: ignore[valid-type]


class Record:
    """Mixin: plain-dict conversion for JSON export (keeps field order)."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[arg-type]


# --------------------------------------------------------------------------
# Parse output
# --------------------------------------------------------------------------

@dataclass
class Source(Record):
    path: str
    sha256: str
    pages: int
    text_source: TextSource = "pdf"


@dataclass
class Block(Record):
    """One unit of a section's content, in reading order: a paragraph, a list item,
    a reference to a table printed there, a footnote called there. ``id`` is unique
    in the part ("b12"); facts name the block they were read from."""
    id: str
    kind: Literal["paragraph", "list_item", "table", "footnote"]
    text: str
    page: int
    top: float = 0.0             # y of the block's first line on its page (points from the top)
    table: Optional[str] = None  # kind "table": the Table.id
    mark: Optional[str] = None   # kind "footnote": its mark ("1")
    # Where it is printed: [page, x0, top, x1, bottom] (points, origin top-left) per page
    # it covers (a paragraph broken by a page break has two). Paragraphs and list items.
    boxes: list[list[float]] = field(default_factory=list)


@dataclass
class Section(Record):
    """A numbered heading and the text it owns (up to the next heading)."""
    id: str                      # stable within a part: "s12"
    number: str                  # as normalised: "4.1.2", "I", "II", "C2"
    heading: str                 # the title, without the number
    level: int                   # 1 = top
    page: int
    parent: Optional[str] = None  # id of the parent section
    text: str = ""               # the section's own text (not its children's)
    label: str = ""              # the number as printed: "Article 4.1.2 –"
    last_amended_by: Optional[str] = None  # set by consolidate
    kind: str = ""               # the heading's kind in its family: "article", "annexe", "titre", ...
    top: float = 0.0             # y of the heading on its page
    blocks: list[Block] = field(default_factory=list)  # its own content (not its children's)


@dataclass
class Table(Record):
    id: str
    title: str
    pages: list[int]
    header: list[list[str]]      # header rows
    rows: list[list[str]]        # data rows, cells as text
    n_rows: int                  # data rows only
    n_cols: int
    section: Optional[str] = None
    # A cell that was merged over several columns/rows in the PDF is spread
    # (repeated) into each of them; merged[i] = [row, col, rowspan, colspan].
    merged: list[list[int]] = field(default_factory=list)
    # Page of each data row (rows[i] is printed on row_pages[i]), for tables
    # that span pages; empty when unknown.
    row_pages: list[int] = field(default_factory=list)
    # Notes printed as the table's closing row ("(1) Montants hors taxes."), out of its rows.
    notes: list[str] = field(default_factory=list)

    def page_of_row(self, i: int) -> int:
        """The page data row ``i`` is printed on (tables continue across pages)."""
        if self.row_pages and 0 <= i < len(self.row_pages):
            return self.row_pages[i]
        return self.pages[0] if self.pages else 0


@dataclass
class Amount(Record):
    text: str
    value: float
    currency: str = "EUR"
    page: int = 0
    section: Optional[str] = None
    # Optional context: "HT"/"TTC", per-unit ("logement"), what it measures.
    qualifier: Optional[str] = None
    per: Optional[str] = None
    label: Optional[str] = None  # table row/column labels or prose subject
    table: Optional[str] = None  # table id when read from a table cell
    block: Optional[str] = None       # id of the Block it was read from (prose)
    section_id: Optional[str] = None  # Section.id (numbers repeat: "Article 2", "Annexe 2")
    row: Optional[str] = None         # the table row it was read from: "<Table.id>#<row index>"


@dataclass
class Quantity(Record):
    text: str
    value: float
    unit: str                    # "logement", "lls", "place", "m2", "ha", "droit", "heure", "percent"
    page: int = 0
    section: Optional[str] = None
    label: Optional[str] = None
    table: Optional[str] = None
    block: Optional[str] = None       # id of the Block it was read from (prose)
    section_id: Optional[str] = None  # Section.id (numbers repeat: "Article 2", "Annexe 2")
    row: Optional[str] = None         # the table row it was read from: "<Table.id>#<row index>"


@dataclass
class DateFact(Record):
    text: str
    value: Optional[str]         # ISO 8601 date, None when vague
    page: int = 0
    precision: Literal["day", "month", "year", "semester", "quarter", "vague"] = "day"
    section: Optional[str] = None
    block: Optional[str] = None       # id of the Block it was read from (prose)
    section_id: Optional[str] = None  # Section.id (numbers repeat: "Article 2", "Annexe 2")
    row: Optional[str] = None         # the table row it was read from: "<Table.id>#<row index>"


@dataclass
class Entity(Record):
    text: str
    label: str                   # "PER", "ORG", "LOC", "QPV", "LAW", "MISC"
    normalized: str
    page: int = 0
    section: Optional[str] = None
    block: Optional[str] = None       # id of the Block it was read from (prose)
    section_id: Optional[str] = None  # Section.id (numbers repeat: "Article 2", "Annexe 2")
    row: Optional[str] = None         # the table row it was read from: "<Table.id>#<row index>"


@dataclass
class Operation(Record):
    type: str                    # demolition, requalification, residentialisation, construction,
                                 # reconstitution, diversification, amenagement, equipement,
                                 # immobilier_economique, ingenierie, other
    name: str                    # the site: "tour des Frênes"
    commune: Optional[str] = None
    maitre_ouvrage: Optional[str] = None
    logements: Optional[int] = None
    amount: Optional[float] = None
    page: int = 0
    section: Optional[str] = None
    quartier: Optional[str] = None
    text: str = ""               # the sentence or table row it was read from
    block: Optional[str] = None       # id of the Block it was read from (prose)
    section_id: Optional[str] = None  # Section.id (numbers repeat: "Article 2", "Annexe 2")
    row: Optional[str] = None         # the table row it was read from: "<Table.id>#<row index>"


EditOp = Literal["words_replace", "words_delete", "words_insert", "paragraph_add", "paragraph_replace",
                 "paragraph_delete", "row_delete", "row_add", "cell_replace", "totals", "table_replace", "table_add",
                 "column_add", "column_delete", "renumber"]


@dataclass
class Edit(Record):
    """An in-place edit written as the Guide de légistique teaches ("Au deuxième alinéa de
    l'article 4.1, les mots « X » sont remplacés par les mots « Y »", "Au tableau de
    l'article 8.1, la ligne « … » est supprimée", "Les totaux sont modifiés en conséquence")."""
    op: EditOp
    old: Optional[str] = None        # the words replaced or deleted ("339 logements")
    new: Optional[str] = None        # the words put in their place, inserted, or the added paragraph
    after: Optional[str] = None      # words_insert: the words the new ones follow
    paragraph: Optional[int] = None  # 1-based alinéa of the article; -1: the last one
    table: Optional[str] = None      # which table of the article: "1", "2" (ordinal) or words of its title
    row: Optional[str] = None        # the line, by a cell that names it (IDTOP, financeur, label)
    column: Optional[str] = None     # the column, by its header label
    after_row: Optional[str] = None  # row_add: the line the new one follows (None: before the totals)
    cells: dict[str, str] = field(default_factory=dict)   # row_add: column label -> value
    row_cells: list[str] = field(default_factory=list)    # row_add given as a one-row table: its cells
    # column_add: row label -> value of the new column ("ainsi renseignée : « Démolition » : « 120 »")
    column_cells: dict[str, str] = field(default_factory=dict)
    # table_replace / table_add: the avenant's own annex printing the table ("… est remplacé par le tableau
    # figurant en annexe 1 au présent avenant"); None: the table follows the instruction
    annex: Optional[str] = None
    # the numbered item of the article the edit names ("Au 3° de l'article 4.1", "Le 2° bis est abrogé"): the
    # alinéa opening on that mark, whatever its rank; paragraph_add: the item the new one follows
    item: Optional[str] = None
    # cell_replace: the signed difference the instruction moves the cell by when it states no new value
    # ("la participation de la Région … est augmentée de 250 000 €": "+250 000 €"); the old value is the
    # convention's, read when the edit is applied
    delta: Optional[str] = None


@dataclass
class Amendment(Record):
    target: str                  # "5.1", "C4", "preambule", "I"
    target_kind: TargetKind
    action: AmendAction
    new_heading: Optional[str] = None
    new_text: Optional[str] = None
    section: Optional[str] = None  # the avenant's own section holding the instruction
    page: int = 0
    raw: str = ""                # the instruction sentence as written
    placeholder: bool = False    # "Insérer le tableau ... IODA": no real content
    edit: Optional[Edit] = None  # an in-place edit (legislative drafting) rather than new wording


@dataclass
class Excused(Record):
    name: str
    proxy_to: Optional[str] = None


@dataclass
class Vote(Record):
    """A deliberation's vote: of several printed, the last on the deliberation as a whole (never an amendment's; a vote taken again replaces the first), else, voted by article or resolution only, the least favourable part's (a rejection, then most votes against, then most abstentions).

    Counts as printed, None when not printed (structure/vote_scopes.py picks the vote)."""
    result: Optional[VoteResult] = None
    for_: Optional[int] = None   # exported as "for"
    against: Optional[int] = None
    abstention: Optional[int] = None

    def to_dict(self) -> dict[str, Any]:
        return {"result": self.result, "for": self.for_,
                "against": self.against, "abstention": self.abstention}


@dataclass
class ActReceipt(Record):
    """The legality-control receipt stamped on a published act (ACTES identifier
    "062-216207654-20230630-DEL2023_45-DE" and the dates printed beside it)."""
    id: str                      # the identifier as normalised
    department: str              # three characters: "062", "02B", "974"
    siren: str                   # the authority's SIREN (9 digits)
    date: str                    # ISO date of the decision, from the identifier
    act_id: str                  # the authority's own number of the act: "DEL2023_45"
    nature: str                  # "DE" délibération, "AR"/"AI" arrêté, "CC", "BF", "AU"
    transmitted: Optional[str] = None   # ISO date sent ("Date de télétransmission")
    received: Optional[str] = None      # ISO date registered by the prefecture ("Date de réception préfecture")
    sub_prefecture: bool = False        # the stamp names a sous-préfecture
    page: int = 0                       # where it is printed (minutes: the items of a session share it)


@dataclass
class DeliberationMetadata(Record):
    number: Optional[str] = None
    organisation: Optional[str] = None
    body: Optional[str] = None
    session_date: Optional[str] = None  # ISO date
    president: Optional[str] = None
    present: list[str] = field(default_factory=list)
    excused: list[Excused] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    not_voting: list[str] = field(default_factory=list)
    subject: Optional[str] = None
    vote: Vote = field(default_factory=Vote)
    # Minutes that give only a head count ("25 Conseillers étaient Présents ou Représentés",
    # "Présents : 23", "Présents (19) :").
    present_count: Optional[int] = None
    secretary: Optional[str] = None          # "Secrétaire de séance : X"
    excused_count: Optional[int] = None      # "Excusés (3) :"
    absent_count: Optional[int] = None       # "Absents : 2"
    # Minutes: who presented the item ("Serge FLEURENCE" in a rapporteur column, "Rapporteur : …")
    # and the thematic heading it sits under ("FINANCES", "Qualité de l'espace public").
    rapporteur: Optional[str] = None
    theme: Optional[str] = None
    # The legality-control receipt printed on the part's pages (structure/receipt.py).
    act_receipt: Optional[ActReceipt] = None
    # "Nombre de membres en exercice : 33" (structure/in_office.py): the SCDL's VOTE_EFFECTIF.
    in_office_count: Optional[int] = None

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["vote"] = self.vote.to_dict()
        return d


@dataclass
class AvenantMetadata(Record):
    number: Optional[str] = None
    convention_number: Optional[str] = None
    convention_signature_date: Optional[str] = None  # ISO date
    parties: list[str] = field(default_factory=list)
    associated_partners: list[str] = field(default_factory=list)  # "En présence de :"


@dataclass
class ConventionMetadata(Record):
    parties: list[str] = field(default_factory=list)
    associated_partners: list[str] = field(default_factory=list)  # "En présence de :"


# The metadata class of each part kind ("other" parts carry none).
METADATA_OF_KIND: dict[str, type] = {"deliberation": DeliberationMetadata, "avenant": AvenantMetadata,
                                     "convention": ConventionMetadata}


@dataclass
class Footnote(Record):
    """A footnote as printed at the foot of its page, with the mark that calls it."""
    mark: str                    # "1", "2", "*"
    text: str
    page: int
    section: Optional[str] = None  # number of the section holding the call (or the page's top)


@dataclass
class Furniture(Record):
    """A running header or footer line, page number included, or a note in the page's
    margin: kept once per page where it is printed, out of the sections' text (a reader
    never quotes it as an article's wording)."""
    text: str
    page: int
    place: Literal["header", "footer", "margin"] = "header"


@dataclass
class Part(Record):
    kind: str                    # a PartKind, or the kind a rule file names ([meta] kind)
    pages: list[int]             # [first, last], 1-based inclusive
    title: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)
    amendments: list[Amendment] = field(default_factory=list)
    preamble: str = ""           # text before the first numbered heading
    footnotes: list[Footnote] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    preamble_blocks: list[Block] = field(default_factory=list)  # the preamble, as blocks
    family: str = ""             # the extractors/ rule file that recognised it ("" when none)

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        meta = self.metadata
        if isinstance(meta, (DeliberationMetadata, AvenantMetadata)):
            d["metadata"] = meta.to_dict()
        return d


@dataclass
class ParseResult(Record):
    source: Source
    parts: list[Part] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "source": self.source.to_dict(),
            "parts": [p.to_dict() for p in self.parts],
            "warnings": list(self.warnings),
        }


# --------------------------------------------------------------------------
# Diff output
# --------------------------------------------------------------------------

@dataclass
class DocRef(Record):
    path: str
    sha256: str


@dataclass
class Evidence(Record):
    old_page: Optional[int] = None
    old_section: Optional[str] = None
    new_page: Optional[int] = None
    new_section: Optional[str] = None
    # A figure stated in several places: the fields above point at the place
    # that names it best, ``places`` lists them all (page, section, table, label).
    places: list[dict] = field(default_factory=list)


# What Change.before / Change.after hold, by ChangeKind.payload (change_types.py). They
# stay plain JSON values at run time (the diff reads them as dicts); the TypedDicts say
# which keys, and the published schema closes them (additionalProperties: false).

class SectionPayload(TypedDict):
    """An article, annex or the preamble: its number and heading, its text unless only the
    heading changed (article_renamed)."""
    number: str
    heading: Optional[str]
    text: NotRequired[str]
    last_amended_by: NotRequired[str]   # "avenant n°01": the amendment that last wrote it
    repealed: NotRequired[bool]         # an annex the avenant repeals
    replaced: NotRequired[bool]         # an annex the avenant replaces as a whole


class TablePayload(TypedDict):
    """A table's changed rows: ``before`` the rows removed or modified, ``after`` the rows
    added or modified (and the counts); the header rows when the column headings changed."""
    title: Optional[str]
    rows: list[list[str]]
    header: NotRequired[list[list[str]]]
    rows_added: NotRequired[int]
    rows_removed: NotRequired[int]
    rows_modified: NotRequired[int]


class AnnouncementPayload(TypedDict):
    """A change the avenant announces in its summary but the text does not show (declared_only)."""
    declared: str


OperationPayload = Operation     # an operation: its Operation record (to_dict)
AmountPayload = float            # a financing figure (0 where a cell was empty); Change.unit "EUR"
QuantityPayload = float          # a count (0 where there was none); Change.unit "logement", "place"...
PartyPayload = str               # a party's name

# ChangeKind.payload -> the type; AnnouncementPayload or the Amendment record may stand in
# ``after`` of a declared_only or conflict change of any kind.
PAYLOAD_TYPES: dict[str, Any] = {
    "OperationPayload": OperationPayload, "AmountPayload": AmountPayload,
    "QuantityPayload": QuantityPayload, "PartyPayload": PartyPayload,
    "SectionPayload": SectionPayload, "TablePayload": TablePayload}
ANNOUNCEMENT_TYPES: tuple[Any, ...] = (AnnouncementPayload, Amendment)
# Static type of before/after (a record as its to_dict(): Operation, Amendment).
ChangePayload = Union[float, str, SectionPayload, TablePayload, AnnouncementPayload, dict[str, Any]]


@dataclass
class Change(Record):
    type: ChangeType
    target: str
    before: Optional[ChangePayload] = None
    after: Optional[ChangePayload] = None
    summary: str = ""
    status: ChangeStatus = "applied"
    evidence: Evidence = field(default_factory=Evidence)
    # A total that changes only because cells it sums changed: the targets of those cells
    # (told before it). Empty for a change of its own.
    derived_from: list[str] = field(default_factory=list)
    # The unit of a figure's before/after (amount_changed: "EUR"; quantity_changed: the
    # Quantity's unit, "logement", "place"...); None for the other types.
    unit: Optional[str] = None


@dataclass
class DiffResult(Record):
    old: DocRef
    new: DocRef
    changes: list[Change] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)


# --------------------------------------------------------------------------
# Loading back (diff accepts JSON written by parse)
# --------------------------------------------------------------------------

def _build(cls, data: dict[str, Any]):
    kwargs = {}
    names = {f.name: f for f in dataclasses.fields(cls)}
    for key, value in data.items():
        if key == "for" and "for_" in names:
            key = "for_"
        if key in names:
            kwargs[key] = value
    return cls(**kwargs)


def part_from_dict(d: dict[str, Any]) -> Part:
    part = _build(Part, d)
    part.sections = [_build(Section, s) for s in d.get("sections", [])]
    for sec, raw in zip(part.sections, d.get("sections", [])):
        sec.blocks = [_build(Block, b) for b in raw.get("blocks", [])]
    part.preamble_blocks = [_build(Block, b) for b in d.get("preamble_blocks", [])]
    part.tables = [_build(Table, t) for t in d.get("tables", [])]
    part.amounts = [_build(Amount, a) for a in d.get("amounts", [])]
    part.quantities = [_build(Quantity, q) for q in d.get("quantities", [])]
    part.dates = [_build(DateFact, x) for x in d.get("dates", [])]
    part.entities = [_build(Entity, e) for e in d.get("entities", [])]
    part.operations = [_build(Operation, o) for o in d.get("operations", [])]
    part.amendments = [_build(Amendment, a) for a in d.get("amendments", [])]
    part.footnotes = [_build(Footnote, n) for n in d.get("footnotes", [])]
    part.furniture = [_build(Furniture, f) for f in d.get("furniture", [])]
    for a in part.amendments:
        if isinstance(a.edit, dict):
            a.edit = _build(Edit, a.edit)
    part.metadata = dict(d.get("metadata") or {})
    return part


def parse_result_from_dict(d: dict[str, Any]) -> ParseResult:
    return ParseResult(
        source=_build(Source, d["source"]),
        parts=[part_from_dict(p) for p in d.get("parts", [])],
        warnings=list(d.get("warnings", [])),
        schema_version=str(d.get("schema_version", SCHEMA_VERSION)),
    )
