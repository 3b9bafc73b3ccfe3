"""Invented pages of comment systems absent from ../shared (tests/unseen: Hacker News,
old reddit, Lobsters, Slashdot, Lemmy, SMF, MyBB, Flarum, a GitHub-like issue, MediaWiki
talk pages, a Substack post, a Mastodon thread, a HyperKitty mailing-list thread; and
tests/heldout, nine more: Movable Type, Typepad, LiveJournal, Forem, a Habr-like blog,
Tildes, FluxBB, a Discuz-like forum, Kunena; and tests/heldout2, nine more: WoltLab,
Moodle, Dotclear and SPIP, imageboards, 2channel-like boards, Gitea and a GitLab-like
issue, Ghost, a Quora-like Q&A, JComments; and tests/heldout3, nine more: Bugzilla,
Trac, Launchpad, YouTube-like comments, Facebook's comment plugin, Steam, Phorum, a
Zhihu-like Q&A, Naver and Tistory blogs; and tests/heldout4, nine more: IntenseDebate,
Remark42, Coral, Khoros, AskBot/OSQA, Redmine, a Tieba-like board, YaBB and UBB.threads,
Google-Groups-like mailing-list threads; and tests/heldout5, nine more: MetaFilter, Pikabu,
Fark, Isso, giscus and utterances, HashOver, vendor support Q&A, Yahoo-Answers-like Q&A,
Douban-like group threads; and tests/heldout6, nine more: Livefyre, Viafoura, OpenWeb,
a VK-like wall, a Weibo-like post, Telegram widgets, ProBoards, a CodeRanch-like JForum,
Forumotion; tests/heldout7 and heldout8, blog themes and engines; tests/heldout9, eight
more systems: wpForo, Jira, Gitalk and Utterances, Hyvor Talk, Komento, PTT, Dreamwidth,
Fandom; tests/heldout10, theme and version variants of common systems: WordPress themes,
wpDiscuz 7, Jetpack, vBulletin 3.8, phpBB 2, XenForo 1.5, IP.Board 3.4; tests/heldout11,
twelve more: AO3, Trustpilot, Goodreads, Tumblr notes, IP.Board 2, PunBB 1.4, phpBB 3.3
subsilver2, Burning Board 3, cnblogs, Qiita, vc.ru, velog; tests/heldout12, twelve more:
V2EX, heise Foren, jeuxvideo.com, Ameblo, GitLab 13, Phabricator, Yelp, Flickr,
gutefrage.net, Yahoo!知恵袋, Ответы Mail.ru, DC Inside; tests/heldout13, eight variants of
common systems in other languages and layouts: WordPress Twenty Twenty-Four, Blogger Soho,
a Vuukle-style news widget, Medium responses, SMF 2.1 Curve2, NodeBB 3, Discourse's crawler
view, Vanilla 3; tests/heldout14, eight more written as a blind check: Hestia, Blogger's classic
template in Italian, Cusdis, Staticman, phpBB prosilver, XenForo 2.2, Apache Answer, Discuz!
X3.4; tests/heldout15, twelve blog pages written as round 22's blind check: WordPress's Neve,
ColorMag, Storefront and Hueman themes, LiveJournal, FC2, livedoor Blog, Textpattern, note.com,
Over-blog, Joomla's CComment, Cactus Comments; tests/heldout16, ten pages written as round
24's blind check: WordPress's Astra, GeneratePress, OceanWP, Kadence, Divi, Twenty Twenty-One
and Genesis, Blogger Contempo, Flarum's crawler view, MyBB 1.8; tests/heldout17, ten pages of
round 25's blind check: bbPress, Asgaros Forum, Wix Blog, Weebly, a TripAdvisor-style forum,
a Zendesk community post, Talkyard, IndieWeb webmentions, vBulletin 4, phpBB subsilver2;
tests/heldout18, ten blog pages of the same check: WordPress's Twenty Nineteen, Twenty
Seventeen, Blocksy, Sydney, Hello Elementor, Soledad, Enfold, Ashe and Hemingway, Blogger's
Notable; tests/heldout19, ten pages of another blind check: vBulletin 5, Invision Community
4.7, Stack Exchange's 2025 layout, GitHub Discussions, Reddit's current layout, Mbin,
Hashnode, a Product Hunt-style discussion, WP Discourse comments, Simple:Press;
tests/heldout20, ten blog pages: WordPress's Bridge, Salient, Jannah (Arabic), JNews
(Indonesian), Zakra (Turkish), Colibri (Romanian), Flatsome (Swedish), Blogger's Emporio and
Simple (Vietnamese), Jimdo; tests/heldout21, ten pages of round 26's blind check: a Turkish
sözlük, Spanish and Polish link aggregators, a Japanese anonymous board, a Dutch hardware
board, a model hub's discussions, a Kaggle-style topic, a Discord archive, a newspaper's
comments in English and a forum of an Austrian one; tests/heldout22, ten blog pages of the
same check: WordPress's Twenty Twenty, Twenty Twenty-One, Customizr, MH Magazine, Extra, The7
and Thrive Comments, Canalblog, Twikoo comments, HubSpot; tests/heldout23, ten more pages of
forums and Q&A: a complaints site, XenForo 2 in Vietnamese, a Korean board, a Hebrew forum,
a Czech newspaper discussion, Zulip, a course Q&A, Launchpad Answers, Pipermail, a Japanese
Q&A; tests/heldout24, ten more blog pages: Newspack, Twenty Sixteen, OnePress, Jetpack
comments, Facebook comments, Blogger Contempo, Ghost, Micro.blog, a Joomla extension,
Serendipity; tests/heldout25, ten pages of round 27's blind check: a board-game forum, a
games message board, a knitting forum, a chess forum, a maker site's and a 3D-model
site's comments, Korean and Chinese Q&A, a Russian forum, a tech news site's comments;
tests/heldout26, ten blog and CMS pages: Typecho, Halo, Artalk, Excite Blog, Seesaa,
JUGEM, Egloos, a Russian diary, a Drupal 7 forum, Plone; tests/heldout27, ten pages of
reviews, news comments and fiction: product, film and shop reviews, a Japanese news
site's comments, French, German and British newspapers' comments, two fiction sites;
tests/heldout28, ten pages of systems no folder held: a Korean blog's comments, a mailing
list's forum view and a newsgroup's thread, a code review's change log, a chat archive, a
French and a German forum, Dutch news reactions, a Chinese video site's comments, a Polish
homework Q&A; tests/heldout29, ten more: an IRC log, a mail archive's thread, a wiki
page's comments, two forums, Italian and Spanish news comments, app reviews, two
microblog threads; tests/heldout30, ten forum and Q&A pages: two vendors' support
Q&A, a project forge's forum, Swedish, Finnish, Arabic, Turkish and Spanish forums, a
French Q&A, a mailing list's web archive; tests/heldout31, ten blog pages: five
WordPress themes in four languages, BlogEngine.NET, Nucleus, ExpressionEngine, Blogger
in Portuguese, a journal site, Grav; tests/heldout32, ten forum, Q&A, tracker and
aggregator pages: Question2Answer, esoTalk, Snitz, miniBB, Mantis, debbugs, groups.io,
Postmill, Scoop, Codidact; tests/heldout33, ten blog pages: WordPress Twenty Thirteen,
Twenty Eleven, Sahifa and Responsive, Skyrock, Kompasiana, goo blog, Posthaven, Blog.hu,
DNN Blog; tests/heldout34, ten aggregator, social and forum pages: Hacker News, Lemmy,
Slashdot, Lobsters, Substack, Mastodon, Pantip, Kaskus, Mobile01, Dcard; tests/heldout35,
ten blog pages: WordPress Twenty Twenty-Two and Twenty Twenty-Five, a Feast food blog,
Blogger Contempo, Sina, Blogfa, Hautetfort, Joomla K2, Hexo with Gitalk, Concrete CMS;
tests/heldout36, ten customised variants of common systems: XenForo, Discourse, phpBB,
vBulletin 4, Invision 4.7, SMF 2.1, MyBB, wpDiscuz, Blogger Essential, Astra with Jetpack;
tests/heldout37, eight pages of kinds no folder held: two MediaWiki talk pages, two old
Reddit threads, a GitHub issue and a pull request, two Disqus threads as a browser saves
them; tests/heldout38, ten more customised variants of common systems: a WordPress magazine
theme, Jetpack comments, a Blogger theme, XenForo in Russian, phpBB in Dutch, vBulletin 5,
Discourse's crawler view, Drupal's Olivero, a French Q&A clone, a Coral-like stream);
tests/heldout39, ten more (WordPress block, food-blog, news-magazine and classic themes in
Polish, English, Turkish and Czech, phpBB 3.0 in Italian, SMF 2.0 in Spanish, XenForo 2.3 in
Spanish, a Stack Exchange site in Russian, WoltLab in German, Invision in Polish), each in
the text of six converters: nothing is lost on any dump, and the
trees are recovered at least as well as measured (thresholds a little under today's
scores). The scorer is ../shared/tools/score.py; where it is not here the tree test
skips (fails under CI)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

import threadparse
from conftest import assert_nothing_lost

UNSEEN = Path(__file__).resolve().parent / "unseen"
HELDOUT = Path(__file__).resolve().parent / "heldout"  # (nine more systems: its README)
HELDOUT2 = Path(__file__).resolve().parent / "heldout2"  # (and nine more: its README)
HELDOUT3 = Path(__file__).resolve().parent / "heldout3"  # (nine more again: its README)
HELDOUT4 = Path(__file__).resolve().parent / "heldout4"  # (round 5: its README)
HELDOUT5 = Path(__file__).resolve().parent / "heldout5"  # (round 6: its README)
HELDOUT6 = Path(__file__).resolve().parent / "heldout6"  # (round 7: its README)
HELDOUT7 = Path(__file__).resolve().parent / "heldout7"  # (round 8, blogs: its README)
HELDOUT8 = Path(__file__).resolve().parent / "heldout8"  # (round 9, blogs: its README)
HELDOUT9 = Path(__file__).resolve().parent / "heldout9"  # (round 12, systems: its README)
HELDOUT10 = Path(__file__).resolve().parent / "heldout10"  # (round 12, variants: README)
HELDOUT11 = Path(__file__).resolve().parent / "heldout11"  # (round 20, systems: README)
HELDOUT12 = Path(__file__).resolve().parent / "heldout12"  # (round 21, systems: README)
HELDOUT13 = Path(__file__).resolve().parent / "heldout13"  # (round 21, variants: README)
HELDOUT14 = Path(__file__).resolve().parent / "heldout14"  # (round 21, blind check: README)
HELDOUT15 = Path(__file__).resolve().parent / "heldout15"  # (round 22, blind check: README)
HELDOUT16 = Path(__file__).resolve().parent / "heldout16"  # (round 24, blind check: README)
HELDOUT17 = Path(__file__).resolve().parent / "heldout17"  # (round 25, blind check: README)
HELDOUT18 = Path(__file__).resolve().parent / "heldout18"  # (round 25, blind check: README)
HELDOUT19 = Path(__file__).resolve().parent / "heldout19"  # (round 25, blind check: README)
HELDOUT20 = Path(__file__).resolve().parent / "heldout20"  # (round 25, blind check: README)
HELDOUT21 = Path(__file__).resolve().parent / "heldout21"  # (round 26, blind check: README)
HELDOUT22 = Path(__file__).resolve().parent / "heldout22"  # (round 26, blind check: README)
HELDOUT23 = Path(__file__).resolve().parent / "heldout23"  # (round 26, blind check: README)
HELDOUT24 = Path(__file__).resolve().parent / "heldout24"  # (round 26, blind check: README)
HELDOUT25 = Path(__file__).resolve().parent / "heldout25"  # (round 27, blind check: README)
HELDOUT26 = Path(__file__).resolve().parent / "heldout26"  # (round 27, blind check: README)
HELDOUT27 = Path(__file__).resolve().parent / "heldout27"  # (round 27, blind check: README)
HELDOUT28 = Path(__file__).resolve().parent / "heldout28"  # (round 28, blind check: README)
HELDOUT29 = Path(__file__).resolve().parent / "heldout29"  # (round 28, second blind check)
HELDOUT30 = Path(__file__).resolve().parent / "heldout30"  # (round 29, blind check: README)
HELDOUT31 = Path(__file__).resolve().parent / "heldout31"  # (round 29, second blind check)
HELDOUT32 = Path(__file__).resolve().parent / "heldout32"  # (round 30, blind check: README)
HELDOUT33 = Path(__file__).resolve().parent / "heldout33"  # (round 30, second blind check)
HELDOUT34 = Path(__file__).resolve().parent / "heldout34"  # (round 31, blind check: README)
HELDOUT35 = Path(__file__).resolve().parent / "heldout35"  # (round 31, second blind check)
HELDOUT36 = Path(__file__).resolve().parent / "heldout36"  # (round 31, third blind check)
HELDOUT37 = Path(__file__).resolve().parent / "heldout37"  # (round 32, a blind check)
HELDOUT38 = Path(__file__).resolve().parent / "heldout38"  # (round 33, a blind check)
HELDOUT39 = Path(__file__).resolve().parent / "heldout39"  # (round 34, a blind check)
HELDOUT_FOLDERS = (
    UNSEEN,
    HELDOUT,
    HELDOUT2,
    HELDOUT3,
    HELDOUT4,
    HELDOUT5,
    HELDOUT6,
    HELDOUT7,
    HELDOUT8,
    HELDOUT9,
    HELDOUT10,
    HELDOUT11,
    HELDOUT12,
    HELDOUT13,
    HELDOUT14,
    HELDOUT15,
    HELDOUT16,
    HELDOUT17,
    HELDOUT18,
    HELDOUT19,
    HELDOUT20,
    HELDOUT21,
    HELDOUT22,
    HELDOUT23,
    HELDOUT24,
    HELDOUT25,
    HELDOUT26,
    HELDOUT27,
    HELDOUT28,
    HELDOUT29,
    HELDOUT30,
    HELDOUT31,
    HELDOUT32,
    HELDOUT33,
    HELDOUT34,
    HELDOUT35,
    HELDOUT36,
    HELDOUT37,
    HELDOUT38,
    HELDOUT39,
)


@pytest.mark.parametrize(
    ("folder", "least"),
    [
        (
            folder,
            {
                HELDOUT9: 96,
                HELDOUT11: 72,
                HELDOUT12: 72,
                HELDOUT13: 48,
                HELDOUT14: 48,
                HELDOUT15: 72,
                HELDOUT16: 60,
                HELDOUT17: 60,
                HELDOUT18: 60,
                HELDOUT19: 60,
                HELDOUT20: 60,
                HELDOUT21: 55,
                HELDOUT22: 55,
                HELDOUT23: 55,
                HELDOUT24: 55,
                HELDOUT25: 55,
                HELDOUT26: 55,
                HELDOUT27: 55,
                HELDOUT28: 55,
                HELDOUT29: 55,
                HELDOUT30: 55,
                HELDOUT31: 55,
                HELDOUT32: 60,
                HELDOUT33: 55,
                HELDOUT34: 55,
                HELDOUT35: 55,
                HELDOUT36: 55,
                HELDOUT37: 45,
                HELDOUT38: 60,
                HELDOUT39: 60,
            }.get(folder, 100),
        )
        for folder in HELDOUT_FOLDERS
    ],
)
def test_every_line_of_every_unseen_dump_is_kept(folder: Path, least: int) -> None:
    dumps = sorted(folder.glob("*.txt"))
    assert len(dumps) >= least
    for path in dumps:
        text = path.read_text(encoding="utf-8")
        assert_nothing_lost(threadparse.parse(text), text)


# What each folder's pages reach now, a little under: (dialect, tree, precision, author),
# the authors on the pages whose dump prints them (`_printed_authors`)
FLOORS = {
    UNSEEN: [("resiliparse", 0.78, 0.99, 0.98), ("resiliparse-main", 0.45, 0.99, 0.93),
             ("html2text", 0.79, 0.98, 0.96), ("inscriptis", 0.80, 0.99, 0.97),
             ("w3m", 0.92, 0.99, 0.94), ("lynx", 0.87, 0.99, 0.99)],
    HELDOUT: [("resiliparse", 0.72, 0.97, 0.95), ("resiliparse-main", 0.56, 0.97, 0.93),
              ("html2text", 0.55, 0.94, 0.95), ("inscriptis", 0.65, 0.83, 0.76),
              ("w3m", 0.66, 0.94, 0.93), ("lynx", 0.71, 0.97, 0.95)],
    HELDOUT2: [("resiliparse", 0.66, 0.99, 0.94), ("resiliparse-main", 0.56, 0.99, 0.99),
               ("html2text", 0.63, 0.97, 0.93), ("inscriptis", 0.77, 0.94, 0.95),
               ("w3m", 0.73, 0.99, 0.87), ("lynx", 0.72, 0.99, 0.91)],
    HELDOUT3: [("resiliparse", 0.61, 0.96, 0.89), ("resiliparse-main", 0.35, 0.97, 0.79),
               ("html2text", 0.58, 0.95, 0.84), ("inscriptis", 0.75, 0.96, 0.82),
               ("w3m", 0.62, 0.96, 0.91), ("lynx", 0.63, 0.94, 0.91)],
    HELDOUT4: [("resiliparse", 0.70, 0.95, 0.95), ("resiliparse-main", 0.64, 0.93, 0.82),
               ("html2text", 0.63, 0.92, 0.91), ("inscriptis", 0.79, 0.91, 0.96),
               ("w3m", 0.66, 0.94, 0.93), ("lynx", 0.75, 0.95, 0.96)],
    HELDOUT5: [("resiliparse", 0.77, 0.95, 0.89), ("resiliparse-main", 0.45, 0.98, 0.88),
               ("html2text", 0.76, 0.96, 0.83), ("inscriptis", 0.79, 0.96, 0.94),
               ("w3m", 0.75, 0.96, 0.94), ("lynx", 0.70, 0.95, 0.91)],
    HELDOUT6: [("resiliparse", 0.81, 0.98, 0.83), ("resiliparse-main", 0.52, 0.99, 0.88),
               ("html2text", 0.73, 0.98, 0.98), ("inscriptis", 0.74, 0.98, 0.89),
               ("w3m", 0.68, 0.95, 0.79), ("lynx", 0.79, 0.98, 0.96)],
    HELDOUT7: [("resiliparse", 0.81, 0.99, 0.98), ("resiliparse-main", 0.79, 0.99, 0.85),
               ("html2text", 0.80, 0.99, 0.98), ("inscriptis", 0.97, 0.99, 0.99),
               ("w3m", 0.80, 0.99, 0.98), ("lynx", 0.81, 0.99, 0.98)],
    HELDOUT8: [("resiliparse", 0.74, 0.97, 0.96), ("resiliparse-main", 0.61, 0.99, 0.81),
               ("html2text", 0.61, 0.98, 0.90), ("inscriptis", 0.87, 0.94, 0.92),
               ("w3m", 0.73, 0.96, 0.96), ("lynx", 0.73, 0.96, 0.96)],
    HELDOUT9: [("resiliparse", 0.70, 0.99, 0.96), ("resiliparse-main", 0.53, 0.99, 0.95),
               ("html2text", 0.58, 0.91, 0.88), ("inscriptis", 0.83, 0.99, 0.91),
               ("w3m", 0.70, 0.99, 0.96), ("lynx", 0.70, 0.99, 0.97)],
    HELDOUT10: [("resiliparse", 0.93, 0.99, 0.99), ("resiliparse-main", 0.88, 0.99, 0.99),
                ("html2text", 0.89, 0.97, 0.99), ("inscriptis", 0.99, 0.99, 0.98),
                ("w3m", 0.93, 0.99, 0.98), ("lynx", 0.91, 0.99, 0.99)],
    HELDOUT11: [("resiliparse", 0.72, 0.93, 0.70), ("resiliparse-main", 0.42, 0.84, 0.40),
                ("html2text", 0.64, 0.95, 0.66), ("inscriptis", 0.80, 0.92, 0.66),
                ("w3m", 0.73, 0.93, 0.75), ("lynx", 0.64, 0.83, 0.67)],
    HELDOUT12: [("resiliparse", 0.67, 0.96, 0.96), ("resiliparse-main", 0.66, 0.97, 0.65),
                ("html2text", 0.31, 0.90, 0.55), ("inscriptis", 0.53, 0.94, 0.71),
                ("w3m", 0.58, 0.95, 0.91), ("lynx", 0.47, 0.90, 0.97)],
    HELDOUT13: [("resiliparse", 0.92, 0.95, 0.97), ("resiliparse-main", 0.49, 0.96, 0.53),
                ("html2text", 0.76, 0.96, 0.89), ("inscriptis", 0.87, 0.92, 0.83),
                ("w3m", 0.90, 0.94, 0.88), ("lynx", 0.89, 0.93, 0.91)],
    HELDOUT14: [("resiliparse", 0.80, 0.95, 0.81), ("resiliparse-main", 0.77, 0.92, 0.71),
                ("html2text", 0.60, 0.95, 0.93), ("inscriptis", 0.86, 0.96, 0.88),
                ("w3m", 0.75, 0.95, 0.96), ("lynx", 0.71, 0.96, 0.95)],
    HELDOUT15: [("resiliparse", 0.88, 0.98, 0.95), ("resiliparse-main", 0.74, 0.99, 0.65),
                ("html2text", 0.81, 0.99, 0.94), ("inscriptis", 0.89, 0.97, 0.92),
                ("w3m", 0.87, 0.97, 0.91), ("lynx", 0.79, 0.98, 0.94)],
    HELDOUT16: [("resiliparse", 0.99, 0.99, 0.99), ("resiliparse-main", 0.99, 0.99, 0.83),
                ("html2text", 0.91, 0.92, 0.97), ("inscriptis", 0.88, 0.99, 0.99),
                ("w3m", 0.99, 0.99, 0.99), ("lynx", 0.99, 0.99, 0.99)],
    HELDOUT17: [("resiliparse", 0.90, 0.98, 0.91), ("resiliparse-main", 0.77, 0.97, 0.69),
                ("html2text", 0.86, 0.98, 0.82), ("inscriptis", 0.92, 0.99, 0.82),
                ("w3m", 0.90, 0.98, 0.96), ("lynx", 0.88, 0.99, 0.91)],
    HELDOUT18: [("resiliparse", 0.94, 0.99, 0.99), ("resiliparse-main", 0.82, 0.99, 0.99),
                ("html2text", 0.93, 0.99, 0.99), ("inscriptis", 0.97, 0.99, 0.96),
                ("w3m", 0.94, 0.99, 0.99), ("lynx", 0.94, 0.99, 0.99)],
    HELDOUT19: [("resiliparse", 0.64, 0.96, 0.96), ("resiliparse-main", 0.41, 0.99, 0.52),
                ("html2text", 0.59, 0.95, 0.78), ("inscriptis", 0.59, 0.93, 0.82),
                ("w3m", 0.54, 0.92, 0.83), ("lynx", 0.56, 0.93, 0.96)],
    HELDOUT20: [("resiliparse", 0.99, 0.99, 0.97), ("resiliparse-main", 0.85, 0.99, 0.99),
                ("html2text", 0.92, 0.99, 0.97), ("inscriptis", 0.99, 0.99, 0.97),
                ("w3m", 0.99, 0.99, 0.97), ("lynx", 0.99, 0.99, 0.97)],
    HELDOUT21: [("resiliparse", 0.77, 0.99, 0.88), ("resiliparse-main", 0.54, 0.99, 0.72),
                ("html2text", 0.74, 0.96, 0.71), ("inscriptis", 0.99, 0.99, 0.94),
                ("w3m", 0.79, 0.97, 0.80), ("lynx", 0.67, 0.96, 0.83)],
    HELDOUT22: [("resiliparse", 0.75, 0.99, 0.99), ("resiliparse-main", 0.54, 0.99, 0.99),
                ("html2text", 0.63, 0.92, 0.99), ("inscriptis", 0.89, 0.99, 0.99),
                ("w3m", 0.70, 0.99, 0.98), ("lynx", 0.75, 0.99, 0.99)],
    HELDOUT23: [("resiliparse", 0.70, 0.98, 0.99), ("resiliparse-main", 0.47, 0.99, 0.99),
                ("html2text", 0.69, 0.98, 0.99), ("inscriptis", 0.73, 0.96, 0.99),
                ("w3m", 0.68, 0.98, 0.99), ("lynx", 0.70, 0.98, 0.99)],
    HELDOUT24: [("resiliparse", 0.74, 0.99, 0.89), ("resiliparse-main", 0.53, 0.99, 0.75),
                ("html2text", 0.74, 0.99, 0.70), ("inscriptis", 0.90, 0.99, 0.93),
                ("w3m", 0.74, 0.99, 0.88), ("lynx", 0.73, 0.99, 0.88)],
    HELDOUT25: [("resiliparse", 0.70, 0.99, 0.84), ("resiliparse-main", 0.50, 0.99, 0.80),
                ("html2text", 0.43, 0.92, 0.65), ("inscriptis", 0.80, 0.99, 0.66),
                ("w3m", 0.63, 0.99, 0.75), ("lynx", 0.60, 0.90, 0.77)],
    HELDOUT26: [("resiliparse", 0.73, 0.96, 0.86), ("resiliparse-main", 0.64, 0.96, 0.84),
                ("html2text", 0.59, 0.97, 0.93), ("inscriptis", 0.84, 0.97, 0.95),
                ("w3m", 0.74, 0.97, 0.96), ("lynx", 0.64, 0.94, 0.94)],
    HELDOUT27: [("resiliparse", 0.70, 0.98, 0.97), ("resiliparse-main", 0.62, 0.99, 0.96),
                ("html2text", 0.60, 0.97, 0.80), ("inscriptis", 0.83, 0.98, 0.95),
                ("w3m", 0.70, 0.98, 0.97), ("lynx", 0.76, 0.96, 0.97)],
    HELDOUT28: [("resiliparse", 0.85, 0.99, 0.98), ("resiliparse-main", 0.74, 0.99, 0.99),
                ("html2text", 0.74, 0.98, 0.88), ("inscriptis", 0.79, 0.98, 0.88),
                ("w3m", 0.78, 0.98, 0.99), ("lynx", 0.82, 0.98, 0.99)],
    HELDOUT29: [("resiliparse", 0.76, 0.97, 0.94), ("resiliparse-main", 0.66, 0.98, 0.94),
                ("html2text", 0.68, 0.96, 0.95), ("inscriptis", 0.73, 0.98, 0.99),
                ("w3m", 0.74, 0.97, 0.95), ("lynx", 0.65, 0.96, 0.95)],
    HELDOUT30: [("resiliparse", 0.88, 0.99, 0.99), ("resiliparse-main", 0.74, 0.93, 0.58),
                ("html2text", 0.85, 0.99, 0.99), ("inscriptis", 0.93, 0.97, 0.99),
                ("w3m", 0.85, 0.97, 0.90), ("lynx", 0.87, 0.98, 0.99)],
    HELDOUT31: [("resiliparse", 0.89, 0.99, 0.99), ("resiliparse-main", 0.87, 0.99, 0.88),
                ("html2text", 0.83, 0.99, 0.99), ("inscriptis", 0.99, 0.99, 0.99),
                ("w3m", 0.89, 0.99, 0.99), ("lynx", 0.89, 0.99, 0.99)],
    HELDOUT32: [("resiliparse", 0.83, 0.99, 0.99), ("resiliparse-main", 0.71, 0.98, 0.82),
                ("html2text", 0.70, 0.95, 0.78), ("inscriptis", 0.75, 0.99, 0.98),
                ("w3m", 0.72, 0.97, 0.89), ("lynx", 0.72, 0.99, 0.99)],
    HELDOUT33: [("resiliparse", 0.91, 0.99, 0.99), ("resiliparse-main", 0.84, 0.98, 0.98),
                ("html2text", 0.91, 0.99, 0.99), ("inscriptis", 0.99, 0.99, 0.99),
                ("w3m", 0.91, 0.99, 0.99), ("lynx", 0.91, 0.99, 0.99)],
    HELDOUT34: [("resiliparse", 0.88, 0.99, 0.99), ("resiliparse-main", 0.19, 0.99, 0.77),
                ("html2text", 0.83, 0.99, 0.98), ("inscriptis", 0.94, 0.99, 0.99),
                ("w3m", 0.92, 0.99, 0.99), ("lynx", 0.92, 0.99, 0.99)],
    HELDOUT35: [("resiliparse", 0.94, 0.99, 0.99), ("resiliparse-main", 0.91, 0.99, 0.80),
                ("html2text", 0.93, 0.99, 0.99), ("inscriptis", 0.93, 0.99, 0.99),
                ("w3m", 0.94, 0.99, 0.99), ("lynx", 0.94, 0.99, 0.99)],
    HELDOUT36: [("resiliparse", 0.97, 0.99, 0.99), ("resiliparse-main", 0.82, 0.99, 0.67),
                ("html2text", 0.97, 0.99, 0.95), ("inscriptis", 0.98, 0.96, 0.99),
                ("w3m", 0.97, 0.99, 0.99), ("lynx", 0.97, 0.99, 0.99)],
    HELDOUT37: [("resiliparse", 0.91, 0.98, 0.99), ("resiliparse-main", 0.63, 0.92, 0.95),
                ("html2text", 0.87, 0.92, 0.88), ("inscriptis", 0.85, 0.98, 0.99),
                ("w3m", 0.98, 0.96, 0.99), ("lynx", 0.88, 0.98, 0.99)],
    HELDOUT38: [("resiliparse", 0.84, 0.99, 0.98), ("resiliparse-main", 0.75, 0.99, 0.50),
                ("html2text", 0.78, 0.99, 0.95), ("inscriptis", 0.99, 0.99, 0.96),
                ("w3m", 0.87, 0.99, 0.96), ("lynx", 0.88, 0.99, 0.96)],
    HELDOUT39: [("resiliparse", 0.99, 0.99, 0.98), ("resiliparse-main", 0.99, 0.99, 0.90),
                ("html2text", 0.89, 0.96, 0.87), ("inscriptis", 0.98, 0.99, 0.95),
                ("w3m", 0.99, 0.99, 0.99), ("lynx", 0.98, 0.95, 0.98)],
}  # fmt: skip


@pytest.mark.parametrize(
    ("folder", "dialect", "tree", "precision", "author"),
    [(folder, *floors) for folder, rows in FLOORS.items() for floors in rows],
    ids=[f"{folder.name}-{floors[0]}" for folder, rows in FLOORS.items() for floors in rows],
)
def test_trees(
    scorer: ModuleType, folder: Path, dialect: str, tree: float, precision: float, author: float
) -> None:
    summary, rows = scorer.run(
        folder, dialect, lambda text: scorer.load_tree(threadparse.parse(text)), False
    )
    assert summary["pages"] > 0
    assert summary["tree_score"] >= tree, json.dumps(summary)
    assert summary["precision"] >= precision, json.dumps(summary)
    assert _printed_authors(folder, dialect, rows) >= author, json.dumps(summary)


def _printed_authors(folder: Path, dialect: str, rows: list[dict[str, object]]) -> float:
    """The share of aligned comments whose author is right, on the pages whose dump
    prints their authors (the truth's ``author_found``: a converter that drops every
    name, as resiliparse drops an image board's labels, leaves none to read; finding
    those comments is no fault in their authors). Measured at the commit that made it
    so (fa11009's parent), this share equals the scorer's ``author_acc`` in every folder
    and dialect but heldout7's resiliparse-main, whose floor went up by as much."""
    right = aligned = 0
    for row in rows:
        truth = json.loads((folder / f"{row['id']}.truth.json").read_text(encoding="utf-8"))
        if truth.get("dumps", {}).get(dialect, {}).get("author_found", 1) > 0:
            right += int(row["author_ok"])  # type: ignore[call-overload]
            aligned += int(row["aligned"])  # type: ignore[call-overload]
    return right / aligned if aligned else 0.0
