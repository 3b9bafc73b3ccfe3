"""A post's footer that counts its replies and dates the last of them ("Ann 1 Reply Last
reply 3 days ago") is no header; a header whose edit note carries an edit count
("Ann 3 days ago 1 edited by Ann 2 days ago") still is one."""

from threadparse import lines as L


def test_reply_count_with_last_reply_age_is_no_header() -> None:
    """The count's noun comes back before the date, spaced or glued."""
    assert L.read_header("marta_q 1 Reply Last reply 3 days ago") is None
    assert L.read_header("Olav Berg 2 Replies Last reply 5 hours ago") is None
    assert L.read_header("小林 1 条回复最后回复 3 days ago") is None


def test_scored_and_counted_headers_stay_headers() -> None:
    """A score or a post count after the name names nothing twice."""
    header = L.read_header("marta_q 12 points 3 days ago")
    assert header is not None and header.author == "marta_q"
    header = L.read_header("Olav Berg 3 days ago")
    assert header is not None and header.author == "Olav Berg"


def test_edit_count_before_the_edit_note() -> None:
    """An edit count before "edited by NAME DATE" leaves the header a header."""
    header = L.read_header("marta_q 3 days ago 1 edited by marta_q 2 days ago")
    assert header is not None and header.author == "marta_q" and header.date == "3 days ago"


def test_a_name_after_a_post_number_is_no_counted_footer() -> None:
    """A post's number, then a name whose words share their first letters ("Comment 5
    Robert Roberts"), heads a post: no count of replies and its last one."""
    for name in ("Robert Roberts", 'Tobias "Tobi" Lind', "Anna Annika"):
        header = L.read_header(f"Comment 5 {name} 2024-03-08 15:25:05 UTC")
        assert header is not None and header.author is not None and header.author.endswith(name)
