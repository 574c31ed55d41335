"""speechdoc: Chinese official speeches → a typed outline tree with metrics.

>>> import speechdoc
>>> doc = speechdoc.parse("同志们:\\n一、认清形势\\n二、明确任务\\n一要抓项目;二要抓招商。")
>>> [(n.depth, n.marker, n.title) for n in doc.walk()]
[(1, '一、', '认清形势'), (1, '二、', '明确任务'), (2, '一要', '抓项目'), (2, '二要', '抓招商')]
"""
from importlib import import_module
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from .pipeline import parse, parse_file
    from .document.chunks import Chunk
    from .document.render import json_schema, read_jsonl, to_jsonl
    from .metrics.quantities import ParsedQuantity, find_quantities, parse_quantity

__version__ = "0.1.0"

#: Names loaded from their module at first use, so that ``import speechdoc`` stays cheap
#: (``benchmarks/bench_import.py`` measures it): ``import speechdoc`` gives the model and the
#: errors (enough to read JSON back); the pipeline's stages load with the first ``speechdoc.parse``
#: (or ``from speechdoc import parse``), and the rest with their first use.
_LAZY = {
    "parse": ".pipeline",
    "parse_file": ".pipeline",
    "Chunk": ".document.chunks",
    "json_schema": ".document.render",
    "read_jsonl": ".document.render",
    "to_jsonl": ".document.render",
    "ParsedQuantity": ".metrics.quantities",
    "find_quantities": ".metrics.quantities",
    "parse_quantity": ".metrics.quantities",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'speechdoc' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


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
