"""Badges after a forum author's name: a rank or role ("Senior Member", "Mod"), a post
count ("Posts: 212"), the display name after the user name ("ann_k (Ann K)"), the
thread starter's label, the name printed twice. The page tells them from a name's
last word by repetition: the same phrase after several names, or the name printed
alone elsewhere. Invented pages in the converters' formats."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L
from threadparse import names
from threadparse.posts import reply_to

# resiliparse, a forum's post list: the name line carries the member's rank
RANKED = """\
Best trail shoes for rocky ground?

Jump to Latest
1.1K views 4 replies 4 participants last post by  cloudberry   Mar 4, 2024
ferntrail Senior Member
212 posts · Joined 2019
  • Add to quote
#1 · Mar 2, 2024
Which shoes do you wear on rocky trails? Mine wear out in a season.
Save
Reply Quote Like
mossy_ridge Senior Member
88 posts · Joined 2021
  • Add to quote
#2 · Mar 2, 2024
I wear light boots with a stiff sole, they last two years or so.
Save
Reply Quote Like
cloudberry Forum Veteran
1,904 posts · Joined 2012
  • Add to quote
#3 · Mar 3, 2024
Trail runners with a rock plate. Replace them when the lugs are gone.
Save
Reply Quote Like
Pia Holt Senior Member
31 posts · Joined 2023
  • Add to quote
#4 · Mar 4, 2024
Whatever fits your feet best, honestly.
Save
Reply Quote Like
"""

# inscriptis, a forum's comments: the post count on the name's line
COUNTED = """\
   Home › Boots

     Resoling old boots

               ferntrail Posts: 212
               March 2021 in Boots
               Has anyone had their boots resoled? Is it worth the money?
               0 · Share

     Comments

             * mossy_ridge Posts: 88
               March 2021
               Yes, twice. Cheaper than new boots and they keep their fit.
               0 · Share
             * cloudberry Posts: 1,904
               March 2021
               Depends on the upper. If the leather is cracked, do not bother.
               0 · Share
             * Pia Holt Posts: 31
               March 2021
               Mine came back better than new.
               0 · Share
"""

# resiliparse, a Q&A site's comments: the name, then "– name Mod" under the body
SIGNED = """\
Should the tag wiki list substitutes?

Asked 3 years ago

I keep seeing the same substitution questions. Could the tag wiki list the usual ones?

  • 2
    That would help, but nobody reads the tag wiki before asking.
    veldt_ox
    –  veldt_ox Mod
    2012-12-19 19:14:17 +00:00
    Commented Dec 19, 2012 at 19:14
  • 1
    @veldt_ox Then link to it in a close reason, people do read those.
    Hedda Lind
    –  Hedda Lind
    2012-12-19 20:01:55 +00:00
    Commented Dec 19, 2012 at 20:01
  • 1
    Good idea, I have added a short list of the usual substitutes now.
    veldt_ox
    –  veldt_ox Mod
    2012-12-20 08:30:02 +00:00
    Commented Dec 20, 2012 at 8:30
"""


def authors(text: str) -> list[str | None]:
    return [comment.author for comment in threadparse.parse(text).walk()]


def renamed(text: str, *pairs: tuple[str, str]) -> str:
    for old, new in pairs:
        text = text.replace(old, new)
    return text


PLAIN = (("cloudberry Forum Veteran", "cloudberry"), ("Pia Holt Senior Member", "Pia Holt"))


def test_a_rank_after_three_names_is_a_badge() -> None:
    assert authors(RANKED) == ["ferntrail", "mossy_ridge", "cloudberry Forum Veteran", "Pia Holt"]


def test_a_longer_rank_after_two_names_when_its_end_follows_three() -> None:
    text = renamed(
        RANKED,
        ("ferntrail Senior", "ferntrail Well-Known"),
        ("mossy_ridge Senior", "mossy_ridge Well-Known"),
        ("cloudberry Forum Veteran", "cloudberry Senior Member"),
    )
    assert authors(text) == ["ferntrail", "mossy_ridge", "cloudberry", "Pia Holt"]


def test_a_post_count_after_every_name_is_a_badge() -> None:
    assert authors(COUNTED) == ["mossy_ridge", "cloudberry", "Pia Holt"]
    assert authors(COUNTED.replace("Posts: ", "#")) == ["mossy_ridge", "cloudberry", "Pia Holt"]


def test_a_number_after_some_names_stays() -> None:
    """A member number some users put in their name is no count the forum prints."""
    text = COUNTED.replace("cloudberry Posts: 1,904", "cloudberry")
    assert authors(text) == ["mossy_ridge Posts: 88", "cloudberry", "Pia Holt Posts: 31"]


def test_display_names_in_parentheses_after_three_names() -> None:
    text = renamed(
        RANKED,
        ("ferntrail Senior Member", "ferntrail (Fern Trail)"),
        ("mossy_ridge Senior Member", "mossy_ridge (Moss Ridge)"),
        ("cloudberry Forum Veteran", "cloudberry (Cloud Berry)"),
        ("Pia Holt Senior Member", "piaholt (Pia Holt)"),
    )
    assert authors(text) == ["ferntrail", "mossy_ridge", "cloudberry", "piaholt"]


def test_a_parenthesis_that_repeats_the_name() -> None:
    text = renamed(RANKED, ("ferntrail Senior Member", "ferntrail (Ferntrail)"), *PLAIN)
    assert authors(text)[0] == "ferntrail"


def test_an_organisation_after_two_names_stays() -> None:
    text = renamed(
        RANKED,
        ("ferntrail Senior Member", "Tove (Acme)"),
        ("mossy_ridge Senior Member", "Ruth (Acme)"),
        *PLAIN,
    )
    assert authors(text) == ["Tove (Acme)", "Ruth (Acme)", "cloudberry", "Pia Holt"]


def test_a_surname_two_commenters_share_stays() -> None:
    text = renamed(
        RANKED,
        ("ferntrail Senior Member", "Ann Lee"),
        ("mossy_ridge Senior Member", "Bob Lee"),
        *PLAIN,
    )
    assert authors(text) == ["Ann Lee", "Bob Lee", "cloudberry", "Pia Holt"]


# resiliparse, a blog's comments: three commenters of seven share a family name
FAMILY = """\
Ten monsoon recipes from my grandmother's kitchen

We cooked through her notebook over one rainy week.

7 Responses
  1. Amit Kumar says:
    March 3, 2021 at 4:12 pm
    The pakora batter with rice flour is exactly how my aunt makes it.
    Reply
  2. Priya Sharma says:
    March 3, 2021 at 6:40 pm
    Could the chutney be made a day ahead?
    Reply
  3. Ravi Kumar says:
    March 4, 2021 at 9:02 am
    Tried the ginger tea tonight, perfect for the rain.
    Reply
  4. Neha Gupta says:
    March 4, 2021 at 11:15 am
    Lovely photographs of the notebook pages.
    Reply
  5. Sunil Kumar says:
    March 5, 2021 at 7:30 am
    My mother adds ajwain to the batter as well.
    Reply
  6. Tom Reyes says:
    March 5, 2021 at 8:45 pm
    Is there a version of the dal without onions?
    Reply
  7. Meera Iyer says:
    March 6, 2021 at 10:05 am
    Saving this for the weekend.
    Reply
"""


def test_a_family_name_three_commenters_share_stays() -> None:
    """Three one-word given names before one family name, on a page whose other names
    are a given name and a family name each: the family name is no badge."""
    assert authors(FAMILY) == [
        "Amit Kumar",
        "Priya Sharma",
        "Ravi Kumar",
        "Neha Gupta",
        "Sunil Kumar",
        "Tom Reyes",
        "Meera Iyer",
    ]


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        (  # a rank after three given names, the others handles: a badge
            (
                ("Priya Sharma", "priya_s"),
                ("Neha Gupta", "nehag"),
                ("Tom Reyes", "tomr"),
                ("Meera Iyer", "meera"),
                ("Kumar", "Member"),
            ),
            ["Amit", "priya_s", "Ravi", "nehag", "Sunil", "tomr", "meera"],
        ),
        (  # a rank in capitals after three names: a badge
            (("Kumar", "MOD"),),
            ["Amit", "Priya Sharma", "Ravi", "Neha Gupta", "Sunil", "Tom Reyes", "Meera Iyer"],
        ),
    ],
)
def test_a_word_after_three_given_names_is_a_badge_where_the_page_tells_so(
    pairs: tuple[tuple[str, str], ...], expected: list[str]
) -> None:
    assert authors(renamed(FAMILY, *pairs)) == expected


def test_a_name_ending_in_a_rank_word_once_stays() -> None:
    text = renamed(RANKED, ("ferntrail Senior Member", "Cora Staff"), ("Senior Member", ""))
    assert authors(text)[0] == "Cora Staff"


STARTED = renamed(
    RANKED,
    ("ferntrail Senior Member", "ferntrail Discussion starter"),
    ("mossy_ridge Senior Member", "mossy_ridge"),
    ("Jump to Latest", "ferntrail\nJump to Latest"),
    *PLAIN,
)


def test_the_starter_label_after_a_name_printed_alone_elsewhere() -> None:
    assert authors(STARTED) == ["ferntrail", "mossy_ridge", "cloudberry", "Pia Holt"]
    lynx = STARTED.replace("ferntrail Discussion", "[12]ferntrail Discussion")
    assert authors(lynx)[0] == "ferntrail"


def test_a_label_after_a_name_never_printed_alone_stays() -> None:
    text = STARTED.replace("ferntrail\nJump", "Jump")
    assert authors(text)[0] == "ferntrail Discussion starter"


def test_a_name_printed_twice_then_a_badge() -> None:
    text = renamed(
        RANKED,
        ("ferntrail Senior Member", "ferntrailferntrail Admin"),
        ("mossy_ridge Senior Member", "mossy_ridge mossy_ridge Admin"),
        *PLAIN,
    )
    assert authors(text) == ["ferntrail", "mossy_ridge", "cloudberry", "Pia Holt"]


@pytest.mark.parametrize("name", ["Roberto Roberto", "DanDan", "Mimi Admin", "Anna Annabel Admin"])
def test_a_name_twice_without_a_badge_or_no_name_twice_stays(name: str) -> None:
    assert names._undoubled(name) == name


def test_a_signature_printed_twice_with_a_badge() -> None:
    assert authors(SIGNED) == ["veldt_ox", "Hedda Lind", "veldt_ox"]
    bodies = [comment.text for comment in threadparse.parse(SIGNED).walk()]
    assert not any(body.endswith("veldt_ox") for body in bodies)


def test_a_different_name_over_a_badged_signature_stays() -> None:
    text = SIGNED.replace("    veldt_ox\n", "    Tom Ek\n")
    assert authors(text) == ["veldt_ox Mod", "Hedda Lind", "veldt_ox Mod"]


# w3m, a blog's comments: "NAME says" over the date, a name read_header takes for none
SAYS = """\
Spring planting notes

What went in the ground this week.

3 Comments

  1. Tove Ek says:
     April 3, 2021 at 9:12 am
     Lovely rows. What spacing do you use for the leeks?
  2. Ida M. says
     April 3, 2021 at 10:40 am
     I always sow too early and regret it.
  3. Ruth - Old Mill Farm says
     April 4, 2021 at 7:05 am
     We put our peas in last week, fingers crossed.
"""


def test_says_after_a_name_over_a_date() -> None:
    assert authors(SAYS) == ["Tove Ek", "Ida M.", "Ruth - Old Mill Farm"]


@pytest.mark.parametrize(("name", "kept"), [("Simon Says", "Simon Says"), ("says", "says")])
def test_a_name_that_only_looks_like_a_verb_stays(name: str, kept: str) -> None:
    assert L.without_verb(name) == kept


# w3m, a blog's comments: a picture's text "NAME Avatar" over the name printed again
PICTURED = """\
Garden pond in a weekend

How we dug and lined a small pond.

2 Comments

 1. ferntrail Avatar
    ferntrail
    June 23, 2025 at 9:32 am
    How deep did you dig the middle section?
 2. Pia Holt Avatar
    Pia Holt
    June 24, 2025 at 8:10 am
    Lovely, the frogs will find it within a week.
"""


def test_a_header_named_again_below_without_its_tail() -> None:
    assert authors(PICTURED) == ["ferntrail", "Pia Holt"]


def test_another_name_below_a_header_leaves_it_whole() -> None:
    # (a tail other than a picture's word: "NAME Avatar" names NAME by itself)
    text = PICTURED.replace("ferntrail Avatar", "ferntrail Gardener")
    assert authors(text.replace("    ferntrail\n", "    Bo Ek\n"))[0] == "ferntrail Gardener"


def test_a_handle_after_a_display_name_is_shown_with_it() -> None:
    # "Ann Lee (annl)": the display name, then its owner's handle (a tracker's
    # "NAME (handle) wrote on DATE"): the name as the page shows it, not a badge
    text = renamed(
        RANKED,
        ("ferntrail Senior Member", "Fern Trail (ft_runs)"),
        ("mossy_ridge Senior Member", "Moss Ridge (mridge2)"),
        ("cloudberry Forum Veteran", "Cloud Berry (cbx)"),
        ("Pia Holt Senior Member", "Pia Holt (pholt-7)"),
    )
    assert authors(text) == [
        "Fern Trail (ft_runs)",
        "Moss Ridge (mridge2)",
        "Cloud Berry (cbx)",
        "Pia Holt (pholt-7)",
    ]


# An avatar showing its owner's initials over each name ("MC" over "Marie Caron"): the
# words the initials spell are the name (past a middle word: "TE" over "Tomas van
# Eyck"), what follows them a badge ("Subscriber").
INITIALED = """\
Rent freeze extended

The city extended the rent freeze by a year.

4 Comments
  • IB
    Ilse Brandt Subscriber 3 hours ago
    Small landlords were not asked at all.
    Reply
    ◦ GR
      Gaspard Roy Journalist 2 hours ago
      We asked the association; they declined to comment.
      Reply
  • NH
    Noor Haddad 2 hours ago
    Will the freeze cover commercial leases too?
    Reply
  • TE
    Tomas van Eyck Subscriber 1 hour ago
    Good, clear article.
    Reply
"""


def test_initials_over_the_names_tell_the_badges() -> None:
    page = threadparse.parse(INITIALED)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Ilse Brandt", 0), ("Gaspard Roy", 1), ("Noor Haddad", 0), ("Tomas van Eyck", 0),
    ]  # fmt: skip
    assert_nothing_lost(page, INITIALED)


def test_initials_over_one_name_tell_nothing() -> None:
    text = INITIALED.replace("  • NH\n", "  • N\n").replace("    ◦ GR\n", "    ◦ G\n")
    text = text.replace("  • TE\n", "  • T\n")
    text = text.replace("Noor Haddad 2", "Noor Haddad Subscriber 2")
    page = threadparse.parse(text)
    assert page.comments[0].author == "Ilse Brandt Subscriber"  # (one initialed name)


# The reply control under each comment names its author ("Reply to Jonas Wirth"): a word
# after that name on the header's line ("Jonas Wirth author") is a badge.
REPLY_NAMED = """\
A home server on a small board

The whole build, with the power numbers.

3 Comments
  • Karolina B. 2024-03-15 09:12
    Which SSD enclosure did you end up with?
    Reply to Karolina B.
      ◦ Jonas Wirth author 2024-03-15 11:02
        The one in the parts list, with the ASMedia bridge.
        Reply to Jonas Wirth
  • Pieter van Dam 2024-03-21 20:14
    Thanks for the power numbers.
    Reply to Pieter van Dam
"""


def test_a_reply_control_names_the_author_without_the_badge() -> None:
    page = threadparse.parse(REPLY_NAMED)
    assert [c.author for c in page.walk()] == ["Karolina B.", "Jonas Wirth", "Pieter van Dam"]
    assert_nothing_lost(page, REPLY_NAMED)


def test_a_reply_control_naming_someone_else_cuts_nothing() -> None:
    text = REPLY_NAMED.replace("Reply to Jonas Wirth", "Reply to Jonas")
    text = text.replace("Jonas Wirth author", "Jonas Wirth")
    page = threadparse.parse(text)
    assert page.comments[0].children[0].author == "Jonas Wirth"


# Badges a converter glued to the name one after the other ("Lena HartmannAdminMagier",
# "Thorsten W.Ents", "AnonymZwerge"), where the replies mention the names alone
# ("@Lena Hartmann:", "@Anonym:"); without such mentions the glued words stay.
GLUED_BADGES = """\
Balcony solar, one year on

We logged every kilowatt-hour for a year.

5 comments

  • Lena HartmannAdminAngeheftetMagier2023-06-02
    Pinned: the logger script is linked at the end of the post.
  • AnonymZwerge2023-05-19
    @Lena Hartmann: does the meter run backwards when the panels feed in?
      ◦ Lena HartmannAdminMagier2023-05-20
        @Anonym: Ours did, until the utility swapped it for a new one.
  • Thorsten W.Ents2023-05-16
    Nice write-up. Which inverter do you use?
      ◦ Lena HartmannAdminMagier2023-05-16
        @Thorsten W.: A 600 W micro-inverter, the cheapest we could find.
"""


def test_badges_glued_after_a_mentioned_name_are_cut() -> None:
    page = threadparse.parse(GLUED_BADGES)
    assert [c.author for c in page.walk()] == [
        "Lena Hartmann", "Anonym", "Lena Hartmann", "Thorsten W.", "Lena Hartmann",
    ]  # fmt: skip
    assert_nothing_lost(page, GLUED_BADGES)


def test_a_glued_word_after_an_unmentioned_name_stays() -> None:
    text = GLUED_BADGES.replace("@Anonym: ", "").replace("@Thorsten W.: ", "")
    text = text.replace("@Lena Hartmann: ", "")
    text = text.replace("Lena HartmannAdmin", "Lena Hart")
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()][:2] == ["Lena HartAngeheftetMagier", "AnonymZwerge"]


# Each comment: the avatar's initials, the name, then the poster's line about themselves
# with the age ("Home baker since 2015 · 2 days ago"): the name is the line the initials
# spell, not the line the age closes.
TAGLINED = """\
Rye starter through the winter

My starter sulks every January.

3 comments

HD

Henrik Dahlqvist

Home baker since 2015 · 2 days ago

The bit about the starter going sluggish in January matched my experience exactly.

MO

Mireille Ostrander

Writes about rye · 2 days ago

Twice a day helped a little, but a stiffer starter made the real difference.

RQ

Rafael Quintanilla

Pastry chef · 14 hrs ago

Do you keep a second, stiffer starter for the summer months as well?
"""


def test_the_name_under_its_initials_over_a_tagline() -> None:
    page = threadparse.parse(TAGLINED)
    assert [c.author for c in page.walk()] == [
        "Henrik Dahlqvist", "Mireille Ostrander", "Rafael Quintanilla",
    ]  # fmt: skip
    assert_nothing_lost(page, TAGLINED)


# A comment widget that prints the author's handle link ("@ann_k") before the name, the
# two glued where the converter drops the space between them ("@ann_kann_k").
HANDLED = """\
Docker networks per stack

One network per compose stack, and why.

3 comments

{first} 2 years ago
Thanks for writing this up, it finally clicked for me.

noorvance 2 years ago
A network per stack is what we do at work too.

{third} 2 years ago
What about the default bridge network then?
"""


@pytest.mark.parametrize(
    ("first", "third"),
    [("@hallvard-bhallvard-b", "@mkrolmkrol"), ("@hallvard-b hallvard-b", "@mkrol mkrol")],
)
def test_a_handle_before_the_same_name_is_the_name_once(first: str, third: str) -> None:
    text = HANDLED.format(first=first, third=third)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["hallvard-b", "noorvance", "mkrol"]
    assert_nothing_lost(page, text)


# The author's picture, its text the handle ("yusufdelacroix profile image"), over the
# display name, the same letters but for case and blanks ("Yusuf Delacroix").
PROFILE_IMAGES = """\
Moving a dashboard off jQuery

Five years of jQuery, gone in a month.

{comments}
Code of Conduct
"""


def test_the_display_name_under_its_handle_s_picture() -> None:
    people = [("yusufdelacroix", "Yusuf Delacroix"), ("marenholt", "Maren Holt")] * 2
    comments = "".join(
        f"{handle} profile image\n{handle} profile image\n{name}\n{name}\n• May {i + 1}\n"
        f"  • Copy link\n  • Hide\n\nI tried the same move, part {i + 1} of my notes.\n\n"
        for i, (handle, name) in enumerate(people)
    )
    text = PROFILE_IMAGES.format(comments=comments)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for _, name in people]
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Reply to Jonas Wirth", "Jonas Wirth"),
        ("Rispondi a Marco Belloni", "Marco Belloni"),
        ("Répondre à Claire Dubois", "Claire Dubois"),
        ("Responder a Lucía Ortega", "Lucía Ortega"),
        ("Antwort an Jens", "Jens"),
    ],
)
def test_reply_controls_in_several_languages_name_whom_they_answer(line: str, name: str) -> None:
    assert reply_to(line) == name


def test_an_italian_reply_control_names_the_author_without_the_badge() -> None:
    text = REPLY_NAMED.replace("Reply to ", "Rispondi a ")
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Karolina B.", "Jonas Wirth", "Pieter van Dam"]
    assert_nothing_lost(page, text)


def test_a_moderators_symbols_after_three_names_are_kept_as_shown() -> None:
    # (a Q&A site's moderators carry "♦♦" after the name: a mark shown as part of it,
    # not a rank's words)
    text = renamed(
        RANKED,
        ("ferntrail Senior Member", "ferntrail ♦♦"),
        ("mossy_ridge Senior Member", "mossy_ridge ♦♦"),
        ("cloudberry Forum Veteran", "cloudberry ♦♦"),
    )
    assert authors(text)[:3] == ["ferntrail ♦♦", "mossy_ridge ♦♦", "cloudberry ♦♦"]


DISCUSSION = """\
Anchors in PDF exports point at the wrong page

wrenfield asked this question in Q&A

@wrenfield wrenfield Mar 4, 2024

The table of contents links to page 3 for every heading.

@dszulc dszulc {maintainer}Mar 4, 2024

Fixed on main, the offsets were counted before the cover page.

@wrenfield wrenfield {author}Mar 4, 2024

Thanks, that did it.

@pbern pbern Mar 5, 2024

Same problem with the EPUB export, for what it is worth.
"""


@pytest.mark.parametrize(("maintainer", "author"), [("Maintainer ", "Author "), ("", "")])
def test_a_handle_its_name_and_a_badge(maintainer: str, author: str) -> None:
    """A discussion prints the avatar's handle, the name and the poster's badge before the
    date ("@dszulc dszulc Maintainer Mar 4, 2024"): the name once, no badge
    (`names._undoubled`)."""
    text = DISCUSSION.format(maintainer=maintainer, author=author)
    assert authors(text) == ["wrenfield", "dszulc", "wrenfield", "pbern"]


@pytest.mark.parametrize("name", ["@ann ann lee", "@ann ann Lee Smith Jones", "@ann bob Admin"])
def test_a_handle_before_other_words_stays(name: str) -> None:
    assert names._undoubled(name) == name
