"""Flat post lists: comment sections read from a stamp that repeats once per post.

Forums (and some comment plugins) print every post flat, one after the other, each
opened by a block of short header lines — a name (often twice, or after its avatar's
initial), a rank, a join date, counters — and stamped with a post number ("#12") or a
date. Nothing on such a page is a list of comments in the outline's sense, so the
item-based thread finder of `transform` sees none. This module finds them by
repetition instead:

1. **Stamps.** Every short line that could stamp a post gets a *shape key*: a post
   number (``#12``, ``#12 · Feb 17, 2024``, ``Feb 17, 2024 #12``), a header line that
   names its author before a date (``Post by Ann » Tue Aug 27, 2019``), or a date line
   (``Posted April 18, 2024``; the words around the date are part of the key, digits
   are not). A date after one word that changes down the page, the line closed by a
   number that runs up (``Ann May 2, 2024, 9:15am 3``), names its author as a header
   line does; where no date is printed, a line opened by the author's avatar as the
   name's initial (``Ann A Offline``, or ``A Offline`` over ``Ann | Member``) stamps
   the post. Where the words before each date read as no name, the words most such
   lines end with are the controls every post prints after the name (``Ann View
   profile More options DATE``, `_framed`); a date line closed by controls (``2 years
   ago 3 Likes Like Reply``) closes each body where it stands under prose
   (`_tail_or_date`). The key that repeats down the page with prose between its lines
   is the page's stamp; two keys nest where the posts of the first count the runs of
   the second under them (a Q&A page's answers and their comments, "View 12
   comments": `_nested_templates`). A name alone over a rating line that repeats down
   the page, the same word counted on each ("Ann" over "Moderator 3.1k reputation"),
   opens a post whose body a date alone closes; the dated name lines under that date
   are its replies (`_rated_stamps`).
2. **Header blocks.** Around each stamp the short lines before it (and, on pages that
   print the name after the stamp, the short lines after it) are the post's header
   block. Its author is found by small rules, tried in order (`_strong_author`): the
   stamp line names it; a "NAME says:" line; a name under its avatar (its initial,
   alone, glued to the name or with its owner's status, "A Offline", or a picture
   whose alternative text is the name); a name its own link's title names again; a
   name printed twice on one side of the stamp (not a badge other blocks print once);
   else the name-like line where the other posts print theirs (where most blocks hold
   one when few are told), never one printed in (nearly) every block (a rank, a label,
   a control such as "Like"), and moved up over a member's title to the name over it.
   Where no rule tells a name over the stamps and one name-like line stands at one
   place under them, the header block is printed under the stamp.
   Where most posts print the name right under the stamp (a post number over its date
   over the name), so do the others. A profile card's fields ("Location:Ohio",
   "Interests:…") are no prose, even when they hold a sentence: the header block runs
   on through them.
3. **Posts.** A post runs from its author line to the line before the next post's
   author line; lines printed in every post's tail ("Like", "Top") are its metadata.
   Posts signed below their body (``answered DATE`` over the name) run from their body
   to the replies printed under them: list items, or plain paragraphs each closed by
   its own signature (``… – Ann Sep 8 '10 at 6:28``). The first such post starts
   under the count of the posts ("5 Answers"). A header stamp of one template that
   closes each body instead (``Posted by: Ann | May 2, 2006 8:27 PM`` under it, perhaps
   "Reply" under that: prose over the first, no body under the last) signs its post:
   each runs from under the signature before to its own. Where no header block
   repeats, posts may be paragraphs each closed by a signature with no dash (a wiki's
   talk page: ``… Ann (talk) 06:34, 3 March 2024 (UTC)``), nested by their columns.

Every rule reads the shapes of lines (short or prose, a date, a number, a name-like
line, a line repeated in every block), never one site's wording.

The package's modules, each using only those listed before it: `shapes` (name shapes),
`post` (what is found), `stamps` (a line as a stamp), `prose` (prose or header),
`authors` (a header block's author), `bodies`, `depths`, `signatures` (posts signed
under their bodies), `templates` (the stamp that repeats), `reading` (posts from
stamps), `layouts` (post lists with no stamp), `find` (`find_posts`).
"""

from threadparse.posts import shapes as _shapes
from threadparse.posts import templates as _templates
from threadparse.posts.depths import (
    counted_depths,
    dotted_depths,
    labelled_depths,
    marked_depths,
    nested_depths,
    sub_numbered_depths,
)
from threadparse.posts.find import find_posts
from threadparse.posts.post import Post, SignedReply
from threadparse.posts.prose import is_prose
from threadparse.posts.shapes import is_name_like, letter_unglued, reply_to, starter_unmarked
from threadparse.posts.signatures import (
    closing_signature,
    colon_named,
    may_hold_signatures,
    signature_line,
    signature_tail,
)
from threadparse.posts.stamps import Stamp, read_stamp, read_wrapped_stamp
from threadparse.posts.templates import initialled_name, spells_initials, under_initials

__all__ = [
    "Post",
    "SignedReply",
    "Stamp",
    "closing_signature",
    "colon_named",
    "counted_depths",
    "dotted_depths",
    "find_posts",
    "forget",
    "initialled_name",
    "is_name_like",
    "is_prose",
    "labelled_depths",
    "letter_unglued",
    "marked_depths",
    "may_hold_signatures",
    "nested_depths",
    "read_stamp",
    "read_wrapped_stamp",
    "reply_to",
    "signature_line",
    "signature_tail",
    "spells_initials",
    "starter_unmarked",
    "sub_numbered_depths",
    "under_initials",
]


def forget() -> None:
    """Empty the post readings' caches of one page (see `lines.forget`)."""
    _shapes.forget()
    _templates.forget_pictures()
