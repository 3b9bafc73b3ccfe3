"""Who answers whom, measured: quote → source links and reply links against the truth.

usage:
    python benchmarks/links.py                     # ../shared/discussions and ../shared/corpus
    python benchmarks/links.py --shared DIR --converter w3m --converter lynx

1. **Quote links** (``../shared/discussions``: each true comment lists its quote boxes,
   with the index of the quoted post when it is on the page). Per converter:
   *recall* — true quotes of an on-page post whose comment has a quote whose `Quote.source`
   is the comment found for that post, over all such true quotes; *recall (found)* —
   the same over those whose two comments were found at all; *precision* — of the
   parser's quote → comment links from a quote the truth has a box for, those that are
   such a true quote; a box the truth records without a source (it links nowhere)
   cannot be judged (*unknown*); *strict* counts as wrong the links from quotes the
   truth has no box for (*no box*: a “quoted” paragraph of a blog comment, which the
   truth does not record, or a box the parser misread). Only pages whose
   dump kept the comments count (as in ``score.py``). Comments are paired with the
   truth by ``score.py``'s alignment.
2. **Reply links from text alone** (the nested pages of both sets, resiliparse dumps,
   flattened: indentation and list markers stripped, so only the text can tell): of the
   links to a comment (a cue: quote, mention, reference; or a nesting read from the
   text, such as a closing "In reply to WORDS by NAME"), those that name the true parent
   (*precision*); true replies whose link names their parent (*recall*).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType

from systems import SHARED, load_scorer

import threadparse
from threadparse import Comment

CONVERTERS = ("resiliparse", "resiliparse-main", "html2text", "inscriptis", "w3m", "lynx")
_MARKER = re.compile(r"^[ \t\u00a0]*(?:[0-9]{1,5}\.|[•◦▪‣∙·*+o#-])?[ \t\u00a0]*")


def _pairs(scorer: ModuleType, truth: list[dict], page: threadparse.Page) -> tuple[dict, list]:
    comments = list(page.walk())
    return scorer.align(truth, scorer.load_tree(page)), comments


def quote_links(corpus: Path, converter: str, scorer: ModuleType) -> Counter[str]:
    """Counts: ``true`` (true quotes of an on-page post), ``found`` (their two comments
    found), ``right`` (linked to the right comment); of the quote → comment links made,
    ``made``, ``made_right``, ``made_wrong`` (the true quote names another post, or one
    off the page), ``no_box`` (no true quote box of that comment holds that text) and
    ``unknown`` (the true box's source is not recorded: it links nowhere)."""
    counts: Counter[str] = Counter()
    for truth_file in sorted(corpus.glob("*.truth.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        dump = truth_file.with_name(truth_file.name.replace(".truth.json", f".{converter}.txt"))
        if not dump.exists() or not truth.get("dumps", {}).get(converter, {}).get("survives"):
            continue
        page = threadparse.parse(dump.read_text(encoding="utf-8"))
        aligned, comments = _pairs(scorer, truth["comments"], page)
        back = {p: t for t, p in aligned.items()}
        index = {id(c): i for i, c in enumerate(comments)}
        wanted = {
            (t, q["source_index"])
            for t, c in enumerate(truth["comments"])
            for q in c.get("quotes", [])
            if q.get("source_index") is not None
        }
        counts["true"] += len(wanted)
        counts["found"] += sum(1 for t, s in wanted if t in aligned and s in aligned)
        made: set[tuple[int | None, int | None]] = set()
        for p, comment in enumerate(comments):
            t = back.get(p)
            boxes = truth["comments"][t].get("quotes", []) if t is not None else []
            for quote in comment.quotes:
                if not isinstance(quote.source, Comment):
                    continue
                pair = (t, back.get(index[id(quote.source)]))
                if pair in made:
                    continue
                made.add(pair)
                counts["made"] += 1
                if pair in wanted:
                    counts["made_right"] += 1
                    continue
                box = _box_of(scorer, quote.text, boxes)
                if box is None:
                    counts["no_box"] += 1
                elif box.get("source_index") is None and not box.get("source_post"):
                    counts["unknown"] += 1
                else:
                    counts["made_wrong"] += 1
        counts["right"] += len(made & wanted)
    return counts


def _box_of(scorer: ModuleType, text: str, boxes: list[dict]) -> dict | None:
    """The true quote box whose text the parser's quote holds."""
    said = scorer.squash(text)
    for box in boxes:
        start = scorer.squash(box.get("text_start"))[:24]
        if start and start in said:
            return box
    return None


def flatten(text: str) -> str:
    """The dump with its nesting hidden: every line's indentation and list marker gone."""
    return "\n".join(_MARKER.sub("", line, count=1) for line in text.split("\n"))


def reply_links(corpora: list[Path], scorer: ModuleType) -> Counter[str]:
    """Counts on flattened nested pages: ``replies`` (true replies), ``made`` (links
    from a cue to a comment), ``made_right``, ``right`` (true replies linked right)."""
    counts: Counter[str] = Counter()
    for corpus in corpora:
        for truth_file in sorted(corpus.glob("*.truth.json")):
            truth = json.loads(truth_file.read_text(encoding="utf-8"))
            dump = truth_file.with_name(truth_file.name.replace(".truth.json", ".resiliparse.txt"))
            if not truth.get("max_depth") or not dump.exists():
                continue
            page = threadparse.parse(flatten(dump.read_text(encoding="utf-8")))
            aligned, comments = _pairs(scorer, truth["comments"], page)
            back = {p: t for t, p in aligned.items()}
            index = {id(c): i for i, c in enumerate(comments)}
            parents = {t: c["parent"] for t, c in enumerate(truth["comments"])}
            counts["pages"] += 1
            counts["replies"] += sum(1 for p in parents.values() if p is not None)
            for p, comment in enumerate(comments):
                target = comment.replies_to
                if not isinstance(target, Comment):
                    continue  # (with the indentation gone, a nesting came from the text too)
                counts["made"] += 1
                counts[f"made_{comment.reply_evidence}"] += 1
                t = back.get(p)
                parent = parents[t] if t is not None else None
                if parent is not None and back.get(index[id(target)]) == parent:
                    counts["made_right"] += 1
                    counts["right"] += 1
    return counts


def _share(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "–"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--converter", action="append", choices=CONVERTERS)
    args = ap.parse_args()
    scorer = load_scorer(args.shared / "tools" / "score.py")
    print("quote → source links (../shared/discussions)")
    print(
        f"{'converter':18} {'true':>5} {'recall':>7} {'recall(found)':>14} {'made':>5} "
        f"{'precision':>9} {'strict':>7} {'unknown':>8} {'no box':>7}"
    )
    for converter in args.converter or CONVERTERS:
        c = quote_links(args.shared / "discussions", converter, scorer)
        print(
            f"{converter:18} {c['true']:5} {_share(c['right'], c['true']):>7} "
            f"{_share(c['right'], c['found']):>14} {c['made']:5} "
            f"{_share(c['made_right'], c['made_right'] + c['made_wrong']):>9} "
            f"{_share(c['made_right'], c['made_right'] + c['made_wrong'] + c['no_box']):>7} "
            f"{c['unknown']:8} {c['no_box']:7}"
        )
    r = reply_links([args.shared / "corpus", args.shared / "discussions"], scorer)
    print("\nreply links from text alone (nested pages flattened, resiliparse dumps)")
    print(
        f"pages {r['pages']}, true replies {r['replies']}, links to comments {r['made']} "
        f"(nesting read from the text {r['made_nesting']}, quote {r['made_quote']}, mention "
        f"{r['made_mention']}, reference {r['made_reference']}): "
        f"precision {_share(r['made_right'], r['made'])}, "
        f"recall {_share(r['right'], r['replies'])}"
    )


if __name__ == "__main__":
    main()
