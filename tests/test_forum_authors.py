"""Authors of flat post lists whose header blocks no sure rule reads (`threadparse.posts`):
inscriptis drops the avatar's alternative text and the "NAME is offline" title that
print a name twice in other converters' dumps, so the name must be told from the shape
of the header block and from what repeats down the page.

Every fixture here is invented, in the shapes converters print real forum software:
a header block printed under the post's number; a member's title or rank under the
name; an avatar's initial and its owner's status over the name; a badge some cards
print twice; controls closing every post around short bodies.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost


def _authors(text: str) -> list[str | None]:
    return [comment.author for comment in threadparse.parse(text).walk()]


# vBulletin-like, as inscriptis prints it: the post's date and number as a list item,
# the header block under it (name, profile links, rank, join date), then the body.
UNDER_NUMBER = """\
Pond pumps: which brand lasts?

             1. 03-14-2021, 08:12 PM #1
                      Gwendal
                        + View Profile
                        + View Forum Posts
                    Junior Member
                  Join Date Mar 2021 Posts 12

                    My pond pump died after two summers and I am looking for one that \
lasts a good deal longer than that.
                Reply With Quote 0
             2. 03-14-2021, 09:40 PM #2
                      Oksana_P
                        + View Profile
                        + View Forum Posts
                    Senior Member
                  Join Date Jun 2009 Location Leeds Posts 3,402
                    Mine has run for six years now without a single problem, but I \
clean the filter every month.
                  Pond Keeping Notes
                Reply With Quote 1
             3. 03-15-2021, 07:02 AM #3
                      Gwendal
                        + View Profile
                        + View Forum Posts
                    Junior Member
                  Join Date Mar 2021 Posts 12
                    Thanks, a monthly clean of the filter sounds easy enough, so I will \
try that with the next one.
                Reply With Quote 0
             4. 03-16-2021, 11:30 AM #4
                      Tobiah Krell
                        + View Profile
                        + View Forum Posts
                    Member
                  Join Date Feb 2015 Posts 240
                    A pump with a ceramic shaft lasts much longer in my experience, and \
they are not that dear.
                Reply With Quote 0
"""

# The same shape with the number alone on its line, the date under it, then the name.
UNDER_DATE = """\
Shed door hinges keep working loose

                      #1
                      05-02-19, 07:15 AM
                            Marit
                            Member
                          Join Date: Apr 2011
                          Posts: 88
                      The hinges on our shed door keep working loose, and the screws \
spin in the old holes now.
                      Upvote
                      #2
                      05-02-19, 09:30 AM
                            Hallvard
                            Senior Member
                          Join Date: Jan 2004
                          Location: Bergen
                          Posts: 2,912
                      Fill the old holes with glued dowels, let them dry overnight, \
then drill fresh pilot holes.
                      Upvote
                      #3
                      05-03-19, 06:45 PM
                            Marit
                            Member
                          Join Date: Apr 2011
                          Posts: 88
                      The dowels worked a treat and the door has not sagged since, \
thank you for the tip.
                      Upvote
                      #4
                      05-04-19, 08:10 AM
                            Ysolde
                            Visiting Guest
                          Posts: n/a
                      Longer screws into the frame behind the hinge would also have \
done it, for what it is worth.
                      Upvote
"""


def test_header_block_under_the_post_number() -> None:
    """No rule tells a name under the stamps, none over them: the name-like line at one
    place under every stamp, a different name from post to post, is the author."""
    page = threadparse.parse(UNDER_NUMBER)
    assert [c.author for c in page.walk()] == ["Gwendal", "Oksana_P", "Gwendal", "Tobiah Krell"]
    assert page.comments[0].text.startswith("My pond pump died")
    assert page.comments[1].text.startswith("Mine has run for six years")
    assert_nothing_lost(page, UNDER_NUMBER)


def test_header_block_under_the_number_and_date() -> None:
    page = threadparse.parse(UNDER_DATE)
    assert [c.author for c in page.walk()] == ["Marit", "Hallvard", "Marit", "Ysolde"]
    assert page.comments[3].text.startswith("Longer screws into the frame")
    assert_nothing_lost(page, UNDER_DATE)


_BODIES = [
    "The old film camera I found in the attic still has a roll inside, and I wonder "
    "whether it can be developed.",
    "Yes, a lab can usually develop it, though after so many years you should expect "
    "faded and grainy pictures.",
    "Ask for push processing when you hand it in, that tends to rescue some of the "
    "detail from old film.",
    "Some labs refuse film that old, so call ahead before you post the roll to them in "
    "an envelope.",
    "Thanks to all of you, I will take it to the lab in town this week and report back "
    "on what comes out.",
    "Do share a scan or two afterwards, old rolls sometimes hold the nicest surprises of all.",
    "I once found a roll from my grandmother's holiday and half of the frames were "
    "still quite clear.",
    "The lab in my town charges a little extra for old film, but it is worth every "
    "penny in the end.",
    "Good luck with it, and do tell us which lab you picked so the rest of us know where to go.",
]


def _cards_page(cards: list[list[str]], blank: bool = False) -> str:
    """A XenForo-like thread as inscriptis prints it: each post's card (its lines, one
    under the other, a blank line between them when ``blank``), the post's date, an
    empty control and its number as list items, the body, a "Reply" control."""
    out = ["Developing an old roll of film", ""]
    for number, (card, body) in enumerate(zip(cards, _BODIES, strict=False), start=1):
        for line in card:
            out += [f"                            {line}"] + ([""] if blank else [])
        out += [
            f"                              * Jan {number + 1}, 2024",
            "                              * ",
            f"                              * #{number}",
            f"                                    {body}",
            "                                Reply",
            "",
        ]
    return "\n".join(out)


def test_a_members_title_under_the_name_is_no_name() -> None:
    """A custom title printed under its member's name in each of their posts, and
    nowhere else ("Moderator" under Jorunn): the name is the line over it. A badge
    printed over the opener's name in all their posts but the first ("OP" over piet)
    stays no name."""
    cards = {
        "piet": ["piet", "Mar 4, 2021"],
        "mer": ["M", "mer", "Jun 1, 2019"],
        "Jorunn": ["Jorunn", "Moderator", "Feb 2, 2018"],
        "kaja": ["K", "kaja", "May 5, 2020"],
    }
    order = ["piet", "mer", "piet", "Jorunn", "kaja", "piet", "mer", "Jorunn"]
    badged = [(["OP"] if n and who == "piet" else []) + cards[who] for n, who in enumerate(order)]
    text = _cards_page(badged)
    assert _authors(text) == order
    assert_nothing_lost(threadparse.parse(text), text)


def test_a_rank_shared_by_members_under_their_names_is_no_name() -> None:
    """A rank printed under several members' names ("Hall of Famer" under Marro and
    Jens), where another member's avatar initial tells that the name stands where the
    rank stands in their cards: the name is the line over the rank."""
    cards = {
        "tilde": ["T", "tilde", "All-Pro", "Location Oslo"],
        "Marro": ["Marro", "Hall of Famer", "Supporter", "Location Hill Country"],
        "Jens": ["Jens", "Hall of Famer", "Location Aarhus"],
        "Ola": ["Ola", "Legend", "Location Bodø"],
        "Brit": ["B", "Brit", "Legend", "Location Tromsø"],
    }
    order = ["tilde", "Marro", "Jens", "Ola", "tilde", "Marro", "Brit", "Ola"]
    text = _cards_page([cards[who] for who in order], blank=True)
    assert _authors(text) == order


_TAP = [
    "The garden tap drips even when it is shut as tight as it goes, and I cannot find a "
    "washer that fits.",
    "Take the tap with you to the hardware shop, they will match the washer to it in a "
    "minute or two.",
    "Before that, check the seat inside the tap body: a worn seat drips whatever washer "
    "you put in.",
    "The seat is scored, so I will try a reseating tool before I give up and buy a new tap.",
    "A reseating tool did the job for me last spring, and the tap has not dripped since.",
    "Thank you all, the tap is quiet at last and the water bill should come down again.",
]
_TAPPERS = [
    ("Jaro", "Offline"),
    ("Pia", "Online"),
    ("Jun", "Offline"),
    ("Jaro", "Offline"),
    ("Pia", "Offline"),
    ("Jaro", "Online"),
]


def test_an_avatar_initial_with_its_owners_status_over_the_name() -> None:
    """NodeBB-like, as inscriptis prints it: "J Offline" twice (the avatar's initial
    and its owner's status), then the name: the line printed twice is no name."""
    out = ["Dripping garden tap", ""]
    for number, ((name, status), body) in enumerate(zip(_TAPPERS, _TAP, strict=True), 1):
        out += [
            f"                      * {name[0]} {status}",
            f"                                {name[0]} {status}",
            f"                              {name}",
            "                              wrote on last edited by",
            f"                            #{number}",
            "",
            f"                          {body}",
            "",
        ]
    text = "\n".join(out)
    assert _authors(text) == [name for name, _ in _TAPPERS]


def test_an_avatar_initial_with_a_status_over_a_name_and_rank() -> None:
    ranks = {"Jaro": "Newcomer", "Pia": "Regular", "Jun": "Regular"}
    out = ["Dripping garden tap", ""]
    for number, ((name, status), body) in enumerate(zip(_TAPPERS, _TAP, strict=True), 1):
        out += [f"{name[0]} {status}", f"{name[0]} {status}", name, ranks[name]]
        out += [f"Posted {number + 2} March 2023", "", body, "", "Quote", ""]
    text = "\n".join(out)
    assert _authors(text) == [name for name, _ in _TAPPERS]


_SCENTS = [
    "With a collection of close to two hundred bottles, I will buy far less next year "
    "and wear what I own.",
    "No budget here, I replace favourites when they run low and wait for the sales for "
    "everything else.",
    "I keep a short list of wants and allow myself one bottle a month from it, no more than that.",
    "Nothing new this year for me, I spent the money on a trip instead and do not regret "
    "it at all.",
    "A monthly limit sounds sensible, I might try that and see how long I manage to keep it up.",
    "Samples first, always: half of my blind buys ended up with friends within a few weeks.",
    "Same here, decants have saved me more money than any budget I ever tried to keep.",
    "I will buy one big bottle of the scent I wear most, and nothing else until the summer.",
    "Good luck to all of you, and may your favourite bottles never run dry before the sales.",
]
_SCENT_CARDS = {
    "Colbourne": ["Colbourne", "Plus Member", "Plus Member"],
    "Tea_Lilly": ["Tea_Lilly", "Plus Member", "Plus Member"],
    "Fenwick": ["Fenwick", "Known to all", "Plus Member"],
    "Varga": ["Varga", "The Nose", "Plus Member"],
    "Odo": ["Odo", "Well-known member"],
}
_SCENT_ORDER = [
    "Colbourne",
    "Fenwick",
    "Tea_Lilly",
    "Varga",
    "Odo",
    "Colbourne",
    "Fenwick",
    "Varga",
    "Odo",
]


def test_a_badge_some_cards_print_twice_is_no_name() -> None:
    """A badge printed twice in some members' cards ("Plus Member" over "Plus Member"
    under Colbourne) and once in others' is no name printed twice. (inscriptis: a blank
    line between the card's lines, the join date and counters on one line.)"""
    out = ["Your fragrance budget for next year", ""]
    for number, (who, body) in enumerate(zip(_SCENT_ORDER, _SCENTS, strict=True), start=1):
        for line in _SCENT_CARDS[who]:
            out += [f"                            {line}", ""]
        out += [
            "                            Oct 5, 2015 852 8,344",
            f"                              * Dec {number + 1}, 2023",
            "                              * ",
            f"                              * #{number}",
            f"                                    {body}",
            "                                * ",
            "                              Reactions: Odo and 2 others",
            "",
        ]
    assert _authors("\n".join(out)) == _SCENT_ORDER


def test_a_badge_some_cards_print_twice_plain_layout() -> None:
    out = ["Your fragrance budget for next year", ""]
    for number, (who, body) in enumerate(zip(_SCENT_ORDER, _SCENTS, strict=True), start=1):
        out += [*_SCENT_CARDS[who], "Joined", "Oct 5, 2015", "Messages", "852"]
        out += [f"  • Dec {number + 1}, 2023", f"  • #{number}", body, "  • Like", ""]
    assert _authors("\n".join(out)) == _SCENT_ORDER


_ANSWERS = [
    ("Ilka", "No"),
    ("Bram", "Why not"),
    (
        "Sten",
        "Because the hours are long and the work follows you home every single "
        "weekend of the year.",
    ),
    ("Odile", "Agreed"),
    (
        "Ravi",
        "Fair enough, thanks for the honest answer, that helps me decide before the deadline.",
    ),
    ("Ilka", "Same here, the pay does not make up for the evenings you lose to it."),
    (
        "Maud",
        "It depends on the firm, mine kept weekends free and that made all the difference to me.",
    ),
]


def _controls_page(furniture: list[str]) -> str:
    """Posts stamped by their age ("3y") under the name, short bodies among them, each
    closed by the same controls; over the first one, the page's comment count between
    two "Add Comment" buttons (and ``furniture``)."""
    out = ["Is consulting worth it?", ""]
    out.append(
        "                        I am weighing an offer from a consulting firm against a "
        "quieter job in industry, and would like to hear from people who made the move."
    )
    out += ["", "                            Add Comment", "                            7 Comments"]
    out += ["                            Add Comment", *furniture]
    for name, body in _ANSWERS:
        out += [f"{' ' * 40}{name}", f"{' ' * 34}3y", ""]
        out += [f"                                {body}", ""]
        out += [
            f"                                        {control}"
            for control in ("Reply", "Quote", "Report", "Bookmark", "* ")
        ]
    return "\n".join(out) + "\n"


def test_a_control_over_and_under_a_short_post_is_no_name_printed_twice() -> None:
    """A control closing every post ("Bookmark") stands over a stamp and, where the body
    is too short to read as prose, under it too: that is no name printed twice. (The
    first post's block reaches into the count's buttons, printed twice: no name
    there.)"""
    text = _controls_page([])
    assert _authors(text)[1:] == [name for name, _ in _ANSWERS][1:]


def test_few_authors_told_the_place_most_blocks_hold_a_name_decides() -> None:
    """Only the first post's author is told by rule (a button printed twice over the
    comment count, far over its stamp): the place where most blocks hold a name-like
    line, right over the stamp, is where the others print their names."""
    text = _controls_page([f"{' ' * 28}Sort by: Best", f"{' ' * 28}Newest first"])
    assert _authors(text)[1:] == [name for name, _ in _ANSWERS][1:]


_ADVICE = [
    ("Ilka", "Take the offer if the firm keeps weekends free, otherwise keep looking a while."),
    ("Bram", "The hours are long, but you learn more in two years there than in five elsewhere."),
    ("Sten", "I left after a year and do not regret it at all, the evenings are mine again now."),
    ("Odile", "Ask to speak with people two years in, they will tell you how it really feels."),
    ("Ravi", "It depends entirely on the team you end up in, so ask about that before you sign."),
    ("Maud", "The pay is good, yet the travel wore me out faster than I had expected it to."),
]


def _wrapped_controls_page(controls: tuple[str, ...], noun: str) -> str:
    """html2text: each post's controls are links whose titles wrap onto a line of
    their own (``[Reply](/login#c-1 "Reply the`` over ``comment")``)."""
    out = ["Is consulting worth it?", "", "I am weighing an offer from a consulting firm.", ""]
    for number, (name, body) in enumerate(_ADVICE):
        out += [f"[{name}](/user/{name.lower()})", "", "3y", "", body, ""]
        for control in controls:
            out += [f'[{control}](/login?to=/node/7#c-{number} "{control} the', f'{noun}")', ""]
    return "\n".join(out)


def test_a_wrapped_link_title_printed_twice_is_no_name() -> None:
    """The rest of a link's title wrapped onto its own line ('comment")'), the same
    under every control, is no name printed twice."""
    text = _wrapped_controls_page(("Reply", "Quote", "Report"), "comment")
    assert _authors(text) == [name for name, _ in _ADVICE]


def test_a_wrapped_link_title_printed_twice_two_controls() -> None:
    text = _wrapped_controls_page(("Share", "Flag"), "post")
    assert _authors(text) == [name for name, _ in _ADVICE]


# SMF-like: each card prints its status picture's word before the name, then the
# member's rank, stars and post count; the post's subject; then "« Reply #N on: DATE »"
# (the opening post's "« on: DATE »"): a running count where a name would stand.
_OUTBOARD = [
    "The carburettor jets were clogged with varnish after the winter, so I soaked them overnight.",
    "I had the same trouble with mine and a new fuel line fixed it within the hour, honestly.",
    "Check the kill switch lanyard as well, because a loose clip stops the motor every time.",
    "Thanks for the tips, the lanyard clip was the culprit and it runs smoothly again now.",
    "Good to hear it, remember to run it dry before you put it away next autumn as well.",
]


def _counted_page(cards: list[tuple[str, str]], status: str, banner: str = "") -> str:
    """Posts whose stamps print a running count ("Reply #2 on: DATE"), each card a
    (name, rank), every name after ``status``; the page's header prints the ``banner``
    twice (its title and its breadcrumb) right over the first card."""
    lines = [banner, "", f"  • {banner}", "  • Electrics", "", "Go Down Pages1", ""]
    if not banner:
        lines = [
            "Small Boat Menders",
            "Welcome, Guest. Please login or register.",
            "",
            "  • Home",
            "  • Search",
            "Pages: [1]   Go Down",
            "",
            "AuthorTopic: Stalled outboard after storage  (Read 210 times)",
            "",
        ]
    for number, ((name, rank), body) in enumerate(zip(cards, _OUTBOARD, strict=False)):
        count = f"Reply #{number} on:" if number else "on:"
        lines += [
            f"{status} {name}",
            "",
            f"  • {rank}",
            "  • **",
            f"  • Posts: {40 + 17 * number}",
            "Re: Stalled outboard after storage" if number else "Stalled outboard after storage",
            f"« {count} March 0{3 + number}, 2024, 0{number + 1}:12:00 PM »",
            body,
            "Report to moderator   Logged",
            "",
        ]
    return "\n".join(lines)


def test_a_running_count_in_the_stamp_is_no_name() -> None:
    cards = [
        ("Wenna Colt", "Newbie"),
        ("harbourfox", "Full Member"),
        ("Wenna Colt", "Newbie"),
        ("ostrava_k", "Full Member"),
        ("harbourfox", "Full Member"),
    ]
    page = _counted_page(cards, "Offline")
    assert _authors(page) == [name for name, _ in cards]
    assert_nothing_lost(threadparse.parse(page), page)


def test_a_running_count_in_the_stamp_is_no_name_other_cards() -> None:
    cards = [
        ("tillerman", "Jr. Member"),
        ("Mags Oduya", "Hero Member"),
        ("quayside7", "Jr. Member"),
        ("Mags Oduya", "Hero Member"),
        ("Bert Lusk", "Jr. Member"),
    ]
    page = _counted_page(cards, "Online")
    assert _authors(page) == [name for name, _ in cards]


# MyBB-like: the name, the rank, stars, then labelled fields one a line ("Joined:" over
# "Aug 2019"), the post's number and date: the rank and join date repeat across posts.
def _fields_page(cards: list[tuple[str, str, str]]) -> str:
    lines = ["Which soldering station for a hobby bench?", "Post Reply"]
    for number, ((name, rank, joined), body) in enumerate(zip(cards, _OUTBOARD, strict=False)):
        lines += [
            name,
            rank,
            "**",
            "Posts:",
            str(12 + 31 * number),
            "Threads:",
            str(number),
            "Joined:",
            joined,
            "Reputation:",
            str(number % 3),
            f"#{number + 1}",
            f"03-0{2 + number}-2024, 09:1{number} PM",
            body,
            "Find",
            "Reply",
        ]
    return "\n".join(lines)


def test_the_name_is_the_card_line_that_varies_the_most() -> None:
    cards = [
        ("spindle_ox", "Member", "Aug 2019"),
        ("Hettie Vance", "Junior Member", "Jan 2021"),
        ("corbel", "Member", "Aug 2019"),
        ("Lio Marsh", "Junior Member", "Jan 2021"),
        ("spindle_ox", "Member", "Aug 2019"),
    ]
    page = _fields_page(cards)
    assert _authors(page) == [name for name, _, _ in cards]
    assert_nothing_lost(threadparse.parse(page), page)


def test_the_name_is_the_card_line_that_varies_the_most_other_cards() -> None:
    cards = [
        ("Pim Arkwright", "Posting Freak", "Mar 2018"),
        ("gullwing", "Member", "Mar 2018"),
        ("tovah_r", "Posting Freak", "Oct 2022"),
        ("gullwing", "Member", "Mar 2018"),
        ("Ned Falk", "Member", "Oct 2022"),
    ]
    assert _authors(_fields_page(cards)) == [name for name, _, _ in cards]


def test_a_name_printed_twice_in_the_page_header_is_no_author() -> None:
    """The first card's block runs on into the page's header, whose banner and
    breadcrumb print the site's name twice: no name of the first post's, which stands
    farther over its stamp than any other post's header block reaches."""
    cards = [
        ("Wenna Colt", "Newbie"),
        ("harbourfox", "Full Member"),
        ("ostrava_k", "Newbie"),
        ("Wenna Colt", "Newbie"),
        ("harbourfox", "Full Member"),
    ]
    page = _counted_page(cards, "Offline", banner="Bilge Pump Corner")
    assert _authors(page) == [name for name, _ in cards]


def test_a_name_printed_twice_in_the_page_header_is_no_author_other_cards() -> None:
    cards = [
        ("tillerman", "Jr. Member"),
        ("Mags Oduya", "Hero Member"),
        ("quayside7", "Jr. Member"),
        ("Bert Lusk", "Jr. Member"),
        ("Mags Oduya", "Hero Member"),
    ]
    page = _counted_page(cards, "Away", banner="Small Craft Wiring")
    assert _authors(page) == [name for name, _ in cards]


def _numbered_forum(menu: list[str]) -> str:
    """An inscriptis forum thread: each post's card (name, title, join line) over its
    date and number, the first card under the page's breadcrumb menu."""
    ilka, odd = ("Ilka Brandt", "Member"), ("Odd Halvorsen", "Moderator")
    posts = [
        (*ilka, "I want a small stove for a boat cabin that burns diesel. Any ideas?"),
        (*odd, "I moved this to the galley forum. Have you looked at drip-feed ones?"),
        (*ilka, "Thanks Odd, the drip-feed ones look right, but they need a deck flue."),
        (*odd, "A deck flue is fine if the collar is bedded well. Mine is dry."),
        (
            "Runa K",
            "Member",
            "Mine has a flue through the deck and has never leaked in six winters.",
        ),
    ]
    pad = " " * 32
    lines = [" " * 20 + "Boat stoves: which one for a small cabin?", ""]
    lines += [" " * 22 + "* Thread starter Ilka Brandt", " " * 22 + "* Start date Oct 21, 2022", ""]
    lines += menu
    for n, (name, title, body) in enumerate(posts, 1):
        lines += ["", pad + name, "", pad + title, "", pad + "Oct 10, 2022 16 0 0"]
        lines += [f"{' ' * 30}* Oct {20 + n}, 2022", " " * 30 + "* ", " " * 30 + "* "]
        lines += [f"{' ' * 30}* #{n}", " " * 38 + body, ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "menu",
    [
        [
            "                Toggle panel Toggle panel",
            "                * Home",
            "                * Forums",
        ],
        [
            "                Open menu Open menu",
            "                * Start",
            "                * Boats",
        ],
    ],
)
def test_the_first_card_is_read_no_farther_up_than_the_others(menu: list[str]) -> None:
    """The first post's header block is no longer than the others': a menu line
    printed twice far over its card ("Toggle panel Toggle panel") names nobody."""
    text = _numbered_forum(menu)
    authors = ["Ilka Brandt", "Odd Halvorsen", "Ilka Brandt", "Odd Halvorsen", "Runa K"]
    assert _authors(text) == authors
    assert_nothing_lost(threadparse.parse(text), text)
