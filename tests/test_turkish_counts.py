"""Turkish count headings ("12 Yorum", "Yorumlar (5)"): the count opens the comment
section and declares how many comments it holds (`lines.opens_comments`,
`lines.declared_count`), so the list under it is read as the page's comments and a byline
over the article, shaped as the comments' headers ("Yazan Deniz Arslan5 Mart 2024, 11:40"),
is not the first of them. Every fixture here is invented."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L


@pytest.mark.parametrize(
    ("line", "count"),
    [("12 Yorum", 12), ("3 yorum", 3), ("Yorumlar (5)", 5), ("8 Yorumlar", 8)],
)
def test_count_headings(line: str, count: int) -> None:
    assert L.opens_comments(line)
    assert L.declared_count(line) == count


def test_words_alone_are_no_count() -> None:
    assert not L.opens_comments("Yorum yapın")
    assert L.declared_count("Yorum yaz") is None


# w3m, a Turkish news theme: the article's byline glued to its date as each comment's
# name is to its date, the count over the comments' numbered list
W3M_NEWS = """\
Şehir hatları vapur seferleri kış tarifesine geçti

●Yazan Deniz Arslan5 Mart 2024, 11:40 3 2.140

Vapur iskelesinde bekleyen yolcular
Kış tarifesi 1 Aralık'tan itibaren uygulanacak.

Şehir Hatları, kış tarifesinde bazı seferlerin kaldırıldığını açıkladı. Akşam
seferleri yarım saat erken bitecek.

İlgili Haberler

Metro hattında bakım çalışması

3 gün önce
3 Yorum

 1. [0000000]
    Kerem Aksoy 5 Mart 2024, 14:22

    Akşam seferlerinin erken bitmesi işe gidip gelenleri çok zorlar.

    Yanıtla
      □ [0000000]
        Nehir Ulusoy 5 Mart 2024, 14:51

        Haklısınız, son sefer artık 21:30'da kalkıyor.

        Yanıtla
 2. [0000000]
    Ozan Tekin 5 Mart 2024, 17:40

    Hafta sonu seferleri de azaldı mı?

    Yanıtla
"""


def test_byline_over_the_count_is_no_comment() -> None:
    page = threadparse.parse(W3M_NEWS)
    assert_nothing_lost(page, W3M_NEWS)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Kerem Aksoy", 0),
        ("Nehir Ulusoy", 1),
        ("Ozan Tekin", 0),
    ]
