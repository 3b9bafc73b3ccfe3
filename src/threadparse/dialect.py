"""Which HTML-to-text converter made a dump, told from the marks each one leaves.

threadparse's rules are the same for every converter (the outline, headers, dates and
flat threads cover them all); the dialect is reported as ``page.dialect`` so corpus
users can group and filter dumps, and it can be given to `threadparse.parse` when it is
known. Detection reads the first `SAMPLE` characters only.
"""

from __future__ import annotations

import re

DIALECTS = ("resiliparse", "html2text", "inscriptis", "w3m", "lynx")
SAMPLE = 50_000

_MARKS = {
    # Markdown: links and images, emphasis, headings
    "html2text": re.compile(r"\]\(|^#{1,6} |\*\*", re.M),
    # numbered link references and the reference list at the end
    "lynx": re.compile(r"\[[0-9]{1,5}\][^\s\]]|^References$", re.M),
    # list bullets of nested lists: "◦", "▪", and image placeholders "[foo]"
    "w3m": re.compile(r"^ *[◦▪□●] |^ *[0-9]+\. \[[^\]\n]{1,40}\]$|^[0-9]+\. ", re.M),
    # deep-indented "*" and "+" bullets
    "inscriptis": re.compile(r"^ {4,}[*+] ", re.M),
    # "•" bullets and "  1." numbering at two columns
    "resiliparse": re.compile(r"^ *• |^  [0-9]+\. ", re.M),
}
_WEIGHTS = {"html2text": 1.0, "lynx": 1.5, "w3m": 1.5, "inscriptis": 1.0, "resiliparse": 1.0}


def detect(text: str) -> str:
    """The most likely converter of ``text`` (``"resiliparse"`` when nothing tells).

    >>> detect("Title\\n\\n  1. **Ann** says:\\n\\n[May 3](https://x/#c1)\\n")
    'html2text'
    >>> detect("Title\\n\\n2 replies\\n  1. Ann says:\\n    Hi.\\n    • Bob says:\\n")
    'resiliparse'
    """
    sample = text[:SAMPLE]
    scores = {
        name: len(pattern.findall(sample)) * _WEIGHTS[name] for name, pattern in _MARKS.items()
    }
    best = max(scores, key=lambda name: scores[name])
    if best == "resiliparse" and sample.count("\n") >= 20:
        # w3m draws the same bullets but wraps at 80 columns; resiliparse never wraps
        longest = max(len(line) for line in sample.split("\n"))
        if longest <= 82:
            return "w3m"
    return best if scores[best] > 0 else "resiliparse"
