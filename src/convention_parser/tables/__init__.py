"""Tables as data: ruled and unruled tables, continued across pages, typed cells."""

from .finder import find_tables

__all__ = ["find_tables"]
