"""Optional dependencies: imported on first use, with a one-line error naming the extra.

The core install is lark + attrs + rich. Reading HTML needs resiliparse, WARC files
fastwarc, Parquet pyarrow; the engines need datatrove or Ray. Each is imported only by
the function that uses it, through `require`, so ``import threadparse`` never pays for
them and a missing one says what to install.
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: The pip extra that provides each optional top-level module.
EXTRA_OF = {
    "resiliparse": "html",
    "fastwarc": "warc",
    "pyarrow": "parquet",
    "datatrove": "datatrove",
    "ray": "ray",
}


class MissingExtraError(ImportError):
    """An optional dependency is not installed; the message says which extra brings it.

    >>> try:
    ...     require("no_such_module_here", "reading dreams")
    ... except MissingExtraError as e:
    ...     print(e)
    reading dreams needs no_such_module_here: pip install no_such_module_here
    """


def require(module: str, purpose: str) -> ModuleType:
    """Import ``module`` (dotted names allowed) or raise `MissingExtraError`."""
    try:
        return importlib.import_module(module)
    except ImportError as e:
        top = module.partition(".")[0]
        if e.name is not None and e.name != top and not module.startswith(e.name):
            raise  # the package is there but broken inside: show the real error
        extra = EXTRA_OF.get(top)
        how = f"pip install 'threadparse[{extra}]'" if extra else f"pip install {top}"
        raise MissingExtraError(f"{purpose} needs {top}: {how}", name=top) from None
