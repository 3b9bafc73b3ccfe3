"""A name, the score printed after it and a date of digits glued together on a comment's
header line ("ann323.04.18 | 20:30 |": `lines.read_header`, `names._unglue_scores`),
and the page's lists after the thread that a converter printed inside its last comment
(`rehang.shed_undated_tail`).

A news site prints each comment's header as the poster's name, their karma and the date;
a converter that drops the spaces between inline elements glues the three. The name is
the part of the glued word the page prints alone elsewhere (a reply opens with "ann,");
a name never printed so loses as many digits as the scores read so have. resiliparse
leaves each comment's reply list open, so every list after the thread (a ranking of
posters, the most commented stories) is printed inside the last comment, undated. Every
fixture is invented.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

# resiliparse: each comment's empty reply list left open (each top-level comment one
# level deeper), and the sidebar's lists after the thread inside the last comment
STAIRS = """\
Rumours #412: a folding phone, a tablet and a watch

The week's rumours, gathered from the usual places.

9 comments

  • marlowe412.03.19 | 18:05 |

    When does the folding one come out?

    • quillby112.03.19 | 18:07 |

      marlowe,
      Next spring, they say.

      • marlowe012.03.19 | 18:09 |

        quillby,
        They said that last spring too.

    • tern_402112.03.19 | 18:11 |

      Nobody needs a folding phone.

      • velda7312.03.19 | 18:15 |

        tern_402,
        Some of us do, for reading on the train.

        • tern_402012.03.19 | 18:20 |

          velda7,
          Fair enough.

      • hobcraft212.03.19 | 18:22 |

        The watch looks like last year's.

        • brackwell012.03.19 | 18:30 |

          The tablet is the one to wait for.

          • oddny_k012.03.19 | 18:41 |

            Battery life is what matters to me.

            Most commented

            • A week with the new tablet
              211
            • Ten phones under two hundred
              187
            • Why the watch got thinner
              96

            Top commenters

            • Gallowmere
              1402
            • velda7
              988
            • sorrel_b
              640
            • hobcraft
              512
"""

# inscriptis-like spacing is read already; lynx numbers the links and marks the depth
LYNX = """\
Rumours #413: two tablets

Two tablets leaked this week.

6 comments

     * [12]alder_m512.04.19 | 09:02 |
       Which one has the better screen?
          + [13]pim_vos212.04.19 | 09:10 |
            alder_m,
            The larger one, by far.
               o [14]alder_m012.04.19 | 09:14 |
                 pim_vos,
                 Good to know.
     * [15]roskva1212.04.19 | 09:20 |
       Both are too dear.
          + [16]pim_vos012.04.19 | 09:25 |
            roskva,
            Not the small one.
     * [17]tamsin_r312.04.19 | 09:31 |
       I will wait for the reviews.
"""


def test_scores_glued_between_names_and_dates_are_taken_off() -> None:
    page = threadparse.parse(STAIRS)
    assert [c.author for c in page.walk()] == [
        "marlowe",
        "quillby",
        "marlowe",
        "tern_402",
        "velda7",
        "tern_402",
        "hobcraft",
        "brackwell",
        "oddny_k",
    ]
    assert next(c.date for c in page.walk()) == "12.03.19 | 18:05"


def test_lists_after_the_thread_are_no_replies_of_its_last_comment() -> None:
    page = threadparse.parse(STAIRS)
    assert len(list(page.walk())) == 9
    assert [c.depth for c in page.walk()] == [0, 1, 2, 0, 1, 2, 0, 0, 0]
    assert_nothing_lost(page, STAIRS)


def test_scores_glued_in_lynx_lines() -> None:
    page = threadparse.parse(LYNX)
    assert [c.author for c in page.walk()] == [
        "alder_m",
        "pim_vos",
        "alder_m",
        "roskva",
        "pim_vos",
        "tamsin_r",
    ]
    assert [c.depth for c in page.walk()] == [0, 1, 2, 0, 1, 0]


def test_a_name_with_digits_keeps_them_where_nothing_is_glued() -> None:
    page = threadparse.parse(
        "A post\n\nSome text here for the article.\n\n3 comments\n\n"
        "  1. ann2024 12.03.19 18:05\n     First.\n"
        "  2. bo77 12.03.19 18:07\n     Second.\n"
        "  3. cy_9 12.03.19 18:09\n     Third.\n"
    )
    assert [c.author for c in page.walk()] == ["ann2024", "bo77", "cy_9"]


def test_lists_after_a_thread_of_spaced_headers_too() -> None:
    spaced = STAIRS
    for glued, name in (
        ("marlowe4", "marlowe"),
        ("quillby1", "quillby"),
        ("marlowe0", "marlowe"),
        ("tern_4021", "tern_402"),
        ("velda73", "velda7"),
        ("tern_4020", "tern_402"),
        ("hobcraft2", "hobcraft"),
        ("brackwell0", "brackwell"),
        ("oddny_k0", "oddny_k"),
    ):
        spaced = spaced.replace(f"• {glued}12.03.19", f"• {name} 12.03.19", 1)
    page = threadparse.parse(spaced)
    assert [c.author for c in page.walk()][-1] == "oddny_k"
    assert len(list(page.walk())) == 9
    assert_nothing_lost(page, spaced)


def test_names_that_are_other_names_and_a_digit_keep_it() -> None:
    items = "".join(
        f"  {k}. rook{k} 12.03.19 18:{k:02d}\n     Comment {k} here.\n" for k in range(1, 24)
    )
    page = threadparse.parse(f"A post\n\nSome text here for the article.\n\n23 comments\n\n{items}")
    assert [c.author for c in page.walk()] == [f"rook{k}" for k in range(1, 24)]
