"""Data files that ship with govextract (title lists, gazetteers, chrome phrases).

loader.py reads a table and checks its header row; tables.py has a typed, cached accessor per table.
"""
from __future__ import annotations

from .loader import SCHEMAS, Table, TableError, data_path, load_table, read_table, read_words

__all__ = ["SCHEMAS", "Table", "TableError", "data_path", "load_table", "read_table", "read_words"]
