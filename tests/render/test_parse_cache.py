"""The preview's ParseCache gives exactly the tree of a one-pass parse, edit after edit, and falls
back to one pass whenever a page cannot be cut safely (hostile or careless templates)."""

from __future__ import annotations

import pytest

from memo_builder.render import tree
from memo_builder.render.pipeline import render_html
from tests.helpers import example_memo


def _same(cache: tree.ParseCache, html: str) -> None:
    assert cache.parse(html) == tree.parse(html)


def test_example_edits_give_the_one_pass_tree():
    memo = example_memo()
    cache = tree.ParseCache()
    _same(cache, render_html(memo))
    memo.case.title = "Ny rubrik & <mer>"
    _same(cache, render_html(memo))
    memo.background += "\n\nEtt stycke till."
    _same(cache, render_html(memo))
    memo.options[0].cost_lines.pop()
    _same(cache, render_html(memo))
    _same(cache, render_html(memo))  # unchanged page: every section from the cache


def test_unchanged_sections_are_reused():
    html = render_html(example_memo())
    cache = tree.ParseCache()
    first = cache.parse(html)
    second = cache.parse(html.replace("Förnyelse av avtal", "Förnyelse av avtalet", 1))
    reused = sum(a is b for a, b in zip(first.blocks, second.blocks, strict=False))
    assert reused > len(first.blocks) // 2


@pytest.mark.parametrize(
    "html",
    [
        "<p>öppen <b>fet<h2>Rubrik</h2><p>mer</p>",  # a block left open across a cut
        "<ul><li>a<h2>inne i listan</h2></li></ul><p>b</p>",
        "<table><tr><td>x<h2>i cellen</h2></td></tr></table>",
        "<!-- <h2>kommentar</h2> --><p>efter</p>",
        "<script>var a = '<h2>';</script><h2>R</h2><p>t</p>",
        "<p title='<h2 x'>attribut</p><h2>R</h2>",
        "lös text<h2>R</h2>mer lös text<h1>S</h1>",
        "<h2>R</h2>&amp<h2>S</h2>&#x41",
        "<h2>R<h1>S</h2></h1><p>t",
        "",
        "<h2>",
    ],
)
def test_hostile_pages_give_the_one_pass_tree(html):
    cache = tree.ParseCache()
    _same(cache, html)
    _same(cache, html)
    _same(cache, html + "<h2>extra</h2><p>slut</p>")
