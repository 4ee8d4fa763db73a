"""Shared previews: a link to a draft for a reviewer without an account, made and
revoked by an editor in the admin (movement.preview_links)."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, PageLogEntry

from movement.models import PreviewLink
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(home_page):
    """A page never published, with a body only its draft has."""
    page = StandardPageFactory(parent=home_page, title="Youth panel draft", live=False)
    page.introduction = "Words only the draft has."
    page.save_revision()
    return page


@pytest.fixture
def editor(staff_client):
    return staff_client("Editors")


def make_link(client, page, days=7, note="Youth panel"):
    return client.post(
        reverse("preview_links", args=[page.pk]), {"days": days, "note": note}
    )


def reviewer_opens(link):
    return Client().get(link.get_absolute_url())


def test_an_editor_makes_a_link_and_a_reviewer_without_an_account_reads_the_draft(
    editor, draft
):
    response = make_link(editor, draft)
    assert response.status_code == 302
    link = PreviewLink.objects.get(page=draft)
    assert link.note == "Youth panel"
    assert (
        timedelta(days=6, hours=23)
        < link.expires_at - timezone.now()
        <= timedelta(days=7)
    )

    listing = editor.get(reverse("preview_links", args=[draft.pk])).content.decode()
    assert link.get_absolute_url() in listing

    response = reviewer_opens(link)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Words only the draft has." in html
    assert "This is a draft shared with you for review" in html
    assert "The link works until" in html
    assert Client().get(draft.url).status_code == 404  # still not public


def test_the_draft_is_never_cached_nor_listed_by_search_engines(editor, draft):
    make_link(editor, draft)
    response = reviewer_opens(PreviewLink.objects.get(page=draft))
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert response["Referrer-Policy"] == "no-referrer"


def test_the_link_shows_the_latest_draft_each_time(editor, draft):
    make_link(editor, draft)
    link = PreviewLink.objects.get(page=draft)
    assert "Words only the draft has." in reviewer_opens(link).content.decode()
    draft.introduction = "Second thoughts after the panel."
    draft.save_revision()
    assert "Second thoughts after the panel." in reviewer_opens(link).content.decode()


def test_a_revoked_link_no_longer_opens_the_draft(editor, draft):
    make_link(editor, draft)
    link = PreviewLink.objects.get(page=draft)
    response = editor.post(reverse("revoke_preview_link", args=[draft.pk, link.pk]))
    assert response.status_code == 302
    assert reviewer_opens(link).status_code == 404
    actions = PageLogEntry.objects.filter(page=draft).values_list("action", flat=True)
    assert {"movement.preview_link.create", "movement.preview_link.revoke"} <= set(
        actions
    )


def test_an_expired_link_no_longer_opens_the_draft(editor, draft):
    make_link(editor, draft, days=1)
    link = PreviewLink.objects.get(page=draft)
    link.expires_at = timezone.now() - timedelta(seconds=1)
    link.save()
    assert reviewer_opens(link).status_code == 404


def test_a_forged_address_is_refused_without_asking_the_database(
    editor, draft, django_assert_num_queries
):
    make_link(editor, draft)
    token = PreviewLink.objects.get(page=draft).token
    key, signature = token.rsplit(":", 1)
    forged = f"{key}:{signature[:-1]}{'A' if signature[-1] != 'A' else 'B'}"
    with django_assert_num_queries(0):
        assert PreviewLink.from_token(forged) is None
    assert Client().get(reverse("shared_preview", args=[forged])).status_code == 404


def test_an_arabic_draft_is_shown_right_to_left(editor, home_page):
    arabic_home = home_page.get_translation(Locale.objects.get(language_code="ar"))
    page = StandardPageFactory(parent=arabic_home, title="مسودة للمراجعة", live=False)
    make_link(editor, page)
    html = reviewer_opens(PreviewLink.objects.get(page=page)).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "مسودة للمراجعة" in html


def test_the_page_editor_offers_share_a_preview(editor, draft):
    html = editor.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content
    assert reverse("preview_links", args=[draft.pk]).encode() in html


def test_only_people_who_may_edit_the_page_can_share_it(staff_client, draft):
    translator = staff_client("Translators")
    assert make_link(translator, draft).status_code == 302  # turned away
    assert not PreviewLink.objects.exists()
    signed_out = Client().get(reverse("preview_links", args=[draft.pk]))
    assert signed_out.status_code == 302
    assert "/admin/login/" in signed_out["Location"]


def test_a_lifetime_not_offered_is_a_message_not_a_link(editor, draft):
    response = make_link(editor, draft, days=365)
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not PreviewLink.objects.exists()
