"""Stages 4–6: speeches, numbering markers, and the outline decided over each speech.

- :mod:`.segment`: where each speech of a file starts, its title and salutation; sentence bounds
- :mod:`.meta`: what a speech and its page say of themselves (title, speaker, date)
- :mod:`.markers`: candidate numbering markers, decided by the lark grammar ``grammars/marker.lark``
- :mod:`.chains`: candidates linked into runs of one style with consecutive ordinals
- :mod:`.decode`: the chains weighed over the whole speech and nested into the outline

Works on the cleaned text of :mod:`speechdoc.text`; builds no pydantic objects.
"""
