"""Tables as data: ruled and unruled tables, continued across pages, typed cells."""

from .finder import LocatedTable, find_tables, locate_tables

__all__ = ["LocatedTable", "find_tables", "locate_tables"]
