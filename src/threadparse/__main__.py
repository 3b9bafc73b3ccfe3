"""``python -m threadparse``: the same as the ``threadparse`` command."""

import sys

from threadparse.cli import main

sys.exit(main())
