"""Write parse results for other tools: JSON, JSON Lines, Markdown, CSV, Parquet."""

from .files import atomic_write_text, atomic_replace_dir
from .frames import result_frames, table_frame
from .markdown import result_markdown

__all__ = ["atomic_write_text", "atomic_replace_dir", "result_frames", "table_frame", "result_markdown"]
