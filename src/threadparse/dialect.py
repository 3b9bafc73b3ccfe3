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

# Each pattern starts with a literal (a line start is matched as the "\n" before it), so
# the regex engine jumps from one candidate to the next instead of trying every position.
_MARKS = {
    # Markdown: links and images, headings, emphasis
    "html2text": (r"\]\(", r"\n#{1,6} ", r"\*\*"),
    # numbered link references and the reference list at the end
    "lynx": (r"\[[0-9]{1,5}\][^\s\]]", r"\nReferences(?![^\n])"),
    # list bullets of nested lists: "◦", "▪", and image placeholders "[foo]"
    "w3m": (r"\n *[◦▪□●] ", r"\n *[0-9]+\. \[[^\]\n]{1,40}\](?![^\n])", r"\n[0-9]+\. "),
    # deep-indented "*" and "+" bullets
    "inscriptis": (r"\n {4,}[*+] ",),
    # "•" bullets and "  1." numbering at two columns
    "resiliparse": (r"\n *• ", r"\n  [0-9]+\. "),
}
_PATTERNS = {name: [re.compile(p) for p in patterns] for name, patterns in _MARKS.items()}
_LONG_LINE = re.compile(r"[^\n]{83}")
_WEIGHTS = {"html2text": 1.0, "lynx": 1.5, "w3m": 1.5, "inscriptis": 1.0, "resiliparse": 1.0}


def detect(text: str) -> str:
    """The most likely converter of ``text`` (``"resiliparse"`` when nothing tells).

    >>> detect("Title\\n\\n  1. **Ann** says:\\n\\n[May 3](https://x/#c1)\\n")
    'html2text'
    >>> detect("Title\\n\\n2 replies\\n  1. Ann says:\\n    Hi.\\n    • Bob says:\\n")
    'resiliparse'
    """
    sample = "\n" + text[:SAMPLE]
    scores = {
        name: sum(len(p.findall(sample)) for p in patterns) * _WEIGHTS[name]
        for name, patterns in _PATTERNS.items()
    }
    best = max(scores, key=lambda name: scores[name])
    # w3m draws the same bullets but wraps at 80 columns; resiliparse never wraps
    wrapped = sample.count("\n") >= 21 and _LONG_LINE.search(sample) is None
    if best == "resiliparse" and wrapped:
        return "w3m"
    return best if scores[best] > 0 else "resiliparse"
