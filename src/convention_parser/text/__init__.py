"""Layer 1: PDF pages -> positioned words, lines and page furniture."""

from .model import Document, Footnote, Line, Page, Word
from .reader import read_document

__all__ = ["Document", "Footnote", "Line", "Page", "Word", "read_document"]
