"""`make run`'s preparation works from nothing and a second run changes nothing."""

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Revision, Site

pytestmark = pytest.mark.django_db


def snapshot():
    """Row counts of every table, and the latest revision of each page."""
    counts = {model._meta.label: model.objects.count() for model in apps.get_models()}
    revisions = dict(Page.objects.values_list("pk", "latest_revision_id"))
    return counts, revisions


def test_prepare_local_site_twice_changes_nothing(capsys):
    call_command("prepare_local_site")
    first = capsys.readouterr().out
    before = snapshot()
    call_command("prepare_local_site")
    second = capsys.readouterr().out

    assert snapshot() == before
    assert "password:" in first
    assert "password:" not in second  # the login is printed once


def test_demo_site_is_served_from_the_home_page():
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class.__name__ == "HomePage"
    assert site.root_page.get_children().live().count() >= 6
    assert Revision.objects.count() > 0


def test_the_demo_is_indexed_for_search_and_references():
    # Its objects' indexing tasks are dropped while it loads; both indexes are
    # rebuilt once at the end (movement.demo.load_demo_content).
    from home.models import BlogPostPage

    post = BlogPostPage.objects.live().filter(locale__language_code="en").first()
    found = BlogPostPage.objects.live().search(post.title.split()[0])
    assert post in list(found)
    image_type = ContentType.objects.get_for_model(get_image_model())
    # Each image's "Usage" in the admin reads this index.
    assert ReferenceIndex.objects.filter(to_content_type=image_type).count() > 10


def test_first_migrate_replaces_the_welcome_page(root_page):
    titles = [page.title for page in root_page.get_children()]
    assert "Welcome to your new Wagtail site!" not in titles
