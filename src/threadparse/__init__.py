"""threadparse: plain-text dumps of archived discussion pages as a navigable comment tree.

>>> import threadparse
>>> page = threadparse.parse("A post\\n\\nBody.\\n\\n1 reply\\n  1. Ann says:\\n    Hi!\\n")
>>> [(c.author, c.depth, c.text) for c in page.walk()]
[('Ann', 0, 'Hi!')]
"""

from threadparse.analytics import reply_edges
from threadparse.errors import ParseWarning, ThreadParseError
from threadparse.export import dumps, from_dict, loads, stats, to_dict, to_rows
from threadparse.extras import MissingExtraError
from threadparse.model import (
    Article,
    Comment,
    Furniture,
    Meta,
    Page,
    Paragraph,
    Quote,
    ReplyLink,
)
from threadparse.parser import parse, parse_file, parse_html
from threadparse.span import Span
from threadparse.unparse import unparse

__all__ = [
    "Article",
    "Comment",
    "Furniture",
    "Meta",
    "MissingExtraError",
    "Page",
    "Paragraph",
    "ParseWarning",
    "Quote",
    "ReplyLink",
    "Span",
    "ThreadParseError",
    "dumps",
    "from_dict",
    "loads",
    "parse",
    "parse_file",
    "parse_html",
    "reply_edges",
    "stats",
    "to_dict",
    "to_rows",
    "unparse",
]
__version__ = "0.1.0"
