"""Terminal rendering with rich: `page_view` and `comment_tree` (behind ``__rich__``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.text import Text
from rich.tree import Tree

if TYPE_CHECKING:
    from threadparse.model import Comment, Page


def _label(comment: Comment) -> Text:
    label = Text()
    label.append(comment.author or "(no name)", style="bold")
    if comment.number is not None:
        label.append(f"  #{comment.number}", style="dim")
    preview = comment.text.replace("\n", " ")
    if len(preview) > 70:
        preview = preview[:69] + "…"
    label.append(f"  {preview}")
    return label


def comment_tree(comment: Comment) -> Tree:
    """A rich Tree of the comment and its replies (built iteratively)."""
    root = Tree(_label(comment))
    stack = [(root, c) for c in reversed(comment.children)]
    while stack:
        parent, c = stack.pop()
        node = parent.add(_label(c))
        stack.extend((node, k) for k in reversed(c.children))
    return root


def page_view(page: Page) -> Group:
    """Title, article summary and the comment tree."""
    tree = Tree(Text(page.title or "(untitled)", style="bold underline"))
    stack = [(tree, c) for c in reversed(page.comments)]
    while stack:
        parent, c = stack.pop()
        node = parent.add(_label(c))
        stack.extend((node, k) for k in reversed(c.children))
    return Group(tree)
