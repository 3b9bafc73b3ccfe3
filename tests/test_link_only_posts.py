"""Posts whose body is only a link ("https://archive.is/…", or "See also:" over a
link), in a flat post list whose every post closes with the template's controls
("reply", `threadparse.posts`): the header repeats the page's template and the
control line the other posts close with stands between the link and the next header,
so the link is a post's body, not a stray line between two headers of one post. A
list of links in an article stays the article's; a widget's list of links, each under
a name and date and closed by "Read more", is no post list.

Every fixture here is invented, in the shapes the converters print a link
aggregator's comment page.
"""

from __future__ import annotations

import threadparse


def _posts(text: str) -> list[tuple[str | None, str]]:
    return [(comment.author, comment.text) for comment in threadparse.parse(text).walk()]


# resiliparse: each comment a header "NAME AGE [–]", its body, a "reply" line; three
# bodies are a link alone or a short line over a link
LINKS_ALONE = """\
		Signal Board new | past | comments | ask | show | jobs | submit 		login
		Glass frogs hide their blood in their livers while they sleep (sciencedaily.com)
		112 points by quillon 4 hours ago | hide | past | favorite | 7 comments
Marta_Velde 2 hours ago [–]

See the footage:

https://vimeo.com/watch/771203

reply
oskarbrand 2 hours ago [–]

That is a remarkable trick. Packing nearly all the red cells into one organ and then \
releasing them again at dawn without clotting sounds impossible.

reply
tinwhistle 1 hour ago [–]

https://www.nature.com/articles/glass-frog-transparency

reply
oskarbrand 58 minutes ago [–]

Thanks, the figures in the paper make the mechanism much clearer than the press release did.

reply
pennyroyal 47 minutes ago [–]

Does anyone know whether the same thing happens in the tadpoles, or only in adults that \
live in the canopy?

reply
hask_ell 30 minutes ago [–]

https://archive.ph/Xw2bQ

reply
lumen_dog 12 minutes ago [–]

I read the whole article and still cannot work out how they measured it without waking \
the frogs up first.

reply

Applications are open for the Winter batch

Guidelines | FAQ | Lists | API | Security | Legal | Contact

Search:
"""


def test_posts_whose_body_is_a_link_are_posts() -> None:
    posts = _posts(LINKS_ALONE)
    assert [author for author, _ in posts] == [
        "Marta_Velde",
        "oskarbrand",
        "tinwhistle",
        "oskarbrand",
        "pennyroyal",
        "hask_ell",
        "lumen_dog",
    ]
    assert posts[2][1] == "https://www.nature.com/articles/glass-frog-transparency"
    assert posts[5][1] == "https://archive.ph/Xw2bQ"
    assert "https://vimeo.com/watch/771203" in posts[0][1]


# lynx: link numbers before every link, a spacer's picture "[s.gif]" under each
# "reply", blank lines between the posts
LYNX_LINKS = """\
   [1][logo.gif] [2]Signal Board [3]new | [4]past | [5]comments | [6]ask |
   [7]show | [8]jobs | [9]submit [10]login



   [11]Show SB: A field guide to the night insects of the Atlantic forest
   ([12]example.org)
   86 points by [13]merrow_t [14]5 hours ago | [15]hide | [16]past |
   [17]favorite | [18]7 comments

   ____________________________________________________________
   ____________________________________________________________
   add comment
   [s.gif]



   [19]gallowglass [20]4 hours ago [21][–]
   The plates of the hawk moths alone are worth the download. I have been
   looking for something like this for years.

   [22]reply
   [s.gif]



   [23]ferncastle [24]3 hours ago [25][–]
   [26]https://www.gutenberg.org/ebooks/44107

   [27]reply
   [s.gif]



   [28]olwen_b [29]3 hours ago [30][–]
   Is there a printed edition planned? Reading the keys on a phone screen in
   the field at night is hard on the eyes.

   [31]reply
   [s.gif]



   [32]merrow_t [33]2 hours ago [34][–]
   Print copies here:

   [35]https://shop.example.org/field-guide

   [36]reply
   [s.gif]



   [37]dunmore [38]1 hour ago [39][–]
   I would love a companion volume on the day-flying species. The
   photographs in this one are better than most paid guides I own.

   [40]reply
   [s.gif]



   [41]kestrel9 [42]50 minutes ago [43][–]
   [44]https://archive.org/details/atlantic-forest-moths

   [45]reply
   [s.gif]



   [46]brackenridge [47]20 minutes ago [48][–]
   Seconding the request for print. I keep a battered copy of the old
   Lepidoptera keys in the car and it has seen more rain than sun.

   [49]reply
   [s.gif]



   [s.gif]

   [50]Guidelines | [51]FAQ | [52]Lists | [53]API | [54]Security |
   [55]Legal | [56]Contact

"""


def test_link_posts_between_lynx_spacers() -> None:
    posts = _posts(LYNX_LINKS)
    assert [author for author, _ in posts] == [
        "gallowglass",
        "ferncastle",
        "olwen_b",
        "merrow_t",
        "dunmore",
        "kestrel9",
        "brackenridge",
    ]
    assert posts[1][1].startswith("[26]https://www.gutenberg.org/ebooks/44107")
    assert posts[3][1].startswith("Print copies here:")
    assert posts[5][1].startswith("[44]https://archive.org/details/atlantic-forest-moths")


# an article whose "Further reading" is a list of links, its comments under it
ARTICLE_LINKS = """\
Field Notes Weekly
Night insects of the Atlantic forest
Posted by Ines Carvalho 5 hours ago
Most of the moths that visit our light traps are never photographed twice. This week we \
gathered the best references we know for telling them apart in the field, with the keys \
we actually carry.
Further reading:
https://www.gutenberg.org/ebooks/44107
https://archive.org/details/atlantic-forest-moths
https://shop.example.org/field-guide
https://www.inaturalist.org/projects/night-insects
Share this post
3 comments
gallowglass 4 hours ago [–]

The plates of the hawk moths alone are worth the download. I have been looking for \
something like this for years.

reply
olwen_b 3 hours ago [–]

Is there a printed edition planned? Reading the keys on a phone screen in the field at \
night is hard on the eyes.

reply
dunmore 1 hour ago [–]

I would love a companion volume on the day-flying species. The photographs in this one \
are better than most paid guides I own.

reply
"""


def test_links_in_an_article_stay_the_articles() -> None:
    page = threadparse.parse(ARTICLE_LINKS)
    assert [comment.author for comment in page.walk()] == ["gallowglass", "olwen_b", "dunmore"]
    assert page.article is not None
    assert "https://www.inaturalist.org/projects/night-insects" in page.article.text


# a sidebar's recent comments: a name and date over a link, "Read more" under each
RECENT_LINKS = """\
Field Notes Weekly
Night insects of the Atlantic forest
Most of the moths that visit our light traps are never photographed twice. This week we \
gathered the best references we know for telling them apart in the field.
The hawk moths are the easiest to start with: large, fast, and drawn to the same flowers \
every evening, so a patient observer can learn a dozen species in a season.
The small geometrids are another matter entirely, and we will come back to them in a \
later issue with better photographs than we have today.
Recent comments
Ana Lobo 2 hours ago
https://fieldnotes.example.org/2021/07/glass-frogs
Read more
Bruno Reis 3 hours ago
https://fieldnotes.example.org/2021/06/light-traps
Read more
Clara Matos 5 hours ago
https://fieldnotes.example.org/2021/06/moth-keys
Read more
Davi Nunes 6 hours ago
https://fieldnotes.example.org/2021/05/canopy-walks
Read more
Contact | About | Privacy
"""


def test_a_widgets_links_closed_by_a_control_are_no_posts() -> None:
    assert _posts(RECENT_LINKS) == []
