"""What editors do in the admin: nothing they type is lost when a save is refused."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def standard_page_form(**overrides):
    data = {
        "title": "Volunteer with us",
        "slug": "volunteer",
        "introduction": rich_text("<p>Everything you typed stays here.</p>"),
        "body": streamfield([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_publishing_without_a_body_keeps_what_was_typed(admin_client, home_page):
    url = f"/admin/pages/add/home/standardpage/{home_page.pk}/"
    response = admin_client.post(url, standard_page_form())

    assert response.status_code == 200  # the form again, not a redirect
    html = response.content.decode()
    assert "The page could not be created due to validation errors" in html
    assert "This field is required" in html
    assert 'value="Volunteer with us"' in html
    assert "Everything you typed stays here." in html
    assert not StandardPage.objects.filter(slug="volunteer").exists()


def test_publishing_a_complete_page_works(admin_client, home_page):
    url = f"/admin/pages/add/home/standardpage/{home_page.pk}/"
    body = streamfield([("paragraph", rich_text("<p>Come and help.</p>"))])
    response = admin_client.post(url, standard_page_form(body=body))
    assert response.status_code == 302
    page = StandardPage.objects.get(locale=home_page.locale, slug="volunteer")
    assert page.live


def test_editors_can_add_pages_but_not_a_second_section(admin_client, home_page):
    add = "/admin/pages/add/{}/{}/"
    assert (
        admin_client.get(add.format("home/standardpage", home_page.pk)).status_code
        == 200
    )
    # The demo site has its blog already: a second would split the posts.
    response = admin_client.get(add.format("home/blogindexpage", home_page.pk))
    assert response.status_code in (302, 403)


def test_existing_demo_pages_open_in_the_editor(admin_client, live_pages):
    for page in live_pages:
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page.url
