"""Editors' photos: a card crops around the focal point they set, and pages
hold their layout with no picture at all."""

import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from movement.image_recipes import RECIPES
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db


def left_red_right_blue():
    """1600 × 400: red on the left three quarters, blue on the last quarter."""
    picture = PILImage.new("RGB", (1600, 400), (200, 0, 0))
    picture.paste((0, 0, 200), (1200, 0, 1600, 400))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return ImageFile(buffer, name="wide.png")


def end_colour(rendition):
    """The colour near the rendition's right edge, halfway down."""
    with rendition.file.open() as stored, PILImage.open(stored) as picture:
        picture = picture.convert("RGB")
        return picture.getpixel((picture.width - 4, picture.height // 2))


@pytest.mark.parametrize("spec", RECIPES["card"].resizes)
def test_a_card_is_cropped_around_the_focal_point(spec):
    image = get_image_model().objects.create(title="Wide", file=left_red_right_blue())
    without_focus = end_colour(image.get_rendition(spec))
    assert without_focus[0] > 150  # cropped from the middle: all red

    image.focal_point_x, image.focal_point_y = 1400, 200
    image.focal_point_width = image.focal_point_height = 200
    image.save()
    image = get_image_model().objects.get(pk=image.pk)
    # The crop moves just far enough to hold what the editor chose.
    focused = end_colour(image.get_rendition(spec))
    assert focused[2] > 150 and focused[0] < 50


def test_the_home_page_without_a_hero_image_keeps_one_column(client, home_page):
    home_page.hero_image = None
    home_page.save_revision().publish()
    html = client.get(home_page.url).content.decode()
    hero = html.split('<section class="hero">')[1].split("</section>")[0]
    assert "<img" not in hero and "<h1>" in hero


def test_the_home_page_with_a_hero_image_asks_for_two_columns(client, home_page):
    home_page.hero_image = ImageFactory()
    home_page.save_revision().publish()
    html = client.get(home_page.url).content.decode()
    hero = html.split('<section class="hero hero--with-image">')[1].split("</section>")[
        0
    ]
    assert "<img" in hero and "<h1>" in hero
