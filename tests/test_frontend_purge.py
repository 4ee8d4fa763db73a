"""HTTP caches in front are purged of what a change touched (movement/frontend_purge.py)."""

import pytest
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.images import get_image_model
from wagtail.models import Page

from home.models import BlogPostPage
from movement.models import Footer

pytestmark = pytest.mark.django_db

PURGED = []


class RecordingBackend(BaseBackend):
    """Stands in for Varnish or Cloudflare: remembers what it was asked to purge."""

    def purge(self, url):
        PURGED.append(url)


class BrokenBackend(BaseBackend):
    def purge(self, url):
        raise OSError("the cache in front cannot be reached")


@pytest.fixture(autouse=True)
def recording(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "recorder": {"BACKEND": f"{__name__}.RecordingBackend"}
    }
    PURGED.clear()
    yield PURGED
    PURGED.clear()


def paths(urls):
    from urllib.parse import urlsplit

    return {urlsplit(url).path for url in urls}


@pytest.fixture
def post():
    return BlogPostPage.objects.live().filter(locale__language_code="en").first()


def publish(page, django_capture_on_commit_callbacks, title="Changed"):
    page.title = title
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def test_a_publish_purges_the_page_in_every_language_and_what_lists_it(
    post, django_capture_on_commit_callbacks
):
    publish(post, django_capture_on_commit_callbacks)
    purged = paths(PURGED)
    blog = post.get_parent()
    for code in ("en", "pl", "es", "ar"):
        assert post.url.replace("/en/", f"/{code}/") in purged
        assert blog.url.replace("/en/", f"/{code}/") in purged
        assert f"/{code}/" in purged
    assert "/sitemap.xml" in purged


def test_nothing_is_purged_before_the_change_is_committed(
    post, django_capture_on_commit_callbacks
):
    """Purged earlier, a cache could fetch the old page again straight away."""
    post.title = "Not yet committed"
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        post.save_revision().publish()
    assert PURGED == []
    for callback in callbacks:
        callback()
    assert post.url in paths(PURGED)


def test_pages_that_link_to_a_page_are_purged_with_it(
    post, django_capture_on_commit_callbacks
):
    from wagtail.models import ReferenceIndex

    linking = [
        reference.content_object
        for reference in ReferenceIndex.get_references_to(post)
        if isinstance(reference.content_object, Page) and reference.content_object.live
    ]
    publish(post, django_capture_on_commit_callbacks)
    for page in linking:
        assert page.url in paths(PURGED)


def test_unpublishing_purges_the_page(post, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post.unpublish()
    assert post.url in paths(PURGED)


def test_a_moved_page_is_purged_at_its_old_address_too(
    post, home_page, django_capture_on_commit_callbacks
):
    old_url = post.url
    with django_capture_on_commit_callbacks(execute=True):
        post.move(home_page, pos="last-child")
    post.refresh_from_db()
    purged = paths(PURGED)
    assert old_url in purged
    assert post.url in purged


def test_a_deleted_page_is_purged(post, django_capture_on_commit_callbacks):
    url = post.url
    with django_capture_on_commit_callbacks(execute=True):
        post.delete()
    assert url in paths(PURGED)


def test_a_footer_change_purges_every_page(
    live_pages, django_capture_on_commit_callbacks
):
    footer = Footer.objects.first()
    with django_capture_on_commit_callbacks(execute=True):
        footer.save()
    purged = paths(PURGED)
    for page in live_pages:
        assert page.url in purged, page.url


def test_an_image_change_purges_the_pages_that_show_it(
    post, django_capture_on_commit_callbacks
):
    image = get_image_model().objects.first()
    post.listing_image = image
    post.save_revision().publish()
    page = post
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        image.title = "Renamed"
        image.save()
    purged = paths(PURGED)
    assert page.url in purged
    assert page.get_parent().url in purged  # its card is on the listing


def test_a_new_image_purges_no_page(django_capture_on_commit_callbacks):
    from wagtail.images.tests.utils import get_test_image_file

    with django_capture_on_commit_callbacks(execute=True):
        get_image_model().objects.create(title="New", file=get_test_image_file())
    assert paths(PURGED) <= {"/sitemap.xml"}


def test_a_cache_that_cannot_be_reached_never_costs_the_editor_their_change(
    post, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {"broken": {"BACKEND": f"{__name__}.BrokenBackend"}}
    publish(post, django_capture_on_commit_callbacks, title="Published anyway")
    post.refresh_from_db()
    assert post.title == "Published anyway"
    assert post.live


def test_nothing_is_worked_out_without_a_cache_in_front(
    post, settings, django_capture_on_commit_callbacks, django_assert_num_queries
):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        Footer.objects.first().save()
    assert PURGED == []
    assert all("purge" not in repr(callback) for callback in callbacks)


def test_a_page_going_live_on_schedule_is_purged(
    post, django_capture_on_commit_callbacks
):
    import datetime
    from unittest import mock

    from django.core.management import call_command
    from django.utils import timezone

    post.title = "Scheduled for tomorrow"
    post.go_live_at = timezone.now() + datetime.timedelta(days=1)
    post.save_revision().publish()  # a live page keeps its old text until then
    post.refresh_from_db()
    assert post.title != "Scheduled for tomorrow"
    PURGED.clear()
    later = timezone.now() + datetime.timedelta(days=2)
    with (
        django_capture_on_commit_callbacks(execute=True),
        mock.patch("django.utils.timezone.now", return_value=later),
    ):
        call_command("publish_scheduled", verbosity=0)
    post.refresh_from_db()
    assert post.title == "Scheduled for tomorrow"
    assert post.url in paths(PURGED)
