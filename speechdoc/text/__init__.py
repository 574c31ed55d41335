"""Stages 1–3: from bytes to a clean text whose every offset maps back to the input.

- :mod:`.load`: bytes → text (encoding detection, damage reported as diagnostics)
- :mod:`.clean`: glosses deleted, page chrome and boilerplate (:mod:`.boilerplate`,
  :mod:`.pages`, :mod:`.contents`) set aside as noise, mojibake found (:mod:`.mojibake`),
  script folded, all as a :class:`~.textview.TextView` with an offset map back to the input
- :mod:`.layout`: true line ends versus wraps, flattened PDF lines
- :mod:`.numerals`: Chinese and Arabic numerals read as numbers, shared by markers and metrics
- :mod:`.misuse`: inputs that look like a mistake (a file name passed as text)

Nothing here knows about outlines, metrics or the Document model.
"""
