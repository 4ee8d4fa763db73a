"""The menu, footer, banner and site name are edited as drafts, reviewed and published.

As the people who do it: a member of the Editors group drafts and submits, a
member of the Moderators group publishes; visitors see nothing before that.
"""

import datetime
from unittest import mock

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from movement.models import (
    ContentGeneration,
    Footer,
    MainNavigation,
    NoticeBanner,
    SiteIdentity,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_footer():
    return Footer.objects.get(locale=Locale.get_default())


def footer_form(text, **action):
    return nested_form_data(
        {"text": rich_text(f"<p>{text}</p>"), "links": streamfield([]), **action}
    )


def edit_url(footer):
    return reverse("wagtailsnippets_movement_footer:edit", args=[footer.pk])


def public_html():
    return Client().get("/en/").content.decode()


def sign_in(group):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(group.lower(), f"{group}@example.org")
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


def test_an_editors_change_is_a_draft_until_a_moderator_publishes_it(english_footer):
    editor, moderator = sign_in("Editors"), sign_in("Moderators")
    response = editor.post(edit_url(english_footer), footer_form("Drafted words"))
    assert response.status_code == 302
    assert "Drafted words" not in public_html()
    english_footer.refresh_from_db()
    assert english_footer.has_unpublished_changes

    # An editor's "publish" is not a publish: they have no permission for it.
    editor.post(
        edit_url(english_footer),
        footer_form("Drafted words", **{"action-publish": "action-publish"}),
    )
    assert "Drafted words" not in public_html()

    response = moderator.post(
        edit_url(english_footer),
        footer_form("Drafted words", **{"action-publish": "action-publish"}),
    )
    assert response.status_code == 302
    assert "Drafted words" in public_html()


def test_a_footer_change_can_be_scheduled_for_a_launch(english_footer):
    moderator = sign_in("Moderators")
    launch = timezone.now() + datetime.timedelta(hours=2)
    response = moderator.post(
        edit_url(english_footer),
        footer_form(
            "Campaign launch words",
            go_live_at=timezone.localtime(launch).strftime("%Y-%m-%d %H:%M"),
            **{"action-publish": "action-publish"},
        ),
    )
    assert response.status_code == 302
    assert "Campaign launch words" not in public_html()

    after_launch = launch + datetime.timedelta(minutes=5)
    with mock.patch("django.utils.timezone.now", return_value=after_launch):
        call_command("publish_scheduled", verbosity=0)
    assert "Campaign launch words" in public_html()


def test_an_editor_can_submit_the_menu_for_moderation(english_footer):
    editor = sign_in("Editors")
    response = editor.post(
        edit_url(english_footer),
        footer_form("For review", **{"action-submit": "action-submit"}),
    )
    assert response.status_code == 302
    english_footer.refresh_from_db()
    assert english_footer.workflow_in_progress
    assert english_footer.current_workflow_task.name == "Moderators approval"
    assert "For review" not in public_html()


def test_a_draft_can_be_previewed_before_it_is_published(english_footer):
    english_footer.text = "<p>Only in the preview</p>"
    html = english_footer.make_preview_request().content.decode()
    assert "Only in the preview" in html
    assert '<meta name="robots" content="noindex">' in html
    assert "Only in the preview" not in public_html()


@pytest.mark.parametrize("model", [MainNavigation, Footer, SiteIdentity])
def test_an_unpublished_translation_falls_back_to_the_published_source(model):
    polish = model.objects.get(locale__language_code="pl")
    model.objects.filter(pk=polish.pk).update(live=False)
    assert model.objects.for_locale(polish.locale).locale == Locale.get_default()


def test_an_unpublished_banner_is_not_shown():
    from django.utils.html import escape

    banner = NoticeBanner.objects.showing(Locale.get_default()).first()
    assert escape(banner.message) in public_html()
    NoticeBanner.objects.filter(pk=banner.pk).update(live=False)
    ContentGeneration.objects.advance()  # as the publish or unpublish would
    assert banner not in NoticeBanner.objects.showing(Locale.get_default())
    assert escape(banner.message) not in public_html()
