"""Taxonomy choices in the page editor: the page's own language, as tick boxes."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale

from home.models import BlogCategory, BlogPostPage
from movement.models import Fundamental

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_post():
    return BlogPostPage.objects.filter(locale=Locale.get_default()).first()


def form_of(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.context["form"]


def test_fundamentals_and_categories_are_tick_boxes_in_the_pages_language(
    staff_client, english_post
):
    form = form_of(staff_client("Editors"), english_post)
    english = Locale.get_default()
    for name, model in (("fundamentals", Fundamental), ("categories", BlogCategory)):
        field = form.fields[name]
        assert field.widget.input_type == "checkbox"
        offered = set(field.queryset.values_list("pk", flat=True))
        assert offered == set(
            model.objects.filter(locale=english).values_list("pk", flat=True)
        ), name
    assert form.fields["fundamentals"].queryset.count() == 7


def test_the_editor_shows_seven_fundamentals_not_twenty_eight(
    staff_client, english_post
):
    client = staff_client("Editors")
    html = client.get(
        reverse("wagtailadmin_pages:edit", args=[english_post.pk])
    ).content
    boxes = re.findall(rb'type="checkbox" name="fundamentals"', html)
    assert len(boxes) == 7


def test_a_category_in_another_language_is_refused(staff_client, english_post):
    form_class = type(form_of(staff_client("Editors"), english_post))
    polish = BlogCategory.objects.exclude(locale=Locale.get_default()).first()
    form = form_class(instance=english_post, for_user=None)
    assert polish.pk not in form.fields["categories"].queryset.values_list(
        "pk", flat=True
    )


def test_a_new_page_is_offered_its_parents_language(staff_client):
    from home.models import BlogIndexPage

    polish_blog = BlogIndexPage.objects.get(locale__language_code="pl")
    url = reverse(
        "wagtailadmin_pages:add", args=["home", "blogpostpage", polish_blog.pk]
    )
    response = staff_client("Moderators").get(url)
    field = response.context["form"].fields["fundamentals"]
    assert {f.locale.language_code for f in field.queryset} == {"pl"}
