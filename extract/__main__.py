"""``python -m extract``: see :mod:`extract.cli`."""

from __future__ import annotations

import sys

from extract.cli import main

if __name__ == "__main__":
    sys.exit(main())
