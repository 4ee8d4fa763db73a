"""Dates follow each language's grammar, and British English rather than American."""

import datetime

import pytest
from django.utils import translation

from movement.templatetags.movement_tags import day_and_date

THURSDAY = datetime.datetime(2030, 7, 4, 13, 30, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Thursday 4 July 2030"),
        ("pl", "4 lipca 2030"),
        ("es", "jueves 4 de julio de 2030"),
        ("ar", "2030"),
    ],
)
def test_day_and_date_in_each_language(language, expected):
    with translation.override(language):
        text = day_and_date(THURSDAY)
    assert expected in text
    if language == "ar":
        assert "يوليو" in text


@pytest.mark.django_db
def test_blog_dates_on_a_polish_page_use_the_polish_genitive(client):
    from home.models import BlogPostPage

    post = (
        BlogPostPage.objects.live()
        .filter(locale__language_code="pl", alias_of__isnull=True)
        .first()
    )
    html = client.get(post.url).content.decode()
    months = [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ]
    assert months[post.date.month - 1] in html
