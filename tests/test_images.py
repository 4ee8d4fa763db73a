"""Responsive images: AVIF and WebP in two widths, sized, lazy below the fold."""

import datetime
import re
from unittest import mock

import pytest
from django.template.loader import render_to_string
from wagtail.images import get_image_model

from movement import blocks
from movement.image_recipes import RECIPES
from movement.templatetags.image_tags import responsive_image
from tests.budgets import warm_query_count
from tests.factories import BlogIndexPageFactory, BlogPostPageFactory, ImageFactory

pytestmark = pytest.mark.django_db


def photo(**kwargs):
    return ImageFactory(file__width=1600, file__height=900, **kwargs)


def tag(html, name):
    """The attributes of the first <name> element in html, as a dict."""
    match = re.search(rf"<{name}\b([^>]*)>", html)
    assert match, f"no <{name}> in {html[:300]}"
    return dict(re.findall(r'([\w-]+)="([^"]*)"', match.group(1)))


def sources(html):
    return {
        attributes["type"]: attributes["srcset"]
        for attributes in (
            dict(re.findall(r'([\w-]+)="([^"]*)"', source))
            for source in re.findall(r"<source\b([^>]*)>", html)
        )
    }


def test_a_card_offers_avif_then_webp_in_two_widths_over_a_jpeg():
    html = render_to_string(
        "components/card.html", {"title": "T", "url": "/t/", "image": photo()}
    )

    assert html.index('type="image/avif"') < html.index('type="image/webp"')
    for srcset in sources(html).values():
        assert re.fullmatch(r"\S+ 400w, \S+ 800w", srcset), srcset
    img = tag(html, "img")
    assert img["src"].endswith(".jpg")
    assert img["srcset"].endswith(".jpg 800w")
    # Width and height reserve the space before the file arrives: no layout shift.
    assert (img["width"], img["height"]) == ("400", "225")
    assert img["sizes"] == RECIPES["card"].sizes
    assert img["alt"] == ""  # the card's title says it all: decorative
    assert (img["loading"], img["decoding"]) == ("lazy", "async")


def test_a_logo_falls_back_to_png_to_keep_its_transparency():
    html = responsive_image(photo(), "logo", alt="")
    assert set(sources(html)) == {"image/avif", "image/webp"}
    assert tag(html, "img")["src"].endswith(".png")


def test_a_portrait_is_square():
    img = tag(responsive_image(photo(), "portrait", alt=""), "img")
    assert (img["width"], img["height"]) == ("96", "96")


def test_no_image_draws_nothing():
    assert responsive_image(None, "card") == ""


def test_content_images_keep_their_alt_text_and_wait_to_load():
    image = photo()
    block = blocks.CaptionedImageBlock()
    described = {"image": {"image": image.pk, "alt_text": "Pupils planting a garden"}}
    decorative = {"image": {"image": image.pk, "decorative": True, "alt_text": ""}}

    img = tag(block.render(block.to_python(described)), "img")
    assert img["alt"] == "Pupils planting a garden"
    assert img["loading"] == "lazy"
    assert "fetchpriority" not in img
    assert tag(block.render(block.to_python(decorative)), "img")["alt"] == ""


def test_a_posts_featured_image_loads_first(client, home_page):
    blog = BlogIndexPageFactory(parent=home_page, slug="image-news")
    image = photo(title="Young people at the town hall")
    post = BlogPostPageFactory(parent=blog, featured_image=image)

    html = client.get(post.url).content.decode()

    featured = html[html.index("<picture>", html.index("<main")) :]
    img = tag(featured, "img")
    assert "featured-image" in img["class"]
    assert img["fetchpriority"] == "high"
    assert "loading" not in img  # lazy would delay the largest thing on screen
    assert img["alt"] == image.default_alt_text
    assert set(sources(featured)) == {"image/avif", "image/webp"}


def test_listing_cards_cost_no_query_and_no_encoding_once_warm(
    client, home_page, django_assert_max_num_queries
):
    """Card renditions are prefetched with the listing: a mismatch in specs
    would query, and encode the missing files again, for every card."""
    counts = {}
    for size in (2, 6):
        blog = BlogIndexPageFactory(parent=home_page, slug=f"cards-{size}")
        for number in range(size):
            BlogPostPageFactory(
                parent=blog,
                slug=f"post-{number}",
                date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number),
                listing_image=photo(),
            )
        client.get(blog.url)  # the first view encodes the renditions
        with mock.patch.object(
            get_image_model(), "generate_rendition_file", side_effect=AssertionError
        ):
            counts[size] = warm_query_count(
                client, blog.url, django_assert_max_num_queries
            )
        assert client.get(blog.url).content.decode().count("<picture>") == size
    assert counts[6] == counts[2]
