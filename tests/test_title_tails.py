"""html2text wraps a profile link's title onto the next line, where its tail reads
like a header over a date ('Go to Ann Lee's profile") · 1 hour ago'): a text with a
stray quote or an unclosed parenthesis names nobody, so such lines stamp no post."""

from __future__ import annotations

from threadparse.posts.stamps import _read_stamp


def test_a_title_tail_over_a_date_stamps_no_post() -> None:
    assert _read_stamp("Tamsin Okoro's profile\") · February 10", None) is None
    assert _read_stamp("Go to Lev Arkwright's profile) · 2 hours ago", None) is None


def test_a_name_over_a_date_still_stamps_a_post() -> None:
    stamp = _read_stamp("Tamsin Okoro · February 10", None)
    assert stamp is not None and stamp.author == "Tamsin Okoro"
    stamp = _read_stamp("Lev Arkwright (moderator) · 2 hours ago", None)
    assert stamp is None or stamp.author != "Lev Arkwright's profile)"
