"""speechdoc: Chinese official speeches → a typed outline tree with metrics.

>>> import speechdoc
>>> doc = speechdoc.parse("同志们:\\n一、认清形势\\n二、明确任务\\n一要抓项目;二要抓招商。")
>>> [(n.depth, n.marker, n.title) for n in doc.walk()]
[(1, '一、', '认清形势'), (1, '二、', '明确任务'), (2, '一要', '抓项目'), (2, '二要', '抓招商')]
"""
from .errors import (
    DecodeError,
    InputError,
    MissingDependencyError,
    MissingFileError,
    SpeechdocError,
    UnreadableFileError,
    UsageError,
)
from .document.model import (
    SCHEMA_VERSION,
    Diagnostic,
    Document,
    Metric,
    NoiseRecord,
    OutlineNode,
    Paragraph,
    Sentence,
    Speech,
)
from .pipeline import parse, parse_file
from .metrics.quantities import ParsedQuantity, find_quantities, parse_quantity
from .document.render import json_schema, read_jsonl, to_jsonl

__version__ = "0.1.0"


def __getattr__(name: str):  # Chunk is built on first use: its pydantic schema costs ~12 ms at import
    if name == "Chunk":
        from .document.chunks import Chunk

        return Chunk
    raise AttributeError(f"module 'speechdoc' has no attribute {name!r}")

__all__ = [
    "parse",
    "parse_file",
    "parse_quantity",
    "find_quantities",
    "ParsedQuantity",
    "Document",
    "Speech",
    "OutlineNode",
    "Paragraph",
    "Sentence",
    "Metric",
    "NoiseRecord",
    "Diagnostic",
    "Chunk",
    "SCHEMA_VERSION",
    "json_schema",
    "to_jsonl",
    "read_jsonl",
    "SpeechdocError",
    "InputError",
    "MissingFileError",
    "UnreadableFileError",
    "DecodeError",
    "UsageError",
    "MissingDependencyError",
]
