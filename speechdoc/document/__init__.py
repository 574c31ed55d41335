"""Stage 8 and everything after it: the Document model and what users do with it.

- :mod:`.model`: the frozen pydantic tree (Document → Speech → OutlineNode → Paragraph → Sentence, Metric);
  :mod:`.pending` holds a parsed paragraph's sentences as bounds until they are first read
- :mod:`.assemble`: blocks, sentences and spans of the stages → the model (:mod:`.fastmodel` builds it unvalidated)
- :mod:`.query`, :mod:`.select`: navigation, ``find_all`` and CSS-like selectors (:mod:`.registry`: the
  documents a parse made, noted for the navigation)
- :mod:`.records`, :mod:`.chunks`, :mod:`.render`: flat rows, retrieval chunks, JSON/Markdown/tree output
"""
