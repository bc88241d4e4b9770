"""Layer 2: positioned text -> documents (parts), section tree, metadata, amendments."""

from .model import Paragraph, PartDraft
from .parts import split_parts

__all__ = ["Paragraph", "PartDraft", "split_parts"]
