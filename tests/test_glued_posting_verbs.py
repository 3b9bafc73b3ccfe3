"""A comment widget's header in Chinese: the poster's name, the verb of "posted at"
glued to it with no space ("ann发表于2 个月前", "發表於", "回复于"), then the date:
each post's stamp names the poster without the verb (`posts.stamps`), so the posts
share one template whatever their names.

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

# resiliparse, a static blog's comment widget: an avatar's text over each header
PAGE = """\
把个人网站从 Jekyll 迁到 Astro
{verb} 2024-03-02 分类于 前端 阅读次数：812

迁移花了两个周末，最麻烦的是旧文章里的 Liquid 标签。

8 条评论
未登录用户
avatar
qingfeng{verb}3 个月前

旧文章的永久链接是怎么保留的？我担心搜索引擎的收录。

avatar
xiaolu-dev{verb}3 个月前2

用 redirects 配置一条条映射的，写了个脚本从 sitemap 生成。

avatar
qingfeng{verb}2 个月前

明白了，谢谢！

avatar
Mina K{verb}1 个月前

图片懒加载你们用的是哪个组件？
"""


@pytest.mark.parametrize("verb", ["发表于", "發表於", "回复于"])
def test_a_verb_glued_to_the_name_is_no_part_of_it(verb: str) -> None:
    text = PAGE.format(verb=verb)
    page = threadparse.parse(text)
    assert [(c.author, c.date) for c in page.walk()] == [
        ("qingfeng", "3 个月前"),
        ("xiaolu-dev", "3 个月前2"),
        ("qingfeng", "2 个月前"),
        ("Mina K", "1 个月前"),
    ]
    assert list(page.walk())[1].text.startswith("用 redirects")
    assert_nothing_lost(page, text)


def test_the_verb_alone_before_the_articles_date_heads_no_comment() -> None:
    text = PAGE.format(verb="发表于")
    page = threadparse.parse(text)
    assert all("2024-03-02" not in (c.date or "") for c in page.walk())
