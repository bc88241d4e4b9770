"""Facts with provenance: amounts, quantities, dates, entities, operations."""

from .extract import Facts, extract_facts

__all__ = ["Facts", "extract_facts"]
