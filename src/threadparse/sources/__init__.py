"""Where dumps come from before `threadparse.parse`: HTML pages and WARC files.

`html` turns an HTML page (bytes or text) into the dump threadparse reads, with
resiliparse; `warc` streams the HTML responses of a WARC file with fastwarc; `prefilter`
tells cheaply whether a page's HTML carries comment markup at all. Each needs its extra
(``threadparse[html]``, ``threadparse[warc]``), imported on first use.
"""

from threadparse.sources.html import DEFAULT_SKIP, decode_html, html_to_text, looks_like_html
from threadparse.sources.prefilter import has_comment_markup
from threadparse.sources.warc import WarcPage, iter_warc_pages

__all__ = [
    "DEFAULT_SKIP",
    "WarcPage",
    "decode_html",
    "has_comment_markup",
    "html_to_text",
    "iter_warc_pages",
    "looks_like_html",
]
