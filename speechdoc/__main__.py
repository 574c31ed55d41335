"""``python -m speechdoc``: the command line (:mod:`speechdoc.cli`), where the ``speechdoc`` script is not on PATH
(a virtual environment not activated, a notebook's ``!python -m speechdoc parse …``)."""
import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
